/*
 * procfs_mcast.c: /proc/net/dev_mcast, igmp and igmp6. vethlab keeps no
 * multicast lists of its own: the memberships shown are those Linux's stack
 * joins by itself. Every device holds ff02::1 and ff01::1 from the moment it
 * has IPv6 state (ff02::1 loaded into its filter as struct inet6_dev says),
 * 224.0.0.1 while it is up, a device doing neighbour discovery the
 * solicited-node group of each of its IPv6 addresses (and, on a router, of
 * its anycast addresses), and a forwarding device the routers' groups.
 */
#include <stdlib.h>
#include <string.h>

#include "../core/alloc.h"
#include "../core/netdev.h"
#include "../core/netns.h"
#include "../net/addrconf.h"
#include "../net/bridge.h"
#include "../net/ipv4.h"
#include "../net/ndisc.h"
#include "procfs_int.h"
#include "rtnl.h"

/* igmp6 flags (MAF_*) */
#define MAF_LOADED 0x04
#define MAF_NOREPORT 0x08


static int netdev_list_cmp(const void *x, const void *y)
{
	const struct netdev *a = *(const struct netdev *const *)x;
	const struct netdev *b = *(const struct netdev *const *)y;
	uint64_t sa = a->mc_list_seq, sb = b->mc_list_seq;

	if (sa != sb)
		return sa < sb ? -1 : 1;
	return a->ifindex < b->ifindex ? -1 : a->ifindex > b->ifindex;
}

/* for_each_netdev: the devices in the order they registered or arrived in net. The caller frees it. */
static struct netdev **devices_in_list_order(struct netns *net, unsigned int *n)
{
	struct netdev **v = vl_calloc(net->dev_count + 1, sizeof(*v));
	struct vl_list *pos;

	*n = 0;
	vl_list_for_each(pos, &net->devices)
		if (*n < net->dev_count)
			v[(*n)++] = vl_list_entry(pos, struct netdev, dev_list);
	if (*n)
		qsort(v, *n, sizeof(*v), netdev_list_cmp);
	return v;
}

static int mc_hw_cmp(const void *x, const void *y)
{
	const struct mc_hw *a = x, *b = y;

	return a->seq < b->seq ? -1 : a->seq > b->seq;
}

/* dev_mc_add: a group whose address is in the filter already counts once more there. */
static void hw_add(struct mc_hw *hw, int *k, const uint8_t *mac, uint64_t seq)
{
	for (int i = 0; i < *k; i++)
		if (!memcmp(hw[i].addr, mac, ETH_ALEN)) {
			hw[i].refcount++;
			return;
		}
	memcpy(hw[*k].addr, mac, ETH_ALEN);
	hw[*k].refcount = 1;
	hw[(*k)++].seq = seq;
}

/* ipv6_eth_mc_map / ip_eth_mc_map on the groups above, in the order they were added. */
int dev_mc_hw_list(const struct netdev *dev, struct mc_hw **out)
{
	struct mc_group6 *g;
	int n = ipv6_mc_groups(dev, &g), k = 0;
	struct mc_hw *hw = vl_calloc((size_t)n + 4, sizeof(*hw));
	uint64_t snoopers = br_snoopers_seq(dev);

	/* br_multicast_open: a snooping bridge joins 224.0.0.106 (its ff02::6a is an IPv6 group above). */
	if (snoopers)
		hw_add(hw, &k, (const uint8_t[ETH_ALEN]){ 0x01, 0x00, 0x5e, 0, 0, 0x6a }, snoopers);
	if (dev->ip6_ptr && dev->ip6_ptr->allnodes_loaded)
		hw_add(hw, &k, (const uint8_t[ETH_ALEN]){ 0x33, 0x33, 0, 0, 0, 1 }, dev->ip6_ptr->allnodes_seq);
	if ((dev->flags & IFF_UP) && dev->ip_ptr)
		hw_add(hw, &k, (const uint8_t[ETH_ALEN]){ 0x01, 0x00, 0x5e, 0, 0, 1 },
		       dev->mc_up_seq);
	/* Oldest first, so that a shared entry keeps the first group's place. */
	for (int i = n - 1; i >= 0; i--)
		hw_add(hw, &k, (const uint8_t[ETH_ALEN]){ 0x33, 0x33, g[i].group[12], g[i].group[13],
							   g[i].group[14], g[i].group[15] }, g[i].seq);
	qsort(hw, (size_t)k, sizeof(*hw), mc_hw_cmp);
	free(g);
	*out = hw;
	return k;
}

static void dev_mcast_put(FILE *f, const struct netdev *dev)
{
	struct mc_hw *hw;
	int k = dev_mc_hw_list(dev, &hw);

	for (int i = 0; i < k; i++)
		fprintf(f, "%-4d %-15s %-5d %-5d %02x%02x%02x%02x%02x%02x\n", dev->ifindex, dev->name,
			hw[i].refcount, 0, hw[i].addr[0], hw[i].addr[1], hw[i].addr[2], hw[i].addr[3], hw[i].addr[4],
			hw[i].addr[5]);
	free(hw);
}

/* /proc/net/dev_mcast: by ifindex; only Ethernet devices map groups to addresses. */
int procfs_dev_mcast_show(struct netns *net, FILE *f)
{
	struct vl_list *pos;

	vl_list_for_each(pos, &net->devices) {
		const struct netdev *dev = vl_list_entry(pos, struct netdev, dev_list);

		if (dev->type == ARPHRD_ETHER)
			dev_mcast_put(f, dev);
	}
	return 0;
}

/* IGMP_V1_SEEN / IGMP_V2_SEEN: only force_igmp_version can say so (no querier is ever heard). */
static const char *igmp_querier(const struct netdev *dev)
{
	const struct netns *net = dev->net;
	int all = net->sysctl->v4_all.data[IPV4_DEVCONF_FORCE_IGMP_VERSION];
	int own = in_dev_conf(dev->ip_ptr, IPV4_DEVCONF_FORCE_IGMP_VERSION, IN_DEV_DEV);

	if (all == 1 || own == 1)
		return "V1";
	return all == 2 || own == 2 ? "V2" : "V3";
}

/*
 * /proc/net/igmp: devices in list order; an up device holds 224.0.0.1, never
 * reported, and a snooping bridge 224.0.0.106 (joined as it opens, so listed
 * after 224.0.0.1 unless snooping was turned on later).
 */
int procfs_igmp_show(struct netns *net, FILE *f)
{
	unsigned int n;
	struct netdev **v = devices_in_list_order(net, &n);

	fputs("Idx\tDevice    : Count Querier\tGroup    Users Timer\tReporter\n", f);
	for (unsigned int i = 0; i < n; i++) {
		if (!(v[i]->flags & IFF_UP) || !v[i]->ip_ptr)
			continue;
		uint64_t snoopers = br_snoopers_seq(v[i]);
		/* in_dev->mc_list is newest first. */
		bool snoopers_first = snoopers > v[i]->mc_up_seq;

		fprintf(f, "%d\t%-10s: %5d %7s\n", v[i]->ifindex, v[i]->name, snoopers ? 2 : 1,
			igmp_querier(v[i]));
		if (snoopers_first)
			fputs("\t\t\t\t6A0000E0     1 0:00000000\t\t0\n", f);
		fputs("\t\t\t\t010000E0     1 0:00000000\t\t0\n", f);
		if (snoopers && !snoopers_first)
			fputs("\t\t\t\t6A0000E0     1 0:00000000\t\t0\n", f);
	}
	free(v);
	return 0;
}

static void igmp6_put(FILE *f, const struct netdev *dev, const uint8_t *group, int users, unsigned int flags)
{
	fprintf(f, "%-4d %-15s ", dev->ifindex, dev->name);
	procfs_put_in6(f, group);
	fprintf(f, " %5d %08X 0\n", users, flags);
}

/* /proc/net/igmp6: devices in list order, groups newest first, then ff02::1, ff01::1. */
int procfs_igmp6_show(struct netns *net, FILE *f)
{
	static const uint8_t ll_allnodes[16] = { 0xff, 0x02, [15] = 1 };
	static const uint8_t if_allnodes[16] = { 0xff, 0x01, [15] = 1 };
	unsigned int n;
	struct netdev **v = devices_in_list_order(net, &n);

	for (unsigned int i = 0; i < n; i++) {
		struct mc_group6 *g;
		int k;

		if (!v[i]->ip6_ptr)
			continue;
		k = ipv6_mc_groups(v[i], &g);
		/*
		 * Interface-local groups are never reported (MAF_NOREPORT) nor loaded;
		 * the others are unloaded with ff02::1 while the device is down.
		 */
		for (int j = 0; j < k; j++)
			igmp6_put(f, v[i], g[j].group, g[j].users,
				  (g[j].group[1] & 0x0f) == 1 ? MAF_NOREPORT
				  : v[i]->ip6_ptr->allnodes_loaded ? MAF_LOADED : 0);
		igmp6_put(f, v[i], ll_allnodes, 1,
			  MAF_NOREPORT | (v[i]->ip6_ptr->allnodes_loaded ? MAF_LOADED : 0));
		igmp6_put(f, v[i], if_allnodes, 1, MAF_NOREPORT);
		free(g);
	}
	free(v);
	return 0;
}

/*
 * mcast.c: the multicast listener side of IPv6 (net/ipv6/mcast.c, reduced):
 * which groups a device has joined, and its two streams of MLDv2 reports,
 * each with its robustness retransmission one random interval later: the
 * state-change reports (mc_ifc_work) and, once the link-local address is
 * usable, the report of every group (mc_dad_work).
 */
#include <stdlib.h>
#include <string.h>

#include "../core/alloc.h"
#include "../core/netns.h"
#include "../core/world.h"
#include "addrconf.h"
#include "bridge.h"
#include "ndisc.h"
#include "wire.h"

/* ff02::6a, the group a snooping bridge holds (br_ip6_multicast_join_snoopers). */
static const uint8_t all_snoopers[16] = { 0xff, 0x02, [15] = 0x6a };

const uint8_t mc_rtr_groups[MC_RTR_MAX][16] = {
	[MC_RTR_LINK] = { 0xff, 0x02, [15] = 2 },
	[MC_RTR_IFACE] = { 0xff, 0x01, [15] = 2 },
	[MC_RTR_SITE] = { 0xff, 0x05, [15] = 2 },
};

/* addrconf_join_solict: no solicited-node groups on lo or NOARP devices. */
static bool joins_solict(const struct netdev *dev)
{
	return !(dev->flags & (IFF_LOOPBACK | IFF_NOARP));
}

bool ipv6_chk_mcast_addr(const struct netdev *dev, const uint8_t *group)
{
	static const uint8_t all_nodes[16] = { 0xff, 0x02, [15] = 1 };
	const struct inet6_dev *idev = dev->ip6_ptr;
	struct vl_list *pos;
	uint8_t sn[16];

	if (!idev || !idev->configured)
		return false;
	/* ipv6_add_dev joins both all-nodes groups, the link-local and the interface-local (ff01::1). */
	if (!memcmp(group + 2, all_nodes + 2, 14) && group[0] == 0xff && (group[1] == 0x02 || group[1] == 0x01))
		return true;
	for (int i = 0; i < MC_RTR_MAX; i++)
		if (idev->rtr_seq[i] && !memcmp(group, mc_rtr_groups[i], 16))
			return true;
	/* addrconf_join_solict: no solicited-node groups without ARP. */
	if (dev->flags & IFF_NOARP)
		return false;
	vl_list_for_each(pos, &idev->addrs) {
		ipv6_solicited_node(vl_list_entry(pos, struct inet6_ifaddr, node)->addr, sn);
		if (!memcmp(sn, group, 16))
			return true;
	}
	vl_list_for_each(pos, &idev->acs) {
		ipv6_solicited_node(vl_list_entry(pos, struct ifacaddr6, node)->addr, sn);
		if (!memcmp(sn, group, 16))
			return true;
	}
	return false;
}

static int mc_group6_cmp(const void *x, const void *y)
{
	const struct mc_group6 *a = x, *b = y;

	return a->seq < b->seq ? 1 : a->seq > b->seq ? -1 : 0;
}

/* One more user of group g (joined at seq): a group joined twice keeps its first join. */
static void mc_add(struct mc_group6 **v, int *n, int *cap, const uint8_t *g, uint64_t seq)
{
	int i;

	for (i = 0; i < *n && memcmp((*v)[i].group, g, 16); i++)
		;
	if (i < *n) {
		(*v)[i].users++;
		if (seq < (*v)[i].seq)
			(*v)[i].seq = seq;
		return;
	}
	if (*n == *cap)
		*v = vl_realloc(*v, (size_t)(*cap = *cap * 2 + 4) * sizeof(**v));
	memcpy((*v)[*n].group, g, 16);
	(*v)[*n].users = 1;
	(*v)[(*n)++].seq = seq;
}

int ipv6_mc_groups(const struct netdev *dev, struct mc_group6 **out)
{
	const struct inet6_dev *idev = dev->ip6_ptr;
	struct mc_group6 *v = NULL;
	const struct vl_list *pos;
	int n = 0, cap = 0;
	uint8_t g[16];

	*out = NULL;
	if (!idev)
		return 0;
	if (joins_solict(dev)) {
		vl_list_for_each(pos, &idev->addrs) {
			const struct inet6_ifaddr *ifa = vl_list_entry(pos, struct inet6_ifaddr, node);

			ipv6_solicited_node(ifa->addr, g);
			mc_add(&v, &n, &cap, g, ifa->mc_seq);
		}
		vl_list_for_each(pos, &idev->acs) {
			const struct ifacaddr6 *ac = vl_list_entry(pos, struct ifacaddr6, node);

			ipv6_solicited_node(ac->addr, g);
			mc_add(&v, &n, &cap, g, ac->seq);
		}
	}
	for (int i = 0; i < MC_RTR_MAX; i++)
		if (idev->rtr_seq[i])
			mc_add(&v, &n, &cap, mc_rtr_groups[i], idev->rtr_seq[i]);
	/* br_ip6_multicast_join_snoopers: a snooping bridge holds ff02::6a while up. */
	if (br_snoopers_seq(dev)) {
		mc_add(&v, &n, &cap, all_snoopers, br_snoopers_seq(dev) + 1);
	}
	if (n)
		qsort(v, (size_t)n, sizeof(*v), mc_group6_cmp);
	*out = v;
	return n;
}

/*
 * mld_send_report: an MLDv2 report to ff02::16, one record per group: the
 * first nleft groups were left (CHANGE_TO_INCLUDE), the rest joined.
 */
static void mld_send_report(struct netdev *dev, const uint8_t *src, const uint8_t (*groups)[16], int n, int nleft)
{
	static const uint8_t mld_routers[16] = { 0xff, 0x02, [15] = 0x16 };
	uint8_t msg[8 + 20 * 32] = { ICMPV6_MLD2_REPORT };

	if (n > 32)
		n = 32;
	put16(msg + 6, (uint16_t)n);
	for (int i = 0; i < n; i++) {
		uint8_t *rec = msg + 8 + 20 * i;

		memset(rec, 0, 20);
		rec[0] = i < nleft ? 3 : 4;  /* CHANGE_TO_INCLUDE_MODE / CHANGE_TO_EXCLUDE_MODE */
		memcpy(rec + 4, groups[i], 16);
	}
	ndisc_send_icmp6(dev, src, mld_routers, 1, 1, msg, 8 + 20u * (uint32_t)n, NULL);
}

static uint64_t mld_interval(const struct inet6_dev *idev)
{
	int ms = idev->cnf->data[IPV6_DEVCONF_MLDV2_UNSOLICITED_REPORT_INTERVAL];

	return ms > 0 ? (uint64_t)ms * VL_NSEC_PER_MSEC : 1;
}

#define MLD_MAX_GROUPS 32

/* What a report of every group lists: the groups above but interface-local ones (never reported). */
static int joined_groups(const struct inet6_dev *idev, uint8_t (*g)[16], int cap)
{
	struct mc_group6 *v;
	int n = ipv6_mc_groups(idev->dev, &v), k = 0;

	for (int i = 0; i < n && k < cap; i++)
		if ((v[i].group[1] & 0x0f) > 1)
			memcpy(g[k++], v[i].group, 16);
	free(v);
	return k;
}

static void mld_send(struct inet6_dev *idev, const uint8_t *src)
{
	uint8_t groups[MLD_MAX_GROUPS][16];
	int n = 1, nleft = 0;

	/* mld_send_cr: the deleted groups' records come first. */
	if (idev->mld_snoopers_left) {
		idev->mld_snoopers_left--;
		memcpy(groups[0], all_snoopers, 16);
		nleft = 1;
	}
	if (idev->mld_mode == MLD_ALL) {
		n = joined_groups(idev, groups + nleft, MLD_MAX_GROUPS - nleft);
	} else if (idev->mld_mode == MLD_SET || idev->mld_mode == MLD_SET_LEFT) {
		n = idev->mld_nset;
		if (n > 0)
			memcpy(groups + nleft, idev->mld_set, (size_t)n * sizeof(*idev->mld_set));
	} else {
		memcpy(groups[nleft], idev->mld_group, 16);
	}
	n += nleft;
	if (n > 0)
		mld_send_report(idev->dev, src, groups, n,
				idev->mld_mode == MLD_LEFT || idev->mld_mode == MLD_SET_LEFT ? n : nleft);
}

void mld_source(const struct netdev *dev, uint8_t *src)
{
	if (ipv6_get_lladdr(dev, src))
		memset(src, 0, 16);
}

void mld_report(struct inet6_dev *idev, const uint8_t *src, enum mld_mode mode)
{
	struct netdev *dev = idev->dev;
	struct world *w = dev->net->world;

	idev->mld_mode = (uint8_t)mode;
	mld_send(idev, src);
	idev->mld_pending = 1;
	vl_timer_arm(&w->clock, &idev->mld_timer, w->clock.now + vl_rng_mod(&w->rng, mld_interval(idev)));
}

void mld_work(struct vl_timer *t)
{
	struct inet6_dev *idev = vl_container_of(t, struct inet6_dev, mld_timer);
	uint8_t src[16];

	if (idev->mld_pending-- > 0) {
		mld_source(idev->dev, src);
		mld_send(idev, src);
	}
}

/* mld_send_initial_cr: every group the device has joined, from the source usable now. */
static void mld_send_initial(struct inet6_dev *idev)
{
	uint8_t groups[MLD_MAX_GROUPS][16], src[16];
	int n = joined_groups(idev, groups, MLD_MAX_GROUPS);

	if (n <= 0)
		return;
	mld_source(idev->dev, src);
	mld_send_report(idev->dev, src, groups, n, 0);
}

void ipv6_mc_dad_complete(struct inet6_dev *idev)
{
	struct world *w = idev->dev->net->world;

	mld_send_initial(idev);
	vl_timer_arm(&w->clock, &idev->mld_dad_timer, w->clock.now + vl_rng_mod(&w->rng, mld_interval(idev)));
}

void mld_dad_work(struct vl_timer *t)
{
	mld_send_initial(vl_container_of(t, struct inet6_dev, mld_dad_timer));
}

/*
 * The robustness count (mc_qrv, MLD_QRV_DEFAULT) of ff02::6a's TO_IN record
 * when a running bridge stops snooping; joining again drops the record. The
 * report itself comes from the NETDEV_CHANGE that ends the change (ipv6_mc_up).
 */
void mld_snoopers_changed(struct inet6_dev *idev, bool left)
{
	idev->mld_snoopers_left = left && idev->configured ? 2 : 0;
}

/* A group joined (every group is listed) or left (that one), on a device that talks. */
void mld_group_changed(struct inet6_dev *idev, const uint8_t *addr, bool left)
{
	uint8_t src[16];

	/*
	 * addrconf_join_solict: lo and devices without ARP join no solicited-node
	 * group. igmp6_group_added reports on any up device, its link ready or
	 * not (without carrier the reports are dropped, counted in tx_dropped).
	 */
	if (!(idev->dev->flags & IFF_UP) || idev->cnf->data[IPV6_DEVCONF_DISABLE_IPV6] ||
	    (idev->dev->flags & (IFF_LOOPBACK | IFF_NOARP)))
		return;
	if (left)
		ipv6_solicited_node(addr, idev->mld_group);
	mld_source(idev->dev, src);
	mld_report(idev, src, left ? MLD_LEFT : MLD_ALL);
}

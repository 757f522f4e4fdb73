/*
 * mcast.c: the multicast listener side of IPv6 (net/ipv6/mcast.c, reduced):
 * which groups a device has joined, and the MLDv2 state-change reports with
 * their robustness retransmission, one random interval later.
 */
#include <string.h>

#include "../core/netns.h"
#include "../core/world.h"
#include "addrconf.h"
#include "ndisc.h"

bool ipv6_chk_mcast_addr(const struct netdev *dev, const uint8_t *group)
{
	static const uint8_t all_nodes[16] = { 0xff, 0x02, [15] = 1 };
	struct vl_list *pos;
	uint8_t sn[16];

	if (!dev->ip6_ptr || !dev->ip6_ptr->configured)
		return false;
	if (!memcmp(group, all_nodes, 16))
		return true;
	/* addrconf_join_solict: no solicited-node groups without ARP. */
	if (dev->flags & IFF_NOARP)
		return false;
	vl_list_for_each(pos, &dev->ip6_ptr->addrs) {
		ipv6_solicited_node(vl_list_entry(pos, struct inet6_ifaddr, node)->addr, sn);
		if (!memcmp(sn, group, 16))
			return true;
	}
	return false;
}

static uint64_t mld_interval(const struct inet6_dev *idev)
{
	int ms = idev->cnf.data[IPV6_DEVCONF_MLDV2_UNSOLICITED_REPORT_INTERVAL];

	return ms > 0 ? (uint64_t)ms * VL_NSEC_PER_MSEC : 1;
}

#define MLD_MAX_GROUPS 32

/* The solicited-node groups of dev's addresses, newest first, each once. */
static int joined_groups(const struct inet6_dev *idev, uint8_t (*g)[16])
{
	const struct vl_list *pos;
	int n = 0;

	if (idev->dev->flags & IFF_NOARP)
		return 0;
	vl_list_for_each(pos, &idev->addrs) {
		uint8_t sn[16];
		int i;

		ipv6_solicited_node(vl_list_entry(pos, struct inet6_ifaddr, node)->addr, sn);
		for (i = 0; i < n && memcmp(g[i], sn, 16); i++)
			;
		if (i == n && n < MLD_MAX_GROUPS)
			memcpy(g[n++], sn, 16);
	}
	return n;
}

static void mld_send(struct inet6_dev *idev)
{
	uint8_t groups[MLD_MAX_GROUPS][16];
	int n = 1;

	if (idev->mld_mode == MLD_ALL)
		n = joined_groups(idev, groups);
	else
		memcpy(groups[0], idev->mld_group, 16);
	if (n > 0)
		mld_send_report(idev->dev, idev->mld_src, groups, n, idev->mld_mode == MLD_LEFT);
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

	memcpy(idev->mld_src, src, 16);
	idev->mld_mode = (uint8_t)mode;
	mld_send(idev);
	idev->mld_pending = 1;
	vl_timer_arm(&w->clock, &idev->mld_timer, w->clock.now + vl_rng_mod(&w->rng, mld_interval(idev)));
}

void mld_work(struct vl_timer *t)
{
	struct inet6_dev *idev = vl_container_of(t, struct inet6_dev, mld_timer);

	if (idev->mld_pending-- > 0)
		mld_send(idev);
}

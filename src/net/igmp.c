/*
 * igmp.c: the IPv4 multicast listener side (net/ipv4/igmp.c, reduced): the
 * IGMPv3 state-change reports (igmp_ifc_event, igmpv3_send_cr) for the one
 * group vethlab ever reports, a snooping bridge's 224.0.0.106, each sent
 * robustness (net.ipv4.igmp_qrv, 2) times, the retransmission one random
 * igmpv3_unsolicited_report_interval later. 224.0.0.1 is never reported.
 */
#include <stdlib.h>
#include <string.h>

#include "../core/netns.h"
#include "../core/world.h"
#include "../uapi/in.h"
#include "bridge.h"
#include "devinet.h"
#include "ethernet.h"
#include "ipv4.h"
#include "wire.h"

#define IGMPV3_ALL_MCR 0xe0000016u      /* 224.0.0.22, where IGMPv3 reports go */
#define IGMPV3_HOST_MEMBERSHIP_REPORT 0x22
#define IGMPV3_CHANGE_TO_INCLUDE 3
#define IGMPV3_CHANGE_TO_EXCLUDE 4
/* sysctl_igmp_qrv: net.ipv4.igmp_qrv is not emulated, so Linux's default. */
#define IGMP_QRV 2

/*
 * IGMP_V1_SEEN / IGMP_V2_SEEN: force_igmp_version 1 or 2 (no querier is ever
 * heard) makes Linux report in IGMPv1/v2 instead, which vethlab does not send
 * (docs/differences.md, "Multicast snooping").
 */
static bool igmp_v3(const struct in_device *idev)
{
	int all = idev->dev->net->sysctl->v4_all.data[IPV4_DEVCONF_FORCE_IGMP_VERSION];
	int own = in_dev_conf(idev, IPV4_DEVCONF_FORCE_IGMP_VERSION, IN_DEV_DEV);

	return all != 1 && own != 1 && all != 2 && own != 2;
}

/*
 * igmpv3_get_srcaddr: the address the route look-up picked (inet_select_addr
 * with scope link: the device's first primary not of host scope) when it is
 * the device's own, else 0.0.0.0.
 */
static uint32_t igmp_source(const struct in_device *idev)
{
	for (const struct in_ifaddr *ifa = idev->ifa_list; ifa; ifa = ifa->next)
		if (!(ifa->flags & IFA_F_SECONDARY) && ifa->scope <= RT_SCOPE_LINK)
			return ifa->local;
	return 0;
}

/*
 * igmpv3_newpack + igmpv3_sendpack: one group record, behind an IP header
 * with Router Alert (tos 0xc0, ttl 1, DF and so id 0), out of the device to
 * 224.0.0.22 without a FIB look-up (ip_route_output_key_hash: IGMP with an
 * oif goes straight to make_route), counted as locally sent multicast.
 */
static void igmpv3_send_cr(struct in_device *idev)
{
	struct netdev *dev = idev->dev;
	struct netns *net = dev->net;
	struct rt_result rt = {
		.type = RTN_MULTICAST, .scope = RT_SCOPE_LINK, .dev = dev, .saddr = igmp_source(idev),
		.daddr = IGMPV3_ALL_MCR, .mtu = dev->mtu,
	};
	struct iphdr_view h = {
		.ihl = 24, .tos = 0xc0, .tot_len = 24 + 16, .frag = 0x4000, .ttl = 1,
		.protocol = IPPROTO_IGMP, .saddr = rt.saddr, .daddr = rt.daddr,
	};
	struct sk_buff *skb = alloc_skb(&net->world->skb_pool, 24 + 16);
	uint8_t *p;

	if (!skb)
		return;
	/* Fits: allocated for the 40 bytes. */
	p = skb_put(skb, 24 + 16);
	memset(p, 0, 24 + 16);
	/* The report: one record, no sources. */
	p[24] = IGMPV3_HOST_MEMBERSHIP_REPORT;
	put16(p + 24 + 6, 1);
	p[24 + 8] = idev->mr_change->mr_left ? IGMPV3_CHANGE_TO_INCLUDE : IGMPV3_CHANGE_TO_EXCLUDE;
	put32(p + 24 + 12, idev->mr_change->mr_group);
	put16(p + 24 + 2, inet_csum(p + 24, 16));
	/* ip_emit writes 20 bytes; the Router Alert option follows (RFC 2113), then the checksum over 24. */
	ip_emit(p, &h);
	p[0] = 0x46;
	p[20] = 0x94;
	p[21] = 4;
	put16(p + 10, 0);
	put16(p + 10, inet_csum(p, 24));
	ipcb_set(skb, &h);
	ip_inc_stats(net, IPSTATS_MIB_OUTREQUESTS);
	skb_reset_network_header(skb);
	skb->protocol = ETH_P_IP;
	skb->local_out = 1;
	if (ip_finish_output(skb, &rt))
		ip_inc_stats(net, IPSTATS_MIB_OUTDISCARDS);
}

static uint64_t igmp_interval(const struct in_device *idev)
{
	int ms = in_dev_conf(idev, IPV4_DEVCONF_IGMPV3_UNSOLICITED_REPORT_INTERVAL, IN_DEV_DEV);

	return ms > 0 ? (uint64_t)ms * VL_NSEC_PER_MSEC : 1;
}

static void igmp_ifc_timer_expire(struct vl_timer *t);

/*
 * igmp_group_added / igmp_group_dropped for a group other than 224.0.0.1 on
 * a device that is up: the change is reported now and robustness - 1 times
 * more (a change replaces the one still being reported: a group left then
 * joined again is reported joined, as the kernel's del_delrec does).
 */
void igmp_group_changed(struct netdev *dev, uint32_t group, bool left)
{
	struct in_device *idev = dev->ip_ptr;
	struct world *w = dev->net->world;
	struct igmp_change *c;

	if (!idev || !(dev->flags & IFF_UP) || !igmp_v3(idev))
		return;
	c = idev->mr_change;
	if (!c) {
		c = idev->mr_change = vl_calloc(1, sizeof(*c));
		c->idev = idev;
		vl_timer_init_wheel(&c->mr_ifc_timer, igmp_ifc_timer_expire);
	}
	c->mr_group = group;
	c->mr_left = left;
	igmpv3_send_cr(idev);
	c->mr_crcount = IGMP_QRV - 1;
	vl_timer_arm(&w->clock, &c->mr_ifc_timer, w->clock.now + vl_rng_mod(&w->rng, igmp_interval(idev)));
}

/* igmp_ifc_timer_expire: the next retransmission, while the change has some left. */
static void igmp_ifc_timer_expire(struct vl_timer *t)
{
	struct igmp_change *c = vl_container_of(t, struct igmp_change, mr_ifc_timer);
	struct in_device *idev = c->idev;
	struct world *w = idev->dev->net->world;

	if (!c->mr_crcount)
		return;
	c->mr_crcount--;
	igmpv3_send_cr(idev);
	if (c->mr_crcount)
		vl_timer_arm(&w->clock, &c->mr_ifc_timer, w->clock.now + vl_rng_mod(&w->rng, igmp_interval(idev)));
}

void ip_mc_init_dev(struct in_device *idev)
{
	idev->mr_change = NULL;
}

/* ip_mc_up: the groups held are announced again (a snooping bridge's 224.0.0.106). */
void ip_mc_up(struct netdev *dev)
{
	if (br_snoopers_seq(dev))
		igmp_group_changed(dev, IGMP_ALL_SNOOPERS, false);
}

/* ip_mc_down: nothing more is reported (the leave a stopping bridge queues dies with its timer). */
void ip_mc_down(struct in_device *idev)
{
	struct igmp_change *c = idev->mr_change;

	if (!c)
		return;
	vl_timer_cancel(&idev->dev->net->world->clock, &c->mr_ifc_timer);
	free(c);
	idev->mr_change = NULL;
}

/* arp.c: ARP requests, replies and the rules that decide whether to answer (net/ipv4/arp.c). */
#include <string.h>

#include "../core/dropreason.h"
#include "../core/world.h"
#include "ethernet.h"
#include "ipv4.h"
#include "wire.h"

static const uint8_t eth_bcast[6] = { 0xff, 0xff, 0xff, 0xff, 0xff, 0xff };

/* arp_create + arp_xmit: a request or reply out of dev. dest_hw NULL means broadcast. */
static void arp_send(int op, struct netdev *dev, uint32_t dest_ip, const uint8_t *dest_hw,
		     uint32_t src_ip, const uint8_t *target_hw)
{
	struct sk_buff *skb = alloc_skb(&dev->net->world->skb_pool, ETH_HLEN + ARP_HLEN);
	struct arp_view a = { .op = (uint16_t)op, .sip = src_ip, .tip = dest_ip };

	if (!skb || (dev->flags & IFF_NOARP)) {
		kfree_skb(skb);
		return;
	}
	memcpy(a.sha, dev->dev_addr, 6);
	if (target_hw)
		memcpy(a.tha, target_hw, 6);
	/* Fits: allocated above for ETH_HLEN + ARP_HLEN. */
	arp_emit(skb_put(skb, ARP_HLEN), &a);
	skb->dev = dev;
	skb->local_out = 1;
	if (eth_header(skb, ETH_P_ARP, dest_hw ? dest_hw : eth_bcast, dev->dev_addr)) {
		kfree_skb_reason(skb, SKB_DROP_REASON_NOT_SPECIFIED);
		return;
	}
	dev_queue_xmit(skb);
}

static bool addr_is_local_any(struct netns *net, uint32_t a)
{
	struct fib_route *r;

	return fib_lookup(net, a, 0, &r) == 0 && r->type == RTN_LOCAL;
}

static bool addr_onlink(const struct in_device *idev, uint32_t a, uint32_t b)
{
	for (const struct in_ifaddr *ifa = idev->ifa_list; ifa; ifa = ifa->next)
		if (!((a ^ ifa->address) & ifa->mask) && !((b ^ ifa->address) & ifa->mask))
			return true;
	return false;
}

/* arp_solicit: the source follows arp_announce; probes go broadcast unless re-probing. */
static void arp_solicit(struct neighbour *n, struct sk_buff *skb)
{
	struct netdev *dev = n->dev;
	struct in_device *idev = dev->ip_ptr;
	uint32_t saddr = 0, skb_saddr = 0;
	int probes = n->probes - n->tbl->parms.ucast_probes;

	if (!idev)
		return;
	if (skb)
		skb_saddr = get32(skb_network_header(skb) + 12);
	switch (in_dev_conf(idev, IPV4_DEVCONF_ARP_ANNOUNCE, IN_DEV_MAX)) {
	case 1:
		if (skb && addr_is_local_any(dev->net, skb_saddr) && addr_onlink(idev, n->key, skb_saddr))
			saddr = skb_saddr;
		break;
	case 2:
		break;
	default:
		if (skb && addr_is_local_any(dev->net, skb_saddr))
			saddr = skb_saddr;
		break;
	}
	if (!saddr)
		saddr = inet_select_addr(dev, n->key, RT_SCOPE_LINK);
	if (probes < 0) {
		arp_send(ARPOP_REQUEST, dev, n->key, n->ha, saddr, NULL);
		return;
	}
	if (probes - n->tbl->parms.app_probes < 0)
		return;
	arp_send(ARPOP_REQUEST, dev, n->key, NULL, saddr, NULL);
}

/* arp_error_report: the packet's sender learns through ICMP host unreachable. */
static void arp_error_report(struct neighbour *n, struct sk_buff *skb)
{
	(void)n;
	icmp_send(skb, ICMP_DEST_UNREACH, ICMP_HOST_UNREACH, 0);
	kfree_skb_reason(skb, SKB_DROP_REASON_NEIGH_FAILED);
}

static void arp_output(struct neighbour *n, struct sk_buff *skb)
{
	skb->dev = n->dev;
	if (eth_header(skb, ETH_P_IP, n->ha, n->dev->dev_addr)) {
		kfree_skb_reason(skb, SKB_DROP_REASON_NOT_SPECIFIED);
		return;
	}
	dev_queue_xmit(skb);
}

const struct neigh_ops arp_neigh_ops = {
	.solicit = arp_solicit,
	.error_report = arp_error_report,
	.output = arp_output,
};

/* inet_confirm_addr for one device: tip is ours there, in scope, near sip if given. */
static bool confirm_addr_indev(const struct in_device *idev, uint32_t sip, uint32_t tip, int scope)
{
	for (const struct in_ifaddr *ifa = idev->ifa_list; ifa; ifa = ifa->next) {
		if (ifa->scope > scope || ifa->local != tip)
			continue;
		if (!sip || !((sip ^ ifa->address) & ifa->mask))
			return true;
	}
	return false;
}

/* arp_ignore: 0 answers for any local address, 1 only for the incoming device's, ... */
static bool arp_ignore(struct in_device *idev, uint32_t sip, uint32_t tip)
{
	switch (in_dev_conf(idev, IPV4_DEVCONF_ARP_IGNORE, IN_DEV_MAX)) {
	case 1:
		return !confirm_addr_indev(idev, 0, tip, RT_SCOPE_HOST);
	case 2:
		return !confirm_addr_indev(idev, sip, tip, RT_SCOPE_HOST);
	case 3:
		return !confirm_addr_indev(idev, 0, tip, RT_SCOPE_LINK);
	case 8:
		return true;
	default:
		return false;
	}
}

/* arp_filter: answer only if the reply would leave through the device it came in on. */
static bool arp_filter(struct netdev *dev, uint32_t sip, uint32_t tip)
{
	struct flow4 fl = { .daddr = sip, .saddr = tip };
	struct rt_result rt;

	if (ip_route_output(dev->net, &fl, &rt))
		return true;
	return rt.dev != dev;
}

static void arp_process(struct sk_buff *skb, const struct arp_view *a)
{
	struct netdev *dev = skb->dev;
	struct in_device *idev = dev->ip_ptr;
	struct rt_result rt;
	struct neighbour *n;
	int err;

	if ((a->tip & 0xf0000000u) == 0xe0000000u ||
	    (!in_dev_conf(idev, IPV4_DEVCONF_ROUTE_LOCALNET, IN_DEV_OR) && (a->tip >> 24) == 127)) {
		kfree_skb_reason(skb, SKB_DROP_REASON_IP_INVALID_DEST);
		return;
	}
	if (a->op == ARPOP_REQUEST) {
		err = ip_route_input(skb, a->tip, a->sip, dev, &rt);
		/* A martian request is not answered; the kernel just moves on. */
		if (err < 0)
			dev_note_drop(dev, -err);
		else if (rt.local) {
			bool dont_send = arp_ignore(idev, a->sip, a->tip);

			if (!dont_send && in_dev_conf(idev, IPV4_DEVCONF_ARP_FILTER, IN_DEV_OR))
				dont_send = arp_filter(dev, a->sip, a->tip);
			/* neigh_event_ns: no entry for the sender (a full table), no reply. */
			n = dont_send ? NULL : neigh_create(&ipv4_net(dev->net)->arp_tbl, &a->sip, dev);
			if (n) {
				/* Cannot fail: the sender's hardware address is given. */
				(void)!neigh_update(n, a->sha, NUD_STALE, NEIGH_UPDATE_F_OVERRIDE);
				arp_send(ARPOP_REPLY, dev, a->sip, a->sha, a->tip, a->sha);
			}
			kfree_skb(skb);
			return;
		}
	}
	n = neigh_lookup(&ipv4_net(dev->net)->arp_tbl, &a->sip, dev);
	if (n) {
		int64_t now = (int64_t)dev->net->world->clock.now;
		bool override = now > n->updated + (int64_t)n->tbl->parms.locktime * (int64_t)VL_NSEC_PER_MSEC;
		uint8_t state = (a->op != ARPOP_REPLY || skb->pkt_type != PACKET_HOST) ? NUD_STALE
										      : NUD_REACHABLE;

		/* Cannot fail: the sender's hardware address is given. */
		(void)!neigh_update(n, a->sha, state, override ? NEIGH_UPDATE_F_OVERRIDE : 0);
	}
	kfree_skb(skb);
}

void arp_rcv(struct sk_buff *skb)
{
	struct arp_view a;

	if ((skb->dev->flags & IFF_NOARP) || skb->pkt_type == PACKET_OTHERHOST ||
	    skb->pkt_type == PACKET_LOOPBACK) {
		kfree_skb_reason(skb, SKB_DROP_REASON_OTHERHOST);
		return;
	}
	if (arp_parse(skb->data, skb->len, &a) || (a.op != ARPOP_REQUEST && a.op != ARPOP_REPLY)) {
		kfree_skb_reason(skb, SKB_DROP_REASON_ARP_INVALID);
		return;
	}
	if (!skb->dev->ip_ptr) {
		kfree_skb(skb);
		return;
	}
	if (a.sip == 0) {
		/*
		 * RFC 2131 duplicate address probe (also what a sender without an
		 * address sends): answered for any local address, with no route check.
		 */
		if (a.op == ARPOP_REQUEST && addr_is_local_any(skb->dev->net, a.tip) &&
		    !arp_ignore(skb->dev->ip_ptr, a.sip, a.tip))
			arp_send(ARPOP_REPLY, skb->dev, a.sip, a.sha, a.tip, a.sha);
		kfree_skb(skb);
		return;
	}
	arp_process(skb, &a);
}

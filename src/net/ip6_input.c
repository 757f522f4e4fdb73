/* ip6_input.c: receiving IPv6: header checks, the local-or-not decision and delivery to ICMPv6. */
#include <string.h>

#include "../core/trace.h"
#include "../core/dropreason.h"
#include "../core/world.h"
#include "addrconf.h"
#include "ipv6.h"
#include "wire.h"
#include "../uapi/if_packet.h"

/* ip6_protocol_deliver_rcu: past a hop-by-hop header to ICMPv6; nothing else listens. */
static void ip6_local_deliver(struct sk_buff *skb, int iif)
{
	const uint8_t *h = skb_network_header(skb);
	uint8_t nexthdr = h[6];

	if (!skb_pull(skb, IPV6_HLEN)) {
		/* Defensive: ipv6_rcv checked the length. */
		kfree_skb_reason(skb, SKB_DROP_REASON_PKT_TOO_SMALL);
		return;
	}
	if (nexthdr == NEXTHDR_HOP) {
		uint32_t len = skb->len >= 2 ? ((uint32_t)skb->data[1] + 1) * 8 : 0;

		if (!len || len > skb->len) {
			ip6_inc_stats(skb->dev->net, IPSTATS_MIB_INHDRERRORS);
			/* ipv6_parse_hopopts's fail_and_free: plain kfree_skb (NOT_SPECIFIED). */
			kfree_skb_reason(skb, SKB_DROP_REASON_NOT_SPECIFIED);
			return;
		}
		nexthdr = skb->data[0];
		/* Cannot fail: len <= skb->len was checked just above. */
		(void)!skb_pull(skb, len);
	}
	if (nexthdr == NEXTHDR_FRAGMENT) {
		/* The queue keeps fragments whole, from their IPv6 header; the datagram starts over. */
		skb->len += (uint32_t)(skb->data - h);
		skb->data = (uint8_t *)h;
		skb = ipv6_frag_rcv(skb);
		if (skb)
			ip6_local_deliver(skb, iif);
		return;
	}
	/* ICMPv6, TCP and UDP have a final handler: delivered (InDelivers), even without a socket. */
	if (nexthdr == IPPROTO_ICMPV6 || nexthdr == IPPROTO_TCP || nexthdr == IPPROTO_UDP)
		ip6_inc_stats(skb->dev->net, IPSTATS_MIB_INDELIVERS);
	else
		ip6_inc_stats(skb->dev->net, IPSTATS_MIB_INUNKNOWNPROTOS);
	if (nexthdr == IPPROTO_ICMPV6) {
		icmpv6_rcv(skb, iif);
		return;
	}
	/* ip6_protocol_deliver_rcu: TCP and UDP find no socket (NO_SOCKET); other protocols IP_NOPROTO. */
	kfree_skb_reason(skb, nexthdr == IPPROTO_TCP || nexthdr == IPPROTO_UDP ? SKB_DROP_REASON_NO_SOCKET
									  : SKB_DROP_REASON_IP_NOPROTO);
}

/*
 * For `why`: the fix for a neighbour solicitation nobody here takes, when it
 * came straight from the veth's other end: the target address given to the
 * receiving device, with the prefix of its address that covers it (nodad,
 * so that it answers at once).
 */
static void ns_target_fix(const struct sk_buff *skb, char *fix, size_t len)
{
	const uint8_t *h = skb->data;
	struct netdev *dev = skb->dev, *peer = dev_link_peer(dev);
	char t[48], ns[TRACE_NAME + 20];
	struct vl_list *pos;

	fix[0] = '\0';
	if (!peer || peer->master || !dev->ip6_ptr || skb->len < 64 || h[6] != IPPROTO_ICMPV6 || h[40] != 135)
		return;
	vl_list_for_each(pos, &dev->ip6_ptr->addrs) {
		const struct inet6_ifaddr *ifa = vl_list_entry(pos, struct inet6_ifaddr, node);

		if (ipv6_addr_linklocal(ifa->addr) || !ipv6_prefix_equal(ifa->addr, h + 48, ifa->prefixlen))
			continue;
		snprintf(fix, len, "%sip -6 addr add %s/%u dev %s nodad", trace_netns_exec(dev->net, ns, sizeof(ns)),
			 trace_fmt6(h + 48, t), ifa->prefixlen, dev->name);
		return;
	}
}

/*
 * The local half of ip6_route_input: ours when the destination is a usable
 * address of this namespace (a link-local one only on the device it belongs
 * to), or a group the device has joined.
 */
static bool ip6_for_us(struct sk_buff *skb, const uint8_t *daddr)
{
	struct netdev *dev = skb->dev;

	if (ipv6_addr_multicast(daddr)) {
		bool joined = ipv6_chk_mcast_addr(dev, daddr);

		if (!joined && trace_on(skb)) {
			char g[48], state[TRACE_STATE], fix[TRACE_STATE];

			trace_fmt6(daddr, g);
			ns_target_fix(skb, fix, sizeof(fix));
			snprintf(state, sizeof(state), "%s has not joined %s%s", dev->name, g,
				 !memcmp(daddr, (const uint8_t[13]){ 0xff, 0x02, [11] = 1, [12] = 0xff }, 13)
				 ? " (the solicited-node group of an address it does not have)" : "");
			trace_decide(skb, "ip6_mc_input",
				     "a multicast packet is taken only by a device that has joined its group", state,
				     fix);
		}
		return joined;
	}
	return ipv6_chk_addr(dev->net, daddr, ipv6_addr_linklocal(daddr) ? dev : NULL);
}

/*
 * ip6_pkt_drop on the input path: the null entry and unreachable routes
 * answer "no route", prohibit ones "administratively prohibited" (both
 * counted as InNoRoutes); a packet to :: is only an address error.
 */
/* The codepoints ip -6 -s addr happens to show per device: ECT(1) and ECT(0). */
static void ip6_dev_count_ecn(struct inet6_dev *idev, int ecn)
{
	if (ecn == 1)
		idev->stats.in_ect1++;
	else if (ecn == 2)
		idev->stats.in_ect0++;
}

static void ip6_input_drop(struct sk_buff *skb, uint8_t code)
{
	struct netns *net = skb->dev->net;

	if (ipv6_addr_any(skb_network_header(skb) + 24)) {
		ip6_inc_stats(net, IPSTATS_MIB_INADDRERRORS);
		kfree_skb_reason(skb, SKB_DROP_REASON_IP_INADDRERRORS);
		return;
	}
	ip6_inc_stats(net, IPSTATS_MIB_INNOROUTES);
	if (skb->dev->ip6_ptr)
		skb->dev->ip6_ptr->stats.in_noroutes++;
	icmpv6_send(skb, ICMPV6_DEST_UNREACH, code, 0);
	kfree_skb_reason(skb, SKB_DROP_REASON_IP_INNOROUTES);
}

/* A unicast packet not for us: the route a packet arriving on its device takes (dst_input). */
static void ip6_route_not_local(struct sk_buff *skb, const uint8_t *daddr)
{
	struct rt6_route *r = ip6_route_input(skb->dev, daddr);

	if (!r || r->type == RTN_UNREACHABLE || r->type == RTN_THROW) {
		ip6_input_drop(skb, ICMPV6_NOROUTE);
	} else if (r->type == RTN_PROHIBIT) {
		ip6_input_drop(skb, ICMPV6_ADM_PROHIBITED);
	} else if (r->type == RTN_BLACKHOLE) {
		/* dst_discard: BLACKHOLE. */
		kfree_skb_reason(skb, SKB_DROP_REASON_BLACKHOLE);
	} else if (r->flags & RTF_REJECT) {
		/* Any other route through lo: ip6_pkt_discard too. */
		ip6_input_drop(skb, ICMPV6_NOROUTE);
	} else if (r->type == RTN_ANYCAST) {
		/* A subnet-router anycast address of ours (ipv6_chk_acast_addr). */
		ip6_local_deliver(skb, skb->dev->ifindex);
	} else if (r->type == RTN_LOCAL) {
		/* An address of ours not yet usable (tentative): nobody takes it. */
		ip6_inc_stats(skb->dev->net, IPSTATS_MIB_INADDRERRORS);
		kfree_skb_reason(skb, SKB_DROP_REASON_IP_INADDRERRORS);
	} else {
		ip6_forward(skb, r);
	}
}

/*
 * ip6_rcv_core, in its order: other hosts' frames go uncounted; everything
 * else is received (InReceives), then refused on a device without IPv6
 * (InDiscards) or for a bad header.
 */
/* For `why`: the device takes no IPv6 at all; turning it back on brings its link-local address back. */
static void trace_ipv6_disabled(struct sk_buff *skb, struct netdev *dev)
{
	char state[TRACE_STATE], fix[TRACE_STATE], in[TRACE_NAME + 20];
	int all = dev->net->sysctl->v6_all.data[IPV6_DEVCONF_DISABLE_IPV6];

	snprintf(state, sizeof(state), "net.ipv6.conf.all.disable_ipv6=%d net.ipv6.conf.%s.disable_ipv6=1", all,
		 dev->name);
	snprintf(fix, sizeof(fix), "%ssysctl -w net.ipv6.conf.%s.disable_ipv6=0", trace_netns_exec(dev->net, in, sizeof(in)),
		 all ? "all" : dev->name);
	trace_decide(skb, "ip6_rcv_core",
		     "a device with disable_ipv6 set drops every IPv6 packet (and holds no IPv6 address)", state, fix);
}

void ipv6_rcv(struct sk_buff *skb)
{
	struct netdev *dev = skb->dev;
	struct netns *net = dev->net;
	const uint8_t *h = skb->data;
	uint32_t plen;

	if (!net->ipv6) {
		/* Defensive: only while a namespace goes (the kernel would have no IPv6 handler). */
		kfree_skb_reason(skb, SKB_DROP_REASON_IPV6DISABLED);
		return;
	}
	if (skb->pkt_type == PACKET_OTHERHOST) {
		skb->dev->stats.rx_otherhost_dropped++;
		kfree_skb_reason(skb, SKB_DROP_REASON_OTHERHOST);
		return;
	}
	ip6_upd_po_stats(net, IPSTATS_MIB_IN, skb->len);
	if (dev->ip6_ptr) {
		dev->ip6_ptr->stats.in_pkts++;
		dev->ip6_ptr->stats.in_octets += skb->len;
	}
	/* No inet6_dev (an MTU below 1280) drops as disable_ipv6 does (ip6_rcv_core). */
	if (!dev->ip6_ptr || dev->ip6_ptr->cnf->data[IPV6_DEVCONF_DISABLE_IPV6]) {
		if (dev->ip6_ptr && trace_on(skb))
			trace_ipv6_disabled(skb, dev);
		ip6_inc_stats(net, IPSTATS_MIB_INDISCARDS);
		/* IPV6DISABLED only for disable_ipv6: no idev leaves ip6_rcv_core's NOT_SPECIFIED. */
		kfree_skb_reason(skb, dev->ip6_ptr ? SKB_DROP_REASON_IPV6DISABLED
						     : SKB_DROP_REASON_NOT_SPECIFIED);
		return;
	}
	if (skb->len < IPV6_HLEN || (h[0] >> 4) != 6) {
		ip6_inc_stats(net, IPSTATS_MIB_INHDRERRORS);
		/* ip6_rcv_core: a short header is err: (IP_INHDR), a wrong version UNHANDLED_PROTO. */
		kfree_skb_reason(skb, skb->len < IPV6_HLEN ? SKB_DROP_REASON_IP_INHDR
							   : SKB_DROP_REASON_UNHANDLED_PROTO);
		return;
	}
	ip6_inc_stats(net, IPSTATS_MIB_NOECTPKTS + ((h[1] >> 4) & 3));
	ip6_dev_count_ecn(dev->ip6_ptr, (h[1] >> 4) & 3);
	plen = get16(h + 4);
	if (plen + IPV6_HLEN > skb->len) {
		ip6_inc_stats(net, IPSTATS_MIB_INTRUNCATEDPKTS);
		kfree_skb_reason(skb, SKB_DROP_REASON_PKT_TOO_SMALL);
		return;
	}
	skb->len = plen + IPV6_HLEN;
	skb_reset_network_header(skb);
	if (skb->rt_local) {
		/* Looped back through lo: the input device is the address's own. */
		ip6_local_deliver(skb, skb->rt_iif);
		return;
	}
	if (ipv6_addr_multicast(h + 24)) {
		/* Without the device's ff00::/8 route the null entry takes it: no route (no ICMP to a group). */
		if (!ip6_route_input(dev, h + 24)) {
			ip6_input_drop(skb, ICMPV6_NOROUTE);
			return;
		}
		/* ip6_mc_input counts every multicast packet, joined or not. */
		ip6_upd_po_stats(net, IPSTATS_MIB_INMCAST, skb->len);
	}
	if (!ip6_for_us(skb, h + 24)) {
		/* A group nobody here joined is just not delivered; a unicast is routed on. */
		if (ipv6_addr_multicast(h + 24))
			kfree_skb_reason(skb, SKB_DROP_REASON_NOT_SPECIFIED); /* ip6_mc_input's kfree_skb */
		else
			ip6_route_not_local(skb, h + 24);
		return;
	}
	ip6_local_deliver(skb, dev->ifindex);
}

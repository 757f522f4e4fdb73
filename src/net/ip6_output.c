/*
 * ip6_output.c: building IPv6 headers and handing packets to lo, a multicast
 * group or a neighbour; and ip6_forward, which lives here in the kernel too.
 */
#include <string.h>

#include <errno.h>

#include "../core/dropreason.h"
#include "../core/rng.h"
#include "../core/trace.h"
#include "../core/world.h"
#include "addrconf.h"
#include "ethernet.h"
#include "inetpeer.h"
#include "ipv6.h"
#include "ndisc.h"
#include "wire.h"
#include "../uapi/if_packet.h"

uint32_t ip6_flowlabel(const struct netns *net, const uint8_t *src, const uint8_t *dst, uint8_t proto)
{
	uint64_t h = net->ipv6 ? net->ipv6->flow_seed : 0;

	for (int i = 0; i < 16; i += 8) {
		uint64_t a, b;

		memcpy(&a, src + i, 8);
		memcpy(&b, dst + i, 8);
		h = vl_hash_u64(h ^ a) ^ vl_hash_u64(b + proto);
	}
	h &= 0xfffff;
	return h ? (uint32_t)h : 1;
}

/* The IPv6 header in front of skb's payload; false (skb unchanged) without the headroom. */
static bool push_header(struct sk_buff *skb, const uint8_t *src, const uint8_t *dst, uint8_t nexthdr,
			uint8_t hops, uint32_t flowlabel)
{
	uint32_t plen = skb->len;
	uint8_t *h = skb_push(skb, IPV6_HLEN);

	if (!h)
		return false;
	put32(h, 0x60000000u | (flowlabel & 0xfffff));
	put16(h + 4, (uint16_t)plen);
	h[6] = nexthdr;
	h[7] = hops;
	memcpy(h + 8, src, 16);
	memcpy(h + 24, dst, 16);
	skb_reset_network_header(skb);
	skb->protocol = ETH_P_IPV6;
	skb->local_out = 1;
	return true;
}

/* The ICMPv6 type of a packet built here, past a hop-by-hop header (MLD); -1 if not ICMPv6. */
static int icmp6_type_of(const struct sk_buff *skb, uint8_t nexthdr)
{
	const uint8_t *p = skb->data + IPV6_HLEN;
	uint32_t left = skb->len - IPV6_HLEN;

	if (nexthdr == NEXTHDR_HOP && left >= 8) {
		uint32_t hlen = ((uint32_t)p[1] + 1) * 8;

		if (hlen >= left)
			return -1;
		nexthdr = p[0];
		p += hlen;
		left -= hlen;
	}
	return nexthdr == IPPROTO_ICMPV6 && left ? p[0] : -1;
}

/* What ndisc_send_skb, mld_sendpack and __ip6_make_skb count for a packet they send. */
static void ip6_count_request(struct netns *net, const struct sk_buff *skb, uint8_t nexthdr)
{
	int type = icmp6_type_of(skb, nexthdr);

	ip6_inc_stats(net, IPSTATS_MIB_OUTREQUESTS);
	if (type >= 0)
		icmp6_out_count(net, (uint8_t)type);
}

/* ip6_finish_output2's counters, before the neighbour decides the packet's fate. */
static void ip6_count_out(struct netns *net, const struct sk_buff *skb)
{
	if (ipv6_addr_multicast(skb_network_header(skb) + 24))
		ip6_upd_po_stats(net, IPSTATS_MIB_OUTMCAST, skb->len);
	ip6_upd_po_stats(net, IPSTATS_MIB_OUT, skb->len);
}

/*
 * dev_loopback_xmit: this host's copy of a multicast packet for a group
 * dev has joined, received on dev itself as PACKET_LOOPBACK (which no
 * capture sees), so its own members answer (ping ff02::1%veth0).
 */
static void ip6_mc_loopback(struct sk_buff *skb, struct netdev *dev)
{
	const uint8_t *daddr = skb->data + 24;
	/* netif_receive takes a link header off: the one the group maps to (ipv6_eth_mc_map). */
	const uint8_t dst[ETH_ALEN] = { 0x33, 0x33, daddr[12], daddr[13], daddr[14], daddr[15] };

	eth_loopback_copy(skb, dev, dst, ETH_P_IPV6, skb->rt_local);
}

/*
 * ip6_finish_output2's multicast part: a copy for this host when the
 * sender loops (IPV6_MULTICAST_LOOP) and dev has joined the group; with a
 * hop limit of 0 only that copy, and an interface-local group (ff01::/16)
 * never leaves a device other than lo. True when skb is done with.
 */
static bool ip6_mc_output(struct sk_buff *skb, struct netdev *dev)
{
	const uint8_t *h = skb->data;

	if (!(dev->flags & IFF_LOOPBACK) && skb->mc_loop && ipv6_chk_mcast_addr(dev, h + 24)) {
		ip6_mc_loopback(skb, dev);
		if (!h[7]) {
			ip6_inc_stats(dev->net, IPSTATS_MIB_OUTDISCARDS);
			kfree_skb_reason(skb, SKB_DROP_REASON_NOT_SPECIFIED);
			return true;
		}
	}
	ip6_count_out(dev->net, skb);
	if ((h[25] & 0x0f) <= 1 && !(dev->flags & IFF_LOOPBACK)) {
		kfree_skb_reason(skb, SKB_DROP_REASON_NOT_SPECIFIED);
		return true;
	}
	return false;
}

/* ip6_finish_output2: every packet goes through its next hop's neighbour entry. */
static int ip6_finish_output2(struct sk_buff *skb, struct netdev *dev, const uint8_t *nexthop)
{
	struct neighbour *n;

	if (!ipv6_addr_multicast(skb->data + 24))
		ip6_count_out(dev->net, skb);
	else if (ip6_mc_output(skb, dev))
		return 0;
	/* Multicast and lo entries are made NOARP (ndisc_constructor): never resolved. */
	n = neigh_create(&dev->net->ipv6->nd_tbl, nexthop, dev);
	if (!n) {
		/* The shared table is full: counted as no route, and the packet dropped. */
		ip6_inc_stats(dev->net, IPSTATS_MIB_OUTNOROUTES);
		kfree_skb_reason(skb, SKB_DROP_REASON_NEIGH_CREATEFAIL);
		return -EINVAL;
	}
	return neigh_output(n, skb) == NET_XMIT_DROP ? -ENOBUFS : 0;
}

/* One fragment: the unfragmentable part (ulen bytes), a fragment header, len bytes from off. */
static struct sk_buff *ip6_frag_next(struct sk_buff *skb, uint32_t ulen, uint8_t nexthdr, uint32_t id,
				     uint32_t off, uint32_t len, bool more)
{
	struct sk_buff *f = alloc_skb(skb->pool, ulen + 8 + len);
	uint8_t *p;

	if (!f)
		return NULL;
	/* Fits: allocated for the headers and len bytes. */
	p = skb_put(f, ulen + 8 + len);
	memcpy(p, skb->data, ulen);
	put16(p + 4, (uint16_t)(ulen - IPV6_HLEN + 8 + len));
	if (ulen == IPV6_HLEN)
		p[6] = NEXTHDR_FRAGMENT;
	else
		p[IPV6_HLEN] = NEXTHDR_FRAGMENT;
	p[ulen] = nexthdr;
	p[ulen + 1] = 0;
	put16(p + ulen + 2, (uint16_t)(off | (more ? 1 : 0)));
	put32(p + ulen + 4, id);
	memcpy(p + ulen + 8, skb->data + ulen + off, len);
	skb_copy_header(f, skb);
	skb_reset_network_header(f);
	trace_caused_by(f, skb);
	return f;
}

/*
 * ip6_fragment: a packet of this host over the path MTU goes in pieces of
 * (mtu - headers - 8) rounded down to 8 bytes, each with a fragment header
 * carrying one random identification. The original is consumed.
 */
static int ip6_fragment(struct sk_buff *skb, struct netdev *dev, const uint8_t *nexthop, uint32_t mtu)
{
	struct netns *net = dev->net;
	const uint8_t *h = skb->data;
	uint32_t ulen = h[6] == NEXTHDR_HOP ? IPV6_HLEN + ((uint32_t)h[IPV6_HLEN + 1] + 1) * 8 : IPV6_HLEN;
	uint8_t nexthdr = ulen == IPV6_HLEN ? h[6] : h[IPV6_HLEN];
	uint32_t id = (uint32_t)vl_rng_next(&net->world->rng), left = skb->len - ulen, chunk, off = 0;
	int err = 0;

	if (mtu < ulen + 8 + 8) {
		ip6_inc_stats(net, IPSTATS_MIB_FRAGFAILS);
		kfree_skb_reason(skb, SKB_DROP_REASON_NOT_SPECIFIED);
		return -EMSGSIZE;
	}
	chunk = (mtu - ulen - 8) & ~7u;
	while (left) {
		uint32_t len = left > chunk ? chunk : left;
		struct sk_buff *f = ip6_frag_next(skb, ulen, nexthdr, id, off, len, left > len);

		err = f ? ip6_finish_output2(f, dev, nexthop) : -ENOBUFS;
		if (err)
			break;
		/* Counted once out: a fragment the device refused was never created. */
		ip6_inc_stats(net, IPSTATS_MIB_FRAGCREATES);
		off += len;
		left -= len;
	}
	if (err) {
		ip6_inc_stats(net, IPSTATS_MIB_FRAGFAILS);
		kfree_skb_reason(skb, SKB_DROP_REASON_NOT_SPECIFIED);
		return err;
	}
	ip6_inc_stats(net, IPSTATS_MIB_FRAGOKS);
	consume_skb(skb);
	return 0;
}

/* ip6_finish_output: within the MTU as it is, else fragmented (only this host's packets come here that big). */
static int output_dev(struct sk_buff *skb, struct netdev *dev, const uint8_t *nexthop, uint32_t mtu)
{
	skb->dev = dev;
	if (!mtu || mtu > (uint32_t)dev->mtu)
		mtu = (uint32_t)dev->mtu;
	if (skb->len <= mtu)
		return ip6_finish_output2(skb, dev, nexthop);
	return ip6_fragment(skb, dev, nexthop, mtu);
}

void ip6_send_dev(struct sk_buff *skb, struct netdev *dev, const uint8_t *src, const uint8_t *dst,
		  uint8_t nexthdr, uint8_t hops)
{
	skb->dev = dev;
	if (!push_header(skb, src, dst, nexthdr, hops, 0)) {
		/* Defensive (callers leave SKB_HEADROOM); skb_expand_head fails with plain kfree_skb. */
		kfree_skb_reason(skb, SKB_DROP_REASON_NOT_SPECIFIED);
		return;
	}
	ip6_count_request(dev->net, skb, nexthdr);
	(void)output_dev(skb, dev, dst, 0);
}

uint8_t ip6_dst_hoplimit(const struct netdev *dev)
{
	/* 1..255: the sysctl refuses anything else. */
	return (uint8_t)(dev->ip6_ptr ? dev->ip6_ptr->cnf->data[IPV6_DEVCONF_HOP_LIMIT]
				      : dev->net->sysctl->v6_all.data[IPV6_DEVCONF_HOP_LIMIT]);
}

int ip6_send(struct sk_buff *skb, const struct rt6_result *rt, uint8_t nexthdr, uint8_t hops,
	     uint32_t flowlabel)
{
	int err;

	if (!push_header(skb, rt->saddr, rt->daddr, nexthdr, hops, flowlabel)) {
		/* Defensive, as in ip6_send_dev. */
		kfree_skb_reason(skb, SKB_DROP_REASON_NOT_SPECIFIED);
		return -ENOBUFS;
	}
	ip6_count_request(rt->dev->net, skb, nexthdr);
	skb->rt_local = rt->local;
	skb->rt_iif = rt->local ? rt->orig_oif : 0;
	if (rt->reject) {
		/* ip6_pkt_discard_out: a route through lo carries nothing; the sender hears "no route". */
		skb->dev = rt->dev;
		ip6_inc_stats(rt->dev->net, IPSTATS_MIB_OUTNOROUTES);
		icmpv6_send(skb, ICMPV6_DEST_UNREACH, ICMPV6_NOROUTE, 0);
		kfree_skb_reason(skb, SKB_DROP_REASON_IP_OUTNOROUTES);
		return 0;
	}
	/* Local delivery goes out of lo through its NOARP entry (ADDR dev lo). */
	err = output_dev(skb, rt->dev, rt->local || ipv6_addr_any(rt->nexthop) ? rt->daddr : rt->nexthop, rt->mtu);
	/* ip6_send_skb: whatever the output path refused is a discard, and the sender's error. */
	if (err)
		ip6_inc_stats(rt->dev->net, IPSTATS_MIB_OUTDISCARDS);
	return err;
}

/* ip6_forward's checks of the source before a packet leaves: it must be one a router may answer. */
static bool forward_source_ok(struct sk_buff *skb, struct netns *net)
{
	static const uint8_t loopback[16] = { [15] = 1 };
	const uint8_t *saddr = skb_network_header(skb) + 8;

	if (ipv6_addr_any(saddr) || ipv6_addr_multicast(saddr) || !memcmp(saddr, loopback, 16)) {
		ip6_inc_stats(net, IPSTATS_MIB_INADDRERRORS);
		kfree_skb_reason(skb, SKB_DROP_REASON_IP_INADDRERRORS);
		return false;
	}
	if (ipv6_addr_linklocal(saddr)) {
		/* A link-local source cannot be answered from beyond its link. */
		icmpv6_send(skb, ICMPV6_DEST_UNREACH, ICMPV6_NOT_NEIGHBOUR, 0);
		ip6_inc_stats(net, IPSTATS_MIB_INADDRERRORS);
		kfree_skb_reason(skb, SKB_DROP_REASON_IP_INADDRERRORS);
		return false;
	}
	return true;
}

/*
 * Back out the way it came: the sender is told of the better first hop (the
 * gateway, or the destination itself), at most one a second per destination.
 */
static void forward_redirect(struct sk_buff *skb, const struct rt6_route *r, struct netns *net)
{
	const uint8_t *daddr = skb_network_header(skb) + 24;
	uint64_t now = net->world->clock.now;

	if (inet_peer_xrlim_allow(inet_getpeer(&net->ipv6->peers, daddr, now), VL_NSEC_PER_SEC, now))
		ndisc_send_redirect(skb, r->has_gw ? r->gw : daddr);
}

/* ip6_pkt_too_big: no fragmenting on the way, the sender is told the MTU (at least 1280). */
static bool forward_too_big(struct sk_buff *skb, struct netdev *out, struct netns *net)
{
	uint32_t mtu = out->mtu < IPV6_MIN_MTU ? IPV6_MIN_MTU : (uint32_t)out->mtu;
	struct netdev *in = skb->dev;

	if (skb->len <= mtu)
		return false;
	/* As ip6_forward does; the error's source still follows the input device (skb_iif). */
	skb->dev = out;
	icmpv6_send(skb, ICMPV6_PKT_TOOBIG, 0, mtu);
	skb->dev = in;
	ip6_inc_stats(net, IPSTATS_MIB_INTOOBIGERRORS);
	if (out->ip6_ptr)
		out->ip6_ptr->stats.in_toobig++;
	ip6_inc_stats(net, IPSTATS_MIB_FRAGFAILS);
	kfree_skb_reason(skb, SKB_DROP_REASON_PKT_TOO_BIG);
	return true;
}

void ip6_forward(struct sk_buff *skb, const struct rt6_route *r)
{
	struct netdev *in = skb->dev, *out = r->dev;
	struct netns *net = in->net;
	uint8_t *h = skb_network_header(skb);

	if (!net->sysctl->v6_all.data[IPV6_DEVCONF_FORWARDING]) {
		/* Only "all" counts: per-device forwarding says how a device behaves, not whether it forwards. */
		ip6_inc_stats(net, IPSTATS_MIB_INADDRERRORS);
		kfree_skb_reason(skb, SKB_DROP_REASON_IP_INADDRERRORS);
		return;
	}
	if (skb->pkt_type != PACKET_HOST) {
		/* ip6_forward's drop: label, with the NOT_SPECIFIED SKB_DR(reason) starts with. */
		kfree_skb_reason(skb, SKB_DROP_REASON_NOT_SPECIFIED);
		return;
	}
	if (h[7] <= 1) {
		icmpv6_send(skb, ICMPV6_TIME_EXCEED, ICMPV6_EXC_HOPLIMIT, 0);
		ip6_inc_stats(net, IPSTATS_MIB_INHDRERRORS);
		kfree_skb_reason(skb, SKB_DROP_REASON_IP_INHDR);
		return;
	}
	if (in == out)
		forward_redirect(skb, r, net);
	else if (!forward_source_ok(skb, net))
		return;
	/* Counted before the MTU check: a packet too big counts as forwarded too (measured on 6.18). */
	ip6_inc_stats(net, IPSTATS_MIB_OUTFORWDATAGRAMS);
	if (forward_too_big(skb, out, net))
		return;
	h[7]--;
	skb->local_out = 0;
	(void)output_dev(skb, out, r->has_gw ? r->gw : h + 24, 0);
}

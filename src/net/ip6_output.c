/* ip6_output.c: building IPv6 headers and handing packets to their next hop's neighbour entry. */
#include <string.h>

#include "../core/dropreason.h"
#include "../core/world.h"
#include "ethernet.h"
#include "ipv6.h"
#include "wire.h"

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

/* ip6_finish_output2: every packet goes through its next hop's neighbour entry. */
static void output_dev(struct sk_buff *skb, struct netdev *dev, const uint8_t *nexthop)
{
	struct neighbour *n;

	skb->dev = dev;
	if (skb->len > (uint32_t)dev->mtu && !(dev->flags & IFF_LOOPBACK)) {
		/* Fragmentation is not modelled: oversized packets are dropped. */
		dev->stats.tx_dropped++;
		kfree_skb_reason(skb, SKB_DROP_REASON_NOT_SPECIFIED);
		return;
	}
	ip6_count_out(dev->net, skb);
	/* Multicast and lo entries are made NOARP (ndisc_constructor): never resolved. */
	n = neigh_create(&dev->net->ipv6->nd_tbl, nexthop, dev);
	if (!n) {
		/* The shared table is full: counted as no route, and the packet dropped. */
		ip6_inc_stats(dev->net, IPSTATS_MIB_OUTNOROUTES);
		kfree_skb_reason(skb, SKB_DROP_REASON_NEIGH_CREATEFAIL);
		return;
	}
	(void)neigh_output(n, skb);
}

void ip6_send_dev(struct sk_buff *skb, struct netdev *dev, const uint8_t *src, const uint8_t *dst,
		  uint8_t nexthdr, uint8_t hops)
{
	skb->dev = dev;
	if (!push_header(skb, src, dst, nexthdr, hops, 0)) {
		kfree_skb_reason(skb, SKB_DROP_REASON_NOT_SPECIFIED);
		return;
	}
	ip6_count_request(dev->net, skb, nexthdr);
	output_dev(skb, dev, dst);
}

void ip6_send(struct sk_buff *skb, const struct rt6_result *rt, uint8_t nexthdr, uint8_t hops,
	      uint32_t flowlabel)
{
	if (!push_header(skb, rt->saddr, rt->daddr, nexthdr, hops, flowlabel)) {
		kfree_skb_reason(skb, SKB_DROP_REASON_NOT_SPECIFIED);
		return;
	}
	ip6_count_request(rt->dev->net, skb, nexthdr);
	skb->rt_local = rt->local;
	skb->rt_iif = rt->local ? rt->orig_oif : 0;
	/* Local delivery goes out of lo through its NOARP entry (ADDR dev lo). */
	output_dev(skb, rt->dev, rt->daddr);
}

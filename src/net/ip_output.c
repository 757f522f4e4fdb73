/* ip_output.c: building IPv4 headers, fragmenting to the MTU, and handing packets to their next hop's neighbour entry. */
#include <errno.h>
#include <string.h>

#include "../core/dropreason.h"
#include "../core/trace.h"
#include "../core/world.h"
#include "ethernet.h"
#include "ipv4.h"
#include "wire.h"
#include "../uapi/if_packet.h"

/* ip_finish_output2's counters, per packet or fragment, before the neighbour decides its fate. */
static void ip_count_out(struct netns *net, const struct rt_result *rt, uint32_t len)
{
	if (rt->type == RTN_MULTICAST)
		ip_upd_po_stats(net, IPSTATS_MIB_OUTMCAST, len);
	else if (!rt->local && (rt->type == RTN_BROADCAST || ipv4_is_lbcast(rt->daddr)))
		ip_upd_po_stats(net, IPSTATS_MIB_OUTBCAST, len);
	ip_upd_po_stats(net, IPSTATS_MIB_OUT, len);
}

/* ip_finish_output2: a packet of at most the MTU to its next hop's neighbour entry. */
static int ip_finish_output2(struct sk_buff *skb, const struct rt_result *rt)
{
	struct netdev *dev = rt->dev;
	struct neighbour *n;
	uint32_t nexthop;

	ip_count_out(dev->net, rt, skb->len);
	/*
	 * ip_neigh_for_gw: on lo every packet shares the entry 0.0.0.0; broadcast
	 * and multicast entries are NOARP (arp_constructor), so only unicast
	 * next hops are ever resolved.
	 */
	nexthop = (dev->flags & IFF_LOOPBACK) ? 0 : rt->gw ? rt->gw : rt->daddr;
	n = neigh_create(&ipv4_net(dev->net)->arp_tbl, &nexthop, dev);
	if (!n) {
		/* ip_finish_output2: the shared table is full; the sender learns ENOBUFS. */
		kfree_skb_reason(skb, SKB_DROP_REASON_NEIGH_CREATEFAIL);
		return -ENOBUFS;
	}
	/* net_xmit_errno: a frame the device dropped is ENOBUFS to the sender. */
	return neigh_output(n, skb) == NET_XMIT_DROP ? -ENOBUFS : 0;
}

/* One fragment of skb: its header with offset and flags, and len bytes of payload from off. */
static struct sk_buff *ip_frag_next(struct sk_buff *skb, const struct iphdr_view *ip, uint32_t off,
				    uint32_t len, bool more)
{
	struct sk_buff *f = alloc_skb(skb->pool, ip->ihl + len);
	struct iphdr_view h = *ip;
	uint8_t *p;

	if (!f)
		return NULL;
	/* Fits: allocated for a header and len bytes. */
	p = skb_put(f, ip->ihl + len);
	memcpy(p, skb->data, ip->ihl);
	memcpy(p + ip->ihl, skb->data + ip->ihl + off, len);
	h.tot_len = (uint16_t)(ip->ihl + len);
	h.frag = (uint16_t)((ip->frag & 0x1fff) + off / 8) | (more || (ip->frag & 0x2000) ? 0x2000 : 0);
	ip_emit(p, &h);
	skb_copy_header(f, skb);
	skb_reset_network_header(f);
	ipcb_set(f, &h);
	trace_caused_by(f, skb);
	return f;
}

/*
 * ip_do_fragment: the payload cut in pieces of (mtu - header) rounded down
 * to 8 bytes, each behind a copy of the header; every piece goes out on its
 * own. The original is consumed.
 */
static int ip_do_fragment(struct sk_buff *skb, const struct rt_result *rt, uint32_t mtu)
{
	struct netns *net = rt->dev->net;
	struct iphdr_view ip;
	uint32_t left, chunk, off = 0;
	int err = 0;

	if (ip_parse(skb->data, skb->len, &ip) || mtu < (uint32_t)ip.ihl + 8) {
		ip_inc_stats(net, IPSTATS_MIB_FRAGFAILS);
		kfree_skb_reason(skb, SKB_DROP_REASON_NOT_SPECIFIED);
		return -EMSGSIZE;
	}
	left = ip.tot_len - ip.ihl;
	chunk = (mtu - ip.ihl) & ~7u;
	while (left) {
		uint32_t len = left > chunk ? chunk : left;
		struct sk_buff *f = ip_frag_next(skb, &ip, off, len, left > len);

		if (!f) {
			ip_inc_stats(net, IPSTATS_MIB_FRAGFAILS);
			kfree_skb_reason(skb, SKB_DROP_REASON_NOT_SPECIFIED);
			return -ENOBUFS;
		}
		err = ip_finish_output2(f, rt);
		if (err)
			break;
		/* Counted once out: a fragment the device refused was never created. */
		ip_inc_stats(net, IPSTATS_MIB_FRAGCREATES);
		off += len;
		left -= len;
	}
	if (err) {
		ip_inc_stats(net, IPSTATS_MIB_FRAGFAILS);
		kfree_skb_reason(skb, SKB_DROP_REASON_NOT_SPECIFIED);
		return err;
	}
	ip_inc_stats(net, IPSTATS_MIB_FRAGOKS);
	consume_skb(skb);
	return 0;
}

/* ip_skb_dst_mtu: a local packet honours the learnt path MTU, a forwarded one the device's. */
static uint32_t ip_skb_dst_mtu(const struct sk_buff *skb, const struct rt_result *rt)
{
	uint32_t mtu = (uint32_t)rt->dev->mtu;

	if (skb->local_out && rt->mtu && rt->mtu < mtu)
		mtu = rt->mtu;
	return mtu;
}

/*
 * ip_mc_output's broadcast part: this host's own copy of what it sends to a
 * broadcast address, received on the device itself (dev_loopback_xmit,
 * PACKET_LOOPBACK, which no capture sees) and delivered on the output route
 * (RTCF_BROADCAST | RTCF_LOCAL), so the sender's own stack sees it too.
 */
static void ip_bcast_loopback(struct sk_buff *skb, struct netdev *dev)
{
	static const uint8_t bcast[ETH_ALEN] = { 0xff, 0xff, 0xff, 0xff, 0xff, 0xff };

	eth_loopback_copy(skb, dev, bcast, ETH_P_IP, true);
}

int ip_finish_output(struct sk_buff *skb, const struct rt_result *rt)
{
	struct netdev *dev = rt->dev;
	uint32_t mtu = ip_skb_dst_mtu(skb, rt);

	skb->dev = dev;
	skb->rt_local = rt->local;
	skb->rt_iif = rt->local ? rt->orig_oif : 0;
	skb->rt_bcast = !rt->local && (rt->type == RTN_BROADCAST || ipv4_is_lbcast(rt->daddr));
	/*
	 * Out of lo, the packet itself comes back with its output route
	 * (RTCF_BROADCAST | RTCF_LOCAL) and is delivered here; out of any
	 * other device, a copy does.
	 */
	if (skb->rt_bcast && skb->local_out && (dev->flags & IFF_LOOPBACK))
		skb->rt_local = 1;
	else if (skb->rt_bcast && skb->local_out)
		ip_bcast_loopback(skb, dev);
	if (skb->len <= mtu)
		return ip_finish_output2(skb, rt);
	if (skb->len >= 20 && (skb->data[6] & 0x40)) {
		/* ip_fragment: DF forbids it; the sender (this host) hears "fragmentation needed". */
		ip_inc_stats(dev->net, IPSTATS_MIB_FRAGFAILS);
		icmp_send(skb, ICMP_DEST_UNREACH, ICMP_FRAG_NEEDED, mtu);
		kfree_skb_reason(skb, SKB_DROP_REASON_NOT_SPECIFIED);
		return -EMSGSIZE;
	}
	return ip_do_fragment(skb, rt, mtu);
}

int ip_send(struct netns *net, struct sk_buff *skb, const struct rt_result *rt,
	    uint8_t protocol, uint8_t ttl, uint8_t tos, bool df)
{
	struct iphdr_view h = {
		.ihl = 20, .tos = tos, .tot_len = (uint16_t)(skb->len + 20), .id = ipv4_net(net)->ip_id++,
		.frag = df ? 0x4000 : 0, .ttl = ttl, .protocol = protocol, .saddr = rt->saddr,
		.daddr = rt->daddr,
	};
	uint8_t *p = skb_push(skb, 20);
	int err;

	if (!p) {
		/* Defensive (callers leave SKB_HEADROOM); skb_expand_head fails with plain kfree_skb. */
		kfree_skb_reason(skb, SKB_DROP_REASON_NOT_SPECIFIED);
		return -ENOBUFS;
	}
	ip_emit(p, &h);
	ipcb_set(skb, &h);
	/* __ip_make_skb counts the ICMP message, __ip_local_out the request. */
	if (protocol == IPPROTO_ICMP && skb->len > 20)
		icmp_out_count(net, p[20]);
	ip_inc_stats(net, IPSTATS_MIB_OUTREQUESTS);
	skb_reset_network_header(skb);
	skb->protocol = ETH_P_IP;
	skb->local_out = 1;
	err = ip_finish_output(skb, rt);
	/* ip_send_skb: whatever the output path refused is a discard. */
	if (err)
		ip_inc_stats(net, IPSTATS_MIB_OUTDISCARDS);
	return err;
}

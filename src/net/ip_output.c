/* ip_output.c: building IPv4 headers and handing packets to their next hop's neighbour entry. */
#include <errno.h>
#include <string.h>

#include "../core/dropreason.h"
#include "../core/world.h"
#include "ethernet.h"
#include "ipv4.h"
#include "wire.h"

/* ip_finish_output2's counters, before the neighbour decides the packet's fate. */
static void ip_count_out(struct netns *net, const struct rt_result *rt, uint32_t len)
{
	if (rt->type == RTN_MULTICAST)
		ip_upd_po_stats(net, IPSTATS_MIB_OUTMCAST, len);
	else if (!rt->local && (rt->type == RTN_BROADCAST || ipv4_is_lbcast(rt->daddr)))
		ip_upd_po_stats(net, IPSTATS_MIB_OUTBCAST, len);
	ip_upd_po_stats(net, IPSTATS_MIB_OUT, len);
}

int ip_finish_output(struct sk_buff *skb, const struct rt_result *rt)
{
	struct netdev *dev = rt->dev;
	struct neighbour *n;
	uint32_t nexthop;

	skb->dev = dev;
	skb->rt_local = rt->local;
	skb->rt_iif = rt->local ? rt->orig_oif : 0;
	if (skb->len > (uint32_t)dev->mtu && !(dev->flags & IFF_LOOPBACK)) {
		/*
		 * Fragmentation is not modelled: oversized packets are dropped.
		 * ip_forward drops one over the MTU as PKT_TOO_BIG; a local one
		 * reaches ip_fragment, which (DF set) frees it with plain
		 * kfree_skb after FRAG_NEEDED: NOT_SPECIFIED.
		 */
		dev->stats.tx_dropped++;
		kfree_skb_reason(skb, skb->local_out ? SKB_DROP_REASON_NOT_SPECIFIED
						      : SKB_DROP_REASON_PKT_TOO_BIG);
		return 0;
	}
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

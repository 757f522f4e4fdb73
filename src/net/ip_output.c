/* ip_output.c: building IPv4 headers and handing packets to lo, broadcast or a neighbour. */
#include <errno.h>
#include <string.h>

#include "../core/dropreason.h"
#include "../core/world.h"
#include "ethernet.h"
#include "ipv4.h"
#include "wire.h"

static const uint8_t eth_bcast[6] = { 0xff, 0xff, 0xff, 0xff, 0xff, 0xff };
static const uint8_t eth_zero[6];

/* With its link header, out of skb->dev; dropped if the header does not fit. */
static void xmit_link(struct sk_buff *skb, const uint8_t *daddr, const uint8_t *saddr)
{
	if (eth_header(skb, ETH_P_IP, daddr, saddr)) {
		kfree_skb_reason(skb, SKB_DROP_REASON_NOT_SPECIFIED);
		return;
	}
	dev_queue_xmit(skb);
}

void ip_finish_output(struct sk_buff *skb, const struct rt_result *rt)
{
	struct netdev *dev = rt->dev;
	struct neighbour *n;
	uint32_t nexthop;

	skb->dev = dev;
	skb->rt_local = rt->local;
	skb->rt_iif = rt->local ? rt->orig_oif : 0;
	if (skb->len > (uint32_t)dev->mtu && !(dev->flags & IFF_LOOPBACK)) {
		/* Fragmentation is not modelled: oversized packets are dropped. */
		dev->stats.tx_dropped++;
		kfree_skb_reason(skb, SKB_DROP_REASON_NOT_SPECIFIED);
		return;
	}
	if (rt->local || (dev->flags & IFF_LOOPBACK)) {
		xmit_link(skb, eth_zero, eth_zero);
		return;
	}
	if (rt->type == RTN_BROADCAST || rt->daddr == 0xffffffffu) {
		xmit_link(skb, eth_bcast, dev->dev_addr);
		return;
	}
	nexthop = rt->gw ? rt->gw : rt->daddr;
	n = neigh_create(&ipv4_net(dev->net)->arp_tbl, &nexthop, dev);
	neigh_resolve_output(n, skb);
}

int ip_send(struct netns *net, struct sk_buff *skb, const struct rt_result *rt,
	    uint8_t protocol, uint8_t ttl, uint8_t tos, bool df)
{
	struct iphdr_view h = {
		.tos = tos, .tot_len = (uint16_t)(skb->len + 20), .id = ipv4_net(net)->ip_id++,
		.frag = df ? 0x4000 : 0, .ttl = ttl, .protocol = protocol, .saddr = rt->saddr,
		.daddr = rt->daddr,
	};
	uint8_t *p = skb_push(skb, 20);

	if (!p) {
		kfree_skb_reason(skb, SKB_DROP_REASON_NOT_SPECIFIED);
		return -ENOBUFS;
	}
	ip_emit(p, &h);
	skb_reset_network_header(skb);
	skb->protocol = ETH_P_IP;
	skb->local_out = 1;
	ip_finish_output(skb, rt);
	return 0;
}

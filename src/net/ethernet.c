/* ethernet.c: Ethernet framing and destination classification (net/ethernet/eth.c). */
#include "ethernet.h"

#include <errno.h>
#include <string.h>

#include "../core/dropreason.h"
#include "../core/trace.h"
#include "wire.h"
#include "../uapi/if_packet.h"

int eth_header(struct sk_buff *skb, uint16_t proto, const uint8_t *daddr, const uint8_t *saddr)
{
	uint8_t *h;

	skb_reset_network_header(skb);
	h = skb_push(skb, ETH_HLEN);
	if (!h)
		return -ENOBUFS;
	memcpy(h, daddr, 6);
	memcpy(h + 6, saddr, 6);
	put16(h + 12, proto);
	skb_reset_mac_header(skb);
	skb->protocol = proto;
	return 0;
}

uint16_t eth_type_trans(struct sk_buff *skb, struct netdev *dev)
{
	const uint8_t *h = skb->data;
	static const uint8_t bcast[6] = { 0xff, 0xff, 0xff, 0xff, 0xff, 0xff };

	skb->dev = dev;
	skb_reset_mac_header(skb);
	if (h[0] & 1)
		skb->pkt_type = memcmp(h, bcast, 6) ? PACKET_MULTICAST : PACKET_BROADCAST;
	else if (memcmp(h, dev->dev_addr, 6))
		skb->pkt_type = PACKET_OTHERHOST;
	else
		skb->pkt_type = PACKET_HOST;
	skb->protocol = get16(h + 12);
	/* Cannot fail: the caller checked skb->len >= ETH_HLEN. */
	(void)!skb_pull(skb, ETH_HLEN);
	skb_reset_network_header(skb);
	return skb->protocol;
}

void eth_loopback_copy(struct sk_buff *skb, struct netdev *dev, const uint8_t *dst, uint16_t proto,
		       bool route_kept)
{
	struct sk_buff *n = skb_clone(skb);
	uint8_t *eth = skb_push(n, ETH_HLEN);

	if (!eth) {
		/* Defensive: the stack leaves SKB_HEADROOM in front. */
		kfree_skb_reason(n, SKB_DROP_REASON_NOT_SPECIFIED);
		return;
	}
	memcpy(eth, dst, ETH_ALEN);
	memcpy(eth + ETH_ALEN, dev->dev_addr, ETH_ALEN);
	put16(eth + 12, proto);
	skb_reset_mac_header(n);
	n->dev = dev;
	n->protocol = proto;
	n->pkt_type = PACKET_LOOPBACK;
	n->local_out = 0;
	n->rt_local = route_kept;
	n->sent_gen = 0;
	trace_caused_by(n, skb);
	(void)dev_loopback_xmit(n);
}

/* ip6_input.c: receiving IPv6: header checks, the local-or-not decision and delivery to ICMPv6. */
#include <string.h>

#include "../core/dropreason.h"
#include "../core/world.h"
#include "addrconf.h"
#include "ipv6.h"
#include "wire.h"

/* ip6_protocol_deliver_rcu: past a hop-by-hop header to ICMPv6; nothing else listens. */
static void ip6_local_deliver(struct sk_buff *skb, int iif)
{
	const uint8_t *h = skb_network_header(skb);
	uint8_t nexthdr = h[6];

	if (!skb_pull(skb, IPV6_HLEN)) {
		kfree_skb_reason(skb, SKB_DROP_REASON_PKT_TOO_SMALL);
		return;
	}
	if (nexthdr == NEXTHDR_HOP) {
		uint32_t len = skb->len >= 2 ? ((uint32_t)skb->data[1] + 1) * 8 : 0;

		if (!len || len > skb->len) {
			kfree_skb_reason(skb, SKB_DROP_REASON_IP_INHDR);
			return;
		}
		nexthdr = skb->data[0];
		/* Cannot fail: len <= skb->len was checked just above. */
		(void)!skb_pull(skb, len);
	}
	if (nexthdr == IPPROTO_ICMPV6) {
		icmpv6_rcv(skb, iif);
		return;
	}
	kfree_skb_reason(skb, SKB_DROP_REASON_NO_SOCKET);
}

/*
 * ip6_route_input in short: ours when the destination is a usable address of
 * this namespace (a link-local one only on the device it belongs to), or a
 * group the device has joined. Forwarding is not modelled.
 */
static bool ip6_for_us(struct sk_buff *skb, const uint8_t *daddr)
{
	struct netdev *dev = skb->dev;

	if (ipv6_addr_multicast(daddr))
		return ipv6_chk_mcast_addr(dev, daddr);
	return ipv6_chk_addr(dev->net, daddr, ipv6_addr_linklocal(daddr) ? dev : NULL);
}

void ipv6_rcv(struct sk_buff *skb)
{
	struct netdev *dev = skb->dev;
	const uint8_t *h = skb->data;
	uint32_t plen;

	if (dev->cnf6.data[IPV6_DEVCONF_DISABLE_IPV6] || !dev->net->ipv6) {
		kfree_skb_reason(skb, SKB_DROP_REASON_IPV6DISABLED);
		return;
	}
	if (skb->pkt_type == PACKET_OTHERHOST) {
		kfree_skb_reason(skb, SKB_DROP_REASON_OTHERHOST);
		return;
	}
	if (skb->len < IPV6_HLEN || (h[0] >> 4) != 6) {
		kfree_skb_reason(skb, skb->len < IPV6_HLEN ? SKB_DROP_REASON_PKT_TOO_SMALL
							   : SKB_DROP_REASON_IP_INHDR);
		return;
	}
	plen = get16(h + 4);
	if (plen + IPV6_HLEN > skb->len) {
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
	if (!ip6_for_us(skb, h + 24)) {
		/* A group nobody here joined is just not delivered; a unicast would need forwarding. */
		kfree_skb_reason(skb, ipv6_addr_multicast(h + 24) ? SKB_DROP_REASON_NOT_SPECIFIED
								  : SKB_DROP_REASON_IP_INADDRERRORS);
		return;
	}
	ip6_local_deliver(skb, dev->ifindex);
}

/* ethernet.h: link headers and the receive classification of eth_type_trans. */
#ifndef VL_ETHERNET_H
#define VL_ETHERNET_H

#include <stdbool.h>
#include <stdint.h>

#include "../core/alloc.h"
#include "../core/netdev.h"

/* Pushes a 14-byte Ethernet header in front of skb->data; -ENOBUFS without the headroom. */
VL_MUST_CHECK int eth_header(struct sk_buff *skb, uint16_t proto, const uint8_t *daddr,
			     const uint8_t *saddr);
/*
 * Sets pkt_type and protocol for a frame arriving on dev, and pulls the
 * header. The caller has checked that skb->len >= ETH_HLEN.
 */
uint16_t eth_type_trans(struct sk_buff *skb, struct netdev *dev);
/*
 * dev_loopback_xmit of a copy of skb (an L3 packet this host sends out of
 * dev) behind a link header to dst: received on dev itself as
 * PACKET_LOOPBACK, which no capture sees. route_kept: it is delivered on
 * skb's output route (rt_local) instead of being routed again.
 */
void eth_loopback_copy(struct sk_buff *skb, struct netdev *dev, const uint8_t *dst, uint16_t proto,
		       bool route_kept);

#endif

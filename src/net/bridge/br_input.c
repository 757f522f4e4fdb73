/* br_input.c: a frame arriving on a port (br_handle_frame): learnt, then delivered up, forwarded or flooded. */
#include <string.h>

#include "../../core/dropreason.h"
#include "../../core/trace.h"
#include "../../core/netns.h"
#include "../../core/world.h"
#include "../../uapi/if_ether.h"
#include "br_private.h"
#include "../../uapi/if_packet.h"

static const uint8_t eth_bcast[ETH_ALEN] = { 0xff, 0xff, 0xff, 0xff, 0xff, 0xff };

/*
 * br_pass_frame_up: the bridge device receives the frame as if it had
 * arrived there; it counts it, and the stack sees it on the bridge.
 */
static enum rx_handler_result br_pass_frame_up(struct sk_buff *skb, struct net_bridge *br)
{
	br->dev->stats.rx_packets++;
	br->dev->stats.rx_bytes += skb->len;
	skb->dev = br->dev;
	return RX_HANDLER_ANOTHER;
}

/* The frame again from its Ethernet header, as forwarding sends it. Cannot fail: the header was pulled. */
static void br_push_header(struct sk_buff *skb)
{
	(void)!skb_push(skb, ETH_HLEN);
}

/*
 * br_handle_frame_finish: learning, then the destination decides: the
 * bridge itself (a local entry), one port (a learnt one), or every port
 * (broadcast, multicast, unknown unicast), with the bridge getting a
 * copy of broadcast and multicast, and of everything while promiscuous.
 */
static enum rx_handler_result br_handle_frame_finish(struct sk_buff *skb, struct net_bridge_port *p)
{
	struct net_bridge *br = p->br;
	const uint8_t *eth = skb_mac_header(skb);
	bool local_rcv = (br->dev->flags & IFF_PROMISC) != 0;
	struct net_bridge_fdb_entry *dst;

	if (p->flags & BRPORT_LEARNING)
		br_fdb_update(br, p, eth + ETH_ALEN);
	if (p->state == BR_STATE_LEARNING) {
		br_trace_port_state(skb, p, true);
		kfree_skb_reason(skb, SKB_DROP_REASON_NOT_SPECIFIED);
		return RX_HANDLER_CONSUMED;
	}
	br_push_header(skb);
	if (eth[0] & 1) {
		bool mcast = memcmp(eth, eth_bcast, ETH_ALEN) != 0;

		/* BR_PKT_MULTICAST with no querier: the bridge takes a copy and counts it (not a broadcast). */
		if (mcast)
			br->dev->stats.multicast++;
		br_flood(br, skb, mcast ? BR_PKT_MULTICAST : BR_PKT_BROADCAST, true, false);
		(void)!skb_pull(skb, ETH_HLEN);
		return br_pass_frame_up(skb, br);
	}
	dst = br_fdb_find(br, eth);
	if (dst && dst->is_local) {
		(void)!skb_pull(skb, ETH_HLEN);
		return br_pass_frame_up(skb, br);
	}
	if (dst) {
		dst->used = br->dev->net->world->clock.now;
		if (local_rcv) {
			br_forward(dst->dst, skb_clone(skb), false, false);
			(void)!skb_pull(skb, ETH_HLEN);
			return br_pass_frame_up(skb, br);
		}
		br_forward(dst->dst, skb, false, false);
		return RX_HANDLER_CONSUMED;
	}
	br_flood(br, skb, BR_PKT_UNICAST, local_rcv, false);
	if (!local_rcv)
		return RX_HANDLER_CONSUMED;
	(void)!skb_pull(skb, ETH_HLEN);
	return br_pass_frame_up(skb, br);
}

/* 01:80:c2:00:00:0X, the IEEE 802.1D reserved group addresses. */
static bool is_link_local_ether_addr(const uint8_t *a)
{
	static const uint8_t base[5] = { 0x01, 0x80, 0xc2, 0x00, 0x00 };

	return !memcmp(a, base, 5) && (a[5] & 0xf0) == 0;
}

/*
 * br_handle_frame, the ports' rx_handler: a frame from an invalid source
 * is dropped; a reserved group address goes to the port's own stack
 * (STP's with STP off, and those group_fwd_mask names, are forwarded);
 * a port that neither forwards nor learns drops the rest.
 */
enum rx_handler_result br_handle_frame(struct sk_buff **pskb)
{
	struct sk_buff *skb = *pskb;
	struct net_bridge_port *p = skb->dev->rx_handler_data;
	const uint8_t *eth = skb_mac_header(skb);
	const uint8_t *src = eth + ETH_ALEN;

	/* A host's own multicast copy (dev_loopback_xmit) is the port's, never the bridge's. */
	if (skb->pkt_type == PACKET_LOOPBACK)
		return RX_HANDLER_PASS;
	if ((src[0] & 1) || !(src[0] | src[1] | src[2] | src[3] | src[4] | src[5])) {
		kfree_skb_reason(skb, SKB_DROP_REASON_MAC_INVALID_SOURCE);
		return RX_HANDLER_CONSUMED;
	}
	trace_skb(skb, TRACE_RCV, "br_handle_frame");
	if (is_link_local_ether_addr(eth)) {
		uint16_t fwd_mask = p->br->group_fwd_mask | (1u << 0);

		/* Pause frames (01) are dropped; STP's (00) cross only while STP is off. */
		if (eth[5] == 1) {
			kfree_skb_reason(skb, SKB_DROP_REASON_NOT_SPECIFIED);
			return RX_HANDLER_CONSUMED;
		}
		if (eth[5] == 0 && p->br->stp_enabled != BR_NO_STP)
			fwd_mask &= (uint16_t)~1u;
		if (!(fwd_mask & (1u << eth[5]))) {
			/* __br_handle_local_finish: learnt (unless no_linklocal_learn), then the port's own stack. */
			if ((p->flags & BRPORT_LEARNING) && !p->br->no_linklocal_learn)
				br_fdb_update(p->br, p, src);
			return RX_HANDLER_PASS;
		}
	}
	if (p->state != BR_STATE_FORWARDING && p->state != BR_STATE_LEARNING) {
		br_trace_port_state(skb, p, true);
		kfree_skb_reason(skb, SKB_DROP_REASON_NOT_SPECIFIED);
		return RX_HANDLER_CONSUMED;
	}
	/* The bridge's own address is for the host, whatever the port's own says. */
	if (!memcmp(eth, p->br->dev->dev_addr, ETH_ALEN))
		skb->pkt_type = PACKET_HOST;
	return br_handle_frame_finish(skb, p);
}

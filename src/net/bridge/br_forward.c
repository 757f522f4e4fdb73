/* br_forward.c: a frame out of one port (br_forward) or of all that may have it (br_flood). */
#include "../../core/dropreason.h"
#include "br_private.h"

/*
 * should_deliver: the port forwards, is not the one the frame came in by
 * (unless hairpin), and is not isolated from an isolated ingress port.
 * When tracing, why not is logged (the ingress port itself is no news for
 * a flood, only for a frame sent back where it came from).
 */
static bool should_deliver(const struct net_bridge_port *p, struct sk_buff *skb, bool local_orig, bool flood)
{
	const struct net_bridge_port *in = local_orig ? NULL : skb->dev->rx_handler_data;

	if (in == p && !(p->flags & BRPORT_HAIRPIN)) {
		if (!flood)
			br_trace_hairpin(skb, p);
		return false;
	}
	if (p->state != BR_STATE_FORWARDING) {
		br_trace_port_state(skb, p, false);
		return false;
	}
	if (in && (in->flags & BRPORT_ISOLATED) && (p->flags & BRPORT_ISOLATED)) {
		br_trace_isolated(skb, in, p);
		return false;
	}
	return true;
}

/* __br_forward: out of the port's device, Ethernet header first. */
static void __br_forward(const struct net_bridge_port *to, struct sk_buff *skb)
{
	skb->dev = to->dev;
	(void)dev_queue_xmit(skb);
}

void br_forward(const struct net_bridge_port *to, struct sk_buff *skb, bool local_rcv, bool local_orig)
{
	(void)local_rcv;
	if (!should_deliver(to, skb, local_orig, false)) {
		kfree_skb_reason(skb, SKB_DROP_REASON_NOT_SPECIFIED);
		return;
	}
	__br_forward(to, skb);
}

/* The port's flood flag for this kind of frame; the bridge's own multicast and broadcast ignore theirs. */
static bool port_floods(const struct net_bridge_port *p, enum br_pkt_type type, bool local_orig)
{
	switch (type) {
	case BR_PKT_UNICAST:
		return p->flags & BRPORT_FLOOD;
	case BR_PKT_MULTICAST:
		return (p->flags & BRPORT_MCAST_FLOOD) || local_orig;
	case BR_PKT_BROADCAST:
		return (p->flags & BRPORT_BCAST_FLOOD) || local_orig;
	}
	return false;
}

/*
 * br_flood: a copy for each port but the last, which gets the frame
 * itself unless the caller keeps it for the bridge (local_rcv).
 */
void br_flood(struct net_bridge *br, struct sk_buff *skb, enum br_pkt_type type, bool local_rcv,
	      bool local_orig)
{
	const struct net_bridge_port *prev = NULL;
	struct vl_list *pos;

	vl_list_for_each(pos, &br->port_list) {
		const struct net_bridge_port *p = vl_list_entry(pos, struct net_bridge_port, list);

		if (!port_floods(p, type, local_orig)) {
			br_trace_no_flood(skb, p, type);
			continue;
		}
		if (!should_deliver(p, skb, local_orig, true))
			continue;
		if (prev)
			__br_forward(prev, skb_clone(skb));
		prev = p;
	}
	if (prev) {
		__br_forward(prev, local_rcv ? skb_clone(skb) : skb);
		return;
	}
	if (!local_rcv)
		kfree_skb_reason(skb, SKB_DROP_REASON_NOT_SPECIFIED);
}

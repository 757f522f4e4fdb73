/* br_trace.c: for `why`, the bridge's decisions that keep a frame from a port, with the port's state and the fix. */
#include <stdio.h>

#include "../../core/trace.h"
#include "br_private.h"

/* The command that makes port p forward again, for a port that is not forwarding. */
static void fix_state(const struct net_bridge_port *p, const char *in, char *fix, size_t len)
{
	if (!(p->br->dev->flags & IFF_UP))
		snprintf(fix, len, "%sip link set %s up", in, p->br->dev->name);
	else if (!(p->dev->flags & IFF_UP))
		snprintf(fix, len, "%sip link set %s up", in, p->dev->name);
	else if (p->state == BR_STATE_DISABLED)
		fix[0] = '\0';   /* up without carrier: the far end is down, named by the state */
	else if (p->br->stp_enabled == BR_NO_STP)
		snprintf(fix, len, "%sbridge link set dev %s state forwarding", in, p->dev->name);
	else
		fix[0] = '\0';   /* STP will take it there after its forward delays */
}

static const char *why_disabled(const struct net_bridge_port *p)
{
	if (!(p->br->dev->flags & IFF_UP))
		return " (the bridge is down)";
	if (!(p->dev->flags & IFF_UP))
		return " (the port is down)";
	if (p->state == BR_STATE_DISABLED)
		return " (the port has no carrier: its link's far end is down)";
	return "";
}

void br_trace_port_state(struct sk_buff *skb, const struct net_bridge_port *p, bool ingress)
{
	char state[TRACE_STATE], fix[TRACE_STATE], ns[TRACE_NAME + 20];
	const char *in;

	if (!trace_on(skb))
		return;
	in = trace_netns_exec(p->br->dev->net, ns, sizeof(ns));
	snprintf(state, sizeof(state), "port %s of %s state %s%s", p->dev->name, p->br->dev->name,
		 br_state_name(p->state), why_disabled(p));
	fix_state(p, in, fix, sizeof(fix));
	trace_decide(skb, ingress ? "br_handle_frame" : "should_deliver",
		     ingress ? "a bridge port that is not forwarding (disabled, blocking, listening or learning) passes nothing it receives on to the bridge"
			     : "a bridge sends a frame out of a port only while the port is forwarding",
		     state, fix);
}

void br_trace_isolated(struct sk_buff *skb, const struct net_bridge_port *from, const struct net_bridge_port *to)
{
	char state[TRACE_STATE], fix[TRACE_STATE], ns[TRACE_NAME + 20];
	const char *in;

	if (!trace_on(skb))
		return;
	in = trace_netns_exec(to->br->dev->net, ns, sizeof(ns));
	snprintf(state, sizeof(state), "ports %s and %s of %s are both isolated", from->dev->name, to->dev->name,
		 to->br->dev->name);
	snprintf(fix, sizeof(fix), "%sbridge link set dev %s isolated off;%sbridge link set dev %s isolated off", in,
		 from->dev->name, in, to->dev->name);
	trace_decide(skb, "br_skb_isolated", "a frame that came in by an isolated port goes out by no other isolated port",
		     state, fix);
}

void br_trace_hairpin(struct sk_buff *skb, const struct net_bridge_port *p)
{
	char state[TRACE_STATE], fix[TRACE_STATE], ns[TRACE_NAME + 20];
	const char *in;

	if (!trace_on(skb))
		return;
	in = trace_netns_exec(p->br->dev->net, ns, sizeof(ns));
	snprintf(state, sizeof(state), "the destination was learnt on %s, the port the frame came in by; hairpin off",
		 p->dev->name);
	snprintf(fix, sizeof(fix), "%sbridge link set dev %s hairpin on", in, p->dev->name);
	trace_decide(skb, "should_deliver", "a bridge never sends a frame back out of the port it came in by, unless that port is in hairpin mode",
		     state, fix);
}

void br_trace_no_flood(struct sk_buff *skb, const struct net_bridge_port *p, enum br_pkt_type type)
{
	static const char *const flag[] = { "flood", "mcast_flood", "bcast_flood" };
	char state[TRACE_STATE], fix[TRACE_STATE], ns[TRACE_NAME + 20];
	const char *in;

	if (!trace_on(skb))
		return;
	in = trace_netns_exec(p->br->dev->net, ns, sizeof(ns));
	snprintf(state, sizeof(state), "port %s of %s: %s off%s", p->dev->name, p->br->dev->name, flag[type],
		 type == BR_PKT_UNICAST ? (p->flags & BRPORT_LEARNING ? "; the destination is not in the fdb"
				: "; learning off, so no address behind it is ever in the fdb") : "");
	if (type == BR_PKT_UNICAST && !(p->flags & BRPORT_LEARNING))
		snprintf(fix, sizeof(fix), "%sbridge link set dev %s flood on;%sbridge link set dev %s learning on", in,
			 p->dev->name, in, p->dev->name);
	else
		snprintf(fix, sizeof(fix), "%sbridge link set dev %s %s on", in, p->dev->name, flag[type]);
	trace_decide(skb, "br_flood",
		     type == BR_PKT_UNICAST ? "a frame for an address the bridge has not learnt is flooded only to the ports with flood on"
		     : type == BR_PKT_MULTICAST ? "multicast is flooded only to the ports with mcast_flood on"
						: "broadcast is flooded only to the ports with bcast_flood on",
		     state, fix);
}

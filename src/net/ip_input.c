/* ip_input.c: receiving IPv4: header checks, routing, local delivery and forwarding. */
#include <string.h>

#include "../core/dropreason.h"
#include "../core/trace.h"
#include "../core/world.h"
#include "ipv4.h"
#include "wire.h"
#include "../uapi/if_packet.h"

static void ip_forward(struct sk_buff *skb, const struct iphdr_view *ip, struct rt_result *rt,
		       struct netdev *in_dev);

/*
 * UDP goes to udp_rcv. TCP has a protocol handler but no listener here:
 * it counts as delivered (InDelivers) and is dropped; any other protocol
 * is unknown.
 */
static void deliver_other(struct sk_buff *skb, const struct iphdr_view *ip)
{
	struct netns *net = skb->dev->net;

	if (ip->protocol == IPPROTO_UDP) {
		udp_rcv(skb, ip);
		return;
	}
	if (ip->protocol == IPPROTO_TCP) {
		ip_inc_stats(net, IPSTATS_MIB_INDELIVERS);
		kfree_skb_reason(skb, SKB_DROP_REASON_NO_SOCKET);
		return;
	}
	ip_inc_stats(net, IPSTATS_MIB_INUNKNOWNPROTOS);
	icmp_send(skb, ICMP_DEST_UNREACH, ICMP_PROT_UNREACH, 0);
	kfree_skb_reason(skb, SKB_DROP_REASON_IP_NOPROTO);
}

void ip_local_deliver(struct sk_buff *skb)
{
	struct iphdr_view ip;

	/* ip_rcv parsed and checked the header: IPCB holds it. */
	if (!IPCB(skb)->valid) {
		/* Defensive: every caller comes through ip_rcv; ip_rcv_core's reason. */
		kfree_skb_reason(skb, SKB_DROP_REASON_IP_INHDR);
		return;
	}
	if (IPCB(skb)->iph.frag & 0x3fff) {
		/* A fragment waits for the rest; the last one brings the whole packet. */
		skb = ip_defrag(skb);
		if (!skb)
			return;
	}
	ip = IPCB(skb)->iph;
	/* Cannot fail: ip_parse checked ihl <= tot_len, which is skb->len. */
	(void)!skb_pull(skb, ip.ihl);
	if (ip.protocol == IPPROTO_ICMP) {
		/* icmp_rcv always returns 0: delivered, whatever it then does with it. */
		ip_inc_stats(skb->dev->net, IPSTATS_MIB_INDELIVERS);
		raw_local_deliver(skb, &ip);
		icmp_rcv(skb);
		return;
	}
	deliver_other(skb, &ip);
}

/*
 * ip_error: without forwarding the packet just goes; with it, the sender is
 * told. Its drop reason is set only for EHOSTUNREACH without forwarding
 * (IP_INADDRERRORS) and ENETUNREACH (IP_INNOROUTES): unreachable (EHOSTUNREACH),
 * prohibit (EACCES) and blackhole (EINVAL) routes under forwarding leave it
 * NOT_SPECIFIED, as SKB_DR(reason) starts.
 */
/*
 * For `why`: a router with no route to d. When the namespace at the other
 * end of one of its veth links has d as an address, the fix routes d's
 * subnet there, through that end's address on the link. Only when
 * explaining: it walks the router's devices.
 */
static void trace_no_route_fix(const struct netns *net, uint32_t d, char *fix, size_t len)
{
	const struct vl_list *pos;
	char ns[TRACE_NAME + 20], a[16], g[16];

	vl_list_for_each(pos, &net->devices) {
		const struct netdev *dev = vl_list_entry(pos, struct netdev, dev_list);
		const struct netdev *peer = dev_link_peer(dev);
		const struct in_ifaddr *far = peer ? inet_lookup_local(peer->net, d) : NULL;
		uint32_t gw = far ? inet_addr_on_link(dev, peer) : 0;

		if (!gw)
			continue;
		snprintf(fix, len, "%sip route add %s/%u via %s dev %s", trace_netns_exec(net, ns, sizeof(ns)),
			 trace_fmt4(far->local & far->mask, a), far->prefixlen, trace_fmt4(gw, g), dev->name);
		return;
	}
}

/* For `why`: a packet this host would have to route on, and why it did not. */
static void trace_route_error(struct sk_buff *skb, const struct rt_result *rt, int reason)
{
	struct in_device *idev = skb->dev->ip_ptr;
	uint32_t d = get32(skb_network_header(skb) + 16);
	char dst[16], state[TRACE_STATE], fix[TRACE_STATE] = "", ns[TRACE_NAME + 20];

	if (!trace_on(skb))
		return;
	trace_fmt4(d, dst);
	if (reason == SKB_DROP_REASON_IP_INADDRERRORS) {
		snprintf(state, sizeof(state), "%s is not an address of this host; net.ipv4.conf.%s.forwarding=%d",
			 dst, skb->dev->name, idev ? idev->cnf->data[IPV4_DEVCONF_FORWARDING] : 0);
		snprintf(fix, sizeof(fix), "%ssysctl -w net.ipv4.ip_forward=1",
			 trace_netns_exec(skb->dev->net, ns, sizeof(ns)));
		trace_decide(skb, "ip_route_input_slow",
			     "a host that does not forward (ip_forward=0) drops a packet that is not for one of its addresses",
			     state, fix);
	} else if (rt->type == RTN_UNREACHABLE || rt->type == RTN_PROHIBIT || rt->type == RTN_BLACKHOLE) {
		snprintf(state, sizeof(state), "the route to %s is of type %s", dst,
			 rt->type == RTN_UNREACHABLE ? "unreachable" : rt->type == RTN_PROHIBIT ? "prohibit"
											 : "blackhole");
		trace_decide(skb, "ip_route_input_slow", "a route of an error type stops what it matches", state, "");
	} else {
		snprintf(state, sizeof(state), "no route to %s in table %u", dst, rt->table ? rt->table : 254);
		trace_no_route_fix(skb->dev->net, d, fix, sizeof(fix));
		trace_decide(skb, "ip_route_input_slow",
			     "a router drops (and reports net unreachable for) a packet it has no route for", state, fix);
	}
}

static void ip_error(struct sk_buff *skb, const struct rt_result *rt, int reason)
{
	struct in_device *idev = skb->dev->ip_ptr;

	if (idev && in_dev_conf(idev, IPV4_DEVCONF_FORWARDING, IN_DEV_DEV)) {
		/* A blackhole (EINVAL) goes before the rate limit, and is told nothing. */
		bool allow = reason != SKB_DROP_REASON_BLACKHOLE &&
			     ip_error_allow(skb->dev->net, get32(skb_network_header(skb) + 12));

		if (!allow && reason != SKB_DROP_REASON_BLACKHOLE && trace_on(skb))
			trace_decide(skb, "ip_error",
				     "a router reports an unreachable destination to one source at most once a second (net.ipv4.route.error_cost), after a burst of 5: this error was not sent",
				     "the source's tokens for errors are spent", "");
		if (allow) {
			if (rt->type == RTN_UNREACHABLE)
				icmp_send(skb, ICMP_DEST_UNREACH, ICMP_HOST_UNREACH, 0);
			else if (rt->type == RTN_PROHIBIT)
				icmp_send(skb, ICMP_DEST_UNREACH, ICMP_PKT_FILTERED, 0);
			else if (reason == SKB_DROP_REASON_IP_INNOROUTES)
				icmp_send(skb, ICMP_DEST_UNREACH, ICMP_NET_UNREACH, 0);
		}
		if (rt->type == RTN_UNREACHABLE || rt->type == RTN_PROHIBIT ||
		    reason != SKB_DROP_REASON_IP_INNOROUTES)
			reason = SKB_DROP_REASON_NOT_SPECIFIED;
	}
	kfree_skb_reason(skb, reason);
}

/*
 * ip_rcv_core's accounting of a header ip_parse refused, in the order the
 * kernel checks it; returns its drop reason: IP_CSUM, PKT_TOO_SMALL for a
 * truncated packet, else IP_INHDR (a header shorter than 20 bytes included).
 */
static int ip_count_bad_header(struct netns *net, const uint8_t *p, uint32_t len)
{
	uint32_t ihl;

	if (len < 20 || (p[0] >> 4) != 4 || (p[0] & 15) < 5) {
		ip_inc_stats(net, IPSTATS_MIB_INHDRERRORS);
		return SKB_DROP_REASON_IP_INHDR;
	}
	ip_inc_stats(net, IPSTATS_MIB_NOECTPKTS + (p[1] & 3));
	ihl = (p[0] & 15) * 4u;
	if (ihl <= len && inet_csum(p, ihl) != 0) {
		ip_inc_stats(net, IPSTATS_MIB_CSUMERRORS);
		ip_inc_stats(net, IPSTATS_MIB_INHDRERRORS);
		return SKB_DROP_REASON_IP_CSUM;
	}
	if (ihl <= len && get16(p + 2) > len) {
		ip_inc_stats(net, IPSTATS_MIB_INTRUNCATEDPKTS);
		return SKB_DROP_REASON_PKT_TOO_SMALL;
	}
	ip_inc_stats(net, IPSTATS_MIB_INHDRERRORS);
	return SKB_DROP_REASON_IP_INHDR;
}

/* ip_error's counters: no route at all (InNoRoutes), or not ours and not forwarded (InAddrErrors). */
static void ip_count_route_error(struct netns *net, const struct rt_result *rt, int reason)
{
	if (reason == SKB_DROP_REASON_IP_INADDRERRORS)
		ip_inc_stats(net, IPSTATS_MIB_INADDRERRORS);
	else if (reason == SKB_DROP_REASON_IP_INNOROUTES && rt->type != RTN_UNREACHABLE &&
		 rt->type != RTN_PROHIBIT)
		ip_inc_stats(net, IPSTATS_MIB_INNOROUTES);
}

void ip_rcv(struct sk_buff *skb)
{
	struct netns *net = skb->dev->net;
	const struct iphdr_view *ip = &IPCB(skb)->iph;
	struct rt_result rt;
	int err;

	if (skb->pkt_type == PACKET_OTHERHOST) {
		skb->dev->stats.rx_otherhost_dropped++;
		kfree_skb_reason(skb, SKB_DROP_REASON_OTHERHOST);
		return;
	}
	ip_upd_po_stats(net, IPSTATS_MIB_IN, skb->len);
	/*
	 * Parsed straight into IPCB: copying a header just parsed field by field
	 * would stall on the narrow stores. What the sender's layer left there
	 * is stale either way.
	 */
	IPCB(skb)->valid = false;
	if (ip_parse(skb->data, skb->len, &IPCB(skb)->iph)) {
		kfree_skb_reason(skb, ip_count_bad_header(net, skb->data, skb->len));
		return;
	}
	IPCB(skb)->valid = true;
	ip_inc_stats(net, IPSTATS_MIB_NOECTPKTS + (ip->tos & 3));
	skb->len = ip->tot_len;
	skb_reset_network_header(skb);
	if (skb->rt_local) {
		/* Looped back (through lo, or a broadcast's own copy): the output route still holds (skb_dst kept). */
		if (skb->rt_bcast)
			ip_upd_po_stats(net, IPSTATS_MIB_INBCAST, skb->len);
		ip_local_deliver(skb);
		return;
	}
	err = ip_route_input(skb, ip->daddr, ip->saddr, skb->dev, &rt);
	if (err < 0) {
		ip_count_route_error(net, &rt, -err);
		if (-err == SKB_DROP_REASON_IP_INADDRERRORS || -err == SKB_DROP_REASON_IP_INNOROUTES ||
		    -err == SKB_DROP_REASON_BLACKHOLE || rt.type == RTN_UNREACHABLE || rt.type == RTN_PROHIBIT)
			trace_route_error(skb, &rt, -err);
		if (rt.type == RTN_UNREACHABLE || rt.type == RTN_PROHIBIT ||
		    -err == SKB_DROP_REASON_IP_INNOROUTES || -err == SKB_DROP_REASON_BLACKHOLE)
			ip_error(skb, &rt, -err);
		else
			kfree_skb_reason(skb, -err);
		return;
	}
	skb->rt_bcast = rt.type == RTN_BROADCAST;
	if (skb->rt_bcast)
		ip_upd_po_stats(net, IPSTATS_MIB_INBCAST, skb->len);
	if (rt.local || rt.type == RTN_BROADCAST) {
		skb->rt_iif = 0;
		/* The input route is RTCF_LOCAL too: an ICMP error about it goes from the address it was sent to. */
		skb->rt_local = 1;
		ip_local_deliver(skb);
		return;
	}
	ip_forward(skb, ip, &rt, skb->dev);
}

/*
 * For `why`: DF over the next link's MTU. The fix raises that link's MTU at
 * both ends (a veth drops what its peer's MTU cannot take), then has the
 * sender forget the path MTU it learnt from the error.
 */
static void trace_too_big(struct sk_buff *skb, struct netdev *out)
{
	struct netdev *peer = dev_link_peer(out);
	char state[TRACE_STATE], fix[TRACE_STATE], in[TRACE_NAME + 20], pin[TRACE_NAME + 20], src[TRACE_NAME + 20];
	const char *origin = trace_origin_exec(skb, src, sizeof(src));
	int n;

	snprintf(state, sizeof(state), "packet %u bytes with DF set; %s mtu %d", skb->len, out->name, out->mtu);
	n = snprintf(fix, sizeof(fix), "%sip link set dev %s mtu %u", trace_netns_exec(out->net, in, sizeof(in)),
		     out->name, skb->len);
	if (peer && (uint32_t)peer->mtu < skb->len && n > 0 && (size_t)n < sizeof(fix))
		n += snprintf(fix + n, sizeof(fix) - (size_t)n, ";%sip link set dev %s mtu %u",
			      trace_netns_exec(peer->net, pin, sizeof(pin)), peer->name, skb->len);
	if (origin && n > 0 && (size_t)n < sizeof(fix))
		snprintf(fix + n, sizeof(fix) - (size_t)n, ";%sip route flush cache", origin);
	trace_decide(skb, "ip_forward",
		     "a router does not fragment a packet with DF set: it drops it and tells the sender the MTU",
		     state, fix);
}

/*
 * ip_exceeds_mtu: a forwarded packet is cut to the outgoing device's MTU
 * (not a learnt path MTU, as ip_forward_use_pmtu is 0) unless DF forbids it.
 */
static bool ip_exceeds_mtu(struct sk_buff *skb, const struct iphdr_view *ip, const struct rt_result *rt)
{
	if (skb->len <= (uint32_t)rt->dev->mtu || !(ip->frag & 0x4000))
		return false;
	if (trace_on(skb))
		trace_too_big(skb, rt->dev);
	return true;
}

/*
 * The fix for a TTL that ran out: the sender's, when it was the one its
 * namespace's ip_default_ttl gives, or the command's own `-t N` (ping's
 * IP_TTL), rewritten to the default. A packet that came round to a
 * namespace it had passed before is in a routing loop: no TTL mends that.
 */
static void trace_ttl_fix(const struct sk_buff *skb, int sent, char *fix, size_t len)
{
	const struct netns *origin = trace_origin_net(skb);
	const char *cmd = skb_world(skb)->trace->command, *t;
	char ns[TRACE_NAME + 20], num[8];
	size_t n;

	if (!origin || sent < 0 || sent >= 64)
		return;
	if (ip4_dst_hoplimit(origin) == sent) {
		snprintf(fix, len, "%ssysctl -w net.ipv4.ip_default_ttl=64", trace_netns_exec(origin, ns, sizeof(ns)));
		return;
	}
	/* ping's -t (traceroute's -t is the TOS). */
	if (!strstr(cmd, "ping "))
		return;
	n = (size_t)snprintf(num, sizeof(num), " -t %d", sent);
	for (t = strstr(cmd, num); t && t[n] && t[n] != ' '; t = strstr(t + 1, num))
		;
	if (t)
		snprintf(fix, len, "%.*s -t 64%s", (int)(t - cmd), cmd, t + n);
}

/* For `why`: the TTL ran out here; where it came from, and whether this is a loop. */
static void trace_ttl_exceeded(struct sk_buff *skb, uint8_t ttl, const struct netdev *in_dev)
{
	char state[TRACE_STATE], fix[TRACE_STATE] = "";
	const char *here = in_dev->net->name ? in_dev->net->name : "";
	int sent = trace_origin_ttl(skb);
	bool loop = trace_visits(skb, here) > 1;

	if (loop)
		snprintf(state, sizeof(state), "TTL %u on arrival at %s; the packet passed this namespace before: a routing loop",
			 ttl, in_dev->name);
	else if (sent >= 0)
		snprintf(state, sizeof(state), "TTL %u on arrival at %s; it was sent with TTL %d", ttl, in_dev->name, sent);
	else
		snprintf(state, sizeof(state), "TTL %u on arrival at %s", ttl, in_dev->name);
	if (!loop)
		trace_ttl_fix(skb, sent, fix, sizeof(fix));
	trace_decide(skb, "ip_forward", "a router drops a packet whose TTL would reach 0 and tells the sender time exceeded",
		     state, fix);
}

/* ip_forward: TTL, the redirect routing asked for (rt->redirect), then out. */
static void ip_forward(struct sk_buff *skb, const struct iphdr_view *ip, struct rt_result *rt,
		       struct netdev *in_dev)
{
	uint8_t *h = skb_network_header(skb);
	uint32_t sum;

	if (skb->pkt_type != PACKET_HOST) {
		/* ip_forward's drop: label, with the NOT_SPECIFIED SKB_DR(reason) starts with. */
		kfree_skb_reason(skb, SKB_DROP_REASON_NOT_SPECIFIED);
		return;
	}
	if (ip->ttl <= 1) {
		if (trace_on(skb))
			trace_ttl_exceeded(skb, ip->ttl, in_dev);
		ip_inc_stats(in_dev->net, IPSTATS_MIB_INHDRERRORS);
		icmp_send(skb, ICMP_TIME_EXCEEDED, ICMP_EXC_TTL, 0);
		/* too_many_hops: SKB_DR_SET(reason, IP_INHDR). */
		kfree_skb_reason(skb, SKB_DROP_REASON_IP_INHDR);
		return;
	}
	/* ForwDatagrams counts it before the MTU check (as 6.18 does), even when DF then drops it. */
	ip_inc_stats(in_dev->net, IPSTATS_MIB_OUTFORWDATAGRAMS);
	if (ip_exceeds_mtu(skb, ip, rt)) {
		ip_inc_stats(in_dev->net, IPSTATS_MIB_FRAGFAILS);
		icmp_send(skb, ICMP_DEST_UNREACH, ICMP_FRAG_NEEDED, (uint32_t)rt->dev->mtu);
		kfree_skb_reason(skb, SKB_DROP_REASON_PKT_TOO_BIG);
		return;
	}
	if (rt->redirect)
		icmp_send(skb, ICMP_REDIRECT, ICMP_REDIR_HOST, rt->gw ? rt->gw : ip->daddr);
	/* ip_decrease_ttl: incremental checksum update (RFC 1141). */
	h[8]--;
	sum = get16(h + 10) + 0x0100u;
	put16(h + 10, (uint16_t)(sum + (sum >> 16)));
	rt->saddr = ip->saddr;
	/* ip_forward_finish ignores it too: a full neighbour table drops the packet, counted. */
	(void)!ip_finish_output(skb, rt);
}

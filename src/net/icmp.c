/* icmp.c: echo replies, error generation with the kernel's rate limits, error intake. */
#include <stdlib.h>
#include <string.h>

#include "../core/alloc.h"
#include "../core/dropreason.h"
#include "../core/trace.h"
#include "../core/world.h"
#include "inetpeer.h"
#include "ipv4.h"
#include "wire.h"
#include "../uapi/if_packet.h"

#define ICMP_RATEMASK ((1u << ICMP_DEST_UNREACH) | (1u << ICMP_SOURCE_QUENCH) | \
		       (1u << ICMP_TIME_EXCEEDED) | (1u << ICMP_PARAMETERPROB))

void icmp_peers_free(struct ipv4_net *in)
{
	inet_peers_free(&in->peers);
}

static bool icmp_allow(struct netns *net, const struct rt_result *rt, uint8_t type, uint8_t code)
{
	uint64_t now = net->world->clock.now;
	struct inet_peer *p;

	if (type == ICMP_DEST_UNREACH && code == ICMP_FRAG_NEEDED)
		return true;
	if (rt->dev && (rt->dev->flags & IFF_LOOPBACK))
		return true;
	if (type == ICMP_REDIRECT) {
		/* ip_rt_send_redirect: exponential backoff, silence after nine. */
		p = inet_getpeer_v4(&ipv4_net(net)->peers, rt->daddr, now);
		if (p->n_redirects >= 9) {
			if (now - p->redirect_last < 20 * VL_NSEC_PER_SEC)
				return false;
			p->n_redirects = 0;
		}
		if (p->n_redirects && now < p->redirect_last + ((20 * VL_NSEC_PER_MSEC) << p->n_redirects))
			return false;
		p->redirect_last = now;
		p->n_redirects++;
		return true;
	}
	if (!((1u << type) & ICMP_RATEMASK))
		return true;
	p = inet_getpeer_v4(&ipv4_net(net)->peers, rt->daddr, now);
	if (inet_peer_xrlim_allow(p, (uint64_t)net->sysctl->v4_net[IPV4_NET_ICMP_RATELIMIT] * VL_NSEC_PER_MSEC, now))
		return true;
	icmp_inc_stats(net, ICMP_MIB_RATELIMITHOST);
	return false;
}

/* ip_error's own limit (ip_rt_error_cost 1 s, burst 5 s), on the same peer tokens as icmp_send. */
bool ip_error_allow(struct netns *net, uint32_t saddr)
{
	uint64_t now = net->world->clock.now;
	struct inet_peer *p = inet_getpeer_v4(&ipv4_net(net)->peers, saddr, now);

	p->rate_tokens += (uint64_t)((int64_t)now - p->rate_last);
	if (p->rate_tokens > 5 * VL_NSEC_PER_SEC)
		p->rate_tokens = 5 * VL_NSEC_PER_SEC;
	p->rate_last = (int64_t)now;
	if (p->rate_tokens < VL_NSEC_PER_SEC)
		return false;
	p->rate_tokens -= VL_NSEC_PER_SEC;
	return true;
}

/*
 * skb comes fresh from alloc_skb in both callers, so its SKB_HEADROOM holds
 * the 8 bytes pushed here and ip_send's 20 (and the link header after).
 * csum, when not NULL, is the message's checksum already worked out.
 */
static void icmp_push_send_csum(struct netns *net, struct sk_buff *skb, struct rt_result *rt,
				uint8_t type, uint8_t code, uint32_t rest, uint8_t tos, const uint16_t *csum)
{
	uint8_t *h = skb_push(skb, 8);

	h[0] = type;
	h[1] = code;
	put16(h + 2, 0);
	put32(h + 4, rest);
	put16(h + 2, csum ? *csum : inet_csum(h, skb->len));
	/* Cannot fail: ip_send's only error is missing headroom, see above. */
	(void)!ip_send(net, skb, rt, IPPROTO_ICMP, ip4_dst_hoplimit(net), tos, false);
}

static void icmp_push_send(struct netns *net, struct sk_buff *skb, struct rt_result *rt,
			   uint8_t type, uint8_t code, uint32_t rest, uint8_t tos)
{
	icmp_push_send_csum(net, skb, rt, type, code, rest, tos, NULL);
}

/*
 * icmp_send: an error about skb_in to its sender. The source is the packet's
 * destination when it was for us, else whatever the route back selects.
 */
/* For `why`: the error this host would have sent about skb_in, held back by the per-destination limit. */
static void trace_ratelimited(struct sk_buff *skb_in, struct netns *net, uint32_t to)
{
	char state[TRACE_STATE], fix[TRACE_STATE], in[TRACE_NAME + 20];

	snprintf(state, sizeof(state), "net.ipv4.icmp_ratelimit=%d: an error to %s was sent less than that many ms ago (burst of 6 spent)",
		 net->sysctl->v4_net[IPV4_NET_ICMP_RATELIMIT], TRACE_IP4(to));
	snprintf(fix, sizeof(fix), "%ssysctl -w net.ipv4.icmp_ratelimit=0", trace_netns_exec(net, in, sizeof(in)));
	trace_decide(skb_in, "icmpv4_xrlim_allow",
		     "ICMP errors to one destination are limited to one per icmp_ratelimit ms, after a burst of 6: this one was not sent",
		     state, fix);
}

void icmp_send(struct sk_buff *skb_in, uint8_t type, uint8_t code, uint32_t info)
{
	struct netdev *dev = skb_in->dev;
	struct netns *net = dev->net;
	const uint8_t *iph = skb_network_header(skb_in);
	struct iphdr_view ip;
	struct flow4 fl = { 0 };
	struct rt_result rt;
	struct sk_buff *skb;
	uint32_t room, len;

	if (skb_in->nh_off < 0)
		return;
	/* Parsed on receive (ip_rcv) or written on output (ip_send): IPCB has it. */
	if (IPCB(skb_in)->valid)
		ip = IPCB(skb_in)->iph;
	else if (ip_parse(iph, skb_in->data + skb_in->len - iph, &ip))
		return;
	/* Never about broadcasts, non-first fragments, or other ICMP errors. */
	if (ipv4_is_lbcast(ip.daddr) || skb_in->pkt_type == PACKET_BROADCAST || skb_in->rt_bcast ||
	    skb_in->pkt_type == PACKET_MULTICAST || (ip.frag & 0x1fff))
		return;
	if (ip.protocol == IPPROTO_ICMP) {
		uint8_t t = iph[ip.ihl];

		if (t != ICMP_ECHO && t != ICMP_ECHOREPLY && t != 13 && t != 14 && t != 15 && t != 16)
			return;
	}
	fl.daddr = ip.saddr;
	fl.saddr = skb_in->rt_local ? ip.daddr : 0;
	if (ip_route_output(net, &fl, &rt) && (fl.saddr = 0, ip_route_output(net, &fl, &rt)))
		return;
	if (!icmp_allow(net, &rt, type, code)) {
		if (trace_on(skb_in))
			trace_ratelimited(skb_in, net, ip.saddr);
		return;
	}
	room = (uint32_t)(rt.dev->mtu < 576 ? rt.dev->mtu : 576) - 20 - 8;
	len = ip.tot_len < room ? ip.tot_len : room;
	skb = alloc_skb(&net->world->skb_pool, len + 64);
	if (!skb)
		return;
	skb->dev = rt.dev;
	trace_caused_by(skb, skb_in);
	/* Fits: allocated above for len + 64. */
	memcpy(skb_put(skb, len), iph, len);
	icmp_push_send(net, skb, &rt, type, code, info,
		       (uint8_t)((ip.tos & 0x1e) | 0xc0));
}

/*
 * For `why`: an echo request that reached its target, whose reply has no
 * route back to the sender. The fix routes the sender's address back over
 * the link the request came in by, through the address at its other end.
 */
static void trace_no_route_back(struct sk_buff *skb, uint32_t saddr)
{
	struct netdev *dev = skb->dev, *peer = dev_link_peer(dev);
	char state[TRACE_STATE], fix[TRACE_STATE] = "";
	uint32_t gw = peer ? inet_addr_on_link(dev, peer) : 0;
	const char *ns = dev->net->name;

	snprintf(state, sizeof(state), "no route back to %s in %s%s", TRACE_IP4(saddr),
		 ns ? "namespace " : "the initial namespace", ns ? ns : "");
	if (gw)
		snprintf(fix, sizeof(fix), "%sroute add %s via %s dev %s", TRACE_IP_N(dev->net), TRACE_IP4(saddr),
			 TRACE_IP4(gw), dev->name);
	trace_decide(skb, "icmp_reply", "an echo reply goes back where a route to the sender leads", state, fix);
}

/* For `why`: an echo request a setting of the receiving namespace (key, set to 1) leaves unanswered. */
static void trace_echo_ignored(struct sk_buff *skb, int key, const char *rule)
{
	char state[TRACE_STATE], fix[TRACE_STATE], ns[TRACE_NAME + 20];
	const char *name = ipv4_net_name(key);

	snprintf(state, sizeof(state), "net.ipv4.%s=1", name);
	snprintf(fix, sizeof(fix), "%ssysctl -w net.ipv4.%s=0", trace_netns_exec(skb->dev->net, ns, sizeof(ns)), name);
	trace_decide(skb, "icmp_echo", rule, state, fix);
}

/* icmp_echo: the reply goes from the address the request was sent to (to a broadcast, see below). */
static void icmp_echo(struct sk_buff *skb, const uint8_t *iph)
{
	struct netns *net = skb->dev->net;
	struct iphdr_view ip;
	struct flow4 fl = { 0 };
	struct rt_result rt;
	struct sk_buff *r;
	uint16_t csum;
	bool bcast;

	(void)iph;
	/* ip_rcv parsed this very header before ip_local_deliver pulled it. */
	ip = IPCB(skb)->iph;
	/* icmp_rcv: the input route's RTCF_BROADCAST (a looped-back copy's too). */
	bcast = skb->rt_bcast || ipv4_is_lbcast(ip.daddr);
	if (bcast && net->sysctl->v4_net[IPV4_NET_ICMP_ECHO_IGNORE_BROADCASTS]) {
		/* icmp_echo_ignore_broadcasts: icmp_rcv's error path, INVALID_PROTO. */
		if (trace_on(skb))
			trace_echo_ignored(skb, IPV4_NET_ICMP_ECHO_IGNORE_BROADCASTS,
					   "an echo request to a broadcast address is not answered");
		icmp_inc_stats(net, ICMP_MIB_INERRORS);
		kfree_skb_reason(skb, SKB_DROP_REASON_INVALID_PROTO);
		return;
	}
	/* icmp_echo_ignore_all: counted as received (InEchos), answered by nothing, consumed. */
	if (net->sysctl->v4_net[IPV4_NET_ICMP_ECHO_IGNORE_ALL]) {
		if (trace_on(skb))
			trace_echo_ignored(skb, IPV4_NET_ICMP_ECHO_IGNORE_ALL, "no echo request is answered");
		consume_skb(skb);
		return;
	}
	fl.daddr = ip.saddr;
	/* fib_compute_spec_dst: to a broadcast, the reply is from the route back's source. */
	fl.saddr = bcast ? 0 : ip.daddr;
	/* icmp_echo returns SKB_NOT_DROPPED_YET whatever icmp_reply managed: consumed. */
	if (ip_route_output_icmp(net, &fl, &rt)) {
		if (trace_on(skb))
			trace_no_route_back(skb, ip.saddr);
		consume_skb(skb);
		return;
	}
	r = alloc_skb(&net->world->skb_pool, skb->len + 64);
	if (!r) {
		consume_skb(skb);
		return;
	}
	r->dev = rt.dev;
	trace_caused_by(r, skb);
	/* Fits: allocated above for skb->len + 64 (icmp_rcv checked skb->len >= 8). */
	memcpy(skb_put(r, skb->len - 8), skb->data + 8, skb->len - 8);
	/*
	 * The reply differs from the request (whose checksum icmp_rcv checked)
	 * in its first word only: its checksum follows from the request's
	 * (RFC 1624), unless that is the one case to sum anew.
	 */
	csum = get16(skb->data + 2);
	icmp_push_send_csum(net, r, &rt, ICMP_ECHOREPLY, 0, get32(skb->data + 4), ip.tos,
			    csum_replace2(&csum, get16(skb->data), ICMP_ECHOREPLY << 8) ? &csum : NULL);
	consume_skb(skb);
}

/*
 * Why icmp_redirect or icmp_unreach refuse a message whose quoted header is
 * short or bad: a redirect shorter than an IP header is PKT_TOO_SMALL; for the
 * others the failed pskb_may_pull leaves NOT_SPECIFIED (reason ?: NOT_SPECIFIED),
 * and a quoted ihl below 5 is IP_INHDR. (vethlab refuses a quoted header of
 * another version too, which the kernel would pass on: IP_INHDR stands for it.)
 */
static int icmp_error_in_reason(const struct sk_buff *skb)
{
	if (skb->len < 8 + 20)
		return skb->data[0] == ICMP_REDIRECT ? SKB_DROP_REASON_PKT_TOO_SMALL
						     : SKB_DROP_REASON_NOT_SPECIFIED;
	return SKB_DROP_REASON_IP_INHDR;
}

/* icmp_unreach and friends: the embedded header must be ours to report. */
static void icmp_error_in(struct sk_buff *skb, const uint8_t *iph)
{
	struct iphdr_view outer, inner;

	(void)iph;
	/* ip_rcv parsed this very header before ip_local_deliver pulled it. */
	outer = IPCB(skb)->iph;
	if (skb->len < 8 + 20 || ip_parse(skb->data + 8, skb->len - 8, &inner) < 0) {
		/* The quoted header has no valid checksum requirement in practice; accept it. */
		if (skb->len < 8 + 20 || (skb->data[8] >> 4) != 4) {
			icmp_inc_stats(skb->dev->net, ICMP_MIB_INERRORS);
			kfree_skb_reason(skb, icmp_error_in_reason(skb));
			return;
		}
	}
	raw_icmp_error(skb, &outer);
	if (skb->data[8 + 9] == IPPROTO_UDP)
		udp_err(skb, &outer);
	/* icmp_err, for the ICMP it quotes: "fragmentation needed" teaches the path MTU. */
	if (skb->data[0] == ICMP_DEST_UNREACH && skb->data[1] == ICMP_FRAG_NEEDED && skb->len >= 8 + 20 &&
	    skb->data[8 + 9] == IPPROTO_ICMP)
		ipv4_update_pmtu(skb->dev->net, get32(skb->data + 8 + 16), get32(skb->data + 8 + 12),
				 get16(skb->data + 6));
	consume_skb(skb);
}

/* icmp_rcv's accounting: every message, then its checksum, its size and its type. */
static bool icmp_count_in(struct netns *net, const struct sk_buff *skb)
{
	bool csum_ok = inet_csum(skb->data, skb->len) == 0;

	icmp_inc_stats(net, ICMP_MIB_INMSGS);
	if (!csum_ok)
		icmp_inc_stats(net, ICMP_MIB_CSUMERRORS);
	if (!csum_ok || skb->len < 8) {
		icmp_inc_stats(net, ICMP_MIB_INERRORS);
		return false;
	}
	icmp_in_count(net, skb->data[0]);
	return true;
}

void icmp_rcv(struct sk_buff *skb)
{
	const uint8_t *iph = skb_network_header(skb);

	/*
	 * A bad checksum is ICMP_CSUM; a message shorter than its header with a
	 * good one fails pskb_pull, leaving icmp_rcv's initial NOT_SPECIFIED.
	 */
	if (!icmp_count_in(skb->dev->net, skb)) {
		kfree_skb_reason(skb, inet_csum(skb->data, skb->len) ? SKB_DROP_REASON_ICMP_CSUM
								     : SKB_DROP_REASON_NOT_SPECIFIED);
		return;
	}
	switch (skb->data[0]) {
	case ICMP_ECHO:
		icmp_echo(skb, iph);
		break;
	case ICMP_DEST_UNREACH:
	case ICMP_SOURCE_QUENCH:
	case ICMP_REDIRECT:
	case ICMP_TIME_EXCEEDED:
	case ICMP_PARAMETERPROB:
		icmp_error_in(skb, iph);
		break;
	case ICMP_ECHOREPLY:
		/* ping_rcv: no ICMP datagram socket here (ping uses raw ones), NO_SOCKET. */
		kfree_skb_reason(skb, SKB_DROP_REASON_NO_SOCKET);
		break;
	default:
		/* Above NR_ICMP_TYPES: UNHANDLED_PROTO; the rest go to icmp_discard, consumed. */
		if (skb->data[0] > NR_ICMP_TYPES)
			kfree_skb_reason(skb, SKB_DROP_REASON_UNHANDLED_PROTO);
		else
			consume_skb(skb);
		break;
	}
}

/* icmpv6.c: ICMPv6 intake, echo replies and error generation (net/ipv6/icmp.c); raw sockets are in raw6.c. */
#include <string.h>

#include "../core/alloc.h"
#include "../core/dropreason.h"
#include "../core/world.h"
#include "addrconf.h"
#include "inetpeer.h"
#include "ipv6.h"
#include "wire.h"

/* The ICMPv6 checksum covers a pseudo-header of both addresses, the length and 58. */
uint16_t icmp6_csum(const uint8_t *src, const uint8_t *dst, const uint8_t *msg, uint32_t len)
{
	return csum_ipv6_magic(src, dst, len, IPPROTO_ICMPV6, msg);
}

/* Link-local and multicast peers are only reachable through the device they came in on. */
static int reply_oif(const uint8_t *daddr, int iif)
{
	return (ipv6_addr_linklocal(daddr) || ipv6_addr_multicast(daddr)) ? iif : 0;
}

/*
 * icmpv6_xrlim_allow for the errors icmpv6 ratemask names (all below 128 but
 * packet too big): a token bucket per destination of icmpv6_time (1 s), a
 * quarter of it for a destination reached through a /64 (wider prefixes get
 * more), the peers being those redirects use; nothing limits what goes to lo.
 */
static bool icmpv6_xrlim_allow(struct netns *net, uint8_t type, const struct rt6_result *rt)
{
	uint64_t now = net->world->clock.now, tmo = VL_NSEC_PER_SEC;
	int plen = rt->route ? rt->route->plen : 128;

	if (type >= 128 || type == ICMPV6_PKT_TOOBIG || (rt->dev->flags & IFF_LOOPBACK))
		return true;
	if (plen < 128)
		tmo >>= (128 - plen) >> 5;
	if (inet_peer_xrlim_allow(inet_getpeer(&net->ipv6->peers, rt->daddr, now), tmo, now))
		return true;
	icmp6_inc_stats(net, ICMP6_MIB_RATELIMITHOST);
	return false;
}

/*
 * A checksum worked out before the route was known (an echo reply's, from
 * its request's): right when the pseudo-header holds these two addresses.
 */
struct icmp6_csum_hint {
	const uint8_t *saddr, *daddr;
	uint16_t csum;
};

/*
 * Sends an ICMPv6 message (msg, len; checksum filled in here) from saddr (or
 * a chosen one) to daddr. False when it could not go: no route, rate limited.
 */
static bool icmpv6_xmit_hint(struct netns *net, const uint8_t *saddr, const uint8_t *daddr, int oif,
			     const uint8_t *msg, uint32_t len, const struct icmp6_csum_hint *hint)
{
	struct flow6 fl = { .oif = oif };
	struct rt6_result rt;
	struct sk_buff *skb;
	uint8_t *p;

	memcpy(fl.daddr, daddr, 16);
	if (saddr)
		memcpy(fl.saddr, saddr, 16);
	if (!net->ipv6->icmp_dst)
		net->ipv6->icmp_dst = vl_calloc(1, sizeof(*net->ipv6->icmp_dst));
	/*
	 * Through a cache as a socket's route (the kernel looks up anew: no
	 * difference but the cost), so a flood's replies skip the tables.
	 */
	if (ip6_route_output_cached(net, net->ipv6->icmp_dst, &fl, &rt) || !icmpv6_xrlim_allow(net, msg[0], &rt))
		return false;
	skb = alloc_skb(&net->world->skb_pool, len);
	if (!skb)
		return false;
	/* Fits: allocated above for len. */
	p = skb_put(skb, len);
	memcpy(p, msg, len);
	put16(p + 2, 0);
	if (hint && !memcmp(hint->saddr, rt.saddr, 16) && !memcmp(hint->daddr, rt.daddr, 16))
		put16(p + 2, hint->csum);
	else
		put16(p + 2, icmp6_csum(rt.saddr, rt.daddr, p, len));
	skb->dev = rt.dev;
	ip6_send(skb, &rt, IPPROTO_ICMPV6, ip6_dst_hoplimit(rt.dev), ip6_flowlabel(net, rt.saddr, rt.daddr, IPPROTO_ICMPV6));
	return true;
}

static bool icmpv6_xmit(struct netns *net, const uint8_t *saddr, const uint8_t *daddr, int oif,
			const uint8_t *msg, uint32_t len)
{
	return icmpv6_xmit_hint(net, saddr, daddr, oif, msg, len, NULL);
}

/*
 * icmpv6_echo_reply: the same data back, from the address it was sent to
 * unless that was a group or an anycast address. The request's own buffer
 * holds the reply's message (it is freed after this); a reply above the MTU
 * is dropped on output, as fragmentation is not modelled.
 */
static bool icmpv6_echo_reply(struct sk_buff *skb, const uint8_t *ip6h, int iif)
{
	struct netns *net = skb->dev->net;
	/*
	 * Sent back between the same two addresses, the reply differs from the
	 * request (whose checksum icmpv6_rcv checked) in its type only: its
	 * checksum follows from the request's (RFC 1624), unless that is the
	 * one case to sum anew.
	 */
	struct icmp6_csum_hint hint = { .saddr = ip6h + 24, .daddr = ip6h + 8, .csum = get16(skb->data + 2) };
	bool known = csum_replace2(&hint.csum, get16(skb->data), (uint16_t)(ICMPV6_ECHO_REPLY << 8 | skb->data[1]));

	skb->data[0] = ICMPV6_ECHO_REPLY;
	/* ipv6_unicast_destination: an anycast address is no source either. */
	return icmpv6_xmit_hint(net, ipv6_chk_addr(net, ip6h + 24, NULL) ? ip6h + 24 : NULL, ip6h + 8,
				reply_oif(ip6h + 8, iif), skb->data, skb->len, known ? &hint : NULL);
}

/*
 * icmp6_send's source for an error about h: the offending packet's
 * destination when it is ours; else, unless the route back has a preferred
 * source, the address the device the packet came in on (IP6CB's iif) would
 * use to reach its sender (icmpv6_rt_has_prefsrc, ipv6_dev_get_saddr). False
 * leaves the choice to the route back, as a packet of our own (no iif) does.
 */
static bool icmpv6_error_saddr(struct netns *net, const struct sk_buff *skb_in, const uint8_t *h, uint8_t *saddr)
{
	const struct rt6_route *back;
	struct netdev *in;

	if (ipv6_chk_addr(net, h + 24, skb_in->dev)) {
		memcpy(saddr, h + 24, 16);
		return true;
	}
	back = rt6_lookup(net, h + 8, 0, 0);
	if (back && !rt6_route_error(back) && back->has_prefsrc)
		return false;
	in = skb_in->skb_iif ? netdev_get_by_index(net, skb_in->skb_iif) : NULL;
	return in && ipv6_dev_get_saddr(in, h + 8, saddr) == 0;
}

void icmpv6_send(struct sk_buff *skb_in, uint8_t type, uint8_t code, uint32_t info)
{
	const uint8_t *h = skb_network_header(skb_in);
	struct netns *net = skb_in->dev->net;
	uint8_t msg[IPV6_MIN_MTU - IPV6_HLEN], saddr[16];
	uint32_t len = skb_in->len - (uint32_t)(h - skb_in->data);

	if (!net->ipv6 || ipv6_addr_any(h + 8) || ipv6_addr_multicast(h + 8) || ipv6_addr_multicast(h + 24))
		return;
	/* Never about an ICMPv6 error. */
	if (h[6] == IPPROTO_ICMPV6 && len > IPV6_HLEN && h[IPV6_HLEN] < 128)
		return;
	if (len > sizeof(msg) - 8)
		len = sizeof(msg) - 8;
	memset(msg, 0, 8);
	msg[0] = type;
	msg[1] = code;
	put32(msg + 4, info);
	memcpy(msg + 8, h, len);
	/* A scoped sender is answered through the device the packet came in on (icmp6_iif). */
	(void)icmpv6_xmit(net, icmpv6_error_saddr(net, skb_in, h, saddr) ? saddr : NULL, h + 8,
			  reply_oif(h + 8, skb_in->skb_iif ? skb_in->skb_iif : skb_in->dev->ifindex), msg, len + 8);
}

/* icmpv6_rcv's accounting: every message, then its checksum, its size (a whole icmp6hdr) and its type. */
static bool icmpv6_count_in(struct netns *net, const struct sk_buff *skb, const uint8_t *ip6h)
{
	bool csum_ok = icmp6_csum(ip6h + 8, ip6h + 24, skb->data, skb->len) == 0;

	icmp6_inc_stats(net, ICMP6_MIB_INMSGS);
	if (!csum_ok)
		icmp6_inc_stats(net, ICMP6_MIB_CSUMERRORS);
	if (!csum_ok || skb->len < 8) {
		icmp6_inc_stats(net, ICMP6_MIB_INERRORS);
		return false;
	}
	icmp6_in_count(net, skb->data[0]);
	return true;
}

/* What icmpv6_rcv's handlers give for a message done with normally (the kernel's SKB_CONSUMED). */
#define ICMPV6_CONSUMED (-1)

void icmpv6_rcv(struct sk_buff *skb, int iif)
{
	const uint8_t *ip6h = skb_network_header(skb);
	uint8_t type;
	int reason;

	/* csum_error: ICMP_CSUM; too short for its header, discard_it with the initial NOT_SPECIFIED. */
	if (!icmpv6_count_in(skb->dev->net, skb, ip6h)) {
		kfree_skb_reason(skb, icmp6_csum(ip6h + 8, ip6h + 24, skb->data, skb->len)
					      ? SKB_DROP_REASON_ICMP_CSUM
					      : SKB_DROP_REASON_NOT_SPECIFIED);
		return;
	}
	raw6_deliver(skb, ip6h, iif, false);
	type = skb->data[0];
	/*
	 * icmpv6_rcv starts from NOT_SPECIFIED ("assume failure"): a message is
	 * consumed only when its handler says so (SKB_CONSUMED).
	 */
	switch (type) {
	case ICMPV6_ECHO_REQUEST:
		/* icmpv6_echo_reply: consumed once the reply is pushed out. */
		reason = icmpv6_echo_reply(skb, ip6h, iif) ? ICMPV6_CONSUMED : SKB_DROP_REASON_NOT_SPECIFIED;
		break;
	case ICMPV6_ECHO_REPLY:
		/* ping_rcv: no ICMP datagram socket here (ping uses raw ones), NO_SOCKET. */
		reason = SKB_DROP_REASON_NO_SOCKET;
		break;
	case NDISC_NEIGHBOUR_SOLICITATION:
	case NDISC_NEIGHBOUR_ADVERTISEMENT:
	case NDISC_ROUTER_SOLICITATION:
	case NDISC_ROUTER_ADVERTISEMENT:
		ndisc_rcv(skb, ip6h);
		return;
	case ICMPV6_MGM_QUERY:
	case ICMPV6_MGM_REPORT:
	case ICMPV6_MLD2_REPORT:
		/* igmp6_event_query and igmp6_event_report take the message over. */
		reason = ICMPV6_CONSUMED;
		break;
	case ICMPV6_DEST_UNREACH:
	case ICMPV6_PKT_TOOBIG:
	case ICMPV6_TIME_EXCEED:
	case ICMPV6_PARAMPROB:
		/* icmpv6_notify: SKB_CONSUMED, or NOT_SPECIFIED when the quoted header is not there. */
		reason = SKB_DROP_REASON_NOT_SPECIFIED;
		if (skb->len >= 8 + IPV6_HLEN) {
			raw6_deliver(skb, ip6h, iif, true);
			/* icmpv6_err and rawv6_err: a packet too big teaches the path MTU to its destination. */
			if (type == ICMPV6_PKT_TOOBIG)
				ip6_update_pmtu(skb->dev->net, skb->data + 8 + 24, skb->data + 8 + 8,
						get32(skb->data + 4));
			reason = ICMPV6_CONSUMED;
		}
		break;
	default:
		/* Other informational messages stay NOT_SPECIFIED; an unknown error goes to icmpv6_notify. */
		reason = !(type & 0x80) && skb->len >= 8 + IPV6_HLEN ? ICMPV6_CONSUMED
								     : SKB_DROP_REASON_NOT_SPECIFIED;
		break;
	}
	if (reason == ICMPV6_CONSUMED)
		consume_skb(skb);
	else
		kfree_skb_reason(skb, reason);
}

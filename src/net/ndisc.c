/*
 * ndisc.c: neighbour discovery (net/ipv6/ndisc.c): solicitations and
 * advertisements feeding the ND neighbour table, duplicate address detection
 * on the receiving side, router solicitations and MLDv2 reports.
 */
#include "ndisc.h"

#include "../core/trace.h"

#include <string.h>

#include "../core/dropreason.h"
#include "../core/netdev.h"
#include "../core/netns.h"
#include "../core/world.h"
#include "addrconf.h"
#include "ethernet.h"
#include "inetpeer.h"
#include "ipv6.h"
#include "wire.h"

enum { ND_OPT_SOURCE_LL_ADDR = 1, ND_OPT_TARGET_LL_ADDR = 2, ND_OPT_NONCE = 14 };
#define NA_ROUTER 0x80
#define NA_SOLICITED 0x40
#define NA_OVERRIDE 0x20

static const uint8_t all_nodes[16] = { 0xff, 0x02, [15] = 1 };

void ipv6_solicited_node(const uint8_t *addr, uint8_t *group)
{
	static const uint8_t prefix[13] = { 0xff, 0x02, [11] = 0x01, [12] = 0xff };

	memcpy(group, prefix, 13);
	memcpy(group + 13, addr + 13, 3);
}

/* One ICMPv6 message out of dev, with the router-alert hop-by-hop header for MLD. */
void ndisc_send_icmp6(struct netdev *dev, const uint8_t *src, const uint8_t *dst, uint8_t hops,
		       int with_hbh, uint8_t *msg, uint32_t len, struct sk_buff *cause)
{
	static const uint8_t hbh_router_alert[8] = { IPPROTO_ICMPV6, 0, 5, 2, 0, 0, 1, 0 };
	uint32_t ext = with_hbh ? 8 : 0;
	struct sk_buff *skb = alloc_skb(&dev->net->world->skb_pool, 14 + IPV6_HLEN + ext + len);
	uint8_t *h;

	if (!skb)
		return;
	trace_caused_by(skb, cause);
	put16(msg + 2, 0);
	put16(msg + 2, icmp6_csum(src, dst, msg, len));
	/* Fits: allocated above with room for ext + len after the headers. */
	h = skb_put(skb, ext + len);
	if (with_hbh)
		memcpy(h, hbh_router_alert, 8);
	memcpy(h + ext, msg, len);
	ip6_send_dev(skb, dev, src, dst, with_hbh ? NEXTHDR_HOP : IPPROTO_ICMPV6, hops);
}

static uint32_t put_lladdr_opt(uint8_t *opt, int type, const struct netdev *dev)
{
	opt[0] = (uint8_t)type;
	opt[1] = 1;
	memcpy(opt + 2, dev->dev_addr, 6);
	return 8;
}

void ndisc_send_dad_ns(struct netdev *dev, const uint8_t *target, uint8_t *nonce)
{
	static const uint8_t any[16];
	uint8_t dst[16], msg[32] = { NDISC_NEIGHBOUR_SOLICITATION };

	ipv6_solicited_node(target, dst);
	memcpy(msg + 8, target, 16);
	/* enhanced_dad: a nonce option lets the sender recognise its own probe. */
	msg[24] = ND_OPT_NONCE;
	msg[25] = 1;
	vl_rng_bytes(&dev->net->world->rng, msg + 26, 6);
	memcpy(nonce, msg + 26, 6);
	ndisc_send_icmp6(dev, any, dst, 255, 0, msg, sizeof(msg), NULL);
}

/* ndisc_send_ns: with our link-layer address whenever the source is not ::. */
static void ndisc_send_ns(struct netdev *dev, const uint8_t *target, const uint8_t *dst,
			  const uint8_t *saddr, struct sk_buff *cause)
{
	uint8_t msg[32] = { NDISC_NEIGHBOUR_SOLICITATION };
	uint32_t len = 24;

	memcpy(msg + 8, target, 16);
	if (!ipv6_addr_any(saddr))
		len += put_lladdr_opt(msg + 24, ND_OPT_SOURCE_LL_ADDR, dev);
	ndisc_send_icmp6(dev, saddr, dst, 255, 0, msg, len, cause);
}

static void ndisc_send_na(struct netdev *dev, const uint8_t *daddr, const uint8_t *target,
			  bool solicited, bool override, bool inc_opt, struct sk_buff *cause)
{
	uint8_t msg[32] = { NDISC_NEIGHBOUR_ADVERTISEMENT };
	uint32_t len = 24;

	msg[4] = (uint8_t)((solicited ? NA_SOLICITED : 0) | (override ? NA_OVERRIDE : 0) |
			   (dev->ip6_ptr && dev->ip6_ptr->cnf->data[IPV6_DEVCONF_FORWARDING] ? NA_ROUTER : 0));
	memcpy(msg + 8, target, 16);
	if (inc_opt)
		len += put_lladdr_opt(msg + 24, ND_OPT_TARGET_LL_ADDR, dev);
	ndisc_send_icmp6(dev, target, daddr, 255, 0, msg, len, cause);
}

void ndisc_send_rs(struct netdev *dev, const uint8_t *src)
{
	static const uint8_t all_routers[16] = { 0xff, 0x02, [15] = 2 };
	uint8_t msg[16] = { NDISC_ROUTER_SOLICITATION };

	put_lladdr_opt(msg + 8, ND_OPT_SOURCE_LL_ADDR, dev);
	ndisc_send_icmp6(dev, src, all_routers, 255, 0, msg, sizeof(msg), NULL);
}

enum { ND_OPT_REDIRECT_HDR = 4 };

/*
 * ndisc_send_redirect, for a packet a router is about to send back out of
 * the link it came in on (skb->dev): the sender learns that target (the
 * destination itself, or a link-local router) is the better first hop. Only
 * for a sender on the link, at most one a second per source, from our
 * link-local address; the redirected packet goes along, cut to fit 1280.
 */
void ndisc_send_redirect(struct sk_buff *skb, const uint8_t *target)
{
	struct netdev *dev = skb->dev;
	struct netns *net = dev->net;
	const uint8_t *ip6h = skb_network_header(skb);
	uint8_t msg[IPV6_MIN_MTU - IPV6_HLEN], saddr[16];
	struct flow6 fl = { .oif = dev->ifindex };
	const struct rt6_route *r;
	struct neighbour *n;
	uint32_t len = 40, rd_len, plen = skb->len - (uint32_t)(ip6h - skb->data);

	if (ipv6_get_lladdr(dev, saddr))
		return;
	if (memcmp(ip6h + 24, target, 16) && !ipv6_addr_linklocal(target))
		return; /* "target address is not link-local unicast" */
	memcpy(fl.daddr, ip6h + 8, 16);
	memcpy(fl.saddr, saddr, 16);
	r = ip6_route_output_lookup(net, &fl);
	if (!r || rt6_route_error(r) || r->has_gw)
		return; /* "destination is not a neighbour" */
	if (!inet_peer_xrlim_allow(inet_getpeer(&net->ipv6->peers, ip6h + 8, net->world->clock.now),
				   VL_NSEC_PER_SEC, net->world->clock.now))
		return;
	memset(msg, 0, sizeof(msg));
	msg[0] = NDISC_REDIRECT;
	memcpy(msg + 8, target, 16);
	memcpy(msg + 24, ip6h + 24, 16);
	n = neigh_lookup(&net->ipv6->nd_tbl, target, dev);
	if (n && (n->nud_state & NUD_VALID)) {
		msg[len] = ND_OPT_TARGET_LL_ADDR;
		msg[len + 1] = 1;
		memcpy(msg + len + 2, n->ha, 6);
		len += 8;
	}
	rd_len = sizeof(msg) - len < plen + 8 ? (uint32_t)sizeof(msg) - len : plen + 8;
	rd_len &= ~7u;
	msg[len] = ND_OPT_REDIRECT_HDR;
	msg[len + 1] = (uint8_t)(rd_len / 8);
	memcpy(msg + len + 8, ip6h, rd_len - 8);
	ndisc_send_icmp6(dev, saddr, ip6h + 8, 255, 0, msg, len + rd_len, skb);
}

/* ndisc_solicit: multicast probes while resolving, unicast ones to confirm. */
static void nd_solicit(struct neighbour *n, struct sk_buff *skb)
{
	struct netdev *dev = n->dev;
	uint8_t saddr[16] = { 0 }, mcaddr[16];
	int probes = n->probes - neigh_parms_of(n)->ucast_probes;

	/* The packet's source if it is dev's own, else dev's link-local address (ipv6_get_lladdr). */
	if (skb && ipv6_chk_addr(dev->net, skb_network_header(skb) + 8, dev))
		memcpy(saddr, skb_network_header(skb) + 8, 16);
	else if (ipv6_get_lladdr(dev, saddr))
		return;
	if (probes < 0) {
		ndisc_send_ns(dev, n->key6, n->key6, saddr, skb);
		return;
	}
	if (probes - neigh_parms_of(n)->app_probes < 0)
		return;
	ipv6_solicited_node(n->key6, mcaddr);
	ndisc_send_ns(dev, n->key6, mcaddr, saddr, skb);
}

/* ndisc_error_report: the sender learns through an address unreachable. */
static void nd_error_report(struct neighbour *n, struct sk_buff *skb)
{
	if (trace_on(skb)) {
		char a[48], state[TRACE_STATE];

		trace_fmt6(n->key6, a);
		snprintf(state, sizeof(state), "neighbour %s dev %s FAILED", a, n->dev->name);
		trace_decide(skb, "neigh_invalidate",
			     "when the next hop answers none of its neighbour solicitations, the packets waiting for it are dropped and their senders told address unreachable",
			     state, "");
	}
	icmpv6_send(skb, ICMPV6_DEST_UNREACH, ICMPV6_ADDR_UNREACH, 0);
	kfree_skb_reason(skb, SKB_DROP_REASON_NEIGH_FAILED);
}

static int nd_output(struct neighbour *n, struct sk_buff *skb)
{
	skb->dev = n->dev;
	if (eth_header(skb, ETH_P_IPV6, n->ha, n->dev->dev_addr)) {
		/* neigh_resolve_output: dev_hard_header failed. */
		kfree_skb_reason(skb, SKB_DROP_REASON_NEIGH_HH_FILLFAIL);
		return NET_XMIT_DROP;
	}
	return dev_queue_xmit(skb);
}

/*
 * ndisc_constructor: multicast entries map onto 33:33 and entries on lo (or
 * a NOARP device) take the device's address, both NOARP: never resolved.
 */
static int nd_constructor(struct neighbour *n)
{
	struct netdev *dev = n->dev;

	if (ipv6_addr_multicast(n->key6)) {
		uint8_t mc[6] = { 0x33, 0x33, n->key6[12], n->key6[13], n->key6[14], n->key6[15] };

		n->nud_state = NUD_NOARP;
		memcpy(n->ha, mc, 6);
	} else if (dev->flags & (IFF_NOARP | IFF_LOOPBACK)) {
		n->nud_state = NUD_NOARP;
		memcpy(n->ha, dev->dev_addr, 6);
	}
	return 0;
}

static const struct neigh_parms *nd_dev_parms(const struct netdev *dev)
{
	return dev->ip6_ptr ? dev->ip6_ptr->nd_parms : NULL;
}

const struct neigh_ops nd_neigh_ops = {
	.dev_parms = nd_dev_parms,
	.solicit = nd_solicit,
	.error_report = nd_error_report,
	.output = nd_output,
	.constructor = nd_constructor,
};

/* The options after a fixed part: the link-layer address of want, and a nonce. */
struct nd_opts {
	const uint8_t *lladdr;
	const uint8_t *nonce;
};

static int nd_parse_opts(const uint8_t *p, uint32_t len, int want, struct nd_opts *o)
{
	memset(o, 0, sizeof(*o));
	while (len >= 8) {
		uint32_t olen = (uint32_t)p[1] * 8;

		if (!olen || olen > len)
			return -1;
		if (p[0] == want && olen == 8)
			o->lladdr = p + 2;
		else if (p[0] == ND_OPT_NONCE && olen == 8)
			o->nonce = p + 2;
		p += olen;
		len -= olen;
	}
	return len ? -1 : 0;
}

/* For `why`: a solicitation for target left unanswered, and why. */
static void trace_ns_target(struct sk_buff *skb, const uint8_t *target, const char *what, const char *rule,
			    const char *fix)
{
	char t[48], state[TRACE_STATE];

	if (!trace_on(skb))
		return;
	trace_fmt6(target, t);
	snprintf(state, sizeof(state), "%s %s", t, what);
	trace_decide(skb, "ndisc_recv_ns", rule, state, fix);
}

/*
 * For `why`: a solicitation for an address of ours that is not usable yet.
 * Tentative: the fix waits out its duplicate address detection. Failed: the
 * solicitation shows the address is wanted here and nobody else answered
 * for it, so the fix adds it again, without DAD.
 */
static void trace_ns_unusable(struct sk_buff *skb, const struct inet6_ifaddr *ifa)
{
	const struct netdev *dev = skb->dev;
	const char *rule =
		"an address is answered for only once duplicate address detection has found it unique";
	char fix[TRACE_STATE] = "", a[48], ip[TRACE_NAME + 8];
	uint64_t end = addrconf_dad_end(ifa), now = dev->net->world->clock.now;

	if (!trace_on(skb))
		return;
	if (ifa->flags & IFA6_F_DADFAILED) {
		trace_ip_n(dev->net, ip);
		snprintf(fix, sizeof(fix), "%s-6 addr del %s/%u dev %s;%s-6 addr add %s/%u dev %s nodad", ip,
			 trace_fmt6(ifa->addr, a), ifa->prefixlen, dev->name, ip, a, ifa->prefixlen, dev->name);
		trace_ns_target(skb, ifa->addr, "failed duplicate address detection (dadfailed)", rule, fix);
		return;
	}
	if (end > now)
		snprintf(fix, sizeof(fix), "sleep %llu",
			 (unsigned long long)((end - now + VL_NSEC_PER_SEC - 1) / VL_NSEC_PER_SEC));
	trace_ns_target(skb, ifa->addr, "is still tentative: duplicate address detection has not finished", rule, fix);
}

/*
 * What ndisc_recv_ns and ndisc_recv_na return when they are done with the
 * message normally (the kernel's SKB_CONSUMED); anything else is the reason
 * it is dropped for, NOT_SPECIFIED where the kernel's SKB_DR(reason) stays.
 */
#define NDISC_CONSUMED (-1)

static int ndisc_recv_ns(struct sk_buff *skb, const uint8_t *saddr, const uint8_t *daddr,
			 const uint8_t *msg, uint32_t len)
{
	struct netdev *dev = skb->dev;
	const uint8_t *target = msg + 8;
	bool dad = ipv6_addr_any(saddr), inc = ipv6_addr_multicast(daddr);
	struct inet6_ifaddr *ifa;
	struct nd_opts o;
	struct neighbour *n;

	if (len < 24)
		return SKB_DROP_REASON_PKT_TOO_SMALL;
	if (ipv6_addr_multicast(target) || (dad && !inc))
		return SKB_DROP_REASON_NOT_SPECIFIED;
	if (nd_parse_opts(msg + 24, len - 24, ND_OPT_SOURCE_LL_ADDR, &o))
		return SKB_DROP_REASON_IPV6_NDISC_BAD_OPTIONS;
	if (dad && o.lladdr)
		return SKB_DROP_REASON_NOT_SPECIFIED;
	ifa = ipv6_get_ifaddr(dev->net, target, dev);
	if (!ifa) {
		trace_ns_target(skb, target, "is on no device of this namespace (nor a proxy or anycast entry)",
				"a neighbour solicitation is answered only for an address of the receiving device", "");
		return SKB_DROP_REASON_IPV6_NDISC_NS_OTHERHOST; /* neither proxy nor anycast is modelled */
	}
	if (ifa->flags & (IFA6_F_TENTATIVE | IFA6_F_DADFAILED)) {
		trace_ns_unusable(skb, ifa);
		/* Someone else probes for our tentative address: unless it is our own probe, we lose. */
		if (dad && !(o.nonce && !memcmp(o.nonce, ifa->dad_nonce, 6)))
			addrconf_dad_failure(ifa);
		return SKB_DROP_REASON_NOT_SPECIFIED;
	}
	if (dad) {
		/* Answered, yet the kernel's "goto out" leaves it NOT_SPECIFIED. */
		ndisc_send_na(dev, all_nodes, target, false, true, true, skb);
		return SKB_DROP_REASON_NOT_SPECIFIED;
	}
	if (o.lladdr) {
		n = neigh_create(&dev->net->ipv6->nd_tbl, saddr, dev);
		/* ndisc_recv_ns: no entry for the sender (a full table), no advertisement. */
		if (!n)
			return SKB_DROP_REASON_NOT_SPECIFIED;
		/* Cannot fail: the source link-layer address is given. */
		(void)!neigh_update(n, o.lladdr, NUD_STALE,
				    NEIGH_UPDATE_F_OVERRIDE | NEIGH_UPDATE_F_WEAK_OVERRIDE);
	}
	ndisc_send_na(dev, saddr, target, true, inc, inc, skb);
	return NDISC_CONSUMED;
}

/*
 * For `why`: an advertisement for an address this host holds itself is
 * never learnt as a neighbour. When ours is not usable (tentative, or it
 * failed DAD) the other node has the address: taking ours off lets the
 * advertisement through.
 */
static void trace_na_own(struct sk_buff *skb, const struct inet6_ifaddr *ifa)
{
	const struct netdev *dev = skb->dev;
	char state[TRACE_STATE], fix[TRACE_STATE] = "", a[48];

	if (!trace_on(skb))
		return;
	trace_fmt6(ifa->addr, a);
	snprintf(state, sizeof(state), "%s is an address of %s here, %s", a, dev->name,
		 ifa->flags & IFA6_F_DADFAILED ? "dadfailed: another node has it"
		 : ifa->flags & IFA6_F_TENTATIVE ? "tentative: this advertisement fails its DAD" : "in use");
	if (ifa->flags & (IFA6_F_DADFAILED | IFA6_F_TENTATIVE))
		snprintf(fix, sizeof(fix), "%s-6 addr del %s/%u dev %s", TRACE_IP_N(dev->net), a, ifa->prefixlen,
			 dev->name);
	trace_decide(skb, "ndisc_recv_na",
		     "an advertisement for one of this host's own addresses is not learnt as a neighbour", state, fix);
}

static int ndisc_recv_na(struct sk_buff *skb, const uint8_t *daddr, const uint8_t *msg, uint32_t len)
{
	struct netdev *dev = skb->dev;
	const uint8_t *target = msg + 8;
	uint8_t flags = msg[4];
	struct inet6_ifaddr *ifa;
	struct nd_opts o;
	struct neighbour *n;

	if (len < 24)
		return SKB_DROP_REASON_PKT_TOO_SMALL;
	if (ipv6_addr_multicast(target) || (ipv6_addr_multicast(daddr) && (flags & NA_SOLICITED)))
		return SKB_DROP_REASON_NOT_SPECIFIED;
	if (nd_parse_opts(msg + 24, len - 24, ND_OPT_TARGET_LL_ADDR, &o))
		return SKB_DROP_REASON_IPV6_NDISC_BAD_OPTIONS;
	ifa = ipv6_get_ifaddr(dev->net, target, dev);
	if (ifa) {
		trace_na_own(skb, ifa);
		/* An advertisement for an address we are still probing: it is taken. */
		if (ifa->flags & IFA6_F_TENTATIVE)
			addrconf_dad_failure(ifa);
		return SKB_DROP_REASON_NOT_SPECIFIED;
	}
	n = neigh_lookup(&dev->net->ipv6->nd_tbl, target, dev);
	if (!n)
		return SKB_DROP_REASON_NOT_SPECIFIED;
	/*
	 * RFC 4861 7.2.5: without a target link-layer address an advertisement
	 * cannot complete an entry that has no address yet; it is discarded
	 * (the kernel's neigh_update refuses it, yet counts the message consumed).
	 */
	if (!o.lladdr && !(n->nud_state & NUD_VALID))
		return NDISC_CONSUMED;
	/*
	 * Cannot fail: an address is given, or the entry has a valid one. The
	 * router flag follows the advertisement's (ip neigh's "router").
	 */
	(void)!neigh_update(n, o.lladdr, (flags & NA_SOLICITED) ? NUD_REACHABLE : NUD_STALE,
			    NEIGH_UPDATE_F_WEAK_OVERRIDE | ((flags & NA_OVERRIDE) ? NEIGH_UPDATE_F_OVERRIDE : 0) |
			    NEIGH_UPDATE_F_OVERRIDE_ISROUTER | ((flags & NA_ROUTER) ? NEIGH_UPDATE_F_ISROUTER : 0));
	return NDISC_CONSUMED;
}

/*
 * ndisc_recv_rs: a device that forwards keeps a STALE entry for a host that
 * solicits from an address (with its link-layer address, not as a router);
 * hosts ignore solicitations, and no advertisement is sent (not modelled).
 */
static void ndisc_recv_rs(struct sk_buff *skb, const uint8_t *saddr, const uint8_t *msg, uint32_t len)
{
	struct netdev *dev = skb->dev;
	struct nd_opts o;
	struct neighbour *n;

	if (len < 8 || !dev->ip6_ptr || !dev->ip6_ptr->cnf->data[IPV6_DEVCONF_FORWARDING] || ipv6_addr_any(saddr))
		return;
	if (nd_parse_opts(msg + 8, len - 8, ND_OPT_SOURCE_LL_ADDR, &o))
		return;
	n = neigh_create(&dev->net->ipv6->nd_tbl, saddr, dev);
	/* Without the option the new entry gets no address, so it stays NONE (neigh_update refuses). */
	if (n)
		(void)!neigh_update(n, o.lladdr, NUD_STALE,
				   NEIGH_UPDATE_F_WEAK_OVERRIDE | NEIGH_UPDATE_F_OVERRIDE |
				   NEIGH_UPDATE_F_OVERRIDE_ISROUTER);
}

/* ndisc_rcv: only link-local traffic (hop limit 255) of a valid size is believed. */
void ndisc_rcv(struct sk_buff *skb, const uint8_t *ip6h)
{
	const uint8_t *msg = skb->data;
	uint32_t len = skb->len;
	int reason;

	if (ip6h[7] != 255 || msg[1] != 0) {
		kfree_skb_reason(skb, ip6h[7] != 255 ? SKB_DROP_REASON_IPV6_NDISC_HOP_LIMIT
						     : SKB_DROP_REASON_IPV6_NDISC_BAD_CODE);
		return;
	}
	if (msg[0] == NDISC_NEIGHBOUR_SOLICITATION)
		reason = ndisc_recv_ns(skb, ip6h + 8, ip6h + 24, msg, len);
	else if (msg[0] == NDISC_NEIGHBOUR_ADVERTISEMENT)
		reason = ndisc_recv_na(skb, ip6h + 24, msg, len);
	else {
		if (msg[0] == NDISC_ROUTER_SOLICITATION)
			ndisc_recv_rs(skb, ip6h + 8, msg, len);
		reason = NDISC_CONSUMED; /* router advertisements: not modelled */
	}
	if (reason == NDISC_CONSUMED)
		consume_skb(skb);
	else
		kfree_skb_reason(skb, reason);
}

/*
 * ndisc_netdev_event: as arp_netdev_event for the IPv6 neighbours (a lost
 * carrier evicts only if ndisc_evict_nocarrier is 1 on the device and on
 * all); going down flushes them too, after addrconf has (rt6_disable_ip).
 */
static void ndisc_netdev_event(struct netdev *dev, enum netdev_event ev)
{
	struct ipv6_net *in6 = dev->net->ipv6;

	if (!in6)
		return;
	switch (ev) {
	case NETDEV_CHANGEADDR:
		neigh_changeaddr(&in6->nd_tbl, dev);
		break;
	case NETDEV_DOWN:
		neigh_ifdown(&in6->nd_tbl, dev);
		break;
	case NETDEV_CHANGE:
		if (dev->flags_changed & IFF_NOARP)
			neigh_changeaddr(&in6->nd_tbl, dev);
		/* No inet6_dev: evict. */
		if (!dev->carrier &&
		    (!dev->ip6_ptr || (dev->ip6_ptr->cnf->data[IPV6_DEVCONF_NDISC_EVICT_NOCARRIER] &&
				       dev->net->sysctl->v6_all.data[IPV6_DEVCONF_NDISC_EVICT_NOCARRIER])))
			neigh_carrier_down(&in6->nd_tbl, dev);
		break;
	default:
		break;
	}
}

static const struct netdev_notifier ndisc_netdev_notifier = {
	.event = ndisc_netdev_event,
	.priority = ADDRCONF_NOTIFY_PRIORITY - 5,
};

int ndisc_late_init(struct world *w)
{
	return register_netdevice_notifier(w, &ndisc_netdev_notifier);
}

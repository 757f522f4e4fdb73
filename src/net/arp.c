/* arp.c: ARP requests, replies and the rules that decide whether to answer (net/ipv4/arp.c). */
#include <string.h>

#include "../core/dropreason.h"
#include "../core/world.h"
#include "ethernet.h"
#include "ipv4.h"
#include "wire.h"
#include "../core/trace.h"
#include "../uapi/if_packet.h"

/*
 * arp_create + arp_xmit: a request or reply out of dev. dest_hw NULL means
 * dev's broadcast address; cause is the packet it is sent for (for `why`).
 */
static void arp_send(int op, struct netdev *dev, uint32_t dest_ip, const uint8_t *dest_hw,
		     uint32_t src_ip, const uint8_t *target_hw, struct sk_buff *cause)
{
	struct sk_buff *skb = alloc_skb(&dev->net->world->skb_pool, ETH_HLEN + ARP_HLEN);
	struct arp_view a = { .op = (uint16_t)op, .sip = src_ip, .tip = dest_ip };

	if (!skb || (dev->flags & IFF_NOARP)) {
		/* arp_send_dst returns before arp_create: the kernel never had a packet to drop. */
		consume_skb(skb);
		return;
	}
	memcpy(a.sha, dev->dev_addr, 6);
	if (target_hw)
		memcpy(a.tha, target_hw, 6);
	/* Fits: allocated above for ETH_HLEN + ARP_HLEN. */
	arp_emit(skb_put(skb, ARP_HLEN), &a);
	skb->dev = dev;
	skb->local_out = 1;
	trace_caused_by(skb, cause);
	if (eth_header(skb, ETH_P_ARP, dest_hw ? dest_hw : dev->broadcast, dev->dev_addr)) {
		/* arp_create: dev_hard_header failed, plain kfree_skb (NOT_SPECIFIED). */
		kfree_skb_reason(skb, SKB_DROP_REASON_NOT_SPECIFIED);
		return;
	}
	dev_queue_xmit(skb);
}

static bool addr_is_local_any(struct netns *net, uint32_t a)
{
	struct fib_route *r;

	return fib_lookup(net, a, 0, &r) == 0 && r->type == RTN_LOCAL;
}

static bool addr_onlink(const struct in_device *idev, uint32_t a, uint32_t b)
{
	for (const struct in_ifaddr *ifa = idev->ifa_list; ifa; ifa = ifa->next)
		if (!((a ^ ifa->address) & ifa->mask) && !((b ^ ifa->address) & ifa->mask))
			return true;
	return false;
}

/* arp_solicit: the source follows arp_announce; probes go broadcast unless re-probing. */
static void arp_solicit(struct neighbour *n, struct sk_buff *skb)
{
	struct netdev *dev = n->dev;
	struct in_device *idev = dev->ip_ptr;
	uint32_t saddr = 0, skb_saddr = 0;
	int probes = n->probes - neigh_parms_of(n)->ucast_probes;

	if (!idev)
		return;
	if (skb)
		skb_saddr = get32(skb_network_header(skb) + 12);
	switch (in_dev_conf(idev, IPV4_DEVCONF_ARP_ANNOUNCE, IN_DEV_MAX)) {
	case 1:
		if (skb && addr_is_local_any(dev->net, skb_saddr) && addr_onlink(idev, n->key, skb_saddr))
			saddr = skb_saddr;
		break;
	case 2:
		break;
	default:
		if (skb && addr_is_local_any(dev->net, skb_saddr))
			saddr = skb_saddr;
		break;
	}
	if (!saddr)
		saddr = inet_select_addr(dev, n->key, RT_SCOPE_LINK);
	if (probes < 0) {
		arp_send(ARPOP_REQUEST, dev, n->key, n->ha, saddr, NULL, skb);
		return;
	}
	if (probes - neigh_parms_of(n)->app_probes < 0)
		return;
	arp_send(ARPOP_REQUEST, dev, n->key, NULL, saddr, NULL, skb);
}

/* arp_error_report: the packet's sender learns through ICMP host unreachable. */
static void arp_error_report(struct neighbour *n, struct sk_buff *skb)
{
	if (trace_on(skb)) {
		char state[TRACE_STATE];

		snprintf(state, sizeof(state), "neighbour %s dev %s FAILED", TRACE_IP4(n->key), n->dev->name);
		trace_decide(skb, "neigh_invalidate",
			     "when the next hop answers none of its ARP requests, the packets waiting for it are dropped and their senders told host unreachable",
			     state, "");
	}
	icmp_send(skb, ICMP_DEST_UNREACH, ICMP_HOST_UNREACH, 0);
	kfree_skb_reason(skb, SKB_DROP_REASON_NEIGH_FAILED);
}

static int arp_output(struct neighbour *n, struct sk_buff *skb)
{
	skb->dev = n->dev;
	if (eth_header(skb, ETH_P_IP, n->ha, n->dev->dev_addr)) {
		/* neigh_resolve_output: dev_hard_header failed. */
		kfree_skb_reason(skb, SKB_DROP_REASON_NEIGH_HH_FILLFAIL);
		return NET_XMIT_DROP;
	}
	return dev_queue_xmit(skb);
}

/*
 * inet_addr_type_dev_table: 0.x.x.x and 255.255.255.255 are broadcast,
 * 224/4 multicast, else what the local table says (a local or broadcast
 * route), unicast when it says nothing.
 */
static int arp_addr_type(struct netns *net, uint32_t addr)
{
	struct flow4 fl = { .daddr = addr };
	struct fib_table *local;
	struct fib_result res;

	if (ipv4_is_zeronet(addr) || ipv4_is_lbcast(addr))
		return RTN_BROADCAST;
	if (ipv4_is_multicast(addr))
		return RTN_MULTICAST;
	local = fib_get_table(net, RT_TABLE_LOCAL);
	if (!local || fib_table_lookup(local, &fl, &res) || !res.route)
		return RTN_UNICAST;
	return res.route->type;
}

/*
 * arp_constructor: every entry on lo is keyed 0.0.0.0; multicast entries map
 * onto 01:00:5e, entries on lo (or a NOARP device) take the device's address
 * and broadcast ones its broadcast address, all NOARP: they are never
 * resolved.
 */
static int arp_constructor(struct neighbour *n)
{
	struct netdev *dev = n->dev;
	int type;

	if (dev->flags & IFF_LOOPBACK)
		n->key = 0;
	type = arp_addr_type(dev->net, n->key);
	if (type == RTN_MULTICAST) {
		uint8_t mc[6] = { 0x01, 0x00, 0x5e, (uint8_t)((n->key >> 16) & 0x7f), (uint8_t)(n->key >> 8),
				  (uint8_t)n->key };

		n->nud_state = NUD_NOARP;
		memcpy(n->ha, mc, 6);
	} else if (dev->flags & (IFF_NOARP | IFF_LOOPBACK)) {
		n->nud_state = NUD_NOARP;
		memcpy(n->ha, dev->dev_addr, 6);
	} else if (type == RTN_BROADCAST) {
		n->nud_state = NUD_NOARP;
		memcpy(n->ha, dev->broadcast, 6);
	}
	return 0;
}

static void arp_parp_redo(struct sk_buff *skb);

static const struct neigh_parms *arp_dev_parms(const struct netdev *dev)
{
	return dev->ip_ptr ? dev->ip_ptr->arp_parms : NULL;
}

const struct neigh_ops arp_neigh_ops = {
	.dev_parms = arp_dev_parms,
	.solicit = arp_solicit,
	.error_report = arp_error_report,
	.output = arp_output,
	.constructor = arp_constructor,
	.proxy_redo = arp_parp_redo,
};

/*
 * confirm_addr_indev: an address of idev of scope at most scope (local
 * itself if given) whose subnet, or another's, holds dst (if given) and
 * local. With route_localnet a host-scope address (127/8) counts as link
 * scope, as the kernel's localnet_scope makes it. 0 when there is none.
 */
static uint32_t confirm_addr_indev(const struct in_device *idev, uint32_t dst, uint32_t local, int scope)
{
	int localnet = in_dev_conf(idev, IPV4_DEVCONF_ROUTE_LOCALNET, IN_DEV_OR) ? RT_SCOPE_LINK : RT_SCOPE_HOST;
	uint32_t addr = 0;
	bool same = false;

	for (const struct in_ifaddr *ifa = idev->ifa_list; ifa; ifa = ifa->next) {
		int min_scope = ifa->scope < localnet ? ifa->scope : localnet;

		if (!addr && (!local || local == ifa->local) && min_scope <= scope) {
			addr = ifa->local;
			if (same)
				break;
		}
		same = (!local || !((local ^ ifa->address) & ifa->mask)) && (!dst || !((dst ^ ifa->address) & ifa->mask));
		if (same && addr) {
			/* With dst alone: keep addr if in this subnet, else take this one if in scope. */
			if (local || !dst || !((addr ^ ifa->address) & ifa->mask))
				break;
			if (min_scope <= scope) {
				addr = ifa->local;
				break;
			}
			same = false;
		}
	}
	return same ? addr : 0;
}

/* arp_ignore: 0 answers for any local address, 1 only for the incoming device's, ... */
static bool arp_ignore(struct in_device *idev, uint32_t sip, uint32_t tip)
{
	switch (in_dev_conf(idev, IPV4_DEVCONF_ARP_IGNORE, IN_DEV_MAX)) {
	case 1:
		return !confirm_addr_indev(idev, 0, tip, RT_SCOPE_HOST);
	case 2:
		return !confirm_addr_indev(idev, sip, tip, RT_SCOPE_HOST);
	case 3:
		return !confirm_addr_indev(idev, 0, tip, RT_SCOPE_LINK);
	case 8:
		return true;
	default:
		return false;
	}
}

/* arp_filter: answer only if the reply would leave through the device it came in on. */
static bool arp_filter(struct netdev *dev, uint32_t sip, uint32_t tip)
{
	struct flow4 fl = { .daddr = sip, .saddr = tip };
	struct rt_result rt;

	if (ip_route_output(dev->net, &fl, &rt))
		return true;
	return rt.dev != dev;
}

/*
 * arp_fwd_proxy: proxy_arp answers for a destination routed out of another
 * device, unless medium_id says both devices share the medium.
 */
static bool arp_fwd_proxy(struct in_device *idev, const struct netdev *dev, const struct rt_result *rt)
{
	int imi, omi = -1;

	if (rt->dev == dev || !in_dev_conf(idev, IPV4_DEVCONF_PROXY_ARP, IN_DEV_OR))
		return false;
	imi = in_dev_conf(idev, IPV4_DEVCONF_MEDIUM_ID, IN_DEV_DEV);
	if (imi == 0)
		return true;
	if (imi == -1)
		return false;
	if (rt->dev->ip_ptr)
		omi = in_dev_conf(rt->dev->ip_ptr, IPV4_DEVCONF_MEDIUM_ID, IN_DEV_DEV);
	return omi != imi && omi != -1;
}

/* arp_fwd_pvlan: proxy_arp_pvlan answers back onto the same device, but not a self probe. */
static bool arp_fwd_pvlan(struct in_device *idev, const struct netdev *dev, const struct rt_result *rt,
			  uint32_t sip, uint32_t tip)
{
	return rt->dev == dev && sip != tip && in_dev_conf(idev, IPV4_DEVCONF_PROXY_ARP_PVLAN, IN_DEV_OR);
}

/*
 * A request for a local address: learn the sender (neigh_event_ns) and
 * answer, unless arp_ignore or arp_filter say not to.
 */
/* The sysctl commands that set knob to ok where it is not: all's, the device's, or both. */
static void arp_knob_fix(char *fix, size_t len, const struct netdev *dev, const char *in, const char *knob, int key,
			 int ok)
{
	int n = 0;

	fix[0] = '\0';
	if (dev->net->sysctl->v4_all.data[key] != ok)
		n = snprintf(fix, len, "%ssysctl -w net.ipv4.conf.all.%s=%d", in, knob, ok);
	if (dev->ip_ptr->cnf->data[key] != ok && n >= 0 && (size_t)n < len)
		snprintf(fix + n, len - (size_t)n, "%s%ssysctl -w net.ipv4.conf.%s.%s=%d", n ? ";" : "", in, dev->name,
			 knob, ok);
}

/* For `why`: the knob that kept a request unanswered, its values, and the value that answers. */
static void trace_arp_knob(struct sk_buff *skb, const char *knob, int key, const char *rule, int ok)
{
	struct netdev *dev = skb->dev;
	char state[TRACE_STATE], fix[TRACE_STATE], ns[TRACE_NAME + 20];
	const char *in;

	if (!trace_on(skb))
		return;
	in = trace_netns_exec(dev->net, ns, sizeof(ns));
	snprintf(state, sizeof(state), "net.ipv4.conf.all.%s=%d net.ipv4.conf.%s.%s=%d", knob,
		 dev->net->sysctl->v4_all.data[key], dev->name, knob, dev->ip_ptr->cnf->data[key]);
	arp_knob_fix(fix, sizeof(fix), dev, in, knob, key, ok);
	trace_decide(skb, knob[4] == 'i' ? "arp_ignore" : "arp_filter", rule, state, fix);
}

/* Whether idev has an address in the subnet that holds tip on target. */
static bool addr_in_subnet_of(const struct in_device *idev, const struct in_device *target, uint32_t tip)
{
	for (const struct in_ifaddr *t = target->ifa_list; t; t = t->next) {
		if (t->local != tip)
			continue;
		for (const struct in_ifaddr *ifa = idev->ifa_list; ifa; ifa = ifa->next)
			if (!((ifa->local ^ tip) & t->mask))
				return true;
	}
	return false;
}

/*
 * For `why`: arp_ignore=2 kept a request for an address of the receiving
 * device unanswered, as its sender's address is in none of the device's
 * subnets. When the sender is the other end of a veth whose arp_announce
 * let the request carry the packet's own source (an address of another
 * subnet), arp_announce=2 there makes it name its address on the link.
 */
static void trace_arp_announce(struct sk_buff *skb, const struct arp_view *a)
{
	struct netdev *dev = skb->dev, *peer = dev_link_peer(dev);
	char state[TRACE_STATE], fix[TRACE_STATE] = "", ns[TRACE_NAME + 20], pns[TRACE_NAME + 20];
	const char *in = trace_netns_exec(dev->net, ns, sizeof(ns));
	int key = IPV4_DEVCONF_ARP_IGNORE, ann = -1;
	int n;

	/* arp_announce=2 helps only if the sender has an address in the target's subnet. */
	if (peer && peer->ip_ptr && addr_in_subnet_of(peer->ip_ptr, dev->ip_ptr, a->tip))
		ann = in_dev_conf(peer->ip_ptr, IPV4_DEVCONF_ARP_ANNOUNCE, IN_DEV_MAX);
	n = snprintf(state, sizeof(state), "net.ipv4.conf.all.arp_ignore=%d net.ipv4.conf.%s.arp_ignore=%d; "
		     "sender %s is not in the subnet of %s", dev->net->sysctl->v4_all.data[key],
		     dev->name, dev->ip_ptr->cnf->data[key], TRACE_IP4(a->sip), TRACE_IP4(a->tip));
	if (ann >= 0 && ann < 2 && (size_t)n < sizeof(state)) {
		snprintf(state + n, sizeof(state) - (size_t)n, "; the sending end %s%s%s has arp_announce=%d",
			 peer->net->name ? peer->net->name : "", peer->net->name ? "/" : "", peer->name, ann);
		snprintf(fix, sizeof(fix), "%ssysctl -w net.ipv4.conf.%s.arp_announce=2",
			 trace_netns_exec(peer->net, pns, sizeof(pns)), peer->name);
	} else {
		arp_knob_fix(fix, sizeof(fix), dev, in, "arp_ignore", key, 0);
	}
	trace_decide(skb, "arp_ignore",
		     "arp_ignore=2 answers a request only from a sender in the subnet of the address asked for; arp_announce decides which address a sender names: 0 the packet's own source, 2 its best address on the link",
		     state, fix);
}

/*
 * For `why`: arp_filter kept a request unanswered, as the route back to its
 * sender leaves by another device. The echo reply would follow that route
 * too: the fix routes the sender back through the device the request came in by.
 */
static void trace_arp_filter(struct sk_buff *skb, const struct arp_view *a)
{
	struct netdev *dev = skb->dev;
	struct flow4 fl = { .daddr = a->sip, .saddr = a->tip };
	char state[TRACE_STATE], fix[TRACE_STATE], ns[TRACE_NAME + 20];
	const char *in = trace_netns_exec(dev->net, ns, sizeof(ns));
	struct rt_result rt;
	int key = IPV4_DEVCONF_ARP_FILTER, n;

	if (!trace_on(skb))
		return;
	n = snprintf(state, sizeof(state), "net.ipv4.conf.all.arp_filter=%d net.ipv4.conf.%s.arp_filter=%d; ",
		     dev->net->sysctl->v4_all.data[key], dev->name, dev->ip_ptr->cnf->data[key]);
	if (ip_route_output(dev->net, &fl, &rt))
		snprintf(state + n, sizeof(state) - (size_t)n, "no route back to %s", TRACE_IP4(a->sip));
	else
		snprintf(state + n, sizeof(state) - (size_t)n, "the route back to %s leaves by %s",
			 TRACE_IP4(a->sip), rt.dev->name);
	snprintf(fix, sizeof(fix), "%sip route replace %s dev %s", in, TRACE_IP4(a->sip), dev->name);
	trace_decide(skb, "arp_filter",
		     "with arp_filter on, a request is answered only on the device the reply would be routed out of",
		     state, fix);
}

static void arp_answer_local(struct sk_buff *skb, const struct arp_view *a)
{
	struct netdev *dev = skb->dev;
	struct in_device *idev = dev->ip_ptr;
	bool dont_send = arp_ignore(idev, a->sip, a->tip);
	struct neighbour *n;

	if (dont_send && trace_on(skb) && in_dev_conf(idev, IPV4_DEVCONF_ARP_IGNORE, IN_DEV_MAX) == 2 &&
	    confirm_addr_indev(idev, 0, a->tip, RT_SCOPE_HOST))
		trace_arp_announce(skb, a);
	else if (dont_send)
		trace_arp_knob(skb, "arp_ignore", IPV4_DEVCONF_ARP_IGNORE,
			       "arp_ignore decides which requests for a local address are answered: 1 only for an address on the receiving device, 2 also only from a sender in its subnet, 3 not for host-scope addresses, 8 none",
			       0);
	if (!dont_send && in_dev_conf(idev, IPV4_DEVCONF_ARP_FILTER, IN_DEV_OR)) {
		dont_send = arp_filter(dev, a->sip, a->tip);
		if (dont_send)
			trace_arp_filter(skb, a);
	}
	/* neigh_event_ns: no entry for the sender (a full table), no reply. */
	n = dont_send ? NULL : neigh_create(&ipv4_net(dev->net)->arp_tbl, &a->sip, dev);
	if (n) {
		/* Cannot fail: the sender's hardware address is given. */
		(void)!neigh_update(n, a->sha, NUD_STALE, NEIGH_UPDATE_F_OVERRIDE);
		arp_send(ARPOP_REPLY, dev, a->sip, a->sha, a->tip, a->sha, skb);
	}
}

/*
 * With forwarding on, a request for a unicast destination routed elsewhere
 * is answered with our own address when proxy_arp, proxy_arp_pvlan or a
 * proxy entry (ip neigh add proxy, arp -s ... pub) says so. A broadcast
 * request waits a random part of proxy_delay first (pneigh_enqueue); a
 * unicast one, or one whose wait is over (redo), is answered at once.
 * Returns whether skb was consumed.
 */
static bool arp_proxy(struct sk_buff *skb, const struct arp_view *a, const struct rt_result *rt, bool redo)
{
	struct netdev *dev = skb->dev;
	struct in_device *idev = dev->ip_ptr;
	struct neigh_table *tbl = &ipv4_net(dev->net)->arp_tbl;
	struct neighbour *n;

	if (!in_dev_conf(idev, IPV4_DEVCONF_FORWARDING, IN_DEV_DEV) || rt->type != RTN_UNICAST)
		return false;
	if (!arp_fwd_proxy(idev, dev, rt) && !arp_fwd_pvlan(idev, dev, rt, a->sip, a->tip) &&
	    !(rt->dev != dev && pneigh_lookup(tbl, &a->tip, dev)))
		return false;
	n = neigh_create(tbl, &a->sip, dev);
	if (n)
		(void)!neigh_update(n, a->sha, NUD_STALE, NEIGH_UPDATE_F_OVERRIDE);
	if (redo || skb->pkt_type == PACKET_HOST || !neigh_dev_parms(tbl, dev)->proxy_delay) {
		arp_send(ARPOP_REPLY, dev, a->sip, a->sha, a->tip, a->sha, skb);
		consume_skb(skb);
	} else {
		pneigh_enqueue(tbl, skb);
	}
	return true;
}

/*
 * arp_accept: whether an unknown sender gets an entry from a gratuitous ARP
 * or an unsolicited reply: 0 never, 1 always, 2 only a sender in the subnet
 * of one of the receiving device's addresses.
 */
static bool arp_accept(const struct in_device *idev, uint32_t sip)
{
	switch (in_dev_conf(idev, IPV4_DEVCONF_ARP_ACCEPT, IN_DEV_MAX)) {
	case 1:
		return true;
	case 2:
		return confirm_addr_indev(idev, sip, 0, RT_SCOPE_LINK) != 0;
	default:
		return false;
	}
}

/*
 * arp_is_garp: sender and target the same unicast address (a reply also
 * names its sender's hardware address as target). addr_type keeps the
 * sender's type once looked up.
 */
static bool arp_is_garp(struct netns *net, const struct arp_view *a, int *addr_type)
{
	if (a->sip != a->tip || (a->op == ARPOP_REPLY && memcmp(a->tha, a->sha, 6)))
		return false;
	*addr_type = arp_addr_type(net, a->sip);
	return *addr_type == RTN_UNICAST;
}

/*
 * The sender's entry learns from what it sent, if there is one, or is made
 * for it when arp_accept takes a gratuitous ARP or a reply from a unicast
 * sender. A gratuitous ARP overrides even within locktime.
 */
static void arp_update_sender(struct sk_buff *skb, const struct arp_view *a)
{
	struct netdev *dev = skb->dev;
	struct neigh_table *tbl = &ipv4_net(dev->net)->arp_tbl;
	struct neighbour *n = neigh_lookup(tbl, &a->sip, dev);
	bool accept = arp_accept(dev->ip_ptr, a->sip), is_garp = false;
	int addr_type = -1;

	if (n || accept)
		is_garp = arp_is_garp(dev->net, a, &addr_type);
	if (!n && accept &&
	    (is_garp || (a->op == ARPOP_REPLY &&
			 (addr_type == RTN_UNICAST || (addr_type < 0 && arp_addr_type(dev->net, a->sip) == RTN_UNICAST)))))
		n = neigh_create(tbl, &a->sip, dev);
	if (n) {
		int64_t now = (int64_t)dev->net->world->clock.now;
		bool override = now > n->updated + (int64_t)neigh_parms_of(n)->locktime * (int64_t)VL_NSEC_PER_MSEC ||
				is_garp;
		uint8_t state = (a->op != ARPOP_REPLY || skb->pkt_type != PACKET_HOST) ? NUD_STALE
										      : NUD_REACHABLE;

		/* Fails (EPERM) only for a NOARP or PERMANENT entry, which keeps what it has. */
		(void)!neigh_update(n, a->sha, state, override ? NEIGH_UPDATE_F_OVERRIDE : 0);
	}
}

/* The prefix length of idev's subnet that has tip as a host address (not /31 or /32), or 0. */
static unsigned int subnet_of(const struct in_device *idev, uint32_t tip)
{
	for (const struct in_ifaddr *ifa = idev ? idev->ifa_list : NULL; ifa; ifa = ifa->next)
		if (ifa->prefixlen < 31 && !((ifa->local ^ tip) & ifa->mask) && tip != (ifa->local | ~ifa->mask) &&
		    tip != (ifa->local & ifa->mask))
			return ifa->prefixlen;
	return 0;
}

/*
 * For `why`: a request for an address this namespace does not have. When
 * the receiving device has an address in the target's subnet, the fix gives
 * the target address to it with that prefix length.
 */
static void trace_arp_not_local(struct sk_buff *skb, const struct arp_view *a, bool unicast)
{
	struct netdev *dev = skb->dev, *peer;
	char state[TRACE_STATE], fix[TRACE_STATE] = "", ns[TRACE_NAME + 20];
	unsigned int plen;

	if (!trace_on(skb))
		return;
	snprintf(state, sizeof(state), "%s is on no device of this namespace%s",
		 TRACE_IP4(a->tip),
		 unicast ? " (and no proxy answers for it)" : "");
	/* Only where the request came straight from the veth's other end: one a
	 * bridge floods reaches every host, and the one asked for may be another.
	 * The prefix is the receiver's own subnet holding the target, else (a
	 * device with no address there) the sender's, on the other end. */
	peer = dev_link_peer(dev);
	plen = peer && !peer->master ? subnet_of(dev->ip_ptr, a->tip) : 0;
	if (peer && !peer->master && !plen)
		plen = subnet_of(peer->ip_ptr, a->tip);
	if (plen)
		snprintf(fix, sizeof(fix), "%sip addr add %s/%u dev %s",
			 trace_netns_exec(dev->net, ns, sizeof(ns)), TRACE_IP4(a->tip), plen, dev->name);
	trace_decide(skb, "arp_process", "a request is answered only for a local address (or by a proxy)", state, fix);
}

/* arp_process: redo is a proxied request coming back after its delay. Consumes skb. */
static void arp_process(struct sk_buff *skb, const struct arp_view *a, bool redo)
{
	struct netdev *dev = skb->dev;
	struct in_device *idev = dev->ip_ptr;
	struct rt_result rt;
	int err;

	if (ipv4_is_multicast(a->tip) ||
	    (!in_dev_conf(idev, IPV4_DEVCONF_ROUTE_LOCALNET, IN_DEV_OR) && ipv4_is_loopback(a->tip))) {
		/* arp_process's out_free_skb: plain kfree_skb (NOT_SPECIFIED). */
		kfree_skb_reason(skb, SKB_DROP_REASON_NOT_SPECIFIED);
		return;
	}
	/* drop_gratuitous_arp: a sender announcing itself is dropped (out_free_skb). */
	if (a->sip == a->tip && in_dev_conf(idev, IPV4_DEVCONF_DROP_GRATUITOUS_ARP, IN_DEV_OR)) {
		kfree_skb_reason(skb, SKB_DROP_REASON_NOT_SPECIFIED);
		return;
	}
	if (a->sip == 0) {
		/*
		 * RFC 2131 duplicate address probe (also what a sender without an
		 * address sends): answered for any local address, with no route check.
		 */
		if (a->op == ARPOP_REQUEST && addr_is_local_any(dev->net, a->tip) && !arp_ignore(idev, a->sip, a->tip))
			arp_send(ARPOP_REPLY, dev, a->sip, a->sha, a->tip, a->sha, skb);
		consume_skb(skb);
		return;
	}
	if (a->op == ARPOP_REQUEST) {
		err = ip_route_input(skb, a->tip, a->sip, dev, &rt);
		/*
		 * A martian request (err < 0) is not answered; the kernel just moves
		 * on to the table update and consumes it: no drop is counted.
		 */
		if (err >= 0 && rt.local) {
			arp_answer_local(skb, a);
			consume_skb(skb);
			return;
		} else if (err >= 0 && arp_proxy(skb, a, &rt, redo)) {
			return;
		} else if ((err >= 0 || err == -SKB_DROP_REASON_IP_INADDRERRORS ||
			    err == -SKB_DROP_REASON_IP_INNOROUTES) && trace_on(skb)) {
			trace_arp_not_local(skb, a, rt.type == RTN_UNICAST);
		}
	}
	arp_update_sender(skb, a);
	consume_skb(skb);
}

/* parp_redo: a proxied request whose delay ran out goes through arp_process again. Consumes skb. */
static void arp_parp_redo(struct sk_buff *skb)
{
	struct arp_view a;

	/* Defensive: arp_rcv parsed it before it was queued; arp_process's out_free_skb. */
	if (arp_parse(skb->data, skb->len, &a)) {
		kfree_skb_reason(skb, SKB_DROP_REASON_NOT_SPECIFIED);
		return;
	}
	arp_process(skb, &a, true);
}

void arp_rcv(struct sk_buff *skb)
{
	struct arp_view a;

	/* "do not tweak dropwatch on an ARP we will ignore": consumed. */
	if ((skb->dev->flags & IFF_NOARP) || skb->pkt_type == PACKET_OTHERHOST ||
	    skb->pkt_type == PACKET_LOOPBACK) {
		consume_skb(skb);
		return;
	}
	/*
	 * arp_rcv: shorter than an ARP header, PKT_TOO_SMALL (pskb_may_pull_reason);
	 * wrong address lengths, NOT_SPECIFIED. arp_process frees the rest
	 * (wrong hardware or protocol type, unknown op, no in_device) with
	 * plain kfree_skb: NOT_SPECIFIED too.
	 */
	if (arp_parse(skb->data, skb->len, &a) || (a.op != ARPOP_REQUEST && a.op != ARPOP_REPLY)) {
		kfree_skb_reason(skb, skb->len < ARP_HLEN ? SKB_DROP_REASON_PKT_TOO_SMALL
							  : SKB_DROP_REASON_NOT_SPECIFIED);
		return;
	}
	if (!skb->dev->ip_ptr) {
		kfree_skb_reason(skb, SKB_DROP_REASON_NOT_SPECIFIED);
		return;
	}
	arp_process(skb, &a, false);
}

/*
 * inetdev_send_gratuitous_arp (arp_notify, on NETDEV_UP and
 * NETDEV_CHANGEADDR): every address of dev, primaries and secondaries in
 * list order, asked for by itself.
 */
void arp_send_gratuitous(struct netdev *dev)
{
	for (const struct in_ifaddr *ifa = dev->ip_ptr->ifa_list; ifa; ifa = ifa->next)
		arp_send(ARPOP_REQUEST, dev, ifa->local, NULL, ifa->local, NULL, NULL);
}

/*
 * arp_netdev_event: a new hardware or broadcast address, or ARP turned on or
 * off, flushes every entry of the device, permanent ones too
 * (neigh_changeaddr); a lost carrier flushes all but the permanent ones,
 * unless arp_evict_nocarrier is 0 on the device or on all.
 */
static void arp_netdev_event(struct netdev *dev, enum netdev_event ev)
{
	struct ipv4_net *in = dev->net->ipv4;

	if (!in)
		return;
	switch (ev) {
	case NETDEV_CHANGEADDR:
		neigh_changeaddr(&in->arp_tbl, dev);
		break;
	case NETDEV_CHANGE:
		if (dev->flags_changed & IFF_NOARP)
			neigh_changeaddr(&in->arp_tbl, dev);
		/* No in_device: evict. */
		if (!dev->carrier &&
		    (!dev->ip_ptr || in_dev_conf(dev->ip_ptr, IPV4_DEVCONF_ARP_EVICT_NOCARRIER, IN_DEV_AND)))
			neigh_carrier_down(&in->arp_tbl, dev);
		break;
	default:
		break;
	}
}

/* arp_netdev_notifier: priority 0, the first of IPv4's (inet_init calls arp_init before ip_init). */
static const struct netdev_notifier arp_netdev_notifier = {
	.event = arp_netdev_event,
};

static const struct packet_type arp_packet_type = { .type = ETH_P_ARP, .func = arp_rcv };

int arp_init(struct world *w)
{
	int err = dev_add_pack(w, &arp_packet_type);

	if (!err)
		err = register_netdevice_notifier(w, &arp_netdev_notifier);
	return err;
}

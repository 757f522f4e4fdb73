/* route.c: output and input route resolution, source selection and source validation. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/alloc.h"
#include "../core/dropreason.h"
#include "../core/trace.h"
#include "ipv4.h"


/* The IN_DEV_*CONF macros: how a device's knob combines with conf/all. */
int in_dev_conf(const struct in_device *idev, int key, enum in_dev_combine how)
{
	int dev = idev->cnf->data[key];
	int all = idev->dev->net->sysctl->v4_all.data[key];

	switch (how) {
	case IN_DEV_MAX:
		return dev > all ? dev : all;
	case IN_DEV_OR:
		return dev || all;
	case IN_DEV_AND:
		return dev && all;
	default:
		return dev;
	}
}

/* inet_select_addr: a primary of dev in scope, preferring dst's subnet, else any device's. */
uint32_t inet_select_addr(const struct netdev *dev, uint32_t dst, int scope)
{
	uint32_t addr = 0;
	struct vl_list *pos;

	for (const struct in_ifaddr *ifa = dev->ip_ptr ? dev->ip_ptr->ifa_list : NULL; ifa; ifa = ifa->next) {
		if ((ifa->flags & IFA_F_SECONDARY) || ifa->scope > scope)
			continue;
		if (!dst || !((dst ^ ifa->address) & ifa->mask))
			return ifa->local;
		if (!addr)
			addr = ifa->local;
	}
	if (addr)
		return addr;
	/* Rare: dev has no usable address; any other device's will do. */
	vl_list_for_each(pos, &dev->net->devices) {
		const struct netdev *d = vl_list_entry(pos, struct netdev, dev_list);

		for (const struct in_ifaddr *ifa = d->ip_ptr ? d->ip_ptr->ifa_list : NULL; ifa; ifa = ifa->next)
			if (!(ifa->flags & IFA_F_SECONDARY) && ifa->scope != RT_SCOPE_LINK && ifa->scope <= scope)
				return ifa->local;
	}
	return 0;
}

/*
 * __ip_dev_find: an address is ours when a device has it, or when the local
 * table says local for it (a whole prefix on lo, as 10.0.0.0/8 there makes).
 */
static bool ip_dev_find(struct netns *net, uint32_t addr)
{
	struct flow4 fl = { .daddr = addr };
	struct fib_result res;

	if (inet_lookup_local(net, addr))
		return true;
	return fib_table_lookup(&ipv4_net(net)->local, &fl, &res) == 0 && res.type == RTN_LOCAL;
}

static void make_output(struct netns *net, struct flow4 *fl, struct rt_result *rt,
		       const struct fib_route *r, struct netdev *dev_out)
{
	rt->daddr = fl->daddr;
	rt->route = r;
	rt->type = r ? r->type : RTN_UNICAST;
	rt->scope = r ? r->scope : RT_SCOPE_LINK;
	rt->dev = dev_out;
	rt->gw = r && fib_uses_gw(r) ? r->gw : 0;
	if (!fl->saddr)
		fl->saddr = r && r->prefsrc ? r->prefsrc
					    : inet_select_addr(dev_out, rt->gw ? rt->gw : fl->daddr,
							       r && r->gw ? RT_SCOPE_UNIVERSE : RT_SCOPE_LINK);
	rt->saddr = fl->saddr;
	if (!rt->orig_oif)
		rt->orig_oif = fl->oif;
	(void)net;
}

/* The kernel's reading of a failed lookup's error: which route type made it. */
static uint8_t lookup_error_type(int err)
{
	switch (err) {
	case -EHOSTUNREACH:
		return RTN_UNREACHABLE;
	case -EACCES:
		return RTN_PROHIBIT;
	case -EINVAL:
		return RTN_BLACKHOLE;
	default:
		return RTN_UNSPEC;
	}
}

/*
 * For `why`: which of net's links leads to a namespace that has dst on the
 * other end (a veth whose peer holds it), or NULL. Only when explaining.
 */
static struct netdev *link_towards(struct netns *net, uint32_t dst, struct netdev **peer_out)
{
	struct vl_list *pos;

	vl_list_for_each(pos, &net->devices) {
		struct netdev *dev = vl_list_entry(pos, struct netdev, dev_list);
		struct netdev *peer = dev_link_peer(dev);
		const struct in_ifaddr *ifa = peer ? inet_lookup_local(peer->net, dst) : NULL;

		if (ifa && ifa->idev->dev == peer) {
			*peer_out = peer;
			return dev;
		}
	}
	return NULL;
}

/*
 * For `why`: dst is at the other end of dev, which is down, so its subnet's
 * route is gone; bringing it up (and its peer, if down too) brings it back.
 */
static void trace_link_down(struct netns *net, uint32_t dst, const struct netdev *dev, const struct netdev *peer)
{
	char state[TRACE_STATE], fix[TRACE_STATE], d[16];
	const char *pn = peer->net->name;
	int len;

	snprintf(state, sizeof(state), "no route to %s: it is on %s%s%s, at the other end of %s, and %s is down%s",
		 trace_fmt4(dst, d), pn ? pn : "", pn ? "/" : "", peer->name, dev->name, dev->name,
		 peer->flags & IFF_UP ? "" : " (so is its peer)");
	len = snprintf(fix, sizeof(fix), "%slink set %s up", TRACE_IP_N(net), dev->name);
	if (!(peer->flags & IFF_UP) && len > 0 && (size_t)len < sizeof(fix))
		snprintf(fix + len, sizeof(fix) - (size_t)len, ";%slink set %s up", TRACE_IP_N(peer->net), peer->name);
	trace_note(net->world, "ip_route_output_key",
		   "a device that is down has no routes: its addresses' subnets are reachable again once it is up",
		   state, fix);
}

/* For `why`: a send refused for want of a route, and the routes that would carry it both ways. */
static void trace_no_route(struct netns *net, uint32_t dst, int err)
{
	char d[16], s[16], state[TRACE_STATE], fix[TRACE_STATE] = "";
	struct netdev *dev, *peer = NULL;
	uint32_t src;

	if (!net->world->trace || err != -ENETUNREACH)
		return;
	trace_fmt4(dst, d);
	snprintf(state, sizeof(state), "no route to %s in the tables of %s%s, and no default route", d,
		 net->name ? "namespace " : "the initial namespace", net->name ? net->name : "");
	dev = link_towards(net, dst, &peer);
	src = dev ? inet_select_addr(dev, 0, RT_SCOPE_UNIVERSE) : 0;
	if (dev && !(dev->flags & IFF_UP)) {
		trace_link_down(net, dst, dev, peer);
		return;
	}
	if (dev && src) {
		trace_fmt4(src, s);
		snprintf(state + strlen(state), sizeof(state) - strlen(state),
			 "; %s is on %s%s%s, at the other end of %s (which has %s)", d,
			 peer->net->name ? peer->net->name : "", peer->net->name ? "/" : "", peer->name,
			 dev->name, s);
		snprintf(fix, sizeof(fix), "%sroute add %s dev %s;%sroute add %s dev %s", TRACE_IP_N(net), d,
			 dev->name, TRACE_IP_N(peer->net), s, peer->name);
	}
	trace_note(net->world, "ip_route_output_key",
		   fix[0] ? "a packet goes only where a route leads: with the two ends of a link in different subnets, neither has a route to the other"
			  : "a packet goes only where a route leads",
		   state, fix);
}

/* ip_route_output_key_hash_rcu, for unicast, local and broadcast destinations. */
static int ip_route_output_key(struct netns *net, struct flow4 *fl, struct rt_result *rt)
{
	struct netdev *dev_out = NULL;
	struct fib_result res;
	const struct fib_route *r;
	int err;

	*rt = (struct rt_result){ 0 };
	fl->iif = net->loopback_dev ? net->loopback_dev->ifindex : 0;
	if (fl->saddr) {
		if (ipv4_is_multicast(fl->saddr) || ipv4_is_lbcast(fl->saddr) || ipv4_is_zeronet(fl->saddr))
			return -EINVAL;
		/* Not one of ours: the kernel has set its answer to -ENETUNREACH by then. */
		if (!ip_dev_find(net, fl->saddr))
			return -ENETUNREACH;
	}
	if (fl->oif) {
		dev_out = netdev_get_by_index(net, fl->oif);
		if (!dev_out)
			return -ENODEV;
		if (!(dev_out->flags & IFF_UP) || !dev_out->ip_ptr)
			return -ENETUNREACH;
		if (ipv4_is_lbcast(fl->daddr)) {
			if (!fl->saddr)
				fl->saddr = inet_select_addr(dev_out, 0, RT_SCOPE_LINK);
			make_output(net, fl, rt, NULL, dev_out);
			rt->type = RTN_BROADCAST;
			return 0;
		}
		/* To 0.0.0.0 out of a given device: the source is that device's (and then the destination too). */
		if (!fl->saddr && !fl->daddr)
			fl->saddr = inet_select_addr(dev_out, 0, RT_SCOPE_HOST);
	}
	/* __mkroute_output: a route out of lo needs IPv4 on lo (none below 68 bytes of MTU). */
	if (!fl->daddr) {
		if (!net->loopback_dev || !net->loopback_dev->ip_ptr)
			return -EINVAL;
		fl->daddr = fl->saddr ? fl->saddr : 0x7f000001u;
		if (!fl->saddr)
			fl->saddr = fl->daddr;
		make_output(net, fl, rt, NULL, net->loopback_dev);
		rt->type = RTN_LOCAL;
		rt->local = true;
		return 0;
	}
	err = fib_lookup_flow(net, fl, &res);
	if (err) {
		if (fl->oif) {
			/* "Apparently, routing tables are wrong": assume the destination is on link. */
			if (!fl->saddr)
				fl->saddr = inet_select_addr(dev_out, 0, RT_SCOPE_LINK);
			make_output(net, fl, rt, NULL, dev_out);
			return 0;
		}
		rt->type = lookup_error_type(err);
		trace_no_route(net, fl->daddr, err);
		return err;
	}
	r = res.route;
	if (r->type == RTN_LOCAL) {
		if (!net->loopback_dev || !net->loopback_dev->ip_ptr)
			return -EINVAL;
		if (!fl->saddr)
			fl->saddr = r->prefsrc ? r->prefsrc : fl->daddr;
		rt->orig_oif = r->dev ? r->dev->ifindex : 0;
		make_output(net, fl, rt, r, net->loopback_dev);
		rt->local = true;
	} else {
		make_output(net, fl, rt, r, r->dev);
		/* __mkroute_output: the limited broadcast goes out as one, whatever route led there. */
		if (ipv4_is_lbcast(fl->daddr)) {
			rt->type = RTN_BROADCAST;
			rt->gw = 0;
		}
	}
	rt->table = res.table;
	return 0;
}

int ip_route_output(struct netns *net, struct flow4 *fl, struct rt_result *rt)
{
	int err = ip_route_output_key(net, fl, rt);

	if (!err)
		rt_set_mtu(net, rt);
	return err;
}

static bool flow4_equal(const struct flow4 *a, const struct flow4 *b)
{
	return a->daddr == b->daddr && a->saddr == b->saddr && a->oif == b->oif && a->iif == b->iif &&
	       a->mark == b->mark && a->tos == b->tos && a->scope == b->scope;
}

/*
 * A successful look-up emits no trace event (only a failed one explains
 * itself, and failures are never cached), so a cached answer leaves `why`
 * and the trace as the full look-up would.
 */
int ip_route_output_cached(struct netns *net, struct dst_cache4 *dc, struct flow4 *fl, struct rt_result *rt)
{
	struct flow4 key = *fl;
	int err;

	if (dc->valid && dc->genid == ipv4_net(net)->rt_genid && flow4_equal(&dc->key, fl)) {
		*fl = dc->out;
		*rt = dc->rt;
		rt_set_mtu(net, rt);
		return 0;
	}
	err = ip_route_output(net, fl, rt);
	dc->valid = !err;
	if (!err) {
		dc->genid = ipv4_net(net)->rt_genid;
		dc->key = key;
		dc->out = *fl;
		dc->rt = *rt;
	}
	return err;
}

/*
 * __fib_validate_source: the reverse path, looked up as if the reply came in
 * through the forwarding device (oif), or from the host for local delivery.
 * 1 when the source is directly connected (the route to it has no gateway),
 * which is what makes a packet sent back out its device worth a redirect.
 */
static int validate_source_full(struct netns *net, uint32_t src, uint32_t dst, struct netdev *dev,
				int oif, struct in_device *idev, int rpf)
{
	struct flow4 fl = { .daddr = src, .saddr = dst, .iif = oif ? oif : net->loopback_dev->ifindex };
	struct fib_result res;

	if (fib_lookup_flow(net, &fl, &res))
		goto last_resort;
	if (res.type != RTN_UNICAST &&
	    (res.type != RTN_LOCAL || !in_dev_conf(idev, IPV4_DEVCONF_ACCEPT_LOCAL, IN_DEV_OR)))
		return -SKB_DROP_REASON_IP_INVALID_SOURCE;
	if (res.route->dev == dev || (res.type == RTN_LOCAL && dev == net->loopback_dev))
		return !res.route->gw;
	if (!idev->ifa_list)
		goto last_resort;
	if (rpf == 1)
		return -SKB_DROP_REASON_IP_RPFILTER;
	fl.oif = dev->ifindex;
	if (fib_lookup_flow(net, &fl, &res) == 0 && res.type == RTN_UNICAST)
		return !res.route->gw;
	return 0;
last_resort:
	return rpf ? -SKB_DROP_REASON_IP_RPFILTER : 0;
}

/*
 * fib_validate_source: without rp_filter, a source that is one of our own
 * addresses is a martian; custom local routes or rules, or a packet going back
 * out where it came in with redirects on, ask for the full check.
 */
static int validate_source(struct netns *net, uint32_t src, uint32_t dst, struct netdev *dev, int oif)
{
	struct in_device *idev = dev->ip_ptr;
	int rpf = in_dev_conf(idev, IPV4_DEVCONF_RP_FILTER, IN_DEV_MAX);

	if (!rpf && (dev->ifindex != oif || !in_dev_conf(idev, IPV4_DEVCONF_SEND_REDIRECTS, IN_DEV_OR))) {
		if (in_dev_conf(idev, IPV4_DEVCONF_ACCEPT_LOCAL, IN_DEV_OR))
			return 0;
		if (!ipv4_net(net)->custom_local_routes && !ipv4_net(net)->custom_rules) {
			if (inet_lookup_local(net, src))
				return -SKB_DROP_REASON_IP_LOCAL_SOURCE;
			return 0;
		}
	}
	return validate_source_full(net, src, dst, dev, oif, idev, rpf);
}

/* inet_addr_onlink: a, and b if given, on one of dev's subnets. */
static bool addr_onlink(const struct netdev *dev, uint32_t a, uint32_t b)
{
	for (const struct in_ifaddr *ifa = dev->ip_ptr ? dev->ip_ptr->ifa_list : NULL; ifa; ifa = ifa->next)
		if (!((a ^ ifa->address) & ifa->mask) && (!b || !((b ^ ifa->address) & ifa->mask)))
			return true;
	return false;
}

/* For `why`: which source check refused skb, the knobs it read, and what would let it in. */
static void trace_source_check(struct sk_buff *skb, struct netdev *dev, uint32_t saddr, int reason)
{
	struct in_device *idev = dev->ip_ptr;
	const struct ipv4_devconf *all = &dev->net->sysctl->v4_all;
	char src[16], state[TRACE_STATE], fix[TRACE_STATE], ns[TRACE_NAME + 20];
	const char *rule, *in;

	if (!skb || !trace_on(skb))
		return;
	in = trace_netns_exec(dev->net, ns, sizeof(ns));
	trace_fmt4(saddr, src);
	if (reason == SKB_DROP_REASON_IP_RPFILTER) {
		int rpf = in_dev_conf(idev, IPV4_DEVCONF_RP_FILTER, IN_DEV_MAX);

		rule = rpf == 1 ? "reverse-path filter, strict: the route back to the source must leave by the device the packet came in on"
				: "reverse-path filter, loose: there must be a route back to the source";
		snprintf(state, sizeof(state), "source %s; net.ipv4.conf.all.rp_filter=%d net.ipv4.conf.%s.rp_filter=%d",
			 src, all->data[IPV4_DEVCONF_RP_FILTER], dev->name, idev->cnf->data[IPV4_DEVCONF_RP_FILTER]);
		/* Loose: nothing routes back at all, so the reply could not go either: a route back fixes both. */
		if (rpf == 1)
			snprintf(fix, sizeof(fix), "%ssysctl -w net.ipv4.conf.all.rp_filter=0;%ssysctl -w net.ipv4.conf.%s.rp_filter=0",
				 in, in, dev->name);
		else
			snprintf(fix, sizeof(fix), "%sip route add %s dev %s", in, src, dev->name);
	} else {
		rule = "a packet that arrives with one of this host's own addresses as its source is a martian, unless accept_local is on";
		snprintf(state, sizeof(state), "source %s is local; net.ipv4.conf.all.accept_local=%d net.ipv4.conf.%s.accept_local=%d",
			 src, all->data[IPV4_DEVCONF_ACCEPT_LOCAL], dev->name, idev->cnf->data[IPV4_DEVCONF_ACCEPT_LOCAL]);
		snprintf(fix, sizeof(fix), "%ssysctl -w net.ipv4.conf.%s.accept_local=1", in, dev->name);
	}
	trace_decide(skb, "fib_validate_source", rule, state, fix);
}

/* ip_route_input_slow: local delivery, broadcast, forwarding, or why not. */
static int ip_route_input_slow(struct sk_buff *skb, uint32_t daddr, uint32_t saddr, struct netdev *dev,
			       struct rt_result *rt)
{
	struct netns *net = dev->net;
	struct in_device *idev = dev->ip_ptr;
	struct flow4 fl = { 0 };
	struct fib_result res;
	const struct fib_route *r;
	int err;

	*rt = (struct rt_result){ .daddr = daddr, .saddr = saddr, .dev = dev };
	if (!idev)
		return -SKB_DROP_REASON_NOT_SPECIFIED;
	if (ipv4_is_multicast(saddr) || ipv4_is_lbcast(saddr))
		return -SKB_DROP_REASON_IP_INVALID_SOURCE;
	if (ipv4_is_lbcast(daddr) || (saddr == 0 && daddr == 0)) {
		rt->type = RTN_BROADCAST;
		return 0;
	}
	if (ipv4_is_zeronet(saddr))
		return -SKB_DROP_REASON_IP_INVALID_SOURCE;
	if (ipv4_is_zeronet(daddr))
		return -SKB_DROP_REASON_IP_INVALID_DEST;
	/* 127/8 either way without route_localnet: IP_LOCALNET, as ip_route_input_slow says. */
	if (ipv4_is_loopback(daddr)) {
		if (!in_dev_conf(idev, IPV4_DEVCONF_ROUTE_LOCALNET, IN_DEV_OR))
			return -SKB_DROP_REASON_IP_LOCALNET;
	} else if (ipv4_is_loopback(saddr)) {
		if (!in_dev_conf(idev, IPV4_DEVCONF_ROUTE_LOCALNET, IN_DEV_OR))
			return -SKB_DROP_REASON_IP_LOCALNET;
	}
	fl.daddr = daddr;
	fl.saddr = saddr;
	fl.iif = dev->ifindex;
	err = fib_lookup_flow(net, &fl, &res);
	rt->table = res.table;
	if (err) {
		/* No route (or one whose type is an error): ip_error's business, with forwarding. */
		rt->type = lookup_error_type(err);
		rt->route = res.route;
		if (!in_dev_conf(idev, IPV4_DEVCONF_FORWARDING, IN_DEV_DEV))
			return -SKB_DROP_REASON_IP_INADDRERRORS;
		return rt->type == RTN_BLACKHOLE ? -SKB_DROP_REASON_BLACKHOLE : -SKB_DROP_REASON_IP_INNOROUTES;
	}
	r = res.route;
	rt->route = r;
	rt->type = r->type;
	if (r->type == RTN_BROADCAST)
		return 0;
	if (r->type == RTN_LOCAL) {
		err = validate_source(net, saddr, daddr, dev, 0);
		if (err < 0) {
			trace_source_check(skb, dev, saddr, -err);
			return err;
		}
		rt->local = true;
		return 0;
	}
	if (!in_dev_conf(idev, IPV4_DEVCONF_FORWARDING, IN_DEV_DEV))
		return -SKB_DROP_REASON_IP_INADDRERRORS;
	if (r->type != RTN_UNICAST)
		return -SKB_DROP_REASON_IP_INVALID_DEST;
	err = validate_source(net, saddr, daddr, dev, r->dev->ifindex);
	if (err < 0) {
		trace_source_check(skb, dev, saddr, -err);
		return err;
	}
	rt->dev = r->dev;
	rt->gw = fib_uses_gw(r) ? r->gw : 0;
	/* __mkroute_input: back out the way it came, from a neighbour on that link. */
	rt->redirect = r->dev == dev && err && in_dev_conf(idev, IPV4_DEVCONF_SEND_REDIRECTS, IN_DEV_OR) &&
		       (in_dev_conf(idev, IPV4_DEVCONF_SHARED_MEDIA, IN_DEV_OR) ||
			addr_onlink(dev, saddr, r->gw));
	rt->daddr = daddr;
	rt_set_mtu(net, rt);
	return 0;
}

/* A namespace's rt_fast, made zeroed (so invalid) at its first use. */
static struct rt_fast *rt_fast(struct netns *net)
{
	struct ipv4_net *in = ipv4_net(net);

	if (!in->rt_fast)
		in->rt_fast = vl_calloc(1, sizeof(*in->rt_fast));
	return in->rt_fast;
}

void rt_fast_free(struct ipv4_net *in)
{
	free(in->rt_fast);
	in->rt_fast = NULL;
}

/*
 * ip_route_input_noref through the namespace's last successful input route:
 * what the slow path answers depends on the addresses, the device, and what
 * rt_genid covers (routes, rules, addresses, devices' state, sysctls), so the
 * same answer comes back while those hold; a forwarded packet's path MTU is
 * read again, as a cached output route's is. A success traces nothing, so
 * `why` sees the same either way.
 */
int ip_route_input(struct sk_buff *skb, uint32_t daddr, uint32_t saddr, struct netdev *dev,
		   struct rt_result *rt)
{
	struct netns *net = dev->net;
	struct rt_fast *f;
	int err;

	if (!dev->ip_ptr)
		return ip_route_input_slow(skb, daddr, saddr, dev, rt);
	f = rt_fast(net);
	if (f->in_valid && f->in_genid == ipv4_net(net)->rt_genid && f->in_daddr == daddr &&
	    f->in_saddr == saddr && f->in_dev == dev) {
		*rt = f->in_rt;
		if (rt->type == RTN_UNICAST)
			rt_set_mtu(net, rt);
		return 0;
	}
	err = ip_route_input_slow(skb, daddr, saddr, dev, rt);
	f->in_valid = !err;
	if (!err) {
		f->in_genid = ipv4_net(net)->rt_genid;
		f->in_daddr = daddr;
		f->in_saddr = saddr;
		f->in_dev = dev;
		f->in_rt = *rt;
	}
	return err;
}

/* icmp_route_lookup for a reply: the namespace's one ICMP route, cached as a socket's is. */
int ip_route_output_icmp(struct netns *net, struct flow4 *fl, struct rt_result *rt)
{
	return ip_route_output_cached(net, &rt_fast(net)->icmp, fl, rt);
}

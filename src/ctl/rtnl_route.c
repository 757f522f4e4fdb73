/* rtnl_route.c: route and rule requests, validated as rtnetlink does. */
#include "rtnl_route.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "../core/world.h"
#include "../core/alloc.h"
#include "../core/netns.h"
#include "../core/dropreason.h"
#include "../net/fib_rules.h"
#include "../net/fnhe.h"
#include "../net/ipv4.h"
#include "../net/addrconf.h"
#include "../net/ipv6.h"

static void fill_route(const struct fib_route *f, struct rtnl_route *r)
{
	*r = (struct rtnl_route){
		.dst = f->dst, .plen = f->plen, .type = f->type, .table = f->table, .proto = f->proto,
		.scope = f->scope, .gw = f->gw, .prefsrc = f->prefsrc,
		.ifindex = f->dev ? f->dev->ifindex : 0, .priority = f->priority,
		/* RTNH_F_LINKDOWN: set on nexthops of link scope when the carrier goes. */
		.linkdown = f->dev && !f->dev->carrier && f->scope != RT_SCOPE_HOST &&
			    !(f->dev->flags & IFF_LOOPBACK),
		.onlink = (f->nh_flags & RTNH_F_ONLINK) != 0,
	};
}

/* A table as the trie walk gives it. */
static int dump_table(const struct fib_table *t, rtnl_route_cb cb, void *arg)
{
	const struct fib_route **v;
	unsigned int n = fib_table_dump_routes(t, &v);
	int err = 0;

	for (unsigned int i = 0; i < n && !err; i++) {
		struct rtnl_route r;

		fill_route(v[i], &r);
		err = cb(&r, arg);
	}
	free(v);
	return err;
}

int rtnl_route_dump(struct netns *net, uint32_t table, rtnl_route_cb cb, void *arg)
{
	struct fib_table **v, *t;
	unsigned int n;
	int err = 0;

	if (table) {
		t = fib_get_table(net, table);
		return t ? dump_table(t, cb, arg) : -ENOENT;
	}
	n = fib_tables_dump_order(net, &v);
	for (unsigned int i = 0; i < n && !err; i++)
		err = dump_table(v[i], cb, arg);
	free(v);
	return err;
}

static void to_fib(struct netns *net, const struct rtnl_route *r, struct fib_route *f)
{
	*f = (struct fib_route){
		.dst = r->dst, .plen = (uint8_t)r->plen, .type = r->type, .scope = r->scope,
		.proto = r->proto, .table = r->table ? r->table : RT_TABLE_MAIN, .priority = r->priority,
		.gw = r->gw, .prefsrc = r->prefsrc, .nh_flags = r->onlink ? RTNH_F_ONLINK : 0,
		.dev = r->ifindex ? netdev_get_by_index(net, r->ifindex) : NULL,
	};
}

/* fib_valid_key_len. */
static bool valid_key(uint32_t dst, int plen, const char **extack)
{
	if (plen < 32 && (dst & ~inet_make_mask(plen))) {
		*extack = "Invalid prefix for given prefix length";
		return false;
	}
	return true;
}

/* fib_props[type].scope: the widest scope a route of the type may have. */
static uint8_t type_scope(uint8_t type)
{
	switch (type) {
	case RTN_LOCAL:
		return RT_SCOPE_HOST;
	case RTN_BROADCAST:
	case RTN_ANYCAST:
		return RT_SCOPE_LINK;
	case RTN_NAT:
	case RTN_NAT + 1:	/* RTN_XRESOLVE */
		return RT_SCOPE_NOWHERE;
	default:
		return RT_SCOPE_UNIVERSE;
	}
}

/* fib_props[type].error != 0: routes that answer with an error and have no next hop. */
static bool type_is_reject(uint8_t type)
{
	return type == RTN_BLACKHOLE || type == RTN_UNREACHABLE || type == RTN_PROHIBIT || type == RTN_THROW ||
	       type == RTN_NAT || type == RTN_NAT + 1;
}

/* __inet_dev_addr_type: what addr is in table tb_id (unicast if nothing there); dev narrows it. */
static uint8_t addr_type_table(struct netns *net, uint32_t addr, uint32_t tb_id, const struct netdev *dev)
{
	struct flow4 fl = { .daddr = addr };
	struct fib_result res;
	struct fib_table *t;

	if (ipv4_is_zeronet(addr) || ipv4_is_lbcast(addr))
		return RTN_BROADCAST;
	if (ipv4_is_multicast(addr))
		return RTN_MULTICAST;
	t = fib_get_table(net, tb_id);
	if (!t)
		return RTN_BROADCAST;
	if (fib_table_lookup(t, &fl, &res) == 0 && (!dev || dev == res.route->dev))
		return res.type;
	return RTN_UNICAST;
}

/* fib_check_nh_v4_gw with RTNH_F_ONLINK: the gateway is taken on the device's word. */
static int check_gw_onlink(struct netns *net, struct fib_route *f, const char **extack)
{
	if (f->scope >= RT_SCOPE_LINK) {
		*extack = "Nexthop has invalid scope";
		return -EINVAL;
	}
	if (!f->dev) {
		*extack = "Nexthop device required for onlink";
		return -ENODEV;
	}
	if (!(f->dev->flags & IFF_UP)) {
		*extack = "Nexthop device is not up";
		return -ENETDOWN;
	}
	if (addr_type_table(net, f->gw, RT_TABLE_LOCAL, f->dev) != RTN_UNICAST) {
		*extack = "Nexthop has invalid gateway";
		return -EINVAL;
	}
	return 0;
}

/*
 * fib_check_nh_v4_gw: the gateway must be reachable through a route of a
 * narrower scope than the new one (at least link): in the route's own table
 * first, then by a full lookup. The route takes that route's device.
 */
static int check_gw(struct netns *net, struct fib_route *f, const char **extack)
{
	struct flow4 fl = { .daddr = f->gw, .oif = f->dev ? f->dev->ifindex : 0,
			    .iif = net->loopback_dev->ifindex,
			    .scope = f->scope + 1 < RT_SCOPE_LINK ? RT_SCOPE_LINK : (uint8_t)(f->scope + 1) };
	struct fib_table *t = NULL;
	struct fib_result res;
	int err = 0;

	if (f->nh_flags & RTNH_F_ONLINK)
		return check_gw_onlink(net, f, extack);
	if (f->table != RT_TABLE_MAIN)
		t = fib_get_table(net, f->table);
	if (t)
		err = fib_table_lookup(t, &fl, &res);
	if (!t || err)
		err = fib_lookup_flow(net, &fl, &res);
	if (err || (res.type != RTN_UNICAST && res.type != RTN_LOCAL)) {
		*extack = "Nexthop has invalid gateway";
		return -EINVAL;
	}
	f->dev = res.route->dev;
	/* fib_nh_scope: a gateway that is one of our own addresses is never used as one. */
	f->nh_scope = res.route->scope == RT_SCOPE_HOST ? RT_SCOPE_HOST : RT_SCOPE_LINK;
	if (!f->dev) {
		*extack = "No egress device for nexthop gateway";
		return -EINVAL;
	}
	return (f->dev->flags & IFF_UP) ? 0 : -ENETDOWN;
}

/* fib_check_nh_nongw: the device must be up. */
static int check_dev(struct fib_route *f, const char **extack)
{
	if (f->nh_flags & RTNH_F_ONLINK) {
		*extack = "Invalid flags for nexthop - PERVASIVE and ONLINK can not be set";
		return -EINVAL;
	}
	if (!f->dev || !f->dev->ip_ptr)
		return -ENODEV;
	if (!(f->dev->flags & IFF_UP)) {
		*extack = "Device for nexthop is not up";
		return -ENETDOWN;
	}
	return 0;
}

/* fib_valid_prefsrc: the preferred source must be a local address (of the table, or of local). */
static bool valid_prefsrc(struct netns *net, const struct fib_route *f)
{
	uint32_t tb_id = f->table == RT_TABLE_MAIN ? RT_TABLE_LOCAL : f->table;
	uint8_t rc;

	if (f->type == RTN_LOCAL && f->dst && f->prefsrc == f->dst)
		return true;
	rc = addr_type_table(net, f->prefsrc, tb_id, NULL);
	if (rc != RTN_LOCAL && tb_id != RT_TABLE_LOCAL)
		rc = addr_type_table(net, f->prefsrc, RT_TABLE_LOCAL, NULL);
	return rc == RTN_LOCAL;
}

/* fib_create_info's checks, in its order. */
static int create_info(struct netns *net, struct fib_route *f, const char **extack)
{
	int err;

	if (type_scope(f->type) > f->scope) {
		*extack = "Invalid scope";
		return -EINVAL;
	}
	if (type_is_reject(f->type)) {
		if (f->gw || f->dev) {
			*extack = "Gateway, device and multipath can not be specified for this route type";
			return -EINVAL;
		}
		return 0;
	}
	if (f->type != RTN_UNICAST && f->type != RTN_LOCAL && f->type != RTN_BROADCAST &&
	    f->type != RTN_ANYCAST && f->type != RTN_MULTICAST) {
		*extack = "Invalid route type";
		return -EINVAL;
	}
	if (f->scope > RT_SCOPE_HOST) {
		*extack = "Invalid scope";
		return -EINVAL;
	}
	if (f->scope == RT_SCOPE_HOST) {
		if (f->gw) {
			*extack = "Route with host scope can not have a gateway";
			return -EINVAL;
		}
		if (!f->dev)
			return -ENODEV;
	} else {
		err = f->gw ? check_gw(net, f, extack) : check_dev(f, extack);
		if (err)
			return err;
	}
	if (f->prefsrc && !valid_prefsrc(net, f)) {
		*extack = "Invalid prefsrc address";
		return -EINVAL;
	}
	return 0;
}

/* inet_rtm_newroute: the table exists from here on, whatever becomes of the route. */
int rtnl_route_add(struct netns *net, const struct rtnl_route *r, unsigned int nlflags, const char **extack)
{
	struct fib_route f;
	int err;

	to_fib(net, r, &f);
	if (f.type > RTN_NAT + 1) {	/* rtm_to_fib_config: beyond RTN_MAX */
		*extack = "Invalid route type";
		return -EINVAL;
	}
	(void)fib_new_table(net, f.table);
	if (!valid_key(f.dst, f.plen, extack))
		return -EINVAL;
	err = create_info(net, &f, extack);
	if (err)
		return err;
	err = fib_route_add(net, &f, nlflags, extack);
	if (!err && f.type == RTN_LOCAL)
		ipv4_net(net)->custom_local_routes = true;
	return err;
}

int rtnl_route_del(struct netns *net, const struct rtnl_route *r, const char **extack)
{
	struct fib_route f;

	to_fib(net, r, &f);
	if (!fib_get_table(net, f.table)) {
		*extack = "FIB table does not exist";
		return -ESRCH;
	}
	if (!valid_key(f.dst, f.plen, extack))
		return -EINVAL;
	return fib_route_del(net, &f, extack);
}

/* What ip_error would answer for a packet the input path refuses (dst.error), or -EINVAL for a martian. */
static int input_error(int reason, const struct rt_result *rt)
{
	switch (reason) {
	case SKB_DROP_REASON_IP_INADDRERRORS:
		return -EHOSTUNREACH;
	case SKB_DROP_REASON_BLACKHOLE:
		return -EINVAL;
	case SKB_DROP_REASON_IP_INNOROUTES:
		if (rt->type == RTN_UNREACHABLE)
			return -EHOSTUNREACH;
		return rt->type == RTN_PROHIBIT ? -EACCES : -ENETUNREACH;
	default:
		return -EINVAL;
	}
}

/* inet_rtm_getroute through ip_route_input_rcu: what a packet arriving on iif would meet. */
static int route_get_input(struct netns *net, const struct rtnl_route_req *req, struct rtnl_route_get *out,
			   struct rt_result *rt)
{
	struct netdev *dev = netdev_get_by_index(net, req->iif);
	int reason;

	if (!dev)
		return -ENODEV;
	reason = ip_route_input(NULL, req->dst, req->src, dev, rt);
	if (reason < 0)
		return input_error(-reason, rt);
	out->type = rt->type == RTN_BROADCAST ? RTN_BROADCAST : rt->local ? RTN_LOCAL : RTN_UNICAST;
	if (rt->local || rt->type == RTN_BROADCAST) {
		out->flags = RTCF_LOCAL | (rt->type == RTN_BROADCAST ? RTCF_BROADCAST : 0);
		out->ifindex = net->loopback_dev->ifindex;
		return 0;
	}
	out->ifindex = rt->dev->ifindex;
	out->gw = rt->gw;
	if (rt->redirect)
		out->flags |= RTCF_DOREDIRECT;
	return 0;
}

static int route_get_output(struct netns *net, const struct rtnl_route_req *req, struct rtnl_route_get *out,
			    struct rt_result *rt)
{
	struct flow4 fl = { .daddr = req->dst, .saddr = req->src, .oif = req->oif, .mark = req->mark,
			    .scope = req->scope };
	int err = ip_route_output(net, &fl, rt);

	if (err)
		return err;
	out->type = rt->type;
	out->prefsrc = rt->saddr;
	out->gw = rt->gw;
	out->ifindex = rt->dev->ifindex;
	/* __mkroute_output: a broadcast is also local, and so is whatever leaves through lo. */
	if (rt->type == RTN_BROADCAST)
		out->flags = RTCF_LOCAL | RTCF_BROADCAST;
	else if (rt->local || (rt->dev->flags & IFF_LOOPBACK))
		out->flags = RTCF_LOCAL;
	return 0;
}

int rtnl_route_get(struct netns *net, const struct rtnl_route_req *req, struct rtnl_route_get *out)
{
	struct rt_result rt;
	int err;

	/* The uid is the caller's (root) on the output path, and only a given one on the input path. */
	*out = (struct rtnl_route_get){ .dst = req->dst, .src = req->src,
					.has_uid = req->has_uid || !req->iif, .uid = req->uid };
	err = req->iif ? route_get_input(net, req, out, &rt) : route_get_output(net, req, out, &rt);
	if (err)
		return err;
	out->table = rt.table;
	if (rt.pmtu) {
		out->pmtu = rt.pmtu;
		out->pmtu_lock = rt.pmtu_lock;
		out->expires = rt.expires - net->world->clock.now;
	}
	if (req->fibmatch) {
		/* Only a route of the FIB answers: without one, "No route to host". */
		if (!rt.route)
			return -EHOSTUNREACH;
		fill_route(rt.route, &out->fib);
		out->fib.table = rt.table;
		out->fib.type = out->type;
	}
	return 0;
}

int rtnl_route_cache_dump(struct netns *net, rtnl_route_cache_cb cb, void *arg)
{
	struct fnhe_info v[256];
	unsigned int n = fnhe_dump(net, v, 256);
	int err = 0;

	for (unsigned int i = 0; i < n && !err; i++) {
		struct rtnl_route_cache c = { .dst = v[i].daddr, .gw = v[i].gw, .table = v[i].table,
					      .pmtu = v[i].pmtu, .ifindex = v[i].ifindex, .lock = v[i].lock,
					      .expires = v[i].expires ? v[i].expires - net->world->clock.now : 0 };

		err = cb(&c, arg);
	}
	return err;
}

void rtnl_route_flush_cache(struct netns *net)
{
	fnhe_flush(ipv4_net(net));
}

static void rule_to_cfg(const struct rtnl_rule *r, struct fib_rule_cfg *cfg)
{
	*cfg = (struct fib_rule_cfg){
		.action = r->action, .flags = r->flags, .proto = r->proto, .table = r->table,
		.has_pref = r->has_pref, .pref = r->pref, .src_len = r->src_len, .dst_len = r->dst_len,
		.src = r->src, .dst = r->dst, .iifname = r->iifname[0] ? r->iifname : NULL,
		.oifname = r->oifname[0] ? r->oifname : NULL, .has_mark = r->has_mark, .has_mask = r->has_mask,
		.mark = r->mark, .mask = r->mask, .has_goto = r->has_goto, .target = r->target,
		.suppress_prefixlen = r->suppress_prefixlen,
	};
}

int rtnl_rule_add(struct netns *net, const struct rtnl_rule *r, const char **extack)
{
	struct fib_rule_cfg cfg;

	if (r->family != 4)
		return -EAFNOSUPPORT;
	rule_to_cfg(r, &cfg);
	return fib_nl_newrule(net, &cfg, true, extack);
}

int rtnl_rule_del(struct netns *net, const struct rtnl_rule *r, const char **extack)
{
	struct fib_rule_cfg cfg;

	if (r->family != 4)
		return -EAFNOSUPPORT;
	rule_to_cfg(r, &cfg);
	return fib_nl_delrule(net, &cfg, extack);
}

/* fib_nl_fill_rule: attributes only for what is set, and the flags the state implies. */
static void fill_rule(const struct fib_rule *f, struct rtnl_rule *r)
{
	*r = (struct rtnl_rule){
		.family = 4, .has_pref = f->pref != 0, .pref = f->pref, .table = f->table, .action = f->action,
		.flags = f->flags, .proto = f->proto, .src_len = f->src_len, .dst_len = f->dst_len,
		.src = f->src, .dst = f->dst, .has_mark = f->mark != 0, .has_mask = f->mark || f->mark_mask,
		.mark = f->mark, .mask = f->mark_mask, .has_goto = f->target != 0, .target = f->target,
		.suppress_prefixlen = f->suppress_prefixlen,
	};
	memcpy(r->iifname, f->iifname, sizeof(r->iifname));
	memcpy(r->oifname, f->oifname, sizeof(r->oifname));
	if (f->action == FR_ACT_GOTO && !f->ctarget)
		r->flags |= FIB_RULE_UNRESOLVED;
	if (f->iifname[0] && f->iifindex == -1)
		r->flags |= FIB_RULE_IIF_DETACHED;
	if (f->oifname[0] && f->oifindex == -1)
		r->flags |= FIB_RULE_OIF_DETACHED;
}

/* fib6_rules_net_init's two rules: vethlab has no IPv6 policy routing, so they never change. */
static int dump_rules6(rtnl_rule_cb cb, void *arg)
{
	static const struct rtnl_rule defaults[] = {
		{ .family = 6, .table = RT_TABLE_LOCAL, .action = FR_ACT_TO_TBL, .proto = RTPROT_KERNEL,
		  .suppress_prefixlen = -1 },
		{ .family = 6, .has_pref = true, .pref = 0x7FFE, .table = RT_TABLE_MAIN, .action = FR_ACT_TO_TBL,
		  .proto = RTPROT_KERNEL, .suppress_prefixlen = -1 },
	};
	int err = 0;

	for (size_t i = 0; i < sizeof(defaults) / sizeof(defaults[0]) && !err; i++)
		err = cb(&defaults[i], arg);
	return err;
}

int rtnl_rule_dump(struct netns *net, int family, rtnl_rule_cb cb, void *arg)
{
	struct vl_list *pos, *tmp;
	int err = 0;

	if (family == 6)
		return dump_rules6(cb, arg);
	/* The callback must not change the rules: ip rule flush collects them first. */
	vl_list_for_each_safe(pos, tmp, fib4_rules_list(ipv4_net(net))) {
		struct rtnl_rule r;

		fill_rule(vl_list_entry(pos, struct fib_rule, node), &r);
		err = cb(&r, arg);
		if (err)
			break;
	}
	return err;
}

/* A route of the FIB as a dump shows it (rt6_fill_node without a copy). */
static void fill_route6(const struct rt6_route *f, struct rtnl_route6 *r)
{
	*r = (struct rtnl_route6){
		.plen = f->plen, .type = f->type, .table = f->table, .proto = f->proto, .pref = f->pref,
		.metric = f->metric, .has_gw = f->has_gw, .has_prefsrc = f->has_prefsrc,
		.ifindex = f->dev->ifindex, .onlink = f->onlink,
		/* RTNH_F_LINKDOWN: set on other than local next hops while the carrier is gone. */
		.linkdown = !f->dev->carrier && f->type != RTN_LOCAL && f->type != RTN_ANYCAST &&
			    !(f->flags & RTF_REJECT),
	};
	memcpy(r->dst, f->dst, 16);
	memcpy(r->gw, f->gw, 16);
	memcpy(r->prefsrc, f->prefsrc, 16);
}

/* A table as the fib6 walk gives it. */
static int dump_table6(const struct rt6_table *t, rtnl_route6_cb cb, void *arg)
{
	struct rt6_route **v;
	unsigned int n = rt6_table_dump_routes(t, &v);
	int err = 0;

	for (unsigned int i = 0; i < n && !err; i++) {
		struct rtnl_route6 r;

		fill_route6(v[i], &r);
		err = cb(&r, arg);
	}
	free(v);
	return err;
}

int rtnl_route6_dump(struct netns *net, uint32_t table, rtnl_route6_cb cb, void *arg)
{
	struct rt6_table **v, *t;
	unsigned int n;
	int err = 0;

	if (table) {
		t = rt6_get_table(net, table);
		return t ? dump_table6(t, cb, arg) : -ENOENT;
	}
	n = rt6_tables_dump_order(net, &v);
	for (unsigned int i = 0; i < n && !err; i++)
		err = dump_table6(v[i], cb, arg);
	free(v);
	return err;
}

/* The four types whose routes answer with an error (rtm_to_fib6_config gives them RTF_REJECT). */
static bool reject_type6(uint8_t type)
{
	return type == RTN_UNREACHABLE || type == RTN_BLACKHOLE || type == RTN_PROHIBIT || type == RTN_THROW;
}

/* fib6_lookup with the default rules: local, then main. */
static struct rt6_route *lookup_gw_any(struct netns *net, const uint8_t *gw, int oif, int strict)
{
	struct rt6_route *res = rt6_table_lookup(net, &net->ipv6->local, gw, oif, strict);

	return res ? res : rt6_table_lookup(net, &net->ipv6->main, gw, oif, strict);
}

/* A route that cannot lead to an on-link gateway: none, a reject route, or one through a router. */
static bool gw_route_unusable(const struct rt6_route *res)
{
	return !res || (res->flags & RTF_REJECT) || res->has_gw;
}

/*
 * ip6_route_check_nh: the gateway must be on link through a route of the
 * route's own table, else of any table; the route takes its device, or the
 * device given must be the one.
 */
static int check_nh6(struct netns *net, struct rt6_route *f)
{
	int oif = f->dev ? f->dev->ifindex : 0;
	struct rt6_table *t = rt6_get_table(net, f->table);
	struct rt6_route *res = t ? rt6_table_lookup(net, t, f->gw, oif, RT6_LOOKUP_F_IFACE) : NULL;

	if (gw_route_unusable(res) || (f->dev && f->dev != res->dev)) {
		res = lookup_gw_any(net, f->gw, oif, RT6_LOOKUP_F_IFACE);
		if (gw_route_unusable(res))
			return -EHOSTUNREACH;
	}
	if (f->dev)
		return f->dev != res->dev ? -EHOSTUNREACH : 0;
	f->dev = res->dev;
	return 0;
}

/* ip6_route_check_nh_onlink: taken on the device's word, unless main routes it elsewhere. */
static int check_nh6_onlink(struct netns *net, const struct rt6_route *f, const char **extack)
{
	struct rt6_route *res = rt6_table_lookup(net, &net->ipv6->main, f->gw, f->dev->ifindex, 0);

	if (res && !(res->flags & RTF_REJECT) && !ipv6_addr_any(res->dst) &&
	    (res->type != RTN_UNICAST || f->dev != res->dev)) {
		*extack = "Nexthop has invalid gateway or device mismatch";
		return -EINVAL;
	}
	return 0;
}

static bool gw_is_local(struct netns *net, const struct rt6_route *f, bool skip_dev)
{
	return ipv6_chk_addr_flags(net, f->gw, f->dev, skip_dev, false, 0);
}

/* ip6_validate_gw: a link-local gateway needs its device; any other is looked up. */
static int validate_gw6(struct netns *net, struct rt6_route *f, const char **extack)
{
	bool ll = ipv6_addr_linklocal(f->gw), need_addr_check = !f->dev;
	int err;

	if (f->dev && gw_is_local(net, f, !ll)) {
		*extack = "Gateway can not be a local address";
		return -EINVAL;
	}
	if (!ll) {
		if (ipv6_addr_any(f->gw) || ipv6_addr_multicast(f->gw)) {
			*extack = "Invalid gateway address";
			return -EINVAL;
		}
		err = f->onlink ? check_nh6_onlink(net, f, extack) : check_nh6(net, f);
		if (err)
			return err;
	}
	if (!f->dev) {
		*extack = "Egress device not specified";
		return -EINVAL;
	}
	if (f->dev->flags & IFF_LOOPBACK) {
		*extack = "Egress device can not be loopback device for this route";
		return -EINVAL;
	}
	if (need_addr_check && gw_is_local(net, f, !ll)) {
		*extack = "Gateway can not be a local address";
		return -EINVAL;
	}
	return 0;
}

/* fib6_is_reject for lo: a true route through lo would loop, so it becomes a reject route. */
static bool loopback_reject(const struct rt6_route *f)
{
	static const uint8_t loopback[16] = { [15] = 1 };

	return f->dev && (f->dev->flags & IFF_LOOPBACK) && !f->has_gw && memcmp(f->dst, loopback, 16) &&
	       f->type != RTN_LOCAL && f->type != RTN_ANYCAST;
}

/* fib6_nh_init, in the order 6.18 checks (reject routes take lo and nothing is asked of them). */
static int nh_init6(struct netns *net, struct rt6_route *f, int ifindex, const char **extack)
{
	int err;

	f->dev = ifindex ? netdev_get_by_index(net, ifindex) : NULL;
	if (ifindex && (!f->dev || !f->dev->ip6_ptr))
		return -ENODEV;
	if (f->onlink && !f->dev) {
		*extack = "Nexthop device required for onlink";
		return -ENODEV;
	}
	if (f->onlink && !(f->dev->flags & IFF_UP)) {
		*extack = "Nexthop device is not up";
		return -ENETDOWN;
	}
	if (reject_type6(f->type) || loopback_reject(f)) {
		f->dev = net->loopback_dev;
		f->flags = RTF_REJECT | RTF_NONEXTHOP;
		f->has_gw = false;
		return 0;
	}
	if (f->has_gw) {
		err = validate_gw6(net, f, extack);
		if (err)
			return err;
	}
	if (!f->dev || !f->dev->ip6_ptr)
		return -ENODEV;
	if (f->dev->ip6_ptr->cnf->data[IPV6_DEVCONF_DISABLE_IPV6]) {
		*extack = "IPv6 is disabled on nexthop device";
		return -EACCES;
	}
	if (!(f->dev->flags & IFF_UP)) {
		*extack = "Nexthop device is not up";
		return -ENETDOWN;
	}
	return 0;
}

static void to_fib6(const struct rtnl_route6 *r, struct rt6_route *f)
{
	*f = (struct rt6_route){
		.plen = (uint8_t)r->plen, .type = r->type ? r->type : RTN_UNICAST,
		.proto = r->proto ? r->proto : RTPROT_BOOT, .pref = r->pref,
		.table = r->table ? r->table : RT_TABLE_MAIN, .metric = r->metric ? r->metric : 1024,
		.has_gw = r->has_gw, .has_prefsrc = r->has_prefsrc, .onlink = r->onlink,
	};
	ipv6_addr_prefix(f->dst, r->dst, r->plen);
	memcpy(f->gw, r->gw, 16);
	memcpy(f->prefsrc, r->prefsrc, 16);
}

/* inet6_rtm_newroute and ip6_route_info_create: the table exists from here on, whatever the outcome. */
int rtnl_route6_add(struct netns *net, const struct rtnl_route6 *r, unsigned int nlflags, const char **extack)
{
	struct rt6_route f;
	int err;

	if (!net->ipv6)
		return -EAFNOSUPPORT;
	to_fib6(r, &f);
	if (f.type > RTN_NAT + 1) {	/* beyond RTN_MAX */
		*extack = "Invalid route type";
		return -EINVAL;
	}
	(void)rt6_new_table(net, f.table);
	err = nh_init6(net, &f, r->ifindex, extack);
	if (err)
		return err;
	if (f.has_prefsrc && !ipv6_chk_addr_flags(net, f.prefsrc, f.dev, false, false, IFA6_F_TENTATIVE)) {
		*extack = "Invalid source address";
		return -EINVAL;
	}
	return rt6_insert(net, &f, nlflags, extack);
}

int rtnl_route6_del(struct netns *net, const struct rtnl_route6 *r, const char **extack)
{
	struct rt6_route m = { .plen = (uint8_t)r->plen, .proto = r->proto, .metric = r->metric,
			       .has_gw = r->has_gw, .table = r->table ? r->table : RT_TABLE_MAIN };

	if (!rt6_get_table(net, m.table)) {
		*extack = "FIB table does not exist";
		return -ESRCH;
	}
	ipv6_addr_prefix(m.dst, r->dst, r->plen);
	memcpy(m.gw, r->gw, 16);
	m.dev = r->ifindex ? netdev_get_by_index(net, r->ifindex) : NULL;
	if (r->ifindex && !m.dev)
		return -ENODEV;
	return rt6_remove(net, &m);
}

/* inet6_rtm_getroute: the error of the route found, or what rt6_fill_node shows of its copy. */
int rtnl_route6_get(struct netns *net, const struct rtnl_route6_req *req, struct rtnl_route6_get *out)
{
	struct rt6_route *r;
	struct netdev *dev;
	int err;

	memset(out, 0, sizeof(*out));
	if (!net->ipv6)
		return -ENETUNREACH;
	if (req->iif) {
		dev = netdev_get_by_index(net, req->iif);
		if (!dev)
			return -ENODEV;
		r = ip6_route_input(dev, req->dst);
	} else {
		struct flow6 fl = { .oif = req->oif };

		memcpy(fl.daddr, req->dst, 16);
		memcpy(fl.saddr, req->src, 16);
		r = ip6_route_output_lookup(net, &fl);
	}
	err = rt6_route_error(r);
	if (err)
		return err == -EAGAIN ? -ENETUNREACH : err;
	fill_route6(r, &out->fib);
	out->oif = (r->type == RTN_LOCAL || r->type == RTN_ANYCAST) ? net->loopback_dev->ifindex : r->dev->ifindex;
	if (!req->iif) {
		/* The RTF_CACHE copy, when one was learnt: its path MTU and time left. */
		const struct fib_nh_exception *e =
			fnhe_get(&net->ipv6->rt6_exc, r, req->dst, net->world->clock.now);

		if (e) {
			out->pmtu = e->pmtu;
			out->expires = e->expires - net->world->clock.now;
		}
	}
	if (!req->iif)
		out->has_prefsrc = rt6_route_saddr(r, req->dst, out->prefsrc) == 0;
	return 0;
}

int rtnl_route6_cache_dump(struct netns *net, rtnl_route6_cache_cb cb, void *arg)
{
	struct fib_nh_exception *e;
	struct vl_hnode *n;
	uint32_t b;
	int err = 0;

	if (!net->ipv6)
		return 0;
	fnhe_for_each(e, &net->ipv6->rt6_exc, b, n) {
		struct rtnl_route6_cache c = { .pmtu = e->pmtu };

		if (e->expires <= net->world->clock.now)
			continue;
		c.expires = e->expires - net->world->clock.now;
		fill_route6(e->route, &c.r);
		memcpy(c.r.dst, e->daddr, 16);
		c.r.plen = 128;
		err = cb(&c, arg);
		if (err)
			break;
	}
	return err;
}

int rtnl_route6_cache_del(struct netns *net, const struct rtnl_route6 *r)
{
	struct fib_nh_exception *e;
	struct vl_hnode *n;
	uint32_t b;

	if (!net->ipv6)
		return -ESRCH;
	fnhe_for_each(e, &net->ipv6->rt6_exc, b, n) {
		const struct rt6_route *p = e->route;

		if (!memcmp(e->daddr, r->dst, 16) && p->dev && p->dev->ifindex == r->ifindex) {
			fnhe_del(&net->ipv6->rt6_exc, e);
			return 0;
		}
	}
	return -ESRCH;
}

int rtnl_route6_output(struct netns *net, const uint8_t *dst, const uint8_t *src, int oif,
		       struct rtnl_route6_output *out)
{
	struct flow6 fl = { .oif = oif };
	struct rt6_result rt;
	int err;

	memset(out, 0, sizeof(*out));
	if (!net->ipv6)
		return -ENETUNREACH;
	memcpy(fl.daddr, dst, 16);
	memcpy(fl.saddr, src, 16);
	err = ip6_route_output(net, &fl, &rt);
	if (err)
		return err;
	memcpy(out->saddr, rt.saddr, 16);
	out->ifindex = rt.dev->ifindex;
	out->mtu = rt.dev->mtu;
	return 0;
}

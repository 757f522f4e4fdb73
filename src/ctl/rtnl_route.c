/* rtnl_route.c: route and neighbour requests, validated as rtnetlink does. */
#include "rtnl_route.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "../core/alloc.h"
#include "../core/netns.h"
#include "../net/ipv4.h"
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
	};
}

static int cmp_route(const void *a, const void *b)
{
	const struct fib_route *x = *(const struct fib_route *const *)a;
	const struct fib_route *y = *(const struct fib_route *const *)b;

	if (x->dst != y->dst)
		return x->dst < y->dst ? -1 : 1;
	if (x->plen != y->plen)
		return x->plen > y->plen ? -1 : 1;
	if (x->tos != y->tos)
		return x->tos < y->tos ? -1 : 1;
	return x->priority < y->priority ? -1 : x->priority > y->priority;
}

/* A dump walks the trie in key order: sort a snapshot of the table. */
static int dump_table(struct fib_table *t, rtnl_route_cb cb, void *arg)
{
	struct fib_route **v = vl_calloc(t->count, sizeof(*v));
	struct vl_list *pos;
	unsigned int n = 0;
	int err = 0;

	vl_list_for_each(pos, &t->routes)
		v[n++] = vl_list_entry(pos, struct fib_route, all);
	qsort(v, n, sizeof(*v), cmp_route);
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
	struct ipv4_net *in = ipv4_net(net);
	int err;

	if (table == RT_TABLE_MAIN || table == 0) {
		err = dump_table(&in->main, cb, arg);
		if (err || table)
			return err;
	}
	if (table == RT_TABLE_LOCAL || table == 0)
		return dump_table(&in->local, cb, arg);
	return 0;
}

static void to_fib(struct netns *net, const struct rtnl_route *r, struct fib_route *f)
{
	*f = (struct fib_route){
		.dst = r->dst, .plen = (uint8_t)r->plen, .type = r->type, .scope = r->scope,
		.proto = r->proto, .table = (uint8_t)r->table, .priority = r->priority, .gw = r->gw,
		.prefsrc = r->prefsrc, .dev = r->ifindex ? netdev_get_by_index(net, r->ifindex) : NULL,
	};
}

int rtnl_route_add(struct netns *net, const struct rtnl_route *r, bool replace, bool excl,
		   const char **extack)
{
	struct fib_route f;

	to_fib(net, r, &f);
	if (!fib_get_table(net, f.table))
		return -EOPNOTSUPP;
	if (f.type == RTN_UNICAST || f.type == RTN_LOCAL || f.type == RTN_BROADCAST) {
		if (f.gw) {
			/* fib_check_nh: the gateway must be reachable on link. */
			struct fib_route *via;

			if (fib_lookup(net, f.gw, f.dev ? f.dev->ifindex : 0, &via) ||
			    via->type != RTN_UNICAST || via->gw) {
				*extack = "Nexthop has invalid gateway";
				return -EINVAL;
			}
			if (!f.dev)
				f.dev = via->dev;
		}
		if (!f.dev) {
			*extack = "Device for nexthop is not up";
			return -ENODEV;
		}
		if (!(f.dev->flags & IFF_UP)) {
			*extack = "Device for nexthop is not up";
			return -ENETDOWN;
		}
	}
	return fib_route_add(net, &f, replace ? FIB_ADD_REPLACE : excl ? FIB_ADD_EXCL : FIB_ADD_APPEND,
			     extack);
}

int rtnl_route_del(struct netns *net, const struct rtnl_route *r, const char **extack)
{
	struct fib_route f;

	to_fib(net, r, &f);
	return fib_route_del(net, &f, extack);
}

int rtnl_route_get(struct netns *net, uint32_t dst, uint32_t src, int oif,
		   struct rtnl_route_get *out)
{
	struct flow4 fl = { .daddr = dst, .saddr = src, .oif = oif };
	struct rt_result rt;
	int err = ip_route_output(net, &fl, &rt);

	if (err)
		return err;
	*out = (struct rtnl_route_get){
		.type = rt.type, .dst = dst, .src = src, .prefsrc = rt.saddr, .gw = rt.gw,
		.ifindex = rt.dev->ifindex, .local = rt.local,
	};
	return 0;
}

int rtnl_route_get_input(struct netns *net, uint32_t dst, uint32_t src, int iif,
			 struct rtnl_route_get *out)
{
	struct netdev *dev = netdev_get_by_index(net, iif);
	struct rt_result rt;
	int err;

	if (!dev)
		return -ENODEV;
	err = ip_route_input(NULL, dst, src, dev, &rt);
	if (err)
		return rt.type == RTN_BROADCAST ? 0 : -EHOSTUNREACH;
	*out = (struct rtnl_route_get){
		.type = rt.type, .dst = dst, .src = src, .gw = rt.gw,
		.ifindex = rt.local ? net->loopback_dev->ifindex : (rt.dev ? rt.dev->ifindex : iif),
		.local = rt.local,
	};
	return 0;
}

int rtnl_route6_get(struct netns *net, const uint8_t *dst, const uint8_t *src, int oif,
		    struct rtnl_route6_get *out)
{
	struct flow6 fl = { .oif = oif };
	struct rt6_result rt;
	int err;

	memcpy(fl.daddr, dst, 16);
	memcpy(fl.saddr, src, 16);
	err = ip6_route_output(net, &fl, &rt);
	if (err == -EADDRNOTAVAIL)
		memset(rt.saddr, 0, 16);
	else if (err)
		return err;
	out->local = rt.local;
	out->ifindex = rt.dev->ifindex;
	out->metric = rt.route->metric;
	memcpy(out->src, rt.saddr, 16);
	return 0;
}

static struct neigh_table *neigh_tbl(struct netns *net, int family)
{
	return family == 6 ? &net->ipv6->nd_tbl : &ipv4_net(net)->arp_tbl;
}

static const void *neigh_key(const struct rtnl_neigh *r)
{
	return r->family == 6 ? (const void *)r->dst6 : (const void *)&r->dst;
}

static int dump_neigh_tbl(struct netns *net, int family, int ifindex, rtnl_neigh_cb cb, void *arg)
{
	struct neigh_table *tbl = neigh_tbl(net, family);
	struct vl_list *pos, *tmp;

	vl_list_for_each_safe(pos, tmp, &tbl->entries) {
		struct neighbour *n = vl_list_entry(pos, struct neighbour, node);
		struct rtnl_neigh r = { .family = family, .ifindex = n->dev->ifindex, .state = n->nud_state };
		int err;

		if (ifindex && n->dev->ifindex != ifindex)
			continue;
		if (n->nud_state == NUD_NONE)
			continue;
		if (family == 6)
			memcpy(r.dst6, n->key6, 16);
		else
			r.dst = n->key;
		r.has_lladdr = (n->nud_state & NUD_VALID) != 0;
		memcpy(r.lladdr, n->ha, 6);
		err = cb(&r, arg);
		if (err)
			return err;
	}
	return 0;
}

int rtnl_neigh_dump(struct netns *net, int family, int ifindex, rtnl_neigh_cb cb, void *arg)
{
	int err = 0;

	if (family != 6)
		err = dump_neigh_tbl(net, 4, ifindex, cb, arg);
	if (!err && family != 4 && net->ipv6)
		err = dump_neigh_tbl(net, 6, ifindex, cb, arg);
	return err;
}

int rtnl_neigh_set(struct netns *net, const struct rtnl_neigh *r, bool create, bool replace,
		   const char **extack)
{
	struct netdev *dev = netdev_get_by_index(net, r->ifindex);
	struct neigh_table *tbl;
	struct neighbour *n;

	if (!dev)
		return -ENODEV;
	if (r->family == 6 && !net->ipv6)
		return -EAFNOSUPPORT;
	tbl = neigh_tbl(net, r->family);
	n = neigh_lookup(tbl, neigh_key(r), dev);
	if (n && create && !replace)
		return -EEXIST;
	if (!n && !create)
		return -ENOENT;
	if (!n)
		n = neigh_create_admin(tbl, neigh_key(r), dev, r->state);
	if (!n)
		return -ENOBUFS;  /* the kernel-wide table is full: "No buffer space available" */
	/* As __neigh_update: the entry exists now even if the request fails. */
	if (!r->has_lladdr && (r->state & NUD_VALID) && !(n->nud_state & NUD_VALID)) {
		*extack = "No link layer address given";
		return -EINVAL;
	}
	return neigh_update(n, r->has_lladdr ? r->lladdr : NULL, r->state,
			    NEIGH_UPDATE_F_OVERRIDE | NEIGH_UPDATE_F_ADMIN);
}

int rtnl_neigh_del(struct netns *net, const struct rtnl_neigh *r)
{
	struct netdev *dev = netdev_get_by_index(net, r->ifindex);
	struct neighbour *n = NULL;

	if (dev && (r->family != 6 || net->ipv6))
		n = neigh_lookup(neigh_tbl(net, r->family), neigh_key(r), dev);
	if (!n)
		return -ENOENT;
	neigh_destroy(n);
	return 0;
}

static void flush_neigh_tbl(struct neigh_table *tbl, int ifindex)
{
	struct vl_list *pos, *tmp;

	vl_list_for_each_safe(pos, tmp, &tbl->entries) {
		struct neighbour *n = vl_list_entry(pos, struct neighbour, node);

		if ((!ifindex || n->dev->ifindex == ifindex) && !(n->nud_state & (NUD_PERMANENT | NUD_NOARP)))
			neigh_destroy(n);
	}
}

int rtnl_neigh_flush(struct netns *net, int family, int ifindex)
{
	if (family != 6)
		flush_neigh_tbl(&ipv4_net(net)->arp_tbl, ifindex);
	if (family != 4 && net->ipv6)
		flush_neigh_tbl(&net->ipv6->nd_tbl, ifindex);
	return 0;
}

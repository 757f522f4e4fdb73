/* fnhe.c: next-hop exceptions (fib_nh_exception): path MTUs learnt from "fragmentation needed", kept 600 s per destination. */
#include <stdlib.h>

#include "../core/alloc.h"
#include "../core/world.h"
#include "ipv4.h"

/* ip_rt_mtu_expires and ip_rt_min_pmtu, the net.ipv4.route defaults. */
#define IP_RT_MTU_EXPIRES (600 * VL_NSEC_PER_SEC)
#define IP_RT_MIN_PMTU 552u

struct fib_nh_exception {
	struct vl_hnode hnode;
	const struct fib_route *route;  /* the route whose next hop learnt it; it goes with the route */
	uint32_t daddr;
	uint32_t pmtu;
	bool lock;                      /* below min_pmtu: pinned at 552, shown "mtu lock" */
	bool stale;                     /* from before `ip route flush cache` (an old fnhe_genid) */
	bool bound;                     /* a lookup has used it since (fnhe_rth_output): dumps show it */
	uint64_t expires;               /* 0: never (one reset by a flush) */
};

static struct fib_nh_exception *fnhe_find(const struct ipv4_net *in, const struct fib_route *route,
					  uint32_t daddr)
{
	for (struct vl_hnode *n = vl_htab_first(&in->fnhe, vl_hash_u64(daddr)); n; n = vl_htab_next(n)) {
		struct fib_nh_exception *e = vl_container_of(n, struct fib_nh_exception, hnode);

		if (e->daddr == daddr && e->route == route)
			return e;
	}
	return NULL;
}

static void fnhe_del(struct ipv4_net *in, struct fib_nh_exception *e)
{
	vl_htab_remove(&in->fnhe, &e->hnode);
	free(e);
}

/* find_exception: a live one, an expired one is removed on sight. */
static struct fib_nh_exception *fnhe_get(struct netns *net, const struct fib_route *route, uint32_t daddr)
{
	struct ipv4_net *in = ipv4_net(net);
	struct fib_nh_exception *e;

	if (!in->fnhe.count || !route)
		return NULL;
	e = fnhe_find(in, route, daddr);
	if (e && e->expires && e->expires <= net->world->clock.now) {
		fnhe_del(in, e);
		return NULL;
	}
	return e;
}

void rt_set_mtu(struct netns *net, struct rt_result *rt)
{
	struct fib_nh_exception *e;

	rt->pmtu = 0;
	rt->pmtu_lock = false;
	rt->expires = 0;
	rt->mtu = rt->dev ? (uint32_t)rt->dev->mtu : 0;
	if (rt->local || rt->type != RTN_UNICAST)
		return;
	e = fnhe_get(net, rt->route, rt->daddr);
	if (!e)
		return;
	/* rt_bind_exception: a flushed one comes back empty, and now stays until its route goes. */
	if (e->stale) {
		e->stale = false;
		e->pmtu = 0;
		e->lock = false;
		e->expires = 0;
	}
	e->bound = true;
	rt->pmtu = e->pmtu;
	rt->pmtu_lock = e->lock;
	rt->expires = e->expires;
	if (e->pmtu)
		rt->mtu = e->pmtu;
}

void ipv4_update_pmtu(struct netns *net, uint32_t daddr, uint32_t saddr, uint32_t mtu)
{
	struct ipv4_net *in = ipv4_net(net);
	struct flow4 fl = { .daddr = daddr, .saddr = saddr };
	struct fib_nh_exception *e;
	struct rt_result rt;
	bool lock = false;

	/* A source no longer ours routes as if unset (the kernel's flow has no saddr check here). */
	if (ip_route_output(net, &fl, &rt)) {
		fl.saddr = 0;
		if (ip_route_output(net, &fl, &rt))
			return;
	}
	if (rt.local || rt.type != RTN_UNICAST || !rt.route || rt.mtu < mtu)
		return;
	if (mtu < IP_RT_MIN_PMTU) {
		lock = true;
		mtu = rt.mtu < IP_RT_MIN_PMTU ? rt.mtu : IP_RT_MIN_PMTU;
	}
	if (rt.pmtu == mtu && !lock && rt.expires && net->world->clock.now + IP_RT_MTU_EXPIRES / 2 < rt.expires)
		return;
	e = fnhe_find(in, rt.route, daddr);
	if (!e) {
		e = vl_calloc(1, sizeof(*e));
		e->route = rt.route;
		e->daddr = daddr;
		vl_htab_insert(&in->fnhe, &e->hnode, vl_hash_u64(daddr));
	}
	e->stale = false;
	e->pmtu = mtu;
	e->lock = lock;
	e->expires = net->world->clock.now + IP_RT_MTU_EXPIRES;
}

void fnhe_route_gone(struct ipv4_net *in, const struct fib_route *route)
{
	/* Rare (a route with learnt exceptions deleted): a walk of the exceptions, never per packet. */
	for (uint32_t b = 0; in->fnhe.count && b <= in->fnhe.mask; b++) {
		struct vl_hnode *n = in->fnhe.bucket[b];

		while (n) {
			struct fib_nh_exception *e = vl_container_of(n, struct fib_nh_exception, hnode);

			n = n->next;
			if (e->route == route)
				fnhe_del(in, e);
		}
	}
}

void fnhe_flush(struct ipv4_net *in)
{
	/* fnhe_genid_bump: each goes stale, reset by the next lookup that finds it. */
	for (uint32_t b = 0; in->fnhe.count && b <= in->fnhe.mask; b++)
		for (struct vl_hnode *n = in->fnhe.bucket[b]; n; n = n->next)
			vl_container_of(n, struct fib_nh_exception, hnode)->stale = true;
}

/* Every exception freed, as the namespace goes. */
static void fnhe_free_all(struct ipv4_net *in)
{
	for (uint32_t b = 0; in->fnhe.count && b <= in->fnhe.mask; b++)
		while (in->fnhe.bucket[b])
			fnhe_del(in, vl_container_of(in->fnhe.bucket[b], struct fib_nh_exception, hnode));
}

void fnhe_net_exit(struct ipv4_net *in)
{
	fnhe_free_all(in);
	vl_htab_free(&in->fnhe);
	vl_htab_init(&in->fnhe);
}

unsigned int fnhe_dump(struct netns *net, struct fnhe_info *v, unsigned int max)
{
	struct ipv4_net *in = ipv4_net(net);
	unsigned int n = 0;

	for (uint32_t b = 0; in->fnhe.count && b <= in->fnhe.mask; b++) {
		for (struct vl_hnode *h = in->fnhe.bucket[b]; h; h = h->next) {
			const struct fib_nh_exception *e = vl_container_of(h, struct fib_nh_exception, hnode);

			/* fnhe_dump_bucket: not stale, not expired, and bound to a route. */
			if (e->stale || (e->expires && e->expires <= net->world->clock.now) || !e->bound || n == max)
				continue;
			v[n++] = (struct fnhe_info){ .daddr = e->daddr, .gw = fib_uses_gw(e->route) ? e->route->gw : 0,
						      .ifindex = e->route->dev ? e->route->dev->ifindex : 0,
						      .table = e->route->table, .pmtu = e->pmtu, .lock = e->lock,
						      .expires = e->expires };
		}
	}
	return n;
}

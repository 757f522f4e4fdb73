/* fnhe.c: route exceptions: the table both families keep, and IPv4's path MTUs learnt from "fragmentation needed" (600 s). */
#include <stdlib.h>
#include <string.h>

#include "../core/alloc.h"
#include "../core/list.h"
#include "../core/world.h"
#include "fnhe.h"
#include "ipv4.h"
#include "wire.h"

/* ip_rt_mtu_expires and ip_rt_min_pmtu, the net.ipv4.route defaults. */
#define IP_RT_MTU_EXPIRES (600 * VL_NSEC_PER_SEC)
#define IP_RT_MIN_PMTU 552u

static uint32_t fnhe_hash(const uint8_t *daddr)
{
	uint64_t a, b;

	memcpy(&a, daddr, 8);
	memcpy(&b, daddr + 8, 8);
	return vl_hash_u64(a ^ vl_hash_u64(b));
}

static struct fib_nh_exception *fnhe_find(const struct vl_htab *t, const void *route, const uint8_t *daddr)
{
	for (struct vl_hnode *n = vl_htab_first(t, fnhe_hash(daddr)); n; n = vl_htab_next(n)) {
		struct fib_nh_exception *e = vl_container_of(n, struct fib_nh_exception, hnode);

		if (e->route == route && !memcmp(e->daddr, daddr, 16))
			return e;
	}
	return NULL;
}

void fnhe_del(struct vl_htab *t, struct fib_nh_exception *e)
{
	vl_htab_remove(t, &e->hnode);
	free(e);
}

struct fib_nh_exception *fnhe_get(struct vl_htab *t, const void *route, const uint8_t *daddr, uint64_t now)
{
	struct fib_nh_exception *e;

	if (!t->count || !route)
		return NULL;
	e = fnhe_find(t, route, daddr);
	if (e && e->expires && e->expires <= now) {
		fnhe_del(t, e);
		return NULL;
	}
	return e;
}

struct fib_nh_exception *fnhe_get_or_create(struct vl_htab *t, const void *route, const uint8_t *daddr)
{
	struct fib_nh_exception *e = fnhe_find(t, route, daddr);

	if (!e) {
		e = vl_calloc(1, sizeof(*e));
		e->route = route;
		memcpy(e->daddr, daddr, 16);
		vl_htab_insert(t, &e->hnode, fnhe_hash(daddr));
	}
	return e;
}

void fnhe_del_route(struct vl_htab *t, const void *route)
{
	/* Rare (a route with learnt exceptions deleted): a walk of the exceptions, never per packet. */
	for (uint32_t b = 0; t->count && b < vl_htab_nbuckets(t); b++) {
		struct vl_hnode *n = vl_htab_bucket_first(t, b);

		while (n) {
			struct fib_nh_exception *e = vl_container_of(n, struct fib_nh_exception, hnode);

			n = vl_htab_bucket_next(t, b, n);
			if (e->route == route)
				fnhe_del(t, e);
		}
	}
}

void fnhe_del_all(struct vl_htab *t)
{
	for (uint32_t b = 0; t->count && b < vl_htab_nbuckets(t); b++)
		while (vl_htab_bucket_first(t, b))
			fnhe_del(t, vl_container_of(vl_htab_bucket_first(t, b), struct fib_nh_exception, hnode));
}

/* ---- IPv4 ------------------------------------------------------------------------------ */

static void v4key(uint8_t *k, uint32_t daddr)
{
	memset(k, 0, 16);
	put32(k, daddr);
}

void rt_set_mtu(struct netns *net, struct rt_result *rt)
{
	struct fib_nh_exception *e;
	uint8_t k[16];

	rt->pmtu = 0;
	rt->pmtu_lock = false;
	rt->expires = 0;
	rt->mtu = rt->dev ? (uint32_t)rt->dev->mtu : 0;
	if (rt->local || rt->type != RTN_UNICAST || !ipv4_net(net)->fnhe.count)
		return;
	v4key(k, rt->daddr);
	e = fnhe_get(&ipv4_net(net)->fnhe, rt->route, k, net->world->clock.now);
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
	struct flow4 fl = { .daddr = daddr, .saddr = saddr };
	struct fib_nh_exception *e;
	struct rt_result rt;
	bool lock = false;
	uint8_t k[16];

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
	v4key(k, daddr);
	e = fnhe_get_or_create(&ipv4_net(net)->fnhe, rt.route, k);
	e->stale = false;
	e->pmtu = mtu;
	e->lock = lock;
	e->expires = net->world->clock.now + IP_RT_MTU_EXPIRES;
}

void fnhe_route_gone(struct ipv4_net *in, const struct fib_route *route)
{
	fnhe_del_route(&in->fnhe, route);
}

void fnhe_flush(struct ipv4_net *in)
{
	struct fib_nh_exception *e;
	struct vl_hnode *n;
	uint32_t b;

	/* fnhe_genid_bump: each goes stale, reset by the next lookup that finds it. */
	fnhe_for_each(e, &in->fnhe, b, n)
		e->stale = true;
}

void fnhe_net_exit(struct ipv4_net *in)
{
	fnhe_del_all(&in->fnhe);
	vl_htab_free(&in->fnhe);
	vl_htab_init(&in->fnhe);
}

unsigned int fnhe_dump(struct netns *net, struct fnhe_info *v, unsigned int max)
{
	struct fib_nh_exception *e;
	struct vl_hnode *n;
	unsigned int cnt = 0;
	uint32_t b;

	fnhe_for_each(e, &ipv4_net(net)->fnhe, b, n) {
		const struct fib_route *r = e->route;

		/* fnhe_dump_bucket: not stale, not expired, and bound to a route. */
		if (e->stale || (e->expires && e->expires <= net->world->clock.now) || !e->bound || cnt == max)
			continue;
		v[cnt++] = (struct fnhe_info){ .daddr = get32(e->daddr), .gw = fib_uses_gw(r) ? r->gw : 0,
					       .ifindex = r->dev ? r->dev->ifindex : 0, .table = r->table,
					       .pmtu = e->pmtu, .lock = e->lock, .expires = e->expires };
	}
	return cnt;
}

/*
 * route6.c: the IPv6 routing tables (net/ipv6/route.c, ip6_fib.c in short):
 * routes hang off one node per prefix, found by hash per prefix length, so a
 * lookup costs one probe per prefix length in use, local table before main.
 * A second hash by (prefix, device) serves lookups bound to a device: with
 * thousands of devices sharing fe80::/64, neither they nor inserts walk a list.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "../core/alloc.h"
#include "../core/world.h"
#include "addrconf.h"
#include "ipv4.h"
#include "ipv6.h"

static uint32_t node_hash(const uint8_t *dst, int plen)
{
	return vl_hash_u64(ipv6_addr_hash(dst) ^ (uint64_t)plen << 40);
}

static uint32_t dev_hash(const uint8_t *dst, int plen, int ifindex)
{
	return vl_hash_u64(node_hash(dst, plen) ^ ((uint64_t)(uint32_t)ifindex << 32));
}

void rt6_tables_init(struct ipv6_net *in6)
{
	vl_list_init(&in6->routes);
	vl_htab_init(&in6->local.nodes);
	vl_htab_init(&in6->main.nodes);
	vl_htab_init(&in6->local.by_dev);
	vl_htab_init(&in6->main.by_dev);
}

void rt6_tables_free(struct ipv6_net *in6)
{
	while (!vl_list_empty(&in6->routes))
		rt6_del(vl_list_entry(in6->routes.next, struct rt6_route, node));
	vl_htab_free(&in6->local.nodes);
	vl_htab_free(&in6->main.nodes);
	vl_htab_free(&in6->local.by_dev);
	vl_htab_free(&in6->main.by_dev);
}

static struct rt6_table *table_of(struct ipv6_net *in6, uint32_t id)
{
	return id == RT_TABLE_LOCAL ? &in6->local : &in6->main;
}

static struct rt6_node *node_find(const struct rt6_table *t, const uint8_t *dst, int plen)
{
	for (struct vl_hnode *h = vl_htab_first(&t->nodes, node_hash(dst, plen)); h; h = vl_htab_next(h)) {
		struct rt6_node *fn = vl_container_of(h, struct rt6_node, hnode);

		if (fn->plen == plen && !memcmp(fn->dst, dst, 16))
			return fn;
	}
	return NULL;
}

static struct rt6_node *node_get(struct rt6_table *t, const uint8_t *dst, int plen)
{
	struct rt6_node *fn = node_find(t, dst, plen);

	if (fn)
		return fn;
	fn = vl_calloc(1, sizeof(*fn));
	memcpy(fn->dst, dst, 16);
	fn->plen = (uint8_t)plen;
	vl_list_init(&fn->leaves);
	vl_htab_insert(&t->nodes, &fn->hnode, node_hash(dst, plen));
	t->plen_seen[plen / 64] |= 1ull << (plen % 64);
	return fn;
}

void rt6_add(struct netns *net, const uint8_t *dst, int plen, uint8_t type, uint32_t table,
	     uint32_t metric, struct netdev *dev)
{
	struct ipv6_net *in6 = net->ipv6;
	struct rt6_table *t = table_of(in6, table);
	struct rt6_route *r = vl_calloc(1, sizeof(*r));
	struct rt6_node *fn;
	struct vl_list *pos;

	ipv6_addr_prefix(r->dst, dst, plen);
	fn = node_get(t, r->dst, plen);
	vl_htab_insert(&t->by_dev, &r->dev_hnode, dev_hash(r->dst, plen, dev->ifindex));
	r->fn = fn;
	r->plen = (uint8_t)plen;
	r->type = type;
	r->table = table;
	r->metric = metric;
	r->dev = dev;
	r->seq = in6->route_seq++;
	/* fib6_add_rt2node: after every route of lower or equal metric (searched from the end). */
	for (pos = fn->leaves.prev; pos != &fn->leaves; pos = pos->prev)
		if (vl_list_entry(pos, struct rt6_route, leaf)->metric <= metric)
			break;
	vl_list_insert_before(pos->next, &r->leaf);
	vl_list_add_tail(&in6->routes, &r->node);
	vl_list_add_tail(&dev->rt6_routes, &r->dev_node);
}

void rt6_del(struct rt6_route *r)
{
	struct rt6_node *fn = r->fn;
	struct rt6_table *t = table_of(r->dev->net->ipv6, r->table);

	vl_list_del(&r->node);
	vl_list_del(&r->dev_node);
	vl_list_del(&r->leaf);
	vl_htab_remove(&t->by_dev, &r->dev_hnode);
	if (vl_list_empty(&fn->leaves)) {
		vl_htab_remove(&t->nodes, &fn->hnode);
		free(fn);
	}
	free(r);
}

struct rt6_route *rt6_find_dev(const struct netdev *dev, const uint8_t *dst, int plen, uint8_t type)
{
	const struct vl_list *pos;
	uint8_t key[16];

	ipv6_addr_prefix(key, dst, plen);
	vl_list_for_each(pos, &dev->rt6_routes) {
		struct rt6_route *r = vl_list_entry(pos, struct rt6_route, dev_node);

		if (r->plen == plen && r->type == type && !memcmp(r->dst, key, 16))
			return r;
	}
	return NULL;
}

void rt6_del_dev(struct netdev *dev, const uint8_t *dst, int plen, uint8_t type)
{
	struct vl_list *pos, *tmp;
	uint8_t key[16];

	if (plen >= 0)
		ipv6_addr_prefix(key, dst, plen);
	vl_list_for_each_safe(pos, tmp, &dev->rt6_routes) {
		struct rt6_route *r = vl_list_entry(pos, struct rt6_route, dev_node);

		if (plen < 0 || (r->plen == plen && r->type == type && !memcmp(r->dst, key, 16)))
			rt6_del(r);
	}
}

/* The route of prefix key/plen through ifindex with the lowest metric, oldest first. */
static struct rt6_route *dev_route(const struct rt6_table *t, const uint8_t *key, int plen, int ifindex)
{
	struct rt6_route *best = NULL;

	for (struct vl_hnode *h = vl_htab_first(&t->by_dev, dev_hash(key, plen, ifindex)); h; h = vl_htab_next(h)) {
		struct rt6_route *r = vl_container_of(h, struct rt6_route, dev_hnode);

		if (r->plen != plen || r->dev->ifindex != ifindex || memcmp(r->dst, key, 16))
			continue;
		if (!best || r->metric < best->metric || (r->metric == best->metric && r->seq < best->seq))
			best = r;
	}
	return best;
}

/* The first route of the longest matching prefix; with oif, only routes through it. */
static struct rt6_route *table_lookup(const struct rt6_table *t, const uint8_t *daddr, int oif)
{
	uint8_t key[16];

	for (int plen = 128; plen >= 0; plen--) {
		struct rt6_node *fn;
		struct rt6_route *r;

		if (!(t->plen_seen[plen / 64] & (1ull << (plen % 64))))
			continue;
		ipv6_addr_prefix(key, daddr, plen);
		if (oif) {
			r = dev_route(t, key, plen, oif);
			if (r)
				return r;
			continue;
		}
		fn = node_find(t, key, plen);
		if (fn)
			return vl_list_entry(fn->leaves.next, struct rt6_route, leaf);
	}
	return NULL;
}

int ip6_route_output(struct netns *net, const struct flow6 *fl, struct rt6_result *rt)
{
	struct ipv6_net *in6 = net->ipv6;
	struct rt6_route *r;
	int err = 0;

	memset(rt, 0, sizeof(*rt));
	if (!in6)
		return -ENETUNREACH;
	r = table_lookup(&in6->local, fl->daddr, fl->oif);
	if (!r)
		r = table_lookup(&in6->main, fl->daddr, fl->oif);
	if (!r || !(r->dev->flags & IFF_UP))
		return -ENETUNREACH;
	rt->route = r;
	memcpy(rt->daddr, fl->daddr, 16);
	memcpy(rt->saddr, fl->saddr, 16);
	if (r->type == RTN_LOCAL) {
		rt->local = true;
		rt->orig_oif = r->dev->ifindex;
		rt->dev = net->loopback_dev;
		if (ipv6_addr_any(fl->saddr))
			memcpy(rt->saddr, fl->daddr, 16);
		return 0;
	}
	rt->dev = r->dev;
	if (ipv6_addr_any(fl->saddr))
		err = ipv6_dev_get_saddr(r->dev, fl->daddr, rt->saddr);
	return err;
}

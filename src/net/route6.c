/*
 * route6.c: the IPv6 routing tables (net/ipv6/route.c, ip6_fib.c in short):
 * routes hang off one node per prefix, found by hash per prefix length, so a
 * lookup costs one probe per prefix length in use. A node's leaf list is in
 * metric order, a new route after those of equal metric. A second hash by
 * (prefix, device) serves lookups bound to a device: with thousands of
 * devices sharing fe80::/64, neither they nor inserts walk a list.
 */
#include "route6.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "../core/alloc.h"
#include "../core/world.h"
#include "addrconf.h"
#include "fnhe.h"
#include "ipv6.h"

/* One mix of the prefix's two halves and its length: a look-up hashes once for every length it tries. */
static uint32_t node_hash(const uint8_t *dst, int plen)
{
	uint64_t hi, lo;

	memcpy(&hi, dst, 8);
	memcpy(&lo, dst + 8, 8);
	return vl_hash_u64((hi * 0x9e3779b97f4a7c15ULL ^ lo) + ((uint64_t)plen << 56));
}

static uint32_t dev_hash(const uint8_t *dst, int plen, int ifindex)
{
	return vl_hash_u64(node_hash(dst, plen) ^ ((uint64_t)(uint32_t)ifindex << 32));
}

static uint32_t table_hash(uint32_t id)
{
	return vl_hash_u64(id);
}

static void table_init(struct rt6_table *t, uint32_t id, uint64_t seq)
{
	memset(t, 0, sizeof(*t));
	t->id = id;
	t->seq = seq;
	vl_htab_init(&t->nodes);
	vl_htab_init(&t->by_dev);
	vl_list_init(&t->routes);
}

/* fib6_tables_init: main, then local, each in its own hash bucket. */
void rt6_tables_init(struct ipv6_net *in6)
{
	vl_htab_init(&in6->tables);
	table_init(&in6->main, RT_TABLE_MAIN, 0);
	table_init(&in6->local, RT_TABLE_LOCAL, 0);
	vl_htab_insert(&in6->tables, &in6->main.hnode, table_hash(RT_TABLE_MAIN));
	vl_htab_insert(&in6->tables, &in6->local.hnode, table_hash(RT_TABLE_LOCAL));
}

static void table_free(struct rt6_table *t)
{
	while (!vl_list_empty(&t->routes))
		rt6_del(vl_list_entry(t->routes.next, struct rt6_route, node));
	vl_htab_free(&t->nodes);
	vl_htab_free(&t->by_dev);
}

void rt6_tables_free(struct ipv6_net *in6)
{
	struct rt6_table **v = vl_calloc(in6->tables.count + 1, sizeof(*v));
	unsigned int n = 0;

	for (uint32_t b = 0; in6->tables.count && b < vl_htab_nbuckets(&in6->tables); b++)
		for (struct vl_hnode *h = vl_htab_bucket_first(&in6->tables, b); h; h = vl_htab_bucket_next(&in6->tables, b, h))
			v[n++] = vl_container_of(h, struct rt6_table, hnode);
	for (unsigned int i = 0; i < n; i++) {
		table_free(v[i]);
		if (v[i] != &in6->local && v[i] != &in6->main)
			free(v[i]);
	}
	free(v);
	vl_htab_free(&in6->tables);
}

struct rt6_table *rt6_get_table(struct netns *net, uint32_t id)
{
	struct ipv6_net *in6 = net->ipv6;

	if (!in6)
		return NULL;
	if (id == RT_TABLE_UNSPEC)
		id = RT_TABLE_MAIN;
	for (struct vl_hnode *h = vl_htab_first(&in6->tables, table_hash(id)); h; h = vl_htab_next(h)) {
		struct rt6_table *t = vl_container_of(h, struct rt6_table, hnode);

		if (t->id == id)
			return t;
	}
	return NULL;
}

struct rt6_table *rt6_new_table(struct netns *net, uint32_t id)
{
	struct rt6_table *t = rt6_get_table(net, id);

	if (t || !net->ipv6)
		return t;
	t = vl_malloc(sizeof(*t));
	table_init(t, id ? id : RT_TABLE_MAIN, ++net->ipv6->table_seq);
	vl_htab_insert(&net->ipv6->tables, &t->hnode, table_hash(t->id));
	return t;
}

/* FIB6_TABLE_HASHSZ is 256 buckets by id, and fib6_link_table puts a new table first in its bucket. */
static int table_dump_cmp(const void *a, const void *b)
{
	const struct rt6_table *x = *(const struct rt6_table *const *)a;
	const struct rt6_table *y = *(const struct rt6_table *const *)b;

	if ((x->id & 255) != (y->id & 255))
		return (x->id & 255) < (y->id & 255) ? -1 : 1;
	return x->seq > y->seq ? -1 : x->seq < y->seq;
}

unsigned int rt6_tables_dump_order(struct netns *net, struct rt6_table ***v)
{
	struct ipv6_net *in6 = net->ipv6;
	unsigned int n = 0;

	*v = vl_calloc(in6 ? in6->tables.count + 1 : 1, sizeof(**v));
	for (uint32_t b = 0; in6 && in6->tables.count && b < vl_htab_nbuckets(&in6->tables); b++)
		for (struct vl_hnode *h = vl_htab_bucket_first(&in6->tables, b); h; h = vl_htab_bucket_next(&in6->tables, b, h))
			(*v)[n++] = vl_container_of(h, struct rt6_table, hnode);
	qsort(*v, n, sizeof(**v), table_dump_cmp);
	return n;
}

/*
 * The fib6 walk (post-order over the radix tree): at the first bit where two
 * prefixes differ, 0 before 1; a prefix after every longer one inside it.
 * Routes of one node: their leaf order.
 */
static int walk_cmp(const void *x, const void *y)
{
	const struct rt6_route *a = *(const struct rt6_route *const *)x;
	const struct rt6_route *b = *(const struct rt6_route *const *)y;
	int n = a->plen < b->plen ? a->plen : b->plen;

	for (int i = 0; i < n; i++) {
		int ba = (a->dst[i / 8] >> (7 - i % 8)) & 1, bb = (b->dst[i / 8] >> (7 - i % 8)) & 1;

		if (ba != bb)
			return ba - bb;
	}
	if (a->plen != b->plen)
		return a->plen > b->plen ? -1 : 1;
	if (a->metric != b->metric)
		return a->metric < b->metric ? -1 : 1;
	return a->pos < b->pos ? -1 : a->pos > b->pos;
}

unsigned int rt6_table_dump_routes(const struct rt6_table *t, struct rt6_route ***v)
{
	const struct vl_list *pos;
	unsigned int n = 0;

	*v = vl_calloc(t->count + 1, sizeof(**v));
	vl_list_for_each(pos, &t->routes)
		(*v)[n++] = vl_list_entry(pos, struct rt6_route, node);
	qsort(*v, n, sizeof(**v), walk_cmp);
	return n;
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

static struct rt6_node *node_get(struct world *w, struct rt6_table *t, const uint8_t *dst, int plen)
{
	struct rt6_node *fn = node_find(t, dst, plen);

	if (fn)
		return fn;
	fn = kmem_cache_zalloc(&w->kmem[KMEM_RT6_NODE], sizeof(*fn));
	memcpy(fn->dst, dst, 16);
	fn->plen = (uint8_t)plen;
	vl_list_init(&fn->leaves);
	vl_htab_insert(&t->nodes, &fn->hnode, node_hash(dst, plen));
	t->plen_seen[plen / 64] |= 1ull << (plen % 64);
	return fn;
}

/* Links r into table t, in its node's leaf list before at (NULL: at the end). */
static void route_link(struct rt6_table *t, struct rt6_route *r, struct rt6_route *at)
{
	struct rt6_node *fn = node_get(r->dev->net->world, t, r->dst, r->plen);

	r->fn = fn;
	r->tb = t;
	r->table = t->id;
	vl_list_insert_before(at ? &at->leaf : &fn->leaves, &r->leaf);
	fn->npref[r->pref & 3]++;
	vl_htab_insert(&t->by_dev, &r->dev_hnode, dev_hash(r->dst, r->plen, r->dev->ifindex));
	vl_list_add_tail(&t->routes, &r->node);
	vl_list_add_tail(&r->dev->rt6_routes, &r->dev_node);
	t->count++;
	fib6_sernum_bump(r->dev->net);
}

void rt6_del(struct rt6_route *r)
{
	struct rt6_node *fn = r->fn;
	struct rt6_table *t = r->tb;
	struct world *w = r->dev->net->world;  /* every linked route has a device (route_link) */

	fib6_sernum_bump(r->dev->net);
	vl_list_del(&r->node);
	vl_list_del(&r->dev_node);
	vl_list_del(&r->leaf);
	vl_htab_remove(&t->by_dev, &r->dev_hnode);
	fn->npref[r->pref & 3]--;
	t->count--;
	if (vl_list_empty(&fn->leaves)) {
		vl_htab_remove(&t->nodes, &fn->hnode);
		kmem_cache_free(&w->kmem[KMEM_RT6_NODE], fn);
	}
	/* rt6_flush_exceptions: its cached copies go with it. */
	if (r->dev && r->dev->net->ipv6)
		fnhe_del_route(&r->dev->net->ipv6->rt6_exc, r);
	kmem_cache_free(&w->kmem[KMEM_RT6_ROUTE], r);
}

/* rt6_qualify_for_ecmp: a route with a gateway could be one path of a multipath route. */
static bool qualify_for_ecmp(const struct rt6_route *r)
{
	return r->has_gw;
}

/* rt6_duplicate_nexthop: the same device and gateway. */
static bool duplicate_nexthop(const struct rt6_route *a, const struct rt6_route *b)
{
	return a->dev == b->dev && a->has_gw == b->has_gw && (!a->has_gw || !memcmp(a->gw, b->gw, 16));
}

static bool addr_bit(const uint8_t *a, int bit)
{
	return (a[bit / 8] >> (7 - bit % 8)) & 1;
}

/*
 * Is there an intermediate node of the radix tree at dst/plen, one that
 * holds no route? There is where two routes of the table below the prefix
 * branch apart at bit plen (and the root always is). Only a failing change
 * asks: the table is walked.
 */
static bool intermediate_node(const struct rt6_table *t, const uint8_t *dst, int plen)
{
	const struct vl_list *pos;
	bool side[2] = { false, false };

	if (plen == 0)
		return true;
	vl_list_for_each(pos, &t->routes) {
		const struct rt6_route *r = vl_list_entry(pos, struct rt6_route, node);
		uint8_t a[16];

		if (r->plen <= plen)
			continue;
		ipv6_addr_prefix(a, r->dst, plen);
		if (!memcmp(a, dst, 16))
			side[addr_bit(r->dst, plen)] = true;
	}
	return side[0] && side[1];
}

static struct rt6_route *route_copy(const struct rt6_route *tmpl, uint64_t pos)
{
	/* A route to link has a device (route_link): its world's cache. */
	struct rt6_route *r = kmem_cache_zalloc(&tmpl->dev->net->world->kmem[KMEM_RT6_ROUTE], sizeof(*r));

	*r = *tmpl;
	r->pos = pos;
	return r;
}

/* Where a new route goes (fib6_add_rt2node): before at, or what it replaces. */
struct rt6_place {
	struct rt6_route *at;      /* the first route of a higher metric, NULL at the end */
	struct rt6_route *found;   /* with NLM_F_REPLACE: the route to replace */
	bool sibling;              /* would become a path of a multipath route */
};

/*
 * The common add (a device route, no replace or exclusive flag, a metric no
 * lower than the node's last): it goes at the end, and only a route of the
 * same device can be its duplicate, which the per-device hash finds. 1 when
 * this decided (*err set), 0 to walk the leaves as fib6_add_rt2node does.
 */
static int find_place_append(const struct rt6_table *t, const struct rt6_node *fn, const struct rt6_route *rt,
			     unsigned int nlflags, int *err)
{
	const struct rt6_route *last;

	if ((nlflags & (RT6_NLF_EXCL | RT6_NLF_REPLACE)) || qualify_for_ecmp(rt) || !rt->dev)
		return 0;
	if (!vl_list_empty(&fn->leaves)) {
		last = vl_list_entry(fn->leaves.prev, struct rt6_route, leaf);
		if (last->metric > rt->metric)
			return 0;
	}
	*err = 0;
	for (struct vl_hnode *h = vl_htab_first(&t->by_dev, dev_hash(rt->dst, rt->plen, rt->dev->ifindex)); h;
	     h = vl_htab_next(h)) {
		const struct rt6_route *r = vl_container_of(h, struct rt6_route, dev_hnode);

		if (r->fn == fn && r->metric == rt->metric && duplicate_nexthop(r, rt))
			*err = -EEXIST;
	}
	return 1;
}

static int find_place(const struct rt6_table *t, const struct rt6_node *fn, const struct rt6_route *rt,
		      unsigned int nlflags, struct rt6_place *pl)
{
	struct rt6_route *fallback = NULL;
	struct vl_list *pos;
	int err;

	*pl = (struct rt6_place){ 0 };
	if (find_place_append(t, fn, rt, nlflags, &err))
		return err;
	vl_list_for_each(pos, &fn->leaves) {
		struct rt6_route *iter = vl_list_entry(pos, struct rt6_route, leaf);

		if (iter->metric == rt->metric) {
			if (nlflags & RT6_NLF_EXCL)
				return -EEXIST;
			if (nlflags & RT6_NLF_REPLACE) {
				if (qualify_for_ecmp(rt) == qualify_for_ecmp(iter)) {
					pl->found = iter;
					return 0;
				}
				if (!fallback)
					fallback = iter;
				continue;
			}
			if (duplicate_nexthop(iter, rt))
				return -EEXIST;
			pl->sibling |= qualify_for_ecmp(rt) && qualify_for_ecmp(iter);
		}
		if (iter->metric > rt->metric) {
			pl->at = iter;
			break;
		}
	}
	pl->found = fallback;
	return 0;
}

int rt6_insert(struct netns *net, const struct rt6_route *tmpl, unsigned int nlflags, const char **extack)
{
	struct rt6_table *t = rt6_get_table(net, tmpl->table);
	struct ipv6_net *in6 = net->ipv6;
	struct rt6_node *fn;
	struct rt6_place pl = { 0 };
	struct rt6_route *r;
	int err;

	if (!t)
		return -ESRCH;
	fn = node_find(t, tmpl->dst, tmpl->plen);
	/* fib6_add_1: without NLM_F_CREATE a replace needs the node. */
	if (!fn && !(nlflags & RT6_NLF_CREATE) && (nlflags & RT6_NLF_REPLACE) &&
	    !intermediate_node(t, tmpl->dst, tmpl->plen)) {
		*extack = "Can not replace route - no match found";
		return -ENOENT;
	}
	if (fn) {
		err = find_place(t, fn, tmpl, nlflags, &pl);
		if (err)
			return err;
	}
	if (pl.sibling)
		return -EOPNOTSUPP;
	if (pl.found) {
		r = route_copy(tmpl, pl.found->pos);
		r->seq = in6->route_seq++;
		route_link(t, r, pl.found);
		rt6_del(pl.found);
		return 0;
	}
	if ((nlflags & RT6_NLF_REPLACE) && !(nlflags & RT6_NLF_CREATE))
		return -ENOENT;
	r = route_copy(tmpl, in6->route_seq);
	r->seq = in6->route_seq++;
	route_link(t, r, pl.at);
	return 0;
}

void rt6_add(struct netns *net, const uint8_t *dst, int plen, uint8_t type, uint32_t table,
	     uint32_t metric, struct netdev *dev)
{
	struct rt6_route tmpl = {
		.plen = (uint8_t)plen, .type = type, .proto = RTPROT_KERNEL, .table = table,
		.metric = metric, .dev = dev, .pref = ICMPV6_ROUTER_PREF_MEDIUM,
		.flags = type == RTN_LOCAL || type == RTN_ANYCAST ? RTF_NONEXTHOP : 0,
	};
	const char *extack = NULL;

	ipv6_addr_prefix(tmpl.dst, dst, plen);
	(void)rt6_new_table(net, table);
	/* The kernel's own routes: -EEXIST (the very route is there already) is what ip6_ins_rt ignores too. */
	(void)!rt6_insert(net, &tmpl, RT6_NLF_CREATE, &extack);
}

struct rt6_route *rt6_find_dev(const struct netdev *dev, const uint8_t *dst, int plen, uint8_t type)
{
	const struct vl_list *pos;
	uint8_t key[16];

	ipv6_addr_prefix(key, dst, plen);
	vl_list_for_each(pos, &dev->rt6_routes) {
		struct rt6_route *r = vl_list_entry(pos, struct rt6_route, dev_node);

		if (r->plen == plen && r->type == type && r->proto == RTPROT_KERNEL && !memcmp(r->dst, key, 16))
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

		if (plen < 0 || (r->plen == plen && r->type == type && r->proto == RTPROT_KERNEL &&
				 !memcmp(r->dst, key, 16)))
			rt6_del(r);
	}
}

int rt6_remove(struct netns *net, const struct rt6_route *m)
{
	struct rt6_table *t = rt6_get_table(net, m->table);
	const struct rt6_node *fn = t ? node_find(t, m->dst, m->plen) : NULL;
	const struct vl_list *pos;

	if (!fn)
		return -ESRCH;
	vl_list_for_each(pos, &fn->leaves) {
		struct rt6_route *r = vl_list_entry(pos, struct rt6_route, leaf);

		if ((m->metric && m->metric != r->metric) || (m->proto && m->proto != r->proto) ||
		    (m->dev && m->dev != r->dev))
			continue;
		/* A route without a gateway has :: as its fib_nh_gw6. */
		if (m->has_gw && memcmp(m->gw, r->gw, 16))
			continue;
		rt6_del(r);
		return 0;
	}
	return -ESRCH;
}

/* IPV6_DECODE_PREF: low 1, medium 2, high 3 (an invalid preference counts as low). */
static int decode_pref(uint8_t pref)
{
	return pref == ICMPV6_ROUTER_PREF_INVALID ? 1 : (pref ^ 2);
}

enum { RT6_NUD_FAIL_HARD = -3, RT6_NUD_FAIL_PROBE = -2 };

/*
 * rt6_score_route: 2 for the device asked for (or any, without one), plus
 * the preference; a gateway whose neighbour entry failed is skipped while
 * reachable routers are wanted (CONFIG_IPV6_ROUTER_PREF).
 */
static int score_route(struct netns *net, const struct rt6_route *r, int oif, int strict)
{
	int m = (!oif || r->dev->ifindex == oif) ? 2 : 0;

	if (!m && (strict & RT6_LOOKUP_F_IFACE))
		return RT6_NUD_FAIL_HARD;
	m |= decode_pref(r->pref) << 2;
	if ((strict & RT6_LOOKUP_F_REACHABLE) && !(r->flags & RTF_NONEXTHOP) && r->has_gw) {
		struct neighbour *n = neigh_lookup(&net->ipv6->nd_tbl, r->gw, r->dev);

		net->ipv6->rt6_nud_checks++;
		if (n && !(n->nud_state & NUD_VALID) && (n->nud_state & NUD_FAILED))
			return RT6_NUD_FAIL_PROBE;
	}
	return m;
}

/* The best score any route of fn could reach: lookups stop at the first route that reaches it. */
static int best_score(const struct rt6_node *fn)
{
	int top = fn->npref[ICMPV6_ROUTER_PREF_HIGH] ? 3 : fn->npref[ICMPV6_ROUTER_PREF_MEDIUM] ? 2 : 1;

	return 2 | top << 2;
}

struct rr_state {
	struct rt6_route *best;
	int mpri;
};

static void consider(struct netns *net, struct rr_state *st, struct rt6_route *r, int oif, int strict)
{
	int m = score_route(net, r, oif, strict);

	if (m > st->mpri) {
		st->best = r;
		st->mpri = m;
	}
}

/*
 * rt6_select over the leaf list: the routes of the first metric, best score
 * first (the earliest among equals); if none will do, every later route.
 */
static struct rt6_route *select_leaf(struct netns *net, const struct rt6_node *fn, int oif, int strict)
{
	struct rr_state st = { NULL, -1 };
	const struct vl_list *pos = fn->leaves.next;
	uint32_t metric = vl_list_entry(pos, struct rt6_route, leaf)->metric;
	int top = best_score(fn);

	for (; pos != &fn->leaves; pos = pos->next) {
		struct rt6_route *r = vl_list_entry(pos, struct rt6_route, leaf);

		if (r->metric != metric)
			break;
		consider(net, &st, r, oif, strict);
		if (st.mpri == top)
			return st.best;
	}
	for (; !st.best && pos != &fn->leaves; pos = pos->next)
		consider(net, &st, vl_list_entry(pos, struct rt6_route, leaf), oif, strict);
	return st.best;
}

/* Leaf order: metric, then place. */
static bool leaf_before(const struct rt6_route *a, const struct rt6_route *b)
{
	return a->metric != b->metric ? a->metric < b->metric : a->pos < b->pos;
}

/*
 * The same when only routes through oif can match (RT6_LOOKUP_F_IFACE): the
 * candidates come from the (prefix, device) hash, never from the leaf list.
 */
static struct rt6_route *select_dev(struct netns *net, const struct rt6_table *t, const struct rt6_node *fn,
				    int oif, int strict)
{
	uint32_t metric = vl_list_entry(fn->leaves.next, struct rt6_route, leaf)->metric;
	struct rt6_route *best[2] = { NULL, NULL };
	int mpri[2] = { -1, -1 };

	for (struct vl_hnode *h = vl_htab_first(&t->by_dev, dev_hash(fn->dst, fn->plen, oif)); h;
	     h = vl_htab_next(h)) {
		struct rt6_route *r = vl_container_of(h, struct rt6_route, dev_hnode);
		int g, m;

		if (r->fn != fn || r->dev->ifindex != oif)
			continue;
		g = r->metric != metric;
		m = score_route(net, r, oif, strict);
		if (m > mpri[g] || (m == mpri[g] && m >= 0 && leaf_before(r, best[g]))) {
			best[g] = r;
			mpri[g] = m;
		}
	}
	return best[0] ? best[0] : best[1];
}

struct rt6_route *rt6_table_lookup(struct netns *net, const struct rt6_table *t, const uint8_t *daddr,
				   int oif, int strict)
{
	uint8_t key[16];

	for (;;) {
		/* Longest prefix first: the lengths seen, highest bit first, the others never looked at. */
		for (int word = 2; word >= 0; word--) {
			for (uint64_t bits = t->plen_seen[word]; bits;) {
				int bit = 63 - __builtin_clzll(bits);
				int plen = word * 64 + bit;
				const struct rt6_node *fn;
				struct rt6_route *r;

				bits &= ~(1ull << bit);
				ipv6_addr_prefix(key, daddr, plen);
				fn = node_find(t, key, plen);
				if (!fn)
					continue;
				r = oif && (strict & RT6_LOOKUP_F_IFACE) ? select_dev(net, t, fn, oif, strict)
									  : select_leaf(net, fn, oif, strict);
				if (r)
					return r;
			}
		}
		/* fib6_table_lookup: with no reachable router anywhere, any router will do. */
		if (!(strict & RT6_LOOKUP_F_REACHABLE))
			return NULL;
		strict &= ~RT6_LOOKUP_F_REACHABLE;
	}
}

int rt6_route_error(const struct rt6_route *r)
{
	if (!r)
		return -ENETUNREACH;
	if (!(r->flags & RTF_REJECT))
		return 0;
	switch (r->type) {
	case RTN_BLACKHOLE:
		return -EINVAL;
	case RTN_UNREACHABLE:
		return -EHOSTUNREACH;
	case RTN_PROHIBIT:
		return -EACCES;
	case RTN_THROW:
		return -EAGAIN;
	default:
		return 0;
	}
}

struct rt6_route *rt6_lookup(struct netns *net, const uint8_t *daddr, int oif, int strict)
{
	struct ipv6_net *in6 = net->ipv6;
	struct rt6_route *r;

	if (!in6)
		return NULL;
	r = rt6_table_lookup(net, &in6->local, daddr, oif, strict);
	if (r && rt6_route_error(r) != -EAGAIN)
		return r;
	r = rt6_table_lookup(net, &in6->main, daddr, oif, strict);
	return r && rt6_route_error(r) == -EAGAIN ? NULL : r;
}

/* rt6_need_strict: link-local, multicast and loopback destinations are bound to their device. */
static bool need_strict(const uint8_t *daddr)
{
	static const uint8_t loopback[16] = { [15] = 1 };

	return ipv6_addr_linklocal(daddr) || ipv6_addr_multicast(daddr) || !memcmp(daddr, loopback, 16);
}

/* Without forwarding, routers whose neighbour entry failed are passed over (ip6_pol_route). */
static int reachable_flag(const struct netns *net)
{
	return net->sysctl->v6_all.data[IPV6_DEVCONF_FORWARDING] ? 0 : RT6_LOOKUP_F_REACHABLE;
}

int rt6_route_saddr(const struct rt6_route *r, const uint8_t *daddr, uint8_t *saddr)
{
	if (r->has_prefsrc) {
		memcpy(saddr, r->prefsrc, 16);
		return 0;
	}
	return ipv6_dev_get_saddr(r->dev, daddr, saddr);
}

static void fill_result(struct netns *net, const struct rt6_route *r, const struct flow6 *fl,
			struct rt6_result *rt)
{
	rt->route = r;
	memcpy(rt->daddr, fl->daddr, 16);
	memcpy(rt->saddr, fl->saddr, 16);
	memcpy(rt->nexthop, r->has_gw ? r->gw : fl->daddr, 16);
	if (r->type == RTN_LOCAL || r->type == RTN_ANYCAST) {
		/* ip6_rt_get_dev_rcu: copies of local routes leave through lo. */
		rt->local = true;
		rt->orig_oif = r->dev->ifindex;
		rt->dev = net->loopback_dev;
		return;
	}
	rt->reject = (r->flags & RTF_REJECT) != 0;
	rt->dev = r->dev;
	rt6_set_mtu(net, rt);
}

/* ip6_rt_mtu_expires: a learnt path MTU lasts 600 s. */
#define IP6_RT_MTU_EXPIRES (600 * VL_NSEC_PER_SEC)

void rt6_set_mtu(struct netns *net, struct rt6_result *rt)
{
	const struct fib_nh_exception *e;

	rt->mtu = rt->dev ? (uint32_t)rt->dev->mtu : 0;
	rt->pmtu = 0;
	rt->expires = 0;
	if (rt->local || rt->reject || !net->ipv6->rt6_exc.count)
		return;
	/* rt6_find_cached_rt: the RTF_CACHE copy for this destination, if one was learnt. */
	e = fnhe_get(&net->ipv6->rt6_exc, rt->route, rt->daddr, net->world->clock.now);
	if (!e)
		return;
	rt->pmtu = e->pmtu;
	rt->expires = e->expires;
	rt->mtu = e->pmtu;
}

void ip6_update_pmtu(struct netns *net, const uint8_t *daddr, const uint8_t *saddr, uint32_t mtu)
{
	struct flow6 fl = { 0 };
	struct fib_nh_exception *e;
	struct rt6_result rt;

	memcpy(fl.daddr, daddr, 16);
	memcpy(fl.saddr, saddr, 16);
	/* __ip6_rt_update_pmtu: never below 1280, and only ever down. */
	if (mtu < IPV6_MIN_MTU)
		mtu = IPV6_MIN_MTU;
	if (ip6_route_output(net, &fl, &rt) || rt.local || rt.reject || !rt.route || mtu >= rt.mtu)
		return;
	e = fnhe_get_or_create(&net->ipv6->rt6_exc, rt.route, daddr);
	e->pmtu = mtu;
	e->expires = net->world->clock.now + IP6_RT_MTU_EXPIRES;
}

/*
 * ip6_route_output_flags and ip6_dst_lookup_tail: strict for the device
 * asked for when there is no source yet (or the destination needs it), then
 * the source the route gives.
 */
struct rt6_route *ip6_route_output_lookup(struct netns *net, const struct flow6 *fl)
{
	int strict = reachable_flag(net);

	if ((fl->oif && ipv6_addr_any(fl->saddr)) || need_strict(fl->daddr))
		strict |= RT6_LOOKUP_F_IFACE;
	return rt6_lookup(net, fl->daddr, fl->oif, strict);
}

int ip6_route_output(struct netns *net, const struct flow6 *fl, struct rt6_result *rt)
{
	bool any_src = ipv6_addr_any(fl->saddr);
	struct rt6_route *r;
	int err;

	memset(rt, 0, sizeof(*rt));
	if (!net->ipv6)
		return -ENETUNREACH;
	r = ip6_route_output_lookup(net, fl);
	err = rt6_route_error(r);
	if (err) {
		uint8_t saddr[16];

		/*
		 * ip6_dst_lookup_tail picks a source before it looks at the
		 * route's error: without a route, among every device's
		 * addresses; none usable (all tentative, say) is its error.
		 */
		if (any_src && ipv6_net_get_saddr(net, fl->daddr, saddr))
			return -EADDRNOTAVAIL;
		return err;
	}
	fill_result(net, r, fl, rt);
	if (!any_src)
		return 0;
	if (r->type == RTN_LOCAL && !r->has_prefsrc) {
		/* Rule 1 of source selection: the destination itself. */
		memcpy(rt->saddr, fl->daddr, 16);
		return 0;
	}
	return rt6_route_saddr(r, fl->daddr, rt->saddr);
}

static bool flow6_equal(const struct flow6 *a, const struct flow6 *b)
{
	return a->oif == b->oif && !memcmp(a->daddr, b->daddr, 16) && !memcmp(a->saddr, b->saddr, 16);
}

/*
 * A successful look-up emits no trace event, and failures are never cached,
 * so a cached answer leaves `why` and the trace as the full look-up would.
 * An answer that read a router's neighbour state is not kept: that state
 * changes without a route or an address changing.
 */
int ip6_route_output_cached(struct netns *net, struct dst_cache6 *dc, const struct flow6 *fl,
			    struct rt6_result *rt)
{
	uint64_t nud;
	int err;

	if (!net->ipv6) {
		dc->valid = false;
		return ip6_route_output(net, fl, rt);
	}
	if (dc->valid && dc->sernum == net->ipv6->fib6_sernum && flow6_equal(&dc->key, fl)) {
		*rt = dc->rt;
		if (!rt->local)
			rt6_set_mtu(net, rt);
		return 0;
	}
	nud = net->ipv6->rt6_nud_checks;
	err = ip6_route_output(net, fl, rt);
	dc->valid = !err && nud == net->ipv6->rt6_nud_checks;
	if (dc->valid) {
		dc->sernum = net->ipv6->fib6_sernum;
		dc->key = *fl;
		dc->rt = *rt;
	}
	return err;
}

/* ip6_route_input_lookup: the input device stands for the output one, strictly for link scope. */
struct rt6_route *ip6_route_input(struct netdev *dev, const uint8_t *daddr)
{
	struct netns *net = dev->net;
	int strict = reachable_flag(net);

	if (need_strict(daddr))
		strict |= RT6_LOOKUP_F_IFACE;
	return rt6_lookup(net, daddr, dev->ifindex, strict);
}

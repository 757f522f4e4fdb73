/*
 * fib.c: the IPv4 routing tables and the routes addresses create, after
 * net/ipv4/fib_frontend.c and fib_trie.c. A table keeps, per prefix, the
 * kernel's alias list (sorted by metric, equal metrics in the order the
 * flags put them). Lookups try prefix lengths from /32 down, one hash probe
 * each, skipping lengths with no route: cost depends on the number of
 * distinct lengths, never on the number of routes, tables or namespaces.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "../core/alloc.h"
#include "../core/world.h"
#include "fib_rules.h"
#include "ipv4.h"

static uint32_t prefix_hash(uint32_t dst, int plen)
{
	return vl_hash_u64(((uint64_t)dst << 8) | (uint64_t)plen);
}

static uint32_t table_hash(uint32_t id)
{
	return vl_hash_u64(id);
}

static void table_init(struct ipv4_net *in, struct fib_table *t, uint32_t id, uint64_t seq)
{
	memset(t, 0, sizeof(*t));
	t->route_kmem = &in->world->kmem[KMEM_FIB_ROUTE];
	t->id = id;
	t->seq = seq;
	vl_htab_init(&t->prefixes);
	vl_list_init(&t->routes);
}

/* Frees the table's routes; the table itself stays (tables live as long as their namespace). */
static void table_flush(struct fib_table *t)
{
	struct vl_list *pos, *tmp;

	vl_list_for_each_safe(pos, tmp, &t->routes) {
		struct fib_route *r = vl_list_entry(pos, struct fib_route, all);

		vl_list_del(&r->dev_node);
		kmem_cache_free(t->route_kmem, r);
	}
	vl_htab_free(&t->prefixes);
	vl_htab_init(&t->prefixes);
	vl_list_init(&t->routes);
	t->plen_mask = 0;
	t->count = 0;
	t->n_src_routes = 0;
}

void fib_net_init(struct ipv4_net *in)
{
	vl_htab_init(&in->tables);
	table_init(in, &in->local, RT_TABLE_LOCAL, 0);
	table_init(in, &in->main, RT_TABLE_MAIN, 0);
	/* No table exists yet, local and main included (CONFIG_IP_MULTIPLE_TABLES): fib_new_table makes them. */
	fib4_rules_init(in);
}

void fib_net_exit(struct ipv4_net *in)
{
	struct fib_table **v = NULL;
	unsigned int n = 0;

	fib4_rules_exit(in);
	v = vl_calloc(in->tables.count, sizeof(*v));
	for (uint32_t b = 0; in->tables.count && b < vl_htab_nbuckets(&in->tables); b++)
		for (struct vl_hnode *h = vl_htab_bucket_first(&in->tables, b); h; h = vl_htab_bucket_next(&in->tables, b, h))
			v[n++] = vl_container_of(h, struct fib_table, hnode);
	for (unsigned int i = 0; i < n; i++) {
		table_flush(v[i]);
		if (v[i] != &in->local && v[i] != &in->main)
			free(v[i]);
	}
	free(v);
	vl_htab_free(&in->tables);
}

struct fib_table *fib_get_table(struct netns *net, uint32_t id)
{
	struct ipv4_net *in = ipv4_net(net);

	if (id == RT_TABLE_UNSPEC)
		id = RT_TABLE_MAIN;
	for (struct vl_hnode *h = vl_htab_first(&in->tables, table_hash(id)); h; h = vl_htab_next(h)) {
		struct fib_table *t = vl_container_of(h, struct fib_table, hnode);

		if (t->id == id)
			return t;
	}
	return NULL;
}

/*
 * fib_new_table: local and main come to exist on the first insertion (an
 * address, ip route add), their storage being the namespace's own; local made
 * before any rule change brings main along (it is its alias then).
 */
struct fib_table *fib_new_table(struct netns *net, uint32_t id)
{
	struct ipv4_net *in = ipv4_net(net);
	struct fib_table *t;

	if (id == RT_TABLE_UNSPEC)
		id = RT_TABLE_MAIN;
	t = fib_get_table(net, id);
	if (t)
		return t;
	if (id == RT_TABLE_LOCAL && !in->custom_rules)
		(void)fib_new_table(net, RT_TABLE_MAIN);
	t = id == RT_TABLE_LOCAL ? &in->local : id == RT_TABLE_MAIN ? &in->main : vl_malloc(sizeof(*t));
	table_init(in, t, id, ++in->table_seq);
	vl_htab_insert(&in->tables, &t->hnode, table_hash(id));
	return t;
}

struct fib_table *fib_empty_table(struct netns *net)
{
	/* Terminates within (number of tables + 1) probes: each taken id is a table. */
	for (uint32_t id = 1; id != 0; id++)
		if (!fib_get_table(net, id))
			return fib_new_table(net, id);
	return NULL;
}

/* fib_table_hash has 256 buckets by id, and fib_new_table puts a new table first in its bucket. */
static int table_dump_cmp(const void *a, const void *b)
{
	const struct fib_table *x = *(const struct fib_table *const *)a;
	const struct fib_table *y = *(const struct fib_table *const *)b;

	if ((x->id & 255) != (y->id & 255))
		return (x->id & 255) < (y->id & 255) ? -1 : 1;
	return x->seq > y->seq ? -1 : x->seq < y->seq;
}

unsigned int fib_tables_dump_order(struct netns *net, struct fib_table ***v)
{
	struct ipv4_net *in = ipv4_net(net);
	unsigned int n = 0;

	*v = vl_calloc(in->tables.count, sizeof(**v));
	for (uint32_t b = 0; in->tables.count && b < vl_htab_nbuckets(&in->tables); b++)
		for (struct vl_hnode *h = vl_htab_bucket_first(&in->tables, b); h; h = vl_htab_bucket_next(&in->tables, b, h))
			(*v)[n++] = vl_container_of(h, struct fib_table, hnode);
	qsort(*v, n, sizeof(**v), table_dump_cmp);
	return n;
}

/* The head of the routes for exactly dst/plen. */
static struct fib_route *prefix_head(const struct fib_table *t, uint32_t dst, int plen)
{
	for (struct vl_hnode *h = vl_htab_first(&t->prefixes, prefix_hash(dst, plen)); h;
	     h = vl_htab_next(h)) {
		struct fib_route *r = vl_container_of(h, struct fib_route, hnode);

		if (r->dst == dst && r->plen == plen)
			return r;
	}
	return NULL;
}

static int route_cmp_trie(const void *a, const void *b)
{
	const struct fib_route *x = *(const struct fib_route *const *)a;
	const struct fib_route *y = *(const struct fib_route *const *)b;

	if (x->dst != y->dst)
		return x->dst < y->dst ? -1 : 1;
	return x->plen > y->plen ? -1 : x->plen < y->plen;
}

unsigned int fib_table_dump_routes(const struct fib_table *t, const struct fib_route ***v)
{
	const struct fib_route **heads = vl_calloc(t->count + 1, sizeof(*heads));
	unsigned int nh = 0, n = 0;
	struct vl_list *pos;

	vl_list_for_each(pos, &t->routes) {
		const struct fib_route *r = vl_list_entry(pos, struct fib_route, all);

		if (prefix_head(t, r->dst, r->plen) == r)
			heads[nh++] = r;
	}
	qsort(heads, nh, sizeof(*heads), route_cmp_trie);
	*v = vl_calloc(t->count + 1, sizeof(**v));
	for (unsigned int i = 0; i < nh; i++)
		for (const struct fib_route *r = heads[i]; r; r = r->next)
			(*v)[n++] = r;
	free(heads);
	return n;
}

/* fib_props[type].error: these types answer a lookup with an error (throw: "try the next rule"). */
static int type_error(uint8_t type)
{
	switch (type) {
	case RTN_UNREACHABLE:
		return -EHOSTUNREACH;
	case RTN_PROHIBIT:
		return -EACCES;
	case RTN_BLACKHOLE:
	case RTN_NAT:
	case RTN_NAT + 1:	/* RTN_XRESOLVE */
		return -EINVAL;
	case RTN_THROW:
		return -EAGAIN;
	default:
		return 0;
	}
}

static void fill_result(struct fib_result *res, const struct fib_route *r, uint32_t table)
{
	res->route = r;
	res->table = table;
	res->type = r->type;
	res->prefixlen = r->plen;
}

/*
 * One prefix's aliases, as fib_table_lookup walks a leaf: 1 found, 0 look at
 * shorter prefixes, or the error of the first route whose type is one. Routes
 * of a dead next hop are gone already (flush_dev_routes), so a route counts
 * unless the flow asks for another output device.
 */
static int prefix_lookup(const struct fib_table *t, uint32_t dst, int plen, const struct flow4 *fl,
			 struct fib_result *res, uint32_t table)
{
	for (const struct fib_route *r = prefix_head(t, dst & inet_make_mask(plen), plen); r; r = r->next) {
		int err;

		if (r->scope < fl->scope)
			continue;
		err = type_error(r->type);
		if (err) {
			fill_result(res, r, table);
			return err;
		}
		if (fl->oif && (!r->dev || r->dev->ifindex != fl->oif))
			continue;
		fill_result(res, r, table);
		return 1;
	}
	return 0;
}

int fib_table_lookup(const struct fib_table *t, const struct flow4 *fl, struct fib_result *res)
{
	for (int plen = 32; plen >= 0; plen--) {
		int found;

		if (!(t->plen_mask >> plen & 1))
			continue;
		found = prefix_lookup(t, fl->daddr, plen, fl, res, t->id);
		if (found)
			return found < 0 ? found : 0;
	}
	return -EAGAIN;
}

/*
 * Before any rule changes, local and main share one trie (fib_unmerge has not
 * run): the longest prefix of either wins, local first at equal length, and
 * what is found counts as found in main.
 */
static int merged_lookup(struct ipv4_net *in, const struct flow4 *fl, struct fib_result *res)
{
	for (int plen = 32; plen >= 0; plen--) {
		int found = 0;

		if (in->local.plen_mask >> plen & 1)
			found = prefix_lookup(&in->local, fl->daddr, plen, fl, res, RT_TABLE_MAIN);
		if (!found && in->main.plen_mask >> plen & 1)
			found = prefix_lookup(&in->main, fl->daddr, plen, fl, res, RT_TABLE_MAIN);
		if (found)
			return found < 0 ? found : 0;
	}
	return -EAGAIN;
}

int fib_lookup_flow(struct netns *net, const struct flow4 *fl, struct fib_result *res)
{
	struct ipv4_net *in = ipv4_net(net);
	struct fib_table *dflt;
	int err;

	*res = (struct fib_result){ 0 };
	if (in->custom_rules)
		return fib4_rules_lookup(net, fl, res);
	err = merged_lookup(in, fl, res);
	if (err) {
		dflt = fib_get_table(net, RT_TABLE_DEFAULT);
		if (dflt)
			err = fib_table_lookup(dflt, fl, res);
	}
	return err == -EAGAIN ? -ENETUNREACH : err;
}

int fib_lookup(struct netns *net, uint32_t dst, int oif, struct fib_route **res)
{
	struct flow4 fl = { .daddr = dst, .oif = oif };
	struct fib_result r;

	fl.iif = net->loopback_dev ? net->loopback_dev->ifindex : 0;
	/* Any outcome will do: the caller looks at the route's type itself. */
	(void)!fib_lookup_flow(net, &fl, &r);
	*res = (struct fib_route *)r.route;
	return r.route ? 0 : -ENETUNREACH;
}

/* Inserts r into its prefix's alias list before at (NULL: at the end), and into the table. */
static void route_link(struct fib_table *t, struct fib_route *r, struct fib_route *at)
{
	struct fib_route *head = prefix_head(t, r->dst, r->plen);

	if (!head || at == head) {
		if (head)
			vl_htab_remove(&t->prefixes, &head->hnode);
		r->next = head;
		vl_htab_insert(&t->prefixes, &r->hnode, prefix_hash(r->dst, r->plen));
	} else {
		struct fib_route *p = head;

		while (p->next != at)
			p = p->next;
		r->next = at;
		p->next = r;
	}
	vl_list_add_tail(&t->routes, &r->all);
	if (r->prefsrc && !r->ifa_route)
		t->n_src_routes++;
	if (r->dev)
		vl_list_add_tail(&r->dev->fib_routes, &r->dev_node);
	else
		vl_list_init(&r->dev_node);
	t->plen_mask |= 1ULL << r->plen;
	t->count++;
}

static void route_unlink(struct fib_table *t, struct fib_route *r)
{
	struct fib_route *head = prefix_head(t, r->dst, r->plen);

	if (head == r) {
		vl_htab_remove(&t->prefixes, &r->hnode);
		if (r->next)
			vl_htab_insert(&t->prefixes, &r->next->hnode, prefix_hash(r->dst, r->plen));
	} else {
		for (struct fib_route *p = head; p; p = p->next) {
			if (p->next == r) {
				p->next = r->next;
				break;
			}
		}
	}
	vl_list_del(&r->all);
	vl_list_del(&r->dev_node);
	if (r->prefsrc && !r->ifa_route)
		t->n_src_routes--;
	if (--t->count == 0)
		t->plen_mask = 0;
	if (r->dev)
		fnhe_route_gone(ipv4_net(r->dev->net), r);
	kmem_cache_free(t->route_kmem, r);
}

/* fa->fa_info == fi: the kernel shares one fib_info between identical routes. */
static bool same_info(const struct fib_route *a, const struct fib_route *b)
{
	return a->type == b->type && a->proto == b->proto && a->scope == b->scope &&
	       a->prefsrc == b->prefsrc && a->priority == b->priority && a->dev == b->dev &&
	       a->gw == b->gw && ((a->nh_flags ^ b->nh_flags) & RTNH_F_ONLINK) == 0;
}

/*
 * fib_table_insert. Among routes of equal prefix, tos and metric: EXCL fails,
 * REPLACE takes the first one's place (or does nothing if that is the very
 * route), else an identical route is -EEXIST and the new one goes before the
 * group, or after it with APPEND. Without CREATE nothing new is made.
 */
int fib_route_add(struct netns *net, const struct fib_route *tmpl, unsigned int nlflags, const char **extack)
{
	struct fib_table *t = fib_get_table(net, tmpl->table);
	struct fib_route *first = NULL, *match = NULL, *at = NULL, *r;

	(void)extack;
	if (!t)
		return -ESRCH;
	rt_cache_flush(net);
	for (struct fib_route *p = prefix_head(t, tmpl->dst, tmpl->plen); p; p = p->next) {
		if (p->priority >= tmpl->priority) {
			at = p;
			if (p->priority == tmpl->priority && p->tos == tmpl->tos)
				first = p;
			break;
		}
	}
	if (first) {
		if (nlflags & FIB_NLF_EXCL)
			return -EEXIST;
		for (at = first; at && at->priority == first->priority; at = at->next) {
			if (same_info(at, tmpl)) {
				match = at;
				break;
			}
		}
		if (nlflags & FIB_NLF_REPLACE) {
			if (match)
				return match == first ? 0 : -EEXIST;
			r = kmem_cache_zalloc(t->route_kmem, sizeof(*r));
			*r = *tmpl;
			route_link(t, r, first);
			route_unlink(t, first);
			return 0;
		}
		if (match)
			return -EEXIST;
		if (!(nlflags & FIB_NLF_APPEND))
			at = first;
		else
			while (at && at->priority == first->priority)
				at = at->next;
	}
	if (!(nlflags & FIB_NLF_CREATE))
		return -ENOENT;
	r = kmem_cache_zalloc(t->route_kmem, sizeof(*r));
	*r = *tmpl;
	route_link(t, r, at);
	return 0;
}

static bool del_matches(const struct fib_route *r, const struct fib_route *m)
{
	return (!m->type || r->type == m->type) && (m->scope == RT_SCOPE_NOWHERE || r->scope == m->scope) &&
	       (!m->prefsrc || r->prefsrc == m->prefsrc) && (!m->proto || r->proto == m->proto) &&
	       (!m->priority || r->priority == m->priority) && (!m->dev || r->dev == m->dev) &&
	       (!m->gw || r->gw == m->gw) && r->tos == m->tos;
}

int fib_route_del(struct netns *net, const struct fib_route *m, const char **extack)
{
	struct fib_table *t = fib_get_table(net, m->table);

	(void)extack;
	if (!t)
		return -ESRCH;
	rt_cache_flush(net);
	for (struct fib_route *r = prefix_head(t, m->dst, m->plen); r; r = r->next) {
		if (del_matches(r, m)) {
			route_unlink(t, r);
			return 0;
		}
	}
	return -ESRCH;
}

/* A deletion with priority 0 takes the route whatever its metric, as fib_table_delete does. */
static void fib_magic(struct netns *net, int add, uint8_t type, uint32_t dst, int plen,
		      const struct in_ifaddr *prim, struct netdev *dev, uint32_t priority)
{
	struct fib_route r = {
		.dst = dst, .plen = (uint8_t)plen, .type = type, .proto = RTPROT_KERNEL,
		.table = type == RTN_UNICAST ? RT_TABLE_MAIN : RT_TABLE_LOCAL,
		.scope = type == RTN_LOCAL ? RT_SCOPE_HOST : RT_SCOPE_LINK,
		.prefsrc = prim->local, .dev = dev, .priority = priority, .ifa_route = true,
	};
	const char *extack = NULL;

	/* Deleting as well as adding makes the table exist, as fib_magic's fib_new_table does. */
	(void)fib_new_table(net, r.table);
	if (add) {
		/* -EEXIST (the very route is there) is what fib_magic ignores too. */
		(void)!fib_route_add(net, &r, FIB_NLF_CREATE | FIB_NLF_APPEND, &extack);
	} else {
		/*
		 * -ESRCH, the only failure, is expected and harmless: the route
		 * went with the device going down, or was deleted by hand. The
		 * kernel's fib_magic ignores it too.
		 */
		(void)!fib_route_del(net, &r, &extack);
	}
}

/* The address's primary: itself, or the primary of its subnet for a secondary. */
static const struct in_ifaddr *ifa_primary(const struct in_device *idev, const struct in_ifaddr *ifa)
{
	if (!(ifa->flags & IFA_F_SECONDARY))
		return ifa;
	for (const struct in_ifaddr *p = idev->ifa_list; p; p = p->next)
		if (!(p->flags & IFA_F_SECONDARY) && p->mask == ifa->mask &&
		    !((p->address ^ ifa->address) & p->mask))
			return p;
	return ifa;
}

/* fib_add_ifaddr: local route always; broadcast and prefix routes once the device is up. */
void fib_ifa_added(struct in_device *idev, struct in_ifaddr *ifa)
{
	struct netdev *dev = idev->dev;
	struct netns *net = dev->net;
	const struct in_ifaddr *prim = ifa_primary(idev, ifa);
	uint32_t prefix = ifa->address & ifa->mask;

	/* fib_inetaddr_event: source selection reads the address lists, whatever routes change. */
	rt_cache_flush(net);
	fib_magic(net, 1, RTN_LOCAL, ifa->local, 32, prim, dev, 0);
	if (!(dev->flags & IFF_UP))
		return;
	if (ifa->broadcast && ifa->broadcast != 0xffffffffu)
		fib_magic(net, 1, RTN_BROADCAST, ifa->broadcast, 32, prim, dev, 0);
	if (prefix && !(ifa->flags & IFA_F_SECONDARY) && (prefix != ifa->local || ifa->prefixlen < 32)) {
		if (!(ifa->flags & IFA_F_NOPREFIXROUTE))
			fib_magic(net, 1, (dev->flags & IFF_LOOPBACK) ? RTN_LOCAL : RTN_UNICAST, prefix,
				  ifa->prefixlen, prim, dev, ifa->rt_priority);
		if (ifa->prefixlen < 31)
			fib_magic(net, 1, RTN_BROADCAST, prefix | ~ifa->mask, 32, prim, dev, 0);
	}
}

static bool addr_still_used(const struct in_device *idev, const struct in_ifaddr *gone, uint32_t a)
{
	for (const struct in_ifaddr *p = idev->ifa_list; p; p = p->next) {
		if (p == gone)
			continue;
		if (p->local == a || p->broadcast == a || (p->address | ~p->mask) == a)
			return true;
	}
	return false;
}

/* inet_addr_type_dev_table: whether a is still local by the local table, on any device. */
static bool addr_still_local(struct netns *net, uint32_t a)
{
	const struct fib_table *t = fib_get_table(net, RT_TABLE_LOCAL);
	struct flow4 fl = { .daddr = a };
	struct fib_result res;

	return t && !fib_table_lookup(t, &fl, &res) && res.type == RTN_LOCAL;
}

/*
 * fib_sync_down_addr then fib_flush: the routes of the main table (and of
 * no other) that name a as their preferred source go, whatever their device.
 * Those an address made name their primary, which has taken them already
 * when a goes: with no asked-for route naming a source, nothing is left.
 */
static void fib_sync_down_addr(struct netns *net, uint32_t a)
{
	struct fib_table *t = fib_get_table(net, RT_TABLE_MAIN);
	struct vl_list *pos, *tmp;

	if (!t || !a || !t->n_src_routes)
		return;
	vl_list_for_each_safe(pos, tmp, &t->routes) {
		struct fib_route *r = vl_list_entry(pos, struct fib_route, all);

		if (r->prefsrc == a)
			route_unlink(t, r);
	}
}

/*
 * fib_del_ifaddr, simplified: the routes this address made go unless another
 * needs them; once the address is local nowhere, so do the routes that use it
 * as their source. A secondary whose primary went before it (a dead device's
 * addresses go in list order, primaries first, without promotions) touches
 * nothing: its routes wait for fib_disable_ip, and routes using it as their
 * source stay, as in the kernel.
 */
void fib_ifa_deleted(struct in_device *idev, struct in_ifaddr *ifa)
{
	struct netdev *dev = idev->dev;
	struct netns *net = dev->net;
	const struct in_ifaddr *prim = ifa_primary(idev, ifa);
	uint32_t prefix = ifa->address & ifa->mask;

	rt_cache_flush(net);
	if ((ifa->flags & IFA_F_SECONDARY) && prim == ifa)
		return;
	if (!addr_still_used(idev, ifa, ifa->local)) {
		fib_magic(net, 0, RTN_LOCAL, ifa->local, 32, prim, dev, 0);
		if (!addr_still_local(net, ifa->local))
			fib_sync_down_addr(net, ifa->local);
	}
	if (ifa->broadcast && !addr_still_used(idev, ifa, ifa->broadcast))
		fib_magic(net, 0, RTN_BROADCAST, ifa->broadcast, 32, prim, dev, 0);
	if (!(ifa->flags & IFA_F_SECONDARY)) {
		if (!(ifa->flags & IFA_F_NOPREFIXROUTE))
			fib_magic(net, 0, (dev->flags & IFF_LOOPBACK) ? RTN_LOCAL : RTN_UNICAST, prefix,
				  ifa->prefixlen, prim, dev, 0);
		if (ifa->prefixlen < 31 && !addr_still_used(idev, ifa, prefix | ~ifa->mask))
			fib_magic(net, 0, RTN_BROADCAST, prefix | ~ifa->mask, 32, prim, dev, 0);
	}
}

/*
 * fib_modify_prefix_metric: an address replaced with another metric moves
 * its prefix route there (the new one added, then the old one deleted), if
 * the device is up and the address has one (a primary, not a /32 of itself).
 */
void fib_ifa_metric_changed(struct in_device *idev, struct in_ifaddr *ifa, uint32_t metric)
{
	struct netdev *dev = idev->dev;
	uint32_t prefix = ifa->address & ifa->mask;
	uint8_t type = (dev->flags & IFF_LOOPBACK) ? RTN_LOCAL : RTN_UNICAST;

	if (!(dev->flags & IFF_UP) || (ifa->flags & (IFA_F_SECONDARY | IFA_F_NOPREFIXROUTE)) || !prefix ||
	    (prefix == ifa->local && ifa->prefixlen == 32))
		return;
	fib_magic(dev->net, 1, type, prefix, ifa->prefixlen, ifa, dev, metric);
	fib_magic(dev->net, 0, type, prefix, ifa->prefixlen, ifa, dev, ifa->rt_priority);
}

/*
 * fib_sync_down_dev then fib_flush: the device's routes go. On the way down
 * a host-scope route stays (its next hop has scope nowhere, which going down
 * spares): the addresses' local routes, and any route of scope host.
 */
static void flush_dev_routes(struct netns *net, struct netdev *dev, bool down)
{
	struct vl_list *pos, *tmp;

	rt_cache_flush(net);
	vl_list_for_each_safe(pos, tmp, &dev->fib_routes) {
		struct fib_route *r = vl_list_entry(pos, struct fib_route, dev_node);

		if (!(down && r->scope == RT_SCOPE_HOST))
			route_unlink(fib_get_table(net, r->table), r);
	}
}

/*
 * fib_inetaddr_event: once the device's last IPv4 address is gone,
 * fib_disable_ip forces every route through it out (host scope too, in every
 * table) and arp_ifdown empties its ARP entries, permanent ones included.
 */
void fib_disable_ip(struct netdev *dev)
{
	flush_dev_routes(dev->net, dev, false);
	neigh_ifdown(&dev->net->ipv4->arp_tbl, dev);
}

/*
 * fib_netdev_event: routes follow the device's state. A device going away
 * needs no in_device (devinet, called before, has destroyed it already):
 * every route through it goes, and its ARP entries. The rest concern a
 * device IPv4 runs on.
 */
static void fib_netdev_event(struct netdev *dev, enum netdev_event ev)
{
	if (!dev->net->ipv4)
		return;
	/* fib_netdev_event's rt_cache_flush: a device's state is part of every look-up through it. */
	rt_cache_flush(dev->net);
	if (ev == NETDEV_UNREGISTER) {
		fib_disable_ip(dev);
		return;
	}
	if (!dev->ip_ptr)
		return;
	switch (ev) {
	case NETDEV_UP:
		for (struct in_ifaddr *ifa = dev->ip_ptr->ifa_list; ifa; ifa = ifa->next)
			fib_ifa_added(dev->ip_ptr, ifa);
		break;
	case NETDEV_DOWN:
		/* fib_disable_ip without force: host-scope routes stay; arp_ifdown. */
		flush_dev_routes(dev->net, dev, true);
		neigh_ifdown(&dev->net->ipv4->arp_tbl, dev);
		break;
	default:
		break;
	}
}

/* fib_netdev_notifier: priority 0, registered by ip_fib_init after devinet's. */
static const struct netdev_notifier fib_netdev_notifier = {
	.event = fib_netdev_event,
};

int ip_fib_init(struct world *w)
{
	return register_netdevice_notifier(w, &fib_netdev_notifier);
}

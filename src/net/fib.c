/*
 * fib.c: the local and main routing tables and the routes addresses create,
 * after net/ipv4/fib_frontend.c. Lookups try prefix lengths from /32 down,
 * one hash probe each, skipping lengths with no route: cost depends on the
 * number of distinct lengths, never on the number of routes or namespaces.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "../core/alloc.h"
#include "ipv4.h"

static uint32_t prefix_hash(uint32_t dst, int plen)
{
	return vl_hash_u64(((uint64_t)dst << 8) | (uint64_t)plen);
}

static void table_init(struct fib_table *t, uint32_t id)
{
	memset(t, 0, sizeof(*t));
	t->id = id;
	vl_htab_init(&t->prefixes);
	vl_list_init(&t->routes);
}

static void table_flush(struct fib_table *t)
{
	struct vl_list *pos, *tmp;

	vl_list_for_each_safe(pos, tmp, &t->routes) {
		struct fib_route *r = vl_list_entry(pos, struct fib_route, all);

		vl_list_del(&r->dev_node);
		free(r);
	}
	vl_htab_free(&t->prefixes);
	table_init(t, t->id);
}

void fib_net_init(struct ipv4_net *in)
{
	table_init(&in->local, RT_TABLE_LOCAL);
	table_init(&in->main, RT_TABLE_MAIN);
}

void fib_net_exit(struct ipv4_net *in)
{
	table_flush(&in->local);
	table_flush(&in->main);
}

struct fib_table *fib_get_table(struct netns *net, uint32_t id)
{
	struct ipv4_net *in = ipv4_net(net);

	if (id == RT_TABLE_LOCAL)
		return &in->local;
	if (id == RT_TABLE_MAIN)
		return &in->main;
	return NULL;
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

static bool route_usable(const struct fib_route *r, int oif)
{
	if (!r->dev)
		return oif == 0;
	if (!(r->dev->flags & IFF_UP))
		return false;
	return oif == 0 || r->dev->ifindex == oif;
}

static struct fib_route *table_lookup(const struct fib_table *t, uint32_t dst, int oif)
{
	for (int plen = 32; plen >= 0; plen--) {
		if (!t->plen_used[plen])
			continue;
		for (struct fib_route *r = prefix_head(t, dst & inet_make_mask(plen), plen); r; r = r->next)
			if (route_usable(r, oif))
				return r;
	}
	return NULL;
}

int fib_lookup(struct netns *net, uint32_t dst, int oif, struct fib_route **res)
{
	struct ipv4_net *in = ipv4_net(net);

	*res = table_lookup(&in->local, dst, oif);
	if (!*res)
		*res = table_lookup(&in->main, dst, oif);
	return *res ? 0 : -ENETUNREACH;
}

static bool same_route(const struct fib_route *a, const struct fib_route *b)
{
	return a->tos == b->tos && a->priority == b->priority;
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
	t->plen_used[r->plen]--;
	t->count--;
	free(r);
}

/* Routes of one prefix stay sorted by tos, then priority (metric). */
static void route_link(struct fib_table *t, struct fib_route *r)
{
	struct fib_route *head = prefix_head(t, r->dst, r->plen), **pp;

	if (!head || r->priority < head->priority) {
		if (head)
			vl_htab_remove(&t->prefixes, &head->hnode);
		r->next = head;
		vl_htab_insert(&t->prefixes, &r->hnode, prefix_hash(r->dst, r->plen));
	} else {
		for (pp = &head->next; *pp && (*pp)->priority <= r->priority; pp = &(*pp)->next)
			;
		r->next = *pp;
		*pp = r;
	}
	vl_list_add_tail(&t->routes, &r->all);
	if (r->dev)
		vl_list_add_tail(&r->dev->fib_routes, &r->dev_node);
	else
		vl_list_init(&r->dev_node);
	t->plen_used[r->plen]++;
	t->count++;
}

static struct fib_route *find_same(struct fib_table *t, const struct fib_route *r)
{
	for (struct fib_route *p = prefix_head(t, r->dst, r->plen); p; p = p->next)
		if (same_route(p, r))
			return p;
	return NULL;
}

static bool perfect_match(const struct fib_route *a, const struct fib_route *b)
{
	return a->dev == b->dev && a->gw == b->gw && a->type == b->type && a->scope == b->scope;
}

/*
 * fib_table_insert: EXCL fails on any route of the same tos and metric,
 * REPLACE takes its place, APPEND (the kernel's own routes) adds beside it
 * unless it is the very same route.
 */
int fib_route_add(struct netns *net, const struct fib_route *tmpl, enum fib_add_mode mode,
		  const char **extack)
{
	struct fib_table *t = fib_get_table(net, tmpl->table);
	struct fib_route *old, *r;

	(void)extack;
	if (!t)
		return -ENOTSUP;
	old = find_same(t, tmpl);
	if (old && mode == FIB_ADD_EXCL)
		return -EEXIST;
	if (mode == FIB_ADD_APPEND) {
		for (struct fib_route *p = old; p; p = p->next)
			if (same_route(p, tmpl) && perfect_match(p, tmpl))
				return 0;
		old = NULL;
	}
	r = vl_malloc(sizeof(*r));
	*r = *tmpl;
	r->next = NULL;
	if (old)
		route_unlink(t, old);
	route_link(t, r);
	if (t->id == RT_TABLE_LOCAL && r->proto != RTPROT_KERNEL)
		ipv4_net(net)->custom_local_routes = true;
	return 0;
}

/* Deletes the first route matching every field set in m (0/NULL = any). */
int fib_route_del(struct netns *net, const struct fib_route *m, const char **extack)
{
	struct fib_table *t = fib_get_table(net, m->table);

	(void)extack;
	if (!t)
		return -ESRCH;
	for (struct fib_route *r = prefix_head(t, m->dst, m->plen); r; r = r->next) {
		if ((m->dev && r->dev != m->dev) || (m->gw && r->gw != m->gw) ||
		    (m->type && r->type != m->type) || (m->priority != UINT32_MAX && r->priority != m->priority) ||
		    (m->prefsrc && r->prefsrc != m->prefsrc) || (m->proto && r->proto != m->proto))
			continue;
		route_unlink(t, r);
		return 0;
	}
	return -ESRCH;
}

static void fib_magic(struct netns *net, int add, uint8_t type, uint32_t dst, int plen,
		      const struct in_ifaddr *prim, struct netdev *dev)
{
	struct fib_route r = {
		.dst = dst, .plen = (uint8_t)plen, .type = type, .proto = RTPROT_KERNEL,
		.table = type == RTN_UNICAST ? RT_TABLE_MAIN : RT_TABLE_LOCAL,
		.scope = type == RTN_LOCAL ? RT_SCOPE_HOST : RT_SCOPE_LINK,
		.prefsrc = prim->local, .dev = dev,
	};
	const char *extack = NULL;

	if (add) {
		/* Cannot fail: the table (local or main) exists, and APPEND never reports -EEXIST. */
		(void)!fib_route_add(net, &r, FIB_ADD_APPEND, &extack);
	} else {
		r.priority = UINT32_MAX;
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

	fib_magic(net, 1, RTN_LOCAL, ifa->local, 32, prim, dev);
	if (!(dev->flags & IFF_UP))
		return;
	if (ifa->broadcast && ifa->broadcast != 0xffffffffu)
		fib_magic(net, 1, RTN_BROADCAST, ifa->broadcast, 32, prim, dev);
	if (prefix && !(ifa->flags & IFA_F_SECONDARY) && (prefix != ifa->local || ifa->prefixlen < 32)) {
		fib_magic(net, 1, (dev->flags & IFF_LOOPBACK) ? RTN_LOCAL : RTN_UNICAST, prefix,
			  ifa->prefixlen, prim, dev);
		if (ifa->prefixlen < 31)
			fib_magic(net, 1, RTN_BROADCAST, prefix | ~ifa->mask, 32, prim, dev);
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

/* fib_del_ifaddr, simplified: the routes this address made go unless another needs them. */
void fib_ifa_deleted(struct in_device *idev, struct in_ifaddr *ifa)
{
	struct netdev *dev = idev->dev;
	struct netns *net = dev->net;
	const struct in_ifaddr *prim = ifa_primary(idev, ifa);
	uint32_t prefix = ifa->address & ifa->mask;

	if (!addr_still_used(idev, ifa, ifa->local))
		fib_magic(net, 0, RTN_LOCAL, ifa->local, 32, prim, dev);
	if (ifa->broadcast && !addr_still_used(idev, ifa, ifa->broadcast))
		fib_magic(net, 0, RTN_BROADCAST, ifa->broadcast, 32, prim, dev);
	if (!(ifa->flags & IFA_F_SECONDARY)) {
		fib_magic(net, 0, (dev->flags & IFF_LOOPBACK) ? RTN_LOCAL : RTN_UNICAST, prefix,
			  ifa->prefixlen, prim, dev);
		if (ifa->prefixlen < 31 && !addr_still_used(idev, ifa, prefix | ~ifa->mask))
			fib_magic(net, 0, RTN_BROADCAST, prefix | ~ifa->mask, 32, prim, dev);
	}
}

/* Drops the device's routes; on the way down the kernel's own local routes stay. */
static void flush_dev_routes(struct netns *net, struct netdev *dev, bool keep_local)
{
	struct vl_list *pos, *tmp;

	vl_list_for_each_safe(pos, tmp, &dev->fib_routes) {
		struct fib_route *r = vl_list_entry(pos, struct fib_route, dev_node);

		if (!(keep_local && r->table == RT_TABLE_LOCAL && r->type == RTN_LOCAL &&
		      r->proto == RTPROT_KERNEL))
			route_unlink(fib_get_table(net, r->table), r);
	}
}

/* fib_netdev_event: routes follow the device's state. */
void fib_dev_event(struct netdev *dev, enum netdev_event ev)
{
	switch (ev) {
	case NETDEV_UP:
		for (struct in_ifaddr *ifa = dev->ip_ptr ? dev->ip_ptr->ifa_list : NULL; ifa; ifa = ifa->next)
			fib_ifa_added(dev->ip_ptr, ifa);
		break;
	case NETDEV_DOWN:
		flush_dev_routes(dev->net, dev, true);
		break;
	case NETDEV_UNREGISTER:
		flush_dev_routes(dev->net, dev, false);
		break;
	default:
		break;
	}
}

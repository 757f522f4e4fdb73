/* netns.c: namespace life, per-namespace lookups and the netnsid table. */
#include <errno.h>
#include "netns.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "netdev.h"
#include "world.h"

/* One id that owner uses for peer; linked from both ends so either can go first. */
struct nsid_ent {
	struct vl_hnode hnode;   /* in owner->nsid_by_peer, hashed by peer pointer */
	struct vl_hnode id_hnode; /* in owner->nsid_by_id */
	struct vl_list ref_node; /* in peer->nsid_refs */
	struct netns *owner, *peer;
	int id;
};

static uint32_t ptr_hash(const void *p)
{
	return vl_hash_u64((uint64_t)(uintptr_t)p);
}

/*
 * A new namespace's inode number: the lowest not held by a live one, as
 * proc_alloc_inum's ida gives it (the initial namespace has the first).
 */
static uint32_t netns_alloc_inum(struct world *w)
{
	if (!w->init_net)
		return NETNS_INIT_INUM;
	return NETNS_FIRST_INUM + ida_alloc(&w->netns_ida);
}

/*
 * A reference to what a new namespace starts with: the compiled defaults for
 * the initial one; for the others, the initial namespace's IPv4 all/default
 * as they are now and compiled defaults for the rest, made once and shared
 * until the initial namespace's sysctls change.
 */
static const struct sysctl_net *netns_sysctl_template(struct world *w)
{
	struct sysctl_net *s = NULL;

	if (!w->init_net) {
		s = sysctl_net_new();
		sysctl_net_init_defaults(s);
		return s;
	}
	if (!w->sysctl_child) {
		s = sysctl_net_new();
		sysctl_net_init_child(s, w->init_net->sysctl);
		w->sysctl_child = s;
	}
	return sysctl_net_get(w->sysctl_child);
}

struct sysctl_net *netns_sysctl_w(struct netns *net)
{
	struct world *w = net->world;

	if (net == w->init_net) {
		sysctl_net_put(w->sysctl_child);
		w->sysctl_child = NULL;
	}
	if (net->sysctl->refs > 1) {
		struct sysctl_net *s = sysctl_net_new();
		unsigned int refs = s->refs;

		*s = *net->sysctl;
		s->refs = refs;
		sysctl_net_put(net->sysctl);
		net->sysctl = s;
	}
	/* Held by net alone: a sysctl_net_new block, writable. */
	return (struct sysctl_net *)net->sysctl;
}

struct netns *netns_new(struct world *w, const char *name)
{
	struct netns *net = kmem_cache_zalloc(&w->kmem[KMEM_NETNS], sizeof(*net));

	if (name)
		net->name = vl_strdup(name);
	net->world = w;
	net->inum = netns_alloc_inum(w);
	vl_htab_init(&net->dev_by_name);
	vl_htab_init(&net->dev_by_index);
	vl_htab_init(&net->nsid_by_peer);
	vl_htab_init(&net->nsid_by_id);
	vl_htab_init(&net->inet_addrs);
	vl_list_init(&net->devices);
	vl_list_init(&net->named_node);
	net->count = 1;
	vl_list_init(&net->nsid_refs);
	net->sysctl = netns_sysctl_template(w);
	for (unsigned int i = 0; i < w->reg.n_pernet; i++) {
		if (w->reg.pernet[i]->init && w->reg.pernet[i]->init(net)) {
			net->pernet_done = i;
			netns_free(net);
			return NULL;
		}
	}
	net->pernet_done = w->reg.n_pernet;
	return net;
}

static void nsid_release(struct nsid_ent *e)
{
	struct netns *o = e->owner;

	vl_htab_remove(&o->nsid_by_peer, &e->hnode);
	vl_htab_remove(&o->nsid_by_id, &e->id_hnode);
	vl_list_del(&e->ref_node);
	if (o->nsid_nfree == o->nsid_capfree) {
		o->nsid_capfree = o->nsid_capfree ? o->nsid_capfree * 2 : 4;
		o->nsid_free = vl_realloc(o->nsid_free, o->nsid_capfree * sizeof(*o->nsid_free));
	}
	o->nsid_free[o->nsid_nfree++] = e->id;
	kmem_cache_free(&o->world->kmem[KMEM_NSID], e);
}

static void nsid_drop_all(struct netns *net)
{
	struct vl_list *pos, *tmp;

	/* Ids others hold for us. */
	vl_list_for_each_safe(pos, tmp, &net->nsid_refs)
		nsid_release(vl_list_entry(pos, struct nsid_ent, ref_node));
	/* Ids we hold for others: walk the buckets directly. */
	for (uint32_t i = 0; net->nsid_by_peer.count && i < vl_htab_nbuckets(&net->nsid_by_peer); i++) {
		while (vl_htab_bucket_first(&net->nsid_by_peer, i)) {
			struct vl_hnode *h = vl_htab_bucket_first(&net->nsid_by_peer, i);

			nsid_release(vl_container_of(h, struct nsid_ent, hnode));
		}
	}
	vl_htab_free(&net->nsid_by_peer);
	vl_htab_free(&net->nsid_by_id);
	free(net->nsid_free);
	net->nsid_free = NULL;
	net->nsid_nfree = net->nsid_capfree = 0;
}

void netns_free(struct netns *net)
{
	if (net->inum >= NETNS_FIRST_INUM)
		ida_free(&net->world->netns_ida, net->inum - NETNS_FIRST_INUM);
	/*
	 * Devices with a dellink (veth) take their peers with them; others are
	 * unregistered with the namespace, lo last as in default_device_exit.
	 */
	while (!vl_list_empty(&net->devices)) {
		struct netdev *dev = vl_list_entry(net->devices.prev, struct netdev, dev_list);

		if (dev == net->loopback_dev && net->dev_count > 1)
			dev = vl_list_entry(net->devices.prev->prev, struct netdev, dev_list);
		if (dev->rtnl_link_ops && dev->rtnl_link_ops->dellink)
			dev->rtnl_link_ops->dellink(dev);
		else
			unregister_netdevice(dev);
	}
	/* ops_exit_list: the operations that ran their init, in reverse. */
	for (unsigned int i = net->pernet_done; i-- > 0;)
		if (net->world->reg.pernet[i]->exit)
			net->world->reg.pernet[i]->exit(net);
	nsid_drop_all(net);
	vl_htab_free(&net->dev_by_name);
	vl_htab_free(&net->dev_by_index);
	vl_htab_free(&net->inet_addrs);
	kmem_cache_free(&net->world->kmem[KMEM_NETNS_DROPS], net->drops);
	sysctl_net_put(net->sysctl);
	free(net->name);
	kmem_cache_free(&net->world->kmem[KMEM_NETNS], net);
}

void put_net(struct netns *net)
{
	struct world *w = net->world;

	if (--net->count)
		return;
	vl_list_del(&net->named_node);
	/*
	 * Within a step the last user may be a capture's socket closed from the
	 * receive path of a device of net. Linux's cleanup_net runs from a
	 * workqueue once the last process has exited, so what net had just sent
	 * still arrives: net goes NETNS_CLEANUP_DELAY later, or before the next
	 * command starts (netns_cleanup), whichever comes first.
	 */
	if (w->in_step) {
		vl_list_add_tail(&w->ns_cleanup, &net->named_node);
		if (!vl_timer_pending(&w->netns_cleanup_timer))
			vl_timer_arm(&w->clock, &w->netns_cleanup_timer, w->clock.now + NETNS_CLEANUP_DELAY);
		return;
	}
	netns_free(net);
	linkwatch_run(w);
}

void netns_cleanup_timer_fn(struct vl_timer *t)
{
	netns_cleanup(vl_container_of(t, struct world, netns_cleanup_timer));
}

void netns_cleanup(struct world *w)
{
	if (vl_list_empty(&w->ns_cleanup))
		return;
	vl_timer_cancel(&w->clock, &w->netns_cleanup_timer);
	while (!vl_list_empty(&w->ns_cleanup)) {
		struct netns *net = vl_list_entry(w->ns_cleanup.next, struct netns, named_node);

		vl_list_del(&net->named_node);
		netns_free(net);
	}
	linkwatch_run(w);
}

void netns_unlink(struct netns *net)
{
	struct world *w = net->world;

	vl_htab_remove(&w->ns_by_name, &net->name_hnode);
	vl_list_del(&net->named_node);
	vl_list_add_tail(&w->ns_dying, &net->named_node);
	net->unlinked = true;
	put_net(net);
}

struct netdev *netdev_get_by_index(const struct netns *net, int ifindex)
{
	struct vl_hnode *h;

	for (h = vl_htab_first(&net->dev_by_index, vl_hash_u64((uint64_t)ifindex)); h;
	     h = vl_htab_next(h)) {
		struct netdev *dev = vl_container_of(h, struct netdev, index_hnode);

		if (dev->ifindex == ifindex)
			return dev;
	}
	return NULL;
}

static struct nsid_ent *nsid_find(const struct netns *net, const struct netns *peer)
{
	struct vl_hnode *h;

	for (h = vl_htab_first(&net->nsid_by_peer, ptr_hash(peer)); h; h = vl_htab_next(h)) {
		struct nsid_ent *e = vl_container_of(h, struct nsid_ent, hnode);

		if (e->peer == peer)
			return e;
	}
	return NULL;
}

int peernet2id(const struct netns *net, const struct netns *peer)
{
	struct nsid_ent *e = nsid_find(net, peer);

	return e ? e->id : -1;
}

/* idr_alloc(..., 0, 0): the lowest free id. Ids at or past nsid_next may be taken already by a set. */
static int nsid_take(struct netns *net)
{
	unsigned int best = 0;

	if (!net->nsid_nfree) {
		while (get_net_ns_by_id(net, net->nsid_next))
			net->nsid_next++;
		return net->nsid_next++;
	}
	for (unsigned int i = 1; i < net->nsid_nfree; i++)
		if (net->nsid_free[i] < net->nsid_free[best])
			best = i;
	int id = net->nsid_free[best];

	net->nsid_free[best] = net->nsid_free[--net->nsid_nfree];
	return id;
}

/* A given id below nsid_next is free only if released: it leaves the free list. */
static bool nsid_claim(struct netns *net, int id)
{
	if (id >= net->nsid_next)
		return true;
	for (unsigned int i = 0; i < net->nsid_nfree; i++)
		if (net->nsid_free[i] == id) {
			net->nsid_free[i] = net->nsid_free[--net->nsid_nfree];
			return true;
		}
	return false;
}

static struct nsid_ent *nsid_insert(struct netns *net, struct netns *peer, int id)
{
	struct nsid_ent *e = kmem_cache_zalloc(&net->world->kmem[KMEM_NSID], sizeof(*e));

	e->owner = net;
	e->peer = peer;
	e->id = id;
	vl_htab_insert(&net->nsid_by_peer, &e->hnode, ptr_hash(peer));
	vl_htab_insert(&net->nsid_by_id, &e->id_hnode, vl_hash_u64((uint64_t)e->id));
	vl_list_add_tail(&peer->nsid_refs, &e->ref_node);
	return e;
}

int peernet2id_set(struct netns *net, struct netns *peer, int id)
{
	if (nsid_find(net, peer))
		return -EEXIST;
	if (id < 0)
		return peernet2id_alloc(net, peer);
	if (get_net_ns_by_id(net, id) || !nsid_claim(net, id))
		return -EBUSY;
	return nsid_insert(net, peer, id)->id;
}

int peernet2id_alloc(struct netns *net, struct netns *peer)
{
	struct nsid_ent *e;

	if (net == peer)
		return -1;
	e = nsid_find(net, peer);
	if (e)
		return e->id;
	return nsid_insert(net, peer, nsid_take(net))->id;
}

static int cmp_nsid(const void *a, const void *b)
{
	const struct netns_nsid *x = a, *y = b;

	return (x->id > y->id) - (x->id < y->id);
}

int netns_nsid_list(const struct netns *net, struct netns_nsid **out)
{
	const struct vl_htab *t = &net->nsid_by_id;
	struct netns_nsid *v = t->count ? vl_calloc(t->count, sizeof(*v)) : NULL;
	int n = 0;

	for (uint32_t i = 0; t->count && i < vl_htab_nbuckets(t); i++)
		for (const struct vl_hnode *h = vl_htab_bucket_first(t, i); h; h = vl_htab_bucket_next(t, i, h)) {
			const struct nsid_ent *e = vl_container_of(h, struct nsid_ent, id_hnode);

			v[n++] = (struct netns_nsid){ e->id, e->peer };
		}
	if (n)
		qsort(v, (size_t)n, sizeof(*v), cmp_nsid);
	*out = v;
	return n;
}

struct netns *get_net_ns_by_id(const struct netns *net, int id)
{
	struct vl_hnode *h;

	for (h = vl_htab_first(&net->nsid_by_id, vl_hash_u64((uint64_t)id)); h; h = vl_htab_next(h)) {
		struct nsid_ent *e = vl_container_of(h, struct nsid_ent, id_hnode);

		if (e->id == id)
			return e->peer;
	}
	return NULL;
}

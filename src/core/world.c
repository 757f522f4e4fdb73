/* world.c: the context that owns everything, and the registries protocols and drivers fill. */
#include "world.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "netdev.h"
#include "netns.h"

struct world *world_alloc(uint64_t seed)
{
	struct world *w = vl_calloc(1, sizeof(*w));

	vl_clock_init(&w->clock);
	vl_rng_seed(&w->rng, seed);
	w->seed = seed;
	vl_htab_init(&w->ns_by_name);
	vl_list_init(&w->ns_named);
	vl_list_init(&w->ns_dying);
	vl_list_init(&w->ns_cleanup);
	vl_timer_init(&w->netns_cleanup_timer, netns_cleanup_timer_fn);
	vl_list_init(&w->linkwatch);
	vl_timer_init_wheel(&w->linkwatch_timer, linkwatch_timer_fn);
	skb_pool_init(&w->skb_pool);
	w->skb_pool.world = w;
	/* Per hop, frames take 15 to 30 us: ping prints Linux-like time=0.0xx ms. */
	w->netdev_max_backlog = NETDEV_MAX_BACKLOG_DEFAULT;
	w->hop_delay_ns = 15000;
	w->hop_jitter_ns = 15000;
	/* 2023-11-14 22:13:20 UTC: a fixed start keeps captures reproducible. */
	w->epoch_sec = 1700000000;
	return w;
}

/* Subsystems go before the first device op, devices at the end, as in net_namespace.c. */
static int pernet_insert(struct world *w, const struct pernet_operations *ops, bool device)
{
	struct world_registry *r = &w->reg;
	unsigned int at = device ? r->n_pernet : r->first_device;

	if (r->n_pernet == WORLD_MAX_REG)
		return -ENOSPC;
	memmove(&r->pernet[at + 1], &r->pernet[at], (r->n_pernet - at) * sizeof(r->pernet[0]));
	r->pernet[at] = ops;
	r->n_pernet++;
	if (!device)
		r->first_device++;
	return 0;
}

int register_pernet_subsys(struct world *w, const struct pernet_operations *ops)
{
	return pernet_insert(w, ops, false);
}

int register_pernet_device(struct world *w, const struct pernet_operations *ops)
{
	return pernet_insert(w, ops, true);
}

int dev_add_pack(struct world *w, const struct packet_type *pt)
{
	struct world_registry *r = &w->reg;

	if (world_ptype(w, pt->type))
		return -EEXIST;
	if (r->n_ptype == WORLD_MAX_REG)
		return -ENOSPC;
	r->ptype[r->n_ptype++] = pt;
	return 0;
}

const struct packet_type *world_ptype(const struct world *w, uint16_t type)
{
	const struct world_registry *r = &w->reg;

	for (unsigned int i = 0; i < r->n_ptype; i++)
		if (r->ptype[i]->type == type)
			return r->ptype[i];
	return NULL;
}

/* notifier_chain_register: before the first entry of lower priority. */
int register_netdevice_notifier(struct world *w, const struct netdev_notifier *nb)
{
	struct world_registry *r = &w->reg;
	unsigned int at = 0;

	if (r->n_notifiers == WORLD_MAX_REG)
		return -ENOSPC;
	while (at < r->n_notifiers && r->notifiers[at]->priority >= nb->priority)
		at++;
	memmove(&r->notifiers[at + 1], &r->notifiers[at],
		(r->n_notifiers - at) * sizeof(r->notifiers[0]));
	r->notifiers[at] = nb;
	r->n_notifiers++;
	return 0;
}

int rtnl_link_register(struct world *w, const struct rtnl_link_ops *ops)
{
	struct world_registry *r = &w->reg;

	if (rtnl_link_ops_get(w, ops->kind))
		return -EEXIST;
	if (r->n_link_ops == WORLD_MAX_REG)
		return -ENOSPC;
	r->link_ops[r->n_link_ops++] = ops;
	return 0;
}

const struct rtnl_link_ops *rtnl_link_ops_get(const struct world *w, const char *kind)
{
	const struct world_registry *r = &w->reg;

	for (unsigned int i = 0; i < r->n_link_ops; i++)
		if (!strcmp(r->link_ops[i]->kind, kind))
			return r->link_ops[i];
	return NULL;
}

void world_free(struct world *w)
{
	if (!w)
		return;
	while (!vl_list_empty(&w->ns_named)) {
		struct netns *net = vl_list_entry(w->ns_named.next, struct netns, named_node);

		vl_list_del(&net->named_node);
		vl_htab_remove(&w->ns_by_name, &net->name_hnode);
		netns_free(net);
	}
	netns_cleanup(w);
	while (!vl_list_empty(&w->ns_dying)) {
		struct netns *net = vl_list_entry(w->ns_dying.next, struct netns, named_node);

		vl_list_del(&net->named_node);
		netns_free(net);
	}
	if (w->init_net)
		netns_free(w->init_net);
	sysctl_net_put(w->sysctl_child);
	vl_htab_free(&w->ns_by_name);
	vl_clock_free(&w->clock);
	skb_pool_free(&w->skb_pool);
	free(w->trace);
	while (w->files)
		world_file_del(w, w->files->name);
	ida_destroy(&w->netns_ida);
	for (int i = 0; i < KMEM_MAX; i++)
		kmem_cache_destroy(&w->kmem[i]);
	for (int i = 0; i < KMEM_NETDEV_SIZES; i++)
		kmem_cache_destroy(&w->netdev_kmem[i]);
	cow_intern_drop(&w->cow_conf4);
	cow_intern_drop(&w->cow_conf6);
	cow_intern_drop(&w->cow_parms);
	free(w);
}

void world_exit(struct world *w)
{
#if defined(__SANITIZE_ADDRESS__)
	world_free(w);
#else
	(void)w;
#endif
}

static struct world_file **world_file_slot(struct world *w, const char *name)
{
	struct world_file **pp = &w->files;

	while (*pp && strcmp((*pp)->name, name))
		pp = &(*pp)->next;
	return pp;
}

const char *world_file_get(const struct world *w, const char *name, size_t *len)
{
	for (const struct world_file *f = w->files; f; f = f->next) {
		if (!strcmp(f->name, name)) {
			*len = f->len;
			return f->data;
		}
	}
	return NULL;
}

void world_file_put(struct world *w, const char *name, const char *data, size_t len)
{
	struct world_file **pp = world_file_slot(w, name), *f = *pp;

	if (!f) {
		f = vl_calloc(1, sizeof(*f));
		f->name = vl_strdup(name);
		*pp = f;
	}
	free(f->data);
	f->data = vl_malloc(len + 1);
	memcpy(f->data, data, len);
	f->data[len] = 0;
	f->len = len;
}

void world_file_del(struct world *w, const char *name)
{
	struct world_file **pp = world_file_slot(w, name), *f = *pp;

	if (!f)
		return;
	*pp = f->next;
	free(f->name);
	free(f->data);
	free(f);
}

struct netns *world_netns_by_name(const struct world *w, const char *name)
{
	struct vl_hnode *h;

	for (h = vl_htab_first(&w->ns_by_name, vl_hash_str(name)); h; h = vl_htab_next(h)) {
		struct netns *net = vl_container_of(h, struct netns, name_hnode);

		if (!strcmp(net->name, name))
			return net;
	}
	return NULL;
}

bool world_step(struct world *w)
{
	struct vl_timer *t;

	/* A bounded world (fuzzing) stops as if nothing were left to happen. */
	if (w->step_limit && w->steps >= w->step_limit)
		return false;
	t = vl_clock_pop(&w->clock);
	if (!t)
		return false;
	w->steps++;
	w->in_step = true;
	t->fn(t);
	w->in_step = false;
	return true;
}

void world_run_until(struct world *w, uint64_t t)
{
	struct vl_timer *next;

	while ((next = vl_clock_peek(&w->clock)) && next->expires <= t && world_step(w))
		;
	if (w->clock.now < t)
		w->clock.now = t;
}

uint64_t world_now(const struct world *w)
{
	return w->clock.now;
}

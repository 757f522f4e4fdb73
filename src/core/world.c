/* world.c: the composition root: which protocols and device types exist, and the boot. */
#include "world.h"

#include <stdlib.h>
#include <string.h>

#include "../drivers/drivers.h"
#include "alloc.h"
#include "../net/stack.h"
#include "netdev.h"
#include "netns.h"

static const struct netdev_notifier *const world_notifiers[] = {
	&inet_stack_notifier,
	NULL,
};

static const struct link_ops *const world_link_types[] = {
	&veth_link_ops,
	NULL,
};

struct world *world_new(uint64_t seed)
{
	struct world *w = vl_calloc(1, sizeof(*w));

	vl_clock_init(&w->clock);
	vl_rng_seed(&w->rng, seed);
	w->seed = seed;
	vl_htab_init(&w->ns_by_name);
	vl_list_init(&w->ns_named);
	vl_list_init(&w->linkwatch);
	w->notifiers = world_notifiers;
	w->link_types = world_link_types;
	w->proto = &ipv4_proto_ops;
	skb_pool_init(&w->skb_pool);
	/* Per hop, frames take 15 to 30 us: ping prints Linux-like time=0.0xx ms. */
	w->netdev_max_backlog = 1000;
	w->hop_delay_ns = 15000;
	w->hop_jitter_ns = 15000;
	/* 2023-11-14 22:13:20 UTC: a fixed start keeps captures reproducible. */
	w->epoch_sec = 1700000000;
	w->init_net = netns_new(w, NULL);
	/* Cannot fail: "lo" is a valid, free name in a namespace without devices. */
	(void)!loopback_net_init(w->init_net);
	/* Cannot fail: lo has no open op that could refuse. */
	(void)!dev_open(w->init_net->loopback_dev);
	return w;
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
	if (w->init_net)
		netns_free(w->init_net);
	vl_htab_free(&w->ns_by_name);
	vl_clock_free(&w->clock);
	skb_pool_free(&w->skb_pool);
	free(w);
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

const struct link_ops *world_link_ops(const struct world *w, const char *kind)
{
	for (const struct link_ops *const *l = w->link_types; *l; l++)
		if (!strcmp((*l)->kind, kind))
			return *l;
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
	t->fn(t);
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

/* neighbour.c: the NUD state machine, timers and the unresolved-packet queue. */
#include "neighbour.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "../core/alloc.h"
#include "../core/dropreason.h"
#include "../core/netdev.h"
#include "../core/netns.h"
#include "../core/world.h"

#define MS (VL_NSEC_PER_MSEC)

static struct vl_clock *nclock(const struct neigh_table *tbl)
{
	return &tbl->net->world->clock;
}

/* neigh_rand_reach_time: uniform in [base/2, 3*base/2). */
static uint64_t rand_reach_time(struct neigh_table *tbl)
{
	uint32_t base = tbl->parms.base_reachable_time;

	return ((uint64_t)base / 2 + vl_rng_below(&tbl->net->world->rng, base)) * MS;
}

/* Forced collection spares what was updated in the last five seconds. */
#define GC_RECENT (5 * (int64_t)VL_NSEC_PER_SEC)
/* gc_stale_time: the periodic work removes what was not used for a minute. */
#define GC_STALE_TIME (60 * (int64_t)VL_NSEC_PER_SEC)

static void neigh_periodic_work(struct vl_timer *t);

static void neigh_gc_init(struct neigh_gc *gc, struct neigh_table *tbl)
{
	int64_t now = (int64_t)nclock(tbl)->now;

	memset(gc, 0, sizeof(*gc));
	vl_list_init(&gc->gc_list);
	gc->thresh1 = 128;
	gc->thresh2 = 512;
	gc->thresh3 = 1024;
	gc->last_flush = now;
	gc->net = tbl->net;
	/* neigh_table_init queues the periodic work reachable_time after boot. */
	gc->periodic_phase = (uint64_t)now + tbl->parms.reachable_time;
	vl_timer_init(&gc->periodic, neigh_periodic_work);
}

void neigh_table_init(struct neigh_table *tbl, struct netns *net, const struct neigh_ops *ops,
		      unsigned int key_len, struct neigh_gc *gc)
{
	memset(tbl, 0, sizeof(*tbl));
	tbl->net = net;
	tbl->ops = ops;
	tbl->key_len = key_len;
	tbl->parms = (struct neigh_parms){
		.base_reachable_time = 30000, .retrans_time = 1000, .delay_probe_time = 5000,
		.locktime = 1000, .ucast_probes = 3, .mcast_probes = 3, .app_probes = 0,
		.mcast_reprobes = 0, .queue_len_bytes = 212992,
	};
	tbl->parms.reachable_time = rand_reach_time(tbl);
	vl_htab_init(&tbl->hash);
	vl_list_init(&tbl->entries);
	if (gc) {
		tbl->gc = gc;
	} else {
		tbl->gc = &tbl->own_gc;
		neigh_gc_init(tbl->gc, tbl);
	}
}

static uint32_t neigh_hash(const struct neigh_table *tbl, const void *pkey, const struct netdev *dev)
{
	const uint8_t *k = pkey;
	uint64_t h = (uint32_t)dev->ifindex;

	for (unsigned int i = 0; i < tbl->key_len; i += 4) {
		uint32_t w;

		memcpy(&w, k + i, 4);
		h = vl_hash_u64(h << 32 ^ w ^ (uint64_t)i << 58);
	}
	return (uint32_t)h;
}

struct neighbour *neigh_lookup(struct neigh_table *tbl, const void *pkey, const struct netdev *dev)
{
	for (struct vl_hnode *h = vl_htab_first(&tbl->hash, neigh_hash(tbl, pkey, dev)); h; h = vl_htab_next(h)) {
		struct neighbour *n = vl_container_of(h, struct neighbour, hnode);

		if (n->dev == dev && !memcmp(n->key6, pkey, tbl->key_len))
			return n;
	}
	return NULL;
}

static void neigh_timer_handler(struct vl_timer *t);

/* The periodic work's period: half of base_reachable_time. */
static uint64_t gc_period(void)
{
	return 15 * VL_NSEC_PER_SEC;
}

/*
 * The kernel's periodic work runs every 15 s whatever happens; it only has
 * something to do once there are gc_thresh1 entries, so vethlab arms it
 * then, on the same grid of times, and lets it lapse below.
 */
static void gc_arm_periodic(struct neigh_gc *gc)
{
	struct vl_clock *c = &gc->net->world->clock;
	uint64_t next = gc->periodic_phase;

	if (gc->entries < gc->thresh1 || vl_timer_pending(&gc->periodic))
		return;
	if (next <= c->now)
		next += ((c->now - next) / gc_period() + 1) * gc_period();
	vl_timer_arm(c, &gc->periodic, next);
}

static bool gc_exempt(const struct neighbour *n)
{
	return n->lo_exempt || (n->nud_state & NUD_PERMANENT);
}

/* neigh_update_gc_list: an entry that becomes exempt leaves the list; one that stops being exempt joins its tail. */
static void gc_list_update(struct neighbour *n)
{
	struct neigh_gc *gc = n->tbl->gc;
	bool on = !vl_list_empty(&n->gc_node);

	if (on && gc_exempt(n)) {
		vl_list_del(&n->gc_node);
		gc->gc_entries--;
	} else if (!on && !gc_exempt(n)) {
		vl_list_add_tail(&gc->gc_list, &n->gc_node);
		gc->gc_entries++;
	}
}

/*
 * neigh_forced_gc: from the oldest created, removes entries nothing holds
 * (no timer running) that failed, are NOARP, have a multicast key or were
 * last updated more than five seconds ago, until the table is back to
 * gc_thresh2. Returns how many went.
 */
static int neigh_forced_gc(struct neigh_gc *gc)
{
	int64_t now = (int64_t)gc->net->world->clock.now;
	int max_clean = (int)gc->gc_entries - (int)gc->thresh2, shrunk = 0;
	struct vl_list *pos, *tmp;

	gc->forced_gc_runs++;
	vl_list_for_each_safe(pos, tmp, &gc->gc_list) {
		struct neighbour *n = vl_list_entry(pos, struct neighbour, gc_node);

		if (n->nud_state & NUD_IN_TIMER)
			continue;
		if (n->nud_state == NUD_FAILED || n->nud_state == NUD_NOARP ||
		    (n->tbl->is_multicast && n->tbl->is_multicast(n->key6)) ||
		    n->updated < now - GC_RECENT || n->updated > now) {
			neigh_destroy(n);
			shrunk++;
		}
		if (shrunk >= max_clean)
			break;
	}
	gc->last_flush = now;
	return shrunk;
}

/* neigh_periodic_work: with gc_thresh1 entries or more, what failed or went unused for gc_stale_time goes. */
static void neigh_periodic_work(struct vl_timer *t)
{
	struct neigh_gc *gc = vl_container_of(t, struct neigh_gc, periodic);
	int64_t now = (int64_t)gc->net->world->clock.now;
	struct vl_list *pos, *tmp;

	gc->periodic_gc_runs++;
	if (gc->entries >= gc->thresh1) {
		vl_list_for_each_safe(pos, tmp, &gc->gc_list) {
			struct neighbour *n = vl_list_entry(pos, struct neighbour, gc_node);

			if (n->nud_state & NUD_IN_TIMER)
				continue;
			if (n->used < n->confirmed && n->confirmed <= now)
				n->used = n->confirmed;
			if (n->nud_state == NUD_FAILED || now >= n->used + GC_STALE_TIME)
				neigh_destroy(n);
		}
	}
	gc_arm_periodic(gc);
}

/* neigh_alloc: past gc_thresh2 (or 3) a forced collection; full is ENOBUFS (NULL). */
static struct neighbour *neigh_alloc(struct neigh_table *tbl, struct netdev *dev, bool lo_exempt,
				     uint8_t state)
{
	struct neigh_gc *gc = tbl->gc;
	bool exempt = lo_exempt || (state & NUD_PERMANENT);
	struct neighbour *n;

	if (!exempt) {
		unsigned int e = gc->gc_entries++;
		int64_t now = (int64_t)nclock(tbl)->now;

		if ((e >= gc->thresh3 || (e >= gc->thresh2 && now > gc->last_flush + GC_RECENT)) &&
		    !neigh_forced_gc(gc) && e >= gc->thresh3) {
			gc->gc_entries--;
			gc->table_fulls++;
			return NULL;
		}
	}
	n = vl_calloc(1, sizeof(*n));
	n->lo_exempt = lo_exempt;
	vl_list_init(&n->gc_node);
	if (!exempt)
		vl_list_add_tail(&gc->gc_list, &n->gc_node);
	gc->entries++;
	(void)dev;
	return n;
}

static struct neighbour *neigh_create_state(struct neigh_table *tbl, const void *pkey,
					    struct netdev *dev, bool lo_exempt, uint8_t state)
{
	struct neighbour *n = neigh_lookup(tbl, pkey, dev);

	if (n)
		return n;
	n = neigh_alloc(tbl, dev, lo_exempt, state);
	if (!n)
		return NULL;
	n->tbl = tbl;
	n->dev = dev;
	memcpy(n->key6, pkey, tbl->key_len);
	n->updated = n->used = (int64_t)nclock(tbl)->now;
	vl_timer_init(&n->timer, neigh_timer_handler);
	skb_queue_init(&n->arp_queue);
	vl_htab_insert(&tbl->hash, &n->hnode, neigh_hash(tbl, pkey, dev));
	vl_list_add_tail(&tbl->entries, &n->node);
	vl_list_add_tail(&dev->neighs, &n->dev_node);
	tbl->count++;
	gc_arm_periodic(tbl->gc);
	return n;
}

struct neighbour *neigh_create(struct neigh_table *tbl, const void *pkey, struct netdev *dev)
{
	return neigh_create_state(tbl, pkey, dev, dev->flags & IFF_LOOPBACK, NUD_NONE);
}

struct neighbour *neigh_create_admin(struct neigh_table *tbl, const void *pkey, struct netdev *dev,
				     uint8_t state)
{
	return neigh_create_state(tbl, pkey, dev, false, state);
}

void neigh_destroy(struct neighbour *n)
{
	struct neigh_table *tbl = n->tbl;

	vl_timer_cancel(nclock(tbl), &n->timer);
	while (n->arp_queue.first)
		kfree_skb_reason(skb_dequeue(&n->arp_queue), SKB_DROP_REASON_NEIGH_DEAD);
	vl_htab_remove(&tbl->hash, &n->hnode);
	vl_list_del(&n->node);
	vl_list_del(&n->dev_node);
	if (!vl_list_empty(&n->gc_node)) {
		vl_list_del(&n->gc_node);
		tbl->gc->gc_entries--;
	}
	tbl->gc->entries--;
	tbl->count--;
	free(n);
}

void neigh_table_clear(struct neigh_table *tbl)
{
	while (!vl_list_empty(&tbl->entries))
		neigh_destroy(vl_list_entry(tbl->entries.next, struct neighbour, node));
	vl_htab_free(&tbl->hash);
	if (tbl->gc == &tbl->own_gc)
		vl_timer_cancel(nclock(tbl), &tbl->own_gc.periodic);
}

void neigh_ifdown(struct neigh_table *tbl, struct netdev *dev)
{
	struct vl_list *pos, *tmp;

	vl_list_for_each_safe(pos, tmp, &dev->neighs) {
		struct neighbour *n = vl_list_entry(pos, struct neighbour, dev_node);

		if (n->tbl == tbl)
			neigh_destroy(n);
	}
}

void neigh_carrier_down(struct neigh_table *tbl, struct netdev *dev)
{
	struct vl_list *pos, *tmp;

	vl_list_for_each_safe(pos, tmp, &dev->neighs) {
		struct neighbour *n = vl_list_entry(pos, struct neighbour, dev_node);

		if (n->tbl == tbl && !(n->nud_state & NUD_PERMANENT))
			neigh_destroy(n);
	}
}

static void neigh_arm(struct neighbour *n, uint64_t when)
{
	vl_timer_arm(nclock(n->tbl), &n->timer, when);
}

static int neigh_max_probes(const struct neighbour *n)
{
	const struct neigh_parms *p = &n->tbl->parms;

	return p->ucast_probes + p->app_probes +
	       ((n->nud_state & NUD_PROBE) ? p->mcast_reprobes : p->mcast_probes);
}

static void neigh_probe(struct neighbour *n)
{
	n->tbl->ops->solicit(n, n->arp_queue.last);
	n->probes++;
}

/* Packets waiting on a neighbour that failed are reported and dropped. */
static void neigh_invalidate(struct neighbour *n)
{
	struct sk_buff *skb;

	while (n->nud_state == NUD_FAILED && (skb = skb_dequeue(&n->arp_queue))) {
		n->arp_queue_len_bytes -= skb->size;
		n->tbl->ops->error_report(n, skb);
	}
	n->arp_queue_len_bytes = 0;
}

static void neigh_timer_handler(struct vl_timer *t)
{
	struct neighbour *n = vl_container_of(t, struct neighbour, timer);
	const struct neigh_parms *p = &n->tbl->parms;
	int64_t now = (int64_t)nclock(n->tbl)->now, next = now + (int64_t)VL_NSEC_PER_SEC;
	int64_t reach = (int64_t)p->reachable_time, delay = (int64_t)p->delay_probe_time * (int64_t)MS;
	uint8_t state = n->nud_state;

	if (!(state & NUD_IN_TIMER))
		return;
	if (state & NUD_REACHABLE) {
		if (now <= n->confirmed + reach) {
			next = n->confirmed + reach;
		} else if (now <= n->used + delay) {
			n->nud_state = NUD_DELAY;
			n->updated = now;
			next = now + delay;
		} else {
			n->nud_state = NUD_STALE;
			n->updated = now;
		}
	} else if (state & NUD_DELAY) {
		if (now <= n->confirmed + delay) {
			n->nud_state = NUD_REACHABLE;
			n->updated = now;
			next = n->confirmed + reach;
		} else {
			n->nud_state = NUD_PROBE;
			n->updated = now;
			n->probes = 0;
			next = now + (int64_t)(p->retrans_time * MS);
		}
	} else {
		next = now + (int64_t)(p->retrans_time * MS);
	}
	if ((n->nud_state & (NUD_INCOMPLETE | NUD_PROBE)) && n->probes >= neigh_max_probes(n)) {
		n->nud_state = NUD_FAILED;
		neigh_invalidate(n);
		return;
	}
	if (n->nud_state & NUD_IN_TIMER)
		neigh_arm(n, (uint64_t)(next < now + (int64_t)(10 * MS) ? now + (int64_t)(10 * MS) : next));
	if (n->nud_state & (NUD_INCOMPLETE | NUD_PROBE))
		neigh_probe(n);
}

static void neigh_queue(struct neighbour *n, struct sk_buff *skb)
{
	while (n->arp_queue_len_bytes + skb->size > n->tbl->parms.queue_len_bytes) {
		struct sk_buff *old = skb_dequeue(&n->arp_queue);

		if (!old)
			break;
		n->arp_queue_len_bytes -= old->size;
		kfree_skb_reason(old, SKB_DROP_REASON_NEIGH_QUEUEFULL);
	}
	skb_queue_tail(&n->arp_queue, skb);
	n->arp_queue_len_bytes += skb->size;
}

int neigh_event_send(struct neighbour *n, struct sk_buff *skb)
{
	const struct neigh_parms *p = &n->tbl->parms;
	uint64_t unow = nclock(n->tbl)->now;
	int64_t now = (int64_t)unow;
	bool immediate_probe = false;

	n->used = now;
	if (n->nud_state & (NUD_CONNECTED | NUD_DELAY | NUD_PROBE))
		return 0;
	if (!(n->nud_state & (NUD_STALE | NUD_INCOMPLETE))) {
		n->probes = p->ucast_probes;
		n->nud_state = NUD_INCOMPLETE;
		n->updated = now;
		immediate_probe = true;
		neigh_arm(n, unow + p->retrans_time * MS);
	} else if (n->nud_state & NUD_STALE) {
		n->nud_state = NUD_DELAY;
		n->updated = now;
		neigh_arm(n, unow + p->delay_probe_time * MS);
	}
	if (n->nud_state == NUD_INCOMPLETE) {
		if (skb)
			neigh_queue(n, skb);
		if (immediate_probe)
			neigh_probe(n);
		return 1;
	}
	return 0;
}

void neigh_resolve_output(struct neighbour *n, struct sk_buff *skb)
{
	if (neigh_event_send(n, skb) == 0)
		n->tbl->ops->output(n, skb);
}

int neigh_update(struct neighbour *n, const uint8_t *lladdr, uint8_t new_state, uint32_t flags)
{
	uint8_t old = n->nud_state;
	uint64_t unow = nclock(n->tbl)->now;
	int64_t now = (int64_t)unow;
	bool addr_change;

	if (!(new_state & NUD_VALID)) {
		vl_timer_cancel(nclock(n->tbl), &n->timer);
		n->nud_state = new_state;
		gc_list_update(n);
		if ((old & (NUD_INCOMPLETE | NUD_PROBE)) && (new_state & NUD_FAILED))
			neigh_invalidate(n);
		return 0;
	}
	if (!lladdr) {
		if (!(old & NUD_VALID))
			return -EINVAL;
		lladdr = n->ha;
	}
	addr_change = memcmp(lladdr, n->ha, 6) != 0;
	if (old & NUD_VALID) {
		if (addr_change && !(flags & NEIGH_UPDATE_F_OVERRIDE)) {
			if (!(flags & NEIGH_UPDATE_F_WEAK_OVERRIDE) || !(old & NUD_CONNECTED))
				return 0;
			lladdr = n->ha;
			addr_change = false;
			new_state = NUD_STALE;
		} else if (!addr_change && new_state == NUD_STALE && !(flags & NEIGH_UPDATE_F_ADMIN)) {
			/* A valid entry is not demoted to STALE by a mere repeat. */
			new_state = old;
		}
	}
	if (new_state & NUD_CONNECTED)
		n->confirmed = now;
	if (new_state != old || addr_change)
		n->updated = now;
	if (new_state != old) {
		vl_timer_cancel(nclock(n->tbl), &n->timer);
		if (new_state & NUD_PROBE)
			n->probes = 0;
		if (new_state & NUD_IN_TIMER)
			neigh_arm(n, unow + ((new_state & NUD_REACHABLE) ? n->tbl->parms.reachable_time : 0));
		n->nud_state = new_state;
		gc_list_update(n);
	}
	if (addr_change) {
		memcpy(n->ha, lladdr, 6);
		if (!(new_state & NUD_CONNECTED))
			n->confirmed = (int64_t)now - (int64_t)(2ULL * n->tbl->parms.base_reachable_time * MS);
	}
	if (new_state == old)
		return 0;
	if (!(old & NUD_VALID)) {
		struct sk_buff *skb;

		while ((n->nud_state & NUD_VALID) && (skb = skb_dequeue(&n->arp_queue)))
			n->tbl->ops->output(n, skb);
		skb_queue_purge(&n->arp_queue);
		n->arp_queue_len_bytes = 0;
	}
	return 0;
}

const char *neigh_state_name(uint8_t state)
{
	switch (state) {
	case NUD_INCOMPLETE: return "INCOMPLETE";
	case NUD_REACHABLE: return "REACHABLE";
	case NUD_STALE: return "STALE";
	case NUD_DELAY: return "DELAY";
	case NUD_PROBE: return "PROBE";
	case NUD_FAILED: return "FAILED";
	case NUD_NOARP: return "NOARP";
	case NUD_PERMANENT: return "PERMANENT";
	default: return "NONE";
	}
}

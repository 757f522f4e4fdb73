/* neighbour.c: the NUD state machine, timers and the unresolved-packet queue. */
#include "neighbour.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "../core/alloc.h"
#include "../core/dropreason.h"
#include "../core/netdev.h"
#include "../core/netns.h"
#include "../core/trace.h"
#include "../core/world.h"

#define MS (VL_NSEC_PER_MSEC)

static struct vl_clock *nclock(const struct neigh_table *tbl)
{
	return &tbl->net->world->clock;
}

/* neigh_rand_reach_time: uniform in [base/2, 3*base/2). */
void neigh_parms_rand_reach(struct neigh_parms *p, struct netns *net)
{
	uint32_t base = p->base_reachable_time;

	p->reachable_time = ((uint64_t)base / 2 + (base ? vl_rng_below(&net->world->rng, base) : 0)) * MS;
}

uint32_t *neigh_var_ptr(struct neigh_parms *p, enum neigh_var var)
{
	switch (var) {
	case NEIGH_VAR_MCAST_PROBES: return (uint32_t *)&p->mcast_probes;
	case NEIGH_VAR_UCAST_PROBES: return (uint32_t *)&p->ucast_probes;
	case NEIGH_VAR_APP_PROBES: return (uint32_t *)&p->app_probes;
	case NEIGH_VAR_MCAST_REPROBES: return (uint32_t *)&p->mcast_reprobes;
	case NEIGH_VAR_RETRANS_TIME: return &p->retrans_time;
	case NEIGH_VAR_BASE_REACHABLE_TIME: return &p->base_reachable_time;
	case NEIGH_VAR_DELAY_PROBE_TIME: return &p->delay_probe_time;
	case NEIGH_VAR_INTERVAL_PROBE_TIME_MS: return &p->interval_probe_time;
	case NEIGH_VAR_GC_STALETIME: return &p->gc_stale_time;
	case NEIGH_VAR_QUEUE_LEN_BYTES: return &p->queue_len_bytes;
	case NEIGH_VAR_PROXY_QLEN: return &p->proxy_qlen;
	case NEIGH_VAR_ANYCAST_DELAY: return &p->anycast_delay;
	case NEIGH_VAR_PROXY_DELAY: return &p->proxy_delay;
	default: return &p->locktime;
	}
}

const struct neigh_parms *neigh_dev_parms(const struct neigh_table *tbl, const struct netdev *dev)
{
	const struct neigh_parms *p = dev && tbl->ops->dev_parms ? tbl->ops->dev_parms(dev) : NULL;

	return p ? p : &tbl->parms;
}

/* Forced collection spares what was updated in the last five seconds. */
#define GC_RECENT (5 * (int64_t)VL_NSEC_PER_SEC)

static void neigh_periodic_work(struct vl_timer *t);
static void neigh_proxy_process(struct vl_timer *t);

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
	vl_timer_init_wheel(&gc->periodic, neigh_periodic_work);
}

void neigh_parms_default(struct neigh_parms *p)
{
	*p = (struct neigh_parms){
		.base_reachable_time = 30000, .retrans_time = 1000, .delay_probe_time = 5000,
		.locktime = 1000, .proxy_delay = 800, .proxy_qlen = 64, .ucast_probes = 3,
		.mcast_probes = 3, .app_probes = 0, .mcast_reprobes = 0, .queue_len_bytes = 212992,
		.gc_stale_time = 60000, .anycast_delay = 1000, .interval_probe_time = 5000,
	};
}

void ndisc_parms_default(struct neigh_parms *p)
{
	neigh_parms_default(p);
	p->locktime = 0;   /* nd_tbl's default, unlike arp_tbl's second */
}

void neigh_table_init(struct neigh_table *tbl, struct netns *net, const struct neigh_ops *ops,
		      unsigned int key_len, struct neigh_gc *gc)
{
	memset(tbl, 0, sizeof(*tbl));
	tbl->net = net;
	tbl->ops = ops;
	tbl->key_len = key_len;
	neigh_parms_default(&tbl->parms);
	neigh_parms_rand_reach(&tbl->parms, net);
	vl_htab_init(&tbl->hash);
	vl_list_init(&tbl->entries);
	vl_list_init(&tbl->pneighs);
	if (gc) {
		tbl->gc = gc;
	} else {
		tbl->gc = tbl->own_gc = vl_calloc(1, sizeof(*tbl->own_gc));
		neigh_gc_init(tbl->gc, tbl);
	}
}

/*
 * The key and the device mixed into 32 bits (the splitmix64 finalizer): an
 * IPv4 key with the ifindex in one word, an IPv6 key's two halves folded
 * first. Only look-ups use this table (dumps walk the entries in order), so
 * the hash never shows.
 */
static inline uint32_t neigh_hash(const struct neigh_table *tbl, const void *pkey, const struct netdev *dev)
{
	uint64_t v, hi;

	if (tbl->key_len == 4) {
		uint32_t w;

		memcpy(&w, pkey, 4);
		v = (uint64_t)(uint32_t)dev->ifindex << 32 | w;
	} else {
		memcpy(&v, pkey, 8);
		memcpy(&hi, (const uint8_t *)pkey + 8, 8);
		v = (v * 0x9e3779b97f4a7c15ULL) ^ hi ^ (uint64_t)(uint32_t)dev->ifindex << 17;
	}
	return vl_hash_u64(v);
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

/* Permanent and externally learned entries are never collected (nor counted). */
static bool gc_exempt(const struct neighbour *n)
{
	return (n->nud_state & NUD_PERMANENT) || (n->flags & NTF_EXT_LEARNED);
}

/*
 * neigh_update_gc_list, run when PERMANENT or NTF_EXT_LEARNED changes: an
 * entry that becomes exempt leaves the list; one that stops being exempt
 * joins its tail. (An entry the kernel made on lo starts off the list.)
 */
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
			if (n->nud_state == NUD_FAILED ||
			    now >= n->used + (int64_t)neigh_parms_of(n)->gc_stale_time * (int64_t)MS)
				neigh_destroy(n);
		}
	}
	gc_arm_periodic(gc);
}

/* neigh_alloc: past gc_thresh2 (or 3) a forced collection; full is ENOBUFS (NULL). */
static struct neighbour *neigh_alloc(struct neigh_table *tbl, bool exempt)
{
	struct neigh_gc *gc = tbl->gc;
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
	n = kmem_cache_zalloc(&tbl->net->world->kmem[KMEM_NEIGHBOUR], sizeof(*n));
	vl_list_init(&n->gc_node);
	if (!exempt)
		vl_list_add_tail(&gc->gc_list, &n->gc_node);
	gc->entries++;
	return n;
}

/*
 * ___neigh_create: the table's constructor runs first and may rewrite the
 * key (every ARP entry on lo is 0.0.0.0), so an entry under the rewritten
 * key is returned rather than duplicated. A new entry was created "long
 * ago" as far as confirmation goes: confirmed = now - 2 * base_reachable_time.
 */
static struct neighbour *neigh_create_flags(struct neigh_table *tbl, const void *pkey,
					    struct netdev *dev, bool exempt, uint8_t flags)
{
	struct neighbour *n = neigh_lookup(tbl, pkey, dev);
	struct neighbour proto;
	int64_t now;

	/* The common case, once per packet: the entry exists. */
	if (n)
		return n;
	now = (int64_t)nclock(tbl)->now;
	proto = (struct neighbour){ .tbl = tbl, .dev = dev };
	memcpy(proto.key6, pkey, tbl->key_len);
	if (tbl->ops->constructor)
		tbl->ops->constructor(&proto);
	n = neigh_lookup(tbl, proto.key6, dev);
	if (n)
		return n;
	n = neigh_alloc(tbl, exempt);
	if (!n)
		return NULL;
	n->tbl = tbl;
	n->dev = dev;
	memcpy(n->key6, proto.key6, tbl->key_len);
	memcpy(n->ha, proto.ha, 6);
	n->nud_state = proto.nud_state;
	n->flags = flags;
	n->updated = n->used = now;
	n->confirmed = now - (int64_t)(2ULL * neigh_dev_parms(tbl, dev)->base_reachable_time * MS);
	vl_timer_init_wheel(&n->timer, neigh_timer_handler);
	skb_queue_init(&n->arp_queue);
	vl_htab_insert(&tbl->hash, &n->hnode, neigh_hash(tbl, n->key6, dev));
	vl_list_add_tail(&tbl->entries, &n->node);
	vl_list_add_tail(&dev->neighs, &n->dev_node);
	tbl->count++;
	gc_arm_periodic(tbl->gc);
	return n;
}

struct neighbour *neigh_create(struct neigh_table *tbl, const void *pkey, struct netdev *dev)
{
	return neigh_create_flags(tbl, pkey, dev, dev->flags & IFF_LOOPBACK, 0);
}

struct neighbour *neigh_create_admin(struct neigh_table *tbl, const void *pkey, struct netdev *dev,
				     uint8_t state, uint8_t flags)
{
	flags &= NTF_EXT_LEARNED;
	return neigh_create_flags(tbl, pkey, dev, (state & NUD_PERMANENT) || flags, flags);
}

void neigh_destroy(struct neighbour *n)
{
	struct neigh_table *tbl = n->tbl;

	vl_timer_cancel(nclock(tbl), &n->timer);
	/* neigh_destroy (and neigh_flush_one): what still waits goes by __skb_queue_purge, QUEUE_PURGE. */
	skb_queue_purge_reason(&n->arp_queue, SKB_DROP_REASON_QUEUE_PURGE);
	vl_htab_remove(&tbl->hash, &n->hnode);
	vl_list_del(&n->node);
	vl_list_del(&n->dev_node);
	if (!vl_list_empty(&n->gc_node)) {
		vl_list_del(&n->gc_node);
		tbl->gc->gc_entries--;
	}
	tbl->gc->entries--;
	tbl->count--;
	kmem_cache_free(&tbl->net->world->kmem[KMEM_NEIGHBOUR], n);
}

static void pneigh_free(struct pneigh_entry *pn)
{
	vl_list_del(&pn->node);
	free(pn);
}

/*
 * pneigh_queue_purge: the table is one namespace's, so every waiting request
 * goes, each with plain kfree_skb (NOT_SPECIFIED).
 */
static void proxy_queue_purge(struct neigh_table *tbl)
{
	if (!tbl->proxy)
		return;
	skb_queue_purge_reason(&tbl->proxy->queue, SKB_DROP_REASON_NOT_SPECIFIED);
	vl_timer_cancel(nclock(tbl), &tbl->proxy->timer);
}

void neigh_table_clear(struct neigh_table *tbl)
{
	while (!vl_list_empty(&tbl->entries))
		neigh_destroy(vl_list_entry(tbl->entries.next, struct neighbour, node));
	while (!vl_list_empty(&tbl->pneighs))
		pneigh_free(vl_list_entry(tbl->pneighs.next, struct pneigh_entry, node));
	proxy_queue_purge(tbl);
	free(tbl->proxy);
	tbl->proxy = NULL;
	vl_htab_free(&tbl->hash);
	if (tbl->own_gc) {
		vl_timer_cancel(nclock(tbl), &tbl->own_gc->periodic);
		free(tbl->own_gc);
		tbl->own_gc = tbl->gc = NULL;
	}
}

/* pneigh_ifdown: dev's proxy entries go, the permanent ones kept when skip_perm. */
static void pneigh_ifdown(struct neigh_table *tbl, const struct netdev *dev, bool skip_perm)
{
	struct vl_list *pos, *tmp;

	vl_list_for_each_safe(pos, tmp, &tbl->pneighs) {
		struct pneigh_entry *pn = vl_list_entry(pos, struct pneigh_entry, node);

		if (pn->dev == dev && !(skip_perm && pn->permanent))
			pneigh_free(pn);
	}
	proxy_queue_purge(tbl);
}

/* neigh_flush_dev: the device's entries, the permanent ones kept when skip_perm. */
static void neigh_flush_dev(struct neigh_table *tbl, struct netdev *dev, bool skip_perm)
{
	struct vl_list *pos, *tmp;

	vl_list_for_each_safe(pos, tmp, &dev->neighs) {
		struct neighbour *n = vl_list_entry(pos, struct neighbour, dev_node);

		if (n->tbl == tbl && !(skip_perm && (n->nud_state & NUD_PERMANENT)))
			neigh_destroy(n);
	}
}

/* __neigh_ifdown: the device's entries, then its proxy entries. */
static void neigh_ifdown_common(struct neigh_table *tbl, struct netdev *dev, bool skip_perm)
{
	neigh_flush_dev(tbl, dev, skip_perm);
	pneigh_ifdown(tbl, dev, skip_perm);
}

void neigh_changeaddr(struct neigh_table *tbl, struct netdev *dev)
{
	neigh_flush_dev(tbl, dev, false);
}

void neigh_ifdown(struct neigh_table *tbl, struct netdev *dev)
{
	neigh_ifdown_common(tbl, dev, false);
}

void neigh_carrier_down(struct neigh_table *tbl, struct netdev *dev)
{
	neigh_ifdown_common(tbl, dev, true);
}

/*
 * neigh_add_timer: taking the timer is a reference, and an entry put in a
 * timed state counts as used when it was confirmed if that is later.
 */
static void neigh_add_timer(struct neighbour *n, uint64_t when)
{
	if (n->used < n->confirmed)
		n->used = n->confirmed;
	vl_timer_arm(nclock(n->tbl), &n->timer, when);
}

static int neigh_max_probes(const struct neighbour *n)
{
	const struct neigh_parms *p = neigh_parms_of(n);

	return p->ucast_probes + p->app_probes +
	       ((n->nud_state & NUD_PROBE) ? p->mcast_reprobes : p->mcast_probes);
}

static void neigh_probe(struct neighbour *n)
{
	n->tbl->ops->solicit(n, n->arp_queue.last);
	n->probes++;
}

/* neigh_invalidate: the entry failed now; packets waiting on it are reported and dropped. */
static void neigh_invalidate(struct neighbour *n)
{
	struct sk_buff *skb;

	n->updated = (int64_t)nclock(n->tbl)->now;
	while (n->nud_state == NUD_FAILED && (skb = skb_dequeue(&n->arp_queue))) {
		n->arp_queue_len_bytes -= skb_acct_size(skb);
		n->tbl->ops->error_report(n, skb);
	}
	/* Defensive (error_report leaves the state FAILED): __skb_queue_purge's QUEUE_PURGE. */
	skb_queue_purge_reason(&n->arp_queue, SKB_DROP_REASON_QUEUE_PURGE);
	n->arp_queue_len_bytes = 0;
}

/* The REACHABLE and DELAY timers: stay, move on to DELAY, STALE, REACHABLE or PROBE. Returns the next expiry. */
static int64_t neigh_timer_connected(struct neighbour *n, int64_t now)
{
	const struct neigh_parms *p = neigh_parms_of(n);
	int64_t reach = (int64_t)p->reachable_time, delay = (int64_t)p->delay_probe_time * (int64_t)MS;

	if (n->nud_state & NUD_REACHABLE) {
		if (now <= n->confirmed + reach)
			return n->confirmed + reach;
		n->updated = now;
		if (now <= n->used + delay) {
			n->nud_state = NUD_DELAY;
			return now + delay;
		}
		n->nud_state = NUD_STALE;
		return now + (int64_t)VL_NSEC_PER_SEC;
	}
	n->updated = now;
	if (now <= n->confirmed + delay) {
		n->nud_state = NUD_REACHABLE;
		return n->confirmed + reach;
	}
	n->nud_state = NUD_PROBE;
	n->probes = 0;
	return now + (int64_t)(p->retrans_time * MS);
}

static void neigh_timer_handler(struct vl_timer *t)
{
	struct neighbour *n = vl_container_of(t, struct neighbour, timer);
	int64_t now = (int64_t)nclock(n->tbl)->now, next;

	if (!(n->nud_state & NUD_IN_TIMER))
		return;
	if (n->nud_state & (NUD_REACHABLE | NUD_DELAY))
		next = neigh_timer_connected(n, now);
	else
		next = now + (int64_t)(neigh_parms_of(n)->retrans_time * MS);
	if ((n->nud_state & (NUD_INCOMPLETE | NUD_PROBE)) && n->probes >= neigh_max_probes(n)) {
		n->nud_state = NUD_FAILED;
		neigh_invalidate(n);
		return;
	}
	if (n->nud_state & NUD_IN_TIMER)
		vl_timer_arm(nclock(n->tbl), &n->timer,
			     (uint64_t)(next < now + (int64_t)(10 * MS) ? now + (int64_t)(10 * MS) : next));
	if (n->nud_state & (NUD_INCOMPLETE | NUD_PROBE))
		neigh_probe(n);
}

/* For `why`: a packet parked until the next hop's hardware address is known. */
static void trace_neigh_wait(const struct neighbour *n, struct sk_buff *skb)
{
	char state[TRACE_STATE];

	if (!trace_on(skb))
		return;
	if (n->tbl->key_len == 4) {
		uint32_t a = n->key;

		snprintf(state, sizeof(state), "neighbour %s dev %s INCOMPLETE", TRACE_IP4(a), n->dev->name);
	} else {
		char a[46];

		snprintf(state, sizeof(state), "neighbour %s dev %s INCOMPLETE", trace_fmt6(n->key6, a), n->dev->name);
	}
	trace_decide(skb, "__neigh_event_send",
		     "a packet waits in the neighbour's queue until the next hop answers ARP or ND", state, "");
}

static void neigh_queue(struct neighbour *n, struct sk_buff *skb)
{
	while (n->arp_queue_len_bytes + skb_acct_size(skb) > neigh_parms_of(n)->queue_len_bytes) {
		struct sk_buff *old = skb_dequeue(&n->arp_queue);

		if (!old)
			break;
		n->arp_queue_len_bytes -= skb_acct_size(old);
		kfree_skb_reason(old, SKB_DROP_REASON_NEIGH_QUEUEFULL);
	}
	skb_queue_tail(&n->arp_queue, skb);
	n->arp_queue_len_bytes += skb_acct_size(skb);
}

int neigh_event_send(struct neighbour *n, struct sk_buff *skb)
{
	const struct neigh_parms *p = neigh_parms_of(n);
	uint64_t unow = nclock(n->tbl)->now;
	int64_t now = (int64_t)unow;
	bool immediate_probe = false;

	n->used = now;
	if (n->nud_state & (NUD_CONNECTED | NUD_DELAY | NUD_PROBE))
		return 0;
	if (!(n->nud_state & (NUD_STALE | NUD_INCOMPLETE)) && !(p->mcast_probes + p->app_probes)) {
		/* Nothing may solicit it (mcast_solicit and app_solicit 0): it fails at once. */
		n->nud_state = NUD_FAILED;
		n->updated = now;
		if (skb)
			kfree_skb_reason(skb, SKB_DROP_REASON_NEIGH_FAILED);
		return 1;
	}
	if (!(n->nud_state & (NUD_STALE | NUD_INCOMPLETE))) {
		vl_timer_cancel(nclock(n->tbl), &n->timer);
		n->probes = p->ucast_probes;
		n->nud_state = NUD_INCOMPLETE;
		n->updated = now;
		immediate_probe = true;
		neigh_add_timer(n, unow + p->retrans_time * MS);
	} else if (n->nud_state & NUD_STALE) {
		n->nud_state = NUD_DELAY;
		n->updated = now;
		neigh_add_timer(n, unow + p->delay_probe_time * MS);
	}
	if (n->nud_state == NUD_INCOMPLETE) {
		if (skb) {
			trace_neigh_wait(n, skb);
			neigh_queue(n, skb);
		}
		if (immediate_probe)
			neigh_probe(n);
		return 1;
	}
	return 0;
}

/* neigh_resolve_output: resolve (a use of the entry), fill the header cache, send. Consumes skb. */
static int neigh_resolve_output(struct neighbour *n, struct sk_buff *skb)
{
	if (neigh_event_send(n, skb) == 0) {
		n->hh = true;
		return n->tbl->ops->output(n, skb);
	}
	return NET_XMIT_SUCCESS;   /* queued, or reported by the resolution */
}

int neigh_output(struct neighbour *n, struct sk_buff *skb)
{
	if ((n->nud_state & NUD_CONNECTED) && n->hh)
		return n->tbl->ops->output(n, skb);
	return neigh_resolve_output(n, skb);
}

/* neigh_update_flags: an administrative update says whether the entry is externally learned. */
static bool neigh_update_ext_learned(struct neighbour *n, uint32_t flags)
{
	uint8_t want = (flags & NEIGH_UPDATE_F_EXT_LEARNED) ? NTF_EXT_LEARNED : 0;

	if (!(flags & NEIGH_UPDATE_F_ADMIN) || (n->flags & NTF_EXT_LEARNED) == want)
		return false;
	n->flags = (uint8_t)((n->flags & ~NTF_EXT_LEARNED) | want);
	return true;
}

/* A state without a link address: no timer; a resolution that fails reports its packets. */
static void neigh_update_invalid(struct neighbour *n, uint8_t old, uint8_t new_state)
{
	vl_timer_cancel(nclock(n->tbl), &n->timer);
	n->nud_state = new_state;
	if ((old & (NUD_INCOMPLETE | NUD_PROBE)) && (new_state & NUD_FAILED))
		neigh_invalidate(n);
}

/* neigh_update_process_arp_queue: what waited goes out the slow way now. */
static void neigh_flush_queue(struct neighbour *n)
{
	struct sk_buff *skb;

	while ((n->nud_state & NUD_VALID) && (skb = skb_dequeue(&n->arp_queue))) {
		n->arp_queue_len_bytes -= skb_acct_size(skb);
		(void)neigh_resolve_output(n, skb);
	}
	/* neigh_update_process_arp_queue's __skb_queue_purge (defensive: output leaves NUD_VALID). */
	skb_queue_purge_reason(&n->arp_queue, SKB_DROP_REASON_QUEUE_PURGE);
	n->arp_queue_len_bytes = 0;
}

/* The valid-state half of __neigh_update; returns whether the queue should go out. */
static bool neigh_update_valid(struct neighbour *n, const uint8_t *lladdr, uint8_t new_state,
			       uint32_t flags, bool *isrouter)
{
	uint8_t old = n->nud_state;
	uint64_t unow = nclock(n->tbl)->now;
	int64_t now = (int64_t)unow;
	bool same = (old & NUD_VALID) && !memcmp(lladdr, n->ha, 6);

	if (new_state & NUD_CONNECTED)
		n->confirmed = now;
	*isrouter = flags & NEIGH_UPDATE_F_OVERRIDE_ISROUTER;
	if (old & NUD_VALID) {
		if (!same && !(flags & NEIGH_UPDATE_F_OVERRIDE)) {
			*isrouter = false;
			if (!(flags & NEIGH_UPDATE_F_WEAK_OVERRIDE) || !(old & NUD_CONNECTED))
				return false;
			same = true;
			new_state = NUD_STALE;
		} else if (same && new_state == NUD_STALE && !(flags & NEIGH_UPDATE_F_ADMIN)) {
			/* A valid entry is not demoted to STALE by a mere repeat. */
			new_state = old;
		}
	}
	if (new_state != old || !same)
		n->updated = now;
	if (new_state != old) {
		vl_timer_cancel(nclock(n->tbl), &n->timer);
		if (new_state & NUD_PROBE)
			n->probes = 0;
		n->nud_state = new_state;
		if (new_state & NUD_IN_TIMER)
			neigh_add_timer(n, unow + ((new_state & NUD_REACHABLE) ? neigh_parms_of(n)->reachable_time : 0));
	}
	if (!same) {
		memcpy(n->ha, lladdr, 6);
		if (!(new_state & NUD_CONNECTED))
			n->confirmed = now - (int64_t)(2ULL * neigh_parms_of(n)->base_reachable_time * MS);
	}
	return new_state != old && !(old & NUD_VALID);
}

int neigh_update(struct neighbour *n, const uint8_t *lladdr, uint8_t new_state, uint32_t flags)
{
	uint8_t old = n->nud_state;
	bool gc_update, isrouter = false, flush = false;
	int err = 0;

	if (!(flags & NEIGH_UPDATE_F_ADMIN) && (old & (NUD_NOARP | NUD_PERMANENT)))
		return -EPERM;
	gc_update = neigh_update_ext_learned(n, flags);
	if (flags & NEIGH_UPDATE_F_USE)
		n->nud_state = old & (uint8_t)~NUD_PERMANENT;
	else if (!(new_state & NUD_VALID))
		neigh_update_invalid(n, old, new_state);
	else if (!lladdr && !(old & NUD_VALID))
		err = -EINVAL;   /* "No link layer address given" */
	else
		flush = neigh_update_valid(n, lladdr ? lladdr : n->ha, new_state, flags, &isrouter);
	if (isrouter)
		n->flags = (uint8_t)((n->flags & ~NTF_ROUTER) | ((flags & NEIGH_UPDATE_F_ISROUTER) ? NTF_ROUTER : 0));
	if (gc_update || ((n->nud_state ^ old) & NUD_PERMANENT))
		gc_list_update(n);
	if (flush)
		neigh_flush_queue(n);
	return err;
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

uint32_t neigh_age_seconds(const struct neighbour *n, int64_t t)
{
	int64_t d = (int64_t)nclock(n->tbl)->now - t;

	return d <= 0 ? 0 : (uint32_t)(d / (int64_t)VL_NSEC_PER_SEC);
}

uint32_t neigh_refcnt(const struct neighbour *n)
{
	return vl_timer_pending(&n->timer) ? 1 : 0;
}

/*
 * pneigh_hash: the last four bytes of the key read as a little-endian word
 * (the kernel reads them natively, on x86), folded to 16 buckets. No random
 * key: proxy entries dump in the same order on every boot.
 */
static unsigned int pneigh_hash(const struct neigh_table *tbl, const void *pkey)
{
	const uint8_t *k = pkey;
	uint32_t h;

	if (tbl->key_len == 4) {
		uint32_t a;

		memcpy(&a, k, 4);   /* host order: the wire's bytes are a >> 24 first */
		h = (a >> 24) | ((a >> 8) & 0xff00u) | ((a << 8) & 0xff0000u) | (a << 24);
	} else {
		h = (uint32_t)k[12] | (uint32_t)k[13] << 8 | (uint32_t)k[14] << 16 | (uint32_t)k[15] << 24;
	}
	h ^= h >> 16;
	h ^= h >> 8;
	h ^= h >> 4;
	return h & 0xf;
}

struct pneigh_entry *pneigh_lookup(struct neigh_table *tbl, const void *pkey, const struct netdev *dev)
{
	struct vl_list *pos;

	vl_list_for_each(pos, &tbl->pneighs) {
		struct pneigh_entry *pn = vl_list_entry(pos, struct pneigh_entry, node);

		if (!memcmp(pn->key6, pkey, tbl->key_len) && (pn->dev == dev || !pn->dev))
			return pn;
	}
	return NULL;
}

/* A new entry goes at the head of its bucket, as the kernel pushes it onto the chain. */
static void pneigh_insert(struct neigh_table *tbl, struct pneigh_entry *pn)
{
	struct vl_list *pos;

	vl_list_for_each(pos, &tbl->pneighs)
		if (vl_list_entry(pos, struct pneigh_entry, node)->bucket >= pn->bucket)
			break;
	vl_list_insert_before(pos, &pn->node);
}

void pneigh_create(struct neigh_table *tbl, const void *pkey, struct netdev *dev, uint8_t flags,
		   uint8_t protocol, bool permanent)
{
	struct pneigh_entry *pn = pneigh_lookup(tbl, pkey, dev);

	if (!pn) {
		pn = vl_calloc(1, sizeof(*pn));
		memcpy(pn->key6, pkey, tbl->key_len);
		pn->dev = dev;
		pn->bucket = pneigh_hash(tbl, pkey);
		pneigh_insert(tbl, pn);
	}
	pn->flags = flags;
	pn->permanent = permanent;
	if (protocol)
		pn->protocol = protocol;
}

int pneigh_delete(struct neigh_table *tbl, const void *pkey, const struct netdev *dev)
{
	struct vl_list *pos;

	vl_list_for_each(pos, &tbl->pneighs) {
		struct pneigh_entry *pn = vl_list_entry(pos, struct pneigh_entry, node);

		if (!memcmp(pn->key6, pkey, tbl->key_len) && pn->dev == dev) {
			pneigh_free(pn);
			return 0;
		}
	}
	return -ENOENT;
}

/*
 * neigh_proxy_process: requests whose time came are answered (proxy_redo),
 * unless their device went down meanwhile; the timer follows the earliest
 * of the rest.
 */
static void neigh_proxy_process(struct vl_timer *t)
{
	struct neigh_proxy *px = vl_container_of(t, struct neigh_proxy, timer);
	struct neigh_table *tbl = px->tbl;
	uint64_t now = nclock(tbl)->now, next = 0;
	struct sk_buff_head later;
	struct sk_buff *skb;

	skb_queue_init(&later);
	while ((skb = skb_dequeue(&px->queue))) {
		if (skb->due > now) {
			if (!next || skb->due < next)
				next = skb->due;
			skb_queue_tail(&later, skb);
		} else if (tbl->ops->proxy_redo && (skb->dev->flags & IFF_UP)) {
			tbl->ops->proxy_redo(skb);
		} else {
			/* Its device went down: neigh_proxy_process frees it with plain kfree_skb. */
			kfree_skb_reason(skb, SKB_DROP_REASON_NOT_SPECIFIED);
		}
	}
	while ((skb = skb_dequeue(&later)))
		skb_queue_tail(&px->queue, skb);
	if (next)
		vl_timer_arm(nclock(tbl), &px->timer, next);
}

/*
 * pneigh_enqueue: at most proxy_qlen wait (the kernel counts per device;
 * here per table); each gets a random delay below proxy_delay, and the
 * timer runs at the earliest.
 */
void pneigh_enqueue(struct neigh_table *tbl, struct sk_buff *skb)
{
	struct vl_clock *c = nclock(tbl);
	uint64_t when = c->now;

	const struct neigh_parms *p = neigh_dev_parms(tbl, skb->dev);
	struct neigh_proxy *px = tbl->proxy;

	if (!px) {
		px = tbl->proxy = vl_calloc(1, sizeof(*px));
		px->tbl = tbl;
		skb_queue_init(&px->queue);
		vl_timer_init_wheel(&px->timer, neigh_proxy_process);
	}
	if (px->queue.qlen > p->proxy_qlen) {
		/* pneigh_enqueue: over proxy_qlen, plain kfree_skb (NOT_SPECIFIED). */
		kfree_skb_reason(skb, SKB_DROP_REASON_NOT_SPECIFIED);
		return;
	}
	if (p->proxy_delay)
		when += (uint64_t)vl_rng_below(&tbl->net->world->rng, p->proxy_delay) * MS;
	skb->due = when;
	skb_queue_tail(&px->queue, skb);
	if (!vl_timer_pending(&px->timer) || px->timer.expires > when)
		vl_timer_arm(c, &px->timer, when);
}

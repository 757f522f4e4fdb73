/* inet_fragment.c: reassembly queues shared by IPv4 and IPv6: lookup, ordered insertion, duplicates and overlaps, expiry, the whole datagram. */
#include <stdlib.h>
#include <string.h>

#include "../core/alloc.h"
#include "../core/dropreason.h"
#include "../core/trace.h"
#include "../core/world.h"
#include "../core/netdev.h"
#include "../core/netns.h"
#include "inet_fragment.h"

/* ipfrag_high_thresh's default: past 4 MB of queued fragments a namespace takes no new queue. */
#define IPFRAG_HIGH_THRESH (4u << 20)

static uint32_t frag_hash(const uint8_t *key)
{
	uint64_t h = 0;

	for (int i = 0; i < INET_FRAG_KEY; i += 8) {
		uint64_t v;

		memcpy(&v, key + i, 8);
		h = vl_hash_u64(h ^ v);
	}
	return (uint32_t)h;
}

/* inet_frag_kill and the purge: the queue goes, its fragments dropped for reason (0: consumed into the whole). */
static void inet_frag_kill(struct inet_frag_queue *q, int reason)
{
	vl_timer_cancel(&q->net->world->clock, &q->timer);
	vl_htab_remove(q->tab, &q->hnode);
	*q->mem_total -= q->mem;
	while (q->frags) {
		struct sk_buff *f = q->frags;

		q->frags = f->next;
		f->next = NULL;
		if (reason)
			kfree_skb_reason(f, reason);
		else
			consume_skb(f);
	}
	free(q);
}

/* The timer: counted as failed and timed out, the sender told if the first fragment came. */
static void inet_frag_expire(struct vl_timer *t)
{
	struct inet_frag_queue *q = vl_container_of(t, struct inet_frag_queue, timer);
	struct frag_bounds b = { 0 };

	q->f->inc_stats(q->net, IPSTATS_MIB_REASMFAILS);
	q->f->inc_stats(q->net, IPSTATS_MIB_REASMTIMEOUT);
	if (q->frags)
		q->f->bounds(q->frags, &b);
	if ((q->flags & INET_FRAG_FIRST_IN) && q->frags && b.offset == 0 && q->frags->dev &&
	    q->frags->dev->net == q->net)
		q->f->expire(q, q->frags);
	inet_frag_kill(q, SKB_DROP_REASON_FRAG_REASM_TIMEOUT);
}

/* inet_frag_find: the queue of key, made if new (NULL past the memory threshold). */
static struct inet_frag_queue *inet_frag_find(const struct inet_frags *f, struct inet_frag_set *s,
					      struct netns *net, const uint8_t *key)
{
	uint32_t h = frag_hash(key);
	struct inet_frag_queue *q;

	for (struct vl_hnode *n = vl_htab_first(&s->tab, h); n; n = vl_htab_next(n)) {
		q = vl_container_of(n, struct inet_frag_queue, hnode);
		if (!memcmp(q->key, key, INET_FRAG_KEY))
			return q;
	}
	if (s->mem > IPFRAG_HIGH_THRESH)
		return NULL;
	q = vl_calloc(1, sizeof(*q));
	q->net = net;
	q->tab = &s->tab;
	q->mem_total = &s->mem;
	q->f = f;
	memcpy(q->key, key, INET_FRAG_KEY);
	vl_timer_init_wheel(&q->timer, inet_frag_expire);
	vl_timer_arm(&net->world->clock, &q->timer, net->world->clock.now + f->timeout(net));
	vl_htab_insert(&s->tab, &q->hnode, h);
	return q;
}

enum { IPFRAG_OK, IPFRAG_DUP, IPFRAG_OVERLAP };

/* inet_frag_queue_insert: in offset order; a fragment inside one held is a duplicate, any other overlap poisons. */
static int inet_frag_insert(struct inet_frag_queue *q, struct sk_buff *skb, uint32_t offset, uint32_t end)
{
	struct sk_buff **pp = &q->frags;

	for (struct sk_buff *f = q->frags; f; f = f->next) {
		struct frag_bounds b;

		q->f->bounds(f, &b);
		if (offset >= b.offset && end <= b.end)
			return IPFRAG_DUP;
		if (offset < b.end && end > b.offset)
			return IPFRAG_OVERLAP;
		if (b.offset < offset)
			pp = &f->next;
	}
	skb->next = *pp;
	*pp = skb;
	return IPFRAG_OK;
}

/* inet_frag_reasm: one packet of the fragments' payloads behind the first one's header. */
static struct sk_buff *inet_frag_reasm(struct inet_frag_queue *q, struct sk_buff *last)
{
	struct sk_buff *first = q->frags, *r;
	uint32_t hlen = q->f->head_len(first);
	uint8_t *p;

	if (hlen + q->len > q->f->max_size) {
		/* "Oversized IP packet": the queue fails. */
		q->f->inc_stats(q->net, IPSTATS_MIB_REASMFAILS);
		inet_frag_kill(q, SKB_DROP_REASON_NOT_SPECIFIED);
		return NULL;
	}
	r = alloc_skb(&q->net->world->skb_pool, hlen + q->len);
	if (!r) {
		inet_frag_kill(q, SKB_DROP_REASON_NOT_SPECIFIED);
		return NULL;
	}
	/* Fits: allocated for the whole datagram. */
	p = skb_put(r, hlen + q->len);
	for (struct sk_buff *f = q->frags; f; f = f->next) {
		struct frag_bounds b;

		q->f->bounds(f, &b);
		memcpy(p + hlen + b.offset, f->data + b.hlen, b.end - b.offset);
	}
	q->f->finish(p, first, q->len);
	skb_copy_header(r, last);
	skb_reset_network_header(r);
	trace_caused_by(r, first);
	q->f->inc_stats(q->net, IPSTATS_MIB_REASMOKS);
	inet_frag_kill(q, 0);
	return r;
}

enum { FRAG_QUEUED, FRAG_DISCARD, FRAG_DONE };

/*
 * ip_frag_queue, ip6_frag_queue: where the fragment fits. FRAG_QUEUED: kept
 * (or dropped as a duplicate); FRAG_DISCARD: it poisons its queue (not
 * taken); FRAG_DONE: *whole is the datagram (NULL if too big; the queue is gone).
 */
static int inet_frag_add(struct inet_frag_queue *q, struct sk_buff *skb, struct sk_buff **whole)
{
	struct frag_bounds b;
	int ret;

	q->f->bounds(skb, &b);
	if (!b.more) {
		/* The last fragment: nothing may lie beyond it, nor may another last disagree. */
		if (b.end < q->len || ((q->flags & INET_FRAG_LAST_IN) && b.end != q->len))
			return FRAG_DISCARD;
		q->flags |= INET_FRAG_LAST_IN;
		q->len = b.end;
	} else {
		if (b.end & 7) {
			if (q->f->unaligned_discards)
				return FRAG_DISCARD;
			b.end &= ~7u;
		}
		if (b.end > q->len) {
			if (q->flags & INET_FRAG_LAST_IN)
				return FRAG_DISCARD;
			q->len = b.end;
		}
	}
	if (b.end == b.offset)
		return FRAG_DISCARD;
	/* The payload past end (an unaligned middle fragment's tail) is trimmed away. */
	skb->len = b.hlen + b.end - b.offset;
	ret = inet_frag_insert(q, skb, b.offset, b.end);
	if (ret == IPFRAG_DUP) {
		kfree_skb_reason(skb, SKB_DROP_REASON_DUP_FRAG);
		return FRAG_QUEUED;
	}
	if (ret == IPFRAG_OVERLAP) {
		q->f->inc_stats(q->net, IPSTATS_MIB_REASM_OVERLAPS);
		return FRAG_DISCARD;
	}
	q->meat += b.end - b.offset;
	q->mem += skb->len;
	*q->mem_total += skb->len;
	if (b.offset == 0)
		q->flags |= INET_FRAG_FIRST_IN;
	if (q->flags != (INET_FRAG_FIRST_IN | INET_FRAG_LAST_IN) || q->meat != q->len)
		return FRAG_QUEUED;
	*whole = inet_frag_reasm(q, skb);
	return FRAG_DONE;
}

struct sk_buff *inet_frag_queue_rcv(const struct inet_frags *f, struct inet_frag_set *s, struct netns *net,
				    struct sk_buff *skb, const uint8_t *key)
{
	struct inet_frag_queue *q = inet_frag_find(f, s, net, key);
	struct sk_buff *whole = NULL;

	if (!q) {
		f->inc_stats(net, IPSTATS_MIB_REASMFAILS);
		kfree_skb_reason(skb, SKB_DROP_REASON_NOT_SPECIFIED);
		return NULL;
	}
	switch (inet_frag_add(q, skb, &whole)) {
	case FRAG_DISCARD:
		/* Corrupt, or overlapping (RFC 5722 for IPv6): the whole queue goes, and the fragment. */
		f->inc_stats(net, IPSTATS_MIB_REASMFAILS);
		inet_frag_kill(q, SKB_DROP_REASON_NOT_SPECIFIED);
		kfree_skb_reason(skb, SKB_DROP_REASON_NOT_SPECIFIED);
		return NULL;
	case FRAG_DONE:
		return whole;
	default:
		return NULL;
	}
}

void inet_frags_exit(struct inet_frag_set *s)
{
	/* The namespace goes: queues go with it, their fragments purged. */
	for (uint32_t b = 0; s->tab.count && b < vl_htab_nbuckets(&s->tab); b++)
		while (vl_htab_bucket_first(&s->tab, b))
			inet_frag_kill(vl_container_of(vl_htab_bucket_first(&s->tab, b), struct inet_frag_queue, hnode),
				       SKB_DROP_REASON_NOT_SPECIFIED);
	vl_htab_free(&s->tab);
	vl_htab_init(&s->tab);
}

/* skbuff.c: pooled packet buffers and simple FIFO queues. */
#include "skbuff.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "trace.h"

void skb_pool_init(struct skb_pool *p)
{
	memset(p, 0, sizeof(*p));
}

/* c: the cache the buffers came from, NULL for calloc'd ones. */
static void free_list(struct sk_buff *s, struct kmem_cache *c)
{
	while (s) {
		struct sk_buff *n = s->next;

		if (c)
			kmem_cache_free(c, s);
		else
			free(s);
		s = n;
	}
}

void skb_pool_free(struct skb_pool *p)
{
	free_list(p->free_tiny, &p->tiny_kmem);
	free_list(p->free_small, &p->small_kmem);
	free_list(p->free_large, NULL);
	kmem_cache_destroy(&p->tiny_kmem);
	kmem_cache_destroy(&p->small_kmem);
	memset(p, 0, sizeof(*p));
}

struct sk_buff *alloc_skb(struct skb_pool *p, uint32_t len)
{
	uint32_t need = len + SKB_HEADROOM;
	struct sk_buff **fl;
	struct sk_buff *skb;
	uint32_t size;

	/* Checked before need is used: a len near UINT32_MAX wraps it. */
	if (len > SKB_LARGE - SKB_HEADROOM)
		return NULL;
	if (need <= SKB_TINY) {
		fl = &p->free_tiny;
		size = SKB_TINY;
	} else if (need <= SKB_SMALL) {
		fl = &p->free_small;
		size = SKB_SMALL;
	} else {
		fl = &p->free_large;
		size = SKB_LARGE;
	}
	skb = *fl;
	if (skb) {
		*fl = skb->next;
	} else {
		/* Only while the pool warms up: steady state reuses buffers. */
		skb = size == SKB_TINY	  ? kmem_cache_zalloc(&p->tiny_kmem, sizeof(*skb) + size)
		      : size == SKB_SMALL ? kmem_cache_zalloc(&p->small_kmem, sizeof(*skb) + size)
					  : vl_malloc(sizeof(*skb) + size);
		p->allocated++;
	}
	/* Everything but the control buffer, of which only the first bytes (a layer's valid flag) are cleared. */
	memset(skb, 0, offsetof(struct sk_buff, cb));
	memset(skb->cb, 0, SKB_CB_CLEAR);
	skb->head = (uint8_t *)(skb + 1);
	skb->size = size;
	skb->data = skb->head + SKB_HEADROOM;
	skb->mac_off = skb->nh_off = -1;
	skb->pool = p;
	return skb;
}

/* The caller's name is what `why` shows as where the packet ended. */
void consume_skb_at(struct sk_buff *skb, const char *func)
{
	if (!skb)
		return;
	trace_skb_at(skb, TRACE_CONSUME, func);
	skb_free(skb);
}

void skb_free(struct sk_buff *skb)
{
	struct skb_pool *p;

	if (!skb)
		return;
	p = skb->pool;
	if (skb->size == SKB_TINY) {
		skb->next = p->free_tiny;
		p->free_tiny = skb;
	} else if (skb->size == SKB_SMALL) {
		skb->next = p->free_small;
		p->free_small = skb;
	} else {
		skb->next = p->free_large;
		p->free_large = skb;
	}
}

void skb_copy_header(struct sk_buff *to, const struct sk_buff *from)
{
	to->dev = from->dev;
	to->protocol = from->protocol;
	to->pkt_type = from->pkt_type;
	to->local_out = from->local_out;
	to->rt_local = from->rt_local;
	to->rt_bcast = from->rt_bcast;
	to->mc_loop = from->mc_loop;
	to->skb_iif = from->skb_iif;
	to->rt_iif = from->rt_iif;
	to->tstamp = from->tstamp;
	to->sent_gen = from->sent_gen;
}

/*
 * skb_copy: a private copy of skb, headroom and metadata included, from
 * the same pool. The buffer is never shared, so skb_clone is the same.
 */
struct sk_buff *skb_copy(const struct sk_buff *skb)
{
	uint32_t headroom = (uint32_t)(skb->data - skb->head);
	struct sk_buff *n = alloc_skb(skb->pool, skb->size - SKB_HEADROOM);

	/* Cannot fail: a buffer of skb's own size class is always to be had. */
	n->next = NULL;
	n->data = n->head + headroom;
	n->len = skb->len;
	memcpy(n->head, skb->head, headroom + skb->len);
	skb_copy_header(n, skb);
	n->mac_len = skb->mac_len;
	n->mac_off = skb->mac_off;
	n->nh_off = skb->nh_off;
	n->due = skb->due;
	memcpy(n->cb, skb->cb, sizeof(n->cb));
	n->trace_id = skb->trace_id;
	return n;
}

struct sk_buff *skb_clone(const struct sk_buff *skb)
{
	return skb_copy(skb);
}

uint8_t *skb_put(struct sk_buff *skb, uint32_t len)
{
	uint8_t *tail = skb->data + skb->len;

	/* Compared as sizes, so that a huge len cannot wrap the pointer. */
	if (len > (size_t)(skb->head + skb->size - tail))
		return NULL;
	skb->len += len;
	return tail;
}

uint8_t *skb_push(struct sk_buff *skb, uint32_t len)
{
	if (len > (size_t)(skb->data - skb->head))
		return NULL;
	skb->data -= len;
	skb->len += len;
	return skb->data;
}

uint8_t *skb_pull(struct sk_buff *skb, uint32_t len)
{
	if (len > skb->len)
		return NULL;
	skb->data += len;
	skb->len -= len;
	return skb->data;
}

void skb_queue_init(struct sk_buff_head *q)
{
	q->first = q->last = NULL;
	q->qlen = 0;
}

void skb_queue_tail(struct sk_buff_head *q, struct sk_buff *skb)
{
	skb->next = NULL;
	if (q->last)
		q->last->next = skb;
	else
		q->first = skb;
	q->last = skb;
	q->qlen++;
}

struct sk_buff *skb_dequeue(struct sk_buff_head *q)
{
	struct sk_buff *skb = q->first;

	if (!skb)
		return NULL;
	q->first = skb->next;
	if (!q->first)
		q->last = NULL;
	skb->next = NULL;
	q->qlen--;
	return skb;
}

/* timer.c: binary min-heap keyed by (expires, seq). */
#include "timer.h"

#include <stdlib.h>
#include <time.h>

#include "alloc.h"

void vl_clock_init(struct vl_clock *c)
{
	c->now = 0;
	c->next_seq = 0;
	c->heap = NULL;
	c->len = c->cap = 0;
}

void vl_clock_free(struct vl_clock *c)
{
	for (size_t i = 0; i < c->len; i++)
		c->heap[i]->slot = SIZE_MAX;
	free(c->heap);
	vl_clock_init(c);
}

void vl_timer_init(struct vl_timer *t, vl_timer_fn fn)
{
	t->expires = 0;
	t->seq = 0;
	t->slot = SIZE_MAX;
	t->fn = fn;
}

#define VL_TIMER_WHEEL_BIT (1ULL << 63)

void vl_timer_init_wheel(struct vl_timer *t, vl_timer_fn fn)
{
	vl_timer_init(t, fn);
	t->seq = VL_TIMER_WHEEL_BIT;
}

bool vl_timer_pending(const struct vl_timer *t)
{
	return t->slot != SIZE_MAX;
}

static bool earlier(const struct vl_timer *a, const struct vl_timer *b)
{
	return a->expires < b->expires || (a->expires == b->expires && a->seq < b->seq);
}

static void heap_set(struct vl_clock *c, size_t i, struct vl_timer *t)
{
	c->heap[i] = t;
	t->slot = i;
}

static void sift_up(struct vl_clock *c, size_t i)
{
	struct vl_timer *t = c->heap[i];

	while (i > 0) {
		size_t p = (i - 1) / 2;

		if (!earlier(t, c->heap[p]))
			break;
		heap_set(c, i, c->heap[p]);
		i = p;
	}
	heap_set(c, i, t);
}

static void sift_down(struct vl_clock *c, size_t i)
{
	struct vl_timer *t = c->heap[i];

	for (;;) {
		size_t l = 2 * i + 1, m = i;
		struct vl_timer *best = t;

		if (l < c->len && earlier(c->heap[l], best)) {
			m = l;
			best = c->heap[l];
		}
		if (l + 1 < c->len && earlier(c->heap[l + 1], best))
			m = l + 1;
		if (m == i)
			break;
		heap_set(c, i, c->heap[m]);
		i = m;
	}
	heap_set(c, i, t);
}

static void heap_remove(struct vl_clock *c, size_t i)
{
	struct vl_timer *last = c->heap[--c->len];

	c->heap[i]->slot = SIZE_MAX;
	if (i == c->len)
		return;
	heap_set(c, i, last);
	sift_up(c, i);
	sift_down(c, last->slot);
}

void vl_timer_arm(struct vl_clock *c, struct vl_timer *t, uint64_t expires)
{
	if (vl_timer_pending(t))
		heap_remove(c, t->slot);
	if (c->len == c->cap) {
		c->cap = c->cap ? c->cap * 2 : 16;
		c->heap = vl_realloc(c->heap, c->cap * sizeof(*c->heap));
	}
	t->expires = expires;
	t->seq = (t->seq & VL_TIMER_WHEEL_BIT) | c->next_seq++;
	heap_set(c, c->len++, t);
	sift_up(c, t->slot);
}

void vl_timer_cancel(struct vl_clock *c, struct vl_timer *t)
{
	if (vl_timer_pending(t))
		heap_remove(c, t->slot);
}

struct vl_timer *vl_clock_peek(const struct vl_clock *c)
{
	return c->len ? c->heap[0] : NULL;
}

struct vl_timer *vl_clock_pop(struct vl_clock *c)
{
	struct vl_timer *t = vl_clock_peek(c);

	if (!t)
		return NULL;
	heap_remove(c, 0);
	if (t->expires > c->now)
		c->now = t->expires;
	return t;
}

uint64_t vl_clock_host_seconds(void)
{
	return (uint64_t)time(NULL);
}

uint64_t vl_clock_host_mono_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * VL_NSEC_PER_SEC + (uint64_t)ts.tv_nsec;
}

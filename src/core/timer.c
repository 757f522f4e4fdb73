/* timer.c: hierarchical timer wheel (O(1) arm and cancel) firing in (expiry, class, arming order). */
#include "timer.h"

#include <time.h>

/*
 * Layout. Level L's 64 buckets each span 64^L ns. A timer sits at the level of
 * the highest 6-bit group in which its expiry differs from the wheel's clock
 * clk (level 0 when they differ in the lowest group only, or not at all), in
 * the bucket its expiry's group at that level names. So every timer of a
 * lower level, or of a lower bucket of the same level, expires before any
 * timer of a higher one; a level-0 bucket holds a single expiry. Each bucket
 * lists its timers in arming order.
 *
 * The kernel's wheel rounds expiries to its buckets; this one does not: the
 * timer found first is the one with the earliest expiry in the lowest
 * occupied bucket. clk moves only when a timer fires, to that timer's expiry,
 * the earliest of all: then only the one bucket that held it is spread again
 * over the levels below, which are empty at that moment (anything there would
 * have expired earlier), so arming order survives, and a timer moves down at
 * most VL_TV_LEVELS - 1 times in its life. clk never passes now, so only a
 * timer armed in the past can expire before clk: it goes to an overdue list
 * kept in (expiry, arming order), all of which fire before the wheel's.
 *
 * Among timers of one expiry, those made by vl_timer_init (user space's
 * hrtimers) fire before those made by vl_timer_init_wheel (the kernel's own
 * timer wheel, which fires them late): (expiry, class, arming order).
 */

void vl_clock_init(struct vl_clock *c)
{
	*c = (struct vl_clock){ 0 };
}

void vl_clock_free(struct vl_clock *c)
{
	for (unsigned b = 0; b <= VL_TV_OVERDUE; b++) {
		struct vl_timer *t = c->bucket[b].first;

		while (t) {
			struct vl_timer *next = t->next;

			t->next = t->prev = NULL;
			t->bucket = VL_TIMER_IDLE;
			t = next;
		}
	}
	vl_clock_init(c);
}

void vl_timer_init(struct vl_timer *t, vl_timer_fn fn)
{
	t->expires = 0;
	t->next = t->prev = NULL;
	t->bucket = VL_TIMER_IDLE;
	t->fn = fn;
	t->wheel = false;
}

void vl_timer_init_wheel(struct vl_timer *t, vl_timer_fn fn)
{
	vl_timer_init(t, fn);
	t->wheel = true;
}

/* Whether a fires before b when both are armed (b first): expiry, then hrtimers before the kernel's wheel. */
static bool earlier(const struct vl_timer *a, const struct vl_timer *b)
{
	return a->expires < b->expires || (a->expires == b->expires && !a->wheel && b->wheel);
}

bool vl_timer_pending(const struct vl_timer *t)
{
	return t->bucket != VL_TIMER_IDLE;
}

/* The level of expiry e when the wheel's clock is clk. */
static unsigned tv_level(uint64_t clk, uint64_t e)
{
	uint64_t x = clk ^ e;

	return x ? (unsigned)(63 - __builtin_clzll(x)) / VL_TV_BITS : 0;
}

/* The wheel bucket expiry e goes to while the wheel's clock is clk (e not before clk). */
static unsigned wheel_bucket(uint64_t clk, uint64_t e)
{
	unsigned l = tv_level(clk, e);

	return l * VL_TV_SIZE + (unsigned)((e >> (l * VL_TV_BITS)) & (VL_TV_SIZE - 1));
}

static void bucket_mark(struct vl_clock *c, unsigned b)
{
	c->occupied[b / VL_TV_SIZE] |= 1ULL << (b % VL_TV_SIZE);
	c->levels |= 1u << (b / VL_TV_SIZE);
}

static void bucket_unmark(struct vl_clock *c, unsigned b)
{
	uint64_t *occ = &c->occupied[b / VL_TV_SIZE];

	*occ &= ~(1ULL << (b % VL_TV_SIZE));
	if (!*occ)
		c->levels &= ~(1u << (b / VL_TV_SIZE));
}

/* Links t in after prev (at the head when prev is NULL) of bucket b. */
static void bucket_link_after(struct vl_clock *c, unsigned b, struct vl_timer *prev, struct vl_timer *t)
{
	struct vl_tv_bucket *k = &c->bucket[b];

	t->bucket = b;
	t->prev = prev;
	t->next = prev ? prev->next : k->first;
	if (t->next)
		t->next->prev = t;
	else
		k->last = t;
	if (prev)
		prev->next = t;
	else
		k->first = t;
	if (b < VL_TV_OVERDUE)
		bucket_mark(c, b);
}

static void bucket_unlink(struct vl_clock *c, struct vl_timer *t)
{
	unsigned b = t->bucket;
	struct vl_tv_bucket *k = &c->bucket[b];

	if (t->prev)
		t->prev->next = t->next;
	else
		k->first = t->next;
	if (t->next)
		t->next->prev = t->prev;
	else
		k->last = t->prev;
	t->next = t->prev = NULL;
	t->bucket = VL_TIMER_IDLE;
	if (!k->first && b < VL_TV_OVERDUE)
		bucket_unmark(c, b);
}

/* Files t, whose expiry is not before clk, at the tail of its bucket. */
static void wheel_add(struct vl_clock *c, struct vl_timer *t)
{
	unsigned b = wheel_bucket(c->clk, t->expires);

	bucket_link_after(c, b, c->bucket[b].last, t);
}

/* Files t, armed before clk, after every overdue timer expiring no later. */
static void overdue_add(struct vl_clock *c, struct vl_timer *t)
{
	struct vl_timer *prev = c->bucket[VL_TV_OVERDUE].last;

	while (prev && earlier(t, prev))
		prev = prev->prev;
	bucket_link_after(c, VL_TV_OVERDUE, prev, t);
}

void vl_timer_arm(struct vl_clock *c, struct vl_timer *t, uint64_t expires)
{
	/*
	 * Re-armed into the bucket whose tail it already is (a wake-up pushed a
	 * little later, as ping's after each reply): taking it off and adding it
	 * back would leave every list as it is, so only the expiry changes.
	 */
	if (t->bucket < VL_TV_OVERDUE && !t->next && expires >= c->clk &&
	    wheel_bucket(c->clk, expires) == t->bucket) {
		t->expires = expires;
		if (c->first == t)
			c->first = NULL;
		else if (c->first && earlier(t, c->first))
			c->first = t;
		return;
	}
	vl_timer_cancel(c, t);
	t->expires = expires;
	if (expires < c->clk)
		overdue_add(c, t);
	else
		wheel_add(c, t);
	/* Last armed among equals, so it only goes first if strictly earlier. */
	if (c->first && earlier(t, c->first))
		c->first = t;
}

void vl_timer_cancel(struct vl_clock *c, struct vl_timer *t)
{
	if (!vl_timer_pending(t))
		return;
	if (c->first == t)
		c->first = NULL;
	bucket_unlink(c, t);
}

/* The earliest timer: the overdue list's head, else the earliest expiry of the lowest bucket. */
static struct vl_timer *find_first(const struct vl_clock *c)
{
	struct vl_timer *best, *t;
	unsigned l, s;

	if (c->bucket[VL_TV_OVERDUE].first)
		return c->bucket[VL_TV_OVERDUE].first;
	if (!c->levels)
		return NULL;
	l = (unsigned)__builtin_ctz(c->levels);
	s = (unsigned)__builtin_ctzll(c->occupied[l]);
	best = c->bucket[l * VL_TV_SIZE + s].first;
	/* A level-0 bucket holds one expiry: only the class can put a later-armed timer first. */
	for (t = best->next; t && (l || best->wheel); t = t->next)
		if (earlier(t, best))
			best = t;
	return best;
}

struct vl_timer *vl_clock_peek(struct vl_clock *c)
{
	if (!c->first)
		c->first = find_first(c);
	return c->first;
}

/*
 * Moves clk forward to x, the expiry of the timer just taken off, the earliest:
 * the bucket of the highest level whose group changes holds every timer now
 * placed too high, and they spread over the (empty) levels below in order.
 */
static void wheel_advance(struct vl_clock *c, uint64_t x)
{
	unsigned l = tv_level(c->clk, x);
	unsigned b = l * VL_TV_SIZE + (unsigned)((x >> (l * VL_TV_BITS)) & (VL_TV_SIZE - 1));
	struct vl_timer *t = c->bucket[b].first;

	c->clk = x;
	if (!l || !t)
		return;
	c->bucket[b].first = c->bucket[b].last = NULL;
	bucket_unmark(c, b);
	while (t) {
		struct vl_timer *next = t->next;

		wheel_add(c, t);
		t = next;
	}
}

struct vl_timer *vl_clock_pop(struct vl_clock *c)
{
	struct vl_timer *t = vl_clock_peek(c);

	if (!t)
		return NULL;
	c->first = NULL;
	bucket_unlink(c, t);
	if (t->expires > c->clk)
		wheel_advance(c, t->expires);
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

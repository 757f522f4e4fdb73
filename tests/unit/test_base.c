/* test_base.c: the hash table, the timer wheel, the checksum, the random source, the write-behind file, skb bounds. */
#include <errno.h>
#include <stdbool.h>
#include <stdlib.h>
#include <unistd.h>

#include "core/hash.h"
#include "core/list.h"
#include "core/rng.h"
#include "core/skbuff.h"
#include "core/timer.h"
#include "harness.h"
#include "net/wire.h"
#include "tools/writebehind.h"

struct item {
	struct vl_hnode node;
	int key;
};

static struct item *find(struct vl_htab *t, int key)
{
	for (struct vl_hnode *h = vl_htab_first(t, vl_hash_u64((uint64_t)key)); h; h = vl_htab_next(h)) {
		struct item *it = vl_container_of(h, struct item, node);

		if (it->key == key)
			return it;
	}
	return NULL;
}

static void test_hash_grow_and_remove(void)
{
	struct vl_htab t;
	struct item *items = calloc(5000, sizeof(*items));

	vl_htab_init(&t);
	CHECK(vl_htab_first(&t, 1) == NULL);
	for (int i = 0; i < 5000; i++) {
		items[i].key = i;
		vl_htab_insert(&t, &items[i].node, vl_hash_u64((uint64_t)i));
	}
	CHECK_EQ(t.count, 5000u);
	CHECK(t.mask + 1 >= 4096);
	for (int i = 0; i < 5000; i += 7)
		CHECK(find(&t, i) == &items[i]);
	for (int i = 0; i < 5000; i += 2)
		vl_htab_remove(&t, &items[i].node);
	CHECK(find(&t, 4) == NULL);
	CHECK(find(&t, 5) == &items[5]);
	CHECK_EQ(t.count, 2500u);
	vl_htab_free(&t);
	free(items);
}

static void test_hash_same_hash_chain(void)
{
	struct vl_htab t;
	struct item a = { .key = 1 }, b = { .key = 2 };

	vl_htab_init(&t);
	vl_htab_insert(&t, &a.node, 42);
	vl_htab_insert(&t, &b.node, 42);
	struct vl_hnode *h = vl_htab_first(&t, 42);
	CHECK(h != NULL);
	CHECK(vl_htab_next(h) != NULL);
	CHECK(vl_htab_next(vl_htab_next(h)) == NULL);
	vl_htab_free(&t);
}

struct fired {
	struct vl_timer t;
	int id;
	int *log;
	int *n;
};

static void on_fire(struct vl_timer *t)
{
	struct fired *f = vl_container_of(t, struct fired, t);

	f->log[(*f->n)++] = f->id;
}

static void test_timer_order_and_ties(void)
{
	struct vl_clock c;
	int log[8], n = 0;
	struct fired f[5];
	const uint64_t when[5] = { 30, 10, 20, 10, 5 };

	vl_clock_init(&c);
	for (int i = 0; i < 5; i++) {
		f[i] = (struct fired){ .id = i, .log = log, .n = &n };
		vl_timer_init(&f[i].t, on_fire);
		vl_timer_arm(&c, &f[i].t, when[i]);
	}
	vl_timer_cancel(&c, &f[2].t);
	CHECK(!vl_timer_pending(&f[2].t));
	vl_timer_arm(&c, &f[0].t, 7); /* re-arming moves it */
	for (struct vl_timer *t; (t = vl_clock_pop(&c));)
		t->fn(t);
	CHECK_EQ(n, 4);
	/* 5, 7, then the two at 10 in the order they were armed. */
	CHECK_EQ(log[0], 4);
	CHECK_EQ(log[1], 0);
	CHECK_EQ(log[2], 1);
	CHECK_EQ(log[3], 3);
	CHECK_EQ(c.now, 10u);
	vl_clock_free(&c);
}

/* A reference for the wheel: the earliest (expiry, arming order) by a scan. */
struct ref_timer {
	struct vl_timer t;
	bool armed;
	uint64_t expires, seq;
};

static struct ref_timer *ref_first(struct ref_timer *r, int n)
{
	struct ref_timer *best = NULL;

	for (int i = 0; i < n; i++)
		if (r[i].armed && (!best || r[i].expires < best->expires ||
				   (r[i].expires == best->expires && r[i].seq < best->seq)))
			best = &r[i];
	return best;
}

static void ref_fire(struct vl_timer *t)
{
	(void)t;
}

/* An expiry from ns to hours ahead, now itself, far ahead, or in the past. */
static uint64_t ref_when(struct vl_rng *rng, uint64_t now)
{
	uint32_t k = vl_rng_below(rng, 16);

	if (k == 0)
		return now;
	if (k == 1)
		return now - (now ? vl_rng_below(rng, (uint32_t)(now < 5000 ? now : 5000)) : 0);
	if (k == 2)
		return now + (vl_rng_next(rng) >> 8);
	if (k == 3)
		return now + 1000; /* many equal expiries */
	return now + (vl_rng_next(rng) >> (64 - 4 * k));
}

/* Random arms, re-arms, cancels, peeks, pops and runs-until, against the reference. */
/*
 * The kernel's own timers (vl_timer_init_wheel) lose ties to user space's:
 * at one expiry they fire after every plain timer, armed before or after
 * them, near (level 0), far (a higher level) and overdue alike.
 */
static void test_timer_wheel_class_ties(void)
{
	const uint64_t when[3] = { 5, 5000000000ULL, 3 };

	for (int k = 0; k < 3; k++) {
		struct vl_clock c;
		int log[8], n = 0;
		struct fired f[4];

		vl_clock_init(&c);
		if (k == 2) {
			/* Overdue: armed after the clock has passed their expiry. */
			struct fired g = { .id = 9, .log = log, .n = &n };

			vl_timer_init(&g.t, on_fire);
			vl_timer_arm(&c, &g.t, 4);
			vl_clock_pop(&c)->fn(&g.t);
			n = 0;
		}
		for (int i = 0; i < 4; i++) {
			f[i] = (struct fired){ .id = i, .log = log, .n = &n };
			if (i % 2 == 0)
				vl_timer_init_wheel(&f[i].t, on_fire);
			else
				vl_timer_init(&f[i].t, on_fire);
			vl_timer_arm(&c, &f[i].t, when[k]);
		}
		for (struct vl_timer *t; (t = vl_clock_pop(&c));)
			t->fn(t);
		CHECK_EQ(n, 4);
		/* The plain ones (1, 3) in arming order, then the wheel's (0, 2). */
		CHECK_EQ(log[0], 1);
		CHECK_EQ(log[1], 3);
		CHECK_EQ(log[2], 0);
		CHECK_EQ(log[3], 2);
		vl_clock_free(&c);
	}
}

static void test_timer_wheel_matches_reference(void)
{
	enum { N = 97 };
	static struct ref_timer r[N];
	struct vl_clock c;
	struct vl_rng rng;
	uint64_t seq = 0;
	int bad = 0, pops = 0;

	vl_clock_init(&c);
	vl_rng_seed(&rng, 15);
	for (int i = 0; i < N; i++) {
		r[i] = (struct ref_timer){ 0 };
		vl_timer_init(&r[i].t, ref_fire);
	}
	for (int step = 0; step < 400000 && !bad; step++) {
		uint32_t op = vl_rng_below(&rng, 10);
		struct ref_timer *x = &r[vl_rng_below(&rng, N)], *want;
		struct vl_timer *got;

		if (op < 4) {
			/* op 3 on an armed timer: pushed a little later, as ping's wake-up after each reply. */
			uint64_t e = op == 3 && x->armed ? x->expires + vl_rng_below(&rng, 5000) : ref_when(&rng, c.now);

			vl_timer_arm(&c, &x->t, e);
			x->armed = true;
			x->expires = e;
			x->seq = seq++;
		} else if (op == 4) {
			vl_timer_cancel(&c, &x->t);
			x->armed = false;
		} else if (op == 5) {
			want = ref_first(r, N);
			bad |= vl_clock_peek(&c) != (want ? &want->t : NULL);
		} else if (op < 9) {
			uint64_t before = c.now;

			want = ref_first(r, N);
			got = vl_clock_pop(&c);
			bad |= got != (want ? &want->t : NULL);
			if (want) {
				bad |= c.now != (want->expires > before ? want->expires : before);
				want->armed = false;
				pops++;
			}
		} else {
			/* world_run_until: fire everything due by then, then now is then. */
			uint64_t until = c.now + (vl_rng_next(&rng) >> (60 - 4 * vl_rng_below(&rng, 14)));

			while ((got = vl_clock_peek(&c)) && got->expires <= until) {
				want = ref_first(r, N);
				bad |= vl_clock_pop(&c) != &want->t;
				want->armed = false;
			}
			if (c.now < until)
				c.now = until;
		}
		for (int i = 0; i < N && !bad; i++)
			bad |= vl_timer_pending(&r[i].t) != r[i].armed;
	}
	CHECK(!bad);
	CHECK(pops > 10000);
	vl_clock_free(&c);
	for (int i = 0; i < N; i++)
		CHECK(!vl_timer_pending(&r[i].t));
}

/* RFC 1071 word by word: the folded sum of big-endian 16-bit words added to sum. */
static uint32_t ref_csum(const uint8_t *p, size_t len, uint32_t sum)
{
	uint64_t acc = sum;

	for (size_t i = 0; i + 1 < len; i += 2)
		acc += (uint32_t)(p[i] << 8 | p[i + 1]);
	if (len & 1)
		acc += (uint32_t)p[len - 1] << 8;
	while (acc >> 16)
		acc = (acc & 0xffff) + (acc >> 16);
	return (uint32_t)acc;
}

/* The wide sum equals the word-by-word one for every length, alignment and start, zeros and 0xff runs included. */
static void test_csum_matches_reference(void)
{
	static uint8_t buf[1600];
	struct vl_rng rng;
	int bad = 0;

	vl_rng_seed(&rng, 1071);
	for (int round = 0; round < 20000; round++) {
		size_t off = vl_rng_below(&rng, 8), len = vl_rng_below(&rng, 1500);
		uint32_t kind = vl_rng_below(&rng, 4), sum;

		for (size_t i = 0; i < len; i++)
			buf[off + i] = kind == 0 ? 0 : kind == 1 ? 0xff : (uint8_t)vl_rng_next(&rng);
		sum = vl_rng_below(&rng, 3) == 0 ? 0 : (uint32_t)vl_rng_next(&rng);
		bad |= csum_partial(buf + off, len, sum) != ref_csum(buf + off, len, sum);
		bad |= inet_csum(buf + off, len) != (uint16_t)~ref_csum(buf + off, len, 0);
	}
	CHECK(!bad);
	CHECK_EQ(csum_partial(buf, 0, 0), 0u);
	memset(buf, 0, 64);
	CHECK_EQ(inet_csum(buf, 64), 0xffff);
	memset(buf, 0xff, 64);
	CHECK_EQ(csum_partial(buf, 64, 0), 0xffffu);
}

/*
 * csum_replace2 gives what summing the changed message anew gives, or
 * declines; and declines only for the two zeros. csum_ipv6_magic is the sum
 * of the pseudo-header and the message; ip_parse's and ip_emit's 20-byte
 * header sums match the general one.
 */
static void test_csum_incremental_and_headers(void)
{
	static uint8_t buf[256];
	uint8_t a[16], d[16], pseudo[40 + 256], h[20];
	struct iphdr_view v;
	struct vl_rng rng;
	int bad = 0, declined = 0;

	vl_rng_seed(&rng, 1624);
	for (int round = 0; round < 50000; round++) {
		size_t len = 4 + vl_rng_below(&rng, 200);
		uint32_t kind = vl_rng_below(&rng, 4);
		uint16_t check, from, to, full;

		for (size_t i = 0; i < len; i++)
			buf[i] = kind == 0 ? 0 : kind == 1 ? 0xff : (uint8_t)vl_rng_next(&rng);
		buf[2] = buf[3] = 0;
		check = inet_csum(buf, len);
		/* Both zeros verify: a sender may write either. */
		if (check == 0 && vl_rng_below(&rng, 2))
			check = 0xffff;
		from = get16(buf);
		to = vl_rng_below(&rng, 3) ? (uint16_t)vl_rng_next(&rng) : 0;
		put16(buf, to);
		full = inet_csum(buf, len);
		if (csum_replace2(&check, from, to))
			bad |= check != full;
		else
			declined++;
	}
	CHECK(!bad);
	CHECK(declined < 50000 / 100 + 20000);
	/* All zeros: declined, whichever zero the sender wrote. */
	memset(buf, 0, 8);
	{
		uint16_t c0 = 0xffff, c1 = 0;

		CHECK(!csum_replace2(&c0, 0, 0));
		CHECK(!csum_replace2(&c1, 0, 0));
	}
	for (int round = 0; round < 5000; round++) {
		uint32_t len = vl_rng_below(&rng, 256);

		for (int i = 0; i < 16; i++) {
			a[i] = (uint8_t)vl_rng_next(&rng);
			d[i] = (uint8_t)vl_rng_next(&rng);
		}
		for (uint32_t i = 0; i < len; i++)
			buf[i] = (uint8_t)vl_rng_next(&rng);
		memcpy(pseudo, a, 16);
		memcpy(pseudo + 16, d, 16);
		put32(pseudo + 32, len);
		put32(pseudo + 36, IPPROTO_ICMPV6);
		memcpy(pseudo + 40, buf, len);
		bad |= csum_ipv6_magic(a, d, len, IPPROTO_ICMPV6, buf) != inet_csum(pseudo, 40 + len);
	}
	CHECK(!bad);
	for (int round = 0; round < 5000; round++) {
		for (int i = 0; i < 20; i++)
			h[i] = (uint8_t)vl_rng_next(&rng);
		h[0] = 0x45;
		put16(h + 2, 20);
		if (vl_rng_below(&rng, 2)) {
			put16(h + 10, 0);
			put16(h + 10, inet_csum(h, 20));
		}
		if (ip_parse(h, 20, &v) != (inet_csum(h, 20) ? -1 : 0))
			bad = 1;
		v = (struct iphdr_view){ .ihl = 20, .tot_len = 20, .id = (uint16_t)vl_rng_next(&rng),
					 .ttl = (uint8_t)vl_rng_next(&rng), .protocol = 1,
					 .saddr = vl_rng_next(&rng), .daddr = vl_rng_next(&rng) };
		ip_emit(h, &v);
		bad |= inet_csum(h, 20) != 0;
	}
	CHECK(!bad);
}

static void test_rng_reproducible(void)
{
	struct vl_rng a, b, c;
	int same = 1, differ = 0;

	vl_rng_seed(&a, 7);
	vl_rng_seed(&b, 7);
	vl_rng_seed(&c, 8);
	for (int i = 0; i < 100; i++) {
		uint64_t x = vl_rng_next(&a), y = vl_rng_next(&b), z = vl_rng_next(&c);

		same &= x == y;
		differ |= x != z;
	}
	CHECK(same);
	CHECK(differ);
	for (int i = 0; i < 1000; i++)
		CHECK(vl_rng_below(&a, 3) < 3);
}

/* Every byte arrives, in order, across many stdio buffers; errors surface at fclose. */
static void test_writebehind(void)
{
	char path[] = "/tmp/vethlab-wb-XXXXXX";
	int fd = mkstemp(path);
	FILE *fp;
	long n = 0, bad = 0;
	int ch;

	CHECK(fd >= 0);
	close(fd);
	fp = wb_fopen(path);
	CHECK(fp != NULL);
	if (!fp)
		return;
	for (long i = 0; i < 3000000; i++)
		fputc((int)(i * 7 % 251), fp);
	CHECK_EQ(fclose(fp), 0);
	fp = fopen(path, "rb");
	CHECK(fp != NULL);
	while (fp && (ch = fgetc(fp)) != EOF)
		bad += ch != (int)(n++ * 7 % 251);
	if (fp)
		fclose(fp);
	unlink(path);
	CHECK_EQ(n, 3000000L);
	CHECK_EQ(bad, 0L);

	CHECK(wb_fopen("/nonexistent-dir/x") == NULL && errno == ENOENT);
	fp = wb_fopen("/dev/full");
	if (fp) {
		for (int i = 0; i < (3 << 20); i++)
			fputc('x', fp);
		CHECK(fclose(fp) == EOF && errno == ENOSPC);
	}
}

/* alloc_skb refuses what no buffer holds, even a len that would wrap the size. */
static void test_skb_alloc_limits(void)
{
	struct skb_pool pool;
	struct sk_buff *skb;

	skb_pool_init(&pool);
	skb = alloc_skb(&pool, SKB_LARGE - SKB_HEADROOM);
	CHECK(skb != NULL);
	CHECK(skb && skb->size == SKB_LARGE);
	consume_skb(skb);
	CHECK(alloc_skb(&pool, SKB_LARGE - SKB_HEADROOM + 1) == NULL);
	CHECK(alloc_skb(&pool, UINT32_MAX) == NULL);
	CHECK(alloc_skb(&pool, UINT32_MAX - SKB_HEADROOM + 1) == NULL);
	skb_pool_free(&pool);
}

/* put, push and pull stay inside the buffer: out of bounds, NULL and the skb unchanged. */
static void test_skb_bounds(void)
{
	struct skb_pool pool;
	struct sk_buff *skb;
	uint8_t *start;
	uint32_t room;

	skb_pool_init(&pool);
	skb = alloc_skb(&pool, 100);
	CHECK(skb != NULL);
	if (!skb)
		return;
	start = skb->data;
	room = skb->size - SKB_HEADROOM;
	CHECK_EQ((uint32_t)(start - skb->head), (uint32_t)SKB_HEADROOM);

	/* skb_put: up to head + size, not a byte further. */
	CHECK(skb_put(skb, room + 1) == NULL);
	CHECK(skb_put(skb, UINT32_MAX) == NULL);
	CHECK(skb->data == start && skb->len == 0);
	CHECK(skb_put(skb, room - 1) == start);
	CHECK(skb_put(skb, 2) == NULL);
	CHECK_EQ(skb->len, room - 1);
	CHECK(skb_put(skb, 1) == start + room - 1);
	CHECK_EQ(skb->len, room);
	CHECK(skb_put(skb, 1) == NULL);
	CHECK(skb_put(skb, 0) == skb->head + skb->size);
	CHECK_EQ(skb->len, room);

	/* skb_pull: at most len. */
	CHECK(skb_pull(skb, room + 1) == NULL);
	CHECK(skb_pull(skb, UINT32_MAX) == NULL);
	CHECK(skb->data == start && skb->len == room);
	CHECK(skb_pull(skb, 10) == start + 10);
	CHECK_EQ(skb->len, room - 10);

	/* skb_push: back to head, not a byte before. */
	CHECK(skb_push(skb, SKB_HEADROOM + 10 + 1) == NULL);
	CHECK(skb_push(skb, UINT32_MAX) == NULL);
	CHECK(skb->data == start + 10 && skb->len == room - 10);
	CHECK(skb_push(skb, SKB_HEADROOM + 10) == skb->head);
	CHECK_EQ(skb->len, skb->size);
	CHECK(skb_push(skb, 1) == NULL);
	CHECK(skb->data == skb->head && skb->len == skb->size);

	/* The whole buffer can be pulled again, and nothing more. */
	CHECK(skb_pull(skb, skb->size) == skb->head + skb->size);
	CHECK_EQ(skb->len, 0u);
	CHECK(skb_pull(skb, 1) == NULL);
	consume_skb(skb);
	skb_pool_free(&pool);
}

int main(void)
{
	static const struct vl_test tests[] = {
		{ "hash_grow_and_remove", test_hash_grow_and_remove },
		{ "hash_same_hash_chain", test_hash_same_hash_chain },
		{ "timer_order_and_ties", test_timer_order_and_ties },
		{ "timer_wheel_matches_reference", test_timer_wheel_matches_reference },
		{ "timer_wheel_class_ties", test_timer_wheel_class_ties },
		{ "csum_matches_reference", test_csum_matches_reference },
		{ "csum_incremental_and_headers", test_csum_incremental_and_headers },
		{ "rng_reproducible", test_rng_reproducible },
		{ "writebehind", test_writebehind },
		{ "skb_alloc_limits", test_skb_alloc_limits },
		{ "skb_bounds", test_skb_bounds },
		{ NULL, NULL },
	};

	return harness_run(tests);
}

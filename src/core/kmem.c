/* kmem.c: the object caches behind the per-namespace and per-device state (kmem.h). */
#include "kmem.h"

#include <malloc.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "alloc.h"
#include "hash.h"

#define KMEM_FIRST_SLAB (64u << 10)
#define KMEM_HUGE_SLAB (2u << 20)
/* Bigger objects are calloc'd: a slab holds several, past its head and colour. */
#define KMEM_MAX_OBJ (KMEM_FIRST_SLAB / 4)

struct kmem_cache *kmem_cache_by_size(struct kmem_cache *set, int n, size_t size)
{
	size_t want = (size + 15) & ~(size_t)15;

	for (int i = 0; i < n; i++) {
		if (set[i].size == want)
			return &set[i];
		if (!set[i].size) {
			set[i].size = want;
			return &set[i];
		}
	}
	return NULL;
}

#if defined(__SANITIZE_ADDRESS__) || defined(VL_KMEM_CALLOC)

/*
 * Each object sits 16 bytes into its calloc'd block, so that a cache object
 * given to plain free(), or a malloc'd one to kmem_cache_free(), is an error
 * AddressSanitizer reports (a free of an address malloc did not return).
 */
#define KMEM_ASAN_HEAD 16

void *kmem_cache_zalloc(struct kmem_cache *c, size_t size)
{
	c->active++;
	return (char *)vl_calloc(1, KMEM_ASAN_HEAD + size) + KMEM_ASAN_HEAD;
}

void kmem_cache_free(struct kmem_cache *c, void *obj)
{
	if (!obj)
		return;
	c->active--;
	free((char *)obj - KMEM_ASAN_HEAD);
}

void kmem_cache_destroy(struct kmem_cache *c)
{
	(void)c;
}

#else

/* A slab's own head sits at its start; objects follow it. */
struct kmem_slab {
	struct kmem_slab *next;
	size_t len;               /* what was mapped */
};

#define KMEM_SLAB_HEAD ((sizeof(struct kmem_slab) + 15) & ~(size_t)15)

/*
 * A new slab. Huge ones are mapped at a 2 MiB boundary and advised before
 * anything touches them, so that the first touch faults in one huge page.
 */
static void kmem_slab_new(struct kmem_cache *c)
{
	size_t len = c->next_slab ? c->next_slab : KMEM_FIRST_SLAB;
	size_t map = len == KMEM_HUGE_SLAB ? 2 * len : len;
	char *p = mmap(NULL, map, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	struct kmem_slab *s;

	if (p == MAP_FAILED)
		vl_oom(map);
	if (map != len) {
		char *a = (char *)(((uintptr_t)p + len - 1) & ~(uintptr_t)(len - 1));

		if (a > p)
			munmap(p, (size_t)(a - p));
		if (a + len < p + map)
			munmap(a + len, (size_t)(p + map - (a + len)));
		p = a;
		madvise(p, len, MADV_HUGEPAGE);  /* a hint: without THP, plain pages */
	}
	s = (struct kmem_slab *)p;
	s->next = c->slabs;
	s->len = len;
	c->slabs = s;
	/*
	 * Slab colouring, as SLAB's: the first object starts at a cache-line
	 * offset taken from the slab's address, so that the first (hottest)
	 * objects of the many caches do not all share one set of the L1 cache
	 * (slabs are page-aligned: without it, a ping flood ran 12% slower).
	 */
	c->cur = p + KMEM_SLAB_HEAD + (vl_hash_u64((uintptr_t)p) & 63) * 64;
	c->end = p + len;
	if (len < KMEM_HUGE_SLAB)
		c->next_slab = len * 2;
	else
		c->next_slab = KMEM_HUGE_SLAB;
}

void *kmem_cache_zalloc(struct kmem_cache *c, size_t size)
{
	void *obj;

	if (!c->size)
		c->size = (size + 15) & ~(size_t)15;
	c->active++;
	if (c->freelist) {
		obj = c->freelist;
		memcpy(&c->freelist, obj, sizeof(void *));
		memset(obj, 0, c->size);
		return obj;
	}
	if (c->size > KMEM_MAX_OBJ)
		return vl_calloc(1, c->size);  /* not a slab object: never, for the kinds above */
	if (!c->cur || (size_t)(c->end - c->cur) < c->size)
		kmem_slab_new(c);
	obj = c->cur;
	c->cur += c->size;
	return obj;  /* fresh anonymous memory is zero */
}

void kmem_cache_free(struct kmem_cache *c, void *obj)
{
	if (!obj)
		return;
	c->active--;
	if (c->size > KMEM_MAX_OBJ) {
		free(obj);
		return;
	}
	memcpy(obj, &c->freelist, sizeof(void *));
	c->freelist = obj;
}

void kmem_cache_destroy(struct kmem_cache *c)
{
	while (c->slabs) {
		struct kmem_slab *s = c->slabs;

		c->slabs = s->next;
		munmap(s, s->len);
	}
	memset(c, 0, sizeof(*c));
}

#endif

#define KMEM_HEAP_PAD (32u << 20)

char *kmem_heap_pad(void)
{
#if !defined(__SANITIZE_ADDRESS__) && !defined(VL_KMEM_CALLOC)
	mallopt(M_TOP_PAD, KMEM_HEAP_PAD);
	mallopt(M_TRIM_THRESHOLD, 2 * KMEM_HEAP_PAD);
	return sbrk(0);
#else
	return NULL;
#endif
}

void kmem_heap_advise(char **advised)
{
#if !defined(__SANITIZE_ADDRESS__) && !defined(VL_KMEM_CALLOC)
	char *top = sbrk(0);
	uintptr_t page = (uintptr_t)sysconf(_SC_PAGESIZE);

	if (*advised && top > *advised) {
		char *from = (char *)((uintptr_t)*advised & ~(page - 1));

		madvise(from, (size_t)(top - from), MADV_HUGEPAGE);  /* a hint: without THP, plain pages */
		*advised = top;
	}
#else
	(void)advised;
#endif
}

/* hash.c: the intrusive hash table behind per-namespace name and index lookups. */
#include "hash.h"

#include <stdlib.h>

#include "alloc.h"

#define VL_HTAB_MIN 8u

void vl_htab_init(struct vl_htab *t)
{
	t->bucket = NULL;
	t->mask = 0;
	t->count = 0;
}

void vl_htab_free(struct vl_htab *t)
{
	if (t->mask)
		free(t->bucket);
	vl_htab_init(t);
}

/* The chain hash falls in. */
static struct vl_hnode **htab_slot(struct vl_htab *t, uint32_t hash)
{
	return t->mask ? &t->bucket[hash & t->mask] : &t->head;
}

static void htab_link(struct vl_hnode **bucket, uint32_t mask, struct vl_hnode *n)
{
	struct vl_hnode **slot = &bucket[n->hash & mask];

	n->next = *slot;
	*slot = n;
}

/* Doubling keeps chains short; from one node in place to VL_HTAB_MIN buckets. */
static void htab_grow(struct vl_htab *t)
{
	uint32_t nmask = t->mask ? t->mask * 2 + 1 : VL_HTAB_MIN - 1;
	struct vl_hnode **nb = vl_calloc((size_t)nmask + 1, sizeof(*nb));

	for (uint32_t i = 0; i < vl_htab_nbuckets(t); i++) {
		struct vl_hnode *n = vl_htab_bucket(t, i);

		while (n) {
			struct vl_hnode *next = n->next;

			htab_link(nb, nmask, n);
			n = next;
		}
	}
	if (t->mask)
		free(t->bucket);
	t->bucket = nb;
	t->mask = nmask;
}

void vl_htab_insert(struct vl_htab *t, struct vl_hnode *n, uint32_t hash)
{
	struct vl_hnode **slot;

	/* Grown before linking: the same chains as linking into VL_HTAB_MIN buckets, then growing. */
	if (!t->mask && t->count)
		htab_grow(t);
	n->hash = hash;
	slot = htab_slot(t, hash);
	n->next = *slot;
	*slot = n;
	if (++t->count > t->mask + 1 && t->mask)
		htab_grow(t);
}

void vl_htab_remove(struct vl_htab *t, struct vl_hnode *n)
{
	struct vl_hnode **pp;

	for (pp = htab_slot(t, n->hash); *pp; pp = &(*pp)->next) {
		if (*pp == n) {
			*pp = n->next;
			n->next = NULL;
			t->count--;
			return;
		}
	}
}

struct vl_hnode *vl_htab_first(const struct vl_htab *t, uint32_t hash)
{
	struct vl_hnode *n;

	for (n = t->mask ? t->bucket[hash & t->mask] : t->head; n; n = n->next)
		if (n->hash == hash)
			return n;
	return NULL;
}

struct vl_hnode *vl_htab_next(const struct vl_hnode *n)
{
	struct vl_hnode *m;

	for (m = n->next; m; m = m->next)
		if (m->hash == n->hash)
			return m;
	return NULL;
}

/* FNV-1a: short keys, good enough spread, no state. */
uint32_t vl_hash_str(const char *s)
{
	uint32_t h = 2166136261u;

	while (*s) {
		h ^= (unsigned char)*s++;
		h *= 16777619u;
	}
	return h;
}

/* The finaliser of splitmix64, folded to 32 bits. */
uint32_t vl_hash_u64(uint64_t v)
{
	v ^= v >> 30;
	v *= 0xbf58476d1ce4e5b9ULL;
	v ^= v >> 27;
	v *= 0x94d049bb133111ebULL;
	v ^= v >> 31;
	return (uint32_t)(v ^ (v >> 32));
}

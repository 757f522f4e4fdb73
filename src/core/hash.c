/* hash.c: the intrusive hash table behind per-namespace name and index lookups. */
#include "hash.h"

#include <stdlib.h>

#include "alloc.h"

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

/*
 * From the shared chain to VL_HTAB_MIN buckets: linked oldest first, so that
 * each bucket holds its nodes newest first, as if linked there all along.
 */
static void htab_spread(struct vl_htab *t)
{
	struct vl_hnode *v[VL_HTAB_MIN], **nb = vl_calloc(VL_HTAB_MIN, sizeof(*nb));
	unsigned int k = 0;

	for (struct vl_hnode *n = t->head; n; n = n->next)
		v[k++] = n;
	while (k)
		htab_link(nb, VL_HTAB_MIN - 1, v[--k]);
	t->bucket = nb;
	t->mask = VL_HTAB_MIN - 1;
}

/* Doubling keeps chains short. */
static void htab_grow(struct vl_htab *t)
{
	uint32_t nmask = t->mask * 2 + 1;
	struct vl_hnode **nb = vl_calloc((size_t)nmask + 1, sizeof(*nb));

	for (uint32_t i = 0; i <= t->mask; i++) {
		struct vl_hnode *n = t->bucket[i];

		while (n) {
			struct vl_hnode *next = n->next;

			htab_link(nb, nmask, n);
			n = next;
		}
	}
	free(t->bucket);
	t->bucket = nb;
	t->mask = nmask;
}

void vl_htab_insert(struct vl_htab *t, struct vl_hnode *n, uint32_t hash)
{
	struct vl_hnode **slot;

	if (!t->mask && t->count == VL_HTAB_MIN)
		htab_spread(t);
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

/* From n on, the first node of the shared chain that bucket b would hold. */
static struct vl_hnode *chain_in_bucket(struct vl_hnode *n, uint32_t b)
{
	while (n && (n->hash & (VL_HTAB_MIN - 1)) != b)
		n = n->next;
	return n;
}

struct vl_hnode *vl_htab_bucket_first(const struct vl_htab *t, uint32_t b)
{
	return t->mask ? t->bucket[b] : chain_in_bucket(t->head, b);
}

struct vl_hnode *vl_htab_bucket_next(const struct vl_htab *t, uint32_t b, const struct vl_hnode *n)
{
	return t->mask ? n->next : chain_in_bucket(n->next, b);
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

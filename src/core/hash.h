/* hash.h: intrusive chained hash table; callers embed a node and supply the hash. */
#ifndef VL_HASH_H
#define VL_HASH_H

#include <stdint.h>

struct vl_hnode {
	struct vl_hnode *next;
	uint32_t hash;
};

/*
 * An empty table costs nothing and a table of one node holds it in place of
 * its bucket array (mask 0: head is the only chain), so that the many tables
 * of a namespace with one device allocate nothing. The second node brings
 * the array of VL_HTAB_MIN buckets, laid out as if it had been there from
 * the first: walking the buckets gives the same order either way.
 */
struct vl_htab {
	union {
		struct vl_hnode **bucket;  /* mask > 0 */
		struct vl_hnode *head;     /* mask 0 */
	};
	uint32_t mask;
	uint32_t count;
};

/* Buckets to walk (every node is in the chain of one of them). */
static inline uint32_t vl_htab_nbuckets(const struct vl_htab *t)
{
	return t->mask + 1;
}

/* The chain of bucket b < vl_htab_nbuckets(t). */
static inline struct vl_hnode *vl_htab_bucket(const struct vl_htab *t, uint32_t b)
{
	return t->mask ? t->bucket[b] : t->head;
}

void vl_htab_init(struct vl_htab *t);
void vl_htab_free(struct vl_htab *t);
void vl_htab_insert(struct vl_htab *t, struct vl_hnode *n, uint32_t hash);
void vl_htab_remove(struct vl_htab *t, struct vl_hnode *n);
/* First node whose hash equals hash; walk on with vl_htab_next. */
struct vl_hnode *vl_htab_first(const struct vl_htab *t, uint32_t hash);
struct vl_hnode *vl_htab_next(const struct vl_hnode *n);

uint32_t vl_hash_str(const char *s);
uint32_t vl_hash_u64(uint64_t v);

#endif

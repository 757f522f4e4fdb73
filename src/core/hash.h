/* hash.h: intrusive chained hash table; callers embed a node and supply the hash. */
#ifndef VL_HASH_H
#define VL_HASH_H

#include <stdint.h>

struct vl_hnode {
	struct vl_hnode *next;
	uint32_t hash;
};

/* Buckets of the smallest array; a table holds up to this many nodes without one. */
#define VL_HTAB_MIN 8u

/*
 * An empty table costs nothing, and up to VL_HTAB_MIN nodes share one chain
 * held in place of the bucket array (mask 0: head), so that the many small
 * tables of a namespace allocate nothing. The next node brings the array of
 * VL_HTAB_MIN buckets, laid out as if it had been there from the first; and
 * a walk by bucket (vl_htab_bucket_first/next) sees the shared chain as
 * those buckets: the same nodes in the same order either way.
 */
struct vl_htab {
	union {
		struct vl_hnode **bucket;  /* mask > 0 */
		struct vl_hnode *head;     /* mask 0: every node, newest first */
	};
	uint32_t mask;
	uint32_t count;
};

/* Buckets a walk goes through (every node is in one of them). */
static inline uint32_t vl_htab_nbuckets(const struct vl_htab *t)
{
	return t->mask ? t->mask + 1 : VL_HTAB_MIN;
}

/* Bucket b's first node (b < vl_htab_nbuckets), newest first; NULL: none. */
struct vl_hnode *vl_htab_bucket_first(const struct vl_htab *t, uint32_t b);
/* The node after n in bucket b. */
struct vl_hnode *vl_htab_bucket_next(const struct vl_htab *t, uint32_t b, const struct vl_hnode *n);

void vl_htab_init(struct vl_htab *t);
void vl_htab_free(struct vl_htab *t);
void vl_htab_insert(struct vl_htab *t, struct vl_hnode *n, uint32_t hash);
void vl_htab_remove(struct vl_htab *t, struct vl_hnode *n);
/* First node whose hash equals hash; walk on with vl_htab_next. */
struct vl_hnode *vl_htab_first(const struct vl_htab *t, uint32_t hash);
struct vl_hnode *vl_htab_next(const struct vl_hnode *n);

uint32_t vl_hash_str(const char *s);
/* The finaliser of splitmix64, folded to 32 bits; inline: it is on every packet's look-ups. */
static inline uint32_t vl_hash_u64(uint64_t v)
{
	v ^= v >> 30;
	v *= 0xbf58476d1ce4e5b9ULL;
	v ^= v >> 27;
	v *= 0x94d049bb133111ebULL;
	v ^= v >> 31;
	return (uint32_t)(v ^ (v >> 32));
}

#endif

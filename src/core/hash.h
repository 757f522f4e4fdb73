/* hash.h: intrusive chained hash table; callers embed a node and supply the hash. */
#ifndef VL_HASH_H
#define VL_HASH_H

#include <stdint.h>

struct vl_hnode {
	struct vl_hnode *next;
	uint32_t hash;
};

/* Buckets are allocated on first insert so that an empty table costs nothing. */
struct vl_htab {
	struct vl_hnode **bucket;
	uint32_t mask;
	uint32_t count;
};

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

/* cow.c: reference-counted, interned configuration blocks (cow.h). */
#include "cow.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"

/* A block's head, in front of the data its holders point to (8-byte aligned, as the blocks' fields need). */
struct cow_blk {
	uint32_t refs;
	uint32_t len;
	uint64_t data[];
};

static struct cow_blk *cow_blk(const void *p)
{
	return (struct cow_blk *)((uintptr_t)p - offsetof(struct cow_blk, data));
}

static const void *cow_new(const void *val, size_t len)
{
	struct cow_blk *b = vl_malloc(sizeof(*b) + len);

	b->refs = 1;
	b->len = (uint32_t)len;
	memcpy(b->data, val, len);
	return b->data;
}

const void *cow_get(const void *p)
{
	cow_blk(p)->refs++;
	return p;
}

void cow_put(const void *p)
{
	struct cow_blk *b;

	if (!p)
		return;
	b = cow_blk(p);
	if (--b->refs == 0)
		free(b);
}

const void *cow_share(struct cow_intern *in, const void *val, size_t len)
{
	const void *p;

	for (int i = 0; i < COW_INTERN_SLOTS; i++) {
		p = in->slot[i];
		if (p && cow_blk(p)->len == len && !memcmp(p, val, len))
			return cow_get(p);
	}
	/* A new block, which replaces the oldest of the slots. */
	p = cow_new(val, len);
	cow_put(in->slot[in->next]);
	in->slot[in->next] = cow_get(p);
	in->next = (in->next + 1) % COW_INTERN_SLOTS;
	return p;
}

void *cow_write(const void *p, size_t len)
{
	if (cow_blk(p)->refs > 1) {
		const void *own = cow_new(p, len);

		cow_put(p);
		p = own;
	}
	/* The holder's alone now: no one else sees the write. */
	return (void *)(uintptr_t)p;
}

void cow_intern_drop(struct cow_intern *in)
{
	for (int i = 0; i < COW_INTERN_SLOTS; i++) {
		cow_put(in->slot[i]);
		in->slot[i] = NULL;
	}
}

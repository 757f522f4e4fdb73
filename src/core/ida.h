/* ida.h: an ID allocator (the kernel's ida): the lowest free number, amortised O(1) when allocation runs in order. */
#ifndef VL_IDA_H
#define VL_IDA_H

#include <stddef.h>
#include <stdint.h>

struct ida {
	uint64_t *bits;     /* bit n set: id n is taken */
	size_t words;
	size_t hint;        /* no word below this one has a free bit */
};

/* The lowest id not taken, now taken. */
unsigned int ida_alloc(struct ida *ida);
void ida_free(struct ida *ida, unsigned int id);
void ida_destroy(struct ida *ida);

#endif

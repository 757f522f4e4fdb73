/* ida.c: the lowest-free-number allocator, a bitmap with a hint past the full words. */
#include "ida.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"

unsigned int ida_alloc(struct ida *ida)
{
	size_t w = ida->hint;

	while (w < ida->words && ida->bits[w] == UINT64_MAX)
		w++;
	if (w == ida->words) {
		size_t n = ida->words ? 2 * ida->words : 4;

		ida->bits = vl_realloc(ida->bits, n * sizeof(*ida->bits));
		memset(ida->bits + ida->words, 0, (n - ida->words) * sizeof(*ida->bits));
		ida->words = n;
	}
	ida->hint = w;
	for (unsigned int b = 0;; b++) {
		if (!(ida->bits[w] & (1ull << b))) {
			ida->bits[w] |= 1ull << b;
			return (unsigned int)(w * 64 + b);
		}
	}
}

void ida_free(struct ida *ida, unsigned int id)
{
	size_t w = id / 64;

	if (w >= ida->words)
		return;
	ida->bits[w] &= ~(1ull << (id % 64));
	if (w < ida->hint)
		ida->hint = w;
}

void ida_destroy(struct ida *ida)
{
	free(ida->bits);
	memset(ida, 0, sizeof(*ida));
}

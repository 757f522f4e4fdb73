/* alloc.c: allocation wrappers that end the program cleanly when memory runs out. */
#include "alloc.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

_Noreturn void vl_oom(size_t size)
{
	char msg[64];
	int n = snprintf(msg, sizeof(msg), "vethlab: out of memory (allocating %zu bytes)\n", size);

	/* What was printed so far still reaches its files. */
	fflush(NULL);
	if (n > 0 && write(STDERR_FILENO, msg, (size_t)n) < 0)
		_exit(2);
	_exit(2);
}

void *vl_malloc(size_t size)
{
	void *p = malloc(size ? size : 1);

	if (!p)
		vl_oom(size);
	return p;
}

void *vl_calloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size ? size : 1);

	if (!p)
		vl_oom(n * size);
	return p;
}

void *vl_realloc(void *p, size_t size)
{
	void *np = realloc(p, size ? size : 1);

	if (!np)
		vl_oom(size);
	return np;
}

char *vl_strdup(const char *s)
{
	return vl_strndup(s, strlen(s));
}

char *vl_strndup(const char *s, size_t n)
{
	char *d = strndup(s, n);

	if (!d)
		vl_oom(n + 1);
	return d;
}

static size_t grow_cap(size_t n)
{
	size_t c = 8;

	while (c < n)
		c *= 2;
	return c;
}

void *vl_grow(void *p, size_t used, size_t want, size_t elem)
{
	if (p && want <= grow_cap(used))
		return p;
	return vl_realloc(p, grow_cap(want) * elem);
}

void vl_strlcpy(char *dst, const char *src, size_t size)
{
	size_t n = src ? strnlen(src, size - 1) : 0;

	memcpy(dst, src ? src : "", n);
	dst[n] = 0;
}

FILE *vl_memstream(char **buf, size_t *len)
{
	FILE *f = open_memstream(buf, len);

	if (!f)
		vl_oom(BUFSIZ);
	return f;
}

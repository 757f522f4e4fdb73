/*
 * alloc.h: vethlab's one out-of-memory policy. Allocation never returns NULL:
 * when the host cannot give memory, vethlab prints "vethlab: out of memory"
 * and exits with status 2 (as bash's xmalloc does), before any state is left
 * half-changed. Callers therefore never test for NULL.
 */
#ifndef VL_ALLOC_H
#define VL_ALLOC_H

#include <stddef.h>
#include <stdio.h>

/*
 * On a function that returns an error code (0 or a negative errno): the
 * caller must look at it. Where a failure cannot happen, the call site says
 * why and discards the result with (void)!call(...): GCC still warns about a
 * plain (void) cast of such a call (GCC bug 66425), the "!" makes it a use.
 */
#define VL_MUST_CHECK __attribute__((warn_unused_result))

_Noreturn void vl_oom(size_t size);
void *vl_malloc(size_t size);
void *vl_calloc(size_t n, size_t size);
void *vl_realloc(void *p, size_t size);
char *vl_strdup(const char *s);
char *vl_strndup(const char *s, size_t n);
/*
 * src (NULL: "") into dst of size bytes (size > 0), cut short if need be and
 * always terminated: snprintf(dst, size, "%s", src) without its cost, for
 * the names and texts copied on every command and traced packet step.
 */
void vl_strlcpy(char *dst, const char *src, size_t size);
/*
 * An array that grows one element at a time and keeps only its count: p
 * holds used elements (0 when p is NULL) and needs room for want. It is
 * reallocated only when want passes a power of two (8 at least), so that
 * adding n elements costs log n reallocs, not n.
 */
void *vl_grow(void *p, size_t used, size_t want, size_t elem);
/* open_memstream, under the same policy. */
FILE *vl_memstream(char **buf, size_t *len);

#endif

/* kmem.h: per-type object caches, as the kernel's kmem_cache: fixed-size objects carved from big slabs. */
#ifndef VL_KMEM_H
#define VL_KMEM_H

#include <stddef.h>

/*
 * The objects every namespace or device has (a namespace, its IPv4 and IPv6
 * state and counters, a device, its in_device and inet6_dev; the packet
 * buffers of a pool, skbuff.h). Carving them from slabs that
 * grow to 2 MiB, advised for transparent huge pages, takes a page fault per
 * 2 MiB instead of one per 4 KiB: on a world of 100,000 hosts the faults
 * were most of the build's time. Under AddressSanitizer they are plain
 * calloc and free, so that leaks and use after free are still seen; so
 * are they in a build with -DVL_KMEM_CALLOC, for a heap profiler (heaptrack,
 * massif) to see each object's call site.
 */
struct kmem_slab;

struct kmem_cache {
	size_t size;              /* an object's, rounded up to 16 bytes; set by the first alloc */
	void *freelist;           /* freed objects, linked through their first word */
	char *cur, *end;          /* the newest slab's part not handed out yet */
	struct kmem_slab *slabs;  /* every slab, newest first, unmapped with the cache */
	size_t next_slab;         /* the next slab's size: doubling from 64 KiB to 2 MiB */
	unsigned long active;     /* objects handed out and not freed */
};

enum kmem_kind {
	KMEM_NETNS,
	KMEM_IPV4_NET,
	KMEM_IPV6_NET,
	KMEM_IN_DEVICE,
	KMEM_INET6_DEV,
	KMEM_IPV4_MIB,            /* the counters, once a namespace counts anything */
	KMEM_IPV6_MIB,
	KMEM_NETNS_DROPS,
	KMEM_RT6_ROUTE,           /* IPv6 routes (each device has some) and their fib6 nodes */
	KMEM_RT6_NODE,
	KMEM_FIB_ROUTE,           /* IPv4 routes (ip_fib_alias), rules, addresses and nsids: */
	KMEM_FIB_RULE,            /* a few of each in every namespace */
	KMEM_IN_IFADDR,
	KMEM_INET6_IFADDR,
	KMEM_NSID,
	KMEM_NEIGHBOUR,           /* the multicast ones MLD and DAD send to, on every device that goes up */
	KMEM_MAX
};

/* Devices of every kind share one size's cache: at most this many sizes (sizes past them: calloc). */
#define KMEM_NETDEV_SIZES 8

/* The cache of set[0..n) for objects of size bytes, taking an unused one; NULL when all are taken. */
struct kmem_cache *kmem_cache_by_size(struct kmem_cache *set, int n, size_t size);
/* A zeroed object of size bytes (the same size every time for one cache). */
void *kmem_cache_zalloc(struct kmem_cache *c, size_t size);
/* obj back to its cache (NULL: nothing). */
void kmem_cache_free(struct kmem_cache *c, void *obj);
/* Unmaps every slab: every object must have been freed. */
void kmem_cache_destroy(struct kmem_cache *c);

/*
 * The process's malloc heap past *advised, advised for transparent huge pages
 * as the slabs are, and *advised moved to its end (NULL: nothing is done).
 * glibc's own way, the glibc.malloc.hugetlb=1 tunable, can only be set before
 * the process starts; kmem_heap_pad makes the heap grow by big steps, so that
 * this advice covers what the next allocations touch. Nothing under
 * AddressSanitizer (its allocator does not use the heap).
 */
void kmem_heap_advise(char **advised);
/* Once, at start: malloc's heap grows (and shrinks) by 32 MiB at least; returns its end now, to advise from. */
char *kmem_heap_pad(void);

#endif

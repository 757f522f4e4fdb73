/* fnhe.h: route exceptions (fib_nh_exception, and IPv6's RTF_CACHE routes): a path MTU learnt for one destination of one route. */
#ifndef VL_FNHE_H
#define VL_FNHE_H

#include <stdbool.h>
#include <stdint.h>

#include "../core/hash.h"

struct fib_nh_exception {
	struct vl_hnode hnode;
	const void *route;              /* the route that learnt it (fib_route, rt6_route): it goes with the route */
	uint8_t daddr[16];              /* the destination (IPv4: the first 4 bytes, network order) */
	uint32_t pmtu;
	bool lock;                      /* IPv4, below min_pmtu: pinned at 552, shown "mtu lock" */
	bool stale;                     /* IPv4, from before `ip route flush cache` (an old fnhe_genid) */
	bool bound;                     /* IPv4, a lookup has used it since (fnhe_rth_output): dumps show it */
	uint64_t expires;               /* virtual ns; 0: never (an IPv4 one reset by a flush) */
};

/* The exception of route for daddr; an expired one is removed on sight (find_exception). NULL if none. */
struct fib_nh_exception *fnhe_get(struct vl_htab *t, const void *route, const uint8_t *daddr, uint64_t now);
/* The same, made if missing. */
struct fib_nh_exception *fnhe_get_or_create(struct vl_htab *t, const void *route, const uint8_t *daddr);
void fnhe_del(struct vl_htab *t, struct fib_nh_exception *e);
/* Every exception of route goes (the route was deleted). */
void fnhe_del_route(struct vl_htab *t, const void *route);
void fnhe_del_all(struct vl_htab *t);

#define fnhe_for_each(e, t, b, n)                                                          \
	for ((b) = 0; (t)->count && (b) < vl_htab_nbuckets(t); (b)++)                       \
		for ((n) = vl_htab_bucket_first((t), (b));                                  \
		     (n) && ((e) = vl_container_of((n), struct fib_nh_exception, hnode), 1); \
		     (n) = vl_htab_bucket_next((t), (b), (n)))

#endif

/* rtnl_route.h: routes and neighbours through the control API (RTM_*ROUTE, RTM_*NEIGH). */
#ifndef VL_RTNL_ROUTE_H
#define VL_RTNL_ROUTE_H

#include <stdbool.h>
#include <stdint.h>

#include "../core/alloc.h"

struct netns;

struct rtnl_route {
	uint32_t dst;
	int plen;
	uint8_t type;      /* RTN_* */
	uint32_t table;
	uint8_t proto;
	uint8_t scope;
	uint32_t gw;
	uint32_t prefsrc;
	int ifindex;       /* 0 when none */
	uint32_t priority;
	bool linkdown;     /* the device has no carrier */
};

/* What `ip route get` shows of a lookup. */
struct rtnl_route_get {
	uint8_t type;
	uint32_t dst, src, prefsrc, gw;
	int ifindex;
	bool local;
};

/* What `ip -6 route get` shows of a lookup. */
struct rtnl_route6_get {
	bool local;
	int ifindex;
	uint8_t src[16];   /* the chosen source address */
	uint32_t metric;
};

/* Dumps return what their callback returns and are not VL_MUST_CHECK (see rtnl.h). */
typedef int (*rtnl_route_cb)(const struct rtnl_route *r, void *arg);

/* table 0 dumps every table, local last. */
int rtnl_route_dump(struct netns *net, uint32_t table, rtnl_route_cb cb, void *arg);
/* Adds (or replaces) a route; the gateway must be on link. */
VL_MUST_CHECK int rtnl_route_add(struct netns *net, const struct rtnl_route *r, bool replace,
				 bool excl, const char **extack);
/* Deletes the first route matching r (ifindex 0, gw 0, priority UINT32_MAX match any). */
VL_MUST_CHECK int rtnl_route_del(struct netns *net, const struct rtnl_route *r, const char **extack);
VL_MUST_CHECK int rtnl_route_get(struct netns *net, uint32_t dst, uint32_t src, int oif,
				 struct rtnl_route_get *out);
/* `ip route get ... iif DEV`: the input path, as a packet arriving on DEV would take. */
VL_MUST_CHECK int rtnl_route_get_input(struct netns *net, uint32_t dst, uint32_t src, int iif,
				       struct rtnl_route_get *out);

VL_MUST_CHECK int rtnl_route6_get(struct netns *net, const uint8_t *dst, const uint8_t *src, int oif,
				  struct rtnl_route6_get *out);

struct rtnl_neigh {
	int family;        /* 4 or 6 */
	uint32_t dst;
	uint8_t dst6[16];
	int ifindex;
	uint8_t lladdr[6];
	bool has_lladdr;
	uint8_t state;     /* NUD_* */
};

typedef int (*rtnl_neigh_cb)(const struct rtnl_neigh *n, void *arg);
/* family 0: ARP entries, then ND ones, as the kernel walks its tables. */
int rtnl_neigh_dump(struct netns *net, int family, int ifindex, rtnl_neigh_cb cb, void *arg);
/* flags: 1 create, 2 replace (NLM_F_CREATE / NLM_F_REPLACE semantics). */
VL_MUST_CHECK int rtnl_neigh_set(struct netns *net, const struct rtnl_neigh *n, bool create,
				 bool replace, const char **extack);
VL_MUST_CHECK int rtnl_neigh_del(struct netns *net, const struct rtnl_neigh *n);
VL_MUST_CHECK int rtnl_neigh_flush(struct netns *net, int family, int ifindex);

#endif

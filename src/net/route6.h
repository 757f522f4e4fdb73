/* route6.h: the IPv6 routing tables and lookups (net/ipv6/route.c, ip6_fib.c), their routes and results. */
#ifndef VL_ROUTE6_H
#define VL_ROUTE6_H

#include <stdbool.h>
#include <stdint.h>

#include "../core/alloc.h"
#include "../core/hash.h"
#include "../core/list.h"

struct netns;
struct netdev;
struct ipv6_net;


/* The fib6_flags vethlab keeps (RTF_*, include/uapi/linux/ipv6_route.h). */
enum { RTF_GATEWAY = 0x0002, RTF_REJECT = 0x0200, RTF_NONEXTHOP = 0x00200000 };

/*
 * An IPv6 route: a fib6_info with its one fib6_nh. Reject routes (blackhole,
 * unreachable, prohibit, throw, and any route through lo that is not local)
 * have RTF_REJECT and lo as their device, as fib6_nh_init gives them.
 */
struct rt6_route {
	struct vl_list node;       /* in its table's routes, insertion order */
	struct vl_list dev_node;   /* in dev->rt6_routes */
	struct vl_list leaf;       /* in its rt6_node: metric order, then insertion */
	struct vl_hnode dev_hnode; /* in rt6_table.by_dev: lookups bound to a device */
	struct rt6_node *fn;
	struct rt6_table *tb;
	uint64_t seq;              /* creation order */
	uint64_t pos;              /* place in the leaf list among equal metrics (a replace keeps it) */
	uint8_t dst[16];
	uint8_t plen;
	uint8_t type;              /* RTN_* */
	uint8_t proto;             /* RTPROT_* */
	uint8_t pref;              /* ICMPV6_ROUTER_PREF_* */
	bool onlink;               /* RTNH_F_ONLINK: the gateway was taken on the device's word */
	bool has_gw, has_prefsrc;
	uint32_t flags;            /* RTF_REJECT | RTF_NONEXTHOP for reject routes and local ones */
	uint32_t table;
	uint32_t metric;
	uint8_t gw[16];
	uint8_t prefsrc[16];
	struct netdev *dev;        /* for local routes: the address's device; reject routes: lo */
};

/* The routes of one table sharing one prefix, as a fib6 node's leaf list. */
struct rt6_node {
	struct vl_hnode hnode;
	uint8_t dst[16];
	uint8_t plen;
	struct vl_list leaves;
	unsigned int npref[4];     /* routes by preference: a lookup knows the best score it can meet */
};

/* A routing table: local and main always exist, others from the first route that needs them. */
struct rt6_table {
	struct vl_hnode hnode;     /* in ipv6_net.tables, by id */
	uint32_t id;
	uint64_t seq;              /* creation order: a dump lists a hash bucket's newest table first */
	struct vl_htab nodes;
	struct vl_htab by_dev;     /* routes by (prefix, device), so an oif never walks a leaf list */
	/* Prefix lengths that have held a node: lookups skip the others. Bits are not
	 * cleared when a length empties (a probe then just misses): 24 bytes, not 516. */
	uint64_t plen_seen[3];
	struct vl_list routes;     /* every route of the table */
	unsigned int count;
};

struct flow6 {
	uint8_t daddr[16], saddr[16];
	int oif;
};

/* What a route lookup yields: a rt6_info in short. */
struct rt6_result {
	struct netdev *dev;        /* output device: lo for local destinations and reject routes */
	bool local;                /* RTN_LOCAL or RTN_ANYCAST: delivered here */
	bool reject;               /* a route through lo that is not local: output answers "no route" */
	int orig_oif;              /* for local routes, the device owning the address */
	uint8_t daddr[16], saddr[16];
	uint8_t nexthop[16];       /* the gateway, or the destination itself */
	const struct rt6_route *route;
	uint32_t mtu;              /* the path MTU: a learnt one, else the device's (0: the device's) */
	uint32_t pmtu;             /* a learnt path MTU (an RTF_CACHE exception), 0 if none */
	uint64_t expires;          /* its end, virtual ns */
};

/* RT6_LOOKUP_F_*: how strictly a lookup holds to its device and to reachable routers. */
enum { RT6_LOOKUP_F_IFACE = 1, RT6_LOOKUP_F_REACHABLE = 2 };

/* The path MTU of rt's route to its destination: a learnt one (an RTF_CACHE copy), else the device's. */
void rt6_set_mtu(struct netns *net, struct rt6_result *rt);
/* ip6_update_pmtu: a packet too big about one saddr sent to daddr says mtu. */
void ip6_update_pmtu(struct netns *net, const uint8_t *daddr, const uint8_t *saddr, uint32_t mtu);

void rt6_tables_init(struct ipv6_net *in6);
void rt6_tables_free(struct ipv6_net *in6);
/* id 0 is main. NULL when the table does not exist. */
struct rt6_table *rt6_get_table(struct netns *net, uint32_t id);
struct rt6_table *rt6_new_table(struct netns *net, uint32_t id);
/* Every table in the order a dump visits them (fib6_table_hash): *v is the caller's to free. */
unsigned int rt6_tables_dump_order(struct netns *net, struct rt6_table ***v);
/* A table's routes in the order of a fib6 walk: *v is the caller's to free. */
unsigned int rt6_table_dump_routes(const struct rt6_table *t, struct rt6_route ***v);

/* A route the kernel makes itself (addrconf): proto kernel, medium preference. */
void rt6_add(struct netns *net, const uint8_t *dst, int plen, uint8_t type, uint32_t table,
	     uint32_t metric, struct netdev *dev);
void rt6_del(struct rt6_route *r);
struct rt6_route *rt6_find_dev(const struct netdev *dev, const uint8_t *dst, int plen, uint8_t type);
/* Removes the routes of dev matching dst/plen/type (plen -1: every route of dev). */
void rt6_del_dev(struct netdev *dev, const uint8_t *dst, int plen, uint8_t type);

/* NLM_F_CREATE, NLM_F_EXCL, NLM_F_REPLACE, NLM_F_APPEND, as fib6_add reads them. */
enum { RT6_NLF_CREATE = 1, RT6_NLF_EXCL = 2, RT6_NLF_REPLACE = 4, RT6_NLF_APPEND = 8 };
/*
 * fib6_add: tmpl (validated, its table made) into its table. -EEXIST, -ENOENT
 * (with "Can not replace route - no match found" when the prefix has no
 * node), or -EOPNOTSUPP where the kernel would make a multipath route.
 */
VL_MUST_CHECK int rt6_insert(struct netns *net, const struct rt6_route *tmpl, unsigned int nlflags,
			     const char **extack);

/*
 * ip6_route_del: removes the first route of m's table and exact prefix whose
 * metric, proto, device and gateway match those m sets (0, NULL or no
 * gateway match any). -ESRCH when none does.
 */
VL_MUST_CHECK int rt6_remove(struct netns *net, const struct rt6_route *m);

/*
 * fib6_table_lookup: the route of the longest prefix whose node has one that
 * suits oif and strict (RT6_LOOKUP_F_*), or NULL (the null entry).
 */
struct rt6_route *rt6_table_lookup(struct netns *net, const struct rt6_table *t, const uint8_t *daddr,
				   int oif, int strict);
/* fib6_rule_lookup with the two default rules: local, then main; a throw route means nothing found. */
struct rt6_route *rt6_lookup(struct netns *net, const uint8_t *daddr, int oif, int strict);
/* ip6_rt_type_to_error: what a lookup ending at r answers (0 for routes that carry packets). */
int rt6_route_error(const struct rt6_route *r);
/* The source address a route gives daddr (ip6_route_get_saddr): its prefsrc, or one of its device's. */
VL_MUST_CHECK int rt6_route_saddr(const struct rt6_route *r, const uint8_t *daddr, uint8_t *saddr);
/*
 * ip6_route_output: 0 with rt filled, or the route's error (-ENETUNREACH
 * when there is none, -EHOSTUNREACH, -EACCES, -EINVAL), or -EADDRNOTAVAIL
 * when no source address fits.
 */
VL_MUST_CHECK int ip6_route_output(struct netns *net, const struct flow6 *fl, struct rt6_result *rt);
/* Its lookup alone: strict for the device when there is no source yet or the destination needs it. */
struct rt6_route *ip6_route_output_lookup(struct netns *net, const struct flow6 *fl);
/*
 * sk_dst_cache for IPv6: the last successful output look-up of a socket, the
 * flow it was asked for and the fib6_sernum it was made under (the cookie).
 */
struct dst_cache6 {
	bool valid;
	uint64_t sernum;
	struct flow6 key;
	struct rt6_result rt;
};
/*
 * ip6_route_output through a socket's cache (ip6_sk_dst_check): the cached
 * route when fl and net's fib6_sernum match (its path MTU read again), else
 * the full look-up, remembered when it succeeds without reading a neighbour.
 */
VL_MUST_CHECK int ip6_route_output_cached(struct netns *net, struct dst_cache6 *dc, const struct flow6 *fl,
					  struct rt6_result *rt);
/* ip6_route_input_lookup: the route a packet from saddr arriving on dev would take (NULL: none). */
struct rt6_route *ip6_route_input(struct netdev *dev, const uint8_t *daddr);

#endif

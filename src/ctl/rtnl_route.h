/* rtnl_route.h: routes and rules through the control API (RTM_*ROUTE, RTM_*RULE). */
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
	bool onlink;       /* RTNH_F_ONLINK: the gateway was taken as on link */
};

/* A route request's NLM_F_* flags: add is CREATE|EXCL, replace CREATE|REPLACE, change REPLACE... */
enum { RTNL_F_CREATE = 1, RTNL_F_EXCL = 2, RTNL_F_REPLACE = 4, RTNL_F_APPEND = 8 };

/* The cache flags `ip route get` shows (RTCF_*). */
enum { RTCF_DOREDIRECT = 0x01000000, RTCF_BROADCAST = 0x10000000, RTCF_LOCAL = 0x80000000u };

/* `ip route get`: the flow to resolve (RTM_GETROUTE). */
struct rtnl_route_req {
	uint32_t dst, src;
	int oif;
	int iif;           /* non-zero: the input path, as a packet arriving on iif would take */
	uint32_t mark;
	bool has_uid;
	uint32_t uid;
	bool fibmatch;     /* RTM_F_FIB_MATCH: answer with the FIB entry itself */
	uint8_t scope;     /* RT_SCOPE_LINK: as SO_DONTROUTE asks (ip route get has no way to) */
};

/* What `ip route get` shows of a lookup (rt_fill_info), or the FIB entry with fibmatch. */
struct rtnl_route_get {
	uint8_t type;
	uint32_t dst, src, prefsrc, gw;
	int ifindex;
	uint32_t table;    /* where the lookup found it (RTM_F_LOOKUP_TABLE), 0 if nowhere */
	unsigned int flags;  /* RTCF_* */
	bool has_uid;
	uint32_t uid;
	uint32_t pmtu;           /* a learnt path MTU (RTAX_MTU of the cached route), 0 if none */
	bool pmtu_lock;
	uint64_t expires;        /* ns it has left */
	struct rtnl_route fib;   /* fibmatch only */
};

/* A cached route: a path MTU learnt for one destination (a next-hop exception). */
struct rtnl_route_cache {
	uint32_t dst, gw, table, pmtu;
	int ifindex;
	bool lock;
	uint64_t expires;        /* ns it has left */
};
typedef int (*rtnl_route_cache_cb)(const struct rtnl_route_cache *c, void *arg);
/* `ip route show cache`: every live exception, in the kernel's hash order (not modelled: vethlab's own). */
int rtnl_route_cache_dump(struct netns *net, rtnl_route_cache_cb cb, void *arg);
/* rt_cache_flush (`ip route flush cache`): the learnt path MTUs are forgotten. */
void rtnl_route_flush_cache(struct netns *net);

/* Dumps return what their callback returns and are not VL_MUST_CHECK (see rtnl.h). */
typedef int (*rtnl_route_cb)(const struct rtnl_route *r, void *arg);

/*
 * Every table (table 0) in the kernel's order, or one: -ENOENT when it does
 * not exist (the kernel's "ipv4: FIB table does not exist").
 */
int rtnl_route_dump(struct netns *net, uint32_t table, rtnl_route_cb cb, void *arg);
/* RTM_NEWROUTE with RTNL_F_* flags, validated as the kernel does (the table is made first). */
VL_MUST_CHECK int rtnl_route_add(struct netns *net, const struct rtnl_route *r, unsigned int nlflags,
				 const char **extack);
/*
 * RTM_DELROUTE: the first route matching r, where type, proto, prefsrc, gw,
 * ifindex and priority 0 match any, and so does scope RT_SCOPE_NOWHERE.
 */
VL_MUST_CHECK int rtnl_route_del(struct netns *net, const struct rtnl_route *r, const char **extack);
VL_MUST_CHECK int rtnl_route_get(struct netns *net, const struct rtnl_route_req *req,
				 struct rtnl_route_get *out);

/* An ip rule: a request (RTM_NEWRULE, RTM_DELRULE), or what a dump shows of one. */
struct rtnl_rule {
	int family;        /* 4 or 6 */
	bool has_pref;     /* a dump gives no preference for 0 */
	uint32_t pref;
	uint32_t table;    /* 0: none */
	uint8_t action;    /* FR_ACT_*, 0 unspecified */
	uint8_t flags;     /* FIB_RULE_INVERT, and in dumps UNRESOLVED, IIF_DETACHED, OIF_DETACHED */
	uint8_t proto;
	uint8_t src_len, dst_len;
	uint32_t src, dst;
	char iifname[16], oifname[16];   /* "" when none */
	bool has_mark, has_mask;
	uint32_t mark, mask;
	bool has_goto;
	uint32_t target;
	int suppress_prefixlen;   /* -1 when none */
};

typedef int (*rtnl_rule_cb)(const struct rtnl_rule *r, void *arg);
/*
 * The rules of a family in order. vethlab models IPv4 policy routing only:
 * family 6 shows the kernel's two default IPv6 rules, which nothing changes.
 */
int rtnl_rule_dump(struct netns *net, int family, rtnl_rule_cb cb, void *arg);
/* With NLM_F_EXCL, as ip rule add asks. IPv4 only. */
VL_MUST_CHECK int rtnl_rule_add(struct netns *net, const struct rtnl_rule *r, const char **extack);
VL_MUST_CHECK int rtnl_rule_del(struct netns *net, const struct rtnl_rule *r, const char **extack);

/*
 * An IPv6 route: a request (RTM_NEWROUTE, RTM_DELROUTE) or what a dump shows
 * of one. In a delete request proto, metric, ifindex and the gateway 0 (or
 * unset) match any route of the prefix, and the type is not looked at.
 */
struct rtnl_route6 {
	uint8_t dst[16];
	int plen;
	uint8_t type;      /* RTN_*; 0 is unicast */
	uint32_t table;    /* 0 is main */
	uint8_t proto;     /* RTPROT_*; 0 on add is boot */
	uint8_t pref;      /* ICMPV6_ROUTER_PREF_* (RTA_PREF) */
	uint32_t metric;   /* 0 on add is 1024 (IP6_RT_PRIO_USER) */
	bool has_gw, has_prefsrc;
	uint8_t gw[16], prefsrc[16];
	int ifindex;       /* 0 when none */
	bool onlink;       /* RTNH_F_ONLINK */
	bool linkdown;     /* dumps: RTNH_F_LINKDOWN, the device has no carrier */
};

typedef int (*rtnl_route6_cb)(const struct rtnl_route6 *r, void *arg);
/* A cached IPv6 route (RTF_CACHE): its parent's fields for a /128 destination, and the path MTU. */
struct rtnl_route6_cache {
	struct rtnl_route6 r;
	uint32_t pmtu;
	uint64_t expires;        /* ns it has left */
};
typedef int (*rtnl_route6_cache_cb)(const struct rtnl_route6_cache *c, void *arg);
/* `ip -6 route show cache`: every live one (in vethlab's hash order). */
int rtnl_route6_cache_dump(struct netns *net, rtnl_route6_cache_cb cb, void *arg);
/* A cached route as the dump gave it deleted (RTM_DELROUTE with RTM_F_CLONED): 0 or -ESRCH. */
int rtnl_route6_cache_del(struct netns *net, const struct rtnl_route6 *r);
/* Every table (table 0) in the kernel's order, or one: -ENOENT when it does not exist. */
int rtnl_route6_dump(struct netns *net, uint32_t table, rtnl_route6_cb cb, void *arg);
/*
 * RTM_NEWROUTE for IPv6 with RTNL_F_* flags, validated as ip6_route_info_create
 * does (the table is made first). -EOPNOTSUPP where the kernel would make a
 * multipath route, which vethlab does not model.
 */
VL_MUST_CHECK int rtnl_route6_add(struct netns *net, const struct rtnl_route6 *r, unsigned int nlflags,
				  const char **extack);
/* RTM_DELROUTE for IPv6 (ip6_route_del): the first route of the prefix matching what r sets. */
VL_MUST_CHECK int rtnl_route6_del(struct netns *net, const struct rtnl_route6 *r, const char **extack);

/* `ip -6 route get`: the flow to resolve. */
struct rtnl_route6_req {
	uint8_t dst[16], src[16];
	int oif;
	int iif;           /* non-zero: the input path, as a packet arriving on iif would take */
	bool fibmatch;
};

/* What `ip -6 route get` shows (rt6_fill_node with the route's copy), or the FIB entry itself. */
struct rtnl_route6_get {
	struct rtnl_route6 fib;  /* the route found; with fibmatch, all that is shown */
	uint32_t pmtu;           /* a learnt path MTU (the RTF_CACHE copy's RTAX_MTU), 0 if none */
	uint64_t expires;        /* ns it has left */
	int oif;                 /* the copy's device: lo for local destinations */
	bool has_prefsrc;
	uint8_t prefsrc[16];     /* the source the route gives (not on the input path) */
};

VL_MUST_CHECK int rtnl_route6_get(struct netns *net, const struct rtnl_route6_req *req,
				  struct rtnl_route6_get *out);

/* The route a socket's packet takes: its source, its device and that device's MTU. */
struct rtnl_route6_output {
	uint8_t saddr[16];
	int ifindex;
	int mtu;
};

/*
 * ip6_route_output as connect and sendmsg look a route up (from src unless
 * ::, through oif unless 0), but counting nothing: what getaddrinfo's sort
 * and a size check ask. 0, or the route's error.
 */
VL_MUST_CHECK int rtnl_route6_output(struct netns *net, const uint8_t *dst, const uint8_t *src, int oif,
				     struct rtnl_route6_output *out);

#endif

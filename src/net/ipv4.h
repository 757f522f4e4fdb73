/* ipv4.h: the IPv4 stack's per-namespace state and the calls between its parts. */
#ifndef VL_IPV4_H
#define VL_IPV4_H

#include <stdbool.h>
#include <stdint.h>

#include "../core/alloc.h"
#include "../core/hash.h"
#include "../core/list.h"
#include "../core/netdev.h"
#include "../core/netns.h"
#include "../core/skbuff.h"
#include "devinet.h"
#include "inet_fragment.h"
#include "neighbour.h"
#include "snmp.h"
#include "wire.h"
#include "../uapi/rtnetlink.h"


/*
 * IPCB: what IPv4 keeps in skb->cb: the header as ip_rcv parsed and
 * checksummed it (or ip_send wrote it), so that later stages of the same
 * hop (local delivery, ICMP, errors) read it instead of parsing again.
 */
struct inet_skb_parm {
	bool valid;              /* first: alloc_skb clears only cb's first SKB_CB_CLEAR bytes */
	struct iphdr_view iph;
};
_Static_assert(sizeof(struct inet_skb_parm) <= sizeof(((struct sk_buff *)0)->cb),
	       "IPCB fits skb->cb");

static inline struct inet_skb_parm *IPCB(struct sk_buff *skb)
{
	return (struct inet_skb_parm *)(void *)skb->cb;
}

static inline const struct inet_skb_parm *IPCB_const(const struct sk_buff *skb)
{
	return (const struct inet_skb_parm *)(const void *)skb->cb;
}

/* Sets IPCB from a header just parsed or written. */
static inline void ipcb_set(struct sk_buff *skb, const struct iphdr_view *ip)
{
	IPCB(skb)->iph = *ip;
	IPCB(skb)->valid = true;
}

struct fib_route {
	struct vl_hnode hnode;     /* in the table, by (dst, plen) */
	struct fib_route *next;    /* same prefix, sorted by priority */
	struct vl_list all;        /* every route of the table, for dumps */
	struct vl_list dev_node;   /* in dev->fib_routes, for device events */
	uint32_t dst;
	uint8_t plen;
	uint8_t type;
	uint8_t scope;
	uint8_t proto;
	uint8_t tos;
	uint8_t nh_flags;          /* RTNH_F_ONLINK as given; LINKDOWN follows the carrier */
	bool ifa_route;            /* made by fib_magic for an address, not asked for */
	uint32_t table;
	uint32_t priority;
	uint32_t gw;               /* 0 when on-link */
	uint8_t nh_scope;          /* the gateway's route's scope: a host-scope one (a local address) is not used */
	uint32_t prefsrc;
	struct netdev *dev;        /* NULL for blackhole, unreachable, prohibit, throw */
};

/* rt_set_nexthop: the gateway is used only when reached through a link-scope route. */
static inline bool fib_uses_gw(const struct fib_route *r)
{
	return r->gw && r->nh_scope != RT_SCOPE_HOST;
}

/* A routing table: local and main always exist, others from the first route or rule that needs them. */
struct fib_table {
	struct vl_hnode hnode;     /* in ipv4_net.tables, by id */
	uint32_t id;
	uint64_t seq;              /* creation order: a dump lists a hash bucket's newest table first */
	struct vl_htab prefixes;
	struct kmem_cache *route_kmem;  /* where its routes come from */
	/*
	 * Bit p: a route of prefix length p came since the table was last
	 * empty. Lookups skip the other lengths; a bit left set after its last
	 * route went costs a probe that finds nothing, never a different result
	 * (a count per length was 132 bytes of each of a namespace's tables).
	 */
	uint64_t plen_mask;
	struct vl_list routes;
	unsigned int count;
	/*
	 * Asked-for routes with a preferred source: only those can outlive the
	 * address they name (fib_sync_down_addr), so with none an address
	 * leaving need not look.
	 */
	unsigned int n_src_routes;
};

/* What a route lookup yields, a struct rtable in short. */
struct rt_result {
	uint8_t type;
	uint8_t scope;
	bool local;          /* RTCF_LOCAL: delivered through lo */
	bool redirect;       /* RTCF_DOREDIRECT: forwarded back out its device, the sender is told */
	struct netdev *dev;  /* output device (lo for local) */
	int orig_oif;        /* the device the local route belongs to (inet_iif) */
	uint32_t gw;         /* next hop, or 0 for on-link */
	uint32_t saddr;
	uint32_t daddr;
	uint32_t table;      /* the table the lookup found it in (RTM_F_LOOKUP_TABLE), 0 if none */
	const struct fib_route *route;
	uint32_t mtu;        /* ipv4_mtu: the learnt path MTU, else the device's */
	uint32_t pmtu;       /* a next-hop exception's path MTU (0: none) */
	bool pmtu_lock;
	uint64_t expires;    /* the exception's end, virtual ns */
};

/* ip4_dst_hoplimit: no route carries a hoplimit metric here, so net.ipv4.ip_default_ttl. */
static inline uint8_t ip4_dst_hoplimit(const struct netns *net)
{
	return (uint8_t)net->sysctl->v4_net[IPV4_NET_IP_DEFAULT_TTL];
}

struct flow4 {
	uint32_t daddr, saddr;
	int oif;
	int iif;             /* the output path sets lo's, as the kernel does */
	uint32_t mark;       /* always 0 but for `ip route get ... mark N`: vethlab sets no marks */
	uint8_t tos;
	uint8_t scope;       /* routes of a wider scope (a smaller number) are skipped: 0 skips none */
};

/* What a FIB lookup found (struct fib_result): also filled when the route's type is the error. */
struct fib_result {
	const struct fib_route *route;  /* NULL when a rule's action decided, or nothing matched */
	uint32_t table;                 /* the table searched: main for local routes before rules exist */
	uint8_t type;
	uint8_t prefixlen;
};

struct ipv4_net {
	struct fib_table local, main;  /* the storage of those two, whether they exist yet or not */
	struct vl_htab tables;     /* every table that exists, by id (local and main once fib_new_table made them) */
	struct world *world;       /* for its kmem caches */
	uint64_t table_seq;
	struct vl_list rules;      /* struct fib_rule (fib_rules.h), by preference */
	unsigned int nr_goto_rules, unresolved_rules;
	bool custom_rules;         /* fib_has_custom_rules: set by any rule change, lookups then use the rules */
	bool custom_local_routes;  /* a local route added by hand: source validation looks at the FIB */
	bool rules_made;           /* the default rules are in rules (fib4_rules_list) */
	struct neigh_table arp_tbl;
	struct vl_list raw_socks;
	struct vl_list udp_socks;  /* every UDP socket of the namespace (udp.c) */
	struct vl_list packet_socks;  /* every packet socket (af_packet.c), whatever it carries */
	struct vl_htab peers;      /* inet_peer: ICMP rate limits per destination */
	uint16_t ip_id;
	struct inet_frag_set frags; /* datagrams being reassembled (ip_fragment.c) */
	struct vl_htab fnhe;       /* struct fib_nh_exception (fnhe.c): learnt path MTUs */
	struct ipv4_mib *mib;      /* /proc/net/snmp and netstat (IpExt); NULL until the first count */
	/*
	 * rt_genid: bumped by rt_cache_flush whenever a route look-up, output
	 * or input, could answer differently (routes, rules, addresses,
	 * devices, sysctls), so a cached route (a socket's struct dst_cache4,
	 * struct rt_fast) knows it is stale.
	 */
	uint64_t rt_genid;
	struct rt_fast *rt_fast;   /* route.c's per-namespace route caches; NULL until the first packet */
};

static inline struct ipv4_net *ipv4_net(const struct netns *net)
{
	return net->ipv4;
}

/* rt_cache_flush (rt_genid_bump_ipv4): every route cached on a socket of net is stale. */
static inline void rt_cache_flush(struct netns *net)
{
	if (net->ipv4)
		net->ipv4->rt_genid++;
}

/* snmp.c: net's counters, allocated (zero) at the first count: a namespace without IPv4 traffic has none. */
struct ipv4_mib *ipv4_mib_new(struct netns *net);
void ipv4_mib_free(struct netns *net);

static inline struct ipv4_mib *ipv4_mib(struct netns *net)
{
	return net->ipv4->mib ? net->ipv4->mib : ipv4_mib_new(net);
}

/* The kernel's IP_INC_STATS and friends, on net's own counters. */
static inline void ip_inc_stats(struct netns *net, enum ipstats_mib f)
{
	ipv4_mib(net)->ip[f]++;
}

static inline void ip_upd_po_stats(struct netns *net, enum ipstats_mib pkts, uint64_t len)
{
	snmp_upd_po(ipv4_mib(net)->ip, pkts, len);
}

static inline void udp_inc_stats(struct netns *net, enum udp_mib f)
{
	ipv4_mib(net)->udp[f]++;
}

static inline void icmp_inc_stats(struct netns *net, enum icmp_mib f)
{
	ipv4_mib(net)->icmp[f]++;
}

/* ICMPMSGIN_INC_STATS: a received message, by its type. */
static inline void icmp_in_count(struct netns *net, uint8_t type)
{
	icmpmsg_inc(&ipv4_mib(net)->icmpmsg, type);
}

/* icmp_out_count: every ICMP message built for sending, by its type. */
static inline void icmp_out_count(struct netns *net, uint8_t type)
{
	struct ipv4_mib *mib = ipv4_mib(net);

	icmpmsg_inc(&mib->icmpmsg, ICMPMSG_OUT + type);
	mib->icmp[ICMP_MIB_OUTMSGS]++;
}

/* fib.c */
void fib_net_init(struct ipv4_net *in);
void fib_net_exit(struct ipv4_net *in);
/*
 * fib_lookup: the kernel's, through the rules once any rule was changed, else
 * local and main merged (then table default). 0, or the error of the route's
 * type (-EHOSTUNREACH unreachable, -EACCES prohibit, -EINVAL blackhole) or of
 * a rule's action, or -ENETUNREACH; res says what was found either way.
 */
VL_MUST_CHECK int fib_lookup_flow(struct netns *net, const struct flow4 *fl, struct fib_result *res);
/* One table (fib_table_lookup): as fib_lookup_flow, -EAGAIN when nothing (or a throw route) matched. */
VL_MUST_CHECK int fib_table_lookup(const struct fib_table *t, const struct flow4 *fl, struct fib_result *res);
/* The route fib_lookup_flow finds for dst from the host (oif > 0: only through it), of any type. */
VL_MUST_CHECK int fib_lookup(struct netns *net, uint32_t dst, int oif, struct fib_route **res);
/* NLM_F_CREATE, NLM_F_EXCL, NLM_F_REPLACE and NLM_F_APPEND, as fib_table_insert reads them. */
enum { FIB_NLF_CREATE = 1, FIB_NLF_EXCL = 2, FIB_NLF_REPLACE = 4, FIB_NLF_APPEND = 8 };
VL_MUST_CHECK int fib_route_add(struct netns *net, const struct fib_route *r, unsigned int nlflags,
				const char **extack);
/*
 * Deletes the first route of r's prefix and table (fib_table_delete) that
 * matches every field set: type, proto, prefsrc, dev, gw and priority 0 match
 * any, as does scope RT_SCOPE_NOWHERE.
 */
VL_MUST_CHECK int fib_route_del(struct netns *net, const struct fib_route *match, const char **extack);
/* id 0 is main, as in the kernel. NULL when the table does not exist. */
struct fib_table *fib_get_table(struct netns *net, uint32_t id);
struct fib_table *fib_new_table(struct netns *net, uint32_t id);
/* fib_empty_table: a new table with the lowest free id, for a rule given table 0. NULL when none is free. */
struct fib_table *fib_empty_table(struct netns *net);
/* Every table in the order a dump visits them (fib_table_hash): *v is the caller's to free. */
unsigned int fib_tables_dump_order(struct netns *net, struct fib_table ***v);
/* A table's routes in the order of a trie walk (by destination, longer prefix first, then alias order). */
unsigned int fib_table_dump_routes(const struct fib_table *t, const struct fib_route ***v);
/* ip_fib_init: routes follow their device (fib_netdev_notifier). */
VL_MUST_CHECK int ip_fib_init(struct world *w);
void fib_ifa_added(struct in_device *idev, struct in_ifaddr *ifa);
void fib_ifa_deleted(struct in_device *idev, struct in_ifaddr *ifa);
/* The prefix route of an address whose metric changes to metric (before ifa->rt_priority does). */
void fib_ifa_metric_changed(struct in_device *idev, struct in_ifaddr *ifa, uint32_t metric);
void fib_disable_ip(struct netdev *dev);

/* route.c */
VL_MUST_CHECK int ip_route_output(struct netns *net, struct flow4 *fl, struct rt_result *rt);
/* As ip_route_input_noref; returns 0 or a negative SKB_DROP_REASON. */
VL_MUST_CHECK int ip_route_input(struct sk_buff *skb, uint32_t daddr, uint32_t saddr, struct netdev *dev,
				 struct rt_result *rt);
uint32_t inet_select_addr(const struct netdev *dev, uint32_t dst, int scope);
/*
 * sk_dst_cache for IPv4: the last successful output look-up of a socket, with
 * the flow it was asked for (key), the flow as the look-up left it (out) and
 * the generation it was made under. valid is false until the first one.
 */
struct dst_cache4 {
	bool valid;
	uint64_t genid;
	struct flow4 key, out;
	struct rt_result rt;
};
/*
 * ip_route_output through a socket's cache (__sk_dst_check): the cached route
 * when fl and net's rt_genid are those it was made with (its path MTU read
 * again), else the full look-up, remembered when it succeeds.
 */
VL_MUST_CHECK int ip_route_output_cached(struct netns *net, struct dst_cache4 *dc, struct flow4 *fl,
					 struct rt_result *rt);
/*
 * A namespace's route caches, made at its first use (no memory for a
 * namespace that never routes a packet) and valid under one rt_genid: the
 * last input route that succeeded (the kernel caches it on the next hop,
 * nh_rth_input, or on the socket, early demux) and the route of the last
 * ICMP reply (icmp_route_lookup). Only successes are cached: a failure
 * explains itself to `why` and is looked up again every time.
 */
struct rt_fast {
	struct dst_cache4 icmp;
	bool in_valid;
	uint64_t in_genid;
	uint32_t in_daddr, in_saddr;
	const struct netdev *in_dev;
	struct rt_result in_rt;
};
/* ip_route_output for an ICMP message net sends (an echo reply), through net's rt_fast cache. */
VL_MUST_CHECK int ip_route_output_icmp(struct netns *net, struct flow4 *fl, struct rt_result *rt);
void rt_fast_free(struct ipv4_net *in);

/* fnhe.c: path MTUs learnt per destination (next-hop exceptions). */
/* rt's mtu (and pmtu, expires) from an exception for its route and destination, else the device. */
void rt_set_mtu(struct netns *net, struct rt_result *rt);
/* __ip_rt_update_pmtu: a "fragmentation needed" about a packet saddr sent to daddr says mtu. */
void ipv4_update_pmtu(struct netns *net, uint32_t daddr, uint32_t saddr, uint32_t mtu);
/* The route's exceptions go with it. */
void fnhe_route_gone(struct ipv4_net *in, const struct fib_route *route);
/* rt_cache_flush: every learnt path MTU forgotten (`ip route flush cache`). */
void fnhe_flush(struct ipv4_net *in);
void fnhe_net_exit(struct ipv4_net *in);
/* An exception as `ip route show cache` lists it. */
struct fnhe_info {
	uint32_t daddr, gw, table, pmtu;
	int ifindex;
	bool lock;
	uint64_t expires;
};
/* The live exceptions, at most max, in hash order. */
unsigned int fnhe_dump(struct netns *net, struct fnhe_info *v, unsigned int max);

/* ip_input.c, ip_output.c */
void ip_rcv(struct sk_buff *skb);
/*
 * Builds the IP header in front of skb's payload and routes it out; df as the
 * socket's path MTU discovery asks (ping yes, the kernel's ICMP socket no).
 * Consumes skb: 0 once handed on, -ENOBUFS when it had no headroom (dropped).
 */
VL_MUST_CHECK int ip_send(struct netns *net, struct sk_buff *skb, const struct rt_result *rt,
			  uint8_t protocol, uint8_t ttl, uint8_t tos, bool df);
/* Hands a routed packet to its device (neighbour resolution included). Consumes skb. */
/* Consumes skb. -ENOBUFS when no neighbour entry could be made for it (it is dropped). */
VL_MUST_CHECK int ip_finish_output(struct sk_buff *skb, const struct rt_result *rt);
void ip_local_deliver(struct sk_buff *skb);
/*
 * ip_defrag: queues a fragment (IPCB set, data at its IP header). Returns the
 * whole packet once its last missing piece came, else NULL (skb queued or dropped).
 */
struct sk_buff *ip_defrag(struct sk_buff *skb);
/* The namespace goes: every reassembly queue with it. */
void ip_frags_exit(struct netns *net);

/* icmp.c */
void icmp_rcv(struct sk_buff *skb);
/* icmp_send: an error about skb_in (network header set). Does not consume skb_in. */
void icmp_send(struct sk_buff *skb_in, uint8_t type, uint8_t code, uint32_t info);
void icmp_peers_free(struct ipv4_net *in);
bool ip_error_allow(struct netns *net, uint32_t saddr);

/* arp.c */
void arp_rcv(struct sk_buff *skb);
/* arp_init: ARP's receive handler and its device events (arp_netdev_notifier). */
VL_MUST_CHECK int arp_init(struct world *w);
/* inetdev_send_gratuitous_arp: a request for each of dev's addresses, from and for itself. */
void arp_send_gratuitous(struct netdev *dev);
extern const struct neigh_ops arp_neigh_ops;

/* raw.c: raw ICMP sockets (socket.h), as ping's. skb->data at the ICMP header; lent. */
/* Delivers to the sockets whose bound device matches dif; true if any took it. */
bool raw_local_deliver(struct sk_buff *skb, const struct iphdr_view *ip);
/* An ICMP error (ip its outer header): onto the error queue of sockets with IP_RECVERR. */
void raw_icmp_error(struct sk_buff *skb, const struct iphdr_view *ip);
/* The namespace goes: its sockets are detached, and poll POLLHUP. */
void raw_net_exit(struct ipv4_net *in);
/* udp.c: a datagram ip_local_deliver hands on (skb at the UDP header; consumed). */
void udp_rcv(struct sk_buff *skb, const struct iphdr_view *ip);
/* An ICMP error quoting a datagram of ours (skb at the ICMP header, lent), onto its socket. */
void udp_err(struct sk_buff *skb, const struct iphdr_view *ip);
void udp_net_exit(struct ipv4_net *in);
/* af_packet.c: the namespace is going: its packet sockets see POLLHUP, as its raw and UDP ones. */
void packet_net_exit(struct ipv4_net *in);

/* Effective per-device knobs, with the kernel's all/device combination. */
enum in_dev_combine { IN_DEV_DEV, IN_DEV_OR, IN_DEV_MAX, IN_DEV_AND };
int in_dev_conf(const struct in_device *idev, int key, enum in_dev_combine how);

#endif

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
#include "neighbour.h"
#include "snmp.h"
#include "wire.h"

enum rtn_type {
	RTN_UNSPEC, RTN_UNICAST, RTN_LOCAL, RTN_BROADCAST, RTN_ANYCAST, RTN_MULTICAST,
	RTN_BLACKHOLE, RTN_UNREACHABLE, RTN_PROHIBIT, RTN_THROW, RTN_NAT,
};

enum { RTPROT_UNSPEC = 0, RTPROT_REDIRECT = 1, RTPROT_KERNEL = 2, RTPROT_BOOT = 3, RTPROT_STATIC = 4 };
enum { RT_TABLE_MAIN = 254, RT_TABLE_LOCAL = 255 };

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
	uint8_t table;
	uint8_t tos;
	uint32_t priority;
	uint32_t gw;               /* 0 when on-link */
	uint32_t prefsrc;
	struct netdev *dev;        /* NULL for blackhole, unreachable, prohibit */
};

struct fib_table {
	uint32_t id;
	struct vl_htab prefixes;
	uint64_t plen_used[33];    /* routes per prefix length: lookups skip empty ones */
	struct vl_list routes;
	unsigned int count;
};

/* What a route lookup yields, a struct rtable in short. */
struct rt_result {
	uint8_t type;
	uint8_t scope;
	bool local;          /* RTCF_LOCAL: delivered through lo */
	struct netdev *dev;  /* output device (lo for local) */
	int orig_oif;        /* the device the local route belongs to (inet_iif) */
	uint32_t gw;         /* next hop, or 0 for on-link */
	uint32_t saddr;
	uint32_t daddr;
	const struct fib_route *route;
};

struct flow4 {
	uint32_t daddr, saddr;
	int oif;
	int iif;
	uint8_t tos;
};

struct ipv4_net {
	struct fib_table local, main;
	bool custom_local_routes;
	struct neigh_table arp_tbl;
	struct vl_list raw_socks;
	struct vl_htab peers;      /* inet_peer: ICMP rate limits per destination */
	uint16_t ip_id;
	struct ipv4_mib mib;       /* /proc/net/snmp and netstat (IpExt) */
};

static inline struct ipv4_net *ipv4_net(const struct netns *net)
{
	return net->ipv4;
}

/* The kernel's IP_INC_STATS and friends, on net's own counters. */
static inline void ip_inc_stats(struct netns *net, enum ipstats_mib f)
{
	net->ipv4->mib.ip[f]++;
}

static inline void ip_upd_po_stats(struct netns *net, enum ipstats_mib pkts, uint64_t len)
{
	snmp_upd_po(net->ipv4->mib.ip, pkts, len);
}

static inline void icmp_inc_stats(struct netns *net, enum icmp_mib f)
{
	net->ipv4->mib.icmp[f]++;
}

/* ICMPMSGIN_INC_STATS: a received message, by its type. */
static inline void icmp_in_count(struct netns *net, uint8_t type)
{
	net->ipv4->mib.icmpmsg[type]++;
}

/* icmp_out_count: every ICMP message built for sending, by its type. */
static inline void icmp_out_count(struct netns *net, uint8_t type)
{
	net->ipv4->mib.icmpmsg[ICMPMSG_OUT + type]++;
	net->ipv4->mib.icmp[ICMP_MIB_OUTMSGS]++;
}

/* fib.c */
void fib_net_init(struct ipv4_net *in);
void fib_net_exit(struct ipv4_net *in);
/* Looks dst up in local then main; oif > 0 keeps only routes through it. */
VL_MUST_CHECK int fib_lookup(struct netns *net, uint32_t dst, int oif, struct fib_route **res);
enum fib_add_mode { FIB_ADD_EXCL, FIB_ADD_REPLACE, FIB_ADD_APPEND };
VL_MUST_CHECK int fib_route_add(struct netns *net, const struct fib_route *r, enum fib_add_mode mode,
				const char **extack);
VL_MUST_CHECK int fib_route_del(struct netns *net, const struct fib_route *match, const char **extack);
struct fib_table *fib_get_table(struct netns *net, uint32_t id);
void fib_dev_event(struct netdev *dev, enum netdev_event ev);
void fib_ifa_added(struct in_device *idev, struct in_ifaddr *ifa);
void fib_ifa_deleted(struct in_device *idev, struct in_ifaddr *ifa);

/* route.c */
VL_MUST_CHECK int ip_route_output(struct netns *net, struct flow4 *fl, struct rt_result *rt);
/* As ip_route_input_noref; returns 0 or a negative SKB_DROP_REASON. */
VL_MUST_CHECK int ip_route_input(struct sk_buff *skb, uint32_t daddr, uint32_t saddr, struct netdev *dev,
				 struct rt_result *rt);
uint32_t inet_select_addr(const struct netdev *dev, uint32_t dst, int scope);

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

/* icmp.c */
void icmp_rcv(struct sk_buff *skb);
/* icmp_send: an error about skb_in (network header set). Does not consume skb_in. */
void icmp_send(struct sk_buff *skb_in, uint8_t type, uint8_t code, uint32_t info);
void icmp_peers_free(struct ipv4_net *in);
bool ip_error_allow(struct netns *net, uint32_t saddr);

/* arp.c */
void arp_rcv(struct sk_buff *skb);
extern const struct neigh_ops arp_neigh_ops;

/* raw.c: sockets that see ICMP, as ping's raw socket does. */
struct raw_sock;
struct raw_sock_ops {
	/* A received ICMP message (skb->data at the ICMP header). Lent. */
	void (*rcv)(struct raw_sock *sk, const struct sk_buff *skb, const struct iphdr_view *ip);
	/* An ICMP error about a packet this socket sent (IP_RECVERR). Lent. */
	void (*err)(struct raw_sock *sk, const struct sk_buff *skb, const struct iphdr_view *ip);
};
struct raw_sock {
	struct vl_list node;
	struct netns *net;
	const struct raw_sock_ops *ops;
	int bound_dev_if;
};
void raw_sock_register(struct netns *net, struct raw_sock *sk);
void raw_sock_unregister(struct raw_sock *sk);
/* Delivers to the sockets whose bound device matches dif; true if any took it. */
bool raw_local_deliver(struct sk_buff *skb, const struct iphdr_view *ip);
void raw_icmp_error(struct sk_buff *skb, const struct iphdr_view *ip);

/* Effective per-device knobs, with the kernel's all/device combination. */
enum in_dev_combine { IN_DEV_DEV, IN_DEV_OR, IN_DEV_MAX, IN_DEV_AND };
int in_dev_conf(const struct in_device *idev, int key, enum in_dev_combine how);

#endif

/* ipv6.h: the IPv6 stack's per-namespace state and the calls between its parts. */
#ifndef VL_IPV6_H
#define VL_IPV6_H

#include <endian.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "../core/alloc.h"
#include "../core/hash.h"
#include "../core/list.h"
#include "../core/netdev.h"
#include "../core/netns.h"
#include "../core/skbuff.h"
#include "inet_fragment.h"
#include "neighbour.h"
#include "../uapi/icmpv6.h"
#include "../uapi/in.h"
#include "../uapi/in6.h"
#include "../uapi/rtnetlink.h"
#include "route6.h"
#include "snmp.h"

#define IPV6_MIN_MTU 1280
#define NEXTHDR_HOP 0
#define NEXTHDR_FRAGMENT 44
#define IPV6_HLEN 40
/* The smallest link MTU IPv6 runs on (RFC 8200); below it a device has no inet6_dev. */
#define IPV6_MIN_MTU 1280



struct ipv6_net {
	struct rt6_table local, main;
	struct vl_htab tables;     /* every table by id, local and main included */
	uint64_t table_seq;
	uint64_t route_seq;
	struct vl_htab addrs;      /* inet6_ifaddr by address (inet6_addr_lst) */
	struct vl_htab peers;      /* inet_peer: redirect rate limits per address */
	struct vl_list global_addrs;  /* the global-scope ones, for source selection beyond a device */
	struct vl_list narrow_addrs;  /* the link- and host-scope ones, when no device has a wider one */
	struct neigh_table nd_tbl;
	struct vl_list raw_socks;
	uint32_t flow_seed;        /* flow label hash key, per namespace */
	struct ipv6_mib *mib;      /* /proc/net/snmp6; NULL until the first count */
	struct inet_frag_set frags; /* datagrams being reassembled (reassembly.c) */
	struct vl_htab rt6_exc;    /* learnt path MTUs, the RTF_CACHE copies (fnhe.h, route6.c) */
	/*
	 * Event order within the namespace, for the files that list things in
	 * the order they happened: addresses (if_inet6), devices (igmp, igmp6)
	 * and multicast groups (igmp6, dev_mcast).
	 */
	uint64_t event_seq;
	/*
	 * fib6_sernum: bumped by fib6_sernum_bump whenever an output route
	 * look-up could answer differently (routes, addresses and their DAD
	 * state, devices, sysctls), so a socket's cached route (struct
	 * dst_cache6) knows it is stale.
	 */
	uint64_t fib6_sernum;
	/* Neighbour entries route selection has read (rt6_check_neigh): such an answer is never cached. */
	uint64_t rt6_nud_checks;
	/* icmpv6_xmit's last route (struct dst_cache6, route6.h), made at the first message sent */
	struct dst_cache6 *icmp_dst;
};

/* fib6_update_sernum (rt6_get_cookie's source): every route cached on a socket of net is stale. */
static inline void fib6_sernum_bump(struct netns *net)
{
	if (net->ipv6)
		net->ipv6->fib6_sernum++;
}

/* snmp.c: net's counters, allocated (zero) at the first count. */
struct ipv6_mib *ipv6_mib_new(struct netns *net);
void ipv6_mib_free(struct netns *net);

static inline struct ipv6_mib *ipv6_mib(struct netns *net)
{
	return net->ipv6->mib ? net->ipv6->mib : ipv6_mib_new(net);
}

/* The kernel's IP6_INC_STATS and friends, on net's own counters. */
static inline void ip6_inc_stats(struct netns *net, enum ipstats_mib f)
{
	ipv6_mib(net)->ip[f]++;
}

static inline void ip6_upd_po_stats(struct netns *net, enum ipstats_mib pkts, uint64_t len)
{
	snmp_upd_po(ipv6_mib(net)->ip, pkts, len);
}

static inline void icmp6_inc_stats(struct netns *net, enum icmp6_mib f)
{
	ipv6_mib(net)->icmp[f]++;
}

/* ICMP6MSGIN_INC_STATS: a received message, by its type. */
static inline void icmp6_in_count(struct netns *net, uint8_t type)
{
	icmpmsg_inc(&ipv6_mib(net)->icmpmsg, type);
}

/* ICMP6MSGOUT_INC_STATS and OutMsgs: every ICMPv6 message handed to IPv6 for sending. */
static inline void icmp6_out_count(struct netns *net, uint8_t type)
{
	struct ipv6_mib *mib = ipv6_mib(net);

	icmpmsg_inc(&mib->icmpmsg, ICMPMSG_OUT + type);
	mib->icmp[ICMP6_MIB_OUTMSGS]++;
}

/*
 * A hash of an address, for the per-namespace tables keyed by one (only ever
 * looked up by it: no dump follows a hash order). The halves are folded with
 * one multiply, then mixed once; a route lookup hashes a prefix for each
 * length it tries, so this is on every packet's path.
 */
static inline uint32_t ipv6_addr_hash(const uint8_t *a)
{
	uint64_t hi, lo;

	memcpy(&hi, a, 8);
	memcpy(&lo, a + 8, 8);
	return vl_hash_u64(hi * 0x9e3779b97f4a7c15ULL ^ lo);
}

/* out = the first plen bits of a, the rest zero. */
static inline void ipv6_addr_prefix(uint8_t *out, const uint8_t *a, int plen)
{
	uint64_t hi, lo;

	/* Two big-endian halves masked whole: a route lookup does this for every prefix length it tries. */
	memcpy(&hi, a, 8);
	memcpy(&lo, a + 8, 8);
	hi = htobe64(be64toh(hi) & (plen <= 0 ? 0 : plen >= 64 ? ~0ULL : ~0ULL << (64 - plen)));
	lo = htobe64(be64toh(lo) & (plen <= 64 ? 0 : plen >= 128 ? ~0ULL : ~0ULL << (128 - plen)));
	memcpy(out, &hi, 8);
	memcpy(out + 8, &lo, 8);
}

/* Whether a and b share their first plen bits (ipv6_prefix_equal). */
static inline bool ipv6_prefix_equal(const uint8_t *a, const uint8_t *b, int plen)
{
	uint8_t pa[16], pb[16];

	ipv6_addr_prefix(pa, a, plen);
	ipv6_addr_prefix(pb, b, plen);
	return !memcmp(pa, pb, 16);
}

/* ip6_input.c, ip6_output.c */
void ipv6_rcv(struct sk_buff *skb);
/*
 * Builds the IPv6 header in front of skb's payload and sends it by rt.
 * Consumes skb. Returns what the output path refused (-ENOBUFS for a frame
 * the device dropped), as ip6_send_skb tells the sending socket.
 */
int ip6_send(struct sk_buff *skb, const struct rt6_result *rt, uint8_t nexthdr, uint8_t hops,
	     uint32_t flowlabel);
/* ip6_dst_hoplimit: dev's hop_limit knob (all's where dev has no IPv6), what a route out of dev sends with. */
uint8_t ip6_dst_hoplimit(const struct netdev *dev);
/* The same straight out of dev, as ndisc and MLD send (no route). Consumes skb. */
void ip6_send_dev(struct sk_buff *skb, struct netdev *dev, const uint8_t *src, const uint8_t *dst,
		  uint8_t nexthdr, uint8_t hops);
/* ip6_forward: a received packet r routes elsewhere (hop limit, redirect, MTU, then out). Consumes skb. */
void ip6_forward(struct sk_buff *skb, const struct rt6_route *r);
/* The automatic flow label of a flow (ip6_make_flowlabel): a keyed hash, never 0. */
uint32_t ip6_flowlabel(const struct netns *net, const uint8_t *src, const uint8_t *dst, uint8_t proto);

/* reassembly.c: a fragment (data at its IPv6 header) queued; the whole datagram once complete, else NULL. */
struct sk_buff *ipv6_frag_rcv(struct sk_buff *skb);
void ip6_frags_exit(struct netns *net);

/* icmpv6.c */
uint16_t icmp6_csum(const uint8_t *src, const uint8_t *dst, const uint8_t *msg, uint32_t len);
void icmpv6_rcv(struct sk_buff *skb, int iif);
/* icmp6_send: an error about skb_in (network header set). Does not consume skb_in. */
void icmpv6_send(struct sk_buff *skb_in, uint8_t type, uint8_t code, uint32_t info);

/* raw6.c: raw ICMPv6 sockets (socket.h). */
/*
 * An ICMPv6 message for us (skb->data at its header, lent), or with err an
 * error quoting one of ours, to the sockets whose bound device matches iif.
 */
void raw6_deliver(struct sk_buff *skb, const uint8_t *ip6h, int iif, bool err);
/* The namespace goes: its sockets are detached, and poll POLLHUP. */
void raw6_net_exit(struct ipv6_net *in6);

/* ndisc.c */
extern const struct neigh_ops nd_neigh_ops;
void ndisc_rcv(struct sk_buff *skb, const uint8_t *ip6h);

#endif

/* dropreason.h: why a packet was dropped, named after the kernel's SKB_DROP_REASON_*. */
#ifndef VL_DROPREASON_H
#define VL_DROPREASON_H

#define VL_DROP_REASONS(X) \
	X(NOT_SPECIFIED) \
	X(NO_SOCKET) \
	X(PKT_TOO_SMALL) \
	X(OTHERHOST) \
	X(IP_CSUM) \
	X(IP_INHDR) \
	X(IP_RPFILTER) \
	X(IP_LOCAL_SOURCE) \
	X(IP_INVALID_SOURCE) \
	X(IP_LOCALNET) \
	X(IP_INVALID_DEST) \
	X(IP_NOPROTO) \
	X(IP_OUTNOROUTES) \
	X(IP_INADDRERRORS) \
	X(IP_INNOROUTES) \
	X(NEIGH_FAILED) \
	X(NEIGH_QUEUEFULL) \
	X(NEIGH_DEAD) \
	X(NEIGH_HH_FILLFAIL) \
	X(DEV_READY) \
	X(UNHANDLED_PROTO) \
	X(INVALID_PROTO) \
	X(BLACKHOLE) \
	X(IPV6DISABLED) \
	X(ICMP_CSUM) \
	X(IPV6_NDISC_HOP_LIMIT) \
	X(IPV6_NDISC_BAD_CODE) \
	X(IPV6_NDISC_BAD_OPTIONS) \
	X(IPV6_NDISC_NS_OTHERHOST) \
	X(QUEUE_PURGE) \
	X(CPU_BACKLOG) \
	X(NEIGH_CREATEFAIL) \
	X(PKT_TOO_BIG) \
	X(QDISC_DROP) \
	X(DUP_FRAG) \
	X(FRAG_REASM_TIMEOUT) \
	X(MAC_INVALID_SOURCE)

/*
 * As in the kernel, 0 is "not dropped" (so that a function can answer 0 or
 * -reason) and 1 is a packet consumed; the drop reasons follow.
 */
enum skb_drop_reason {
	SKB_NOT_DROPPED_YET = 0,
	SKB_CONSUMED,
#define VL_DR_ENUM(n) SKB_DROP_REASON_##n,
	VL_DROP_REASONS(VL_DR_ENUM)
#undef VL_DR_ENUM
	SKB_DROP_REASON_MAX
};

const char *skb_drop_reason_name(enum skb_drop_reason r);

#endif

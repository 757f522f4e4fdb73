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
	X(IP_INVALID_DEST) \
	X(IP_NOPROTO) \
	X(IP_OUTNOROUTES) \
	X(IP_INADDRERRORS) \
	X(IP_INNOROUTES) \
	X(NEIGH_FAILED) \
	X(NEIGH_QUEUEFULL) \
	X(NEIGH_DEAD) \
	X(DEV_READY) \
	X(UNHANDLED_PROTO) \
	X(ARP_INVALID) \
	X(INVALID_PROTO) \
	X(IP_TTL_EXPIRED) \
	X(BLACKHOLE) \
	X(ICMP_RATELIMIT) \
	X(IPV6DISABLED)

enum skb_drop_reason {
#define VL_DR_ENUM(n) SKB_DROP_REASON_##n,
	VL_DROP_REASONS(VL_DR_ENUM)
#undef VL_DR_ENUM
	SKB_DROP_REASON_MAX
};

const char *skb_drop_reason_name(enum skb_drop_reason r);

#endif

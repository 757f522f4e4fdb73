/*
 * uapi/in6.h: the IPv6 socket address, the address classes (on byte
 * arrays), SOL_IPV6's options and the ICMPv6 filter, as <linux/in6.h> and
 * <linux/icmpv6.h>.
 */
#ifndef VL_UAPI_IN6_H
#define VL_UAPI_IN6_H

#include <stdbool.h>
#include <stdint.h>

struct in6_addr {
	uint8_t s6_addr[16];
};

/* sin6_scope_id: the interface of a link-scoped address. */
struct sockaddr_in6 {
	unsigned short sin6_family;
	uint16_t sin6_port;
	uint32_t sin6_flowinfo;
	struct in6_addr sin6_addr;
	uint32_t sin6_scope_id;
};

static inline bool ipv6_addr_any(const uint8_t *a)
{
	for (int i = 0; i < 16; i++)
		if (a[i])
			return false;
	return true;
}

static inline bool ipv6_addr_linklocal(const uint8_t *a)
{
	return a[0] == 0xfe && (a[1] & 0xc0) == 0x80;
}

static inline bool ipv6_addr_multicast(const uint8_t *a)
{
	return a[0] == 0xff;
}

/* setsockopt(SOL_IPV6, ...) */
#define SOL_IPV6 41
#define IPV6_UNICAST_HOPS 16
#define IPV6_MULTICAST_HOPS 18
#define IPV6_MULTICAST_LOOP 19
#define IPV6_MTU_DISCOVER 23
#define IPV6_MTU 24              /* get, on a connected socket: its route's MTU */
#define IPV6_RECVERR 25
#define IPV6_RECVHOPLIMIT 51
#define IPV6_HOPLIMIT 52         /* the cmsg IPV6_RECVHOPLIMIT gives */
#define IPV6_PMTUDISC_DONT 0
#define IPV6_PMTUDISC_WANT 1
#define IPV6_PMTUDISC_DO 2
#define IPV6_PMTUDISC_PROBE 3

/* setsockopt(SOL_ICMPV6, ICMP6_FILTER): bit n of the 256 set blocks ICMPv6 type n. */
#define SOL_ICMPV6 58
#define ICMP6_FILTER 1

struct icmp6_filter {
	uint32_t icmp6_filt[8];
};

#endif

/* uapi/in.h: IP protocol numbers, and the IPv4 address classes of <linux/in.h>, on host-order addresses. */
#ifndef VL_UAPI_IN_H
#define VL_UAPI_IN_H

#include <stdbool.h>
#include <stdint.h>

#define IPPROTO_ICMP 1
#define IPPROTO_IGMP 2
#define IPPROTO_TCP 6
#define IPPROTO_UDP 17
#define IPPROTO_ICMPV6 58

/* An IPv4 socket address; sin_addr and sin_port in network order. */
struct in_addr {
	uint32_t s_addr;
};

struct sockaddr_in {
	unsigned short sin_family;
	uint16_t sin_port;
	struct in_addr sin_addr;
	unsigned char sin_zero[8];
};

/* setsockopt(SOL_IP, ...) */
#define SOL_IP 0
#define IP_TOS 1
#define IP_TTL 2           /* also the cmsg IP_RECVTTL gives */
#define IP_MTU_DISCOVER 10
#define IP_RECVERR 11
#define IP_RECVTTL 12
#define IP_PMTUDISC_DONT 0
#define IP_PMTUDISC_WANT 1
#define IP_PMTUDISC_DO 2
#define IP_PMTUDISC_PROBE 3

/* 127.0.0.0/8 */
static inline bool ipv4_is_loopback(uint32_t a)
{
	return (a & 0xff000000u) == 0x7f000000u;
}

/* 224.0.0.0/4 */
static inline bool ipv4_is_multicast(uint32_t a)
{
	return (a & 0xf0000000u) == 0xe0000000u;
}

/* 255.255.255.255 */
static inline bool ipv4_is_lbcast(uint32_t a)
{
	return a == 0xffffffffu;
}

/*
 * 0.0.0.0 only: since Linux 5.3 ("Allow 0.0.0.0/8 as a valid address range")
 * the rest of 0.0.0.0/8 is ordinary unicast everywhere the kernel asks.
 */
static inline bool ipv4_is_zeronet(uint32_t a)
{
	return a == 0;
}

/* 169.254.0.0/16 */
static inline bool ipv4_is_linklocal_169(uint32_t a)
{
	return (a & 0xffff0000u) == 0xa9fe0000u;
}

#endif

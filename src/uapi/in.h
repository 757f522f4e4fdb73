/* uapi/in.h: IP protocol numbers, and the IPv4 address classes of <linux/in.h>, on host-order addresses. */
#ifndef VL_UAPI_IN_H
#define VL_UAPI_IN_H

#include <stdbool.h>
#include <stdint.h>

#define IPPROTO_ICMP 1
#define IPPROTO_TCP 6
#define IPPROTO_UDP 17
#define IPPROTO_ICMPV6 58

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

/* 0.0.0.0/8 */
static inline bool ipv4_is_zeronet(uint32_t a)
{
	return (a & 0xff000000u) == 0;
}

/* 169.254.0.0/16 */
static inline bool ipv4_is_linklocal_169(uint32_t a)
{
	return (a & 0xffff0000u) == 0xa9fe0000u;
}

#endif

/* uapi/errqueue.h: what an error queue entry tells (IP_RECVERR, IPV6_RECVERR), as <linux/errqueue.h>. */
#ifndef VL_UAPI_ERRQUEUE_H
#define VL_UAPI_ERRQUEUE_H

#include <stdint.h>

struct sock_extended_err {
	uint32_t ee_errno;
	uint8_t ee_origin;
	uint8_t ee_type;
	uint8_t ee_code;
	uint8_t ee_pad;
	uint32_t ee_info;
	uint32_t ee_data;
};

#define SO_EE_ORIGIN_NONE 0
#define SO_EE_ORIGIN_LOCAL 1
#define SO_EE_ORIGIN_ICMP 2
#define SO_EE_ORIGIN_ICMP6 3

/* The sender of the ICMP error: a socket address right after the entry. */
#define SO_EE_OFFENDER(ee) ((struct sockaddr *)((ee) + 1))

#endif

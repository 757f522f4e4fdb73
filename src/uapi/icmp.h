/* uapi/icmp.h: the raw ICMP socket's type filter, as <linux/icmp.h> has it. */
#ifndef VL_UAPI_ICMP_H
#define VL_UAPI_ICMP_H

#include <stdint.h>

/* setsockopt(SOL_RAW, ICMP_FILTER): bit n set drops ICMP type n (types from 32 always pass). */
#define ICMP_FILTER 1

struct icmp_filter {
	uint32_t data;
};

#endif

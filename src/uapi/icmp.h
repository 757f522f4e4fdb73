/* uapi/icmp.h: ICMP types and codes, and the raw ICMP socket's type filter, as <linux/icmp.h> has them. */
#ifndef VL_UAPI_ICMP_H
#define VL_UAPI_ICMP_H

#include <stdint.h>

#define ICMP_ECHOREPLY 0
#define ICMP_DEST_UNREACH 3
#define ICMP_SOURCE_QUENCH 4
#define ICMP_REDIRECT 5
#define ICMP_ECHO 8
#define ICMP_TIME_EXCEEDED 11
#define ICMP_PARAMETERPROB 12
/* The highest type icmp_rcv knows (ICMP_ADDRESSREPLY); above it a message is unhandled. */
#define NR_ICMP_TYPES 18

#define ICMP_NET_UNREACH 0
#define ICMP_HOST_UNREACH 1
#define ICMP_PROT_UNREACH 2
#define ICMP_PORT_UNREACH 3
#define ICMP_FRAG_NEEDED 4
#define ICMP_SR_FAILED 5
#define ICMP_NET_UNKNOWN 6
#define ICMP_HOST_UNKNOWN 7
#define ICMP_HOST_ISOLATED 8
#define ICMP_NET_ANO 9
#define ICMP_HOST_ANO 10
#define ICMP_NET_UNR_TOS 11
#define ICMP_HOST_UNR_TOS 12
#define ICMP_PKT_FILTERED 13
#define ICMP_PREC_VIOLATION 14
#define ICMP_PREC_CUTOFF 15
#define ICMP_REDIR_HOST 1
#define ICMP_EXC_TTL 0
#define ICMP_EXC_FRAGTIME 1

/* setsockopt(SOL_RAW, ICMP_FILTER): bit n set drops ICMP type n (types from 32 always pass). */
#define ICMP_FILTER 1

struct icmp_filter {
	uint32_t data;
};

#endif

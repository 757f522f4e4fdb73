/*
 * rt_names.h: what ip route and ip rule share with iproute2's libraries: the
 * name tables of lib/rt_names.c and ip/rtm_map.c (with Debian's
 * /etc/iproute2 files built in), and lib/utils.c's prefix parsing.
 */
#ifndef VL_RT_NAMES_H
#define VL_RT_NAMES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "ip_common.h"

#define PREFIXLEN_SPECIFIED 1u

/* inet_prefix: an address of either family (or none), as get_prefix leaves it. */
struct inet_prefix {
	int family;          /* 0 (default, all, any without a family), AF_INET or AF_INET6 */
	int bytelen;
	int bitlen;          /* after get_prefix: the length given or implied */
	unsigned int flags;  /* PREFIXLEN_SPECIFIED */
	uint8_t data[16];    /* network order */
};

/* get_addr_1 and get_prefix_1: 0 or -1, printing nothing. */
int rt_get_addr_1(struct inet_prefix *a, const char *name, int family);
int rt_get_prefix_1(struct inet_prefix *p, const char *arg, int family);
/* get_prefix and get_addr: on failure iproute2's message, and its exit status 1. */
int rt_get_prefix(struct ip_ctx *ip, struct inet_prefix *p, const char *arg, int family);
int rt_get_addr(struct ip_ctx *ip, struct inet_prefix *p, const char *arg, int family);
/* inet_addr_match: true when the first bits bits of a and b agree. */
bool rt_addr_match(const uint8_t *a, const uint8_t *b, int bits);
/* The IPv4 address of p, in host order. */
uint32_t rt_prefix_v4(const struct inet_prefix *p);
const char *rt_family_name_verbose(int family);

/* get_u32 and get_unsigned: strtoul in base, nothing after the digits. */
int rt_get_u32(uint32_t *val, const char *arg, int base);

int rt_table_a2n(uint32_t *id, const char *arg);
const char *rt_table_n2a(uint32_t id, char *buf, size_t len);
int rt_prot_a2n(uint32_t *id, const char *arg);
const char *rt_prot_n2a(unsigned int id, char *buf, size_t len);
int rt_scope_a2n(uint32_t *id, const char *arg);
const char *rt_scope_n2a(unsigned int id, char *buf, size_t len);
int rt_type_a2n(int *id, const char *arg);
const char *rt_type_n2a(int id, char *buf, size_t len);

/* What vethlab does not model, refused by name: "Error: WHAT is not supported by vethlab.", status 2. */
int rt_unsupported(struct ip_ctx *ip, const char *what);

#endif

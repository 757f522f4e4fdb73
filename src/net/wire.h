/* wire.h: byte order and header layouts; parse and emit only, no state. */
#ifndef VL_WIRE_H
#define VL_WIRE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "../core/alloc.h"

#include "../uapi/if_ether.h"
#include "../uapi/icmp.h"
#include "../uapi/in.h"


static inline uint16_t get16(const uint8_t *p)
{
	return (uint16_t)(p[0] << 8 | p[1]);
}

static inline uint32_t get32(const uint8_t *p)
{
	return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

static inline void put16(uint8_t *p, uint16_t v)
{
	p[0] = (uint8_t)(v >> 8);
	p[1] = (uint8_t)v;
}

static inline void put32(uint8_t *p, uint32_t v)
{
	p[0] = (uint8_t)(v >> 24);
	p[1] = (uint8_t)(v >> 16);
	p[2] = (uint8_t)(v >> 8);
	p[3] = (uint8_t)v;
}

/*
 * The folded 16-bit one's complement sum of p's big-endian 16-bit words (an
 * odd last byte padded with a zero) added to sum, not inverted; 0 only when
 * both are 0.
 */
uint32_t csum_partial(const uint8_t *p, size_t len, uint32_t sum);
/* The checksum of msg (len bytes) behind the IPv6 pseudo-header of saddr, daddr, len and proto (RFC 8200 8.1). */
uint16_t csum_ipv6_magic(const uint8_t *saddr, const uint8_t *daddr, uint32_t len, uint8_t proto,
			 const uint8_t *msg);
/* The Internet checksum of len bytes (RFC 1071). */
uint16_t inet_csum(const uint8_t *p, size_t len);

/*
 * RFC 1624's incremental update (as csum_replace2 and ip_decrease_ttl do):
 * *check, valid for a message, becomes valid for the message with one of its
 * 16-bit words changed from `from` to `to`. Exactly what summing the new
 * message would give, or false (and *check unchanged) in the one case where
 * it might not (the new message could be all zeros): then sum it anew.
 */
VL_MUST_CHECK bool csum_replace2(uint16_t *check, uint16_t from, uint16_t to);

/* A validated view of an IPv4 header. */
struct iphdr_view {
	uint8_t ihl;        /* bytes */
	uint8_t tos;
	uint16_t tot_len;
	uint16_t id;
	uint16_t frag;
	uint8_t ttl;
	uint8_t protocol;
	uint32_t saddr, daddr;
};

/* 0, or -1 when the header is short, malformed or its checksum is wrong. */
VL_MUST_CHECK int ip_parse(const uint8_t *p, size_t len, struct iphdr_view *h);
/* Writes a 20-byte header with checksum. */
void ip_emit(uint8_t *p, const struct iphdr_view *h);

#define ARPOP_REQUEST 1
#define ARPOP_REPLY 2
#define ARP_HLEN 28

struct arp_view {
	uint16_t op;
	uint8_t sha[6], tha[6];
	uint32_t sip, tip;
};

/* RFC 5952 text for an IPv6 address (buf holds at least 40 bytes). */

/* 0, or -1 when p is not an Ethernet/IPv4 ARP packet. */
VL_MUST_CHECK int arp_parse(const uint8_t *p, size_t len, struct arp_view *a);
void arp_emit(uint8_t *p, const struct arp_view *a);

#endif

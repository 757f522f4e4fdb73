/* inetpeer.h: per-address peer state for rate limits (net/ipv4/inetpeer.c, reduced), IPv4 and IPv6. */
#ifndef VL_INETPEER_H
#define VL_INETPEER_H

#include <stdbool.h>
#include <stdint.h>

#include "../core/hash.h"

#define XRLIM_BURST_FACTOR 6

/* inet_peer, reduced to what rate limiting needs; IPv4 addresses are kept v4-mapped. */
struct inet_peer {
	struct vl_hnode hnode;
	uint8_t addr[16];
	int64_t rate_last;        /* may precede time 0: see inet_getpeer */
	uint64_t rate_tokens;
	uint64_t redirect_last;
	int n_redirects;
};

/* The peer of addr in peers, made on first use. */
struct inet_peer *inet_getpeer(struct vl_htab *peers, const uint8_t *addr, uint64_t now);
/* The same for an IPv4 address (host order). */
struct inet_peer *inet_getpeer_v4(struct vl_htab *peers, uint32_t addr, uint64_t now);
/* inet_peer_xrlim_allow: a token bucket of timeout, bursting up to six. */
bool inet_peer_xrlim_allow(struct inet_peer *p, uint64_t timeout, uint64_t now);
void inet_peers_free(struct vl_htab *peers);

#endif

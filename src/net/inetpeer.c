/* inetpeer.c: per-address peer state for the ICMP and ICMPv6 rate limits (net/ipv4/inetpeer.c, reduced). */
#include "inetpeer.h"

#include <stdlib.h>
#include <string.h>

#include "../core/alloc.h"
#include "../core/list.h"
#include "../core/timer.h"

static uint32_t peer_hash(const uint8_t *addr)
{
	uint64_t a, b;

	memcpy(&a, addr, 8);
	memcpy(&b, addr + 8, 8);
	return vl_hash_u64(a ^ vl_hash_u64(b));
}

struct inet_peer *inet_getpeer(struct vl_htab *peers, const uint8_t *addr, uint64_t now)
{
	uint32_t hash = peer_hash(addr);
	struct inet_peer *p;

	for (struct vl_hnode *h = vl_htab_first(peers, hash); h; h = vl_htab_next(h)) {
		p = vl_container_of(h, struct inet_peer, hnode);
		if (!memcmp(p->addr, addr, 16))
			return p;
	}
	p = vl_calloc(1, sizeof(*p));
	memcpy(p->addr, addr, 16);
	/*
	 * inet_getpeer: "60*HZ is arbitrary, but chosen enough high so that the
	 * first calculation of tokens is at its maximum" -- even in the first
	 * minute after boot, so time before 0 counts.
	 */
	p->rate_last = (int64_t)now - 60 * (int64_t)VL_NSEC_PER_SEC;
	vl_htab_insert(peers, &p->hnode, hash);
	return p;
}

struct inet_peer *inet_getpeer_v4(struct vl_htab *peers, uint32_t addr, uint64_t now)
{
	uint8_t key[16] = { [10] = 0xff, [11] = 0xff };

	key[12] = (uint8_t)(addr >> 24);
	key[13] = (uint8_t)(addr >> 16);
	key[14] = (uint8_t)(addr >> 8);
	key[15] = (uint8_t)addr;
	return inet_getpeer(peers, key, now);
}

void inet_peers_free(struct vl_htab *peers)
{
	for (uint32_t i = 0; peers->count && i < vl_htab_nbuckets(peers); i++) {
		while (vl_htab_bucket_first(peers, i)) {
			struct vl_hnode *h = vl_htab_bucket_first(peers, i);

			vl_htab_remove(peers, h);
			free(vl_container_of(h, struct inet_peer, hnode));
		}
	}
	vl_htab_free(peers);
}

bool inet_peer_xrlim_allow(struct inet_peer *p, uint64_t timeout, uint64_t now)
{
	uint64_t token = p->rate_tokens + (uint64_t)((int64_t)now - p->rate_last);
	bool ok = false;

	p->rate_last = (int64_t)now;
	if (token > XRLIM_BURST_FACTOR * timeout)
		token = XRLIM_BURST_FACTOR * timeout;
	if (token >= timeout) {
		token -= timeout;
		ok = true;
	}
	p->rate_tokens = token;
	return ok;
}

/* wire.c: checksum and header codecs shared by the stack and the printers. */
#include "wire.h"

#include <string.h>

/* Adds w to the one's complement sum acc, the carry out of bit 63 coming back in at bit 0. */
static inline uint64_t csum_add64(uint64_t acc, uint64_t w)
{
	acc += w;
	return acc + (acc < w);
}

/* Folds a one's complement sum to 16 bits; nonzero stays nonzero. */
static inline uint32_t csum_fold64(uint64_t acc)
{
	acc = (acc & 0xffffffffu) + (acc >> 32);
	acc = (acc & 0xffffffffu) + (acc >> 32);
	acc = (acc & 0xffff) + (acc >> 16);
	acc = (acc & 0xffff) + (acc >> 16);
	return (uint32_t)acc;
}

/*
 * Adds len bytes to the unfolded host-order sum acc, 8 at a time, as the host
 * loads them: a one's complement sum does not depend on where the carries go
 * round, so adding 64-bit words and folding gives the sum of the 16-bit
 * words in host order, which for a little-endian host is the big-endian sum
 * with its two bytes swapped (RFC 1071, "byte order independence"). An odd
 * last byte is the first of a 16-bit word whose second is zero. The main loop
 * takes 32 bytes at a time: a 64-byte echo payload is two rounds.
 */
static inline uint64_t csum_add_bytes(uint64_t acc, const uint8_t *p, size_t len)
{
	uint64_t w, x, y, z;
	uint32_t w32;
	uint16_t w16;

	for (; len >= 32; p += 32, len -= 32) {
		memcpy(&w, p, 8);
		memcpy(&x, p + 8, 8);
		memcpy(&y, p + 16, 8);
		memcpy(&z, p + 24, 8);
		acc = csum_add64(acc, w);
		acc = csum_add64(acc, x);
		acc = csum_add64(acc, y);
		acc = csum_add64(acc, z);
	}
	for (; len >= 8; p += 8, len -= 8) {
		memcpy(&w, p, 8);
		acc = csum_add64(acc, w);
	}
	if (len & 4) {
		memcpy(&w32, p, 4);
		acc = csum_add64(acc, w32);
		p += 4;
	}
	if (len & 2) {
		memcpy(&w16, p, 2);
		acc = csum_add64(acc, w16);
		p += 2;
	}
	if (len & 1) {
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
		acc = csum_add64(acc, p[0]);
#else
		acc = csum_add64(acc, (uint64_t)p[0] << 8);
#endif
	}
	return acc;
}

/* A folded host-order sum in network order (the big-endian words' sum). */
static inline uint32_t csum_to_net(uint32_t s)
{
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	s = (s >> 8 | s << 8) & 0xffff;
#endif
	return s;
}

uint32_t csum_partial(const uint8_t *p, size_t len, uint32_t sum)
{
	return csum_fold64((uint64_t)sum + csum_to_net(csum_fold64(csum_add_bytes(0, p, len))));
}

uint16_t csum_ipv6_magic(const uint8_t *saddr, const uint8_t *daddr, uint32_t len, uint8_t proto,
			 const uint8_t *msg)
{
	uint8_t tail[8] = { (uint8_t)(len >> 24), (uint8_t)(len >> 16), (uint8_t)(len >> 8), (uint8_t)len, 0, 0, 0, proto };
	uint64_t acc = csum_add_bytes(csum_add_bytes(csum_add_bytes(0, saddr, 16), daddr, 16), tail, 8);

	return (uint16_t)~csum_to_net(csum_fold64(csum_add_bytes(acc, msg, len)));
}

uint16_t inet_csum(const uint8_t *p, size_t len)
{
	return (uint16_t)~csum_partial(p, len, 0);
}

/* ip_fast_csum: inet_csum of a 20-byte IPv4 header, five 32-bit words (no carry can leave 64 bits). */
static inline uint16_t ip_fast_csum20(const uint8_t *p)
{
	uint32_t w[5];

	memcpy(w, p, 20);
	return (uint16_t)~csum_to_net(csum_fold64((uint64_t)w[0] + w[1] + w[2] + w[3] + w[4]));
}

bool csum_replace2(uint16_t *check, uint16_t from, uint16_t to)
{
	/* ~HC + ~m + m' (RFC 1624 eqn. 3), in network order. */
	uint32_t t = csum_fold64((uint64_t)(uint16_t)~*check + (uint16_t)~from + to);

	/*
	 * A sum of 0 or 0xffff (the two zeros of one's complement) is the one
	 * result a recomputation might write the other way (0 only for a message
	 * of all zeros): stay exact, let the caller sum it.
	 */
	if (t == 0 || t == 0xffff)
		return false;
	*check = (uint16_t)~t;
	return true;
}

int ip_parse(const uint8_t *p, size_t len, struct iphdr_view *h)
{
	if (len < 20 || (p[0] >> 4) != 4)
		return -1;
	h->ihl = (uint8_t)((p[0] & 15) * 4);
	if (h->ihl < 20 || h->ihl > len)
		return -1;
	h->tos = p[1];
	h->tot_len = get16(p + 2);
	if (h->tot_len < h->ihl || h->tot_len > len)
		return -1;
	if ((h->ihl == 20 ? ip_fast_csum20(p) : inet_csum(p, h->ihl)) != 0)
		return -1;
	h->id = get16(p + 4);
	h->frag = get16(p + 6);
	h->ttl = p[8];
	h->protocol = p[9];
	h->saddr = get32(p + 12);
	h->daddr = get32(p + 16);
	return 0;
}

void ip_emit(uint8_t *p, const struct iphdr_view *h)
{
	p[0] = 0x45;
	p[1] = h->tos;
	put16(p + 2, h->tot_len);
	put16(p + 4, h->id);
	put16(p + 6, h->frag);
	p[8] = h->ttl;
	p[9] = h->protocol;
	put32(p + 12, h->saddr);
	put32(p + 16, h->daddr);
	/*
	 * The sum of the header's ten big-endian words, from the fields rather
	 * than from the bytes just stored: reading those back as wide words
	 * would wait for the narrow stores to drain (store forwarding fails).
	 */
	put16(p + 10, (uint16_t)~csum_fold64((uint64_t)(0x4500u | h->tos) + h->tot_len + h->id + h->frag +
					     h->ttl * 256u + h->protocol + (h->saddr >> 16) +
					     (h->saddr & 0xffff) + (h->daddr >> 16) + (h->daddr & 0xffff)));
}

int arp_parse(const uint8_t *p, size_t len, struct arp_view *a)
{
	if (len < ARP_HLEN || get16(p) != 1 || get16(p + 2) != ETH_P_IP || p[4] != 6 || p[5] != 4)
		return -1;
	a->op = get16(p + 6);
	memcpy(a->sha, p + 8, 6);
	a->sip = get32(p + 14);
	memcpy(a->tha, p + 18, 6);
	a->tip = get32(p + 24);
	return 0;
}

void arp_emit(uint8_t *p, const struct arp_view *a)
{
	put16(p, 1);
	put16(p + 2, ETH_P_IP);
	p[4] = 6;
	p[5] = 4;
	put16(p + 6, a->op);
	memcpy(p + 8, a->sha, 6);
	put32(p + 14, a->sip);
	memcpy(p + 18, a->tha, 6);
	put32(p + 24, a->tip);
}

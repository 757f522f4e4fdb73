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
 * The sum of len bytes 8 at a time, as the host loads them: a one's complement
 * sum does not depend on where the carries go round, so adding 64-bit words
 * and folding gives the sum of the 16-bit words in host order, which for a
 * little-endian host is the big-endian sum with its two bytes swapped (RFC
 * 1071, "byte order independence"). An odd last byte is the first of a
 * 16-bit word whose second is zero.
 */
static uint32_t csum_host(const uint8_t *p, size_t len)
{
	uint64_t acc = 0, w;
	uint32_t w32;
	uint16_t w16;

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
	return csum_fold64(acc);
}

uint32_t csum_partial(const uint8_t *p, size_t len, uint32_t sum)
{
	uint32_t s = csum_host(p, len);

#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	s = (s >> 8 | s << 8) & 0xffff;
#endif
	return csum_fold64((uint64_t)sum + s);
}

uint16_t inet_csum(const uint8_t *p, size_t len)
{
	return (uint16_t)~csum_partial(p, len, 0);
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
	if (inet_csum(p, h->ihl) != 0)
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
	put16(p + 10, 0);
	put32(p + 12, h->saddr);
	put32(p + 16, h->daddr);
	put16(p + 10, inet_csum(p, 20));
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

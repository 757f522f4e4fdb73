/* wire.c: checksum and header codecs shared by the stack and the printers. */
#include "wire.h"

#include <string.h>

uint32_t csum_partial(const uint8_t *p, size_t len, uint32_t sum)
{
	uint64_t acc = sum;

	for (; len > 1; p += 2, len -= 2)
		acc += get16(p);
	if (len)
		acc += (uint32_t)p[0] << 8;
	while (acc >> 16)
		acc = (acc & 0xffff) + (acc >> 16);
	return (uint32_t)acc;
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

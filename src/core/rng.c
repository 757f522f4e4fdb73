/* rng.c: xoshiro256** seeded through splitmix64; the only source of randomness. */
#include "rng.h"

static uint64_t splitmix64(uint64_t *x)
{
	uint64_t z = (*x += 0x9e3779b97f4a7c15ULL);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

void vl_rng_seed(struct vl_rng *r, uint64_t seed)
{
	for (int i = 0; i < 4; i++)
		r->s[i] = splitmix64(&seed);
}

static uint64_t rotl(uint64_t x, int k)
{
	return (x << k) | (x >> (64 - k));
}

uint64_t vl_rng_next(struct vl_rng *r)
{
	uint64_t *s = r->s;
	uint64_t result = rotl(s[1] * 5, 7) * 9;
	uint64_t t = s[1] << 17;

	s[2] ^= s[0];
	s[3] ^= s[1];
	s[1] ^= s[2];
	s[0] ^= s[3];
	s[2] ^= t;
	s[3] = rotl(s[3], 45);
	return result;
}

uint32_t vl_rng_below(struct vl_rng *r, uint32_t n)
{
	return (uint32_t)(((vl_rng_next(r) >> 32) * (uint64_t)n) >> 32);
}

uint64_t vl_rng_mod(struct vl_rng *r, uint64_t span)
{
	return span ? vl_rng_next(r) % span : 0;
}

void vl_rng_bytes(struct vl_rng *r, void *buf, size_t len)
{
	unsigned char *p = buf;

	while (len) {
		uint64_t v = vl_rng_next(r);

		for (int i = 0; i < 8 && len; i++, len--) {
			*p++ = (unsigned char)v;
			v >>= 8;
		}
	}
}

/* rng.h: the world's seeded random source (xoshiro256**), so runs are reproducible. */
#ifndef VL_RNG_H
#define VL_RNG_H

#include <stddef.h>
#include <stdint.h>

struct vl_rng {
	uint64_t s[4];
};

void vl_rng_seed(struct vl_rng *r, uint64_t seed);
uint64_t vl_rng_next(struct vl_rng *r);
/* Uniform in [0, n); n must be > 0. */
uint32_t vl_rng_below(struct vl_rng *r, uint32_t n);
/* next % span, or 0 for an empty span (the kernel's prandom_u32_max over 64 bits, in short). */
uint64_t vl_rng_mod(struct vl_rng *r, uint64_t span);
void vl_rng_bytes(struct vl_rng *r, void *buf, size_t len);

#endif

/* boot.h: the composition root: a world with this kernel's protocols and drivers. */
#ifndef VL_BOOT_H
#define VL_BOOT_H

#include <stdint.h>

#include "core/world.h"

/* A freshly booted host: IPv4, IPv6, lo and veth; lo up with 127.0.0.1/8. Never NULL. */
struct world *world_new(uint64_t seed);

#endif

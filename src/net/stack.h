/* stack.h: the protocol layer's initcalls, for the composition root. */
#ifndef VL_STACK_H
#define VL_STACK_H

#include "../core/netdev.h"
#include "../core/world.h"

/* Registers IPv4 (inet_init) and IPv6 (inet6_init) with w; IPv4 first. */
VL_MUST_CHECK int inet_init(struct world *w);
VL_MUST_CHECK int inet6_init(struct world *w);

#endif

/* drivers.h: the device drivers' initcalls, for the composition root, and veth's peer lookup. */
#ifndef VL_DRIVERS_H
#define VL_DRIVERS_H

#include "../core/alloc.h"

struct world;
struct netdev;

/* Gives every namespace its lo (a pernet device operation). */
VL_MUST_CHECK int loopback_init(struct world *w);
/* Registers the "veth" link kind. */
VL_MUST_CHECK int veth_init(struct world *w);
/*
 * Registers the "dummy" link kind. The kernel vethlab matches is built
 * without it, so boot.c leaves it out; it shows what a new kind takes.
 */
VL_MUST_CHECK int dummy_init_module(struct world *w);
/* The peer of a veth end, or NULL for any other device. */
struct netdev *veth_peer(const struct netdev *dev);

#endif

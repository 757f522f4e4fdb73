/* drivers.h: the device types vethlab provides. */
#ifndef VL_DRIVERS_H
#define VL_DRIVERS_H

#include "../core/alloc.h"

struct netns;
struct netdev;

extern const struct link_ops veth_link_ops;

/* Creates and registers the namespace's lo (ifindex 1), down. */
VL_MUST_CHECK int loopback_net_init(struct netns *net);
/* The peer of a veth end, or NULL for any other device. */
struct netdev *veth_peer(const struct netdev *dev);

#endif

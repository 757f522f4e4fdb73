/* drivers.h: the device types vethlab provides. */
#ifndef VL_DRIVERS_H
#define VL_DRIVERS_H

struct netns;
struct netdev;

extern const struct link_ops veth_link_ops;

/* Creates and registers the namespace's lo (ifindex 1), down. */
int loopback_net_init(struct netns *net);
/* The peer of a veth end, or NULL for any other device. */
struct netdev *veth_peer(const struct netdev *dev);

#endif

/* stack.h: what the composition root needs from the protocol layer. */
#ifndef VL_STACK_H
#define VL_STACK_H

#include "../core/netdev.h"
#include "../core/world.h"

extern const struct proto_ops ipv4_proto_ops;
extern const struct netdev_notifier inet_stack_notifier;

#endif

/* bridge.h: the bridge's initcall and what ctl asks of bridges and their ports. */
#ifndef VL_BRIDGE_H
#define VL_BRIDGE_H

#include "../core/alloc.h"
#include "../uapi/if_bridge.h"

struct world;
struct netdev;

/* Registers the "bridge" link kind and its device notifier. */
VL_MUST_CHECK int br_init(struct world *w);

/* Whether dev is a bridge, and whether it is a bridge's port. */
bool br_is_bridge(const struct netdev *dev);
bool br_is_port(const struct netdev *dev);
/* IFLA_INFO_DATA and IFLA_INFO_SLAVE_DATA as a dump fills them; false when dev is not one. */
bool br_get_info(const struct netdev *dev, struct bridge_info *out);
bool br_port_get_info(const struct netdev *dev, struct brport_info *out);
/* bridge link set: -EOPNOTSUPP for a device that is no port. */
VL_MUST_CHECK int br_port_set(struct netdev *dev, const struct brport_info *in, const char **extack);

/* One fdb entry of a bridge, for rtnl_fdb_dump; cb's non-zero answer stops the walk. */
typedef int (*br_fdb_cb)(const struct fdb_entry *e, void *arg);
/*
 * br_fdb_dump: the entries of bridge br, those on port (or, port NULL,
 * the bridge's own), newest first, as br_fdb_dump fills them.
 */
int br_fdb_dump(const struct netdev *br, const struct netdev *port, br_fdb_cb cb, void *arg);
/* bridge fdb add|replace|del ... master on a port (or the bridge itself). */
VL_MUST_CHECK int br_fdb_user_add(struct netdev *dev, const uint8_t *addr, uint16_t state, bool replace,
				  bool create);
VL_MUST_CHECK int br_fdb_user_del(struct netdev *dev, const uint8_t *addr);
/* When the bridge joined the snoopers' groups (01:00:5e:00:00:6a, 33:33:00:00:00:6a), 0 if not. */
uint64_t br_snoopers_seq(const struct netdev *dev);

#endif

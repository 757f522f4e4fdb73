/* br.c: the bridge module: its link kind, and what it does when a port's device changes (br_device_event). */
#include <string.h>

#include "../../core/netns.h"
#include "../../core/world.h"
#include "../bridge.h"
#include "br_private.h"

extern const struct rtnl_link_ops br_link_ops;

/*
 * br_device_event: a port's carrier, state, MTU and address changes reach
 * its bridge; a port that goes away leaves it.
 */
static void br_device_event(struct netdev *dev, enum netdev_event ev)
{
	struct net_bridge_port *p = br_port_get(dev);
	struct net_bridge *br;

	if (!p)
		return;
	br = p->br;
	switch (ev) {
	case NETDEV_CHANGEMTU:
		br_mtu_auto_adjust(br);
		break;
	case NETDEV_CHANGEADDR:
		/* The port's old address is not known here: its local entry is found by port. */
		br_fdb_delete_by_port_local(br, p);
		(void)!br_fdb_insert_local(br, p, dev->dev_addr);
		if (br_stp_recalculate_bridge_id(br))
			netdev_notify_changeaddr(br->dev);
		break;
	case NETDEV_CHANGE:
	case NETDEV_UP:
		br_port_carrier_check(p);
		break;
	case NETDEV_DOWN:
		if (br->dev->flags & IFF_UP)
			br_stp_disable_port(p);
		break;
	case NETDEV_UNREGISTER:
		(void)!br_del_if(br, dev);
		break;
	default:
		break;
	}
}

static const struct netdev_notifier br_device_notifier = {
	.event = br_device_event,
	.priority = 0,
};

int br_init(struct world *w)
{
	int err = register_netdevice_notifier(w, &br_device_notifier);

	return err ? err : rtnl_link_register(w, &br_link_ops);
}

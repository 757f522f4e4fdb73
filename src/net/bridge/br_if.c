/* br_if.c: ports joining and leaving a bridge (ip link set DEV master BR | nomaster), and the bridge's deletion. */
#include <errno.h>
#include <stdlib.h>

#include "../../core/alloc.h"
#include "../../core/netns.h"
#include "../../core/world.h"
#include "br_private.h"

/* find_portno: the lowest free port number (1..BR_MAX_PORTS-1). */
static int find_portno(const struct net_bridge *br)
{
	uint8_t used[BR_MAX_PORTS] = { 1 };
	struct vl_list *pos;

	vl_list_for_each(pos, &br->port_list)
		used[vl_list_entry(pos, struct net_bridge_port, list)->port_no] = 1;
	for (int i = 1; i < BR_MAX_PORTS; i++)
		if (!used[i])
			return i;
	return -EXFULL;
}

static void forward_delay_timer_expired(struct vl_timer *t);

static struct net_bridge_port *new_nbp(struct net_bridge *br, struct netdev *dev, int port_no)
{
	struct net_bridge_port *p = vl_calloc(1, sizeof(*p));

	p->br = br;
	p->dev = dev;
	p->port_no = (uint16_t)port_no;
	p->priority = 0x20;
	p->port_id = (uint16_t)((p->priority << 10) | p->port_no);
	p->path_cost = br_port_cost(dev);
	p->flags = BRPORT_LEARNING | BRPORT_FLOOD | BRPORT_MCAST_FLOOD | BRPORT_BCAST_FLOOD;
	p->mcast_router = 1;
	p->state = BR_STATE_DISABLED;
	vl_timer_init_wheel(&p->forward_delay_timer, forward_delay_timer_expired);
	return p;
}

static void forward_delay_timer_expired(struct vl_timer *t)
{
	struct net_bridge_port *p = vl_container_of(t, struct net_bridge_port, forward_delay_timer);

	if (p->state == BR_STATE_LISTENING) {
		br_set_state(p, BR_STATE_LEARNING);
		vl_timer_arm(&p->br->dev->net->world->clock, &p->forward_delay_timer,
			     p->br->dev->net->world->clock.now + br_clock_to_ns(p->br->forward_delay));
	} else if (p->state == BR_STATE_LEARNING) {
		br_set_state(p, BR_STATE_FORWARDING);
		br_topology_change_detection(p->br);
		netif_carrier_on(p->br->dev);
		linkwatch_run(p->br->dev->net->world);
	}
}

/* What br_add_if refuses: lo, anything not Ethernet or without a valid address, a bridge (itself too). */
static int br_add_if_check(const struct net_bridge *br, const struct netdev *dev, const char **extack)
{
	const uint8_t *m = dev->dev_addr;

	(void)br;
	if ((dev->flags & IFF_LOOPBACK) || dev->type != ARPHRD_ETHER || (m[0] & 1) ||
	    !(m[0] | m[1] | m[2] | m[3] | m[4] | m[5]))
		return -EINVAL;
	if (netif_is_bridge_master(dev)) {
		*extack = "Can not enslave a bridge to a bridge";
		return -ELOOP;
	}
	if (dev->master)
		return -EBUSY;
	return 0;
}

/*
 * br_add_if: the device becomes a port. It goes promiscuous, its frames
 * come to the bridge (rx_handler), its address is a local fdb entry, and
 * the bridge's address, MTU and carrier are looked at again.
 */
int br_add_if(struct net_bridge *br, struct netdev *dev, const char **extack)
{
	struct net_bridge_port *p;
	bool changed;
	int port_no, err = br_add_if_check(br, dev, extack);

	if (err)
		return err;
	port_no = find_portno(br);
	if (port_no < 0)
		return port_no;
	p = new_nbp(br, dev, port_no);
	err = netdev_rx_handler_register(dev, br_handle_frame, p);
	if (!err)
		err = netdev_master_upper_dev_link(dev, br->dev);
	if (err) {
		netdev_rx_handler_unregister(dev);
		free(p);
		return err;
	}
	/* dev_set_promiscuity and dev_set_allmulti cannot fail on a count of one more. */
	(void)!dev_set_promiscuity(dev, 1);
	(void)!dev_set_allmulti(dev, 1);
	/* br_add_if's list_add_rcu: the newest port first, so a flood reaches it first. */
	vl_list_add_head(&br->port_list, &p->list);
	br->n_ports++;
	(void)!br_fdb_insert_local(br, p, dev->dev_addr);
	changed = br_stp_recalculate_bridge_id(br);
	if ((br->dev->flags & IFF_UP) && (dev->flags & IFF_UP) && dev_operstate(dev) == IF_OPER_UP)
		br_stp_enable_port(p);
	else
		br_port_state_selection(br);
	br_mtu_auto_adjust(br);
	/* The neighbours learn the bridge's new address (arp flushes its entries, so it asks again). */
	if (changed)
		netdev_notify_changeaddr(br->dev);
	return 0;
}

/* del_nbp: the port goes back to being a plain device; its fdb entries go with it. */
static void del_nbp(struct net_bridge_port *p)
{
	struct net_bridge *br = p->br;
	struct netdev *dev = p->dev;

	(void)!dev_set_promiscuity(dev, -1);
	(void)!dev_set_allmulti(dev, -1);
	vl_timer_cancel(&dev->net->world->clock, &p->forward_delay_timer);
	p->state = BR_STATE_DISABLED;
	br_fdb_delete_by_port(br, p, true);
	vl_list_del(&p->list);
	br->n_ports--;
	netdev_rx_handler_unregister(dev);
	netdev_upper_dev_unlink(dev, br->dev);
	free(p);
}

int br_del_if(struct net_bridge *br, struct netdev *dev)
{
	struct net_bridge_port *p = br_port_get(dev);

	if (!p || p->br != br)
		return -EINVAL;
	del_nbp(p);
	br_mtu_auto_adjust(br);
	if (br_stp_recalculate_bridge_id(br))
		netdev_notify_changeaddr(br->dev);
	br_port_state_selection(br);
	return 0;
}

/* br_dev_delete: every port let go, then the bridge's own entries. */
void br_dev_delete(struct net_bridge *br)
{
	while (!vl_list_empty(&br->port_list))
		del_nbp(vl_list_entry(br->port_list.next, struct net_bridge_port, list));
	vl_timer_cancel(&br->dev->net->world->clock, &br->topology_change_timer);
	vl_timer_cancel(&br->dev->net->world->clock, &br->hello_timer);
	br_fdb_fini(br);
}

/* br_port_carrier_check: a port forwards while its device is up with a carrier. */
void br_port_carrier_check(struct net_bridge_port *p)
{
	struct netdev *dev = p->dev;
	bool up = (dev->flags & IFF_UP) && (dev_operstate(dev) == IF_OPER_UP ||
					    dev_operstate(dev) == IF_OPER_UNKNOWN);

	if (!(p->br->dev->flags & IFF_UP))
		return;
	if (up && p->state == BR_STATE_DISABLED)
		br_stp_enable_port(p);
	else if (!up && p->state != BR_STATE_DISABLED)
		br_stp_disable_port(p);
}

/* br_netlink.c: the "bridge" link kind: its IFLA_BR_* attributes, its ports' IFLA_BRPORT_* ones, and what ip -d reports. */
#include <errno.h>
#include <string.h>

#include "../../core/link.h"
#include "../../core/netns.h"
#include "../../core/world.h"
#include "br_private.h"

#define BR_MIN_HELLO_TIME (1 * BR_HZ)
#define BR_MAX_HELLO_TIME (10 * BR_HZ)
#define BR_MIN_MAX_AGE (6 * BR_HZ)
#define BR_MAX_MAX_AGE (40 * BR_HZ)
#define BR_MIN_FORWARD_DELAY (2 * BR_HZ)
#define BR_MAX_FORWARD_DELAY (30 * BR_HZ)

/* br_set_forward_delay: any value with STP off; 2 to 30 s with it on. */
static int br_set_forward_delay(struct net_bridge *br, uint32_t t)
{
	if (br->stp_enabled != BR_NO_STP && (t < BR_MIN_FORWARD_DELAY || t > BR_MAX_FORWARD_DELAY))
		return -ERANGE;
	br->forward_delay = br_clock_round(t);
	return 0;
}

static int br_changelink_times(struct net_bridge *br, const struct bridge_info *in)
{
	int err;

	if (in->mask & BR_A_FORWARD_DELAY) {
		err = br_set_forward_delay(br, in->forward_delay);
		if (err)
			return err;
	}
	if (in->mask & BR_A_HELLO_TIME) {
		if (in->hello_time < BR_MIN_HELLO_TIME || in->hello_time > BR_MAX_HELLO_TIME)
			return -ERANGE;
		br->hello_time = br_clock_round(in->hello_time);
	}
	if (in->mask & BR_A_MAX_AGE) {
		if (in->max_age < BR_MIN_MAX_AGE || in->max_age > BR_MAX_MAX_AGE)
			return -ERANGE;
		br->max_age = br_clock_round(in->max_age);
	}
	if (in->mask & BR_A_AGEING_TIME) {
		/* br_set_ageing_time: the collector runs again at once. */
		br->ageing_time = br->bridge_ageing_time = br_clock_round(in->ageing_time);
		if (br->dev->flags & IFF_UP)
			vl_timer_arm(&br->dev->net->world->clock, &br->gc_timer, br->dev->net->world->clock.now);
	}
	return 0;
}

/*
 * br_changelink: the attributes in the kernel's order; the first refused
 * stops the rest (what came before stays, as in the kernel).
 */
static int br_changelink(struct netdev *dev, const void *data, const char **extack)
{
	struct net_bridge *br = netdev_bridge(dev);
	const struct bridge_info *in = data;
	int err;

	if (!in)
		return 0;
	err = br_changelink_times(br, in);
	if (err)
		return err;
	if (in->mask & BR_A_STP_STATE)
		br_stp_set_enabled(br, in->stp_state);
	if (in->mask & BR_A_PRIORITY)
		br->priority = in->priority;
	if ((in->mask & BR_A_VLAN_FILTERING) && in->vlan_filtering)
		return -EOPNOTSUPP;   /* CONFIG_BRIDGE_VLAN_FILTERING is off in the kernel matched */
	if (in->mask & BR_A_GROUP_FWD_MASK) {
		/* BR_GROUPFWD_RESTRICTED: STP, MAC control and 802.1X may not be forwarded. */
		if (in->group_fwd_mask & 0x0007) {
			*extack = NULL;
			return -EINVAL;
		}
		br->group_fwd_mask = in->group_fwd_mask;
	}
	if (in->mask & BR_A_FDB_FLUSH)
		br_fdb_flush(br);
	if (in->mask & BR_A_MCAST_SNOOPING)
		br_multicast_toggle(br, in->mcast_snooping);
	if (in->mask & BR_A_NO_LL_LEARN)
		br->no_linklocal_learn = in->no_linklocal_learn;
	return 0;
}

/*
 * What br_changelink would refuse on a new bridge (STP off, the defaults):
 * a creation that fails leaves no device, so it is checked before anything.
 */
static int br_newlink_check(const struct bridge_info *in)
{
	if ((in->mask & BR_A_HELLO_TIME) &&
	    (in->hello_time < BR_MIN_HELLO_TIME || in->hello_time > BR_MAX_HELLO_TIME))
		return -ERANGE;
	if ((in->mask & BR_A_MAX_AGE) && (in->max_age < BR_MIN_MAX_AGE || in->max_age > BR_MAX_MAX_AGE))
		return -ERANGE;
	if ((in->mask & BR_A_VLAN_FILTERING) && in->vlan_filtering)
		return -EOPNOTSUPP;
	if ((in->mask & BR_A_GROUP_FWD_MASK) && (in->group_fwd_mask & 0x0007))
		return -EINVAL;
	return 0;
}

/* br_dev_newlink: a random address until a port gives it one, then the attributes. */
static int br_dev_newlink(struct netdev *dev, const struct link_req *req, struct netns *peer_net,
			  const char **extack)
{
	int err = req->data ? br_newlink_check(req->data) : 0;

	(void)peer_net;
	if (err) {
		/* The kernel registers first and refuses after: the index is used up. */
		if (!dev->ifindex)
			dev_index_burn(dev->net);
		return err;
	}
	/* An address given at creation is NET_ADDR_SET already (rtnl_create_link). */
	if (!(req->a.mask & LA_ADDRESS))
		eth_hw_addr_random(dev);
	err = register_netdevice(dev->net, dev);
	if (err)
		return err;
	/* An address given at creation is the bridge's id too (and the state selection runs). */
	if (req->a.mask & LA_ADDRESS)
		br_stp_change_bridge_id(netdev_bridge(dev), dev->dev_addr);
	else
		(void)!br_fdb_insert_local(netdev_bridge(dev), NULL, dev->dev_addr);
	/* Cannot fail: br_newlink_check refused what it would. */
	(void)!br_changelink(dev, req->data, extack);
	return 0;
}

static int br_slave_changelink(struct netdev *master, struct netdev *dev, const void *data, const char **extack)
{
	struct net_bridge_port *p = br_port_get(dev);

	(void)master;
	return p ? br_port_setlink(p, data, extack) : -EOPNOTSUPP;
}

static void br_dev_dellink(struct netdev *dev)
{
	br_dev_delete(netdev_bridge(dev));
	unregister_netdevice(dev);
}

static int br_validate(const struct link_attrs *a, const char **extack)
{
	(void)extack;
	return link_validate_ether_addr(a);
}

const struct rtnl_link_ops br_link_ops = {
	.kind = "bridge",
	.slave_kind = "bridge_slave",
	.priv_size = sizeof(struct net_bridge),
	.setup = br_dev_setup,
	.validate = br_validate,
	.newlink = br_dev_newlink,
	.dellink = br_dev_dellink,
	.changelink = br_changelink,
	.slave_changelink = br_slave_changelink,
};

/* A bridge id: two bytes of priority, then the address. */
static void br_id(const struct net_bridge *br, uint8_t *id)
{
	id[0] = (uint8_t)(br->priority >> 8);
	id[1] = (uint8_t)br->priority;
	memcpy(id + 2, br->bridge_id_addr, ETH_ALEN);
}

/* What is left of a timer, in clock_t, or 0 when it is not running. */
static uint64_t timer_left(const struct vl_timer *t, uint64_t now)
{
	if (!vl_timer_pending(t) || t->expires <= now)
		return 0;
	return (t->expires - now) / (VL_NSEC_PER_SEC / BR_HZ);
}

void br_fill_info(const struct net_bridge *br, struct bridge_info *out)
{
	static const uint8_t group_addr[ETH_ALEN] = { 0x01, 0x80, 0xc2, 0, 0, 0 };

	memset(out, 0, sizeof(*out));
	out->forward_delay = br->forward_delay;
	out->hello_time = br->hello_time;
	out->max_age = br->max_age;
	out->ageing_time = br->ageing_time;
	out->stp_state = br->stp_enabled;
	out->priority = br->priority;
	out->group_fwd_mask = br->group_fwd_mask;
	out->mcast_snooping = br->mcast_snooping;
	out->no_linklocal_learn = br->no_linklocal_learn;
	memcpy(out->group_addr, group_addr, ETH_ALEN);
	br_id(br, out->bridge_id);
	memcpy(out->root_id, out->bridge_id, sizeof(out->root_id));
	out->gc_timer = timer_left(&br->gc_timer, br->dev->net->world->clock.now);
	out->topology_change = br->topology_change;
	out->topology_change_detected = br->topology_change_detected;
	out->topology_change_timer = timer_left(&br->topology_change_timer, br->dev->net->world->clock.now);
	out->hello_timer = timer_left(&br->hello_timer, br->dev->net->world->clock.now);
}

void br_port_fill_info(const struct net_bridge_port *p, struct brport_info *out)
{
	memset(out, 0, sizeof(*out));
	out->state = p->state;
	out->priority = p->priority;
	out->cost = p->path_cost;
	out->flags = p->flags;
	out->mcast_router = p->mcast_router;
	out->port_id = p->port_id;
	out->port_no = p->port_no;
	out->designated_port = p->port_id;
	br_id(p->br, out->designated_bridge);
	br_id(p->br, out->designated_root);
	out->forward_delay_timer = timer_left(&p->forward_delay_timer, p->br->dev->net->world->clock.now);
}

/*
 * br_setport: the flags first, then the state (only with STP off or
 * user STP, and only a known state), cost and priority.
 */
int br_port_setlink(struct net_bridge_port *p, const struct brport_info *in, const char **extack)
{
	(void)extack;
	if (in->mask & BRP_A_FLAGS)
		p->flags = (p->flags & ~in->flags_mask) | (in->flags & in->flags_mask);
	if (in->mask & BRP_A_COST) {
		if (in->cost < 1 || in->cost > 65535)
			return -ERANGE;
		p->path_cost = in->cost;
	}
	if (in->mask & BRP_A_PRIORITY) {
		if (in->priority > 63)
			return -ERANGE;
		p->priority = in->priority;
		p->port_id = (uint16_t)((p->priority << 10) | p->port_no);
	}
	if (in->mask & BRP_A_STATE) {
		if (in->state > BR_STATE_BLOCKING)
			return -EINVAL;
		if (p->br->stp_enabled == BR_KERNEL_STP)
			return -EBUSY;
		if (!(p->dev->flags & IFF_UP) || (!p->dev->carrier && in->state != BR_STATE_DISABLED))
			return -ENETDOWN;
		br_set_state(p, in->state);
		br_port_state_selection(p->br);
	}
	if (in->mask & BRP_A_FLUSH)
		br_fdb_delete_by_port(p->br, p, false);
	return 0;
}

bool br_is_bridge(const struct netdev *dev)
{
	return netif_is_bridge_master(dev);
}

bool br_is_port(const struct netdev *dev)
{
	return br_port_get(dev) != NULL;
}

bool br_get_info(const struct netdev *dev, struct bridge_info *out)
{
	if (!netif_is_bridge_master(dev))
		return false;
	br_fill_info(netdev_bridge(dev), out);
	return true;
}

bool br_port_get_info(const struct netdev *dev, struct brport_info *out)
{
	const struct net_bridge_port *p = br_port_get(dev);

	if (!p)
		return false;
	br_port_fill_info(p, out);
	return true;
}

int br_port_set(struct netdev *dev, const struct brport_info *in, const char **extack)
{
	struct net_bridge_port *p = br_port_get(dev);

	return p ? br_port_setlink(p, in, extack) : -EOPNOTSUPP;
}

/* The bridge itself takes entries for its own addresses; a port, for where frames go. */
int br_fdb_user_add(struct netdev *dev, const uint8_t *addr, uint16_t state, bool replace, bool create)
{
	struct net_bridge_port *p = br_port_get(dev);

	if (p)
		return br_fdb_add(p->br, p, addr, state, replace, create);
	if (netif_is_bridge_master(dev))
		return br_fdb_add(netdev_bridge(dev), NULL, addr, state, replace, create);
	return -EOPNOTSUPP;
}

int br_fdb_user_del(struct netdev *dev, const uint8_t *addr)
{
	struct net_bridge_port *p = br_port_get(dev);

	if (p)
		return br_fdb_delete(p->br, p, addr);
	if (netif_is_bridge_master(dev))
		return br_fdb_delete(netdev_bridge(dev), NULL, addr);
	return -EOPNOTSUPP;
}

uint64_t br_snoopers_seq(const struct netdev *dev)
{
	return netif_is_bridge_master(dev) && (dev->flags & IFF_UP) ? netdev_bridge(dev)->snoopers_seq : 0;
}

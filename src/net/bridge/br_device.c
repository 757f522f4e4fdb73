/* br_device.c: the bridge as a device: its transmit, open and stop, its MAC address and its MTU. */
#include <errno.h>
#include <string.h>

#include "../../core/dropreason.h"
#include "../../core/ethtool.h"
#include "../../core/netns.h"
#include "../../core/trace.h"
#include "../../core/world.h"
#include "../addrconf.h"
#include "../devinet.h"
#include "../ethernet.h"
#include "../ipv6.h"
#include "br_private.h"

/*
 * br_dev_xmit: what the bridge's own stack sends goes to the port its
 * destination was learnt on, else to every port (broadcast, multicast,
 * unknown unicast). The bridge counts it as sent.
 */
int br_dev_xmit(struct sk_buff *skb, struct netdev *dev)
{
	struct net_bridge *br = netdev_bridge(dev);
	const uint8_t *dest = skb->data;
	struct net_bridge_fdb_entry *dst;

	dev->stats.tx_packets++;
	dev->stats.tx_bytes += skb->len;
	if (dest[0] & 1) {
		static const uint8_t bcast[ETH_ALEN] = { 0xff, 0xff, 0xff, 0xff, 0xff, 0xff };

		br_flood(br, skb, memcmp(dest, bcast, ETH_ALEN) ? BR_PKT_MULTICAST : BR_PKT_BROADCAST,
			 false, true);
		return NET_XMIT_SUCCESS;
	}
	dst = br_fdb_find(br, dest);
	if (dst && dst->dst) {
		dst->used = dev->net->world->clock.now;
		br_forward(dst->dst, skb, false, true);
	} else if (dst) {
		/* Its own address: the kernel passes it up; nothing sends there but by hand. */
		consume_skb(skb);
	} else {
		br_flood(br, skb, BR_PKT_UNICAST, false, true);
	}
	return NET_XMIT_SUCCESS;
}

/* br_multicast_join_snoopers: 224.0.0.106 and then ff02::6a, in that order. */
static void br_join_snoopers(struct net_bridge *br)
{
	struct netns *net = br->dev->net;

	br->snoopers_seq = ++net->ipv6->event_seq;
	++net->ipv6->event_seq;   /* the IPv6 group's, after the IPv4 one */
}

/* br_multicast_toggle: a running bridge joins or leaves the snoopers' groups at once. */
void br_multicast_toggle(struct net_bridge *br, uint8_t val)
{
	if (!!val == !!br->mcast_snooping) {
		br->mcast_snooping = val;
		return;
	}
	br->mcast_snooping = val;
	if (!(br->dev->flags & IFF_UP))
		return;
	if (val)
		br_join_snoopers(br);
	else
		br->snoopers_seq = 0;
	/* igmp_group_added / igmp_group_dropped: 224.0.0.106's change is reported. */
	igmp_group_changed(br->dev, IGMP_ALL_SNOOPERS, !val);
	if (br->dev->ip6_ptr)
		mld_snoopers_changed(br->dev->ip6_ptr, !val);
}

/* br_dev_open: the ports may forward now; the fdb's garbage collector starts. */
static int br_dev_open(struct netdev *dev)
{
	struct net_bridge *br = netdev_bridge(dev);

	/* br_multicast_open: the snoopers' groups are joined first, before IPv4's 224.0.0.1. */
	if (br->mcast_snooping)
		br_join_snoopers(br);
	br_stp_enable_bridge(br);
	return 0;
}

static int br_dev_stop(struct netdev *dev)
{
	struct net_bridge *br = netdev_bridge(dev);

	br_stp_disable_bridge(br);
	br->snoopers_seq = 0;
	return 0;
}

/*
 * br_set_mac_address: a user's address, kept from now on whatever ports come
 * and go (dev_set_mac_address makes it NET_ADDR_SET).
 */
static int br_set_mac_address(struct netdev *dev, const uint8_t *addr)
{
	struct net_bridge *br = netdev_bridge(dev);

	if (memcmp(dev->dev_addr, addr, ETH_ALEN))
		br_stp_change_bridge_id(br, addr);
	return 0;
}

/* br_change_mtu: from a user's MTU on, the bridge's no longer follows its ports'. */
static int br_change_mtu(struct netdev *dev, int mtu)
{
	(void)mtu;
	netdev_bridge(dev)->mtu_set_by_user = true;
	return 0;
}

static int br_add_slave(struct netdev *dev, struct netdev *slave, const char **extack)
{
	return br_add_if(netdev_bridge(dev), slave, extack);
}

static int br_del_slave(struct netdev *dev, struct netdev *slave)
{
	return br_del_if(netdev_bridge(dev), slave);
}

static const struct netdev_ops br_netdev_ops = {
	.xmit = br_dev_xmit,
	.open = br_dev_open,
	.stop = br_dev_stop,
	.set_mac_address = br_set_mac_address,
	.change_mtu = br_change_mtu,
	.add_slave = br_add_slave,
	.del_slave = br_del_slave,
};

/*
 * br_get_link_ksettings: the fastest speed among the ports that are
 * running and operationally up; duplex stays unknown, the port "other".
 */
static int br_get_link_ksettings(const struct netdev *dev, struct ethtool_link_ksettings *ks)
{
	const struct net_bridge *br = netdev_bridge(dev);
	const struct vl_list *pos;

	memset(ks, 0, sizeof(*ks));
	ks->speed = SPEED_UNKNOWN;
	ks->duplex = DUPLEX_UNKNOWN;
	ks->port = PORT_OTHER;
	vl_list_for_each(pos, &br->port_list) {
		const struct netdev *pd = vl_list_entry(pos, struct net_bridge_port, list)->dev;
		struct ethtool_link_ksettings pk;

		if (!pd->running || dev_operstate(pd) != IF_OPER_UP || !pd->ethtool_ops ||
		    !pd->ethtool_ops->get_link_ksettings || pd->ethtool_ops->get_link_ksettings(pd, &pk) ||
		    pk.speed == SPEED_UNKNOWN)
			continue;
		if (ks->speed == SPEED_UNKNOWN || ks->speed < pk.speed)
			ks->speed = pk.speed;
	}
	return 0;
}

/* br_ethtool_ops: driver strings, the link and its speed; no statistics. */
static const struct ethtool_ops br_ethtool_ops = {
	.driver = "bridge",
	.version = "2.3",
	.fw_version = "N/A",
	.bus_info = "N/A",
	.get_link = ethtool_op_get_link,
	.get_link_ksettings = br_get_link_ksettings,
};

bool netif_is_bridge_master(const struct netdev *dev)
{
	return dev->netdev_ops == &br_netdev_ops;
}

struct net_bridge_port *br_port_get(const struct netdev *dev)
{
	return dev->master && netif_is_bridge_master(dev->master) ? dev->rx_handler_data : NULL;
}

/* br_dev_setup: Ethernet with a random address, any MTU up to 64K, STP off, 300 s ageing. */
void br_dev_setup(struct netdev *dev)
{
	struct net_bridge *br = netdev_bridge(dev);

	ether_setup(dev);
	dev->netdev_ops = &br_netdev_ops;
	dev->ethtool_ops = &br_ethtool_ops;
	dev->max_mtu = 65535;
	dev->tso_max_size = GSO_LEGACY_MAX_SIZE;
	dev->features |= NETIF_F_SG | NETIF_F_FRAGLIST | NETIF_F_HIGHDMA | NETIF_F_GSO_SOFTWARE |
			 NETIF_F_HW_CSUM;
	dev->hw_features = dev->features;
	br->dev = dev;
	vl_list_init(&br->port_list);
	br->priority = 0x8000;
	br->stp_enabled = BR_NO_STP;
	br->forward_delay = 15 * BR_HZ;
	br->hello_time = 2 * BR_HZ;
	br->max_age = 20 * BR_HZ;
	br->ageing_time = br->bridge_ageing_time = 300 * BR_HZ;
	br->mcast_snooping = 1;
	br_fdb_init(br);
	br_stp_timers_init(br);
}

/* The lowest address among the ports, or NULL without ports. */
static const uint8_t *br_min_port_addr(const struct net_bridge *br)
{
	const uint8_t *min = NULL;
	struct vl_list *pos;

	vl_list_for_each(pos, &br->port_list) {
		const struct net_bridge_port *p = vl_list_entry(pos, struct net_bridge_port, list);

		if (!min || memcmp(p->dev->dev_addr, min, ETH_ALEN) < 0)
			min = p->dev->dev_addr;
	}
	return min;
}

/*
 * br_stp_recalculate_bridge_id: unless the user gave it one, the bridge
 * takes its lowest port's address, and all zeros once it has no port
 * (a new bridge keeps its random address, with a zero id, until then).
 */
bool br_stp_recalculate_bridge_id(struct net_bridge *br)
{
	static const uint8_t zero[ETH_ALEN];
	const uint8_t *addr;

	if (br->dev->addr_assign_type == NET_ADDR_SET)
		return false;
	addr = br_min_port_addr(br);
	if (!addr)
		addr = zero;
	if (!memcmp(br->bridge_id_addr, addr, ETH_ALEN))
		return false;
	br_stp_change_bridge_id(br, addr);
	return true;
}

/*
 * br_stp_change_bridge_id: the bridge's id, address and own fdb entry
 * take addr, and the port states are selected again, which sets the
 * bridge's carrier from its forwarding ports (off without any).
 */
void br_stp_change_bridge_id(struct net_bridge *br, const uint8_t *addr)
{
	uint8_t old[ETH_ALEN];

	memcpy(old, br->dev->dev_addr, ETH_ALEN);
	br_fdb_change_mac_address(br, old, addr);
	memcpy(br->bridge_id_addr, addr, ETH_ALEN);
	memcpy(br->dev->dev_addr, addr, ETH_ALEN);
	br_port_state_selection(br);
}

/* br_set_gso_limits: the smallest TSO limit of the ports, 64K without ports. */
static void br_set_gso_limits(struct net_bridge *br)
{
	unsigned int tso = GSO_LEGACY_MAX_SIZE;
	bool first = true;
	struct vl_list *pos;

	vl_list_for_each(pos, &br->port_list) {
		const struct net_bridge_port *p = vl_list_entry(pos, struct net_bridge_port, list);

		if (first || p->dev->tso_max_size < tso)
			tso = p->dev->tso_max_size;
		first = false;
	}
	br->dev->tso_max_size = tso;
}

/* br_mtu_auto_adjust: the smallest port MTU, unless the user set one (and the TSO limit with it). */
void br_mtu_auto_adjust(struct net_bridge *br)
{
	struct vl_list *pos;
	int mtu = 0;
	const char *extack = NULL;

	br_set_gso_limits(br);
	if (br->mtu_set_by_user)
		return;
	/* br_mtu_min: ETH_DATA_LEN once the last port is gone. */
	if (vl_list_empty(&br->port_list))
		mtu = 1500;
	vl_list_for_each(pos, &br->port_list) {
		const struct net_bridge_port *p = vl_list_entry(pos, struct net_bridge_port, list);

		if (!mtu || p->dev->mtu < mtu)
			mtu = p->dev->mtu;
	}
	if (mtu != br->dev->mtu && !dev_set_mtu(br->dev, mtu, &extack))
		br->mtu_set_by_user = false;
}

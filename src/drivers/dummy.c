/* dummy.c: the dummy device: a device to point routes at, which swallows whatever is sent to it. */
#include <errno.h>

#include "../core/ethtool.h"
#include "../core/link.h"
#include "../core/netdev.h"
#include "../core/world.h"
#include "drivers.h"

/* dummy_xmit: counted as sent, then consumed: nothing ever comes back. */
static int dummy_xmit(struct sk_buff *skb, struct netdev *dev)
{
	dev->stats.tx_packets++;
	dev->stats.tx_bytes += skb->len;
	consume_skb(skb);
	return NET_XMIT_SUCCESS;
}

static const struct netdev_ops dummy_netdev_ops = {
	.xmit = dummy_xmit,
};

static const struct ethtool_ops dummy_ethtool_ops = {
	.get_ts_info = ethtool_op_get_ts_info,
};

/* dummy_setup: Ethernet without ARP or multicast, any MTU, a random address. */
static void dummy_setup(struct netdev *dev)
{
	ether_setup(dev);
	dev->netdev_ops = &dummy_netdev_ops;
	dev->ethtool_ops = &dummy_ethtool_ops;
	dev->flags |= IFF_NOARP;
	dev->flags &= ~IFF_MULTICAST;
	dev->features |= NETIF_F_SG | NETIF_F_FRAGLIST | NETIF_F_GSO_SOFTWARE | NETIF_F_HW_CSUM |
			 NETIF_F_HIGHDMA | NETIF_F_GSO_ENCAP_ALL;
	dev->hw_features |= dev->features;
	dev->min_mtu = 0;
	dev->max_mtu = 0;
}

/* dummy_validate: an address is six bytes of unicast, not all zero. */
static int dummy_validate(const struct link_attrs *a, const char **extack)
{
	(void)extack;
	return link_validate_ether_addr(a);
}

/* The generic newlink: a random address unless one was given, then registration. */
static int dummy_newlink(struct netdev *dev, const struct link_req *req, struct netns *peer_net,
			 const char **extack)
{
	(void)peer_net;
	(void)extack;
	if (!(req->a.mask & LA_ADDRESS))
		eth_hw_addr_random(dev);
	return register_netdevice(dev->net, dev);
}

static const struct rtnl_link_ops dummy_link_ops = {
	.kind = "dummy",
	.setup = dummy_setup,
	.validate = dummy_validate,
	.newlink = dummy_newlink,
};

int dummy_init_module(struct world *w)
{
	return rtnl_link_register(w, &dummy_link_ops);
}

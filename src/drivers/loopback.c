/* loopback.c: the lo device every namespace starts with. */
#include "../core/dropreason.h"
#include "../core/ethtool.h"
#include "../core/netdev.h"
#include "../core/netns.h"
#include "../core/world.h"
#include "../net/ethernet.h"
#include "../net/wire.h"
#include "drivers.h"

/* The link is always on (though only while lo is running); no driver info, so -i fails. */
static int loopback_get_link(const struct netdev *dev)
{
	(void)dev;
	return 1;
}

static const struct ethtool_ops loopback_ethtool_ops = {
	.get_link = loopback_get_link,
	.get_ts_info = ethtool_op_get_ts_info,
};

/* loopback_xmit, which always reports success: counted once, as both sent and received; back in through the backlog. */
static int loopback_xmit(struct sk_buff *skb, struct netdev *dev)
{
	uint32_t len;

	if (skb->len < ETH_HLEN) {
		dev->stats.tx_dropped++;
		/* Defensive: the stack always adds the header. */
		kfree_skb_reason(skb, SKB_DROP_REASON_PKT_TOO_SMALL);
		return NET_XMIT_SUCCESS;
	}
	/* eth_type_trans runs first, so lo counts bytes without the link header. */
	eth_type_trans(skb, dev);
	len = skb->len;
	/* Cannot fail: it gives back the ETH_HLEN bytes eth_type_trans just pulled. */
	(void)!skb_push(skb, ETH_HLEN);
	/* Counted only once the backlog took it, as dev_lstats_add after __netif_rx. */
	if (netif_rx(skb) != NET_RX_SUCCESS)
		return NET_XMIT_SUCCESS;
	dev->stats.tx_packets++;
	dev->stats.tx_bytes += len;
	dev->stats.rx_packets++;
	dev->stats.rx_bytes += len;	return NET_XMIT_SUCCESS;
}

static const struct netdev_ops loopback_ops = {
	.xmit = loopback_xmit,
};

static void loopback_setup(struct netdev *dev)
{
	dev->type = ARPHRD_LOOPBACK;
	dev->mtu = 65536;
	dev->min_mtu = 0;
	dev->max_mtu = 0;
	dev->tx_queue_len = 1000;
	dev->flags = IFF_LOOPBACK;
	/* Segmentation can be switched; the rest is fixed on. */
	dev->hw_features = NETIF_F_GSO_SOFTWARE;
	dev->features = NETIF_F_SG | NETIF_F_FRAGLIST | NETIF_F_GSO_SOFTWARE | NETIF_F_HW_CSUM |
			NETIF_F_RXCSUM | NETIF_F_SCTP_CRC | NETIF_F_HIGHDMA |
			NETIF_F_VLAN_CHALLENGED | NETIF_F_LOOPBACK;
	dev->ethtool_ops = &loopback_ethtool_ops;
	dev->netdev_ops = &loopback_ops;
}

/* loopback_net_init: every namespace is born with its lo, down, at ifindex 1. */
static int loopback_net_init(struct netns *net)
{
	struct netdev *dev = netdev_alloc(net->world, 0, "lo", loopback_setup);
	int err;

	dev->net = net;
	dev->name_assign_type = NET_NAME_PREDICTABLE;
	err = register_netdevice(net, dev);
	if (err) {
		netdev_free(dev);
		return err;
	}
	net->loopback_dev = dev;
	return 0;
}

static const struct pernet_operations loopback_net_ops = {
	.name = "loopback",
	.init = loopback_net_init,
};

/* A device op: lo comes after the protocols' state, as register_pernet_device orders it. */
int loopback_init(struct world *w)
{
	return register_pernet_device(w, &loopback_net_ops);
}

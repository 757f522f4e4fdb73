/* veth.c: virtual ethernet pairs, after drivers/net/veth.c. */
#include <errno.h>
#include <string.h>

#include "../core/link.h"
#include "../core/netdev.h"
#include "../core/dropreason.h"
#include "../core/netns.h"
#include "../net/ethernet.h"
#include "../net/wire.h"
#include "drivers.h"

#define VETH_NUM_QUEUES 2 /* num_possible_cpus() on the 2-core machine we match */

struct veth_priv {
	struct netdev *peer;
};

static struct veth_priv *veth_priv(const struct netdev *dev)
{
	return dev->priv;
}

struct netdev *veth_peer(const struct netdev *dev)
{
	if (dev->rtnl_link_ops != &veth_link_ops)
		return NULL;
	return veth_priv(dev)->peer;
}

/* Carrier comes on for both ends only once both are up. */
static int veth_open(struct netdev *dev)
{
	struct netdev *peer = veth_priv(dev)->peer;

	if (!peer)
		return -ENOTCONN;
	if (peer->flags & IFF_UP) {
		netif_carrier_on(dev);
		netif_carrier_on(peer);
	}
	return 0;
}

static int veth_close(struct netdev *dev)
{
	struct netdev *peer = veth_priv(dev)->peer;

	netif_carrier_off(dev);
	if (peer)
		netif_carrier_off(peer);
	return 0;
}

static int veth_get_iflink(const struct netdev *dev)
{
	struct netdev *peer = veth_priv(dev)->peer;

	return peer ? peer->ifindex : 0;
}

static struct netns *veth_get_link_net(const struct netdev *dev)
{
	struct netdev *peer = veth_priv(dev)->peer;

	return peer ? peer->net : dev->net;
}

/*
 * veth_xmit: the frame becomes the peer's received frame. Counters mirror:
 * what one end sends the other receives. A down peer, or a backlog that
 * refuses the frame, counts a tx drop here (priv->dropped); the backlog also
 * counts an rx drop on the peer.
 */
static void veth_xmit(struct sk_buff *skb, struct netdev *dev)
{
	struct netdev *peer = veth_priv(dev)->peer;
	uint32_t len = skb->len;

	if (!peer || !(peer->flags & IFF_UP) || len < ETH_HLEN) {
		dev->stats.tx_dropped++;
		kfree_skb_reason(skb, SKB_DROP_REASON_DEV_READY);
		return;
	}
	skb->local_out = 0;
	skb->rt_local = 0;
	skb->rt_iif = 0;
	eth_type_trans(skb, peer);
	/* Cannot fail: it gives back the ETH_HLEN bytes eth_type_trans just pulled. */
	(void)!skb_push(skb, ETH_HLEN);
	if (netif_rx(skb) != NET_RX_SUCCESS) {
		dev->stats.tx_dropped++;
		return;
	}
	dev->stats.tx_packets++;
	dev->stats.tx_bytes += len;
	peer->stats.rx_packets++;
	peer->stats.rx_bytes += len;
}

static const struct netdev_ops veth_netdev_ops = {
	.xmit = veth_xmit,
	.open = veth_open,
	.stop = veth_close,
	.get_iflink = veth_get_iflink,
	.get_link_net = veth_get_link_net,
};

/* ethtool -S: peer_ifindex, then per-queue XDP counters of the one real queue. */
static const char veth_stat_names[][ETH_GSTRING_LEN] = {
	"peer_ifindex",
	"rx_queue_0_xdp_packets",
	"rx_queue_0_xdp_bytes",
	"rx_queue_0_drops",
	"rx_queue_0_xdp_redirect",
	"rx_queue_0_xdp_drops",
	"rx_queue_0_xdp_tx",
	"rx_queue_0_xdp_tx_errors",
	"tx_queue_0_xdp_xmit",
	"tx_queue_0_xdp_xmit_errors",
};

#define VETH_NSTATS ((int)(sizeof(veth_stat_names) / sizeof(veth_stat_names[0])))

static int veth_get_sset_count(const struct netdev *dev)
{
	(void)dev;
	return VETH_NSTATS;
}

static void veth_get_strings(const struct netdev *dev, char (*names)[ETH_GSTRING_LEN])
{
	(void)dev;
	memcpy(names, veth_stat_names, sizeof(veth_stat_names));
}

static void veth_get_stats(const struct netdev *dev, uint64_t *values)
{
	struct netdev *peer = veth_priv(dev)->peer;

	memset(values, 0, sizeof(uint64_t) * VETH_NSTATS);
	values[0] = peer ? (uint64_t)peer->ifindex : 0;
}

static const struct ethtool_ops veth_ethtool_ops = {
	.driver = "veth",
	.version = "1.0",
	.get_sset_count = veth_get_sset_count,
	.get_strings = veth_get_strings,
	.get_stats = veth_get_stats,
};

static void veth_setup(struct netdev *dev)
{
	ether_setup(dev);
	dev->max_mtu = 65535;
	dev->netdev_ops = &veth_netdev_ops;
	dev->ethtool_ops = &veth_ethtool_ops;
	dev->rtnl_link_ops = &veth_link_ops;
	dev->num_tx_queues = dev->num_rx_queues = VETH_NUM_QUEUES;
}

static int veth_apply_req(struct netdev *dev, const struct link_req *req)
{
	if (req->mtu) {
		const char *ignored;
		/* At creation the kernel rejects a bad MTU without an extack message. */
		int err = dev_validate_mtu(dev, req->mtu, &ignored);

		if (err)
			return err;
		dev->mtu = req->mtu;
	}
	if (req->txqlen >= 0)
		dev->tx_queue_len = (unsigned int)req->txqlen;
	if (req->has_addr)
		memcpy(dev->dev_addr, req->addr, ETH_ALEN);
	else
		eth_hw_addr_random(dev);
	return 0;
}

/*
 * The peer is registered first, so it takes the lower ifindex. Without a
 * "peer" section the peer copies the device's attributes but its name.
 */
static int veth_newlink(struct netns *net, struct netdev *dev, const struct link_req *req,
			const char **extack)
{
	(void)extack;
	const struct link_req *preq = req->has_peer ? req->peer : req;
	struct netns *pnet = (req->has_peer && preq->net) ? preq->net : net;
	const char *pname = (req->has_peer && preq->name) ? preq->name : "veth%d";
	struct netdev *peer;
	int err;

	peer = netdev_alloc(sizeof(struct veth_priv), pname, veth_setup);
	peer->net = pnet;
	err = veth_apply_req(peer, preq);
	if (!err)
		err = register_netdevice(pnet, peer);
	if (err) {
		netdev_free(peer);
		return err;
	}
	netif_carrier_off(peer);

	dev->net = dev->net ? dev->net : net;
	err = veth_apply_req(dev, req);
	if (!err)
		err = register_netdevice(dev->net, dev);
	if (err) {
		unregister_netdevice(peer);
		return err;
	}
	netif_carrier_off(dev);
	veth_priv(dev)->peer = peer;
	veth_priv(peer)->peer = dev;
	return 0;
}

/* Either end going takes the other with it. */
static void veth_dellink(struct netdev *dev)
{
	struct netdev *peer = veth_priv(dev)->peer;

	if (peer) {
		veth_priv(peer)->peer = NULL;
		veth_priv(dev)->peer = NULL;
		unregister_netdevice(peer);
	}
	unregister_netdevice(dev);
}

const struct link_ops veth_link_ops = {
	.kind = "veth",
	.priv_size = sizeof(struct veth_priv),
	.setup = veth_setup,
	.newlink = veth_newlink,
	.dellink = veth_dellink,
};

/* veth.c: virtual ethernet pairs, after drivers/net/veth.c. */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "../core/ethtool.h"
#include "../core/link.h"
#include "../core/netdev.h"
#include "../core/dropreason.h"
#include "../core/netns.h"
#include "../core/world.h"
#include "../net/ethernet.h"
#include "../net/wire.h"
#include "../uapi/veth.h"
#include "drivers.h"

static const struct rtnl_link_ops veth_link_ops;

#define VLAN_HLEN 4   /* is_skb_forwardable leaves room for one VLAN tag */

#define VETH_NUM_QUEUES 2 /* num_possible_cpus() on the 2-core machine we match */

/*
 * A receive queue's counters (veth_rq_stats). Frames reach a queue's NAPI
 * ring, and are counted here, only when GRO is on (see veth_xmit); XDP is not
 * emulated, so every counter but xdp_packets and xdp_bytes stays 0.
 */
struct veth_rq_stats {
	uint64_t xdp_packets, xdp_bytes, rx_drops, xdp_redirect, xdp_drops, xdp_tx, xdp_tx_err;
};

struct veth_priv {
	struct netdev *peer;
	struct veth_rq_stats rq[VETH_NUM_QUEUES];  /* one per num_rx_queues, kept across -L */
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
 * veth_skb_is_eligible_for_gro: a sender without TSO, or a frame a local
 * socket sent (skb->destructor == sock_wfree: every IP packet this host
 * builds, ping's and the kernel's ICMP, ND and MLD ones; not ARP, not a
 * forwarded frame) towards a peer that aggregates UDP.
 */
static bool veth_skb_is_eligible_for_gro(const struct netdev *dev, const struct netdev *rcv,
					 const struct sk_buff *skb)
{
	/* The frame still has its Ethernet header (veth_xmit checked its length). */
	uint16_t ethertype = (uint16_t)(skb->data[12] << 8 | skb->data[13]);

	return !(dev->features & NETIF_F_ALL_TSO) ||
	       (skb->local_out && ethertype != ETH_P_ARP &&
		(rcv->features & (NETIF_F_GRO_FRAGLIST | NETIF_F_GRO_UDP_FWD)));
}

/*
 * Whether the frame goes through the peer's NAPI ring: its rings exist while
 * it is up with GRO on (veth_napi_enable at open or when -K turns GRO on).
 * The frame is delivered the same way either way; what differs is that the
 * ring counts it in the queue's rx_queue_0_xdp_packets and _xdp_bytes (the
 * sender picks queue 0: Linux picks by a random per-socket hash, so queue 0
 * is one of its outcomes). ip -s link totals are the same either way.
 */
static bool veth_use_napi(const struct netdev *dev, const struct netdev *rcv,
			  const struct sk_buff *skb)
{
	return (rcv->flags & IFF_UP) && (rcv->features & NETIF_F_GRO) &&
	       veth_skb_is_eligible_for_gro(dev, rcv, skb);
}

/*
 * veth_xmit: the frame becomes the peer's received frame. Counters mirror:
 * what one end sends the other receives. A down peer, a frame longer than
 * the peer's MTU takes (is_skb_forwardable: its MTU plus the Ethernet and a
 * VLAN header), or a backlog that refuses the frame, counts a tx drop here
 * (priv->dropped) and answers NET_XMIT_DROP, which the sender sees as
 * ENOBUFS; the backlog also counts an rx drop on the peer.
 */
static int veth_xmit(struct sk_buff *skb, struct netdev *dev)
{
	struct netdev *peer = veth_priv(dev)->peer;
	uint32_t len = skb->len;
	bool use_napi;

	if (!peer || !(peer->flags & IFF_UP) || len < ETH_HLEN) {
		dev->stats.tx_dropped++;
		/* __dev_forward_skb2: a peer that is down counts it dropped too. */
		if (peer && len >= ETH_HLEN)
			peer->stats.rx_dropped++;
		/* veth_xmit, __dev_forward_skb2: plain kfree_skb. */
		kfree_skb_reason(skb, SKB_DROP_REASON_NOT_SPECIFIED);
		return NET_XMIT_DROP;
	}
	if (len > (uint32_t)peer->mtu + ETH_HLEN + VLAN_HLEN) {
		/* __dev_forward_skb2 counts it on the peer too. */
		dev->stats.tx_dropped++;
		peer->stats.rx_dropped++;
		/* __dev_forward_skb2: plain kfree_skb. */
		kfree_skb_reason(skb, SKB_DROP_REASON_NOT_SPECIFIED);
		return NET_XMIT_DROP;
	}
	use_napi = veth_use_napi(dev, peer, skb);
	skb->local_out = 0;
	skb->rt_local = 0;
	skb->rt_bcast = 0;
	skb->rt_iif = 0;
	eth_type_trans(skb, peer);
	/* Cannot fail: it gives back the ETH_HLEN bytes eth_type_trans just pulled. */
	(void)!skb_push(skb, ETH_HLEN);
	if (netif_rx(skb) != NET_RX_SUCCESS) {
		dev->stats.tx_dropped++;
		return NET_XMIT_DROP;
	}
	/*
	 * A frame through the ring is counted by the ring alone (veth_get_stats64
	 * adds the peer's ring to both ends' totals), after eth_type_trans: its
	 * bytes leave the Ethernet header out.
	 */
	if (use_napi) {
		len -= ETH_HLEN;
		veth_priv(peer)->rq[0].xdp_packets++;
		veth_priv(peer)->rq[0].xdp_bytes += len;
	}
	dev->stats.tx_packets++;
	dev->stats.tx_bytes += len;
	peer->stats.rx_packets++;
	peer->stats.rx_bytes += len;
	return NET_XMIT_SUCCESS;
}

static const struct netdev_ops veth_netdev_ops = {
	.xmit = veth_xmit,
	.open = veth_open,
	.stop = veth_close,
	.get_iflink = veth_get_iflink,
	.get_link_net = veth_get_link_net,
};

/* ethtool -S: peer_ifindex, then each receive queue's counters, then each transmit queue's. */
static const char veth_rq_stat_names[][ETH_GSTRING_LEN] = {
	"xdp_packets", "xdp_bytes", "drops", "xdp_redirect", "xdp_drops", "xdp_tx", "xdp_tx_errors",
};
static const char veth_tq_stat_names[][ETH_GSTRING_LEN] = { "xdp_xmit", "xdp_xmit_errors" };

#define VETH_RQ_STATS_LEN 7
#define VETH_TQ_STATS_LEN 2

static int veth_get_sset_count(const struct netdev *dev)
{
	return 1 + VETH_RQ_STATS_LEN * (int)dev->real_num_rx_queues +
	       VETH_TQ_STATS_LEN * (int)dev->real_num_tx_queues;
}

/* ethtool_sprintf: "<dir>_queue_<i>_<stat>", cut to ETH_GSTRING_LEN as the kernel cuts it. */
static void veth_queue_string(char *dst, const char *dir, unsigned int i, const char *stat)
{
	char buf[2 * ETH_GSTRING_LEN + 16];
	size_t n = (size_t)snprintf(buf, sizeof(buf), "%s_queue_%u_%s", dir, i, stat);

	if (n >= ETH_GSTRING_LEN)
		n = ETH_GSTRING_LEN - 1;
	memcpy(dst, buf, n);
	dst[n] = '\0';
}

static void veth_get_strings(const struct netdev *dev, char (*names)[ETH_GSTRING_LEN])
{
	int n = 0;

	snprintf(names[n++], ETH_GSTRING_LEN, "peer_ifindex");
	for (unsigned int i = 0; i < dev->real_num_rx_queues; i++)
		for (int j = 0; j < VETH_RQ_STATS_LEN; j++)
			veth_queue_string(names[n++], "rx", i, veth_rq_stat_names[j]);
	for (unsigned int i = 0; i < dev->real_num_tx_queues; i++)
		for (int j = 0; j < VETH_TQ_STATS_LEN; j++)
			veth_queue_string(names[n++], "tx", i, veth_tq_stat_names[j]);
}

/*
 * The transmit queue counters sum the peer's XDP_REDIRECT traffic
 * (peer_tq_xdp_xmit): always 0 without XDP.
 */
static void veth_get_stats(const struct netdev *dev, uint64_t *values)
{
	const struct veth_priv *priv = veth_priv(dev);
	int n = 0;

	memset(values, 0, sizeof(uint64_t) * (size_t)veth_get_sset_count(dev));
	values[n++] = priv->peer ? (uint64_t)priv->peer->ifindex : 0;
	for (unsigned int i = 0; i < dev->real_num_rx_queues; i++) {
		/* Frames only ever reach queue 0: the queues beyond rq[] (numrxqueues 3 and up) count nothing. */
		static const struct veth_rq_stats none;
		const struct veth_rq_stats *rq = i < VETH_NUM_QUEUES ? &priv->rq[i] : &none;
		const uint64_t v[VETH_RQ_STATS_LEN] = { rq->xdp_packets, rq->xdp_bytes, rq->rx_drops,
							rq->xdp_redirect, rq->xdp_drops, rq->xdp_tx,
							rq->xdp_tx_err };

		memcpy(&values[n], v, sizeof(v));
		n += VETH_RQ_STATS_LEN;
	}
}

/* A fixed 10G full-duplex link on twisted pair, with no link modes. */
static int veth_get_link_ksettings(const struct netdev *dev, struct ethtool_link_ksettings *ks)
{
	(void)dev;
	memset(ks, 0, sizeof(*ks));
	ks->speed = 10000;
	ks->duplex = DUPLEX_FULL;
	ks->port = PORT_TP;
	ks->autoneg = AUTONEG_DISABLE;
	ks->transceiver = XCVR_INTERNAL;
	ks->eth_tp_mdix = ETH_TP_MDI_INVALID;
	return 0;
}

static void veth_get_channels(const struct netdev *dev, struct ethtool_channels *ch)
{
	memset(ch, 0, sizeof(*ch));
	ch->tx_count = dev->real_num_tx_queues;
	ch->rx_count = dev->real_num_rx_queues;
	ch->max_tx = dev->num_tx_queues;
	ch->max_rx = dev->num_rx_queues;
}

/*
 * veth_set_channels (after ethnl_set_channels checked the bounds): a running
 * device takes its carrier, and its peer's, off and back on around the
 * change, whatever state the peer is in; so a peer that is down ends up with
 * carrier, and both carrier counters move.
 */
static int veth_set_channels(struct netdev *dev, const struct ethtool_channels *ch)
{
	struct netdev *peer = veth_priv(dev)->peer;
	bool running = dev->flags & IFF_UP;

	if (!ch->rx_count || !ch->tx_count)
		return -EINVAL;
	if (running) {
		netif_carrier_off(dev);
		if (peer)
			netif_carrier_off(peer);
	}
	dev->real_num_rx_queues = ch->rx_count;
	dev->real_num_tx_queues = ch->tx_count;
	if (running) {
		netif_carrier_on(dev);
		if (peer)
			netif_carrier_on(peer);
	}
	return 0;
}

static const struct ethtool_ops veth_ethtool_ops = {
	.driver = "veth",
	.version = "1.0",
	.get_sset_count = veth_get_sset_count,
	.get_strings = veth_get_strings,
	.get_stats = veth_get_stats,
	.get_link = ethtool_op_get_link,
	.get_link_ksettings = veth_get_link_ksettings,
	.get_ts_info = ethtool_op_get_ts_info,
	.get_channels = veth_get_channels,
	.set_channels = veth_set_channels,
};

#define VETH_FEATURES (NETIF_F_SG | NETIF_F_FRAGLIST | NETIF_F_HW_CSUM | NETIF_F_RXCSUM | \
		       NETIF_F_SCTP_CRC | NETIF_F_HIGHDMA | NETIF_F_GSO_SOFTWARE | \
		       NETIF_F_GSO_ENCAP_ALL | NETIF_F_HW_VLAN_CTAG_TX | NETIF_F_HW_VLAN_CTAG_RX | \
		       NETIF_F_HW_VLAN_STAG_TX | NETIF_F_HW_VLAN_STAG_RX)

/* GRO starts off on both ends, "to be consistent with the established veth behavior". */
static void veth_disable_gro(struct netdev *dev)
{
	dev->features &= ~NETIF_F_GRO;
	dev->wanted_features &= ~NETIF_F_GRO;
	(void)netdev_update_features(dev);
}

static void veth_setup(struct netdev *dev)
{
	ether_setup(dev);
	dev->max_mtu = 65535;
	dev->netdev_ops = &veth_netdev_ops;
	dev->ethtool_ops = &veth_ethtool_ops;
	dev->num_tx_queues = dev->num_rx_queues = VETH_NUM_QUEUES;
	dev->features = dev->hw_features = VETH_FEATURES;
}

/* is_valid_veth_mtu: ETH_MIN_MTU..ETH_MAX_MTU, compared unsigned as the attribute is. */
static bool veth_mtu_ok(int mtu)
{
	return (unsigned int)mtu >= 68 && (unsigned int)mtu <= 65535;
}

/*
 * veth_validate, for the device and for its peer: an address is six bytes
 * of unicast, the MTU in veth's range. No extack: the kernel sets none.
 */
static int veth_validate(const struct link_attrs *a, const char **extack)
{
	int err = link_validate_ether_addr(a);

	(void)extack;
	if (err)
		return err;
	if ((a->mask & LA_MTU) && !veth_mtu_ok(a->mtu))
		return -EINVAL;
	return 0;
}

/* VETH_INFO_PEER, when the request carried one. */
static const struct link_attrs *veth_peer_attrs(const void *data)
{
	const struct veth_info *info = data;

	return info && info->has_peer ? &info->peer : NULL;
}

/*
 * The peer is created and registered first, so it takes the lower ifindex.
 * Without a "peer" section it has the device's creation attributes, but
 * a random address, no flags and the next free index; with one, its index
 * is honoured only when the device asked for one too.
 */
static int veth_create_peer(struct netdev *dev, const struct link_req *req, struct netns *pnet,
			    struct netdev **out, const char **extack)
{
	const struct link_attrs *tbp = veth_peer_attrs(req->data);
	bool has_peer = tbp != NULL;
	const char *pname = (has_peer && (tbp->mask & LA_NAME)) ? tbp->name : NULL;
	struct netdev *peer;
	int err;

	if (!has_peer)
		tbp = &req->a;
	if (has_peer && (tbp->mask & LA_ADDR_GEN_MODE))
		return -EAFNOSUPPORT;
	err = link_create_dev(pnet, pname, &veth_link_ops, tbp, &peer, extack);
	if (err)
		return err;
	if (!has_peer || !(tbp->mask & LA_ADDRESS))
		eth_hw_addr_random(peer);
	if (has_peer && dev->ifindex)
		peer->ifindex = tbp->ifi_index;
	err = register_netdevice(pnet, peer);
	if (err) {
		netdev_free(peer);
		return err;
	}
	veth_disable_gro(peer);
	netif_carrier_off(peer);
	/* The peer's flags come while it is still untied: up fails with -ENOTCONN. */
	err = has_peer ? link_configure(peer, tbp) : 0;
	if (err) {
		unregister_netdevice(peer);
		return err;
	}
	*out = peer;
	return 0;
}

static int veth_newlink(struct netdev *dev, const struct link_req *req, struct netns *peer_net,
			const char **extack)
{
	struct netdev *peer;
	int err = veth_create_peer(dev, req, peer_net, &peer, extack);

	if (err)
		return err;
	if (!(req->a.mask & LA_ADDRESS))
		eth_hw_addr_random(dev);
	err = register_netdevice(dev->net, dev);
	if (err) {
		unregister_netdevice(peer);
		return err;
	}
	netif_carrier_off(dev);
	veth_priv(dev)->peer = peer;
	veth_priv(peer)->peer = dev;
	veth_disable_gro(dev);
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

static const struct rtnl_link_ops veth_link_ops = {
	.kind = "veth",
	.priv_size = sizeof(struct veth_priv),
	.setup = veth_setup,
	.validate = veth_validate,
	.peer_attrs = veth_peer_attrs,
	.newlink = veth_newlink,
	.dellink = veth_dellink,
};

/* veth_init: the "veth" kind. */
int veth_init(struct world *w)
{
	return rtnl_link_register(w, &veth_link_ops);
}

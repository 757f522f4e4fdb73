/* link.c: creating a device from a link request and applying its flags (rtnl_create_link). */
#include "link.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "netdev.h"
#include "netns.h"

#define MAX_QUEUES 4096   /* rtnl_create_link's limit on either queue count */

/* The GSO and GRO sizes a request may ask of dev (validate_linkmsg): within its TSO limits. */
int link_check_gso(const struct link_attrs *a, const struct netdev *dev, const char **extack)
{
	if ((a->mask & LA_GSO_MAX_SIZE) && a->gso_max_size > dev->tso_max_size) {
		*extack = "too big gso_max_size";
		return -EINVAL;
	}
	if ((a->mask & LA_GSO_MAX_SEGS) && a->gso_max_segs > dev->tso_max_segs) {
		*extack = "too big gso_max_segs";
		return -EINVAL;
	}
	if ((a->mask & LA_GRO_MAX_SIZE) && a->gro_max_size > GSO_MAX_SIZE) {
		*extack = "too big gro_max_size";
		return -EINVAL;
	}
	return 0;
}

/* The limits rtnl_create_link checks before it allocates anything. */
static int link_check_create(const struct link_attrs *a, const struct netdev *dflt,
			     const char **extack)
{
	uint32_t tx = (a->mask & LA_NUM_TX_QUEUES) ? a->num_tx_queues : dflt->num_tx_queues;
	uint32_t rx = (a->mask & LA_NUM_RX_QUEUES) ? a->num_rx_queues : dflt->num_rx_queues;

	if (tx < 1 || tx > MAX_QUEUES) {
		*extack = "Invalid number of transmit queues";
		return -EINVAL;
	}
	if (rx < 1 || rx > MAX_QUEUES) {
		*extack = "Invalid number of receive queues";
		return -EINVAL;
	}
	if (link_check_gso(a, dflt, extack))
		return -EINVAL;
	if ((a->mask & LA_BROADCAST) && a->brd_len < ETH_ALEN)
		return -EINVAL;
	return 0;
}

/* What rtnl_create_link copies from the request (no flags, no alias: those come later or never). */
static void link_apply_create(struct netdev *dev, const struct link_attrs *a)
{
	/* alloc_netdev_mqs: all of the queues asked for are in use (veth_init_queues keeps them). */
	if (a->mask & LA_NUM_TX_QUEUES)
		dev->num_tx_queues = dev->real_num_tx_queues = a->num_tx_queues;
	if (a->mask & LA_NUM_RX_QUEUES)
		dev->num_rx_queues = dev->real_num_rx_queues = a->num_rx_queues;
	if (a->mask & LA_MTU)
		dev->mtu = a->mtu;
	if (a->mask & LA_ADDRESS) {
		memcpy(dev->dev_addr, a->addr, ETH_ALEN);
		dev->addr_assign_type = NET_ADDR_SET;
	}
	if (a->mask & LA_BROADCAST)
		memcpy(dev->broadcast, a->brd, ETH_ALEN);
	if (a->mask & LA_TXQLEN)
		dev->tx_queue_len = a->txqlen;
	if (a->mask & LA_OPERSTATE)
		dev_set_operstate(dev, (enum if_oper)a->operstate);
	if (a->mask & LA_LINKMODE)
		dev->link_mode = a->link_mode;
	if (a->mask & LA_GROUP)
		dev->group = a->group;
	if (a->mask & LA_GSO_MAX_SIZE)
		dev->gso_max_size = a->gso_max_size;
	if (a->mask & LA_GSO_MAX_SEGS)
		dev->gso_max_segs = a->gso_max_segs;
	if (a->mask & LA_GRO_MAX_SIZE)
		dev->gro_max_size = a->gro_max_size;
}

int link_create_dev(struct netns *net, const char *name, const struct rtnl_link_ops *ops,
		    const struct link_attrs *a, struct netdev **out, const char **extack)
{
	char pattern[IFNAMSIZ + 2];
	struct netdev *dev;
	int err;

	snprintf(pattern, sizeof(pattern), "%s%%d", ops->kind);
	dev = netdev_alloc(net->world, ops->priv_size, name ? name : pattern, ops->setup);
	err = link_check_create(a, dev, extack);
	if (err) {
		netdev_free(dev);
		return err;
	}
	dev->net = net;
	dev->rtnl_link_ops = ops;
	/* A name from the user, or the kind's "KIND%d" (veth's peer: "veth%d"). */
	dev->name_assign_type = name ? NET_NAME_USER : NET_NAME_ENUM;
	link_apply_create(dev, a);
	*out = dev;
	return 0;
}

int link_validate_ether_addr(const struct link_attrs *a)
{
	const uint8_t *m = a->addr;

	if (!(a->mask & LA_ADDRESS))
		return 0;
	if (a->addr_len != ETH_ALEN)
		return -EINVAL;
	if ((m[0] & 1) || !(m[0] | m[1] | m[2] | m[3] | m[4] | m[5]))
		return -EADDRNOTAVAIL;
	return 0;
}

unsigned int link_combine_flags(const struct netdev *dev, const struct link_attrs *a)
{
	if (!a->ifi_change)
		return a->ifi_flags;
	return (a->ifi_flags & a->ifi_change) | (dev_user_flags(dev) & ~a->ifi_change);
}

int link_configure(struct netdev *dev, const struct link_attrs *a)
{
	if (!a->ifi_flags && !a->ifi_change)
		return 0;
	return dev_change_flags(dev, link_combine_flags(dev, a));
}

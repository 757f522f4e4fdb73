/* ethtool_common.c: the generic ethtool_ops helpers drivers share (ethtool_op_*). */
#include "ethtool.h"

#include "netdev.h"

int ethtool_op_get_link(const struct netdev *dev)
{
	return dev->carrier;
}

int ethtool_op_get_ts_info(const struct netdev *dev, struct ethtool_ts_info *info)
{
	(void)dev;
	info->so_timestamping = SOF_TIMESTAMPING_TX_SOFTWARE | SOF_TIMESTAMPING_RX_SOFTWARE |
				SOF_TIMESTAMPING_SOFTWARE;
	info->phc_index = -1;
	info->tx_types = 0;
	info->rx_filters = 0;
	return 0;
}

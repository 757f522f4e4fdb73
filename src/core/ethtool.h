/* ethtool.h: what drivers report through ethtool_ops, as include/linux/ethtool.h defines it. */
#ifndef VL_ETHTOOL_H
#define VL_ETHTOOL_H

#include <stdint.h>

struct netdev;

/* ETHTOOL_GCHANNELS / ETHTOOL_SCHANNELS. */
struct ethtool_channels {
	uint32_t max_rx, max_tx, max_other, max_combined;
	uint32_t rx_count, tx_count, other_count, combined_count;
};

enum { DUPLEX_HALF = 0x00, DUPLEX_FULL = 0x01, DUPLEX_UNKNOWN = 0xff };
enum { PORT_TP = 0x00, PORT_OTHER = 0xff };
enum { XCVR_INTERNAL = 0x00 };
enum { AUTONEG_DISABLE = 0x00, AUTONEG_ENABLE = 0x01 };
enum { ETH_TP_MDI_INVALID = 0x00 };
#define SPEED_UNKNOWN (-1)

/*
 * The base of struct ethtool_link_ksettings. The link mode masks are left
 * out: no emulated device reports any (veth's are empty, lo has none).
 */
struct ethtool_link_ksettings {
	int speed;
	uint8_t duplex, port, phy_address, autoneg, transceiver, eth_tp_mdix, eth_tp_mdix_ctrl;
};

/* SOF_TIMESTAMPING_* capability bits, named by the ETH_SS_SOF_TIMESTAMPING strings. */
enum {
	SOF_TIMESTAMPING_TX_SOFTWARE = 1 << 1,
	SOF_TIMESTAMPING_RX_SOFTWARE = 1 << 3,
	SOF_TIMESTAMPING_SOFTWARE = 1 << 4,
};

/* kernel_ethtool_ts_info: what ETHTOOL_MSG_TSINFO_GET reports. */
struct ethtool_ts_info {
	uint32_t so_timestamping;
	int phc_index;          /* -1: no PTP hardware clock */
	uint32_t tx_types, rx_filters;
};

/* ethtool_op_get_link: the carrier. */
int ethtool_op_get_link(const struct netdev *dev);
/* ethtool_op_get_ts_info: software time stamps only, no PHC. */
int ethtool_op_get_ts_info(const struct netdev *dev, struct ethtool_ts_info *info);

#endif

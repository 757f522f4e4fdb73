/*
 * ethnl.h: the control API the ethtool tool uses, our ethtool netlink (and the
 * few ETHTOOL_* ioctls ethtool 6.1 still issues). Devices are named as in the
 * requests' headers; every call returns 0 or a negative errno (-ENODEV when
 * no device has the name, -EOPNOTSUPP when the driver lacks the operation),
 * and *extack, when set, is the kernel's extended-ack text.
 */
#ifndef VL_ETHNL_H
#define VL_ETHNL_H

#include <stdbool.h>
#include <stdint.h>

#include "../core/alloc.h"
#include "../core/netdev.h"

struct netns;

/* ETHTOOL_GDRVINFO: the driver's name and version. */
/* ETHTOOL_GDRVINFO: the driver's strings, and whether it has statistics (-S). */
struct ethnl_drvinfo {
	const char *driver, *version, *fw_version, *bus_info;
	bool n_stats;
};
VL_MUST_CHECK int ethnl_drvinfo(struct netns *net, const char *dev, struct ethnl_drvinfo *out);
/* ETHTOOL_GSTATS: fills up to max names and values; returns the count. */
VL_MUST_CHECK int ethnl_stats(struct netns *net, const char *dev, char (*names)[ETH_GSTRING_LEN],
			      uint64_t *values, int max);

/* ETHTOOL_MSG_LINKINFO_GET and _LINKMODES_GET, for a device without link modes. */
struct ethnl_linkinfo {
	int speed;            /* Mb/s, -1 unknown */
	uint8_t duplex;       /* DUPLEX_HALF 0, DUPLEX_FULL 1, 0xff unknown */
	uint8_t port, phyaddr, autoneg, transceiver, mdix;
};
VL_MUST_CHECK int ethnl_linkinfo(struct netns *net, const char *dev, struct ethnl_linkinfo *out);
/* ETHTOOL_MSG_LINKSTATE_GET: link detected (running and the driver's get_link). */
VL_MUST_CHECK int ethnl_linkstate(struct netns *net, const char *dev, bool *link);
/*
 * The name a reply's header gives the device: its own, whichever of its
 * names (an altname too) the request gave; name itself when none matches.
 */
const char *ethnl_reply_name(struct netns *net, const char *name);

/* ETHTOOL_MSG_FEATURES_GET: one bit per NETIF_F_* index, ETH_SS_FEATURES names them. */
struct ethnl_features {
	uint64_t hw, wanted, active, nochange;
};
/* The ETH_SS_FEATURES string set: its size and each name ("" for an unused bit). */
int ethnl_feature_count(void);
const char *ethnl_feature_name(int idx);
VL_MUST_CHECK int ethnl_features(struct netns *net, const char *dev, struct ethnl_features *out);

/* One ETHTOOL_A_BITSET_BIT of a FEATURES_SET request, in the request's order. */
struct ethnl_feature_bit {
	const char *name;
	bool on;
};
/* The FEATURES_SET reply: requested bits that did not come out as asked, and bits that changed. */
struct ethnl_features_diff {
	uint64_t wanted_val, wanted_mask, active_val, active_mask;
};
/*
 * ETHTOOL_MSG_FEATURES_SET (ethnl_set_features): applies the bits at once,
 * or nothing. An unknown name fails with -EOPNOTSUPP and *bad_bit its index
 * in bits; a feature nobody may change, with -EINVAL.
 */
VL_MUST_CHECK int ethnl_features_set(struct netns *net, const char *dev,
				     const struct ethnl_feature_bit *bits, int n,
				     struct ethnl_features_diff *diff, const char **extack,
				     int *bad_bit);

/* ETHTOOL_MSG_CHANNELS_GET / _SET: counts 0 under a maximum of 0 are not reported. */
enum { ETHNL_CH_RX, ETHNL_CH_TX, ETHNL_CH_OTHER, ETHNL_CH_COMBINED, ETHNL_CH_N };
struct ethnl_channels {
	uint32_t max[ETHNL_CH_N], count[ETHNL_CH_N];
};
VL_MUST_CHECK int ethnl_channels(struct netns *net, const char *dev, struct ethnl_channels *out);
/*
 * ethnl_set_channels: set[i] says whether count[i] was given. A refusal names
 * the attribute it is about in *bad_attr (an ETHNL_CH_* index).
 */
VL_MUST_CHECK int ethnl_channels_set(struct netns *net, const char *dev, const bool *set,
				     const uint32_t *count, const char **extack, int *bad_attr);

/* ETHTOOL_MSG_TSINFO_GET. */
struct ethnl_tsinfo {
	uint32_t so_timestamping;  /* SOF_TIMESTAMPING_* bits */
	int phc_index;             /* -1: none */
	uint32_t tx_types, rx_filters;
};
VL_MUST_CHECK int ethnl_tsinfo(struct netns *net, const char *dev, struct ethnl_tsinfo *out);

/* IFLA_PERM_ADDRESS (RTM_GETLINK): *len 0 when the device has none. */
VL_MUST_CHECK int ethnl_permaddr(struct netns *net, const char *dev, uint8_t *addr, int *len);

/*
 * The operations no emulated driver implements: ring, pause and coalescing
 * parameters, link settings changes, autonegotiation restart, identify.
 * -ENODEV or -EOPNOTSUPP, as the kernel answers for veth and lo.
 */
VL_MUST_CHECK int ethnl_unsupported(struct netns *net, const char *dev);

#endif

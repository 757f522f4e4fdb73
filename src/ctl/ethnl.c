/* ethnl.c: ethtool requests over the core's devices, as net/ethtool/ validates and answers them. */
#include "ethnl.h"

#include <errno.h>
#include <string.h>

#include "../core/ethtool.h"
#include "../core/netdev_features.h"
#include "../core/netns.h"

/* The device a request names (its header), or NULL with -ENODEV. */
static struct netdev *ethnl_dev(struct netns *net, const char *name, int *err)
{
	struct netdev *dev = netdev_get_by_name(net, name);

	*err = dev ? 0 : -ENODEV;
	return dev;
}

const char *ethnl_reply_name(struct netns *net, const char *name)
{
	const struct netdev *dev = netdev_get_by_name(net, name);

	return dev ? dev->name : name;
}

int ethnl_drvinfo(struct netns *net, const char *name, struct ethnl_drvinfo *out)
{
	int err;
	struct netdev *dev = ethnl_dev(net, name, &err);
	const struct ethtool_ops *ops;

	if (!dev)
		return err;
	ops = dev->ethtool_ops;
	if (!ops || !ops->driver)
		return -EOPNOTSUPP;
	*out = (struct ethnl_drvinfo){ .driver = ops->driver, .version = ops->version,
				       .fw_version = ops->fw_version ? ops->fw_version : "",
				       .bus_info = ops->bus_info ? ops->bus_info : "",
				       .n_stats = ops->get_sset_count != NULL };
	return 0;
}

int ethnl_stats(struct netns *net, const char *name, char (*names)[ETH_GSTRING_LEN],
		uint64_t *values, int max)
{
	int err, n;
	struct netdev *dev = ethnl_dev(net, name, &err);

	if (!dev)
		return err;
	if (!dev->ethtool_ops || !dev->ethtool_ops->get_sset_count)
		return -EOPNOTSUPP;
	n = dev->ethtool_ops->get_sset_count(dev);
	if (n > max)
		return -ENOSPC;
	dev->ethtool_ops->get_strings(dev, names);
	dev->ethtool_ops->get_stats(dev, values);
	return n;
}

int ethnl_linkinfo(struct netns *net, const char *name, struct ethnl_linkinfo *out)
{
	struct ethtool_link_ksettings ks;
	int err;
	struct netdev *dev = ethnl_dev(net, name, &err);

	if (!dev)
		return err;
	if (!dev->ethtool_ops || !dev->ethtool_ops->get_link_ksettings)
		return -EOPNOTSUPP;
	err = dev->ethtool_ops->get_link_ksettings(dev, &ks);
	if (err)
		return err;
	*out = (struct ethnl_linkinfo){ .speed = ks.speed, .duplex = ks.duplex, .port = ks.port,
					.phyaddr = ks.phy_address, .autoneg = ks.autoneg,
					.transceiver = ks.transceiver, .mdix = ks.eth_tp_mdix };
	return 0;
}

/* __ethtool_get_link: a device that is not running has no link, whatever its driver says. */
int ethnl_linkstate(struct netns *net, const char *name, bool *link)
{
	int err;
	struct netdev *dev = ethnl_dev(net, name, &err);

	if (!dev)
		return err;
	if (!dev->ethtool_ops || !dev->ethtool_ops->get_link)
		return -EOPNOTSUPP;
	/* ethtool_op_get_link: the carrier as linkwatch has it, synced first. */
	linkwatch_sync_dev(dev);
	*link = (dev->flags & IFF_UP) && dev->ethtool_ops->get_link(dev);
	return 0;
}

int ethnl_feature_count(void)
{
	return NETDEV_FEATURE_COUNT;
}

const char *ethnl_feature_name(int idx)
{
	return netdev_features_strings[idx];
}

int ethnl_features(struct netns *net, const char *name, struct ethnl_features *out)
{
	int err;
	struct netdev *dev = ethnl_dev(net, name, &err);

	if (!dev)
		return err;
	out->hw = dev->hw_features;
	out->wanted = dev->wanted_features;
	out->active = dev->features;
	out->nochange = NETIF_F_NEVER_CHANGE;
	return 0;
}

/* ethnl_parse_bitset over names: the requested values and which bits were named (first match of a name). */
static int features_parse(const struct ethnl_feature_bit *bits, int n, uint64_t *val,
			  uint64_t *mask, int *bad_bit)
{
	*val = *mask = 0;
	for (int i = 0; i < n; i++) {
		int idx = 0;

		while (idx < NETDEV_FEATURE_COUNT && strcmp(bits[i].name, netdev_features_strings[idx]))
			idx++;
		if (idx == NETDEV_FEATURE_COUNT) {
			*bad_bit = i;
			return -EOPNOTSUPP;
		}
		/* a bit named twice is on if either names it on: values are only ever set */
		*mask |= (uint64_t)1 << idx;
		if (bits[i].on)
			*val |= (uint64_t)1 << idx;
	}
	return 0;
}

/*
 * ethnl_set_features: bits not named keep their wanted value; the device then
 * recomputes what is active (netdev_update_features). The reply lists the
 * named bits that did not end as asked and every bit that changed.
 */
int ethnl_features_set(struct netns *net, const char *name, const struct ethnl_feature_bit *bits,
		       int n, struct ethnl_features_diff *diff, const char **extack, int *bad_bit)
{
	uint64_t req_val, req_mask, req_wanted, old_active;
	int err;
	struct netdev *dev = ethnl_dev(net, name, &err);

	*extack = NULL;
	if (!dev) {
		*extack = "no device matches name";
		return err;
	}
	err = features_parse(bits, n, &req_val, &req_mask, bad_bit);
	if (err) {
		*extack = "bit name not found";
		return err;
	}
	if (req_mask & ~NETIF_F_ETHTOOL_BITS) {
		*extack = "attempt to change non-ethtool features";
		return -EINVAL;
	}
	old_active = dev->features;
	req_wanted = (req_val & req_mask) | (dev->wanted_features & ~req_mask);
	if (req_wanted != dev->wanted_features) {
		dev->wanted_features &= ~dev->hw_features;
		dev->wanted_features |= req_wanted & dev->hw_features;
		(void)netdev_update_features(dev);
	}
	diff->wanted_mask = (req_wanted ^ dev->features) & req_mask;
	diff->wanted_val = req_wanted & diff->wanted_mask;
	diff->active_mask = old_active ^ dev->features;
	diff->active_val = dev->features & diff->active_mask;
	return 0;
}

static void channels_to_array(const struct ethtool_channels *ch, uint32_t *max, uint32_t *count)
{
	max[ETHNL_CH_RX] = ch->max_rx;
	max[ETHNL_CH_TX] = ch->max_tx;
	max[ETHNL_CH_OTHER] = ch->max_other;
	max[ETHNL_CH_COMBINED] = ch->max_combined;
	count[ETHNL_CH_RX] = ch->rx_count;
	count[ETHNL_CH_TX] = ch->tx_count;
	count[ETHNL_CH_OTHER] = ch->other_count;
	count[ETHNL_CH_COMBINED] = ch->combined_count;
}

static struct netdev *channels_dev(struct netns *net, const char *name, struct ethnl_channels *out,
				   int *err)
{
	struct ethtool_channels ch;
	struct netdev *dev = ethnl_dev(net, name, err);

	if (!dev)
		return NULL;
	if (!dev->ethtool_ops || !dev->ethtool_ops->get_channels) {
		*err = -EOPNOTSUPP;
		return NULL;
	}
	dev->ethtool_ops->get_channels(dev, &ch);
	channels_to_array(&ch, out->max, out->count);
	return dev;
}

int ethnl_channels(struct netns *net, const char *name, struct ethnl_channels *out)
{
	int err;

	(void)channels_dev(net, name, out, &err);
	return err;
}

/*
 * ethnl_set_channels' checks: within the maximums, and at least one RX and
 * one TX channel (blamed on combined when the request changed it).
 */
static int channels_check(const struct ethnl_channels *c, bool mod_combined, const char **extack,
			  int *bad_attr)
{
	const uint32_t *n = c->count;

	for (int i = 0; i < ETHNL_CH_N; i++)
		if (n[i] > c->max[i]) {
			*bad_attr = i;
			*extack = "requested channel count exceeds maximum";
			return -EINVAL;
		}
	*bad_attr = -1;
	if (!n[ETHNL_CH_COMBINED] && !n[ETHNL_CH_RX])
		*bad_attr = ETHNL_CH_RX;
	else if (!n[ETHNL_CH_COMBINED] && !n[ETHNL_CH_TX])
		*bad_attr = ETHNL_CH_TX;
	if (*bad_attr < 0)
		return 0;
	if (mod_combined)
		*bad_attr = ETHNL_CH_COMBINED;
	*extack = "requested channel counts would result in no RX or TX channel being configured";
	return -EINVAL;
}

int ethnl_channels_set(struct netns *net, const char *name, const bool *set, const uint32_t *count,
		       const char **extack, int *bad_attr)
{
	struct ethnl_channels c;
	struct ethtool_channels ch;
	bool mod = false, mod_combined = false;
	int err;
	struct netdev *dev = channels_dev(net, name, &c, &err);

	*extack = NULL;
	*bad_attr = -1;
	if (!dev) {
		if (err == -ENODEV)
			*extack = "no device matches name";
		return err;
	}
	if (!dev->ethtool_ops->set_channels)
		return -EOPNOTSUPP;
	for (int i = 0; i < ETHNL_CH_N; i++)
		if (set[i] && c.count[i] != count[i]) {
			c.count[i] = count[i];
			mod = true;
			mod_combined = mod_combined || i == ETHNL_CH_COMBINED;
		}
	if (!mod)
		return 0;
	err = channels_check(&c, mod_combined, extack, bad_attr);
	if (err)
		return err;
	ch = (struct ethtool_channels){ .rx_count = c.count[ETHNL_CH_RX],
					.tx_count = c.count[ETHNL_CH_TX],
					.other_count = c.count[ETHNL_CH_OTHER],
					.combined_count = c.count[ETHNL_CH_COMBINED] };
	err = dev->ethtool_ops->set_channels(dev, &ch);
	/* The carrier flap veth makes around the change is seen at once, as rtnl's changes are. */
	linkwatch_run(net->world);
	return err;
}

/* __ethtool_get_ts_info: a driver without get_ts_info still has software receive stamps. */
int ethnl_tsinfo(struct netns *net, const char *name, struct ethnl_tsinfo *out)
{
	struct ethtool_ts_info info = { .so_timestamping = SOF_TIMESTAMPING_RX_SOFTWARE |
							   SOF_TIMESTAMPING_SOFTWARE,
					.phc_index = -1 };
	int err;
	struct netdev *dev = ethnl_dev(net, name, &err);

	if (!dev)
		return err;
	if (dev->ethtool_ops && dev->ethtool_ops->get_ts_info) {
		err = dev->ethtool_ops->get_ts_info(dev, &info);
		if (err)
			return err;
	}
	*out = (struct ethnl_tsinfo){ .so_timestamping = info.so_timestamping,
				      .phc_index = info.phc_index, .tx_types = info.tx_types,
				      .rx_filters = info.rx_filters };
	return 0;
}

/* veth and lo leave perm_addr zero, and rtnetlink omits a zero IFLA_PERM_ADDRESS. */
int ethnl_permaddr(struct netns *net, const char *name, uint8_t *addr, int *len)
{
	int err;

	(void)addr;
	*len = 0;
	return ethnl_dev(net, name, &err) ? 0 : err;
}

int ethnl_unsupported(struct netns *net, const char *name)
{
	int err;

	return ethnl_dev(net, name, &err) ? -EOPNOTSUPP : err;
}

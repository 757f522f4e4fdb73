/* rtnl_fdb.c: PF_BRIDGE neighbours and links (rtnl_fdb_dump, rtnl_fdb_add/del, rtnl_bridge_setlink): what the bridge command asks. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "../core/netns.h"
#include "../net/bridge.h"
#include "rtnl.h"

/* ndo_dflt_fdb_dump: the device's unicast list (empty here), then its multicast list, as permanent self entries. */
static int dflt_fdb_dump(const struct netdev *dev, rtnl_fdb_cb cb, void *arg)
{
	struct mc_hw *hw;
	int k, ret = 0;

	if (dev->type != ARPHRD_ETHER)
		return 0;
	k = dev_mc_hw_list(dev, &hw);
	for (int i = 0; i < k && !ret; i++) {
		struct fdb_entry e = { .ifindex = dev->ifindex, .state = FDB_NUD_PERMANENT, .flags = FDB_NTF_SELF };

		memcpy(e.addr, hw[i].addr, ETH_ALEN);
		ret = cb(&e, arg);
	}
	free(hw);
	return ret;
}

/* One device of the dump: its bridge's entries on it when it is a port, then its own. */
static int fdb_dump_dev(const struct netdev *dev, rtnl_fdb_cb cb, void *arg)
{
	int ret = 0;

	if (br_is_port(dev))
		ret = br_fdb_dump(dev->master, dev, cb, arg);
	if (!ret)
		ret = dflt_fdb_dump(dev, cb, arg);
	/* br_fdb_dump on the bridge itself: its own addresses after its multicast list. */
	if (!ret && br_is_bridge(dev))
		ret = br_fdb_dump(dev, NULL, cb, arg);
	return ret;
}

int rtnl_fdb_dump(struct netns *net, int br_ifindex, int brport_ifindex, rtnl_fdb_cb cb, void *arg)
{
	struct netdev *br = NULL;
	struct vl_list *pos;

	if (br_ifindex) {
		br = netdev_get_by_index(net, br_ifindex);
		if (!br)
			return -ENODEV;
	}
	vl_list_for_each(pos, &net->devices) {
		const struct netdev *dev = vl_list_entry(pos, struct netdev, dev_list);
		int ret;

		if (brport_ifindex && dev->ifindex != brport_ifindex)
			continue;
		if (br && dev != br && !(br_is_port(dev) && dev->master == br))
			continue;
		ret = fdb_dump_dev(dev, cb, arg);
		if (ret)
			return ret;
	}
	return 0;
}

/*
 * What rtnl_fdb_add and rtnl_fdb_del refuse before touching anything:
 * master on a device that is no bridge port (a bridge has no master);
 * self on a device that is not a bridge (Linux adds to its unicast list,
 * which no vethlab device keeps: not modelled, see docs/differences.md).
 */
static int fdb_check(const struct netdev *dev, bool self, bool master)
{
	if (master && !br_is_port(dev))
		return -EOPNOTSUPP;
	if (self && !br_is_bridge(dev))
		return -EOPNOTSUPP;
	return 0;
}

/*
 * rtnl_fdb_add: without self or master, self. The master part goes to the
 * port's bridge; self on a bridge is the bridge's own entry.
 */
/* The device of a PF_BRIDGE neighbour request, once fdb_check passes (neither flag is self). */
static int fdb_dev(struct netns *net, int ifindex, bool *self, bool master, struct netdev **out)
{
	*out = netdev_get_by_index(net, ifindex);
	if (!*out)
		return -ENODEV;
	if (!*self && !master)
		*self = true;
	return fdb_check(*out, *self, master);
}

int rtnl_fdb_add(struct netns *net, int ifindex, const uint8_t *addr, uint16_t state, bool self, bool master,
		 bool replace, bool create)
{
	struct netdev *dev;
	int err = fdb_dev(net, ifindex, &self, master, &dev);

	if (!err && master)
		err = br_fdb_user_add(dev, addr, state, replace, create);
	if (!err && self)
		err = br_fdb_user_add(dev, addr, state, replace, create);
	return err;
}

int rtnl_fdb_del(struct netns *net, int ifindex, const uint8_t *addr, bool self, bool master)
{
	struct netdev *dev;
	int err = fdb_dev(net, ifindex, &self, master, &dev);

	return err ? err : br_fdb_user_del(dev, addr);
}

int rtnl_brport_set(struct netns *net, int ifindex, const struct brport_info *in, const char **extack)
{
	struct netdev *dev = netdev_get_by_index(net, ifindex);
	int err;

	if (!dev)
		return -ENODEV;
	err = br_port_set(dev, in, extack);
	linkwatch_run(net->world);
	return err;
}

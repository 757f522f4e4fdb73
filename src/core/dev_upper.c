/* dev_upper.c: the L2 hooks a bridge, bond or macvlan port uses: a receive handler, and upper/lower links. */
#include <errno.h>

#include "netdev.h"

int netdev_rx_handler_register(struct netdev *dev, rx_handler_func_t *handler, void *data)
{
	if (dev->rx_handler)
		return -EBUSY;
	dev->rx_handler = handler;
	dev->rx_handler_data = data;
	return 0;
}

void netdev_rx_handler_unregister(struct netdev *dev)
{
	dev->rx_handler = NULL;
	dev->rx_handler_data = NULL;
}

/* Whether dev is upper itself or one of its masters (a link the other way would loop). */
static bool dev_is_above(const struct netdev *dev, const struct netdev *upper)
{
	for (const struct netdev *u = upper; u; u = u->master)
		if (u == dev)
			return true;
	return false;
}

int netdev_master_upper_dev_link(struct netdev *dev, struct netdev *upper)
{
	if (dev == upper || dev->net != upper->net)
		return -EINVAL;
	if (dev->master || dev_is_above(dev, upper))
		return -EBUSY;
	dev->master = upper;
	vl_list_add_tail(&upper->lowers, &dev->lower_node);
	return 0;
}

void netdev_upper_dev_unlink(struct netdev *dev, struct netdev *upper)
{
	if (dev->master != upper)
		return;
	vl_list_del(&dev->lower_node);
	dev->master = NULL;
}

void netdev_adjacent_release(struct netdev *dev)
{
	if (dev->master)
		netdev_upper_dev_unlink(dev, dev->master);
	while (!vl_list_empty(&dev->lowers)) {
		struct netdev *lower = vl_list_entry(dev->lowers.next, struct netdev, lower_node);

		netdev_rx_handler_unregister(lower);
		netdev_upper_dev_unlink(lower, dev);
	}
}

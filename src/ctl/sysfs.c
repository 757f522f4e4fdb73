/* sysfs.c: /sys/class/net, as net/core/net-sysfs.c shows devices. */
#include <errno.h>

#include "vfs_int.h"

static int sysfs_stat(struct netns *net, const char *rel)
{
	(void)net;
	return *rel ? -ENOENT : 1;
}

static int sysfs_show(struct netns *net, const char *rel, FILE *f)
{
	(void)net, (void)rel, (void)f;
	return -ENOENT;
}

static int sysfs_list(struct netns *net, const char *rel, struct vfs_names *n)
{
	(void)net, (void)rel, (void)n;
	return 0;
}

const struct vfs_ops sysfs_vfs_ops = {
	.stat = sysfs_stat,
	.show = sysfs_show,
	.list = sysfs_list,
};

/* procfs.c: /proc/net, as net/core/net-procfs.c and the protocols' seq files print it. */
#include <errno.h>

#include "vfs_int.h"

static int procfs_stat(struct netns *net, const char *rel)
{
	(void)net;
	return *rel ? -ENOENT : 1;
}

static int procfs_show(struct netns *net, const char *rel, FILE *f)
{
	(void)net, (void)rel, (void)f;
	return -ENOENT;
}

static int procfs_list(struct netns *net, const char *rel, struct vfs_names *n)
{
	(void)net, (void)rel, (void)n;
	return 0;
}

const struct vfs_ops procfs_vfs_ops = {
	.stat = procfs_stat,
	.show = procfs_show,
	.list = procfs_list,
};

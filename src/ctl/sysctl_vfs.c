/* sysctl_vfs.c: /proc/sys/net as files and directories over sysctl_ctl's knobs. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/alloc.h"
#include "ctl_errno.h"
#include "sysctl_ctl.h"
#include "vfs_int.h"

/* rel is relative to /proc/sys/net; sysctl_ctl wants it relative to /proc/sys. */
static void full_path(const char *rel, char *buf, size_t len)
{
	snprintf(buf, len, "net%s%s", *rel ? "/" : "", rel);
}

static int sysctl_vfs_stat(struct netns *net, const char *rel)
{
	char path[512];
	int v, r;

	full_path(rel, path, sizeof(path));
	r = sysctl_ctl_read(net, path, &v);
	if (r == -EISDIR)
		return 1;
	/* A file Linux has that vethlab does not model: it exists, and reading it fails. */
	return r < 0 && r != -VL_ENOTEMUL ? r : 0;
}

static int sysctl_vfs_show(struct netns *net, const char *rel, FILE *f)
{
	char path[512];
	int v, r;

	full_path(rel, path, sizeof(path));
	r = sysctl_ctl_read(net, path, &v);
	if (r < 0)
		return r;
	fprintf(f, "%d\n", v);
	return 0;
}

struct list_ctx {
	const char *dir;   /* "net/ipv4/conf/" */
	size_t dirlen;
	struct vfs_names *n;
};

static int list_child(const char *path, int value, void *arg)
{
	struct list_ctx *lc = arg;
	char name[256];

	(void)value;
	if (strncmp(path, lc->dir, lc->dirlen))
		return 0;
	snprintf(name, sizeof(name), "%.*s", (int)strcspn(path + lc->dirlen, "/"), path + lc->dirlen);
	vfs_names_add(lc->n, name);
	return 0;
}

static void add_known(const char *name, void *arg)
{
	vfs_names_add(arg, name);
}

static int sysctl_vfs_list(struct netns *net, const char *rel, struct vfs_names *n)
{
	char dir[512];
	struct list_ctx lc = { .dir = dir, .n = n };

	full_path(rel, dir, sizeof(dir) - 1);
	sysctl_known_children(net, dir, add_known, n);
	strcat(dir, "/");
	lc.dirlen = strlen(dir);
	return sysctl_ctl_walk(net, list_child, &lc);
}

/* proc_dointvec: what echo wrote, parsed when the write reaches the kernel. */
static int sysctl_vfs_store(struct netns *net, const char *rel, const char *buf, size_t len)
{
	char path[512], *text = vl_strndup(buf, len);
	int v, r = sysctl_parse_int(text, &v);

	free(text);
	if (r < 0)
		return r;
	full_path(rel, path, sizeof(path));
	return sysctl_ctl_write(net, path, v);
}

const struct vfs_ops sysctl_vfs_ops = {
	.stat = sysctl_vfs_stat,
	.show = sysctl_vfs_show,
	.list = sysctl_vfs_list,
	.store = sysctl_vfs_store,
};

/*
 * vfs.c: which paths are the emulated kernel's, and the dispatch of reads,
 * writes and listings to the tree that serves them: sysctl_ctl.c for
 * /proc/sys/net, procfs.c for /proc/net, sysfs.c for /sys/class/net, and
 * the named namespaces for /run/netns.
 */
#include "vfs.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../core/alloc.h"
#include "../core/netns.h"
#include "../core/world.h"
#include "ctl_errno.h"
#include "rtnl.h"
#include "sysctl_ctl.h"
#include "vfs_int.h"

/* Lexical normalisation: an absolute path without ., .. or repeated slashes. */
static void normalize(const char *in, char *out, size_t outlen)
{
	char buf[PATH_MAX * 2];
	char *parts[PATH_MAX / 2];
	int n = 0;
	size_t len = 0;

	if (in[0] == '/' || !getcwd(buf, PATH_MAX))
		buf[0] = 0;
	snprintf(buf + strlen(buf), sizeof(buf) - strlen(buf), "/%s", in);
	for (char *save = NULL, *t = strtok_r(buf, "/", &save); t; t = strtok_r(NULL, "/", &save)) {
		if (!strcmp(t, "."))
			continue;
		if (!strcmp(t, "..")) {
			if (n)
				n--;
			continue;
		}
		if (n < (int)(sizeof(parts) / sizeof(parts[0])))
			parts[n++] = t;
	}
	out[0] = 0;
	for (int i = 0; i < n && len + 1 < outlen; i++) {
		int w = snprintf(out + len, outlen - len, "/%s", parts[i]);

		len += w > 0 ? (size_t)w : 0;
	}
	if (!n)
		snprintf(out, outlen, "/");
}

static bool under(const char *path, const char *dir)
{
	size_t n = strlen(dir);

	return !strncmp(path, dir, n) && (path[n] == 0 || path[n] == '/');
}

static bool all_digits(const char *s, size_t n)
{
	if (!n)
		return false;
	for (size_t i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return false;
	return true;
}

/*
 * /proc/self/net, /proc/thread-self/net, /proc/PID/net and /proc/PID/task/TID/net
 * are the calling process's namespace: /proc/net. Returns the length of the
 * prefix that stands for /proc/net, or 0.
 */
static size_t proc_net_alias(const char *p)
{
	const char *q;
	size_t n;

	if (strncmp(p, "/proc/", 6))
		return 0;
	q = p + 6;
	n = strcspn(q, "/");
	if (!(n == 4 && !strncmp(q, "self", 4)) && !(n == 11 && !strncmp(q, "thread-self", 11)) &&
	    !all_digits(q, n))
		return 0;
	q += n;
	if (!strncmp(q, "/task/", 6)) {
		n = strcspn(q + 6, "/");
		if (!all_digits(q + 6, n))
			return 0;
		q += 6 + n;
	}
	if (strncmp(q, "/net", 4) || (q[4] && q[4] != '/'))
		return 0;
	return (size_t)(q + 4 - p);
}

/* Host paths that show or change networking state and are not emulated. */
static bool host_networking(const char *p)
{
	/* /proc/sys beyond net is the host kernel's configuration: never touched either. */
	static const char *const refused[] = {
		"/sys/devices/virtual/net", "/proc/self/ns/net", "/proc/thread-self/ns/net",
		"/dev/net", "/sys/fs/bpf", "/proc/sys", NULL,
	};

	for (int i = 0; refused[i]; i++)
		if (under(p, refused[i]))
			return true;
	/* /sys/devices/.../net/DEV: every physical device's network class entry. */
	if (under(p, "/sys/devices") && (strstr(p, "/net/") || !strcmp(p + strlen(p) - 4, "/net")))
		return true;
	/* /proc/PID/ns/net */
	if (!strncmp(p, "/proc/", 6)) {
		size_t n = strcspn(p + 6, "/");

		if (all_digits(p + 6, n) && under(p + 6 + n, "/ns/net"))
			return true;
	}
	return false;
}

static enum vfs_where classify(const char *p, char *canon, size_t len)
{
	size_t alias = proc_net_alias(p);

	if (alias) {
		snprintf(canon, len, "/proc/net%s", p + alias);
		return VFS_EMULATED;
	}
	if (under(p, "/var/run/netns")) {
		snprintf(canon, len, "/run/netns%s", p + strlen("/var/run/netns"));
		return VFS_EMULATED;
	}
	if (under(p, "/proc/sys/net") || under(p, "/proc/net") || under(p, "/sys/class/net") ||
	    under(p, "/run/netns")) {
		snprintf(canon, len, "%s", p);
		return VFS_EMULATED;
	}
	if (host_networking(p))
		return VFS_REFUSED;
	/* The rest of /proc and /sys may be read (cpuinfo...), never written. */
	return under(p, "/proc") || under(p, "/sys") ? VFS_HOST_RO : VFS_HOST;
}

void vfs_resolve(const struct netns *net, const char *path, struct vfs_path *out)
{
	char norm[PATH_MAX], real[PATH_MAX];

	normalize(path, norm, sizeof(norm));
	out->where = classify(norm, out->path, sizeof(out->path));
	/* A world that may not touch host files (the fuzzers) refuses them all. */
	if ((out->where == VFS_HOST || out->where == VFS_HOST_RO) && net->world->no_host_files) {
		out->where = VFS_REFUSED;
		return;
	}
	if (out->where != VFS_HOST && out->where != VFS_HOST_RO)
		return;
	/* A host symlink into a networking tree is that tree: never follow it to the host. */
	if (realpath(norm, real) && strcmp(real, norm)) {
		char canon[PATH_MAX];
		enum vfs_where w = classify(real, canon, sizeof(canon));

		if (w != VFS_HOST && !(w == VFS_HOST_RO && out->where == VFS_HOST_RO)) {
			out->where = w;
			snprintf(out->path, sizeof(out->path), "%s", canon);
		}
	}
}

const char *vfs_strerror(int err)
{
	return err == -VL_ENOTEMUL ? VFS_NOT_EMULATED_TEXT : strerror(-err);
}

/* The trees, by mount point. */
struct vfs_tree {
	const char *root;
	const struct vfs_ops *ops;
};

static const struct vfs_tree trees[] = {
	{ "/proc/sys/net", &sysctl_vfs_ops },
	{ "/proc/net", &procfs_vfs_ops },
	{ "/sys/class/net", &sysfs_vfs_ops },
	{ "/run/netns", &netnsfs_vfs_ops },
};

static const struct vfs_tree *tree_of(const char *path, const char **rel)
{
	for (size_t i = 0; i < sizeof(trees) / sizeof(trees[0]); i++) {
		if (under(path, trees[i].root)) {
			*rel = path + strlen(trees[i].root);
			if (**rel == '/')
				(*rel)++;
			return &trees[i];
		}
	}
	return NULL;
}

int vfs_is_dir(struct netns *net, const char *path)
{
	const char *rel;
	const struct vfs_tree *t = tree_of(path, &rel);

	return t ? t->ops->stat(net, rel) : -ENOENT;
}

int vfs_read(struct netns *net, const char *path, char **buf, size_t *len)
{
	const char *rel;
	const struct vfs_tree *t = tree_of(path, &rel);
	int r = t ? t->ops->stat(net, rel) : -ENOENT;
	FILE *f;

	if (r < 0)
		return r;
	if (r == 1)
		return -EISDIR;
	f = vl_memstream(buf, len);
	r = t->ops->show(net, rel, f);
	fclose(f);
	if (r < 0) {
		free(*buf);
		*buf = NULL;
		*len = 0;
	}
	return r;
}

int vfs_open_check(struct netns *net, const char *path, bool write)
{
	const char *rel;
	const struct vfs_tree *t = tree_of(path, &rel);
	int r = t ? t->ops->stat(net, rel) : -ENOENT;

	if (r < 0)
		return r;
	if (r == 1)
		return -EISDIR;
	if (write && !t->ops->store)
		return -EACCES;
	if (write && t->ops->writable)
		return t->ops->writable(net, rel);
	return 0;
}

int vfs_write(struct netns *net, const char *path, const char *buf, size_t len)
{
	const char *rel = NULL;
	const struct vfs_tree *t = tree_of(path, &rel);
	int r = vfs_open_check(net, path, true);

	if (r < 0)
		return r;
	return t->ops->store(net, rel, buf, len);
}

static int cmp_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

void vfs_names_add(struct vfs_names *n, const char *name)
{
	for (int i = 0; i < n->n; i++)
		if (!strcmp(n->v[i], name))
			return;
	n->v = vl_realloc(n->v, (size_t)(n->n + 2) * sizeof(*n->v));
	n->v[n->n++] = vl_strdup(name);
	n->v[n->n] = NULL;
}

int vfs_list(struct netns *net, const char *path, char ***names)
{
	const char *rel;
	const struct vfs_tree *t = tree_of(path, &rel);
	struct vfs_names n = { 0 };
	int r = t ? t->ops->stat(net, rel) : -ENOENT;

	*names = NULL;
	if (r < 0)
		return r;
	if (r == 0)
		return -ENOTDIR;
	r = t->ops->list(net, rel, &n);
	if (r < 0) {
		vfs_names_free(n.v);
		return r;
	}
	if (!n.v)
		n.v = vl_calloc(1, sizeof(*n.v));  /* an empty directory: just the terminator */
	qsort(n.v, (size_t)n.n, sizeof(*n.v), cmp_name);
	*names = n.v;
	return 0;
}

void vfs_names_free(char **names)
{
	for (char **p = names; p && *p; p++)
		free(*p);
	free(names);
}

/* /run/netns: one file per named namespace; reading one is EINVAL (an nsfs file). */
static int netnsfs_stat(struct netns *net, const char *rel)
{
	if (!*rel)
		return 1;
	return !strchr(rel, '/') && rtnl_netns_get(rtnl_netns_world(net), rel) ? 0 : -ENOENT;
}

static int netnsfs_show(struct netns *net, const char *rel, FILE *f)
{
	(void)net, (void)rel, (void)f;
	return -EINVAL;
}

static int add_netns_name(struct netns *ns, void *arg)
{
	vfs_names_add(arg, rtnl_netns_name(ns));
	return 0;
}

static int netnsfs_list(struct netns *net, const char *rel, struct vfs_names *n)
{
	(void)rel;
	return rtnl_netns_list(rtnl_netns_world(net), add_netns_name, n);
}

const struct vfs_ops netnsfs_vfs_ops = {
	.stat = netnsfs_stat,
	.show = netnsfs_show,
	.list = netnsfs_list,
};

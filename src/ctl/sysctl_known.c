/*
 * sysctl_known.c: which /proc/sys/net paths Linux has in a namespace, from the
 * recorded table of names (sysctl_names.c) and the namespace's devices. The
 * modelled knobs are a subset; what Linux has and vethlab does not model is
 * "not emulated", never "no such file".
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/netdev.h"
#include "../core/netns.h"
#include "../core/world.h"
#include "sysctl_ctl.h"
#include "sysctl_names.h"

static size_t count(const char *const *v)
{
	size_t n = 0;

	while (v[n])
		n++;
	return n;
}

/* The first name >= key in the sorted list v. */
static size_t lower_bound(const char *const *v, const char *key)
{
	size_t lo = 0, hi = count(v);

	while (lo < hi) {
		size_t mid = (lo + hi) / 2;

		if (strcmp(v[mid], key) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* 1: path is a name of v; 2: a directory above some name of v; 0: neither. */
static int list_kind(const char *const *v, const char *path)
{
	size_t i = lower_bound(v, path), len = strlen(path);

	if (v[i] && !strcmp(v[i], path))
		return 1;
	/* Names below path/ sort right after path itself. */
	for (; v[i] && !strncmp(v[i], path, len); i++)
		if (v[i][len] == '/')
			return 2;
	return 0;
}

static bool in_list(const char *const *v, const char *name)
{
	for (size_t i = 0; v[i]; i++)
		if (!strcmp(v[i], name))
			return true;
	return false;
}

/* A device with the family's state: it loses IPv4's below a 68-byte MTU, IPv6's below 1280. */
static bool family_dev(const struct netns *net, const char *fam, const char *name)
{
	const struct netdev *dev = netdev_get_by_own_name(net, name);

	return dev && (strcmp(fam, "ipv6") ? dev->ip_ptr != NULL : dev->ip6_ptr != NULL);
}

/*
 * net/ipv{4,6}/neigh is there while something hangs below it: default (in
 * the initial namespace only) or a device with the family's state. The walk
 * ends at the first such device, lo in practice.
 */
static bool neigh_tree_present(struct netns *net, const char *fam)
{
	struct vl_list *pos;

	if (net == net->world->init_net)
		return true;
	vl_list_for_each(pos, &net->devices) {
		const struct netdev *dev = vl_list_entry(pos, struct netdev, dev_list);

		if (family_dev(net, fam, dev->name))
			return true;
	}
	return false;
}

/* net/ipv{4,6}/{conf,neigh}/X[/KEY]: the per-device trees. */
static int device_tree_kind(struct netns *net, const char *path)
{
	char fam[8], tree[8], who[64], key[64];
	bool init = net == net->world->init_net;
	int n = sscanf(path, "net/%7[^/]/%7[^/]/%63[^/]/%63s", fam, tree, who, key);
	bool is_dev;
	const char *const *keys;

	if (n < 2 || (strcmp(fam, "ipv4") && strcmp(fam, "ipv6")))
		return -1;
	if (n == 2 && !strcmp(tree, "neigh"))
		return neigh_tree_present(net, fam) ? 2 : 0;
	if (n == 2)
		return !strcmp(tree, "conf") ? 2 : -1;
	if (!strcmp(tree, "conf")) {
		keys = !strcmp(fam, "ipv4") ? sysctl_names.conf4 : sysctl_names.conf6;
		is_dev = !strcmp(who, "all") || !strcmp(who, "default") || family_dev(net, fam, who);
	} else if (!strcmp(tree, "neigh")) {
		bool dflt = !strcmp(who, "default");

		keys = dflt ? sysctl_names.neigh_default : sysctl_names.neigh_dev;
		is_dev = dflt ? init : family_dev(net, fam, who);
	} else {
		return -1;
	}
	if (!is_dev)
		return 0;
	if (n == 3)
		return 2;
	return in_list(keys, key) ? 1 : 0;
}

int sysctl_known(struct netns *net, const char *path)
{
	int k;

	if (!strcmp(path, "net"))
		return 2;
	k = device_tree_kind(net, path);
	if (k >= 0)
		return k;
	k = list_kind(sysctl_names.every_ns, path);
	if (!k && net == net->world->init_net)
		k = list_kind(sysctl_names.init_only, path);
	return k;
}

/* The next component of every name of v under dir/. */
static void list_children(const char *const *v, const char *dir, void (*cb)(const char *, void *),
			  void *arg)
{
	size_t len = strlen(dir);
	char name[128], prev[128] = "";

	for (size_t i = lower_bound(v, dir); v[i] && !strncmp(v[i], dir, len); i++) {
		if (v[i][len] != '/')
			continue;
		snprintf(name, sizeof(name), "%.*s", (int)strcspn(v[i] + len + 1, "/"), v[i] + len + 1);
		/* Sorted: the names under one child follow each other. */
		if (strcmp(name, prev))
			cb(name, arg);
		memcpy(prev, name, sizeof(prev));
	}
}

static void list_keys(const char *const *keys, void (*cb)(const char *, void *), void *arg)
{
	for (size_t i = 0; keys[i]; i++)
		cb(keys[i], arg);
}

void sysctl_known_children(struct netns *net, const char *dir, void (*cb)(const char *name, void *arg),
			   void *arg)
{
	char fam[8], tree[8], who[64];
	int n = sscanf(dir, "net/%7[^/]/%7[^/]/%63s", fam, tree, who);
	bool init = net == net->world->init_net;
	struct vl_list *pos;

	if (n >= 2 && (!strcmp(fam, "ipv4") || !strcmp(fam, "ipv6")) &&
	    (!strcmp(tree, "conf") || !strcmp(tree, "neigh"))) {
		bool conf = !strcmp(tree, "conf");

		if (n == 3) {
			if (sysctl_known(net, dir) == 2)
				list_keys(conf ? (!strcmp(fam, "ipv4") ? sysctl_names.conf4 : sysctl_names.conf6)
					       : !strcmp(who, "default") ? sysctl_names.neigh_default
									  : sysctl_names.neigh_dev,
					  cb, arg);
			return;
		}
		if (conf) {
			cb("all", arg);
			cb("default", arg);
		} else if (init) {
			cb("default", arg);
		}
		vl_list_for_each(pos, &net->devices) {
			const struct netdev *dev = vl_list_entry(pos, struct netdev, dev_list);

			if (family_dev(net, fam, dev->name))
				cb(dev->name, arg);
		}
		return;
	}
	list_children(sysctl_names.every_ns, dir, cb, arg);
	if (init)
		list_children(sysctl_names.init_only, dir, cb, arg);
	/* The per-device trees hang below net/ipv4 and net/ipv6. */
	if (!strcmp(dir, "net/ipv4") || !strcmp(dir, "net/ipv6")) {
		cb("conf", arg);
		if (neigh_tree_present(net, dir + 4))
			cb("neigh", arg);
	}
}

struct walk_ctx {
	struct netns *net;
	char dir[160];
	void (*cb)(const char *path, void *arg);
	void *arg;
};

static void walk_child(const char *name, void *arg);

/* Every file Linux has under dir, depth first. */
static void walk_dir(struct walk_ctx *w)
{
	struct walk_ctx sub = *w;

	sysctl_known_children(w->net, w->dir, walk_child, &sub);
}

static void walk_child(const char *name, void *arg)
{
	struct walk_ctx *w = arg, sub = *w;
	int k;

	if ((size_t)snprintf(sub.dir, sizeof(sub.dir), "%s/%.63s", w->dir, name) >= sizeof(sub.dir))
		return;
	k = sysctl_known(w->net, sub.dir);
	if (k == 1)
		w->cb(sub.dir, w->arg);
	else if (k == 2)
		walk_dir(&sub);
}

void sysctl_known_walk(struct netns *net, void (*cb)(const char *path, void *arg), void *arg)
{
	struct walk_ctx w = { .net = net, .dir = "net", .cb = cb, .arg = arg };

	walk_dir(&w);
}

/* sysctl_ctl.c: resolving /proc/sys/net paths to the modelled knobs, and their write rules. */
#include "sysctl_ctl.h"
#include "ctl_errno.h"

#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/alloc.h"
#include "../core/netdev.h"
#include "../core/netns.h"
#include "../core/world.h"
#include "../net/addrconf.h"
#include "../net/devinet.h"

enum knob_kind { KNOB_V4_CONF, KNOB_V6_CONF, KNOB_V4_NET, KNOB_IP_FORWARD, KNOB_CORE_BACKLOG };
enum knob_scope { SCOPE_ALL, SCOPE_DEFAULT, SCOPE_DEV };

struct knob {
	enum knob_kind kind;
	enum knob_scope scope;
	struct netdev *dev;
	int key;
};

int sysctl_parse_int(const char *s, int *out)
{
	char *end;
	long v;

	while (isspace((unsigned char)*s))
		s++;
	if (!*s)
		return -EINVAL;
	errno = 0;
	v = strtol(s, &end, 10);
	if (end == s || errno || v < INT_MIN || v > INT_MAX)
		return -EINVAL;
	while (isspace((unsigned char)*end))
		end++;
	if (*end)
		return -EINVAL;
	*out = (int)v;
	return 0;
}

/* Splits "a/b/c" into at most max components, in place. */
static int split(char *buf, char **parts, int max)
{
	int n = 0;

	for (char *tok = strtok(buf, "/"); tok; tok = strtok(NULL, "/")) {
		if (n == max)
			return -1;
		parts[n++] = tok;
	}
	return n;
}

static int conf_scope(struct netns *net, const char *name, struct knob *k)
{
	if (!strcmp(name, "all"))
		k->scope = SCOPE_ALL;
	else if (!strcmp(name, "default"))
		k->scope = SCOPE_DEFAULT;
	else {
		k->scope = SCOPE_DEV;
		k->dev = netdev_get_by_own_name(net, name);
		if (!k->dev)
			return -ENOENT;
		/* A device's tree is there while it has the family's state (no IPv6 below 1280 bytes). */
		if (k->kind == KNOB_V6_CONF ? !k->dev->ip6_ptr : !k->dev->ip_ptr)
			return -ENOENT;
	}
	return 0;
}

/* Returns 0 for a knob, 1 for a directory, -ENOENT otherwise. */
static int resolve(struct netns *net, const char *path, struct knob *k)
{
	char buf[256], *p[6];
	int n;

	if (snprintf(buf, sizeof(buf), "%s", path) >= (int)sizeof(buf))
		return -ENOENT;
	n = split(buf, p, 6);
	if (n < 1 || strcmp(p[0], "net"))
		return -ENOENT;
	if (n == 1)
		return 1;
	memset(k, 0, sizeof(*k));
	/* net.core's global knobs exist in the initial namespace only. */
	if (!strcmp(p[1], "core") && net == net->world->init_net) {
		if (n == 2)
			return 1;
		if (n == 3 && !strcmp(p[2], "netdev_max_backlog")) {
			k->kind = KNOB_CORE_BACKLOG;
			return 0;
		}
		return -ENOENT;
	}
	if (!strcmp(p[1], "ipv4")) {
		if (n == 2)
			return 1;
		if (n == 3 && !strcmp(p[2], "ip_forward")) {
			k->kind = KNOB_IP_FORWARD;
			return 0;
		}
		if (n == 3 && (k->key = ipv4_net_lookup(p[2])) >= 0) {
			k->kind = KNOB_V4_NET;
			return 0;
		}
		if (strcmp(p[2], "conf"))
			return -ENOENT;
		k->kind = KNOB_V4_CONF;
	} else if (!strcmp(p[1], "ipv6")) {
		if (n == 2)
			return 1;
		if (strcmp(p[2], "conf"))
			return -ENOENT;
		k->kind = KNOB_V6_CONF;
	} else {
		return -ENOENT;
	}
	if (n == 3)
		return 1;
	if (conf_scope(net, p[3], k))
		return -ENOENT;
	if (n == 4)
		return 1;
	if (n != 5)
		return -ENOENT;
	k->key = k->kind == KNOB_V4_CONF ? ipv4_devconf_lookup(p[4]) : ipv6_devconf_lookup(p[4]);
	return k->key < 0 ? -ENOENT : 0;
}

static int *knob_ptr(struct netns *net, const struct knob *k)
{
	struct sysctl_net *s = &net->sysctl;

	switch (k->kind) {
	case KNOB_CORE_BACKLOG:
		return &net->world->netdev_max_backlog;
	case KNOB_IP_FORWARD:
		return &s->v4_all.data[IPV4_DEVCONF_FORWARDING];
	case KNOB_V4_NET:
		return &s->v4_net[k->key];
	case KNOB_V4_CONF:
		if (k->scope == SCOPE_ALL)
			return &s->v4_all.data[k->key];
		if (k->scope == SCOPE_DEFAULT)
			return &s->v4_dflt.data[k->key];
		return &k->dev->ip_ptr->cnf.data[k->key];
	case KNOB_V6_CONF:
	default:
		if (k->scope == SCOPE_ALL)
			return &s->v6_all.data[k->key];
		if (k->scope == SCOPE_DEFAULT)
			return &s->v6_dflt.data[k->key];
		return &k->dev->ip6_ptr->cnf.data[k->key];
	}
}

/* Not modelled: a file Linux has is not emulated, a directory it has is a directory. */
static int unmodelled(struct netns *net, const char *path)
{
	int k = sysctl_known(net, path);

	return k == 1 ? -VL_ENOTEMUL : k == 2 ? -EISDIR : -ENOENT;
}

int sysctl_ctl_read(struct netns *net, const char *path, int *value)
{
	struct knob k;
	int r = resolve(net, path, &k);

	if (r < 0)
		return unmodelled(net, path);
	if (r == 1)
		return -EISDIR;
	*value = *knob_ptr(net, &k);
	return 0;
}

int sysctl_ctl_is_dir(struct netns *net, const char *path)
{
	struct knob k;

	return resolve(net, path, &k) == 1 || sysctl_known(net, path) == 2;
}

/*
 * devinet_sysctl_forward, on a change of all.forwarding (ip_forward):
 * inet_forward_change makes default and every device follow, marking each
 * device's value as its own (IN_DEV_CONF_SET), and turns all.accept_redirects
 * to the opposite. Writing the value it already has changes nothing.
 */
static void v4_forward_change(struct netns *net, int on)
{
	struct vl_list *pos;

	if (net->sysctl.v4_all.data[IPV4_DEVCONF_FORWARDING] == on)
		return;
	net->sysctl.v4_all.data[IPV4_DEVCONF_FORWARDING] = on;
	net->sysctl.v4_all.data[IPV4_DEVCONF_ACCEPT_REDIRECTS] = !on;
	net->sysctl.v4_dflt.data[IPV4_DEVCONF_FORWARDING] = on;
	vl_list_for_each(pos, &net->devices) {
		struct netdev *dev = vl_list_entry(pos, struct netdev, dev_list);

		if (dev->ip_ptr) {
			dev->ip_ptr->cnf.data[IPV4_DEVCONF_FORWARDING] = on;
			dev->ip_ptr->cnf.set |= 1ULL << IPV4_DEVCONF_FORWARDING;
		}
	}
}

/* devinet_copy_dflt_conf: devices that never had key written follow default. */
static void v4_default_change(struct netns *net, int key, int value)
{
	struct vl_list *pos;

	vl_list_for_each(pos, &net->devices) {
		struct netdev *dev = vl_list_entry(pos, struct netdev, dev_list);

		if (dev->ip_ptr && !(dev->ip_ptr->cnf.set & (1ULL << key)))
			dev->ip_ptr->cnf.data[key] = value;
	}
}

/* addrconf_disable_ipv6 / addrconf_fixup_forwarding on "all": default and devices follow. */
static void v6_all_change(struct netns *net, int key, int value)
{
	struct vl_list *pos;

	net->sysctl.v6_dflt.data[key] = value;
	vl_list_for_each(pos, &net->devices) {
		struct netdev *dev = vl_list_entry(pos, struct netdev, dev_list);

		if (dev->ip6_ptr)
			dev->ip6_ptr->cnf.data[key] = value;
	}
}

/* addrconf_forward_change and dev_forward_change: the devices' anycast routes follow their setting. */
static void v6_forward_change(struct netns *net, struct netdev *only)
{
	struct vl_list *pos;

	if (only) {
		addrconf_forward_change(only);
		return;
	}
	vl_list_for_each(pos, &net->devices)
		addrconf_forward_change(vl_list_entry(pos, struct netdev, dev_list));
}

static int v6_validate(int key, int value)
{
	if (key == IPV6_DEVCONF_ADDR_GEN_MODE && (value < 0 || value > 3))
		return -EINVAL;
	return 0;
}

int sysctl_ctl_write(struct netns *net, const char *path, int value)
{
	struct knob k;
	int r = resolve(net, path, &k);

	if (r < 0)
		return unmodelled(net, path);
	if (r == 1)
		return -EISDIR;
	if (k.kind == KNOB_IP_FORWARD ||
	    (k.kind == KNOB_V4_CONF && k.key == IPV4_DEVCONF_FORWARDING && k.scope == SCOPE_ALL)) {
		v4_forward_change(net, value);
		return 0;
	}
	if (k.kind == KNOB_V6_CONF && v6_validate(k.key, value))
		return -EINVAL;
	*knob_ptr(net, &k) = value;
	if (k.kind == KNOB_V4_CONF && k.scope == SCOPE_DEV)
		k.dev->ip_ptr->cnf.set |= 1ULL << k.key;
	/* default.forwarding is copied to devices only when they are created. */
	if (k.kind == KNOB_V4_CONF && k.scope == SCOPE_DEFAULT && k.key != IPV4_DEVCONF_FORWARDING)
		v4_default_change(net, k.key, value);
	if (k.kind == KNOB_V6_CONF && k.scope == SCOPE_ALL &&
	    (k.key == IPV6_DEVCONF_DISABLE_IPV6 || k.key == IPV6_DEVCONF_FORWARDING))
		v6_all_change(net, k.key, value);
	if (k.kind == KNOB_V6_CONF && k.key == IPV6_DEVCONF_DISABLE_IPV6 && k.scope != SCOPE_DEFAULT)
		addrconf_disable_change(net, k.scope == SCOPE_DEV ? k.dev : NULL);
	if (k.kind == KNOB_V6_CONF && k.key == IPV6_DEVCONF_FORWARDING && k.scope != SCOPE_DEFAULT)
		v6_forward_change(net, k.scope == SCOPE_DEV ? k.dev : NULL);
	return 0;
}

static int cmp_dev_name(const void *a, const void *b)
{
	const struct netdev *const *x = a, *const *y = b;

	return strcmp((*x)->name, (*y)->name);
}

/* conf/ lists all, default, then devices by name (the sysctl tree is sorted). */
static int walk_conf(struct netns *net, const char *family, int nkeys,
		     const char *(*keyname)(int), struct netdev **devs, unsigned int ndev,
		     sysctl_ctl_cb cb, void *arg)
{
	const char *fixed[2] = { "all", "default" };
	char path[128];
	int v, err;

	for (unsigned int i = 0; i < ndev + 2; i++) {
		const char *scope = i < 2 ? fixed[i] : devs[i - 2]->name;

		for (int key = 0; key < nkeys; key++) {
			snprintf(path, sizeof(path), "net/%s/conf/%s/%s", family, scope, keyname(key));
			if (sysctl_ctl_read(net, path, &v))
				continue;
			err = cb(path, v, arg);
			if (err)
				return err;
		}
	}
	return 0;
}

static int walk_v4_net(struct netns *net, sysctl_ctl_cb cb, void *arg)
{
	char path[128];
	int err;

	for (int key = 0; key < IPV4_NET_MAX; key++) {
		snprintf(path, sizeof(path), "net/ipv4/%s", ipv4_net_name(key));
		err = cb(path, net->sysctl.v4_net[key], arg);
		if (err)
			return err;
	}
	return cb("net/ipv4/ip_forward", net->sysctl.v4_all.data[IPV4_DEVCONF_FORWARDING], arg);
}

int sysctl_ctl_walk(struct netns *net, sysctl_ctl_cb cb, void *arg)
{
	struct netdev **devs = vl_calloc(net->dev_count, sizeof(*devs));
	unsigned int n = 0;
	struct vl_list *pos;
	int err;

	vl_list_for_each(pos, &net->devices)
		devs[n++] = vl_list_entry(pos, struct netdev, dev_list);
	qsort(devs, n, sizeof(*devs), cmp_dev_name);
	err = net == net->world->init_net
		      ? cb("net/core/netdev_max_backlog", net->world->netdev_max_backlog, arg)
		      : 0;
	if (!err)
		err = walk_conf(net, "ipv4", IPV4_DEVCONF_MAX, ipv4_devconf_name, devs, n, cb, arg);
	if (!err)
		err = walk_v4_net(net, cb, arg);
	if (!err)
		err = walk_conf(net, "ipv6", IPV6_DEVCONF_MAX, ipv6_devconf_name, devs, n, cb, arg);
	free(devs);
	return err;
}

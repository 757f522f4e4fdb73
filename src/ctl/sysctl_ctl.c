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
#include "../net/ipv4.h"
#include "../net/ipv6.h"
#include "sysctl_names.h"

enum knob_kind { KNOB_V4_CONF, KNOB_V6_CONF, KNOB_V4_NET, KNOB_IP_FORWARD, KNOB_CORE_BACKLOG, KNOB_NEIGH };
enum knob_scope { SCOPE_ALL, SCOPE_DEFAULT, SCOPE_DEV };

struct knob {
	enum knob_kind kind;
	enum knob_scope scope;
	struct netdev *dev;
	int key;
	bool v6;        /* KNOB_NEIGH: net.ipv6.neigh rather than net.ipv4.neigh */
};

/*
 * net.ipv{4,6}.neigh.{default,DEV}.*: each name, the parameter behind it and
 * the unit it is shown in. The kernel keeps times in jiffies (HZ=250), so a
 * value in milliseconds is rounded up to 4 ms, and one in USER_HZ (1/100 s)
 * down; unres_qlen counts packets of SKB_TRUESIZE(ETH_FRAME_LEN) bytes.
 * IPv6's retrans_time (ndisc_ifinfo_sysctl_change) is the jiffies themselves.
 * Parameters whose behaviour vethlab does not model can be read, not set.
 */
enum neigh_unit { NU_INT, NU_SEC, NU_MS, NU_USERHZ, NU_QLEN, NU_JIFFIES };
#define NEIGH_QLEN_TRUESIZE 2090

static const struct neigh_key {
	const char *name;
	enum neigh_var var;
	enum neigh_unit unit;
	bool modelled;
} neigh_keys[] = {
	{ "anycast_delay", NEIGH_VAR_ANYCAST_DELAY, NU_USERHZ, false },
	{ "app_solicit", NEIGH_VAR_APP_PROBES, NU_INT, true },
	{ "base_reachable_time", NEIGH_VAR_BASE_REACHABLE_TIME, NU_SEC, true },
	{ "base_reachable_time_ms", NEIGH_VAR_BASE_REACHABLE_TIME, NU_MS, true },
	{ "delay_first_probe_time", NEIGH_VAR_DELAY_PROBE_TIME, NU_SEC, true },
	{ "gc_stale_time", NEIGH_VAR_GC_STALETIME, NU_SEC, true },
	{ "interval_probe_time_ms", NEIGH_VAR_INTERVAL_PROBE_TIME_MS, NU_MS, false },
	{ "locktime", NEIGH_VAR_LOCKTIME, NU_USERHZ, true },
	{ "mcast_resolicit", NEIGH_VAR_MCAST_REPROBES, NU_INT, true },
	{ "mcast_solicit", NEIGH_VAR_MCAST_PROBES, NU_INT, true },
	{ "proxy_delay", NEIGH_VAR_PROXY_DELAY, NU_USERHZ, true },
	{ "proxy_qlen", NEIGH_VAR_PROXY_QLEN, NU_INT, true },
	{ "retrans_time", NEIGH_VAR_RETRANS_TIME, NU_USERHZ, true },
	{ "retrans_time_ms", NEIGH_VAR_RETRANS_TIME, NU_MS, true },
	{ "ucast_solicit", NEIGH_VAR_UCAST_PROBES, NU_INT, true },
	{ "unres_qlen", NEIGH_VAR_QUEUE_LEN_BYTES, NU_QLEN, true },
	{ "unres_qlen_bytes", NEIGH_VAR_QUEUE_LEN_BYTES, NU_INT, true },
};
#define NEIGH_NKEYS ((int)(sizeof(neigh_keys) / sizeof(neigh_keys[0])))

static int neigh_key_lookup(const char *name)
{
	for (int i = 0; i < NEIGH_NKEYS; i++)
		if (!strcmp(neigh_keys[i].name, name))
			return i;
	return -1;
}

/* The table's parameters for default, or the device's (made its own when they are to be written). */
static struct neigh_parms *neigh_knob_parms(struct netns *net, const struct knob *k, bool write)
{
	if (k->scope == SCOPE_DEFAULT)
		return k->v6 ? &net->ipv6->nd_tbl.parms : &ipv4_net(net)->arp_tbl.parms;
	if (write)
		return k->v6 ? in6_dev_parms_w(k->dev->ip6_ptr) : in_dev_parms_w(k->dev->ip_ptr);
	/* Only read through. */
	return (struct neigh_parms *)(uintptr_t)(k->v6 ? k->dev->ip6_ptr->nd_parms : k->dev->ip_ptr->arp_parms);
}

static enum neigh_unit neigh_unit(const struct knob *k)
{
	const struct neigh_key *nk = &neigh_keys[k->key];

	return k->v6 && nk->unit == NU_USERHZ && nk->var == NEIGH_VAR_RETRANS_TIME ? NU_JIFFIES : nk->unit;
}

/* A stored neighbour parameter v as k's file shows it. */
static int neigh_show(const struct knob *k, uint32_t v)
{
	switch (neigh_unit(k)) {
	case NU_JIFFIES:
		return (int)(v / 4);
	case NU_SEC:
		return (int)(v / 1000);
	case NU_USERHZ:
		return (int)(v / 10);
	case NU_QLEN:
		return (int)(v / NEIGH_QLEN_TRUESIZE);
	default:
		return (int)v;
	}
}

static int neigh_read(struct netns *net, const struct knob *k)
{
	return neigh_show(k, *neigh_var_ptr(neigh_knob_parms(net, k, false), neigh_keys[k->key].var));
}

/* The stored value (milliseconds in whole jiffies, bytes, a count), or -EINVAL. */
static int64_t neigh_convert(enum neigh_unit unit, int v)
{
	if (v < 0)
		return -EINVAL;
	switch (unit) {
	case NU_JIFFIES:
		return (int64_t)v * 4;
	case NU_SEC:
		return v > INT_MAX / 250 ? -EINVAL : (int64_t)v * 1000;
	case NU_MS:
		return ((int64_t)v + 3) / 4 * 4;
	case NU_USERHZ:
		return (int64_t)v * 250 / 100 * 4;
	case NU_QLEN:
		return v > INT_MAX / NEIGH_QLEN_TRUESIZE ? -EINVAL : (int64_t)v * NEIGH_QLEN_TRUESIZE;
	default:
		return v;
	}
}

/*
 * neigh_proc_update: a device's value becomes its own; one written to
 * default reaches the devices that have none of their own
 * (neigh_copy_dflt_parms). base_reachable_time draws the written
 * parameters' reachable time anew.
 */
static int neigh_write(struct netns *net, const struct knob *k, int value)
{
	const struct neigh_key *nk = &neigh_keys[k->key];
	struct neigh_parms *p;
	int64_t v = neigh_convert(neigh_unit(k), value);
	struct vl_list *pos;

	if (!nk->modelled)
		return -VL_ENOTEMUL;
	if (v < 0)
		return (int)v;
	if (v > UINT32_MAX)
		v = UINT32_MAX;
	p = neigh_knob_parms(net, k, true);
	*neigh_var_ptr(p, nk->var) = (uint32_t)v;
	if (nk->var == NEIGH_VAR_BASE_REACHABLE_TIME)
		neigh_parms_rand_reach(p, net);
	if (k->scope == SCOPE_DEV) {
		p->data_state |= 1u << nk->var;
		return 0;
	}
	vl_list_for_each(pos, &net->devices) {
		struct netdev *dev = vl_list_entry(pos, struct netdev, dev_list);
		const struct neigh_parms *dp = k->v6 ? (dev->ip6_ptr ? dev->ip6_ptr->nd_parms : NULL)
						     : (dev->ip_ptr ? dev->ip_ptr->arp_parms : NULL);

		if (dp && !(dp->data_state & (1u << nk->var)))
			*neigh_var_ptr(k->v6 ? in6_dev_parms_w(dev->ip6_ptr) : in_dev_parms_w(dev->ip_ptr), nk->var) =
				(uint32_t)v;
	}
	return 0;
}

/*
 * net/ipv{4,6}/neigh/{default,DEV}/KEY: default only in the initial
 * namespace. The directories are sysctl_known's to answer for.
 */
static int resolve_neigh(struct netns *net, char **p, int n, struct knob *k)
{
	k->kind = KNOB_NEIGH;
	k->v6 = !strcmp(p[1], "ipv6");
	if (n != 5)
		return -ENOENT;
	if (!strcmp(p[3], "default")) {
		if (net != net->world->init_net)
			return -ENOENT;
		k->scope = SCOPE_DEFAULT;
	} else {
		k->scope = SCOPE_DEV;
		k->dev = netdev_get_by_own_name(net, p[3]);
		if (!k->dev || (k->v6 ? !k->dev->ip6_ptr : !k->dev->ip_ptr))
			return -ENOENT;
	}
	k->key = neigh_key_lookup(p[4]);
	return k->key < 0 ? -ENOENT : 0;
}

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
		if (!strcmp(p[2], "neigh"))
			return resolve_neigh(net, p, n, k);
		if (strcmp(p[2], "conf"))
			return -ENOENT;
		k->kind = KNOB_V4_CONF;
	} else if (!strcmp(p[1], "ipv6")) {
		if (n == 2)
			return 1;
		if (!strcmp(p[2], "neigh"))
			return resolve_neigh(net, p, n, k);
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

/*
 * Where a knob's value is; write: it is about to be written, so a namespace
 * sharing its sysctls gets its own first (read: only read through it).
 */
static int *knob_ptr(struct netns *net, const struct knob *k, bool write)
{
	struct sysctl_net *s = write ? netns_sysctl_w(net) : (struct sysctl_net *)net->sysctl;

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
		return write ? &in_dev_conf_w(k->dev->ip_ptr)->data[k->key]
			     : (int *)(uintptr_t)&k->dev->ip_ptr->cnf->data[k->key];
	case KNOB_V6_CONF:
	default:
		if (k->scope == SCOPE_ALL)
			return &s->v6_all.data[k->key];
		if (k->scope == SCOPE_DEFAULT)
			return &s->v6_dflt.data[k->key];
		return write ? &in6_dev_conf_w(k->dev->ip6_ptr)->data[k->key]
			     : (int *)(uintptr_t)&k->dev->ip6_ptr->cnf->data[k->key];
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
	*value = k.kind == KNOB_NEIGH ? neigh_read(net, &k) : *knob_ptr(net, &k, false);
	return 0;
}

/* A knob's value in a world never written to (sysctl_ctl_default). */
static int knob_default(const struct knob *k)
{
	bool lo = k->dev && (k->dev->flags & IFF_LOOPBACK);
	struct neigh_parms np;
	struct sysctl_net p = { 0 };
	struct ipv4_devconf c4;
	struct ipv6_devconf c6;

	sysctl_net_init_defaults(&p);
	switch (k->kind) {
	case KNOB_CORE_BACKLOG:
		return NETDEV_MAX_BACKLOG_DEFAULT;
	case KNOB_IP_FORWARD:
		return p.v4_all.data[IPV4_DEVCONF_FORWARDING];
	case KNOB_V4_NET:
		return p.v4_net[k->key];
	case KNOB_NEIGH:
		/* Every table's devices start from its (the initial namespace's) default. */
		if (k->v6)
			ndisc_parms_default(&np);
		else
			neigh_parms_default(&np);
		return neigh_show(k, *neigh_var_ptr(&np, neigh_keys[k->key].var));
	case KNOB_V4_CONF:
		sysctl_dev_init(&p, lo, &c4);
		return k->scope == SCOPE_ALL ? p.v4_all.data[k->key]
		       : k->scope == SCOPE_DEFAULT ? p.v4_dflt.data[k->key] : c4.data[k->key];
	case KNOB_V6_CONF:
	default:
		sysctl_dev_init6(&p, lo, &c6);
		return k->scope == SCOPE_ALL ? p.v6_all.data[k->key]
		       : k->scope == SCOPE_DEFAULT ? p.v6_dflt.data[k->key] : c6.data[k->key];
	}
}

int sysctl_ctl_default(struct netns *net, const char *path, int *value)
{
	struct knob k;
	int r = resolve(net, path, &k);

	if (r < 0)
		return -ENOENT;
	if (r == 1)
		return -EISDIR;
	*value = knob_default(&k);
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
	struct sysctl_net *s;
	struct vl_list *pos;

	if (net->sysctl->v4_all.data[IPV4_DEVCONF_FORWARDING] == on)
		return;
	s = netns_sysctl_w(net);
	s->v4_all.data[IPV4_DEVCONF_FORWARDING] = on;
	s->v4_all.data[IPV4_DEVCONF_ACCEPT_REDIRECTS] = !on;
	s->v4_dflt.data[IPV4_DEVCONF_FORWARDING] = on;
	vl_list_for_each(pos, &net->devices) {
		struct netdev *dev = vl_list_entry(pos, struct netdev, dev_list);

		if (dev->ip_ptr) {
			struct ipv4_devconf *c = in_dev_conf_w(dev->ip_ptr);

			c->data[IPV4_DEVCONF_FORWARDING] = on;
			c->set |= 1ULL << IPV4_DEVCONF_FORWARDING;
		}
	}
}

/* devinet_copy_dflt_conf: devices that never had key written follow default. */
static void v4_default_change(struct netns *net, int key, int value)
{
	struct vl_list *pos;

	vl_list_for_each(pos, &net->devices) {
		struct netdev *dev = vl_list_entry(pos, struct netdev, dev_list);

		if (dev->ip_ptr && !(dev->ip_ptr->cnf->set & (1ULL << key)))
			in_dev_conf_w(dev->ip_ptr)->data[key] = value;
	}
}

/* addrconf_disable_ipv6 / addrconf_fixup_forwarding on "all": default and devices follow. */
static void v6_all_change(struct netns *net, int key, int value)
{
	struct vl_list *pos;

	netns_sysctl_w(net)->v6_dflt.data[key] = value;
	vl_list_for_each(pos, &net->devices) {
		struct netdev *dev = vl_list_entry(pos, struct netdev, dev_list);

		if (dev->ip6_ptr)
			in6_dev_conf_w(dev->ip6_ptr)->data[key] = value;
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
	/* A u8 of 0 or 1 (proc_dou8vec_minmax). */
	if (key == IPV6_DEVCONF_NDISC_EVICT_NOCARRIER && (value < 0 || value > 1))
		return -EINVAL;
	/* addrconf_sysctl's hop_limit: proc_dointvec_minmax from 1 to 255. */
	if (key == IPV6_DEVCONF_HOP_LIMIT && (value < 1 || value > 255))
		return -EINVAL;
	return 0;
}

/* proc_dou8vec_minmax's bounds: icmp_echo_ignore_all 0 or 1, ip_default_ttl 1 to 255. */
static int v4_net_validate(int key, int value)
{
	if (key == IPV4_NET_ICMP_ECHO_IGNORE_ALL && (value < 0 || value > 1))
		return -EINVAL;
	if (key == IPV4_NET_IP_DEFAULT_TTL && (value < 1 || value > 255))
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
	if (k.kind == KNOB_NEIGH)
		return neigh_write(net, &k, value);
	if ((k.kind == KNOB_V4_CONF && !ipv4_devconf_modelled(k.key)) ||
	    (k.kind == KNOB_V4_NET && !ipv4_net_modelled(k.key)))
		return -VL_ENOTEMUL;
	if (k.kind == KNOB_V4_NET && v4_net_validate(k.key, value))
		return -EINVAL;
	/* devinet_conf_proc, addrconf_sysctl_*: route look-ups read some of these (forwarding). */
	rt_cache_flush(net);
	fib6_sernum_bump(net);
	if (k.kind == KNOB_IP_FORWARD ||
	    (k.kind == KNOB_V4_CONF && k.key == IPV4_DEVCONF_FORWARDING && k.scope == SCOPE_ALL)) {
		v4_forward_change(net, value);
		return 0;
	}
	if (k.kind == KNOB_V6_CONF && v6_validate(k.key, value))
		return -EINVAL;
	*knob_ptr(net, &k, true) = value;
	if (k.kind == KNOB_V4_CONF && k.scope == SCOPE_DEV)
		in_dev_conf_w(k.dev->ip_ptr)->set |= 1ULL << k.key;
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

/* One entry of a walk: cb with its value, skipped when it cannot be read there. */
static int walk_one(struct netns *net, const char *path, sysctl_ctl_cb cb, void *arg)
{
	int v;

	return sysctl_ctl_read(net, path, &v) ? 0 : cb(path, v, arg);
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/*
 * The names of a conf/ or neigh/ directory in the sysctl tree's order (by
 * name, all and default among the devices): fixed's names, then devs',
 * sorted into scopes (nfixed + ndev of them).
 */
static void scope_names(const char *const *fixed, unsigned int nfixed, struct netdev **devs, unsigned int ndev,
			const char **scopes)
{
	for (unsigned int i = 0; i < nfixed; i++)
		scopes[i] = fixed[i];
	for (unsigned int i = 0; i < ndev; i++)
		scopes[nfixed + i] = devs[i]->name;
	qsort(scopes, nfixed + ndev, sizeof(*scopes), cmp_str);
}

/* conf/ lists all, default and the devices, by name (the sysctl tree is sorted). */
static int walk_conf(struct netns *net, const char *family, int nkeys,
		     const char *(*keyname)(int), struct netdev **devs, unsigned int ndev,
		     sysctl_ctl_cb cb, void *arg)
{
	static const char *const fixed[2] = { "all", "default" };
	const char **scopes = vl_calloc(ndev + 2, sizeof(*scopes));
	char path[128];
	int err = 0;

	scope_names(fixed, 2, devs, ndev, scopes);
	for (unsigned int i = 0; i < ndev + 2 && !err; i++) {
		const char *scope = scopes[i];

		for (int key = 0; key < nkeys && !err; key++) {
			snprintf(path, sizeof(path), "net/%s/conf/%s/%s", family, scope, keyname(key));
			err = walk_one(net, path, cb, arg);
		}
	}
	free(scopes);
	return err;
}

/* net/ipv4's own knobs and ip_forward, by name as the sysctl tree lists them (ip_forward before ipfrag_time). */
static int walk_v4_net(struct netns *net, sysctl_ctl_cb cb, void *arg)
{
	const char *names[IPV4_NET_MAX + 1];
	char path[128];
	int err = 0;

	for (int key = 0; key < IPV4_NET_MAX; key++)
		names[key] = ipv4_net_name(key);
	names[IPV4_NET_MAX] = "ip_forward";
	qsort(names, IPV4_NET_MAX + 1, sizeof(names[0]), cmp_str);
	for (int i = 0; i <= IPV4_NET_MAX && !err; i++) {
		snprintf(path, sizeof(path), "net/ipv4/%s", names[i]);
		err = walk_one(net, path, cb, arg);
	}
	return err;
}

/* neigh/ lists default (the initial namespace's only) and the devices, by name. */
static int walk_neigh(struct netns *net, const char *family, struct netdev **devs, unsigned int ndev,
		      sysctl_ctl_cb cb, void *arg)
{
	static const char *const fixed[1] = { "default" };
	unsigned int nfixed = net == net->world->init_net ? 1 : 0;
	const char **scopes = vl_calloc(ndev + 1, sizeof(*scopes));
	char path[128];
	int err = 0;

	scope_names(fixed, nfixed, devs, ndev, scopes);
	for (unsigned int i = 0; i < ndev + nfixed && !err; i++) {
		bool dflt = nfixed && !strcmp(scopes[i], "default");
		const char *const *keys = dflt ? sysctl_names.neigh_default : sysctl_names.neigh_dev;

		for (int key = 0; keys[key] && !err; key++) {
			snprintf(path, sizeof(path), "net/%s/neigh/%s/%s", family, scopes[i], keys[key]);
			err = walk_one(net, path, cb, arg);
		}
	}
	free(scopes);
	return err;
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
		err = walk_neigh(net, "ipv4", devs, n, cb, arg);
	if (!err)
		err = walk_conf(net, "ipv6", IPV6_DEVCONF_MAX, ipv6_devconf_name, devs, n, cb, arg);
	if (!err)
		err = walk_neigh(net, "ipv6", devs, n, cb, arg);
	free(devs);
	return err;
}

/* sysfs.c: /sys/class/net, as net/core/net-sysfs.c shows devices. */
#include <ctype.h>
#include <errno.h>
#include <inttypes.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/alloc.h"
#include "../core/ethtool.h"
#include "../core/netdev.h"
#include "../core/netns.h"
#include "rtnl.h"
#include "ctl_errno.h"
#include "sysfs_bridge.h"
#include "sysfs_queues.h"
#include "vfs_int.h"

/*
 * kstrtoul(s, 0, &v), as netdev_store parses a write: an optional '+', 0x
 * for hex or a leading 0 for octal, digits, at most one trailing newline.
 */
int sysfs_kstrtoul(const char *s, uint64_t *res)
{
	unsigned int base = 10;
	uint64_t v = 0;
	bool overflow = false;
	const char *start;

	if (*s == '+')
		s++;
	if (s[0] == '0') {
		base = 8;
		if ((s[1] | 0x20) == 'x' && isxdigit((unsigned char)s[2])) {
			base = 16;
			s += 2;
		}
	}
	for (start = s;; s++) {
		unsigned int d = (*s >= '0' && *s <= '9') ? (unsigned int)(*s - '0')
			       : ((*s | 0x20) >= 'a' && (*s | 0x20) <= 'f') ? (unsigned int)((*s | 0x20) - 'a' + 10)
			       : 16;

		if (d >= base)
			break;
		if (v > (UINT64_MAX - d) / base)
			overflow = true;
		v = v * base + d;
	}
	if (overflow)
		return -ERANGE;
	if (s == start)
		return -EINVAL;
	if (*s == '\n')
		s++;
	if (*s)
		return -EINVAL;
	*res = v;
	return 0;
}

/* sysfs_format_mac: the device address, six lower-case bytes. */
static void put_mac(FILE *f, const uint8_t *a)
{
	fprintf(f, "%02x:%02x:%02x:%02x:%02x:%02x\n", a[0], a[1], a[2], a[3], a[4], a[5]);
}

static int address_show(const struct netdev *dev, FILE *f)
{
	put_mac(f, dev->dev_addr);
	return 0;
}

static int broadcast_show(const struct netdev *dev, FILE *f)
{
	put_mac(f, dev->broadcast);
	return 0;
}

/* Ethernet and loopback devices alike have six-byte addresses. */
static int addr_len_show(const struct netdev *dev, FILE *f)
{
	(void)dev;
	fputs("6\n", f);
	return 0;
}

/* Only a running device can say whether it has carrier; its queued carrier change is applied first. */
static int carrier_show(const struct netdev *dev, FILE *f)
{
	if (!(dev->flags & IFF_UP))
		return -EINVAL;
	linkwatch_sync_dev(netdev_get_by_index(dev->net, dev->ifindex));
	fprintf(f, "%d\n", dev->carrier ? 1 : 0);
	return 0;
}

static int carrier_changes_show(const struct netdev *dev, FILE *f)
{
	fprintf(f, "%u\n", dev->carrier_up_count + dev->carrier_down_count);
	return 0;
}

static int carrier_up_count_show(const struct netdev *dev, FILE *f)
{
	fprintf(f, "%u\n", dev->carrier_up_count);
	return 0;
}

static int carrier_down_count_show(const struct netdev *dev, FILE *f)
{
	fprintf(f, "%u\n", dev->carrier_down_count);
	return 0;
}

/* dev_id is printed with the kernel's %#x, which writes 0 as 0x0. */
static int dev_id_show(const struct netdev *dev, FILE *f)
{
	(void)dev;
	fputs("0x0\n", f);
	return 0;
}

static int zero_show(const struct netdev *dev, FILE *f)
{
	(void)dev;
	fputs("0\n", f);
	return 0;
}

/* The alias and a newline; nothing at all without one. */
static int ifalias_show(const struct netdev *dev, FILE *f)
{
	if (dev->ifalias)
		fprintf(f, "%s\n", dev->ifalias);
	return 0;
}

static int group_show(const struct netdev *dev, FILE *f)
{
	fprintf(f, "%d\n", (int)dev->group);
	return 0;
}

static int link_mode_show(const struct netdev *dev, FILE *f)
{
	fprintf(f, "%d\n", dev->link_mode);
	return 0;
}

/* dormant and testing: no vethlab driver reports either; only a running device answers. */
static int running_zero_show(const struct netdev *dev, FILE *f)
{
	if (!(dev->flags & IFF_UP))
		return -EINVAL;
	fputs("0\n", f);
	return 0;
}

/*
 * speed_show and duplex_show: the driver's link settings, only while the
 * device is up (EINVAL otherwise, and for a device without
 * get_link_ksettings, as lo). vethlab's bridge does not model the bridge's
 * own answer (the fastest running port's speed): not emulated.
 */
static int link_ksettings(const struct netdev *dev, struct ethtool_link_ksettings *ks)
{
	if (!dev->ethtool_ops || !dev->ethtool_ops->get_link_ksettings)
		return (dev->flags & IFF_LOOPBACK) ? -EINVAL : -VL_ENOTEMUL;
	if (!(dev->flags & IFF_UP) || dev->ethtool_ops->get_link_ksettings(dev, ks))
		return -EINVAL;
	return 0;
}

/* The u32 speed printed with fmt_dec: SPEED_UNKNOWN is -1. */
static int speed_show(const struct netdev *dev, FILE *f)
{
	struct ethtool_link_ksettings ks;
	int err = link_ksettings(dev, &ks);

	if (err)
		return err;
	fprintf(f, "%d\n", ks.speed);
	return 0;
}

static int duplex_show(const struct netdev *dev, FILE *f)
{
	struct ethtool_link_ksettings ks;
	int err = link_ksettings(dev, &ks);

	if (err)
		return err;
	fprintf(f, "%s\n", ks.duplex == DUPLEX_HALF ? "half" : ks.duplex == DUPLEX_FULL ? "full" : "unknown");
	return 0;
}

/* dev->flags itself (no RUNNING, no LOWER_UP), with the kernel's %#x. */
static int flags_show(const struct netdev *dev, FILE *f)
{
	if (dev->flags)
		fprintf(f, "%#x\n", dev->flags);
	else
		fputs("0x0\n", f);
	return 0;
}

static int ifindex_show(const struct netdev *dev, FILE *f)
{
	fprintf(f, "%d\n", dev->ifindex);
	return 0;
}

static int iflink_show(const struct netdev *dev, FILE *f)
{
	fprintf(f, "%d\n", dev_get_iflink(dev));
	return 0;
}

static int mtu_show(const struct netdev *dev, FILE *f)
{
	fprintf(f, "%d\n", dev->mtu);
	return 0;
}

static int operstate_show(const struct netdev *dev, FILE *f)
{
	static const char *const names[] = {
		[IF_OPER_UNKNOWN] = "unknown", [IF_OPER_NOTPRESENT] = "notpresent",
		[IF_OPER_DOWN] = "down", [IF_OPER_LOWERLAYERDOWN] = "lowerlayerdown",
		[IF_OPER_TESTING] = "testing", [IF_OPER_DORMANT] = "dormant", [IF_OPER_UP] = "up",
	};
	enum if_oper op = dev_operstate(dev);

	fprintf(f, "%s\n", op <= IF_OPER_UP ? names[op] : "unknown");
	return 0;
}

/* Printed signed (fmt_dec), as the kernel does. */
static int tx_queue_len_show(const struct netdev *dev, FILE *f)
{
	fprintf(f, "%d\n", (int)dev->tx_queue_len);
	return 0;
}

static int type_show(const struct netdev *dev, FILE *f)
{
	fprintf(f, "%d\n", dev->type);
	return 0;
}

/* Applies a as ip link set would, on dev alone. */
static int sysfs_setlink(struct netdev *dev, const struct link_attrs *a)
{
	const char *extack = NULL;

	return rtnl_link_change(dev->net, dev->ifindex, NULL, a, &extack);
}

/* change_mtu: dev_set_mtu((int)value), a no-op for the current MTU. */
static int mtu_store(struct netdev *dev, uint64_t v)
{
	struct link_attrs a = { .mask = LA_MTU, .mtu = (int)(uint32_t)v };

	return sysfs_setlink(dev, &a);
}

/* dev_change_tx_queue_len: any unsigned int. */
static int tx_queue_len_store(struct netdev *dev, uint64_t v)
{
	struct link_attrs a = { .mask = LA_TXQLEN, .txqlen = (uint32_t)v };

	if (v > UINT_MAX)
		return -ERANGE;
	return sysfs_setlink(dev, &a);
}

/* change_flags: dev_change_flags with the value as the whole new set. */
static int flags_store(struct netdev *dev, uint64_t v)
{
	struct link_attrs a = { .ifi_flags = (unsigned int)v, .ifi_change = ~0u };

	return sysfs_setlink(dev, &a);
}

/* change_group: dev_set_group((int)value). */
static int group_store(struct netdev *dev, uint64_t v)
{
	struct link_attrs a = { .mask = LA_GROUP, .group = (uint32_t)v };

	return sysfs_setlink(dev, &a);
}

/* dev_change_proto_down: no vethlab device can be held down by protocols. */
static int proto_down_store(struct netdev *dev, uint64_t v)
{
	(void)dev, (void)v;
	return -EOPNOTSUPP;
}

/* ifalias_store: one trailing newline is dropped; an empty alias removes it. */
static int ifalias_store(struct netdev *dev, const char *buf, size_t len)
{
	int err;

	if (len > 0 && buf[len - 1] == '\n')
		len--;
	err = dev_set_alias(dev, buf, len);
	if (!err)
		netdev_state_change(dev);
	return err;
}

/* dev->addr_assign_type: NET_ADDR_PERM, RANDOM, STOLEN or SET. */
static int addr_assign_type_show(const struct netdev *dev, FILE *f)
{
	fprintf(f, "%d\n", dev->addr_assign_type);
	return 0;
}

/* dev->name_assign_type; a device that never said (NET_NAME_UNKNOWN) answers EINVAL. */
static int name_assign_type_show(const struct netdev *dev, FILE *f)
{
	if (dev->name_assign_type == NET_NAME_UNKNOWN)
		return -EINVAL;
	fprintf(f, "%d\n", dev->name_assign_type);
	return 0;
}

static bool dev_is_kind(const struct netdev *dev, const char *kind)
{
	return dev->rtnl_link_ops && !strcmp(dev->rtnl_link_ops->kind, kind);
}

/* The device's uevent environment: DEVTYPE (a bridge's), INTERFACE and IFINDEX. */
static int uevent_show(const struct netdev *dev, FILE *f)
{
	if (dev_is_kind(dev, "bridge"))
		fputs("DEVTYPE=bridge\n", f);
	fprintf(f, "INTERFACE=%s\nIFINDEX=%d\n", dev->name, dev->ifindex);
	return 0;
}

/*
 * gro_flush_timeout and napi_defer_hard_irqs: NAPI's deferral of its GRO
 * flush and of interrupts, not modelled. Both stay 0: writing 0 changes
 * nothing, any other value is not emulated (after the kernel's own checks).
 */
static int gro_flush_timeout_store(struct netdev *dev, uint64_t v)
{
	(void)dev;
	return v ? -VL_ENOTEMUL : 0;
}

static int napi_defer_hard_irqs_store(struct netdev *dev, uint64_t v)
{
	(void)dev;
	if (v > INT32_MAX)
		return -ERANGE;
	return v ? -VL_ENOTEMUL : 0;
}

/*
 * modify_napi_threaded: EOPNOTSUPP for a device without NAPI instances;
 * veth has them while up with GRO (its rings), and threaded NAPI is not
 * modelled.
 */
static int threaded_store(struct netdev *dev, uint64_t v)
{
	(void)v;
	if (dev_is_kind(dev, "veth") && (dev->flags & IFF_UP) && (dev->features & NETIF_F_GRO))
		return -VL_ENOTEMUL;
	return -EOPNOTSUPP;
}

/* The actions kobject_synth_uevent knows. */
static bool uevent_action(const char *s, size_t n)
{
	static const char *const actions[] = { "add", "remove", "change", "move", "online", "offline",
					       "bind", "unbind", NULL };

	for (int i = 0; actions[i]; i++)
		if (strlen(actions[i]) == n && !strncmp(actions[i], s, n))
			return true;
	return false;
}

/*
 * uevent_store: "ACTION [UUID [KEY=VALUE...]]" synthesises a uevent for
 * udev. An unknown action is EINVAL; vethlab has no uevent listeners, so a
 * valid one is not emulated rather than sent to nobody.
 */
static int uevent_store(struct netdev *dev, const char *buf, size_t len)
{
	size_t n = 0;

	(void)dev;
	if (len > 0 && (buf[len - 1] == '\n' || buf[len - 1] == '\0'))
		len--;
	if (!len)
		return -EINVAL;
	while (n < len && buf[n] != ' ')
		n++;
	if (!uevent_action(buf, n))
		return -EINVAL;
	if (n < len) {
		/* A UUID must follow: 8-4-4-4-12 hex digits. */
		const char *u = buf + n + 1;

		if (len - n - 1 < 36)
			return -EINVAL;
		for (int i = 0; i < 36; i++)
			if ((i == 8 || i == 13 || i == 18 || i == 23) ? u[i] != '-' : !isxdigit((unsigned char)u[i]))
				return -EINVAL;
		if (len - n - 1 > 36 && u[36] != ' ')
			return -EINVAL;
	}
	return -VL_ENOTEMUL;
}

enum attr_mode {
	ATTR_RO,      /* 0444: a write is EACCES */
	ATTR_RW,      /* 0644, with a modelled store */
	ATTR_RW_NA,   /* 0644, the change is not emulated: VL_ENOTEMUL */
	ATTR_DIR,     /* a directory (or the subsystem link) */
};

/*
 * A device directory's entries, sorted. Entries without a show exist for ls
 * but are not emulated: reading them fails with VL_ENOTEMUL rather than show
 * a value vethlab does not model.
 */
struct net_attr {
	const char *name;
	int (*show)(const struct netdev *dev, FILE *f);
	int (*store)(struct netdev *dev, uint64_t v);
	enum attr_mode mode;
	/* A store that takes the written text as it is, instead of a number. */
	int (*store_text)(struct netdev *dev, const char *buf, size_t len);
};

static const struct net_attr net_attrs[] = {
	{ "addr_assign_type", addr_assign_type_show, NULL, ATTR_RO },
	{ "addr_len", addr_len_show, NULL, ATTR_RO },
	{ "address", address_show, NULL, ATTR_RO },
	{ "broadcast", broadcast_show, NULL, ATTR_RO },
	/* Neither veth nor lo has ndo_change_carrier: EOPNOTSUPP before the value is read. */
	{ "carrier", carrier_show, NULL, ATTR_RW_NA },
	{ "carrier_changes", carrier_changes_show, NULL, ATTR_RO },
	{ "carrier_down_count", carrier_down_count_show, NULL, ATTR_RO },
	{ "carrier_up_count", carrier_up_count_show, NULL, ATTR_RO },
	{ "dev_id", dev_id_show, NULL, ATTR_RO },
	{ "dev_port", zero_show, NULL, ATTR_RO },
	{ "dormant", running_zero_show, NULL, ATTR_RO },
	{ "duplex", duplex_show, NULL, ATTR_RO },
	{ "flags", flags_show, flags_store, ATTR_RW },
	{ "gro_flush_timeout", zero_show, gro_flush_timeout_store, ATTR_RW },
	{ "ifalias", ifalias_show, NULL, ATTR_RW, ifalias_store },
	{ "ifindex", ifindex_show, NULL, ATTR_RO },
	{ "iflink", iflink_show, NULL, ATTR_RO },
	{ "link_mode", link_mode_show, NULL, ATTR_RO },
	{ "mtu", mtu_show, mtu_store, ATTR_RW },
	{ "name_assign_type", name_assign_type_show, NULL, ATTR_RO },
	{ "napi_defer_hard_irqs", zero_show, napi_defer_hard_irqs_store, ATTR_RW },
	{ "netdev_group", group_show, group_store, ATTR_RW },
	{ "operstate", operstate_show, NULL, ATTR_RO },
	{ "power", NULL, NULL, ATTR_DIR },
	{ "proto_down", zero_show, proto_down_store, ATTR_RW },
	{ "queues", NULL, NULL, ATTR_DIR },
	{ "speed", speed_show, NULL, ATTR_RO },
	{ "statistics", NULL, NULL, ATTR_DIR },
	{ "subsystem", NULL, NULL, ATTR_DIR },
	{ "testing", running_zero_show, NULL, ATTR_RO },
	{ "threaded", zero_show, threaded_store, ATTR_RW },
	{ "tx_queue_len", tx_queue_len_show, tx_queue_len_store, ATTR_RW },
	{ "type", type_show, NULL, ATTR_RO },
	{ "uevent", uevent_show, NULL, ATTR_RW, uevent_store },
	{ NULL, NULL, NULL, ATTR_RO },
};

/* statistics/: the rtnl_link_stats64 fields; those vethlab does not keep are 0. */
#define STAT(name, field) { name, offsetof(struct netdev_stats, field) }
#define STAT_ZERO(name) { name, SIZE_MAX }

static const struct net_stat {
	const char *name;
	size_t offset;
} net_stats[] = {
	STAT("collisions", collisions), STAT("multicast", multicast), STAT("rx_bytes", rx_bytes),
	STAT_ZERO("rx_compressed"), STAT_ZERO("rx_crc_errors"), STAT("rx_dropped", rx_dropped),
	STAT("rx_errors", rx_errors), STAT_ZERO("rx_fifo_errors"),
	STAT("rx_frame_errors", rx_frame_errors), STAT_ZERO("rx_length_errors"),
	STAT("rx_missed_errors", rx_missed_errors), STAT_ZERO("rx_nohandler"),
	STAT("rx_over_errors", rx_over_errors), STAT("rx_packets", rx_packets),
	STAT_ZERO("tx_aborted_errors"), STAT("tx_bytes", tx_bytes),
	STAT("tx_carrier_errors", tx_carrier_errors), STAT_ZERO("tx_compressed"),
	STAT("tx_dropped", tx_dropped), STAT("tx_errors", tx_errors), STAT_ZERO("tx_fifo_errors"),
	STAT_ZERO("tx_heartbeat_errors"), STAT("tx_packets", tx_packets),
	STAT_ZERO("tx_window_errors"), { NULL, 0 },
};

/*
 * A path below /sys/class/net, taken apart: DEV[/ATTR[/STAT]],
 * DEV/power[/SUB], DEV/queues[/rx-N|tx-N[/SUB]].
 */
struct sysfs_node {
	struct netdev *dev;
	const struct net_attr *attr;   /* NULL: the device directory */
	const struct net_stat *stat;   /* under statistics/ */
	bool is_sub;                   /* below power/ or queues/ (sysfs_queues.c), in sub */
	struct sysfs_sub_node sub;
	bool below_na;                 /* inside a directory that is not emulated */
	bool is_br;                    /* one of the bridge's entries (sysfs_bridge.c), in br */
	struct br_sysfs_node br;
};

static const struct net_attr *attr_find(const char *name, size_t len)
{
	for (const struct net_attr *a = net_attrs; a->name; a++)
		if (strlen(a->name) == len && !strncmp(a->name, name, len))
			return a;
	return NULL;
}

static const struct net_stat *stat_find(const char *name)
{
	for (const struct net_stat *s = net_stats; s->name; s++)
		if (!strcmp(s->name, name))
			return s;
	return NULL;
}

/* 0, or -ENOENT / -ENOTDIR for a path that is not there. rel is not "". */
static int sysfs_walk(struct netns *net, const char *rel, struct sysfs_node *nd)
{
	char name[IFNAMSIZ + 1];
	size_t n = strcspn(rel, "/");
	const char *rest;

	memset(nd, 0, sizeof(*nd));
	if (n > IFNAMSIZ)
		return -ENOENT;
	snprintf(name, sizeof(name), "%.*s", (int)n, rel);
	nd->dev = netdev_get_by_own_name(net, name);
	if (!nd->dev)
		return -ENOENT;
	if (!rel[n])
		return 0;
	rest = rel + n + 1;
	n = strcspn(rest, "/");
	nd->attr = attr_find(rest, n);
	if (!nd->attr) {
		nd->is_br = true;
		return br_sysfs_walk(nd->dev, rest, n, rest[n] ? rest + n + 1 : NULL, &nd->br);
	}
	if (!rest[n])
		return 0;
	if (nd->attr->mode != ATTR_DIR)
		return -ENOTDIR;
	rest += n + 1;
	if (!strcmp(nd->attr->name, "power") || !strcmp(nd->attr->name, "queues")) {
		nd->is_sub = true;
		return sysfs_sub_walk(nd->dev, !strcmp(nd->attr->name, "power"), rest, &nd->sub);
	}
	if (strcmp(nd->attr->name, "statistics")) {
		nd->below_na = true;
		return 0;
	}
	nd->stat = stat_find(rest);
	return nd->stat ? 0 : -ENOENT;
}

static int sysfs_stat(struct netns *net, const char *rel)
{
	struct sysfs_node nd;
	int err;

	if (!*rel)
		return 1;
	err = sysfs_walk(net, rel, &nd);
	if (err)
		return err;
	if (nd.is_br)
		return br_sysfs_stat(&nd.br);
	if (nd.below_na)
		return -VL_ENOTEMUL;
	if (nd.is_sub)
		return nd.sub.attr ? 0 : 1;
	if (nd.stat)
		return 0;
	return !nd.attr || nd.attr->mode == ATTR_DIR ? 1 : 0;
}

static int sysfs_show(struct netns *net, const char *rel, FILE *f)
{
	struct sysfs_node nd;
	int err = *rel ? sysfs_walk(net, rel, &nd) : -EISDIR;

	if (err)
		return err;
	if (nd.is_br)
		return br_sysfs_show(&nd.br, f);
	if (nd.stat) {
		struct netdev_stats st;
		uint64_t v = 0;

		netdev_get_stats(nd.dev, &st);
		if (nd.stat->offset != SIZE_MAX)
			memcpy(&v, (const char *)&st + nd.stat->offset, sizeof(v));
		fprintf(f, "%" PRIu64 "\n", v);
		return 0;
	}
	if (nd.is_sub)
		return sysfs_sub_show(nd.dev, &nd.sub, f);
	if (!nd.attr || nd.below_na || nd.attr->mode == ATTR_DIR)
		return -EISDIR;
	return nd.attr->show ? nd.attr->show(nd.dev, f) : -VL_ENOTEMUL;
}

static int add_dev_name(const struct rtnl_link *l, void *arg)
{
	vfs_names_add(arg, l->name);
	return 0;
}

static int sysfs_list(struct netns *net, const char *rel, struct vfs_names *n)
{
	struct sysfs_node nd;
	int err;

	if (!*rel)
		return rtnl_link_dump(net, add_dev_name, n);
	err = sysfs_walk(net, rel, &nd);
	if (err)
		return err;
	if (nd.is_br)
		return br_sysfs_list(&nd.br, n);
	if (!nd.attr) {
		for (const struct net_attr *a = net_attrs; a->name; a++)
			vfs_names_add(n, a->name);
		br_sysfs_list_dev(nd.dev, n);
		return 0;
	}
	if (nd.is_sub)
		return sysfs_sub_list(nd.dev, &nd.sub, n);
	if (!strcmp(nd.attr->name, "power") || !strcmp(nd.attr->name, "queues"))
		return sysfs_sub_list_top(nd.dev, !strcmp(nd.attr->name, "power"), n);
	if (nd.below_na || strcmp(nd.attr->name, "statistics"))
		return -VL_ENOTEMUL;
	for (const struct net_stat *s = net_stats; s->name; s++)
		vfs_names_add(n, s->name);
	return 0;
}

/* As open(2) for writing would answer: the 0444 files refuse even root. */
static int sysfs_writable(struct netns *net, const char *rel)
{
	struct sysfs_node nd;
	int err = sysfs_walk(net, rel, &nd);

	if (err)
		return err;
	if (nd.is_br)
		return br_sysfs_writable(&nd.br);
	if (nd.below_na)
		return -VL_ENOTEMUL;
	if (nd.is_sub)
		return sysfs_sub_writable(&nd.sub);
	return nd.stat || !nd.attr || nd.attr->mode == ATTR_RO ? -EACCES : 0;
}

static int sysfs_store(struct netns *net, const char *rel, const char *buf, size_t len)
{
	struct sysfs_node nd;
	int err = sysfs_walk(net, rel, &nd);
	uint64_t v;
	char *text;

	if (err)
		return err;
	if (nd.is_br) {
		/* store_bridge_parm and brport_store parse the value (kstrtoul) before anything else. */
		err = br_sysfs_writable(&nd.br);
		if (err)
			return err;
		text = vl_strndup(buf, len);
		err = sysfs_kstrtoul(text, &v);
		free(text);
		return err ? err : br_sysfs_store(&nd.br, v);
	}
	if (nd.is_sub)
		return sysfs_sub_store(nd.dev, &nd.sub, buf, len);
	/* The kernel's own answer for carrier (no ndo_change_carrier); the rest is ours. */
	if (nd.attr && !strcmp(nd.attr->name, "carrier"))
		return -EOPNOTSUPP;
	if (nd.attr && nd.attr->store_text)
		return nd.attr->store_text(nd.dev, buf, len);
	if (!nd.attr || !nd.attr->store)
		return -VL_ENOTEMUL;
	text = vl_strndup(buf, len);
	err = sysfs_kstrtoul(text, &v);
	free(text);
	return err ? err : nd.attr->store(nd.dev, v);
}

const struct vfs_ops sysfs_vfs_ops = {
	.stat = sysfs_stat,
	.show = sysfs_show,
	.list = sysfs_list,
	.store = sysfs_store,
	.writable = sysfs_writable,
};

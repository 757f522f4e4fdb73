/*
 * sysfs_bridge.c: a bridge's bridge/ and brif/, a port's brport/, and the
 * master, upper_BR and lower_PORT links, as net/bridge/br_sysfs_br.c,
 * br_sysfs_if.c and net/core/dev.c's adjacency links show them. Times are
 * clock_t (hundredths of a second), as the kernel's files print them.
 */
#include <errno.h>
#include <inttypes.h>
#include <string.h>

#include "../core/link.h"
#include "../core/list.h"
#include "../core/netdev.h"
#include "../net/bridge.h"
#include "ctl_errno.h"
#include "rtnl.h"
#include "sysfs_bridge.h"
#include "vfs_int.h"

/* What a file shows: a value of the bridge's (or the port's) report, or a constant. */
enum br_val {
	BV_CONST,           /* konst, printed %d: a multicast setting vethlab does not model */
	BV_FORWARD_DELAY, BV_HELLO_TIME, BV_MAX_AGE, BV_AGEING_TIME, BV_STP_STATE, BV_PRIORITY,
	BV_GROUP_FWD_MASK, BV_MCAST_SNOOPING, BV_NO_LL_LEARN, BV_BRIDGE_ID, BV_ROOT_ID,
	BV_ROOT_PORT, BV_ROOT_PATH_COST, BV_TOPO_CHANGE, BV_TOPO_CHANGE_DETECTED, BV_HELLO_TIMER,
	BV_TCN_TIMER, BV_TOPO_CHANGE_TIMER, BV_GC_TIMER, BV_GROUP_ADDR, BV_WRITE_ONLY,
	BV_NOT_EMULATED,    /* brforward, the fdb as binary records */
	/* a port's */
	BV_P_STATE, BV_P_PRIORITY, BV_P_COST, BV_P_FLAG, BV_P_PORT_ID, BV_P_PORT_NO,
	BV_P_DESIGNATED_PORT, BV_P_DESIGNATED_COST, BV_P_DESIGNATED_BRIDGE, BV_P_DESIGNATED_ROOT,
	BV_P_CHANGE_ACK, BV_P_CONFIG_PENDING, BV_P_HOLD_TIMER, BV_P_MESSAGE_AGE_TIMER,
	BV_P_FORWARD_DELAY_TIMER, BV_P_MCAST_ROUTER, BV_P_GROUP_FWD_MASK, BV_P_BACKUP_PORT,
};

/* How a write is taken. */
enum br_store {
	BS_RO,       /* 0444: EACCES */
	BS_NA,       /* 0644, but vethlab does not model the change: VL_ENOTEMUL */
	BS_BRIDGE,   /* through the bridge's changelink, with bit */
	BS_PORT,     /* through the port's setlink, with bit (a flag's for BRP_A_FLAGS) */
};

struct br_sysfs_attr {
	const char *name;
	enum br_val val;
	enum br_store store;
	uint32_t bit;      /* BR_A_* or BRP_A_*; for BV_P_FLAG, the BRPORT_* flag */
	int konst;
};

/* bridge/: br_sysfs_br.c's bridge_attrs, as this kernel has them (no VLAN filtering). */
static const struct br_sysfs_attr bridge_attrs[] = {
	{ "ageing_time", BV_AGEING_TIME, BS_BRIDGE, BR_A_AGEING_TIME, 0 },
	{ "bridge_id", BV_BRIDGE_ID, BS_RO, 0, 0 },
	{ "flush", BV_WRITE_ONLY, BS_BRIDGE, BR_A_FDB_FLUSH, 0 },
	{ "forward_delay", BV_FORWARD_DELAY, BS_BRIDGE, BR_A_FORWARD_DELAY, 0 },
	{ "gc_timer", BV_GC_TIMER, BS_RO, 0, 0 },
	{ "group_addr", BV_GROUP_ADDR, BS_NA, 0, 0 },
	{ "group_fwd_mask", BV_GROUP_FWD_MASK, BS_BRIDGE, BR_A_GROUP_FWD_MASK, 0 },
	{ "hash_elasticity", BV_CONST, BS_NA, 0, 16 },
	{ "hash_max", BV_CONST, BS_NA, 0, 4096 },
	{ "hello_time", BV_HELLO_TIME, BS_BRIDGE, BR_A_HELLO_TIME, 0 },
	{ "hello_timer", BV_HELLO_TIMER, BS_RO, 0, 0 },
	{ "max_age", BV_MAX_AGE, BS_BRIDGE, BR_A_MAX_AGE, 0 },
	{ "multicast_igmp_version", BV_CONST, BS_NA, 0, 2 },
	{ "multicast_last_member_count", BV_CONST, BS_NA, 0, 2 },
	{ "multicast_last_member_interval", BV_CONST, BS_NA, 0, 100 },
	{ "multicast_membership_interval", BV_CONST, BS_NA, 0, 26000 },
	{ "multicast_mld_version", BV_CONST, BS_NA, 0, 1 },
	{ "multicast_querier", BV_CONST, BS_NA, 0, 0 },
	{ "multicast_querier_interval", BV_CONST, BS_NA, 0, 25500 },
	{ "multicast_query_interval", BV_CONST, BS_NA, 0, 12500 },
	{ "multicast_query_response_interval", BV_CONST, BS_NA, 0, 1000 },
	{ "multicast_query_use_ifaddr", BV_CONST, BS_NA, 0, 0 },
	{ "multicast_router", BV_CONST, BS_NA, 0, 1 },
	{ "multicast_snooping", BV_MCAST_SNOOPING, BS_BRIDGE, BR_A_MCAST_SNOOPING, 0 },
	{ "multicast_startup_query_count", BV_CONST, BS_NA, 0, 2 },
	{ "multicast_startup_query_interval", BV_CONST, BS_NA, 0, 3124 },
	{ "multicast_stats_enabled", BV_CONST, BS_NA, 0, 0 },
	{ "nf_call_arptables", BV_CONST, BS_NA, 0, 0 },
	{ "nf_call_ip6tables", BV_CONST, BS_NA, 0, 0 },
	{ "nf_call_iptables", BV_CONST, BS_NA, 0, 0 },
	{ "no_linklocal_learn", BV_NO_LL_LEARN, BS_BRIDGE, BR_A_NO_LL_LEARN, 0 },
	{ "priority", BV_PRIORITY, BS_BRIDGE, BR_A_PRIORITY, 0 },
	{ "root_id", BV_ROOT_ID, BS_RO, 0, 0 },
	{ "root_path_cost", BV_ROOT_PATH_COST, BS_RO, 0, 0 },
	{ "root_port", BV_ROOT_PORT, BS_RO, 0, 0 },
	{ "stp_state", BV_STP_STATE, BS_BRIDGE, BR_A_STP_STATE, 0 },
	{ "tcn_timer", BV_TCN_TIMER, BS_RO, 0, 0 },
	{ "topology_change", BV_TOPO_CHANGE, BS_RO, 0, 0 },
	{ "topology_change_detected", BV_TOPO_CHANGE_DETECTED, BS_RO, 0, 0 },
	{ "topology_change_timer", BV_TOPO_CHANGE_TIMER, BS_RO, 0, 0 },
	{ NULL, BV_CONST, BS_RO, 0, 0 },
};

/* DEV/brforward of a bridge, next to bridge/: the fdb as binary records (0444). */
static const struct br_sysfs_attr brforward_attr = { "brforward", BV_NOT_EMULATED, BS_RO, 0, 0 };

/* brport/: br_sysfs_if.c's brport_attrs ("bridge" is a link, below). */
static const struct br_sysfs_attr brport_attrs[] = {
	{ "backup_port", BV_P_BACKUP_PORT, BS_NA, 0, 0 },
	{ "bpdu_guard", BV_P_FLAG, BS_PORT, BRPORT_GUARD, 0 },
	{ "broadcast_flood", BV_P_FLAG, BS_PORT, BRPORT_BCAST_FLOOD, 0 },
	{ "change_ack", BV_P_CHANGE_ACK, BS_RO, 0, 0 },
	{ "config_pending", BV_P_CONFIG_PENDING, BS_RO, 0, 0 },
	{ "designated_bridge", BV_P_DESIGNATED_BRIDGE, BS_RO, 0, 0 },
	{ "designated_cost", BV_P_DESIGNATED_COST, BS_RO, 0, 0 },
	{ "designated_port", BV_P_DESIGNATED_PORT, BS_RO, 0, 0 },
	{ "designated_root", BV_P_DESIGNATED_ROOT, BS_RO, 0, 0 },
	{ "flush", BV_WRITE_ONLY, BS_PORT, BRP_A_FLUSH, 0 },
	{ "forward_delay_timer", BV_P_FORWARD_DELAY_TIMER, BS_RO, 0, 0 },
	{ "group_fwd_mask", BV_P_GROUP_FWD_MASK, BS_NA, 0, 0 },
	{ "hairpin_mode", BV_P_FLAG, BS_PORT, BRPORT_HAIRPIN, 0 },
	{ "hold_timer", BV_P_HOLD_TIMER, BS_RO, 0, 0 },
	{ "isolated", BV_P_FLAG, BS_PORT, BRPORT_ISOLATED, 0 },
	{ "learning", BV_P_FLAG, BS_PORT, BRPORT_LEARNING, 0 },
	{ "message_age_timer", BV_P_MESSAGE_AGE_TIMER, BS_RO, 0, 0 },
	{ "multicast_fast_leave", BV_P_FLAG, BS_PORT, BRPORT_FAST_LEAVE, 0 },
	{ "multicast_flood", BV_P_FLAG, BS_PORT, BRPORT_MCAST_FLOOD, 0 },
	{ "multicast_router", BV_P_MCAST_ROUTER, BS_NA, 0, 0 },
	{ "multicast_to_unicast", BV_P_FLAG, BS_PORT, BRPORT_MCAST_TO_UCAST, 0 },
	{ "neigh_suppress", BV_P_FLAG, BS_PORT, BRPORT_NEIGH_SUPPRESS, 0 },
	{ "path_cost", BV_P_COST, BS_PORT, BRP_A_COST, 0 },
	{ "port_id", BV_P_PORT_ID, BS_RO, 0, 0 },
	{ "port_no", BV_P_PORT_NO, BS_RO, 0, 0 },
	{ "priority", BV_P_PRIORITY, BS_PORT, BRP_A_PRIORITY, 0 },
	{ "proxyarp", BV_P_FLAG, BS_PORT, BRPORT_PROXYARP, 0 },
	{ "proxyarp_wifi", BV_P_FLAG, BS_PORT, BRPORT_PROXYARP_WIFI, 0 },
	{ "root_block", BV_P_FLAG, BS_PORT, BRPORT_ROOT_BLOCK, 0 },
	{ "state", BV_P_STATE, BS_RO, 0, 0 },
	{ "unicast_flood", BV_P_FLAG, BS_PORT, BRPORT_FLOOD, 0 },
	{ NULL, BV_CONST, BS_RO, 0, 0 },
};

static const struct br_sysfs_attr *attr_find(const struct br_sysfs_attr *t, const char *name, size_t n)
{
	for (; t->name; t++)
		if (strlen(t->name) == n && !strncmp(t->name, name, n))
			return t;
	return NULL;
}

static bool name_is(const char *name, size_t n, const char *want)
{
	return strlen(want) == n && !strncmp(name, want, n);
}

/* "PREFIX" followed by the name of dev: upper_br0, lower_veth0. */
static bool link_name_is(const char *name, size_t n, const char *prefix, const struct netdev *dev)
{
	size_t p = strlen(prefix);

	return n > p && !strncmp(name, prefix, p) && name_is(name + p, n - p, dev->name);
}

static struct netdev *lower_named(const struct netdev *dev, const char *name, size_t n)
{
	struct vl_list *pos;

	vl_list_for_each(pos, &dev->lowers) {
		struct netdev *l = vl_list_entry(pos, struct netdev, lower_node);

		if (name_is(name, n, l->name))
			return l;
	}
	return NULL;
}

static const struct netdev *lower_linked(const struct netdev *dev, const char *name, size_t n)
{
	struct vl_list *pos;

	vl_list_for_each(pos, &dev->lowers) {
		const struct netdev *l = vl_list_entry(pos, struct netdev, lower_node);

		if (link_name_is(name, n, "lower_", l))
			return l;
	}
	return NULL;
}

/* Whether the device directory has the entry name (n bytes): its kind in nd. */
static int walk_entry(struct netdev *dev, const char *name, size_t n, struct br_sysfs_node *nd)
{
	if (br_is_bridge(dev) && name_is(name, n, "bridge"))
		nd->dir = BRS_BRIDGE;
	else if (br_is_bridge(dev) && name_is(name, n, "brif"))
		nd->dir = BRS_BRIF;
	else if (br_is_bridge(dev) && name_is(name, n, "brforward")) {
		nd->dir = BRS_BRIDGE;
		nd->attr = &brforward_attr;
	}
	else if (br_is_port(dev) && name_is(name, n, "brport"))
		nd->dir = BRS_BRPORT;
	else if (dev->master && (name_is(name, n, "master") || link_name_is(name, n, "upper_", dev->master)))
		nd->dir = BRS_LINK;
	else if (lower_linked(dev, name, n))
		nd->dir = BRS_LINK;
	else
		return -ENOENT;
	return 0;
}

/* Below bridge/ or brport/ (of nd->dev): ATTR, or brport's bridge link. */
static int walk_attr(struct br_sysfs_node *nd, const char *rest)
{
	size_t k = strcspn(rest, "/");

	if (nd->dir == BRS_BRPORT && name_is(rest, k, "bridge")) {
		nd->dir = BRS_LINK;
		nd->below_link = rest[k] != '\0';
		return 0;
	}
	nd->attr = attr_find(nd->dir == BRS_BRIDGE ? bridge_attrs : brport_attrs, rest, k);
	if (!nd->attr)
		return -ENOENT;
	return rest[k] ? -ENOTDIR : 0;
}

int br_sysfs_walk(struct netdev *dev, const char *name, size_t n, const char *rest, struct br_sysfs_node *nd)
{
	size_t k;
	int err;

	memset(nd, 0, sizeof(*nd));
	nd->dev = dev;
	err = walk_entry(dev, name, n, nd);
	if (err || !rest)
		return err;
	if (nd->attr)
		return -ENOTDIR;
	if (nd->dir == BRS_LINK) {
		nd->below_link = true;
		return 0;
	}
	if (nd->dir == BRS_BRIF) {
		/* brif/PORT links to the port's brport: followed, as open and ls follow it. */
		k = strcspn(rest, "/");
		nd->dev = lower_named(dev, rest, k);
		if (!nd->dev || !br_is_port(nd->dev))
			return -ENOENT;
		nd->dir = BRS_BRPORT;
		return rest[k] ? walk_attr(nd, rest + k + 1) : 0;
	}
	return walk_attr(nd, rest);
}

void br_sysfs_list_dev(struct netdev *dev, struct vfs_names *n)
{
	char name[IFNAMSIZ + 8];
	struct vl_list *pos;

	if (br_is_bridge(dev)) {
		vfs_names_add(n, "bridge");
		vfs_names_add(n, "brif");
		vfs_names_add(n, "brforward");
	}
	if (br_is_port(dev))
		vfs_names_add(n, "brport");
	if (dev->master) {
		vfs_names_add(n, "master");
		snprintf(name, sizeof(name), "upper_%s", dev->master->name);
		vfs_names_add(n, name);
	}
	vl_list_for_each(pos, &dev->lowers) {
		snprintf(name, sizeof(name), "lower_%s", vl_list_entry(pos, struct netdev, lower_node)->name);
		vfs_names_add(n, name);
	}
}

int br_sysfs_stat(const struct br_sysfs_node *nd)
{
	if (nd->below_link)
		return -VL_ENOTEMUL;
	return nd->attr ? 0 : 1;
}

int br_sysfs_list(const struct br_sysfs_node *nd, struct vfs_names *n)
{
	struct vl_list *pos;

	if (nd->attr)
		return -ENOTDIR;
	switch (nd->dir) {
	case BRS_BRIDGE:
		for (const struct br_sysfs_attr *a = bridge_attrs; a->name; a++)
			vfs_names_add(n, a->name);
		return 0;
	case BRS_BRPORT:
		for (const struct br_sysfs_attr *a = brport_attrs; a->name; a++)
			vfs_names_add(n, a->name);
		vfs_names_add(n, "bridge");
		return 0;
	case BRS_BRIF:
		vl_list_for_each(pos, &nd->dev->lowers)
			vfs_names_add(n, vl_list_entry(pos, struct netdev, lower_node)->name);
		return 0;
	case BRS_LINK:
		break;
	}
	/* What a link leads to is another device's directory: not followed. */
	return -VL_ENOTEMUL;
}

/* br_show_bridge_id: the priority's two bytes, a dot, the MAC's six. */
static void put_bridge_id(FILE *f, const uint8_t *id)
{
	fprintf(f, "%.2x%.2x.%.2x%.2x%.2x%.2x%.2x%.2x\n", id[0], id[1], id[2], id[3], id[4], id[5], id[6], id[7]);
}

/* The kernel's %#x, which writes 0x0 for zero too. */
static void put_hex(FILE *f, unsigned int v)
{
	fprintf(f, "0x%x\n", v);
}

static int show_bridge(const struct bridge_info *b, const struct br_sysfs_attr *a, FILE *f)
{
	switch (a->val) {
	case BV_CONST: fprintf(f, "%d\n", a->konst); break;
	case BV_FORWARD_DELAY: fprintf(f, "%" PRIu32 "\n", b->forward_delay); break;
	case BV_HELLO_TIME: fprintf(f, "%" PRIu32 "\n", b->hello_time); break;
	case BV_MAX_AGE: fprintf(f, "%" PRIu32 "\n", b->max_age); break;
	case BV_AGEING_TIME: fprintf(f, "%" PRIu32 "\n", b->ageing_time); break;
	case BV_STP_STATE: fprintf(f, "%" PRIu32 "\n", b->stp_state); break;
	case BV_PRIORITY: fprintf(f, "%d\n", b->priority); break;
	case BV_GROUP_FWD_MASK: put_hex(f, b->group_fwd_mask); break;
	case BV_MCAST_SNOOPING: fprintf(f, "%d\n", b->mcast_snooping); break;
	case BV_NO_LL_LEARN: fprintf(f, "%d\n", b->no_linklocal_learn); break;
	case BV_BRIDGE_ID: put_bridge_id(f, b->bridge_id); break;
	case BV_ROOT_ID: put_bridge_id(f, b->root_id); break;
	case BV_ROOT_PORT: fprintf(f, "%d\n", b->root_port); break;
	case BV_ROOT_PATH_COST: fprintf(f, "%" PRIu32 "\n", b->root_path_cost); break;
	case BV_TOPO_CHANGE: fprintf(f, "%d\n", b->topology_change); break;
	case BV_TOPO_CHANGE_DETECTED: fprintf(f, "%d\n", b->topology_change_detected); break;
	case BV_HELLO_TIMER: fprintf(f, "%" PRIu64 "\n", b->hello_timer); break;
	case BV_TCN_TIMER: fprintf(f, "%" PRIu64 "\n", b->tcn_timer); break;
	case BV_TOPO_CHANGE_TIMER: fprintf(f, "%" PRIu64 "\n", b->topology_change_timer); break;
	case BV_GC_TIMER: fprintf(f, "%" PRIu64 "\n", b->gc_timer); break;
	case BV_GROUP_ADDR:
		fprintf(f, "%02x:%02x:%02x:%02x:%02x:%02x\n", b->group_addr[0], b->group_addr[1],
			b->group_addr[2], b->group_addr[3], b->group_addr[4], b->group_addr[5]);
		break;
	case BV_NOT_EMULATED:
		return -VL_ENOTEMUL;
	default:
		return -EACCES;   /* flush: 0200, so even root cannot read it */
	}
	return 0;
}

static int show_port(const struct brport_info *p, const struct br_sysfs_attr *a, FILE *f)
{
	switch (a->val) {
	case BV_P_STATE: fprintf(f, "%d\n", p->state); break;
	case BV_P_PRIORITY: fprintf(f, "%d\n", p->priority); break;
	case BV_P_COST: fprintf(f, "%" PRIu32 "\n", p->cost); break;
	case BV_P_FLAG: fprintf(f, "%d\n", (p->flags & a->bit) ? 1 : 0); break;
	case BV_P_PORT_ID: put_hex(f, p->port_id); break;
	case BV_P_PORT_NO: put_hex(f, p->port_no); break;
	case BV_P_DESIGNATED_PORT: fprintf(f, "%d\n", p->designated_port); break;
	case BV_P_DESIGNATED_COST: fprintf(f, "%" PRIu32 "\n", p->designated_cost); break;
	case BV_P_DESIGNATED_BRIDGE: put_bridge_id(f, p->designated_bridge); break;
	case BV_P_DESIGNATED_ROOT: put_bridge_id(f, p->designated_root); break;
	case BV_P_CHANGE_ACK: fprintf(f, "%d\n", p->topology_change_ack); break;
	case BV_P_CONFIG_PENDING: fprintf(f, "%d\n", p->config_pending); break;
	case BV_P_HOLD_TIMER: fprintf(f, "%" PRIu64 "\n", p->hold_timer); break;
	case BV_P_MESSAGE_AGE_TIMER: fprintf(f, "%" PRIu64 "\n", p->message_age_timer); break;
	case BV_P_FORWARD_DELAY_TIMER: fprintf(f, "%" PRIu64 "\n", p->forward_delay_timer); break;
	case BV_P_MCAST_ROUTER: fprintf(f, "%d\n", p->mcast_router); break;
	case BV_P_GROUP_FWD_MASK: put_hex(f, 0); break;
	case BV_P_BACKUP_PORT: break;   /* none: the file is empty */
	default:
		return -EACCES;
	}
	return 0;
}

int br_sysfs_show(const struct br_sysfs_node *nd, FILE *f)
{
	struct bridge_info b;
	struct brport_info p;

	if (nd->below_link)
		return -VL_ENOTEMUL;
	if (!nd->attr)
		return -EISDIR;
	if (nd->dir == BRS_BRIDGE)
		return br_get_info(nd->dev, &b) ? show_bridge(&b, nd->attr, f) : -ENOENT;
	return br_port_get_info(nd->dev, &p) ? show_port(&p, nd->attr, f) : -ENOENT;
}

int br_sysfs_writable(const struct br_sysfs_node *nd)
{
	if (nd->below_link)
		return -VL_ENOTEMUL;
	if (!nd->attr)
		return -EISDIR;
	return nd->attr->store == BS_RO ? -EACCES : 0;
}

/* store_bridge_parm: the value to the same setter the bridge's changelink uses. */
static int store_bridge(struct netdev *dev, const struct br_sysfs_attr *a, uint64_t v)
{
	struct bridge_info b = { .mask = a->bit };
	struct link_attrs la = { .mask = LA_KIND_DATA, .kind_data = &b };
	const char *extack = NULL;
	uint32_t v32 = (uint32_t)v;   /* the setters take the unsigned long as their own width */

	b.forward_delay = b.hello_time = b.max_age = b.ageing_time = b.stp_state = v32;
	b.priority = (uint16_t)v32;
	b.group_fwd_mask = (uint16_t)v32;
	b.mcast_snooping = b.no_linklocal_learn = v ? 1 : 0;
	return rtnl_link_change(dev->net, dev->ifindex, "bridge", &la, &extack);
}

/* brport_store: a flag is set by any non-zero value; cost and priority as bridge link set takes them. */
static int store_port(struct netdev *dev, const struct br_sysfs_attr *a, uint64_t v)
{
	struct brport_info p = { 0 };
	const char *extack = NULL;

	if (a->val == BV_P_FLAG) {
		p.mask = BRP_A_FLAGS;
		p.flags_mask = a->bit;
		p.flags = v ? a->bit : 0;
	} else {
		p.mask = a->bit;
		p.cost = (uint32_t)v;
		p.priority = v > UINT16_MAX ? UINT16_MAX : (uint16_t)v;
		if (a->bit == BRP_A_COST && v > UINT32_MAX)
			return -ERANGE;
	}
	return br_port_set(dev, &p, &extack);
}

int br_sysfs_store(const struct br_sysfs_node *nd, uint64_t v)
{
	int err = br_sysfs_writable(nd);

	if (err)
		return err;
	switch (nd->attr->store) {
	case BS_BRIDGE:
		return store_bridge(nd->dev, nd->attr, v);
	case BS_PORT:
		return store_port(nd->dev, nd->attr, v);
	default:
		return -VL_ENOTEMUL;
	}
}

/* iplink_bridge.c: "type bridge OPTIONS" and the bridge's and its ports' ip -d details, as iproute2 6.1's ip/iplink_bridge.c and iplink_bridge_slave.c. */
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "../../uapi/if_bridge.h"
#include "ip_print.h"
#include "iplink.h"
#include "rt_names.h"

_Static_assert(sizeof(struct bridge_info) <= IPL_KIND_DATA_MAX, "bridge_info fits iplink's buffer");

static void bridge_print_help(struct ip_ctx *ip, FILE *f)
{
	(void)ip;
	fputs("Usage: ... bridge [ fdb_flush ]\n"
	      "\t\t  [ forward_delay FORWARD_DELAY ]\n"
	      "\t\t  [ hello_time HELLO_TIME ]\n"
	      "\t\t  [ max_age MAX_AGE ]\n"
	      "\t\t  [ ageing_time AGEING_TIME ]\n"
	      "\t\t  [ stp_state STP_STATE ]\n"
	      "\t\t  [ priority PRIORITY ]\n"
	      "\t\t  [ group_fwd_mask MASK ]\n"
	      "\t\t  [ group_address ADDRESS ]\n"
	      "\t\t  [ no_linklocal_learn NO_LINKLOCAL_LEARN ]\n"
	      "\t\t  [ vlan_filtering VLAN_FILTERING ]\n"
	      "\t\t  [ vlan_protocol VLAN_PROTOCOL ]\n"
	      "\t\t  [ vlan_default_pvid VLAN_DEFAULT_PVID ]\n"
	      "\t\t  [ vlan_stats_enabled VLAN_STATS_ENABLED ]\n"
	      "\t\t  [ vlan_stats_per_port VLAN_STATS_PER_PORT ]\n"
	      "\t\t  [ mcast_snooping MULTICAST_SNOOPING ]\n"
	      "\t\t  [ mcast_vlan_snooping MULTICAST_VLAN_SNOOPING ]\n"
	      "\t\t  [ mcast_router MULTICAST_ROUTER ]\n"
	      "\t\t  [ mcast_query_use_ifaddr MCAST_QUERY_USE_IFADDR ]\n"
	      "\t\t  [ mcast_querier MULTICAST_QUERIER ]\n"
	      "\t\t  [ mcast_hash_elasticity HASH_ELASTICITY ]\n"
	      "\t\t  [ mcast_hash_max HASH_MAX ]\n"
	      "\t\t  [ mcast_last_member_count LAST_MEMBER_COUNT ]\n"
	      "\t\t  [ mcast_startup_query_count STARTUP_QUERY_COUNT ]\n"
	      "\t\t  [ mcast_last_member_interval LAST_MEMBER_INTERVAL ]\n"
	      "\t\t  [ mcast_membership_interval MEMBERSHIP_INTERVAL ]\n"
	      "\t\t  [ mcast_querier_interval QUERIER_INTERVAL ]\n"
	      "\t\t  [ mcast_query_interval QUERY_INTERVAL ]\n"
	      "\t\t  [ mcast_query_response_interval QUERY_RESPONSE_INTERVAL ]\n"
	      "\t\t  [ mcast_startup_query_interval STARTUP_QUERY_INTERVAL ]\n"
	      "\t\t  [ mcast_stats_enabled MCAST_STATS_ENABLED ]\n"
	      "\t\t  [ mcast_igmp_version IGMP_VERSION ]\n"
	      "\t\t  [ mcast_mld_version MLD_VERSION ]\n"
	      "\t\t  [ nf_call_iptables NF_CALL_IPTABLES ]\n"
	      "\t\t  [ nf_call_ip6tables NF_CALL_IP6TABLES ]\n"
	      "\t\t  [ nf_call_arptables NF_CALL_ARPTABLES ]\n"
	      "\n"
	      "Where: VLAN_PROTOCOL := { 802.1Q | 802.1ad }\n", f);
}

/* get_u32/get_u16/get_u8 with base 0: all of it a number, within max. */
static int get_uint(unsigned long *val, const char *arg, unsigned long max)
{
	char *end;

	if (!*arg)
		return -1;
	errno = 0;
	*val = strtoul(arg, &end, 0);
	if (*end || (*val == ULONG_MAX && errno == ERANGE) || *val > max)
		return -1;
	return 0;
}

/* The IFLA_BR_* options vethlab models, with their width and their bit. */
struct br_opt {
	const char *name;
	unsigned long max;
	uint32_t bit;
	size_t off;       /* where in struct bridge_info */
	int width;        /* 8, 16 or 32 */
};

#define BR_OPT(n, m, b, w) { #n, m, b, offsetof(struct bridge_info, n), w }
static const struct br_opt br_opts[] = {
	BR_OPT(forward_delay, 0xffffffffUL, BR_A_FORWARD_DELAY, 32),
	BR_OPT(hello_time, 0xffffffffUL, BR_A_HELLO_TIME, 32),
	BR_OPT(max_age, 0xffffffffUL, BR_A_MAX_AGE, 32),
	BR_OPT(ageing_time, 0xffffffffUL, BR_A_AGEING_TIME, 32),
	BR_OPT(stp_state, 0xffffffffUL, BR_A_STP_STATE, 32),
	BR_OPT(priority, 0xffffUL, BR_A_PRIORITY, 16),
	BR_OPT(vlan_filtering, 0xffUL, BR_A_VLAN_FILTERING, 8),
	BR_OPT(group_fwd_mask, 0xffffUL, BR_A_GROUP_FWD_MASK, 16),
	BR_OPT(no_linklocal_learn, 0xffUL, BR_A_NO_LL_LEARN, 8),
	BR_OPT(mcast_snooping, 0xffUL, BR_A_MCAST_SNOOPING, 8),
};

/* iproute2's other options, in its order: refused by name, never taken and ignored. */
static const char *const br_unmodelled[] = {
	"group_address", "vlan_protocol", "vlan_default_pvid", "vlan_stats_enabled",
	"vlan_stats_per_port", "mcast_vlan_snooping", "mcast_router", "mcast_query_use_ifaddr",
	"mcast_querier", "mcast_hash_elasticity", "mcast_hash_max", "mcast_last_member_count",
	"mcast_startup_query_count", "mcast_last_member_interval", "mcast_membership_interval",
	"mcast_querier_interval", "mcast_query_interval", "mcast_query_response_interval",
	"mcast_startup_query_interval", "mcast_stats_enabled", "mcast_igmp_version",
	"mcast_mld_version", "nf_call_iptables", "nf_call_ip6tables", "nf_call_arptables",
};

static void br_opt_set(struct bridge_info *b, const struct br_opt *o, unsigned long v)
{
	unsigned char *p = (unsigned char *)b + o->off;

	if (o->width == 32)
		*(uint32_t *)(void *)p = (uint32_t)v;
	else if (o->width == 16)
		*(uint16_t *)(void *)p = (uint16_t)v;
	else
		*p = (uint8_t)v;
	b->mask |= o->bit;
}

/* One option and its value; returns how many arguments it took, or -status. */
static int bridge_parse_one(struct ip_ctx *ip, struct bridge_info *b, int argc, char **argv)
{
	char msg[40];
	unsigned long v;

	if (ip_matches(*argv, "fdb_flush")) {
		b->mask |= BR_A_FDB_FLUSH;
		return 1;
	}
	for (size_t i = 0; i < sizeof(br_opts) / sizeof(br_opts[0]); i++) {
		if (!ip_matches(*argv, br_opts[i].name))
			continue;
		if (argc < 2)
			return -ip_incomplete(ip);
		snprintf(msg, sizeof(msg), "invalid %s", br_opts[i].name);
		if (get_uint(&v, argv[1], br_opts[i].max))
			return -ip_invarg(ip, msg, argv[1]);
		br_opt_set(b, &br_opts[i], v);
		return 2;
	}
	for (size_t i = 0; i < sizeof(br_unmodelled) / sizeof(br_unmodelled[0]); i++)
		if (ip_matches(*argv, br_unmodelled[i])) {
			snprintf(msg, sizeof(msg), "bridge option %s", br_unmodelled[i]);
			return -rt_unsupported(ip, msg);
		}
	if (!ip_matches(*argv, "help"))
		fprintf(ip->c->err, "bridge: unknown command \"%s\"?\n", *argv);
	bridge_print_help(ip, ip->c->err);
	return -1;
}

static int bridge_parse_opt(struct ip_ctx *ip, struct ipl_req *r, void *data)
{
	struct bridge_info *b = data;
	int argc = r->type_argc;
	char **argv = r->type_argv;

	while (argc > 0) {
		int n = bridge_parse_one(ip, b, argc, argv);

		if (n < 0)
			return -n;
		argc -= n;
		argv += n;
	}
	return 0;
}

static const void *bridge_info_data(const void *data)
{
	return data;
}

static void bridge_print_opt(struct ip_ctx *ip, const struct rtnl_link *l);

const struct link_util bridge_link_util = {
	.id = "bridge",
	.data_size = sizeof(struct bridge_info),
	.parse_opt = bridge_parse_opt,
	.info_data = bridge_info_data,
	.print_help = bridge_print_help,
	.print_opt = bridge_print_opt,
};

/* br_dump_bridge_id: two bytes of priority, then ether_ntoa's unpadded address. */
void ip_bridge_id(const uint8_t *id, char *buf, size_t len)
{
	snprintf(buf, len, "%.2x%.2x.%x:%x:%x:%x:%x:%x", id[0], id[1], id[2], id[3], id[4], id[5], id[6],
		 id[7]);
}

static void print_timer(FILE *f, const char *name, uint64_t t)
{
	fprintf(f, "%s %4i.%.2i ", name, (int)(t / 100), (int)(t % 100));
}

/* bridge_print_opt: IFLA_INFO_DATA of a bridge, in the order the kernel fills it. */
static void ip_print_bridge_opt(FILE *f, const struct bridge_info *b)
{
	char id[32], root[32];

	ip_bridge_id(b->bridge_id, id, sizeof(id));
	ip_bridge_id(b->root_id, root, sizeof(root));
	fprintf(f, "forward_delay %u hello_time %u max_age %u ageing_time %u stp_state %u priority %u "
		"vlan_filtering %u bridge_id %s designated_root %s root_port %u root_path_cost %u "
		"topology_change %u topology_change_detected %u ", b->forward_delay, b->hello_time,
		b->max_age, b->ageing_time, b->stp_state, b->priority, b->vlan_filtering, id, root,
		b->root_port, b->root_path_cost, b->topology_change, b->topology_change_detected);
	print_timer(f, "hello_timer", b->hello_timer);
	print_timer(f, "tcn_timer", b->tcn_timer);
	print_timer(f, "topology_change_timer", b->topology_change_timer);
	print_timer(f, "gc_timer", b->gc_timer);
	fprintf(f, "group_fwd_mask %#x group_address %02x:%02x:%02x:%02x:%02x:%02x mcast_snooping %u "
		"no_linklocal_learn %u mcast_vlan_snooping 0 mcast_router 1 mcast_query_use_ifaddr 0 "
		"mcast_querier 0 mcast_hash_elasticity 16 mcast_hash_max 4096 mcast_last_member_count 2 "
		"mcast_startup_query_count 2 mcast_last_member_interval 100 "
		"mcast_membership_interval 26000 mcast_querier_interval 25500 mcast_query_interval 12500 "
		"mcast_query_response_interval 1000 mcast_startup_query_interval 3124 "
		"mcast_stats_enabled 0 mcast_igmp_version 2 mcast_mld_version 1 nf_call_iptables 0 "
		"nf_call_ip6tables 0 nf_call_arptables 0 ", b->group_fwd_mask, b->group_addr[0],
		b->group_addr[1], b->group_addr[2], b->group_addr[3], b->group_addr[4], b->group_addr[5],
		b->mcast_snooping, b->no_linklocal_learn);
}

static const char *on_off(uint32_t flags, uint32_t bit)
{
	return flags & bit ? "on" : "off";
}

const char *ip_brport_state_name(uint8_t state)
{
	static const char *const names[] = { "disabled", "listening", "learning", "forwarding", "blocking" };

	return state <= BR_STATE_BLOCKING ? names[state] : "unknown";
}

/* bridge_slave_print_opt: IFLA_INFO_SLAVE_DATA of a port. */
static void ip_print_bridge_slave_opt(FILE *f, const struct brport_info *p)
{
	char db[32], dr[32];
	uint32_t fl = p->flags;

	ip_bridge_id(p->designated_bridge, db, sizeof(db));
	ip_bridge_id(p->designated_root, dr, sizeof(dr));
	fprintf(f, "state %s priority %u cost %u hairpin %s guard %s root_block %s fastleave %s "
		"learning %s flood %s port_id %#x port_no %#x designated_port %u designated_cost %u "
		"designated_bridge %s designated_root %s ", ip_brport_state_name(p->state), p->priority,
		p->cost, on_off(fl, BRPORT_HAIRPIN), on_off(fl, BRPORT_GUARD), on_off(fl, BRPORT_ROOT_BLOCK),
		on_off(fl, BRPORT_FAST_LEAVE), on_off(fl, BRPORT_LEARNING), on_off(fl, BRPORT_FLOOD),
		p->port_id, p->port_no, p->designated_port, p->designated_cost, db, dr);
	print_timer(f, "hold_timer", p->hold_timer);
	print_timer(f, "message_age_timer", p->message_age_timer);
	print_timer(f, "forward_delay_timer", p->forward_delay_timer);
	fprintf(f, "topology_change_ack %u config_pending %u proxy_arp %s proxy_arp_wifi %s "
		"mcast_router %u mcast_fast_leave %s mcast_flood %s bcast_flood %s mcast_to_unicast %s "
		"neigh_suppress %s group_fwd_mask 0 group_fwd_mask_str 0x0 vlan_tunnel %s isolated %s "
		"locked %s ", p->topology_change_ack, p->config_pending, on_off(fl, BRPORT_PROXYARP),
		on_off(fl, BRPORT_PROXYARP_WIFI), p->mcast_router, on_off(fl, BRPORT_FAST_LEAVE),
		on_off(fl, BRPORT_MCAST_FLOOD), on_off(fl, BRPORT_BCAST_FLOOD),
		on_off(fl, BRPORT_MCAST_TO_UCAST), on_off(fl, BRPORT_NEIGH_SUPPRESS),
		on_off(fl, BRPORT_VLAN_TUNNEL), on_off(fl, BRPORT_ISOLATED), on_off(fl, BRPORT_LOCKED));
}

static void bridge_slave_print_help(struct ip_ctx *ip, FILE *f)
{
	(void)ip;
	fputs("Usage: ... bridge_slave [ fdb_flush ]\n"
	      "\t\t\t[ state STATE ]\n"
	      "\t\t\t[ priority PRIO ]\n"
	      "\t\t\t[ cost COST ]\n"
	      "\t\t\t[ guard {on | off} ]\n"
	      "\t\t\t[ hairpin {on | off} ]\n"
	      "\t\t\t[ fastleave {on | off} ]\n"
	      "\t\t\t[ root_block {on | off} ]\n"
	      "\t\t\t[ learning {on | off} ]\n"
	      "\t\t\t[ flood {on | off} ]\n"
	      "\t\t\t[ proxy_arp {on | off} ]\n"
	      "\t\t\t[ proxy_arp_wifi {on | off} ]\n"
	      "\t\t\t[ mcast_router MULTICAST_ROUTER ]\n"
	      "\t\t\t[ mcast_fast_leave {on | off} ]\n"
	      "\t\t\t[ mcast_flood {on | off} ]\n"
	      "\t\t\t[ bcast_flood {on | off} ]\n"
	      "\t\t\t[ mcast_to_unicast {on | off} ]\n"
	      "\t\t\t[ group_fwd_mask MASK ]\n"
	      "\t\t\t[ neigh_suppress {on | off} ]\n"
	      "\t\t\t[ vlan_tunnel {on | off} ]\n"
	      "\t\t\t[ isolated {on | off} ]\n"
	      "\t\t\t[ locked {on | off} ]\n"
	      "\t\t\t[ backup_port DEVICE ] [ nobackup_port ]\n", f);
}

/*
 * bridge_slave_parse_opt's words in its order (matches() takes the first
 * a prefix fits): an on/off flag vethlab models (bit), one it does not
 * (bit 0, refused), or a number (state, priority, cost).
 */
static const struct {
	const char *name;
	uint32_t bit;
	bool on_off;
} brport_words[] = {
	{ "fdb_flush", 0, false }, { "state", 0, false }, { "priority", 0, false }, { "cost", 0, false },
	{ "hairpin", BRPORT_HAIRPIN, true }, { "guard", 0, true }, { "root_block", 0, true },
	{ "fastleave", 0, true }, { "learning", BRPORT_LEARNING, true }, { "flood", BRPORT_FLOOD, true },
	{ "mcast_flood", BRPORT_MCAST_FLOOD, true }, { "bcast_flood", BRPORT_BCAST_FLOOD, true },
	{ "mcast_to_unicast", 0, true }, { "proxy_arp", 0, true }, { "proxy_arp_wifi", 0, true },
	{ "mcast_router", 0, false }, { "mcast_fast_leave", 0, true }, { "neigh_suppress", 0, true },
	{ "group_fwd_mask", 0, false }, { "vlan_tunnel", 0, true }, { "isolated", BRPORT_ISOLATED, true },
	{ "locked", 0, true }, { "backup_port", 0, false }, { "nobackup_port", 0, false },
};

/* A number of bridge_slave (state, priority, cost), as get_u8/u16/u32 read it. */
static int brport_number(struct ip_ctx *ip, struct brport_info *p, const char *word, const char *arg)
{
	unsigned long v;
	char msg[32];
	unsigned long max = word[0] == 's' ? 0xffUL : word[0] == 'p' ? 0xffffUL : 0xffffffffUL;

	snprintf(msg, sizeof(msg), "%s is invalid", word);
	if (get_uint(&v, arg, max))
		return ip_invarg(ip, msg, arg);
	if (word[0] == 's') {
		p->mask |= BRP_A_STATE;
		p->state = (uint8_t)v;
	} else if (word[0] == 'p') {
		p->mask |= BRP_A_PRIORITY;
		p->priority = (uint16_t)v;
	} else {
		p->mask |= BRP_A_COST;
		p->cost = (uint32_t)v;
	}
	return 0;
}

/* One word of bridge_slave and its value; how many arguments it took, or -status. */
static int bridge_slave_one(struct ip_ctx *ip, struct brport_info *p, int argc, char **argv)
{
	char what[48];

	for (size_t i = 0; i < sizeof(brport_words) / sizeof(brport_words[0]); i++) {
		const char *w = brport_words[i].name;

		if (!ip_matches(*argv, w))
			continue;
		if (!strcmp(w, "fdb_flush")) {
			p->mask |= BRP_A_FLUSH;
			return 1;
		}
		if (argc < 2 && strcmp(w, "nobackup_port"))
			return -ip_incomplete(ip);
		if (brport_words[i].on_off && strcmp(argv[1], "on") && strcmp(argv[1], "off")) {
			fprintf(ip->c->err, "Error: argument of \"%s\" must be one of \"off\", \"on\", not \"%s\"\n",
				w, argv[1]);
			return -1;
		}
		if (!strcmp(w, "state") || !strcmp(w, "priority") || !strcmp(w, "cost")) {
			int st = brport_number(ip, p, w, argv[1]);

			return st ? -st : 2;
		}
		if (!brport_words[i].bit) {
			snprintf(what, sizeof(what), "bridge_slave option %s", w);
			return -rt_unsupported(ip, what);
		}
		p->mask |= BRP_A_FLAGS;
		p->flags_mask |= brport_words[i].bit;
		if (!strcmp(argv[1], "on"))
			p->flags |= brport_words[i].bit;
		else
			p->flags &= ~brport_words[i].bit;
		return 2;
	}
	if (!ip_matches(*argv, "help"))
		fprintf(ip->c->err, "bridge_slave: unknown option \"%s\"?\n", *argv);
	bridge_slave_print_help(ip, ip->c->err);
	return -1;
}

static int bridge_slave_parse_opt(struct ip_ctx *ip, struct ipl_req *r, void *data)
{
	struct brport_info *p = data;
	int argc = r->type_argc;
	char **argv = r->type_argv;

	while (argc > 0) {
		int n = bridge_slave_one(ip, p, argc, argv);

		if (n < 0)
			return -n;
		argc -= n;
		argv += n;
	}
	return 0;
}

static void bridge_slave_print_opt(struct ip_ctx *ip, const struct rtnl_link *l);

const struct link_util bridge_slave_link_util = {
	.id = "bridge_slave",
	.data_size = sizeof(struct brport_info),
	.parse_opt = bridge_slave_parse_opt,
	.info_data = bridge_info_data,
	.print_help = bridge_slave_print_help,
	.print_opt = bridge_slave_print_opt,
};

/* _bridge_print_timer in JSON: seconds with two decimals, unquoted. */
static void json_timer(struct ip_ctx *ip, const char *key, uint64_t t)
{
	ipp_json_printf(ip, key, "%i.%.2i", (int)(t / 100), (int)(t % 100));
}

static void json_bridge_id(struct ip_ctx *ip, const char *key, const uint8_t *id)
{
	char buf[32];

	ip_bridge_id(id, buf, sizeof(buf));
	ipp_string(ip, IPP_JSON, IPC_NONE, key, NULL, buf);
}

/* bridge_print_opt's JSON: the same attributes under iproute2's JSON names. */
static void ipj_bridge_opt(struct ip_ctx *ip, const struct bridge_info *b)
{
	static const struct { const char *key; unsigned int val; } mcast[] = {
		{ "mcast_vlan_snooping", 0 }, { "mcast_router", 1 }, { "mcast_query_use_ifaddr", 0 },
		{ "mcast_querier", 0 }, { "mcast_hash_elasticity", 16 }, { "mcast_hash_max", 4096 },
		{ "mcast_last_member_cnt", 2 }, { "mcast_startup_query_cnt", 2 },
		{ "mcast_last_member_intvl", 100 }, { "mcast_membership_intvl", 26000 },
		{ "mcast_querier_intvl", 25500 }, { "mcast_query_intvl", 12500 },
		{ "mcast_query_response_intvl", 1000 }, { "mcast_startup_query_intvl", 3124 },
		{ "mcast_stats_enabled", 0 }, { "mcast_igmp_version", 2 }, { "mcast_mld_version", 1 },
		{ "nf_call_iptables", 0 }, { "nf_call_ip6tables", 0 }, { "nf_call_arptables", 0 },
	};
	char buf[24];

	ipp_uint(ip, IPP_JSON, "forward_delay", NULL, b->forward_delay);
	ipp_uint(ip, IPP_JSON, "hello_time", NULL, b->hello_time);
	ipp_uint(ip, IPP_JSON, "max_age", NULL, b->max_age);
	ipp_uint(ip, IPP_JSON, "ageing_time", NULL, b->ageing_time);
	ipp_uint(ip, IPP_JSON, "stp_state", NULL, b->stp_state);
	ipp_uint(ip, IPP_JSON, "priority", NULL, b->priority);
	ipp_uint(ip, IPP_JSON, "vlan_filtering", NULL, b->vlan_filtering);
	json_bridge_id(ip, "bridge_id", b->bridge_id);
	json_bridge_id(ip, "root_id", b->root_id);
	ipp_uint(ip, IPP_JSON, "root_port", NULL, b->root_port);
	ipp_uint(ip, IPP_JSON, "root_path_cost", NULL, b->root_path_cost);
	ipp_uint(ip, IPP_JSON, "topology_change", NULL, b->topology_change);
	ipp_uint(ip, IPP_JSON, "topology_change_detected", NULL, b->topology_change_detected);
	json_timer(ip, "hello_timer", b->hello_timer);
	json_timer(ip, "tcn_timer", b->tcn_timer);
	json_timer(ip, "topology_change_timer", b->topology_change_timer);
	json_timer(ip, "gc_timer", b->gc_timer);
	snprintf(buf, sizeof(buf), "%#x", b->group_fwd_mask);
	ipp_string(ip, IPP_JSON, IPC_NONE, "group_fwd_mask", NULL, buf);
	snprintf(buf, sizeof(buf), "%02x:%02x:%02x:%02x:%02x:%02x", b->group_addr[0], b->group_addr[1],
		 b->group_addr[2], b->group_addr[3], b->group_addr[4], b->group_addr[5]);
	ipp_string(ip, IPP_JSON, IPC_NONE, "group_addr", NULL, buf);
	ipp_uint(ip, IPP_JSON, "mcast_snooping", NULL, b->mcast_snooping);
	ipp_uint(ip, IPP_JSON, "no_linklocal_learn", NULL, b->no_linklocal_learn);
	for (size_t i = 0; i < sizeof(mcast) / sizeof(mcast[0]); i++)
		ipp_uint(ip, IPP_JSON, mcast[i].key, NULL, mcast[i].val);
}

/* bridge_slave_print_opt's JSON. */
static void ipj_bridge_slave_opt(struct ip_ctx *ip, const struct brport_info *p)
{
	static const struct { const char *key; uint32_t bit; } first[] = {
		{ "hairpin", BRPORT_HAIRPIN }, { "guard", BRPORT_GUARD }, { "root_block", BRPORT_ROOT_BLOCK },
		{ "fastleave", BRPORT_FAST_LEAVE }, { "learning", BRPORT_LEARNING }, { "flood", BRPORT_FLOOD },
	}, second[] = {
		{ "mcast_flood", BRPORT_MCAST_FLOOD }, { "bcast_flood", BRPORT_BCAST_FLOOD },
		{ "mcast_to_unicast", BRPORT_MCAST_TO_UCAST }, { "neigh_suppress", BRPORT_NEIGH_SUPPRESS },
	};
	char buf[16];

	ipp_string(ip, IPP_JSON, IPC_NONE, "state", NULL, ip_brport_state_name(p->state));
	ipp_uint(ip, IPP_JSON, "priority", NULL, p->priority);
	ipp_uint(ip, IPP_JSON, "cost", NULL, p->cost);
	for (size_t i = 0; i < sizeof(first) / sizeof(first[0]); i++)
		ipp_bool(ip, IPP_JSON, first[i].key, NULL, p->flags & first[i].bit);
	snprintf(buf, sizeof(buf), "%#x", p->port_id);
	ipp_string(ip, IPP_JSON, IPC_NONE, "id", NULL, buf);
	snprintf(buf, sizeof(buf), "%#x", p->port_no);
	ipp_string(ip, IPP_JSON, IPC_NONE, "no", NULL, buf);
	ipp_uint(ip, IPP_JSON, "designated_port", NULL, p->designated_port);
	ipp_uint(ip, IPP_JSON, "designated_cost", NULL, p->designated_cost);
	json_bridge_id(ip, "bridge_id", p->designated_bridge);
	json_bridge_id(ip, "root_id", p->designated_root);
	json_timer(ip, "hold_timer", p->hold_timer);
	json_timer(ip, "message_age_timer", p->message_age_timer);
	json_timer(ip, "forward_delay_timer", p->forward_delay_timer);
	ipp_uint(ip, IPP_JSON, "topology_change_ack", NULL, p->topology_change_ack);
	ipp_uint(ip, IPP_JSON, "config_pending", NULL, p->config_pending);
	ipp_bool(ip, IPP_JSON, "proxy_arp", NULL, p->flags & BRPORT_PROXYARP);
	ipp_bool(ip, IPP_JSON, "proxy_arp_wifi", NULL, p->flags & BRPORT_PROXYARP_WIFI);
	ipp_uint(ip, IPP_JSON, "multicast_router", NULL, p->mcast_router);
	for (size_t i = 0; i < sizeof(second) / sizeof(second[0]); i++)
		ipp_bool(ip, IPP_JSON, second[i].key, NULL, p->flags & second[i].bit);
	ipp_string(ip, IPP_JSON, IPC_NONE, "group_fwd_mask", NULL, "0");
	ipp_string(ip, IPP_JSON, IPC_NONE, "group_fwd_mask_str", NULL, "0x0");
	ipp_bool(ip, IPP_JSON, "vlan_tunnel", NULL, p->flags & BRPORT_VLAN_TUNNEL);
	ipp_bool(ip, IPP_JSON, "isolated", NULL, p->flags & BRPORT_ISOLATED);
	ipp_bool(ip, IPP_JSON, "locked", NULL, p->flags & BRPORT_LOCKED);
}

static void bridge_print_opt(struct ip_ctx *ip, const struct rtnl_link *l)
{
	if (ipp_is_json(ip))
		ipj_bridge_opt(ip, &l->br);
	else
		ip_print_bridge_opt(ip->c->out, &l->br);
}

static void bridge_slave_print_opt(struct ip_ctx *ip, const struct rtnl_link *l)
{
	if (ipp_is_json(ip))
		ipj_bridge_slave_opt(ip, &l->brport);
	else
		ip_print_bridge_slave_opt(ip->c->out, &l->brport);
}

/* bridge.c: the bridge command of iproute2 6.1: its options, its objects, and `bridge link` (bridge/bridge.c, bridge/link.c). */
#include <stdlib.h>
#include <string.h>

#include "../tools.h"
#include "br_common.h"
#include "ip_print.h"
#include "rt_names.h"

static int br_usage(struct ip_ctx *ip)
{
	fputs("Usage: bridge [ OPTIONS ] OBJECT { COMMAND | help }\n"
	      "       bridge [ -force ] -batch filename\n"
	      "where  OBJECT := { link | fdb | mdb | vlan | monitor }\n"
	      "       OPTIONS := { -V[ersion] | -s[tatistics] | -d[etails] |\n"
	      "                    -o[neline] | -t[imestamp] | -n[etns] name |\n"
	      "                    -c[ompressvlans] -color -p[retty] -j[son] }\n", ip->c->err);
	return 255;
}

static void link_usage(struct ip_ctx *ip)
{
	fputs("Usage: bridge link set dev DEV [ cost COST ] [ priority PRIO ] [ state STATE ]\n"
	      "                               [ guard {on | off} ]\n"
	      "                               [ hairpin {on | off} ]\n"
	      "                               [ fastleave {on | off} ]\n"
	      "                               [ root_block {on | off} ]\n"
	      "                               [ learning {on | off} ]\n"
	      "                               [ learning_sync {on | off} ]\n"
	      "                               [ flood {on | off} ]\n"
	      "                               [ mcast_router MULTICAST_ROUTER ]\n"
	      "                               [ mcast_flood {on | off} ]\n"
	      "                               [ bcast_flood {on | off} ]\n"
	      "                               [ mcast_to_unicast {on | off} ]\n"
	      "                               [ neigh_suppress {on | off} ]\n"
	      "                               [ vlan_tunnel {on | off} ]\n"
	      "                               [ isolated {on | off} ]\n"
	      "                               [ locked {on | off} ]\n"
	      "                               [ hwmode {vepa | veb} ]\n"
	      "                               [ backup_port DEVICE ] [ nobackup_port ]\n"
	      "                               [ self ] [ master ]\n"
	      "       bridge link show [dev DEV]\n", ip->c->err);
}

static const char *on_off(uint32_t flags, uint32_t bit)
{
	return flags & bit ? "on" : "off";
}

/* print_on_off: "NAME on|off " in text, a boolean in JSON. */
static void port_flag(struct ip_ctx *ip, const char *name, uint32_t flags, uint32_t bit)
{
	char fmt[40];

	snprintf(fmt, sizeof(fmt), "%s %%s ", name);
	if (ipp_is_json(ip))
		ipp_bool(ip, IPP_JSON, name, NULL, flags & bit);
	else
		fprintf(ip->c->out, fmt, on_off(flags, bit));
}

/* print_protinfo with -d: the port's flags on a line of their own. */
static void print_port_details(struct ip_ctx *ip, const struct brport_info *p)
{
	static const struct { const char *name; uint32_t bit; } before[] = {
		{ "hairpin", BRPORT_HAIRPIN }, { "guard", BRPORT_GUARD }, { "root_block", BRPORT_ROOT_BLOCK },
		{ "fastleave", BRPORT_FAST_LEAVE }, { "learning", BRPORT_LEARNING }, { "flood", BRPORT_FLOOD },
		{ "mcast_flood", BRPORT_MCAST_FLOOD }, { "bcast_flood", BRPORT_BCAST_FLOOD },
	}, after[] = {
		{ "mcast_to_unicast", BRPORT_MCAST_TO_UCAST }, { "neigh_suppress", BRPORT_NEIGH_SUPPRESS },
		{ "vlan_tunnel", BRPORT_VLAN_TUNNEL }, { "isolated", BRPORT_ISOLATED }, { "locked", BRPORT_LOCKED },
	};

	if (!ipp_is_json(ip))
		fprintf(ip->c->out, "%s    ", ip->sl);
	for (size_t i = 0; i < sizeof(before) / sizeof(before[0]); i++)
		port_flag(ip, before[i].name, p->flags, before[i].bit);
	ipp_uint(ip, IPP_ANY, "mcast_router", "mcast_router %u ", p->mcast_router);
	for (size_t i = 0; i < sizeof(after) / sizeof(after[0]); i++)
		port_flag(ip, after[i].name, p->flags, after[i].bit);
}

struct link_show {
	struct ip_ctx *ip;
	int ifindex;   /* dev DEV, 0 for every port */
};

/*
 * print_linkinfo of bridge/link.c: the ports only. IFLA_LINK is named as
 * a device of this namespace, whatever namespace it is really in.
 */
static int link_show_one(const struct rtnl_link *l, void *arg)
{
	struct link_show *ls = arg;
	struct ip_ctx *ip = ls->ip;
	FILE *f = ip->c->out;
	char name[IFNAMSIZ];

	char link[IFNAMSIZ + 8], label[2 * IFNAMSIZ + 16];
	struct rtnl_link local, shown = *l;

	if (!l->slave_kind || (ls->ifindex && l->ifindex != ls->ifindex))
		return 0;
	ipp_open_object(ip, NULL);
	ipp_int(ip, IPP_ANY, "ifindex", "%d: ", l->ifindex);
	/*
	 * br_fill_ifinfo sends IFLA_LINK without a namespace id: the index is
	 * named, and M-DOWN taken, from this namespace's device of that index
	 * (none: "ifN" and no M-DOWN), wherever the peer really is.
	 */
	shown.link_netnsid = -1;
	if (l->link && !rtnl_link_peek(ip->net, l->link, NULL, &local))
		snprintf(link, sizeof(link), "%s", local.name);
	else if (l->link)
		snprintf(link, sizeof(link), "if%d", l->link);
	if (ipp_is_json(ip)) {
		if (l->link)
			ipp_string(ip, IPP_JSON, IPC_NONE, "link", NULL, link);
		ipp_string(ip, IPP_JSON, IPC_NONE, "ifname", NULL, l->name);
		ipj_link_flags(ip, &shown);
	} else {
		/* The name, its link and the colon are one coloured string. */
		snprintf(label, sizeof(label), l->link ? "%s@%s: " : "%s: ", l->name, link);
		ipp_color_printf(ip, IPC_IFNAME, "%s", label);
		ip_print_link_flags(ip, &shown);
		fputc(' ', f);
	}
	ipp_uint(ip, IPP_ANY, "mtu", "mtu %u ", (unsigned int)l->mtu);
	if (l->master)
		ipp_string(ip, IPP_ANY, IPC_NONE, "master", "master %s ",
			   rtnl_ifname(ip->net, l->master, name) ? name : "none");
	ipp_string(ip, IPP_ANY, IPC_NONE, "state", "state %s ", ip_brport_state_name(l->brport.state));
	ipp_uint(ip, IPP_ANY, "priority", "priority %u ", l->brport.priority);
	ipp_uint(ip, IPP_ANY, "cost", "cost %u ", l->brport.cost);
	if (ip->show_details)
		print_port_details(ip, &l->brport);
	if (!ipp_is_json(ip))
		fputc('\n', f);
	ipp_close_object(ip);
	return 0;
}

static int brlink_show(struct ip_ctx *ip, int argc, char **argv)
{
	struct link_show ls = { .ip = ip };
	const char *dev = NULL;

	for (; argc > 0; argc--, argv++) {
		if (!strcmp(*argv, "dev")) {
			if (--argc <= 0)
				return ip_incomplete(ip);
			dev = *++argv;
		} else {
			dev = *argv;
		}
	}
	if (dev) {
		ls.ifindex = rtnl_ifindex_getlink(ip->net, dev);
		if (!ls.ifindex) {
			fprintf(ip->c->err, "Cannot find device \"%s\"\n", dev);
			return 255;
		}
	}
	ipp_json_begin(ip);
	(void)rtnl_link_dump(ip->net, link_show_one, &ls);
	ipp_json_end(ip);
	return 0;
}

/* The per-port flags bridge link set takes as on|off, and the ones vethlab models. */
static const struct {
	const char *name;
	uint32_t bit;   /* 0: not modelled */
} port_flags[] = {
	{ "guard", 0 }, { "hairpin", BRPORT_HAIRPIN }, { "fastleave", 0 }, { "root_block", 0 },
	{ "learning", BRPORT_LEARNING }, { "learning_sync", 0 }, { "flood", BRPORT_FLOOD },
	{ "mcast_flood", BRPORT_MCAST_FLOOD }, { "bcast_flood", BRPORT_BCAST_FLOOD },
	{ "mcast_to_unicast", 0 }, { "neigh_suppress", 0 }, { "vlan_tunnel", 0 },
	{ "isolated", BRPORT_ISOLATED }, { "locked", 0 },
};

/* parse_on_off: exactly "on" or "off". */
static int parse_on_off(struct ip_ctx *ip, const char *what, const char *val, bool *on)
{
	if (!strcmp(val, "on") || !strcmp(val, "off")) {
		*on = !strcmp(val, "on");
		return 0;
	}
	fprintf(ip->c->err, "Error: argument of \"%s\" must be one of \"off\", \"on\", not \"%s\"\n", what, val);
	return 234;   /* -EINVAL as bridge's exit status */
}

/* A state as a number (kept as iproute2's __s8) or a name; false for neither. */
static bool parse_stp_state(const char *arg, int *state)
{
	static const char *const names[] = { "disabled", "listening", "learning", "forwarding", "blocking" };
	char *end;
	long v = strtol(arg, &end, 10);

	if (*arg && !*end) {
		*state = (int8_t)v;
		return true;
	}
	for (int i = 0; i < 5; i++)
		if (!strcmp(arg, names[i])) {
			*state = i;
			return true;
		}
	return false;
}

/* One argument of bridge link set; how many it took, or -status. */
static int brlink_set_one(struct ip_ctx *ip, struct brport_info *in, const char **dev, int argc, char **argv)
{
	char what[48];
	bool on;
	int st;

	if (argc < 2 && (strcmp(*argv, "self") && strcmp(*argv, "master") && strcmp(*argv, "nobackup_port"))) {
		if (!strcmp(*argv, "dev") || !strcmp(*argv, "cost") || !strcmp(*argv, "priority") ||
		    !strcmp(*argv, "state"))
			return -ip_incomplete(ip);
	}
	if (!strcmp(*argv, "dev")) {
		*dev = argv[1];
		return 2;
	}
	for (size_t i = 0; i < sizeof(port_flags) / sizeof(port_flags[0]); i++) {
		if (strcmp(*argv, port_flags[i].name))
			continue;
		if (argc < 2)
			return -ip_incomplete(ip);
		st = parse_on_off(ip, port_flags[i].name, argv[1], &on);
		if (st)
			return -st;
		if (!port_flags[i].bit) {
			snprintf(what, sizeof(what), "bridge link %s", port_flags[i].name);
			return -rt_unsupported(ip, what);
		}
		in->mask |= BRP_A_FLAGS;
		in->flags_mask |= port_flags[i].bit;
		in->flags = on ? in->flags | port_flags[i].bit : in->flags & ~port_flags[i].bit;
		return 2;
	}
	/* iproute2 sends a cost only when above 0, a priority only when not negative. */
	if (!strcmp(*argv, "cost")) {
		uint32_t cost = (uint32_t)atoi(argv[1]);

		if (cost > 0) {
			in->mask |= BRP_A_COST;
			in->cost = cost;
		} else {
			in->mask &= ~(uint32_t)BRP_A_COST;
		}
		return 2;
	}
	if (!strcmp(*argv, "priority")) {
		int16_t prio = (int16_t)atoi(argv[1]);

		if (prio >= 0) {
			in->mask |= BRP_A_PRIORITY;
			in->priority = (uint16_t)prio;
		} else {
			in->mask &= ~(uint32_t)BRP_A_PRIORITY;
		}
		return 2;
	}
	if (!strcmp(*argv, "state")) {
		int s;

		if (!parse_stp_state(argv[1], &s)) {
			fputs("Error: invalid STP port state\n", ip->c->err);
			return -255;
		}
		/* Sent only when not negative. */
		if (s >= 0) {
			in->mask |= BRP_A_STATE;
			in->state = (uint8_t)s;
		} else {
			in->mask &= ~(uint32_t)BRP_A_STATE;
		}
		return 2;
	}
	if (!strcmp(*argv, "mcast_router") || !strcmp(*argv, "hwmode") || !strcmp(*argv, "self") ||
	    !strcmp(*argv, "master") || !strcmp(*argv, "backup_port") || !strcmp(*argv, "nobackup_port")) {
		snprintf(what, sizeof(what), "bridge link %s", *argv);
		return -rt_unsupported(ip, what);
	}
	link_usage(ip);
	return -255;
}

static int brlink_set(struct ip_ctx *ip, int argc, char **argv)
{
	struct brport_info in = { 0 };
	const char *dev = NULL, *extack = NULL;
	int ifindex, err;

	while (argc > 0) {
		int n = brlink_set_one(ip, &in, &dev, argc, argv);

		if (n < 0)
			return -n;
		argc -= n;
		argv += n;
	}
	if (!dev) {
		fputs("Device is a required argument.\n", ip->c->err);
		return 255;
	}
	ifindex = rtnl_ifindex_getlink(ip->net, dev);
	if (!ifindex) {
		fprintf(ip->c->err, "Cannot find bridge device \"%s\"\n", dev);
		return 255;
	}
	err = rtnl_brport_set(ip->net, ifindex, &in, &extack);
	if (err) {
		(void)ip_rtnl_error(ip, err, extack);
		return 255;
	}
	return 0;
}

static int do_brlink(struct ip_ctx *ip, int argc, char **argv)
{
	if (argc <= 0)
		return brlink_show(ip, 0, NULL);
	if (ip_matches(*argv, "set") || ip_matches(*argv, "change"))
		return brlink_set(ip, argc - 1, argv + 1);
	if (ip_matches(*argv, "show") || ip_matches(*argv, "lst") || ip_matches(*argv, "list"))
		return brlink_show(ip, argc - 1, argv + 1);
	if (ip_matches(*argv, "help")) {
		link_usage(ip);
		return 255;
	}
	fprintf(ip->c->err, "Command \"%s\" is unknown, try \"bridge link help\".\n", *argv);
	return 255;
}

/* bridge vlan show: without VLAN filtering in the kernel matched, no port has a VLAN: the header alone. */
static int do_brvlan(struct ip_ctx *ip, int argc, char **argv)
{
	if (argc > 0 && !ip_matches(*argv, "show") && !ip_matches(*argv, "list") && !ip_matches(*argv, "lst"))
		return rt_unsupported(ip, "\"bridge vlan\" other than show");
	if (argc > 1)
		return rt_unsupported(ip, "bridge vlan show's selectors");
	if (ip->json)
		fputs("[]\n", ip->c->out);
	else
		fputs("port              vlan-id  \n", ip->c->out);
	return 0;
}

static int br_option(struct ip_ctx *ip, int argc, char **argv, int *i, enum ip_color_opt *color)
{
	const char *opt = argv[*i];

	if (opt[1] == '-')
		opt++;
	if (ip_matches(opt, "-help"))
		return br_usage(ip);
	if (ip_matches(opt, "-Version")) {
		fputs("bridge utility, 6.1.0\n", ip->c->out);
		return 0;
	}
	if (ip_matches(opt, "-stats") || ip_matches(opt, "-statistics"))
		ip->show_stats++;
	else if (ip_matches(opt, "-details"))
		ip->show_details++;
	else if (ip_matches(opt, "-oneline")) {
		ip->oneline = true;
		ip->sl = "\\";
	} else if (ip_matches(opt, "-netns")) {
		int st;

		if (*i + 1 >= argc)
			return br_usage(ip);
		st = ip_open_netns(ip, argv[++*i], &ip->net);
		return st ? st : -1;
	} else if (ip_matches(opt, "-json")) {
		ip->json++;
	} else if (ip_matches(opt, "-pretty")) {
		ip->pretty = true;
	} else if (ip_option_color(opt, color)) {
		/* decided once every option is read: -json turns it off */
	} else if (ip_matches(opt, "-timestamp") || ip_matches(opt, "-batch") || ip_matches(opt, "-force") ||
		   ip_matches(opt, "-compressvlans") || ip_matches(opt, "-family") || !strcmp(opt, "-4") ||
		   !strcmp(opt, "-6")) {
		char what[48];

		snprintf(what, sizeof(what), "bridge's option %s", opt);
		return rt_unsupported(ip, what);
	} else {
		fprintf(ip->c->err, "Option \"%s\" is unknown, try \"bridge help\".\n", opt);
		return 255;
	}
	return -1;
}

int tool_bridge(struct vl_cmd_ctx *c, int argc, char **argv)
{
	struct ip_ctx ip = { .c = c, .net = c->net, .sl = "\n" };
	enum ip_color_opt color = IPC_OPT_NEVER;
	int i = 1;

	for (; i < argc && argv[i][0] == '-'; i++) {
		int st;

		if (!strcmp(argv[i], "--")) {
			i++;
			break;
		}
		st = br_option(&ip, argc, argv, &i, &color);
		if (st >= 0)
			return st;
	}
	ip.color_on = ip_color_enabled(&ip, color);
	if (i >= argc)
		return br_usage(&ip);
	if (ip_matches(argv[i], "link"))
		return do_brlink(&ip, argc - i - 1, argv + i + 1);
	if (ip_matches(argv[i], "fdb"))
		return do_brfdb(&ip, argc - i - 1, argv + i + 1);
	if (ip_matches(argv[i], "vlan"))
		return do_brvlan(&ip, argc - i - 1, argv + i + 1);
	if (ip_matches(argv[i], "mdb") || ip_matches(argv[i], "vni") || ip_matches(argv[i], "monitor")) {
		char what[32];

		snprintf(what, sizeof(what), "\"bridge %s\"", argv[i]);
		return rt_unsupported(&ip, what);
	}
	if (ip_matches(argv[i], "help"))
		return br_usage(&ip);
	fprintf(c->err, "Object \"%s\" is unknown, try \"bridge help\".\n", argv[i]);
	return 255;
}

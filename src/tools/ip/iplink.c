/* iplink.c: ip link add | replace | set | delete | show | help, as iproute2 6.1's do_iplink. */
#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "iplink.h"
#include "rt_names.h"

/* The kinds vethlab's ip parses, as iproute2 finds its ip/link_KIND.c (get_link_kind). */
static const struct link_util *const link_utils[] = {
	&veth_link_util,
	&bridge_link_util,
	&bridge_slave_link_util,
};

/* The kinds of iproute2 6.1's other link modules: those whose arguments it parses (parse_opt). */
static const char *const kinds_parsed[] = {
	"amt", "bareudp", "batadv", "bond", "bond_slave", "bridge", "bridge_slave", "can", "dsa",
	"erspan", "geneve", "gre", "gretap", "gtp", "hsr", "ip6erspan", "ip6gre", "ip6gretap",
	"ip6tnl", "ipip", "ipoib", "ipvlan", "ipvtap", "macsec", "macvlan", "macvtap", "rmnet", "sit",
	"vlan", "vrf", "vti", "vti6", "vxcan", "vxlan", "wwan", "xfrm",
};

/* ... and those it knows but whose arguments it passes on unread. */
static const char *const kinds_unparsed[] = {
	"dummy", "ifb", "netdevsim", "nlmon", "team", "team_slave", "tun", "vcan", "virt_wifi",
	"vrf_slave",
};

/* Kinds the kernel we match can create (besides veth), which vethlab does not model. */
static const char *const kinds_kernel[] = { "ifb", "macvlan", "macvtap", "vxlan" };

static bool kind_in(const char *kind, const char *const *list, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!strcmp(kind, list[i]))
			return true;
	return false;
}

#define KIND_IN(kind, list) kind_in(kind, list, sizeof(list) / sizeof(list[0]))

const struct link_util *ip_link_util(const char *id)
{
	for (size_t i = 0; i < sizeof(link_utils) / sizeof(link_utils[0]); i++)
		if (!strcmp(link_utils[i]->id, id))
			return link_utils[i];
	return NULL;
}

/* A kind's parsed arguments: its module and the data it filled (lu NULL: none). */
struct ipl_kind {
	const struct link_util *lu;
	_Alignas(max_align_t) unsigned char data[IPL_KIND_DATA_MAX];
};

/* The request nested in the kind's data (veth's peer), or NULL. */
static const struct ipl_req *kind_nested(const struct ipl_kind *k)
{
	return k->lu && k->lu->nested ? k->lu->nested(k->data) : NULL;
}

/* A negative iplink_parse result is the value iplink_modify returns: its exit status is -ret. */
static int parse_status(int st)
{
	return st < 0 ? -st : st;
}

static int refuse_kind(struct ip_ctx *ip, const char *kind)
{
	char what[64];

	snprintf(what, sizeof(what), "link type %s", kind);
	return rt_unsupported(ip, what);
}

/*
 * iplink_modify's handling of "type KIND ARGS": a known kind's module
 * parses its arguments into k; kinds vethlab does not model but the
 * kernel or iproute2 would act on are refused by name; arguments no
 * module takes are garbage.
 */
static int parse_kind(struct ip_ctx *ip, struct ipl_req *r, struct ipl_kind *k)
{
	const char *kind = r->type;
	const struct link_util *lu;

	k->lu = NULL;
	if (!kind)
		return 0;
	if (r->create && KIND_IN(kind, kinds_kernel))
		return refuse_kind(ip, kind);
	/* Without arguments a change or a deletion goes on as if no kind were named. */
	if (!r->type_argc)
		return 0;
	lu = ip_link_util(kind);
	if (lu) {
		int st;

		memset(k->data, 0, lu->data_size);
		st = lu->parse_opt(ip, r, k->data);
		if (!st)
			k->lu = lu;
		r->a.mask |= LA_KIND_DATA;
		return st;
	}
	if (KIND_IN(kind, kinds_parsed))
		return refuse_kind(ip, kind);
	if (KIND_IN(kind, kinds_unparsed)) {
		r->a.mask |= LA_KIND_DATA;
		return 0;
	}
	if (ip_matches(r->type_argv[0], "help"))
		return iplink_usage(ip);
	fprintf(ip->c->err, "Garbage instead of arguments \"%s ...\". Try \"ip link help\".\n",
		r->type_argv[0]);
	return 1;
}

/*
 * What the kernel refuses before it looks further: a namespace that cannot
 * be had (a PID no vethlab process has, the /run/netns directory), and
 * tun's validate, which refuses every request naming it.
 */
static int kernel_precheck(const struct ipl_req *r, const struct ipl_kind *k, const char **extack)
{
	const struct ipl_req *nested = kind_nested(k);

	if (r->net_pid || (nested && nested->net_pid))
		return -ESRCH;
	if (r->net_dir || (nested && nested->net_dir))
		return -EINVAL;
	if (r->type && !strcmp(r->type, "tun")) {
		*extack = "tun/tap creation via rtnetlink is not supported";
		return -EOPNOTSUPP;
	}
	return 0;
}

/* RTM_NEWLINK with NLM_F_CREATE. */
static int link_add(struct ip_ctx *ip, struct ipl_req *r, const struct ipl_kind *k, bool replace)
{
	struct link_req req = { .a = r->a, .data = k->lu ? k->lu->info_data(k->data) : NULL };
	const char *extack = NULL;
	int err = kernel_precheck(r, k, &extack);

	if (!err)
		err = rtnl_link_add(ip->net, r->type, &req, replace, &extack);
	return err ? ip_rtnl_error(ip, err, extack) : 0;
}

/* RTM_NEWLINK on a device, or on a group of them. */
static int link_set(struct ip_ctx *ip, struct ipl_req *r, const struct ipl_kind *k)
{
	const char *extack = NULL;
	int err = kernel_precheck(r, k, &extack);

	if (k->lu)
		r->a.kind_data = k->lu->info_data(k->data);
	if (!err && r->by_group)
		err = rtnl_link_group_change(ip->net, r->a.group, r->type, &r->a, &extack);
	else if (!err)
		err = rtnl_link_change(ip->net, r->ifindex, r->type, &r->a, &extack);
	return err ? ip_rtnl_error(ip, err, extack) : 0;
}

/*
 * RTM_DELLINK: by device or by group. The other attributes are not looked
 * at, but a namespace is refused (rtnl_ensure_unique_netns).
 */
static int link_del(struct ip_ctx *ip, struct ipl_req *r)
{
	const char *extack = NULL;
	int err = 0;

	if (r->a.mask & LA_NET || r->net_pid || r->net_dir) {
		extack = "specified netns attribute not supported";
		err = -EOPNOTSUPP;
	} else if ((r->a.mask & LA_GSO_MAX_SIZE) && r->a.gso_max_size < 193) {
		extack = "integer out of range";
		err = -EINVAL;
	} else if (r->by_group) {
		err = rtnl_link_group_del(ip->net, r->a.group, &extack);
	} else {
		err = rtnl_link_del(ip->net, r->ifindex, &extack);
	}
	return err ? ip_rtnl_error(ip, err, extack) : 0;
}

enum ipl_cmd { IPL_ADD, IPL_REPLACE, IPL_SET, IPL_DEL };

/* iplink_modify: parse, the kind's arguments, then the request. */
static int iplink_modify(struct ip_ctx *ip, enum ipl_cmd cmd, int argc, char **argv)
{
	bool create = cmd == IPL_ADD || cmd == IPL_REPLACE;
	struct ipl_req r;
	struct ipl_kind k;
	int st = iplink_parse(ip, argc, argv, create, &r);

	if (st)
		return parse_status(st);
	st = parse_kind(ip, &r, &k);
	if (st)
		return st;
	if (!r.type && create) {
		fputs("Not enough information: \"type\" argument is required\n", ip->c->err);
		return 1;
	}
	switch (cmd) {
	case IPL_ADD:
	case IPL_REPLACE:
		return link_add(ip, &r, &k, cmd == IPL_REPLACE);
	case IPL_SET:
		return link_set(ip, &r, &k);
	default:
		return link_del(ip, &r);
	}
}

struct show_filter {
	struct ip_ctx *ip;
	struct ip_filter f;
	bool single;    /* ip -j link show DEV: the device alone, asked for by name */
};

/*
 * ip -j link: a device print_linkinfo itself refuses (another index, not
 * up, another group or slave kind, any under a label selector) still gets
 * its empty object; a dump leaves out what the kernel filters (kind,
 * master). A device named alone is asked for by itself (iplink_get), and
 * whatever print_linkinfo refuses of it is an empty object.
 */
static int show_one_json(struct show_filter *sf, const struct rtnl_link *l)
{
	struct ip_ctx *ip = sf->ip;
	struct ip_filter relaxed = sf->f;

	relaxed.ifindex = 0;
	relaxed.up = false;
	relaxed.group = -1;
	relaxed.slave_kind = NULL;
	if (!sf->single && !ip_filter_link(&relaxed, l))
		return 0;
	ipp_open_object(ip, NULL);
	if (ip_filter_link(&sf->f, l) && !sf->f.label) {
		if (ip->brief)
			ipj_link_brief(ip, l, false, false);
		else
			ipj_link(ip, l, IPJ_LINK);
	}
	ipp_close_object(ip);
	return 0;
}

static int show_one(const struct rtnl_link *l, void *arg)
{
	struct show_filter *sf = arg;
	struct ip_ctx *ip = sf->ip;

	/* print_linkinfo: a label selects addresses, so a link listing shows nothing. */
	if (ipp_is_json(ip))
		return show_one_json(sf, l);
	if (!ip_filter_link(&sf->f, l) || sf->f.label)
		return 0;
	if (ip->brief)
		ip_print_link_brief(ip, l, false);
	else
		ip_print_link(ip, l, false);
	fputc('\n', ip->c->out);
	/* print_linkinfo's fflush: in a batch, each link is out before a later command's error. */
	vl_cmd_flush_out(ip->c);
	return 0;
}

static int iplink_show(struct ip_ctx *ip, int argc, char **argv)
{
	struct show_filter sf = { .ip = ip };
	struct rtnl_link l;
	int st = ip_filter_parse(ip, &sf.f, argc, argv, true);

	if (st >= 0)
		return st;
	if (sf.f.ifindex && rtnl_link_getlink(ip->net, sf.f.ifindex, NULL, &l))
		return ip_no_device(ip, sf.f.dev);
	sf.single = sf.f.ifindex != 0;
	ipp_json_begin(ip);
	st = sf.single ? show_one(&l, &sf) : rtnl_link_dump(ip->net, show_one, &sf);
	ipp_json_end(ip);
	return st;
}

/* iplink_afstats: only MPLS has per-family statistics, and no device here has MPLS. */
static int iplink_afstats(struct ip_ctx *ip, int argc, char **argv)
{
	const char *dev = NULL;

	for (; argc > 0; argc--, argv++) {
		if (!strcmp(*argv, "dev")) {
			if (--argc <= 0)
				return ip_incomplete(ip);
			if (dev) {
				fprintf(ip->c->err, "Error: either \"dev\" is duplicate, or \"%s\" is a garbage.\n",
					*++argv);
				return 255;
			}
			dev = *++argv;
		} else if (ip_matches(*argv, "help")) {
			return iplink_usage(ip);
		} else {
			fprintf(ip->c->err, "Command \"%s\" is unknown, try \"ip link help\".\n", *argv);
			return 255;
		}
	}
	if (dev && rtnl_ifindex_getlink(ip->net, dev) <= 0) {
		fprintf(ip->c->err, "Device \"%s\" does not exist.\n", dev);
		return 0;
	}
	/* With -j, the empty array of a dump that has nothing to say. */
	ipp_json_begin(ip);
	ipp_json_end(ip);
	return 0;
}

/* check_altifname: not empty, no '/', no blank (any length: the kernel checks that). */
static bool altifname_ok(const char *name)
{
	if (!*name)
		return false;
	for (; *name; name++)
		if (*name == '/' || isspace((unsigned char)*name))
			return false;
	return true;
}

/* What ip link property add|del names: the device and its alternative names. */
struct prop_req {
	const char *dev;
	char **names;
	int n;
};

/* The device argument ("dev" optional): one only, of valid characters. */
static int prop_dev(struct ip_ctx *ip, struct prop_req *p, int *argc, char ***argv)
{
	if (!strcmp(**argv, "dev")) {
		if (--*argc <= 0)
			return ip_incomplete(ip);
		++*argv;
	}
	if (p->dev) {
		fprintf(ip->c->err, "Error: either \"dev\" is duplicate, or \"%s\" is a garbage.\n", **argv);
		return 255;
	}
	if (!altifname_ok(**argv))
		return ip_invarg(ip, "\"dev\" not a valid ifname", **argv);
	p->dev = **argv;
	return 0;
}

/* iplink_prop_mod's arguments: "altname NAME" any number of times, and the device. */
static int prop_parse(struct ip_ctx *ip, struct prop_req *p, int argc, char **argv)
{
	int st = 0;

	for (; argc > 0 && !st; argc--, argv++) {
		if (ip_matches(*argv, "altname")) {
			if (--argc <= 0)
				return ip_incomplete(ip);
			if (!altifname_ok(*++argv))
				return ip_invarg(ip, "not a valid altname", *argv);
			p->names[p->n++] = *argv;
		} else if (ip_matches(*argv, "help")) {
			return iplink_usage(ip);
		} else {
			st = prop_dev(ip, p, &argc, &argv);
		}
	}
	if (!st && !p->dev) {
		fputs("Not enough of information: \"dev\" argument is required.\n", ip->c->err);
		return 255;
	}
	return st;
}

/* iplink_prop_mod: RTM_NEWLINKPROP or RTM_DELLINKPROP for a device found by any of its names. */
static int iplink_prop_mod(struct ip_ctx *ip, bool add, int argc, char **argv)
{
	struct prop_req p = { .names = calloc((size_t)argc + 1, sizeof(char *)) };
	const char *extack = NULL;
	int st = prop_parse(ip, &p, argc, argv), ifindex, err;

	if (!st) {
		ifindex = rtnl_ifindex_getlink(ip->net, p.dev);
		if (!ifindex) {
			st = ip_no_device(ip, p.dev);
		} else {
			err = rtnl_link_prop(ip->net, ifindex, add, p.names, p.n, &extack);
			st = err ? ip_rtnl_error(ip, err, extack) : 0;
		}
	}
	free(p.names);
	return st;
}

/* iplink_prop: add or del, nothing else (the usage text when nothing is given). */
static int iplink_prop(struct ip_ctx *ip, int argc, char **argv)
{
	if (argc <= 0 || ip_matches(argv[0], "help"))
		return iplink_usage(ip);
	if (ip_matches(argv[0], "add"))
		return iplink_prop_mod(ip, true, argc - 1, argv + 1);
	if (ip_matches(argv[0], "del"))
		return iplink_prop_mod(ip, false, argc - 1, argv + 1);
	fputs("Operator required\n", ip->c->err);
	return 255;
}

/* do_help: a known kind prints its own help on stdout; kinds vethlab does not model are refused. */
static int iplink_help(struct ip_ctx *ip, int argc, char **argv)
{
	const struct link_util *lu = argc > 0 ? ip_link_util(argv[0]) : NULL;

	if (lu) {
		lu->print_help(ip, ip->c->out);
		return 0;
	}
	if (argc > 0 && KIND_IN(argv[0], kinds_parsed))
		return refuse_kind(ip, argv[0]);
	return iplink_usage(ip);
}

int do_iplink(struct ip_ctx *ip, int argc, char **argv)
{
	if (argc < 1)
		return iplink_show(ip, 0, argv);
	if (ip_matches(argv[0], "add"))
		return iplink_modify(ip, IPL_ADD, argc - 1, argv + 1);
	if (ip_matches(argv[0], "set") || ip_matches(argv[0], "change"))
		return iplink_modify(ip, IPL_SET, argc - 1, argv + 1);
	if (ip_matches(argv[0], "replace"))
		return iplink_modify(ip, IPL_REPLACE, argc - 1, argv + 1);
	if (ip_matches(argv[0], "delete"))
		return iplink_modify(ip, IPL_DEL, argc - 1, argv + 1);
	if (ip_matches(argv[0], "show") || ip_matches(argv[0], "lst") || ip_matches(argv[0], "list"))
		return iplink_show(ip, argc - 1, argv + 1);
	if (ip_matches(argv[0], "xstats"))
		return rt_unsupported(ip, "ip link xstats");
	if (ip_matches(argv[0], "afstats"))
		return iplink_afstats(ip, argc - 1, argv + 1);
	if (ip_matches(argv[0], "property"))
		return iplink_prop(ip, argc - 1, argv + 1);
	if (ip_matches(argv[0], "help"))
		return iplink_help(ip, argc - 1, argv + 1);
	fprintf(ip->c->err, "Command \"%s\" is unknown, try \"ip link help\".\n", argv[0]);
	return 255;
}

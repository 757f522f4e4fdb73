/* iplink.c: ip link add | delete | set | show. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "ip_common.h"

/* The options ip link add and set share (iplink_parse). */
struct link_args {
	const char *dev;
	const char *name;
	int mtu;
	int txqlen;
	int up;
	bool has_addr;
	uint8_t addr[ETH_ALEN];
	struct netns *net;
	const char *kind;
	int type_argc;
	char **type_argv;
};

static int parse_netns(struct ip_ctx *ip, const char *arg, struct netns **out)
{
	unsigned int pid;

	*out = rtnl_netns_get(rtnl_netns_world(ip->net), arg);
	if (*out)
		return 0;
	if (ip_get_unsigned(&pid, arg) == 0) {
		/* A PID: vethlab has no processes to take a namespace from. */
		fputs("RTNETLINK answers: No such process\n", ip->c->err);
		return 2;
	}
	return ip_invarg(ip, "Invalid \"netns\" value\n", arg);
}

/* check_altifname: a device argument is not empty and has no '/' and no blanks. */
static bool altifname_ok(const char *name)
{
	return *name && !strpbrk(name, "/ \t\n\v\f\r");
}

static int duplicate_arg(struct ip_ctx *ip, const char *key, const char *arg)
{
	fprintf(ip->c->err, "Error: either \"%s\" is duplicate, or \"%s\" is a garbage.\n", key, arg);
	return 255;
}

/* Returns 0, or an exit status after printing iproute2's message. */
static int parse_one(struct ip_ctx *ip, struct link_args *a, int *argc, char ***argv, bool add)
{
	char *arg = **argv, *val;
	unsigned int u;

#define NEXT() do { if (--*argc <= 0) return ip_incomplete(ip); val = *++*argv; } while (0)
	if (!strcmp(arg, "up") || !strcmp(arg, "down")) {
		a->up = arg[0] == 'u';
	} else if (!strcmp(arg, "name")) {
		NEXT();
		if (!*val || strlen(val) >= IFNAMSIZ || strpbrk(val, "/ \t\n:"))
			return ip_invarg(ip, "\"name\" not a valid ifname", val);
		a->name = val;
	} else if (ip_matches(arg, "mtu")) {
		NEXT();
		if (ip_get_unsigned(&u, val) || u > 0x7fffffff)
			return ip_invarg(ip, "Invalid \"mtu\" value\n", val);
		a->mtu = (int)u;
	} else if (!strcmp(arg, "txqueuelen") || !strcmp(arg, "qlen") || ip_matches(arg, "txqlen")) {
		NEXT();
		if (ip_get_unsigned(&u, val) || u > 0x7fffffff)
			return ip_invarg(ip, "Invalid \"txqueuelen\" value\n", val);
		a->txqlen = (int)u;
	} else if (ip_matches(arg, "address")) {
		NEXT();
		if (ip_get_lladdr(a->addr, val)) {
			fprintf(ip->c->err, "\"%s\" is invalid lladdr.\n", val);
			return 1;
		}
		a->has_addr = true;
	} else if (ip_matches(arg, "netns")) {
		NEXT();
		return parse_netns(ip, val, &a->net);
	} else if (ip_matches(arg, "type")) {
		NEXT();
		a->kind = val;
		a->type_argc = *argc - 1;
		a->type_argv = *argv + 1;
		*argc = 1;
	} else {
		if (!strcmp(arg, "dev"))
			NEXT();
		else
			val = arg;
		if (add ? a->name != NULL : a->dev != NULL)
			return duplicate_arg(ip, "dev", val);
		if (!altifname_ok(val))
			return ip_invarg(ip, "\"dev\" not a valid ifname", val);
		if (add)
			a->name = val;
		else
			a->dev = val;
	}
#undef NEXT
	return 0;
}

static int parse_link_args(struct ip_ctx *ip, struct link_args *a, int argc, char **argv, bool add)
{
	memset(a, 0, sizeof(*a));
	a->txqlen = -1;
	a->up = -1;
	for (; argc > 0; argc--, argv++) {
		int st = parse_one(ip, a, &argc, &argv, add);

		if (st)
			return st;
	}
	return 0;
}

static void link_req_from(struct link_req *r, const struct link_args *a)
{
	memset(r, 0, sizeof(*r));
	r->name = a->name;
	r->net = a->net;
	r->mtu = a->mtu;
	r->has_addr = a->has_addr;
	memcpy(r->addr, a->addr, ETH_ALEN);
	r->txqlen = a->txqlen;
	r->up = a->up == 1;
}

#define VETH_USAGE "Usage: ip link <options> type veth [peer <options>]\n" \
		   "To get <options> type 'ip link add help'\n"

/* veth's type arguments: peer [name] NAME [link options]. */
static int parse_veth_peer(struct ip_ctx *ip, struct link_args *a, struct link_args *peer)
{
	if (a->type_argc == 0)
		return -1;
	if (strcmp(a->type_argv[0], "peer")) {
		fputs(VETH_USAGE, ip->c->err);
		return 1;
	}
	return parse_link_args(ip, peer, a->type_argc - 1, a->type_argv + 1, true);
}

static int iplink_add(struct ip_ctx *ip, int argc, char **argv)
{
	struct link_args a, pa;
	struct link_req req, preq;
	const char *extack = NULL;
	int st, err;

	st = parse_link_args(ip, &a, argc, argv, true);
	if (st)
		return st;
	if (!a.kind) {
		fputs("Not enough information: \"type\" argument is required\n", ip->c->err);
		return 1;
	}
	link_req_from(&req, &a);
	if (!strcmp(a.kind, "veth")) {
		st = parse_veth_peer(ip, &a, &pa);
		if (st > 0)
			return st;
		if (st == 0) {
			link_req_from(&preq, &pa);
			req.has_peer = true;
			req.peer = &preq;
		}
	}
	err = rtnl_link_add(ip->net, a.kind, &req, &extack);
	return err ? ip_rtnl_error(ip, err, extack) : 0;
}

static int iplink_del(struct ip_ctx *ip, int argc, char **argv)
{
	const char *dev = NULL, *extack = NULL;
	int ifindex, err;

	for (; argc > 0; argc--, argv++) {
		if (!strcmp(*argv, "dev")) {
			if (--argc <= 0)
				return ip_incomplete(ip);
			argv++;
		} else if (!strcmp(*argv, "type")) {
			if (--argc <= 0)
				return ip_incomplete(ip);
			argv++;
			continue;
		}
		if (dev)
			return duplicate_arg(ip, "dev", *argv);
		if (!altifname_ok(*argv))
			return ip_invarg(ip, "\"dev\" not a valid ifname", *argv);
		dev = *argv;
	}
	if (!dev) {
		fputs("Not enough information: \"dev\" argument is required.\n", ip->c->err);
		return 255;
	}
	ifindex = rtnl_ifindex(ip->net, dev);
	if (!ifindex)
		return ip_no_device(ip, dev);
	err = rtnl_link_del(ip->net, ifindex, &extack);
	return err ? ip_rtnl_error(ip, err, extack) : 0;
}

static int iplink_set(struct ip_ctx *ip, int argc, char **argv)
{
	struct link_args a;
	struct link_change ch;
	const char *extack = NULL;
	int st, ifindex, err;

	st = parse_link_args(ip, &a, argc, argv, false);
	if (st)
		return st;
	if (!a.dev) {
		fputs("Not enough information: \"dev\" argument is required.\n", ip->c->err);
		return 255;
	}
	ifindex = rtnl_ifindex(ip->net, a.dev);
	if (!ifindex)
		return ip_no_device(ip, a.dev);
	ch = (struct link_change){ .up = a.up, .mtu = a.mtu, .has_addr = a.has_addr,
				   .name = a.name, .net = a.net, .txqlen = a.txqlen };
	memcpy(ch.addr, a.addr, ETH_ALEN);
	err = rtnl_link_change(ip->net, ifindex, &ch, &extack);
	return err ? ip_rtnl_error(ip, err, extack) : 0;
}

struct show_filter {
	struct ip_ctx *ip;
	struct ip_filter f;
};

static int show_one(const struct rtnl_link *l, void *arg)
{
	struct show_filter *sf = arg;
	struct ip_ctx *ip = sf->ip;

	/* print_linkinfo: a label selects addresses, so a link listing shows nothing. */
	if (!ip_filter_link(&sf->f, l) || sf->f.label)
		return 0;
	if (ip->brief)
		ip_print_link_brief(ip, l, false);
	else
		ip_print_link(ip, l, false);
	fputc('\n', ip->c->out);
	return 0;
}

static int iplink_show(struct ip_ctx *ip, int argc, char **argv)
{
	struct show_filter sf = { .ip = ip };
	struct rtnl_link l;
	int st = ip_filter_parse(ip, &sf.f, argc, argv, true);

	if (st >= 0)
		return st;
	if (sf.f.ifindex) {
		if (rtnl_link_get(ip->net, sf.f.ifindex, NULL, &l))
			return ip_no_device(ip, sf.f.dev);
		return show_one(&l, &sf);
	}
	return rtnl_link_dump(ip->net, show_one, &sf);
}

int do_iplink(struct ip_ctx *ip, int argc, char **argv)
{
	if (argc < 1)
		return iplink_show(ip, 0, argv);
	if (ip_matches(argv[0], "add"))
		return iplink_add(ip, argc - 1, argv + 1);
	if (ip_matches(argv[0], "delete"))
		return iplink_del(ip, argc - 1, argv + 1);
	if (ip_matches(argv[0], "set") || ip_matches(argv[0], "change"))
		return iplink_set(ip, argc - 1, argv + 1);
	if (ip_matches(argv[0], "show") || ip_matches(argv[0], "lst") || ip_matches(argv[0], "list"))
		return iplink_show(ip, argc - 1, argv + 1);
	if (ip_matches(argv[0], "help")) {
		/* do_help: a known kind prints its own help on stdout. */
		if (argc > 1 && !strcmp(argv[1], "veth")) {
			fputs(VETH_USAGE, ip->c->out);
			return 0;
		}
		return iplink_usage(ip);
	}
	fprintf(ip->c->err, "Command \"%s\" is unknown, try \"ip link help\".\n", argv[0]);
	return 255;
}

/* ipneigh.c: ip neigh show | add | replace | change | del | flush. */
#include <string.h>

#include "../../ctl/rtnl_route.h"
#include "../../net/neighbour.h"
#include "../../net/wire.h"
#include "ip_common.h"

static int nud_parse(const char *s)
{
	static const struct {
		const char *name;
		int state;
	} t[] = { { "permanent", NUD_PERMANENT }, { "reachable", NUD_REACHABLE }, { "stale", NUD_STALE },
		  { "delay", NUD_DELAY }, { "probe", NUD_PROBE }, { "failed", NUD_FAILED },
		  { "noarp", NUD_NOARP }, { "incomplete", NUD_INCOMPLETE }, { "none", NUD_NONE } };

	for (size_t i = 0; i < sizeof(t) / sizeof(t[0]); i++)
		if (!strcmp(s, t[i].name))
			return t[i].state;
	return -1;
}

struct neigh_show {
	struct ip_ctx *ip;
	int ifindex;
	struct rtnl_neigh dst;
	bool has_dst;
};

/* An IPv4 or IPv6 address into n (family from its form, or from -4/-6). */
static int neigh_get_addr(struct ip_ctx *ip, struct rtnl_neigh *n, const char *arg)
{
	int plen;

	if (strchr(arg, ':')) {
		if (ip->family == 4 || ip_get_ipv6(n->dst6, arg))
			return -1;
		n->family = 6;
		return 0;
	}
	if (ip->family == 6 || ip_get_prefix4(&n->dst, &plen, arg))
		return -1;
	n->family = 4;
	return 0;
}

static int print_neigh(const struct rtnl_neigh *n, void *arg)
{
	struct neigh_show *ns = arg;
	FILE *f = ns->ip->c->out;
	struct rtnl_link l;
	char b[48];

	if (ns->has_dst && (n->family != ns->dst.family ||
			    (n->family == 6 ? memcmp(n->dst6, ns->dst.dst6, 16) != 0 : n->dst != ns->dst.dst)))
		return 0;
	if (n->family == 6)
		ip6_fmt(n->dst6, b);
	else
		ip_fmt_ipv4(n->dst, b);
	fprintf(f, "%s ", b);
	if (!ns->ifindex && rtnl_link_get(ns->ip->net, n->ifindex, NULL, &l) == 0)
		fprintf(f, "dev %s ", l.name);
	if (n->has_lladdr) {
		fputs("lladdr ", f);
		ip_print_lladdr(f, n->lladdr);
		fputc(' ', f);
	}
	fprintf(f, "%s \n", neigh_state_name(n->state));
	return 0;
}

static int neigh_show(struct ip_ctx *ip, int argc, char **argv)
{
	struct neigh_show ns = { .ip = ip };

	for (; argc > 0; argc--, argv++) {
		if (!strcmp(*argv, "dev")) {
			if (--argc <= 0)
				return ip_incomplete(ip);
			ns.ifindex = rtnl_ifindex(ip->net, *++argv);
			if (!ns.ifindex)
				return ip_no_device(ip, *argv);
		} else if (neigh_get_addr(ip, &ns.dst, *argv) == 0) {
			ns.has_dst = true;
		}
	}
	return rtnl_neigh_dump(ip->net, ip->family, ns.ifindex, print_neigh, &ns);
}

static int neigh_modify(struct ip_ctx *ip, int argc, char **argv, bool create, bool replace, bool del)
{
	struct rtnl_neigh n = { .state = NUD_PERMANENT };
	const char *dev = NULL, *extack = NULL;
	bool have_dst = false;
	int st, err;

	for (; argc > 0; argc--, argv++) {
		if (!strcmp(*argv, "lladdr")) {
			if (--argc <= 0)
				return ip_incomplete(ip);
			if (ip_get_lladdr(n.lladdr, *++argv)) {
				fprintf(ip->c->err, "\"%s\" is invalid lladdr.\n", *argv);
				return 1;
			}
			n.has_lladdr = true;
		} else if (!strcmp(*argv, "nud")) {
			if (--argc <= 0)
				return ip_incomplete(ip);
			if ((st = nud_parse(*++argv)) < 0)
				return ip_invarg(ip, "nud state is bad", *argv);
			n.state = (uint8_t)st;
		} else if (!strcmp(*argv, "dev")) {
			if (--argc <= 0)
				return ip_incomplete(ip);
			dev = *++argv;
		} else {
			if (!strcmp(*argv, "to")) {
				if (--argc <= 0)
					return ip_incomplete(ip);
				argv++;
			}
			if (neigh_get_addr(ip, &n, *argv)) {
				/* get_addr names the family it wanted: inet, inet6 or "any valid". */
				fprintf(ip->c->err, "Error: %s address is expected rather than \"%s\".\n",
					ip->family == 4 ? "inet" : ip->family == 6 ? "inet6" : "any valid", *argv);
				return 1;
			}
			have_dst = true;
		}
	}
	if (!dev || !have_dst) {
		fputs("Device and destination are required arguments.\n", ip->c->err);
		return 255;
	}
	n.ifindex = rtnl_ifindex(ip->net, dev);
	if (!n.ifindex)
		return ip_no_device(ip, dev);
	if (del)
		err = rtnl_neigh_del(ip->net, &n);
	else
		err = rtnl_neigh_set(ip->net, &n, create, replace, &extack);
	return err ? ip_rtnl_error(ip, err, extack) : 0;
}

static int neigh_flush(struct ip_ctx *ip, int argc, char **argv)
{
	int ifindex = 0;

	if (argc == 0) {
		fputs("Flush requires arguments.\n", ip->c->err);
		return 1;
	}
	for (; argc > 0; argc--, argv++) {
		if (!strcmp(*argv, "dev") && argc > 1) {
			argc--;
			ifindex = rtnl_ifindex(ip->net, *++argv);
			if (!ifindex)
				return ip_no_device(ip, *argv);
		}
	}
	return rtnl_neigh_flush(ip->net, ip->family, ifindex);
}

int do_ipneigh(struct ip_ctx *ip, int argc, char **argv)
{
	if (argc < 1 || ip_matches(argv[0], "show") || ip_matches(argv[0], "list"))
		return neigh_show(ip, argc ? argc - 1 : 0, argv + (argc ? 1 : 0));
	if (ip_matches(argv[0], "add"))
		return neigh_modify(ip, argc - 1, argv + 1, true, false, false);
	if (ip_matches(argv[0], "replace"))
		return neigh_modify(ip, argc - 1, argv + 1, true, true, false);
	if (ip_matches(argv[0], "change"))
		return neigh_modify(ip, argc - 1, argv + 1, false, true, false);
	if (ip_matches(argv[0], "delete"))
		return neigh_modify(ip, argc - 1, argv + 1, false, false, true);
	if (ip_matches(argv[0], "flush"))
		return neigh_flush(ip, argc - 1, argv + 1);
	fprintf(ip->c->err, "Command \"%s\" is unknown, try \"ip neigh help\".\n", argv[0]);
	return 255;
}

/* ipneigh.c: ip neigh show | add | replace | change | del | flush. */
#include <string.h>

#include "../../ctl/rtnl_route.h"
#include "../../net/neighbour.h"
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
	uint32_t dst;
	bool has_dst;
};

static int print_neigh(const struct rtnl_neigh *n, void *arg)
{
	struct neigh_show *ns = arg;
	FILE *f = ns->ip->c->out;
	struct rtnl_link l;
	char b[16];

	if (ns->has_dst && n->dst != ns->dst)
		return 0;
	fprintf(f, "%s ", ip_fmt_ipv4(n->dst, b));
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
	int plen;

	for (; argc > 0; argc--, argv++) {
		if (!strcmp(*argv, "dev")) {
			if (--argc <= 0)
				return ip_incomplete(ip);
			ns.ifindex = rtnl_ifindex(ip->net, *++argv);
			if (!ns.ifindex)
				return ip_no_device(ip, *argv);
		} else if (ip_get_prefix4(&ns.dst, &plen, *argv) == 0) {
			ns.has_dst = true;
		}
	}
	if (ip->family == 6)
		return 0;
	return rtnl_neigh_dump(ip->net, ns.ifindex, print_neigh, &ns);
}

static int neigh_modify(struct ip_ctx *ip, int argc, char **argv, bool create, bool replace, bool del)
{
	struct rtnl_neigh n = { .state = NUD_PERMANENT };
	const char *dev = NULL, *extack = NULL;
	bool have_dst = false;
	int st, err, plen;

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
			if (ip_get_prefix4(&n.dst, &plen, *argv))
				return ip_invarg(ip, "invalid address\n", *argv);
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
		err = rtnl_neigh_del(ip->net, n.dst, n.ifindex);
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
	return rtnl_neigh_flush(ip->net, ifindex);
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

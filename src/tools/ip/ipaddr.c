/* ipaddr.c: ip address add | del | flush | show, IPv4 and IPv6. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "../../net/wire.h"
#include "../../net/addrconf.h"
#include "ip_common.h"

struct addr_args {
	const char *dev;
	const char *label;
	const char *local_arg;
	struct ifa_req req;
	bool has_local;
	bool plen_given;
	bool brd_plus;
	bool brd_minus;
	bool is6, nodad;
	uint8_t addr6[16];
};

static int bad_prefix(struct ip_ctx *ip, const char *arg)
{
	fprintf(ip->c->err, "Error: any valid prefix is expected rather than \"%s\".\n", arg);
	return 1;
}

static int parse_local(struct ip_ctx *ip, struct addr_args *a, const char *arg)
{
	uint32_t addr;
	int plen;

	if (a->has_local) {
		fprintf(ip->c->err, "Error: either \"local\" is duplicate, or \"%s\" is a garbage.\n", arg);
		return 255;
	}
	if (ip->family == 6 || (ip->family != 4 && strchr(arg, ':'))) {
		if (ip_get_prefix6(a->addr6, &plen, arg)) {
			fprintf(ip->c->err, "Error: inet6 prefix is expected rather than \"%s\".\n", arg);
			return 1;
		}
		a->is6 = true;
		a->has_local = true;
		a->plen_given = plen >= 0;
		a->req.prefixlen = (uint8_t)(plen >= 0 ? plen : 128);
		return 0;
	}
	if (ip_get_prefix4(&addr, &plen, arg))
		return bad_prefix(ip, arg);
	a->local_arg = arg;
	a->has_local = true;
	a->plen_given = plen >= 0;
	a->req.local = a->req.address = addr;
	a->req.prefixlen = (uint8_t)(plen >= 0 ? plen : 32);
	return 0;
}

static int parse_addr_arg(struct ip_ctx *ip, struct addr_args *a, int *argc, char ***argv)
{
	char *arg = **argv, *val;
	uint32_t v;

#define NEXT() do { if (--*argc <= 0) return ip_incomplete(ip); val = *++*argv; } while (0)
	if (ip_matches(arg, "broadcast") || !strcmp(arg, "brd")) {
		NEXT();
		if (!strcmp(val, "+"))
			a->brd_plus = true;
		else if (!strcmp(val, "-"))
			a->brd_minus = true;
		else if (ip_get_ipv4(&v, val))
			return ip_invarg(ip, "invalid \"broadcast\"\n", val);
		else {
			a->req.has_broadcast = true;
			a->req.broadcast = v;
		}
	} else if (!strcmp(arg, "dev")) {
		NEXT();
		a->dev = val;
	} else if (ip_matches(arg, "label")) {
		NEXT();
		a->label = val;
	} else if (ip_matches(arg, "scope")) {
		NEXT();
		a->req.scope = ip_rtscope_parse(val);
		if (a->req.scope < 0)
			return ip_invarg(ip, "invalid scope value.\n", val);
	} else if (!strcmp(arg, "nodad")) {
		a->nodad = true;
	} else if (!strcmp(arg, "valid_lft") || !strcmp(arg, "preferred_lft")) {
		NEXT();
	} else if (ip_matches(arg, "local")) {
		NEXT();
		return parse_local(ip, a, val);
	} else {
		return parse_local(ip, a, arg);
	}
#undef NEXT
	return 0;
}

static int parse_addr_args(struct ip_ctx *ip, struct addr_args *a, int argc, char **argv)
{
	memset(a, 0, sizeof(*a));
	a->req.scope = -1;
	for (; argc > 0; argc--, argv++) {
		int st = parse_addr_arg(ip, a, &argc, &argv);

		if (st)
			return st;
	}
	if (!a->dev) {
		fputs("Not enough information: \"dev\" argument is required.\n", ip->c->err);
		return 1;
	}
	return 0;
}

static int ipaddr_add(struct ip_ctx *ip, int argc, char **argv)
{
	struct addr_args a;
	const char *extack = NULL;
	int st, ifindex, err;

	st = parse_addr_args(ip, &a, argc, argv);
	if (st)
		return st;
	if (!a.has_local) {
		fputs("Not enough information: \"local\" argument is required.\n", ip->c->err);
		return 255;
	}
	ifindex = rtnl_ifindex(ip->net, a.dev);
	if (!ifindex)
		return ip_no_device(ip, a.dev);
	if (a.is6) {
		err = rtnl_addr6_add(ip->net, ifindex, a.addr6, a.req.prefixlen, a.nodad, &extack);
		return err ? ip_rtnl_error(ip, err, extack) : 0;
	}
	if (a.req.scope < 0 && (a.req.local >> 24) == 127)
		a.req.scope = RT_SCOPE_HOST;
	if ((a.brd_plus || a.brd_minus) && a.req.prefixlen <= 30) {
		uint32_t mask = inet_make_mask(a.req.prefixlen);

		a.req.has_broadcast = true;
		a.req.broadcast = a.brd_plus ? (a.req.local | ~mask) : (a.req.local & mask);
	}
	a.req.label = a.label;
	err = rtnl_addr_add(ip->net, ifindex, &a.req, &extack);
	return err ? ip_rtnl_error(ip, err, extack) : 0;
}

static int ipaddr_del(struct ip_ctx *ip, int argc, char **argv)
{
	struct addr_args a;
	const char *extack = NULL;
	char buf[16];
	int st, ifindex, err;

	st = parse_addr_args(ip, &a, argc, argv);
	if (st)
		return st;
	ifindex = rtnl_ifindex(ip->net, a.dev);
	if (!ifindex)
		return ip_no_device(ip, a.dev);
	if (!a.has_local) {
		/* No address: iproute2 deletes the first one (kernel matches any). */
		fputs("RTNETLINK answers: Operation not supported\n", ip->c->err);
		return 2;
	}
	if (a.is6) {
		err = rtnl_addr6_del(ip->net, ifindex, a.addr6, a.req.prefixlen, &extack);
		return err ? ip_rtnl_error(ip, err, extack) : 0;
	}
	if (!a.plen_given)
		fprintf(ip->c->err,
			"Warning: Executing wildcard deletion to stay compatible with old scripts.\n"
			"         Explicitly specify the prefix length (%s/%d) to avoid this warning.\n"
			"         This special behaviour is likely to disappear in further releases,\n"
			"         fix your scripts!\n",
			ip_fmt_ipv4(a.req.local, buf), a.req.prefixlen);
	err = rtnl_addr_del(ip->net, ifindex, a.req.local, a.plen_given ? a.req.prefixlen : -1,
			    a.label, &extack);
	return err ? ip_rtnl_error(ip, err, extack) : 0;
}

struct addr_list {
	struct rtnl_addr *v;
	int n, cap;
};

static int collect_addr(const struct rtnl_addr *a, void *arg)
{
	struct addr_list *l = arg;

	ip_vec_push((void **)&l->v, &l->n, &l->cap, a, sizeof(*a));
	return 0;
}

struct addr6_list {
	struct rtnl_addr6 *v;
	int n, cap;
};

static int collect_addr6(const struct rtnl_addr6 *a, void *arg)
{
	struct addr6_list *l = arg;

	ip_vec_push((void **)&l->v, &l->n, &l->cap, a, sizeof(*a));
	return 0;
}

/*
 * iproute2's flush_update: one delete may take other addresses with it (a
 * primary its secondaries), so -EADDRNOTAVAIL is no error. Anything else
 * ends the flush with exit status 1.
 */
static int flush_failed(struct ip_ctx *ip, int err)
{
	if (!err || err == -EADDRNOTAVAIL)
		return 0;
	fprintf(ip->c->err, "Failed to send flush request: %s\n", strerror(-err));
	return 1;
}

/* IPv6 flushes list and delete in one pass: deleting never creates addresses. */
static int flush_addr6(struct ip_ctx *ip, int ifindex)
{
	struct addr6_list l6 = { 0 };
	const char *extack = NULL;
	int st = 0;

	rtnl_addr6_dump(ip->net, ifindex, collect_addr6, &l6);
	for (int i = 0; i < l6.n && !st; i++)
		st = flush_failed(ip, rtnl_addr6_del(ip->net, ifindex, l6.v[i].addr, l6.v[i].prefixlen,
						     &extack));
	free(l6.v);
	return st;
}

static int ipaddr_flush(struct ip_ctx *ip, int argc, char **argv)
{
	struct addr_list l = { 0 };
	const char *dev = NULL, *extack = NULL;
	int ifindex, st = 0;

	for (; argc > 0; argc--, argv++) {
		if (!strcmp(*argv, "dev")) {
			if (--argc <= 0)
				return ip_incomplete(ip);
			argv++;
		}
		dev = *argv;
	}
	if (!dev) {
		fputs("Flush requires arguments.\n", ip->c->err);
		return 1;
	}
	ifindex = rtnl_ifindex(ip->net, dev);
	if (!ifindex) {
		fprintf(ip->c->err, "Device \"%s\" does not exist.\n", dev);
		return 1;
	}
	/* As iproute2: dump, delete what is listed, repeat until nothing is left. */
	while (!st && ip->family != 6 && rtnl_addr_dump(ip->net, ifindex, collect_addr, &l) == 0 &&
	       l.n > 0) {
		for (int i = 0; i < l.n && !st; i++)
			st = flush_failed(ip, rtnl_addr_del(ip->net, ifindex, l.v[i].local,
							    l.v[i].prefixlen, NULL, &extack));
		l.n = 0;
	}
	free(l.v);
	if (!st && ip->family != 4)
		st = flush_addr6(ip, ifindex);
	return st;
}

static void print_addr(struct ip_ctx *ip, const struct rtnl_link *lk, const struct rtnl_addr *a)
{
	FILE *f = ip->c->out;
	char b1[16], b2[16], sb[8];

	if (ip->oneline)
		fprintf(f, "%d: %s", lk->ifindex, lk->name);
	fprintf(f, "    inet %s", ip_fmt_ipv4(a->local, b1));
	if (a->address != a->local)
		fprintf(f, " peer %s", ip_fmt_ipv4(a->address, b2));
	fprintf(f, "/%d", a->prefixlen);
	if (a->broadcast)
		fprintf(f, " brd %s", ip_fmt_ipv4(a->broadcast, b2));
	fprintf(f, " scope %s ", ip_rtscope_name(a->scope, sb));
	if (a->flags & IFA_F_SECONDARY)
		fputs("secondary ", f);
	fprintf(f, "%s%s       valid_lft forever preferred_lft forever\n", a->label, ip->sl);
}

static void print_addr_brief(struct ip_ctx *ip, const struct rtnl_addr *a)
{
	char b[16];

	fprintf(ip->c->out, "%s/%d ", ip_fmt_ipv4(a->local, b), a->prefixlen);
}

struct addr_show {
	struct ip_ctx *ip;
	bool up_only;
	bool one_dev;   /* `show dev X`: the link comes with all its attributes */
};

static const char *scope6_name(int scope)
{
	return scope == 0x10 ? "host" : scope == 0x20 ? "link" : "global";
}

static void print_addr6(struct ip_ctx *ip, const struct rtnl_link *lk, const struct rtnl_addr6 *a)
{
	FILE *f = ip->c->out;
	char b[48];

	if (ip->oneline)
		fprintf(f, "%d: %s", lk->ifindex, lk->name);
	ip6_fmt(a->addr, b);
	fprintf(f, "    inet6 %s/%d scope %s ", b, a->prefixlen, scope6_name(a->scope));
	/* iproute2's flag table order. */
	if (a->flags & IFA6_F_NODAD)
		fputs("nodad ", f);
	if (a->flags & IFA6_F_DADFAILED)
		fputs("dadfailed ", f);
	if (a->flags & IFA6_F_TENTATIVE)
		fputs("tentative ", f);
	fprintf(f, "%s       valid_lft forever preferred_lft forever\n", ip->sl);
}

static int show_link_addrs(const struct rtnl_link *lk, void *arg)
{
	struct addr_show *as = arg;
	struct ip_ctx *ip = as->ip;
	struct addr_list l = { 0 };

	struct addr6_list l6 = { 0 };
	char b[48];

	if (as->up_only && !(lk->flags & IFF_UP))
		return 0;
	if (ip->family != 6)
		rtnl_addr_dump(ip->net, lk->ifindex, collect_addr, &l);
	if (ip->family != 4)
		rtnl_addr6_dump(ip->net, lk->ifindex, collect_addr6, &l6);
	if ((ip->family == 4 && l.n == 0) || (ip->family == 6 && l6.n == 0)) {
		free(l.v);
		free(l6.v);
		return 0;
	}
	if (ip->brief) {
		ip_print_link_brief(ip, lk, true);
		for (int i = 0; i < l.n; i++)
			print_addr_brief(ip, &l.v[i]);
		for (int i = 0; i < l6.n; i++) {
			ip6_fmt(l6.v[i].addr, b);
			fprintf(ip->c->out, "%s/%d ", b, l6.v[i].prefixlen);
		}
		fputc('\n', ip->c->out);
	} else {
		if (!ip->oneline) {
			/* With a family filter the link/ line is left out. */
			if (ip->family == 6 && !as->one_dev)
				ip_print_link_header6(ip, lk);
			else if (ip->family == 4 || ip->family == 6)
				ip_print_link_family(ip, lk);
			else
				ip_print_link(ip, lk, true);
			fputc('\n', ip->c->out);
		}
		for (int i = 0; i < l.n; i++)
			print_addr(ip, lk, &l.v[i]);
		for (int i = 0; i < l6.n; i++)
			print_addr6(ip, lk, &l6.v[i]);
		if (ip->show_stats && !ip->oneline) {
			ip_print_link_stats(ip, lk, false);
			fputc('\n', ip->c->out);
		}
	}
	free(l.v);
	free(l6.v);
	return 0;
}

static int ipaddr_show(struct ip_ctx *ip, int argc, char **argv)
{
	struct addr_show as = { .ip = ip };
	const char *dev = NULL;
	struct rtnl_link lk;

	for (; argc > 0; argc--, argv++) {
		if (!strcmp(*argv, "up")) {
			as.up_only = true;
			continue;
		}
		if (!strcmp(*argv, "dev")) {
			if (--argc <= 0)
				return ip_incomplete(ip);
			argv++;
		}
		dev = *argv;
	}
	if (dev) {
		if (rtnl_link_get(ip->net, 0, dev, &lk)) {
			fprintf(ip->c->err, "Device \"%s\" does not exist.\n", dev);
			return 1;
		}
		as.one_dev = true;
		return show_link_addrs(&lk, &as);
	}
	return rtnl_link_dump(ip->net, show_link_addrs, &as);
}

int do_ipaddr(struct ip_ctx *ip, int argc, char **argv)
{
	if (argc < 1)
		return ipaddr_show(ip, 0, argv);
	if (ip_matches(argv[0], "add"))
		return ipaddr_add(ip, argc - 1, argv + 1);
	if (ip_matches(argv[0], "delete"))
		return ipaddr_del(ip, argc - 1, argv + 1);
	if (ip_matches(argv[0], "flush"))
		return ipaddr_flush(ip, argc - 1, argv + 1);
	if (ip_matches(argv[0], "show") || ip_matches(argv[0], "lst") || ip_matches(argv[0], "list"))
		return ipaddr_show(ip, argc - 1, argv + 1);
	fprintf(ip->c->err, "Command \"%s\" is unknown, try \"ip address help\".\n", argv[0]);
	return 255;
}

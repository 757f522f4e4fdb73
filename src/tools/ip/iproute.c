/* iproute.c: ip route show | add | replace | del | get | flush for IPv4. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "../../ctl/rtnl_route.h"
#include "../../net/ipv4.h"
#include "../../net/wire.h"
#include "ip_common.h"

static const char *const rtn_names[] = {
	"unspec", "unicast", "local", "broadcast", "anycast", "multicast",
	"blackhole", "unreachable", "prohibit", "throw", "nat",
};

static int rtn_parse(const char *s)
{
	for (int i = 1; i <= RTN_NAT; i++)
		if (!strcmp(s, rtn_names[i]))
			return i;
	return -1;
}

static const char *proto_name(int p, char *buf)
{
	switch (p) {
	case RTPROT_REDIRECT: return "redirect";
	case RTPROT_KERNEL: return "kernel";
	case RTPROT_BOOT: return "boot";
	case RTPROT_STATIC: return "static";
	default:
		sprintf(buf, "%d", p);
		return buf;
	}
}

static int proto_parse(const char *s)
{
	static const char *const n[] = { "unspec", "redirect", "kernel", "boot", "static" };
	unsigned int v;

	for (int i = 0; i < 5; i++)
		if (!strcmp(s, n[i]))
			return i;
	return ip_get_unsigned(&v, s) == 0 && v < 256 ? (int)v : -1;
}

static int table_parse(const char *s, uint32_t *t)
{
	unsigned int v;

	if (!strcmp(s, "main"))
		*t = RT_TABLE_MAIN;
	else if (!strcmp(s, "local"))
		*t = RT_TABLE_LOCAL;
	else if (!strcmp(s, "all"))
		*t = 0;
	else if (ip_get_unsigned(&v, s) == 0)
		*t = v;
	else
		return -1;
	return 0;
}

struct show_ctx {
	struct ip_ctx *ip;
	uint32_t table;
	int ifindex;
};

static void print_prefix(FILE *f, uint32_t dst, int plen)
{
	char b[16];

	if (plen == 0 && dst == 0)
		fputs("default ", f);
	else if (plen == 32)
		fprintf(f, "%s ", ip_fmt_ipv4(dst, b));
	else
		fprintf(f, "%s/%d ", ip_fmt_ipv4(dst, b), plen);
}

static int print_route(const struct rtnl_route *r, void *arg)
{
	struct show_ctx *sc = arg;
	FILE *f = sc->ip->c->out;
	char b[16], nb[16];
	struct rtnl_link l;

	if (sc->ifindex && r->ifindex != sc->ifindex)
		return 0;
	if (r->type != RTN_UNICAST)
		fprintf(f, "%s ", rtn_names[r->type]);
	print_prefix(f, r->dst, r->plen);
	if (r->gw)
		fprintf(f, "via %s ", ip_fmt_ipv4(r->gw, b));
	if (r->ifindex && !sc->ifindex && rtnl_link_get(sc->ip->net, r->ifindex, NULL, &l) == 0)
		fprintf(f, "dev %s ", l.name);
	if (sc->table == 0 && r->table != RT_TABLE_MAIN)
		fprintf(f, "table %s ", r->table == RT_TABLE_LOCAL ? "local" : (sprintf(nb, "%u", r->table), nb));
	if (r->proto != RTPROT_BOOT)
		fprintf(f, "proto %s ", proto_name(r->proto, nb));
	if (r->scope != RT_SCOPE_UNIVERSE)
		fprintf(f, "scope %s ", ip_rtscope_name(r->scope, nb));
	if (r->prefsrc)
		fprintf(f, "src %s ", ip_fmt_ipv4(r->prefsrc, b));
	if (r->priority)
		fprintf(f, "metric %u ", r->priority);
	if (r->linkdown)
		fputs("linkdown ", f);
	fputc('\n', f);
	return 0;
}

/* IPv6 routes end with "pref medium" and no trailing blank. */
static int print_route6(const struct rtnl_route6 *r, void *arg)
{
	struct show_ctx *sc = arg;
	FILE *f = sc->ip->c->out;
	struct rtnl_link l;
	char b[48];

	if (sc->ifindex && r->ifindex != sc->ifindex)
		return 0;
	if (r->type == RTN_LOCAL)
		fputs("local ", f);
	else if (r->type == RTN_MULTICAST)
		fputs("multicast ", f);
	ip6_fmt(r->dst, b);
	if (r->plen == 128)
		fprintf(f, "%s ", b);
	else
		fprintf(f, "%s/%d ", b, r->plen);
	if (!sc->ifindex && rtnl_link_get(sc->ip->net, r->ifindex, NULL, &l) == 0)
		fprintf(f, "dev %s ", l.name);
	if (r->table == RT_TABLE_LOCAL && sc->table != RT_TABLE_LOCAL)
		fputs("table local ", f);
	fprintf(f, "proto kernel metric %u %spref medium\n", r->metric, r->linkdown ? "linkdown " : "");
	return 0;
}

static int iproute_show(struct ip_ctx *ip, int argc, char **argv)
{
	struct show_ctx sc = { .ip = ip, .table = RT_TABLE_MAIN };
	int err;

	for (; argc > 0; argc--, argv++) {
		if (!strcmp(*argv, "table")) {
			if (--argc <= 0)
				return ip_incomplete(ip);
			if (table_parse(*++argv, &sc.table))
				return ip_invarg(ip, "\"table\" value is invalid\n", *argv);
		} else if (!strcmp(*argv, "dev")) {
			if (--argc <= 0)
				return ip_incomplete(ip);
			sc.ifindex = rtnl_ifindex(ip->net, *++argv);
			if (!sc.ifindex)
				return ip_no_device(ip, *argv);
		}
	}
	if (ip->family == 6)
		return rtnl_route6_dump(ip->net, sc.table, print_route6, &sc);
	err = rtnl_route_dump(ip->net, sc.table, print_route, &sc);
	if (!err && sc.table == 0 && ip->family == 0)
		err = rtnl_route6_dump(ip->net, 0, print_route6, &sc);
	return err;
}

/* Parses PREFIX, where "default" is 0/0 and a bare address a host route. */
static int parse_dst(struct ip_ctx *ip, const char *arg, struct rtnl_route *r)
{
	int plen;

	if (!strcmp(arg, "default") || !strcmp(arg, "all") || !strcmp(arg, "any")) {
		r->dst = 0;
		r->plen = 0;
		return 0;
	}
	if (ip_get_prefix4(&r->dst, &plen, arg)) {
		fprintf(ip->c->err, "Error: any valid prefix is expected rather than \"%s\".\n", arg);
		return 1;
	}
	r->plen = plen < 0 ? 32 : plen;
	if (r->dst & ~inet_make_mask(r->plen)) {
		fputs("Error: Invalid prefix for given prefix length.\n", ip->c->err);
		return 2;
	}
	return 0;
}

static int parse_route(struct ip_ctx *ip, int argc, char **argv, struct rtnl_route *r, bool del)
{
	bool have_dst = false, scoped = false;
	int t;

	*r = (struct rtnl_route){ .type = RTN_UNICAST, .table = RT_TABLE_MAIN, .proto = RTPROT_BOOT,
				  .priority = del ? UINT32_MAX : 0 };
	if (del)
		r->proto = 0;
	for (; argc > 0; argc--, argv++) {
		const char *a = *argv;
		unsigned int u;

#define NEXT() do { if (--argc <= 0) return ip_incomplete(ip); argv++; } while (0)
		if (!strcmp(a, "via")) {
			NEXT();
			if (ip_get_ipv4(&r->gw, *argv))
				return ip_invarg(ip, "invalid gateway address\n", *argv);
		} else if (!strcmp(a, "dev") || !strcmp(a, "oif")) {
			NEXT();
			r->ifindex = rtnl_ifindex(ip->net, *argv);
			if (!r->ifindex)
				return ip_no_device(ip, *argv);
		} else if (!strcmp(a, "src")) {
			NEXT();
			if (ip_get_ipv4(&r->prefsrc, *argv))
				return ip_invarg(ip, "invalid source address\n", *argv);
		} else if (!strcmp(a, "metric") || !strcmp(a, "priority") || !strcmp(a, "preference")) {
			NEXT();
			if (ip_get_unsigned(&u, *argv))
				return ip_invarg(ip, "\"metric\" value is invalid\n", *argv);
			r->priority = u;
		} else if (!strcmp(a, "proto") || !strcmp(a, "protocol")) {
			NEXT();
			if ((t = proto_parse(*argv)) < 0)
				return ip_invarg(ip, "\"protocol\" value is invalid\n", *argv);
			r->proto = (uint8_t)t;
		} else if (!strcmp(a, "scope")) {
			NEXT();
			if ((t = ip_rtscope_parse(*argv)) < 0)
				return ip_invarg(ip, "invalid \"scope\" value\n", *argv);
			r->scope = (uint8_t)t;
			scoped = true;
		} else if (!strcmp(a, "table")) {
			NEXT();
			if (table_parse(*argv, &r->table) || !r->table)
				return ip_invarg(ip, "\"table\" value is invalid\n", *argv);
		} else if (!have_dst && (t = rtn_parse(a)) > 0) {
			r->type = (uint8_t)t;
			if (t == RTN_LOCAL || t == RTN_BROADCAST)
				r->table = RT_TABLE_LOCAL;
		} else {
			int st;

			if (!strcmp(a, "to"))
				NEXT();
			if (have_dst) {
				fprintf(ip->c->err, "Error: either \"to\" is duplicate, or \"%s\" is a garbage.\n", *argv);
				return 255;
			}
			st = parse_dst(ip, *argv, r);
			if (st)
				return st;
			have_dst = true;
		}
#undef NEXT
	}
	if (!have_dst) {
		fputs("Error: either \"to\" is duplicate, or \"(null)\" is a garbage.\n", ip->c->err);
		return 255;
	}
	if (!scoped && !del) {
		if (r->type == RTN_LOCAL)
			r->scope = RT_SCOPE_HOST;
		else if (r->type == RTN_BROADCAST || (r->type == RTN_UNICAST && !r->gw))
			r->scope = RT_SCOPE_LINK;
	}
	return 0;
}

static int iproute_modify(struct ip_ctx *ip, int argc, char **argv, bool replace, bool excl)
{
	struct rtnl_route r;
	const char *extack = NULL;
	int st = parse_route(ip, argc, argv, &r, false), err;

	if (st)
		return st;
	err = rtnl_route_add(ip->net, &r, replace, excl, &extack);
	return err ? ip_rtnl_error(ip, err, extack) : 0;
}

static int iproute_del(struct ip_ctx *ip, int argc, char **argv)
{
	struct rtnl_route r;
	const char *extack = NULL;
	int st = parse_route(ip, argc, argv, &r, true), err;

	if (st)
		return st;
	if (r.type == RTN_UNICAST)
		r.type = 0;
	err = rtnl_route_del(ip->net, &r, &extack);
	return err ? ip_rtnl_error(ip, err, extack) : 0;
}

/* The arguments of `ip route get`, for either family. */
struct get_args {
	bool v6;
	uint32_t dst, src;
	uint8_t dst6[16], src6[16];
	int oif, iif;
};

/* The destination decides the family when -4/-6 does not. */
static bool wants_ipv6(const struct ip_ctx *ip, int argc, char **argv)
{
	if (ip->family)
		return ip->family == 6;
	for (int i = 0; i < argc; i++) {
		if (!strcmp(argv[i], "from") || !strcmp(argv[i], "oif") || !strcmp(argv[i], "dev") ||
		    !strcmp(argv[i], "iif")) {
			i++;
			continue;
		}
		if (strcmp(argv[i], "to"))
			return strchr(argv[i], ':') != NULL;
	}
	return false;
}

static int get_addr(const struct get_args *a, uint32_t *v4, uint8_t *v6, const char *arg)
{
	int plen;

	return a->v6 ? ip_get_prefix6(v6, &plen, arg) : ip_get_prefix4(v4, &plen, arg);
}

static int get_dev(struct ip_ctx *ip, int *ifindex, const char *name)
{
	*ifindex = rtnl_ifindex(ip->net, name);
	return *ifindex ? 0 : ip_no_device(ip, name);
}

/* Returns 0, or the exit status after iproute2's message. */
static int parse_get(struct ip_ctx *ip, int argc, char **argv, struct get_args *a)
{
	bool have = false;
	int st = 0;

	a->v6 = wants_ipv6(ip, argc, argv);
	for (; argc > 0 && !st; argc--, argv++) {
		const char *kw = *argv;

		if (!strcmp(kw, "from") || !strcmp(kw, "oif") || !strcmp(kw, "dev") || !strcmp(kw, "iif") ||
		    !strcmp(kw, "to")) {
			if (--argc <= 0)
				return ip_incomplete(ip);
			argv++;
		}
		if (!strcmp(kw, "from")) {
			if (get_addr(a, &a->src, a->src6, *argv))
				return ip_invarg(ip, "invalid from address\n", *argv);
		} else if (!strcmp(kw, "oif") || !strcmp(kw, "dev")) {
			st = get_dev(ip, &a->oif, *argv);
		} else if (!strcmp(kw, "iif")) {
			st = get_dev(ip, &a->iif, *argv);
		} else if (get_addr(a, &a->dst, a->dst6, *argv)) {
			fprintf(ip->c->err, "Error: %s prefix is expected rather than \"%s\".\n",
				a->v6 ? "inet6" : "any valid", *argv);
			return 1;
		} else {
			have = true;
		}
	}
	if (!st && !have) {
		fputs("need at least a destination address\n", ip->c->err);
		return 1;
	}
	return st;
}

/* `ip -6 route get`: rt6_info's fields (the input path is not modelled for IPv6). */
static int print_get6(struct ip_ctx *ip, const struct get_args *a)
{
	struct rtnl_route6_get g;
	char b[48], s[48];
	struct rtnl_link l;
	int err = rtnl_route6_get(ip->net, a->dst6, a->src6, a->oif, &g);

	if (err)
		return ip_rtnl_error(ip, err, NULL);
	ip6_fmt(a->dst6, b);
	ip6_fmt(a->src6, s);
	fprintf(ip->c->out, "%s%s from %s ", g.local ? "local " : "", b, s);
	if (rtnl_link_get(ip->net, g.ifindex, NULL, &l) == 0)
		fprintf(ip->c->out, "dev %s ", l.name);
	ip6_fmt(g.src, s);
	fprintf(ip->c->out, "%sproto kernel src %s metric %u pref medium\n", g.local ? "table local " : "",
		s, g.metric);
	return 0;
}

static int print_get4(struct ip_ctx *ip, const struct get_args *a)
{
	struct rtnl_route_get g;
	FILE *f = ip->c->out;
	char b[16];
	struct rtnl_link l;
	int err = a->iif ? rtnl_route_get_input(ip->net, a->dst, a->src, a->iif, &g)
			 : rtnl_route_get(ip->net, a->dst, a->src, a->oif, &g);

	if (err)
		return ip_rtnl_error(ip, err, NULL);
	if (g.local)
		fputs("local ", f);
	else if (g.type == RTN_BROADCAST)
		fputs("broadcast ", f);
	fprintf(f, "%s ", ip_fmt_ipv4(a->dst, b));
	if (a->src)
		fprintf(f, "from %s ", ip_fmt_ipv4(a->src, b));
	if (g.gw)
		fprintf(f, "via %s ", ip_fmt_ipv4(g.gw, b));
	if (rtnl_link_get(ip->net, g.ifindex, NULL, &l) == 0)
		fprintf(f, "dev %s ", l.name);
	if (g.prefsrc && g.prefsrc != a->src)
		fprintf(f, "src %s ", ip_fmt_ipv4(g.prefsrc, b));
	fprintf(f, "uid 0 \n    cache %s\n",
		g.local ? "<local> " : g.type == RTN_BROADCAST ? "<local,brd> " : "");
	return 0;
}

static int iproute_get(struct ip_ctx *ip, int argc, char **argv)
{
	struct get_args a = { 0 };
	int st = parse_get(ip, argc, argv, &a);

	if (st)
		return st;
	return a.v6 ? print_get6(ip, &a) : print_get4(ip, &a);
}

struct flush_ctx {
	struct rtnl_route *v;
	int n, cap;
	int ifindex;
};

static int collect(const struct rtnl_route *r, void *arg)
{
	struct flush_ctx *fc = arg;

	if (fc->ifindex && r->ifindex != fc->ifindex)
		return 0;
	ip_vec_push((void **)&fc->v, &fc->n, &fc->cap, r, sizeof(*r));
	return 0;
}

static int iproute_flush(struct ip_ctx *ip, int argc, char **argv)
{
	struct flush_ctx fc = { 0 };
	uint32_t table = RT_TABLE_MAIN;
	const char *extack = NULL;
	int err = 0;

	if (argc == 0) {
		fputs("\"ip route flush\" requires arguments.\n", ip->c->err);
		return 255;
	}
	for (; argc > 0; argc--, argv++) {
		if (!strcmp(*argv, "table") && argc > 1) {
			argc--;
			if (table_parse(*++argv, &table))
				return ip_invarg(ip, "\"table\" value is invalid\n", *argv);
		} else if (!strcmp(*argv, "dev") && argc > 1) {
			argc--;
			fc.ifindex = rtnl_ifindex(ip->net, *++argv);
			if (!fc.ifindex)
				return ip_no_device(ip, *argv);
		}
	}
	rtnl_route_dump(ip->net, table, collect, &fc);
	for (int i = 0; i < fc.n && !err; i++)
		err = rtnl_route_del(ip->net, &fc.v[i], &extack);
	free(fc.v);
	return err ? ip_rtnl_error(ip, err, extack) : 0;
}

int do_iproute(struct ip_ctx *ip, int argc, char **argv)
{
	if (argc < 1 || ip_matches(argv[0], "show") || ip_matches(argv[0], "list"))
		return iproute_show(ip, argc ? argc - 1 : 0, argv + (argc ? 1 : 0));
	if (ip_matches(argv[0], "add"))
		return iproute_modify(ip, argc - 1, argv + 1, false, true);
	if (ip_matches(argv[0], "replace"))
		return iproute_modify(ip, argc - 1, argv + 1, true, false);
	if (ip_matches(argv[0], "delete"))
		return iproute_del(ip, argc - 1, argv + 1);
	if (ip_matches(argv[0], "get"))
		return iproute_get(ip, argc - 1, argv + 1);
	if (ip_matches(argv[0], "flush"))
		return iproute_flush(ip, argc - 1, argv + 1);
	fprintf(ip->c->err, "Command \"%s\" is unknown, try \"ip route help\".\n", argv[0]);
	return 255;
}

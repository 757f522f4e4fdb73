/* ipaddr.c: ip address add | del | flush | show, IPv4 and IPv6. */
#include <errno.h>
#include <sys/socket.h>
#include <stdlib.h>
#include <string.h>

#include "../../uapi/if_addr.h"
#include "ip_common.h"
#include "rt_names.h"

#define INFINITY_LIFE_TIME 0xffffffffu
#define IFA_F_MCAUTOJOIN 0x400

/* What ipaddr_modify gathers from the command line. */
struct addr_args {
	int af;                          /* AF_UNSPEC until an address or -4/-6 says */
	const char *dev, *label, *lcl_arg;
	const char *valid_lftp, *preferred_lftp;
	struct inet_prefix lcl, peer, brd;
	int local_len, peer_len, brd_len;  /* brd_len -1: "+", -2: "-" */
	int any_len;
	bool scoped;
	uint32_t scope, metric, valid_lft, preferred_lft, ifa_flags;
	int prefixlen;
};

static int duparg(struct ip_ctx *ip, const char *key, const char *arg)
{
	fprintf(ip->c->err, "Error: duplicate \"%s\": \"%s\" is the second value.\n", key, arg);
	return 255;
}

static int set_lifetime(uint32_t *lft, const char *arg)
{
	if (!strcmp(arg, "forever")) {
		*lft = INFINITY_LIFE_TIME;
		return 0;
	}
	return rt_get_u32(lft, arg, 0);
}

static void take_family(struct addr_args *a, const struct inet_prefix *p)
{
	if (a->af == AF_UNSPEC)
		a->af = p->family;
}

/* The address flags: read-only ones and IPv6-only ones on another family only warn. */
static void add_flag(struct ip_ctx *ip, struct addr_args *a, const struct ip_ifa_flag *fl)
{
	if (fl->readonly)
		fprintf(ip->c->err, "Warning: %s option is not mutable from userspace\n", fl->name);
	else if (fl->v6only && a->af != AF_INET6)
		fprintf(ip->c->err, "Warning: %s option can be set only for IPv6 addresses\n", fl->name);
	else
		a->ifa_flags |= fl->mask;
}

/* An address argument's length as iproute2 counts it: "default" and friends have none. */
static int addr_len(const struct inet_prefix *p)
{
	return p->bytelen ? p->bytelen : -1;
}

static int parse_local(struct ip_ctx *ip, struct addr_args *a, const char *val)
{
	if (ip_matches(val, "help"))
		return ipaddr_usage(ip);
	if (a->local_len) {
		fprintf(ip->c->err, "Error: either \"local\" is duplicate, or \"%s\" is a garbage.\n", val);
		return 255;
	}
	a->lcl_arg = val;
	if (rt_get_prefix(ip, &a->lcl, val, a->af))
		return 1;
	take_family(a, &a->lcl);
	a->local_len = addr_len(&a->lcl);
	return 0;
}

static int parse_lifetime(struct ip_ctx *ip, const char *key, const char **seen, uint32_t *lft,
			  const char *val)
{
	char msg[32];

	*seen = val;
	if (!set_lifetime(lft, val))
		return 0;
	snprintf(msg, sizeof(msg), "%s value", key);
	return ip_invarg(ip, msg, val);
}

static int parse_addr_arg(struct ip_ctx *ip, struct addr_args *a, int *argc, char ***argv)
{
	char *arg = **argv, *val = arg;
	const struct ip_ifa_flag *fl;

#define NEXT() do { if (--*argc <= 0) return ip_incomplete(ip); val = *++*argv; } while (0)
	if (!strcmp(arg, "peer") || !strcmp(arg, "remote")) {
		NEXT();
		if (a->peer_len)
			return duparg(ip, "peer", val);
		if (rt_get_prefix(ip, &a->peer, val, a->af))
			return 1;
		a->peer_len = addr_len(&a->peer);
		take_family(a, &a->peer);
		a->prefixlen = a->peer.bitlen;
	} else if (ip_matches(arg, "broadcast") || !strcmp(arg, "brd")) {
		NEXT();
		if (a->brd_len)
			return duparg(ip, "broadcast", val);
		if (!strcmp(val, "+") || !strcmp(val, "-")) {
			a->brd_len = val[0] == '+' ? -1 : -2;
		} else {
			if (rt_get_addr(ip, &a->brd, val, a->af))
				return 1;
			take_family(a, &a->brd);
			a->brd_len = a->brd.bytelen ? a->brd.bytelen : 4;
		}
	} else if (!strcmp(arg, "anycast")) {
		struct inet_prefix any;

		/* Parsed and checked; the kernel takes no anycast address from RTM_NEWADDR. */
		NEXT();
		if (a->any_len)
			return duparg(ip, "anycast", val);
		if (rt_get_addr(ip, &any, val, a->af))
			return 1;
		take_family(a, &any);
		a->any_len = any.bytelen ? any.bytelen : 4;
	} else if (!strcmp(arg, "scope")) {
		NEXT();
		if (rt_scope_a2n(&a->scope, val))
			return ip_invarg(ip, "invalid scope value.", val);
		a->scoped = true;
	} else if (!strcmp(arg, "dev")) {
		NEXT();
		a->dev = val;
	} else if (!strcmp(arg, "label")) {
		NEXT();
		a->label = val;
	} else if (ip_matches(arg, "metric") || ip_matches(arg, "priority") || ip_matches(arg, "preference")) {
		NEXT();
		if (rt_get_u32(&a->metric, val, 0))
			return ip_invarg(ip, "\"metric\" value is invalid\n", val);
	} else if (ip_matches(arg, "valid_lft")) {
		if (a->valid_lftp)
			return duparg(ip, "valid_lft", arg);
		NEXT();
		return parse_lifetime(ip, "valid_lft", &a->valid_lftp, &a->valid_lft, val);
	} else if (ip_matches(arg, "preferred_lft")) {
		if (a->preferred_lftp)
			return duparg(ip, "preferred_lft", arg);
		NEXT();
		return parse_lifetime(ip, "preferred_lft", &a->preferred_lftp, &a->preferred_lft, val);
	} else if ((fl = ip_ifa_flag_lookup(arg))) {
		add_flag(ip, a, fl);
	} else {
		if (!strcmp(arg, "local"))
			NEXT();
		return parse_local(ip, a, val);
	}
#undef NEXT
	return 0;
}

static int parse_addr_args(struct ip_ctx *ip, struct addr_args *a, int argc, char **argv)
{
	memset(a, 0, sizeof(*a));
	a->af = ip->family == 4 ? AF_INET : ip->family == 6 ? AF_INET6 : AF_UNSPEC;
	a->valid_lft = a->preferred_lft = INFINITY_LIFE_TIME;
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

static void set_v4(struct inet_prefix *p, uint32_t v)
{
	p->data[0] = (uint8_t)(v >> 24);
	p->data[1] = (uint8_t)(v >> 16);
	p->data[2] = (uint8_t)(v >> 8);
	p->data[3] = (uint8_t)v;
}

/* brd + and brd -: the peer prefix with its host part all ones, or all zeroes. */
static int addr_brd(struct ip_ctx *ip, struct addr_args *a)
{
	uint32_t mask, p;

	if (a->af != AF_INET) {
		fputs("Broadcast can be set only for IPv4 addresses\n", ip->c->err);
		return 1;
	}
	if (a->peer.bitlen <= 30) {
		mask = inet_make_mask(a->peer.bitlen);
		p = rt_prefix_v4(&a->peer);
		a->brd = a->peer;
		set_v4(&a->brd, a->brd_len == -1 ? (p | ~mask) : (p & mask));
		a->brd_len = 4;
	}
	return -1;
}

/*
 * The checks ipaddr_modify makes after parsing, in its order: the peer
 * defaults to the local address (but for a wildcard IPv4 delete), brd + and -
 * need IPv4, the device must exist, the lifetimes must make sense. Returns -1
 * to go on, else the exit status.
 */
static int addr_finish(struct ip_ctx *ip, struct addr_args *a, bool del, int *ifindex)
{
	int st;

	if (a->peer_len == 0 && a->local_len) {
		if (del && a->lcl.family == AF_INET && !(a->lcl.flags & PREFIXLEN_SPECIFIED))
			fprintf(ip->c->err,
				"Warning: Executing wildcard deletion to stay compatible with old scripts.\n"
				"         Explicitly specify the prefix length (%s/%d) to avoid this warning.\n"
				"         This special behaviour is likely to disappear in further releases,\n"
				"         fix your scripts!\n",
				a->lcl_arg, a->local_len * 8);
		else {
			a->peer = a->lcl;
			a->peer_len = a->local_len;
		}
	}
	if (a->prefixlen == 0)
		a->prefixlen = a->lcl.bitlen;
	if (a->brd_len < 0 && !del && (st = addr_brd(ip, a)) >= 0)
		return st;
	if (!a->scoped && !del)
		a->scope = a->lcl.family == AF_INET && a->lcl.data[0] == 127 ? RT_SCOPE_HOST : 0;
	*ifindex = rtnl_ifindex_getlink(ip->net, a->dev);
	if (!*ifindex)
		return ip_no_device(ip, a->dev);
	if (a->valid_lftp || a->preferred_lftp) {
		if (!a->valid_lft) {
			fputs("valid_lft is zero\n", ip->c->err);
			return 1;
		}
		if (a->valid_lft < a->preferred_lft) {
			fputs("preferred_lft is greater than valid_lft\n", ip->c->err);
			return 1;
		}
	}
	if ((a->ifa_flags & IFA_F_MCAUTOJOIN) &&
	    !(a->lcl.family == AF_INET ? (a->lcl.data[0] & 0xf0) == 0xe0 :
	      a->lcl.family == AF_INET6 && a->lcl.data[0] == 0xff)) {
		fputs("autojoin needs multicast address\n", ip->c->err);
		return 1;
	}
	return -1;
}

/* What the kernel would do that vethlab does not model is refused by name, never ignored. */
static int addr_unmodelled(struct ip_ctx *ip, const struct addr_args *a, bool del)
{
	static const char *const flags[] = { "optimistic", "home", "mngtmpaddr", "autojoin" };

	for (size_t i = 0; i < sizeof(flags) / sizeof(flags[0]); i++)
		if ((a->ifa_flags & ip_ifa_flag_lookup(flags[i])->mask))
			return rt_unsupported(ip, flags[i]);
	if (del)
		return -1;
	if (a->metric && a->lcl.family == AF_INET6)
		return rt_unsupported(ip, "an IPv6 address metric");
	if (a->valid_lft != INFINITY_LIFE_TIME || a->preferred_lft != INFINITY_LIFE_TIME)
		return rt_unsupported(ip, "a finite address lifetime");
	if (a->af == AF_INET6 && a->peer_len > 0 && a->local_len > 0 && memcmp(a->peer.data, a->lcl.data, 16))
		return rt_unsupported(ip, "an IPv6 peer address");
	return -1;
}

static int addr_modify6(struct ip_ctx *ip, const struct addr_args *a, int ifindex, bool del, bool replace)
{
	/* extract_addr: IFA_LOCAL, else IFA_ADDRESS; neither is EINVAL. */
	const struct inet_prefix *p = a->local_len > 0 ? &a->lcl : a->peer_len > 0 ? &a->peer : NULL;
	const char *extack = NULL;
	int err;

	if (!p) {
		fputs("RTNETLINK answers: Invalid argument\n", ip->c->err);
		return 2;
	}
	if (del)
		err = rtnl_addr6_del(ip->net, ifindex, p->data, a->prefixlen, &extack);
	else
		err = rtnl_addr6_add(ip->net, ifindex, p->data, a->prefixlen, a->ifa_flags & (IFA6_F_NODAD | IFA_F_NOPREFIXROUTE),
				     replace, &extack);
	return err ? ip_rtnl_error(ip, err, extack) : 0;
}

static int addr_modify4(struct ip_ctx *ip, const struct addr_args *a, int ifindex, bool del, bool replace)
{
	const char *extack = NULL;
	int err;

	if (del) {
		struct ifa_del_req r = {
			.has_local = a->local_len > 0, .local = rt_prefix_v4(&a->lcl),
			.has_address = a->peer_len > 0, .address = rt_prefix_v4(&a->peer),
			.prefixlen = a->prefixlen, .label = a->label,
		};

		err = rtnl_addr_del(ip->net, ifindex, &r, &extack);
	} else {
		struct ifa_req r = {
			.local = rt_prefix_v4(&a->lcl), .prefixlen = (uint8_t)a->prefixlen,
			.has_broadcast = a->brd_len > 0, .broadcast = rt_prefix_v4(&a->brd),
			.scope = (int)a->scope, .label = a->label, .replace = replace,
			.rt_priority = a->metric, .flags = a->ifa_flags & IFA_F_NOPREFIXROUTE,
		};

		if (a->local_len <= 0) {
			fputs("Error: ipv4: Local address is not supplied.\n", ip->c->err);
			return 2;
		}
		r.address = a->peer_len > 0 ? rt_prefix_v4(&a->peer) : r.local;
		err = rtnl_addr_add(ip->net, ifindex, &r, &extack);
	}
	return err ? ip_rtnl_error(ip, err, extack) : 0;
}

/* ipaddr_modify: add (create, exclusive), change (replace), replace (create or replace), delete. */
static int ipaddr_modify(struct ip_ctx *ip, int argc, char **argv, bool del, bool replace)
{
	struct addr_args a;
	int st, ifindex;

	st = parse_addr_args(ip, &a, argc, argv);
	if (st)
		return st;
	st = addr_finish(ip, &a, del, &ifindex);
	if (st >= 0)
		return st;
	st = addr_unmodelled(ip, &a, del);
	if (st >= 0)
		return st;
	if (a.af == AF_INET6)
		return addr_modify6(ip, &a, ifindex, del, replace);
	if (a.af == AF_INET)
		return addr_modify4(ip, &a, ifindex, del, replace);
	/* No family: rtnetlink has no handler for AF_UNSPEC addresses. */
	fputs("RTNETLINK answers: Operation not supported\n", ip->c->err);
	return 2;
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

struct flush_state {
	struct ip_ctx *ip;
	const struct ip_filter *f;
	struct addr_list l4;
	struct addr6_list l6;
};

static int collect_flush4(const struct rtnl_addr *a, void *arg)
{
	struct flush_state *fs = arg;

	if (ip_filter_addr4(fs->f, a))
		collect_addr(a, &fs->l4);
	return 0;
}

static int collect_flush6(const struct rtnl_addr6 *a, void *arg)
{
	struct flush_state *fs = arg;
	struct rtnl_link l = { .name = "" };

	/* The label pattern meets an IPv6 address's device name. */
	if (fs->f->label && rtnl_link_get(fs->ip->net, a->ifindex, NULL, &l))
		return 0;
	if (ip_filter_addr6(fs->f, a, l.name))
		collect_addr6(a, &fs->l6);
	return 0;
}

/* One round of ipaddr_flush: list what the selectors match, delete it all. */
static int flush_round(struct flush_state *fs, int *flushed)
{
	struct ip_ctx *ip = fs->ip;
	const char *extack = NULL;
	int st = 0;

	fs->l4.n = fs->l6.n = 0;
	if (ip->family != 6)
		rtnl_addr_dump(ip->net, fs->f->ifindex, collect_flush4, fs);
	if (ip->family != 4)
		rtnl_addr6_dump(ip->net, fs->f->ifindex, collect_flush6, fs);
	*flushed = fs->l4.n + fs->l6.n;
	for (int i = 0; i < fs->l4.n && !st; i++)
		st = flush_failed(ip, rtnl_addr_del(ip->net, fs->l4.v[i].ifindex,
						    &(struct ifa_del_req){ .has_local = true,
							.local = fs->l4.v[i].local, .has_address = true,
							.address = fs->l4.v[i].address,
							.prefixlen = fs->l4.v[i].prefixlen }, &extack));
	for (int i = 0; i < fs->l6.n && !st; i++)
		st = flush_failed(ip, rtnl_addr6_del(ip->net, fs->l6.v[i].ifindex, fs->l6.v[i].addr,
						     fs->l6.v[i].prefixlen, &extack));
	return st;
}

/*
 * ipaddr_flush: rounds until a listing finds nothing (a deleted primary may
 * promote a secondary); with "primary" as a selector, one round only. -s
 * reports each round.
 */
static int ipaddr_flush(struct ip_ctx *ip, int argc, char **argv)
{
	struct ip_filter f;
	struct flush_state fs = { .ip = ip, .f = &f };
	int st, round = 0, flushed;

	if (argc <= 0) {
		fputs("Flush requires arguments.\n", ip->c->err);
		return 1;
	}
	st = ip_filter_parse(ip, &f, argc, argv, false);
	if (st >= 0)
		return st;
	if (ip->show_stats > 1) {
		fputs("ip: address flush with -s -s is not emulated by vethlab\n", ip->c->err);
		return 255;
	}
	for (;;) {
		if (ip->max_flush_loops && round >= ip->max_flush_loops) {
			fprintf(ip->c->err, "*** Flush remains incomplete after %d rounds. ***\n",
				ip->max_flush_loops);
			st = 1;
			break;
		}
		st = flush_round(&fs, &flushed);
		if (st || !flushed)
			break;
		round++;
		if (ip->show_stats)
			fprintf(ip->c->out, "\n*** Round %d, deleting %d addresses ***\n", round, flushed);
		if (!(f.flags & IFA_F_SECONDARY) && (f.flagmask & IFA_F_SECONDARY))
			break;
	}
	if (!st && ip->show_stats) {
		if (round == 0)
			fputs("Nothing to flush.\n", ip->c->out);
		else
			fprintf(ip->c->out, "*** Flush is complete after %d round%s ***\n", round,
				round > 1 ? "s" : "");
	}
	free(fs.l4.v);
	free(fs.l6.v);
	return st;
}

static void print_addr(struct ip_ctx *ip, const struct rtnl_link *lk, const struct rtnl_addr *a)
{
	FILE *f = ip->c->out;
	char b1[16], b2[16], sb[8];

	if (ip->oneline)
		fprintf(f, "%d: %s", lk->ifindex, lk->name);
	fputs("    inet ", f);
	ipp_color_printf(ip, IPC_INET, "%s", ip_fmt_ipv4(a->local, b1));
	if (a->address != a->local) {
		fputs(" peer ", f);
		ipp_color_printf(ip, IPC_INET, "%s", ip_fmt_ipv4(a->address, b2));
	}
	fprintf(f, "/%d ", a->prefixlen);
	if (a->rt_priority)
		fprintf(f, "metric %u ", a->rt_priority);
	if (a->broadcast) {
		fputs("brd ", f);
		ipp_color_printf(ip, IPC_INET, "%s ", ip_fmt_ipv4(a->broadcast, b2));
	}
	fprintf(f, "scope %s ", ip_rtscope_name(a->scope, sb));
	if (a->flags & IFA_F_SECONDARY)
		fputs("secondary ", f);
	if (a->flags & IFA_F_NOPREFIXROUTE)
		fputs("noprefixroute ", f);
	fprintf(f, "%s%s       valid_lft forever preferred_lft forever\n", a->label, ip->sl);
}

/* print_addrinfo's brief form: the local address, its peer when it has one, the prefix length. */
static void print_addr_brief(struct ip_ctx *ip, const struct rtnl_addr *a)
{
	char b[16], p[16];

	ipp_color_printf(ip, IPC_INET, "%s", ip_fmt_ipv4(a->local, b));
	if (a->address != a->local) {
		fputs(" peer ", ip->c->out);
		ipp_color_printf(ip, IPC_INET, "%s", ip_fmt_ipv4(a->address, p));
	}
	fprintf(ip->c->out, "/%d ", a->prefixlen);
	if (a->rt_priority)
		fprintf(ip->c->out, "metric %u ", a->rt_priority);
}

struct addr_show {
	struct ip_ctx *ip;
	struct ip_filter f;
};

static const char *scope6_name(int scope)
{
	return scope == 0x10 ? "host" : scope == 0x20 ? "link" : scope == 0x40 ? "site" : "global";
}

static void print_addr6(struct ip_ctx *ip, const struct rtnl_link *lk, const struct rtnl_addr6 *a)
{
	FILE *f = ip->c->out;
	char b[48];

	if (ip->oneline)
		fprintf(f, "%d: %s", lk->ifindex, lk->name);
	ip6_fmt(a->addr, b);
	fputs("    inet6 ", f);
	ipp_color_printf(ip, IPC_INET6, "%s", b);
	fprintf(f, "/%d scope %s ", a->prefixlen, scope6_name(a->scope));
	/* iproute2's flag table order. */
	if (a->flags & IFA6_F_NODAD)
		fputs("nodad ", f);
	if (a->flags & IFA6_F_DADFAILED)
		fputs("dadfailed ", f);
	if (a->flags & IFA6_F_TENTATIVE)
		fputs("tentative ", f);
	if (a->flags & IFA_F_NOPREFIXROUTE)
		fputs("noprefixroute ", f);
	fprintf(f, "%s       valid_lft forever preferred_lft forever\n", ip->sl);
}

/* print_addrinfo in JSON: with -o the device first; with -br the address and its length only. */
static void json_addr_head(struct ip_ctx *ip, const struct rtnl_link *lk, const char *family)
{
	if (ip->brief)
		return;
	if (ip->oneline) {
		ipp_int(ip, IPP_JSON, "index", NULL, lk->ifindex);
		ipp_string(ip, IPP_JSON, IPC_NONE, "dev", NULL, lk->name);
	}
	ipp_string(ip, IPP_JSON, IPC_NONE, "family", NULL, family);
}

/* The cacheinfo of a permanent address: both lifetimes infinite. */
static void json_lifetimes(struct ip_ctx *ip)
{
	ipp_uint(ip, IPP_JSON, "valid_life_time", NULL, 0xFFFFFFFFu);
	ipp_uint(ip, IPP_JSON, "preferred_life_time", NULL, 0xFFFFFFFFu);
}

/* An IPv4 address: its peer as "address", "secondary" a boolean, the label. */
static void json_addr4(struct ip_ctx *ip, const struct rtnl_link *lk, const struct rtnl_addr *a)
{
	char b[16], sb[8];

	ipp_open_object(ip, NULL);
	json_addr_head(ip, lk, "inet");
	ipp_string(ip, IPP_JSON, IPC_NONE, "local", NULL, ip_fmt_ipv4(a->local, b));
	if (a->address != a->local)
		ipp_string(ip, IPP_JSON, IPC_NONE, "address", NULL, ip_fmt_ipv4(a->address, b));
	ipp_int(ip, IPP_JSON, "prefixlen", NULL, a->prefixlen);
	if (a->rt_priority)
		ipp_uint(ip, IPP_JSON, "metric", NULL, a->rt_priority);
	if (!ip->brief) {
		if (a->broadcast)
			ipp_string(ip, IPP_JSON, IPC_NONE, "broadcast", NULL, ip_fmt_ipv4(a->broadcast, b));
		ipp_string(ip, IPP_JSON, IPC_NONE, "scope", NULL, ip_rtscope_name(a->scope, sb));
		if (a->flags & IFA_F_SECONDARY)
			ipp_bool(ip, IPP_JSON, "secondary", NULL, true);
		if (a->flags & IFA_F_NOPREFIXROUTE)
			ipp_bool(ip, IPP_JSON, "noprefixroute", NULL, true);
		ipp_string(ip, IPP_JSON, IPC_NONE, "label", NULL, a->label);
		json_lifetimes(ip);
	}
	ipp_close_object(ip);
}

/* An IPv6 address: no label (IFA_LABEL is IPv4's), its DAD flags as booleans. */
static void json_addr6(struct ip_ctx *ip, const struct rtnl_link *lk, const struct rtnl_addr6 *a)
{
	char b[48];

	ipp_open_object(ip, NULL);
	json_addr_head(ip, lk, "inet6");
	ip6_fmt(a->addr, b);
	ipp_string(ip, IPP_JSON, IPC_NONE, "local", NULL, b);
	ipp_int(ip, IPP_JSON, "prefixlen", NULL, a->prefixlen);
	if (!ip->brief) {
		ipp_string(ip, IPP_JSON, IPC_NONE, "scope", NULL, scope6_name(a->scope));
		/* ifa_flag_data's order. */
		if (a->flags & IFA6_F_NODAD)
			ipp_bool(ip, IPP_JSON, "nodad", NULL, true);
		if (a->flags & IFA6_F_DADFAILED)
			ipp_bool(ip, IPP_JSON, "dadfailed", NULL, true);
		if (a->flags & IFA6_F_TENTATIVE)
			ipp_bool(ip, IPP_JSON, "tentative", NULL, true);
		if (a->flags & IFA_F_NOPREFIXROUTE)
			ipp_bool(ip, IPP_JSON, "noprefixroute", NULL, true);
		json_lifetimes(ip);
	}
	ipp_close_object(ip);
}

/* The addresses of one device that pass the address selectors; *any says whether it has any at all. */
static void select_addrs(struct addr_show *as, const struct rtnl_link *lk, struct addr_list *l,
			 struct addr6_list *l6, bool *any)
{
	struct ip_ctx *ip = as->ip;
	struct addr_list all = { 0 };
	struct addr6_list all6 = { 0 };

	rtnl_addr_dump(ip->net, lk->ifindex, collect_addr, &all);
	rtnl_addr6_dump(ip->net, lk->ifindex, collect_addr6, &all6);
	*any = all.n + all6.n > 0;
	for (int i = 0; ip->family != 6 && i < all.n; i++)
		if (ip_filter_addr4(&as->f, &all.v[i]))
			collect_addr(&all.v[i], l);
	for (int i = 0; ip->family != 4 && i < all6.n; i++)
		if (ip_filter_addr6(&as->f, &all6.v[i], lk->name))
			collect_addr6(&all6.v[i], l6);
	free(all.v);
	free(all6.v);
}

static void print_addrs_brief(struct ip_ctx *ip, const struct addr_list *l, const struct addr6_list *l6)
{
	char b[48];

	for (int i = 0; i < l->n; i++)
		print_addr_brief(ip, &l->v[i]);
	for (int i = 0; i < l6->n; i++) {
		ip6_fmt(l6->v[i].addr, b);
		ipp_color_printf(ip, IPC_INET6, "%s", b);
		fprintf(ip->c->out, "/%d ", l6->v[i].prefixlen);
	}
	fputc('\n', ip->c->out);
}

/*
 * ip -6 addr without a device lists links through the inet6 link dump
 * (inet6_dump_ifinfo): name, address, MTU, IFLA_LINK, operstate and the
 * inet6 counters only. A device named asks RTM_GETLINK, which IPv6 does not
 * answer, so that one is the full link.
 */
static bool inet6_link_dump(const struct addr_show *as)
{
	return as->ip->family == 6 && !as->f.ifindex;
}

/*
 * print_linkinfo's selectors: on an inet6 link there is no group to select
 * on (every link passes), and no master or kind to match (none passes).
 * With -o (not -br) print_linkinfo is not called at all: group and the
 * slave kind select nothing, and master and kind only as the kernel's link
 * dump filters them, which it does only when no family was given.
 */
static bool addr_link_selected(const struct addr_show *as, const struct rtnl_link *lk)
{
	struct ip_filter f = as->f;
	bool oneline = as->ip->oneline && !as->ip->brief;

	if (oneline) {
		f.group = -1;
		f.slave_kind = NULL;
		if (as->ip->family) {
			f.master = 0;
			f.kind = NULL;
		}
	} else if (inet6_link_dump(as)) {
		if (f.master > 0 || f.kind || f.slave_kind)
			return false;
		f.group = -1;
	}
	return ip_filter_link(&f, lk);
}

/* The link lines of ip address: none under a label selector (print_linkinfo returns early). */
static void print_addr_link(struct addr_show *as, const struct rtnl_link *lk)
{
	struct ip_ctx *ip = as->ip;

	if (as->f.label)
		return;
	if (ip->brief) {
		if (inet6_link_dump(as))
			ip_print_link_brief6(ip, lk);
		else
			ip_print_link_brief(ip, lk, true);
		return;
	}
	if (ip->oneline)
		return;
	/* With a family filter the link/ line is left out. */
	if (inet6_link_dump(as))
		ip_print_link_header6(ip, lk);
	else if (ip->family == 4 || ip->family == 6)
		ip_print_link_family(ip, lk);
	else
		ip_print_link(ip, lk, true);
	fputc('\n', ip->c->out);
}

/*
 * print_selected_addrinfo: every address of the device in the family asked
 * for; one the selectors refuse (scope, flags, label, prefix) is an empty
 * object, as print_addrinfo returns inside the object already opened.
 */
static void json_addr_info(struct addr_show *as, const struct rtnl_link *lk)
{
	struct ip_ctx *ip = as->ip;
	struct addr_list all = { 0 };
	struct addr6_list all6 = { 0 };

	rtnl_addr_dump(ip->net, lk->ifindex, collect_addr, &all);
	rtnl_addr6_dump(ip->net, lk->ifindex, collect_addr6, &all6);
	ipp_open_array(ip, IPP_JSON, "addr_info");
	for (int i = 0; ip->family != 6 && i < all.n; i++) {
		if (ip_filter_addr4(&as->f, &all.v[i])) {
			json_addr4(ip, lk, &all.v[i]);
		} else {
			ipp_open_object(ip, NULL);
			ipp_close_object(ip);
		}
	}
	for (int i = 0; ip->family != 4 && i < all6.n; i++) {
		if (ip_filter_addr6(&as->f, &all6.v[i], lk->name)) {
			json_addr6(ip, lk, &all6.v[i]);
		} else {
			ipp_open_object(ip, NULL);
			ipp_close_object(ip);
		}
	}
	ipp_close_array(ip, IPP_JSON, NULL);
	free(all.v);
	free(all6.v);
}

/*
 * One device of ip -j address show: the link's fields (none with -o),
 * "addr_info", then with -s the link's counters. A device ipaddr_filter
 * kept but print_linkinfo refuses (not up, another group) is an empty
 * object; under a label selector print_linkinfo prints nothing and the
 * addresses are still listed.
 */
static void json_link_addrs(struct addr_show *as, const struct rtnl_link *lk, bool link_ok)
{
	struct ip_ctx *ip = as->ip;
	bool with_link = link_ok && !as->f.label && (ip->brief || !ip->oneline);

	ipp_open_object(ip, NULL);
	if (!link_ok && ip->oneline && !ip->brief) {
		/* print_selected_addrinfo skips every address of a device not up. */
		ipp_open_array(ip, IPP_JSON, "addr_info");
		ipp_close_array(ip, IPP_JSON, NULL);
	} else if (link_ok) {
		if (with_link && ip->brief)
			ipj_link_brief(ip, lk, true, inet6_link_dump(as));
		else if (with_link)
			ipj_link(ip, lk, inet6_link_dump(as) ? IPJ_INET6 : ip->family ? IPJ_ADDR_FAMILY : IPJ_ADDR);
		json_addr_info(as, lk);
		if (with_link && ip->show_stats && !ip->brief) {
			if (inet6_link_dump(as))
				ipj_link_stats6(ip, lk);
			else
				ipj_link_stats(ip, lk);
		}
	}
	ipp_close_object(ip);
}

/*
 * Whether print_linkinfo itself refuses the device (not up, another group
 * or slave kind): the kernel filtered nothing out. A device named alone is
 * fetched by itself (ipaddr_link_get), so every check is print_linkinfo's.
 */
static bool refused_by_printer(const struct addr_show *as, const struct rtnl_link *lk)
{
	struct addr_show relaxed = *as;

	if (as->f.ifindex)
		return true;
	relaxed.f.up = false;
	relaxed.f.group = -1;
	relaxed.f.slave_kind = NULL;
	return addr_link_selected(&relaxed, lk);
}

/* show_link_addrs with -j: the same devices, and those print_linkinfo refuses as empty objects. */
static int show_link_addrs_json(struct addr_show *as, const struct rtnl_link *lk)
{
	struct addr_list l = { 0 };
	struct addr6_list l6 = { 0 };
	bool link_ok = addr_link_selected(as, lk), any;

	if (!link_ok && !refused_by_printer(as, lk))
		return 0;
	select_addrs(as, lk, &l, &l6, &any);
	if (l.n + l6.n > 0 || (!any && !as->ip->family))
		json_link_addrs(as, lk, link_ok);
	free(l.v);
	free(l6.v);
	return 0;
}

/*
 * One device of ip address show. ipaddr_filter keeps a device when one of its
 * addresses passes the selectors, or when it has none at all and no family
 * was asked for.
 */
static int show_link_addrs(const struct rtnl_link *lk, void *arg)
{
	struct addr_show *as = arg;
	struct ip_ctx *ip = as->ip;
	struct addr_list l = { 0 };
	struct addr6_list l6 = { 0 };
	bool any;

	if (ipp_is_json(ip))
		return show_link_addrs_json(as, lk);
	if (!addr_link_selected(as, lk))
		return 0;
	select_addrs(as, lk, &l, &l6, &any);
	if (l.n + l6.n > 0 || (!any && !ip->family)) {
		/* print_linkinfo and print_addrinfo fflush what they printed (seen in a batch). */
		print_addr_link(as, lk);
		if (ip->brief) {
			print_addrs_brief(ip, &l, &l6);
			vl_cmd_flush_out(ip->c);
		} else {
			vl_cmd_flush_out(ip->c);
			for (int i = 0; i < l.n; i++) {
				print_addr(ip, lk, &l.v[i]);
				vl_cmd_flush_out(ip->c);
			}
			for (int i = 0; i < l6.n; i++) {
				print_addr6(ip, lk, &l6.v[i]);
				vl_cmd_flush_out(ip->c);
			}
			if (ip->show_stats && !ip->oneline && !as->f.label) {
				if (inet6_link_dump(as))
					ip_print_link_stats6(ip, lk);
				else
					ip_print_link_stats(ip, lk, false);
				fputc('\n', ip->c->out);
			}
		}
	}
	free(l.v);
	free(l6.v);
	return 0;
}

static int ipaddr_show(struct ip_ctx *ip, int argc, char **argv)
{
	struct addr_show as = { .ip = ip };
	struct rtnl_link lk;
	int st = ip_filter_parse(ip, &as.f, argc, argv, false);

	if (st >= 0)
		return st;
	if (as.f.ifindex && rtnl_link_getlink(ip->net, as.f.ifindex, NULL, &lk))
		return ip_no_device(ip, as.f.dev);
	ipp_json_begin(ip);
	st = as.f.ifindex ? show_link_addrs(&lk, &as) : rtnl_link_dump(ip->net, show_link_addrs, &as);
	ipp_json_end(ip);
	return st;
}

int do_ipaddr(struct ip_ctx *ip, int argc, char **argv)
{
	if (argc < 1)
		return ipaddr_show(ip, 0, argv);
	if (ip_matches(argv[0], "add"))
		return ipaddr_modify(ip, argc - 1, argv + 1, false, false);
	if (ip_matches(argv[0], "change") || !strcmp(argv[0], "chg") || ip_matches(argv[0], "replace"))
		return ipaddr_modify(ip, argc - 1, argv + 1, false, true);
	if (ip_matches(argv[0], "delete"))
		return ipaddr_modify(ip, argc - 1, argv + 1, true, false);
	if (ip_matches(argv[0], "list") || ip_matches(argv[0], "show") || ip_matches(argv[0], "lst"))
		return ipaddr_show(ip, argc - 1, argv + 1);
	if (ip_matches(argv[0], "flush"))
		return ipaddr_flush(ip, argc - 1, argv + 1);
	if (ip_matches(argv[0], "save"))
		return rt_unsupported(ip, "ip address save");
	if (ip_matches(argv[0], "showdump"))
		return rt_unsupported(ip, "ip address showdump");
	if (ip_matches(argv[0], "restore"))
		return rt_unsupported(ip, "ip address restore");
	if (ip_matches(argv[0], "help"))
		return ipaddr_usage(ip);
	fprintf(ip->c->err, "Command \"%s\" is unknown, try \"ip address help\".\n", argv[0]);
	return 255;
}

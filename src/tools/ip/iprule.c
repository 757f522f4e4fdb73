/*
 * iprule.c: ip rule list | add | del | flush, after iproute2 6.1's
 * ip/iprule.c. IPv4 rules are modelled (from, to, iif, oif, fwmark, pref,
 * lookup, goto, nop and the reject actions, suppress_prefixlength); the IPv6
 * rules are the kernel's two defaults, shown but never changed.
 */
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

#include "../../ctl/rtnl_route.h"
#include "../../uapi/fib_rules.h"
#include "ip_common.h"
#include "rt_names.h"

static int iprule_usage(struct ip_ctx *ip)
{
	fputs("Usage: ip rule { add | del } SELECTOR ACTION\n"
	      "       ip rule { flush | save | restore }\n"
	      "       ip rule [ list [ SELECTOR ]]\n"
	      "SELECTOR := [ not ] [ from PREFIX ] [ to PREFIX ] [ tos TOS ]\n"
	      "            [ fwmark FWMARK[/MASK] ]\n"
	      "            [ iif STRING ] [ oif STRING ] [ pref NUMBER ] [ l3mdev ]\n"
	      "            [ uidrange NUMBER-NUMBER ]\n"
	      "            [ ipproto PROTOCOL ]\n"
	      "            [ sport [ NUMBER | NUMBER-NUMBER ]\n"
	      "            [ dport [ NUMBER | NUMBER-NUMBER ] ]\n"
	      "ACTION := [ table TABLE_ID ]\n"
	      "          [ protocol PROTO ]\n"
	      "          [ nat ADDRESS ]\n"
	      "          [ realms [SRCREALM/]DSTREALM ]\n"
	      "          [ goto NUMBER ]\n"
	      "          SUPPRESSOR\n"
	      "SUPPRESSOR := [ suppress_prefixlength NUMBER ]\n"
	      "              [ suppress_ifgroup DEVGROUP ]\n"
	      "TABLE_ID := [ local | main | default | NUMBER ]\n", ip->c->err);
	return 255;
}

#define NEXT_ARG() do { if (--argc <= 0) return ip_incomplete(ip); argv++; } while (0)

/* iproute2's rule filter (ip rule list and flush). */
struct rule_filter {
	bool not;
	bool has_pref;
	uint32_t pref;
	uint32_t fwmark, fwmask;
	uint32_t tb;
	bool iif, oif;
	char iifname[16], oifname[16];
	struct inet_prefix src, dst;
	uint32_t protocol, protocolmask;
};

struct rule_list {
	struct ip_ctx *ip;
	struct rule_filter f;
	bool flush;
	struct rtnl_rule *v;    /* flush: the rules to delete */
	int n, cap;
};

/* check_ifname: what the kernel's dev_valid_name would take. */
static bool valid_ifname(const char *name)
{
	if (!*name || strlen(name) >= 16)
		return false;
	for (const char *p = name; *p; p++)
		if (*p == '/' || *p == ' ' || (*p >= '\t' && *p <= '\r'))
			return false;
	return true;
}

static bool prefix_matches(const struct inet_prefix *f, int family, int len, uint32_t addr)
{
	uint8_t a[4] = { (uint8_t)(addr >> 24), (uint8_t)(addr >> 16), (uint8_t)(addr >> 8), (uint8_t)addr };

	if (!f->family)
		return true;
	if (f->family != (family == 6 ? AF_INET6 : AF_INET) || f->bitlen > len)
		return false;
	/* inet_addr_match_rta: no attribute (a zero length) or no bits asked for matches. */
	return !len || f->bitlen <= 0 || rt_addr_match(a, f->data, f->bitlen);
}

/* filter_nlmsg of iprule.c. */
static bool filter_rule(const struct rule_list *rl, const struct rtnl_rule *r)
{
	const struct rule_filter *f = &rl->f;
	uint32_t table = r->table;

	if (f->has_pref && f->pref != (r->has_pref ? r->pref : 0))
		return false;
	if (f->not && !(r->flags & FIB_RULE_INVERT))
		return false;
	if (!prefix_matches(&f->src, r->family, r->src_len, r->src) ||
	    !prefix_matches(&f->dst, r->family, r->dst_len, r->dst))
		return false;
	if (f->fwmark && f->fwmark != (r->has_mark ? r->mark : 0))
		return false;
	if (f->fwmask && f->fwmask != (r->has_mask ? r->mask : 0))
		return false;
	if (f->iif && strcmp(f->iifname, r->iifname))
		return false;
	if (f->oif && strcmp(f->oifname, r->oifname))
		return false;
	return !(f->tb && f->tb != table);
}

/* A selector's prefix: " KW " then the address coloured, and "/LEN" unless a host. */
static void print_prefix(struct ip_ctx *ip, const char *kw, const char *key, const char *lenkey,
			 uint32_t addr, int len)
{
	char b[16];

	ipp_string(ip, IPP_FP, IPC_NONE, NULL, "%s", kw);
	ipp_string(ip, IPP_ANY, IPC_INET, key, "%s", ip_fmt_ipv4(addr, b));
	if (len != 32)
		ipp_uint(ip, IPP_ANY, lenkey, "/%u", (unsigned int)len);
}

/* print_0xhex: "%#llx" in both; a string in JSON. */
static void print_0xhex(struct ip_ctx *ip, const char *key, const char *fmt, uint32_t v)
{
	char b[16];

	snprintf(b, sizeof(b), "%#llx", (unsigned long long)v);
	if (ipp_is_json(ip))
		ipp_string(ip, IPP_JSON, IPC_NONE, key, NULL, b);
	else
		fprintf(ip->c->out, fmt, (unsigned long long)v);
}

/* An interface selector: " KW NAME" with the name coloured, and its [detached] mark. */
static void print_rule_dev(struct ip_ctx *ip, const char *kw, const char *name, bool detached)
{
	if (!ipp_is_json(ip))
		fprintf(ip->c->out, " %s ", kw);
	ipp_string(ip, IPP_ANY, IPC_IFNAME, kw, "%s", name);
	if (detached) {
		char key[24];

		snprintf(key, sizeof(key), "%s_detached", kw);
		ipp_null(ip, IPP_ANY, key, "%s", " [detached]");
	}
}

/* What follows the selector: the table, then a non-table action. */
static void print_action(struct ip_ctx *ip, const struct rtnl_rule *r)
{
	char b[64];

	if (r->table) {
		ipp_string(ip, IPP_ANY, IPC_NONE, "table", " lookup %s", rt_table_n2a(r->table, b, sizeof(b)));
		if (r->suppress_prefixlen != -1)
			ipp_int(ip, IPP_ANY, "suppress_prefixlen", " suppress_prefixlength %d", r->suppress_prefixlen);
	}
	if (r->action == RTN_NAT) {
		/* No map-to address: vethlab refuses "nat ADDRESS", so the kernel's rule says masquerade. */
		ipp_null(ip, IPP_ANY, "masquerade", "%s", " masquerade");
	} else if (r->action == FR_ACT_GOTO) {
		if (r->has_goto)
			ipp_uint(ip, IPP_ANY, "goto", " goto %u", r->target);
		else
			ipp_string(ip, IPP_ANY, IPC_NONE, "goto", " goto %s", "none");
		if (r->flags & FIB_RULE_UNRESOLVED)
			ipp_null(ip, IPP_ANY, "unresolved", "%s", " [unresolved]");
	} else if (r->action == FR_ACT_NOP) {
		ipp_null(ip, IPP_ANY, "nop", "%s", " nop");
	} else if (r->action != FR_ACT_TO_TBL) {
		ipp_string(ip, IPP_ANY, IPC_NONE, "action", " %s", rt_type_n2a(r->action, b, sizeof(b)));
	}
	if ((r->proto && r->proto != RTPROT_KERNEL) || ip->show_details)
		ipp_string(ip, IPP_ANY, IPC_NONE, "protocol", " proto %s", rt_prot_n2a(r->proto, b, sizeof(b)));
}

/* print_rule. */
static void print_rule(struct ip_ctx *ip, const struct rtnl_rule *r)
{
	ipp_open_object(ip, NULL);
	ipp_uint(ip, IPP_ANY, "priority", "%u:\t", r->has_pref ? r->pref : 0);
	if (r->flags & FIB_RULE_INVERT)
		ipp_null(ip, IPP_ANY, "not", "%s", "not ");
	if (r->src_len)
		print_prefix(ip, "from ", "src", "srclen", r->src, r->src_len);
	else
		ipp_string(ip, IPP_ANY, IPC_NONE, "src", "from %s", "all");
	if (r->dst_len)
		print_prefix(ip, " to ", "dst", "dstlen", r->dst, r->dst_len);
	if (r->has_mark || r->has_mask) {
		print_0xhex(ip, "fwmark", " fwmark %#llx", r->mark);
		if (r->has_mask && r->mask != 0xFFFFFFFFu)
			print_0xhex(ip, "fwmask", "/%#llx", r->mask);
	}
	if (r->iifname[0])
		print_rule_dev(ip, "iif", r->iifname, r->flags & FIB_RULE_IIF_DETACHED);
	if (r->oifname[0])
		print_rule_dev(ip, "oif", r->oifname, r->flags & FIB_RULE_OIF_DETACHED);
	print_action(ip, r);
	ipp_string(ip, IPP_FP, IPC_NONE, NULL, "%s", "\n");
	ipp_close_object(ip);
	/* print_rule's fflush: in a batch, each rule is out before a later command's error. */
	vl_cmd_flush_out(ip->c);
}

/* flush_rule deletes what has a preference (rule 0 stays) and the protocol selector lets through. */
static int list_rule(const struct rtnl_rule *r, void *arg)
{
	struct rule_list *rl = arg;

	if (!filter_rule(rl, r))
		return 0;
	if (!rl->flush) {
		print_rule(rl->ip, r);
		return 0;
	}
	if (((rl->f.protocol ^ r->proto) & rl->f.protocolmask) || !r->has_pref)
		return 0;
	ip_vec_push((void **)&rl->v, &rl->n, &rl->cap, r, sizeof(*r));
	return 0;
}

/* "fwmark MARK[/MASK]", for a filter or a rule. */
static int parse_fwmark(struct ip_ctx *ip, const char *arg, uint32_t *mark, uint32_t *mask, bool *has_mask)
{
	char buf[64];
	char *slash;

	snprintf(buf, sizeof(buf), "%s", arg);
	slash = strchr(buf, '/');
	if (slash)
		*slash = 0;
	if (rt_get_u32(mark, buf, 0))
		return ip_invarg(ip, "fwmark value is invalid\n", buf);
	*has_mask = slash != NULL;
	if (slash && rt_get_u32(mask, slash + 1, 0))
		return ip_invarg(ip, "fwmask value is invalid\n", slash + 1);
	return 0;
}

static int parse_filter_ifname(struct ip_ctx *ip, const char *arg, char *name, bool *set, const char *msg)
{
	if (!valid_ifname(arg))
		return ip_invarg(ip, msg, arg);
	snprintf(name, 16, "%s", arg);
	*set = true;
	return 0;
}

/* One selector of iprule_list_flush_or_save. */
static int parse_rule_filter(struct ip_ctx *ip, struct rule_filter *f, int *argcp, char ***argvp, int af)
{
	int argc = *argcp, st = 0;
	char **argv = *argvp;
	const char *kw = *argv;
	bool has_mask;

	if (ip_matches(kw, "preference") || ip_matches(kw, "order") || ip_matches(kw, "priority")) {
		NEXT_ARG();
		if (rt_get_u32(&f->pref, *argv, 0))
			return ip_invarg(ip, "preference value is invalid\n", *argv);
		f->has_pref = true;
	} else if (!strcmp(kw, "not")) {
		f->not = true;
	} else if (!strcmp(kw, "tos") || !strcmp(kw, "dsfield")) {
		return rt_unsupported(ip, "\"tos\" in ip rule");
	} else if (!strcmp(kw, "fwmark")) {
		NEXT_ARG();
		st = parse_fwmark(ip, *argv, &f->fwmark, &f->fwmask, &has_mask);
	} else if (!strcmp(kw, "dev") || !strcmp(kw, "iif")) {
		NEXT_ARG();
		st = parse_filter_ifname(ip, *argv, f->iifname, &f->iif, "\"iif\"/\"dev\" not a valid ifname");
	} else if (!strcmp(kw, "oif")) {
		NEXT_ARG();
		st = parse_filter_ifname(ip, *argv, f->oifname, &f->oif, "\"oif\" not a valid ifname");
	} else if (!strcmp(kw, "l3mdev") || !strcmp(kw, "uidrange") || ip_matches(kw, "tun_id") ||
		   !strcmp(kw, "ipproto") || !strcmp(kw, "sport") || !strcmp(kw, "dport")) {
		char what[64];

		snprintf(what, sizeof(what), "\"%s\" in ip rule", kw);
		return rt_unsupported(ip, what);
	} else if (ip_matches(kw, "lookup") || ip_matches(kw, "table")) {
		NEXT_ARG();
		if (rt_table_a2n(&f->tb, *argv))
			return ip_invarg(ip, "table id value is invalid\n", *argv);
	} else if (ip_matches(kw, "from") || ip_matches(kw, "src")) {
		NEXT_ARG();
		st = rt_get_prefix(ip, &f->src, *argv, af);
	} else if (ip_matches(kw, "protocol")) {
		NEXT_ARG();
		f->protocolmask = 0xFFFFFFFFu;
		if (rt_prot_a2n(&f->protocol, *argv)) {
			if (strcmp(*argv, "all"))
				return ip_invarg(ip, "invalid \"protocol\"\n", *argv);
			f->protocol = 0;
			f->protocolmask = 0;
		}
	} else {
		if (ip_matches(kw, "dst") || ip_matches(kw, "to"))
			NEXT_ARG();
		st = rt_get_prefix(ip, &f->dst, *argv, af);
	}
	*argcp = argc;
	*argvp = argv;
	return st;
}

/* iprule_list_flush_or_save for list and flush. */
static int iprule_list_flush(struct ip_ctx *ip, int argc, char **argv, bool flush)
{
	struct rule_list rl = { .ip = ip, .flush = flush };
	int family = ip->family == 6 ? 6 : 4, st = 0;
	const char *extack;

	for (; argc > 0 && !st; argc--, argv++)
		st = parse_rule_filter(ip, &rl.f, &argc, &argv, family == 6 ? AF_INET6 : AF_INET);
	if (st)
		return st;
	if (flush && family == 6)
		return rt_unsupported(ip, "changing IPv6 rules");
	if (!flush)
		ipp_json_begin(ip);
	(void)rtnl_rule_dump(ip->net, family, list_rule, &rl);
	ipp_json_end(ip);
	for (int i = 0; i < rl.n; i++) {
		extack = NULL;
		/* flush_rule stops at the first failure; a rule found a moment ago cannot fail. */
		st = rtnl_rule_del(ip->net, &rl.v[i], &extack);
		if (st) {
			st = ip_rtnl_error(ip, st, extack);
			break;
		}
	}
	free(rl.v);
	return st;
}

static int parse_rule_prefix(struct ip_ctx *ip, const char *arg, int *family, uint32_t *addr, uint8_t *len)
{
	struct inet_prefix p;
	int st = rt_get_prefix(ip, &p, arg, *family);

	if (st)
		return st;
	if (!*family)
		*family = p.family;
	*addr = p.family == AF_INET ? rt_prefix_v4(&p) : 0;
	*len = (uint8_t)p.bitlen;
	return 0;
}

static int parse_rule_ifname(struct ip_ctx *ip, const char *arg, char *name, const char *msg)
{
	if (!valid_ifname(arg))
		return ip_invarg(ip, msg, arg);
	snprintf(name, 16, "%s", arg);
	return 0;
}

/* A type word of iprule_modify: goto N, nop, or a route type as the action. */
static int parse_rule_type(struct ip_ctx *ip, int *argcp, char ***argvp, struct rtnl_rule *r, bool *table_ok)
{
	int argc = *argcp, type;
	char **argv = *argvp;

	if (!strcmp(*argv, "type"))
		NEXT_ARG();
	if (ip_matches(*argv, "help"))
		return iprule_usage(ip);
	if (ip_matches(*argv, "goto")) {
		type = FR_ACT_GOTO;
		NEXT_ARG();
		if (rt_get_u32(&r->target, *argv, 0))
			return ip_invarg(ip, "invalid target\n", *argv);
		r->has_goto = true;
	} else if (ip_matches(*argv, "nop")) {
		type = FR_ACT_NOP;
	} else if (rt_type_a2n(&type, *argv)) {
		return ip_invarg(ip, "Failed to parse rule type", *argv);
	}
	r->action = (uint8_t)type;
	*table_ok = true;
	*argcp = argc;
	*argvp = argv;
	return 0;
}

/* Keywords of iprule_modify that name what vethlab does not model. */
static const char *unsupported_rule_kw(const char *kw)
{
	static const char *const exact[] = { "tos", "l3mdev", "uidrange", "nat", "ipproto", "sport", "dport",
					     "sup_group", NULL };

	for (int i = 0; exact[i]; i++)
		if (!strcmp(kw, exact[i]))
			return exact[i];
	if (ip_matches(kw, "dsfield"))
		return "dsfield";
	if (ip_matches(kw, "realms"))
		return "realms";
	if (ip_matches(kw, "tun_id"))
		return "tun_id";
	if (ip_matches(kw, "map-to"))
		return "map-to";
	if (ip_matches(kw, "suppress_ifgroup"))
		return "suppress_ifgroup";
	return NULL;
}

/* One keyword of iprule_modify, in its order. */
static int parse_rule_kw(struct ip_ctx *ip, int *argcp, char ***argvp, struct rtnl_rule *r, int *family,
			 bool *table_ok)
{
	int argc = *argcp, st = 0, pl;
	char **argv = *argvp;
	const char *kw = *argv, *refused;
	uint32_t u;

	if (!strcmp(kw, "not")) {
		r->flags |= FIB_RULE_INVERT;
	} else if (!strcmp(kw, "from")) {
		NEXT_ARG();
		st = parse_rule_prefix(ip, *argv, family, &r->src, &r->src_len);
	} else if (!strcmp(kw, "to")) {
		NEXT_ARG();
		st = parse_rule_prefix(ip, *argv, family, &r->dst, &r->dst_len);
	} else if (ip_matches(kw, "preference") || ip_matches(kw, "order") || ip_matches(kw, "priority")) {
		NEXT_ARG();
		if (rt_get_u32(&r->pref, *argv, 0))
			return ip_invarg(ip, "preference value is invalid\n", *argv);
		r->has_pref = true;
	} else if (!strcmp(kw, "fwmark")) {
		NEXT_ARG();
		st = parse_fwmark(ip, *argv, &r->mark, &r->mask, &r->has_mask);
		r->has_mark = true;
	} else if ((refused = unsupported_rule_kw(kw)) != NULL) {
		char what[64];

		snprintf(what, sizeof(what), "\"%s\" in ip rule", refused);
		return rt_unsupported(ip, what);
	} else if (ip_matches(kw, "protocol")) {
		NEXT_ARG();
		if (rt_prot_a2n(&u, *argv))
			return ip_invarg(ip, "\"protocol\" value is invalid\n", *argv);
		r->proto = (uint8_t)u;
	} else if (ip_matches(kw, "table") || !strcmp(kw, "lookup")) {
		NEXT_ARG();
		if (rt_table_a2n(&r->table, *argv))
			return ip_invarg(ip, "invalid table ID\n", *argv);
		*table_ok = true;
	} else if (ip_matches(kw, "suppress_prefixlength") || !strcmp(kw, "sup_pl")) {
		NEXT_ARG();
		if (rt_get_u32(&u, *argv, 0) || u > 0x7FFFFFFF)
			return ip_invarg(ip, "suppress_prefixlength value is invalid\n", *argv);
		pl = (int)u;
		r->suppress_prefixlen = pl;
	} else if (!strcmp(kw, "dev") || !strcmp(kw, "iif")) {
		NEXT_ARG();
		st = parse_rule_ifname(ip, *argv, r->iifname, "\"iif\"/\"dev\" not a valid ifname");
	} else if (!strcmp(kw, "oif")) {
		NEXT_ARG();
		st = parse_rule_ifname(ip, *argv, r->oifname, "\"oif\" not a valid ifname");
	} else {
		st = parse_rule_type(ip, &argc, &argv, r, table_ok);
	}
	*argcp = argc;
	*argvp = argv;
	return st;
}

/* iprule_modify: one RTM_NEWRULE (add) or RTM_DELRULE. */
static int iprule_modify(struct ip_ctx *ip, int argc, char **argv, bool add)
{
	struct rtnl_rule r = { .suppress_prefixlen = -1 };
	int family = ip->family == 6 ? AF_INET6 : ip->family == 4 ? AF_INET : 0, st = 0, err;
	bool table_ok = false;
	const char *extack = NULL;

	if (argc == 0) {
		fprintf(ip->c->err, "\"ip rule %s\" requires arguments.\n", add ? "add" : "del");
		return 1;
	}
	if (add)
		r.action = FR_ACT_TO_TBL;
	for (; argc > 0 && !st; argc--, argv++)
		st = parse_rule_kw(ip, &argc, &argv, &r, &family, &table_ok);
	if (st)
		return st;
	if (family == AF_INET6)
		return rt_unsupported(ip, "changing IPv6 rules");
	r.family = 4;
	if (!table_ok && add)
		r.table = RT_TABLE_MAIN;
	err = add ? rtnl_rule_add(ip->net, &r, &extack) : rtnl_rule_del(ip->net, &r, &extack);
	return err ? ip_rtnl_error(ip, err, extack) : 0;
}

int do_iprule(struct ip_ctx *ip, int argc, char **argv)
{
	if (argc < 1)
		return iprule_list_flush(ip, 0, NULL, false);
	if (ip_matches(argv[0], "list") || ip_matches(argv[0], "lst") || ip_matches(argv[0], "show"))
		return iprule_list_flush(ip, argc - 1, argv + 1, false);
	if (ip_matches(argv[0], "save"))
		return rt_unsupported(ip, "\"ip rule save\" (binary rule dumps)");
	if (ip_matches(argv[0], "restore"))
		return rt_unsupported(ip, "\"ip rule restore\" (binary rule dumps)");
	if (ip_matches(argv[0], "add"))
		return iprule_modify(ip, argc - 1, argv + 1, true);
	if (ip_matches(argv[0], "delete"))
		return iprule_modify(ip, argc - 1, argv + 1, false);
	if (ip_matches(argv[0], "flush"))
		return iprule_list_flush(ip, argc - 1, argv + 1, true);
	if (ip_matches(argv[0], "help"))
		return iprule_usage(ip);
	fprintf(ip->c->err, "Command \"%s\" is unknown, try \"ip rule help\".\n", argv[0]);
	return 255;
}

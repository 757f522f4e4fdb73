/*
 * iproute.c: ip route list | flush | add | change | replace | prepend |
 * append | test | delete | get, after iproute2 6.1's ip/iproute.c: its
 * selectors filter and its printer leaves out what a selector fixed.
 * IPv6 routes go through their own requests (rtnl_route6_*): their types,
 * gateways, metrics and preferences are the kernel's; multipath is refused.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

#include "../../ctl/rtnl_route.h"
#include "../../uapi/icmpv6.h"
#include "ip_common.h"
#include "rt_names.h"

static const char iproute_usage_text[] =
	"Usage: ip route { list | flush } SELECTOR\n"
	"       ip route save SELECTOR\n"
	"       ip route restore\n"
	"       ip route showdump\n"
	"       ip route get [ ROUTE_GET_FLAGS ] ADDRESS\n"
	"                            [ from ADDRESS iif STRING ]\n"
	"                            [ oif STRING ] [ tos TOS ]\n"
	"                            [ mark NUMBER ] [ vrf NAME ]\n"
	"                            [ uid NUMBER ] [ ipproto PROTOCOL ]\n"
	"                            [ sport NUMBER ] [ dport NUMBER ]\n"
	"       ip route { add | del | change | append | replace } ROUTE\n"
	"SELECTOR := [ root PREFIX ] [ match PREFIX ] [ exact PREFIX ]\n"
	"            [ table TABLE_ID ] [ vrf NAME ] [ proto RTPROTO ]\n"
	"            [ type TYPE ] [ scope SCOPE ]\n"
	"ROUTE := NODE_SPEC [ INFO_SPEC ]\n"
	"NODE_SPEC := [ TYPE ] PREFIX [ tos TOS ]\n"
	"             [ table TABLE_ID ] [ proto RTPROTO ]\n"
	"             [ scope SCOPE ] [ metric METRIC ]\n"
	"             [ ttl-propagate { enabled | disabled } ]\n"
	"INFO_SPEC := { NH | nhid ID } OPTIONS FLAGS [ nexthop NH ]...\n"
	"NH := [ encap ENCAPTYPE ENCAPHDR ] [ via [ FAMILY ] ADDRESS ]\n"
	"      [ dev STRING ] [ weight NUMBER ] NHFLAGS\n"
	"FAMILY := [ inet | inet6 | mpls | bridge | link ]\n"
	"OPTIONS := FLAGS [ mtu NUMBER ] [ advmss NUMBER ] [ as [ to ] ADDRESS ]\n"
	"           [ rtt TIME ] [ rttvar TIME ] [ reordering NUMBER ]\n"
	"           [ window NUMBER ] [ cwnd NUMBER ] [ initcwnd NUMBER ]\n"
	"           [ ssthresh NUMBER ] [ realms REALM ] [ src ADDRESS ]\n"
	"           [ rto_min TIME ] [ hoplimit NUMBER ] [ initrwnd NUMBER ]\n"
	"           [ features FEATURES ] [ quickack BOOL ] [ congctl NAME ]\n"
	"           [ pref PREF ] [ expires TIME ] [ fastopen_no_cookie BOOL ]\n"
	"TYPE := { unicast | local | broadcast | multicast | throw |\n"
	"          unreachable | prohibit | blackhole | nat }\n"
	"TABLE_ID := [ local | main | default | all | NUMBER ]\n"
	"SCOPE := [ host | link | global | NUMBER ]\n"
	"NHFLAGS := [ onlink | pervasive ]\n"
	"RTPROTO := [ kernel | boot | static | NUMBER ]\n"
	"PREF := [ low | medium | high ]\n"
	"TIME := NUMBER[s|ms]\n"
	"BOOL := [1|0]\n"
	"FEATURES := ecn\n"
	"ENCAPTYPE := [ mpls | ip | ip6 | seg6 | seg6local | rpl | ioam6 | xfrm ]\n"
	"ENCAPHDR := [ MPLSLABEL | SEG6HDR | SEG6LOCAL | IOAM6HDR | XFRMINFO ]\n"
	"SEG6HDR := [ mode SEGMODE ] segs ADDR1,ADDRi,ADDRn [hmac HMACKEYID] [cleanup]\n"
	"SEGMODE := [ encap | encap.red | inline | l2encap | l2encap.red ]\n"
	"SEG6LOCAL := action ACTION [ OPTIONS ] [ count ]\n"
	"ACTION := { End | End.X | End.T | End.DX2 | End.DX6 | End.DX4 |\n"
	"            End.DT6 | End.DT4 | End.DT46 | End.B6 | End.B6.Encaps |\n"
	"            End.BM | End.S | End.AS | End.AM | End.BPF }\n"
	"OPTIONS := OPTION [ OPTIONS ]\n"
	"OPTION := { flavors FLAVORS | srh SEG6HDR | nh4 ADDR | nh6 ADDR | iif DEV | oif DEV |\n"
	"            table TABLEID | vrftable TABLEID | endpoint PROGNAME }\n"
	"FLAVORS := { FLAVOR[,FLAVOR] }\n"
	"FLAVOR := { psp | usp | usd | next-csid }\n"
	"IOAM6HDR := trace prealloc type IOAM6_TRACE_TYPE ns IOAM6_NAMESPACE size IOAM6_TRACE_SIZE\n"
	"XFRMINFO := if_id IF_ID [ link_dev LINK ]\n"
	"ROUTE_GET_FLAGS := [ fibmatch ]\n";

static int iproute_usage(struct ip_ctx *ip)
{
	fputs(iproute_usage_text, ip->c->err);
	return 255;
}

/* NEXT_ARG: the keyword's value, or iproute2's complaint. */
#define NEXT_ARG() do { if (--argc <= 0) return ip_incomplete(ip); argv++; } while (0)

/* One route of either family, as print_route and filter_nlmsg see an RTM_NEWROUTE. */
struct rt_rec {
	int family;
	uint8_t dst[16];
	int dst_len;
	uint8_t type, proto, scope;
	uint32_t table;
	bool has_gw, has_prefsrc, has_priority, has_pref;
	uint8_t gw[16], prefsrc[16];
	int oif;
	uint32_t priority;
	bool linkdown, onlink;
	uint8_t pref;           /* RTA_PREF, IPv6 only */
	bool has_src;           /* ip route get: the flow's source (RTA_SRC) */
	uint8_t src[16];
	int iif;                /* ip route get: RTA_IIF */
	bool cloned;            /* a cached route (a learnt path MTU): RTM_F_CLONED */
	int expires;            /* its seconds left */
	uint32_t mtu;           /* its RTAX_MTU */
	bool mtu_lock;
};

/* iproute2's filter: a field counts when its mask is set; -1 masks also hide the field. */
struct rt_filter {
	uint32_t tb;
	int cloned;
	bool flush;
	uint32_t protocol, protocolmask;
	uint32_t scope, scopemask;
	uint64_t typemask;
	int oif, oifmask;
	int iifmask;
	uint32_t mark, markmask;
	uint32_t metric, metricmask;
	struct inet_prefix rprefsrc, rvia, rdst, mdst, rsrc, msrc;
};

struct list_ctx {
	struct ip_ctx *ip;
	struct rt_filter f;
	struct rtnl_route *v;   /* flush: the routes to delete */
	int n, cap;
	struct rtnl_route6 *v6; /* flush: the IPv6 ones */
	int n6, cap6;
};

static void put_be32(uint8_t *p, uint32_t v)
{
	p[0] = (uint8_t)(v >> 24);
	p[1] = (uint8_t)(v >> 16);
	p[2] = (uint8_t)(v >> 8);
	p[3] = (uint8_t)v;
}

static void rec_from_v4(const struct rtnl_route *r, struct rt_rec *rec)
{
	*rec = (struct rt_rec){ .family = AF_INET, .dst_len = r->plen, .type = r->type, .proto = r->proto,
				.scope = r->scope, .table = r->table, .has_gw = r->gw != 0,
				.has_prefsrc = r->prefsrc != 0, .has_priority = r->priority != 0,
				.oif = r->ifindex, .priority = r->priority, .linkdown = r->linkdown,
				.onlink = r->onlink };
	put_be32(rec->dst, r->dst);
	put_be32(rec->gw, r->gw);
	put_be32(rec->prefsrc, r->prefsrc);
}

/* An IPv6 route: scope universe always, a metric and a preference always (rt6_fill_node). */
static void rec_from_v6(const struct rtnl_route6 *r, struct rt_rec *rec)
{
	*rec = (struct rt_rec){ .family = AF_INET6, .dst_len = r->plen, .type = r->type, .proto = r->proto,
				.scope = RT_SCOPE_UNIVERSE, .table = r->table, .has_gw = r->has_gw,
				.has_prefsrc = r->has_prefsrc, .has_priority = true, .has_pref = true,
				.pref = r->pref, .oif = r->ifindex, .priority = r->metric,
				.linkdown = r->linkdown, .onlink = r->onlink };
	memcpy(rec->dst, r->dst, 16);
	memcpy(rec->gw, r->gw, 16);
	memcpy(rec->prefsrc, r->prefsrc, 16);
}

/* -4, -6 or neither as an address family. */
static int ip_af(int family)
{
	return family == 6 ? AF_INET6 : family == 4 ? AF_INET : AF_UNSPEC;
}

static int host_len(int family)
{
	return family == AF_INET6 ? 128 : 32;
}

static bool prefix_given(const struct inet_prefix *p)
{
	return p->family || (p->flags & PREFIXLEN_SPECIFIED);
}

/* filter_nlmsg's prefix tests: root (at least as long), match (no longer), and the address. */
static bool filter_prefixes(const struct rt_filter *f, const struct rt_rec *r)
{
	static const uint8_t zero[16];

	if (prefix_given(&f->rdst) && ((f->rdst.family && r->family != f->rdst.family) ||
				       f->rdst.bitlen > r->dst_len))
		return false;
	if (prefix_given(&f->mdst) && ((f->mdst.family && r->family != f->mdst.family) ||
				       (f->mdst.bitlen >= 0 && f->mdst.bitlen < r->dst_len)))
		return false;
	/* An IPv4 or IPv6 route here never has a source prefix: its length is 0. */
	if (prefix_given(&f->rsrc) && ((f->rsrc.family && r->family != f->rsrc.family) || f->rsrc.bitlen > 0))
		return false;
	if (prefix_given(&f->msrc) && f->msrc.family && r->family != f->msrc.family)
		return false;
	if (prefix_given(&f->rdst) && !rt_addr_match(r->dst, f->rdst.data, f->rdst.bitlen))
		return false;
	if (prefix_given(&f->mdst) && !rt_addr_match(r->dst, f->mdst.data, r->dst_len))
		return false;
	if (prefix_given(&f->rsrc) && !rt_addr_match(zero, f->rsrc.data, f->rsrc.bitlen))
		return false;
	return true;
}

/* The via and src selectors: the family must agree, then the first bitlen bits. */
static bool filter_addrs(const struct rt_filter *f, const struct rt_rec *r)
{
	static const uint8_t zero[16];

	if (f->rvia.family && (r->family != f->rvia.family ||
			       !rt_addr_match(f->rvia.bitlen > 0 && r->has_gw ? r->gw : zero, f->rvia.data,
					      f->rvia.bitlen)))
		return false;
	if (f->rprefsrc.family &&
	    (r->family != f->rprefsrc.family ||
	     !rt_addr_match(f->rprefsrc.bitlen > 0 && r->has_prefsrc ? r->prefsrc : zero, f->rprefsrc.data,
			    f->rprefsrc.bitlen)))
		return false;
	return true;
}

/* filter_nlmsg for what vethlab's routes carry (no tos, realms, iif or mark: those are 0). */
static bool filter_route(const struct ip_ctx *ip, const struct rt_filter *f, const struct rt_rec *r)
{
	if (ip->family && r->family != (ip->family == 6 ? AF_INET6 : AF_INET))
		return false;
	if ((f->cloned == 1) != r->cloned)
		return false;
	if (f->tb && f->tb != r->table)
		return false;
	if (((f->protocol ^ r->proto) & f->protocolmask) || ((f->scope ^ r->scope) & f->scopemask))
		return false;
	if (f->typemask && !(f->typemask & (1ULL << r->type)))
		return false;
	if (!filter_prefixes(f, r) || !filter_addrs(f, r))
		return false;
	if (f->iifmask || (f->mark & f->markmask))
		return false;
	if (f->oifmask && r->oif != f->oif)
		return false;
	if (f->metricmask && (r->has_priority ? r->priority : 0) != f->metric)
		return false;
	return true;
}

/* An address of the route's family as text; b holds 46. */
static void fmt_addr(int family, const uint8_t *a, char *b)
{
	if (family == AF_INET6)
		ip6_fmt(a, b);
	else
		sprintf(b, "%u.%u.%u.%u", a[0], a[1], a[2], a[3]);
}

/* print_rta_ifidx: "dev NAME " with the name coloured, or the name alone in JSON. */
static void print_dev(struct ip_ctx *ip, const char *prefix, int ifindex)
{
	struct rtnl_link l;
	char name[IFNAMSIZ + 16];

	if (rtnl_link_get(ip->net, ifindex, NULL, &l) == 0)
		snprintf(name, sizeof(name), "%s", l.name);
	else
		snprintf(name, sizeof(name), "if%d", ifindex);
	if (ipp_is_json(ip)) {
		ipp_string(ip, IPP_JSON, IPC_NONE, prefix, NULL, name);
		return;
	}
	fprintf(ip->c->out, "%s ", prefix);
	ipp_color_printf(ip, IPC_IFNAME, "%s ", name);
}

/* print_rt_pref. */
static void print_pref(struct ip_ctx *ip, uint8_t pref)
{
	if (pref == ICMPV6_ROUTER_PREF_LOW)
		ipp_string(ip, IPP_ANY, IPC_NONE, "pref", "pref %s", "low");
	else if (pref == ICMPV6_ROUTER_PREF_MEDIUM)
		ipp_string(ip, IPP_ANY, IPC_NONE, "pref", "pref %s", "medium");
	else if (pref == ICMPV6_ROUTER_PREF_HIGH)
		ipp_string(ip, IPP_ANY, IPC_NONE, "pref", "pref %s", "high");
	else
		ipp_uint(ip, IPP_ANY, "pref", "%u", pref);
}

/* print_cache_flags: "cache <local,brd,redirect> " in text, the "cache" array in JSON. */
static void print_cache_flags(struct ip_ctx *ip, unsigned int flags)
{
	static const struct {
		unsigned int bit;
		const char *name;
	} names[] = { { RTCF_LOCAL, "local" }, { RTCF_BROADCAST, "brd" }, { RTCF_DOREDIRECT, "redirect" } };
	bool json = ipp_is_json(ip);

	if (json)
		ipp_open_array(ip, IPP_JSON, "cache");
	else
		fprintf(ip->c->out, "%s    cache %s", ip->sl, flags ? "<" : "");
	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		if (!(flags & names[i].bit))
			continue;
		flags &= ~names[i].bit;
		if (json)
			ipp_string(ip, IPP_JSON, IPC_NONE, NULL, NULL, names[i].name);
		else
			fprintf(ip->c->out, "%s%s", names[i].name, flags ? "," : "> ");
	}
	if (json)
		ipp_close_array(ip, IPP_JSON, NULL);
}

/*
 * print_cache_flags (IPv4's cloned routes only), print_rta_cacheinfo and the
 * MTU of print_rta_metrics, for a cached route or a route get's answer.
 */
static void print_cacheinfo(struct ip_ctx *ip, bool v4, unsigned int flags, int expires, uint32_t mtu, bool lock)
{
	if (v4)
		print_cache_flags(ip, flags);
	if (expires)
		ipp_int(ip, IPP_ANY, "expires", "expires %dsec ", expires);
	if (!mtu)
		return;
	if (ipp_is_json(ip)) {
		ipp_open_array(ip, IPP_JSON, "metrics");
		ipp_open_object(ip, NULL);
		ipp_uint(ip, IPP_JSON, "mtu", NULL, mtu);
		ipp_close_object(ip);
		ipp_close_array(ip, IPP_JSON, NULL);
	} else {
		fprintf(ip->c->out, "mtu %s%u ", lock ? "lock " : "", mtu);
	}
}

/* print_rt_flags: the words in text, the "flags" array (always there) in JSON. */
static void print_rt_flags(struct ip_ctx *ip, bool onlink, bool linkdown)
{
	ipp_open_array(ip, IPP_JSON, "flags");
	if (onlink)
		ipp_string(ip, IPP_ANY, IPC_NONE, NULL, "%s ", "onlink");
	if (linkdown)
		ipp_string(ip, IPP_ANY, IPC_NONE, NULL, "%s ", "linkdown");
	ipp_close_array(ip, IPP_JSON, NULL);
}

/* An address after a keyword: "KW " then the address coloured by family; the key alone in JSON. */
static void print_kw_addr(struct ip_ctx *ip, const char *kw, const char *key, int family, const uint8_t *a)
{
	char b[48];

	fmt_addr(family, a, b);
	if (ipp_is_json(ip)) {
		ipp_string(ip, IPP_JSON, IPC_NONE, key, NULL, b);
		return;
	}
	fprintf(ip->c->out, "%s ", kw);
	ipp_color_printf(ip, ipp_family_color(family), "%s ", b);
}

/* print_route's destination: "default", or the prefix (no length for a host), coloured. */
static void print_dst(struct ip_ctx *ip, const struct rt_rec *r)
{
	char b[64];

	if (!r->dst_len) {
		ipp_string(ip, IPP_ANY, IPC_NONE, "dst", "%s ", "default");
		return;
	}
	fmt_addr(r->family, r->dst, b);
	if (r->dst_len != host_len(r->family))
		snprintf(b + strlen(b), sizeof(b) - strlen(b), "/%d", r->dst_len);
	ipp_string(ip, IPP_ANY, ipp_family_color(r->family), "dst", "%s ", b);
}

/* print_route, for a route of a table or a cached one (a learnt path MTU). */
static void print_route(struct ip_ctx *ip, const struct rt_filter *f, const struct rt_rec *r)
{
	char b[64];

	ipp_open_object(ip, NULL);
	if ((r->type != RTN_UNICAST || ip->show_details) &&
	    (!f->typemask || (f->typemask & (1ULL << r->type))))
		ipp_string(ip, IPP_ANY, IPC_NONE, "type", "%s ", rt_type_n2a(r->type, b, sizeof(b)));
	print_dst(ip, r);
	if (r->has_src) {
		fmt_addr(r->family, r->src, b);
		ipp_string(ip, IPP_ANY, ipp_family_color(r->family), "from", "from %s ", b);
	}
	if (r->has_gw && f->rvia.bitlen != host_len(r->family))
		print_kw_addr(ip, "via", "gateway", r->family, r->gw);
	if (r->oif && f->oifmask != -1)
		print_dev(ip, "dev", r->oif);
	if (r->table && (r->table != RT_TABLE_MAIN || ip->show_details) && !f->tb)
		ipp_string(ip, IPP_ANY, IPC_NONE, "table", "table %s ", rt_table_n2a(r->table, b, sizeof(b)));
	if (!r->cloned || r->family != AF_INET) {
		if ((r->proto != RTPROT_BOOT || ip->show_details) && f->protocolmask != 0xFFFFFFFFu)
			ipp_string(ip, IPP_ANY, IPC_NONE, "protocol", "proto %s ", rt_prot_n2a(r->proto, b, sizeof(b)));
		if ((r->scope != RT_SCOPE_UNIVERSE || ip->show_details) && f->scopemask != 0xFFFFFFFFu)
			ipp_string(ip, IPP_ANY, IPC_NONE, "scope", "scope %s ", rt_scope_n2a(r->scope, b, sizeof(b)));
	}
	if (r->has_prefsrc && f->rprefsrc.bitlen != host_len(r->family))
		print_kw_addr(ip, "src", "prefsrc", r->family, r->prefsrc);
	if (r->has_priority && f->metricmask != 0xFFFFFFFFu)
		ipp_uint(ip, IPP_ANY, "metric", "metric %u ", r->priority);
	print_rt_flags(ip, r->onlink, r->linkdown);
	if (r->cloned || r->mtu)
		print_cacheinfo(ip, r->cloned && r->family == AF_INET, 0, r->expires, r->mtu, r->mtu_lock);
	if (r->iif && f->iifmask != -1)
		print_dev(ip, "iif", r->iif);
	if (r->has_pref)
		print_pref(ip, r->pref);
	ipp_string(ip, IPP_FP, IPC_NONE, NULL, "%s", "\n");
	ipp_close_object(ip);
	/* print_route's fflush: in a batch, each route is out before a later command's error. */
	vl_cmd_flush_out(ip->c);
}

/* A route the selectors let through: printed, or kept for flush (printed too with -s -s). */
static int list_one(struct list_ctx *lc, const struct rt_rec *rec, const struct rtnl_route *r4,
		    const struct rtnl_route6 *r6)
{
	if (!filter_route(lc->ip, &lc->f, rec))
		return 0;
	if (lc->f.flush) {
		if (r4)
			ip_vec_push((void **)&lc->v, &lc->n, &lc->cap, r4, sizeof(*r4));
		else
			ip_vec_push((void **)&lc->v6, &lc->n6, &lc->cap6, r6, sizeof(*r6));
		if (lc->ip->show_stats < 2)
			return 0;
	}
	print_route(lc->ip, &lc->f, rec);
	return 0;
}

static int list_v4(const struct rtnl_route *r, void *arg)
{
	struct rt_rec rec;

	rec_from_v4(r, &rec);
	return list_one(arg, &rec, r, NULL);
}

/* fnhe_dump_bucket's rt_fill_info: no source, no protocol, the exception's MTU and time left. */
static int list_cache4(const struct rtnl_route_cache *c, void *arg)
{
	struct list_ctx *lc = arg;
	struct rt_rec rec = { .family = AF_INET, .dst_len = 32, .type = RTN_UNICAST, .proto = RTPROT_BOOT,
			      .scope = RT_SCOPE_UNIVERSE, .table = c->table, .has_gw = c->gw != 0, .oif = c->ifindex,
			      .cloned = true, .expires = (int)(c->expires / 1000000000u), .mtu = c->pmtu,
			      .mtu_lock = c->lock };

	put_be32(rec.dst, c->dst);
	put_be32(rec.gw, c->gw);
	if (filter_route(lc->ip, &lc->f, &rec))
		print_route(lc->ip, &lc->f, &rec);
	return 0;
}

/* rt6_fill_node for an RTF_CACHE copy: its parent's fields, a /128, the time left and the MTU. */
static int list_cache6(const struct rtnl_route6_cache *c, void *arg)
{
	struct list_ctx *lc = arg;
	struct rt_rec rec;

	rec_from_v6(&c->r, &rec);
	rec.cloned = true;
	rec.expires = (int)(c->expires / 1000000000u);
	rec.mtu = c->pmtu;
	if (!filter_route(lc->ip, &lc->f, &rec))
		return 0;
	if (lc->f.flush) {
		ip_vec_push((void **)&lc->v6, &lc->n6, &lc->cap6, &c->r, sizeof(c->r));
		if (lc->ip->show_stats < 2)
			return 0;
	}
	print_route(lc->ip, &lc->f, &rec);
	return 0;
}

static int list_v6(const struct rtnl_route6 *r, void *arg)
{
	struct rt_rec rec;

	rec_from_v6(r, &rec);
	return list_one(arg, &rec, NULL, r);
}

/*
 * The kernel filters a dump by table: one that does not exist is an error;
 * iproute2 keeps quiet about table main (save_route_errhndlr), not when flushing.
 */
static int dump_error(struct ip_ctx *ip, const char *family, uint32_t tb, bool flush)
{
	if (tb == RT_TABLE_MAIN && !flush)
		return 0;
	fprintf(ip->c->err, "Error: %s: FIB table does not exist.\n%s terminated\n", family,
		flush ? "Flush" : "Dump");
	return 2;
}

/* One dump of each family the request covers. */
static int list_dump(struct list_ctx *lc, int family)
{
	struct ip_ctx *ip = lc->ip;
	uint32_t tb = lc->f.tb;

	if (lc->f.cloned == 1) {
		/* The learnt path MTUs (RTM_F_CLONED dumps): IPv4's exceptions, IPv6's RTF_CACHE copies. */
		if (family != 6)
			rtnl_route_cache_dump(ip->net, list_cache4, lc);
		if (family != 4)
			rtnl_route6_cache_dump(ip->net, list_cache6, lc);
		return 0;
	}
	if (family != 6 && rtnl_route_dump(ip->net, tb, list_v4, lc) == -ENOENT)
		return dump_error(ip, "ipv4", tb, lc->f.flush);
	if (family == 4)
		return 0;
	if (rtnl_route6_dump(ip->net, tb, list_v6, lc) == -ENOENT && family == 6)
		return dump_error(ip, "ipv6", tb, lc->f.flush);
	return 0;
}

/* ip route flush cache: IPv4's learnt path MTUs are forgotten (route/flush); IPv6's go by the flush rounds. */
static int flush_cache(struct ip_ctx *ip, int family)
{
	(void)family;
	rtnl_route_flush_cache(ip->net);
	if (ip->show_stats)
		fputs("*** IPv4 routing cache is flushed.\n", ip->c->out);
	return 0;
}

/* iproute_flush: dump, delete what matched, again until a dump finds nothing. */
static int iproute_flush(struct list_ctx *lc, int family)
{
	struct ip_ctx *ip = lc->ip;
	const char *extack;
	int round = 0, deleted, st;

	if (lc->f.cloned && family != 6)
		return flush_cache(ip, family);
	for (;;) {
		lc->n = 0;
		lc->n6 = 0;
		st = list_dump(lc, family);
		if (st)
			return st;
		if (!lc->n && !lc->n6) {
			if (ip->show_stats) {
				if (!round)
					fputs("Nothing to flush.\n", ip->c->out);
				else
					fprintf(ip->c->out, "*** Flush is complete after %d round%s ***\n", round,
						round > 1 ? "s" : "");
			}
			return 0;
		}
		round++;
		deleted = 0;
		for (int i = 0; i < lc->n; i++) {
			extack = NULL;
			/* A route another deletion of this round took along is simply gone. */
			deleted += rtnl_route_del(ip->net, &lc->v[i], &extack) == 0;
		}
		for (int i = 0; i < lc->n6; i++) {
			extack = NULL;
			deleted += (lc->f.cloned ? rtnl_route6_cache_del(ip->net, &lc->v6[i])
						 : rtnl_route6_del(ip->net, &lc->v6[i], &extack)) == 0;
		}
		if (ip->show_stats)
			fprintf(ip->c->out, "\n*** Round %d, deleting %d entries ***\n", round, lc->n + lc->n6);
		/* A dumped route always deletes; should none, another round would find it again. */
		if (!deleted)
			return 0;
	}
}

static int parse_table_sel(struct ip_ctx *ip, struct rt_filter *f, const char *arg)
{
	uint32_t tid;

	if (!rt_table_a2n(&tid, arg))
		f->tb = tid;
	else if (!strcmp(arg, "all"))
		f->tb = 0;
	else if (!strcmp(arg, "cache"))
		f->cloned = 1;
	else if (!strcmp(arg, "help"))
		return iproute_usage(ip);
	else
		return ip_invarg(ip, "table id value is invalid\n", arg);
	return 0;
}

static int parse_proto_sel(struct ip_ctx *ip, struct rt_filter *f, const char *arg)
{
	uint32_t prot = 0;

	f->protocolmask = 0xFFFFFFFFu;
	if (rt_prot_a2n(&prot, arg)) {
		if (strcmp(arg, "all"))
			return ip_invarg(ip, "invalid \"protocol\"\n", arg);
		prot = 0;
		f->protocolmask = 0;
	}
	f->protocol = prot;
	return 0;
}

static int parse_scope_sel(struct ip_ctx *ip, struct rt_filter *f, const char *arg)
{
	uint32_t scope = 0;

	f->scopemask = 0xFFFFFFFFu;
	if (rt_scope_a2n(&scope, arg)) {
		if (strcmp(arg, "all"))
			return ip_invarg(ip, "invalid \"scope\"\n", arg);
		scope = RT_SCOPE_NOWHERE;
		f->scopemask = 0;
	}
	f->scope = scope;
	return 0;
}

/* [to|from] [root|match|exact] PREFIX: root and match set one prefix, exact (or none) both. */
static int parse_prefix_sel(struct ip_ctx *ip, int *argcp, char ***argvp, struct inet_prefix *root,
			    struct inet_prefix *match, int family)
{
	int argc = *argcp, st;
	char **argv = *argvp;
	struct inet_prefix *one = match;
	bool both = false;

	if (ip_matches(*argv, "root")) {
		NEXT_ARG();
		one = root;
	} else if (ip_matches(*argv, "match")) {
		NEXT_ARG();
	} else {
		if (ip_matches(*argv, "exact"))
			NEXT_ARG();
		both = true;
	}
	st = rt_get_prefix(ip, one, *argv, family);
	if (st)
		return st;
	if (both)
		*root = *match;
	*argcp = argc;
	*argvp = argv;
	return 0;
}

/* One selector of iproute_list_flush_or_save; the keywords it takes as it takes them. */
static int parse_selector(struct ip_ctx *ip, struct rt_filter *f, int *argcp, char ***argvp, int family,
			  const char **od, const char **id)
{
	int argc = *argcp, st = 0;
	char **argv = *argvp;
	const char *kw = *argv;
	uint32_t u;
	int t;

	if (ip_matches(kw, "table")) {
		NEXT_ARG();
		st = parse_table_sel(ip, f, *argv);
	} else if (ip_matches(kw, "vrf")) {
		return rt_unsupported(ip, "\"vrf\" (VRF devices)");
	} else if (ip_matches(kw, "cached") || ip_matches(kw, "cloned")) {
		f->cloned = 1;
	} else if (!strcmp(kw, "tos") || ip_matches(kw, "dsfield")) {
		return rt_unsupported(ip, "\"tos\" (routes by TOS)");
	} else if (ip_matches(kw, "protocol")) {
		NEXT_ARG();
		st = parse_proto_sel(ip, f, *argv);
	} else if (ip_matches(kw, "scope")) {
		NEXT_ARG();
		st = parse_scope_sel(ip, f, *argv);
	} else if (ip_matches(kw, "type")) {
		NEXT_ARG();
		if (rt_type_a2n(&t, *argv))
			return ip_invarg(ip, "node type value is invalid\n", *argv);
		f->typemask = 1ULL << (t & 31);	/* iproute2 shifts an int: x86 keeps 5 bits */
	} else if (!strcmp(kw, "dev") || !strcmp(kw, "oif")) {
		NEXT_ARG();
		*od = *argv;
	} else if (!strcmp(kw, "iif")) {
		NEXT_ARG();
		*id = *argv;
	} else if (!strcmp(kw, "mark")) {
		NEXT_ARG();
		if (rt_get_u32(&f->mark, *argv, 0))
			return ip_invarg(ip, "invalid mark value", *argv);
		f->markmask = 0xFFFFFFFFu;
	} else if (ip_matches(kw, "metric") || ip_matches(kw, "priority") || !strcmp(kw, "preference")) {
		NEXT_ARG();
		if (rt_get_u32(&u, *argv, 0))
			return ip_invarg(ip, "\"metric\" value is invalid\n", *argv);
		f->metric = u;
		f->metricmask = 0xFFFFFFFFu;
	} else if (!strcmp(kw, "via")) {
		int fam = family;

		NEXT_ARG();
		if (!strcmp(*argv, "inet") || !strcmp(*argv, "inet6")) {
			fam = !strcmp(*argv, "inet") ? AF_INET : AF_INET6;
			NEXT_ARG();
		}
		st = rt_get_prefix(ip, &f->rvia, *argv, fam);
	} else if (!strcmp(kw, "src")) {
		NEXT_ARG();
		st = rt_get_prefix(ip, &f->rprefsrc, *argv, family);
	} else if (ip_matches(kw, "realms")) {
		return rt_unsupported(ip, "\"realms\" (route realms)");
	} else if (ip_matches(kw, "from")) {
		NEXT_ARG();
		st = parse_prefix_sel(ip, &argc, &argv, &f->rsrc, &f->msrc, family);
	} else {
		if (ip_matches(kw, "to"))
			NEXT_ARG();
		st = parse_prefix_sel(ip, &argc, &argv, &f->rdst, &f->mdst, family);
	}
	*argcp = argc;
	*argvp = argv;
	return st;
}

static int resolve_dev(struct ip_ctx *ip, const char *name, int *ifindex)
{
	*ifindex = rtnl_ifindex_getlink(ip->net, name);
	return *ifindex ? 0 : ip_no_device(ip, name);
}

/* iproute_list_flush_or_save for list and flush. */
static int iproute_list_flush(struct ip_ctx *ip, int argc, char **argv, bool flush)
{
	struct list_ctx lc = { .ip = ip };
	int family = ip->family, st = 0;
	const char *od = NULL, *id = NULL;
	int idx;

	lc.f.tb = RT_TABLE_MAIN;
	lc.f.mdst.bitlen = -1;
	lc.f.msrc.bitlen = -1;
	lc.f.flush = flush;
	if (flush && argc <= 0) {
		fputs("\"ip route flush\" requires arguments.\n", ip->c->err);
		return 1;
	}
	for (; argc > 0 && !st; argc--, argv++)
		st = parse_selector(ip, &lc.f, &argc, &argv, ip_af(family), &od, &id);
	if (st)
		return st;
	if (!family && lc.f.tb)
		family = 4;
	if (id) {
		if (resolve_dev(ip, id, &idx))
			return 1;
		lc.f.iifmask = -1;
	}
	if (od) {
		if (resolve_dev(ip, od, &lc.f.oif))
			return 1;
		lc.f.oifmask = -1;
	}
	if (flush) {
		st = iproute_flush(&lc, family);
		free(lc.v);
		free(lc.v6);
		return st;
	}
	/* A dump the kernel refuses leaves the array open, as iproute2 exits inside it. */
	ipp_json_begin(ip);
	st = list_dump(&lc, family);
	if (st)
		ipp_json_abandon(ip);
	ipp_json_end(ip);
	return st;
}

/* The route keywords vethlab refuses: what iproute2 accepts but the kernel model lacks. */
static const char *const unsupported_route_kw[] = {
	"as", "from", "expires", "mtu", "hoplimit", "advmss", "rtt", "rto_min", "nexthop", "nhid",
	"encap", "ttl-propagate", NULL,
};

/* The same, for keywords iproute2 takes by abbreviation (matches()). */
static const char *const unsupported_route_abbrev[] = {
	"reordering", "window", "cwnd", "initcwnd", "initrwnd", "features", "quickack", "congctl",
	"rttvar", "ssthresh", "realms", "vrf", "fastopen_no_cookie", NULL,
};

/*
 * A keyword of iproute_modify vethlab does not model, in iproute2's order
 * (so that an abbreviation means what it means there), or NULL.
 */
static const char *unsupported_modify_kw(const char *kw)
{
	if (!strcmp(kw, "tos") || ip_matches(kw, "dsfield"))
		return "tos";
	for (int i = 0; unsupported_route_kw[i]; i++)
		if (!strcmp(kw, unsupported_route_kw[i]))
			return unsupported_route_kw[i];
	if (ip_matches(kw, "metric") || ip_matches(kw, "priority") || !strcmp(kw, "preference") ||
	    ip_matches(kw, "protocol") || ip_matches(kw, "table"))
		return NULL;
	for (int i = 0; unsupported_route_abbrev[i]; i++)
		if (ip_matches(kw, unsupported_route_abbrev[i]))
			return unsupported_route_abbrev[i];
	return NULL;
}

struct modify_state {
	bool dst_ok, gw_ok, scope_ok, table_ok;
	int family;
	int gw_family;          /* the gateway's: another than the route's would be RTA_VIA */
	const char *dev;
	struct rtnl_route6 r6;  /* the IPv6 addresses and preference given */
};

/* [to] [TYPE] PREFIX. */
static int parse_route_dst(struct ip_ctx *ip, int *argcp, char ***argvp, struct rtnl_route *r,
			   struct modify_state *ms)
{
	int argc = *argcp, type, st;
	char **argv = *argvp;
	struct inet_prefix dst;

	if (!strcmp(*argv, "to"))
		NEXT_ARG();
	if ((**argv < '0' || **argv > '9') && rt_type_a2n(&type, *argv) == 0) {
		NEXT_ARG();
		r->type = (uint8_t)type;
	}
	if (ip_matches(*argv, "help"))
		return iproute_usage(ip);
	if (ms->dst_ok) {
		fprintf(ip->c->err, "Error: either \"to\" is duplicate, or \"%s\" is a garbage.\n", *argv);
		return 255;
	}
	st = rt_get_prefix(ip, &dst, *argv, ms->family);
	if (st)
		return st;
	if (!ms->family)
		ms->family = dst.family;
	r->plen = dst.bitlen;
	r->dst = dst.family == AF_INET ? rt_prefix_v4(&dst) : 0;
	if (dst.family == AF_INET6)
		memcpy(ms->r6.dst, dst.data, 16);
	ms->dst_ok = true;
	*argcp = argc;
	*argvp = argv;
	return 0;
}

static int parse_route_via(struct ip_ctx *ip, int *argcp, char ***argvp, struct rtnl_route *r,
			   struct modify_state *ms)
{
	int argc = *argcp, fam = ms->family, st;
	char **argv = *argvp;
	struct inet_prefix gw;

	if (ms->gw_ok)
		return ip_invarg(ip, "use nexthop syntax to specify multiple via\n", *argv);
	ms->gw_ok = true;
	NEXT_ARG();
	if (!strcmp(*argv, "inet") || !strcmp(*argv, "inet6")) {
		fam = !strcmp(*argv, "inet") ? AF_INET : AF_INET6;
		NEXT_ARG();
	}
	st = rt_get_addr(ip, &gw, *argv, fam);
	if (st)
		return st;
	if (!ms->family)
		ms->family = gw.family;
	ms->gw_family = gw.family;
	if (gw.family == AF_INET6) {
		ms->r6.has_gw = true;
		memcpy(ms->r6.gw, gw.data, 16);
	} else {
		r->gw = rt_prefix_v4(&gw);
	}
	*argcp = argc;
	*argvp = argv;
	return 0;
}

/* pref low|medium|high|NUMBER (RTA_PREF). */
static int parse_route_pref(struct ip_ctx *ip, const char *arg, struct modify_state *ms)
{
	uint32_t u;

	if (!strcmp(arg, "low"))
		u = ICMPV6_ROUTER_PREF_LOW;
	else if (!strcmp(arg, "medium"))
		u = ICMPV6_ROUTER_PREF_MEDIUM;
	else if (!strcmp(arg, "high"))
		u = ICMPV6_ROUTER_PREF_HIGH;
	else if (rt_get_u32(&u, arg, 0) || u > 255)
		return ip_invarg(ip, "\"pref\" value is invalid\n", arg);
	/* rtm_to_fib6_config: anything but low and high is medium. */
	ms->r6.pref = u == ICMPV6_ROUTER_PREF_LOW || u == ICMPV6_ROUTER_PREF_HIGH ? (uint8_t)u
										     : ICMPV6_ROUTER_PREF_MEDIUM;
	return 0;
}

/* One keyword of iproute_modify. */
static int parse_route_kw(struct ip_ctx *ip, int *argcp, char ***argvp, struct rtnl_route *r,
			  struct modify_state *ms)
{
	int argc = *argcp, st = 0;
	char **argv = *argvp;
	const char *kw = *argv, *refused = unsupported_modify_kw(kw);
	struct inet_prefix a;
	uint32_t u;

	if (!strcmp(kw, "src")) {
		NEXT_ARG();
		st = rt_get_addr(ip, &a, *argv, ms->family);
		if (!st && !ms->family)
			ms->family = a.family;
		r->prefsrc = a.family == AF_INET ? rt_prefix_v4(&a) : 0;
		ms->r6.has_prefsrc = !st && a.family == AF_INET6;
		memcpy(ms->r6.prefsrc, a.data, 16);
	} else if (!strcmp(kw, "via")) {
		st = parse_route_via(ip, &argc, &argv, r, ms);
	} else if (refused) {
		char what[64];

		snprintf(what, sizeof(what), "\"%s\" on a route", refused);
		return rt_unsupported(ip, what);
	} else if (ip_matches(kw, "metric") || ip_matches(kw, "priority") || !strcmp(kw, "preference")) {
		NEXT_ARG();
		if (rt_get_u32(&r->priority, *argv, 0))
			return ip_invarg(ip, "\"metric\" value is invalid\n", *argv);
	} else if (!strcmp(kw, "scope")) {
		NEXT_ARG();
		if (rt_scope_a2n(&u, *argv))
			return ip_invarg(ip, "invalid \"scope\" value\n", *argv);
		r->scope = (uint8_t)u;
		ms->scope_ok = true;
	} else if (!strcmp(kw, "onlink")) {
		r->onlink = true;
	} else if (ip_matches(kw, "protocol")) {
		NEXT_ARG();
		if (rt_prot_a2n(&u, *argv))
			return ip_invarg(ip, "\"protocol\" value is invalid\n", *argv);
		r->proto = (uint8_t)u;
	} else if (ip_matches(kw, "table")) {
		NEXT_ARG();
		if (rt_table_a2n(&r->table, *argv))
			return ip_invarg(ip, "\"table\" value is invalid\n", *argv);
		ms->table_ok = true;
	} else if (!strcmp(kw, "dev") || !strcmp(kw, "oif")) {
		NEXT_ARG();
		ms->dev = *argv;
	} else if (ip_matches(kw, "pref")) {
		NEXT_ARG();
		st = parse_route_pref(ip, *argv, ms);
	} else {
		st = parse_route_dst(ip, &argc, &argv, r, ms);
	}
	*argcp = argc;
	*argvp = argv;
	return st;
}

/* iproute_modify's defaults for what the command line left out. */
static void route_defaults(struct rtnl_route *r, const struct modify_state *ms, bool del)
{
	if (!ms->table_ok && (r->type == RTN_LOCAL || r->type == RTN_BROADCAST || r->type == RTN_NAT ||
			      r->type == RTN_ANYCAST))
		r->table = RT_TABLE_LOCAL;
	if (ms->scope_ok)
		return;
	if (r->type == RTN_LOCAL || r->type == RTN_NAT)
		r->scope = RT_SCOPE_HOST;
	else if (r->type == RTN_BROADCAST || r->type == RTN_MULTICAST || r->type == RTN_ANYCAST)
		r->scope = RT_SCOPE_LINK;
	else if (r->type == RTN_UNICAST || r->type == RTN_UNSPEC)
		r->scope = del ? RT_SCOPE_NOWHERE : !ms->gw_ok ? RT_SCOPE_LINK : r->scope;
}

/* The route types IPv6 has no use for here: the kernel takes them, vethlab does not model them. */
static bool type6_unmodelled(uint8_t type)
{
	return type == RTN_MULTICAST || type == RTN_BROADCAST || type == RTN_NAT || type > RTN_NAT;
}

/* The IPv6 half of iproute_modify: one RTM_NEWROUTE or RTM_DELROUTE of family AF_INET6. */
static int iproute_modify6(struct ip_ctx *ip, const struct rtnl_route *r, struct modify_state *ms, bool del,
			   unsigned int nlflags)
{
	struct rtnl_route6 *r6 = &ms->r6;
	const char *extack = NULL;
	char b[16], what[64];
	int err;

	if (type6_unmodelled(r->type)) {
		snprintf(what, sizeof(what), "an IPv6 route of type %s", rt_type_n2a(r->type, b, sizeof(b)));
		return rt_unsupported(ip, what);
	}
	if (ms->gw_ok && ms->gw_family != AF_INET6) {
		/* rtm_to_fib6_config: a gateway of another family came as RTA_VIA. */
		fputs("Error: IPv6 does not support RTA_VIA attribute.\n", ip->c->err);
		return 2;
	}
	r6->plen = r->plen;
	r6->type = r->type;
	r6->table = r->table;
	r6->proto = r->proto;
	r6->metric = r->priority;
	r6->ifindex = r->ifindex;
	r6->onlink = r->onlink;
	err = del ? rtnl_route6_del(ip->net, r6, &extack) : rtnl_route6_add(ip->net, r6, nlflags, &extack);
	if (err == -EOPNOTSUPP)
		return rt_unsupported(ip, "an IPv6 multipath route (a second gateway of the same metric)");
	return err ? ip_rtnl_error(ip, err, extack) : 0;
}

/* iproute_modify: parse, then one RTM_NEWROUTE or RTM_DELROUTE. */
static int iproute_modify(struct ip_ctx *ip, int argc, char **argv, bool del, unsigned int nlflags)
{
	struct rtnl_route r = { .table = RT_TABLE_MAIN, .scope = RT_SCOPE_NOWHERE };
	struct modify_state ms = { .family = ip_af(ip->family) };
	const char *extack = NULL;
	int st = 0, err;

	if (!del) {
		r.proto = RTPROT_BOOT;
		r.scope = RT_SCOPE_UNIVERSE;
		r.type = RTN_UNICAST;
	}
	for (; argc > 0 && !st; argc--, argv++)
		st = parse_route_kw(ip, &argc, &argv, &r, &ms);
	if (st)
		return st;
	if (!ms.dst_ok)
		return iproute_usage(ip);
	if (ms.dev && resolve_dev(ip, ms.dev, &r.ifindex))
		return 1;
	route_defaults(&r, &ms, del);
	if (ms.family == AF_INET6)
		return iproute_modify6(ip, &r, &ms, del, nlflags);
	if (ms.gw_ok && ms.gw_family == AF_INET6)
		return rt_unsupported(ip, "an IPv6 gateway for an IPv4 route");
	/* A pref (RTA_PREF) means nothing to IPv4: the kernel ignores it, and so does this. */
	if (r.type == RTN_MULTICAST || r.type == RTN_ANYCAST) {
		char b[16], what[64];

		snprintf(what, sizeof(what), "a route of type %s", rt_type_n2a(r.type, b, sizeof(b)));
		return rt_unsupported(ip, what);
	}
	err = del ? rtnl_route_del(ip->net, &r, &extack) : rtnl_route_add(ip->net, &r, nlflags, &extack);
	return err ? ip_rtnl_error(ip, err, extack) : 0;
}

/* The arguments of `ip route get`. */
struct get_args {
	int family;
	struct inet_prefix dst, src;
	bool has_src, connected;
	struct rtnl_route_req req;
	const char *idev, *odev;
};

/* [to] ADDRESS of ip route get, with its warning for a prefix length. */
static int get_dst(struct ip_ctx *ip, struct get_args *a, const char *arg)
{
	int st;

	if (ip_matches(arg, "help"))
		return iproute_usage(ip);
	st = rt_get_prefix(ip, &a->dst, arg, a->family);
	if (st)
		return st;
	if (!a->family)
		a->family = a->dst.family;
	if (a->family == AF_INET && a->dst.bitlen != 32)
		fprintf(ip->c->err, "Warning: /%u as prefix is invalid, only /32 (or none) is supported.\n",
			(unsigned int)a->dst.bitlen);
	else if (a->family == AF_INET6 && a->dst.bitlen != 128)
		fprintf(ip->c->err, "Warning: /%u as prefix is invalid, only /128 (or none) is supported.\n",
			(unsigned int)a->dst.bitlen);
	return 0;
}

/* One keyword of iproute_get. */
static int parse_get_kw(struct ip_ctx *ip, int *argcp, char ***argvp, struct get_args *a, bool *have)
{
	int argc = *argcp, st = 0;
	char **argv = *argvp;
	const char *kw = *argv;

	if (!strcmp(kw, "tos") || ip_matches(kw, "dsfield")) {
		return rt_unsupported(ip, "\"tos\" in ip route get");
	} else if (ip_matches(kw, "from")) {
		NEXT_ARG();
		if (ip_matches(*argv, "help"))
			return iproute_usage(ip);
		st = rt_get_prefix(ip, &a->src, *argv, a->family);
		if (!st && !a->family)
			a->family = a->src.family;
		a->has_src = a->src.bytelen != 0;
	} else if (ip_matches(kw, "iif")) {
		NEXT_ARG();
		a->idev = *argv;
	} else if (ip_matches(kw, "mark")) {
		NEXT_ARG();
		if (rt_get_u32(&a->req.mark, *argv, 0))
			return ip_invarg(ip, "invalid mark value", *argv);
	} else if (ip_matches(kw, "oif") || !strcmp(kw, "dev")) {
		NEXT_ARG();
		a->odev = *argv;
	} else if (ip_matches(kw, "notify")) {
		return rt_unsupported(ip, "\"notify\" in ip route get");
	} else if (ip_matches(kw, "connected")) {
		a->connected = true;
	} else if (ip_matches(kw, "vrf")) {
		return rt_unsupported(ip, "\"vrf\" (VRF devices)");
	} else if (ip_matches(kw, "uid")) {
		NEXT_ARG();
		if (rt_get_u32(&a->req.uid, *argv, 0))
			return ip_invarg(ip, "invalid UID\n", *argv);
		a->req.has_uid = true;
	} else if (ip_matches(kw, "fibmatch")) {
		a->req.fibmatch = true;
	} else if (!strcmp(kw, "as") || ip_matches(kw, "sport") || ip_matches(kw, "dport") ||
		   ip_matches(kw, "ipproto")) {
		char what[64];

		snprintf(what, sizeof(what), "\"%s\" in ip route get", kw);
		return rt_unsupported(ip, what);
	} else {
		if (!strcmp(kw, "to"))
			NEXT_ARG();
		st = get_dst(ip, a, *argv);
		*have = true;
	}
	*argcp = argc;
	*argvp = argv;
	return st;
}

/*
 * `ip -6 route get`: rt6_fill_node on the copy of the route found: the flow's
 * destination and source, the copy's device, the source the route gives
 * (not on the input path), the input device; with fibmatch the route itself.
 */
static int route_get6(struct ip_ctx *ip, struct get_args *a)
{
	struct rtnl_route6_req req = { .oif = a->req.oif, .iif = a->req.iif, .fibmatch = a->req.fibmatch };
	struct rt_filter f = { .mdst.bitlen = -1, .msrc.bitlen = -1 };
	struct rtnl_route6_get g;
	struct rt_rec rec;
	int err;

	memcpy(req.dst, a->dst.data, 16);
	if (a->has_src)
		memcpy(req.src, a->src.data, 16);
	err = rtnl_route6_get(ip->net, &req, &g);
	if (err)
		return ip_rtnl_error(ip, err, NULL);
	rec_from_v6(&g.fib, &rec);
	rec.iif = a->req.iif;
	if (!a->req.fibmatch) {
		rec.dst_len = 128;
		memcpy(rec.dst, req.dst, 16);
		rec.has_src = true;
		memcpy(rec.src, req.src, 16);
		rec.oif = g.oif;
		rec.onlink = rec.linkdown = false;
		/* The route's own prefsrc, else (on the output path) the source it gives. */
		if (!rec.has_prefsrc && g.has_prefsrc) {
			rec.has_prefsrc = true;
			memcpy(rec.prefsrc, g.prefsrc, 16);
		}
	}
	if (g.pmtu && !a->req.fibmatch) {
		rec.mtu = g.pmtu;
		rec.expires = (int)(g.expires / 1000000000u);
	}
	ipp_json_begin(ip);
	print_route(ip, &f, &rec);
	if (a->connected && !a->has_src) {
		/* The answer always has RTA_SRC: iproute2 asks again with the very same request
		 * (having closed its JSON array: the second answer prints as text). */
		ipp_json_end(ip);
		print_route(ip, &f, &rec);
	}
	ipp_json_end(ip);
	return 0;
}

/* print_route for the cloned route rt_fill_info describes. */
static void print_get4(struct ip_ctx *ip, const struct get_args *a, const struct rtnl_route_get *g)
{
	char b[64];

	ipp_open_object(ip, NULL);
	if (g->type != RTN_UNICAST || ip->show_details)
		ipp_string(ip, IPP_ANY, IPC_NONE, "type", "%s ", rt_type_n2a(g->type, b, sizeof(b)));
	ipp_string(ip, IPP_ANY, IPC_INET, "dst", "%s ", ip_fmt_ipv4(g->dst, b));
	if (g->src)
		ipp_string(ip, IPP_ANY, IPC_INET, "from", "from %s ", ip_fmt_ipv4(g->src, b));
	if (g->gw) {
		uint8_t gw[4];

		put_be32(gw, g->gw);
		print_kw_addr(ip, "via", "gateway", AF_INET, gw);
	}
	print_dev(ip, "dev", g->ifindex);
	if (g->table && (g->table != RT_TABLE_MAIN || ip->show_details))
		ipp_string(ip, IPP_ANY, IPC_NONE, "table", "table %s ", rt_table_n2a(g->table, b, sizeof(b)));
	if (!a->req.iif && g->prefsrc != g->src) {
		uint8_t src[4];

		put_be32(src, g->prefsrc);
		print_kw_addr(ip, "src", "prefsrc", AF_INET, src);
	}
	print_rt_flags(ip, false, false);
	if (a->req.mark) {
		if (ipp_is_json(ip))
			ipp_uint(ip, IPP_JSON, "mark", NULL, a->req.mark);
		else
			fprintf(ip->c->out, a->req.mark >= 16 ? "mark 0x%x " : "mark %u ", a->req.mark);
	}
	if (g->has_uid)
		ipp_uint(ip, IPP_ANY, "uid", "uid %u ", g->uid);
	print_cacheinfo(ip, true, g->flags, g->pmtu ? (int)(g->expires / 1000000000u) : 0, g->pmtu, g->pmtu_lock);
	if (a->req.iif)
		print_dev(ip, "iif", a->req.iif);
	ipp_string(ip, IPP_FP, IPC_NONE, NULL, "%s", "\n");
	ipp_close_object(ip);
}

static int route_get4(struct ip_ctx *ip, struct get_args *a)
{
	struct rtnl_route_get g;
	struct rt_filter f = { .mdst.bitlen = -1, .msrc.bitlen = -1 };
	struct rt_rec rec;
	int err;

	a->req.dst = a->dst.bytelen ? rt_prefix_v4(&a->dst) : 0;
	a->req.src = a->has_src ? rt_prefix_v4(&a->src) : 0;
	err = rtnl_route_get(ip->net, &a->req, &g);
	if (err)
		return ip_rtnl_error(ip, err, NULL);
	ipp_json_begin(ip);
	if (a->req.fibmatch) {
		rec_from_v4(&g.fib, &rec);
		print_route(ip, &f, &rec);
		ipp_json_end(ip);
		return 0;
	}
	print_get4(ip, a, &g);
	if (a->connected && !a->has_src) {
		/* iproute2 asks again with the very same request: the answer prints twice
		 * (the second as text: the JSON array is closed by then). */
		if (a->req.iif) {
			ipp_json_abandon(ip);
			fputs("Failed to connect the route\n", ip->c->err);
			return 1;
		}
		ipp_json_end(ip);
		print_get4(ip, a, &g);
	}
	ipp_json_end(ip);
	return 0;
}

static int iproute_get(struct ip_ctx *ip, int argc, char **argv)
{
	struct get_args a = { .family = ip_af(ip->family) };
	bool have = false;
	int st = 0;

	for (; argc > 0 && !st; argc--, argv++)
		st = parse_get_kw(ip, &argc, &argv, &a, &have);
	if (st)
		return st;
	if (!have) {
		fputs("need at least a destination address\n", ip->c->err);
		return 1;
	}
	if (a.idev && resolve_dev(ip, a.idev, &a.req.iif))
		return 1;
	if (a.odev && resolve_dev(ip, a.odev, &a.req.oif))
		return 1;
	return a.family == AF_INET6 ? route_get6(ip, &a) : route_get4(ip, &a);
}

struct iproute_cmd {
	const char *name;
	enum { RC_ADD, RC_DEL, RC_LIST, RC_GET, RC_FLUSH, RC_REFUSE, RC_HELP } kind;
	unsigned int nlflags;
};

/* do_iproute's table: its order decides what an abbreviation means. */
static const struct iproute_cmd iproute_cmds[] = {
	{ "add", RC_ADD, RTNL_F_CREATE | RTNL_F_EXCL },
	{ "change", RC_ADD, RTNL_F_REPLACE },
	{ "replace", RC_ADD, RTNL_F_CREATE | RTNL_F_REPLACE },
	{ "prepend", RC_ADD, RTNL_F_CREATE },
	{ "append", RC_ADD, RTNL_F_CREATE | RTNL_F_APPEND },
	{ "test", RC_ADD, RTNL_F_EXCL },
	{ "delete", RC_DEL, 0 },
	{ "list", RC_LIST, 0 },
	{ "show", RC_LIST, 0 },
	{ "lst", RC_LIST, 0 },
	{ "get", RC_GET, 0 },
	{ "flush", RC_FLUSH, 0 },
	{ "save", RC_REFUSE, 0 },
	{ "restore", RC_REFUSE, 0 },
	{ "showdump", RC_REFUSE, 0 },
	{ "help", RC_HELP, 0 },
	{ NULL, RC_HELP, 0 },
};

int do_iproute(struct ip_ctx *ip, int argc, char **argv)
{
	if (argc < 1)
		return iproute_list_flush(ip, 0, NULL, false);
	for (const struct iproute_cmd *c = iproute_cmds; c->name; c++) {
		bool chg = c->nlflags == RTNL_F_REPLACE && !strcmp(argv[0], "chg");

		if (!ip_matches(argv[0], c->name) && !chg)
			continue;
		switch (c->kind) {
		case RC_ADD:
			return iproute_modify(ip, argc - 1, argv + 1, false, c->nlflags);
		case RC_DEL:
			return iproute_modify(ip, argc - 1, argv + 1, true, 0);
		case RC_LIST:
			return iproute_list_flush(ip, argc - 1, argv + 1, false);
		case RC_GET:
			return iproute_get(ip, argc - 1, argv + 1);
		case RC_FLUSH:
			return iproute_list_flush(ip, argc - 1, argv + 1, true);
		case RC_REFUSE: {
			char what[64];

			snprintf(what, sizeof(what), "\"ip route %s\" (binary route dumps)", c->name);
			return rt_unsupported(ip, what);
		}
		case RC_HELP:
			return iproute_usage(ip);
		}
	}
	fprintf(ip->c->err, "Command \"%s\" is unknown, try \"ip route help\".\n", argv[0]);
	return 255;
}

/*
 * ping6.c: the IPv6 half of iputils ping (ping6_common.c): literals with a
 * %scope as glibc takes them, -I DEV or ADDR, the UDP probe that learns the
 * source (which, for a link-local target, iputils leaves unconnected so the
 * source stays ::), the size rules of ip6_append_data, and replies and errors
 * read from a raw ICMPv6 socket.
 */
#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "../net/addrconf.h"
#include "../net/wire.h"
#include "ip/ip_common.h"
#include "ping_int.h"

static struct ping *ping_of6(struct raw6_sock *sk)
{
	return vl_container_of(sk, struct ping, sk6);
}

static bool mc_scope(const uint8_t *a, int scope)
{
	return ipv6_addr_multicast(a) && (a[1] & 0x0f) == scope;
}

/* __ipv6_addr_needs_scope_id: the addresses the kernel gives a scope id (recvfrom, the error queue). */
static bool needs_scope(const uint8_t *a)
{
	return ipv6_addr_linklocal(a) || mc_scope(a, 1) || mc_scope(a, 2);
}

/* getnameinfo(NI_NUMERICHOST): a link-scoped address names its interface, any other scope is a number. */
const char *ping6_fmt_scoped(struct netns *net, const uint8_t *a, int ifindex, char *buf)
{
	struct rtnl_link l;

	ip6_fmt(a, buf);
	if (!ifindex)
		return buf;
	if ((ipv6_addr_linklocal(a) || mc_scope(a, 2)) && rtnl_link_get(net, ifindex, NULL, &l) == 0) {
		strcat(buf, "%");
		strcat(buf, l.name);
	} else {
		sprintf(buf + strlen(buf), "%%%u", (unsigned int)ifindex);
	}
	return buf;
}

/* __inet6_scopeid_pton: an interface name for link-scoped addresses, else a number. */
static int scope_pton(struct netns *net, const uint8_t *a, const char *scope, uint32_t *out)
{
	char *end;
	unsigned long long n;

	if (ipv6_addr_linklocal(a) || mc_scope(a, 1) || mc_scope(a, 2)) {
		int idx = rtnl_ifindex(net, scope);

		if (idx) {
			*out = (uint32_t)idx;
			return 0;
		}
	}
	if (!isdigit((unsigned char)scope[0]))
		return -1;
	errno = 0;
	n = strtoull(scope, &end, 10);
	if (errno || *end || n > UINT32_MAX)
		return -1;
	*out = (uint32_t)n;
	return 0;
}

int ping6_parse_literal(struct netns *net, const char *text, struct ping_dest *d)
{
	char host[47];
	const char *pct = strchr(text, '%');
	size_t len = pct ? (size_t)(pct - text) : strlen(text);

	if (len >= sizeof(host))
		return -1;
	memcpy(host, text, len);
	host[len] = 0;
	memset(d, 0, sizeof(*d));
	if (ip_get_ipv6(d->v6, host))
		return -1;
	d->family = 6;
	if (pct && scope_pton(net, d->v6, pct + 1, &d->scope_id))
		return 1;
	return 0;
}

/* RFC 3484 scope: multicast by its field, link-local and loopback 2, site-local 5, else global. */
static int addr_scope(const uint8_t *a)
{
	static const uint8_t loopback[16] = { [15] = 1 };

	if (ipv6_addr_multicast(a))
		return a[1] & 0x0f;
	if (ipv6_addr_linklocal(a) || !memcmp(a, loopback, 16))
		return 2;
	if (a[0] == 0xfe && (a[1] & 0xc0) == 0xc0)
		return 5;
	return 14;
}

/* glibc's default precedence table (RFC 3484): ::1, 2002::/16, ::/96, ::ffff:0:0/96, the rest. */
static int addr_precedence(const uint8_t *a)
{
	static const uint8_t loopback[16] = { [15] = 1 };
	static const uint8_t mapped[12] = { [10] = 0xff, [11] = 0xff };
	static const uint8_t zero[12];

	if (!memcmp(a, loopback, 16))
		return 50;
	if (a[0] == 0x20 && a[1] == 0x02)
		return 30;
	if (!memcmp(a, zero, 12))
		return 20;
	if (!memcmp(a, mapped, 12))
		return 10;
	return 40;
}

void ping6_rank(struct ping *p, const struct ping_dest *d, struct ping_rank *r)
{
	struct flow6 fl = { .oif = needs_scope(d->v6) ? (int)d->scope_id : 0 };
	struct rt6_result rt;

	memcpy(fl.daddr, d->v6, 16);
	r->usable = ip6_route_output(p->net, &fl, &rt) == 0;
	r->scope = addr_scope(d->v6);
	r->scope_match = !r->usable || addr_scope(rt.saddr) == r->scope;
	r->precedence = addr_precedence(d->v6);
}

/* The interface a probe leaves by: SO_BINDTODEVICE, else the target's own scope. */
static int first_hop_oif(const struct ping *p)
{
	if (p->oif)
		return p->oif;
	return needs_scope(p->daddr6) ? (int)p->scope_id : 0;
}

/* ---- Replies and errors ------------------------------------------------------------ */

/* ping6_parse_reply: ICMP6_FILTER lets only echo replies through. */
static void ping6_rcv(struct raw6_sock *sk, const struct sk_buff *skb, const uint8_t *ip6h, int iif)
{
	struct ping *p = ping_of6(sk);
	const uint8_t *icmp = skb->data;
	int cc = (int)skb->len;
	struct ping_from from = { .v6 = ip6h + 8, .iif = needs_scope(ip6h + 8) ? iif : 0 };
	bool wrong_source;

	if (p->exiting || !p->started || p->family != 6 || cc < 4 || icmp[0] != ICMPV6_ECHO_REPLY)
		return;
	if (cc < 8) {
		if (p->verbose)
			ping_error(p, 0, "packet too short: %d bytes", cc);
		return;
	}
	if (get16(icmp + 4) != p->ident)
		return;
	wrong_source = !p->multicast && !p->subnet_router_anycast && memcmp(ip6h + 8, p->daddr6, 16);
	if (gather_statistics(p, icmp, cc, ip6h[7], &from, wrong_source))
		ping_flush(p);
	else
		ping_reply_done(p);
	ping_main_iter(p);
}

static void print_unreach(FILE *f, uint8_t code)
{
	static const char *const t[] = {
		"No route", "Administratively prohibited", "Beyond scope of source address",
		"Address unreachable", "Port unreachable",
	};

	fputs("Destination unreachable: ", f);
	if (code < sizeof(t) / sizeof(t[0]))
		fputs(t[code], f);
	else
		fprintf(f, "Unknown code %d", code);
}

static void print_param_problem(FILE *f, uint8_t code, uint32_t info)
{
	static const char *const t[] = { "Wrong header field ", "Unknown header ", "Unknown option " };

	fputs("Parameter problem: ", f);
	if (code < 3)
		fputs(t[code], f);
	else
		fprintf(f, "code %d ", code);
	fprintf(f, "at %u", info);
}

/* print_icmp, for what reaches the error queue. */
static void print_icmp6(FILE *f, uint8_t type, uint8_t code, uint32_t info)
{
	switch (type) {
	case ICMPV6_DEST_UNREACH:
		print_unreach(f, code);
		break;
	case ICMPV6_PKT_TOOBIG:
		fprintf(f, "Packet too big: mtu=%u", info);
		if (code)
			fprintf(f, ", code=%d", code);
		break;
	case ICMPV6_TIME_EXCEED:
		fputs("Time exceeded: ", f);
		if (code <= 1)
			fputs(code == 0 ? "Hop limit" : "Defragmentation failure", f);
		else
			fprintf(f, "code %d", code);
		break;
	case 4:
		print_param_problem(f, code, info);
		break;
	default:
		fprintf(f, "unknown icmp type: %u", type);
		break;
	}
}

/* ping6_receive_error_msg: errors quoting one of our echo requests to the target. */
static void ping6_err(struct raw6_sock *sk, const struct sk_buff *skb, const uint8_t *ip6h, int iif)
{
	struct ping *p = ping_of6(sk);
	const uint8_t *icmp = skb->data, *q = icmp + 8, *qicmp = q + IPV6_HLEN;
	struct ping_from from = { .v6 = ip6h + 8, .iif = needs_scope(ip6h + 8) ? iif : 0 };
	char b[1100];

	if (p->exiting || !p->started || p->family != 6 || skb->len < 8 + IPV6_HLEN + 8)
		return;
	if (memcmp(q + 24, p->daddr6, 16) || q[6] != IPPROTO_ICMPV6 || qicmp[0] != ICMPV6_ECHO_REQUEST ||
	    get16(qicmp + 4) != p->ident)
		return;
	/* Unlike IPv4, iputils does not acknowledge the sequence of an IPv6 error. */
	p->nerrors++;
	if (!p->quiet && p->flood) {
		fputs("\bE", p->task.out);
		vl_task_flush_big(&p->task);
	} else if (!p->quiet) {
		ping_timestamp(p);
		fprintf(p->task.out, "From %s icmp_seq=%u ", ping_pr_addr(p, &from, b, sizeof(b)), get16(qicmp + 6));
		print_icmp6(p->task.out, icmp[0], icmp[1], get32(icmp + 4));
		fputc('\n', p->task.out);
		ping_flush(p);
	}
	ping_main_iter(p);
}

static const struct raw6_sock_ops ping6_sock_ops = {
	.rcv = ping6_rcv,
	.err = ping6_err,
};

/* ---- Sending ------------------------------------------------------------------------ */

/* ip6_append_data's size checks: 0, -EMSGSIZE (a local error queued), or PING_REFUSED. */
static int ping6_size_check(struct ping *p, const struct rt6_result *rt, bool running)
{
	long long len = p->datalen + 8;
	int mtu = rt->dev->mtu;

	if (len > (p->pmtudisc == PMTUDISC_DO ? mtu - IPV6_HLEN : 65535)) {
		p->local_errno = EMSGSIZE;
		p->local_info = (unsigned int)mtu;
		return -EMSGSIZE;
	}
	if (len + IPV6_HLEN <= mtu)
		return 0;
	return ping_refuse_fragment(p, len + IPV6_HLEN, mtu, running);
}

static int route_probe(struct ping *p, struct rt6_result *rt)
{
	struct flow6 fl = { .oif = first_hop_oif(p) };
	int err;

	memcpy(fl.daddr, p->daddr6, 16);
	if (p->strictsource)
		memcpy(fl.saddr, p->source6, 16);
	err = ip6_route_output(p->net, &fl, rt);
	/* ip6_dst_lookup_tail counts a lookup that finds no route, on connect and on send. */
	if (err == -ENETUNREACH)
		ip6_inc_stats(p->net, IPSTATS_MIB_OUTNOROUTES);
	return err;
}

int ping6_send_probe(struct ping *p)
{
	struct rt6_result rt;
	struct sk_buff *skb;
	uint32_t len = (uint32_t)p->datalen + 8;
	uint8_t *h;
	int err = route_probe(p, &rt);

	if (err)
		return err;
	err = ping6_size_check(p, &rt, true);
	if (err)
		return err;
	skb = alloc_skb(&p->net->world->skb_pool, len);
	if (!skb)
		return -ENOBUFS;
	/* Fits: allocated above for len. */
	h = skb_put(skb, len);
	h[0] = ICMPV6_ECHO_REQUEST;
	h[1] = 0;
	put16(h + 2, 0);
	fill_payload(p, h);
	put16(h + 2, icmp6_csum(rt.saddr, rt.daddr, h, skb->len));
	skb->dev = rt.dev;
	ip6_send(skb, &rt, IPPROTO_ICMPV6, (uint8_t)p->ttl,
		 ip6_flowlabel(p->net, rt.saddr, rt.daddr, IPPROTO_ICMPV6));
	return 0;
}

void ping6_open(struct ping *p)
{
	p->sk6.ops = &ping6_sock_ops;
	raw6_sock_register(p->net, &p->sk6);
}

void ping6_stop(struct ping *p)
{
	if (p->sk6.net) {
		raw6_sock_unregister(&p->sk6);
		p->sk6.net = NULL;
	}
}

/* ---- ping6_run ------------------------------------------------------------------------ */

struct source6_match {
	const uint8_t *saddr;
	bool found;
};

static int source6_on_device(const struct rtnl_addr6 *a, void *arg)
{
	struct source6_match *m = arg;

	m->found |= !memcmp(a->addr, m->saddr, 16);
	return 0;
}

static void warn_foreign_source6(struct ping *p)
{
	struct source6_match m = { p->source6, false };

	rtnl_addr6_dump(p->net, p->oif, source6_on_device, &m);
	if (!m.found)
		ping_error(p, 0, "Warning: source address might be selected on device other than: %s", p->device);
}

/* The UDP connect() probe; for link-local targets iputils never connects it (the source stays ::). */
static int probe_source6(struct ping *p, bool have_next)
{
	struct rt6_result rt;
	int err;

	if (ipv6_addr_linklocal(p->daddr6) || mc_scope(p->daddr6, 2))
		return -1;
	err = route_probe(p, &rt);
	if ((err == -EHOSTUNREACH || err == -ENETUNREACH) && have_next)
		return PING_RUN_NEXT;
	if (err)
		return ping_fatal(p, 2, -err, "connect");
	memcpy(p->source6, rt.saddr, 16);
	return -1;
}

/* The source: the probe's answer unless -I gave one; -I DEV binds the socket to it either way. */
static int ping6_source(struct ping *p, bool have_next)
{
	int st;

	if (p->device) {
		p->oif = rtnl_ifindex(p->net, p->device);
		if (!p->oif)
			return ping_fatal(p, 2, 0, "unknown iface: %s", p->device);
	}
	if (!ipv6_addr_any(p->source6))
		return -1;
	st = probe_source6(p, have_next);
	if (st == -1 && p->device)
		warn_foreign_source6(p);
	return st;
}

static int ping6_check_path(struct ping *p)
{
	struct rt6_result rt;

	if (route_probe(p, &rt))
		return -1;
	if (ping6_size_check(p, &rt, false) == PING_REFUSED)
		return 2;
	p->local_errno = 0;
	return -1;
}

static void ping6_print_header(struct ping *p)
{
	struct ping_from to = { .v6 = p->daddr6, .iif = (int)p->scope_id };
	char target[1100], source[64];

	fprintf(p->task.out, "PING %s(%s) ", p->hostname, ping_pr_addr(p, &to, target, sizeof(target)));
	if (p->device || p->strictsource)
		fprintf(p->task.out, "from %s %s: ",
			ping6_fmt_scoped(p->net, p->source6, needs_scope(p->source6) ? p->oif : 0, source),
			p->device ? p->device : "");
	fprintf(p->task.out, "%ld data bytes\n", p->datalen);
}

int ping6_run(struct ping *p, const struct ping_dest *d, bool have_next)
{
	int st;

	if (p->ndests > 1)
		return ping_usage(p);
	/* IPv6 policy routing and SO_DONTROUTE are not modelled. */
	if (p->mark)
		return ping_refuse(p, "option -m with an IPv6 destination");
	if (p->dontroute)
		return ping_refuse(p, "option -r with an IPv6 destination");
	if (p->tos)
		return ping_refuse(p, "option -Q with an IPv6 destination");
	p->family = 6;
	memcpy(p->daddr6, d->v6, 16);
	p->scope_id = d->scope_id;
	st = ping6_source(p, have_next);
	if (st != -1)
		return st;
	/* Multicast echo (and its copy looped back to the sender) is not modelled. */
	if (ipv6_addr_multicast(p->daddr6))
		return ping_refuse(p, "a multicast destination");
	p->subnet_router_anycast = true;
	for (int i = 8; i < 16; i++)
		p->subnet_router_anycast &= !p->daddr6[i];
	if (p->strictsource && !ipv6_addr_any(p->source6) && !ipv6_get_ifaddr(p->net, p->source6, NULL))
		return ping_fatal(p, 2, EADDRNOTAVAIL, "bind icmp socket");
	p->timing = p->datalen >= 16;
	st = ping_setbufs(p, IPV6_HLEN);
	if (st < 0)
		st = ping6_check_path(p);
	if (st >= 0)
		return st;
	p->sk6.bound_dev_if = p->oif;
	ping6_print_header(p);
	return ping_setup(p);
}

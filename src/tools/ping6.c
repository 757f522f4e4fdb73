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

#include "../ctl/rtnl_route.h"
#include "../uapi/errqueue.h"
#include "../uapi/icmpv6.h"
#include "../uapi/in.h"
#include "../uapi/in6.h"
#include "ip/ip_common.h"
#include "ping_int.h"

#define IPV6_HLEN 40    /* sizeof(struct ipv6hdr) */

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
	/* glibc connects a datagram socket and asks its source; the route is what tells it. */
	static const uint8_t any[16];
	struct rtnl_route6_output rt;

	r->usable = rtnl_route6_output(p->net, d->v6, any, needs_scope(d->v6) ? (int)d->scope_id : 0, &rt) == 0;
	r->scope = addr_scope(d->v6);
	r->scope_match = !r->usable || addr_scope(rt.saddr) == r->scope;
	r->precedence = addr_precedence(d->v6);
}

/* ---- Replies and errors ------------------------------------------------------------ */

/* ping6_parse_reply: ICMP6_FILTER lets only echo replies through; from and its scope come from recvmsg. */
static void ping6_parse_reply(struct ping *p, const uint8_t *icmp, int cc, const struct sockaddr_in6 *src,
			      int hops)
{
	struct ping_from from = { .v6 = src->sin6_addr.s6_addr, .iif = (int)src->sin6_scope_id };
	bool wrong_source;

	if (p->exiting || !p->started || p->family != 6 || cc < 4 || icmp[0] != ICMPV6_ECHO_REPLY)
		return;
	if (cc < 8) {
		if (p->verbose)
			ping_error(p, 0, "packet too short: %d bytes", cc);
		return;
	}
	if (get_be16(icmp + 4) != p->ident)
		return;
	wrong_source = !p->multicast && !p->subnet_router_anycast && memcmp(from.v6, p->daddr6, 16);
	if (gather_statistics(p, icmp, cc, hops, &from, wrong_source))
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

/*
 * ping6_receive_error_msg: an entry of the error queue. A local one (the
 * send that made it reports it) is kept for ping_local_error; an ICMPv6 one
 * must quote (qicmp, len bytes) one of our echo requests to the target.
 */
static void ping6_receive_error(struct ping *p, const struct sock_extended_err *ee,
				const struct sockaddr_in6 *offender, const struct sockaddr_in6 *target,
				const uint8_t *qicmp, int len)
{
	struct ping_from from = { .v6 = offender->sin6_addr.s6_addr, .iif = (int)offender->sin6_scope_id };
	char b[1100];

	if (ee->ee_origin == SO_EE_ORIGIN_LOCAL) {
		p->local_errno = (int)ee->ee_errno;
		p->local_info = ee->ee_info;
		return;
	}
	if (p->exiting || !p->started || p->family != 6 || ee->ee_origin != SO_EE_ORIGIN_ICMP6 || len < 8)
		return;
	if (memcmp(target->sin6_addr.s6_addr, p->daddr6, 16) || qicmp[0] != ICMPV6_ECHO_REQUEST ||
	    get_be16(qicmp + 4) != p->ident)
		return;
	/* Unlike IPv4, iputils does not acknowledge the sequence of an IPv6 error. */
	p->nerrors++;
	if (!p->quiet && p->flood) {
		fputs("\bE", p->task.out);
		vl_task_flush_big(&p->task);
	} else if (!p->quiet) {
		ping_timestamp(p);
		fprintf(p->task.out, "From %s icmp_seq=%u ", ping_pr_addr(p, &from, b, sizeof(b)), get_be16(qicmp + 6));
		print_icmp6(p->task.out, ee->ee_type, ee->ee_code, ee->ee_info);
		fputc('\n', p->task.out);
		ping_flush(p);
	}
	ping_main_iter(p);
}

/* One packet or error-queue entry from the IPv6 socket; false when there was none. */
static bool ping6_read(struct ping *p, bool errqueue)
{
	union {
		struct cmsghdr align;
		uint8_t buf[CMSG_SPACE(sizeof(struct sock_extended_err) + sizeof(struct sockaddr_in6)) +
			    CMSG_SPACE(sizeof(int))];
	} control;
	struct sockaddr_in6 sin6 = { 0 }, offender = { 0 };
	struct iovec iov = { .iov_base = p->rcvbuf, .iov_len = PING_PACKET_MAX };
	struct msghdr msg = {
		.msg_name = &sin6, .msg_namelen = sizeof(sin6), .msg_iov = &iov, .msg_iovlen = 1,
		.msg_control = &control, .msg_controllen = sizeof(control),
	};
	int n = sock_recvmsg(p->sock6, &msg, MSG_DONTWAIT | (errqueue ? MSG_ERRQUEUE : 0)), hops = -1;
	const struct sock_extended_err *ee = NULL;

	if (n < 0)
		return false;
	for (struct cmsghdr *cm = CMSG_FIRSTHDR(&msg); cm; cm = CMSG_NXTHDR(&msg, cm)) {
		if (cm->cmsg_level == SOL_IPV6 && cm->cmsg_type == IPV6_RECVERR) {
			ee = (const struct sock_extended_err *)CMSG_DATA(cm);
			memcpy(&offender, SO_EE_OFFENDER(ee), sizeof(offender));
		} else if (cm->cmsg_level == SOL_IPV6 && cm->cmsg_type == IPV6_HOPLIMIT) {
			memcpy(&hops, CMSG_DATA(cm), sizeof(hops));
		}
	}
	if (!errqueue)
		ping6_parse_reply(p, p->rcvbuf, n, &sin6, hops);
	else if (ee)
		ping6_receive_error(p, ee, &offender, &sin6, p->rcvbuf, n);
	return true;
}

/* The IPv6 socket is readable: its errors, then its packets (either may end ping). */
static void ping6_data_ready(struct socket *sock, void *data)
{
	struct ping *p = data;

	while (p->sock6 == sock && sock_recv_ready(sock, true) && ping6_read(p, true))
		;
	while (p->sock6 == sock && sock_recv_ready(sock, false) && ping6_read(p, false))
		;
}

/* ---- Sending ------------------------------------------------------------------------ */

static struct sockaddr_in6 target6(const struct ping *p)
{
	struct sockaddr_in6 to = { .sin6_family = AF_INET6, .sin6_scope_id = p->scope_id };

	memcpy(to.sin6_addr.s6_addr, p->daddr6, 16);
	return to;
}

int ping6_send_probe(struct ping *p)
{
	size_t len = (size_t)p->datalen + 8;
	struct sockaddr_in6 to = target6(p);
	struct iovec iov = { .iov_base = p->sndbuf, .iov_len = len };
	struct msghdr msg = { .msg_name = &to, .msg_namelen = sizeof(to), .msg_iov = &iov, .msg_iovlen = 1 };
	uint8_t *h = p->sndbuf;
	int n;

	/*
	 * Past what one packet holds the socket refuses the message by its
	 * length (queueing the local error) before it reads a byte: nothing
	 * need be written then.
	 */
	if (len <= PING_PACKET_MAX) {
		/* The kernel fills in the checksum of a raw ICMPv6 socket's messages. */
		h[0] = ICMPV6_ECHO_REQUEST;
		h[1] = 0;
		put_be16(h + 2, 0);
		fill_payload(p, h);
	}
	n = sock_sendmsg(p->sock6, &msg);
	return n < 0 ? n : 0;
}

void ping6_open(struct ping *p)
{
	if (!sock_create(p->net, AF_INET6, SOCK_RAW, IPPROTO_ICMPV6, &p->sock6))
		sock_set_data_ready(p->sock6, ping6_data_ready, p);
}

void ping6_stop(struct ping *p)
{
	sock_release(p->sock6);
	p->sock6 = NULL;
}

/*
 * A datagram socket connected to the target, as iputils' probe: bound to
 * the device and (-I ADDR) the source, the target's scope given. Its route
 * is looked up as a send's (a failure counted). NULL with *err on failure.
 */
static struct socket *probe6_connect(struct ping *p, int *err)
{
	struct sockaddr_in6 to = target6(p), me = { .sin6_family = AF_INET6 };
	struct socket *probe;

	to.sin6_port = htobe16(1025);
	*err = sock_create(p->net, AF_INET6, SOCK_DGRAM, IPPROTO_UDP, &probe);
	if (*err)
		return NULL;
	if (p->oif)
		*err = sock_setsockopt(probe, SOL_SOCKET, SO_BINDTODEVICE, p->device, (socklen_t)strlen(p->device) + 1);
	if (!*err && p->strictsource) {
		memcpy(me.sin6_addr.s6_addr, p->source6, 16);
		*err = kernel_bind(probe, (const struct sockaddr *)&me, sizeof(me));
	}
	if (!*err)
		*err = kernel_connect(probe, (const struct sockaddr *)&to, sizeof(to), 0);
	if (*err) {
		sock_release(probe);
		return NULL;
	}
	return probe;
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
	struct sockaddr_in6 me = { 0 };
	socklen_t melen = sizeof(me);
	struct socket *probe;
	int err;

	if (ipv6_addr_linklocal(p->daddr6) || mc_scope(p->daddr6, 2))
		return -1;
	probe = probe6_connect(p, &err);
	if ((err == -EHOSTUNREACH || err == -ENETUNREACH) && have_next)
		return PING_RUN_NEXT;
	if (err)
		return ping_fatal(p, 2, -err, "connect");
	err = kernel_getsockname(probe, (struct sockaddr *)&me, &melen);
	sock_release(probe);
	if (err)
		return ping_fatal(p, 2, -err, "getsockname");
	memcpy(p->source6, me.sin6_addr.s6_addr, 16);
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

/* What iputils sets on the raw socket: the device, the hop limits (-t), -M, IPV6_RECVERR, the hop limit cmsg, the filter. */
static int ping6_sockopts(struct ping *p)
{
	struct icmp6_filter filt;
	int on = 1, hops = p->ttl, pmtu = p->pmtudisc, err = 0;
	struct socket *s = p->sock6;

	memset(&filt, 0xff, sizeof(filt));
	filt.icmp6_filt[ICMPV6_ECHO_REPLY >> 5] &= ~(1u << (ICMPV6_ECHO_REPLY & 31));
	if (p->oif)
		err = sock_setsockopt(s, SOL_SOCKET, SO_BINDTODEVICE, p->device, (socklen_t)strlen(p->device) + 1);
	if (!err && p->pmtudisc >= 0)
		err = sock_setsockopt(s, SOL_IPV6, IPV6_MTU_DISCOVER, &pmtu, sizeof(pmtu));
	/* Without -t the route's hop limit (the device's hop_limit knob) stays, and 1 for a group. */
	if (!err && p->opt_ttl)
		err = sock_setsockopt(s, SOL_IPV6, IPV6_MULTICAST_HOPS, &hops, sizeof(hops));
	if (!err && p->opt_ttl)
		err = sock_setsockopt(s, SOL_IPV6, IPV6_UNICAST_HOPS, &hops, sizeof(hops));
	if (!err)
		err = sock_setsockopt(s, SOL_IPV6, IPV6_RECVERR, &on, sizeof(on));
	if (!err)
		err = sock_setsockopt(s, SOL_IPV6, IPV6_RECVHOPLIMIT, &on, sizeof(on));
	if (!err)
		err = sock_setsockopt(s, SOL_ICMPV6, ICMP6_FILTER, &filt, sizeof(filt));
	return err ? ping_fatal(p, 2, -err, "setsockopt") : -1;
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

/* rawv6_bind: -I ADDR must be one of ours. */
static int bind_source6(struct ping *p)
{
	struct sockaddr_in6 me = { .sin6_family = AF_INET6 };

	memcpy(me.sin6_addr.s6_addr, p->source6, 16);
	return kernel_bind(p->sock6, (const struct sockaddr *)&me, sizeof(me));
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
	/* A group: every member answers (no DUP! then without -v), and nothing is fragmented unless -M says. */
	if (ipv6_addr_multicast(p->daddr6)) {
		p->multicast = true;
		if (p->pmtudisc < 0)
			p->pmtudisc = PMTUDISC_DO;
	}
	p->subnet_router_anycast = true;
	for (int i = 8; i < 16; i++)
		p->subnet_router_anycast &= !p->daddr6[i];
	if (p->strictsource && !ipv6_addr_any(p->source6) && bind_source6(p))
		return ping_fatal(p, 2, EADDRNOTAVAIL, "bind icmp socket");
	p->timing = p->datalen >= 16;
	st = ping_setbufs(p, IPV6_HLEN);
	if (st >= 0)
		return st;
	st = ping6_sockopts(p);
	if (st >= 0)
		return st;
	ping6_print_header(p);
	return ping_setup(p);
}

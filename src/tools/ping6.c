/*
 * ping6.c: the IPv6 half of iputils ping (ping6_common.c): targets with a
 * %scope, -I DEV, the UDP probe that learns the source (which, for a
 * link-local target, iputils leaves unconnected so the source stays ::), and
 * replies and errors read from a raw ICMPv6 socket.
 */
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

const char *ping6_fmt_scoped(struct netns *net, const uint8_t *a, int ifindex, char *buf)
{
	struct rtnl_link l;

	ip6_fmt(a, buf);
	if (ifindex && (ipv6_addr_linklocal(a) || (ipv6_addr_multicast(a) && (a[1] & 0x0f) == 2)) &&
	    rtnl_link_get(net, ifindex, NULL, &l) == 0) {
		strcat(buf, "%");
		strcat(buf, l.name);
	}
	return buf;
}

int ping6_resolve(struct vl_cmd_ctx *c, struct ping *p)
{
	char host[64];
	char *pct;

	snprintf(host, sizeof(host), "%s", p->target);
	pct = strchr(host, '%');
	if (pct)
		*pct++ = 0;
	if (!strcmp(host, "localhost") || !strcmp(host, "ip6-localhost"))
		snprintf(host, sizeof(host), "::1");
	if (ip_get_ipv6(p->daddr6, host) || (pct && !(p->scope_id = rtnl_ifindex(p->net, pct)))) {
		fprintf(c->err, "%s: %s: Name or service not known\n", p->prog, p->target);
		return 2;
	}
	p->family = 6;
	return -1;
}

/* -I: a source address to bind to, or a device (if_name2index). */
static int bind_source6(struct vl_cmd_ctx *c, struct ping *p)
{
	if (!p->device_given)
		return -1;
	if (strchr(p->device, ':') && ip_get_ipv6(p->saddr6, p->device) == 0) {
		if (!ipv6_get_ifaddr(p->net, p->saddr6, NULL)) {
			fprintf(c->err, "%s: bind icmp socket: Cannot assign requested address\n", p->prog);
			return 2;
		}
		p->device[0] = 0;
		p->device_given = false;
		p->source_given = true;
		return -1;
	}
	p->oif = rtnl_ifindex(p->net, p->device);
	if (!p->oif) {
		fprintf(c->err, "%s: unknown iface: %s\n", p->prog, p->device);
		return 2;
	}
	return -1;
}

static int first_hop_oif(const struct ping *p)
{
	return p->oif ? p->oif : p->scope_id;
}

/* The UDP connect() probe; for link-local targets iputils never connects it. */
static int probe_source6(struct vl_cmd_ctx *c, struct ping *p)
{
	struct flow6 fl = { .oif = first_hop_oif(p) };
	struct rt6_result rt;
	int err;

	if (p->source_given || ipv6_addr_linklocal(p->daddr6) ||
	    (ipv6_addr_multicast(p->daddr6) && (p->daddr6[1] & 0x0f) == 2))
		return -1;
	memcpy(fl.daddr, p->daddr6, 16);
	err = ip6_route_output(p->net, &fl, &rt);
	if (err) {
		fprintf(c->err, "%s: connect: %s\n", p->prog, strerror(-err));
		return 2;
	}
	memcpy(p->saddr6, rt.saddr, 16);
	return -1;
}

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

int ping6_setup(struct vl_cmd_ctx *c, struct ping *p)
{
	struct source6_match m = { p->saddr6, false };
	int st = bind_source6(c, p);

	if (st < 0)
		st = probe_source6(c, p);
	if (st >= 0)
		return st;
	if (p->device[0]) {
		rtnl_addr6_dump(p->net, p->oif, source6_on_device, &m);
		if (!m.found)
			fprintf(c->err, "%s: Warning: source address might be selected on device other than: %s\n", p->prog,
				p->device);
	}
	return -1;
}

/* ping6_parse_reply: echo replies carrying our identifier. */
static void ping6_rcv(struct raw6_sock *sk, const struct sk_buff *skb, const uint8_t *ip6h, int iif)
{
	struct ping *p = ping_of6(sk);
	const uint8_t *icmp = skb->data;
	struct ping_from from = { .v6 = ip6h + 8, .iif = iif };

	if (p->exiting || skb->len < 8 || icmp[0] != ICMPV6_ECHO_REPLY || get16(icmp + 4) != p->ident)
		return;
	gather_statistics(p, icmp, (int)skb->len, ip6h[7], &from);
	check_exit(p);
	if (p->flood && !p->exiting && in_flight(p) == 0 && vl_timer_pending(&p->send_timer))
		vl_timer_arm(&p->task.world->clock, &p->send_timer, now_ns(p));
}

static void print_unreach(FILE *f, uint8_t code)
{
	static const char *const t[] = {
		"No route", "Administratively prohibited", "Beyond scope of source address",
		"Address unreachable", "Port unreachable", "Source address failed ingress/egress policy",
		"Reject route to destination",
	};

	fputs("Destination unreachable: ", f);
	if (code < sizeof(t) / sizeof(t[0]))
		fputs(t[code], f);
	else
		fprintf(f, "Unknown code %d", code);
}

/* print_icmp, for the messages that reach the error queue. */
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
	default:
		fprintf(f, "Parameter problem: code %d at %u", code, info);
		break;
	}
	fputc('\n', f);
}

/* ping6_receive_error_msg: errors quoting one of our echo requests to the target. */
static void ping6_err(struct raw6_sock *sk, const struct sk_buff *skb, const uint8_t *ip6h, int iif)
{
	struct ping *p = ping_of6(sk);
	const uint8_t *icmp = skb->data, *q = icmp + 8, *qicmp = q + IPV6_HLEN;
	char from[64];

	if (p->exiting || skb->len < 8 + IPV6_HLEN + 8 || memcmp(q + 24, p->daddr6, 16) ||
	    q[6] != IPPROTO_ICMPV6 || qicmp[0] != ICMPV6_ECHO_REQUEST || get16(qicmp + 4) != p->ident)
		return;
	/* Unlike IPv4, iputils does not acknowledge the sequence of an IPv6 error. */
	p->nerrors++;
	if (!p->quiet) {
		if (p->flood) {
			fputs("\bE", p->task.out);
		} else {
			fprintf(p->task.out, "From %s icmp_seq=%u ", ping6_fmt_scoped(p->net, ip6h + 8, iif, from),
				get16(qicmp + 6));
			print_icmp6(p->task.out, icmp[0], icmp[1], get32(icmp + 4));
		}
	}
	check_exit(p);
}

static const struct raw6_sock_ops ping6_sock_ops = {
	.rcv = ping6_rcv,
	.err = ping6_err,
};

void ping6_start(struct vl_cmd_ctx *c, struct ping *p)
{
	char target[64], source[64];

	p->sk6.ops = &ping6_sock_ops;
	p->sk6.bound_dev_if = p->oif;
	raw6_sock_register(p->net, &p->sk6);
	fprintf(c->out, "PING %s(%s) ", p->target, ping6_fmt_scoped(p->net, p->daddr6, p->scope_id, target));
	if (p->device_given || p->source_given)
		fprintf(c->out, "from %s %s: ", ping6_fmt_scoped(p->net, p->saddr6, 0, source), p->device);
	fprintf(c->out, "%d data bytes\n", p->datalen);
}

int ping6_send_probe(struct ping *p)
{
	struct flow6 fl = { .oif = first_hop_oif(p) };
	struct rt6_result rt;
	struct sk_buff *skb;
	uint8_t *h;
	int err;

	memcpy(fl.daddr, p->daddr6, 16);
	if (p->source_given)
		memcpy(fl.saddr, p->saddr6, 16);
	err = ip6_route_output(p->net, &fl, &rt);
	if (err)
		return err;
	skb = alloc_skb(&p->net->world->skb_pool, (uint32_t)p->datalen + 8);
	if (!skb)
		return -ENOBUFS;
	/* Fits: allocated above for datalen + 8. */
	h = skb_put(skb, (uint32_t)p->datalen + 8);
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

void ping6_stop(struct ping *p)
{
	if (p->sk6.net) {
		raw6_sock_unregister(&p->sk6);
		p->sk6.net = NULL;
	}
}

/*
 * ping.c: iputils ping (20221126) on virtual time: the shared core and IPv4
 * over a raw ICMP socket (IPv6 is in ping6.c). Replies, errors and the
 * statistics follow iputils' own rules: what acknowledges a sequence, what
 * counts as an error, when it stops waiting.
 */
#include <errno.h>
#include <math.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>

#include "../core/alloc.h"
#include "../core/netdev.h"
#include "../core/netns.h"
#include "../core/world.h"
#include "../net/ipv4.h"
#include "../net/wire.h"
#include "ip/ip_common.h"
#include "ping_int.h"

static struct ping *ping_of(struct raw_sock *sk)
{
	return vl_container_of(sk, struct ping, sk);
}

static void ping_finish(struct ping *p);
static void pr_icmph(FILE *f, uint8_t type, uint8_t code, uint32_t info);

/* acknowledge(): the deepest sequence answered so far sets "pipe". */
void acknowledge(struct ping *p, uint16_t seq)
{
	uint16_t diff = (uint16_t)p->ntransmitted - seq;

	if (diff <= 0x7fff) {
		if ((int)diff + 1 > p->pipesize)
			p->pipesize = (int)diff + 1;
		if ((int16_t)(seq - p->acked) > 0 || (uint16_t)p->ntransmitted - p->acked > 0x7fff)
			p->acked = seq;
	}
}

int in_flight(const struct ping *p)
{
	uint16_t diff = (uint16_t)p->ntransmitted - p->acked;

	return diff <= 0x7fff ? diff : (int)(p->ntransmitted - p->nreceived - p->nerrors);
}

static bool done_counting(const struct ping *p)
{
	return p->npackets && p->nreceived + p->nerrors >= p->npackets;
}

void check_exit(struct ping *p)
{
	if (!p->exiting && (done_counting(p) || (p->deadline && p->nerrors)))
		ping_finish(p);
}

static void print_rtt(FILE *f, long triptime)
{
	if (triptime >= 100000 - 50)
		fprintf(f, " time=%ld ms", (triptime + 500) / 1000);
	else if (triptime >= 10000 - 5)
		fprintf(f, " time=%ld.%01ld ms", (triptime + 50) / 1000, ((triptime + 50) % 1000) / 100);
	else if (triptime >= 1000)
		fprintf(f, " time=%ld.%02ld ms", (triptime + 5) / 1000, ((triptime + 5) % 1000) / 10);
	else
		fprintf(f, " time=%ld.%03ld ms", triptime / 1000, triptime % 1000);
}

void gather_statistics(struct ping *p, const uint8_t *icmp, int cc, int ttl, const struct ping_from *from)
{
	uint16_t seq = get16(icmp + 6);
	bool timing = p->datalen >= 16;  /* room for the send time in the payload */
	long triptime = 0;
	bool dup;
	char b[64];

	p->nreceived++;
	acknowledge(p, seq);
	if (timing) {
		/* The send time as iputils wrote it: a struct timeval, in host (little-endian) order. */
		long long sent = (long long)get_le64(icmp + 8) * 1000000 + (long long)get_le64(icmp + 16);

		triptime = (long)(wall_us(p) - sent);
		if (triptime < 0) {
			fprintf(p->task.err, "%s: Warning: time of day goes back (%ldus), taking countermeasures\n",
				p->prog, triptime);
			triptime = 0;
		}
		p->tsum += triptime;
		/* iputils' long long sum of squares; wrapping rather than undefined past 50 minutes. */
		p->tsum2 = (long long)((unsigned long long)p->tsum2 +
				       (unsigned long long)triptime * (unsigned long long)triptime);
		if (triptime < p->tmin)
			p->tmin = triptime;
		if (triptime > p->tmax)
			p->tmax = triptime;
		p->rtt = p->rtt ? p->rtt + (int)(triptime - p->rtt / 8) : (int)triptime * 8;
	}
	dup = p->rcvd_tbl[seq / 8] & (1u << (seq % 8));
	if (dup) {
		p->nrepeats++;
		p->nreceived--;
	} else {
		p->rcvd_tbl[seq / 8] |= (uint8_t)(1u << (seq % 8));
	}
	if (p->quiet)
		return;
	if (p->flood) {
		fputs("\b \b", p->task.out);
		return;
	}
	fprintf(p->task.out, "%d bytes from %s: icmp_seq=%u ttl=%d", cc,
		from->v6 ? ping6_fmt_scoped(p->net, from->v6, from->iif, b) : ip_fmt_ipv4(from->v4, b), seq, ttl);
	if (cc < p->datalen + 8) {
		fputs(" (truncated)\n", p->task.out);
		return;
	}
	if (p->datalen >= 16)
		print_rtt(p->task.out, triptime);
	if (dup)
		fputs(" (DUP!)", p->task.out);
	fputc('\n', p->task.out);
	vl_task_flush_big(&p->task);
}

/* Is the quoted packet one of our echo requests? Returns its sequence, or -1. */
static int quoted_seq(const struct ping *p, const uint8_t *icmp, uint32_t len)
{
	uint32_t ihl;

	if (len < 8 + 20)
		return -1;
	ihl = (uint32_t)(icmp[8] & 15) * 4;
	if (len < 8 + ihl + 8 || icmp[8 + 9] != IPPROTO_ICMP || get32(icmp + 8 + 16) != p->daddr)
		return -1;
	if (icmp[8 + ihl] != ICMP_ECHO || get16(icmp + 8 + ihl + 4) != p->ident)
		return -1;
	return get16(icmp + 8 + ihl + 6);
}

/* ping4_parse_reply on the raw socket. */
static void ping_rcv(struct raw_sock *sk, const struct sk_buff *skb, const struct iphdr_view *ip)
{
	struct ping *p = ping_of(sk);
	const uint8_t *icmp = skb->data;
	int seq;

	if (p->exiting || skb->len < 8)
		return;
	if (icmp[0] == ICMP_ECHOREPLY) {
		if (get16(icmp + 4) != p->ident || ip->saddr != p->daddr)
			return;
		struct ping_from from = { .v4 = ip->saddr };

		gather_statistics(p, icmp, (int)skb->len, ip->ttl, &from);
		check_exit(p);
		/* Flood: the next probe goes as soon as nothing is in flight. */
		if (p->flood && !p->exiting && in_flight(p) == 0 && vl_timer_pending(&p->send_timer))
			vl_timer_arm(&p->task.world->clock, &p->send_timer, now_ns(p));
		return;
	}
	seq = quoted_seq(p, icmp, skb->len);
	if (seq < 0)
		return;
	if (icmp[0] == ICMP_DEST_UNREACH || icmp[0] == ICMP_TIME_EXCEEDED ||
	    icmp[0] == ICMP_PARAMETERPROB) {
		acknowledge(p, (uint16_t)seq);
	} else if ((icmp[0] == ICMP_REDIRECT || icmp[0] == ICMP_SOURCE_QUENCH) && !p->quiet && !p->flood) {
		/* Not an error: only this path reports it, with a colon after the address. */
		char b[16];

		fprintf(p->task.out, "From %s: icmp_seq=%d ", ip_fmt_ipv4(ip->saddr, b), seq);
		pr_icmph(p->task.out, icmp[0], icmp[1], get32(icmp + 4));
	}
}

static const char *unreach_text(uint8_t code)
{
	static const char *const t[] = {
		"Destination Net Unreachable", "Destination Host Unreachable",
		"Destination Protocol Unreachable", "Destination Port Unreachable",
		"Frag needed and DF set", "Source Route Failed", "Destination Net Unknown",
		"Destination Host Unknown", "Source Host Isolated", "Destination Net Prohibited",
		"Destination Host Prohibited", "Destination Net Unreachable for Type of Service",
		"Destination Host Unreachable for Type of Service", "Packet filtered",
		"Precedence Violation", "Precedence Cutoff",
	};

	return code < 16 ? t[code] : NULL;
}

/* pr_icmph, for the messages the stack can produce. */
static void pr_icmph(FILE *f, uint8_t type, uint8_t code, uint32_t info)
{
	char b[16];

	switch (type) {
	case ICMP_DEST_UNREACH:
		if (code == ICMP_FRAG_NEEDED)
			fprintf(f, "Frag needed and DF set (mtu = %u)\n", info);
		else if (unreach_text(code))
			fprintf(f, "%s\n", unreach_text(code));
		else
			fprintf(f, "Dest Unreachable, Bad Code: %d\n", code);
		break;
	case ICMP_TIME_EXCEEDED:
		fputs(code == 0 ? "Time to live exceeded\n" : "Frag reassembly time exceeded\n", f);
		break;
	case ICMP_REDIRECT:
		fprintf(f, "Redirect Host(New nexthop: %s)\n", ip_fmt_ipv4(info, b));
		break;
	case ICMP_PARAMETERPROB:
		fprintf(f, "Parameter problem: pointer = %u\n", info >> 24);
		break;
	default:
		fprintf(f, "Bad ICMP type: %d\n", type);
		break;
	}
}

/* ping4_receive_error_msg: what IP_RECVERR queues. */
static void ping_err(struct raw_sock *sk, const struct sk_buff *skb, const struct iphdr_view *ip)
{
	struct ping *p = ping_of(sk);
	const uint8_t *icmp = skb->data;
	int seq = quoted_seq(p, icmp, skb->len);
	char b[16];

	if (p->exiting || seq < 0)
		return;
	if (icmp[0] == ICMP_REDIRECT || icmp[0] == ICMP_SOURCE_QUENCH)
		return;
	acknowledge(p, (uint16_t)seq);
	p->nerrors++;
	if (!p->quiet) {
		if (p->flood) {
			fputs("\bE", p->task.out);
		} else {
			fprintf(p->task.out, "From %s icmp_seq=%d ", ip_fmt_ipv4(ip->saddr, b), seq);
			pr_icmph(p->task.out, icmp[0], icmp[1], get32(icmp + 4));
		}
	}
	check_exit(p);
}

static const struct raw_sock_ops ping_sock_ops = {
	.rcv = ping_rcv,
	.err = ping_err,
};

/*
 * The payload as iputils fills it: bytes counting up from 0, the first 16
 * replaced by gettimeofday's struct timeval (the wall clock the virtual one
 * stands for), 8-byte seconds then 8-byte microseconds, little-endian.
 */
void fill_payload(const struct ping *p, uint8_t *h)
{
	long long us = wall_us(p);

	put16(h + 4, p->ident);
	put16(h + 6, (uint16_t)(p->ntransmitted + 1));
	for (int i = 0; i < p->datalen; i++)
		h[8 + i] = (uint8_t)i;
	if (p->datalen >= 16) {
		put_le64(h + 8, (uint64_t)(us / 1000000));
		put_le64(h + 16, (uint64_t)(us % 1000000));
	}
}

/* send_probe: one echo request with the send time in its payload. */
static int send_probe(struct ping *p)
{
	struct netns *net = p->net;
	struct flow4 fl = { .daddr = p->daddr, .saddr = p->saddr, .oif = p->oif };
	struct rt_result rt;
	struct sk_buff *skb;
	uint8_t *h;
	int err = ip_route_output(net, &fl, &rt);

	if (err)
		return err;
	skb = alloc_skb(&net->world->skb_pool, (uint32_t)p->datalen + 8 + 64);
	if (!skb)
		return -ENOBUFS;
	/* Fits: allocated above for datalen + 8 (and 64 more). */
	h = skb_put(skb, (uint32_t)p->datalen + 8);
	h[0] = ICMP_ECHO;
	h[1] = 0;
	put16(h + 2, 0);
	fill_payload(p, h);
	put16(h + 2, inet_csum(h, skb->len));
	skb->dev = rt.dev;
	return ip_send(net, skb, &rt, IPPROTO_ICMP, (uint8_t)p->ttl, 0, true);
}

static void arm_exit(struct ping *p)
{
	uint64_t wait;

	if (p->exit_armed)
		return;
	p->exit_armed = true;
	if (p->nreceived) {
		wait = 2 * (uint64_t)p->tmax * 1000;
		if (wait < p->interval_ns)
			wait = p->interval_ns;
	} else {
		wait = p->linger_ns;
	}
	vl_timer_arm(&p->task.world->clock, &p->exit_timer, now_ns(p) + wait);
}

/* pinger(): sends one probe and schedules the next, or the exit wait after the last. */
static void pinger(struct vl_timer *t)
{
	struct ping *p = vl_container_of(t, struct ping, send_timer);
	uint64_t next = p->interval_ns;
	int err;

	if (p->exiting)
		return;
	if (p->family == 6 ? !p->sk6.net : !p->sk.net) {
		ping_finish(p); /* the namespace went away */
		return;
	}
	if (p->flood && in_flight(p) >= 1 && now_ns(p) < p->cur_time + 10 * VL_NSEC_PER_MSEC) {
		vl_timer_arm(&p->task.world->clock, t, p->cur_time + 10 * VL_NSEC_PER_MSEC);
		return;
	}
	p->cur_time = now_ns(p);
	/* rcvd_clear: a reused sequence number is not a duplicate yet. */
	p->rcvd_tbl[(uint16_t)(p->ntransmitted + 1) / 8] &= (uint8_t)~(1u << ((uint16_t)(p->ntransmitted + 1) % 8));
	err = p->family == 6 ? ping6_send_probe(p) : send_probe(p);
	p->ntransmitted++;
	if ((uint16_t)p->ntransmitted - p->acked > 0x7fff)
		p->acked = (uint16_t)p->ntransmitted + 1;
	if (err && !p->quiet)
		fprintf(p->task.out, "%s: sendmsg: %s\n", p->prog, strerror(-err));
	else if (p->flood && !p->quiet)
		fputc('.', p->task.out);
	if (p->npackets && p->ntransmitted >= p->npackets && !p->deadline) {
		arm_exit(p);
		return;
	}
	if (p->flood)
		next = 10 * VL_NSEC_PER_MSEC;
	vl_timer_arm(&p->task.world->clock, t, now_ns(p) + next);
}

static void on_exit_timer(struct vl_timer *t)
{
	ping_finish(vl_container_of(t, struct ping, exit_timer));
}

static void on_deadline(struct vl_timer *t)
{
	ping_finish(vl_container_of(t, struct ping, deadline_timer));
}

static long llsqrt(long long a)
{
	long long prev = ~(1ULL << 63), x = a;

	if (x > 0) {
		while (x < prev) {
			prev = x;
			x = (x + a / x) / 2;
		}
	}
	return (long)x;
}

/* finish(): the statistics block, exactly as iputils prints it. */
static void print_stats(struct ping *p)
{
	FILE *f = p->task.out;
	uint64_t tv = p->cur_time - p->start_time;
	const char *comma = "";

	fprintf(f, "\n--- %s ping statistics ---\n", p->target);
	fprintf(f, "%ld packets transmitted, %ld received", p->ntransmitted, p->nreceived);
	if (p->nrepeats)
		fprintf(f, ", +%ld duplicates", p->nrepeats);
	if (p->nerrors)
		fprintf(f, ", +%ld errors", p->nerrors);
	if (p->ntransmitted) {
		fprintf(f, ", %g%% packet loss",
			(float)((((long long)(p->ntransmitted - p->nreceived)) * 100.0) / p->ntransmitted));
		fprintf(f, ", time %llums", (unsigned long long)((tv + 500000) / 1000000));
	}
	fputc('\n', f);
	if (p->nreceived && p->datalen >= 16) {
		long total = p->nreceived + p->nrepeats;
		long tmavg = (long)(p->tsum / total);
		long long tmvar = (p->tsum2 - ((p->tsum * p->tsum) / total)) / total;
		long tmdev = llsqrt(tmvar);

		fprintf(f, "rtt min/avg/max/mdev = %ld.%03ld/%lu.%03ld/%ld.%03ld/%ld.%03ld ms",
			p->tmin / 1000, p->tmin % 1000, (unsigned long)(tmavg / 1000), tmavg % 1000,
			p->tmax / 1000, p->tmax % 1000, tmdev / 1000, tmdev % 1000);
		comma = ", ";
	}
	if (p->pipesize > 1) {
		fprintf(f, "%spipe %d", comma, p->pipesize);
		comma = ", ";
	}
	if (p->nreceived && p->flood && p->ntransmitted > 1) {
		int ipg = (int)((tv / 1000) / (uint64_t)(p->ntransmitted - 1));

		fprintf(f, "%sipg/ewma %d.%03d/%d.%03d ms", comma, ipg / 1000, ipg % 1000, p->rtt / 8000,
			(p->rtt / 8) % 1000);
	}
	fputc('\n', f);
}

static void ping_stop(struct ping *p)
{
	struct vl_clock *c = &p->task.world->clock;

	vl_timer_cancel(c, &p->send_timer);
	vl_timer_cancel(c, &p->exit_timer);
	vl_timer_cancel(c, &p->deadline_timer);
	if (p->sk.net) {
		raw_sock_unregister(&p->sk);
		p->sk.net = NULL;
	}
	ping6_stop(p);
}

static void ping_finish(struct ping *p)
{
	if (p->exiting)
		return;
	p->exiting = true;
	ping_stop(p);
	print_stats(p);
	vl_task_done(&p->task, (!p->nreceived || (p->deadline && p->nreceived < p->npackets)) ? 1 : 0);
}

/* status(): what SIGQUIT prints on stderr while ping goes on. */
static void print_status(struct ping *p)
{
	FILE *f = p->task.err;
	int loss = p->ntransmitted ? (int)((p->ntransmitted - p->nreceived) * 100 / p->ntransmitted) : 0;

	fprintf(f, "\r%ld/%ld packets, %d%% loss", p->nreceived, p->ntransmitted, loss);
	if (p->nreceived && p->datalen >= 16) {
		long tavg = (long)(p->tsum / (p->nreceived + p->nrepeats));

		fprintf(f, ", min/avg/ewma/max = %ld.%03ld/%lu.%03ld/%d.%03d/%ld.%03ld ms", p->tmin / 1000,
			p->tmin % 1000, (unsigned long)(tavg / 1000), tavg % 1000, p->rtt / 8000,
			(p->rtt / 8) % 1000, p->tmax / 1000, p->tmax % 1000);
	}
	fputc('\n', f);
}

/*
 * iputils catches SIGINT and SIGALRM (statistics, then exit) and SIGQUIT (a
 * status line, and it goes on); every other signal kills it where it stands,
 * without statistics.
 */
static void ping_kill(struct vl_task *t, int sig)
{
	struct ping *p = vl_container_of(t, struct ping, task);

	if (sig == SIGINT || sig == SIGALRM) {
		ping_finish(p);
	} else if (sig == SIGQUIT) {
		/* iputils flushes stdout as it goes: the line lands after the replies so far. */
		vl_task_flush_out(t);
		if (!p->exiting)
			print_status(p);
	} else if (!p->exiting) {
		p->exiting = true;
		ping_stop(p);
		vl_task_done(t, 128 + sig);
	}
}

static void ping_free(struct vl_task *t)
{
	struct ping *p = vl_container_of(t, struct ping, task);

	ping_stop(p);
	free(p);
}

static const struct vl_task_ops ping_task_ops = {
	.kill = ping_kill,
	.free = ping_free,
};

static int usage_err(struct vl_cmd_ctx *c, const struct ping *p, const char *fmt, const char *arg)
{
	fprintf(c->err, "%s: ", p->prog);
	fprintf(c->err, fmt, arg);
	fputc('\n', c->err);
	return 1;
}

static int parse_double(const char *s, double *out)
{
	char *end;

	*out = strtod(s, &end);
	return (end == s || *end || isnan(*out)) ? -1 : 0;
}

static int parse_long(const char *s, long min, long max, long *out)
{
	char *end;

	errno = 0;
	*out = strtol(s, &end, 10);
	return (end == s || *end || errno || *out < min || *out > max) ? -1 : 0;
}

/* Returns -1 when parsed, else an exit status after iputils' message. */
static int parse_opt(struct vl_cmd_ctx *c, struct ping *p, char opt, const char *arg)
{
	double d;
	long l;

	switch (opt) {
	case 'c':
		if (parse_long(arg, -0x7fffffffffffffffL, 0x7fffffffffffffffL, &l))
			return usage_err(c, p, "invalid argument: '%s'", arg);
		if (l < 1) {
			fprintf(c->err, "%s: invalid argument: '%s': out of range: 1 <= value <= 9223372036854775807\n", p->prog, arg);
			return 1;
		}
		p->npackets = l;
		break;
	case 'i':
		if (parse_double(arg, &d) || d < 0)
			return usage_err(c, p, "bad timing interval: %s", arg);
		p->interval_ns = (uint64_t)llround(d * 1e9);
		break;
	case 'W':
		if (parse_double(arg, &d) || d < 0)
			return usage_err(c, p, "bad linger time: %s", arg);
		p->linger_ns = (uint64_t)llround(d * 1e9);
		break;
	case 'w':
		if (parse_long(arg, 0, 2147483647L, &l))
			return usage_err(c, p, "invalid argument: '%s'", arg);
		p->deadline = (int)l;
		break;
	case 's':
		if (parse_long(arg, 0, 65507, &l))
			return usage_err(c, p, "invalid argument: '%s'", arg);
		p->datalen = (int)l;
		break;
	case 't':
		if (parse_long(arg, 0, 255, &l))
			return usage_err(c, p, "invalid argument: '%s'", arg);
		p->ttl = (int)l;
		break;
	case 'I':
		snprintf(p->device, sizeof(p->device), "%s", arg);
		p->device_given = true;
		break;
	default:
		break;
	}
	return -1;
}

static int parse_args(struct vl_cmd_ctx *c, struct ping *p, int argc, char **argv)
{
	int i;

	for (i = 1; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
		for (const char *o = argv[i] + 1; *o; o++) {
			const char *arg;
			int st;

			if (strchr("qfn46", *o)) {
				p->quiet |= *o == 'q';
				p->flood |= *o == 'f';
				if ((*o == '4' || *o == '6') && p->family && p->family != *o - '0') {
					fprintf(c->err, "%s: only one -4 or -6 option may be specified\n", p->prog);
					return 2;
				}
				if (*o == '4' || *o == '6')
					p->family = *o - '0';
				continue;
			}
			if (!strchr("ciWwstI", *o)) {
				fprintf(c->err, "%s: invalid option -- '%c'\n", p->prog, *o);
				return 2;
			}
			arg = o[1] ? o + 1 : (i + 1 < argc ? argv[++i] : NULL);
			if (!arg) {
				fprintf(c->err, "%s: option requires an argument -- '%c'\n", p->prog, *o);
				return 2;
			}
			st = parse_opt(c, p, *o, arg);
			if (st >= 0)
				return st;
			break;
		}
	}
	/* iputils permutes: options may follow the destination. */
	if (i < argc) {
		snprintf(p->target, sizeof(p->target), "%s", argv[i]);
		p->target_given = true;
		if (i + 1 < argc)
			return parse_args(c, p, argc - i, argv + i);
	}
	return -1;
}

static int family_unsupported(struct vl_cmd_ctx *c, const struct ping *p)
{
	fprintf(c->err, "%s: %s: Address family for hostname not supported\n", p->prog, p->target);
	return 2;
}

/* The destination: a dotted quad, an IPv6 address, or localhost; there is no resolver here. */
static int resolve(struct vl_cmd_ctx *c, struct ping *p)
{
	unsigned int a, b, cc, d;
	char extra;

	if (!p->target_given) {
		fprintf(c->err, "%s: usage error: Destination address required\n", p->prog);
		return 1;
	}
	if (strchr(p->target, ':') || (p->family == 6 && !strcmp(p->target, "localhost")))
		return p->family == 4 ? family_unsupported(c, p) : ping6_resolve(c, p);
	if (!strcmp(p->target, "localhost")) {
		p->daddr = 0x7f000001u;
		p->family = 4;
		return -1;
	}
	if (sscanf(p->target, "%u.%u.%u.%u%c", &a, &b, &cc, &d, &extra) != 4 || a > 255 || b > 255 ||
	    cc > 255 || d > 255) {
		fprintf(c->err, "%s: %s: Name or service not known\n", p->prog, p->target);
		return 2;
	}
	if (p->family == 6)
		return family_unsupported(c, p);
	p->daddr = a << 24 | b << 16 | cc << 8 | d;
	p->family = 4;
	return -1;
}

/* -I: a device to bind to, or a source address. */
static int bind_source(struct vl_cmd_ctx *c, struct ping *p)
{
	uint32_t src;

	if (!p->device_given)
		return -1;
	if (ip_get_ipv4(&src, p->device) == 0 && strchr(p->device, '.')) {
		if (!inet_lookup_local(p->net, src)) {
			fprintf(c->err, "%s: bind: Cannot assign requested address\n", p->prog);
			return 2;
		}
		p->saddr = src;
		p->device[0] = 0;
		p->device_given = false;
		p->source_given = true;
		return -1;
	}
	/* SO_BINDTODEVICE with an empty name unbinds: no device, and no error. */
	p->oif = p->device[0] ? rtnl_ifindex(p->net, p->device) : 0;
	if (!p->oif && p->device[0]) {
		fprintf(c->err, "%s: SO_BINDTODEVICE %s: No such device\n", p->prog, p->device);
		return 2;
	}
	return -1;
}

/* The UDP connect() probe iputils makes to learn the source address. */
static int probe_source(struct vl_cmd_ctx *c, struct ping *p)
{
	struct flow4 fl = { .daddr = p->daddr, .saddr = p->saddr, .oif = p->oif };
	struct rt_result rt;
	int err = ip_route_output(p->net, &fl, &rt);

	if (err) {
		fprintf(c->err, "%s: connect: %s\n", p->prog, strerror(err == -EINVAL ? EINVAL : -err));
		return 2;
	}
	p->saddr = rt.saddr;
	return -1;
}

struct source_match {
	const char *device;
	uint32_t saddr;
};

static int source_on_device(const struct rtnl_addr *a, void *arg)
{
	const struct source_match *m = arg;

	return a->local == m->saddr && !strcmp(a->label, m->device);
}

/*
 * As iputils does with getifaddrs(): bound to a device, ping warns unless the
 * chosen source is one of that device's IPv4 addresses (matched by label).
 */
static void warn_foreign_source(struct vl_cmd_ctx *c, const struct ping *p)
{
	struct source_match m = { p->device, p->saddr };

	if (p->device_given && rtnl_addr_dump(p->net, p->oif, source_on_device, &m) <= 0)
		fprintf(c->err, "%s: Warning: source address might be selected on device other than: %s\n", p->prog,
			p->device);
}

/* The IPv4 half of ping4_run: bind, learn the source, warn, open the socket, say hello. */
static int ping4_setup(struct vl_cmd_ctx *c, struct ping *p)
{
	int st = bind_source(c, p);

	if (st < 0)
		st = probe_source(c, p);
	if (st < 0)
		warn_foreign_source(c, p);
	return st;
}

static void ping4_start(struct vl_cmd_ctx *c, struct ping *p)
{
	char b1[16], b2[16];

	p->sk.ops = &ping_sock_ops;
	p->sk.bound_dev_if = p->oif;
	raw_sock_register(p->net, &p->sk);
	if (p->device_given || p->source_given)
		fprintf(c->out, "PING %s (%s) from %s %s: %d(%d) bytes of data.\n", p->target,
			ip_fmt_ipv4(p->daddr, b1), ip_fmt_ipv4(p->saddr, b2), p->device, p->datalen,
			p->datalen + 28);
	else
		fprintf(c->out, "PING %s (%s) %d(%d) bytes of data.\n", p->target, ip_fmt_ipv4(p->daddr, b1),
			p->datalen, p->datalen + 28);
}

int tool_ping(struct vl_cmd_ctx *c, int argc, char **argv)
{
	struct ping *p = vl_calloc(1, sizeof(*p));
	int st;

	p->net = c->net;
	/* iputils' ping6 is ping -6, and names itself so (argv is gone once ping runs on). */
	p->prog = !strcmp(strrchr(argv[0], '/') ? strrchr(argv[0], '/') + 1 : argv[0], "ping6") ? "ping6"
												     : "ping";
	if (!strcmp(p->prog, "ping6"))
		p->family = 6;
	p->interval_ns = VL_NSEC_PER_SEC;
	p->linger_ns = MAXWAIT * VL_NSEC_PER_SEC;
	p->datalen = 56;
	p->ttl = 64;
	p->tmin = 0x7fffffffL;
	p->pipesize = -1;
	st = parse_args(c, p, argc, argv);
	if (st < 0)
		st = resolve(c, p);
	if (st < 0)
		st = p->family == 6 ? ping6_setup(c, p) : ping4_setup(c, p);
	if (st >= 0) {
		free(p);
		return st;
	}
	if (p->flood && p->interval_ns == VL_NSEC_PER_SEC)
		p->interval_ns = 0;
	p->task.ops = &ping_task_ops;
	p->task.unbounded = !p->npackets && !p->deadline;
	p->task.world = c->world;
	p->task.out = c->out;
	p->task.err = c->err;
	p->ident = (uint16_t)vl_rng_below(&c->world->rng, 0x10000);
	if (p->family == 6)
		ping6_start(c, p);
	else
		ping4_start(c, p);
	vl_timer_init(&p->send_timer, pinger);
	vl_timer_init(&p->exit_timer, on_exit_timer);
	vl_timer_init(&p->deadline_timer, on_deadline);
	p->start_time = p->cur_time = world_now(c->world);
	if (p->deadline)
		vl_timer_arm(&c->world->clock, &p->deadline_timer,
			     p->start_time + (uint64_t)p->deadline * VL_NSEC_PER_SEC);
	vl_timer_arm(&c->world->clock, &p->send_timer, p->start_time);
	c->task = &p->task;
	return VL_CMD_ASYNC;
}

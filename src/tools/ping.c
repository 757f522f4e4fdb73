/*
 * ping.c: iputils ping (20221126) on virtual time: its option parsing and
 * messages, name lookup as glibc answers it from the hosts file, the main
 * loop (pinger's token bucket, the waits between wakeups, the exit timer), the
 * statistics, and IPv4 over a raw ICMP socket (IPv6 is in ping6.c). Whatever
 * vethlab cannot model is refused ("... is not supported by vethlab", status
 * 2), never accepted and ignored.
 */
#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <signal.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../ctl/sys.h"
#include "../ctl/trace_ctl.h"
#include "../ctl/rtnl.h"
#include "../ctl/rtnl_route.h"
#include "../net/socket.h"
#include "../net/wire.h"
#include "../uapi/errqueue.h"
#include "../uapi/icmp.h"
#include "../uapi/in.h"
#include "../uapi/rtnetlink.h"
#include "hosts.h"
#include "ip/ip_common.h"
#include "iputils.h"
#include "ping_int.h"

#define IDENTIFIER_MAX 0xffff
#define PING_RCVBUF_MAX 212992  /* net.core.rmem_max: SO_RCVBUF is capped there */
#define PING_DNS (-100)         /* ping_getaddrinfo: only DNS could answer */
#define PING_EAI_NONAME (-2)    /* getaddrinfo's EAI_NONAME */
#define PING_ADDRSTRLEN 46      /* INET6_ADDRSTRLEN */

static void ping_finish(struct ping *p);
static void ping_end(struct ping *p, int status);

/* ---- Output, as iputils buffers it ---------------------------------------- */

/*
 * stdout is a pipe or a file for a script, so glibc buffers it fully: what
 * ping prints reaches its target where iputils calls fflush(stdout) or error()
 * (which flushes stdout first), or at exit.
 */
void ping_flush(struct ping *p)
{
	vl_task_flush_out(&p->task);
}

/* error(3), as iputils' ping has it: its stdout first, then "ping: MESSAGE[: strerror]". */
static void ping_verror(struct ping *p, int errnum, const char *fmt, va_list ap)
{
	iputils_verror(&p->task, p->prog, errnum, fmt, ap);
}

void ping_error(struct ping *p, int errnum, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	ping_verror(p, errnum, fmt, ap);
	va_end(ap);
}

int ping_fatal(struct ping *p, int status, int errnum, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	ping_verror(p, errnum, fmt, ap);
	va_end(ap);
	return status;
}

int ping_refuse(struct ping *p, const char *what)
{
	return ping_fatal(p, 2, 0, "%s is not supported by vethlab", what);
}

/* fprintf(stderr) without error(): under -f stdout is unbuffered, so what it holds goes first. */
static void ping_stderr_raw(struct ping *p, const char *text)
{
	if (p->flood)
		ping_flush(p);
	fputs(text, p->task.err);
}

/* write_stdout under -f: unbuffered there, but nothing else reads it meanwhile. */
static void ping_flood_write(struct ping *p, const char *s)
{
	fputs(s, p->task.out);
	vl_task_flush_big(&p->task);
}

void ping_timestamp(struct ping *p)
{
	long long us = wall_us(p);

	if (p->ptimeofday)
		fprintf(p->task.out, "[%llu.%06llu] ", (unsigned long long)(us / 1000000),
			(unsigned long long)(us % 1000000));
}

static const char ping_usage_text[] =
	"\nUsage\n"
	"  ping [options] <destination>\n"
	"\nOptions:\n"
	"  <destination>      dns name or ip address\n"
	"  -a                 use audible ping\n"
	"  -A                 use adaptive ping\n"
	"  -B                 sticky source address\n"
	"  -c <count>         stop after <count> replies\n"
	"  -C                 call connect() syscall on socket creation\n"
	"  -D                 print timestamps\n"
	"  -d                 use SO_DEBUG socket option\n"
	"  -e <identifier>    define identifier for ping session, default is random for\n"
	"                     SOCK_RAW and kernel defined for SOCK_DGRAM\n"
	"                     Imply using SOCK_RAW (for IPv4 only for identifier 0)\n"
	"  -f                 flood ping\n"
	"  -h                 print help and exit\n"
	"  -I <interface>     either interface name or address\n"
	"  -i <interval>      seconds between sending each packet\n"
	"  -L                 suppress loopback of multicast packets\n"
	"  -l <preload>       send <preload> number of packages while waiting replies\n"
	"  -m <mark>          tag the packets going out\n"
	"  -M <pmtud opt>     define mtu discovery, can be one of <do|dont|want>\n"
	"  -n                 no dns name resolution\n"
	"  -O                 report outstanding replies\n"
	"  -p <pattern>       contents of padding byte\n"
	"  -q                 quiet output\n"
	"  -Q <tclass>        use quality of service <tclass> bits\n"
	"  -s <size>          use <size> as number of data bytes to be sent\n"
	"  -S <size>          use <size> as SO_SNDBUF socket option value\n"
	"  -t <ttl>           define time to live\n"
	"  -U                 print user-to-user latency\n"
	"  -v                 verbose output\n"
	"  -V                 print version and exit\n"
	"  -w <deadline>      reply wait <deadline> in seconds\n"
	"  -W <timeout>       time to wait for response\n"
	"\nIPv4 options:\n"
	"  -4                 use IPv4\n"
	"  -b                 allow pinging broadcast\n"
	"  -R                 record route\n"
	"  -T <timestamp>     define timestamp, can be one of <tsonly|tsandaddr|tsprespec>\n"
	"\nIPv6 options:\n"
	"  -6                 use IPv6\n"
	"  -F <flowlabel>     define flow label, default is random\n"
	"  -N <nodeinfo opt>  use icmp6 node info query, try <help> as argument\n"
	"\nFor more details see ping(8).\n";

int ping_usage(struct ping *p)
{
	ping_stderr_raw(p, ping_usage_text);
	return 2;
}

/* ---- Bookkeeping ------------------------------------------------------------ */

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

static bool rcvd_test(const struct ping *p, uint16_t seq)
{
	return p->rcvd_tbl[seq / 8] & (1u << (seq % 8));
}

static void rcvd_set(struct ping *p, uint16_t seq, bool on)
{
	if (on)
		p->rcvd_tbl[seq / 8] |= (uint8_t)(1u << (seq % 8));
	else
		p->rcvd_tbl[seq / 8] &= (uint8_t)~(1u << (seq % 8));
}

static void advance_ntransmitted(struct ping *p)
{
	p->ntransmitted++;
	/* Invalidate acked, if 16 bit seq overflows. */
	if ((uint16_t)p->ntransmitted - p->acked > 0x7fff)
		p->acked = (uint16_t)p->ntransmitted + 1;
}

/* update_interval (-A): the interval follows the smoothed rtt; root has no floor. */
static void update_interval(struct ping *p)
{
	int est = p->rtt ? p->rtt / 8 : p->interval * 1000;

	p->interval = (est + p->rtt_addend + 500) / 1000;
}

/* ---- Names: getaddrinfo and getnameinfo as glibc answers from the hosts file ---- */

struct hosts_fwd {
	const char *name;
	struct ping_dest *out;
	int n, max;
	char *canon;
	size_t canonlen;
};

/* _nss_files_gethostbyname4_r: every line naming it, the first one's name canonical. */
static bool hosts_fwd_cb(const struct hosts_entry *e, void *arg)
{
	struct hosts_fwd *f = arg;

	for (int i = 0; i < e->nnames; i++) {
		if (strcasecmp(e->names[i], f->name))
			continue;
		if (!f->n)
			snprintf(f->canon, f->canonlen, "%s", e->names[0]);
		if (f->n < f->max) {
			struct ping_dest *d = &f->out[f->n++];

			memset(d, 0, sizeof(*d));
			d->family = e->addr.family;
			d->v4 = e->addr.v4;
			memcpy(d->v6, e->addr.v6, 16);
		}
		break;
	}
	return false;
}

const char *ping_hosts_name(const struct ping *p, const struct ping_dest *d, char *buf, size_t len)
{
	struct hosts_addr a = { .family = d->family, .v4 = d->v4 };

	memcpy(a.v6, d->v6, 16);
	return hosts_name(p->task.world, &a, buf, len);
}

/* RFC 3484's scope and precedence, as glibc's default tables give them. */
static void ping4_rank(struct ping *p, const struct ping_dest *d, struct ping_rank *r)
{
	/* glibc connects a datagram socket and asks its source; the route is what tells it. */
	struct rtnl_route_req req = { .dst = d->v4 };
	struct rtnl_route_get rt;
	bool local_scope = (d->v4 >> 24) == 127 || (d->v4 >> 16) == 0xa9fe;

	r->usable = rtnl_route_get(p->net, &req, &rt) == 0;
	r->scope = local_scope ? 2 : 14;
	r->scope_match = !r->usable ||
			 ((ipv4_is_loopback(rt.prefsrc) || ipv4_is_linklocal_169(rt.prefsrc)) ? 2 : 14) == r->scope;
	r->precedence = 10;
}

/* rfc3484_sort: rules 1 (usable), 2 (matching scope), 6 (precedence), 8 (smaller scope). */
static int rank_cmp(const struct ping_rank *a, const struct ping_rank *b)
{
	if (a->usable != b->usable)
		return a->usable ? -1 : 1;
	if (a->scope_match != b->scope_match)
		return a->scope_match ? -1 : 1;
	if (a->precedence != b->precedence)
		return a->precedence > b->precedence ? -1 : 1;
	if (a->scope != b->scope)
		return a->scope < b->scope ? -1 : 1;
	return 0;
}

static void sort_dests(struct ping *p, struct ping_dest *d, int n)
{
	struct ping_rank rank[PING_MAX_DEST];

	for (int i = 0; i < n; i++) {
		if (d[i].family == 4)
			ping4_rank(p, &d[i], &rank[i]);
		else
			ping6_rank(p, &d[i], &rank[i]);
	}
	/* Insertion sort: stable, and n is small. */
	for (int i = 1; i < n; i++) {
		struct ping_dest dv = d[i];
		struct ping_rank rv = rank[i];
		int j = i - 1;

		for (; j >= 0 && rank_cmp(&rank[j], &rv) > 0; j--) {
			d[j + 1] = d[j];
			rank[j + 1] = rank[j];
		}
		d[j + 1] = dv;
		rank[j + 1] = rv;
	}
}

/*
 * getaddrinfo(name, AF_UNSPEC, AI_CANONNAME): a number, or the hosts file.
 * Returns the count, PING_EAI_NONAME, or PING_DNS when only DNS could answer.
 */
static int ping_getaddrinfo(struct ping *p, const char *name, struct ping_dest *out, char *canon, size_t clen)
{
	struct hosts_fwd f = { name, out, 0, PING_MAX_DEST, canon, clen };
	int r;

	memset(out, 0, sizeof(*out));
	snprintf(canon, clen, "%s", name);
	if (hosts_inet_aton_exact(name, &out->v4)) {
		out->family = 4;
		return 1;
	}
	r = ping6_parse_literal(p->net, name, out);
	if (r == 0)
		return 1;
	if (r > 0)
		return PING_EAI_NONAME;
	hosts_each(p->task.world, hosts_fwd_cb, &f);
	if (f.n) {
		sort_dests(p, out, f.n);
		return f.n;
	}
	return hosts_dns_would_query(name) ? PING_DNS : PING_EAI_NONAME;
}

const char *ping_pr_addr(struct ping *p, const struct ping_from *from, char *buf, size_t len)
{
	char addr[PING_ADDRSTRLEN + IFNAMSIZ + 2], name[256];
	struct ping_dest d = { .family = from->v6 ? 6 : 4, .v4 = from->v4 };

	if (from->v6) {
		ping6_fmt_scoped(p->net, from->v6, from->iif, addr);
		memcpy(d.v6, from->v6, 16);
	} else {
		ip_fmt_ipv4(from->v4, addr);
	}
	if (!p->exiting && !p->numeric && ping_hosts_name(p, &d, name, sizeof(name)))
		snprintf(buf, len, "%s (%s)", name, addr);
	else
		snprintf(buf, len, "%s", addr);
	return buf;
}

/* ---- Statistics -------------------------------------------------------------- */

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

/* The round trip of a reply, from the send time its payload carries (a little-endian timeval). */
static long reply_triptime(struct ping *p, const uint8_t *icmp)
{
	long long sent = (long long)get_le64(icmp + 8) * 1000000 + (long long)get_le64(icmp + 16);
	long triptime = (long)(wall_us(p) - sent);

	/* restamp: a second look at the clock gives the same answer here. */
	for (int pass = 0; triptime < 0 && pass < 2; pass++) {
		ping_error(p, 0, "Warning: time of day goes back (%ldus), taking countermeasures", triptime);
		if (p->latency)
			break;
		p->latency = true;
	}
	return triptime < 0 ? 0 : triptime;
}

static void account_rtt(struct ping *p, long triptime)
{
	p->tsum += triptime;
	p->tsum2 += (double)((long long)triptime * (long long)triptime);
	if (triptime < p->tmin)
		p->tmin = triptime;
	if (triptime > p->tmax)
		p->tmax = triptime;
	if (!p->rtt)
		p->rtt = (int)triptime * 8;
	else
		p->rtt += (int)triptime - p->rtt / 8;
	if (p->adaptive)
		update_interval(p);
}

int gather_statistics(struct ping *p, const uint8_t *icmp, int cc, int hops, const struct ping_from *from,
		      bool wrong_source)
{
	uint16_t seq = get_be16(icmp + 6);
	long triptime = 0;
	bool dup;
	char b[1100];

	p->nreceived++;
	acknowledge(p, seq);
	if (p->timing && cc >= 8 + 16) {
		triptime = reply_triptime(p, icmp);
		account_rtt(p, triptime);
	}
	dup = rcvd_test(p, seq);
	if (dup) {
		p->nrepeats++;
		p->nreceived--;
	} else {
		rcvd_set(p, seq, true);
	}
	if (p->quiet)
		return 1;
	if (p->flood) {
		ping_flood_write(p, "\b \b");
		return 0;
	}
	ping_timestamp(p);
	fprintf(p->task.out, "%d bytes from %s: icmp_seq=%u", cc, ping_pr_addr(p, from, b, sizeof(b)), seq);
	if (p->verbose && p->ident != -1)
		fprintf(p->task.out, " ident=%d", p->ident);
	if (hops >= 0)
		fprintf(p->task.out, " ttl=%d", hops);
	if ((long)cc < p->datalen + 8) {
		fputs(" (truncated)\n", p->task.out);
		return 1;
	}
	if (p->timing)
		print_rtt(p->task.out, triptime);
	if (dup && (!p->multicast || p->verbose))
		fputs(" (DUP!)", p->task.out);
	if (wrong_source)
		fputs(" (DIFFERENT ADDRESS!)", p->task.out);
	return 0;
}

void ping_reply_done(struct ping *p)
{
	if (p->audible) {
		fputc('\a', p->task.out);
		if (p->flood)
			ping_flush(p);
	}
	if (!p->flood) {
		fputc('\n', p->task.out);
		ping_flush(p);
	}
}

static long llsqrt(long long a)
{
	long long prev = LLONG_MAX, x = a;

	if (x > 0) {
		while (x < prev) {
			prev = x;
			x = (x + a / x) / 2;
		}
	}
	return (long)x;
}

static void print_rtt_summary(struct ping *p, FILE *f)
{
	long total = p->nreceived + p->nrepeats;
	long tmavg = (long)(p->tsum / total);
	long long tmvar;
	long tmdev;

	/* iputils sums in doubles; this order keeps small rtts exact. */
	if (p->tsum < INT_MAX)
		tmvar = (long long)((p->tsum2 - ((p->tsum * p->tsum) / total)) / total);
	else
		tmvar = (long long)((p->tsum2 / total) - (double)(tmavg * tmavg));
	tmdev = llsqrt(tmvar);
	fprintf(f, "rtt min/avg/max/mdev = %ld.%03ld/%lu.%03ld/%ld.%03ld/%ld.%03ld ms", p->tmin / 1000,
		p->tmin % 1000, (unsigned long)(tmavg / 1000), tmavg % 1000, p->tmax / 1000, p->tmax % 1000,
		tmdev / 1000, tmdev % 1000);
}

/* finish(): the statistics block, exactly as iputils prints it. */
static void print_stats(struct ping *p)
{
	FILE *f = p->task.out;
	uint64_t tv = p->cur_time - p->start_time;
	const char *comma = "";

	fputc('\n', f);
	ping_flush(p);
	fprintf(f, "--- %s ping statistics ---\n", p->hostname);
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
	if (p->nreceived && p->timing) {
		print_rtt_summary(p, f);
		comma = ", ";
	}
	if (p->pipesize > 1) {
		fprintf(f, "%spipe %d", comma, p->pipesize);
		comma = ", ";
	}
	if (p->nreceived && (!p->interval || p->flood || p->adaptive) && p->ntransmitted > 1) {
		int ipg = (int)((long long)(tv / 1000) / (p->ntransmitted - 1));

		fprintf(f, "%sipg/ewma %d.%03d/%d.%03d ms", comma, ipg / 1000, ipg % 1000, p->rtt / 8000,
			(p->rtt / 8) % 1000);
	}
	fputc('\n', f);
}

/* status(): what SIGQUIT prints on stderr while ping goes on. */
static void print_status(struct ping *p)
{
	FILE *f = p->task.err;
	int loss = p->ntransmitted ? (int)((p->ntransmitted - p->nreceived) * 100 / p->ntransmitted) : 0;

	if (p->flood)
		ping_flush(p);
	fprintf(f, "\r%ld/%ld packets, %d%% loss", p->nreceived, p->ntransmitted, loss);
	if (p->nreceived && p->timing) {
		long tavg = (long)(p->tsum / (p->nreceived + p->nrepeats));

		fprintf(f, ", min/avg/ewma/max = %ld.%03ld/%lu.%03ld/%d.%03d/%ld.%03ld ms", p->tmin / 1000,
			p->tmin % 1000, (unsigned long)(tavg / 1000), tavg % 1000, p->rtt / 8000,
			(p->rtt / 8) % 1000, p->tmax / 1000, p->tmax % 1000);
	}
	fputc('\n', f);
}

/* ---- IPv4: what the raw socket reads ------------------------------------------ */

/* What ping reads of a reply's IP header. */
struct ping4_iph {
	uint8_t ihl;        /* bytes */
	uint8_t ttl;
	uint32_t saddr;
};

/* in_cksum: the Internet checksum (RFC 1071) of what ping sends and reads. */
static uint16_t in_cksum(const uint8_t *p, size_t len)
{
	return inet_csum(p, len);
}

/* pr_iph (-v): the quoted header, its 16-bit fields printed as a little-endian host reads them. */
static void pr_iph(struct ping *p, const uint8_t *iph, int len)
{
	FILE *f = p->task.out;
	char s[16], d[16];
	uint16_t frag;

	if (len < 20)
		return;
	frag = (uint16_t)(iph[7] << 8 | iph[6]);
	fputs("Vr HL TOS  Len   ID Flg  off TTL Pro  cks      Src      Dst Data\n", f);
	fprintf(f, " %1x  %1x  %02x %04x %04x", iph[0] >> 4, iph[0] & 15, iph[1], iph[3] << 8 | iph[2],
		iph[5] << 8 | iph[4]);
	fprintf(f, "   %1x %04x", (frag & 0xe000) >> 13, frag & 0x1fff);
	fprintf(f, "  %02x  %02x %04x", iph[8], iph[9], iph[11] << 8 | iph[10]);
	fprintf(f, " %s ", ip_fmt_ipv4(get_be32(iph + 12), s));
	fprintf(f, " %s ", ip_fmt_ipv4(get_be32(iph + 16), d));
	fputc('\n', f);
}

static const char *const unreach_text[16] = {
	"Destination Net Unreachable", "Destination Host Unreachable",
	"Destination Protocol Unreachable", "Destination Port Unreachable",
	NULL, "Source Route Failed", "Destination Net Unknown",
	"Destination Host Unknown", "Source Host Isolated", "Destination Net Prohibited",
	"Destination Host Prohibited", "Destination Net Unreachable for Type of Service",
	"Destination Host Unreachable for Type of Service", "Packet filtered",
	"Precedence Violation", "Precedence Cutoff",
};

static const char *const redirect_text[4] = {
	"Redirect Network", "Redirect Host", "Redirect Type of Service and Network",
	"Redirect Type of Service and Host",
};

static const char *const other_type_text[19] = {
	[ICMP_ECHOREPLY] = "Echo Reply", [ICMP_ECHO] = "Echo Request", [13] = "Timestamp",
	[14] = "Timestamp Reply", [15] = "Information Request", [16] = "Information Reply",
	[17] = "Address Mask Request", [18] = "Address Mask Reply",
};

static void pr_unreach(FILE *f, uint8_t code, uint32_t info)
{
	if (code == ICMP_FRAG_NEEDED)
		fprintf(f, "Frag needed and DF set (mtu = %u)\n", info);
	else if (code < 16)
		fprintf(f, "%s\n", unreach_text[code]);
	else
		fprintf(f, "Dest Unreachable, Bad Code: %d\n", code);
}

static void pr_redirect(struct ping *p, uint8_t code, uint32_t gateway)
{
	struct ping_from gw = { .v4 = gateway };
	char b[1100];

	if (code < 4)
		fputs(redirect_text[code], p->task.out);
	else
		fprintf(p->task.out, "Redirect, Bad Code: %d", code);
	fprintf(p->task.out, "(New nexthop: %s)\n", ping_pr_addr(p, &gw, b, sizeof(b)));
}

/* pr_icmph: icmp is the message read from the socket, or NULL for one from the error queue. */
static void pr_icmph(struct ping *p, uint8_t type, uint8_t code, uint32_t info, const uint8_t *icmp, int len)
{
	FILE *f = p->task.out;
	bool dump = icmp && p->verbose;

	switch (type) {
	case ICMP_DEST_UNREACH:
		pr_unreach(f, code, info);
		break;
	case ICMP_SOURCE_QUENCH:
		fputs("Source Quench\n", f);
		break;
	case ICMP_REDIRECT:
		pr_redirect(p, code, icmp ? get_be32(icmp + 4) : info);
		break;
	case ICMP_TIME_EXCEEDED:
		if (code <= 1)
			fputs(code == 0 ? "Time to live exceeded\n" : "Frag reassembly time exceeded\n", f);
		else
			fprintf(f, "Time exceeded, Bad Code: %d\n", code);
		break;
	case ICMP_PARAMETERPROB:
		fprintf(f, "Parameter problem: pointer = %u\n", icmp ? get_be32(icmp + 4) >> 24 : info);
		break;
	default:
		dump = false;
		if (type < 19 && other_type_text[type])
			fprintf(f, "%s\n", other_type_text[type]);
		else
			fprintf(f, "Bad ICMP type: %d\n", type);
		break;
	}
	if (dump)
		pr_iph(p, icmp + 8, len - 8);
}

/* What ICMP_FILTER lets through to ping's raw socket. */
static bool icmp_filter_pass(uint8_t type)
{
	return type == ICMP_ECHOREPLY || type == ICMP_DEST_UNREACH || type == ICMP_SOURCE_QUENCH ||
	       type == ICMP_REDIRECT || type == ICMP_TIME_EXCEEDED || type == ICMP_PARAMETERPROB;
}

static void ping4_echo_reply(struct ping *p, const uint8_t *icmp, int cc, const struct ping4_iph *ip)
{
	struct ping_from from = { .v4 = ip->saddr };
	bool wrong_source = !p->broadcast_pings && !p->multicast && ip->saddr != p->daddr;

	if (get_be16(icmp + 4) != p->ident)
		return;
	if (gather_statistics(p, icmp, cc, ip->ttl, &from, wrong_source))
		ping_flush(p);
	else
		ping_reply_done(p);
}

/* A redirect or source quench that quotes one of our requests: reported, not an error. */
static void ping4_notice(struct ping *p, const uint8_t *icmp, int cc, const struct ping4_iph *ip, int seq)
{
	struct ping_from from = { .v4 = ip->saddr };
	char b[1100];

	if (p->quiet || p->flood)
		return;
	ping_timestamp(p);
	fprintf(p->task.out, "From %s: icmp_seq=%u ", ping_pr_addr(p, &from, b, sizeof(b)), seq);
	if (in_cksum(icmp, (size_t)cc))
		fputs("(BAD CHECKSUM)", p->task.out);
	pr_icmph(p, icmp[0], icmp[1], get_be32(icmp + 4), icmp, cc);
}

/* The echo request an ICMP error quotes (icmp + 8 on), if it is one of ours to our target: its sequence, else -1. */
static int quoted_seq(const struct ping *p, const uint8_t *icmp, int len)
{
	int ihl;

	if (len < 8 + 20 + 8)
		return -1;
	ihl = (icmp[8] & 15) * 4;
	if (len < 8 + ihl + 8)
		return -1;
	if (icmp[8 + ihl] != ICMP_ECHO || get_be32(icmp + 8 + 16) != p->daddr || get_be16(icmp + 8 + ihl + 4) != p->ident)
		return -1;
	return get_be16(icmp + 8 + ihl + 6);
}

/* ping4_parse_reply on what the raw socket read: the IP header, then the ICMP message. */
static void ping4_parse_reply(struct ping *p, const uint8_t *pkt, int len)
{
	struct ping4_iph ip = { 0 };
	const uint8_t *icmp;
	int cc, seq;

	if (len < 20 || len < (pkt[0] & 15) * 4)
		return;
	ip.ihl = (uint8_t)((pkt[0] & 15) * 4);
	ip.ttl = pkt[8];
	ip.saddr = get_be32(pkt + 12);
	icmp = pkt + ip.ihl;
	cc = len - ip.ihl;
	/* ICMP_FILTER: what cannot hold an ICMP header, or is not one of six types, never arrives. */
	if (p->exiting || !p->started || p->family != 4 || cc < 8 || !icmp_filter_pass(icmp[0]))
		return;
	if (icmp[0] == ICMP_ECHOREPLY) {
		ping4_echo_reply(p, icmp, cc, &ip);
	} else {
		seq = quoted_seq(p, icmp, cc);
		if (seq < 0)
			return;
		if (icmp[0] == ICMP_REDIRECT || icmp[0] == ICMP_SOURCE_QUENCH)
			ping4_notice(p, icmp, cc, &ip, seq);
		else
			acknowledge(p, (uint16_t)seq);
	}
	ping_main_iter(p);
}

/*
 * ping4_receive_error_msg: an entry of the error queue. A local one (the
 * send that made it reports it) is kept for ping_local_error; an ICMP one
 * must quote one of our echo requests (icmph, len bytes) to our target.
 */
static void ping4_receive_error(struct ping *p, const struct sock_extended_err *ee, uint32_t offender,
				uint32_t target, const uint8_t *icmph, int len)
{
	struct ping_from from = { .v4 = offender };
	char b[1100];
	int seq;

	if (ee->ee_origin == SO_EE_ORIGIN_LOCAL) {
		p->local_errno = (int)ee->ee_errno;
		p->local_info = ee->ee_info;
		return;
	}
	if (p->exiting || !p->started || p->family != 4 || ee->ee_origin != SO_EE_ORIGIN_ICMP)
		return;
	if (len < 8 || icmph[0] != ICMP_ECHO || target != p->daddr || get_be16(icmph + 4) != p->ident)
		return;
	seq = get_be16(icmph + 6);
	/* Redirects and source quenches are no errors: the socket path reports them. */
	if (ee->ee_type == ICMP_REDIRECT || ee->ee_type == ICMP_SOURCE_QUENCH)
		return;
	acknowledge(p, (uint16_t)seq);
	p->nerrors++;
	if (!p->quiet && p->flood) {
		ping_flood_write(p, "\bE");
	} else if (!p->quiet) {
		ping_timestamp(p);
		fprintf(p->task.out, "From %s icmp_seq=%u ", ping_pr_addr(p, &from, b, sizeof(b)), seq);
		pr_icmph(p, ee->ee_type, ee->ee_code, ee->ee_info, NULL, 0);
		ping_flush(p);
	}
	ping_main_iter(p);
}

/* One packet or error-queue entry from the IPv4 socket; false when there was none. */
static bool ping4_read(struct ping *p, bool errqueue)
{
	union {
		struct cmsghdr align;
		uint8_t buf[CMSG_SPACE(sizeof(struct sock_extended_err) + sizeof(struct sockaddr_in))];
	} control;
	struct sockaddr_in sin = { 0 };
	struct iovec iov = { .iov_base = p->rcvbuf, .iov_len = PING_PACKET_MAX };
	struct msghdr msg = {
		.msg_name = &sin, .msg_namelen = sizeof(sin), .msg_iov = &iov, .msg_iovlen = 1,
		.msg_control = &control, .msg_controllen = sizeof(control),
	};
	int n = sock_recvmsg(p->sock4, &msg, MSG_DONTWAIT | (errqueue ? MSG_ERRQUEUE : 0));
	const struct sock_extended_err *ee = NULL;
	struct sockaddr_in offender = { 0 };

	if (n < 0)
		return false;
	if (!errqueue) {
		ping4_parse_reply(p, p->rcvbuf, n);
		return true;
	}
	for (struct cmsghdr *cm = CMSG_FIRSTHDR(&msg); cm; cm = CMSG_NXTHDR(&msg, cm)) {
		if (cm->cmsg_level == SOL_IP && cm->cmsg_type == IP_RECVERR) {
			ee = (const struct sock_extended_err *)CMSG_DATA(cm);
			memcpy(&offender, SO_EE_OFFENDER(ee), sizeof(offender));
		}
	}
	if (ee)
		ping4_receive_error(p, ee, be32toh(offender.sin_addr.s_addr), be32toh(sin.sin_addr.s_addr),
				    p->rcvbuf, n);
	return true;
}

/* The IPv4 socket is readable: its errors, then its packets (either may end ping). */
static void ping4_data_ready(struct socket *sock, void *data)
{
	struct ping *p = data;

	while (p->sock4 == sock && sock_recv_ready(sock, true) && ping4_read(p, true))
		;
	while (p->sock4 == sock && sock_recv_ready(sock, false) && ping4_read(p, false))
		;
}

/* receive_error_msg for a local error (SO_EE_ORIGIN_LOCAL) the last send queued. */
bool ping_local_error(struct ping *p)
{
	int err = p->local_errno;

	if (!err)
		return false;
	p->local_errno = 0;
	if (p->quiet)
		return true;
	if (p->flood)
		ping_flood_write(p, "E");
	else if (err != EMSGSIZE)
		ping_error(p, 0, "local error: %s", strerror(err));
	else if (p->family == 6)
		ping_error(p, 0, "local error: message too long, mtu: %u", p->local_info);
	else
		ping_error(p, 0, "local error: message too long, mtu=%u", p->local_info);
	p->nerrors++;
	return true;
}

/* ---- IPv4: sending ------------------------------------------------------------- */

/*
 * The payload as iputils fills it: -p's pattern repeated, or bytes counting
 * up from 0, with the first 16 replaced by gettimeofday's struct timeval (the
 * wall clock the virtual one stands for), 8-byte seconds then microseconds,
 * little-endian. As in iputils, the pattern goes in once (for the size in
 * use); each probe then writes only its header fields and timestamp.
 */
void fill_payload(struct ping *p, uint8_t *h)
{
	long long us = wall_us(p);

	put_be16(h + 4, (uint16_t)p->ident);
	put_be16(h + 6, (uint16_t)(p->ntransmitted + 1));
	if (p->filled_len != p->datalen + 1) {
		for (long i = 0; i < p->datalen; i++) {
			if (!p->pingfilled)
				h[8 + i] = (uint8_t)i;
			else if (p->pattern_len > 0 && (i < p->pattern_len || p->datalen >= p->pattern_len + 8))
				h[8 + i] = p->pattern[i % p->pattern_len];
			else
				h[8 + i] = 0;  /* fill() leaves these as malloc gave them */
		}
		p->filled_len = p->datalen + 1;
	}
	if (p->timing) {
		put_le64(h + 8, (uint64_t)(us / 1000000));
		put_le64(h + 16, (uint64_t)(us % 1000000));
	}
}

/*
 * in_cksum of the echo request fill_payload just wrote. With a timestamp,
 * only the 24 bytes of header and timestamp change from probe to probe: the
 * pattern's sum is kept, and the header's words are added from the values
 * (reading back the bytes just stored one by one would stall). The same
 * folded sum as summing the whole, which the first word (8) keeps nonzero.
 */
static uint16_t echo_cksum(struct ping *p, const uint8_t *h, size_t len)
{
	if (!p->timing || len <= 24)
		return in_cksum(h, len);
	if (p->tail_sum_for != p->filled_len) {
		p->tail_sum = csum_partial(h + 24, len - 24, 0);
		p->tail_sum_for = p->filled_len;
	}
	return (uint16_t)~csum_partial(h + 8, 16, p->tail_sum + (ICMP_ECHO << 8) + (uint16_t)p->ident +
						 (uint16_t)(p->ntransmitted + 1));
}

/* ping4_send_probe: one echo request, checksummed, through the raw socket (sendmsg). */
static int ping4_send_probe(struct ping *p)
{
	size_t len = (size_t)p->datalen + 8;
	struct sockaddr_in to = { .sin_family = AF_INET, .sin_addr.s_addr = htobe32(p->daddr) };
	struct iovec iov = { .iov_base = p->sndbuf, .iov_len = len };
	struct msghdr msg = { .msg_name = &to, .msg_namelen = sizeof(to), .msg_iov = &iov, .msg_iovlen = 1 };
	uint8_t *h = p->sndbuf;
	int n;

	if (p->datalen + 8 > 0xffff)
		return -EMSGSIZE;
	h[0] = ICMP_ECHO;
	h[1] = 0;
	put_be16(h + 2, 0);
	fill_payload(p, h);
	put_be16(h + 2, echo_cksum(p, h, len));
	n = sock_sendmsg(p->sock4, &msg);
	return n < 0 ? n : 0;
}

static int send_probe(struct ping *p)
{
	return p->family == 6 ? ping6_send_probe(p) : ping4_send_probe(p);
}

/* ---- IPv4: ping4_run --------------------------------------------------------------- */

/* SO_BINDTODEVICE: an empty name unbinds, without error. */
static int bind_to_device(struct ping *p)
{
	if (!p->device[0]) {
		p->oif = 0;
		return -1;
	}
	p->oif = rtnl_ifindex(p->net, p->device);
	if (p->oif)
		return -1;
	if (ipv4_is_multicast(p->daddr))
		return ping_fatal(p, 2, 0, "unknown iface: %s", p->device);
	return ping_fatal(p, 2, ENODEV, "SO_BINDTODEVICE %s", p->device);
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

/* getifaddrs(): bound to a device, ping warns unless the source is one of its addresses (by label). */
static void warn_foreign_source(struct ping *p)
{
	struct source_match m = { p->device, p->source };

	char state[TRACE_STATE];

	if (rtnl_addr_dump(p->net, p->oif, source_on_device, &m) > 0)
		return;
	ping_error(p, 0, "Warning: source address might be selected on device other than: %s", p->device);
	snprintf(state, sizeof(state), "source %u.%u.%u.%u is not an address of %s", p->source >> 24,
		 (p->source >> 16) & 255, (p->source >> 8) & 255, p->source & 255, p->device);
	trace_ctl_note(p->task.world, "ping",
		       "ping -I DEV binds its socket to DEV: every packet leaves by DEV whatever the routes say, from an address of another device when DEV has none (iputils warns)",
		       state, "");
}

/*
 * The UDP connect() iputils makes to learn the source address, with the
 * device and the mark but not SO_DONTROUTE (EACCES: a broadcast without
 * SO_BROADCAST, or a prohibit route); *source is what getsockname gives.
 */
static int probe_connect(struct ping *p, bool broadcast_ok, uint32_t *source)
{
	struct sockaddr_in to = { .sin_family = AF_INET, .sin_port = htobe16(1025), .sin_addr.s_addr = htobe32(p->daddr) };
	struct sockaddr_in me = { 0 };
	socklen_t melen = sizeof(me);
	struct socket *probe;
	int on = 1, mark = (int)p->mark, err;

	err = sock_create(p->net, AF_INET, SOCK_DGRAM, IPPROTO_UDP, &probe);
	if (err)
		return err;
	if (p->oif)
		err = sock_setsockopt(probe, SOL_SOCKET, SO_BINDTODEVICE, p->device, (socklen_t)strlen(p->device) + 1);
	if (!err && p->mark)
		err = sock_setsockopt(probe, SOL_SOCKET, SO_MARK, &mark, sizeof(mark));
	if (!err && broadcast_ok)
		err = sock_setsockopt(probe, SOL_SOCKET, SO_BROADCAST, &on, sizeof(on));
	if (!err)
		err = kernel_connect(probe, (const struct sockaddr *)&to, sizeof(to), 0);
	if (!err)
		err = kernel_getsockname(probe, (struct sockaddr *)&me, &melen);
	if (!err)
		*source = be32toh(me.sin_addr.s_addr);
	sock_release(probe);
	return err;
}

static int probe_source(struct ping *p, bool have_next)
{
	uint32_t source = 0;
	int err, st;

	if (p->device && (st = bind_to_device(p)) >= 0)
		return st;
	err = probe_connect(p, false, &source);
	if (err == -EACCES) {
		if (!p->broadcast_pings)
			return ping_fatal(p, 2, 0, "Do you want to ping broadcast? Then -b. "
					  "If not, check your local firewall rules");
		ping_stderr_raw(p, "WARNING: pinging broadcast address\n");
		err = probe_connect(p, true, &source);
	} else if ((err == -EHOSTUNREACH || err == -ENETUNREACH) && have_next) {
		return PING_RUN_NEXT;
	}
	if (err)
		return ping_fatal(p, 2, -err, "connect");
	p->source = source;
	if (p->device)
		warn_foreign_source(p);
	return -1;
}

/* raw_bind: the -I address must be local, broadcast or multicast. */
static int bind_source(struct ping *p)
{
	struct sockaddr_in me = { .sin_family = AF_INET, .sin_addr.s_addr = htobe32(p->source) };

	return kernel_bind(p->sock4, (const struct sockaddr *)&me, sizeof(me));
}

/*
 * sock_setbufs: the receive buffer asked for one estimated packet per
 * preloaded probe, at least 64 KiB; the kernel caps it at rmem_max and doubles
 * it. Past a point the burst of -l replies would overflow the real one, which
 * vethlab does not model: refused.
 */
int ping_setbufs(struct ping *p, int hdrlen)
{
	/* iputils' int arithmetic, wrapping as it does on Linux for huge -s and -l. */
	int32_t alloc = (int32_t)(uint32_t)(p->datalen + 8);
	int32_t round = (int32_t)((uint32_t)alloc + 511u) / 512;
	int32_t want, got;
	long long truesize = 1;

	alloc = (int32_t)((uint32_t)alloc + (uint32_t)round * (uint32_t)(hdrlen + 16 + 64 + 160));
	want = (int32_t)((uint32_t)alloc * (uint32_t)p->preload);
	got = 2 * (want < 65536 ? 65536 : want > PING_RCVBUF_MAX ? PING_RCVBUF_MAX : want);
	if (got < want)
		ping_error(p, 0, "WARNING: probably, rcvbuf is not enough to hold preload");
	if (p->preload <= 1 || p->datalen + 8 > 0xffff)
		return -1;
	/* A reply's truesize, generously: its buffer rounded up to a power of two, plus the skb. */
	while (truesize < p->datalen + 8 + 40 + 16 + 15 + 384)
		truesize *= 2;
	if ((truesize + 384) * p->preload > got) {
		char what[64];

		snprintf(what, sizeof(what), "option -l %d", p->preload);
		return ping_refuse(p, what);
	}
	return -1;
}

/*
 * What iputils sets on the raw socket before the PING line: the device, the
 * mark, -r, -b, the TTL, the TOS, -M, IP_RECVERR, and the filter of the six
 * ICMP types it reads.
 */
static int ping4_sockopts(struct ping *p)
{
	struct icmp_filter filt = { ~(1u << ICMP_ECHOREPLY | 1u << ICMP_DEST_UNREACH | 1u << ICMP_SOURCE_QUENCH |
				      1u << ICMP_REDIRECT | 1u << ICMP_TIME_EXCEEDED | 1u << ICMP_PARAMETERPROB) };
	int on = 1, mark = (int)p->mark, ttl = p->ttl, tos = p->tos, pmtu = p->pmtudisc, err = 0;
	struct socket *s = p->sock4;

	if (p->oif)
		err = sock_setsockopt(s, SOL_SOCKET, SO_BINDTODEVICE, p->device, (socklen_t)strlen(p->device) + 1);
	if (!err && p->mark)
		err = sock_setsockopt(s, SOL_SOCKET, SO_MARK, &mark, sizeof(mark));
	if (!err && p->dontroute)
		err = sock_setsockopt(s, SOL_SOCKET, SO_DONTROUTE, &on, sizeof(on));
	if (!err && p->broadcast_pings)
		err = sock_setsockopt(s, SOL_SOCKET, SO_BROADCAST, &on, sizeof(on));
	if (!err && p->pmtudisc >= 0)
		err = sock_setsockopt(s, SOL_IP, IP_MTU_DISCOVER, &pmtu, sizeof(pmtu));
	if (!err)
		err = sock_setsockopt(s, SOL_IP, IP_TOS, &tos, sizeof(tos));
	if (!err)
		err = sock_setsockopt(s, SOL_IP, IP_RECVERR, &on, sizeof(on));
	if (!err)
		err = sock_setsockopt(s, SOL_RAW, ICMP_FILTER, &filt, sizeof(filt));
	if (err)
		return ping_fatal(p, 2, -err, "setsockopt");
	/* Only with -t: otherwise the kernel's default (net.ipv4.ip_default_ttl) goes out. */
	if (p->opt_ttl)
		err = sock_setsockopt(s, SOL_IP, IP_TTL, &ttl, sizeof(ttl));
	if (err)
		return ping_fatal(p, 2, -err, "cannot set unicast time-to-live");
	return -1;
}

static void ping4_print_header(struct ping *p)
{
	char b1[16], b2[16];

	fprintf(p->task.out, "PING %s (%s) ", p->hostname, ip_fmt_ipv4(p->daddr, b1));
	if (p->device || p->strictsource)
		fprintf(p->task.out, "from %s %s: ", ip_fmt_ipv4(p->source, b2), p->device ? p->device : "");
	fprintf(p->task.out, "%ld(%ld) bytes of data.\n", p->datalen, p->datalen + 8 + 20);
}

/* ping4_run: the probe, the broadcast question, the socket's options, the PING line. */
static int ping4_run(struct ping *p, const struct ping_dest *d, bool have_next)
{
	int st;

	p->family = 4;
	if (p->ndests > 10)
		return ping_usage(p);
	if (p->ndests > 1)
		return ping_refuse(p, "source routing (more than one destination)");
	p->daddr = d->v4;
	if (!p->source)
		st = probe_source(p, have_next);
	else
		st = p->device ? bind_to_device(p) : -1;
	if (st != -1)
		return st;
	if (!p->daddr)
		p->daddr = p->source;
	if (p->broadcast_pings || ipv4_is_multicast(p->daddr)) {
		p->multicast = true;
		if (p->pmtudisc < 0)
			p->pmtudisc = PMTUDISC_DO;
	}
	if (ipv4_is_multicast(p->daddr))
		return ping_refuse(p, "a multicast destination");
	if (p->strictsource && bind_source(p))
		return ping_fatal(p, 2, EADDRNOTAVAIL, "bind");
	st = ping_setbufs(p, 20);
	if (st >= 0)
		return st;
	p->timing = p->datalen >= 16;
	st = ping4_sockopts(p);
	if (st >= 0)
		return st;
	ping4_print_header(p);
	return ping_setup(p);
}

/* ---- The main loop ------------------------------------------------------------------ */

/* Milliseconds from a to b as iputils computes them from two timespecs of CLOCK_MONOTONIC_RAW. */
static long ms_between(uint64_t a, uint64_t b)
{
	long long sec = (long long)(b / VL_NSEC_PER_SEC) - (long long)(a / VL_NSEC_PER_SEC);
	long long nsec = (long long)(b % VL_NSEC_PER_SEC) - (long long)(a % VL_NSEC_PER_SEC);

	return (long)(sec * 1000 + nsec / 1000000);
}

/* The first moment at which ms_between(from, t) reaches ms (it never decreases). */
static uint64_t first_moment(uint64_t from, long ms)
{
	uint64_t hi = from + (uint64_t)ms * VL_NSEC_PER_MSEC, lo = ms > 0 ? hi - VL_NSEC_PER_MSEC : from;

	if (ms <= 0)
		return from;
	while (lo + 1 < hi) {
		uint64_t mid = lo + (hi - lo) / 2;

		if (ms_between(from, mid) >= ms)
			hi = mid;
		else
			lo = mid;
	}
	return hi;
}

/* The ENOBUFS slowdown: retry later without counting the probe, until lingertime runs out. */
static int pinger_nobufs(struct ping *p)
{
	int nores_interval;

	p->tokens = 0;
	p->rtt_addend += (p->rtt < 8 * 50000 ? p->rtt / 8 : 50000);
	if (p->adaptive)
		update_interval(p);
	nores_interval = SCHINT(p->interval / 2);
	if (nores_interval > 500)
		nores_interval = 500;
	p->oom_count++;
	if (p->oom_count * nores_interval < p->lingertime)
		return nores_interval;
	/* Hard error: pretend it was sent, and say so. */
	advance_ntransmitted(p);
	if (!p->quiet) {
		if (p->flood)
			ping_flood_write(p, "E");
		else
			ping_error(p, ENOBUFS, "sendmsg");
	}
	return SCHINT(p->interval);
}

/* The token bucket of pinger(): > 0 is how long until the next probe may go. */
static long pinger_tokens(struct ping *p)
{
	long ntokens, tmp;

	if (!p->cur_time_set) {
		p->cur_time = now_ns(p);
		p->cur_time_set = true;
		p->tokens = (long)p->interval * (p->preload - 1);
		return 0;
	}
	ntokens = ms_between(p->cur_time, now_ns(p));
	/* Unlimited flood: with no reply in sight, 100 a second. */
	if (!p->interval && ntokens < MININTERVAL && in_flight(p) >= p->preload)
		return MININTERVAL - ntokens;
	ntokens += p->tokens;
	tmp = (long)p->interval * (long)p->preload;
	if (tmp < ntokens)
		ntokens = tmp;
	if (ntokens < p->interval)
		return p->interval - ntokens;
	p->cur_time = now_ns(p);
	p->tokens = ntokens - p->interval;
	return 0;
}

/* pinger(): sends one probe when the bucket allows; returns ms until it should be called again. */
static long pinger(struct ping *p)
{
	long wait;
	int err;

	if (p->exiting || (p->npackets && p->ntransmitted >= p->npackets && !p->deadline))
		return 1000;
	wait = pinger_tokens(p);
	if (wait > 0)
		return wait;
	if (p->outstanding && p->ntransmitted > 0 && !rcvd_test(p, (uint16_t)p->ntransmitted)) {
		ping_timestamp(p);
		fprintf(p->task.out, "no answer yet for icmp_seq=%lu\n",
			(unsigned long)(p->ntransmitted % MAX_DUP_CHK));
		ping_flush(p);
	}
	/* rcvd_clear: a reused sequence number is not a duplicate yet. */
	rcvd_set(p, (uint16_t)(p->ntransmitted + 1), false);
	err = send_probe(p);
	if (err == PING_REFUSED)
		return 1000;
	if (!err) {
		p->oom_count = 0;
		advance_ntransmitted(p);
		if (!p->quiet && p->flood)
			ping_flood_write(p, ".");
		return p->interval - p->tokens;
	}
	if (err == -ENOBUFS || err == -ENOMEM)
		return pinger_nobufs(p);
	/* Any other failure: a local error is reported from the error queue, anything else silently. */
	(void)ping_local_error(p);
	advance_ntransmitted(p);
	p->tokens = 0;
	return SCHINT(p->interval);
}

static void schedule_exit(struct ping *p, long *next)
{
	if (!(p->npackets && p->ntransmitted >= p->npackets && !p->deadline) || p->waittime)
		return;
	if (p->nreceived) {
		p->waittime = 2 * (unsigned long)p->tmax;
		if (p->waittime < 1000 * (unsigned long)p->interval)
			p->waittime = 1000 * (unsigned long)p->interval;
	} else {
		p->waittime = (unsigned long)p->lingertime * 1000;
	}
	if (*next < 0 || (unsigned long)*next < p->waittime / 1000)
		*next = (long)(p->waittime / 1000);
	/* setitimer with a zero time disarms: then only a reply, an error or a signal ends ping. */
	if (p->waittime)
		sys_timer_arm(p->task.world, &p->exit_timer, now_ns(p) + p->waittime * 1000);
}

/*
 * How long main_loop waits before calling pinger again (a reply comes sooner):
 * poll() for short waits, spinning when the wait is below a tick and nothing
 * is in flight, else recvmsg() with SO_RCVTIMEO, which is the interval.
 */
static void arm_wait(struct ping *p, long next)
{
	uint64_t now = now_ns(p), at;

	if (p->npackets && p->ntransmitted >= p->npackets && !p->deadline) {
		/*
		 * Nothing left to send: recvmsg() still times out after the
		 * interval, and the loop then sees an error count that ends ping.
		 */
		if (p->nerrors)
			sys_timer_arm(p->task.world, &p->wake_timer,
				     now + (uint64_t)SCHINT(p->interval) * VL_NSEC_PER_MSEC);
		else
			sys_timer_cancel(p->task.world, &p->wake_timer);
		return;
	}
	if (p->adaptive || next < SCHINT(p->interval)) {
		if (next > 1000 / PING_HZ)
			at = now + (uint64_t)next * VL_NSEC_PER_MSEC;
		else if (in_flight(p))
			at = now + MININTERVAL * VL_NSEC_PER_MSEC;
		else /* spinning: pinger goes again the moment the bucket allows (a spin takes a microsecond) */
			at = first_moment(p->cur_time, p->interval - p->tokens);
		if (at <= now)
			at = now + 1000;
	} else {
		at = now + (uint64_t)SCHINT(p->interval) * VL_NSEC_PER_MSEC;
	}
	sys_timer_arm(p->task.world, &p->wake_timer, at);
}

/* The socket is closed, or vethlab freed its namespace under it. */
static bool sock_gone(struct socket *sock)
{
	return !sock || (sock_poll(sock) & POLLHUP);
}

void ping_main_iter(struct ping *p)
{
	long next;

	if (p->exiting || !p->started)
		return;
	/* vethlab frees a deleted namespace (Linux keeps it while ping holds a socket there). */
	if (sock_gone(p->family == 6 ? p->sock6 : p->sock4)) {
		ping_finish(p);
		return;
	}
	if ((p->npackets && p->nreceived + p->nerrors >= p->npackets) || (p->deadline && p->nerrors)) {
		ping_finish(p);
		return;
	}
	do {
		next = pinger(p);
		if (p->exiting)
			return;
		schedule_exit(p, &next);
	} while (next <= 0);
	arm_wait(p, next);
}

static void on_wake(struct vl_timer *t)
{
	ping_main_iter(vl_container_of(t, struct ping, wake_timer));
}

/* SIGALRM, from the exit timer or the deadline: statistics, then exit. */
static void on_alarm(struct vl_timer *t)
{
	ping_finish(vl_container_of(t, struct ping, exit_timer));
}

static void on_deadline(struct vl_timer *t)
{
	ping_finish(vl_container_of(t, struct ping, deadline_timer));
}

/* setup(): the interval and preload checks, the identifier, the clock, the deadline; then main_loop. */
int ping_setup(struct ping *p)
{
	if (p->flood && !p->opt_interval)
		p->interval = 0;
	if (p->interval >= INT_MAX / p->preload)
		return ping_fatal(p, 2, 0, "illegal preload and/or interval: %d", p->interval);
	if (p->ident == -1)
		p->ident = (int)sys_random_below(p->task.world, IDENTIFIER_MAX + 1);
	p->started = true;
	p->start_time = now_ns(p);
	if (p->deadline)
		sys_timer_arm(p->task.world, &p->deadline_timer,
			     p->start_time + (uint64_t)p->deadline * VL_NSEC_PER_SEC);
	ping_main_iter(p);
	return -1;
}

static void ping_stop(struct ping *p)
{
	struct world *w = p->task.world;

	sys_timer_cancel(w, &p->start_timer);
	sys_timer_cancel(w, &p->wake_timer);
	sys_timer_cancel(w, &p->exit_timer);
	sys_timer_cancel(w, &p->deadline_timer);
	sock_release(p->sock4);
	p->sock4 = NULL;
	ping6_stop(p);
}

/* The task ends with status, whatever it was doing. */
static void ping_end(struct ping *p, int status)
{
	if (p->exiting)
		return;
	p->exiting = true;
	ping_stop(p);
	vl_task_done(&p->task, status);
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

/*
 * From setup() on, iputils catches SIGINT and SIGALRM (statistics, then exit)
 * and SIGQUIT (a status line, and it goes on); every other signal, and any
 * signal before setup(), kills it where it stands, without statistics.
 */
static void ping_kill(struct vl_task *t, int sig)
{
	struct ping *p = vl_container_of(t, struct ping, task);

	if (p->exiting)
		return;
	if (p->started && (sig == SIGINT || sig == SIGALRM))
		ping_finish(p);
	else if (p->started && sig == SIGQUIT)
		print_status(p);
	else
		ping_end(p, 128 + sig);
}

static void ping_free(struct vl_task *t)
{
	struct ping *p = vl_container_of(t, struct ping, task);

	ping_stop(p);
	free(p->prog);
	free(p->device);
	free(p->hostname);
	free(p->target);
	free(p->sndbuf);
	free(p->rcvbuf);
	free(p);
}

static const struct vl_task_ops ping_task_ops = {
	.kill = ping_kill,
	.free = ping_free,
};

/* ---- Options: iputils' getopt loop ------------------------------------------------------ */

static const char ping_optstring[] = "h?" "4bRT:" "6F:N:" "aABc:CdDe:fi:I:l:Lm:M:nOp:qQ:rs:S:t:UvVw:W:";

/* What only the command line needs: the first option vethlab cannot model, -p's text. */
struct ping_cmdline {
	char unmodelled;
	bool rroute, timestamp;
	const char *pattern;
};

static void cmdline_unmodelled(struct ping_cmdline *cl, char opt)
{
	if (!cl->unmodelled)
		cl->unmodelled = opt;
}

/* strtol_or_err: decimal, whole, in range; status 1 otherwise (iputils_common.c's, shared). */
static int strtol_or_err(struct ping *p, const char *str, long min, long max, long *out)
{
	return iputils_strtol_or_err(&p->task, p->prog, str, min, max, out);
}

static int strtoul_or_err(struct ping *p, const char *str, unsigned long max, unsigned long *out)
{
	char *end = NULL;
	unsigned long num;
	int e = 0;

	errno = 0;
	if (*str) {
		num = strtoul(str, &end, 10);
		e = errno;
		if (!e && end != str && !*end) {
			if (max < num)
				return ping_fatal(p, 1, 0, "invalid argument: '%s': out of range: %lu <= value <= %lu",
						  str, 0UL, max);
			*out = num;
			return -1;
		}
	}
	return ping_fatal(p, 1, e, "invalid argument: '%s'", str);
}

/*
 * ping_strtod: trailing garbage is only warned about; an empty argument fails
 * with whatever errno iputils has left over by then (ENOENT on Debian 12).
 */
static int ping_strtod(struct ping *p, const char *str, const char *what, double *out)
{
	char *end = NULL;
	double num;

	if (!*str)
		return ping_fatal(p, 2, ENOENT, "%s: %s", what, str);
	errno = 0;
	num = strtod(str, &end);
	if (errno || str == end || *end) {
		ping_error(p, 0, "option argument contains garbage: %s", end);
		ping_error(p, 0, "this will become fatal error in the future");
	}
	if (fpclassify(num) != FP_NORMAL && fpclassify(num) != FP_ZERO)
		return ping_fatal(p, 2, ERANGE, "%s: %s", what, str);
	*out = num;
	return -1;
}

/* parsetos (-Q): hex with 0x, else decimal, at most 255 (a negative one is refused). */
static int parse_tos(struct ping *p, const char *str)
{
	bool hex = str[0] == '0' && (str[1] == 'x' || str[1] == 'X');
	char *ep;
	int tos = (int)strtol(hex ? str + 2 : str, &ep, hex ? 16 : 10);

	if (*ep)
		return ping_fatal(p, 2, 0, "bad TOS value: %s", str);
	if (tos > 255)
		return ping_fatal(p, 2, 0, "the decimal value of TOS bits must be in range 0-255: %d", tos);
	p->tos = tos;
	return -1;
}

/* parseflow (-F): hex with 0x, else decimal, 20 bits, through iputils' int cast. */
static int check_flow(struct ping *p, const char *str)
{
	bool hex = str[0] == '0' && (str[1] == 'x' || str[1] == 'X');
	char *ep;
	unsigned long val = (unsigned long)(long)(int)strtoul(hex ? str + 2 : str, &ep, hex ? 16 : 10);

	if (*ep)
		return ping_fatal(p, 2, 0, "bad value for flowinfo: %s", str);
	if (val & ~0xfffffUL)
		return ping_fatal(p, 2, 0, "flow value is greater than 20 bits: %s", str);
	return -1;
}

static const char ni_help_text[] =
	"ping -6 -N <nodeinfo opt>\n"
	"Help:\n"
	"  help\n"
	"Query:\n"
	"  name\n"
	"  ipv6\n"
	"  ipv6-all\n"
	"  ipv6-compatible\n"
	"  ipv6-global\n"
	"  ipv6-linklocal\n"
	"  ipv6-sitelocal\n"
	"  ipv4\n"
	"  ipv4-all\n"
	"Subject:\n"
	"  subject-ipv6=addr\n"
	"  subject-ipv4=addr\n"
	"  subject-name=name\n"
	"  subject-fqdn=name\n";

/* -N: "help" prints the list (status 0), an unknown word prints it on stderr (2), queries are refused. */
static int check_nodeinfo(struct ping *p, struct ping_cmdline *cl, const char *arg)
{
	static const char *const plain[] = {
		"name", "fqdn", "ipv6", "ipv6-all", "ipv6-compatible", "ipv6-linklocal",
		"ipv6-sitelocal", "ipv6-global", "ipv4", "ipv4-all",
	};
	static const char *const with_arg[] = { "subject-ipv6=", "subject-ipv4=", "subject-name=", "subject-fqdn=" };

	if (!strcmp(arg, "help")) {
		fputs(ni_help_text, p->task.out);
		return 0;
	}
	for (size_t i = 0; i < sizeof(plain) / sizeof(plain[0]); i++)
		if (!strcmp(arg, plain[i]))
			goto query;
	for (size_t i = 0; i < sizeof(with_arg) / sizeof(with_arg[0]); i++)
		if (!strncmp(arg, with_arg[i], strlen(with_arg[i])))
			goto query;
	ping_stderr_raw(p, ni_help_text);
	return 2;
query:
	cmdline_unmodelled(cl, 'N');
	return -1;
}

/* fill()'s check of -p: hex digits only, up to 16 bytes read two digits at a time. */
static int parse_pattern(struct ping *p, const char *pat)
{
	int n = 0;

	for (const char *c = pat; *c; c++)
		if (!isxdigit((unsigned char)*c))
			return ping_fatal(p, 2, 0, "patterns must be specified as hex digits: %s", c);
	for (const char *c = pat; *c && n < 16; n++) {
		char two[3] = { c[0], c[1] ? c[1] : 0, 0 };

		p->pattern[n] = (uint8_t)strtoul(two, NULL, 16);
		c += c[1] ? 2 : 1;
	}
	p->pattern_len = n ? n : -1;
	return -1;
}

/* -I: an IPv6 address (with %DEV), an IPv4 address, or a device name. */
static int parse_source(struct ping *p, const char *arg)
{
	if (strchr(arg, ':')) {
		const char *pct = strchr(arg, '%');
		char *addr = vl_strndup(arg, pct ? (size_t)(pct - arg) : strlen(arg));
		bool ok = ip_get_ipv6(p->source6, addr) == 0;

		free(addr);
		if (pct) {
			free(p->device);
			p->device = vl_strdup(pct + 1);
		}
		if (!ok)
			return ping_fatal(p, 2, 0, "invalid source address: %s", arg);
		p->strictsource = true;
	} else if (hosts_inet_pton4(arg, &p->source)) {
		p->strictsource = true;
	} else {
		free(p->device);
		p->device = vl_strdup(arg);
	}
	return -1;
}

static int parse_family(struct ping *p, int family)
{
	if (p->hint_family && p->hint_family != family)
		return ping_fatal(p, 2, 0, "only one -4 or -6 option may be specified");
	p->hint_family = family;
	return -1;
}

static int parse_interval(struct ping *p, const char *arg)
{
	double v;
	int st = ping_strtod(p, arg, "bad timing interval", &v);

	if (st >= 0)
		return st;
	if (isgreater(v, (double)INT_MAX / 1000))
		return ping_fatal(p, 2, 0, "bad timing interval: %s", arg);
	p->interval = v * 1000 <= INT_MIN ? INT_MIN : (int)(v * 1000);
	p->opt_interval = true;
	return -1;
}

static int parse_linger(struct ping *p, const char *arg)
{
	double v;
	int st = ping_strtod(p, arg, "bad linger time", &v);

	if (st >= 0)
		return st;
	if (isless(v, 0) || isgreater(v, (double)INT_MAX / 1000))
		return ping_fatal(p, 2, 0, "bad linger time: %s", arg);
	p->lingertime = (int)(v * 1000);
	return -1;
}

static int parse_pmtudisc(struct ping *p, const char *arg)
{
	if (!strcmp(arg, "do"))
		p->pmtudisc = PMTUDISC_DO;
	else if (!strcmp(arg, "dont"))
		p->pmtudisc = PMTUDISC_DONT;
	else if (!strcmp(arg, "want"))
		p->pmtudisc = PMTUDISC_WANT;
	else
		return ping_fatal(p, 2, 0, "invalid -M argument: %s", arg);
	return -1;
}

static int parse_timestamp(struct ping *p, struct ping_cmdline *cl, const char *arg)
{
	if (cl->rroute)
		return ping_fatal(p, 2, 0, "only one of -T or -R may be used");
	cl->timestamp = true;
	if (strcmp(arg, "tsonly") && strcmp(arg, "tsandaddr") && strcmp(arg, "tsprespec"))
		return ping_fatal(p, 2, 0, "invalid timestamp type: %s", arg);
	cmdline_unmodelled(cl, 'T');
	return -1;
}

/* The options that are flags: modelled ones set a field, the others are remembered for refusal. */
static int parse_flag(struct ping *p, struct ping_cmdline *cl, char opt)
{
	switch (opt) {
	case '4':
		return parse_family(p, 4);
	case '6':
		return parse_family(p, 6);
	case 'b': p->broadcast_pings = true; break;
	case 'a': p->audible = true; break;
	case 'A': p->adaptive = true; break;
	case 'B': p->strictsource = true; break;
	case 'D': p->ptimeofday = true; break;
	case 'f': p->flood = p->numeric = true; break;
	case 'n': p->numeric = true; break;
	case 'O': p->outstanding = true; break;
	case 'q': p->quiet = true; break;
	case 'U': p->latency = true; break;
	case 'v': p->verbose = true; break;
	case 'd': break;  /* SO_DEBUG: Linux does nothing with it on a raw socket */
	case 'R':
		if (cl->timestamp)
			return ping_fatal(p, 2, 0, "only one of -T or -R may be used");
		cl->rroute = true;
		cmdline_unmodelled(cl, 'R');
		break;
	case 'V':
		fputs("ping from iputils 20221126\n"
		      "libcap: yes, IDN: yes, NLS: no, error.h: yes, getrandom(): yes, __fpending(): yes\n",
		      p->task.out);
		return 0;
	case 'r': p->dontroute = true; break;
	case 'C': case 'L':
		cmdline_unmodelled(cl, opt);
		break;
	default: /* -h, -? */
		return ping_usage(p);
	}
	return -1;
}

/* The options with an argument. */
static int parse_valued(struct ping *p, struct ping_cmdline *cl, char opt, const char *arg)
{
	unsigned long ul;
	long l;
	int st = -1;

	switch (opt) {
	case 'c': st = strtol_or_err(p, arg, 1, LONG_MAX, &p->npackets); break;
	case 's': st = strtol_or_err(p, arg, 0, INT_MAX, &p->datalen); break;
	case 'w':
		if ((st = strtol_or_err(p, arg, 0, INT_MAX, &l)) < 0)
			p->deadline = (int)l;
		break;
	case 't':
		if ((st = strtol_or_err(p, arg, 0, 255, &l)) < 0) {
			p->ttl = (int)l;
			p->opt_ttl = true;
		}
		break;
	case 'l':
		if ((st = strtol_or_err(p, arg, 1, MAX_DUP_CHK, &l)) < 0)
			p->preload = (int)l;
		break;
	case 'e':
		if ((st = strtoul_or_err(p, arg, IDENTIFIER_MAX, &ul)) < 0)
			p->ident = (int)ul;
		break;
	case 'S':
		if ((st = strtol_or_err(p, arg, 1, INT_MAX, &l)) < 0)
			cmdline_unmodelled(cl, 'S');
		break;
	case 'm':
		if ((st = strtoul_or_err(p, arg, UINT_MAX, &ul)) < 0)
			p->mark = (uint32_t)ul;
		break;
	case 'Q': st = parse_tos(p, arg); break;
	case 'F':
		if ((st = check_flow(p, arg)) < 0)
			cmdline_unmodelled(cl, 'F');
		break;
	case 'i': st = parse_interval(p, arg); break;
	case 'W': st = parse_linger(p, arg); break;
	case 'I': st = parse_source(p, arg); break;
	case 'M': st = parse_pmtudisc(p, arg); break;
	case 'T': st = parse_timestamp(p, cl, arg); break;
	case 'N': st = check_nodeinfo(p, cl, arg); break;
	case 'p':
		p->pingfilled = true;
		cl->pattern = arg;
		break;
	default:
		break;
	}
	return st;
}

static void add_operand(struct ping *p, const char *arg)
{
	free(p->target);
	p->target = vl_strdup(arg);
	p->ndests++;
}

/* GNU getopt, permuting: options anywhere, "--" ends them, a lone "-" is an operand. */
static int parse_args(struct ping *p, struct ping_cmdline *cl, int argc, char **argv)
{
	bool operands_only = false;

	for (int i = 1; i < argc; i++) {
		if (operands_only || argv[i][0] != '-' || !argv[i][1]) {
			add_operand(p, argv[i]);
			continue;
		}
		if (!strcmp(argv[i], "--")) {
			operands_only = true;
			continue;
		}
		for (const char *o = argv[i] + 1; *o; o++) {
			const char *spec = *o == ':' ? NULL : strchr(ping_optstring, *o);
			const char *arg = NULL;
			int st;

			if (!spec) {
				fprintf(p->task.err, "%s: invalid option -- '%c'\n", p->prog, *o);
				return ping_usage(p);
			}
			if (spec[1] == ':') {
				arg = o[1] ? o + 1 : i + 1 < argc ? argv[++i] : NULL;
				if (!arg) {
					fprintf(p->task.err, "%s: option requires an argument -- '%c'\n", p->prog, *o);
					return ping_usage(p);
				}
			}
			st = arg ? parse_valued(p, cl, *o, arg) : parse_flag(p, cl, *o);
			if (st >= 0)
				return st;
			if (arg)
				break;
		}
	}
	return -1;
}

/* After the checks the real ping makes first: what vethlab does not model is refused. */
static int refuse_unmodelled(struct ping *p, const struct ping_cmdline *cl)
{
	char what[64];

	if (cl->unmodelled) {
		snprintf(what, sizeof(what), "option -%c", cl->unmodelled);
		return ping_refuse(p, what);
	}
	if (p->interval < 0)
		return ping_refuse(p, "option -i with a negative interval");
	if (p->tos < 0)
		return ping_refuse(p, "option -Q with a negative value");
	/*
	 * Linux answers over veth and lo within the sending syscall, so a
	 * preloaded burst finds every reply queued, and ping drains them all
	 * before it sends again; vethlab's replies take hop time. The two only
	 * part when ping sends the moment a reply is read: with no interval.
	 */
	if (p->preload > 1 && (p->adaptive || (p->flood && !p->opt_interval) || (p->opt_interval && !p->interval)))
		return ping_refuse(p, "option -l with -f, -A or -i 0");
	return -1;
}

/* ---- Starting: the tail of main() ----------------------------------------------------------- */

static void print_pattern(struct ping *p)
{
	fputs("PATTERN: 0x", p->task.out);
	for (int i = 0; i < p->pattern_len; i++)
		fprintf(p->task.out, "%02x", p->pattern[i]);
	fputc('\n', p->task.out);
}

/* -v: the two sockets main() opened (raw ones: a netns' ping_group_range admits no one). */
static void print_sockets(struct ping *p)
{
	static const char *const fam[] = { "AF_UNSPEC", "", "", "", "AF_INET", "", "AF_INET6" };
	int fd4 = p->hint_family != 6 ? 3 : -1;
	int fd6 = p->hint_family != 4 ? fd4 + (fd4 < 0 ? 4 : 1) : -1;

	ping_error(p, 0, "sock4.fd: %d (socktype: %s), sock6.fd: %d (socktype: %s), hints.ai_family: %s\n", fd4,
		   fd4 < 0 ? "0" : "SOCK_RAW", fd6, fd6 < 0 ? "0" : "SOCK_RAW", fam[p->hint_family]);
}

/* The getaddrinfo loop of main(): each answer of the right family in turn, until one runs. */
static int ping_start(struct ping *p)
{
	struct ping_dest d[PING_MAX_DEST];
	char canon[256];
	int n, st = 2;

	if (p->pingfilled && !p->quiet)
		print_pattern(p);
	if (!p->ident && p->verbose)
		ping_error(p, 0, "WARNING: ident 0 => forcing raw socket");
	if (p->verbose)
		print_sockets(p);
	n = ping_getaddrinfo(p, p->target, d, canon, sizeof(canon));
	if (n == PING_DNS)
		return ping_fatal(p, 2, 0, "%s: name lookup through DNS is not supported by vethlab", p->target);
	if (n < 0)
		return ping_fatal(p, 2, 0, "%s: Name or service not known", p->target);
	for (int i = 0; i < n; i++) {
		uint32_t a;
		bool numeric = d[i].family == 4 ? hosts_inet_aton_exact(p->target, &a) : strchr(p->target, ':') != NULL;

		if (p->verbose)
			fprintf(p->task.out, "ai->ai_family: %s, ai->ai_canonname: '%s'\n",
				d[i].family == 4 ? "AF_INET" : "AF_INET6", i ? "" : canon);
		if (p->hint_family && p->hint_family != d[i].family) {
			if (i == n - 1)
				return ping_fatal(p, 2, 0, "%s: Address family for hostname not supported", p->target);
			continue;
		}
		free(p->hostname);
		/* A second answer has no canonical name: iputils then prints an empty one. */
		p->hostname = vl_strdup(numeric || d[i].family == 6 ? p->target : i ? "" : canon);
		p->numeric |= numeric && (d[i].family == 6 || p->ndests == 1);
		st = d[i].family == 4 ? ping4_run(p, &d[i], i < n - 1) : ping6_run(p, &d[i], i < n - 1);
		if (st != PING_RUN_NEXT)
			break;
	}
	return st;
}

static void on_start(struct vl_timer *t)
{
	struct ping *p = vl_container_of(t, struct ping, start_timer);
	int st;

	if ((p->hint_family != 6 && sock_gone(p->sock4)) || (p->hint_family != 4 && sock_gone(p->sock6))) {
		ping_end(p, ping_refuse(p, "a namespace deleted before ping started"));
		return;
	}
	st = ping_start(p);
	if (st >= 0)
		ping_end(p, st);
}

/* main() opens both sockets unless -4 or -6 (or ping6) says which. */
static void ping_open_sockets(struct ping *p)
{
	p->sndbuf = vl_malloc(PING_PACKET_MAX);
	p->rcvbuf = vl_malloc(PING_PACKET_MAX);
	/* socket(AF_INET, SOCK_RAW, IPPROTO_ICMP): vethlab's root may always open one. */
	if (p->hint_family != 6 && !sock_create(p->net, AF_INET, SOCK_RAW, IPPROTO_ICMP, &p->sock4))
		sock_set_data_ready(p->sock4, ping4_data_ready, p);
	if (p->hint_family != 4)
		ping6_open(p);
}

static struct ping *ping_new(struct vl_cmd_ctx *c, const char *argv0)
{
	struct ping *p = vl_calloc(1, sizeof(*p));
	size_t len = strlen(argv0);

	p->net = c->net;
	p->task.world = c->world;
	p->task.out = c->out;
	p->task.err = c->err;
	p->task.ops = &ping_task_ops;
	/* error() and getopt name the program by argv[0]; a name ending in 4 or 6 picks the family. */
	p->prog = vl_strdup(argv0);
	if (len && argv0[len - 1] == '4')
		p->hint_family = 4;
	else if (len && argv0[len - 1] == '6')
		p->hint_family = 6;
	p->interval = 1000;
	p->preload = 1;
	p->lingertime = MAXWAIT * 1000;
	p->datalen = 56;
	p->ttl = 64;
	p->ident = -1;
	p->pmtudisc = PMTUDISC_UNSET;
	p->tmin = LONG_MAX;
	p->pipesize = -1;
	vl_timer_init(&p->start_timer, on_start);
	vl_timer_init(&p->wake_timer, on_wake);
	vl_timer_init(&p->exit_timer, on_alarm);
	vl_timer_init(&p->deadline_timer, on_deadline);
	return p;
}

/*
 * The command line is checked at once; the rest of main() (the pattern line,
 * name lookup, the probe, the PING line) runs as the task's first event, so
 * that its stdout and stderr interleave as iputils' do.
 */
int tool_ping(struct vl_cmd_ctx *c, int argc, char **argv)
{
	struct ping *p = ping_new(c, argv[0]);
	struct ping_cmdline cl = { 0 };
	int st = parse_args(p, &cl, argc, argv);

	if (st < 0 && !p->ndests)
		st = ping_fatal(p, 1, EDESTADDRREQ, "usage error");
	if (st < 0 && cl.pattern)
		st = parse_pattern(p, cl.pattern);
	if (st < 0)
		st = refuse_unmodelled(p, &cl);
	if (st >= 0) {
		ping_free(&p->task);
		return st;
	}
	ping_open_sockets(p);
	/* A ping that no count, deadline or linger time ends runs until interrupted. */
	p->task.unbounded = (!p->npackets || !p->lingertime) && !p->deadline;
	sys_timer_arm(c->world, &p->start_timer, sys_now(c->world));
	c->task = &p->task;
	return VL_CMD_ASYNC;
}

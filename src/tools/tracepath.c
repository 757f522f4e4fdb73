/*
 * tracepath.c: iputils' tracepath (20221126) for IPv4: UDP probes with a
 * rising TTL from one socket with IP_RECVERR, each hop named by the ICMP
 * error its probe brings back (time exceeded, then port unreachable at the
 * target), the path MTU from the local EMSGSIZE error, on virtual time.
 * Like the real one it waits up to a second for each probe's answer.
 */
#include <endian.h>
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "../ctl/sys.h"
#include "../net/socket.h"
#include "../uapi/errqueue.h"
#include "../uapi/icmp.h"
#include "../uapi/in.h"
#include "getopt_gnu.h"
#include "hosts.h"
#include "iputils.h"
#include "tools.h"

enum {
	MAX_PROBES = 10,
	MAX_HOPS_DEFAULT = 30,
	MAX_HOPS_LIMIT = 255,
	HOST_COLUMN_SIZE = 52,
	HIS_ARRAY_SIZE = 64,
	DEFAULT_OVERHEAD_IPV4 = 28,
	DEFAULT_MTU_IPV4 = 65535,
	DEFAULT_BASEPORT = 44444,
	ANCILLARY_DATA_LEN = 512,
	PROBEHDR_LEN = 24,          /* struct probehdr: the TTL, then a struct timespec at 8 */
};

/*
 * CLOCK_MONOTONIC as the probes carry it: virtual time plus an uptime, so
 * that a probe sent in the world's first second does not carry tv_sec 0,
 * which tracepath takes for a router that corrupted the payload.
 */
#define TRACEPATH_UPTIME_NS (100ULL * 1000000000ULL)

struct hhistory {
	int hops;
	uint64_t sendtime;          /* ns, on the probes' clock */
};

struct tracepath {
	struct vl_task task;
	struct netns *net;
	struct socket *sock;
	struct vl_timer start_timer, wait_timer;
	char *prog;
	char *target;
	struct hhistory his[HIS_ARRAY_SIZE];
	int hisptr;
	uint32_t daddr;
	uint16_t base_port;
	int ttl;
	int max_hops;
	int mtu;
	uint8_t *pktbuf;
	int hops_to, hops_from;
	bool no_resolve, show_both;
	/* Where main()'s loops stand while a probe waits (data_wait). */
	int round;                  /* the `for (i = 0; i < 3; i++)` of main() */
	int old_mtu;
	bool waiting, exiting;
};

/* ---- Output -------------------------------------------------------------------------------- */

static void tp_error(struct tracepath *t, int errnum, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static void tp_error(struct tracepath *t, int errnum, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	iputils_verror(&t->task, t->prog, errnum, fmt, ap);
	va_end(ap);
}

static int tp_usage(struct tracepath *t)
{
	fputs("\nUsage\n"
	      "  tracepath [options] <destination>\n"
	      "\nOptions:\n"
	      "  -4             use IPv4\n"
	      "  -6             use IPv6\n"
	      "  -b             print both name and ip\n"
	      "  -l <length>    use packet <length>\n"
	      "  -m <hops>      use maximum <hops>\n"
	      "  -n             no dns name resolution\n"
	      "  -p <port>      use destination <port>\n"
	      "  -V             print version and exit\n"
	      "  <destination>  dns name or ip address\n"
	      "\nFor more details see tracepath(8).\n",
	      t->task.err);
	return 255;
}

static uint64_t probe_clock(const struct tracepath *t)
{
	return sys_now(t->task.world) + TRACEPATH_UPTIME_NS;
}

/* print_host: the first column, padded to its width. */
static void print_host(struct tracepath *t, const char *a, const char *b)
{
	FILE *f = t->task.out;
	int plen = fprintf(f, "%s", a);

	if (t->show_both)
		plen += fprintf(f, " (%s)", b);
	if (plen >= HOST_COLUMN_SIZE)
		plen = HOST_COLUMN_SIZE - 1;
	fprintf(f, "%*s", HOST_COLUMN_SIZE - plen, "");
}

/*
 * getnameinfo: the address as text, or (not NI_NUMERICHOST) the hosts
 * file's name for it; a world has no DNS server to ask, so an address the
 * file does not name fails as the resolver's timeout does: "???".
 */
static void addr_text(struct tracepath *t, uint32_t a, bool numeric, char *buf, size_t len)
{
	if (numeric || !hosts_name4(t->task.world, a, buf, len)) {
		if (numeric)
			snprintf(buf, len, "%u.%u.%u.%u", a >> 24, (a >> 16) & 255, (a >> 8) & 255, a & 255);
		else
			snprintf(buf, len, "???");
	}
}

/* ---- The end ------------------------------------------------------------------------------ */

static void tp_stop(struct tracepath *t)
{
	sys_timer_cancel(t->task.world, &t->start_timer);
	sys_timer_cancel(t->task.world, &t->wait_timer);
	sock_release(t->sock);
	t->sock = NULL;
	t->waiting = false;
}

static void tp_end(struct tracepath *t, int status)
{
	if (t->exiting)
		return;
	t->exiting = true;
	tp_stop(t);
	vl_task_done(&t->task, status);
}

/* done: the Resume line, and exit(0). */
static void tp_done(struct tracepath *t)
{
	FILE *f = t->task.out;

	fprintf(f, "     Resume: pmtu %d ", t->mtu);
	if (t->hops_to >= 0)
		fprintf(f, "hops %d ", t->hops_to);
	if (t->hops_from >= 0)
		fprintf(f, "back %d ", t->hops_from);
	fputc('\n', f);
	tp_end(t, 0);
}

/* ---- recverr: the error queue ----------------------------------------------------------- */

/* What one error queue entry carries. */
struct tp_err {
	struct sock_extended_err ee;
	uint32_t offender;
	bool has_ee, has_offender;
	int rethops;
};

static void read_cmsgs(struct tracepath *t, struct msghdr *msg, struct tp_err *e)
{
	for (struct cmsghdr *cm = CMSG_FIRSTHDR(msg); cm; cm = CMSG_NXTHDR(msg, cm)) {
		if (cm->cmsg_level != SOL_IP)
			continue;
		if (cm->cmsg_type == IP_RECVERR) {
			struct sockaddr_in off;

			memcpy(&e->ee, CMSG_DATA(cm), sizeof(e->ee));
			memcpy(&off, CMSG_DATA(cm) + sizeof(e->ee), sizeof(off));
			e->has_ee = true;
			e->has_offender = off.sin_family == AF_INET;
			e->offender = be32toh(off.sin_addr.s_addr);
		} else if (cm->cmsg_type == IP_TTL) {
			int ttl;

			memcpy(&ttl, CMSG_DATA(cm), sizeof(ttl));
			e->rethops = (uint8_t)ttl;
		} else {
			fprintf(t->task.out, "cmsg4:%d\n ", cm->cmsg_type);
		}
	}
}

/* The hop column: "N:  " for a probe we know, "N?: " otherwise, then the host. */
static void print_hop(struct tracepath *t, const struct tp_err *e, int sndhops)
{
	char abuf[64] = "", hbuf[256] = "";

	if (sndhops > 0)
		fprintf(t->task.out, "%2d:  ", sndhops);
	else
		fprintf(t->task.out, "%2d?: ", t->ttl);
	if (t->no_resolve || t->show_both) {
		if (e->has_offender)
			addr_text(t, e->offender, true, abuf, sizeof(abuf));
		else
			snprintf(abuf, sizeof(abuf), "???");
	}
	if (!t->no_resolve || t->show_both) {
		vl_task_flush_out(&t->task);
		if (e->has_offender)
			addr_text(t, e->offender, false, hbuf, sizeof(hbuf));
		else
			snprintf(hbuf, sizeof(hbuf), "???");
	}
	if (t->no_resolve)
		print_host(t, abuf, hbuf);
	else
		print_host(t, hbuf, abuf);
}

/* What the entry's errno means: 1 to read on, 0 when the path ended (reached or refused). */
static int report_errno(struct tracepath *t, const struct tp_err *e, int sndhops, int rethops, int *progress)
{
	FILE *f = t->task.out;

	switch (e->ee.ee_errno) {
	case ETIMEDOUT:
		fputc('\n', f);
		return 1;
	case EMSGSIZE:
		fprintf(f, "pmtu %u\n", e->ee.ee_info);
		t->mtu = (int)e->ee.ee_info;
		*progress = t->mtu;
		return 1;
	case ECONNREFUSED:
		fputs("reached\n", f);
		t->hops_to = sndhops < 0 ? t->ttl : sndhops;
		t->hops_from = rethops;
		return 0;
	case EPROTO:
		fputs("!P\n", f);
		return 0;
	case EHOSTUNREACH:
		if (e->ee.ee_origin == SO_EE_ORIGIN_ICMP && e->ee.ee_type == ICMP_TIME_EXCEEDED &&
		    e->ee.ee_code == ICMP_EXC_TTL) {
			if (rethops >= 0) {
				if (sndhops >= 0 && rethops != sndhops)
					fprintf(f, "asymm %2d ", rethops);
				if (sndhops < 0 && rethops != t->ttl)
					fprintf(f, "asymm %2d ", rethops);
			}
			fputc('\n', f);
			return 1;
		}
		fputs("!H\n", f);
		return 0;
	case ENETUNREACH:
		fputs("!N\n", f);
		return 0;
	case EACCES:
		fputs("!A\n", f);
		return 0;
	default:
		fputc('\n', f);
		tp_error(t, (int)e->ee.ee_errno, "NET ERROR");
		return 0;
	}
}

/* recverr: every queued error, one line each; -1 when none came, 0 when done, else the MTU. */
static int recverr(struct tracepath *t)
{
	int progress = -1;

	for (;;) {
		uint8_t rcvbuf[PROBEHDR_LEN], cbuf[ANCILLARY_DATA_LEN];
		struct sockaddr_in addr;
		struct iovec iov = { .iov_base = rcvbuf, .iov_len = sizeof(rcvbuf) };
		struct msghdr msg = { .msg_name = &addr, .msg_namelen = sizeof(addr), .msg_iov = &iov, .msg_iovlen = 1,
				      .msg_control = cbuf, .msg_controllen = sizeof(cbuf) };
		struct tp_err e = { .rethops = -1 };
		uint64_t now = probe_clock(t), retts = 0;
		bool have_ts = false, broken_router = false;
		int n, slot, sndhops = -1, rethops;

		memset(rcvbuf, 0xff, sizeof(rcvbuf));
		memset(&addr, 0, sizeof(addr));
		n = t->sock ? sock_recvmsg(t->sock, &msg, MSG_ERRQUEUE) : -EAGAIN;
		if (n == -EAGAIN)
			return progress;
		if (n < 0)
			continue;
		progress = t->mtu;
		slot = be16toh(addr.sin_port) - t->base_port;
		if (slot >= 0 && slot < HIS_ARRAY_SIZE - 1 && t->his[slot].hops) {
			sndhops = t->his[slot].hops;
			retts = t->his[slot].sendtime;
			have_ts = true;
			t->his[slot].hops = 0;
		}
		if (n == PROBEHDR_LEN) {
			uint32_t ttl;
			int64_t sec, nsec;

			memcpy(&ttl, rcvbuf, 4);
			memcpy(&sec, rcvbuf + 8, 8);
			memcpy(&nsec, rcvbuf + 16, 8);
			if (ttl == 0 || sec == 0) {
				broken_router = true;
			} else {
				sndhops = (int)ttl;
				retts = (uint64_t)sec * 1000000000ULL + (uint64_t)nsec;
				have_ts = true;
			}
		}
		read_cmsgs(t, &msg, &e);
		if (!e.has_ee) {
			fputs("no info\n", t->task.out);
			return 0;
		}
		if (e.ee.ee_origin == SO_EE_ORIGIN_LOCAL)
			fprintf(t->task.out, "%2d?: %-32s ", t->ttl, "[LOCALHOST]");
		else if (e.ee.ee_origin == SO_EE_ORIGIN_ICMP)
			print_hop(t, &e, sndhops);
		if (have_ts) {
			/* timespecsub of the probes' clock: whole ms, then the µs within. */
			int64_t d = (int64_t)(now - retts);
			long sec = (long)(d / 1000000000LL), nsec = (long)(d % 1000000000LL);

			if (nsec < 0) {
				sec--;
				nsec += 1000000000L;
			}
			fprintf(t->task.out, "%3ld.%03ldms ", sec * 1000 + nsec / 1000000, (nsec % 1000000) / 1000);
			if (broken_router)
				fputs("(This broken router returned corrupted payload) ", t->task.out);
		}
		rethops = e.rethops;
		if (rethops <= 64)
			rethops = 65 - rethops;
		else if (rethops <= 128)
			rethops = 129 - rethops;
		else
			rethops = 256 - rethops;
		if (!report_errno(t, &e, sndhops, rethops, &progress))
			return 0;
	}
}

/* ---- probe_ttl ------------------------------------------------------------------------------ */

#define PROBE_WAITING (-2)

static void after_probe(struct tracepath *t, int res);

/* The rest of probe_ttl once data_wait returns: a reply, or the errors. */
static int probe_collect(struct tracepath *t)
{
	uint8_t b[1];
	struct iovec iov = { .iov_base = b, .iov_len = sizeof(b) };
	struct msghdr msg = { .msg_iov = &iov, .msg_iovlen = 1 };

	if (t->sock && sock_recvmsg(t->sock, &msg, MSG_DONTWAIT | MSG_TRUNC) > 0) {
		fprintf(t->task.out, "%2d?: reply received 8)\n", t->ttl);
		return 0;
	}
	return recverr(t);
}

/* vethlab frees a deleted namespace (Linux keeps it while tracepath holds a socket there). */
static bool tp_netns_gone(struct tracepath *t)
{
	if (!t->sock || !(sock_poll(t->sock) & POLLHUP))
		return false;
	tp_error(t, 0, "a namespace deleted while tracepath runs is not supported by vethlab");
	tp_end(t, 2);
	return true;
}

/* data_wait: select() for a second on the socket. */
static void on_wait_over(struct tracepath *t)
{
	if (!t->waiting || t->exiting)
		return;
	t->waiting = false;
	sys_timer_cancel(t->task.world, &t->wait_timer);
	if (!tp_netns_gone(t))
		after_probe(t, probe_collect(t));
}

static void on_wait_timer(struct vl_timer *tm)
{
	on_wait_over(vl_container_of(tm, struct tracepath, wait_timer));
}

static void tp_data_ready(struct socket *sock, void *data)
{
	struct tracepath *t = data;

	(void)sock;
	if (t->sock && (sock_poll(t->sock) & (POLLIN | POLLERR | POLLHUP)))
		on_wait_over(t);
}

/* One sendto of the probe: its length, or a negative errno. */
static int send_probe(struct tracepath *t)
{
	struct sockaddr_in to = { .sin_family = AF_INET, .sin_addr.s_addr = htobe32(t->daddr),
				  .sin_port = htobe16((uint16_t)(t->base_port + t->hisptr)) };
	struct iovec iov = { .iov_base = t->pktbuf, .iov_len = (size_t)(t->mtu - DEFAULT_OVERHEAD_IPV4) };
	struct msghdr msg = { .msg_name = &to, .msg_namelen = sizeof(to), .msg_iov = &iov, .msg_iovlen = 1 };
	uint64_t ts = probe_clock(t);
	uint32_t ttl = (uint32_t)t->ttl;
	int64_t sec = (int64_t)(ts / 1000000000ULL), nsec = (int64_t)(ts % 1000000000ULL);

	memcpy(t->pktbuf, &ttl, 4);
	memcpy(t->pktbuf + 8, &sec, 8);
	memcpy(t->pktbuf + 16, &nsec, 8);
	t->his[t->hisptr].hops = t->ttl;
	t->his[t->hisptr].sendtime = ts;
	return t->sock ? sock_sendmsg(t->sock, &msg) : -ENETDOWN;
}

/* probe_ttl up to data_wait: PROBE_WAITING, or its result when it ends at once. */
static int probe_ttl(struct tracepath *t)
{
	int i, res;

	memset(t->pktbuf, 0, (size_t)t->mtu);
restart:
	for (i = 0; i < MAX_PROBES; i++) {
		if (send_probe(t) > 0)
			break;
		res = recverr(t);
		t->his[t->hisptr].hops = 0;
		if (res == 0)
			return 0;
		if (res > 0)
			goto restart;
	}
	t->hisptr = (t->hisptr + 1) & (HIS_ARRAY_SIZE - 1);
	if (i < MAX_PROBES) {
		if (t->sock && (sock_poll(t->sock) & (POLLIN | POLLERR)))
			return probe_collect(t);
		t->waiting = true;
		sys_timer_arm(t->task.world, &t->wait_timer, sys_now(t->task.world) + 1000000000ULL);
		return PROBE_WAITING;
	}
	fprintf(t->task.out, "%2d:  send failed\n", t->ttl);
	return 0;
}

/* ---- main()'s loops -------------------------------------------------------------------- */

/* The top of one TTL: IP_TTL, then the first of its rounds. false when the hops ran out. */
static bool start_ttl(struct tracepath *t)
{
	int on = t->ttl;
	int err;

	if (t->ttl > t->max_hops) {
		fprintf(t->task.out, "     Too many hops: pmtu %d\n", t->mtu);
		tp_done(t);
		return false;
	}
	err = t->sock ? sock_setsockopt(t->sock, SOL_IP, IP_TTL, &on, sizeof(on)) : -ENETDOWN;
	if (err) {
		tp_error(t, -err, "IP_TTL");
		tp_end(t, 1);
		return false;
	}
	t->round = 0;
	return true;
}

/*
 * Runs main()'s loops from a probe's result until the next probe waits or
 * the run ends: `restart` when the MTU changed, `done` at 0, the next TTL
 * on progress, another round (at most three, then "no reply") on none.
 */
static void after_probe(struct tracepath *t, int res)
{
	while (res != PROBE_WAITING && !t->exiting) {
		if (t->mtu != t->old_mtu) {
			t->round = 0;
		} else if (res == 0) {
			tp_done(t);
			return;
		} else if (res > 0 || ++t->round >= 3) {
			if (res < 0)
				fprintf(t->task.out, "%2d:  no reply\n", t->ttl);
			t->ttl++;
			if (!start_ttl(t))
				return;
		}
		t->old_mtu = t->mtu;
		res = probe_ttl(t);
	}
}

/* ---- Setup ------------------------------------------------------------------------------- */

/* The socket options main() sets for IPv4: DF always, errors queued, their TTL. -1 or a status. */
static int tp_sockopts(struct tracepath *t)
{
	static const struct { int opt; const char *name; } opts[] = {
		{ IP_MTU_DISCOVER, "IP_MTU_DISCOVER" }, { IP_RECVERR, "IP_RECVERR" }, { IP_RECVTTL, "IP_RECVTTL" },
	};

	for (size_t i = 0; i < sizeof(opts) / sizeof(opts[0]); i++) {
		int on = opts[i].opt == IP_MTU_DISCOVER ? IP_PMTUDISC_DO : 1;
		int err = sock_setsockopt(t->sock, SOL_IP, opts[i].opt, &on, sizeof(on));

		if (err) {
			tp_error(t, -err, "%s", opts[i].name);
			return 1;
		}
	}
	return -1;
}

static int tp_setup(struct tracepath *t)
{
	int err, st;

	if (t->mtu <= DEFAULT_OVERHEAD_IPV4 && t->mtu) {
		tp_error(t, 0, "pktlen must be within: %d < value <= %d", DEFAULT_OVERHEAD_IPV4, INT_MAX);
		return 1;
	}
	err = sock_create(t->net, AF_INET, SOCK_DGRAM, IPPROTO_UDP, &t->sock);
	if (err) {
		tp_error(t, -err, "socket/connect");
		return 1;
	}
	sock_set_data_ready(t->sock, tp_data_ready, t);
	if (!t->mtu)
		t->mtu = DEFAULT_MTU_IPV4;
	st = tp_sockopts(t);
	if (st >= 0)
		return st;
	t->pktbuf = vl_calloc(1, (size_t)t->mtu);
	t->ttl = 1;
	if (!start_ttl(t))
		return -1;
	t->old_mtu = t->mtu;
	after_probe(t, probe_ttl(t));
	return -1;
}

static void on_start(struct vl_timer *tm)
{
	struct tracepath *t = vl_container_of(tm, struct tracepath, start_timer);
	int st = tp_setup(t);

	if (st >= 0)
		tp_end(t, st);
}

static void tp_kill(struct vl_task *task, int sig)
{
	struct tracepath *t = vl_container_of(task, struct tracepath, task);

	/* tracepath catches no signal. */
	tp_end(t, 128 + sig);
}

static void tp_free(struct vl_task *task)
{
	struct tracepath *t = vl_container_of(task, struct tracepath, task);

	tp_stop(t);
	free(t->prog);
	free(t->target);
	free(t->pktbuf);
	free(t);
}

static const struct vl_task_ops tp_task_ops = {
	.kill = tp_kill,
	.free = tp_free,
};

/* ---- Options ------------------------------------------------------------------------------ */

static int strtol_or_err(struct tracepath *t, const char *str, long min, long max, long *out)
{
	return iputils_strtol_or_err(&t->task, t->prog, str, min, max, out);
}

/* One option of getopt's loop ("46nbh?l:m:p:V"): -1 to go on, else the exit status. */
static int parse_opt(struct tracepath *t, int ch, const char *arg, int *family)
{
	long v;
	int st = -1;

	switch (ch) {
	case '4':
	case '6':
		if (*family && *family != ch - '0') {
			tp_error(t, 0, "Only one -4 or -6 option may be specified");
			return 2;
		}
		*family = ch - '0';
		break;
	case 'n':
		t->no_resolve = true;
		break;
	case 'b':
		t->show_both = true;
		break;
	case 'l':
		st = strtol_or_err(t, arg, 0, INT_MAX, &v);
		t->mtu = st < 0 ? (int)v : t->mtu;
		break;
	case 'm':
		st = strtol_or_err(t, arg, 0, MAX_HOPS_LIMIT, &v);
		t->max_hops = st < 0 ? (int)v : t->max_hops;
		break;
	case 'p':
		st = strtol_or_err(t, arg, 0, UINT16_MAX, &v);
		t->base_port = st < 0 ? (uint16_t)v : t->base_port;
		break;
	case 'V':
		fputs("tracepath from iputils 20221126\n"
		      "libcap: yes, IDN: yes, NLS: no, error.h: yes, getrandom(): yes, __fpending(): yes\n",
		      t->task.out);
		return 0;
	default:
		return tp_usage(t);
	}
	return st;
}

/* getaddrinfo(target, port): an IPv4 address or a hosts-file name. -1 or an exit status. */
static int resolve(struct tracepath *t, int family)
{
	uint32_t a;

	if (family == 6 || strchr(t->target, ':')) {
		tp_error(t, 0, "%s: IPv6 is not supported by vethlab's tracepath", t->target);
		return 2;
	}
	if (hosts_inet_aton_exact(t->target, &a) || hosts_addr4(t->task.world, t->target, &a)) {
		t->daddr = a;
		return -1;
	}
	if (hosts_dns_would_query(t->target)) {
		tp_error(t, 0, "%s: name lookup through DNS is not supported by vethlab", t->target);
		return 2;
	}
	tp_error(t, 0, "%s: Name or service not known", t->target);
	return 1;
}

/* The options, the one operand with its old "/PORT" form, and the target. -1 or an exit status. */
static int parse_args(struct tracepath *t, int argc, char **argv)
{
	struct go_parser g;
	int ch, st = -1, family = 0;
	size_t len = strlen(argv[0]);

	if (len && argv[0][len - 1] == '4')
		family = 4;
	else if (len && argv[0][len - 1] == '6')
		family = 6;
	go_init(&g, t->prog, t->task.err, argc, argv, "46nbh?l:m:p:V", NULL);
	while (st < 0 && (ch = go_next(&g)) != -1)
		st = parse_opt(t, ch, g.arg, &family);
	if (st < 0 && g.nops != 1)
		st = tp_usage(t);
	if (st < 0)
		t->target = vl_strdup(g.ops[0]);
	go_free(&g);
	if (st < 0 && !t->base_port) {
		char *p = strchr(t->target, '/');
		long v = 0;

		t->base_port = DEFAULT_BASEPORT;
		if (p) {
			*p = 0;
			st = strtol_or_err(t, p + 1, 0, UINT16_MAX, &v);
			t->base_port = (uint16_t)v;
		}
	}
	if (st < 0)
		st = resolve(t, family);
	return st;
}

int tool_tracepath(struct vl_cmd_ctx *c, int argc, char **argv)
{
	struct tracepath *t = vl_calloc(1, sizeof(*t));
	int st;

	t->net = c->net;
	t->task.world = c->world;
	t->task.out = c->out;
	t->task.err = c->err;
	t->task.ops = &tp_task_ops;
	t->prog = vl_strdup(argv[0]);
	t->max_hops = MAX_HOPS_DEFAULT;
	t->hops_to = t->hops_from = -1;
	vl_timer_init(&t->start_timer, on_start);
	vl_timer_init(&t->wait_timer, on_wait_timer);
	st = parse_args(t, argc, argv);
	if (st >= 0) {
		tp_free(&t->task);
		return st;
	}
	sys_timer_arm(c->world, &t->start_timer, sys_now(c->world));
	c->task = &t->task;
	return VL_CMD_ASYNC;
}

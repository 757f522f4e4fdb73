/*
 * traceroute.c: traceroute 2.1.2 (Dmitry Butskoy's, Debian's
 * /usr/sbin/traceroute) with its default method for IPv4: UDP probes to
 * port 33434 and up, one socket each with IP_RECVERR, up to 16 in flight,
 * each hop named by the ICMP error its probes bring back (time exceeded;
 * port unreachable at the target; !H !N !X !P !S !F... for the others),
 * printed in order as each probe is answered or its wait (-w MAX,HERE,NEAR)
 * runs out, on virtual time. Other methods, IPv6 and the options that need
 * them are refused.
 */
#include <endian.h>
#include <errno.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "../ctl/sys.h"
#include "../net/socket.h"
#include "../uapi/errqueue.h"
#include "../uapi/icmp.h"
#include "../uapi/in.h"
#include "hosts.h"
#include "tools.h"

enum {
	TR_MAX_HOPS = 255,
	TR_MAX_PROBES = 10,
	TR_MAX_PACKET_LEN = 65000,
	TR_DEF_HOPS = 30,
	TR_DEF_NUM_PROBES = 3,
	TR_DEF_SIM_PROBES = 16,
	TR_DEF_DPORT = 33434,
	TR_HDRS = 28,               /* the IPv4 header and UDP's */
	TR_DEF_DATA_LEN = 32,       /* "byte packets": 60 by default */
};

#define TR_DEF_WAIT_SECS 5.0
#define TR_DEF_HERE_FACTOR 3.0
#define TR_DEF_NEAR_FACTOR 10.0
#define TR_DEF_WAIT_PREC 0.001  /* added to a reply's time before a factor applies */

/* One probe: its socket while it waits, when it left, what answered it. */
struct tr_probe {
	struct socket *sk;
	uint64_t send_time, recv_time;  /* ns of virtual time; 0: not yet */
	uint32_t res;                  /* who answered (host order) */
	bool has_res, done, final;
	char err_str[16];
};

struct traceroute {
	struct vl_task task;
	struct netns *net;
	struct vl_timer start_timer, poll_timer, wake_timer;
	char *prog, *target, *device;
	uint32_t daddr, saddr;
	bool has_saddr, noresolve, dontroute;
	unsigned int first_hop, max_hops, probes_per_hop, sim_probes;
	unsigned int dport, tos, fwmark;
	int packet_len;
	double wait_secs, here_factor, near_factor, send_secs;
	/* do_it()'s state */
	struct tr_probe *probes;
	unsigned int num_probes, start, end, sent_hi;
	uint64_t last_send;
	uint8_t *data;
	bool waiting, exiting;
};

/* ---- The end ------------------------------------------------------------------------------ */

static void probe_close(struct tr_probe *pb)
{
	sock_release(pb->sk);
	pb->sk = NULL;
}

static void tr_stop(struct traceroute *t)
{
	sys_timer_cancel(t->task.world, &t->start_timer);
	sys_timer_cancel(t->task.world, &t->poll_timer);
	sys_timer_cancel(t->task.world, &t->wake_timer);
	for (unsigned int i = 0; t->probes && i < t->sent_hi; i++)
		probe_close(&t->probes[i]);
	t->waiting = false;
}

static void tr_end(struct traceroute *t, int status)
{
	if (t->exiting)
		return;
	t->exiting = true;
	tr_stop(t);
	vl_task_done(&t->task, status);
}

/* error(): a blank line and perror's message, exit(1). */
static void tr_error(struct traceroute *t, const char *what, int errnum)
{
	vl_task_flush_out(&t->task);
	fprintf(t->task.err, "\n%s: %s\n", what, strerror(errnum));
	tr_end(t, 1);
}

/* Virtual time in ns, never 0 (0 marks a probe not sent or not answered). */
static uint64_t tr_now(const struct traceroute *t)
{
	uint64_t now = sys_now(t->task.world);

	return now ? now : 1;
}

/* Seconds (traceroute's doubles) to ns, rounded up so that a wait never ends early. */
static uint64_t secs_ns(double secs)
{
	double ns = secs * 1e9;
	uint64_t v = (uint64_t)ns;

	return (double)v < ns ? v + 1 : v;
}

/* ---- Output ------------------------------------------------------------------------------- */

static void print_addr(struct traceroute *t, uint32_t a)
{
	char str[16], name[256];

	snprintf(str, sizeof(str), "%u.%u.%u.%u", a >> 24, (a >> 16) & 255, (a >> 8) & 255, a & 255);
	if (t->noresolve) {
		fprintf(t->task.out, " %s", str);
		return;
	}
	/* getnameinfo without NI_NAMEREQD: the hosts file's name, else the number (no DNS to ask). */
	fprintf(t->task.out, " %s (%s)", hosts_name4(t->task.world, a, name, sizeof(name)) ? name : str, str);
}

/* print_probe: a new row at each hop's first probe; the address when it differs from the last one shown. */
static void print_probe(struct traceroute *t, const struct tr_probe *pb)
{
	unsigned int idx = (unsigned int)(pb - t->probes);
	unsigned int np = idx % t->probes_per_hop;
	FILE *f = t->task.out;

	if (np == 0)
		fprintf(f, "\n%2u ", idx / t->probes_per_hop + 1);
	if (!pb->has_res) {
		fputs(" *", f);
	} else {
		bool prn = !np;

		if (np) {
			const struct tr_probe *p = pb - 1;

			for (; np && !p->has_res; p--, np--)
				;
			if (!np || p->res != pb->res)
				prn = true;
		}
		if (prn)
			print_addr(t, pb->res);
	}
	if (pb->recv_time)
		fprintf(f, "  %.3f ms", (double)(pb->recv_time - pb->send_time) / 1e6);
	if (pb->err_str[0])
		fprintf(f, " %s", pb->err_str);
	vl_task_flush_out(&t->task);
}

/* ---- Replies --------------------------------------------------------------------------------- */

/* parse_icmp_res: the annotation an ICMP error gives; every error but TTL exceeded ends the trace. */
static void parse_icmp_res(struct tr_probe *pb, int type, int code, uint32_t info)
{
	const char *str = NULL;
	char buf[sizeof(pb->err_str)];

	if (type == ICMP_TIME_EXCEEDED) {
		if (code == ICMP_EXC_TTL)
			return;
	} else if (type == ICMP_DEST_UNREACH) {
		switch (code) {
		case ICMP_NET_UNREACH:
		case ICMP_NET_UNKNOWN:
		case ICMP_HOST_ISOLATED:
		case ICMP_NET_UNR_TOS:
			str = "!N";
			break;
		case ICMP_HOST_UNREACH:
		case ICMP_HOST_UNKNOWN:
		case ICMP_HOST_UNR_TOS:
			str = "!H";
			break;
		case ICMP_NET_ANO:
		case ICMP_HOST_ANO:
		case ICMP_PKT_FILTERED:
			str = "!X";
			break;
		case ICMP_PORT_UNREACH:
			str = "";       /* the target is reached */
			break;
		case ICMP_PROT_UNREACH:
			str = "!P";
			break;
		case ICMP_FRAG_NEEDED:
			snprintf(buf, sizeof(buf), "!F-%u", info);
			str = buf;
			break;
		case ICMP_SR_FAILED:
			str = "!S";
			break;
		case ICMP_PREC_VIOLATION:
			str = "!V";
			break;
		case ICMP_PREC_CUTOFF:
			str = "!C";
			break;
		default:
			snprintf(buf, sizeof(buf), "!<%u>", (unsigned int)code);
			str = buf;
			break;
		}
	}
	if (!str) {
		snprintf(buf, sizeof(buf), "!<%u-%u>", (unsigned int)type, (unsigned int)code);
		str = buf;
	}
	if (*str)
		snprintf(pb->err_str, sizeof(pb->err_str), "%s", str);
	pb->final = true;
}

/* recv_reply: the probe's error queue entry (err) or a datagram back from the target. */
static void recv_reply(struct traceroute *t, struct tr_probe *pb, bool err)
{
	uint8_t buf[1280], cbuf[512];
	struct sockaddr_in from;
	struct iovec iov = { .iov_base = buf, .iov_len = sizeof(buf) };
	struct msghdr msg = { .msg_name = &from, .msg_namelen = sizeof(from), .msg_iov = &iov, .msg_iovlen = 1,
			      .msg_control = cbuf, .msg_controllen = sizeof(cbuf) };
	bool have_ee = false;

	memset(&from, 0, sizeof(from));
	if (sock_recvmsg(pb->sk, &msg, err ? MSG_ERRQUEUE : 0) < 0)
		return;
	for (struct cmsghdr *cm = CMSG_FIRSTHDR(&msg); cm; cm = CMSG_NXTHDR(&msg, cm)) {
		struct sock_extended_err ee;
		struct sockaddr_in off;

		if (cm->cmsg_level != SOL_IP || cm->cmsg_type != IP_RECVERR)
			continue;
		memcpy(&ee, CMSG_DATA(cm), sizeof(ee));
		memcpy(&off, CMSG_DATA(cm) + sizeof(ee), sizeof(off));
		have_ee = true;
		pb->has_res = off.sin_family == AF_INET;
		pb->res = be32toh(off.sin_addr.s_addr);
		if (ee.ee_origin == SO_EE_ORIGIN_ICMP)
			parse_icmp_res(pb, ee.ee_type, ee.ee_code, ee.ee_info);
		else
			pb->final = true;
	}
	if (!err) {
		/* A datagram from the target's port: reached. */
		pb->has_res = true;
		pb->res = be32toh(from.sin_addr.s_addr);
		pb->final = true;
	} else if (!have_ee) {
		return;
	}
	pb->recv_time = tr_now(t);
	pb->done = true;
	probe_close(pb);
}

/* ---- do_it --------------------------------------------------------------------------------- */

/* get_timeout: HERE times a reply from the same hop, else NEAR times one from further on, at most MAX. */
static uint64_t get_timeout(const struct traceroute *t, const struct tr_probe *pb)
{
	unsigned int idx = (unsigned int)(pb - t->probes);
	double value;

	if (t->here_factor) {
		const struct tr_probe *p = &t->probes[idx - idx % t->probes_per_hop];

		for (unsigned int i = 0; i < t->probes_per_hop; i++, p++) {
			if (p->done && p->recv_time > p->send_time) {
				value = ((double)(p->recv_time - p->send_time) / 1e9 + TR_DEF_WAIT_PREC) * t->here_factor;
				return secs_ns(value < t->wait_secs ? value : t->wait_secs);
			}
		}
	}
	if (t->near_factor) {
		for (const struct tr_probe *p = pb + 1; p < t->probes + t->num_probes && p->send_time; p++) {
			if (p->done && p->recv_time > p->send_time) {
				value = ((double)(p->recv_time - p->send_time) / 1e9 + TR_DEF_WAIT_PREC) * t->near_factor;
				return secs_ns(value < t->wait_secs ? value : t->wait_secs);
			}
		}
	}
	return secs_ns(t->wait_secs);
}

/* The UDP module's send_probe: a socket of its own, tuned, connected to the next port, and one datagram. */
static bool send_probe(struct traceroute *t, struct tr_probe *pb, int ttl)
{
	unsigned int idx = (unsigned int)(pb - t->probes);
	struct sockaddr_in src = { .sin_family = AF_INET, .sin_addr.s_addr = htobe32(t->saddr) };
	struct sockaddr_in dst = { .sin_family = AF_INET, .sin_addr.s_addr = htobe32(t->daddr),
				   .sin_port = htobe16((uint16_t)(t->dport + idx)) };
	size_t len = t->packet_len > TR_HDRS ? (size_t)(t->packet_len - TR_HDRS) : 0;
	struct iovec iov = { .iov_base = t->data, .iov_len = len };
	struct msghdr msg = { .msg_iov = &iov, .msg_iovlen = 1 };
	int one = 1, pmtu = IP_PMTUDISC_DONT, err;

	err = sock_create(t->net, AF_INET, SOCK_DGRAM, IPPROTO_UDP, &pb->sk);
	if (err) {
		tr_error(t, "socket", -err);
		return false;
	}
	if (idx + 1 > t->sent_hi)
		t->sent_hi = idx + 1;
	if (t->device && (err = sock_setsockopt(pb->sk, SOL_SOCKET, SO_BINDTODEVICE, t->device,
						(socklen_t)strlen(t->device) + 1))) {
		tr_error(t, "setsockopt SO_BINDTODEVICE", -err);
		return false;
	}
	if ((err = kernel_bind(pb->sk, (struct sockaddr *)&src, sizeof(src)))) {
		tr_error(t, "bind", -err);
		return false;
	}
	sock_setsockopt(pb->sk, SOL_IP, IP_MTU_DISCOVER, &pmtu, sizeof(pmtu));
	if (t->tos) {
		int tos = (int)t->tos;

		if ((err = sock_setsockopt(pb->sk, SOL_IP, IP_TOS, &tos, sizeof(tos)))) {
			tr_error(t, "setsockopt IP_TOS", -err);
			return false;
		}
	}
	if (t->fwmark) {
		int mark = (int)t->fwmark;

		sock_setsockopt(pb->sk, SOL_SOCKET, SO_MARK, &mark, sizeof(mark));
	}
	if (t->dontroute)
		sock_setsockopt(pb->sk, SOL_SOCKET, SO_DONTROUTE, &one, sizeof(one));
	sock_setsockopt(pb->sk, SOL_SOCKET, SO_TIMESTAMP, &one, sizeof(one));
	sock_setsockopt(pb->sk, SOL_IP, IP_RECVTTL, &one, sizeof(one));
	sock_setsockopt(pb->sk, SOL_IP, IP_TTL, &ttl, sizeof(ttl));
	if ((err = kernel_connect(pb->sk, (struct sockaddr *)&dst, sizeof(dst), 0))) {
		tr_error(t, "connect", -err);
		return false;
	}
	sock_setsockopt(pb->sk, SOL_IP, IP_RECVERR, &one, sizeof(one));
	err = sock_sendmsg(pb->sk, &msg);
	if (err < 0 && err != -EMSGSIZE) {
		/* do_send: ENOBUFS and EAGAIN would leave the probe unsent; vethlab's queues give neither here. */
		tr_error(t, "send", -err);
		return false;
	}
	pb->send_time = tr_now(t);
	return true;
}

static void tr_data_ready(struct socket *sock, void *data);

/* Whether a sent probe's socket has something to read (poll's POLLIN or POLLERR). */
static unsigned int probe_ready(const struct tr_probe *pb)
{
	return pb->sk && !pb->done ? sock_poll(pb->sk) & (POLLIN | POLLERR) : 0;
}

/* do_poll's callbacks: every probe whose socket is ready; false when none was. */
static bool poll_ready(struct traceroute *t)
{
	bool any = false;

	for (unsigned int i = 0; i < t->sent_hi && !t->exiting; i++) {
		struct tr_probe *pb = &t->probes[i];
		unsigned int rev = probe_ready(pb);

		if (!rev)
			continue;
		any = true;
		recv_reply(t, pb, (rev & POLLERR) != 0);
	}
	return any;
}

/*
 * One pass of do_it()'s loop over the probes from start: print what is
 * done in order, expire the first awaited one, send new ones while fewer
 * than -N wait. Returns the time to poll until, 0 for none.
 */
static uint64_t do_it_pass(struct traceroute *t)
{
	uint64_t max_time = 0, now_time = tr_now(t);
	unsigned int num = 0;

	for (unsigned int n = t->start; n < t->end && !t->exiting; n++) {
		struct tr_probe *pb = &t->probes[n];

		if (n == t->start && !pb->done && pb->send_time) {
			uint64_t expire_time = pb->send_time + get_timeout(t, pb);

			if (expire_time > now_time) {
				max_time = expire_time;
			} else {
				pb->done = true;
				probe_close(pb);
			}
		}
		if (pb->done) {
			if (n == t->start) {
				print_probe(t, pb);
				t->start++;
			}
			if (pb->final)
				t->end = (n / t->probes_per_hop + 1) * t->probes_per_hop;
			continue;
		}
		if (!pb->send_time) {
			if (t->send_secs && now_time - t->last_send < secs_ns(t->send_secs)) {
				max_time = t->last_send + secs_ns(t->send_secs);
				break;
			}
			if (!send_probe(t, pb, (int)(n / t->probes_per_hop + 1)))
				return 0;
			sock_set_data_ready(pb->sk, tr_data_ready, t);
			t->last_send = pb->send_time;
		}
		if (++num >= t->sim_probes)
			break;
	}
	return max_time;
}

/* do_it(): passes until the probes run out; a poll that must wait leaves it to the timers. */
static void do_it(struct traceroute *t)
{
	while (!t->exiting && t->start < t->end) {
		uint64_t max_time = do_it_pass(t);

		if (t->exiting)
			return;
		if (!max_time)
			continue;
		if (poll_ready(t) || max_time <= tr_now(t))
			continue;
		t->waiting = true;
		sys_timer_arm(t->task.world, &t->poll_timer, max_time);
		return;
	}
	if (t->exiting)
		return;
	fputc('\n', t->task.out);
	tr_end(t, 0);
}

/* poll() returns: the ready probes, then the loop again. */
static void poll_return(struct traceroute *t)
{
	if (!t->waiting || t->exiting)
		return;
	t->waiting = false;
	sys_timer_cancel(t->task.world, &t->poll_timer);
	sys_timer_cancel(t->task.world, &t->wake_timer);
	poll_ready(t);
	do_it(t);
}

static void on_poll_timer(struct vl_timer *tm)
{
	poll_return(vl_container_of(tm, struct traceroute, poll_timer));
}

static void on_wake_timer(struct vl_timer *tm)
{
	poll_return(vl_container_of(tm, struct traceroute, wake_timer));
}

/* A probe's socket got an error or a datagram: poll wakes once everything of this instant is queued. */
static void tr_data_ready(struct socket *sock, void *data)
{
	struct traceroute *t = data;

	(void)sock;
	if (t->waiting && !vl_timer_pending(&t->wake_timer))
		sys_timer_arm(t->task.world, &t->wake_timer, sys_now(t->task.world));
}

static void on_start(struct vl_timer *tm)
{
	struct traceroute *t = vl_container_of(tm, struct traceroute, start_timer);
	uint32_t a = t->daddr;

	fprintf(t->task.out, "traceroute to %s (%u.%u.%u.%u), %u hops max, %d byte packets", t->target,
		a >> 24, (a >> 16) & 255, (a >> 8) & 255, a & 255, t->max_hops, t->packet_len);
	vl_task_flush_out(&t->task);
	t->num_probes = t->max_hops * t->probes_per_hop;
	t->probes = vl_calloc(t->num_probes, sizeof(*t->probes));
	t->data = vl_calloc(1, (size_t)t->packet_len);
	for (int i = TR_HDRS; i < t->packet_len; i++)
		t->data[i - TR_HDRS] = (uint8_t)(0x40 + ((i - TR_HDRS) & 0x3f));
	t->start = (t->first_hop - 1) * t->probes_per_hop;
	t->end = t->num_probes;
	do_it(t);
}

static void tr_kill(struct vl_task *task, int sig)
{
	/* traceroute catches no signal. */
	tr_end(vl_container_of(task, struct traceroute, task), 128 + sig);
}

static void tr_free(struct vl_task *task)
{
	struct traceroute *t = vl_container_of(task, struct traceroute, task);

	tr_stop(t);
	free(t->probes);
	free(t->data);
	free(t->prog);
	free(t->target);
	free(t->device);
	free(t);
}

static const struct vl_task_ops tr_task_ops = {
	.kill = tr_kill,
	.free = tr_free,
};

/* ---- The command line (clif) ------------------------------------------------------------------ */

enum tr_kind { K_FLAG, K_UINT, K_WAIT, K_SENDWAIT, K_SOURCE, K_DEVICE, K_REFUSE, K_REFUSE_ARG, K_VERSION, K_HELP };

struct tr_opt {
	char short_opt;         /* 0: long only */
	const char *long_opt;   /* NULL: short only */
	const char *arg_name;   /* NULL: takes no argument */
	enum tr_kind kind;
	size_t field;           /* offsetof the unsigned int (K_UINT) or bool (K_FLAG) it sets */
};

#define TR_FIELD(f) offsetof(struct traceroute, f)

static const struct tr_opt tr_opts[] = {
	{ '4', NULL, NULL, K_FLAG, 0 },
	{ '6', NULL, NULL, K_REFUSE, 0 },
	{ 'd', "debug", NULL, K_REFUSE, 0 },
	{ 'F', "dont-fragment", NULL, K_REFUSE, 0 },
	{ 'f', "first", "first_ttl", K_UINT, TR_FIELD(first_hop) },
	{ 'g', "gateway", "gate,...", K_REFUSE_ARG, 0 },
	{ 'I', "icmp", NULL, K_REFUSE, 0 },
	{ 'T', "tcp", NULL, K_REFUSE, 0 },
	{ 'i', "interface", "device", K_DEVICE, 0 },
	{ 'm', "max-hops", "max_ttl", K_UINT, TR_FIELD(max_hops) },
	{ 'N', "sim-queries", "squeries", K_UINT, TR_FIELD(sim_probes) },
	{ 'n', NULL, NULL, K_FLAG, TR_FIELD(noresolve) },
	{ 'p', "port", "port", K_UINT, TR_FIELD(dport) },
	{ 't', "tos", "tos", K_UINT, TR_FIELD(tos) },
	{ 'l', "flowlabel", "flow_label", K_REFUSE_ARG, 0 },
	{ 'w', "wait", "MAX,HERE,NEAR", K_WAIT, 0 },
	{ 'q', "queries", "nqueries", K_UINT, TR_FIELD(probes_per_hop) },
	{ 'r', NULL, NULL, K_FLAG, TR_FIELD(dontroute) },
	{ 's', "source", "src_addr", K_SOURCE, 0 },
	{ 'z', "sendwait", "sendwait", K_SENDWAIT, 0 },
	{ 'e', "extensions", NULL, K_FLAG, 0 },
	{ 'A', "as-path-lookups", NULL, K_REFUSE, 0 },
	{ 'M', "module", "name", K_REFUSE_ARG, 0 },
	{ 'O', "options", "OPTS,...", K_REFUSE_ARG, 0 },
	{ 0, "sport", "num", K_REFUSE_ARG, 0 },
	{ 0, "fwmark", "num", K_UINT, TR_FIELD(fwmark) },
	{ 'U', "udp", NULL, K_REFUSE, 0 },
	{ 'D', "dccp", NULL, K_REFUSE, 0 },
	{ 'P', "protocol", "prot", K_REFUSE_ARG, 0 },
	{ 0, "mtu", NULL, K_REFUSE, 0 },
	{ 0, "back", NULL, K_REFUSE, 0 },
	{ 'V', "version", NULL, K_VERSION, 0 },
	{ 0, "help", NULL, K_HELP, 0 },
};

static const char tr_usage_text[] =
	"Usage:\n"
	"  traceroute [ -46dFITnreAUDV ] [ -f first_ttl ] [ -g gate,... ] [ -i device ] [ -m max_ttl ] [ -N squeries ]"
	" [ -p port ] [ -t tos ] [ -l flow_label ] [ -w MAX,HERE,NEAR ] [ -q nqueries ] [ -s src_addr ] [ -z sendwait ]"
	" [ --fwmark=num ] host [ packetlen ]\n"
	"Options:\n"
	"  -4                          Use IPv4\n"
	"  -6                          Use IPv6\n"
	"  -d  --debug                 Enable socket level debugging\n"
	"  -F  --dont-fragment         Do not fragment packets\n"
	"  -f first_ttl  --first=first_ttl\n"
	"                              Start from the first_ttl hop (instead from 1)\n"
	"  -g gate,...  --gateway=gate,...\n"
	"                              Route packets through the specified gateway\n"
	"                              (maximum 8 for IPv4 and 127 for IPv6)\n"
	"  -I  --icmp                  Use ICMP ECHO for tracerouting\n"
	"  -T  --tcp                   Use TCP SYN for tracerouting (default port is 80)\n"
	"  -i device  --interface=device\n"
	"                              Specify a network interface to operate with\n"
	"  -m max_ttl  --max-hops=max_ttl\n"
	"                              Set the max number of hops (max TTL to be\n"
	"                              reached). Default is 30\n"
	"  -N squeries  --sim-queries=squeries\n"
	"                              Set the number of probes to be tried\n"
	"                              simultaneously (default is 16)\n"
	"  -n                          Do not resolve IP addresses to their domain names\n"
	"  -p port  --port=port        Set the destination port to use. It is either\n"
	"                              initial udp port value for \"default\" method\n"
	"                              (incremented by each probe, default is 33434), or\n"
	"                              initial seq for \"icmp\" (incremented as well,\n"
	"                              default from 1), or some constant destination\n"
	"                              port for other methods (with default of 80 for\n"
	"                              \"tcp\", 53 for \"udp\", etc.)\n"
	"  -t tos  --tos=tos           Set the TOS (IPv4 type of service) or TC (IPv6\n"
	"                              traffic class) value for outgoing packets\n"
	"  -l flow_label  --flowlabel=flow_label\n"
	"                              Use specified flow_label for IPv6 packets\n"
	"  -w MAX,HERE,NEAR  --wait=MAX,HERE,NEAR\n"
	"                              Wait for a probe no more than HERE (default 3)\n"
	"                              times longer than a response from the same hop,\n"
	"                              or no more than NEAR (default 10) times than some\n"
	"                              next hop, or MAX (default 5.0) seconds (float\n"
	"                              point values allowed too)\n"
	"  -q nqueries  --queries=nqueries\n"
	"                              Set the number of probes per each hop. Default is\n"
	"                              3\n"
	"  -r                          Bypass the normal routing and send directly to a\n"
	"                              host on an attached network\n"
	"  -s src_addr  --source=src_addr\n"
	"                              Use source src_addr for outgoing packets\n"
	"  -z sendwait  --sendwait=sendwait\n"
	"                              Minimal time interval between probes (default 0).\n"
	"                              If the value is more than 10, then it specifies a\n"
	"                              number in milliseconds, else it is a number of\n"
	"                              seconds (float point values allowed too)\n"
	"  -e  --extensions            Show ICMP extensions (if present), including MPLS\n"
	"  -A  --as-path-lookups       Perform AS path lookups in routing registries and\n"
	"                              print results directly after the corresponding\n"
	"                              addresses\n"
	"  -M name  --module=name      Use specified module (either builtin or external)\n"
	"                              for traceroute operations. Most methods have\n"
	"                              their shortcuts (`-I' means `-M icmp' etc.)\n"
	"  -O OPTS,...  --options=OPTS,...\n"
	"                              Use module-specific option OPTS for the\n"
	"                              traceroute module. Several OPTS allowed,\n"
	"                              separated by comma. If OPTS is \"help\", print info\n"
	"                              about available options\n"
	"  --sport=num                 Use source port num for outgoing packets. Implies\n"
	"                              `-N 1'\n"
	"  --fwmark=num                Set firewall mark for outgoing packets\n"
	"  -U  --udp                   Use UDP to particular port for tracerouting\n"
	"                              (instead of increasing the port per each probe),\n"
	"                              default port is 53\n"
	"  -UL                         Use UDPLITE for tracerouting (default dest port\n"
	"                              is 53)\n"
	"  -D  --dccp                  Use DCCP Request for tracerouting (default port\n"
	"                              is 33434)\n"
	"  -P prot  --protocol=prot    Use raw packet of protocol prot for tracerouting\n"
	"  --mtu                       Discover MTU along the path being traced. Implies\n"
	"                              `-F -N 1'\n"
	"  --back                      Guess the number of hops in the backward path and\n"
	"                              print if it differs\n"
	"  -V  --version               Print version info and exit\n"
	"  --help                      Read this help and exit\n"
	"\n"
	"Arguments:\n"
	"+     host          The host to traceroute to\n"
	"      packetlen     The full packet length (default is the length of an IP\n"
	"                    header plus 40). Can be ignored or increased to a minimal\n"
	"                    allowed value\n";

/* A status to exit with, or -1 to go on. */
#define TR_GO_ON (-1)

/* strtol with base 0 and nothing after the number, as clif's integer options take it. */
static bool parse_int(const char *s, long *out)
{
	char *end;

	errno = 0;
	*out = strtol(s, &end, 0);
	return end != s && !*end && !errno;
}

/* set_wait_specs: MAX[,HERE[,NEAR]], any one character between them; HERE and NEAR 0 unless given. */
static bool set_wait_specs(struct traceroute *t, const char *arg)
{
	const char *p = arg;
	char *q;

	t->here_factor = t->near_factor = 0;
	t->wait_secs = strtod(p, &q);
	if (q == p)
		return false;
	if (!*q++)
		return true;
	t->here_factor = strtod(p = q, &q);
	if (q == p)
		return false;
	if (!*q++)
		return true;
	t->near_factor = strtod(p = q, &q);
	return q != p && !*q;
}

/* getaddrinfo for an IPv4 host: a number, a hosts-file name; vethlab asks no DNS. */
static int resolve(struct traceroute *t, const char *name, uint32_t *out)
{
	if (strchr(name, ':')) {
		fprintf(t->task.err, "%s: %s: IPv6 is not supported by vethlab's traceroute\n", t->prog, name);
		return 2;
	}
	if (hosts_inet_aton_exact(name, out) || hosts_addr4(t->task.world, name, out))
		return TR_GO_ON;
	if (hosts_dns_would_query(name)) {
		fprintf(t->task.err, "%s: %s: name lookup through DNS is not supported by vethlab\n", t->prog, name);
		return 2;
	}
	fprintf(t->task.err, "%s: Name or service not known\n", name);
	return 1;
}

/* One option's argument; TR_GO_ON, or the status. `argi` is the argument's index, for the messages. */
static int apply_opt(struct traceroute *t, const struct tr_opt *o, const char *spelled, const char *arg, int argi)
{
	long v;
	int st;

	switch (o->kind) {
	case K_FLAG:
		if (o->field)
			*(bool *)((char *)t + o->field) = true;
		return TR_GO_ON;
	case K_UINT:
		if (!parse_int(arg, &v))
			break;
		*(unsigned int *)((char *)t + o->field) = (unsigned int)v;
		return TR_GO_ON;
	case K_WAIT:
		if (!set_wait_specs(t, arg))
			break;
		return TR_GO_ON;
	case K_SENDWAIT: {
		char *end;

		t->send_secs = strtod(arg, &end);
		if (end == arg || *end)
			break;
		return TR_GO_ON;
	}
	case K_SOURCE:
		st = resolve(t, arg, &t->saddr);
		if (st == 1)
			break;
		if (st != TR_GO_ON)
			return st;
		t->has_saddr = true;
		return TR_GO_ON;
	case K_DEVICE:
		free(t->device);
		t->device = vl_strdup(arg);
		return TR_GO_ON;
	case K_REFUSE:
	case K_REFUSE_ARG:
		fprintf(t->task.err, "%s: %s is not supported by vethlab\n", t->prog, spelled);
		return 2;
	case K_VERSION:
		fputs("Modern traceroute for Linux, version 2.1.2\n"
		      "Copyright (c) 2016  Dmitry Butskoy,   License: GPL v2 or any later\n", t->task.out);
		return 0;
	case K_HELP:
		fputs(tr_usage_text, t->task.err);
		return 0;
	}
	fprintf(t->task.err, "Cannot handle `%s' option with arg `%s' (argc %d)\n", spelled, arg, argi);
	return 2;
}

/* --NAME or --NAME=ARG; i moves past what it takes. */
static int parse_long(struct traceroute *t, int argc, char **argv, int *i)
{
	const char *word = argv[*i] + 2, *eq = strchr(word, '=');
	size_t len = eq ? (size_t)(eq - word) : strlen(word);
	char spelled[64];

	(void)argc;
	for (size_t k = 0; k < sizeof(tr_opts) / sizeof(tr_opts[0]); k++) {
		const struct tr_opt *o = &tr_opts[k];

		if (!o->long_opt || strlen(o->long_opt) != len || strncmp(o->long_opt, word, len))
			continue;
		snprintf(spelled, sizeof(spelled), "--%s", o->long_opt);
		if (o->arg_name && !eq) {
			fprintf(t->task.err, "Option `%s' (argc %d) requires an argument: `%s=%s'\n", spelled, *i,
				spelled, o->arg_name);
			return 2;
		}
		if (!o->arg_name && eq)
			break;
		return apply_opt(t, o, spelled, eq ? eq + 1 : NULL, *i);
	}
	fprintf(t->task.err, "Bad option `%s' (argc %d)\n", argv[*i], *i);
	return 2;
}

/* -abc, -mARG or -m ARG; i moves past what it takes. */
static int parse_short(struct traceroute *t, int argc, char **argv, int *i)
{
	const char *p = argv[*i] + 1;
	int self = *i;

	for (; *p; p++) {
		const struct tr_opt *o = NULL;
		char spelled[3] = { '-', *p, 0 };
		int st;

		for (size_t k = 0; k < sizeof(tr_opts) / sizeof(tr_opts[0]) && !o; k++)
			if (tr_opts[k].short_opt == *p)
				o = &tr_opts[k];
		if (!o) {
			fprintf(t->task.err, "Bad option `%s' (argc %d)\n", spelled, self);
			return 2;
		}
		if (!o->arg_name) {
			st = apply_opt(t, o, spelled, NULL, self);
			if (st != TR_GO_ON)
				return st;
			continue;
		}
		if (p[1])
			return apply_opt(t, o, spelled, p + 1, self);
		if (*i + 1 >= argc) {
			fprintf(t->task.err, "Option `%s' (argc %d) requires an argument: `%s %s'\n", spelled, self,
				spelled, o->arg_name);
			return 2;
		}
		(*i)++;
		return apply_opt(t, o, spelled, argv[*i], *i);
	}
	return TR_GO_ON;
}

/* The operands: host, then packetlen. */
static int parse_operand(struct traceroute *t, const char *arg, int pos, int argi)
{
	long v;
	int st;

	if (pos == 1) {
		st = resolve(t, arg, &t->daddr);
		if (st == 1 || st == TR_GO_ON) {
			if (st == TR_GO_ON) {
				t->target = vl_strdup(arg);
				return TR_GO_ON;
			}
			fprintf(t->task.err, "Cannot handle \"host\" cmdline arg `%s' on position 1 (argc %d)\n", arg,
				argi);
			return 2;
		}
		return st;
	}
	if (pos == 2) {
		if (parse_int(arg, &v)) {
			t->packet_len = (int)v;
			return TR_GO_ON;
		}
		fprintf(t->task.err, "Cannot handle \"packetlen\" cmdline arg `%s' on position 2 (argc %d)\n", arg,
			argi);
		return 2;
	}
	fprintf(t->task.err, "Extra arg `%s' (position %d, argc %d)\n", arg, pos, argi);
	return 2;
}

/* main()'s checks once the command line is read. */
static int check_args(struct traceroute *t)
{
	const char *msg = NULL;
	char buf[128];

	if (!t->first_hop || t->first_hop > t->max_hops)
		msg = "first hop out of range";
	else if (t->max_hops > TR_MAX_HOPS)
		msg = "max hops cannot be more than 255";
	else if (!t->probes_per_hop || t->probes_per_hop > TR_MAX_PROBES)
		msg = "no more than 10 probes per hop";
	else if (t->wait_secs < 0 || t->here_factor < 0 || t->near_factor < 0) {
		snprintf(buf, sizeof(buf), "bad wait specifications `%g,%g,%g' used", t->wait_secs, t->here_factor,
			 t->near_factor);
		msg = buf;
	} else if (t->packet_len > TR_MAX_PACKET_LEN) {
		snprintf(buf, sizeof(buf), "too big packetlen %d specified", t->packet_len);
		msg = buf;
	} else if (t->send_secs < 0) {
		snprintf(buf, sizeof(buf), "bad sendtime `%g' specified", t->send_secs);
		msg = buf;
	}
	if (msg) {
		fprintf(t->task.err, "%s\n", msg);
		return 2;
	}
	if (t->send_secs >= 10)
		t->send_secs /= 1000;   /* milliseconds */
	if (t->packet_len < TR_HDRS)
		t->packet_len = TR_HDRS;
	return TR_GO_ON;
}

static int parse_args(struct traceroute *t, int argc, char **argv)
{
	int st = TR_GO_ON, pos = 0;
	bool opts_done = false;
	size_t len = strlen(argv[0]);

	if (len && argv[0][len - 1] == '6') {
		fprintf(t->task.err, "%s: IPv6 is not supported by vethlab's traceroute\n", t->prog);
		return 2;
	}
	if (argc == 1) {
		fputs(tr_usage_text, t->task.err);
		return 0;
	}
	for (int i = 1; i < argc && st == TR_GO_ON; i++) {
		const char *a = argv[i];

		if (!opts_done && !strcmp(a, "--"))
			opts_done = true;
		else if (!opts_done && a[0] == '-' && a[1] == '-')
			st = parse_long(t, argc, argv, &i);
		else if (!opts_done && a[0] == '-' && a[1])
			st = parse_short(t, argc, argv, &i);
		else
			st = parse_operand(t, a, ++pos, i);
	}
	if (st == TR_GO_ON && !pos) {
		fputs("Specify \"host\" missing argument.\n", t->task.err);
		st = 2;
	}
	return st == TR_GO_ON ? check_args(t) : st;
}

int tool_traceroute(struct vl_cmd_ctx *c, int argc, char **argv)
{
	struct traceroute *t = vl_calloc(1, sizeof(*t));
	int st;

	t->net = c->net;
	t->task.world = c->world;
	t->task.out = c->out;
	t->task.err = c->err;
	t->task.ops = &tr_task_ops;
	t->prog = vl_strdup(argv[0]);
	t->first_hop = 1;
	t->max_hops = TR_DEF_HOPS;
	t->probes_per_hop = TR_DEF_NUM_PROBES;
	t->sim_probes = TR_DEF_SIM_PROBES;
	t->dport = TR_DEF_DPORT;
	t->packet_len = TR_HDRS + TR_DEF_DATA_LEN;
	t->wait_secs = TR_DEF_WAIT_SECS;
	t->here_factor = TR_DEF_HERE_FACTOR;
	t->near_factor = TR_DEF_NEAR_FACTOR;
	vl_timer_init(&t->start_timer, on_start);
	vl_timer_init(&t->poll_timer, on_poll_timer);
	vl_timer_init(&t->wake_timer, on_wake_timer);
	st = parse_args(t, argc, argv);
	if (st != TR_GO_ON) {
		tr_free(&t->task);
		return st;
	}
	sys_timer_arm(c->world, &t->start_timer, sys_now(c->world));
	c->task = &t->task;
	return VL_CMD_ASYNC;
}

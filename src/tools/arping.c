/*
 * arping.c: iputils' arping (20221126): ARP requests (or, with -A, replies)
 * out of one device through a packet socket, and the answers to them, on
 * the world's virtual clock. Like the real one it finds the device through
 * a route lookup, its source through a datagram socket's connect, and
 * reads the answers from a packet socket bound to ETH_P_ARP.
 */
#include <endian.h>
#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "../ctl/rtnl.h"
#include "../ctl/rtnl_route.h"
#include "../ctl/sys.h"
#include "../net/socket.h"
#include "../uapi/if_ether.h"
#include "../uapi/in.h"
#include "getopt_gnu.h"
#include "hosts.h"
#include "iputils.h"
#include "tools.h"

#define ARPING_FINAL 2          /* recv_pack's FINAL_PACKS: the loop ends */
#define ARPING_PKT_MAX 4096     /* event_loop's packet buffer */
#define ARPING_ARPHDR 8         /* struct arphdr */
#define ARPOP_REQUEST 1
#define ARPOP_REPLY 2
/*
 * What exec and main()'s setup (netlink, getifaddrs) take before the packet
 * socket listens: on a host, milliseconds. An answer still in flight to an
 * arping that just ended lands before the next one listens, as there.
 */
#define ARPING_STARTUP_NS (1000 * 1000)

struct arping {
	struct vl_task task;
	struct netns *net;
	struct socket *sock;        /* socket(PF_PACKET, SOCK_DGRAM, 0); NULL once closed */
	struct vl_timer start_timer, interval_timer, timeout_timer;
	char *prog;                 /* argv[0], as error() and getopt name the program */

	/* The command line (struct run_state). */
	char *device;               /* -I, then the route's device; NULL for none */
	char *source;               /* -s */
	char *target;
	int count;                  /* -c; -1 for none */
	int timeout;                /* -w, s; 0 for none */
	unsigned int interval;      /* -i, s; 0 sends once */
	bool advert, broadcast_only, dad, quiet, quit_on_reply, unicasting, unsolicited;

	uint32_t gsrc, gdst;        /* host order */
	struct sockaddr_ll me, he;
	uint64_t start;             /* when the loop began: the timers count from it */
	uint64_t last;              /* the last successful send */
	bool last_set;              /* ctl->last.tv_sec is never 0 on a host's monotonic clock */
	uint64_t total_expires;     /* the interval timer's expirations, plus one */
	int sent, brd_sent, received, brd_recv, req_recv;
	int rc;                     /* event_loop's own: 2 after a recvfrom that found the device gone */
	bool running, exiting;
};

/* ---- Output ----------------------------------------------------------------------------- */

/* error(3): stdout flushed first, then "PROG: MESSAGE[: strerror]" on stderr. */
static void arping_error(struct arping *a, int errnum, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static void arping_error(struct arping *a, int errnum, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	iputils_verror(&a->task, a->prog, errnum, fmt, ap);
	va_end(ap);
}

static const char arping_usage_text[] =
	"\nUsage:\n"
	"  arping [options] <destination>\n"
	"\nOptions:\n"
	"  -f            quit on first reply\n"
	"  -q            be quiet\n"
	"  -b            keep on broadcasting, do not unicast\n"
	"  -D            duplicate address detection mode\n"
	"  -U            unsolicited ARP mode, update your neighbours\n"
	"  -A            ARP answer mode, update your neighbours\n"
	"  -V            print version and exit\n"
	"  -c <count>    how many packets to send\n"
	"  -w <timeout>  how long to wait for a reply\n"
	"  -i <interval> set interval between packets (default: 1 second)\n"
	"  -I <device>   which ethernet device to use\n"
	"  -s <source>   source ip address\n"
	"  <destination> dns name or ip address\n"
	"\nFor more details see arping(8).\n";

static int arping_usage(struct arping *a)
{
	fputs(arping_usage_text, a->task.err);
	return 2;
}

static const char *ntoa(uint32_t addr, char *buf)
{
	snprintf(buf, 16, "%u.%u.%u.%u", addr >> 24, (addr >> 16) & 0xff, (addr >> 8) & 0xff, addr & 0xff);
	return buf;
}

static void print_hex(FILE *f, const uint8_t *p, int len)
{
	for (int i = 0; i < len; i++)
		fprintf(f, "%02X%s", p[i], i != len - 1 ? ":" : "");
}

/* ---- The end ---------------------------------------------------------------------------- */

static void arping_stop(struct arping *a)
{
	struct world *w = a->task.world;

	sys_timer_cancel(w, &a->start_timer);
	sys_timer_cancel(w, &a->interval_timer);
	sys_timer_cancel(w, &a->timeout_timer);
	sock_release(a->sock);
	a->sock = NULL;
}

/* Ends the task with status, whatever it was doing (exit() before the loop, or a fatal signal). */
static void arping_end(struct arping *a, int status)
{
	if (a->exiting)
		return;
	a->exiting = true;
	arping_stop(a);
	vl_task_done(&a->task, status);
}

/* finish(): the summary unless -q, and its part of the status. */
static int finish(struct arping *a)
{
	FILE *f = a->task.out;

	if (!a->quiet) {
		fprintf(f, "Sent %d probes (%d broadcast(s))\n", a->sent, a->brd_sent);
		fprintf(f, "Received %d response(s)", a->received);
		if (a->brd_recv || a->req_recv) {
			fputs(" (", f);
			if (a->req_recv)
				fprintf(f, "%d request(s)", a->req_recv);
			if (a->brd_recv)
				fprintf(f, "%s%d broadcast(s)", a->req_recv ? ", " : "", a->brd_recv);
			fputc(')', f);
		}
		fputc('\n', f);
		vl_task_flush_out(&a->task);
	}
	if (a->dad)
		return !!a->received;
	if (a->unsolicited)
		return 0;
	return !a->received;
}

/* The end of event_loop: the summary, then the exit status it computes. */
static void arping_finish(struct arping *a)
{
	int rc;

	if (a->exiting)
		return;
	a->exiting = true;
	arping_stop(a);
	rc = a->rc | finish(a);
	if (a->unsolicited)
		;
	else if (a->dad && a->quit_on_reply)
		rc |= !(a->brd_sent != a->received);
	else if (a->timeout && !(a->count > 0))
		rc |= !(a->received > 0);
	else
		rc |= a->sent != a->received;
	vl_task_done(&a->task, rc);
}

/* ---- Sending and receiving -------------------------------------------------------------- */

/* send_pack: one ARP packet to he (the broadcast address until a reply names the target's). */
static void send_pack(struct arping *a)
{
	uint8_t buf[ARPING_ARPHDR + 2 * (ETH_ALEN + 4)], *p = buf + ARPING_ARPHDR;
	struct iovec iov = { .iov_base = buf, .iov_len = sizeof(buf) };
	struct msghdr msg = { .msg_name = &a->he, .msg_namelen = sizeof(a->he), .msg_iov = &iov, .msg_iovlen = 1 };
	uint32_t src = htobe32(a->gsrc), dst = htobe32(a->gdst);
	uint16_t hrd = htobe16(a->me.sll_hatype), pro = htobe16(ETH_P_IP);
	uint16_t op = htobe16(a->advert ? ARPOP_REPLY : ARPOP_REQUEST);
	uint64_t now = sys_now(a->task.world);

	memcpy(buf, &hrd, 2);
	memcpy(buf + 2, &pro, 2);
	buf[4] = a->me.sll_halen;
	buf[5] = 4;
	memcpy(buf + 6, &op, 2);
	memcpy(p, a->me.sll_addr, ETH_ALEN);
	memcpy(p + ETH_ALEN, &src, 4);
	memcpy(p + ETH_ALEN + 4, a->advert ? a->me.sll_addr : a->he.sll_addr, ETH_ALEN);
	memcpy(p + 2 * ETH_ALEN + 4, &dst, 4);
	/* A failed send is not reported: arping does not look at why. */
	if (a->sock && sock_sendmsg(a->sock, &msg) == (int)sizeof(buf)) {
		a->last = now;
		a->last_set = true;
		a->sent++;
		if (!a->unicasting)
			a->brd_sent++;
	}
}

/* The time since the last send as arping prints it, 500 µs too much included. */
static void print_elapsed(struct arping *a, uint64_t now)
{
	long long sec = (long long)(now / VL_NSEC_PER_SEC) - (long long)(a->last / VL_NSEC_PER_SEC);
	long long nsec = (long long)(now % VL_NSEC_PER_SEC) - (long long)(a->last % VL_NSEC_PER_SEC);
	long usecs = (long)(sec * 1000000 + (nsec + 500) / 1000);
	long msecs = (usecs + 500) / 1000;

	usecs -= msecs * 1000 - 500;
	fprintf(a->task.out, " %ld.%03ldms\n", msecs, usecs);
}

/* The line of an accepted packet: who answered, and for whom when not for us. */
static void print_pack(struct arping *a, const uint8_t *sha, uint32_t src_ip, uint32_t dst_ip, const uint8_t *tha,
		       uint8_t pkttype, bool reply)
{
	FILE *f = a->task.out;
	bool s_printed = false;
	char b[16];

	fprintf(f, "%s ", pkttype == PACKET_HOST ? "Unicast" : "Broadcast");
	fprintf(f, "%s from ", reply ? "reply" : "request");
	fprintf(f, "%s [", ntoa(src_ip, b));
	print_hex(f, sha, ETH_ALEN);
	fputs("] ", f);
	if (dst_ip != a->gsrc) {
		fprintf(f, "for %s ", ntoa(dst_ip, b));
		s_printed = true;
	}
	if (memcmp(tha, a->me.sll_addr, ETH_ALEN)) {
		if (!s_printed)
			fputs("for ", f);
		fputc('[', f);
		print_hex(f, tha, ETH_ALEN);
		fputc(']', f);
	}
	if (a->last_set)
		print_elapsed(a, sys_now(a->task.world));
	else
		fputs(" UNSOLICITED?\n", f);
	vl_task_flush_out(&a->task);
}

/* Whether the packet answers what was asked: the target's address, to us (or, under -D, anyone else's claim). */
static bool pack_matches(const struct arping *a, const uint8_t *sha, uint32_t src_ip, uint32_t dst_ip,
			 const uint8_t *tha)
{
	if (src_ip != a->gdst)
		return false;
	if (!a->dad)
		return a->gsrc == dst_ip && !memcmp(tha, a->me.sll_addr, ETH_ALEN);
	/* DAD: a claim from another hardware address, for our source if we had one. */
	return memcmp(sha, a->me.sll_addr, ETH_ALEN) && (!a->gsrc || a->gsrc == dst_ip);
}

/* recv_pack: 0 for a packet that is not an answer, 1 for one, ARPING_FINAL when it ends the run. */
static int recv_pack(struct arping *a, const uint8_t *buf, size_t len, const struct sockaddr_ll *from)
{
	const uint8_t *p = buf + ARPING_ARPHDR;
	uint16_t hrd, pro, op;
	uint32_t src_ip, dst_ip;

	if (from->sll_pkttype != PACKET_HOST && from->sll_pkttype != PACKET_BROADCAST &&
	    from->sll_pkttype != PACKET_MULTICAST)
		return 0;
	if (len < ARPING_ARPHDR)
		return 0;
	hrd = (uint16_t)(buf[0] << 8 | buf[1]);
	pro = (uint16_t)(buf[2] << 8 | buf[3]);
	op = (uint16_t)(buf[6] << 8 | buf[7]);
	if ((op != ARPOP_REQUEST && op != ARPOP_REPLY) || hrd != from->sll_hatype || pro != ETH_P_IP)
		return 0;
	if (buf[5] != 4 || buf[4] != a->me.sll_halen || len < ARPING_ARPHDR + 2 * (4 + (size_t)buf[4]))
		return 0;
	src_ip = (uint32_t)p[6] << 24 | (uint32_t)p[7] << 16 | (uint32_t)p[8] << 8 | p[9];
	dst_ip = (uint32_t)p[16] << 24 | (uint32_t)p[17] << 16 | (uint32_t)p[18] << 8 | p[19];
	if (!pack_matches(a, p, src_ip, dst_ip, p + 10))
		return 0;
	if (!a->quiet)
		print_pack(a, p, src_ip, dst_ip, p + 10, from->sll_pkttype, op == ARPOP_REPLY);
	a->received++;
	if (a->timeout && a->received == a->count)
		return ARPING_FINAL;
	if (from->sll_pkttype != PACKET_HOST)
		a->brd_recv++;
	if (op == ARPOP_REQUEST)
		a->req_recv++;
	if (a->quit_on_reply || (a->count == 0 && a->received == a->sent))
		return ARPING_FINAL;
	if (!a->broadcast_only) {
		memcpy(a->he.sll_addr, p, a->me.sll_halen);
		a->unicasting = true;
	}
	return 1;
}

/* POLLFD_SOCKET: every packet queued, each through recv_pack; a recvfrom error is reported and the loop goes on. */
static void arping_data_ready(struct socket *sock, void *data)
{
	struct arping *a = data;
	uint8_t buf[ARPING_PKT_MAX];
	struct sockaddr_ll from;
	struct iovec iov = { .iov_base = buf, .iov_len = sizeof(buf) };
	int n;

	(void)sock;
	while (a->running && !a->exiting) {
		struct msghdr msg = { .msg_name = &from, .msg_namelen = sizeof(from), .msg_iov = &iov, .msg_iovlen = 1 };

		if (sock_poll(a->sock) & POLLHUP) {
			/* vethlab frees a deleted namespace; Linux would keep it while arping holds a socket there. */
			arping_finish(a);
			return;
		}
		n = sock_recvmsg(a->sock, &msg, 0);
		if (n == -EAGAIN)
			return;
		if (n < 0) {
			arping_error(a, -n, "recvfrom");
			if (n == -ENETDOWN)
				a->rc = 2;
			continue;
		}
		if (recv_pack(a, buf, (size_t)n, &from) == ARPING_FINAL)
			arping_finish(a);
	}
}

/* POLLFD_TIMER: the count is checked against the expirations, then the next packet goes. */
static void on_interval(struct vl_timer *t)
{
	struct arping *a = vl_container_of(t, struct arping, interval_timer);

	a->total_expires++;
	if (a->count > 0 && (uint64_t)a->count < a->total_expires) {
		arping_finish(a);
		return;
	}
	sys_timer_arm(a->task.world, &a->interval_timer,
		      a->start + a->total_expires * a->interval * VL_NSEC_PER_SEC);
	send_pack(a);
}

/*
 * POLLFD_TIMEOUT. The interval timer was set first, so when both expire
 * together poll reports it first (it comes before the timeout in pfds):
 * its packet goes, then the loop ends.
 */
static void on_timeout(struct vl_timer *t)
{
	struct arping *a = vl_container_of(t, struct arping, timeout_timer);

	if (vl_timer_pending(&a->interval_timer) && a->interval_timer.expires <= sys_now(a->task.world)) {
		sys_timer_cancel(a->task.world, &a->interval_timer);
		on_interval(&a->interval_timer);
		if (a->exiting)
			return;
	}
	arping_finish(a);
}

/* event_loop's start: both timers, then the first packet. */
static void event_loop(struct arping *a)
{
	struct world *w = a->task.world;

	a->running = true;
	a->start = sys_now(w);
	a->total_expires = 1;
	/* A timerfd set to 0 is disarmed: -i 0 sends once, -w 0 never times out. */
	if (a->interval)
		sys_timer_arm(w, &a->interval_timer, a->start + (uint64_t)a->interval * VL_NSEC_PER_SEC);
	if (a->timeout)
		sys_timer_arm(w, &a->timeout_timer, a->start + (uint64_t)a->timeout * VL_NSEC_PER_SEC);
	send_pack(a);
}

/* ---- main()'s setup --------------------------------------------------------------------- */

/* The target: a dotted address (inet_aton), else getaddrinfo from the hosts file. -1 or an exit status. */
static int resolve_target(struct arping *a)
{
	if (hosts_inet_aton_exact(a->target, &a->gdst) || hosts_addr4(a->task.world, a->target, &a->gdst))
		return -1;
	arping_error(a, 0, hosts_dns_would_query(a->target) ? "%s: name lookup through DNS is not supported by vethlab"
			   : "%s: Name or service not known", a->target);
	return 2;
}

/* guess_device: the device of the route to the target (RTM_GETROUTE). -1 or an exit status. */
static int guess_device(struct arping *a)
{
	struct rtnl_route_req req = { .dst = a->gdst };
	struct rtnl_route_get rt;
	char name[IFNAMSIZ];

	if (rtnl_route_get(a->net, &req, &rt) || !rtnl_ifname(a->net, rt.ifindex, name)) {
		arping_error(a, 0, "NETLINK_ROUTE unexpected iov element");
		return 1;
	}
	a->device = vl_strdup(name);
	return -1;
}

/* check_device and check_ifflags for the named device; its link when usable. -1 or an exit status. */
static int check_device(struct arping *a, struct rtnl_link *l)
{
	if (rtnl_link_get(a->net, 0, a->device, l)) {
		arping_error(a, 0, "Device %s not available.", a->device);
		return 2;
	}
	if (!(l->flags & IFF_UP)) {
		if (!a->quiet)
			fprintf(a->task.out, "Interface \"%s\" is down\n", a->device);
		return 2;
	}
	if (l->flags & (IFF_NOARP | IFF_LOOPBACK)) {
		if (!a->quiet)
			fprintf(a->task.out, "Interface \"%s\" is not ARPable\n", a->device);
		return a->dad ? 0 : 2;
	}
	return -1;
}

/*
 * The source, from a datagram socket bound to the device: bound to -s (or
 * under -U and -A to the target itself), or else connected to the target
 * with SO_DONTROUTE, which picks the address the kernel would send from.
 */
static int probe_source(struct arping *a)
{
	struct sockaddr_in saddr = { .sin_family = AF_INET };
	socklen_t alen = sizeof(saddr);
	struct socket *probe;
	int err, on = 1, st = -1;

	err = sock_create(a->net, AF_INET, SOCK_DGRAM, 0, &probe);
	if (err) {
		arping_error(a, -err, "socket");
		return 2;
	}
	err = sock_setsockopt(probe, SOL_SOCKET, SO_BINDTODEVICE, a->device, (socklen_t)strlen(a->device) + 1);
	if (err)
		arping_error(a, -err, "WARNING: interface is ignored");
	if (a->source || a->gsrc) {
		saddr.sin_addr.s_addr = htobe32(a->gsrc);
		err = kernel_bind(probe, (struct sockaddr *)&saddr, sizeof(saddr));
		if (err) {
			arping_error(a, -err, "bind");
			st = 2;
		}
	} else if (!a->dad) {
		saddr.sin_port = htobe16(1025);
		saddr.sin_addr.s_addr = htobe32(a->gdst);
		if (!a->unsolicited) {
			err = sock_setsockopt(probe, SOL_SOCKET, SO_DONTROUTE, &on, sizeof(on));
			if (err)
				arping_error(a, -err, "WARNING: setsockopt(SO_DONTROUTE)");
			err = kernel_connect(probe, (struct sockaddr *)&saddr, sizeof(saddr), 0);
			if (err) {
				arping_error(a, -err, "connect");
				st = 2;
			} else if (!kernel_getsockname(probe, (struct sockaddr *)&saddr, &alen)) {
				a->gsrc = be32toh(saddr.sin_addr.s_addr);
			}
		} else {
			a->gsrc = a->gdst;
		}
	}
	sock_release(probe);
	return st;
}

/* The packet socket bound to the device for ETH_P_ARP; me is what getsockname gives. */
static int bind_packet_socket(struct arping *a, int ifindex)
{
	socklen_t alen = sizeof(a->me);
	int err;

	memset(&a->me, 0, sizeof(a->me));
	a->me.sll_family = AF_PACKET;
	a->me.sll_ifindex = ifindex;
	a->me.sll_protocol = htobe16(ETH_P_ARP);
	err = kernel_bind(a->sock, (struct sockaddr *)&a->me, sizeof(a->me));
	if (err) {
		arping_error(a, -err, "bind");
		return 2;
	}
	err = kernel_getsockname(a->sock, (struct sockaddr *)&a->me, &alen);
	if (err) {
		arping_error(a, -err, "getsockname");
		return 2;
	}
	if (!a->me.sll_halen) {
		if (!a->quiet)
			fprintf(a->task.out, "Interface \"%s\" is not ARPable (no ll address)\n", a->device);
		return a->dad ? 0 : 2;
	}
	return -1;
}

/* main() after the options: -1 once the loop runs, else the exit status. */
static int arping_setup(struct arping *a)
{
	struct rtnl_link l;
	char b1[16], b2[16];
	int st;

	if (!a->sock || (sock_poll(a->sock) & POLLHUP)) {
		arping_error(a, 0, "a namespace deleted before arping started is not supported by vethlab");
		return 2;
	}
	st = resolve_target(a);
	if (st < 0 && !a->device)
		st = guess_device(a);
	if (st < 0)
		st = check_device(a, &l);
	if (st >= 0)
		return st;
	if (a->source && !hosts_inet_aton_exact(a->source, &a->gsrc)) {
		arping_error(a, 0, "invalid source %s", a->source);
		return 2;
	}
	if (!a->dad && a->unsolicited && !a->source)
		a->gsrc = a->gdst;
	if (!a->dad || a->source) {
		st = probe_source(a);
		if (st >= 0)
			return st;
	}
	st = bind_packet_socket(a, l.ifindex);
	if (st >= 0)
		return st;
	a->he = a->me;
	/* find_broadcast_address: the device's (IFLA_BROADCAST), as getifaddrs gives it. */
	memcpy(a->he.sll_addr, l.brd, ETH_ALEN);
	if (!a->quiet)
		fprintf(a->task.out, "ARPING %s from %s %s\n", ntoa(a->gdst, b1), ntoa(a->gsrc, b2), a->device);
	if (!a->source && !a->gsrc && !a->dad) {
		arping_error(a, 0, "no source address in not-DAD mode");
		return 2;
	}
	event_loop(a);
	return -1;
}

static void on_start(struct vl_timer *t)
{
	struct arping *a = vl_container_of(t, struct arping, start_timer);
	int st = arping_setup(a);

	if (st >= 0)
		arping_end(a, st);
}

/* ---- The task ----------------------------------------------------------------------------- */

/*
 * The loop reads SIGINT, SIGQUIT and SIGTERM from a signalfd: the summary,
 * then the usual status. Any other signal, or one before the loop, kills it.
 */
static void arping_kill(struct vl_task *t, int sig)
{
	struct arping *a = vl_container_of(t, struct arping, task);

	if (a->exiting)
		return;
	if (a->running && (sig == SIGINT || sig == SIGQUIT || sig == SIGTERM))
		arping_finish(a);
	else
		arping_end(a, 128 + sig);
}

static void arping_free(struct vl_task *t)
{
	struct arping *a = vl_container_of(t, struct arping, task);

	arping_stop(a);
	free(a->prog);
	free(a->device);
	free(a->source);
	free(a->target);
	free(a);
}

static const struct vl_task_ops arping_task_ops = {
	.kill = arping_kill,
	.free = arping_free,
};

/* ---- Options ------------------------------------------------------------------------------ */

static int strtol_or_err(struct arping *a, const char *str, long min, long max, long *out)
{
	return iputils_strtol_or_err(&a->task, a->prog, str, min, max, out);
}

static void set_str(char **dst, const char *src)
{
	free(*dst);
	*dst = vl_strdup(src);
}

/* One option of getopt's loop: -1 to go on, else the exit status. */
static int parse_opt(struct arping *a, int ch, const char *arg)
{
	long v;
	int st = -1;

	switch (ch) {
	case 'b':
		a->broadcast_only = true;
		break;
	case 'D':
		a->dad = a->quit_on_reply = true;
		break;
	case 'U':
		a->unsolicited = true;
		break;
	case 'A':
		a->advert = a->unsolicited = true;
		break;
	case 'q':
		a->quiet = true;
		break;
	case 'f':
		a->quit_on_reply = true;
		break;
	case 'c':
		st = strtol_or_err(a, arg, 1, INT_MAX, &v);
		a->count = st < 0 ? (int)v : a->count;
		break;
	case 'w':
		st = strtol_or_err(a, arg, 0, INT_MAX, &v);
		a->timeout = st < 0 ? (int)v : a->timeout;
		break;
	case 'i':
		st = strtol_or_err(a, arg, 0, INT_MAX, &v);
		a->interval = st < 0 ? (unsigned int)v : a->interval;
		break;
	case 'I':
		set_str(&a->device, arg);
		break;
	case 's':
		set_str(&a->source, arg);
		break;
	case 'V':
		fputs("arping from iputils 20221126\n"
		      "libcap: yes, IDN: yes, NLS: no, error.h: yes, getrandom(): yes, __fpending(): yes\n",
		      a->task.out);
		return 0;
	default:
		return arping_usage(a);
	}
	return st;
}

/* getopt(argc, argv, "h?bfDUAqc:w:i:s:I:V"), GNU style; then exactly one operand. */
static int parse_args(struct arping *a, int argc, char **argv)
{
	struct go_parser g;
	int ch, st = -1;

	go_init(&g, a->prog, a->task.err, argc, argv, "h?bfDUAqc:w:i:s:I:V", NULL);
	while (st < 0 && (ch = go_next(&g)) != -1)
		st = parse_opt(a, ch, g.arg);
	if (st < 0 && g.nops != 1)
		st = arping_usage(a);
	if (st < 0)
		a->target = vl_strdup(g.ops[0]);
	go_free(&g);
	if (st < 0 && a->device && !*a->device) {
		free(a->device);
		a->device = NULL;
	}
	return st;
}

static struct arping *arping_new(struct vl_cmd_ctx *c, const char *argv0)
{
	struct arping *a = vl_calloc(1, sizeof(*a));

	a->net = c->net;
	a->task.world = c->world;
	a->task.out = c->out;
	a->task.err = c->err;
	a->task.ops = &arping_task_ops;
	a->prog = vl_strdup(argv0);
	a->count = -1;
	a->interval = 1;
	vl_timer_init(&a->start_timer, on_start);
	vl_timer_init(&a->interval_timer, on_interval);
	vl_timer_init(&a->timeout_timer, on_timeout);
	return a;
}

/*
 * The options are read at once; the socket is opened, as arping opens it,
 * before the target is looked at, and the rest of main() runs as the
 * task's first event, once the setup's time has passed.
 */
int tool_arping(struct vl_cmd_ctx *c, int argc, char **argv)
{
	struct arping *a = arping_new(c, argv[0]);
	int st = parse_args(a, argc, argv);

	if (st >= 0) {
		arping_free(&a->task);
		return st;
	}
	if (!sock_create(a->net, AF_PACKET, SOCK_DGRAM, 0, &a->sock))
		sock_set_data_ready(a->sock, arping_data_ready, a);
	/* Without -c or -w, or with -i 0 and no -w, it runs until interrupted (or, -f, answered). */
	a->task.unbounded = !a->timeout && (a->count < 0 || !a->interval);
	sys_timer_arm(c->world, &a->start_timer, sys_now(c->world) + ARPING_STARTUP_NS);
	c->task = &a->task;
	return VL_CMD_ASYNC;
}

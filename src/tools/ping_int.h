/* ping_int.h: what ping.c (the iputils core, IPv4) and ping6.c (IPv6) share. */
#ifndef VL_PING_INT_H
#define VL_PING_INT_H

#include <endian.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "../ctl/sys.h"
#include "../net/socket.h"
#include "tools.h"

#define MAXWAIT 10
#define MAX_DUP_CHK 0x10000
#define MININTERVAL 10          /* ms: the gap iputils keeps when nothing comes back */
#define PING_HZ 100             /* sysconf(_SC_CLK_TCK): what iputils thinks a tick is */
#define SCHINT(a) ((a) <= MININTERVAL ? MININTERVAL : (a))
#define PING_MAX_DEST 16        /* getaddrinfo answers looked at */
#define PING_PACKET_MAX 65536   /* the largest packet sent or read, IP header included */

/* IP_PMTUDISC_* and IPV6_PMTUDISC_* share these numbers; -1 is "not set" (-M). */
enum { PMTUDISC_UNSET = -1, PMTUDISC_DONT = 0, PMTUDISC_WANT = 1, PMTUDISC_DO = 2 };

/* A send that would need fragmenting: refused, and the run ended (ping_send_probe's positive answer). */
#define PING_REFUSED 1
/* ping4_run/ping6_run: connect() found no route, and getaddrinfo gave another answer to try. */
#define PING_RUN_NEXT (-2)

/* One getaddrinfo answer. */
struct ping_dest {
	int family;             /* 4 or 6 */
	uint32_t v4;
	uint8_t v6[16];
	uint32_t scope_id;
};

struct ping {
	struct vl_task task;
	struct socket *sock4;   /* the raw ICMP socket, NULL once closed */
	uint8_t *sndbuf, *rcvbuf;  /* PING_PACKET_MAX bytes each */
	long filled_len;        /* datalen + 1 once sndbuf holds the payload's pattern, else 0 */
	long tail_sum_for;      /* the filled_len tail_sum was summed for, else 0 */
	uint32_t tail_sum;      /* csum_partial of the pattern after the timestamp (IPv4 requests) */
	struct socket *sock6;   /* the raw ICMPv6 socket, NULL once closed */
	struct netns *net;
	struct vl_timer start_timer, wake_timer, exit_timer, deadline_timer;
	char *prog;             /* argv[0]: "ping", "ping6" (error() and getopt print it) */

	/* The command line, as iputils keeps it in struct ping_rts. */
	int hint_family;        /* 0, 4 or 6: -4, -6, or called as ping6 */
	long npackets;
	int interval;           /* ms */
	bool opt_interval;
	int preload;
	int lingertime;         /* ms */
	int deadline;           /* s */
	long datalen;
	int ttl;                /* -t, else the kernel's default of 64 */
	bool opt_ttl;           /* -t given: ping6 sets the hop limit only then (opt_ttl) */
	int pmtudisc;
	int ident;              /* the echo identifier as it goes on the wire; -1 until chosen */
	uint32_t mark;          /* -m: SO_MARK, which policy rules can select (IPv4) */
	bool dontroute;         /* -r: SO_DONTROUTE, only routes of link scope or narrower (IPv4) */
	int tos;                /* -Q: IP_TOS of every request (IPv4) */
	bool quiet, flood, numeric, audible, adaptive, strictsource, ptimeofday, outstanding;
	bool verbose, broadcast_pings, pingfilled, latency;
	uint8_t pattern[16];
	int pattern_len;        /* sscanf's count: -1 for an empty pattern */
	char *device;           /* -I DEV, or the %DEV of an IPv6 -I */
	uint32_t source;        /* -I ADDR, then the probe's answer */
	uint8_t source6[16];
	char *target;           /* the last operand */
	int ndests;             /* operands: more than one is a source route (IPv4) */

	/* The destination. */
	int family;             /* 4 or 6 once chosen */
	char *hostname;         /* what iputils prints: the target, or its canonical name */
	uint32_t daddr;
	uint8_t daddr6[16];
	uint32_t scope_id;      /* the target's %scope */
	int oif;                /* SO_BINDTODEVICE */
	bool multicast;         /* broadcast or multicast: duplicates expected */
	bool subnet_router_anycast;
	bool timing;

	/* Counters and state, as iputils names them. */
	long ntransmitted, nreceived, nrepeats, nerrors;
	int pipesize;
	uint16_t acked;
	long tmin, tmax;
	double tsum, tsum2;
	int rtt, rtt_addend;
	uint64_t start_time, cur_time;
	bool cur_time_set;
	long tokens;
	int oom_count;
	unsigned long waittime; /* µs: __schedule_exit's static */
	bool started;           /* setup() ran: signal handlers are in place */
	bool exiting;
	int local_errno;        /* a local error the last send queued (EMSGSIZE), or 0 */
	unsigned int local_info;
	uint8_t rcvd_tbl[MAX_DUP_CHK / 8];
};

static inline uint64_t now_ns(const struct ping *p)
{
	return sys_now(p->task.world);
}

/* gettimeofday in microseconds: the wall-clock second virtual time 0 stands for, plus virtual time. */
static inline long long wall_us(const struct ping *p)
{
	return (long long)sys_epoch_sec(p->task.world) * 1000000 + (long long)(now_ns(p) / 1000);
}

/* The big-endian fields of what ping builds and reads. */
static inline uint16_t get_be16(const uint8_t *b)
{
	return (uint16_t)(b[0] << 8 | b[1]);
}

static inline uint32_t get_be32(const uint8_t *b)
{
	return (uint32_t)b[0] << 24 | (uint32_t)b[1] << 16 | (uint32_t)b[2] << 8 | b[3];
}

static inline void put_be16(uint8_t *b, uint16_t v)
{
	b[0] = (uint8_t)(v >> 8);
	b[1] = (uint8_t)v;
}

/* One 8-byte access each (byte loops cost a store-forwarding stall when the checksum reads the result). */
static inline void put_le64(uint8_t *b, uint64_t v)
{
	v = htole64(v);
	memcpy(b, &v, 8);
}

static inline uint64_t get_le64(const uint8_t *b)
{
	uint64_t v;

	memcpy(&v, b, 8);
	return le64toh(v);
}

/* ping.c: output as iputils buffers it (stdout flushed where iputils flushes it). */
void ping_flush(struct ping *p);
/* error(3): stdout flushed, then "PROG: MESSAGE[: strerror(errnum)]" on stderr. */
void ping_error(struct ping *p, int errnum, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* error(status, ...) after setup began: the message, then the task ends with status. */
int ping_fatal(struct ping *p, int status, int errnum, const char *fmt, ...) __attribute__((format(printf, 4, 5)));
/* The "not supported by vethlab" refusal (status 2); what is a noun phrase. */
int ping_refuse(struct ping *p, const char *what);
/* print_timestamp: "[sec.usec] " under -D. */
void ping_timestamp(struct ping *p);
/* usage(): the help text on stderr, status 2. */
int ping_usage(struct ping *p);

/* ping.c: the family-independent bookkeeping. */
void acknowledge(struct ping *p, uint16_t seq);
int in_flight(const struct ping *p);
/* What iputils' main loop does after a packet or a wakeup: exit checks, then pinger. */
void ping_main_iter(struct ping *p);
/* Where a reply came from; formatted only when a line is printed (not under -f or -q). */
struct ping_from {
	uint32_t v4;
	const uint8_t *v6;   /* NULL for IPv4 */
	int iif;             /* gives an IPv6 link-local address its %scope */
};
/* A reply of cc bytes (icmp at its header); 1 when the line is complete (truncated or quiet). */
int gather_statistics(struct ping *p, const uint8_t *icmp, int cc, int hops, const struct ping_from *from,
		      bool wrong_source);
/* parse_reply's tail after a printed reply: the bell, the newline, the flush. */
void ping_reply_done(struct ping *p);
/* The echo request payload after the 8-byte header: the send time, then -p's pattern or counting bytes. */
void fill_payload(struct ping *p, uint8_t *icmp);
/* pr_addr: "name (address)" when names are looked up and one is known, else the address. */
const char *ping_pr_addr(struct ping *p, const struct ping_from *from, char *buf, size_t len);
/* The sort key getaddrinfo gives a destination (RFC 3484 rules 1, 2, 6 and 8). */
struct ping_rank {
	bool usable;
	bool scope_match;
	int precedence;
	int scope;
};
/* receive_error_msg for a local error the last send queued; true when there was one. */
bool ping_local_error(struct ping *p);
/* Starts the main loop once the family half has printed its PING line. -1, or an exit status. */
int ping_setup(struct ping *p);
/* sock_setbufs' rcvbuf warning, and the refusal of a preload whose replies would overflow it. */
int ping_setbufs(struct ping *p, int hdrlen);
/* A packet that would need fragmenting: refused (ending the run if it is under way). PING_REFUSED. */
/* The hosts file: the first canonical name of addr (family 4 or 6), NULL if none. */
const char *ping_hosts_name(const struct ping *p, const struct ping_dest *d, char *buf, size_t len);

/* ping6.c */
/* getnameinfo(NI_NUMERICHOST) of an IPv6 address and scope: link-scoped ones carry %ifname. */
const char *ping6_fmt_scoped(struct netns *net, const uint8_t *a, int ifindex, char *buf);
/* An IPv6 literal with an optional %scope, as getaddrinfo takes it: 0, -1 (not one), or 1 (bad scope). */
int ping6_parse_literal(struct netns *net, const char *text, struct ping_dest *d);
/* RFC 3484 sort key of an IPv6 destination. */
void ping6_rank(struct ping *p, const struct ping_dest *d, struct ping_rank *r);
/* ping6_run: PING_RUN_NEXT, -1 when running, else an exit status. */
int ping6_run(struct ping *p, const struct ping_dest *d, bool have_next);
/* 0, a negative errno (a failed send, as sendto reports it), or PING_REFUSED. */
int ping6_send_probe(struct ping *p);
/* The raw ICMPv6 socket, open from the start as iputils opens it (it reads only once running). */
void ping6_open(struct ping *p);
void ping6_stop(struct ping *p);

#endif

/* ping_int.h: what ping.c (the iputils core, IPv4) and ping6.c (IPv6) share. */
#ifndef VL_PING_INT_H
#define VL_PING_INT_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "../core/world.h"
#include "../net/ipv4.h"
#include "../net/ipv6.h"
#include "tools.h"

#define MAXWAIT 10
#define MAX_DUP_CHK 0x10000

struct ping {
	struct vl_task task;
	struct raw_sock sk;
	struct raw6_sock sk6;
	struct netns *net;
	int family;          /* 4 or 6 */
	struct vl_timer send_timer, exit_timer, deadline_timer;
	/* options */
	long npackets;
	uint64_t interval_ns;
	int deadline;
	uint64_t linger_ns;
	int datalen;
	int ttl;
	bool quiet, flood;
	bool source_given;   /* -I ADDR: printed as "from ADDR : " */
	bool device_given;   /* -I DEV, even an empty one */
	bool target_given;
	const char *prog;    /* "ping" or "ping6": iputils names itself by argv[0] */
	char device[IFNAMSIZ];
	int oif;
	/* addresses */
	char target[64];
	uint32_t daddr, saddr;
	uint8_t daddr6[16], saddr6[16];
	int scope_id;        /* the target's %scope, as an ifindex */
	uint16_t ident;
	/* counters, as iputils names them */
	long ntransmitted, nreceived, nrepeats, nerrors;
	int pipesize;
	uint16_t acked;
	long tmin, tmax;
	long long tsum, tsum2;
	int rtt;
	uint64_t start_time, cur_time;
	bool exiting;
	bool exit_armed;
	uint8_t rcvd_tbl[MAX_DUP_CHK / 8];
};

static inline uint64_t now_ns(const struct ping *p)
{
	return p->task.world->clock.now;
}

/* gettimeofday in microseconds: the wall-clock second virtual time 0 stands for, plus virtual time. */
static inline long long wall_us(const struct ping *p)
{
	return (long long)p->task.world->epoch_sec * 1000000 + (long long)(now_ns(p) / 1000);
}

static inline void put_le64(uint8_t *b, uint64_t v)
{
	for (int i = 0; i < 8; i++)
		b[i] = (uint8_t)(v >> (8 * i));
}

static inline uint64_t get_le64(const uint8_t *b)
{
	uint64_t v = 0;

	for (int i = 7; i >= 0; i--)
		v = v << 8 | b[i];
	return v;
}

/* ping.c: the family-independent bookkeeping. */
void acknowledge(struct ping *p, uint16_t seq);
int in_flight(const struct ping *p);
void check_exit(struct ping *p);
/* Where a reply came from; formatted only when a line is printed (not under -f or -q). */
struct ping_from {
	uint32_t v4;
	const uint8_t *v6;   /* NULL for IPv4 */
	int iif;             /* gives an IPv6 link-local address its %scope */
};
/* A reply of cc bytes (icmp at its header). */
void gather_statistics(struct ping *p, const uint8_t *icmp, int cc, int ttl, const struct ping_from *from);
/* The echo request payload after the 8-byte header: the send time, then a counting pattern. */
void fill_payload(const struct ping *p, uint8_t *data);

/* ping6.c */
/* getnameinfo(NI_NUMERICHOST) of an IPv6 address and scope: link-scoped ones carry %ifname. */
const char *ping6_fmt_scoped(struct netns *net, const uint8_t *a, int ifindex, char *buf);
/* A target with a ':' is IPv6: parses it (with %scope). -1 when parsed, else an exit status. */
int ping6_resolve(struct vl_cmd_ctx *c, struct ping *p);
/* -I, the source probe and the device warning, as ping6_run. -1 when done, else an exit status. */
int ping6_setup(struct vl_cmd_ctx *c, struct ping *p);
void ping6_start(struct vl_cmd_ctx *c, struct ping *p);
int ping6_send_probe(struct ping *p);
void ping6_stop(struct ping *p);

#endif

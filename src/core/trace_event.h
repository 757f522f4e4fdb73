/*
 * trace_event.h: the records of the packet log (as a perf ring buffer's
 * record layout is the kernel's): packets with their cause and first bytes,
 * and the steps each went through. `why` reads them through ctl/trace_ctl.h.
 */
#ifndef VL_CORE_TRACE_EVENT_H
#define VL_CORE_TRACE_EVENT_H

#include <stdbool.h>
#include <stdint.h>

enum trace_kind {
	TRACE_XMIT,     /* a device sent it (dev_queue_xmit) */
	TRACE_RCV,      /* a device received it (__netif_receive_skb_core) */
	TRACE_DECIDE,   /* a rule decided on it: rule and state say which and why */
	TRACE_DELIVER,  /* a socket took it (a copy) */
	TRACE_DROP,     /* freed as a drop: reason */
	TRACE_CONSUME,  /* freed as done with normally */
};

#define TRACE_NAME 24
#define TRACE_STATE 256
#define TRACE_SNAP 128

struct trace_event {
	uint32_t pkt;
	uint8_t kind;            /* enum trace_kind */
	uint16_t reason;         /* TRACE_DROP: enum skb_drop_reason */
	const char *func;        /* the kernel function (a static string) */
	const char *rule;        /* TRACE_DECIDE: the rule in words (static), or NULL */
	char netns[TRACE_NAME];  /* "" for the initial namespace */
	char dev[TRACE_NAME];
	char state[TRACE_STATE]; /* the values that decided, "name=value ..." */
	char fix[TRACE_STATE];   /* TRACE_DECIDE: commands that would change the outcome, ";"-separated */
	uint64_t t;              /* virtual time, ns */
};

/* A packet as first seen: what caused it, and the start of its frame (or L3 packet). */
struct trace_pkt {
	uint32_t id, parent;
	bool l3;                 /* data starts at the network header (no link header yet) */
	bool earlier;            /* sent by an earlier command, or caused by such a packet */
	uint16_t protocol;       /* ethertype, for l3 snapshots */
	uint32_t len, caplen;
	uint8_t data[TRACE_SNAP];
};

#define TRACE_MAX_EVENTS 4096
#define TRACE_MAX_PKTS 1024

struct trace_log {
	uint32_t first_id;       /* the id of pkt[0]: ids go on across resets, so old ones stay apart */
	uint32_t next_id;
	unsigned int nev, npkt;
	bool overflow;           /* events or packets past the bounds were not kept */
	bool idle;               /* full and no tap listens: steps cost a test and a branch */
	char command[256];       /* the command the log is about, as typed */
	struct trace_event ev[TRACE_MAX_EVENTS];
	struct trace_pkt pkt[TRACE_MAX_PKTS];
};

/*
 * What a probe on a kernel function reads off the buffer as a step happens
 * (pwru's skb meta and the bytes its pcap filter runs on), handed to taps.
 */
struct trace_skb_view {
	uint32_t netns_ino;      /* skb->dev's namespace's inode number, else its socket's, else 0 */
	uint32_t mark, ifindex, mtu, len;
	uint16_t protocol;       /* skb->protocol, host order */
	bool l2;                 /* data starts at the link header (the kernel's mac_len != 0) */
	int nh;                  /* the network header's offset in data, -1 when unset */
	uint32_t caplen;         /* bytes at data, to the buffer's tail */
	const uint8_t *data;
};

/*
 * A listener on every step, as a kprobe on each traced function: called
 * with the step and the buffer as it is then, while the log is on (full or
 * not). The listener owns the struct; it stays linked until removed.
 */
typedef void (*trace_tap_fn)(void *arg, const struct trace_event *e, const struct trace_skb_view *v);
struct trace_tap {
	trace_tap_fn fn;
	void *arg;
	struct trace_tap *next;
};

#endif

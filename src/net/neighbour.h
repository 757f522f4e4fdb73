/* neighbour.h: the generic neighbour cache and NUD state machine (net/core/neighbour.c). */
#ifndef VL_NEIGHBOUR_H
#define VL_NEIGHBOUR_H

#include <stdbool.h>
#include <stdint.h>

#include "../core/alloc.h"
#include "../core/hash.h"
#include "../core/list.h"
#include "../core/skbuff.h"
#include "../core/timer.h"

struct netdev;
struct netns;

enum {
	NUD_NONE = 0x00,
	NUD_INCOMPLETE = 0x01,
	NUD_REACHABLE = 0x02,
	NUD_STALE = 0x04,
	NUD_DELAY = 0x08,
	NUD_PROBE = 0x10,
	NUD_FAILED = 0x20,
	NUD_NOARP = 0x40,
	NUD_PERMANENT = 0x80,
};
#define NUD_IN_TIMER (NUD_INCOMPLETE | NUD_REACHABLE | NUD_DELAY | NUD_PROBE)
#define NUD_VALID (NUD_PERMANENT | NUD_NOARP | NUD_REACHABLE | NUD_PROBE | NUD_STALE | NUD_DELAY)
#define NUD_CONNECTED (NUD_PERMANENT | NUD_NOARP | NUD_REACHABLE)

#define NEIGH_UPDATE_F_OVERRIDE 0x1
#define NEIGH_UPDATE_F_ADMIN 0x2
/* ND: a different address without override still demotes a connected entry to STALE. */
#define NEIGH_UPDATE_F_WEAK_OVERRIDE 0x4

/* Defaults of net.ipv4.neigh.default.*, in milliseconds where times. */
struct neigh_parms {
	uint32_t base_reachable_time;
	uint32_t retrans_time;
	uint32_t delay_probe_time;
	uint32_t locktime;
	int ucast_probes, mcast_probes, app_probes, mcast_reprobes;
	uint32_t queue_len_bytes;
	uint64_t reachable_time;   /* ns, re-randomised around base_reachable_time */
};

struct neighbour;
struct neigh_table;

struct neigh_ops {
	/* Sends a probe; skb is the newest queued packet or NULL. Does not consume it. */
	void (*solicit)(struct neighbour *n, struct sk_buff *skb);
	/* A queued packet that will never go: report it (ICMP), then consume it. */
	void (*error_report)(struct neighbour *n, struct sk_buff *skb);
	/* Adds the link header for n and transmits. Consumes skb. */
	void (*output)(struct neighbour *n, struct sk_buff *skb);
};

struct neighbour {
	struct vl_hnode hnode;
	struct vl_list node;       /* table list, oldest first (dump order) */
	struct vl_list dev_node;   /* in dev->neighs, for neigh_ifdown */
	struct vl_list gc_node;    /* in the gc_list, unless exempt (empty then) */
	struct neigh_table *tbl;
	struct netdev *dev;
	/* The protocol address: an IPv4 address (host order) or 16 IPv6 bytes. */
	union {
		uint32_t key;
		uint8_t key6[16];
	};
	uint8_t ha[6];
	uint8_t nud_state;
	bool dead;
	bool lo_exempt;            /* made by the kernel on a loopback device: never collected */
	int probes;
	int64_t updated, confirmed, used;  /* signed: "long ago" may precede time 0 */
	struct vl_timer timer;
	struct sk_buff_head arp_queue;
	uint32_t arp_queue_len_bytes;
};

/*
 * What Linux keeps once for the whole kernel: arp_tbl and nd_tbl are single
 * tables shared by every namespace, so their garbage-collection limits and
 * counts are too. The initial namespace's table holds it; the others point
 * at it.
 */
struct neigh_gc {
	unsigned int entries;      /* every entry of every namespace */
	unsigned int gc_entries;   /* those on gc_list: the ones the limits count */
	struct vl_list gc_list;    /* non-exempt entries, oldest created first */
	int64_t last_flush;        /* last forced collection */
	unsigned int thresh1, thresh2, thresh3;
	uint64_t table_fulls, forced_gc_runs, periodic_gc_runs;
	uint64_t periodic_phase;   /* the periodic work runs at phase + k * base_reachable/2 */
	struct vl_timer periodic;  /* armed only while entries >= thresh1 */
	struct netns *net;         /* the initial namespace, for its clock */
};

struct neigh_table {
	struct netns *net;
	const struct neigh_ops *ops;
	unsigned int key_len;      /* 4 for ARP, 16 for ND */
	struct neigh_parms parms;
	struct vl_htab hash;
	struct vl_list entries;
	unsigned int count;
	struct neigh_gc *gc;       /* &own_gc in the initial namespace, else its table's */
	struct neigh_gc own_gc;
	bool (*is_multicast)(const void *pkey);  /* forced collection takes these at any age */
};

/* The initial namespace's collection state for ARP (nd false) or ND; NULL for that namespace itself. */
struct neigh_gc *neigh_shared_gc(struct netns *net, bool nd);
/* gc: NULL for the initial namespace's table, else that table's gc. */
void neigh_table_init(struct neigh_table *tbl, struct netns *net, const struct neigh_ops *ops,
		      unsigned int key_len, struct neigh_gc *gc);
void neigh_table_clear(struct neigh_table *tbl);
/* pkey points at key_len bytes: a uint32_t for ARP, an IPv6 address for ND. */
struct neighbour *neigh_lookup(struct neigh_table *tbl, const void *pkey, const struct netdev *dev);
/*
 * The entry for pkey on dev, a new one (NUD_NONE) if there was none; NULL when
 * the shared table is full (gc_thresh3) and forced collection freed nothing,
 * as neigh_alloc fails with ENOBUFS. Entries the kernel makes on a loopback
 * device are exempt from the limits.
 */
struct neighbour *neigh_create(struct neigh_table *tbl, const void *pkey, struct netdev *dev);
/* As neigh_create for an administrative add (ip neigh add): exempt only if permanent. */
struct neighbour *neigh_create_admin(struct neigh_table *tbl, const void *pkey, struct netdev *dev,
				     uint8_t state);
/* neigh_event_send: 0 when skb may go now; else it was queued or dropped (consumed). */
int neigh_event_send(struct neighbour *n, struct sk_buff *skb);
/* neigh_output: resolve-then-send in one call. Consumes skb. */
void neigh_resolve_output(struct neighbour *n, struct sk_buff *skb);
/* 0, or -EINVAL when a valid state is asked without lladdr for an entry that has none. */
VL_MUST_CHECK int neigh_update(struct neighbour *n, const uint8_t *lladdr, uint8_t new_state,
			       uint32_t flags);
void neigh_destroy(struct neighbour *n);
/* Forgets every entry of dev (device down or gone). */
void neigh_ifdown(struct neigh_table *tbl, struct netdev *dev);
/* neigh_carrier_down: forgets dev's entries but the permanent ones. */
void neigh_carrier_down(struct neigh_table *tbl, struct netdev *dev);
const char *neigh_state_name(uint8_t state);

#endif

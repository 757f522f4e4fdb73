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
/* The router flag is set or cleared as NEIGH_UPDATE_F_ISROUTER says (ip neigh, ND). */
#define NEIGH_UPDATE_F_OVERRIDE_ISROUTER 0x8
#define NEIGH_UPDATE_F_ISROUTER 0x10
/* Administrative: the entry is externally learned (kept out of garbage collection). */
#define NEIGH_UPDATE_F_EXT_LEARNED 0x20
/* Administrative (NTF_USE): only drop PERMANENT; the caller then starts resolution. */
#define NEIGH_UPDATE_F_USE 0x40

/* ndm_flags an entry carries (NTF_*), as rtnetlink reports them. */
enum {
	NTF_USE = 0x01,
	NTF_PROXY = 0x08,
	NTF_EXT_LEARNED = 0x10,
	NTF_ROUTER = 0x80,
};

/*
 * A table's or a device's neighbour parameters (net.ipv{4,6}.neigh.{default,
 * DEV}.*), in milliseconds where times, each a whole number of jiffies as
 * the kernel keeps them. A device's start as a copy of its table's and
 * follow writes to default until written themselves (data_state).
 */
struct neigh_parms {
	uint32_t base_reachable_time;
	uint32_t retrans_time;
	uint32_t delay_probe_time;
	uint32_t locktime;
	uint32_t proxy_delay;       /* a proxied broadcast request waits a random time below this */
	uint32_t proxy_qlen;        /* requests waiting for a proxy answer, at most */
	int ucast_probes, mcast_probes, app_probes, mcast_reprobes;
	uint32_t queue_len_bytes;
	uint32_t gc_stale_time;
	uint32_t anycast_delay;     /* kept and shown; IPv6 anycast answers are not delayed */
	uint32_t interval_probe_time;  /* kept and shown; no entry is managed */
	uint64_t reachable_time;   /* ns, re-randomised around base_reachable_time */
	uint32_t data_state;       /* the NEIGH_VAR_ values written on this device */
	uint32_t spare;            /* 0: no padding, so that devices' blocks compare with memcmp (cow.h) */
};

/* The parameters by the kernel's NEIGH_VAR_ index. */
enum neigh_var {
	NEIGH_VAR_MCAST_PROBES, NEIGH_VAR_UCAST_PROBES, NEIGH_VAR_APP_PROBES, NEIGH_VAR_MCAST_REPROBES,
	NEIGH_VAR_RETRANS_TIME, NEIGH_VAR_BASE_REACHABLE_TIME, NEIGH_VAR_DELAY_PROBE_TIME,
	NEIGH_VAR_INTERVAL_PROBE_TIME_MS, NEIGH_VAR_GC_STALETIME, NEIGH_VAR_QUEUE_LEN_BYTES,
	NEIGH_VAR_PROXY_QLEN, NEIGH_VAR_ANYCAST_DELAY, NEIGH_VAR_PROXY_DELAY, NEIGH_VAR_LOCKTIME,
	NEIGH_VAR_MAX
};
/* The field of p for var. */
uint32_t *neigh_var_ptr(struct neigh_parms *p, enum neigh_var var);
/* The compiled defaults of a table's parameters (arp_tbl's; nd_tbl's locktime is 0, ndisc_parms_default). */
void neigh_parms_default(struct neigh_parms *p);
/* nd_tbl's: neigh_parms_default but for locktime. */
void ndisc_parms_default(struct neigh_parms *p);
/* neigh_rand_reach_time on p's base, from the world's generator. */
void neigh_parms_rand_reach(struct neigh_parms *p, struct netns *net);

struct neighbour;
struct neigh_table;

struct neigh_ops {
	/* Sends a probe; skb is the newest queued packet or NULL. Does not consume it. */
	void (*solicit)(struct neighbour *n, struct sk_buff *skb);
	/* A queued packet that will never go: report it (ICMP), then consume it. */
	void (*error_report)(struct neighbour *n, struct sk_buff *skb);
	/* Adds the link header for n and transmits. Consumes skb. */
	int (*output)(struct neighbour *n, struct sk_buff *skb);   /* NET_XMIT_* */
	/*
	 * The table's constructor for a new entry: may rewrite the key (ARP
	 * keys every loopback entry 0.0.0.0) and makes entries that need no
	 * resolution NOARP with their link address. 0 or -EINVAL.
	 */
	int (*constructor)(struct neighbour *n);
	/* The device's own parameters (in_device's arp_parms, inet6_dev's nd_parms), or NULL. */
	const struct neigh_parms *(*dev_parms)(const struct netdev *dev);
	/* A proxied request whose delay ran out: answered now (arp_process again). Consumes skb. */
	void (*proxy_redo)(struct sk_buff *skb);
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
	uint8_t flags;             /* NTF_ROUTER, NTF_EXT_LEARNED */
	uint8_t protocol;          /* NDA_PROTOCOL, 0 when none was given */
	bool dead;
	bool hh;                   /* the header cache is filled: connected sends skip the slow path */
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

/*
 * A proxy entry (pneigh_entry): the host answers for key on dev, or on any
 * device when dev is NULL. Kept in the kernel's dump order: by hash bucket,
 * newest first within one.
 */
struct pneigh_entry {
	struct vl_list node;
	struct netdev *dev;
	uint8_t flags;             /* the NTF_* flags given (NTF_PROXY included) */
	uint8_t protocol;
	bool permanent;            /* survives a lost carrier */
	unsigned int bucket;       /* pneigh_hash */
	union {
		uint32_t key;
		uint8_t key6[16];
	};
};

struct neigh_table {
	struct netns *net;
	const struct neigh_ops *ops;
	unsigned int key_len;      /* 4 for ARP, 16 for ND */
	struct neigh_parms parms;
	struct vl_htab hash;
	struct vl_list entries;
	unsigned int count;
	struct neigh_gc *gc;       /* own_gc in the initial namespace, else its table's */
	struct neigh_gc *own_gc;   /* the initial namespace's alone (NULL elsewhere) */
	bool (*is_multicast)(const void *pkey);  /* forced collection takes these at any age */
	struct vl_list pneighs;    /* proxy entries, in dump order */
	struct neigh_proxy *proxy;  /* the requests waiting out proxy_delay; NULL until the first */
};

/* A table's proxied requests waiting (pneigh_enqueue): made with the first, as few tables ever proxy. */
struct neigh_proxy {
	struct neigh_table *tbl;
	struct sk_buff_head queue;  /* skb->due is when */
	struct vl_timer timer;
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
 * The entry for pkey on dev, a new one if there was none (NUD_NONE, or NOARP
 * as the table's constructor decides); NULL when the shared table is full
 * (gc_thresh3) and forced collection freed nothing, as neigh_alloc fails
 * with ENOBUFS. Entries the kernel makes on a loopback device are exempt
 * from the limits.
 */
/* The parameters an entry of dev follows: the device's, or the table's when it has none. */
const struct neigh_parms *neigh_dev_parms(const struct neigh_table *tbl, const struct netdev *dev);
static inline const struct neigh_parms *neigh_parms_of(const struct neighbour *n)
{
	return neigh_dev_parms(n->tbl, n->dev);
}
struct neighbour *neigh_create(struct neigh_table *tbl, const void *pkey, struct netdev *dev);
/*
 * As neigh_create for an administrative add (ip neigh add): exempt from the
 * limits only if permanent or externally learned (flags: NTF_EXT_LEARNED).
 */
struct neighbour *neigh_create_admin(struct neigh_table *tbl, const void *pkey, struct netdev *dev,
				     uint8_t state, uint8_t flags);
/*
 * neigh_event_send: 0 when skb may go now; else it was queued or dropped
 * (consumed). Every call counts as a use of the entry (used = now).
 */
int neigh_event_send(struct neighbour *n, struct sk_buff *skb);
/*
 * neigh_output: a connected entry whose header cache is filled sends at once
 * (not a use); any other goes the slow way, neigh_resolve_output: resolve,
 * fill the cache, send. Consumes skb.
 */
int neigh_output(struct neighbour *n, struct sk_buff *skb);
/*
 * __neigh_update: 0; -EPERM when a non-administrative update meets a NOARP or
 * PERMANENT entry; -EINVAL when a valid state is asked without lladdr for an
 * entry that has none.
 */
VL_MUST_CHECK int neigh_update(struct neighbour *n, const uint8_t *lladdr, uint8_t new_state,
			       uint32_t flags);
void neigh_destroy(struct neighbour *n);
/* Forgets every entry and proxy entry of dev (device down or gone). */
void neigh_ifdown(struct neigh_table *tbl, struct netdev *dev);
/* neigh_changeaddr: forgets dev's entries, permanent ones too, and keeps its proxy entries. */
void neigh_changeaddr(struct neigh_table *tbl, struct netdev *dev);
/* neigh_carrier_down: forgets dev's entries and proxy entries but the permanent ones. */
void neigh_carrier_down(struct neigh_table *tbl, struct netdev *dev);
const char *neigh_state_name(uint8_t state);
/* Whole seconds since t (an entry's used, confirmed or updated), as NDA_CACHEINFO reports them. */
uint32_t neigh_age_seconds(const struct neighbour *n, int64_t t);
/* The references rtnetlink reports (ndm_refcnt): the running timer holds one. */
uint32_t neigh_refcnt(const struct neighbour *n);

/* pneigh_lookup: the entry for key on dev, or one for every device. */
struct pneigh_entry *pneigh_lookup(struct neigh_table *tbl, const void *pkey, const struct netdev *dev);
/* pneigh_create: a new entry, or the one for exactly (key, dev) updated; protocol 0 keeps it. */
void pneigh_create(struct neigh_table *tbl, const void *pkey, struct netdev *dev, uint8_t flags,
		   uint8_t protocol, bool permanent);
/* pneigh_delete: the entry for exactly (key, dev); -ENOENT when there is none. */
VL_MUST_CHECK int pneigh_delete(struct neigh_table *tbl, const void *pkey, const struct netdev *dev);
/* pneigh_enqueue: answer skb after a random part of proxy_delay. Consumes skb. */
void pneigh_enqueue(struct neigh_table *tbl, struct sk_buff *skb);

#endif

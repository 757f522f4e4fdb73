/* world.h: the context that owns everything: clock, random source, namespaces. */
#ifndef VL_WORLD_H
#define VL_WORLD_H

#include <stdbool.h>
#include <stdint.h>

#include "alloc.h"
#include "cow.h"
#include "hash.h"
#include "list.h"
#include "dropreason.h"
#include "ida.h"
#include "kmem.h"
#include "rng.h"
#include "skbuff.h"
#include "timer.h"

struct netns;
struct netdev_notifier;
struct rtnl_link_ops;
struct pernet_operations;
struct packet_type;
struct trace_log;
struct trace_tap;

/* How many of each a world can register: the kernel's built-in set is small. */
#define WORLD_MAX_REG 8

/*
 * What the protocols and drivers registered, as the kernel's initcalls
 * fill its lists: per-namespace operations (subsystems first, then
 * devices), packet handlers by ethertype, device notifiers by priority,
 * and the link kinds `ip link add` can create.
 */
struct world_registry {
	const struct pernet_operations *pernet[WORLD_MAX_REG];
	unsigned int n_pernet, first_device;  /* pernet[first_device..] are device ops */
	const struct packet_type *ptype[WORLD_MAX_REG];
	unsigned int n_ptype;
	const struct netdev_notifier *notifiers[WORLD_MAX_REG]; /* highest priority first */
	unsigned int n_notifiers;
	const struct rtnl_link_ops *link_ops[WORLD_MAX_REG];
	unsigned int n_link_ops;
};

struct world {
	struct vl_clock clock;
	struct vl_rng rng;
	struct netns *init_net;
	const struct sysctl_net *sysctl_child;  /* new namespaces' sysctls, shared (netns.c) */
	char *heap_advised;             /* how far kmem_heap_advise went */
	struct vl_htab ns_by_name;
	struct vl_list ns_named;       /* named namespaces in creation order */
	struct vl_list ns_dying;       /* deleted namespaces still in use (netns_unlink) */
	struct vl_list ns_cleanup;     /* unused ones whose last user went during a step (put_net) */
	struct vl_timer netns_cleanup_timer;  /* frees them a little later (cleanup_net's workqueue) */
	bool in_step;                  /* a timer's work is running (world_step) */
	struct world_registry reg;
	struct trace_log *trace;        /* the packets' journeys for `why`; NULL: not traced */
	struct trace_tap *trace_taps;   /* listeners on each step (pwru), while traced */
	struct skb_pool skb_pool;
	struct kmem_cache kmem[KMEM_MAX];  /* namespaces' and devices' per-type state */
	struct kmem_cache netdev_kmem[KMEM_NETDEV_SIZES];  /* devices, by size (with their private part) */
	/* Devices' sysctl blocks, shared copy on write: IPv4 and IPv6 conf, neighbour parameters. */
	struct cow_intern cow_conf4, cow_conf6, cow_parms;
	uint64_t hop_delay_ns;     /* time a frame takes to be received after xmit */
	uint64_t hop_jitter_ns;    /* plus up to this much, from the rng */
	uint64_t wire_last_due;    /* when the frame last put on a wire is due: none overtakes it */
	uint64_t tap_gen;          /* packet taps attached so far: orders a frame's sending against a capture's start */
	uint64_t drops[SKB_DROP_REASON_MAX];
	uint64_t epoch_sec;        /* wall-clock second that virtual time 0 stands for */
	struct vl_list linkwatch;       /* devices with a carrier change not yet announced (lweventlist) */
	/*
	 * The kernel's linkwatch work: it runs at the end of the operation that
	 * scheduled it at once (linkwatch_due), else when linkwatch_timer fires.
	 * A run that takes every change sets linkwatch_nextevent a second on; a
	 * change that is not urgent waits for it (LW_URGENT: linkwatch_urgent).
	 */
	struct vl_timer linkwatch_timer;
	uint64_t linkwatch_nextevent;
	bool linkwatch_urgent;
	bool linkwatch_due;
	bool linkwatch_running;
	uint64_t seed;                  /* as given: keys per-boot hashes (flow labels) */
	uint64_t netns_seq;             /* namespaces created so far */
	/*
	 * softnet_data of the one emulated CPU: input_pkt_queue's length (frames
	 * queued since net_rx_action last ran, counted against
	 * netdev_max_backlog) and local_bh_disable's nesting (when it drops to
	 * 0 the pending softirq runs).
	 */
	uint32_t softnet_qlen;
	uint32_t bh_depth;
	int netdev_max_backlog;         /* net.core.netdev_max_backlog (init_net only) */
#define NETDEV_MAX_BACKLOG_DEFAULT 1000
	uint64_t softnet_dropped;       /* frames refused by a full backlog */
	uint64_t steps;                 /* events run so far */
	uint64_t step_limit;            /* 0, or the event count past which world_step stops (fuzzing) */
	bool no_host_files;             /* commands may not read or write host files (fuzzing) */
	char extack_buf[192];          /* an extack message with a number in it, for the last request */
	struct world_file *files;       /* userland's private files (nstat's history): in memory, per world */
	struct ida netns_ida;           /* the namespaces' inode numbers in use */
};

/*
 * A file a program keeps between runs (nstat's /tmp/.nstat.uUID) lives in
 * the world, not on the host: a script run twice starts from the same state.
 */
struct world_file {
	struct world_file *next;
	char *name, *data;
	size_t len;
};
/* The file's bytes (*len set), or NULL when there is none. */
const char *world_file_get(const struct world *w, const char *name, size_t *len);
/* Replaces (or creates) the file with len bytes of data. */
void world_file_put(struct world *w, const char *name, const char *data, size_t len);
void world_file_del(struct world *w, const char *name);

/*
 * An empty world: clock, random source, no namespace and nothing
 * registered. The composition root (boot.c) registers the protocols and
 * drivers and creates the initial namespace. Never NULL.
 */
struct world *world_alloc(uint64_t seed);
void world_free(struct world *w);
/*
 * The end of a run whose process exits next: under AddressSanitizer the
 * world is freed as world_free does, so that a leak is still seen;
 * otherwise its memory goes back with the process, as a program that is
 * about to exit leaves it (freeing 100,000 namespaces object by object was
 * a seventh of the time it took to build them). Nothing outside the process
 * depends on the world's teardown: every job has ended and its output is out.
 */
void world_exit(struct world *w);

/* register_pernet_subsys and register_pernet_device: -ENOSPC when the registry is full. */
VL_MUST_CHECK int register_pernet_subsys(struct world *w, const struct pernet_operations *ops);
VL_MUST_CHECK int register_pernet_device(struct world *w, const struct pernet_operations *ops);
/* dev_add_pack: frames of pt->type go to pt->func; -EEXIST for a second handler of a type. */
VL_MUST_CHECK int dev_add_pack(struct world *w, const struct packet_type *pt);
/* register_netdevice_notifier: called by priority, highest first, then in registration order. */
VL_MUST_CHECK int register_netdevice_notifier(struct world *w, const struct netdev_notifier *nb);
/* rtnl_link_register: `ip link add ... type ops->kind`; -EEXIST for a kind already there. */
VL_MUST_CHECK int rtnl_link_register(struct world *w, const struct rtnl_link_ops *ops);

/* Runs the next due event (timer); false when nothing is pending. */
bool world_step(struct world *w);
/* Runs every event due at or before t, then sets the clock to t. */
void world_run_until(struct world *w, uint64_t t);
uint64_t world_now(const struct world *w);

struct netns *world_netns_by_name(const struct world *w, const char *name);
/* rtnl_link_ops_get: the registered kind, or NULL. */
const struct rtnl_link_ops *rtnl_link_ops_get(const struct world *w, const char *kind);
/* The handler registered for an ethertype, or NULL (ptype_base's lookup). */
const struct packet_type *world_ptype(const struct world *w, uint16_t type);

#endif

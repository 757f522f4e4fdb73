/* world.h: the context that owns everything: clock, random source, namespaces. */
#ifndef VL_WORLD_H
#define VL_WORLD_H

#include <stdbool.h>
#include <stdint.h>

#include "hash.h"
#include "list.h"
#include "dropreason.h"
#include "rng.h"
#include "skbuff.h"
#include "timer.h"

struct netns;
struct netdev_notifier;
struct link_ops;

struct world {
	struct vl_clock clock;
	struct vl_rng rng;
	struct netns *init_net;
	struct vl_htab ns_by_name;
	struct vl_list ns_named;       /* named namespaces in creation order */
	const struct netdev_notifier *const *notifiers; /* NULL-terminated */
	const struct link_ops *const *link_types;       /* NULL-terminated */
	struct skb_pool skb_pool;
	uint64_t hop_delay_ns;     /* time a frame takes to be received after xmit */
	uint64_t hop_jitter_ns;    /* plus up to this much, from the rng */
	uint64_t drops[SKB_DROP_REASON_MAX];
	uint64_t epoch_sec;        /* wall-clock second that virtual time 0 stands for */
	const struct proto_ops *proto;  /* the network layer's entry points */
	struct vl_list linkwatch;       /* devices with a carrier change not yet announced */
	uint64_t seed;                  /* as given: keys per-boot hashes (flow labels) */
	uint64_t netns_seq;             /* namespaces created so far */
	uint32_t backlog_qlen;          /* frames waiting in every device's backlog (one CPU) */
	int netdev_max_backlog;         /* net.core.netdev_max_backlog (init_net only) */
	uint64_t softnet_dropped;       /* frames refused by a full backlog */
	uint64_t steps;                 /* events run so far */
	uint64_t step_limit;            /* 0, or the event count past which world_step stops (fuzzing) */
	bool no_host_files;             /* commands may not read or write host files (fuzzing) */
	char extack_buf[192];          /* an extack message with a number in it, for the last request */
};

/* Entry points of the protocol layer, filled by net/ (keeps core/ free of it). */
struct sk_buff;
struct netdev;
struct proto_ops {
	void (*rcv)(struct sk_buff *skb);   /* a frame leaving the backlog; consumes skb */
	void (*netns_exit)(struct netns *net);
	void (*netns_init)(struct netns *net);
};

/* Builds a world that looks like a freshly booted host: lo up with 127.0.0.1/8. Never NULL. */
struct world *world_new(uint64_t seed);
void world_free(struct world *w);

/* Runs the next due event (timer); false when nothing is pending. */
bool world_step(struct world *w);
/* Runs every event due at or before t, then sets the clock to t. */
void world_run_until(struct world *w, uint64_t t);
uint64_t world_now(const struct world *w);

struct netns *world_netns_by_name(const struct world *w, const char *name);
const struct link_ops *world_link_ops(const struct world *w, const char *kind);

#endif

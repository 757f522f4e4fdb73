/* inet_fragment.h: the reassembly queues IPv4 and IPv6 share (net/ipv4/inet_fragment.c): fragments by offset until whole or timed out. */
#ifndef VL_INET_FRAGMENT_H
#define VL_INET_FRAGMENT_H

#include <stdbool.h>
#include <stdint.h>

#include "../core/hash.h"
#include "../core/timer.h"
#include "snmp.h"

struct sk_buff;
struct netns;

#define INET_FRAG_FIRST_IN 1
#define INET_FRAG_LAST_IN 2
#define INET_FRAG_KEY 40

/* Where a fragment's payload sits: in the datagram (offset, end) and in the fragment (hlen bytes of header). */
struct frag_bounds {
	uint32_t offset, end, hlen;
	bool more;
};

struct inet_frag_queue;

/* What a family adds: its bounds, counters, timeout, expiry and whole header. */
struct inet_frags {
	void (*bounds)(const struct sk_buff *skb, struct frag_bounds *b);
	void (*inc_stats)(struct netns *net, enum ipstats_mib f);
	uint64_t (*timeout)(const struct netns *net);
	/* ip_expire, ip6_frag_expire: the sender told, about the first fragment, when it came. */
	void (*expire)(struct inet_frag_queue *q, struct sk_buff *first);
	/* The whole datagram's header (hlen bytes) written from the first fragment's for payload bytes. */
	uint32_t (*head_len)(const struct sk_buff *first);
	void (*finish)(uint8_t *p, const struct sk_buff *first, uint32_t payload);
	uint32_t max_size;        /* the largest datagram, header included */
	bool unaligned_discards;  /* IPv6: a middle fragment not a multiple of 8 poisons its queue */
};

struct inet_frag_queue {
	struct vl_hnode hnode;
	struct netns *net;
	struct vl_htab *tab;
	uint32_t *mem_total;     /* the namespace's bytes held, against its threshold */
	const struct inet_frags *f;
	uint8_t key[INET_FRAG_KEY];
	uint8_t flags;           /* INET_FRAG_FIRST_IN | INET_FRAG_LAST_IN */
	uint32_t len, meat, mem;
	struct sk_buff *frags;   /* by offset, linked through next; data at the network header */
	struct vl_timer timer;
};

/* A queue set of a namespace: the table and its memory. */
struct inet_frag_set {
	struct vl_htab tab;
	uint32_t mem;
};

/*
 * Queues skb (REASMREQDS counted by the caller) under key; returns the whole
 * datagram (data at its network header, from the first fragment's) once the
 * last missing piece came, else NULL (skb kept or dropped).
 */
struct sk_buff *inet_frag_queue_rcv(const struct inet_frags *f, struct inet_frag_set *s, struct netns *net,
				    struct sk_buff *skb, const uint8_t *key);
/* The namespace goes: every queue with it. */
void inet_frags_exit(struct inet_frag_set *s);

#endif

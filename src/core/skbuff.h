/* skbuff.h: the packet buffer, modelled on sk_buff, and its pool (no malloc per packet). */
#ifndef VL_SKBUFF_H
#define VL_SKBUFF_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "alloc.h"
#include "kmem.h"

struct netdev;
struct skb_pool;
struct world;


#define SKB_HEADROOM 128

struct sk_buff {
	struct sk_buff *next;
	struct netdev *dev;
	uint8_t *head;       /* buffer start */
	uint8_t *data;       /* current start of data */
	uint32_t len;        /* bytes from data */
	uint32_t size;       /* buffer size */
	uint16_t protocol;   /* ethertype, host order */
	uint8_t pkt_type;    /* PACKET_HOST, ... (the values of uapi/if_packet.h) */
	uint8_t local_out;   /* built by this host's stack (not received) */
	uint8_t rt_local;    /* its route was RTCF_LOCAL (delivered through lo) */
	uint8_t rt_bcast;    /* its route was RTCF_BROADCAST (sent or received for a broadcast address) */
	uint8_t mc_loop;     /* sk_mc_loop of its sender: a copy of a multicast packet is looped back */
	uint8_t mac_len;     /* the link header's length, set on receive (0: never received) */
	int16_t mac_off, nh_off; /* offsets from head, -1 when unset */
	int skb_iif;         /* ifindex it arrived on */
	int rt_iif;          /* inet_iif: for looped-back packets, the device of the local route */
	uint64_t due;        /* backlog: virtual time of delivery */
	uint64_t tstamp;
	uint64_t sent_gen;   /* world tap_gen + 1 when it was sent (0: not yet): see run_taps */
	struct skb_pool *pool;
	uint32_t trace_id;   /* its id in the world's trace (0: not seen yet), kept by copies */
	uint32_t sk_ino;     /* once queued on a socket: its namespace's inode number (skb->sk's net) */
	/*
	 * The control buffer: the current layer's private state for this
	 * packet, as the kernel's skb->cb (IPv4 keeps its parsed header in
	 * it, IPCB). Its first SKB_CB_CLEAR bytes are cleared by alloc_skb; copied by skb_copy.
	 */
	_Alignas(8) uint8_t cb[48];
};
/* How much of cb a fresh buffer has cleared: each layer keeps its valid flag in these bytes. */
#define SKB_CB_CLEAR 8

struct sk_buff_head {
	struct sk_buff *first, *last;
	uint32_t qlen;
};

/* Free lists by size class; buffers are recycled, never freed until the pool goes. */
struct skb_pool {
	struct world *world;   /* the owner (NULL for a pool of its own, as in unit tests) */
	struct sk_buff *free_tiny, *free_small, *free_large;
	uint64_t allocated;
	/*
	 * Where small buffers come from: a big world keeps one or two frames
	 * pending per namespace, so the pool grows by as many, in slabs.
	 */
	struct kmem_cache tiny_kmem, small_kmem;
};

/*
 * Buffer sizes, headroom included. Tiny ones hold what control protocols
 * send (ARP, neighbour solicitations, MLD reports; a default ping's
 * request): a world built without a pause keeps such a frame or two in
 * flight per host until virtual time moves, so their size is most of its
 * packet memory (100,000 hosts: 1,349 MB in small buffers, 1,008 MB so).
 */
#define SKB_TINY 256
#define SKB_SMALL 2048
#define SKB_LARGE (65536 + 256)

/*
 * What a buffer costs a byte limit (a socket's rcvbuf, a neighbour's queue
 * of unresolved packets): a tiny one counts as a small one, so that the
 * limits fill after as many packets as they did before tiny buffers.
 */
static inline uint32_t skb_acct_size(const struct sk_buff *skb)
{
	return skb->size < SKB_SMALL ? SKB_SMALL : skb->size;
}

void skb_pool_init(struct skb_pool *p);
void skb_pool_free(struct skb_pool *p);
/*
 * A buffer for len bytes of payload with SKB_HEADROOM in front; NULL when no
 * buffer is that big (len > SKB_LARGE - SKB_HEADROOM), never for want of memory.
 */
struct sk_buff *alloc_skb(struct skb_pool *p, uint32_t len);
/*
 * consume_skb: the packet was done with normally (delivered, answered,
 * transmitted); it goes back to its pool and counts as no drop. A drop says
 * why, with kfree_skb_reason (netdev.h). Consumes skb; NULL is a no-op.
 */
void consume_skb_at(struct sk_buff *skb, const char *func);
#define consume_skb(skb) consume_skb_at((skb), __func__)
/* Returns skb to its pool, as consume_skb and kfree_skb_reason both end. */
void skb_free(struct sk_buff *skb);
/*
 * skb_copy: a copy with its own buffer (headroom, data and metadata, not
 * its queue link), for flooding a frame to several ports or keeping one a
 * tap saw. skb_clone is the same here: vethlab never shares a buffer, so
 * a clone may be written to without skb_unshare. Never NULL.
 */
struct sk_buff *skb_copy(const struct sk_buff *skb);
/*
 * __copy_skb_header, in short: what a packet made from another (a fragment,
 * a reassembled datagram) keeps of it: device, protocol, packet type, where
 * it came from and when. Not the data, offsets, cb or trace id.
 */
void skb_copy_header(struct sk_buff *to, const struct sk_buff *from);
struct sk_buff *skb_clone(const struct sk_buff *skb);

/*
 * The three move data's bounds within the buffer. Out of bounds they return
 * NULL and leave skb unchanged (the kernel would panic): callers drop the
 * packet, or say why they cannot be out of bounds.
 */
/* Extends the data by len bytes at the tail; returns the old tail. NULL past head + size. */
VL_MUST_CHECK uint8_t *skb_put(struct sk_buff *skb, uint32_t len);
/* Extends the data by len bytes in front; returns the new data. NULL before head. */
VL_MUST_CHECK uint8_t *skb_push(struct sk_buff *skb, uint32_t len);
/* Removes len bytes from the front; returns the new data. NULL past the data's end. */
VL_MUST_CHECK uint8_t *skb_pull(struct sk_buff *skb, uint32_t len);
static inline uint8_t *skb_network_header(const struct sk_buff *skb)
{
	return skb->head + skb->nh_off;
}
static inline uint8_t *skb_mac_header(const struct sk_buff *skb)
{
	return skb->head + skb->mac_off;
}
static inline void skb_reset_network_header(struct sk_buff *skb)
{
	skb->nh_off = (int16_t)(skb->data - skb->head);
}
static inline void skb_reset_mac_header(struct sk_buff *skb)
{
	skb->mac_off = (int16_t)(skb->data - skb->head);
}

void skb_queue_init(struct sk_buff_head *q);
void skb_queue_tail(struct sk_buff_head *q, struct sk_buff *skb);
struct sk_buff *skb_dequeue(struct sk_buff_head *q);

#endif

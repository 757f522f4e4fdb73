/*
 * trace.h: the stack's tracepoints for `why`: every packet gets an id and
 * the id of the packet that caused it, and each step (a device sent or
 * received it, a rule decided on it, it was dropped or consumed) is logged
 * with the kernel function, the namespace and the device. Off (one
 * predictable branch per step) until the world has a log.
 */
#ifndef VL_TRACE_H
#define VL_TRACE_H

#include <stdbool.h>
#include <stdint.h>

#include "alloc.h"
#include "world.h"

struct sk_buff;
struct netdev;
struct world;

#include "trace_event.h"

/* Starts (or restarts, empty) the world's log. */
void trace_start(struct world *w);
/* Stops logging and frees the log. */
void trace_stop(struct world *w);
/* Empties the log for the command about to run (its text, for why -j). */
void trace_reset(struct world *w, const char *command);

/* Adds a listener on every step (while the log is on), or removes one. */
void trace_tap_add(struct world *w, struct trace_tap *tap);
void trace_tap_remove(struct world *w, struct trace_tap *tap);

/* The slow paths, behind the inline checks below. */
void __trace_skb(struct sk_buff *skb, enum trace_kind kind, const char *func, int reason,
		 const char *rule, const char *state);
void __trace_caused_by(struct sk_buff *skb, struct sk_buff *cause);
/* The world whose pool the buffer came from (NULL for a pool of its own). */
static inline struct world *skb_world(const struct sk_buff *skb)
{
	return skb->pool->world;
}

static inline bool trace_on(const struct sk_buff *skb)
{
	const struct world *w = skb_world(skb);

	/* A full log with no tap takes nothing more: a flood past its first packets costs a test and a branch. */
	return __builtin_expect(w && w->trace && !w->trace->idle, 0);
}

/* A step of skb's journey (no rule, no state). */
static inline void trace_skb_at(struct sk_buff *skb, enum trace_kind kind, const char *func)
{
	if (trace_on(skb))
		__trace_skb(skb, kind, func, 0, NULL, NULL);
}
#define trace_skb trace_skb_at

/* skb was made because of cause (an answer, an error about it, a resolution for it). */
static inline void trace_caused_by(struct sk_buff *skb, struct sk_buff *cause)
{
	if (cause && trace_on(skb))
		__trace_caused_by(skb, cause);
}

struct netns;
/* An IPv6 address as text (inet_ntop), for the state a decision records; buf holds 46 bytes. */
const char *trace_fmt6(const uint8_t *a, char *buf);
/* An IPv4 address (host order) as dotted text; buf holds 16 bytes. */
const char *trace_fmt4(uint32_t a, char *buf);
/* trace_fmt4 into a buffer that lasts to the end of the enclosing block (an argument list's, say). */
#define TRACE_IP4(a) trace_fmt4((a), (char[16]){ 0 })
/* "ip -n NAME " for a command run on net's objects, "ip " in the initial namespace; buf of TRACE_NAME + 8. */
const char *trace_ip_n(const struct netns *net, char *buf);
#define TRACE_IP_N(net) trace_ip_n((net), (char[TRACE_NAME + 8]){ 0 })
/* What a fix run in net starts with: "ip netns exec NAME ", or "" in the initial namespace. */
const char *trace_netns_exec(const struct netns *net, char *buf, size_t len);

/*
 * trace_netns_exec for the namespace skb was first logged in (where it was
 * sent from), or NULL when the log has no step of it. Only when explaining:
 * it reads the log from the start.
 */
const char *trace_origin_exec(const struct sk_buff *skb, char *buf, size_t len);

/* The namespace skb's packet was first logged in (sent from), or NULL. Only when explaining, as above. */
struct netns *trace_origin_net(const struct sk_buff *skb);
/* The TTL skb's packet (IPv4) had when first logged, or -1. */
int trace_origin_ttl(const struct sk_buff *skb);
/* How many times skb's packet was received in namespace netns ("" the initial one) so far. */
unsigned int trace_visits(const struct sk_buff *skb, const char *netns);

/* A decision that stopped a packet before there was one (a send with no route): no packet id. */
void trace_note(struct world *w, const char *func, const char *rule, const char *state, const char *fix);

/*
 * A decision on skb: the rule applied (static text), the state that
 * decided it and, when it stopped the packet, the commands that would
 * change it. Callers check trace_on() before formatting state and fix.
 */
void trace_decide(struct sk_buff *skb, const char *func, const char *rule, const char *state,
		  const char *fix);

#endif

/* trace.c: the packet log behind `why`: ids, causes, snapshots and steps, bounded, no malloc per packet. */
#include "trace.h"

#include <arpa/inet.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "netdev.h"
#include "netns.h"
#include "world.h"

void trace_start(struct world *w)
{
	if (!w->trace) {
		w->trace = vl_malloc(sizeof(*w->trace));
		w->trace->next_id = 1;
	}
	trace_reset(w, NULL);
}

void trace_stop(struct world *w)
{
	free(w->trace);
	w->trace = NULL;
}

void trace_reset(struct world *w, const char *command)
{
	struct trace_log *l = w->trace;

	if (!l)
		return;
	vl_strlcpy(l->command, command, sizeof(l->command));
	/* Ids keep counting: a packet of an earlier command keeps an id below first_id. */
	if (!l->next_id)
		l->next_id = 1;
	l->first_id = l->next_id;
	l->nev = l->npkt = 0;
	l->overflow = false;
	l->idle = false;
}

/* The log is full: it keeps nothing more, and steps cost nothing more unless a tap listens. */
static void trace_set_full(struct world *w)
{
	w->trace->overflow = true;
	w->trace->idle = !w->trace_taps;
}

void trace_tap_add(struct world *w, struct trace_tap *tap)
{
	tap->next = w->trace_taps;
	w->trace_taps = tap;
	if (w->trace)
		w->trace->idle = false;
}

void trace_tap_remove(struct world *w, struct trace_tap *tap)
{
	for (struct trace_tap **pp = &w->trace_taps; *pp; pp = &(*pp)->next) {
		if (*pp == tap) {
			*pp = tap->next;
			break;
		}
	}
	tap->next = NULL;
	if (w->trace)
		w->trace->idle = w->trace->overflow && !w->trace_taps;
}

/* The packet's id, given at its first sight; its entry is pkt[id - 1] while the log has room. */
static uint32_t trace_pkt_id(struct trace_log *l, struct sk_buff *skb)
{
	if (skb->trace_id >= l->first_id)
		return skb->trace_id;
	bool earlier = skb->trace_id != 0;

	/* First seen now, or last seen by an earlier command: a new id in this log. */
	skb->trace_id = l->next_id++;
	if (l->npkt == TRACE_MAX_PKTS) {
		trace_set_full(skb_world(skb));
		return skb->trace_id;
	}
	memset(&l->pkt[l->npkt], 0, sizeof(l->pkt[0]) - TRACE_SNAP);
	l->pkt[l->npkt].earlier = earlier;
	l->pkt[l->npkt++].id = skb->trace_id;
	return skb->trace_id;
}

static struct trace_pkt *trace_pkt_find(struct trace_log *l, uint32_t id)
{
	return id >= l->first_id && id - l->first_id < l->npkt ? &l->pkt[id - l->first_id] : NULL;
}

/* The start of the packet as first seen with data: a frame, or a packet still being built. */
static void trace_snapshot(struct trace_pkt *p, const struct sk_buff *skb)
{
	if (!p || p->len || !skb->len)
		return;
	p->l3 = skb->mac_off < 0 || skb->head + skb->mac_off > skb->data;
	p->protocol = skb->protocol;
	p->len = skb->len;
	p->caplen = skb->len < TRACE_SNAP ? skb->len : TRACE_SNAP;
	memcpy(p->data, skb->data, p->caplen);
}

static void copy_name(char *dst, const char *src)
{
	vl_strlcpy(dst, src, TRACE_NAME);
}

/*
 * The log's slot for a step of skb, filled in; when the log is full, spare
 * (for the taps) or NULL when no tap listens.
 */
static struct trace_event *trace_event_new(struct sk_buff *skb, enum trace_kind kind, const char *func,
					   int reason, const char *rule, const char *state,
					   struct trace_event *spare)
{
	struct world *w = skb_world(skb);
	struct trace_log *l = w->trace;
	struct trace_event *e;
	bool was_full = l->overflow;  /* only a tap brings a step of a full log here */
	uint32_t id = trace_pkt_id(l, skb);

	trace_snapshot(trace_pkt_find(l, id), skb);
	if (!was_full && l->nev < TRACE_MAX_EVENTS) {
		e = &l->ev[l->nev++];
	} else {
		trace_set_full(w);
		if (!w->trace_taps)
			return NULL;
		e = spare;
	}
	e->pkt = id;
	e->kind = (uint8_t)kind;
	e->reason = (uint16_t)reason;
	e->func = func;
	e->rule = rule;
	copy_name(e->netns, skb->dev ? skb->dev->net->name : NULL);
	copy_name(e->dev, skb->dev ? skb->dev->name : NULL);
	vl_strlcpy(e->state, state, sizeof(e->state));
	e->fix[0] = '\0';
	e->t = w->clock.now;
	return e;
}

/*
 * The buffer as a probe reads it: the device's namespace, index and MTU,
 * and the bytes a pcap filter runs on, from the link header once the
 * receive path has set mac_len (kept when the packet is forwarded), else
 * from the network header.
 */
static void trace_view(const struct sk_buff *skb, struct trace_skb_view *v)
{
	const uint8_t *tail = skb->data + skb->len;
	int start;

	memset(v, 0, sizeof(*v));
	/* get_netns: the device's namespace, else (queued on a socket) the socket's. */
	v->netns_ino = skb->sk_ino;
	if (skb->dev) {
		v->netns_ino = skb->dev->net->inum;
		v->ifindex = (uint32_t)skb->dev->ifindex;
		v->mtu = (uint32_t)skb->dev->mtu;
	}
	v->len = skb->len;
	v->protocol = skb->protocol;
	v->l2 = skb->mac_len && skb->mac_off >= 0;
	start = v->l2 ? skb->mac_off : skb->nh_off >= 0 ? skb->nh_off : (int)(skb->data - skb->head);
	v->nh = skb->nh_off >= 0 ? skb->nh_off - start : -1;
	v->data = skb->head + start;
	v->caplen = v->data < tail ? (uint32_t)(tail - v->data) : 0;
}

/* Each tap, with the step and the buffer as it is now. */
static void trace_tap_call(struct sk_buff *skb, const struct trace_event *e)
{
	struct world *w = skb_world(skb);
	struct trace_skb_view v;
	struct trace_tap *t, *next;

	if (!e || !w->trace_taps)
		return;
	trace_view(skb, &v);
	for (t = w->trace_taps; t; t = next) {
		next = t->next;
		t->fn(t->arg, e, &v);
	}
}

void __trace_skb(struct sk_buff *skb, enum trace_kind kind, const char *func, int reason,
		 const char *rule, const char *state)
{
	struct trace_event spare;

	trace_tap_call(skb, trace_event_new(skb, kind, func, reason, rule, state, &spare));
}

void __trace_caused_by(struct sk_buff *skb, struct sk_buff *cause)
{
	struct trace_log *l = skb_world(skb)->trace;
	uint32_t parent = trace_pkt_id(l, cause);
	struct trace_pkt *p = trace_pkt_find(l, trace_pkt_id(l, skb));

	struct trace_pkt *pp = trace_pkt_find(l, parent);

	trace_snapshot(pp, cause);
	if (p) {
		p->parent = parent;
		p->earlier |= pp && pp->earlier;
	}
}

const char *trace_fmt6(const uint8_t *a, char *buf)
{
	return inet_ntop(AF_INET6, a, buf, 46) ? buf : "?";
}

const char *trace_fmt4(uint32_t a, char *buf)
{
	snprintf(buf, 16, "%u.%u.%u.%u", a >> 24, (a >> 16) & 255, (a >> 8) & 255, a & 255);
	return buf;
}

const char *trace_ip_n(const struct netns *net, char *buf)
{
	snprintf(buf, TRACE_NAME + 8, "ip %s%s%s", net->name ? "-n " : "", net->name ? net->name : "",
		 net->name ? " " : "");
	return buf;
}

const char *trace_netns_exec(const struct netns *net, char *buf, size_t len)
{
	if (!net->name)
		return "";
	snprintf(buf, len, "ip netns exec %s ", net->name);
	return buf;
}

/* The first step logged for skb's packet, or NULL. */
static const struct trace_event *trace_first_step(const struct sk_buff *skb)
{
	const struct trace_log *l = skb_world(skb)->trace;

	for (unsigned int i = 0; l && i < l->nev; i++)
		if (l->ev[i].pkt == skb->trace_id)
			return &l->ev[i];
	return NULL;
}

const char *trace_origin_exec(const struct sk_buff *skb, char *buf, size_t len)
{
	const struct trace_event *e = trace_first_step(skb);

	/* The first step logged for the packet (or its cause) is where it was sent from. */
	if (!e)
		return NULL;
	if (!e->netns[0])
		return "";
	snprintf(buf, len, "ip netns exec %s ", e->netns);
	return buf;
}

struct netns *trace_origin_net(const struct sk_buff *skb)
{
	const struct trace_event *e = trace_first_step(skb);
	struct world *w = skb_world(skb);

	if (!e)
		return NULL;
	return e->netns[0] ? world_netns_by_name(w, e->netns) : w->init_net;
}

int trace_origin_ttl(const struct sk_buff *skb)
{
	const struct trace_log *l = skb_world(skb)->trace;
	uint32_t id = skb->trace_id;
	const struct trace_pkt *p = l && id >= l->first_id && id - l->first_id < l->npkt ? &l->pkt[id - l->first_id] : NULL;
	uint32_t off = p && !p->l3 ? 14 : 0;

	if (!p || p->caplen < off + 20 || (p->data[off] >> 4) != 4)
		return -1;
	return p->data[off + 8];
}

unsigned int trace_visits(const struct sk_buff *skb, const char *netns)
{
	const struct trace_log *l = skb_world(skb)->trace;
	unsigned int n = 0;

	for (unsigned int i = 0; l && i < l->nev; i++)
		n += l->ev[i].pkt == skb->trace_id && l->ev[i].kind == TRACE_RCV && !strcmp(l->ev[i].netns, netns);
	return n;
}

void trace_note(struct world *w, const char *func, const char *rule, const char *state, const char *fix)
{
	struct trace_log *l = w->trace;
	struct trace_event *e;

	if (!l || l->overflow)
		return;
	if (l->nev == TRACE_MAX_EVENTS) {
		trace_set_full(w);
		return;
	}
	e = &l->ev[l->nev++];
	memset(e, 0, sizeof(*e));
	e->kind = TRACE_DECIDE;
	e->func = func;
	e->rule = rule;
	snprintf(e->state, sizeof(e->state), "%s", state);
	snprintf(e->fix, sizeof(e->fix), "%s", fix ? fix : "");
	e->t = w->clock.now;
}

void trace_decide(struct sk_buff *skb, const char *func, const char *rule, const char *state,
		  const char *fix)
{
	struct trace_event spare, *e;

	if (!trace_on(skb))
		return;
	e = trace_event_new(skb, TRACE_DECIDE, func, 0, rule, state, &spare);
	if (e)
		snprintf(e->fix, sizeof(e->fix), "%s", fix ? fix : "");
	trace_tap_call(skb, e);
}

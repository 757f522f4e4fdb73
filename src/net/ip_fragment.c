/* ip_fragment.c: IPv4 reassembly (ip_defrag): fragments queue by (source, destination, id, protocol) until whole or ipfrag_time runs out. */
#include <stdlib.h>
#include <string.h>

#include "../core/alloc.h"
#include "../core/dropreason.h"
#include "../core/trace.h"
#include "../core/world.h"
#include "ipv4.h"
#include "wire.h"

#define INET_FRAG_FIRST_IN 1
#define INET_FRAG_LAST_IN 2
/* ipfrag_high_thresh's default: past 4 MB of queued fragments a namespace takes no new queue. */
#define IPFRAG_HIGH_THRESH (4u << 20)

/* struct ipq: one datagram being put back together. */
struct ipq {
	struct vl_hnode hnode;
	struct netns *net;
	uint32_t saddr, daddr;
	uint16_t id;
	uint8_t protocol;
	uint8_t flags;          /* INET_FRAG_FIRST_IN | INET_FRAG_LAST_IN */
	uint32_t len;           /* the payload's length, as far as known */
	uint32_t meat;          /* payload bytes received */
	uint32_t mem;           /* bytes held, against the namespace's threshold */
	struct sk_buff *frags;  /* by offset, linked through next; data at the IP header */
	struct vl_timer timer;  /* ip_expire */
};

static uint32_t ipq_hash(uint32_t saddr, uint32_t daddr, uint16_t id, uint8_t protocol)
{
	return vl_hash_u64(((uint64_t)saddr << 32 | daddr) ^ ((uint64_t)id << 8 | protocol));
}

static uint32_t frag_offset(const struct sk_buff *skb)
{
	return (uint32_t)(IPCB_const(skb)->iph.frag & 0x1fff) << 3;
}

static uint32_t frag_end(const struct sk_buff *skb)
{
	const struct iphdr_view *ip = &IPCB_const(skb)->iph;

	return frag_offset(skb) + ip->tot_len - ip->ihl;
}

/* inet_frag_kill and the purge: the queue goes, its fragments dropped for reason (0: consumed, reassembled). */
static void ipq_kill(struct ipq *q, int reason)
{
	struct ipv4_net *in = ipv4_net(q->net);

	vl_timer_cancel(&q->net->world->clock, &q->timer);
	vl_htab_remove(&in->frags, &q->hnode);
	in->frag_mem -= q->mem;
	while (q->frags) {
		struct sk_buff *f = q->frags;

		q->frags = f->next;
		f->next = NULL;
		if (reason)
			kfree_skb_reason(f, reason);
		else
			consume_skb(f);
	}
	free(q);
}

/* ip_expire: reassembly timed out; the sender hears of it if the first fragment came. */
static void ip_expire(struct vl_timer *t)
{
	struct ipq *q = vl_container_of(t, struct ipq, timer);
	struct netns *net = q->net;

	ip_inc_stats(net, IPSTATS_MIB_REASMFAILS);
	ip_inc_stats(net, IPSTATS_MIB_REASMTIMEOUT);
	if ((q->flags & INET_FRAG_FIRST_IN) && q->frags && frag_offset(q->frags) == 0 && q->frags->dev &&
	    q->frags->dev->net == net) {
		if (trace_on(q->frags))
			trace_decide(q->frags, "ip_expire",
				     "fragments not completed within ipfrag_time are discarded and the sender told",
				     "net.ipv4.ipfrag_time passed with fragments missing", "");
		icmp_send(q->frags, ICMP_TIME_EXCEEDED, ICMP_EXC_FRAGTIME, 0);
	}
	ipq_kill(q, SKB_DROP_REASON_FRAG_REASM_TIMEOUT);
}

/* ip_find: the queue skb belongs to, made if new (NULL past the memory threshold). */
static struct ipq *ip_find(struct netns *net, const struct iphdr_view *ip)
{
	struct ipv4_net *in = ipv4_net(net);
	uint32_t h = ipq_hash(ip->saddr, ip->daddr, ip->id, ip->protocol);
	struct ipq *q;

	for (struct vl_hnode *n = vl_htab_first(&in->frags, h); n; n = vl_htab_next(n)) {
		q = vl_container_of(n, struct ipq, hnode);
		if (q->saddr == ip->saddr && q->daddr == ip->daddr && q->id == ip->id &&
		    q->protocol == ip->protocol)
			return q;
	}
	if (in->frag_mem > IPFRAG_HIGH_THRESH)
		return NULL;
	q = vl_calloc(1, sizeof(*q));
	q->net = net;
	q->saddr = ip->saddr;
	q->daddr = ip->daddr;
	q->id = ip->id;
	q->protocol = ip->protocol;
	vl_timer_init(&q->timer, ip_expire);
	vl_timer_arm(&net->world->clock, &q->timer,
		     net->world->clock.now + (uint64_t)net->sysctl.v4_net[IPV4_NET_IPFRAG_TIME] * VL_NSEC_PER_SEC);
	vl_htab_insert(&in->frags, &q->hnode, h);
	return q;
}

enum { IPFRAG_OK, IPFRAG_DUP, IPFRAG_OVERLAP };

/* inet_frag_queue_insert: in offset order; a fragment inside one held is a duplicate, any other overlap poisons. */
static int ipq_insert(struct ipq *q, struct sk_buff *skb, uint32_t offset, uint32_t end)
{
	struct sk_buff **pp = &q->frags;

	for (struct sk_buff *f = q->frags; f; f = f->next) {
		uint32_t fo = frag_offset(f), fe = frag_end(f);

		if (offset >= fo && end <= fe)
			return IPFRAG_DUP;
		if (offset < fe && end > fo)
			return IPFRAG_OVERLAP;
		if (fo < offset)
			pp = &f->next;
	}
	skb->next = *pp;
	*pp = skb;
	return IPFRAG_OK;
}

/* ip_frag_reasm: one packet from the queue's fragments, under the first one's header. */
static struct sk_buff *ip_frag_reasm(struct ipq *q, struct sk_buff *last)
{
	struct netns *net = q->net;
	struct sk_buff *first = q->frags, *r;
	struct iphdr_view ip = IPCB(first)->iph;
	uint8_t *p;

	if (ip.ihl + q->len > 0xffff) {
		/* "Oversized IP packet": the queue fails. */
		ip_inc_stats(net, IPSTATS_MIB_REASMFAILS);
		ipq_kill(q, SKB_DROP_REASON_NOT_SPECIFIED);
		return NULL;
	}
	r = alloc_skb(&net->world->skb_pool, ip.ihl + q->len);
	if (!r) {
		ipq_kill(q, SKB_DROP_REASON_NOT_SPECIFIED);
		return NULL;
	}
	/* Fits: allocated for the whole datagram. */
	p = skb_put(r, ip.ihl + q->len);
	memcpy(p, first->data, ip.ihl);
	for (struct sk_buff *f = q->frags; f; f = f->next)
		memcpy(p + ip.ihl + frag_offset(f), f->data + IPCB(f)->iph.ihl, frag_end(f) - frag_offset(f));
	ip.tot_len = (uint16_t)(ip.ihl + q->len);
	ip.frag = 0;
	ip_emit(p, &ip);
	r->dev = last->dev;
	r->protocol = last->protocol;
	r->pkt_type = last->pkt_type;
	r->rt_local = last->rt_local;
	r->rt_iif = last->rt_iif;
	r->skb_iif = last->skb_iif;
	r->tstamp = last->tstamp;
	skb_reset_network_header(r);
	ipcb_set(r, &ip);
	trace_caused_by(r, first);
	ip_inc_stats(net, IPSTATS_MIB_REASMOKS);
	ipq_kill(q, 0);
	return r;
}

struct sk_buff *ip_defrag(struct sk_buff *skb)
{
	struct netns *net = skb->dev->net;
	const struct iphdr_view *ip = &IPCB(skb)->iph;
	uint32_t offset = frag_offset(skb), end = frag_end(skb);
	struct ipq *q;
	int ret;

	ip_inc_stats(net, IPSTATS_MIB_REASMREQDS);
	q = ip_find(net, ip);
	if (!q) {
		ip_inc_stats(net, IPSTATS_MIB_REASMFAILS);
		kfree_skb_reason(skb, SKB_DROP_REASON_NOT_SPECIFIED);
		return NULL;
	}
	if (!(ip->frag & 0x2000)) {
		/* The last fragment: nothing may lie beyond it, nor may another last disagree. */
		if (end < q->len || ((q->flags & INET_FRAG_LAST_IN) && end != q->len))
			goto discard_qp;
		q->flags |= INET_FRAG_LAST_IN;
		q->len = end;
	} else {
		end &= ~7u;
		if (end > q->len) {
			if (q->flags & INET_FRAG_LAST_IN)
				goto discard_qp;
			q->len = end;
		}
	}
	if (end == offset)
		goto discard_qp;
	/* The payload past end (an unaligned middle fragment's tail) is trimmed away. */
	skb->len = ip->ihl + end - offset;
	ret = ipq_insert(q, skb, offset, end);
	if (ret == IPFRAG_DUP) {
		kfree_skb_reason(skb, SKB_DROP_REASON_DUP_FRAG);
		return NULL;
	}
	if (ret == IPFRAG_OVERLAP) {
		ip_inc_stats(net, IPSTATS_MIB_REASM_OVERLAPS);
		goto discard_qp;
	}
	q->meat += end - offset;
	q->mem += skb->len;
	ipv4_net(net)->frag_mem += skb->len;
	if (offset == 0)
		q->flags |= INET_FRAG_FIRST_IN;
	if (q->flags == (INET_FRAG_FIRST_IN | INET_FRAG_LAST_IN) && q->meat == q->len)
		return ip_frag_reasm(q, skb);
	return NULL;

discard_qp:
	ip_inc_stats(net, IPSTATS_MIB_REASMFAILS);
	ipq_kill(q, SKB_DROP_REASON_NOT_SPECIFIED);
	kfree_skb_reason(skb, SKB_DROP_REASON_NOT_SPECIFIED);
	return NULL;
}

void ip_frags_exit(struct netns *net)
{
	struct ipv4_net *in = ipv4_net(net);

	/* The namespace goes: queues go with it, their fragments purged. */
	while (in->frags.count) {
		for (uint32_t b = 0; b <= in->frags.mask; b++) {
			if (in->frags.bucket[b]) {
				ipq_kill(vl_container_of(in->frags.bucket[b], struct ipq, hnode),
					 SKB_DROP_REASON_NOT_SPECIFIED);
				break;
			}
		}
	}
	vl_htab_free(&in->frags);
}

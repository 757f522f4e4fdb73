/* reassembly.c: IPv6 reassembly (ipv6_frag_rcv): queues by (source, destination, identification), 60 s, ICMPv6 on expiry. */
#include <string.h>

#include "../core/dropreason.h"
#include "../core/trace.h"
#include "../core/world.h"
#include "inet_fragment.h"
#include "ipv6.h"
#include "wire.h"

/* ip6frag_time's default; the knob is not modelled (sysctl answers "not emulated"). */
#define IP6_FRAG_TIMEOUT (60 * VL_NSEC_PER_SEC)

/* Where the fragment header is: behind the IPv6 header, or a hop-by-hop one after it. */
static uint32_t frag_hdr_off(const uint8_t *h)
{
	return h[6] == NEXTHDR_HOP ? IPV6_HLEN + ((uint32_t)h[IPV6_HLEN + 1] + 1) * 8 : IPV6_HLEN;
}

static void ip6_frag_bounds(const struct sk_buff *skb, struct frag_bounds *b)
{
	const uint8_t *h = skb->data;
	uint32_t fo = frag_hdr_off(h);
	uint16_t off = get16(h + fo + 2);

	b->offset = off & 0xfff8u;
	b->hlen = fo + 8;
	b->end = b->offset + skb->len - b->hlen;
	b->more = off & 1;
}

static uint64_t ip6_frag_timeout(const struct netns *net)
{
	(void)net;
	return IP6_FRAG_TIMEOUT;
}

static void ip6_frag_expire(struct inet_frag_queue *q, struct sk_buff *first)
{
	(void)q;
	icmpv6_send(first, ICMPV6_TIME_EXCEED, ICMPV6_EXC_FRAGTIME, 0);
}

static uint32_t ip6_frag_head_len(const struct sk_buff *first)
{
	return frag_hdr_off(first->data);
}

/* ip6_frag_reasm: the unfragmentable part, the fragment header gone and its next header in its place. */
static void ip6_frag_finish(uint8_t *p, const struct sk_buff *first, uint32_t payload)
{
	uint32_t fo = frag_hdr_off(first->data);

	memcpy(p, first->data, fo);
	put16(p + 4, (uint16_t)(fo - IPV6_HLEN + payload));
	if (fo == IPV6_HLEN)
		p[6] = first->data[fo];
	else
		p[IPV6_HLEN] = first->data[fo];
}

static void ip6_inc(struct netns *net, enum ipstats_mib f)
{
	ip6_inc_stats(net, f);
}

static const struct inet_frags ip6_frags = {
	.bounds = ip6_frag_bounds,
	.inc_stats = ip6_inc,
	.timeout = ip6_frag_timeout,
	.expire = ip6_frag_expire,
	.head_len = ip6_frag_head_len,
	.finish = ip6_frag_finish,
	.max_size = IPV6_HLEN + 0xffff,
	.unaligned_discards = true,
};

struct sk_buff *ipv6_frag_rcv(struct sk_buff *skb)
{
	struct netns *net = skb->dev->net;
	const uint8_t *h = skb->data;
	uint8_t key[INET_FRAG_KEY] = { 0 };
	uint32_t fo = frag_hdr_off(h);

	ip6_inc_stats(net, IPSTATS_MIB_REASMREQDS);
	if (fo + 8 > skb->len) {
		/* A fragment header cut short: ipv6_frag_rcv's fail_hdr. */
		ip6_inc_stats(net, IPSTATS_MIB_INHDRERRORS);
		kfree_skb_reason(skb, SKB_DROP_REASON_NOT_SPECIFIED);
		return NULL;
	}
	memcpy(key, h + 8, 32);
	memcpy(key + 32, h + fo + 4, 4);
	skb = inet_frag_queue_rcv(&ip6_frags, &net->ipv6->frags, net, skb, key);
	if (skb)
		skb->len = IPV6_HLEN + get16(skb->data + 4);
	return skb;
}

void ip6_frags_exit(struct netns *net)
{
	inet_frags_exit(&net->ipv6->frags);
}

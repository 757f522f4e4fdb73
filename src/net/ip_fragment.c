/* ip_fragment.c: IPv4 reassembly (ip_defrag): queues by (source, destination, id, protocol), net.ipv4.ipfrag_time, ICMP on expiry. */
#include <string.h>

#include "../core/dropreason.h"
#include "../core/trace.h"
#include "../core/world.h"
#include "inet_fragment.h"
#include "ipv4.h"
#include "wire.h"

static void ip_frag_bounds(const struct sk_buff *skb, struct frag_bounds *b)
{
	const struct iphdr_view *ip = &IPCB_const(skb)->iph;

	b->offset = (uint32_t)(ip->frag & 0x1fff) << 3;
	b->end = b->offset + ip->tot_len - ip->ihl;
	b->hlen = ip->ihl;
	b->more = (ip->frag & 0x2000) != 0;
}

static uint64_t ip_frag_timeout(const struct netns *net)
{
	return (uint64_t)net->sysctl->v4_net[IPV4_NET_IPFRAG_TIME] * VL_NSEC_PER_SEC;
}

/* ip_expire: the sender hears "fragment reassembly time exceeded". */
static void ip_frag_expire(struct inet_frag_queue *q, struct sk_buff *first)
{
	(void)q;
	if (trace_on(first))
		trace_decide(first, "ip_expire",
			     "fragments not completed within ipfrag_time are discarded and the sender told",
			     "net.ipv4.ipfrag_time passed with fragments missing", "");
	icmp_send(first, ICMP_TIME_EXCEEDED, ICMP_EXC_FRAGTIME, 0);
}

static uint32_t ip_frag_head_len(const struct sk_buff *first)
{
	return IPCB_const(first)->iph.ihl;
}

/* ip_frag_reasm: the first fragment's header, whole and unfragmented. */
static void ip_frag_finish(uint8_t *p, const struct sk_buff *first, uint32_t payload)
{
	struct iphdr_view ip = IPCB_const(first)->iph;

	memcpy(p, first->data, ip.ihl);
	ip.tot_len = (uint16_t)(ip.ihl + payload);
	ip.frag = 0;
	ip_emit(p, &ip);
}

static const struct inet_frags ip4_frags = {
	.bounds = ip_frag_bounds,
	.inc_stats = ip_inc_stats,
	.timeout = ip_frag_timeout,
	.expire = ip_frag_expire,
	.head_len = ip_frag_head_len,
	.finish = ip_frag_finish,
	.max_size = 0xffff,
};

struct sk_buff *ip_defrag(struct sk_buff *skb)
{
	struct netns *net = skb->dev->net;
	const struct iphdr_view *ip = &IPCB(skb)->iph;
	uint8_t key[INET_FRAG_KEY] = { 0 };
	struct sk_buff *r;

	ip_inc_stats(net, IPSTATS_MIB_REASMREQDS);
	put32(key, ip->saddr);
	put32(key + 4, ip->daddr);
	put16(key + 8, ip->id);
	key[10] = ip->protocol;
	r = inet_frag_queue_rcv(&ip4_frags, &ipv4_net(net)->frags, net, skb, key);
	if (r) {
		struct iphdr_view whole;

		/* Cannot fail: ip_frag_finish just wrote a valid header. */
		(void)!ip_parse(r->data, r->len, &whole);
		ipcb_set(r, &whole);
	}
	return r;
}

void ip_frags_exit(struct netns *net)
{
	inet_frags_exit(&ipv4_net(net)->frags);
}

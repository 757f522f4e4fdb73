/* dev.c: transmit, the per-device receive backlog and drop accounting. */
#include <string.h>

#include "netdev.h"
#include "netns.h"
#include "trace.h"
#include "world.h"

static const char *const drop_names[] = {
	"NOT_DROPPED_YET", "CONSUMED",
#define VL_DR_NAME(n) #n,
	VL_DROP_REASONS(VL_DR_NAME)
#undef VL_DR_NAME
};

const char *skb_drop_reason_name(enum skb_drop_reason r)
{
	return r < SKB_DROP_REASON_MAX ? drop_names[r] : "?";
}

static void dev_note_drop(struct netdev *dev, int reason)
{
	if (dev && reason >= SKB_DROP_REASON_NOT_SPECIFIED && reason < SKB_DROP_REASON_MAX) {
		dev->net->world->drops[reason]++;
		if (!dev->net->drops)
			dev->net->drops = kmem_cache_zalloc(&dev->net->world->kmem[KMEM_NETNS_DROPS],
							    SKB_DROP_REASON_MAX * sizeof(*dev->net->drops));
		dev->net->drops[reason]++;
	}
}

/* The caller's name is where `why` and the drop counters say the packet was dropped. */
void kfree_skb_reason_at(struct sk_buff *skb, int reason, const char *func)
{
	if (!skb)
		return;
	dev_note_drop(skb->dev, reason);
	if (trace_on(skb))
		__trace_skb(skb, TRACE_DROP, func, reason, NULL, NULL);
	skb_free(skb);
}

void skb_queue_purge_reason(struct sk_buff_head *q, int reason)
{
	struct sk_buff *skb;

	while ((skb = skb_dequeue(q)))
		kfree_skb_reason(skb, reason);
}

/* A promiscuous tap holds one count of the device's promiscuity (PACKET_MR_PROMISC). */
void dev_add_tap(struct netdev *dev, struct packet_tap *tap)
{
	tap->gen = ++dev->net->world->tap_gen;
	tap->next = dev->taps;
	dev->taps = tap;
	if (tap->promisc)
		(void)!dev_set_promiscuity(dev, 1);
}

void dev_remove_tap(struct netdev *dev, struct packet_tap *tap)
{
	for (struct packet_tap **pp = &dev->taps; *pp; pp = &(*pp)->next) {
		if (*pp == tap) {
			*pp = tap->next;
			if (tap->promisc)
				(void)!dev_set_promiscuity(dev, -1);
			return;
		}
	}
}

/*
 * On Linux a frame crosses a veth pair, a bridge or a forwarding namespace
 * within the call that sent it, so a capture opened after it was sent never
 * sees it arrive. Here it is in flight for the hop delay: a tap attached in
 * that window (tcpdump started by the next command, at the same instant)
 * skips it. A frame relayed at the instant it arrived (a bridge, a router)
 * keeps the mark of its first transmission; one that waited (an unresolved
 * neighbour's queue) is marked afresh when it goes.
 */
static void run_taps(struct sk_buff *skb, bool outgoing)
{
	struct world *w = skb->dev->net->world;
	struct packet_tap *next;

	if (outgoing && (!skb->sent_gen || skb->tstamp != w->clock.now))
		skb->sent_gen = w->tap_gen + 1;
	skb->tstamp = w->clock.now;
	/* A tap's owner may detach and free it from fn (a capture that has its count). */
	for (struct packet_tap *t = skb->dev->taps; t; t = next) {
		next = t->next;
		if (skb->sent_gen && skb->sent_gen <= t->gen)
			continue;
		t->fn(t, skb, outgoing);
	}
}

struct netdev *dev_link_peer(const struct netdev *dev)
{
	const struct netdev_ops *ops = dev->netdev_ops;
	const struct netns *net;
	struct netdev *peer;

	if (!ops || !ops->get_iflink || !ops->get_link_net)
		return NULL;
	net = ops->get_link_net(dev);
	peer = net ? netdev_get_by_index(net, dev_get_iflink(dev)) : NULL;
	return peer != dev ? peer : NULL;
}

/* For `why`: a frame for a device that cannot send, and how to make it send. */
static void trace_not_ready(struct sk_buff *skb, bool carrier)
{
	struct netdev *dev = skb->dev;
	char state[TRACE_STATE], fix[TRACE_STATE], ns[TRACE_NAME + 8] = "";

	if (!trace_on(skb))
		return;
	if (dev->net->name)
		snprintf(ns, sizeof(ns), "-n %s ", dev->net->name);
	if (carrier) {
		const struct netdev *peer = dev_link_peer(dev);

		fix[0] = '\0';
		if (peer) {
			snprintf(state, sizeof(state), "%s is up, but has no carrier: its peer %s%s%s is down",
				 dev->name, peer->net->name ? peer->net->name : "", peer->net->name ? "/" : "",
				 peer->name);
			snprintf(fix, sizeof(fix), "%slink set %s up", TRACE_IP_N(peer->net), peer->name);
		} else {
			snprintf(state, sizeof(state), "%s is up, but has no carrier", dev->name);
		}
		trace_decide(skb, "dev_queue_xmit",
			     "a device without a carrier sends nothing: its qdisc is noop, which drops every packet",
			     state, fix);
		return;
	}
	snprintf(state, sizeof(state), "%s is down", dev->name);
	snprintf(fix, sizeof(fix), "ip %slink set %s up", ns, dev->name);
	trace_decide(skb, "dev_queue_xmit",
		     dev->flags & IFF_LOOPBACK
		     ? "packets to this host's own addresses go through lo, and a device that is down sends nothing"
		     : "a device that is down sends nothing",
		     state, fix);
}

/* The transmit proper; its drops are dev_queue_xmit's, as `why` names them. */
static int __dev_queue_xmit(struct sk_buff *skb)
{
	struct netdev *dev = skb->dev;

	if (!(dev->flags & IFF_UP) || !dev->netdev_ops || !dev->netdev_ops->xmit) {
		trace_not_ready(skb, false);
		dev->stats.tx_dropped++;
		kfree_skb_reason_at(skb, SKB_DROP_REASON_DEV_READY, "dev_queue_xmit");
		return NET_XMIT_SUCCESS;
	}
	/*
	 * dev_deactivate: a device that came up without a carrier, or lost it
	 * (once linkwatch has applied that), has noop_qdisc, which drops every
	 * packet (tx_dropped) before a capture could see it.
	 */
	if (!dev->qdisc_active) {
		trace_not_ready(skb, true);
		dev->stats.tx_dropped++;
		kfree_skb_reason_at(skb, SKB_DROP_REASON_QDISC_DROP, "dev_queue_xmit");
		return NET_XMIT_CN;
	}
	run_taps(skb, true);
	trace_skb(skb, TRACE_XMIT, "dev_queue_xmit");
	return dev->netdev_ops->xmit(skb, dev);
}

/*
 * net_rx_action: the softirq that drains the CPU's backlog. Frames leave
 * input_pkt_queue here, so none queued so far counts against
 * netdev_max_backlog any more; each is still delivered when its hop delay
 * has passed (process_backlog, on the virtual clock), which only orders
 * delivery and costs no room in the queue.
 */
static void net_rx_action(struct world *w)
{
	w->softnet_qlen = 0;
}

void local_bh_disable(struct world *w)
{
	w->bh_depth++;
}

void local_bh_enable(struct world *w)
{
	if (--w->bh_depth == 0)
		net_rx_action(w);
}

/*
 * dev_queue_xmit runs with bottom halves off (rcu_read_lock_bh): what one
 * transmit queues, a bridge's flood to every port too, counts together, and
 * from process context the softirq runs as it returns. Called from a NAPI
 * poll (a frame forwarded or answered), the frames wait for the poll's end.
 */
int dev_queue_xmit(struct sk_buff *skb)
{
	struct world *w = skb->dev->net->world;
	int rc;

	local_bh_disable(w);
	rc = __dev_queue_xmit(skb);
	local_bh_enable(w);
	return rc;
}

/* __netif_receive_skb_core's last step: the handler of the frame's ethertype. */
static void deliver_ptype(struct sk_buff *skb)
{
	const struct packet_type *pt = world_ptype(skb->dev->net->world, skb->protocol);

	if (pt) {
		pt->func(skb);
		return;
	}
	skb->dev->stats.rx_dropped++;
	kfree_skb_reason(skb, SKB_DROP_REASON_UNHANDLED_PROTO);
}

/*
 * __netif_receive_skb_core: taps see the whole frame, then the device's
 * receive handler (a port's master) may take it, pass it on, or hand it
 * over to another device, which receives it again from the start.
 */
static void netif_receive(struct sk_buff *skb)
{
	struct netdev *dev = skb->dev;

	if (!(dev->flags & IFF_UP)) {
		kfree_skb_reason(skb, SKB_DROP_REASON_DEV_READY);
		return;
	}
another_round:
	dev = skb->dev;
	skb->skb_iif = dev->ifindex;
	trace_skb(skb, TRACE_RCV, "__netif_receive_skb_core");
	/* Taps see the whole frame; the protocols start after the link header. */
	run_taps(skb, false);
	skb_reset_mac_header(skb);
	if (!skb_pull(skb, 14)) {
		kfree_skb_reason(skb, SKB_DROP_REASON_PKT_TOO_SMALL);
		return;
	}
	skb_reset_network_header(skb);
	skb->mac_len = (uint8_t)(skb->nh_off - skb->mac_off);
	if (dev->rx_handler) {
		switch (dev->rx_handler(&skb)) {
		case RX_HANDLER_CONSUMED:
			return;
		case RX_HANDLER_ANOTHER:
			/* Cannot fail: gives back the link header pulled above. */
			(void)!skb_push(skb, 14);
			goto another_round;
		case RX_HANDLER_EXACT:
			/* No packet type is bound to one device here: nothing takes it. */
			skb->dev->stats.rx_dropped++;
			kfree_skb_reason(skb, SKB_DROP_REASON_UNHANDLED_PROTO);
			return;
		case RX_HANDLER_PASS:
			break;
		}
	}
	deliver_ptype(skb);
}

/* The NAPI poll of one device: everything that is due, in order. */
static void process_backlog(struct vl_timer *t)
{
	struct netdev *dev = vl_container_of(t, struct netdev, napi_timer);
	struct vl_clock *clock = &dev->net->world->clock;
	struct world *w = dev->net->world;
	struct sk_buff *skb;

	/* Softirq context: what the frames received here send is queued behind them. */
	local_bh_disable(w);
	while (dev->backlog.first && dev->backlog.first->due <= clock->now) {
		skb = skb_dequeue(&dev->backlog);
		netif_receive(skb);
	}
	if (dev->backlog.first && !vl_timer_pending(&dev->napi_timer))
		vl_timer_arm(clock, &dev->napi_timer, dev->backlog.first->due);
	local_bh_enable(w);
}

/*
 * A frame due now goes behind the frames that have arrived (due by now),
 * ahead of those still on the wire: in virtual time a command takes none,
 * so the answers to the previous one may still be on their way.
 */
static void backlog_queue_arrived(struct netdev *dev, struct sk_buff *skb, uint64_t now)
{
	struct sk_buff_head *q = &dev->backlog;
	struct sk_buff *prev = NULL;

	for (struct sk_buff *p = q->first; p && p->due <= now; p = p->next)
		prev = p;
	skb->due = now;
	skb->next = prev ? prev->next : q->first;
	if (prev)
		prev->next = skb;
	else
		q->first = skb;
	if (!skb->next)
		q->last = skb;
	q->qlen++;
	if (!vl_timer_pending(&dev->napi_timer) || dev->napi_timer.expires > now)
		vl_timer_arm(&dev->net->world->clock, &dev->napi_timer, now);
}

/*
 * enqueue_to_backlog: one emulated CPU, so one input_pkt_queue for the whole
 * world, however the frames are spread over the devices' queues. A frame
 * counts in it from its netif_rx to the next net_rx_action (the end of the
 * transmit or NAPI poll that queued it), not until its delivery: past
 * net.core.netdev_max_backlog (a frame is refused when more than that many
 * wait), the frame is dropped and the receiving device counts it. A
 * frame off the wire is due a hop delay (and jitter) later; a host's copy
 * of its own packet (dev_loopback_xmit) at once, behind what waits.
 */
static int enqueue_to_backlog(struct sk_buff *skb, bool wire)
{
	struct netdev *dev = skb->dev;
	struct world *w = dev->net->world;
	uint64_t due = w->clock.now + (wire ? w->hop_delay_ns : 0);
	int reason = 0;

	if (!(dev->flags & IFF_UP))
		reason = SKB_DROP_REASON_DEV_READY;
	else if (w->softnet_qlen > (uint32_t)w->netdev_max_backlog)
		reason = SKB_DROP_REASON_CPU_BACKLOG;
	if (reason) {
		if (reason == SKB_DROP_REASON_CPU_BACKLOG)
			w->softnet_dropped++;
		dev->stats.rx_dropped++;
		kfree_skb_reason(skb, reason);
		return NET_RX_DROP;
	}
	w->softnet_qlen++;
	if (!wire) {
		backlog_queue_arrived(dev, skb, due);
		return NET_RX_SUCCESS;
	}
	if (w->hop_jitter_ns)
		due += vl_rng_below(&w->rng, (uint32_t)w->hop_jitter_ns);
	/*
	 * The backlog is FIFO, and on Linux it is one per CPU: jitter never
	 * lets a frame overtake another, even one due on another device (a
	 * bridge's flood reaches its ports in the order it sent the copies).
	 */
	if (dev->backlog.last && dev->backlog.last->due > due)
		due = dev->backlog.last->due;
	if (w->wire_last_due > due)
		due = w->wire_last_due;
	w->wire_last_due = due;
	skb->due = due;
	skb_queue_tail(&dev->backlog, skb);
	if (!vl_timer_pending(&dev->napi_timer))
		vl_timer_arm(&w->clock, &dev->napi_timer, due);
	return NET_RX_SUCCESS;
}

/* netif_rx: from process context, the softirq runs once the frame is queued. */
int netif_rx(struct sk_buff *skb)
{
	struct world *w = skb->dev->net->world;
	int rc;

	local_bh_disable(w);
	rc = enqueue_to_backlog(skb, true);
	local_bh_enable(w);
	return rc;
}

int dev_loopback_xmit(struct sk_buff *skb)
{
	struct world *w = skb->dev->net->world;
	int rc;

	local_bh_disable(w);
	rc = enqueue_to_backlog(skb, false);
	local_bh_enable(w);
	return rc;
}

void dev_backlog_init(struct netdev *dev)
{
	skb_queue_init(&dev->backlog);
	vl_timer_init(&dev->napi_timer, process_backlog);
}

void dev_taps_gone(struct netdev *dev)
{
	while (dev->taps) {
		struct packet_tap *t = dev->taps;

		dev->taps = t->next;
		t->next = NULL;
		/* packet_notifier: the membership goes with the device. */
		if (t->promisc)
			(void)!dev_set_promiscuity(dev, -1);
		if (t->gone)
			t->gone(t);
	}
}

void dev_backlog_purge(struct netdev *dev)
{
	vl_timer_cancel(&dev->net->world->clock, &dev->napi_timer);
	/*
	 * flush_backlog: what a going device still had queued is dropped
	 * DEV_READY. Devices go from process context, where net_rx_action has
	 * already taken every frame off input_pkt_queue: softnet_qlen is 0.
	 */
	skb_queue_purge_reason(&dev->backlog, SKB_DROP_REASON_DEV_READY);
}

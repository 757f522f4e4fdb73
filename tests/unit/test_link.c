/* test_link.c: registration (a new link kind in one line, pernet order, notifier priorities, packet types) and the L2 seams. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "boot.h"
#include "core/netdev.h"
#include "core/netns.h"
#include "core/world.h"
#include "ctl/rtnl.h"
#include "drivers/drivers.h"
#include "shell/shell.h"
#include "harness.h"
#include "sh_run.h"

/*
 * A link kind is one file in drivers/ and one registration: before it, the
 * kind is unknown, as on the kernel we match (built without dummy); after,
 * ip creates, shows, uses and deletes it with no change to ip or rtnl.
 */
static void test_dummy_kind(void)
{
	struct run r;

	run_open(&r);
	CHECK_EQ(run(&r, "ip link add d0 type dummy"), 2);
	CHECK_STR(r.err, "Error: Unknown device type.\n");

	CHECK_EQ(dummy_init_module(r.w), 0);
	CHECK_EQ(dummy_init_module(r.w), -EEXIST);

	/* No IPv6 on it: its router solicitations would be counted as sent too. */
	CHECK_EQ(run(&r, "sysctl -qw net.ipv6.conf.default.disable_ipv6=1"), 0);
	CHECK_EQ(run(&r, "ip link add d0 type dummy"), 0);
	CHECK_STR(r.err, "");
	CHECK_EQ(run(&r, "ip link set d0 up; ip addr add 10.9.9.1/24 dev d0; ip -d link show d0"), 0);
	/* No ARP, no multicast, carrier on from the start, no qdisc: dummy_setup's flags. */
	CHECK(strstr(r.out, "2: d0: <BROADCAST,NOARP,UP,LOWER_UP> mtu 1500 ") != NULL);
	CHECK(strstr(r.out, "minmtu 0 maxmtu 0") != NULL);
	CHECK(strstr(r.out, "\n    dummy addrgenmode eui64 ") != NULL);
	/* A random address: unicast, locally administered. */
	CHECK(strstr(r.out, "link/ether ") != NULL);
	CHECK_EQ(strtoul(strstr(r.out, "link/ether ") + 11, NULL, 16) & 3, 2);

	/* Sent into the device and swallowed: counted as transmitted, never answered. */
	CHECK_EQ(run(&r, "ping -c 1 -W 1 10.9.9.2"), 1);
	CHECK(strstr(r.out, "1 packets transmitted, 0 received, 100% packet loss") != NULL);
	CHECK_EQ(run(&r, "cat /sys/class/net/d0/statistics/tx_packets"), 0);
	CHECK_STR(r.out, "1\n");
	CHECK_EQ(run(&r, "ip link add d1 address 01:00:00:00:00:01 type dummy"), 2);
	CHECK_STR(r.err, "RTNETLINK answers: Cannot assign requested address\n");

	/* Deleted by the generic path: dummy has no dellink of its own. */
	CHECK_EQ(run(&r, "ip link del d0"), 0);
	CHECK_EQ(run(&r, "ip link show d0"), 1);
	CHECK_STR(r.err, "Device \"d0\" does not exist.\n");
	run_close(&r);
}

/* The order in which the registered operations below were called (test-only state). */
static char call_log[64];

static void log_add(struct netns *net, const char *what)
{
	(void)net;
	strncat(call_log, what, sizeof(call_log) - strlen(call_log) - 1);
}

static int init_a(struct netns *net) { log_add(net, "A+"); return 0; }
static void exit_a(struct netns *net) { log_add(net, "A-"); }
static int init_b(struct netns *net) { log_add(net, "B+"); return 0; }
static void exit_b(struct netns *net) { log_add(net, "B-"); }
static int init_dev(struct netns *net) { log_add(net, "D+"); return 0; }
static void exit_dev(struct netns *net) { log_add(net, "D-"); }
static int init_fail(struct netns *net) { log_add(net, "F!"); return -ENOMEM; }

static const struct pernet_operations ops_a = { .name = "a", .init = init_a, .exit = exit_a };
static const struct pernet_operations ops_b = { .name = "b", .init = init_b, .exit = exit_b };
static const struct pernet_operations ops_dev = { .name = "d", .init = init_dev, .exit = exit_dev };
static const struct pernet_operations ops_fail = { .name = "f", .init = init_fail };

/* Subsystems before devices whatever the registration order; exits in reverse; a failure undoes. */
static void test_pernet_order(void)
{
	struct world *w = world_alloc(1);
	struct netns *net;

	call_log[0] = '\0';
	CHECK_EQ(register_pernet_subsys(w, &ops_a), 0);
	CHECK_EQ(register_pernet_device(w, &ops_dev), 0);
	CHECK_EQ(register_pernet_subsys(w, &ops_b), 0);
	net = netns_new(w, "x");
	CHECK(net != NULL);
	CHECK_STR(call_log, "A+B+D+");
	netns_free(net);
	CHECK_STR(call_log, "A+B+D+D-B-A-");

	call_log[0] = '\0';
	CHECK_EQ(register_pernet_subsys(w, &ops_fail), 0);
	CHECK(netns_new(w, "y") == NULL);
	CHECK_STR(call_log, "A+B+F!B-A-");
	world_free(w);
}

static void ev_low(struct netdev *dev, enum netdev_event ev) { (void)ev; log_add(dev->net, "L"); }
static void ev_high(struct netdev *dev, enum netdev_event ev) { (void)ev; log_add(dev->net, "H"); }
static void ev_low2(struct netdev *dev, enum netdev_event ev) { (void)ev; log_add(dev->net, "l"); }

static const struct netdev_notifier nb_low = { .event = ev_low, .priority = 0 };
static const struct netdev_notifier nb_high = { .event = ev_high, .priority = 10 };
static const struct netdev_notifier nb_low2 = { .event = ev_low2, .priority = 0 };

/* Highest priority first, equal priorities in registration order (notifier_chain_register). */
static void test_notifier_priority(void)
{
	struct world *w = world_alloc(1);

	CHECK_EQ(register_netdevice_notifier(w, &nb_low), 0);
	CHECK_EQ(register_netdevice_notifier(w, &nb_high), 0);
	CHECK_EQ(register_netdevice_notifier(w, &nb_low2), 0);
	CHECK_EQ(loopback_init(w), 0);
	call_log[0] = '\0';
	w->init_net = netns_new(w, NULL);   /* lo's NETDEV_REGISTER */
	CHECK_STR(call_log, "HLl");
	world_free(w);
}

static void rcv_none(struct sk_buff *skb) { (void)skb; }

static const struct packet_type pt_a = { .type = 0x88b5, .func = rcv_none };
static const struct packet_type pt_b = { .type = 0x88b5, .func = rcv_none };

/* One handler per ethertype; the booted world has IPv4, ARP and IPv6. */
static void test_packet_types(void)
{
	struct world *w = world_new(1);

	CHECK(world_ptype(w, 0x0800) != NULL);
	CHECK(world_ptype(w, 0x0806) != NULL);
	CHECK(world_ptype(w, 0x86dd) != NULL);
	CHECK(world_ptype(w, 0x88b5) == NULL);
	CHECK_EQ(dev_add_pack(w, &pt_a), 0);
	CHECK(world_ptype(w, 0x88b5) == &pt_a);
	CHECK_EQ(dev_add_pack(w, &pt_b), -EEXIST);
	CHECK(rtnl_link_ops_get(w, "veth") != NULL);
	CHECK(rtnl_link_ops_get(w, "dummy") == NULL);
	world_free(w);
}

/* Setup for the L2 tests: a0-a1 and b0-b1 in one namespace, 10.1.0.1/24 on a0, 10.1.0.2/24 on a1. */
static void l2_setup(struct run *r)
{
	run_open(r);
	CHECK_EQ(run(r, "sysctl -qw net.ipv6.conf.default.disable_ipv6=1; "
			"ip link add a0 type veth peer name a1; ip link add b0 type veth peer name b1; "
			"ip netns add n; ip link set a1 netns n; ip link set b1 netns n; "
			"ip addr add 10.1.0.1/24 dev a0; ip link set a0 up; ip link set b0 up; "
			"ip -n n addr add 10.1.0.2/24 dev a1; ip -n n link set a1 up; ip -n n link set b1 up"), 0);
}

static struct netdev *dev_in(struct run *r, const char *ns, const char *name)
{
	struct netns *net = ns ? rtnl_netns_get(r->w, ns) : rtnl_init_net(r->w);

	return netdev_get_by_name(net, name);
}

/* A test handler's record: how many frames it saw, what it answers, where it sends them. */
struct rx_test {
	int seen;
	enum rx_handler_result verdict;
	struct netdev *to;     /* for RX_HANDLER_ANOTHER */
};

static enum rx_handler_result rx_test_handler(struct sk_buff **pskb)
{
	struct sk_buff *skb = *pskb;
	struct rx_test *t = skb->dev->rx_handler_data;

	t->seen++;
	/* The handler sees the network header, with the MAC header still reachable. */
	CHECK_EQ(skb->data - skb->head, skb->nh_off);
	CHECK_EQ(skb->nh_off - skb->mac_off, 14);
	if (t->verdict == RX_HANDLER_CONSUMED)
		consume_skb(skb);
	if (t->verdict == RX_HANDLER_ANOTHER) {
		skb->dev = t->to;
		/* Taken once: the new device has no handler of its own. */
	}
	return t->verdict;
}

struct tap_count {
	struct packet_tap tap;
	int rx;
};

static void tap_count_fn(struct packet_tap *tap, const struct sk_buff *skb, bool outgoing)
{
	(void)skb;
	if (!outgoing)
		((struct tap_count *)tap)->rx++;
}

/* Consumed: the protocols never see the frame; passed: they do; one handler per device. */
static void test_rx_handler_consume_pass(void)
{
	struct run r;
	struct rx_test t = { .verdict = RX_HANDLER_CONSUMED };
	struct netdev *a1;

	l2_setup(&r);
	a1 = dev_in(&r, "n", "a1");
	CHECK_EQ(netdev_rx_handler_register(a1, rx_test_handler, &t), 0);
	CHECK_EQ(netdev_rx_handler_register(a1, rx_test_handler, &t), -EBUSY);
	CHECK_EQ(run(&r, "ping -c 2 -W 1 10.1.0.2"), 1);
	CHECK(strstr(r.out, "2 packets transmitted, 0 received") != NULL);
	CHECK(t.seen >= 1);   /* ARP requests, each taken */
	CHECK_EQ(run(&r, "ip -n n neigh show dev a1"), 0);
	CHECK_STR(r.out, "");  /* a1's ARP never learnt 10.1.0.1 */

	t.verdict = RX_HANDLER_PASS;
	t.seen = 0;
	CHECK_EQ(run(&r, "ping -c 2 -W 1 10.1.0.2"), 0);
	CHECK(strstr(r.out, "2 packets transmitted, 2 received") != NULL);
	CHECK(t.seen >= 3);   /* an ARP request and two echo requests at least */
	netdev_rx_handler_unregister(a1);
	CHECK(a1->rx_handler == NULL);
	run_close(&r);
}

/* Another: the frame is received again as the other device, taps included; exact: dropped. */
static void test_rx_handler_another_exact(void)
{
	struct run r;
	struct rx_test t = { .verdict = RX_HANDLER_ANOTHER };
	struct tap_count tc = { .tap.fn = tap_count_fn };
	struct netdev *a1, *b1;
	uint64_t dropped;

	l2_setup(&r);
	a1 = dev_in(&r, "n", "a1");
	b1 = dev_in(&r, "n", "b1");
	t.to = b1;
	dev_add_tap(b1, &tc.tap);
	CHECK_EQ(netdev_rx_handler_register(a1, rx_test_handler, &t), 0);
	CHECK_EQ(run(&r, "ping -c 1 -W 1 10.1.0.2"), 1);
	CHECK(t.seen >= 1);
	CHECK_EQ(tc.rx, t.seen);   /* every frame a1 got, b1's tap saw as received */
	dev_remove_tap(b1, &tc.tap);

	t.verdict = RX_HANDLER_EXACT;
	t.seen = 0;
	dropped = a1->stats.rx_dropped;
	CHECK_EQ(run(&r, "ping -c 1 -W 1 10.1.0.2"), 1);
	CHECK(t.seen >= 1);
	CHECK_EQ(a1->stats.rx_dropped - dropped, (uint64_t)t.seen);
	run_close(&r);
}

/* One master per device, no loops, same namespace; a master going releases its ports. */
static void test_upper_links(void)
{
	struct run r;
	struct rx_test t = { .verdict = RX_HANDLER_PASS };
	struct netdev *a0, *b0, *a1;

	l2_setup(&r);
	a0 = dev_in(&r, NULL, "a0");
	b0 = dev_in(&r, NULL, "b0");
	a1 = dev_in(&r, "n", "a1");
	CHECK_EQ(netdev_master_upper_dev_link(a0, a0), -EINVAL);
	CHECK_EQ(netdev_master_upper_dev_link(a0, a1), -EINVAL);   /* another namespace */
	CHECK_EQ(netdev_master_upper_dev_link(a0, b0), 0);
	CHECK(netdev_master_upper_dev_get(a0) == b0);
	CHECK_EQ(netdev_master_upper_dev_link(a0, b0), -EBUSY);    /* one master only */
	CHECK_EQ(netdev_master_upper_dev_link(b0, a0), -EBUSY);    /* a loop */
	CHECK_EQ(netdev_rx_handler_register(a0, rx_test_handler, &t), 0);
	netdev_upper_dev_unlink(a0, b0);
	CHECK(netdev_master_upper_dev_get(a0) == NULL);
	CHECK(vl_list_empty(&b0->lowers));
	CHECK_EQ(netdev_master_upper_dev_link(a0, b0), 0);
	/* b0 goes (with its peer): a0 is no one's port any more, and its handler is gone. */
	CHECK_EQ(run(&r, "ip link del b0"), 0);
	CHECK(netdev_master_upper_dev_get(a0) == NULL);
	CHECK(a0->rx_handler == NULL);
	run_close(&r);
}

/* skb_copy: an equal frame in a buffer of its own, metadata kept; the copy is freed on its own. */
static void test_skb_copy(void)
{
	struct world *w = world_new(1);
	struct sk_buff *skb = alloc_skb(&w->skb_pool, 100);
	struct sk_buff *c;
	uint8_t *p = skb_put(skb, 60);

	CHECK(p != NULL);
	for (int i = 0; i < 60; i++)
		p[i] = (uint8_t)i;
	(void)!skb_pull(skb, 14);
	skb_reset_network_header(skb);
	skb->protocol = 0x0800;
	skb->skb_iif = 7;
	c = skb_clone(skb);
	CHECK(c != skb && c->head != skb->head);
	CHECK_EQ(c->len, 46u);
	CHECK_EQ(memcmp(c->data, skb->data, 46), 0);
	CHECK_EQ(c->data - c->head, skb->data - skb->head);
	CHECK_EQ(c->nh_off, skb->nh_off);
	CHECK_EQ(c->protocol, 0x0800);
	CHECK_EQ(c->skb_iif, 7);
	CHECK_EQ(memcmp(c->head + SKB_HEADROOM, skb->head + SKB_HEADROOM, 14), 0);
	c->data[0] = 0xff;
	CHECK_EQ(skb->data[0], 14);
	consume_skb(c);
	consume_skb(skb);
	world_free(w);
}

int main(void)
{
	static const struct vl_test tests[] = {
		{ "dummy_kind", test_dummy_kind },
		{ "pernet_order", test_pernet_order },
		{ "notifier_priority", test_notifier_priority },
		{ "packet_types", test_packet_types },
		{ "rx_handler_consume_pass", test_rx_handler_consume_pass },
		{ "rx_handler_another_exact", test_rx_handler_another_exact },
		{ "upper_links", test_upper_links },
		{ "skb_copy", test_skb_copy },
		{ NULL, NULL },
	};

	return harness_run(tests);
}

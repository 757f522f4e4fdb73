/*
 * test_limits.c: the kernel's bounds, as vethlab keeps them: the shared
 * neighbour table's garbage collection (gc_thresh1..3, forced and periodic
 * collection), the receive backlog (netdev_max_backlog), the address label
 * length, and the paths of the host that are never read or written.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "boot.h"
#include "core/netdev.h"
#include "core/netns.h"
#include "core/world.h"
#include "ctl/rtnl.h"
#include "ctl/rtnl_neigh.h"
#include "ctl/rtnl_route.h"
#include "ctl/vfs.h"
#include "shell/shell.h"
#include "harness.h"
#include "sh_run.h"

static int count_neigh(const struct rtnl_neigh *n, void *arg)
{
	(void)n;
	(*(int *)arg)++;
	return 0;
}

static int neigh_count(struct netns *net)
{
	const struct rtnl_neigh_filter f = { .family = 4 };
	int n = 0;

	(void)rtnl_neigh_dump(net, &f, count_neigh, &n);
	return n;
}

/* ip neigh add 10.0.X.Y for i in [from, to), in state nud, one command each. */
static int add_neighs(struct run *r, int from, int to, const char *nud, const char *ns)
{
	char line[160];
	int failed = 0;

	for (int i = from; i < to; i++) {
		snprintf(line, sizeof(line), "%sip neigh add 10.0.%d.%d lladdr 02:00:00:00:00:01 dev veth0 nud %s",
			 ns, i / 250, i % 250 + 1, nud);
		if (shell_run_line(r->sh, line))
			failed++;
	}
	return failed;
}

static void pair_up(struct run *r)
{
	shell_run_text(r->sh, "ip link add veth0 type veth peer name veth1\n"
			      "ip addr add 10.0.0.254/16 dev veth0\n"
			      "ip link set veth0 up\nip link set veth1 up\n");
}

/*
 * gc_thresh3 is 1024 non-permanent entries for the whole kernel: the 1025th
 * fails with ENOBUFS when nothing can be collected (entries in a timer state
 * are held), as measured on Linux 6.18; permanent entries are not counted.
 */
static void test_neigh_table_full(void)
{
	struct run r;

	run_open(&r);
	pair_up(&r);
	CHECK_EQ(add_neighs(&r, 0, 1024, "reachable", ""), 0);
	CHECK_EQ(add_neighs(&r, 1024, 1025, "reachable", ""), 1);
	CHECK_EQ(shell_status(r.sh), 2);
	run_sync(&r);
	CHECK(strstr(r.err, "RTNETLINK answers: No buffer space available\n") != NULL);
	CHECK_EQ(neigh_count(rtnl_init_net(r.w)), 1024);
	/* Exempt: a permanent entry, and a change to an existing one. */
	CHECK_EQ(add_neighs(&r, 1100, 1101, "permanent", ""), 0);
	CHECK_EQ(shell_run_line(r.sh, "ip neigh replace 10.0.0.1 lladdr 02:00:00:00:00:02 dev veth0 nud stale"), 0);
	run_close(&r);
}

/* The limit is shared by every namespace, as Linux's one arp_tbl is. */
static void test_neigh_limit_shared(void)
{
	struct run r;

	run_open(&r);
	pair_up(&r);
	shell_run_text(r.sh, "ip netns add a\nip link set veth1 netns a\n"
			     "ip -n a link set veth1 up\nip -n a addr add 10.0.0.253/16 dev veth1\n");
	CHECK_EQ(add_neighs(&r, 0, 600, "reachable", ""), 0);
	/* Only 424 more fit, in any namespace. */
	shell_run_line(r.sh, "ip link add veth0 netns a type veth peer name veth9");
	CHECK_EQ(add_neighs(&r, 600, 1100, "reachable", "ip netns exec a "), 76);
	run_close(&r);
}

/*
 * Forced collection: once entries are over five seconds old it takes the
 * oldest (not held) back down to gc_thresh2, counting the one being added:
 * 1024 STALE entries, six seconds, one more: 512 remain.
 */
static void test_neigh_forced_gc(void)
{
	struct run r;

	run_open(&r);
	pair_up(&r);
	CHECK_EQ(add_neighs(&r, 0, 1024, "stale", ""), 0);
	shell_run_line(r.sh, "sleep 6");
	CHECK_EQ(add_neighs(&r, 1024, 1025, "stale", ""), 0);
	CHECK_EQ(neigh_count(rtnl_init_net(r.w)), 512);
	/* The oldest went: entry 0 is gone, entry 513 (the 514th) stayed. */
	CHECK(shell_run_line(r.sh, "ip neigh del 10.0.0.1 dev veth0") != 0);
	CHECK_EQ(shell_run_line(r.sh, "ip neigh del 10.0.2.14 dev veth0"), 0);
	run_close(&r);
}

/* Periodic collection, every 15 s with gc_thresh1 (128) entries or more: unused for gc_stale_time (60 s) goes. */
static void test_neigh_periodic_gc(void)
{
	struct run r;

	run_open(&r);
	pair_up(&r);
	CHECK_EQ(add_neighs(&r, 0, 200, "stale", ""), 0);
	shell_run_line(r.sh, "sleep 50");
	CHECK_EQ(neigh_count(rtnl_init_net(r.w)), 200);
	shell_run_line(r.sh, "sleep 30");
	CHECK_EQ(neigh_count(rtnl_init_net(r.w)), 0);
	/* Below gc_thresh1 nothing is collected, however old. */
	CHECK_EQ(add_neighs(&r, 0, 100, "stale", ""), 0);
	shell_run_line(r.sh, "sleep 300");
	CHECK_EQ(neigh_count(rtnl_init_net(r.w)), 100);
	run_close(&r);
}

/* A full table answers no ARP request from a sender it does not know (neigh_event_ns fails). */
static void test_arp_unanswered_when_full(void)
{
	struct run r;

	run_open(&r);
	shell_run_text(r.sh, "ip netns add a\n"
			     "ip link add veth0 type veth peer name veth1 netns a\n"
			     "ip addr add 10.0.0.254/16 dev veth0\nip link set veth0 up\n"
			     "ip -n a addr add 10.0.200.9/16 dev veth1\nip -n a link set veth1 up\n");
	CHECK_EQ(add_neighs(&r, 0, 1024, "reachable", ""), 0);
	CHECK_EQ(shell_run_line(r.sh, "ip netns exec a ping -c 1 -W 1 10.0.0.254"), 1);
	/* Room for two: a's entry for 10.0.0.254, and the root's for the sender. */
	CHECK_EQ(shell_run_line(r.sh, "ip neigh del 10.0.0.1 dev veth0; ip neigh del 10.0.0.2 dev veth0"), 0);
	CHECK_EQ(shell_run_line(r.sh, "ip netns exec a ping -c 1 -W 1 10.0.0.254"), 0);
	run_close(&r);
}

/* A broadcast frame of an ethertype nobody handles, out of dev. */
static void xmit_junk(struct world *w, struct netdev *dev)
{
	struct sk_buff *skb = alloc_skb(&w->skb_pool, 60);
	uint8_t *p = skb_put(skb, 60);

	memset(p, 0, 60);
	memset(p, 0xff, 6);         /* broadcast */
	p[12] = 0x88, p[13] = 0xb5; /* an ethertype nobody handles */
	skb->dev = dev;
	dev_queue_xmit(skb);
}

/*
 * enqueue_to_backlog: more than netdev_max_backlog (1000) frames queued
 * before the softirq runs and the next is dropped: the sender counts a tx
 * drop, the receiver an rx drop. From process context each transmit ends
 * with net_rx_action, so frames sent one by one never fill the queue, even
 * while all of them still wait their hop delay (virtual time stands still).
 */
static void test_backlog_limit(void)
{
	struct run r;
	struct netdev *veth0, *veth1;
	int accepted = 0;

	run_open(&r);
	pair_up(&r);
	veth0 = netdev_get_by_name(rtnl_init_net(r.w), "veth0");
	veth1 = netdev_get_by_name(rtnl_init_net(r.w), "veth1");
	uint64_t tx0 = veth0->stats.tx_packets, rx1 = veth1->stats.rx_packets;

	/* 1500 transmits from process context: none waits for a softirq. */
	for (int i = 0; i < 1500; i++)
		xmit_junk(r.w, veth0);
	CHECK_EQ(r.w->softnet_qlen, 0u);
	CHECK_EQ(veth0->stats.tx_packets - tx0, 1500u);
	CHECK_EQ(veth1->stats.rx_packets - rx1, 1500u);
	CHECK_EQ(veth1->stats.rx_dropped, 0u);
	CHECK_EQ(r.w->softnet_dropped, 0u);
	/* Delivery still waits the hop delay: the frames are in veth1's queue. */
	CHECK(veth1->backlog.qlen >= 1500);
	shell_run_line(r.sh, "sleep 1");
	CHECK_EQ(veth1->backlog.qlen, 0u);

	/*
	 * 1500 with bottom halves off (as in one softirq): the queue fills.
	 * (Delivered, the frames delivered above were rx_dropped as an
	 * unhandled protocol: the drops here are counted from that.)
	 */
	tx0 = veth0->stats.tx_packets, rx1 = veth1->stats.rx_packets;
	uint64_t rxd1 = veth1->stats.rx_dropped;
	local_bh_disable(r.w);
	for (int i = 0; i < 1500; i++)
		xmit_junk(r.w, veth0);
	CHECK_EQ(r.w->softnet_qlen, 1001u);
	local_bh_enable(r.w);
	CHECK_EQ(r.w->softnet_qlen, 0u);
	CHECK_EQ(r.w->bh_depth, 0u);
	accepted = (int)(veth0->stats.tx_packets - tx0);
	/* A frame is refused when more than 1000 wait: the backlog holds 1001. */
	CHECK_EQ(accepted, 1001);
	CHECK_EQ(veth1->stats.rx_packets - rx1, (uint64_t)accepted);
	CHECK_EQ(veth0->stats.tx_dropped, (uint64_t)(1500 - accepted));
	CHECK_EQ(veth1->stats.rx_dropped - rxd1, (uint64_t)(1500 - accepted));
	CHECK_EQ(r.w->softnet_dropped, (uint64_t)(1500 - accepted));
	CHECK_EQ(r.w->drops[SKB_DROP_REASON_CPU_BACKLOG], (uint64_t)(1500 - accepted));
	/* The next transmit finds the queue drained. */
	xmit_junk(r.w, veth0);
	CHECK_EQ(veth1->stats.rx_dropped - rxd1, (uint64_t)(1500 - accepted));
	CHECK_EQ(r.w->softnet_dropped, (uint64_t)(1500 - accepted));
	shell_run_line(r.sh, "sleep 1");
	CHECK_EQ(veth1->backlog.qlen, 0u);
	/* The limit is net.core.netdev_max_backlog, in the initial namespace only. */
	CHECK_EQ(shell_run_line(r.sh, "sysctl -qw net.core.netdev_max_backlog=10"), 0);
	CHECK_EQ(r.w->netdev_max_backlog, 10);
	CHECK_EQ(shell_run_line(r.sh, "ip netns add a; ip netns exec a sysctl net.core.netdev_max_backlog"), 1);
	run_close(&r);
}

/* The rx_dropped of every qN (N in 1..n), summed. */
static uint64_t q_rx_dropped(struct run *r, int n)
{
	uint64_t sum = 0;
	char name[16];

	for (int i = 1; i <= n; i++) {
		snprintf(name, sizeof(name), "q%d", i);
		sum += netdev_get_by_name(rtnl_init_net(r->w), name)->stats.rx_dropped;
	}
	return sum;
}

/* A bridge br0 with n ports pN, each a veth whose peer qN is up; no IPv6. */
static void bridge_ports(struct run *r, int n)
{
	char line[160];

	shell_run_text(r->sh, "sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1\n"
			      "ip link add br0 type bridge\nip link set br0 up\n"
			      "ip addr add 10.5.0.1/16 dev br0\n");
	for (int i = 1; i <= n; i++) {
		snprintf(line, sizeof(line),
			 "ip link add p%d type veth peer name q%d; ip link set p%d master br0; "
			 "ip link set q%d up; ip link set p%d up", i, i, i, i, i);
		CHECK_EQ(shell_run_line(r->sh, line), 0);
	}
	shell_run_line(r->sh, "sleep 1");
}

/*
 * One transmit that fans out: br0's broadcast flooded to 12 ports is 12
 * frames queued by one dev_queue_xmit, so with netdev_max_backlog 10 the
 * twelfth is dropped (the queue holds 11). Linux does the same (a bridge's
 * 1023 ports with the default 1000: 22 dropped, on the last ports flooded).
 */
static void test_backlog_fanout(void)
{
	struct run r;

	run_open(&r);
	bridge_ports(&r, 12);
	CHECK_EQ(shell_run_line(r.sh, "sysctl -qw net.core.netdev_max_backlog=10"), 0);
	CHECK_EQ(q_rx_dropped(&r, 12), 0u);
	shell_run_line(r.sh, "arping -c 1 -w 1 -I br0 10.5.9.9");
	CHECK_EQ(q_rx_dropped(&r, 12), 1u);
	/* The flood goes newest port first: the first added is the one dropped. */
	CHECK_EQ(netdev_get_by_name(rtnl_init_net(r.w), "q1")->stats.rx_dropped, 1u);
	CHECK_EQ(netdev_get_by_name(rtnl_init_net(r.w), "p1")->stats.tx_dropped, 1u);
	CHECK_EQ(r.w->softnet_dropped, 1u);
	CHECK_EQ(r.w->softnet_qlen, 0u);
	run_close(&r);
}

/*
 * A flood inside a NAPI poll: q1's broadcast, received by the bridge on p1,
 * goes out of the 12 other ports in the same softirq, so with
 * netdev_max_backlog 10 one of them is dropped; the same frame sent
 * by br0 itself to 11 ports is not.
 */
static void test_backlog_fanout_softirq(void)
{
	struct run r;

	run_open(&r);
	bridge_ports(&r, 13);
	CHECK_EQ(shell_run_line(r.sh, "sysctl -qw net.core.netdev_max_backlog=10"), 0);
	shell_run_line(r.sh, "ip addr add 10.5.0.2/16 dev q1");
	shell_run_line(r.sh, "arping -c 1 -w 1 -I q1 10.5.9.9");
	/* br0 is a bridge port's upper device: it gets its copy without a backlog. */
	CHECK_EQ(q_rx_dropped(&r, 13), 1u);
	CHECK_EQ(netdev_get_by_name(rtnl_init_net(r.w), "q2")->stats.rx_dropped, 1u);
	CHECK_EQ(r.w->softnet_dropped, 1u);
	CHECK_EQ(r.w->softnet_qlen, 0u);
	CHECK_EQ(r.w->bh_depth, 0u);
	run_close(&r);
}

/*
 * The bug this accounting fixes: hosts brought up one command after another,
 * with no time passing, each send their IPv6 link's MLD reports and DAD
 * probes. Linux drains the backlog after each send, so nothing is dropped
 * whatever the number of frames still in flight on the virtual clock.
 */
static void test_backlog_many_hosts(void)
{
	struct run r;
	char line[256];
	uint64_t dropped = 0;

	run_open(&r);
	for (int i = 1; i <= 600; i++) {
		snprintf(line, sizeof(line),
			 "ip netns add h%d; ip link add v%d type veth peer name eth0 netns h%d; "
			 "ip -n h%d addr add 10.9.%d.%d/16 dev eth0; ip -n h%d link set eth0 up; ip link set v%d up",
			 i, i, i, i, i / 200, i % 200 + 1, i, i);
		CHECK_EQ(shell_run_line(r.sh, line), 0);
	}
	shell_run_line(r.sh, "sleep 3");
	for (int i = 1; i <= 600; i++) {
		snprintf(line, sizeof(line), "v%d", i);
		dropped += netdev_get_by_name(rtnl_init_net(r.w), line)->stats.rx_dropped;
	}
	CHECK_EQ(dropped, 0u);
	CHECK_EQ(r.w->softnet_dropped, 0u);
	CHECK_EQ(r.w->drops[SKB_DROP_REASON_CPU_BACKLOG], 0u);
	run_close(&r);
}

/* IFA_LABEL: a short string through the control API, and one too long for IFNAMSIZ. */
static void test_label_bounds(void)
{
	struct world *w = world_new(1);
	struct netns *net = rtnl_init_net(w);
	struct ifa_req req = { .local = 0x0a000001, .address = 0x0a000001, .prefixlen = 24, .scope = -1 };
	const char *extack = NULL;
	int lo = rtnl_ifindex(net, "lo");

	req.label = "a";
	CHECK_EQ(rtnl_addr_add(net, lo, &req, &extack), 0);
	req.local = req.address = 0x0a000002;
	req.label = "lo:abcdefghijklm"; /* 16 bytes */
	CHECK_EQ(rtnl_addr_add(net, lo, &req, &extack), -EINVAL);
	CHECK_STR(extack, "Attribute failed policy validation");
	req.label = "lo:abcdefghijkl";  /* 15 bytes */
	CHECK_EQ(rtnl_addr_add(net, lo, &req, &extack), 0);
	world_free(w);
}

static void test_vfs_classify(void)
{
	struct world *w = world_new(1);
	struct netns *net = rtnl_init_net(w);
	struct vfs_path vp;

	vfs_resolve(net, "/proc/net/dev", &vp);
	CHECK_EQ(vp.where, VFS_EMULATED);
	vfs_resolve(net, "/proc/self/net/arp", &vp);
	CHECK_EQ(vp.where, VFS_EMULATED);
	CHECK_STR(vp.path, "/proc/net/arp");
	vfs_resolve(net, "/proc/1/task/1/net/route", &vp);
	CHECK_STR(vp.path, "/proc/net/route");
	vfs_resolve(net, "/proc/../proc/./sys/net/ipv4/ip_forward", &vp);
	CHECK_EQ(vp.where, VFS_EMULATED);
	CHECK_STR(vp.path, "/proc/sys/net/ipv4/ip_forward");
	vfs_resolve(net, "/sys/class/net/eth0/address", &vp);
	CHECK_EQ(vp.where, VFS_EMULATED);
	vfs_resolve(net, "/sys/devices/virtual/net/lo/mtu", &vp);
	CHECK_EQ(vp.where, VFS_REFUSED);
	vfs_resolve(net, "/proc/sys/kernel/hostname", &vp);
	CHECK_EQ(vp.where, VFS_REFUSED);
	vfs_resolve(net, "/proc/self/ns/net", &vp);
	CHECK_EQ(vp.where, VFS_REFUSED);
	vfs_resolve(net, "/proc/cpuinfo", &vp);
	CHECK_EQ(vp.where, VFS_HOST_RO);
	vfs_resolve(net, "/tmp/x.pcap", &vp);
	CHECK_EQ(vp.where, VFS_HOST);
	w->no_host_files = true;
	vfs_resolve(net, "/tmp/x.pcap", &vp);
	CHECK_EQ(vp.where, VFS_REFUSED);
	world_free(w);
}

int main(void)
{
	static const struct vl_test tests[] = {
		{ "neigh_table_full", test_neigh_table_full },
		{ "neigh_limit_shared", test_neigh_limit_shared },
		{ "neigh_forced_gc", test_neigh_forced_gc },
		{ "neigh_periodic_gc", test_neigh_periodic_gc },
		{ "arp_unanswered_when_full", test_arp_unanswered_when_full },
		{ "backlog_limit", test_backlog_limit },
		{ "backlog_fanout", test_backlog_fanout },
		{ "backlog_fanout_softirq", test_backlog_fanout_softirq },
		{ "backlog_many_hosts", test_backlog_many_hosts },
		{ "label_bounds", test_label_bounds },
		{ "vfs_classify", test_vfs_classify },
		{ NULL, NULL },
	};

	return harness_run(tests);
}

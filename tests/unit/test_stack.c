/* test_stack.c: the packet path: backlog timing, ARP and NUD, martians, FIB, forwarding. */
#include <stdlib.h>

#include "boot.h"
#include "core/netdev.h"
#include "core/netns.h"
#include "core/world.h"
#include "ctl/rtnl.h"
#include "net/ipv4.h"
#include "shell/shell.h"
#include "harness.h"

struct env {
	struct world *w;
	struct shell *sh;
	FILE *out, *err;
	char *obuf, *ebuf;
	size_t olen, elen;
};

static void env_open(struct env *e)
{
	struct shell_opts o = { 0 };

	e->out = open_memstream(&e->obuf, &e->olen);
	e->err = open_memstream(&e->ebuf, &e->elen);
	o.out = e->out;
	o.err = e->err;
	e->w = world_new(1);
	e->sh = shell_new(e->w, &o);
	/* These tests count IPv4 frames: keep IPv6's link-up chatter out, as the scenarios do. */
	shell_run_line(e->sh, "sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1");
}

static void env_close(struct env *e)
{
	shell_free(e->sh);
	world_free(e->w);
	fclose(e->out);
	fclose(e->err);
	free(e->obuf);
	free(e->ebuf);
}

static void run(struct env *e, const char *line)
{
	shell_run_line(e->sh, line);
}

static struct netdev *dev(struct env *e, const char *ns, const char *name)
{
	struct netns *net = ns ? rtnl_netns_get(e->w, ns) : rtnl_init_net(e->w);

	return net ? netdev_get_by_name(net, name) : NULL;
}

static struct neighbour *neigh(struct env *e, const char *ns, const char *devname, uint32_t ip)
{
	struct netdev *d = dev(e, ns, devname);

	return d ? neigh_lookup(&ipv4_net(d->net)->arp_tbl, &ip, d) : NULL;
}

static void two_namespaces(struct env *e)
{
	run(e, "ip netns add a; ip netns add b");
	run(e, "ip netns exec a sysctl -qw net.ipv6.conf.default.disable_ipv6=1");
	run(e, "ip netns exec b sysctl -qw net.ipv6.conf.default.disable_ipv6=1");
	run(e, "ip link add va netns a type veth peer name vb netns b");
	run(e, "ip -n a addr add 10.0.0.1/24 dev va; ip -n b addr add 10.0.0.2/24 dev vb");
	run(e, "ip -n a link set va up; ip -n b link set vb up");
}

static void test_echo_across_pair(void)
{
	struct env e;
	struct neighbour *n;

	env_open(&e);
	two_namespaces(&e);
	run(&e, "ip netns exec a ping -c 3 10.0.0.2");
	CHECK_EQ(shell_status(e.sh), 0);
	n = neigh(&e, "a", "va", 0x0a000002);
	CHECK(n && n->nud_state == NUD_REACHABLE);
	n = neigh(&e, "b", "vb", 0x0a000001);
	CHECK(n && (n->nud_state & NUD_VALID));
	/* ARP request + 3 echo requests out of va; the pair mirrors the counters. */
	CHECK_EQ(dev(&e, "a", "va")->stats.tx_packets, 4u);
	CHECK_EQ(dev(&e, "a", "va")->stats.tx_packets, dev(&e, "b", "vb")->stats.rx_packets);
	CHECK_EQ(dev(&e, "a", "va")->stats.tx_bytes, 42u + 3 * 98u);
	CHECK_EQ(dev(&e, "b", "vb")->stats.tx_bytes, dev(&e, "a", "va")->stats.rx_bytes);
	/* Two seconds for three pings one second apart, plus the last reply. */
	CHECK(world_now(e.w) >= 2 * VL_NSEC_PER_SEC && world_now(e.w) < 3 * VL_NSEC_PER_SEC);
	env_close(&e);
}

static void test_backlog_is_deferred(void)
{
	struct env e;
	struct netdev *va;

	env_open(&e);
	two_namespaces(&e);
	e.w->hop_delay_ns = 1000000;
	e.w->hop_jitter_ns = 0;
	run(&e, "ip -n a neigh add 10.0.0.2 lladdr 02:00:00:00:00:02 dev va");
	run(&e, "ip netns exec a ping -c 1 -W 1 10.0.0.9 > /dev/null &");
	va = dev(&e, "a", "va");
	/* Started in the background: nothing crossed yet, the frame waits in vb's backlog. */
	shell_run_world(e.sh, 0);
	CHECK_EQ(dev(&e, "b", "vb")->backlog.qlen, 1u);
	CHECK_EQ(va->stats.tx_packets, 1u);
	shell_run_world(e.sh, 999999);
	CHECK_EQ(dev(&e, "b", "vb")->backlog.qlen, 1u);
	shell_run_world(e.sh, 1000000);
	CHECK_EQ(dev(&e, "b", "vb")->backlog.qlen, 0u);
	env_close(&e);
}

static void test_neigh_failure_reports(void)
{
	struct env e;
	struct netdev *lo;

	env_open(&e);
	run(&e, "ip link add veth0 type veth peer name veth1; ip addr add 192.168.2.11/24 dev veth0");
	run(&e, "ip link set veth0 up; ip link set veth1 up");
	lo = dev(&e, NULL, "lo");
	run(&e, "ping -c 2 192.168.2.12 > /dev/null");
	/* Three broadcast probes a second apart, then FAILED and one ICMP per queued packet via lo. */
	CHECK_EQ(dev(&e, NULL, "veth0")->stats.tx_packets, 3u);
	CHECK_EQ(neigh(&e, NULL, "veth0", 0xc0a8020c)->nud_state, NUD_FAILED);
	CHECK_EQ(lo->stats.tx_packets, 2u);
	CHECK_EQ(lo->stats.tx_bytes, 2u * 112u);
	CHECK_EQ(e.w->drops[SKB_DROP_REASON_NEIGH_FAILED], 2u);
	CHECK_EQ(world_now(e.w) / VL_NSEC_PER_SEC, 3u);
	env_close(&e);
}

static void test_martian_rules(void)
{
	struct env e;
	uint64_t lo_before;

	env_open(&e);
	run(&e, "ip link add veth0 type veth peer name veth1");
	run(&e, "ip addr add 192.168.1.1/24 dev veth0; ip addr add 192.168.1.2/24 dev veth1");
	run(&e, "ip link set veth0 up; ip link set veth1 up");
	run(&e, "ping -c 1 -I veth0 192.168.1.2 > /dev/null");
	CHECK_EQ(shell_status(e.sh), 1);
	/* The ARP requests are martians: arp_process answers none, yet consumes them (no drop). */
	CHECK_EQ(e.w->drops[SKB_DROP_REASON_IP_LOCAL_SOURCE], 0u);
	CHECK_EQ(e.w->drops[SKB_DROP_REASON_NEIGH_FAILED], 1u);
	CHECK_EQ(dev(&e, NULL, "veth1")->stats.tx_packets, 0u); /* never answered */
	run(&e, "sysctl -qw net.ipv4.conf.veth1.accept_local=1 net.ipv4.conf.all.rp_filter=1");
	run(&e, "ip neigh flush dev veth0; ping -c 1 -I veth0 192.168.1.2 > /dev/null");
	CHECK_EQ(shell_status(e.sh), 1);
	/* Strict rp_filter refuses them the wrong way back: again no reply, no drop. */
	CHECK_EQ(e.w->drops[SKB_DROP_REASON_IP_RPFILTER], 0u);
	CHECK_EQ(e.w->drops[SKB_DROP_REASON_NEIGH_FAILED], 2u);
	run(&e, "sysctl -qw net.ipv4.conf.all.rp_filter=0 net.ipv4.conf.veth0.accept_local=1");
	lo_before = dev(&e, NULL, "lo")->stats.tx_packets;
	run(&e, "ip neigh flush dev veth0; ping -c 1 -I veth0 192.168.1.2 > /dev/null");
	CHECK_EQ(shell_status(e.sh), 0);
	/* The reply went through lo, not back across the pair. */
	CHECK_EQ(dev(&e, NULL, "veth1")->stats.tx_packets, 1u);
	CHECK_EQ(dev(&e, NULL, "lo")->stats.tx_packets, lo_before + 1);
	run(&e, "ip link set lo down; ping -c 1 -W 1 -I veth0 192.168.1.2 > /dev/null");
	CHECK_EQ(shell_status(e.sh), 1);
	CHECK_EQ(dev(&e, NULL, "lo")->stats.tx_dropped, 1u);
	env_close(&e);
}

static void test_fib_longest_prefix(void)
{
	struct env e;
	struct fib_route *r;
	struct netns *net;

	env_open(&e);
	run(&e, "ip link add veth0 type veth peer name veth1; ip addr add 10.1.1.1/24 dev veth0");
	run(&e, "ip link set veth0 up; ip link set veth1 up");
	run(&e, "ip route add 10.0.0.0/8 via 10.1.1.8; ip route add 10.2.0.0/16 via 10.1.1.16");
	run(&e, "ip route add 10.2.3.0/24 via 10.1.1.24; ip route add 10.2.3.4 via 10.1.1.32");
	run(&e, "ip route add 10.2.3.0/24 via 10.1.1.99 metric 10; ip route add unreachable 10.3.0.0/16");
	net = rtnl_init_net(e.w);
	CHECK(fib_lookup(net, 0x0a020304, 0, &r) == 0 && r->gw == 0x0a010120);
	CHECK(fib_lookup(net, 0x0a020305, 0, &r) == 0 && r->gw == 0x0a010118);
	CHECK(fib_lookup(net, 0x0a020405, 0, &r) == 0 && r->gw == 0x0a010110);
	CHECK(fib_lookup(net, 0x0a090909, 0, &r) == 0 && r->gw == 0x0a010108);
	CHECK(fib_lookup(net, 0x0a030001, 0, &r) == 0 && r->type == RTN_UNREACHABLE);
	CHECK(fib_lookup(net, 0x0b000001, 0, &r) != 0);
	CHECK(fib_lookup(net, 0x0a010101, 0, &r) == 0 && r->type == RTN_LOCAL);
	run(&e, "ip route del 10.2.3.0/24 metric 0");
	CHECK(fib_lookup(net, 0x0a020305, 0, &r) == 0 && r->gw == 0x0a010163);
	env_close(&e);
}

static void test_forwarding_ttl(void)
{
	struct env e;

	env_open(&e);
	run(&e, "ip netns add a; ip netns add r; ip netns add b");
	run(&e, "ip link add va netns a type veth peer name ra netns r");
	run(&e, "ip link add vb netns b type veth peer name rb netns r");
	run(&e, "ip -n a addr add 10.0.1.2/24 dev va; ip -n r addr add 10.0.1.1/24 dev ra");
	run(&e, "ip -n r addr add 10.0.2.1/24 dev rb; ip -n b addr add 10.0.2.2/24 dev vb");
	run(&e, "ip -n a link set va up; ip -n r link set ra up; ip -n r link set rb up; ip -n b link set vb up");
	run(&e, "ip -n a route add default via 10.0.1.1; ip -n b route add default via 10.0.2.1");
	run(&e, "ip netns exec a ping -c 1 -W 1 10.0.2.2 > /dev/null");
	CHECK_EQ(shell_status(e.sh), 1);
	CHECK_EQ(netns_drop_count(rtnl_netns_get(e.w, "r"), SKB_DROP_REASON_IP_INADDRERRORS), 1u);
	run(&e, "ip netns exec r sysctl -qw net.ipv4.ip_forward=1");
	run(&e, "ip netns exec a ping -c 1 10.0.2.2");
	CHECK_EQ(shell_status(e.sh), 0);
	run(&e, "ip netns exec a ping -c 1 -t 1 10.0.2.2 > /dev/null");
	CHECK_EQ(netns_drop_count(rtnl_netns_get(e.w, "r"), SKB_DROP_REASON_IP_INHDR), 1u);
	fflush(e.out);
	CHECK(strstr(e.obuf, "ttl=63") != NULL);
	env_close(&e);
}

int main(void)
{
	static const struct vl_test tests[] = {
		{ "echo_across_pair", test_echo_across_pair },
		{ "backlog_is_deferred", test_backlog_is_deferred },
		{ "neigh_failure_reports", test_neigh_failure_reports },
		{ "martian_rules", test_martian_rules },
		{ "fib_longest_prefix", test_fib_longest_prefix },
		{ "forwarding_ttl", test_forwarding_ttl },
		{ NULL, NULL },
	};

	return harness_run(tests);
}

/* test_why.c: `why` names the rule that stopped the seeds' pings, and the fixes it prints make them work. */
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

#include "ctl/trace_ctl.h"
#include "harness.h"
#include "sh_run.h"

/* Both ends of a pair in one namespace, as the seeds have them. */
static const char one_ns_pair[] =
	"sysctl -qw net.ipv6.conf.default.disable_ipv6=1; ip link add veth0 type veth peer name veth1; "
	"ip addr add 192.168.1.1/24 dev veth0; ip addr add 192.168.1.2/24 dev veth1; "
	"ip link set veth0 up; ip link set veth1 up";
static const char ping[] = "ping -c 1 -W 1 -I veth0 192.168.1.2";

/*
 * The fixes: those under the text's "to fix:" heading must be the ones
 * `why -j` lists (its top-level "fix", in the same order); the JSON ones are
 * run, each must succeed. Returns how many there were.
 */
static int apply_fixes(struct run *r)
{
	char *fixes = strstr(r->out, "to fix:\n"), *copy = strdup(fixes ? fixes + strlen("to fix:\n") : "");
	char *save = NULL;
	const char *j;
	json_object *root, *arr;
	size_t n = 0;

	CHECK_EQ(run(r, "why -j"), 0);
	j = strstr(r->out, "{\"command\"");
	root = j ? json_tokener_parse(j) : NULL;
	CHECK(root != NULL);
	arr = root ? json_object_object_get(root, "fix") : NULL;
	for (char *line = strtok_r(copy, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
		CHECK(!strncmp(line, "  ", 2));
		CHECK(arr && n < json_object_array_length(arr) &&
		      !strcmp(json_object_get_string(json_object_array_get_idx(arr, n)), line + 2));
		n++;
	}
	free(copy);
	CHECK(arr && json_object_array_length(arr) == n);
	for (size_t i = 0; arr && i < json_object_array_length(arr); i++)
		CHECK_EQ(run(r, json_object_get_string(json_object_array_get_idx(arr, i))), 0);
	if (root)
		json_object_put(root);
	return (int)n;
}

/* The ping fails; why names the rule, the state and the fix; the fix makes the ping work. */
static void check_cause(const char *setup, const char *rule, const char *state, const char *fix)
{
	struct run r;

	run_open(&r);
	trace_ctl_enable(r.w, true);
	CHECK_EQ(run(&r, one_ns_pair), 0);
	CHECK_EQ(run(&r, setup), 0);
	CHECK_EQ(run(&r, ping), 1);
	CHECK_EQ(run(&r, "why"), 0);
	CHECK(strstr(r.out, rule) != NULL);
	CHECK(strstr(r.out, state) != NULL);
	CHECK(strstr(r.out, fix) != NULL);
	CHECK(apply_fixes(&r) >= 1);
	CHECK_EQ(run(&r, ping), 0);
	CHECK(strstr(r.out, "1 received") != NULL);
	run_close(&r);
}

/*
 * Seed 001: only one end has an address; the other is asked for one nobody
 * has. The fix gives it to the silent end, in the sender's subnet.
 */
static void test_one_end(void)
{
	struct run r;

	run_open(&r);
	trace_ctl_enable(r.w, true);
	CHECK_EQ(run(&r, "ip link add veth0 type veth peer name veth1; ip addr add 192.168.2.11/24 dev veth0; "
			 "ip link set veth0 up; ip link set veth1 up"), 0);
	CHECK_EQ(run(&r, "ping -c 1 192.168.2.12"), 1);
	CHECK_EQ(run(&r, "why"), 0);
	CHECK(strstr(r.out, "state: 192.168.2.12 is on no device of this namespace (and no proxy answers for it)\n") != NULL);
	CHECK(strstr(r.out, "to fix:\n  ip addr add 192.168.2.12/24 dev veth1\n") != NULL);
	CHECK_EQ(apply_fixes(&r), 1);
	CHECK_EQ(run(&r, "ping -c 1 192.168.2.12"), 0);
	run_close(&r);
}

/* Seed 001/002: the sender's address is local to the receiver: a martian unless accept_local. */
static void test_accept_local(void)
{
	check_cause("true", "is a martian, unless accept_local is on",
		    "source 192.168.1.1 is local; net.ipv4.conf.all.accept_local=0 net.ipv4.conf.veth1.accept_local=0",
		    "  sysctl -w net.ipv4.conf.veth1.accept_local=1\n");
}

/* Seed 003: with accept_local, strict rp_filter still refuses (the way back is lo, not veth1). */
static void test_rp_filter(void)
{
	check_cause("sysctl -qw net.ipv4.conf.veth1.accept_local=1 net.ipv4.conf.all.rp_filter=1",
		    "reverse-path filter, strict",
		    "net.ipv4.conf.all.rp_filter=1 net.ipv4.conf.veth1.rp_filter=0",
		    "  sysctl -w net.ipv4.conf.all.rp_filter=0\n");
}

/* Seed 003's end: the echo reply goes through lo, which is down. */
static void test_lo_down(void)
{
	check_cause("sysctl -qw net.ipv4.conf.veth1.accept_local=1; ip link set lo down",
		    "packets to this host's own addresses go through lo", "lo is down",
		    "  ip link set lo up\n");
}

/* h1 - r - h2, with default routes through r. */
static const char routed[] =
	"ip netns add h1; ip netns add r; ip netns add h2; "
	"ip link add eth0 netns h1 type veth peer name left netns r; "
	"ip link add eth0 netns h2 type veth peer name right netns r; "
	"ip -n h1 addr add 10.1.0.2/24 dev eth0; ip -n h1 link set eth0 up; "
	"ip -n r addr add 10.1.0.1/24 dev left; ip -n r link set left up; "
	"ip -n r addr add 10.2.0.1/24 dev right; ip -n r link set right up; "
	"ip -n h2 addr add 10.2.0.2/24 dev eth0; ip -n h2 link set eth0 up; "
	"ip -n h1 route add default via 10.1.0.1; ip -n h2 route add default via 10.2.0.1";

/* A router without forwarding; then a TTL that runs out there, and a destination it has no route to. */
static void test_router(void)
{
	struct run r;

	run_open(&r);
	trace_ctl_enable(r.w, true);
	CHECK_EQ(run(&r, routed), 0);
	CHECK_EQ(run(&r, "ip netns exec h1 ping -c 1 -W 1 10.2.0.2"), 1);
	CHECK_EQ(run(&r, "why"), 0);
	CHECK(strstr(r.out, "dropped at r/left in ip_rcv: SKB_DROP_REASON_IP_INADDRERRORS\n") != NULL);
	CHECK(strstr(r.out, "state: 10.2.0.2 is not an address of this host; net.ipv4.conf.left.forwarding=0\n") != NULL);
	CHECK(strstr(r.out, "to fix:\n  ip netns exec r sysctl -w net.ipv4.ip_forward=1\n") != NULL);
	CHECK_EQ(apply_fixes(&r), 1);
	CHECK_EQ(run(&r, "ip netns exec h1 ping -c 1 -W 1 10.2.0.2"), 0);

	/* TTL exceeded, from ping's -t: the fix is the command with the default TTL. */
	CHECK_EQ(run(&r, "why ip netns exec h1 ping -c 1 -W 1 -t 1 10.2.0.2"), 1);
	CHECK(strstr(r.out, "dropped at r/left in ip_forward: SKB_DROP_REASON_IP_INHDR\n") != NULL);
	CHECK(strstr(r.out, "state: TTL 1 on arrival at left; it was sent with TTL 1\n") != NULL);
	CHECK(strstr(r.out, "(caused by 1): IP 10.1.0.1 > 10.1.0.2: ICMP time exceeded in-transit") != NULL);
	CHECK(strstr(r.out, "to fix:\n  ip netns exec h1 ping -c 1 -W 1 -t 64 10.2.0.2\n") != NULL);
	CHECK_EQ(apply_fixes(&r), 1);
	CHECK(strstr(r.out, "1 received") != NULL);

	/* From the sender's net.ipv4.ip_default_ttl: the fix restores it. */
	CHECK_EQ(run(&r, "ip netns exec h1 sysctl -qw net.ipv4.ip_default_ttl=1"), 0);
	CHECK_EQ(run(&r, "why ip netns exec h1 ping -c 1 -W 1 10.2.0.2"), 1);
	CHECK(strstr(r.out, "to fix:\n  ip netns exec h1 sysctl -w net.ipv4.ip_default_ttl=64\n") != NULL);
	CHECK_EQ(apply_fixes(&r), 1);
	CHECK_EQ(run(&r, "ip netns exec h1 ping -c 1 -W 1 10.2.0.2"), 0);

	/* No route at the router: the fix routes to the namespace at the end of one of its links that has it. */
	CHECK_EQ(run(&r, "ip -n h2 addr add 10.9.0.2/24 dev eth0"), 0);
	CHECK_EQ(run(&r, "why ip netns exec h1 ping -c 1 -W 1 10.9.0.2"), 1);
	CHECK(strstr(r.out, "SKB_DROP_REASON_IP_INNOROUTES\n") != NULL);
	CHECK(strstr(r.out, "state: no route to 10.9.0.2 in table 254\n") != NULL);
	CHECK(strstr(r.out, "to fix:\n  ip netns exec r ip route add 10.9.0.0/24 via 10.2.0.2 dev right\n") != NULL);
	CHECK_EQ(apply_fixes(&r), 1);
	CHECK_EQ(run(&r, "ip netns exec h1 ping -c 1 -W 1 10.9.0.2"), 0);

	/* A loop between r and r2: the TTL runs out on the second visit; no fix is offered. */
	CHECK_EQ(run(&r, "ip netns add r2; ip link add x0 netns r type veth peer name x1 netns r2; "
			 "ip -n r addr add 10.3.0.1/24 dev x0; ip -n r link set x0 up; "
			 "ip -n r2 addr add 10.3.0.2/24 dev x1; ip -n r2 link set x1 up; "
			 "ip netns exec r2 sysctl -qw net.ipv4.ip_forward=1; "
			 "ip -n r route add 10.8.0.0/24 via 10.3.0.2; ip -n r2 route add 10.8.0.0/24 via 10.3.0.1"), 0);
	CHECK_EQ(run(&r, "why ip netns exec h1 ping -c 1 -W 1 10.8.0.2"), 1);
	CHECK(strstr(r.out, "the packet passed this namespace before: a routing loop\n") != NULL);
	CHECK(strstr(r.out, "to fix:") == NULL);
	run_close(&r);
}

/*
 * DF over the next link's MTU at the router: why names it, and its fixes
 * (both ends of that link, then the sender's learnt path MTU) let it through.
 */
static void test_mtu_df(void)
{
	struct run r;

	run_open(&r);
	trace_ctl_enable(r.w, true);
	CHECK_EQ(run(&r, routed), 0);
	CHECK_EQ(run(&r, "ip netns exec r sysctl -qw net.ipv4.ip_forward=1; ip -n r link set right mtu 1000; "
			 "ip -n h2 link set eth0 mtu 1000"), 0);
	CHECK_EQ(run(&r, "why ip netns exec h1 ping -c 1 -W 1 -M do -s 1400 10.2.0.2"), 1);
	CHECK(strstr(r.out, "From 10.1.0.1 icmp_seq=1 Frag needed and DF set (mtu = 1000)\n") != NULL);
	CHECK(strstr(r.out, "dropped at r/left in ip_forward: SKB_DROP_REASON_PKT_TOO_BIG\n") != NULL);
	CHECK(strstr(r.out, "state: packet 1428 bytes with DF set; right mtu 1000\n") != NULL);
	CHECK(strstr(r.out, "to fix:\n  ip netns exec r ip link set dev right mtu 1428\n"
			    "  ip netns exec h2 ip link set dev eth0 mtu 1428\n"
			    "  ip netns exec h1 ip route flush cache\n") != NULL);
	CHECK_EQ(apply_fixes(&r), 3);
	CHECK_EQ(run(&r, "ip netns exec h1 ping -c 1 -W 1 -M do -s 1400 10.2.0.2"), 0);
	run_close(&r);
}

/*
 * Time exceeded to one destination beyond the burst of 6 is held back: why
 * says so, and the fix lets every one through.
 */
static void test_icmp_ratelimit(void)
{
	struct run r;
	const char *p;
	int n = 0;

	run_open(&r);
	trace_ctl_enable(r.w, true);
	CHECK_EQ(run(&r, routed), 0);
	CHECK_EQ(run(&r, "ip netns exec r sysctl -qw net.ipv4.ip_forward=1"), 0);
	CHECK_EQ(run(&r, "why ip netns exec h1 ping -c 10 -i 0.01 -W 1 -t 1 10.2.0.2"), 1);
	for (p = r.out; (p = strstr(p, "Time to live exceeded")); p++)
		n++;
	CHECK_EQ(n, 6);
	CHECK(strstr(r.out, "rule:  icmpv4_xrlim_allow: ICMP errors to one destination are limited to one per icmp_ratelimit ms") != NULL);
	CHECK(strstr(r.out, "to fix:\n  ip netns exec h1 ping -c 10 -i 0.01 -W 1 -t 64 10.2.0.2\n"
			    "  ip netns exec r sysctl -w net.ipv4.icmp_ratelimit=0\n") != NULL);
	/* The first fix (ping -t 64) makes the ping succeed; this one lets every error through. */
	CHECK_EQ(apply_fixes(&r), 2);
	CHECK_EQ(run(&r, "ip netns exec h1 ping -c 10 -i 0.01 -W 1 -t 1 10.2.0.2"), 1);
	for (n = 0, p = r.out; (p = strstr(p, "Time to live exceeded")); p++)
		n++;
	CHECK_EQ(n, 10);
	run_close(&r);
}

/* IPv6 turned off on the peer's device: the solicitation is dropped; the fix brings its link-local back. */
static void test_disable_ipv6(void)
{
	struct run r;

	run_open(&r);
	trace_ctl_enable(r.w, true);
	CHECK_EQ(run(&r, "ip netns add a; ip netns add b; "
			 "ip link add veth0 netns a type veth peer name veth1 netns b address 02:00:00:00:00:0b; "
			 "ip -n a link set veth0 up; ip -n b link set veth1 up; sleep 3; "
			 "ip netns exec b sysctl -qw net.ipv6.conf.veth1.disable_ipv6=1"), 0);
	CHECK_EQ(run(&r, "why ip netns exec a ping -c 1 -W 1 fe80::ff:fe00:b%veth0"), 1);
	CHECK(strstr(r.out, "dropped at b/veth1 in ipv6_rcv: SKB_DROP_REASON_IPV6DISABLED\n") != NULL);
	CHECK(strstr(r.out, "state: net.ipv6.conf.all.disable_ipv6=0 net.ipv6.conf.veth1.disable_ipv6=1\n") != NULL);
	CHECK(strstr(r.out, "to fix:\n  ip netns exec b sysctl -w net.ipv6.conf.veth1.disable_ipv6=0\n") != NULL);
	CHECK_EQ(apply_fixes(&r), 1);
	/* Its link-local address comes back after duplicate address detection. */
	CHECK_EQ(run(&r, "sleep 3; ip netns exec a ping -c 1 -W 1 fe80::ff:fe00:b%veth0"), 0);
	run_close(&r);
}

/* A link-local target without %dev leaves by the first fe80::/64 device; the fix names the right one. */
static void test_linklocal_unscoped(void)
{
	struct run r;

	run_open(&r);
	trace_ctl_enable(r.w, true);
	CHECK_EQ(run(&r, "ip netns add a; ip netns add b; ip netns add c; "
			 "ip link add veth0 netns a type veth peer name veth1 netns b; "
			 "ip link add veth2 netns a type veth peer name veth3 netns c address 02:00:00:00:00:1b; "
			 "ip -n a link set veth0 up; ip -n b link set veth1 up; ip -n a link set veth2 up; "
			 "ip -n c link set veth3 up; sleep 3"), 0);
	CHECK_EQ(run(&r, "why ip netns exec a ping -c 1 -W 1 fe80::ff:fe00:1b"), 1);
	CHECK(strstr(r.out, "no packet: ip6_route_output: a link-local address means nothing without its device") != NULL);
	CHECK(strstr(r.out, "state: fe80::ff:fe00:1b has no %dev: it left by veth0; it is on c/veth3, at the other end of veth2\n") != NULL);
	CHECK(strstr(r.out, "state: neighbour fe80::ff:fe00:1b dev veth0 INCOMPLETE\n") != NULL);
	CHECK(strstr(r.out, "to fix:\n  ip netns exec a ping -c 1 -W 1 fe80::ff:fe00:1b%veth2\n") != NULL);
	CHECK_EQ(apply_fixes(&r), 1);
	run_close(&r);
}

/* Loose rp_filter: a source with no route back at all (an address on the sender's lo); a route back fixes it. */
static void test_rp_filter_loose(void)
{
	struct run r;

	run_open(&r);
	trace_ctl_enable(r.w, true);
	CHECK_EQ(run(&r, "ip netns add a; ip netns add b; ip link add veth0 netns a type veth peer name veth1 netns b; "
			 "ip -n a addr add 10.0.0.1/24 dev veth0; ip -n a addr add 192.0.2.1/32 dev lo; "
			 "ip -n b addr add 10.0.0.2/24 dev veth1; ip -n a link set veth0 up; ip -n a link set lo up; "
			 "ip -n b link set veth1 up; ip netns exec b sysctl -qw net.ipv4.conf.all.rp_filter=2"), 0);
	CHECK_EQ(run(&r, "why ip netns exec a ping -c 1 -W 1 -I 192.0.2.1 10.0.0.2"), 1);
	CHECK(strstr(r.out, "not answered: taken at b/veth1 by arp_process") != NULL);
	CHECK(strstr(r.out, "rule:  fib_validate_source: reverse-path filter, loose: there must be a route back to the source") != NULL);
	CHECK(strstr(r.out, "state: source 192.0.2.1; net.ipv4.conf.all.rp_filter=2 net.ipv4.conf.veth1.rp_filter=0\n") != NULL);
	CHECK(strstr(r.out, "to fix:\n  ip netns exec b ip route add 192.0.2.1 dev veth1\n") != NULL);
	CHECK_EQ(apply_fixes(&r), 1);
	CHECK_EQ(run(&r, "ip netns exec a ping -c 1 -W 1 -I 192.0.2.1 10.0.0.2"), 0);
	run_close(&r);
}

/* The peer in another namespace is down: no carrier; then the sender's own device is down, then both. */
static void test_link_down(void)
{
	struct run r;

	run_open(&r);
	trace_ctl_enable(r.w, true);
	CHECK_EQ(run(&r, "ip netns add b; ip link add veth0 type veth peer name veth1 netns b; "
			 "ip addr add 10.0.0.1/24 dev veth0; ip -n b addr add 10.0.0.2/24 dev veth1; "
			 "ip link set veth0 up"), 0);
	CHECK_EQ(run(&r, "why ping -c 1 -W 1 10.0.0.2"), 1);
	CHECK(strstr(r.out, "SKB_DROP_REASON_QDISC_DROP\n") != NULL);
	CHECK(strstr(r.out, "state: veth0 is up, but has no carrier: its peer b/veth1 is down\n") != NULL);
	CHECK_EQ(apply_fixes(&r), 1);
	/* The neighbour is still INCOMPLETE: its next ARP retry, a second later, is answered. */
	CHECK_EQ(run(&r, "ping -c 2 -W 1 10.0.0.2"), 0);
	/* The sender's own device down: no route, and no packet; the fix brings it up. */
	CHECK_EQ(run(&r, "ip link set veth0 down"), 0);
	CHECK_EQ(run(&r, "why ping -c 1 -W 1 10.0.0.2"), 2);
	CHECK(strstr(r.out, "state: no route to 10.0.0.2: it is on b/veth1, at the other end of veth0, and veth0 is down\n") != NULL);
	CHECK_EQ(apply_fixes(&r), 1);
	CHECK_EQ(run(&r, "ping -c 1 -W 1 10.0.0.2"), 0);
	/* Both ends down: both come up. */
	CHECK_EQ(run(&r, "ip link set veth0 down; ip -n b link set veth1 down"), 0);
	CHECK_EQ(run(&r, "why ping -c 1 -W 1 10.0.0.2"), 2);
	CHECK(strstr(r.out, "to fix:\n  ip link set veth0 up\n  ip -n b link set veth1 up\n") != NULL);
	CHECK_EQ(apply_fixes(&r), 2);
	CHECK_EQ(run(&r, "ping -c 1 -W 1 10.0.0.2"), 0);
	run_close(&r);
}

/*
 * No socket: tracepath's probes reach a port nobody has; the port
 * unreachable they are answered with is what it waits for, so the command
 * succeeds and there is nothing to fix, only the rule to show.
 */
static void test_no_socket(void)
{
	struct run r;

	run_open(&r);
	trace_ctl_enable(r.w, true);
	CHECK_EQ(run(&r, one_ns_pair), 0);
	CHECK_EQ(run(&r, "ip netns add b; ip link set veth1 netns b; ip -n b addr add 192.168.1.2/24 dev veth1; "
			 "ip -n b link set veth1 up"), 0);
	CHECK_EQ(run(&r, "why tracepath -n -m 2 192.168.1.2"), 0);
	CHECK(strstr(r.out, "reached\n") != NULL);
	CHECK(strstr(r.out, "dropped at b/veth1 in udp_rcv: SKB_DROP_REASON_NO_SOCKET\n") != NULL);
	CHECK(strstr(r.out, "state: no socket has UDP port 44444 of 192.168.1.2\n") != NULL);
	CHECK(strstr(r.out, "(caused by 1): IP 192.168.1.2 > 192.168.1.1: ICMP 192.168.1.2 udp port 44444 unreachable") != NULL);
	CHECK(strstr(r.out, "to fix:") == NULL);
	run_close(&r);
}

/* The two ends in different subnets: no route either way, and no packet at all. */
static void test_subnets(void)
{
	struct run r;

	run_open(&r);
	trace_ctl_enable(r.w, true);
	CHECK_EQ(run(&r, "ip netns add b; ip link add veth0 type veth peer name veth1 netns b; "
			 "ip addr add 10.0.0.1/24 dev veth0; ip -n b addr add 10.0.1.2/24 dev veth1; "
			 "ip link set veth0 up; ip -n b link set veth1 up"), 0);
	CHECK_EQ(run(&r, "why ping -c 1 -W 1 10.0.1.2"), 2);
	CHECK_STR(r.err, "ping: connect: Network is unreachable\n");
	CHECK(strstr(r.out, "no packet: ip_route_output_key: a packet goes only where a route leads: with the two ends") != NULL);
	CHECK(strstr(r.out, "10.0.1.2 is on b/veth1, at the other end of veth0 (which has 10.0.0.1)") != NULL);
	CHECK_EQ(apply_fixes(&r), 2);
	CHECK_EQ(run(&r, "ping -c 1 -W 1 10.0.1.2"), 0);
	/* Nowhere to go at all: the rule, and no fix. */
	CHECK_EQ(run(&r, "why ping -c 1 -W 1 192.0.2.1"), 2);
	CHECK(strstr(r.out, "no packet: ip_route_output_key: a packet goes only where a route leads\n") != NULL);
	CHECK(strstr(r.out, "to fix:") == NULL);
	run_close(&r);
}

/* arp_ignore=1: a request for an address on another device (lo) is not answered. */
static void test_arp_ignore(void)
{
	struct run r;

	run_open(&r);
	trace_ctl_enable(r.w, true);
	CHECK_EQ(run(&r, "ip netns add a; ip netns add b; ip link add veth0 netns a type veth peer name veth1 netns b; "
			 "ip -n a addr add 10.0.0.1/24 dev veth0; ip -n b addr add 10.0.0.2/24 dev veth1; "
			 "ip -n b addr add 10.0.0.3/32 dev lo; ip -n a link set veth0 up; ip -n b link set veth1 up; "
			 "ip -n b link set lo up; ip netns exec b sysctl -qw net.ipv4.conf.all.arp_ignore=1"), 0);
	CHECK_EQ(run(&r, "why ip netns exec a ping -c 1 -W 1 10.0.0.3"), 1);
	CHECK(strstr(r.out, "not answered: taken at b/veth1 by arp_process") != NULL);
	CHECK(strstr(r.out, "rule:  arp_ignore: arp_ignore decides which requests") != NULL);
	CHECK(strstr(r.out, "state: net.ipv4.conf.all.arp_ignore=1 net.ipv4.conf.veth1.arp_ignore=0\n") != NULL);
	CHECK(strstr(r.out, "to fix:\n  ip netns exec b sysctl -w net.ipv4.conf.all.arp_ignore=0\n") != NULL);
	CHECK_EQ(apply_fixes(&r), 1);
	CHECK_EQ(run(&r, "ip netns exec a ping -c 1 -W 1 10.0.0.3"), 0);
	run_close(&r);
}

/* why -j: the same in JSON, as the README documents it; its fixes make the command work. */
static void test_json(void)
{
	struct run r;
	json_object *root, *pkts, *p2, *fix;

	run_open(&r);
	trace_ctl_enable(r.w, true);
	CHECK_EQ(run(&r, one_ns_pair), 0);
	CHECK_EQ(run(&r, ping), 1);
	CHECK_EQ(run(&r, "why -j"), 0);
	root = json_tokener_parse(r.out);
	CHECK(root != NULL);
	CHECK_STR(json_object_get_string(json_object_object_get(root, "command")), ping);
	pkts = json_object_object_get(root, "packets");
	CHECK(json_object_array_length(pkts) >= 2);
	/* The echo request still waits for ARP when ping gives up after a second. */
	CHECK_STR(json_object_get_string(json_object_object_get(json_object_array_get_idx(pkts, 0), "verdict")),
		  "waiting");
	p2 = json_object_array_get_idx(pkts, 1);
	CHECK_EQ(json_object_get_int(json_object_object_get(p2, "id")), 2);
	CHECK_EQ(json_object_get_int(json_object_object_get(p2, "caused_by")), 1);
	CHECK_STR(json_object_get_string(json_object_object_get(p2, "verdict")), "unanswered");
	CHECK_STR(json_object_get_string(json_object_object_get(p2, "reason")), "fib_validate_source");
	CHECK_STR(json_object_get_string(json_object_object_get(json_object_object_get(p2, "where"), "func")),
		  "arp_process");
	CHECK_STR(json_object_get_string(json_object_object_get(json_object_object_get(p2, "state"),
								 "net.ipv4.conf.veth1.accept_local")), "0");
	CHECK_EQ(json_object_array_length(json_object_object_get(p2, "hops")), 2);
	fix = json_object_object_get(root, "fix");
	CHECK_EQ(json_object_array_length(fix), 1);
	CHECK_STR(json_object_get_string(json_object_array_get_idx(fix, 0)),
		  "sysctl -w net.ipv4.conf.veth1.accept_local=1");
	CHECK_EQ(run(&r, json_object_get_string(json_object_array_get_idx(fix, 0))), 0);
	json_object_put(root);
	CHECK_EQ(run(&r, ping), 0);
	run_close(&r);
}

/* IPv6: a solicitation for an address still tentative, and one for an address nobody has. */
static void test_ipv6_nd(void)
{
	struct run r;

	run_open(&r);
	trace_ctl_enable(r.w, true);
	CHECK_EQ(run(&r, "ip netns add a; ip netns add b; ip link add veth0 netns a type veth peer name veth1 netns b; "
			 "ip -n a link set veth0 up; ip -n b link set veth1 up; sleep 3; "
			 "ip -n a addr add 2001:db8::1/64 dev veth0 nodad; ip -n b addr add 2001:db8::2/64 dev veth1"), 0);
	CHECK_EQ(run(&r, "why ip netns exec a ping -c 1 -W 0.5 2001:db8::2"), 1);
	CHECK(strstr(r.out, "state: 2001:db8::2 is still tentative: duplicate address detection has not finished\n") != NULL);
	/* The fix waits for DAD to end. */
	CHECK(strstr(r.out, "to fix:\n  sleep 2\n") != NULL);
	CHECK_EQ(apply_fixes(&r), 1);
	CHECK_EQ(run(&r, "ip netns exec a ping -c 1 -W 0.5 2001:db8::2"), 0);
	CHECK_EQ(run(&r, "why ip netns exec a ping -c 1 -W 4 2001:db8::9"), 1);
	CHECK(strstr(r.out, "state: veth1 has not joined ff02::1:ff00:9 (the solicited-node group of an address it does not have)\n") != NULL);
	CHECK(strstr(r.out, "state: neighbour 2001:db8::9 dev veth0 FAILED\n") != NULL);
	run_close(&r);
}

/*
 * dadfailed: b's address failed DAD while a had it too. b's own copy keeps
 * b from learning a's; once a gave it up, a's solicitations for it go
 * unanswered. Each time the fix why prints makes the ping work.
 */
static void test_dadfailed(void)
{
	struct run r;

	run_open(&r);
	trace_ctl_enable(r.w, true);
	CHECK_EQ(run(&r, "ip netns add a; ip netns add b; ip link add veth0 netns a type veth peer name veth1 netns b; "
			 "ip -n a link set veth0 up; ip -n b link set veth1 up; sleep 3; "
			 "ip -n a addr add 2001:db8::5/64 dev veth0 nodad; ip -n b addr add 2001:db8::5/64 dev veth1; "
			 "ip -n b addr add 2001:db8::2/64 dev veth1 nodad; sleep 3"), 0);
	CHECK_EQ(run(&r, "ip -n b -6 addr show dev veth1"), 0);
	CHECK(strstr(r.out, "inet6 2001:db8::5/64 scope global dadfailed tentative") != NULL);
	/* b cannot reach a's 2001:db8::5: a's advertisement names an address b holds (failed). */
	CHECK_EQ(run(&r, "why ip netns exec b ping -c 1 -W 1 -I 2001:db8::2 2001:db8::5"), 1);
	CHECK(strstr(r.out, "taken at a/veth0 by ndisc_rcv, which sent packet 3\n") != NULL);
	CHECK(strstr(r.out, "state: 2001:db8::5 is an address of veth1 here, dadfailed: another node has it\n") != NULL);
	CHECK(strstr(r.out, "to fix:\n  ip -n b -6 addr del 2001:db8::5/64 dev veth1\n") != NULL);
	CHECK_EQ(apply_fixes(&r), 1);
	CHECK_EQ(run(&r, "ip netns exec b ping -c 1 -W 1 -I 2001:db8::2 2001:db8::5"), 0);
	/* b takes it again (DAD fails: a has it), then a gives it up. */
	CHECK_EQ(run(&r, "ip -n b addr add 2001:db8::5/64 dev veth1; sleep 3; "
			 "ip -n a addr del 2001:db8::5/64 dev veth0; ip -n a addr add 2001:db8::1/64 dev veth0 nodad"), 0);
	CHECK_EQ(run(&r, "why ip netns exec a ping -c 1 -W 1 2001:db8::5"), 1);
	CHECK(strstr(r.out, "state: 2001:db8::5 failed duplicate address detection (dadfailed)\n") != NULL);
	CHECK(strstr(r.out, "to fix:\n  ip -n b -6 addr del 2001:db8::5/64 dev veth1\n"
			    "  ip -n b -6 addr add 2001:db8::5/64 dev veth1 nodad\n") != NULL);
	CHECK_EQ(apply_fixes(&r), 2);
	CHECK_EQ(run(&r, "ip netns exec a ping -c 1 -W 1 2001:db8::5"), 0);
	run_close(&r);
}

/* a and b, each with one end of a veth pair in 10.0.0.0/24, IPv6 off. */
static const char two_ns[] =
	"sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; "
	"ip netns add a; ip netns add b; ip link add veth0 netns a type veth peer name veth1 netns b; "
	"ip netns exec a sysctl -qw net.ipv6.conf.all.disable_ipv6=1; "
	"ip netns exec b sysctl -qw net.ipv6.conf.all.disable_ipv6=1; "
	"ip -n a addr add 10.0.0.1/24 dev veth0; ip -n b addr add 10.0.0.2/24 dev veth1; "
	"ip -n a link set veth0 up; ip -n b link set veth1 up";

/* The JSON object why -j printed after the command's own output. */
static json_object *why_json(const struct run *r)
{
	const char *j = strstr(r->out, "{\"command\"");

	return j ? json_tokener_parse(j) : NULL;
}

/*
 * A cause as the issue asks it to be checked: cmd fails after setup;
 * `why -j cmd` names it (want, a substring of the JSON) and its top-level
 * fix, applied command by command, makes cmd succeed.
 */
static void check_json_fix(const char *setup, const char *cmd, const char *want)
{
	char line[512];
	const char *text;
	json_object *root, *fix;
	struct run r;
	size_t n;

	run_open(&r);
	trace_ctl_enable(r.w, true);
	CHECK_EQ(run(&r, two_ns), 0);
	CHECK_EQ(run(&r, setup), 0);
	snprintf(line, sizeof(line), "why -j %s", cmd);
	CHECK(run(&r, line) != 0);
	root = why_json(&r);
	CHECK(root != NULL);
	if (!root) {
		run_close(&r);
		return;
	}
	text = json_object_to_json_string_ext(root, JSON_C_TO_STRING_PLAIN | JSON_C_TO_STRING_NOSLASHESCAPE);
	if (!strstr(text, want))
		fprintf(stderr, "  wanted %s in %s\n", want, text);
	CHECK(strstr(text, want) != NULL);
	fix = json_object_object_get(root, "fix");
	n = json_object_array_length(fix);
	CHECK(n >= 1);
	for (size_t i = 0; i < n; i++)
		CHECK_EQ(run(&r, json_object_get_string(json_object_array_get_idx(fix, i))), 0);
	json_object_put(root);
	CHECK_EQ(run(&r, cmd), 0);
	run_close(&r);
}

/* Causes the issue lists, each fixed by what why -j prints. */
static void test_json_causes(void)
{
	/* The target address is on no device: the peer gets it. */
	check_json_fix("true", "ip netns exec a ping -c 1 -W 1 10.0.0.9",
		       "\"state\":{\"text\":\"10.0.0.9 is on no device of this namespace");
	/* No route back at the far end. */
	check_json_fix("ip -n a addr add 10.6.0.1/32 dev lo; ip -n b addr add 10.5.0.1/32 dev lo; "
		       "ip -n b link set lo up; ip -n a route add 10.5.0.1 via 10.0.0.2",
		       "ip netns exec a ping -c 1 -W 1 -I 10.6.0.1 10.5.0.1",
		       "\"text\":\"no route back to 10.6.0.1 in namespace b\"");
	/* arp_ignore 2: the sender is not in the target's subnet. */
	check_json_fix("ip -n b addr add 10.0.1.2/24 dev veth1; ip -n a route add 10.0.1.0/24 dev veth0; "
		       "ip netns exec b sysctl -qw net.ipv4.conf.veth1.arp_ignore=2",
		       "ip netns exec a ping -c 1 -W 1 10.0.1.2", "sender 10.0.0.1 is not in the subnet of 10.0.1.2");
	/* arp_ignore 3: a host-scope address is not answered for. */
	check_json_fix("ip -n b addr add 10.0.0.3/32 scope host dev veth1; ip -n a route add 10.0.0.3 dev veth0; "
		       "ip netns exec b sysctl -qw net.ipv4.conf.all.arp_ignore=3",
		       "ip netns exec a ping -c 1 -W 1 10.0.0.3", "net.ipv4.conf.all.arp_ignore=3");
	/* arp_announce: the request names the packet's source, outside the target's subnet. */
	check_json_fix("ip -n a addr add 10.6.0.1/32 dev lo; ip -n b route add 10.6.0.1 via 10.0.0.1; "
		       "ip netns exec b sysctl -qw net.ipv4.conf.all.arp_ignore=2",
		       "ip netns exec a ping -c 1 -W 1 -I 10.6.0.1 10.0.0.2",
		       "ip netns exec a sysctl -w net.ipv4.conf.veth0.arp_announce=2");
	/* Echo requests ignored by the target's settings: all, or those to a broadcast. */
	check_json_fix("ip netns exec b sysctl -qw net.ipv4.icmp_echo_ignore_all=1",
		       "ip netns exec a ping -c 1 -W 1 10.0.0.2",
		       "\"fix\":[\"ip netns exec b sysctl -w net.ipv4.icmp_echo_ignore_all=0\"]");
	check_json_fix("true", "ip netns exec a ping -b -c 1 -W 1 10.0.0.255",
		       "\"state\":{\"text\":\"net.ipv4.icmp_echo_ignore_broadcasts=1\"");
	/* arp_filter: the reply to the sender would leave by another device. */
	check_json_fix("ip -n b link add x0 type veth peer name x1; ip -n b link set x0 up; ip -n b link set x1 up; "
		       "ip -n b route add 10.0.0.1 dev x0; ip netns exec b sysctl -qw net.ipv4.conf.all.arp_filter=1",
		       "ip netns exec a ping -c 1 -W 1 10.0.0.2", "the route back to 10.0.0.1 leaves by x0");
}

/* IPv6: a solicitation for an address nobody has; the fix gives it to the other end (nodad). */
static void test_json_nd_unanswered(void)
{
	struct run r;
	json_object *root, *fix;

	run_open(&r);
	trace_ctl_enable(r.w, true);
	CHECK_EQ(run(&r, "ip netns add a; ip netns add b; ip link add veth0 netns a type veth peer name veth1 netns b; "
			 "ip -n a link set veth0 up; ip -n b link set veth1 up; "
			 "ip -n a addr add 2001:db8::1/64 dev veth0 nodad; ip -n b addr add 2001:db8::2/64 dev veth1 nodad; "
			 "sleep 3"), 0);
	CHECK_EQ(run(&r, "why -j ip netns exec a ping -c 1 -W 4 2001:db8::9"), 1);
	root = why_json(&r);
	CHECK(root != NULL);
	if (root) {
		/* Then a's lo, down, which its own address unreachable error needs. */
		fix = json_object_object_get(root, "fix");
		CHECK_EQ(json_object_array_length(fix), 2);
		CHECK_STR(json_object_get_string(json_object_array_get_idx(fix, 0)),
			  "ip netns exec b ip -6 addr add 2001:db8::9/64 dev veth1 nodad");
		for (size_t i = 0; i < json_object_array_length(fix); i++)
			CHECK_EQ(run(&r, json_object_get_string(json_object_array_get_idx(fix, i))), 0);
		json_object_put(root);
	}
	CHECK_EQ(run(&r, "ip netns exec a ping -c 1 -W 4 2001:db8::9"), 0);
	run_close(&r);
}

/* ping -I DEV with a source of another device: why says so (iputils' warning), and not when it is DEV's. */
static void test_source_warning(void)
{
	struct run r;

	run_open(&r);
	trace_ctl_enable(r.w, true);
	CHECK_EQ(run(&r, two_ns), 0);
	CHECK_EQ(run(&r, "ip -n a link add veth2 type veth peer name veth3; ip -n a link set veth2 up; "
			 "ip -n a link set veth3 up"), 0);
	CHECK_EQ(run(&r, "why ip netns exec a ping -c 1 -W 1 -I veth2 10.0.0.2"), 1);
	CHECK_STR(r.err, "ping: Warning: source address might be selected on device other than: veth2\n");
	CHECK(strstr(r.out, "no packet: ping: ping -I DEV binds its socket to DEV") != NULL);
	CHECK(strstr(r.out, "    state: source 10.0.0.1 is not an address of veth2\n") != NULL);
	CHECK_EQ(run(&r, "why ip netns exec a ping -c 1 -W 1 -I veth0 10.0.0.2"), 0);
	CHECK(strstr(r.out, "no packet: ping") == NULL);
	run_close(&r);
}

/* why CMD runs CMD (its status), then explains it; plain why with arguments it cannot take. */
/* Three namespaces on a bridge, IPv6 off so that only the ping's packets are seen. */
static const char three_on_bridge[] =
	"sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; "
	"ip link add br0 type bridge; ip link set br0 up; "
	"ip netns add n1; ip link add p1 type veth peer name eth0 netns n1; ip link set p1 master br0; "
	"ip link set p1 up; ip -n n1 addr add 10.2.0.1/24 dev eth0; ip -n n1 link set eth0 up; "
	"ip netns add n2; ip link add p2 type veth peer name eth0 netns n2; ip link set p2 master br0; "
	"ip link set p2 up; ip -n n2 addr add 10.2.0.2/24 dev eth0; ip -n n2 link set eth0 up; "
	"ip netns add n3; ip link add p3 type veth peer name eth0 netns n3; ip link set p3 master br0; "
	"ip link set p3 up; ip -n n3 addr add 10.2.0.3/24 dev eth0; ip -n n3 link set eth0 up";

/* A bridge port keeps the ping from n2; why names the bridge's rule and the port; its fix works. */
static void check_bridge_cause(const char *setup, const char *rule, const char *state)
{
	struct run r;

	run_open(&r);
	trace_ctl_enable(r.w, true);
	CHECK_EQ(run(&r, three_on_bridge), 0);
	CHECK_EQ(run(&r, "ip netns exec n1 ping -c 1 -W 1 10.2.0.3"), 0);
	CHECK_EQ(run(&r, setup), 0);
	CHECK_EQ(run(&r, "why ip netns exec n1 ping -c 1 -W 1 10.2.0.2"), 1);
	CHECK(strstr(r.out, rule) != NULL);
	CHECK(strstr(r.out, state) != NULL);
	CHECK(apply_fixes(&r) >= 1);
	CHECK_EQ(run(&r, "ip netns exec n1 ping -c 2 -W 1 10.2.0.2"), 0);
	run_close(&r);
}

static void test_bridge_ports(void)
{
	check_bridge_cause("bridge link set dev p1 isolated on; bridge link set dev p2 isolated on",
			   "br_skb_isolated: a frame that came in by an isolated port goes out by no other isolated port",
			   "state: ports p1 and p2 of br0 are both isolated");
	check_bridge_cause("ip link set p2 down",
			   "should_deliver: a bridge sends a frame out of a port only while the port is forwarding",
			   "state: port p2 of br0 state disabled (the port is down)");
	check_bridge_cause("bridge link set dev p2 state listening",
			   "should_deliver: a bridge sends a frame out of a port only while the port is forwarding",
			   "state: port p2 of br0 state listening");
	check_bridge_cause("bridge link set dev p2 learning off flood off; ip link set br0 type bridge fdb_flush",
			   "br_flood: a frame for an address the bridge has not learnt is flooded only to the ports with flood on",
			   "state: port p2 of br0: flood off; learning off, so no address behind it is ever in the fdb");
	check_bridge_cause("ip -n n2 link set eth0 down; ip -n n2 link set eth0 up; ip link set br0 down",
			   "rule:  ", "br0");
}

static void test_why_command(void)
{
	struct run r;

	run_open(&r);
	trace_ctl_enable(r.w, true);
	CHECK_EQ(run(&r, one_ns_pair), 0);
	CHECK_EQ(run(&r, "why ping -c 1 -W 1 -I veth0 192.168.1.2"), 1);
	CHECK(strstr(r.out, "1 packets transmitted, 0 received") != NULL);
	CHECK(strstr(r.out, "packet 1: IP 192.168.1.1 > 192.168.1.2: ICMP echo request") != NULL);
	CHECK(strstr(r.out, "packet 2 (caused by 1): ARP, Request who-has 192.168.1.2 tell 192.168.1.1") != NULL);
	CHECK(strstr(r.out, "not answered: taken at veth1 by arp_process") != NULL);
	/* A command that sends nothing: the log starts again empty. */
	CHECK_EQ(run(&r, "ip link show lo > /dev/null"), 0);
	CHECK_EQ(run(&r, "why"), 0);
	CHECK_STR(r.out, "why: the last command sent no packet\n");
	trace_ctl_enable(r.w, false);
	CHECK_EQ(run(&r, "why"), 1);
	CHECK_STR(r.err, "why: packet tracing is off\n");
	run_close(&r);
}

/*
 * A host's own copy of a broadcast or multicast it sends (dev_loopback_xmit)
 * is listed as the packet it is, read from its link header: an IPv4 echo
 * request to the subnet's broadcast, an IPv6 one to ff02::1.
 */
static void test_looped_copy(void)
{
	struct run r;

	run_open(&r);
	trace_ctl_enable(r.w, true);
	CHECK_EQ(run(&r, one_ns_pair), 0);
	CHECK_EQ(run(&r, "ping -c 1 -W 1 -b -I veth0 192.168.1.255 > /dev/null"), 1);
	CHECK_EQ(run(&r, "why"), 0);
	CHECK(strstr(r.out, "packet 2 (caused by 1): IP 192.168.1.1 > 192.168.1.255: ICMP echo request") != NULL);
	CHECK(strstr(r.out, "(invalid)") == NULL);
	CHECK_EQ(run(&r, "sysctl -qw net.ipv6.conf.veth0.disable_ipv6=0; ip link set veth0 down; ip link set veth0 up; sleep 3"), 0);
	CHECK_EQ(run(&r, "ping -c 1 -W 1 -I veth0 ff02::1 > /dev/null"), 0);
	CHECK_EQ(run(&r, "why"), 0);
	CHECK(strstr(r.out, " > ff02::1: ICMP6, echo request") != NULL);
	CHECK(strstr(r.out, "version error") == NULL);
	run_close(&r);
}

int main(void)
{
	static const struct vl_test tests[] = {
		{ "one_end", test_one_end },
		{ "accept_local", test_accept_local },
		{ "rp_filter", test_rp_filter },
		{ "lo_down", test_lo_down },
		{ "router", test_router },
		{ "link_down", test_link_down },
		{ "no_socket", test_no_socket },
		{ "subnets", test_subnets },
		{ "arp_ignore", test_arp_ignore },
		{ "ipv6_nd", test_ipv6_nd },
		{ "dadfailed", test_dadfailed },
		{ "mtu_df", test_mtu_df },
		{ "icmp_ratelimit", test_icmp_ratelimit },
		{ "disable_ipv6", test_disable_ipv6 },
		{ "rp_filter_loose", test_rp_filter_loose },
		{ "linklocal_unscoped", test_linklocal_unscoped },
		{ "json", test_json },
		{ "json_causes", test_json_causes },
		{ "json_nd_unanswered", test_json_nd_unanswered },
		{ "source_warning", test_source_warning },
		{ "why_command", test_why_command },
		{ "bridge_ports", test_bridge_ports },
		{ "looped_copy", test_looped_copy },
		{ NULL, NULL },
	};

	return harness_run(tests);
}

/* test_dst_cache.c: a socket's cached route (sk_dst_cache), and a namespace's cached input and ICMP reply routes, are dropped by every change that could change the look-up: routes, rules, addresses, DAD, links. */
#include <endian.h>
#include <errno.h>
#include <stddef.h>
#include <string.h>

#include "boot.h"
#include "core/world.h"
#include "ctl/rtnl.h"
#include "net/ipv4.h"
#include "net/socket.h"
#include "net/wire.h"
#include "uapi/in.h"
#include "uapi/in6.h"
#include "uapi/icmp.h"
#include "shell/shell.h"
#include "harness.h"

struct env {
	struct world *w;
	struct shell *sh;
	FILE *null;
	struct socket *a, *b;   /* raw sockets in the initial namespace and in b */
};

/* A pair to namespace b, both ends addressed (v4 and v6) and up, duplicate address detection done. */
static const char pair[] = "ip netns add b; ip link add veth0 type veth peer name veth1 netns b; "
			   "ip addr add 10.0.0.1/24 dev veth0; ip -n b addr add 10.0.0.2/24 dev veth1; "
			   "ip addr add 2001:db8::1/64 dev veth0; ip -n b addr add 2001:db8::2/64 dev veth1; "
			   "ip link add veth2 type veth peer name veth3; ip link set veth2 up; ip link set veth3 up; "
			   "ip link set veth0 up; ip -n b link set veth1 up; sleep 3";

static void env_open(struct env *e, int family, int proto)
{
	struct shell_opts o = { 0 };

	e->null = fopen("/dev/null", "w");
	o.out = e->null;
	o.err = e->null;
	e->w = world_new(1);
	e->sh = shell_new(e->w, &o);
	CHECK_EQ(shell_run_line(e->sh, pair), 0);
	CHECK_EQ(sock_create(rtnl_init_net(e->w), family, SOCK_RAW, proto, &e->a), 0);
	CHECK_EQ(sock_create(rtnl_netns_get(e->w, "b"), family, SOCK_RAW, proto, &e->b), 0);
}

static void env_close(struct env *e)
{
	sock_release(e->a);
	sock_release(e->b);
	shell_free(e->sh);
	world_free(e->w);
	fclose(e->null);
}

static void run(struct env *e, const char *cmd)
{
	CHECK_EQ(shell_run_line(e->sh, cmd), 0);
}

/* An ICMP echo request to 10.0.0.2: what sendmsg answered. */
static int send4(struct env *e)
{
	uint8_t buf[16] = { ICMP_ECHO };
	struct sockaddr_in to = { .sin_family = AF_INET, .sin_addr.s_addr = htobe32(0x0a000002) };
	struct iovec iov = { .iov_base = buf, .iov_len = sizeof(buf) };
	struct msghdr msg = { .msg_name = &to, .msg_namelen = sizeof(to), .msg_iov = &iov, .msg_iovlen = 1 };

	put16(buf + 2, inet_csum(buf, sizeof(buf)));
	return sock_sendmsg(e->a, &msg);
}

/* An ICMPv6 echo request to 2001:db8::2. */
static int send6(struct env *e)
{
	uint8_t buf[16] = { 128 };
	struct sockaddr_in6 to = { .sin6_family = AF_INET6 };
	struct iovec iov = { .iov_base = buf, .iov_len = sizeof(buf) };
	struct msghdr msg = { .msg_name = &to, .msg_namelen = sizeof(to), .msg_iov = &iov, .msg_iovlen = 1 };

	to.sin6_addr.s6_addr[0] = 0x20;
	to.sin6_addr.s6_addr[1] = 0x01;
	to.sin6_addr.s6_addr[2] = 0x0d;
	to.sin6_addr.s6_addr[3] = 0xb8;
	to.sin6_addr.s6_addr[15] = 2;
	return sock_sendmsg(e->a, &msg);
}

/* Every queued packet b's socket got, the last one's source kept: how many there were. */
static int drain(struct env *e, uint8_t *from, size_t fromlen)
{
	uint8_t data[256];
	struct sockaddr_in6 sa;
	int n = 0;

	run(e, "sleep 1");
	for (;;) {
		struct iovec iov = { .iov_base = data, .iov_len = sizeof(data) };
		struct msghdr msg = { .msg_name = &sa, .msg_namelen = sizeof(sa), .msg_iov = &iov, .msg_iovlen = 1 };

		memset(&sa, 0, sizeof(sa));
		if (sock_recvmsg(e->b, &msg, MSG_DONTWAIT) < 0)
			return n;
		/* Only the echo requests: neighbour discovery comes to an ICMPv6 socket too. */
		if (sa.sin6_family == AF_INET6 && data[0] != 128)
			continue;
		if (sa.sin6_family == AF_INET)
			memcpy(from, &((struct sockaddr_in *)&sa)->sin_addr, fromlen);
		else
			memcpy(from, &sa.sin6_addr, fromlen);
		n++;
	}
}

static uint32_t drain4(struct env *e)
{
	uint32_t from = 0;

	CHECK(drain(e, (uint8_t *)&from, 4) > 0);
	return be32toh(from);
}

/* A route, a rule, a source, a link and an address each change what the next send finds. */
static void test_ipv4(void)
{
	struct env e;

	env_open(&e, AF_INET, IPPROTO_ICMP);
	CHECK_EQ(send4(&e), 16);
	CHECK_EQ(send4(&e), 16);
	CHECK_EQ(drain4(&e), 0x0a000001u);
	/* fib_table_insert: a more specific route. */
	run(&e, "ip route add blackhole 10.0.0.2");
	CHECK_EQ(send4(&e), -EINVAL);
	/* fib_table_delete. */
	run(&e, "ip route del blackhole 10.0.0.2");
	CHECK_EQ(send4(&e), 16);
	CHECK_EQ(drain4(&e), 0x0a000001u);
	/*
	 * A route elsewhere, used, then deleted: the next send must not take
	 * the cached (freed) one. Each step succeeds, so only the generation
	 * tells the cache.
	 */
	run(&e, "ip route add 10.0.0.2 dev veth2");
	CHECK_EQ(send4(&e), 16);
	CHECK_EQ(drain(&e, (uint8_t[4]){ 0 }, 4), 0);
	run(&e, "ip route del 10.0.0.2 dev veth2");
	CHECK_EQ(send4(&e), 16);
	CHECK_EQ(drain4(&e), 0x0a000001u);
	/* The same through a rule and its table: fib_nl_newrule, fib_nl_delrule. */
	run(&e, "ip route add 10.0.0.2 dev veth2 table 100");
	CHECK_EQ(send4(&e), 16);
	CHECK_EQ(drain4(&e), 0x0a000001u);
	run(&e, "ip rule add to 10.0.0.2 table 100");
	CHECK_EQ(send4(&e), 16);
	CHECK_EQ(drain(&e, (uint8_t[4]){ 0 }, 4), 0);
	run(&e, "ip rule del to 10.0.0.2 table 100");
	CHECK_EQ(send4(&e), 16);
	CHECK_EQ(drain4(&e), 0x0a000001u);
	/* A route through a device that goes down goes with it. */
	run(&e, "ip route add 10.0.0.2 dev veth2");
	CHECK_EQ(send4(&e), 16);
	CHECK_EQ(drain(&e, (uint8_t[4]){ 0 }, 4), 0);
	run(&e, "ip link set veth2 down");
	CHECK_EQ(send4(&e), 16);
	CHECK_EQ(drain4(&e), 0x0a000001u);
	/* A rule: fib_nl_newrule, then fib_nl_delrule. */
	run(&e, "ip rule add to 10.0.0.2 prohibit");
	CHECK_EQ(send4(&e), -EACCES);
	run(&e, "ip rule del to 10.0.0.2 prohibit");
	CHECK_EQ(send4(&e), 16);
	/* A new address, then a route replaced to prefer it as the source. */
	run(&e, "ip addr add 10.0.0.5/24 dev veth0");
	run(&e, "ip route replace 10.0.0.0/24 dev veth0 src 10.0.0.5");
	CHECK_EQ(send4(&e), 16);
	CHECK_EQ(drain4(&e), 0x0a000005u);
	/* The device going down takes its routes. */
	run(&e, "ip link set veth0 down");
	CHECK_EQ(send4(&e), -ENETUNREACH);
	run(&e, "ip link set veth0 up");
	CHECK_EQ(send4(&e), 16);
	CHECK_EQ(drain4(&e), 0x0a000001u);
	/* The address going takes its prefix route. */
	run(&e, "ip addr flush dev veth0");
	CHECK_EQ(send4(&e), -ENETUNREACH);
	env_close(&e);
}

static uint8_t drain6(struct env *e)
{
	uint8_t from[16] = { 0 };

	CHECK(drain(e, from, 16) > 0);
	return from[15];
}

/* The same for IPv6, and the end of duplicate address detection changing the source. */
static void test_ipv6(void)
{
	struct env e;

	env_open(&e, AF_INET6, IPPROTO_ICMPV6);
	CHECK_EQ(send6(&e), 16);
	CHECK_EQ(send6(&e), 16);
	CHECK_EQ(drain6(&e), 1);
	run(&e, "ip -6 route add blackhole 2001:db8::2");
	CHECK_EQ(send6(&e), -EINVAL);
	run(&e, "ip -6 route del blackhole 2001:db8::2");
	CHECK_EQ(send6(&e), 16);
	CHECK_EQ(drain6(&e), 1);
	run(&e, "ip -6 route add 2001:db8::2 dev veth2");
	CHECK_EQ(send6(&e), 16);
	CHECK_EQ(drain(&e, (uint8_t[16]){ 0 }, 16), 0);
	run(&e, "ip -6 route del 2001:db8::2 dev veth2");
	CHECK_EQ(send6(&e), 16);
	CHECK_EQ(drain6(&e), 1);
	/* 2001:db8::3 shares a longer prefix with ::2 (rule 8), but only once it is no longer tentative. */
	run(&e, "ip addr add 2001:db8::3/64 dev veth0");
	CHECK_EQ(send6(&e), 16);
	CHECK_EQ(drain6(&e), 1);
	run(&e, "sleep 3");
	CHECK_EQ(send6(&e), 16);
	CHECK_EQ(drain6(&e), 3);
	run(&e, "ip addr del 2001:db8::3/64 dev veth0");
	CHECK_EQ(send6(&e), 16);
	CHECK_EQ(drain6(&e), 1);
	run(&e, "ip link set veth0 down");
	CHECK_EQ(send6(&e), -ENETUNREACH);
	env_close(&e);
}

/* Echo replies (type 0, or 129 for ICMPv6) that reached the initial namespace's socket. */
static int replies(struct env *e, uint8_t type)
{
	uint8_t data[256];
	int n = 0;

	run(e, "sleep 1");
	for (;;) {
		struct iovec iov = { .iov_base = data, .iov_len = sizeof(data) };
		struct msghdr msg = { .msg_iov = &iov, .msg_iovlen = 1 };
		int len = sock_recvmsg(e->a, &msg, MSG_DONTWAIT);

		if (len < 0)
			return n;
		/* An IPv4 raw socket reads the IP header too. */
		if (type == 0 && len >= 28 && data[20] == 0)
			n++;
		else if (type == 129 && len >= 8 && data[0] == 129)
			n++;
	}
}

/*
 * b answers each request through its cached input route and ICMP reply
 * route: its local route gone, then a blackhole route back to the sender:
 * each stops the very next answer, and putting it right brings it back.
 */
static void test_input_and_reply4(void)
{
	struct env e;

	env_open(&e, AF_INET, IPPROTO_ICMP);
	CHECK_EQ(send4(&e), 16);
	CHECK_EQ(send4(&e), 16);
	CHECK_EQ(replies(&e, 0), 2);
	/* The input route: without its local route, 10.0.0.2 is not b's to take (the reply could go). */
	run(&e, "ip -n b route del local 10.0.0.2 table local");
	CHECK_EQ(send4(&e), 16);
	CHECK_EQ(replies(&e, 0), 0);
	run(&e, "ip -n b route add local 10.0.0.2 dev veth1 table local src 10.0.0.2");
	CHECK_EQ(send4(&e), 16);
	CHECK_EQ(replies(&e, 0), 1);
	/* The reply's route: a blackhole back to the sender. */
	run(&e, "ip -n b route add blackhole 10.0.0.1");
	CHECK_EQ(send4(&e), 16);
	CHECK_EQ(replies(&e, 0), 0);
	run(&e, "ip -n b route del blackhole 10.0.0.1");
	CHECK_EQ(send4(&e), 16);
	CHECK_EQ(replies(&e, 0), 1);
	/* A sysctl (which bumps rt_genid too): b stops answering at all. */
	run(&e, "ip netns exec b sysctl -q -w net.ipv4.icmp_echo_ignore_all=1");
	CHECK_EQ(send4(&e), 16);
	CHECK_EQ(replies(&e, 0), 0);
	env_close(&e);
}

/* The same for ICMPv6: a route back that is a blackhole stops the next answer. */
static void test_reply6(void)
{
	struct env e;

	env_open(&e, AF_INET6, IPPROTO_ICMPV6);
	CHECK_EQ(send6(&e), 16);
	CHECK_EQ(replies(&e, 129), 1);
	run(&e, "ip -n b route add blackhole 2001:db8::1");
	CHECK_EQ(send6(&e), 16);
	CHECK_EQ(replies(&e, 129), 0);
	run(&e, "ip -n b route del blackhole 2001:db8::1");
	CHECK_EQ(send6(&e), 16);
	CHECK_EQ(replies(&e, 129), 1);
	env_close(&e);
}

int main(void)
{
	static const struct vl_test tests[] = {
		{ "ipv4", test_ipv4 },
		{ "ipv6", test_ipv6 },
		{ "input_and_reply4", test_input_and_reply4 },
		{ "reply6", test_reply6 },
		{ NULL, NULL },
	};

	return harness_run(tests);
}

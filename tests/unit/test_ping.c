/* test_ping.c: ping's -D timestamps on the virtual wall clock, and what it refuses (status 2, one wording). */
#include <stdlib.h>
#include <string.h>

#include "boot.h"
#include "core/world.h"
#include "shell/shell.h"
#include "harness.h"
#include "sh_run.h"

/* A pair to namespace b, both ends addressed and up, duplicate address detection done. */
static const char pair[] = "ip netns add b; ip link add veth0 type veth peer name veth1 netns b; "
			   "ip addr add 10.0.0.1/24 dev veth0; ip -n b addr add 10.0.0.2/24 dev veth1; "
			   "ip link set veth0 up; ip -n b link set veth1 up; sleep 3";

/* "[sec.usec] " before each reply: gettimeofday of the wall clock virtual time stands for. */
static void test_timestamps(void)
{
	struct run r;
	unsigned long s1 = 0, u1 = 0, s2 = 0, u2 = 0;
	char *l2;

	run_open(&r);
	CHECK_EQ(run(&r, "ping -D -c 2 -i 0.5 127.0.0.1"), 0);
	CHECK(!strncmp(r.out, "PING 127.0.0.1 (127.0.0.1) 56(84) bytes of data.\n[", 50));
	CHECK_EQ(sscanf(r.out + 49, "[%lu.%lu] 64 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=", &s1, &u1), 2);
	l2 = strstr(r.out, "\n[1700000000.5");
	CHECK(l2 != NULL);
	if (l2)
		CHECK_EQ(sscanf(l2 + 1, "[%lu.%lu] 64 bytes from 127.0.0.1: icmp_seq=2 ", &s2, &u2), 2);
	/* The first reply a few hops after the start (world time 0 is 1700000000), the second 0.5 s on. */
	CHECK_EQ(s1, 1700000000UL);
	CHECK(u1 > 0 && u1 < 1000);
	CHECK_EQ(s2, 1700000000UL);
	CHECK(u2 > 500000 && u2 < 501000);
	CHECK(strstr(r.out, "\n--- 127.0.0.1 ping statistics ---\n") != NULL);
	/* Six digits always, as "%lu.%06lu" prints them. */
	CHECK(strstr(r.out, "[1700000000.0") != NULL);
	run_close(&r);
}

/* -O's line and the error lines carry the timestamp too; the send times are exact on virtual time. */
static void test_timestamps_unanswered(void)
{
	struct run r;

	run_open(&r);
	CHECK_EQ(run(&r, pair), 0);
	CHECK_EQ(run(&r, "ping -D -O -c 2 10.0.0.9"), 1);
	/* The second probe goes exactly a second after the first (the sleep of the setup ended on a second). */
	CHECK(strstr(r.out, ".000000] no answer yet for icmp_seq=1\n") != NULL);
	CHECK(strstr(r.out, "] From 10.0.0.1 icmp_seq=1 Destination Host Unreachable\n") != NULL);
	CHECK(strstr(r.out, "] From 10.0.0.1 icmp_seq=2 Destination Host Unreachable\n") != NULL);
	CHECK(strstr(r.out, "2 packets transmitted, 0 received, +2 errors, 100% packet loss") != NULL);
	run_close(&r);
}

struct refusal {
	const char *line;
	const char *msg;
};

/* Options and uses vethlab does not model: refused before anything is sent, status 2. */
static void test_refusals(void)
{
	static const struct refusal cases[] = {
		{ "ping -C -c 1 127.0.0.1", "ping: option -C is not supported by vethlab\n" },
		{ "ping -L -c 1 127.0.0.1", "ping: option -L is not supported by vethlab\n" },
		{ "ping -r -c 1 ::1", "ping: option -r with an IPv6 destination is not supported by vethlab\n" },
		{ "ping -R -c 1 127.0.0.1", "ping: option -R is not supported by vethlab\n" },
		{ "ping -T tsonly -c 1 127.0.0.1", "ping: option -T is not supported by vethlab\n" },
		{ "ping -Q 0x10 -c 1 ::1", "ping: option -Q with an IPv6 destination is not supported by vethlab\n" },
		{ "ping -Q -1 -c 1 127.0.0.1", "ping: option -Q with a negative value is not supported by vethlab\n" },
		{ "ping -F 5 -c 1 ::1", "ping: option -F is not supported by vethlab\n" },
		{ "ping -m 1 -c 1 ::1", "ping: option -m with an IPv6 destination is not supported by vethlab\n" },
		{ "ping -S 1000 -c 1 127.0.0.1", "ping: option -S is not supported by vethlab\n" },
		{ "ping -N name -c 1 ::1", "ping: option -N is not supported by vethlab\n" },
		{ "ping -i -1 -c 1 127.0.0.1", "ping: option -i with a negative interval is not supported by vethlab\n" },
		{ "ping -f -l 3 -c 1 127.0.0.1", "ping: option -l with -f, -A or -i 0 is not supported by vethlab\n" },
		{ "ping -l 200 -c 1 127.0.0.1", "ping: option -l 200 is not supported by vethlab\n" },
		{ "ping -c 1 nosuch.invalid", "ping: nosuch.invalid: name lookup through DNS is not supported by vethlab\n" },
		{ "ping -c 1 127.0.0.2 127.0.0.1",
		  "ping: source routing (more than one destination) is not supported by vethlab\n" },
		{ "ping -c 1 224.0.0.1", "ping: a multicast destination is not supported by vethlab\n" },
	};
	struct run r;

	run_open(&r);
	CHECK_EQ(run(&r, pair), 0);
	CHECK_EQ(run(&r, "ip route add default dev veth0"), 0);
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		int st = run(&r, cases[i].line);

		if (st != 2 || strcmp(r.err, cases[i].msg) || strstr(r.out, "packets transmitted"))
			fprintf(stderr, "  %s: status %d, stderr \"%s\"\n", cases[i].line, st, r.err);
		CHECK_EQ(st, 2);
		CHECK_STR(r.err, cases[i].msg);
		CHECK(strstr(r.out, "packets transmitted") == NULL);
	}
	run_close(&r);
}

/* -l is kept where Linux's receive buffer holds the burst's replies, and with an interval. */
static void test_preload_kept(void)
{
	struct run r;

	run_open(&r);
	CHECK_EQ(run(&r, "ping -q -l 50 -c 50 127.0.0.1"), 0);
	CHECK(strstr(r.out, "50 packets transmitted, 50 received, 0% packet loss, time 0ms\n") != NULL);
	CHECK(strstr(r.out, ", pipe 50\n") != NULL);
	run_close(&r);
}

/*
 * A probe over the MTU lowered mid-run is fragmented (FragOKs 1, FragCreates 2);
 * its reply, over veth0's new MTU, is dropped by the pair (as on Linux: recorded).
 */
static void test_fragmentation_mid_run(void)
{
	struct run r;

	run_open(&r);
	CHECK_EQ(run(&r, pair), 0);
	CHECK_EQ(run(&r, "ping -q -s 1400 -c 3 10.0.0.2 & sleep 1.5; ip link set veth0 mtu 1280; wait $!"), 0);
	CHECK(strstr(r.out, "3 packets transmitted, 2 received, 33.3333% packet loss") != NULL);
	CHECK_EQ(run(&r, "cat /proc/net/snmp"), 0);
	CHECK(strstr(r.out, "\nIp: 2 64 2 0 0 0 0 0 2 3 0 0 0 0 0 0 1 0 2 4\n") != NULL);
	run_close(&r);
}

/* IP_TTL takes 1 to 255: -t 0 fails as iputils fails on Linux, before the PING line. */
static void test_ttl_zero(void)
{
	struct run r;

	run_open(&r);
	CHECK_EQ(run(&r, "ping -c 1 -t 0 127.0.0.1"), 2);
	CHECK_STR(r.out, "");
	CHECK_STR(r.err, "ping: cannot set unicast time-to-live: Invalid argument\n");
	CHECK_EQ(run(&r, "ping -q -c 1 -t 1 127.0.0.1"), 0);
	CHECK(strstr(r.out, "1 packets transmitted, 1 received") != NULL);
	run_close(&r);
}

int main(void)
{
	static const struct vl_test tests[] = {
		{ "timestamps", test_timestamps },
		{ "timestamps_unanswered", test_timestamps_unanswered },
		{ "refusals", test_refusals },
		{ "preload_kept", test_preload_kept },
		{ "fragmentation_mid_run", test_fragmentation_mid_run },
		{ "ttl_zero", test_ttl_zero },
		{ NULL, NULL },
	};

	return harness_run(tests);
}

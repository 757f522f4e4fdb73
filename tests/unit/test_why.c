/* test_why.c: `why` names the rule that stopped the seeds' pings, and the fixes it prints make them work. */
#include <stdlib.h>
#include <string.h>

#include "ctl/trace_ctl.h"
#include "harness.h"
#include "sh_run.h"

/* Both ends of a pair in one namespace, as the seeds have them. */
static const char one_ns_pair[] =
	"sysctl -qw net.ipv6.conf.default.disable_ipv6=1; ip link add veth0 type veth peer name veth1; "
	"ip addr add 192.168.1.1/24 dev veth0; ip addr add 192.168.1.2/24 dev veth1; "
	"ip link set veth0 up; ip link set veth1 up";
static const char ping[] = "ping -c 1 -W 1 -I veth0 192.168.1.2";

/* Runs every line under why's "to fix:" heading; returns how many there were. */
static int apply_fixes(struct run *r)
{
	char *fixes = strstr(r->out, "to fix:\n"), *copy, *save = NULL;
	int n = 0;

	if (!fixes)
		return 0;
	copy = strdup(fixes + strlen("to fix:\n"));
	for (char *line = strtok_r(copy, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
		CHECK(!strncmp(line, "  ", 2));
		CHECK_EQ(run(r, line + 2), 0);
		n++;
	}
	free(copy);
	return n;
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

/* why CMD runs CMD (its status), then explains it; plain why with arguments it cannot take. */
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

int main(void)
{
	static const struct vl_test tests[] = {
		{ "accept_local", test_accept_local },
		{ "rp_filter", test_rp_filter },
		{ "lo_down", test_lo_down },
		{ "why_command", test_why_command },
		{ NULL, NULL },
	};

	return harness_run(tests);
}

/* test_procfs.c: /proc/net and /sys/class/net: formats, MIB counter deltas as Linux counts them, sysfs writes. */
#include <errno.h>
#include <inttypes.h>
#include <stdlib.h>

#include "boot.h"
#include "core/world.h"
#include "ctl/ctl_errno.h"
#include "ctl/rtnl.h"
#include "ctl/vfs.h"
#include "harness.h"
#include "shell/shell.h"

struct env {
	struct world *w;
	struct shell *sh;
	char *out, *err;
	size_t outlen, errlen;
	FILE *fo, *fe;
};

static void env_open(struct env *e)
{
	struct shell_opts o = { 0 };

	e->fo = open_memstream(&e->out, &e->outlen);
	e->fe = open_memstream(&e->err, &e->errlen);
	o.out = e->fo;
	o.err = e->fe;
	e->w = world_new(7);
	e->sh = shell_new(e->w, &o);
}

static void env_close(struct env *e)
{
	shell_free(e->sh);
	world_free(e->w);
	fclose(e->fo);
	fclose(e->fe);
	free(e->out);
	free(e->err);
}

static void run(struct env *e, const char *line)
{
	shell_run_line(e->sh, line);
}

/* Root (veth0, 10.0.0.1) and namespace a (veth1, 10.0.0.2), settled: no IPv6 traffic left. */
static void env_pair(struct env *e)
{
	run(e, "sysctl -qw net.ipv6.conf.default.router_solicitations=0");
	run(e, "ip netns add a");
	/* A new namespace starts from the compiled IPv6 defaults: solicitations off there too. */
	run(e, "ip netns exec a sysctl -qw net.ipv6.conf.default.router_solicitations=0");
	run(e, "ip link add veth0 address 02:00:00:00:00:0a type veth peer name veth1 address 02:00:00:00:00:0b");
	run(e, "ip link set veth1 netns a");
	run(e, "ip addr add 10.0.0.1/24 dev veth0");
	run(e, "ip -n a addr add 10.0.0.2/24 dev veth1");
	run(e, "ip link set veth0 up; ip -n a link set veth1 up; ip -n a link set lo up");
	run(e, "sleep 5");
}

static struct netns *ns(struct env *e, const char *name)
{
	return name ? rtnl_netns_get(e->w, name) : rtnl_init_net(e->w);
}

/* A whole emulated file; "" when it cannot be read. The caller frees it. */
static char *readf(struct netns *net, const char *path)
{
	char *buf;
	size_t len;

	if (vfs_read(net, path, &buf, &len) < 0)
		return calloc(1, 1);
	return buf;
}

/* The value of name in a "Prefix: names" / "Prefix: values" pair of lines; -1 if absent. */
static int64_t pair_get(const char *text, const char *prefix, const char *name)
{
	char head[32], *copy = strdup(text), *save = NULL, *names, *vals;
	int64_t v = -1;

	snprintf(head, sizeof(head), "%s:", prefix);
	for (names = strtok_r(copy, "\n", &save); names && (vals = strtok_r(NULL, "\n", &save)) != NULL;
	     names = strtok_r(NULL, "\n", &save)) {
		char *s1 = NULL, *s2 = NULL, *nm, *val;

		if (strncmp(names, head, strlen(head)))
			continue;
		nm = strtok_r(names + strlen(head), " ", &s1);
		val = strtok_r(vals + strlen(head), " ", &s2);
		for (; nm && val; nm = strtok_r(NULL, " ", &s1), val = strtok_r(NULL, " ", &s2))
			if (!strcmp(nm, name))
				v = strtoll(val, NULL, 10);
	}
	free(copy);
	return v;
}

/* A counter of /proc/net/snmp ("Ip", "InReceives"), netstat ("IpExt", ...) or snmp6 (prefix NULL). */
static int64_t mib(struct netns *net, const char *prefix, const char *name)
{
	char *t = readf(net, prefix ? (strcmp(prefix, "IpExt") ? "/proc/net/snmp" : "/proc/net/netstat")
				    : "/proc/net/snmp6");
	int64_t v = 0;

	if (prefix) {
		v = pair_get(t, prefix, name);
		/* IcmpMsg lines list only the types seen: an absent one is 0. */
		if (v < 0 && !strcmp(prefix, "IcmpMsg"))
			v = 0;
	} else {
		const char *p = strstr(t, name);

		v = p && p[strlen(name)] == ' ' ? strtoll(strchr(p, '\t') + 1, NULL, 10) : 0;
	}
	free(t);
	return v;
}

/* Column col (1: rx bytes, 2: rx packets, 9: tx bytes, 10: tx packets, 12: tx drop) of /proc/net/dev. */
static int64_t devstat(struct netns *net, const char *dev, int col)
{
	char *t = readf(net, "/proc/net/dev"), key[24];
	const char *p;
	int64_t v = -1;

	snprintf(key, sizeof(key), "%6s:", dev);
	p = strstr(t, key);
	if (p) {
		p += strlen(key);
		for (int i = 1; i <= col; i++)
			v = strtoll(p, (char **)&p, 10);
	}
	free(t);
	return v;
}

struct delta {
	const char *prefix, *name;
	int64_t before, want;
};

static void snap(struct netns *net, struct delta *d)
{
	for (; d->name; d++)
		d->before = mib(net, d->prefix, d->name);
}

static void check_deltas(struct netns *net, const struct delta *d)
{
	for (; d->name; d++) {
		int64_t got = mib(net, d->prefix, d->name) - d->before;

		if (got != d->want)
			fprintf(stderr, "  %s %s: %+" PRId64 ", want %+" PRId64 "\n", d->prefix ? d->prefix : "snmp6",
				d->name, got, d->want);
		CHECK_EQ(got, d->want);
	}
}

/* Spec 14.1: one echo across the pair, ARP already resolved; 14.2: the first one adds ARP frames only. */
static void test_ping_pair(void)
{
	struct delta tx[] = {
		{ "Ip", "InReceives", 0, 1 }, { "Ip", "InDelivers", 0, 1 }, { "Ip", "OutRequests", 0, 1 },
		{ "Ip", "OutTransmits", 0, 1 }, { "Ip", "InAddrErrors", 0, 0 }, { "Icmp", "InMsgs", 0, 1 },
		{ "Icmp", "InEchoReps", 0, 1 }, { "Icmp", "OutMsgs", 0, 1 }, { "Icmp", "OutEchos", 0, 1 },
		{ "Icmp", "InEchos", 0, 0 }, { "IcmpMsg", "InType0", 0, 1 }, { "IcmpMsg", "OutType8", 0, 1 },
		{ "IcmpMsg", "InType8", 0, 0 }, { "IpExt", "InOctets", 0, 84 }, { "IpExt", "OutOctets", 0, 84 },
		{ "IpExt", "InNoECTPkts", 0, 1 }, { NULL, "Ip6InReceives", 0, 0 }, { NULL, "Ip6OutRequests", 0, 0 },
		{ NULL, NULL, 0, 0 },
	};
	struct delta rx[] = {
		{ "Ip", "InReceives", 0, 1 }, { "Ip", "InDelivers", 0, 1 }, { "Ip", "OutRequests", 0, 1 },
		{ "Ip", "OutTransmits", 0, 1 }, { "Icmp", "InMsgs", 0, 1 }, { "Icmp", "InEchos", 0, 1 },
		{ "Icmp", "OutMsgs", 0, 1 }, { "Icmp", "OutEchoReps", 0, 1 }, { "IcmpMsg", "InType8", 0, 1 },
		{ "IcmpMsg", "OutType0", 0, 1 }, { "IpExt", "InOctets", 0, 84 }, { "IpExt", "OutOctets", 0, 84 },
		{ "IpExt", "InNoECTPkts", 0, 1 }, { NULL, "Ip6InReceives", 0, 0 }, { NULL, NULL, 0, 0 },
	};
	struct env e;
	struct netns *root, *a;
	int64_t rxb, txb, rxp;

	env_open(&e);
	env_pair(&e);
	root = ns(&e, NULL);
	a = ns(&e, "a");
	/* The link-up set with router solicitations off: 4 MLDv2 reports and a DAD probe each way. */
	CHECK_EQ(mib(root, NULL, "Ip6OutRequests"), 5);
	CHECK_EQ(mib(root, NULL, "Ip6InMcastOctets"), 376);
	CHECK_EQ(mib(root, NULL, "Icmp6OutType143"), 4);
	CHECK_EQ(mib(root, NULL, "Icmp6OutNeighborSolicits"), 1);
	CHECK_EQ(mib(root, NULL, "Ip6InDelivers"), 0);
	CHECK_EQ(devstat(root, "veth0", 1), 446);
	snap(root, tx);
	snap(a, rx);
	rxb = devstat(root, "veth0", 1);
	txb = devstat(root, "veth0", 9);
	run(&e, "ping -c 1 10.0.0.2 > /dev/null");
	check_deltas(root, tx);
	check_deltas(a, rx);
	CHECK_EQ(devstat(root, "veth0", 1) - rxb, 98 + 42);
	CHECK_EQ(devstat(root, "veth0", 9) - txb, 98 + 42);
	snap(root, tx);
	snap(a, rx);
	rxb = devstat(a, "veth1", 1);
	rxp = devstat(a, "veth1", 2);
	run(&e, "ping -c 1 10.0.0.2 > /dev/null");
	check_deltas(root, tx);
	check_deltas(a, rx);
	CHECK_EQ(devstat(a, "veth1", 1) - rxb, 98);
	CHECK_EQ(devstat(a, "veth1", 2) - rxp, 1);
	env_close(&e);
}

/* Spec 14.3: nobody answers ARP; the echo dies in the queue and an unreachable comes back through lo. */
static void test_ping_unanswered(void)
{
	struct delta d[] = {
		{ "Ip", "InReceives", 0, 1 }, { "Ip", "InDelivers", 0, 1 }, { "Ip", "OutRequests", 0, 2 },
		{ "Ip", "OutTransmits", 0, 2 }, { "Ip", "OutDiscards", 0, 0 }, { "Icmp", "InMsgs", 0, 1 },
		{ "Icmp", "InDestUnreachs", 0, 1 }, { "Icmp", "OutMsgs", 0, 2 }, { "Icmp", "OutDestUnreachs", 0, 1 },
		{ "Icmp", "OutEchos", 0, 1 }, { "IcmpMsg", "InType3", 0, 1 }, { "IcmpMsg", "OutType3", 0, 1 },
		{ "IcmpMsg", "OutType8", 0, 1 }, { "IpExt", "InOctets", 0, 112 }, { "IpExt", "OutOctets", 0, 196 },
		{ "IpExt", "InNoECTPkts", 0, 1 }, { NULL, NULL, 0, 0 },
	};
	struct env e;
	struct netns *root;
	int64_t lo_rx, lo_tx, tx;
	char *arp;

	env_open(&e);
	env_pair(&e);
	root = ns(&e, NULL);
	snap(root, d);
	lo_rx = devstat(root, "lo", 1);
	lo_tx = devstat(root, "lo", 9);
	tx = devstat(root, "veth0", 9);
	run(&e, "ping -c 1 -W 6 10.0.0.3 > /dev/null");
	CHECK_EQ(shell_status(e.sh), 1);
	check_deltas(root, d);
	CHECK_EQ(devstat(root, "lo", 1) - lo_rx, 112);
	CHECK_EQ(devstat(root, "lo", 9) - lo_tx, 112);
	CHECK_EQ(devstat(root, "veth0", 9) - tx, 3 * 42);
	arp = readf(root, "/proc/net/arp");
	CHECK_STR(arp, "IP address       HW type     Flags       HW address            Mask     Device\n"
		       "10.0.0.3         0x1         0x0         00:00:00:00:00:00     *        veth0\n");
	free(arp);
	env_close(&e);
}

/* Spec 14.4: a local echo goes out and in through lo twice, counted at L3 size; and ::1 for IPv6. */
static void test_ping_lo(void)
{
	struct delta d[] = {
		{ "Ip", "InReceives", 0, 2 }, { "Ip", "InDelivers", 0, 2 }, { "Ip", "OutRequests", 0, 2 },
		{ "Ip", "OutTransmits", 0, 2 }, { "Icmp", "InMsgs", 0, 2 }, { "Icmp", "InEchos", 0, 1 },
		{ "Icmp", "InEchoReps", 0, 1 }, { "Icmp", "OutEchos", 0, 1 }, { "Icmp", "OutEchoReps", 0, 1 },
		{ "IcmpMsg", "InType0", 0, 1 }, { "IcmpMsg", "InType8", 0, 1 }, { "IcmpMsg", "OutType0", 0, 1 },
		{ "IcmpMsg", "OutType8", 0, 1 }, { "IpExt", "InOctets", 0, 168 }, { "IpExt", "OutOctets", 0, 168 },
		{ "IpExt", "InNoECTPkts", 0, 2 }, { NULL, NULL, 0, 0 },
	};
	struct delta d6[] = {
		{ NULL, "Ip6InReceives", 0, 2 }, { NULL, "Ip6InDelivers", 0, 2 }, { NULL, "Ip6OutRequests", 0, 2 },
		{ NULL, "Ip6InOctets", 0, 208 }, { NULL, "Ip6OutOctets", 0, 208 }, { NULL, "Ip6InNoECTPkts", 0, 2 },
		{ NULL, "Ip6OutTransmits", 0, 2 }, { NULL, "Ip6InMcastPkts", 0, 0 }, { NULL, "Icmp6InMsgs", 0, 2 },
		{ NULL, "Icmp6OutMsgs", 0, 2 }, { NULL, "Icmp6InEchos", 0, 1 }, { NULL, "Icmp6InEchoReplies", 0, 1 },
		{ NULL, "Icmp6OutEchos", 0, 1 }, { NULL, "Icmp6OutEchoReplies", 0, 1 },
		{ NULL, "Icmp6InType128", 0, 1 }, { NULL, "Icmp6InType129", 0, 1 },
		{ NULL, "Icmp6OutType128", 0, 1 }, { NULL, "Icmp6OutType129", 0, 1 }, { NULL, NULL, 0, 0 },
	};
	struct env e;
	struct netns *root;
	int64_t lo;

	env_open(&e);
	root = ns(&e, NULL);
	snap(root, d);
	lo = devstat(root, "lo", 1);
	run(&e, "ping -c 1 127.0.0.1 > /dev/null");
	check_deltas(root, d);
	CHECK_EQ(devstat(root, "lo", 1) - lo, 168);
	CHECK_EQ(devstat(root, "lo", 10), 2);
	snap(root, d6);
	run(&e, "ping -6 -c 1 ::1 > /dev/null");
	check_deltas(root, d6);
	CHECK_EQ(devstat(root, "lo", 1) - lo, 168 + 208);
	env_close(&e);
}

/* A fresh namespace: the files as the kernel prints them, byte for byte. */
static void test_fresh_formats(void)
{
	struct env e;
	struct netns *a;
	char **names, *t;
	int n = 0;

	env_open(&e);
	run(&e, "ip netns add a; ip -n a link set lo up");
	a = ns(&e, "a");
	t = readf(a, "/proc/net/dev");
	CHECK_STR(t, "Inter-|   Receive                                                |  Transmit\n"
		     " face |bytes    packets errs drop fifo frame compressed multicast|bytes    packets errs drop "
		     "fifo colls carrier compressed\n"
		     "    lo:       0       0    0    0    0     0          0         0        0       0    0    0"
		     "    0     0       0          0\n");
	free(t);
	t = readf(a, "/proc/net/snmp");
	CHECK_STR(t, "Ip: Forwarding DefaultTTL InReceives InHdrErrors InAddrErrors ForwDatagrams InUnknownProtos "
		     "InDiscards InDelivers OutRequests OutDiscards OutNoRoutes ReasmTimeout ReasmReqds ReasmOKs "
		     "ReasmFails FragOKs FragFails FragCreates OutTransmits\n"
		     "Ip: 2 64 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0\n"
		     "Icmp: InMsgs InErrors InCsumErrors InDestUnreachs InTimeExcds InParmProbs InSrcQuenchs "
		     "InRedirects InEchos InEchoReps InTimestamps InTimestampReps InAddrMasks InAddrMaskReps OutMsgs "
		     "OutErrors OutRateLimitGlobal OutRateLimitHost OutDestUnreachs OutTimeExcds OutParmProbs "
		     "OutSrcQuenchs OutRedirects OutEchos OutEchoReps OutTimestamps OutTimestampReps OutAddrMasks "
		     "OutAddrMaskReps\n"
		     "Icmp: 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0\n"
		     "Tcp: RtoAlgorithm RtoMin RtoMax MaxConn ActiveOpens PassiveOpens AttemptFails EstabResets "
		     "CurrEstab InSegs OutSegs RetransSegs InErrs OutRsts InCsumErrors\n"
		     "Tcp: 1 200 120000 -1 0 0 0 0 0 0 0 0 0 0 0\n"
		     "Udp: InDatagrams NoPorts InErrors OutDatagrams RcvbufErrors SndbufErrors InCsumErrors "
		     "IgnoredMulti MemErrors\n"
		     "Udp: 0 0 0 0 0 0 0 0 0\n"
		     "UdpLite: InDatagrams NoPorts InErrors OutDatagrams RcvbufErrors SndbufErrors InCsumErrors "
		     "IgnoredMulti MemErrors\n"
		     "UdpLite: 0 0 0 0 0 0 0 0 0\n");
	free(t);
	t = readf(a, "/proc/net/snmp6");
	CHECK(strncmp(t, "Ip6InReceives                   \t0\nIp6InHdrErrors                  \t0\n", 70) == 0);
	CHECK(strstr(t, "\nIcmp6OutMLDv2Reports            \t0\nUdp6InDatagrams                 \t0\n") != NULL);
	CHECK(strstr(t, "Type") == NULL);
	free(t);
	t = readf(a, "/proc/net/igmp6");
	CHECK_STR(t, "1    lo              ff020000000000000000000000000001     1 0000000C 0\n"
		     "1    lo              ff010000000000000000000000000001     1 00000008 0\n");
	free(t);
	t = readf(a, "/proc/net/igmp");
	CHECK_STR(t, "Idx\tDevice    : Count Querier\tGroup    Users Timer\tReporter\n"
		     "1\tlo        :     1      V3\n\t\t\t\t010000E0     1 0:00000000\t\t0\n");
	free(t);
	t = readf(a, "/proc/net/if_inet6");
	CHECK_STR(t, "00000000000000000000000000000001 01 80 10 80       lo\n");
	free(t);
	t = readf(a, "/proc/net/ipv6_route");
	CHECK_STR(t, "00000000000000000000000000000000 00 00000000000000000000000000000000 00 "
		     "00000000000000000000000000000000 ffffffff 00000001 00000000 00200200       lo\n"
		     "00000000000000000000000000000001 80 00000000000000000000000000000000 00 "
		     "00000000000000000000000000000000 00000000 00000002 00000000 80200001       lo\n"
		     "00000000000000000000000000000000 00 00000000000000000000000000000000 00 "
		     "00000000000000000000000000000000 ffffffff 00000001 00000000 00200200       lo\n");
	free(t);
	t = readf(a, "/proc/net/dev_mcast");
	CHECK_STR(t, "");
	free(t);
	t = readf(a, "/proc/net/netstat");
	CHECK(strstr(t, "\nIpExt: 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0\nMPTcpExt: MPCapableSYNRX ") != NULL);
	free(t);
	/* TCP alloc and mem are host-wide on Linux: vethlab, a host of its own, has none. */
	t = readf(a, "/proc/net/sockstat");
	CHECK_STR(t, "sockets: used 0\nTCP: inuse 0 orphan 0 tw 0 alloc 0 mem 0\nUDP: inuse 0 mem 0\n"
		     "UDPLITE: inuse 0\nRAW: inuse 0\nFRAG: inuse 0 memory 0\n");
	free(t);
	/* The whole listing exists; what is not emulated cannot be read. */
	CHECK_EQ(vfs_list(a, "/proc/net", &names), 0);
	for (char **p = names; *p; p++)
		n++;
	CHECK_EQ(n, 61);
	vfs_names_free(names);
	CHECK_EQ(vfs_is_dir(a, "/proc/net/xt_recent"), 1);
	CHECK_EQ(vfs_is_dir(a, "/proc/net/udplite"), 0);
	CHECK_EQ(vfs_read(a, "/proc/net/udplite", &t, &(size_t){ 0 }), -VL_ENOTEMUL);
	CHECK_EQ(vfs_read(a, "/proc/net/nosuch", &t, &(size_t){ 0 }), -ENOENT);
	env_close(&e);
}

/* /proc/net/route: be32 fields byte-reversed in upper-case hex, every line 127 columns. */
static void test_route_file(void)
{
	static const char *const want[] = {
		"Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT",
		"veth0\t00000000\tFE00000A\t0003\t0\t0\t0\t00000000\t0\t0\t0",
		"veth0\t0000000A\t00000000\t0001\t0\t0\t0\t00FFFFFF\t0\t0\t0",
		"veth0\t0000000A\t00000000\t0001\t0\t0\t50\t00FFFFFF\t0\t0\t0",
		"veth0\t0000000A\t0200000A\t0003\t0\t0\t0\t000000FF\t0\t0\t0",
		"veth0\t010110AC\t00000000\t0005\t0\t0\t0\tFFFFFFFF\t0\t0\t0",
		"veth0\t0005A8C0\t0200000A\t0003\t0\t0\t4294967295\t00FFFFFF\t0\t0\t0",
		"*\t000012C6\t00000000\t0201\t0\t0\t0\t0000FEFF\t0\t0\t0",
		"*\t006433C6\t00000000\t0201\t0\t0\t0\t00FFFFFF\t0\t0\t0",
		"*\t007100CB\t00000000\t0001\t0\t0\t0\t00FFFFFF\t0\t0\t0",
		NULL,
	};
	struct env e;
	char *t, *line;
	int i = 0;

	env_open(&e);
	run(&e, "ip link add veth0 type veth peer name veth1");
	run(&e, "ip addr add 10.0.0.1/24 dev veth0; ip link set veth0 up; ip link set veth1 up");
	run(&e, "ip route add 192.168.5.0/24 via 10.0.0.2 metric 4294967295");
	run(&e, "ip route add default via 10.0.0.254");
	run(&e, "ip route add 10.0.0.0/24 dev veth0 metric 50");
	run(&e, "ip route add 10.0.0.0/8 via 10.0.0.2");
	run(&e, "ip route add 172.16.1.1 dev veth0");
	run(&e, "ip route add prohibit 198.18.0.0/15");
	run(&e, "ip route add unreachable 198.51.100.0/24");
	run(&e, "ip route add blackhole 203.0.113.0/24");
	t = readf(rtnl_init_net(e.w), "/proc/net/route");
	for (char *save = NULL, *p = strtok_r(t, "\n", &save); p; p = strtok_r(NULL, "\n", &save), i++) {
		line = p;
		CHECK_EQ(strlen(line), 127u);
		CHECK(want[i] != NULL);
		if (!want[i])
			break;
		CHECK(strncmp(line, want[i], strlen(want[i])) == 0);
		CHECK_EQ(strspn(line + strlen(want[i]), " "), 127 - strlen(want[i]));
	}
	CHECK(want[i] == NULL);
	free(t);
	env_close(&e);
}

/* /sys/class/net: values, carrier of a down device, writes through rtnl, read-only files. */
static void test_sysfs(void)
{
	struct env e;
	struct netns *net;
	char **names;
	char *t;
	int n = 0;

	env_open(&e);
	net = rtnl_init_net(e.w);
	run(&e, "ip link add veth0 type veth peer name veth1");
	t = readf(net, "/sys/class/net/veth0/flags");
	CHECK_STR(t, "0x1002\n");
	free(t);
	CHECK_EQ(vfs_read(net, "/sys/class/net/veth0/carrier", &t, &(size_t){ 0 }), -EINVAL);
	t = readf(net, "/sys/class/net/veth0/operstate");
	CHECK_STR(t, "down\n");
	free(t);
	/* Writes: as the kernel parses them (kstrtoul base 0, one trailing newline). */
	CHECK_EQ(vfs_write(net, "/sys/class/net/veth0/mtu", "1400\n", 5), 0);
	CHECK_EQ(vfs_write(net, "/sys/class/net/veth0/mtu", "0x578", 5), 0);
	CHECK_EQ(vfs_write(net, "/sys/class/net/veth0/mtu", " 1300", 5), -EINVAL);
	CHECK_EQ(vfs_write(net, "/sys/class/net/veth0/mtu", "12x", 3), -EINVAL);
	CHECK_EQ(vfs_write(net, "/sys/class/net/veth0/mtu", "20", 2), -EINVAL);
	CHECK_EQ(vfs_write(net, "/sys/class/net/veth0/mtu", "99999999999999999999", 20), -ERANGE);
	t = readf(net, "/sys/class/net/veth0/mtu");
	CHECK_STR(t, "1400\n");
	free(t);
	CHECK_EQ(vfs_write(net, "/sys/class/net/veth0/flags", "0x1003\n", 7), 0);
	CHECK_EQ(vfs_write(net, "/sys/class/net/veth1/flags", "4099", 4), 0);
	t = readf(net, "/sys/class/net/veth0/carrier");
	CHECK_STR(t, "1\n");
	free(t);
	t = readf(net, "/sys/class/net/veth0/operstate");
	CHECK_STR(t, "up\n");
	free(t);
	/* The whole set, as dev_change_flags takes it: PROMISC as the user's count, MULTICAST off. */
	CHECK_EQ(vfs_write(net, "/sys/class/net/veth0/flags", "0x1103", 6), 0);
	t = readf(net, "/sys/class/net/veth0/flags");
	CHECK_STR(t, "0x1103\n");
	free(t);
	CHECK_EQ(vfs_write(net, "/sys/class/net/veth0/flags", "0x3", 3), 0);
	t = readf(net, "/sys/class/net/veth0/flags");
	CHECK_STR(t, "0x3\n");
	free(t);
	CHECK_EQ(vfs_write(net, "/sys/class/net/veth0/netdev_group", "4294967295", 10), 0);
	t = readf(net, "/sys/class/net/veth0/netdev_group");
	CHECK_STR(t, "-1\n");
	free(t);
	CHECK_EQ(vfs_write(net, "/sys/class/net/veth0/proto_down", "1", 1), -EOPNOTSUPP);
	CHECK_EQ(vfs_write(net, "/sys/class/net/veth1/flags", "0x1002", 6), 0);
	t = readf(net, "/sys/class/net/veth0/operstate");
	CHECK_STR(t, "lowerlayerdown\n");
	free(t);
	CHECK_EQ(vfs_write(net, "/sys/class/net/veth0/carrier", "1", 1), -EOPNOTSUPP);
	CHECK_EQ(vfs_write(net, "/sys/class/net/veth0/tx_queue_len", "500", 3), 0);
	t = readf(net, "/sys/class/net/veth0/tx_queue_len");
	CHECK_STR(t, "500\n");
	free(t);
	CHECK_EQ(vfs_write(net, "/sys/class/net/veth0/address", "x", 1), -EACCES);
	CHECK_EQ(vfs_write(net, "/sys/class/net/veth0/statistics/rx_bytes", "1", 1), -EACCES);
	CHECK_EQ(vfs_write(net, "/proc/net/dev", "x", 1), -EACCES);
	/* Both ends named by the user, their addresses random (NET_NAME_USER, NET_ADDR_RANDOM). */
	t = readf(net, "/sys/class/net/veth0/addr_assign_type");
	CHECK_STR(t, "1\n");
	free(t);
	t = readf(net, "/sys/class/net/veth1/name_assign_type");
	CHECK_STR(t, "3\n");
	free(t);
	t = readf(net, "/sys/class/net/veth0/uevent");
	CHECK_STR(t, "INTERFACE=veth0\nIFINDEX=3\n");
	free(t);
	/* NAPI knobs: 0 is taken (it changes nothing), the rest is not modelled; parse errors first. */
	CHECK_EQ(vfs_write(net, "/sys/class/net/veth0/gro_flush_timeout", "0\n", 2), 0);
	CHECK_EQ(vfs_write(net, "/sys/class/net/veth0/gro_flush_timeout", "5", 1), -VL_ENOTEMUL);
	CHECK_EQ(vfs_write(net, "/sys/class/net/veth0/gro_flush_timeout", "-1", 2), -EINVAL);
	CHECK_EQ(vfs_write(net, "/sys/class/net/veth0/napi_defer_hard_irqs", "2147483648", 10), -ERANGE);
	CHECK_EQ(vfs_write(net, "/sys/class/net/lo/threaded", "1", 1), -EOPNOTSUPP);
	CHECK_EQ(vfs_write(net, "/sys/class/net/veth0/uevent", "bogus", 5), -EINVAL);
	CHECK_EQ(vfs_write(net, "/sys/class/net/veth0/uevent", "change\n", 7), -VL_ENOTEMUL);
	/* power/ and queues/: directories with their files, the queues as many as are in use. */
	CHECK_EQ(vfs_is_dir(net, "/sys/class/net/veth0/queues/rx-0"), 1);
	CHECK_EQ(vfs_is_dir(net, "/sys/class/net/veth0/queues/rx-1"), -ENOENT);
	CHECK_EQ(vfs_is_dir(net, "/sys/class/net/veth0/queues/tx-00"), -ENOENT);
	CHECK_EQ(vfs_is_dir(net, "/sys/class/net/veth0/power/control"), 0);
	CHECK_EQ(vfs_read(net, "/sys/class/net/veth0/power/autosuspend_delay_ms", &t, &(size_t){ 0 }), -EIO);
	CHECK_EQ(vfs_read(net, "/sys/class/net/lo/queues/tx-0/xps_cpus", &t, &(size_t){ 0 }), -ENOENT);
	t = readf(net, "/sys/class/net/veth0/queues/tx-0/xps_cpus");
	CHECK_STR(t, "0\n");
	free(t);
	CHECK_EQ(vfs_write(net, "/sys/class/net/veth0/queues/rx-0/rps_cpus", "0", 1), 0);
	CHECK_EQ(vfs_write(net, "/sys/class/net/veth0/queues/rx-0/rps_cpus", "3", 1), -VL_ENOTEMUL);
	CHECK_EQ(vfs_write(net, "/sys/class/net/veth0/queues/rx-0/rps_cpus", "zz", 2), -EINVAL);
	/* bitmap_parse over nr_cpu_ids (2) bits: past them, or a second word, is EOVERFLOW. */
	CHECK_EQ(vfs_write(net, "/sys/class/net/veth0/queues/rx-0/rps_cpus", "4", 1), -EOVERFLOW);
	CHECK_EQ(vfs_write(net, "/sys/class/net/veth0/queues/rx-0/rps_cpus", "1 2", 3), -EOVERFLOW);
	CHECK_EQ(vfs_write(net, "/sys/class/net/veth0/queues/rx-0/rps_cpus", "000000000", 9), -EOVERFLOW);
	CHECK_EQ(vfs_write(net, "/sys/class/net/veth0/queues/rx-0/rps_cpus", "z00000000", 9), 0);
	CHECK_EQ(vfs_write(net, "/sys/class/net/veth0/queues/rx-0/rps_cpus", "\n", 1), 0);
	CHECK_EQ(vfs_write(net, "/sys/class/net/veth0/queues/tx-0/tx_timeout", "1", 1), -EACCES);
	CHECK_EQ(vfs_write(net, "/sys/class/net/veth0/power/control", "on", 2), -VL_ENOTEMUL);
	CHECK_EQ(vfs_write(net, "/sys/class/net/veth0/power/control", "auto\n", 5), 0);
	CHECK_EQ(vfs_list(net, "/sys/class/net/veth0/queues", &names), 0);
	CHECK_STR(names[0], "rx-0");
	CHECK_STR(names[1], "tx-0");
	CHECK(names[2] == NULL);
	vfs_names_free(names);
	CHECK_EQ(vfs_list(net, "/sys/class/net/veth0/power", &names), 0);
	CHECK_STR(names[4], "runtime_suspended_time");
	vfs_names_free(names);
	t = readf(net, "/sys/class/net/lo/name_assign_type");
	CHECK_STR(t, "2\n");
	free(t);
	t = readf(net, "/sys/class/net/lo/addr_assign_type");
	CHECK_STR(t, "0\n");
	free(t);
	CHECK_EQ(vfs_read(net, "/sys/class/net/lo/speed", &t, &(size_t){ 0 }), -EINVAL);
	CHECK_EQ(vfs_read(net, "/proc/net/fib_trie", &t, &(size_t){ 0 }), -VL_ENOTEMUL);
	CHECK_EQ(vfs_is_dir(net, "/proc/net/stat"), 1);
	CHECK_EQ(vfs_is_dir(net, "/sys/class/net/veth0/statistics"), 1);
	t = readf(net, "/sys/class/net/lo/flags");
	CHECK_STR(t, "0x9\n");
	free(t);
	t = readf(net, "/sys/class/net/veth0/dev_id");
	CHECK_STR(t, "0x0\n");
	free(t);
	CHECK_EQ(vfs_list(net, "/sys/class/net/veth0", &names), 0);
	for (char **p = names; *p; p++)
		n++;
	CHECK_EQ(n, 34);
	CHECK_STR(names[0], "addr_assign_type");
	vfs_names_free(names);
	n = 0;
	CHECK_EQ(vfs_list(net, "/sys/class/net/veth0/statistics", &names), 0);
	for (char **p = names; *p; p++)
		n++;
	CHECK_EQ(n, 24);
	vfs_names_free(names);
	CHECK_EQ(vfs_list(net, "/sys/class/net", &names), 0);
	CHECK_STR(names[0], "lo");
	CHECK_STR(names[1], "veth0");
	CHECK_STR(names[2], "veth1");
	CHECK(names[3] == NULL);
	vfs_names_free(names);
	env_close(&e);
}

/*
 * A snooping bridge reports 224.0.0.106 twice in IGMPv3 as it comes up (40
 * bytes of IP each, 54 on the wire, counted sent without a port), twice as
 * snooping goes off, and not at all with force_igmp_version 2 (differences.md).
 */
static void test_igmp_snoopers(void)
{
	struct env e;
	struct netns *root;

	env_open(&e);
	root = ns(&e, NULL);
	run(&e, "sysctl -qw net.ipv6.conf.default.disable_ipv6=1");
	run(&e, "ip link add br0 type bridge");
	run(&e, "ip link set br0 up");
	CHECK_EQ(mib(root, "Ip", "OutRequests"), 1);
	run(&e, "sleep 2");
	CHECK_EQ(mib(root, "Ip", "OutRequests"), 2);
	CHECK_EQ(mib(root, "Ip", "OutTransmits"), 2);
	CHECK_EQ(mib(root, "IpExt", "OutMcastPkts"), 2);
	CHECK_EQ(mib(root, "IpExt", "OutMcastOctets"), 80);
	CHECK_EQ(devstat(root, "br0", 9), 108);
	CHECK_EQ(devstat(root, "br0", 10), 2);
	run(&e, "ip link set br0 type bridge mcast_snooping 0");
	run(&e, "sleep 2");
	CHECK_EQ(mib(root, "Ip", "OutRequests"), 4);
	run(&e, "ip link set br0 down");
	run(&e, "ip link set br0 type bridge mcast_snooping 1");
	run(&e, "sysctl -qw net.ipv4.conf.br0.force_igmp_version=2");
	run(&e, "ip link set br0 up");
	run(&e, "sleep 2");
	CHECK_EQ(mib(root, "Ip", "OutRequests"), 4);
	env_close(&e);
}

int main(void)
{
	static const struct vl_test tests[] = {
		{ "fresh_formats", test_fresh_formats },
		{ "ping_pair", test_ping_pair },
		{ "ping_unanswered", test_ping_unanswered },
		{ "ping_lo", test_ping_lo },
		{ "route_file", test_route_file },
		{ "sysfs", test_sysfs },
		{ "igmp_snoopers", test_igmp_snoopers },
		{ NULL, NULL },
	};

	return harness_run(tests);
}

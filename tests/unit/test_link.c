/* test_link.c: registration: link kinds (a new one, dummy, in one line), pernet order, notifier priorities, packet types. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "boot.h"
#include "core/netdev.h"
#include "core/netns.h"
#include "core/world.h"
#include "drivers/drivers.h"
#include "shell/shell.h"
#include "harness.h"

struct sh_run {
	struct world *w;
	struct shell *sh;
	char *out, *err;
	size_t outlen, errlen;
	FILE *fo, *fe;
};

static void run_open(struct sh_run *r)
{
	struct shell_opts o = { 0 };

	r->fo = open_memstream(&r->out, &r->outlen);
	r->fe = open_memstream(&r->err, &r->errlen);
	o.out = r->fo;
	o.err = r->fe;
	r->w = world_new(1);
	r->sh = shell_new(r->w, &o);
}

/* Runs line on a fresh output; returns its status. */
static int run(struct sh_run *r, const char *line)
{
	int st;

	fflush(r->fo);
	fflush(r->fe);
	rewind(r->fo);
	rewind(r->fe);
	st = shell_run_line(r->sh, line);
	fputc('\0', r->fo);
	fputc('\0', r->fe);
	fflush(r->fo);
	fflush(r->fe);
	return st;
}

static void run_close(struct sh_run *r)
{
	shell_free(r->sh);
	world_free(r->w);
	fclose(r->fo);
	fclose(r->fe);
	free(r->out);
	free(r->err);
}

/*
 * A link kind is one file in drivers/ and one registration: before it, the
 * kind is unknown, as on the kernel we match (built without dummy); after,
 * ip creates, shows, uses and deletes it with no change to ip or rtnl.
 */
static void test_dummy_kind(void)
{
	struct sh_run r;

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

int main(void)
{
	static const struct vl_test tests[] = {
		{ "dummy_kind", test_dummy_kind },
		{ "pernet_order", test_pernet_order },
		{ "notifier_priority", test_notifier_priority },
		{ "packet_types", test_packet_types },
		{ NULL, NULL },
	};

	return harness_run(tests);
}

/* test_ipv6.c: addrconf, DAD and its failure, ND and NUD, IPv6 routing and source choice, ping6. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "boot.h"
#include "core/netdev.h"
#include "core/netns.h"
#include "core/world.h"
#include "ctl/rtnl.h"
#include "ctl/rtnl_route.h"
#include "ctl/sysctl_ctl.h"
#include "net/addrconf.h"
#include "net/ipv4.h"
#include "net/ipv6.h"
#include "shell/shell.h"
#include "tools/ip/ip_common.h"
#include "harness.h"

struct seen {
	struct rtnl_addr6 a[4];
	int n;
};

static int see(const struct rtnl_addr6 *a, void *arg)
{
	struct seen *s = arg;

	if (s->n < 4)
		s->a[s->n++] = *a;
	return 0;
}

static struct seen addrs(struct netns *net, const char *dev)
{
	struct seen s = { .n = 0 };

	rtnl_addr6_dump(net, rtnl_ifindex(net, dev), see, &s);
	return s;
}

static void test_linklocal_and_dad(void)
{
	struct world *w = world_new(3);
	struct shell_opts o = { 0 };
	struct shell *sh = shell_new(w, &o);
	struct netns *net = rtnl_init_net(w);
	static const uint8_t want[16] = { 0xfe, 0x80, [8] = 0x00, 0x11, 0x22, 0xff, 0xfe, 0x33, 0x44, 0x55 };
	struct seen s;

	s = addrs(net, "lo");
	CHECK(s.n == 1 && s.a[0].addr[15] == 1 && s.a[0].scope == 0x10 && !(s.a[0].flags & 0x40));
	shell_run_line(sh, "ip link add veth0 address 02:11:22:33:44:55 type veth peer name veth1");
	shell_run_line(sh, "ip link set veth0 up");
	CHECK_EQ(addrs(net, "veth0").n, 0); /* no carrier yet */
	shell_run_line(sh, "ip link set veth1 up");
	s = addrs(net, "veth0");
	CHECK(s.n == 1 && !memcmp(s.a[0].addr, want, 16) && s.a[0].prefixlen == 64);
	CHECK(s.a[0].flags & 0x40); /* tentative */
	shell_run_world(sh, 999999999ULL);
	/* DAD starts within rtr_solicit_delay (1 s) and lasts one retrans time (1 s). */
	shell_run_world(sh, 2000000000ULL);
	CHECK(!(addrs(net, "veth0").a[0].flags & 0x40));
	CHECK_EQ(sysctl_ctl_write(net, "net/ipv6/conf/veth0/disable_ipv6", 1), 0);
	CHECK_EQ(addrs(net, "veth0").n, 0);
	CHECK_EQ(sysctl_ctl_write(net, "net/ipv6/conf/veth0/disable_ipv6", 0), 0);
	CHECK(addrs(net, "veth0").n == 1 && (addrs(net, "veth0").a[0].flags & 0x40));
	shell_run_line(sh, "ip link set veth0 down");
	CHECK_EQ(addrs(net, "veth0").n, 0);
	shell_run_line(sh, "ip link set lo down");
	CHECK_EQ(addrs(net, "lo").n, 0);
	shell_run_line(sh, "sysctl -qw net.ipv6.conf.all.disable_ipv6=1; ip link set lo up");
	CHECK_EQ(addrs(net, "lo").n, 0);
	shell_free(sh);
	world_free(w);
}

/*
 * An MTU below 1280 ends the inet6_dev in the middle of DAD, with its DAD,
 * MLD and RS timers pending (none may fire afterwards) and its sysctls gone;
 * 1280 starts a fresh one from net.ipv6.conf.default that configures again.
 */
static void test_min_mtu(void)
{
	struct world *w = world_new(5);
	struct shell_opts o = { 0 };
	struct shell *sh = shell_new(w, &o);
	struct netns *net = rtnl_init_net(w);
	struct netdev *dev;
	int v = 0;

	shell_run_line(sh, "ip link add veth0 type veth peer name veth1");
	shell_run_line(sh, "sysctl -qw net.ipv6.conf.veth0.hop_limit=9; ip link set veth0 up; ip link set veth1 up");
	dev = netdev_get_by_name(net, "veth0");
	CHECK(addrs(net, "veth0").n == 1 && (addrs(net, "veth0").a[0].flags & 0x40));
	shell_run_line(sh, "ip link set veth0 mtu 1279");
	CHECK(dev->ip6_ptr == NULL);
	CHECK_EQ(addrs(net, "veth0").n, 0);
	CHECK_EQ(sysctl_ctl_read(net, "net/ipv6/conf/veth0/hop_limit", &v), -ENOENT);
	CHECK_EQ(sysctl_ctl_write(net, "net/ipv6/conf/all/disable_ipv6", 0), 0);
	shell_run_world(sh, 10000000000ULL);
	CHECK_EQ(rtnl_addr6_add(net, dev->ifindex, (const uint8_t[16]){ 0x20, 0x01, [15] = 1 }, 64, IFA6_F_NODAD,
				false, &(const char *){ NULL }), -EINVAL);
	shell_run_line(sh, "ip link set veth0 mtu 1280");
	CHECK(dev->ip6_ptr != NULL);
	CHECK_EQ(sysctl_ctl_read(net, "net/ipv6/conf/veth0/hop_limit", &v), 0);
	CHECK_EQ(v, 64);
	CHECK(addrs(net, "veth0").n == 1 && (addrs(net, "veth0").a[0].flags & 0x40));
	shell_run_world(sh, 13000000000ULL);
	CHECK(!(addrs(net, "veth0").a[0].flags & 0x40));
	/* lo keeps its inet6_dev, and loses ::1. */
	shell_run_line(sh, "ip link set lo mtu 1000");
	CHECK(netdev_get_by_name(net, "lo")->ip6_ptr != NULL);
	CHECK_EQ(addrs(net, "lo").n, 0);
	shell_free(sh);
	world_free(w);
}

/* A shell whose output is kept, on a world with a given seed. */
struct env {
	struct world *w;
	struct shell *sh;
	struct netns *net;
	FILE *out;
	char *obuf;
	size_t olen;
};

static void env_open(struct env *e, uint64_t seed)
{
	struct shell_opts o = { 0 };

	e->out = open_memstream(&e->obuf, &e->olen);
	o.out = e->out;
	o.err = e->out;
	e->w = world_new(seed);
	e->sh = shell_new(e->w, &o);
	e->net = rtnl_init_net(e->w);
}

static void env_close(struct env *e)
{
	shell_free(e->sh);
	world_free(e->w);
	fclose(e->out);
	free(e->obuf);
}

static const char *env_output(struct env *e)
{
	fflush(e->out);
	return e->obuf ? e->obuf : "";
}

static void addr6(uint8_t *a, const char *text)
{
	CHECK(ip_get_ipv6(a, text) == 0);
}

static struct inet6_ifaddr *lladdr_of(struct env *e, const char *dev)
{
	struct netdev *d = netdev_get_by_name(e->net, dev);

	return d && !vl_list_empty(&d->ip6_ptr->addrs)
		       ? vl_list_entry(d->ip6_ptr->addrs.next, struct inet6_ifaddr, node)
		       : NULL;
}

/*
 * Two ends with one MAC probe for the same link-local address at once: the
 * end that hears the other's probe while still tentative loses, whatever the
 * seed, and exactly one keeps a usable address.
 */
static void test_dad_race(void)
{
	for (uint64_t seed = 1; seed <= 6; seed++) {
		struct env e;
		struct inet6_ifaddr *a, *b;

		env_open(&e, seed);
		shell_run_line(e.sh, "ip link add d0 address 02:00:00:00:00:0c type veth peer name d1 address 02:00:00:00:00:0c");
		shell_run_line(e.sh, "ip link set d0 up; ip link set d1 up; sleep 3");
		a = lladdr_of(&e, "d0");
		b = lladdr_of(&e, "d1");
		CHECK(a && b);
		if (a && b) {
			CHECK_EQ(!!(a->flags & IFA6_F_DADFAILED) + !!(b->flags & IFA6_F_DADFAILED), 1);
			CHECK(((a->flags | b->flags) & IFA6_F_TENTATIVE) != 0);
			CHECK(ipv6_chk_addr(e.net, a->addr, NULL));
		}
		env_close(&e);
	}
}

/* A neighbour that never answers: three solicitations a second apart, then FAILED and an error per packet. */
static void test_nud_failure(void)
{
	struct env e;
	struct netdev *d;
	struct neighbour *n;
	uint8_t target[16];
	uint64_t tx;

	env_open(&e, 7);
	shell_run_line(e.sh, "sysctl -qw net.ipv6.conf.default.router_solicitations=0");
	shell_run_line(e.sh, "ip link add veth0 type veth peer name veth1; ip link set veth0 up; ip link set veth1 up; sleep 3");
	d = netdev_get_by_name(e.net, "veth0");
	tx = d->stats.tx_packets;
	shell_run_line(e.sh, "ping -c 2 fe80::99%veth0");
	CHECK_EQ(shell_status(e.sh), 1);
	CHECK(strstr(env_output(&e), "icmp_seq=1 Destination unreachable: Address unreachable") != NULL);
	CHECK(strstr(env_output(&e), "2 packets transmitted, 0 received, +2 errors") != NULL);
	CHECK_EQ(d->stats.tx_packets - tx, 3u);
	addr6(target, "fe80::99");
	n = neigh_lookup(&e.net->ipv6->nd_tbl, target, d);
	CHECK(n && n->nud_state == NUD_FAILED);
	env_close(&e);
}

/* Solicited advertisements confirm; an unsolicited one with another address only demotes. */
static void test_nd_weak_override(void)
{
	struct env e;
	struct netdev *d;
	struct neighbour *n;
	uint8_t key[16];
	static const uint8_t mac1[6] = { 2, 0, 0, 0, 0, 1 }, mac2[6] = { 2, 0, 0, 0, 0, 2 };

	env_open(&e, 8);
	shell_run_line(e.sh, "ip link add veth0 type veth peer name veth1");
	d = netdev_get_by_name(e.net, "veth0");
	addr6(key, "fe80::1");
	n = neigh_create(&e.net->ipv6->nd_tbl, key, d);
	CHECK(n != NULL);
	CHECK_EQ(neigh_update(n, mac1, NUD_REACHABLE, NEIGH_UPDATE_F_OVERRIDE), 0);
	CHECK_EQ(neigh_update(n, mac2, NUD_REACHABLE, NEIGH_UPDATE_F_WEAK_OVERRIDE), 0);
	CHECK(n->nud_state == NUD_STALE && !memcmp(n->ha, mac1, 6));
	CHECK_EQ(neigh_update(n, mac2, NUD_STALE, NEIGH_UPDATE_F_WEAK_OVERRIDE), 0);
	CHECK(n->nud_state == NUD_STALE && !memcmp(n->ha, mac1, 6));
	CHECK_EQ(neigh_update(n, mac2, NUD_REACHABLE, NEIGH_UPDATE_F_WEAK_OVERRIDE | NEIGH_UPDATE_F_OVERRIDE), 0);
	CHECK(n->nud_state == NUD_REACHABLE && !memcmp(n->ha, mac2, 6));
	env_close(&e);
}

/* Longest prefix first, then the device asked for; local addresses go through lo. */
static void test_route6_lookup(void)
{
	struct env e;
	struct flow6 fl = { 0 };
	struct rt6_result rt;
	uint8_t want[16];

	env_open(&e, 9);
	shell_run_line(e.sh, "ip link add veth0 type veth peer name veth1; ip link set veth0 up; ip link set veth1 up");
	shell_run_line(e.sh, "ip -6 addr add 2001:db8::1/64 dev veth0 nodad; ip -6 addr add 2001:db8:1::1/48 dev veth1 nodad");
	shell_run_line(e.sh, "sleep 3");
	addr6(fl.daddr, "2001:db8::5");
	CHECK(ip6_route_output(e.net, &fl, &rt) == 0 && rt.dev == netdev_get_by_name(e.net, "veth0"));
	addr6(want, "2001:db8::1");
	CHECK(!memcmp(rt.saddr, want, 16));
	addr6(fl.daddr, "2001:db8:1:2::5");
	CHECK(ip6_route_output(e.net, &fl, &rt) == 0 && rt.dev == netdev_get_by_name(e.net, "veth1"));
	fl.oif = rtnl_ifindex(e.net, "veth0");
	CHECK(ip6_route_output(e.net, &fl, &rt) == -ENETUNREACH);
	fl.oif = 0;
	addr6(fl.daddr, "2001:db8:1::1");
	CHECK(ip6_route_output(e.net, &fl, &rt) == 0 && rt.local && rt.dev == e.net->loopback_dev);
	CHECK_EQ(rt.orig_oif, rtnl_ifindex(e.net, "veth1"));
	CHECK(!memcmp(rt.saddr, fl.daddr, 16));
	/* A link-local destination takes the link-local source of its device. */
	addr6(fl.daddr, "fe80::99");
	fl.oif = rtnl_ifindex(e.net, "veth1");
	CHECK(ip6_route_output(e.net, &fl, &rt) == 0 && rt.dev == netdev_get_by_name(e.net, "veth1"));
	CHECK(ipv6_addr_linklocal(rt.saddr));
	shell_run_line(e.sh, "ip -6 addr del 2001:db8::1/64 dev veth0");
	addr6(fl.daddr, "2001:db8::5");
	fl.oif = 0;
	CHECK(ip6_route_output(e.net, &fl, &rt) == -ENETUNREACH);
	env_close(&e);
}

/*
 * Routes through rtnl_route6_*: a gateway must be on link, an add of the
 * same metric is refused, an append would make a multipath route (refused),
 * a prohibit route of a lower metric answers -EACCES until it is deleted;
 * a router holds the anycast route of its prefix while it forwards.
 */
static void test_route6_modify(void)
{
	const unsigned int add = RT6_NLF_CREATE | RT6_NLF_EXCL;
	struct rtnl_route6 r = { .plen = 64, .has_gw = true };
	const char *extack = NULL;
	struct flow6 fl = { 0 };
	struct rt6_result rt;
	uint8_t want[16];
	struct netdev *veth0;
	struct env e;

	env_open(&e, 5);
	shell_run_line(e.sh, "ip link add veth0 type veth peer name veth1; ip link set veth0 up; ip link set veth1 up");
	shell_run_line(e.sh, "ip -6 addr add 2001:db8::1/64 dev veth0 nodad; sleep 3");
	veth0 = netdev_get_by_name(e.net, "veth0");
	addr6(r.dst, "2001:db8:5::");
	addr6(r.gw, "2001:db8:9::2");
	CHECK_EQ(rtnl_route6_add(e.net, &r, add, &extack), -EHOSTUNREACH);
	addr6(r.gw, "2001:db8::2");
	CHECK_EQ(rtnl_route6_add(e.net, &r, add, &extack), 0);
	CHECK_EQ(rtnl_route6_add(e.net, &r, add, &extack), -EEXIST);
	addr6(r.gw, "2001:db8::3");
	CHECK_EQ(rtnl_route6_add(e.net, &r, RT6_NLF_CREATE | RT6_NLF_APPEND, &extack), -EOPNOTSUPP);
	addr6(fl.daddr, "2001:db8:5::7");
	CHECK(ip6_route_output(e.net, &fl, &rt) == 0 && rt.dev == veth0);
	addr6(want, "2001:db8::2");
	CHECK(!memcmp(rt.nexthop, want, 16));
	r = (struct rtnl_route6){ .plen = 64, .type = RTN_PROHIBIT, .metric = 10 };
	addr6(r.dst, "2001:db8:5::");
	CHECK_EQ(rtnl_route6_add(e.net, &r, add, &extack), 0);
	CHECK_EQ(ip6_route_output(e.net, &fl, &rt), -EACCES);
	CHECK_EQ(rtnl_route6_del(e.net, &r, &extack), 0);
	CHECK_EQ(rtnl_route6_del(e.net, &r, &extack), -ESRCH);
	CHECK(ip6_route_output(e.net, &fl, &rt) == 0 && rt.dev == veth0);
	addr6(want, "2001:db8::");
	CHECK(rt6_find_dev(veth0, want, 128, RTN_ANYCAST) == NULL);
	shell_run_line(e.sh, "sysctl -qw net.ipv6.conf.all.forwarding=1");
	CHECK(rt6_find_dev(veth0, want, 128, RTN_ANYCAST) != NULL);
	CHECK(ipv6_chk_mcast_addr(veth0, (const uint8_t[16]){ 0xff, 0x02, [15] = 2 }));
	shell_run_line(e.sh, "sysctl -qw net.ipv6.conf.veth0.forwarding=0");
	CHECK(rt6_find_dev(veth0, want, 128, RTN_ANYCAST) == NULL);
	CHECK(!ipv6_chk_mcast_addr(veth0, (const uint8_t[16]){ 0xff, 0x02, [15] = 2 }));
	env_close(&e);
}

/* A ping left running when its namespace goes, and a run repeated with the same seed. */
static void test_ping6_lifecycle(void)
{
	char *first = NULL;

	for (int round = 0; round < 2; round++) {
		struct env e;

		env_open(&e, 11);
		shell_run_line(e.sh, "ip netns add a; ip link add veth0 address 02:00:00:00:00:01 type veth peer name veth1 netns a");
		shell_run_line(e.sh, "ip link set veth0 up; ip -n a link set veth1 up; sleep 3");
		shell_run_line(e.sh, "tcpdump -n -v -c 6 -i veth0 &");
		shell_run_line(e.sh, "ip netns exec a ping -c 3 -i 0.5 fe80::ff:fe00:1%veth1 > /dev/null; wait");
		shell_run_line(e.sh, "ip -6 neigh; ip -n a -6 neigh; ip netns exec a ping fe80::1%veth1 > /dev/null &");
		shell_run_line(e.sh, "sleep 1; ip netns del a; wait");
		if (round == 0)
			first = strdup(env_output(&e));
		else
			CHECK(first && !strcmp(first, env_output(&e)));
		CHECK(strstr(env_output(&e), "(flowlabel 0x") != NULL);
		CHECK(strstr(env_output(&e), "ICMP6, echo reply, id ") != NULL);
		env_close(&e);
	}
	free(first);
}

/* ipv6_addr_prefix keeps exactly the first plen bits, for every length, as a byte-by-byte mask does. */
static void test_addr_prefix(void)
{
	uint8_t a[16], got[16], want[16];
	int bad = 0;

	for (int round = 0; round < 64; round++) {
		for (int i = 0; i < 16; i++)
			a[i] = (uint8_t)(round & 1 ? 0xff : rand());
		for (int plen = 0; plen <= 128; plen++) {
			for (int i = 0; i < 16; i++) {
				int bits = plen - 8 * i;

				want[i] = bits >= 8 ? a[i] : bits <= 0 ? 0 : (uint8_t)(a[i] & (0xff00 >> bits));
			}
			ipv6_addr_prefix(got, a, plen);
			bad |= memcmp(got, want, 16) != 0;
		}
	}
	CHECK(!bad);
}

int main(void)
{
	static const struct vl_test tests[] = {
		{ "linklocal_and_dad", test_linklocal_and_dad },
		{ "addr_prefix", test_addr_prefix },
		{ "dad_race", test_dad_race },
		{ "nud_failure", test_nud_failure },
		{ "nd_weak_override", test_nd_weak_override },
		{ "route6_lookup", test_route6_lookup },
		{ "min_mtu", test_min_mtu },
		{ "route6_modify", test_route6_modify },
		{ "ping6_lifecycle", test_ping6_lifecycle },
		{ NULL, NULL },
	};

	return harness_run(tests);
}

/* test_net.c: namespaces, veth semantics, addresses and sysctl rules through the rtnl API. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "boot.h"
#include "core/netdev.h"
#include "core/netns.h"
#include "core/world.h"
#include "ctl/rtnl.h"
#include "ctl/sysctl_ctl.h"
#include "harness.h"
#include "uapi/veth.h"

/* ip link add NAME type veth peer name PEER [netns PNET] */
static int add_pair(struct netns *net, const char *name, const char *peer, struct netns *pnet)
{
	struct veth_info info = { .has_peer = true,
				  .peer = { .mask = LA_NAME, .name = peer, .net = pnet } };
	struct link_req req = { .a = { .mask = LA_NAME, .name = name }, .data = &info };
	const char *extack = NULL;

	return rtnl_link_add(net, "veth", &req, false, &extack);
}

static struct rtnl_link get(struct netns *net, const char *name)
{
	struct rtnl_link l = { 0 };

	CHECK_EQ(rtnl_link_get(net, 0, name, &l), 0);
	return l;
}

static void set_up(struct netns *net, const char *name, int up)
{
	struct link_attrs a = { .ifi_flags = up ? IFF_UP : 0, .ifi_change = IFF_UP };
	const char *extack = NULL;

	CHECK_EQ(rtnl_link_change(net, rtnl_ifindex(net, name), NULL, &a, &extack), 0);
}

static int sysread(struct netns *net, const char *path)
{
	int v = -12345;

	CHECK_EQ(sysctl_ctl_read(net, path, &v), 0);
	return v;
}

static void test_boot_state(void)
{
	struct world *w = world_new(1);
	struct netns *net = rtnl_init_net(w);
	struct rtnl_link lo = get(net, "lo");
	struct in_ifaddr *ifa = inet_lookup_local(net, 0x7f000001u);

	CHECK_EQ(lo.ifindex, 1);
	CHECK(lo.flags & IFF_UP);
	CHECK_EQ(lo.operstate, IF_OPER_UNKNOWN);
	CHECK(ifa != NULL);
	CHECK_EQ(ifa->prefixlen, 8);
	CHECK_EQ(ifa->scope, RT_SCOPE_HOST);
	CHECK_EQ(rtnl_netns_add(w, "a"), 0);
	lo = get(rtnl_netns_get(w, "a"), "lo");
	CHECK(!(lo.flags & IFF_UP));
	CHECK(inet_lookup_local(rtnl_netns_get(w, "a"), 0x7f000001u) == NULL);
	world_free(w);
}

static void test_veth_ifindex_and_names(void)
{
	struct world *w = world_new(1);
	struct netns *net = rtnl_init_net(w);
	struct link_req anon = { .data = NULL };
	const char *extack = NULL;

	CHECK_EQ(add_pair(net, "veth0", "veth1", NULL), 0);
	CHECK_EQ(get(net, "veth1").ifindex, 2); /* the peer registers first */
	CHECK_EQ(get(net, "veth0").ifindex, 3);
	CHECK_EQ(get(net, "veth0").link, 2);
	CHECK_EQ(rtnl_link_add(net, "veth", &anon, false, &extack), 0);
	CHECK_EQ(get(net, "veth2").ifindex, 4);
	CHECK_EQ(get(net, "veth3").ifindex, 5);
	CHECK_EQ(get(net, "veth3").link, 4);
	/* Deleting frees names but ifindexes go on cyclically. */
	CHECK_EQ(rtnl_link_del(net, 4, &extack), 0);
	CHECK_EQ(rtnl_ifindex(net, "veth3"), 0);
	CHECK_EQ(rtnl_link_add(net, "veth", &anon, false, &extack), 0);
	CHECK_EQ(get(net, "veth2").ifindex, 6);
	world_free(w);
}

static void test_veth_carrier(void)
{
	struct world *w = world_new(1);
	struct netns *net = rtnl_init_net(w);
	struct rtnl_link a;

	add_pair(net, "veth0", "veth1", NULL);
	CHECK_EQ(get(net, "veth0").operstate, IF_OPER_DOWN);
	CHECK_STR(get(net, "veth0").qdisc, "noop");
	set_up(net, "veth0", 1);
	a = get(net, "veth0");
	CHECK_EQ(a.operstate, IF_OPER_LOWERLAYERDOWN);
	CHECK(!(a.flags & IFF_RUNNING));
	CHECK(!(a.flags & IFF_LOWER_UP));
	CHECK_STR(a.qdisc, "noqueue");
	set_up(net, "veth1", 1);
	a = get(net, "veth0");
	CHECK_EQ(a.operstate, IF_OPER_UP);
	CHECK(a.flags & IFF_RUNNING);
	CHECK(a.flags & IFF_LOWER_UP);
	CHECK_EQ(get(net, "veth1").operstate, IF_OPER_UP);
	set_up(net, "veth1", 0);
	CHECK_EQ(get(net, "veth0").operstate, IF_OPER_LOWERLAYERDOWN);
	CHECK_EQ(get(net, "veth1").operstate, IF_OPER_DOWN);
	CHECK_STR(get(net, "veth1").qdisc, "noqueue"); /* stays after the first open */
	world_free(w);
}

static void test_mac_random_local_unicast(void)
{
	struct world *w1 = world_new(5), *w2 = world_new(5), *w3 = world_new(6);
	struct rtnl_link a, b, c;

	add_pair(rtnl_init_net(w1), "v0", "v1", NULL);
	add_pair(rtnl_init_net(w2), "v0", "v1", NULL);
	add_pair(rtnl_init_net(w3), "v0", "v1", NULL);
	a = get(rtnl_init_net(w1), "v0");
	b = get(rtnl_init_net(w2), "v0");
	c = get(rtnl_init_net(w3), "v0");
	CHECK(memcmp(a.addr, b.addr, 6) == 0);
	CHECK(memcmp(a.addr, c.addr, 6) != 0);
	CHECK((a.addr[0] & 0x03) == 0x02);
	CHECK(memcmp(a.addr, get(rtnl_init_net(w1), "v1").addr, 6) != 0);
	world_free(w1);
	world_free(w2);
	world_free(w3);
}

static void test_failed_add_changes_nothing(void)
{
	struct world *w = world_new(1);
	struct netns *net = rtnl_init_net(w);

	add_pair(net, "veth0", "veth1", NULL);
	CHECK_EQ(add_pair(net, "veth2", "veth1", NULL), -EEXIST);
	CHECK_EQ(add_pair(net, "veth0", "veth9", NULL), -EEXIST);
	CHECK_EQ(net->dev_count, 3u);
	CHECK_EQ(rtnl_ifindex(net, "veth9"), 0);
	CHECK_EQ(add_pair(net, "veth2", "veth3", NULL), 0);
	CHECK_EQ(get(net, "veth3").ifindex, 4); /* no index was consumed by the failures */
	/* One name for both ends: the peer registers (taking index 6) before the device fails. */
	CHECK_EQ(add_pair(net, "x", "x", NULL), -EEXIST);
	CHECK_EQ(net->dev_count, 5u);
	CHECK_EQ(add_pair(net, "veth4", "veth5", NULL), 0);
	CHECK_EQ(get(net, "veth5").ifindex, 7);
	world_free(w);
}

static void test_failed_set_changes_nothing(void)
{
	struct world *w = world_new(1);
	struct netns *net = rtnl_init_net(w);
	/* do_setlink's order: the MTU fails before the name, the flags and the queue length. */
	struct link_attrs ch = { .mask = LA_MTU | LA_NAME | LA_TXQLEN, .mtu = 70000, .name = "other",
				 .txqlen = 5, .ifi_flags = IFF_UP, .ifi_change = IFF_UP };
	const char *extack = NULL;

	add_pair(net, "veth0", "veth1", NULL);
	CHECK_EQ(rtnl_link_change(net, 3, NULL, &ch, &extack), -EINVAL);
	CHECK_STR(extack, "mtu greater than device maximum");
	CHECK_EQ(get(net, "veth0").mtu, 1500);
	CHECK_EQ(get(net, "veth0").txqlen, 1000u);
	CHECK(!(get(net, "veth0").flags & IFF_UP));
	CHECK_EQ(rtnl_ifindex(net, "other"), 0);
	world_free(w);
}

static void test_netns_move_and_delete(void)
{
	struct world *w = world_new(1);
	struct netns *root = rtnl_init_net(w), *a, *b;
	struct link_attrs ch = { .mask = 0 };
	const char *extack = NULL;
	struct ifa_req ifr = { .local = 0x0a000001, .address = 0x0a000001, .prefixlen = 24, .scope = -1 };

	CHECK_EQ(rtnl_netns_add(w, "a"), 0);
	CHECK_EQ(rtnl_netns_add(w, "b"), 0);
	a = rtnl_netns_get(w, "a");
	b = rtnl_netns_get(w, "b");
	add_pair(root, "veth0", "veth1", NULL);
	CHECK_EQ(rtnl_addr_add(root, 2, &ifr, &extack), 0);
	set_up(root, "veth1", 1);
	ch.net = a;
	CHECK_EQ(rtnl_link_change(root, 2, NULL, &ch, &extack), 0);
	CHECK_EQ(get(a, "veth1").ifindex, 2);     /* free there, so kept */
	CHECK(!(get(a, "veth1").flags & IFF_UP)); /* moved devices go down */
	CHECK(inet_lookup_local(root, 0x0a000001) == NULL);
	CHECK(inet_lookup_local(a, 0x0a000001) == NULL); /* and lose their addresses */
	CHECK_EQ(get(root, "veth0").link_netnsid, 0);
	CHECK_EQ(get(a, "veth1").link_netnsid, 0);
	CHECK_EQ(rtnl_nsid_get(root, a), 0);
	/* A second pair, then a move whose index is still free in b. */
	add_pair(root, "v2", "v3", b);
	CHECK_EQ(get(b, "v3").ifindex, 2);
	ch.net = b;
	CHECK_EQ(rtnl_link_change(root, rtnl_ifindex(root, "veth0"), NULL, &ch, &extack), 0);
	CHECK_EQ(get(b, "veth0").ifindex, 3);
	CHECK_EQ(rtnl_nsid_get(root, b), 1);
	/* Deleting a takes veth1's peer (now in b) with it. */
	CHECK_EQ(rtnl_netns_del(w, "a"), 0);
	CHECK_EQ(rtnl_ifindex(b, "veth0"), 0);
	CHECK_EQ(rtnl_ifindex(b, "v3"), 2);
	CHECK_EQ(rtnl_netns_del(w, "a"), -ENOENT);
	/* The id root held for a is free again, lowest first. */
	add_pair(root, "v4", "v5", NULL);
	CHECK_EQ(rtnl_netns_add(w, "c"), 0);
	ch.net = rtnl_netns_get(w, "c");
	CHECK_EQ(rtnl_link_change(root, rtnl_ifindex(root, "v5"), NULL, &ch, &extack), 0);
	CHECK_EQ(rtnl_nsid_get(root, rtnl_netns_get(w, "c")), 0);
	world_free(w);
}

static int count_name(const char *name, void *arg)
{
	(void)name;
	(*(int *)arg)++;
	return 0;
}

/*
 * Alternative names share the name table with names: lookups find them,
 * clashes are EEXIST both ways, a move takes them along, a deletion frees
 * them, and a device holds at most 496 (the property list's size).
 */
static void test_altnames(void)
{
	struct world *w = world_new(1);
	struct netns *root = rtnl_init_net(w), *a;
	struct link_attrs ch = { .mask = 0 };
	const char *extack = NULL;
	char *names[] = { "alt0", "alt1", "veth1" };
	char buf[16];
	int ifindex, n = 0;

	CHECK_EQ(rtnl_netns_add(w, "a"), 0);
	a = rtnl_netns_get(w, "a");
	CHECK_EQ(add_pair(root, "veth0", "veth1", NULL), 0);
	ifindex = rtnl_ifindex(root, "veth0");
	/* The third name is taken: the two before it stay. */
	CHECK_EQ(rtnl_link_prop(root, ifindex, true, names, 3, &extack), -EEXIST);
	CHECK_EQ(rtnl_ifindex(root, "alt1"), ifindex);
	CHECK_EQ(add_pair(root, "alt0", "x0", NULL), -EEXIST);
	CHECK_EQ(rtnl_link_altnames(root, ifindex, count_name, &n), 0);
	CHECK_EQ(n, 2);
	/* Only another device's or the own name: EINVAL; unknown: ENOENT. */
	CHECK_EQ(rtnl_link_prop(root, ifindex, false, names + 2, 1, &extack), -EINVAL);
	names[2] = "nosuch";
	CHECK_EQ(rtnl_link_prop(root, ifindex, false, names + 2, 1, &extack), -ENOENT);
	CHECK_EQ(rtnl_link_prop(root, ifindex, false, names + 1, 1, &extack), 0);
	CHECK_EQ(rtnl_ifindex(root, "alt1"), 0);
	/* A move takes alt0 along; a namespace holding alt0 refuses the move. */
	ch.net = a;
	CHECK_EQ(rtnl_link_change(root, ifindex, NULL, &ch, &extack), 0);
	CHECK_EQ(rtnl_ifindex(root, "alt0"), 0);
	CHECK_EQ(rtnl_ifindex(a, "alt0"), rtnl_ifindex(a, "veth0"));
	CHECK_EQ(add_pair(root, "alt0", "x1", NULL), 0);
	ch.net = root;
	CHECK_EQ(rtnl_link_change(a, rtnl_ifindex(a, "veth0"), NULL, &ch, &extack), -EEXIST);
	CHECK(strstr(extack, "altname alt0") != NULL);
	/* The limit, then the deletion of a device with its names. */
	for (int i = 0; i < 497; i++) {
		char *one[] = { buf };

		snprintf(buf, sizeof(buf), "n%d", i);
		CHECK_EQ(rtnl_link_prop(root, rtnl_ifindex(root, "x1"), true, one, 1, &extack),
			 i < 496 ? 0 : -EINVAL);
	}
	CHECK_EQ(rtnl_link_del(root, rtnl_ifindex(root, "n7"), &extack), 0);
	CHECK_EQ(rtnl_ifindex(root, "n7"), 0);
	CHECK_EQ(rtnl_ifindex(root, "alt0"), 0);
	world_free(w);
}

static void test_sysctl_rules(void)
{
	struct world *w = world_new(1);
	struct netns *root = rtnl_init_net(w), *a;

	add_pair(root, "veth0", "veth1", NULL);
	CHECK_EQ(sysctl_ctl_write(root, "net/ipv4/conf/veth0/arp_ignore", 2), 0);
	CHECK_EQ(sysctl_ctl_write(root, "net/ipv4/conf/default/arp_ignore", 1), 0);
	CHECK_EQ(sysread(root, "net/ipv4/conf/veth0/arp_ignore"), 2); /* written: keeps its own */
	CHECK_EQ(sysread(root, "net/ipv4/conf/veth1/arp_ignore"), 1); /* follows default */
	CHECK_EQ(sysread(root, "net/ipv4/conf/lo/arp_ignore"), 0);    /* lo stopped when it came up */
	CHECK_EQ(sysctl_ctl_write(root, "net/ipv4/ip_forward", 1), 0);
	CHECK_EQ(sysread(root, "net/ipv4/conf/veth1/forwarding"), 1);
	CHECK_EQ(sysread(root, "net/ipv4/conf/default/forwarding"), 1);
	CHECK_EQ(sysctl_ctl_write(root, "net/ipv4/conf/all/rp_filter", 2), 0);
	CHECK_EQ(sysctl_ctl_write(root, "net/ipv6/conf/all/disable_ipv6", 1), 0);
	CHECK_EQ(sysread(root, "net/ipv6/conf/veth0/disable_ipv6"), 1);
	CHECK_EQ(sysctl_ctl_write(root, "net/ipv4/conf/nosuch/rp_filter", 1), -ENOENT);
	CHECK_EQ(sysctl_ctl_read(root, "net/ipv4/conf", &(int){ 0 }), -EISDIR);
	/* devconf_inherit_init_net=0: IPv4 copies init_net's all/default, IPv6 resets. */
	CHECK_EQ(rtnl_netns_add(w, "a"), 0);
	a = rtnl_netns_get(w, "a");
	CHECK_EQ(sysread(a, "net/ipv4/conf/all/rp_filter"), 2);
	CHECK_EQ(sysread(a, "net/ipv4/conf/default/arp_ignore"), 1);
	CHECK_EQ(sysread(a, "net/ipv4/conf/lo/arp_ignore"), 1);
	CHECK_EQ(sysread(a, "net/ipv4/ip_forward"), 1);
	CHECK_EQ(sysread(a, "net/ipv6/conf/all/disable_ipv6"), 0);
	CHECK_EQ(sysread(a, "net/ipv6/conf/lo/accept_dad"), -1);
	/* Shared until written (netns_sysctl_w): each namespace still sees only its own writes. */
	{
		struct netns *b, *c;

		CHECK_EQ(rtnl_netns_add(w, "b"), 0);
		b = rtnl_netns_get(w, "b");
		CHECK(a->sysctl == b->sysctl);
		CHECK_EQ(sysctl_ctl_write(b, "net/ipv4/icmp_ratelimit", 7), 0);
		CHECK(a->sysctl != b->sysctl);
		CHECK_EQ(sysread(b, "net/ipv4/icmp_ratelimit"), 7);
		CHECK_EQ(sysread(a, "net/ipv4/icmp_ratelimit"), 1000);
		CHECK_EQ(sysctl_ctl_write(a, "net/ipv6/conf/all/forwarding", 1), 0);
		CHECK_EQ(sysread(b, "net/ipv6/conf/all/forwarding"), 0);
		/* A write to init_net: namespaces made before keep their copy, those after take it. */
		CHECK_EQ(sysctl_ctl_write(root, "net/ipv4/conf/all/rp_filter", 1), 0);
		CHECK_EQ(rtnl_netns_add(w, "c"), 0);
		c = rtnl_netns_get(w, "c");
		CHECK_EQ(sysread(c, "net/ipv4/conf/all/rp_filter"), 1);
		CHECK_EQ(sysread(b, "net/ipv4/conf/all/rp_filter"), 2);
		CHECK_EQ(sysread(root, "net/ipv4/icmp_ratelimit"), 1000);
		CHECK_EQ(rtnl_netns_del(w, "b"), 0);
		CHECK_EQ(sysread(a, "net/ipv4/conf/all/rp_filter"), 2);
	}
	world_free(w);
}

struct addr_seen {
	uint32_t local[8];
	uint32_t flags[8];
	int n;
};

static int see(const struct rtnl_addr *a, void *arg)
{
	struct addr_seen *s = arg;

	s->local[s->n] = a->local;
	s->flags[s->n++] = a->flags;
	return 0;
}

static void add4(struct netns *net, int ifindex, uint32_t a, int plen, int *err)
{
	struct ifa_req r = { .local = a, .address = a, .prefixlen = (uint8_t)plen, .scope = -1 };
	const char *extack = NULL;

	*err = rtnl_addr_add(net, ifindex, &r, &extack);
}

static void test_primary_secondary(void)
{
	struct world *w = world_new(1);
	struct netns *net = rtnl_init_net(w);
	struct addr_seen s = { 0 };
	const char *extack = NULL;
	int err;
	const struct ifa_del_req del_b = { .has_local = true, .local = 0xc0a8020b, .has_address = true,
					   .address = 0xc0a8020b, .prefixlen = 24 };

	add_pair(net, "veth0", "veth1", NULL);
	add4(net, 3, 0xc0a8020b, 24, &err); /* 192.168.2.11/24 */
	add4(net, 3, 0xc0a8020c, 24, &err); /* .12: secondary, appended */
	add4(net, 3, 0x0a000001, 8, &err);  /* 10.0.0.1/8: primary, after the last primary */
	add4(net, 3, 0xc0a8020c, 24, &err);
	CHECK_EQ(err, -EEXIST);
	rtnl_addr_dump(net, 3, see, &s);
	CHECK_EQ(s.n, 3);
	CHECK_EQ(s.local[0], 0xc0a8020bu);
	CHECK_EQ(s.local[1], 0x0a000001u);
	CHECK_EQ(s.local[2], 0xc0a8020cu);
	CHECK(s.flags[2] & IFA_F_SECONDARY);
	/* Deleting the primary takes its secondary too (promote_secondaries=0). */
	CHECK_EQ(rtnl_addr_del(net, 3, &del_b, &extack), 0);
	CHECK(inet_lookup_local(net, 0xc0a8020c) == NULL);
	CHECK_EQ(rtnl_addr_del(net, 3, &del_b, &extack), -EADDRNOTAVAIL);
	CHECK_STR(extack, "ipv4: Address not found");
	/* With promote_secondaries the secondary becomes primary instead. */
	CHECK_EQ(sysctl_ctl_write(net, "net/ipv4/conf/veth0/promote_secondaries", 1), 0);
	add4(net, 3, 0xc0a8020b, 24, &err);
	add4(net, 3, 0xc0a8020c, 24, &err);
	CHECK_EQ(rtnl_addr_del(net, 3, &del_b, &extack), 0);
	s.n = 0;
	rtnl_addr_dump(net, 3, see, &s);
	CHECK_EQ(s.n, 2);
	CHECK(!(s.flags[1] & IFA_F_SECONDARY));
	world_free(w);
}

static void test_ifconfig_ioctls(void)
{
	struct world *w = world_new(1);
	struct netns *net = rtnl_init_net(w);
	struct in_ifaddr *ifa;

	add_pair(net, "veth0", "veth1", NULL);
	CHECK_EQ(rtnl_ioctl_addr(net, 3, NULL, RTNL_IOCTL_ADDR, 0x0a000001), 0);
	ifa = inet_lookup_local(net, 0x0a000001);
	CHECK(ifa && ifa->prefixlen == 8 && ifa->broadcast == 0x0affffffu);
	CHECK_EQ(rtnl_ioctl_addr(net, 3, NULL, RTNL_IOCTL_NETMASK, 0xffff0000u), 0);
	ifa = inet_lookup_local(net, 0x0a000001);
	CHECK(ifa && ifa->prefixlen == 16 && ifa->broadcast == 0x0a00ffffu);
	CHECK_EQ(rtnl_ioctl_addr(net, 3, NULL, RTNL_IOCTL_ADDR, 0xe0000001u), -EINVAL); /* class D */
	CHECK_EQ(rtnl_ioctl_addr(net, 3, NULL, RTNL_IOCTL_ADDR, 0xc0a80801u), 0);
	CHECK(inet_lookup_local(net, 0x0a000001) == NULL); /* replaced, not added */
	CHECK_EQ(rtnl_ioctl_addr(net, 3, NULL, RTNL_IOCTL_NETMASK, 0xff00ff00u), -EINVAL);
	/* An alias is its own address, labelled with the name given. */
	CHECK_EQ(rtnl_ioctl_addr(net, 3, "veth0:1", RTNL_IOCTL_ADDR, 0x0b000001), 0);
	ifa = inet_lookup_local(net, 0x0b000001);
	CHECK(ifa && !strcmp(ifa->label, "veth0:1") && inet_lookup_local(net, 0xc0a80801u));
	CHECK_EQ(rtnl_ioctl_addr(net, 3, "veth0:1", RTNL_IOCTL_ALIAS_FLAGS, IFF_UP), 0);
	CHECK(inet_lookup_local(net, 0x0b000001) != NULL);
	CHECK_EQ(rtnl_ioctl_addr(net, 3, "veth0:1", RTNL_IOCTL_ALIAS_FLAGS, IFF_BROADCAST), 0);
	CHECK(inet_lookup_local(net, 0x0b000001) == NULL);
	CHECK_EQ(rtnl_ioctl_addr(net, 3, "veth0:1", RTNL_IOCTL_ALIAS_FLAGS, IFF_UP), -EADDRNOTAVAIL);
	/* 0.0.0.0 only removes. */
	CHECK_EQ(rtnl_ioctl_addr(net, 3, NULL, RTNL_IOCTL_ADDR, 0), 0);
	CHECK(inet_lookup_local(net, 0xc0a80801u) == NULL && inet_lookup_local(net, 0) == NULL);
	world_free(w);
}

int main(void)
{
	static const struct vl_test tests[] = {
		{ "boot_state", test_boot_state },
		{ "veth_ifindex_and_names", test_veth_ifindex_and_names },
		{ "veth_carrier", test_veth_carrier },
		{ "mac_random_local_unicast", test_mac_random_local_unicast },
		{ "failed_add_changes_nothing", test_failed_add_changes_nothing },
		{ "failed_set_changes_nothing", test_failed_set_changes_nothing },
		{ "netns_move_and_delete", test_netns_move_and_delete },
		{ "altnames", test_altnames },
		{ "sysctl_rules", test_sysctl_rules },
		{ "primary_secondary", test_primary_secondary },
		{ "ifconfig_ioctls", test_ifconfig_ioctls },
		{ NULL, NULL },
	};

	return harness_run(tests);
}

/* test_route.c: routing tables, policy rules and the ip route / ip rule selectors. */
#include <errno.h>
#include <stdlib.h>

#include "boot.h"
#include "core/netdev.h"
#include "core/netns.h"
#include "core/world.h"
#include "ctl/rtnl.h"
#include "ctl/rtnl_route.h"
#include "net/fib_rules.h"
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
	shell_run_line(e->sh, "sysctl -qw net.ipv6.conf.all.disable_ipv6=1 "
			      "net.ipv6.conf.default.disable_ipv6=1");
	shell_run_line(e->sh, "ip link add veth0 type veth peer name veth1");
	shell_run_line(e->sh, "ip addr add 10.1.1.1/24 dev veth0; ip addr add 10.2.2.1/24 dev veth1");
	shell_run_line(e->sh, "ip link set veth0 up; ip link set veth1 up");
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

/* Runs line and returns what it printed on standard output (valid until the next call). */
static const char *run(struct env *e, const char *line)
{
	fflush(e->out);
	rewind(e->out);
	e->obuf[0] = 0;
	shell_run_line(e->sh, line);
	fflush(e->out);
	/* A memstream keeps what an earlier, longer output left after the new one: cut there. */
	e->obuf[e->olen] = 0;
	return e->obuf;
}

static struct netns *init_net(struct env *e)
{
	return rtnl_init_net(e->w);
}

/* The route lookup a locally sent packet makes. */
static int lookup(struct env *e, uint32_t dst, uint32_t src, struct fib_result *res)
{
	struct netns *net = init_net(e);
	struct flow4 fl = { .daddr = dst, .saddr = src, .iif = net->loopback_dev->ifindex };

	return fib_lookup_flow(net, &fl, res);
}

struct table_order {
	uint32_t tables[16];
	int n;
};

static int note_table(const struct rtnl_route *r, void *arg)
{
	struct table_order *o = arg;

	if (!o->n || o->tables[o->n - 1] != r->table)
		o->tables[o->n++] = r->table;
	return 0;
}

/* fib_table_hash: 256 buckets by id, the newest table of a bucket first. */
static void test_table_dump_order(void)
{
	static const uint32_t want[] = { 356, 100, 200, 253, RT_TABLE_MAIN, 4294967295u, RT_TABLE_LOCAL };
	struct table_order o = { .n = 0 };
	struct env e;

	env_open(&e);
	run(&e, "ip route add 10.9.0.0/16 dev veth0 table 100; ip route add 10.9.0.0/16 dev veth0 table 356");
	run(&e, "ip route add 10.9.0.0/16 dev veth0 table 4294967295");
	run(&e, "ip route add 10.8.0.0/16 dev veth0 table 200");
	run(&e, "ip route add 10.7.0.0/16 dev veth0 table default");
	CHECK_EQ(rtnl_route_dump(init_net(&e), 0, note_table, &o), 0);
	CHECK_EQ(o.n, 7);
	for (int i = 0; i < o.n && i < 7; i++)
		CHECK_EQ(o.tables[i], want[i]);
	CHECK_EQ(rtnl_route_dump(init_net(&e), 77, note_table, &o), -ENOENT);
	env_close(&e);
}

/* A table is made by the add that names it, even when the route is refused. */
static void test_table_made_by_failed_add(void)
{
	struct env e;

	env_open(&e);
	CHECK(fib_get_table(init_net(&e), 55) == NULL);
	run(&e, "ip route add 10.6.0.0/16 via 10.99.0.1 table 55");
	CHECK_EQ(shell_status(e.sh), 2);
	CHECK(fib_get_table(init_net(&e), 55) != NULL);
	CHECK_STR(run(&e, "ip route show table 55; echo rc=$?"), "rc=0\n");
	env_close(&e);
}

/* Before any rule change local and main are one trie: a local hit counts as main's. */
static void test_merged_then_split(void)
{
	struct fib_result res;
	struct env e;

	env_open(&e);
	CHECK_EQ(lookup(&e, 0x0a010101, 0, &res), 0);
	CHECK_EQ(res.type, RTN_LOCAL);
	CHECK_EQ(res.table, (uint32_t)RT_TABLE_MAIN);
	/* The longest prefix wins across both tables (a rules lookup would stop at local's /8). */
	run(&e, "ip route add 127.0.0.5/32 dev veth0");
	CHECK_EQ(lookup(&e, 0x7f000005, 0, &res), 0);
	CHECK_EQ(res.type, RTN_UNICAST);
	run(&e, "ip rule add pref 5 lookup 5; ip rule del pref 5");
	CHECK(ipv4_net(init_net(&e))->custom_rules);
	CHECK_EQ(lookup(&e, 0x7f000005, 0, &res), 0);
	CHECK_EQ(res.type, RTN_LOCAL);
	CHECK_EQ(res.table, (uint32_t)RT_TABLE_LOCAL);
	CHECK_STR(run(&e, "ip route get 10.1.1.1"),
		  "local 10.1.1.1 dev lo table local src 10.1.1.1 uid 0 \n    cache <local> \n");
	env_close(&e);
}

/* fib_default_rule_pref: one less than the second rule's preference. */
static void test_rule_default_pref(void)
{
	struct env e;

	env_open(&e);
	run(&e, "ip rule add lookup 10; ip rule add lookup 11; ip rule add pref 3 lookup 12");
	run(&e, "ip rule add lookup 13");
	CHECK_STR(run(&e, "ip rule"), "0:\tfrom all lookup local\n2:\tfrom all lookup 13\n"
				      "3:\tfrom all lookup 12\n32764:\tfrom all lookup 11\n"
				      "32765:\tfrom all lookup 10\n32766:\tfrom all lookup main\n"
				      "32767:\tfrom all lookup default\n");
	env_close(&e);
}

/* rule_exists ignores "not" and a missing source; rule_find deletes the first match. */
static void test_rule_exists_and_find(void)
{
	struct env e;

	env_open(&e);
	run(&e, "ip rule add pref 5 from 1.1.1.1 lookup 5");
	run(&e, "ip rule add not pref 5 from 1.1.1.1 lookup 5");
	CHECK_EQ(shell_status(e.sh), 2);
	run(&e, "ip rule add pref 5 lookup 5");
	CHECK_EQ(shell_status(e.sh), 2);
	run(&e, "ip rule add pref 5 from 1.1.1.1 lookup 5 proto static; ip rule add pref 5 to 2.2.2.2 lookup 5");
	CHECK_EQ(shell_status(e.sh), 0);
	run(&e, "ip rule del pref 5 not");
	CHECK_STR(run(&e, "ip rule show pref 5"),
		  "5:\tfrom 1.1.1.1 lookup 5 proto static\n5:\tfrom all to 2.2.2.2 lookup 5\n");
	run(&e, "ip rule del pref 5 lookup 7");
	CHECK_EQ(shell_status(e.sh), 2);
	env_close(&e);
}

/* goto lands on the first rule of its target's preference; deleting that rule unresolves it. */
static void test_rule_goto(void)
{
	struct fib_result res;
	struct env e;

	env_open(&e);
	run(&e, "ip route add 10.50.0.0/16 dev veth1 table 50");
	run(&e, "ip rule add pref 10 goto 30; ip rule add pref 20 prohibit");
	CHECK_STR(run(&e, "ip rule show pref 10"), "10:\tfrom all goto 30 [unresolved]\n");
	CHECK_EQ(lookup(&e, 0x0a320101, 0, &res), -EACCES);
	run(&e, "ip rule add pref 30 lookup 50");
	CHECK_STR(run(&e, "ip rule show pref 10"), "10:\tfrom all goto 30\n");
	CHECK_EQ(lookup(&e, 0x0a320101, 0, &res), 0);
	CHECK_EQ(res.table, 50u);
	run(&e, "ip rule del pref 30");
	CHECK_STR(run(&e, "ip rule show pref 10"), "10:\tfrom all goto 30 [unresolved]\n");
	run(&e, "ip rule add pref 5 goto 5");
	CHECK_EQ(shell_status(e.sh), 2);
	env_close(&e);
}

/* Marks: only `ip route get ... mark` sets one, every packet has 0. */
static void test_rule_fwmark(void)
{
	struct netns *net;
	struct fib_result res;
	struct flow4 fl = { .daddr = 0x0a320101 };
	struct env e;

	env_open(&e);
	net = init_net(&e);
	run(&e, "ip route add 10.50.0.0/16 dev veth1 table 50; ip rule add fwmark 0x10/0xf0 lookup 50 pref 10");
	fl.iif = net->loopback_dev->ifindex;
	CHECK_EQ(fib_lookup_flow(net, &fl, &res), -ENETUNREACH);
	fl.mark = 0x1f;
	CHECK_EQ(fib_lookup_flow(net, &fl, &res), 0);
	CHECK_EQ(res.table, 50u);
	fl.mark = 0x20;
	CHECK_EQ(fib_lookup_flow(net, &fl, &res), -ENETUNREACH);
	env_close(&e);
}

/* Output lookups come from lo: iif lo rules see them, input ones do not. */
static void test_rule_iif_lo_and_suppress(void)
{
	struct fib_result res;
	struct env e;

	env_open(&e);
	run(&e, "ip route add default via 10.1.1.254; ip route add default via 10.2.2.254 table 7");
	run(&e, "ip rule add iif lo lookup 7 pref 10");
	CHECK_EQ(lookup(&e, 0x08080808, 0, &res), 0);
	CHECK_EQ(res.table, 7u);
	CHECK_EQ(res.route->gw, 0x0a0202feu);
	run(&e, "ip rule add lookup 7 suppress_prefixlength 0 pref 5");
	run(&e, "ip rule del pref 10; ip rule add lookup 7 suppress_prefixlength 0 pref 6");
	CHECK_EQ(lookup(&e, 0x08080808, 0, &res), 0);
	CHECK_EQ(res.table, (uint32_t)RT_TABLE_MAIN);
	env_close(&e);
}

/* Rules name devices: a rename or deletion detaches them, a device of that name attaches them. */
static void test_rule_detach(void)
{
	struct env e;

	env_open(&e);
	run(&e, "ip rule add iif veth0 oif nosuch lookup 5 pref 9");
	CHECK_STR(run(&e, "ip rule show pref 9"), "9:\tfrom all iif veth0 oif nosuch [detached] lookup 5\n");
	run(&e, "ip link set veth0 down; ip link set veth0 name vethX");
	CHECK_STR(run(&e, "ip rule show pref 9"),
		  "9:\tfrom all iif veth0 [detached] oif nosuch [detached] lookup 5\n");
	run(&e, "ip link add nosuch type veth peer name veth0");
	CHECK_STR(run(&e, "ip rule show pref 9"), "9:\tfrom all iif veth0 oif nosuch lookup 5\n");
	env_close(&e);
}

/* Rules and tables are a namespace's own. */
static void test_rules_per_namespace(void)
{
	struct env e;

	env_open(&e);
	run(&e, "ip netns add a; ip rule add pref 1 prohibit; ip -n a rule add pref 2 blackhole");
	CHECK_STR(run(&e, "ip -n a rule"), "0:\tfrom all lookup local\n2:\tfrom all blackhole\n"
					   "32766:\tfrom all lookup main\n32767:\tfrom all lookup default\n");
	CHECK(!ipv4_net(rtnl_netns_get(e.w, "a"))->custom_local_routes);
	run(&e, "ip -n a route add 10.0.0.0/8 dev lo table 9");
	CHECK(fib_get_table(init_net(&e), 9) == NULL);
	env_close(&e);
}

/* fib_table_insert's flags: prepend before, append after, replace the first, change and test. */
static void test_insert_flags(void)
{
	struct env e;

	env_open(&e);
	run(&e, "ip route add 10.30.0.0/16 via 10.1.1.2; ip route append 10.30.0.0/16 via 10.1.1.3");
	run(&e, "ip route prepend 10.30.0.0/16 via 10.1.1.4; ip route append 10.30.0.0/16 via 10.1.1.5 metric 3");
	CHECK_STR(run(&e, "ip route show 10.30.0.0/16"), "10.30.0.0/16 via 10.1.1.4 dev veth0 \n"
							 "10.30.0.0/16 via 10.1.1.2 dev veth0 \n"
							 "10.30.0.0/16 via 10.1.1.3 dev veth0 \n"
							 "10.30.0.0/16 via 10.1.1.5 dev veth0 metric 3 \n");
	run(&e, "ip route append 10.30.0.0/16 via 10.1.1.3");
	CHECK_EQ(shell_status(e.sh), 2);
	run(&e, "ip route replace 10.30.0.0/16 via 10.1.1.2");
	CHECK_EQ(shell_status(e.sh), 2);  /* the very route, but not the first: EEXIST */
	run(&e, "ip route change 10.30.0.0/16 via 10.1.1.7; ip route test 10.31.0.0/16 via 10.1.1.7");
	CHECK_EQ(shell_status(e.sh), 2);
	CHECK_STR(run(&e, "ip route show 10.30.0.0/16 metric 0"), "10.30.0.0/16 via 10.1.1.7 dev veth0 \n"
								  "10.30.0.0/16 via 10.1.1.2 dev veth0 \n"
								  "10.30.0.0/16 via 10.1.1.3 dev veth0 \n");
	run(&e, "ip route del 10.30.0.0/16 metric 0");
	CHECK_STR(run(&e, "ip route show 10.30.0.0/16 via 10.1.1.7"), "");
	env_close(&e);
}

/* The printer leaves out what a selector fixed. */
static void test_selectors_hide_fields(void)
{
	struct env e;

	env_open(&e);
	run(&e, "ip route add 10.3.0.0/16 via 10.1.1.2 metric 100");
	CHECK_STR(run(&e, "ip route show proto kernel dev veth0"), "10.1.1.0/24 scope link src 10.1.1.1 \n");
	CHECK_STR(run(&e, "ip route show via 10.1.1.2 metric 100"), "10.3.0.0/16 dev veth0 \n");
	CHECK_STR(run(&e, "ip route show src 10.2.2.1 scope link"), "10.2.2.0/24 dev veth1 proto kernel \n");
	CHECK_STR(run(&e, "ip route show root 10.0.0.0/8 match 10.3.3.3"),
		  "10.3.0.0/16 via 10.1.1.2 dev veth0 metric 100 \n");
	CHECK_STR(run(&e, "ip route show table local type broadcast dev veth1"),
		  "broadcast 10.2.2.255 proto kernel scope link src 10.2.2.1 \n");
	CHECK_STR(run(&e, "ip -s route flush proto boot"), "\n*** Round 1, deleting 1 entries ***\n"
							  "*** Flush is complete after 1 round ***\n");
	CHECK_STR(run(&e, "ip -s route flush proto boot"), "Nothing to flush.\n");
	env_close(&e);
}

int main(void)
{
	static const struct vl_test tests[] = {
		{ "table_dump_order", test_table_dump_order },
		{ "table_made_by_failed_add", test_table_made_by_failed_add },
		{ "merged_then_split", test_merged_then_split },
		{ "rule_default_pref", test_rule_default_pref },
		{ "rule_exists_and_find", test_rule_exists_and_find },
		{ "rule_goto", test_rule_goto },
		{ "rule_fwmark", test_rule_fwmark },
		{ "rule_iif_lo_and_suppress", test_rule_iif_lo_and_suppress },
		{ "rule_detach", test_rule_detach },
		{ "rules_per_namespace", test_rules_per_namespace },
		{ "insert_flags", test_insert_flags },
		{ "selectors_hide_fields", test_selectors_hide_fields },
		{ NULL, NULL },
	};

	return harness_run(tests);
}

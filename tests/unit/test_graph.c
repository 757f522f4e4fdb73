/*
 * test_graph.c: `graph`'s edges from a port to its master. No link kind
 * takes ports yet (ip link set DEV master M is refused), so the master link
 * is made in core, as a bridge's ndo_add_slave will make it, and the DOT
 * that graph prints is read back.
 */
#include <string.h>

#include "boot.h"
#include "core/netdev.h"
#include "core/netns.h"
#include "ctl/rtnl.h"
#include "drivers/drivers.h"
#include "harness.h"
#include "sh_run.h"

static struct netdev *dev_named(struct run *r, const char *ns, const char *name)
{
	struct netns *net = ns ? rtnl_netns_get(r->w, ns) : rtnl_init_net(r->w);

	return netdev_get_by_name(net, name);
}

/* The link dump names a port's master; its edge points there, solid while both are up, then dashed. */
static void test_master_edge(void)
{
	struct run r;
	struct rtnl_link l;

	run_open(&r);
	CHECK_EQ(dummy_init_module(r.w), 0);
	CHECK_EQ(run(&r, "ip netns add n; ip -n n link add m0 type dummy; ip -n n link add p0 type dummy; "
			"ip -n n link set m0 up; ip -n n link set p0 up"), 0);
	CHECK_EQ(netdev_master_upper_dev_link(dev_named(&r, "n", "p0"), dev_named(&r, "n", "m0")), 0);
	CHECK_EQ(rtnl_link_get(rtnl_netns_get(r.w, "n"), 0, "p0", &l), 0);
	CHECK_EQ(l.master, dev_named(&r, "n", "m0")->ifindex);
	CHECK_EQ(rtnl_link_get(rtnl_netns_get(r.w, "n"), 0, "m0", &l), 0);
	CHECK_EQ(l.master, 0);

	CHECK_EQ(run(&r, "graph"), 0);
	CHECK(strstr(r.out, "\"n/p0\" -- \"n/m0\"\t[dir=forward,\n\t\tlabel=master];") != NULL);
	CHECK(strstr(r.out, "\"n/m0\" -- ") == NULL);

	CHECK_EQ(run(&r, "ip -n n link set m0 down; graph"), 0);
	CHECK(strstr(r.out, "\"n/p0\" -- \"n/m0\"\t[dir=forward,\n\t\tlabel=master,\n\t\tstyle=dashed];") != NULL);
	run_close(&r);
}

int main(void)
{
	static const struct vl_test tests[] = {
		{ "master_edge", test_master_edge },
		{ NULL, NULL },
	};

	return harness_run(tests);
}

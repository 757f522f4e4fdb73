/* test_ipv6.c: addrconf: ::1, EUI-64 link-locals, DAD timing, down and disable_ipv6. */
#include <stdlib.h>
#include <string.h>

#include "core/world.h"
#include "ctl/rtnl.h"
#include "ctl/sysctl_ctl.h"
#include "net/addrconf.h"
#include "shell/shell.h"
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
	sysctl_ctl_write(net, "net/ipv6/conf/veth0/disable_ipv6", 1);
	CHECK_EQ(addrs(net, "veth0").n, 0);
	sysctl_ctl_write(net, "net/ipv6/conf/veth0/disable_ipv6", 0);
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

int main(void)
{
	static const struct vl_test tests[] = {
		{ "linklocal_and_dad", test_linklocal_and_dad },
		{ NULL, NULL },
	};

	return harness_run(tests);
}

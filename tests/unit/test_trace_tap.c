/* test_trace_tap.c: a tap hears every step, even once the why-log is full, and costs nothing once removed. */
#include <string.h>

#include "core/netns.h"
#include "core/world.h"
#include "ctl/rtnl.h"
#include "ctl/trace_ctl.h"
#include "harness.h"
#include "sh_run.h"

/* No IPv6 chatter (MLD, DAD, RS) among the counted steps: a new namespace starts from IPv6's defaults. */
static const char pair[] =
	"ip netns add a; ip netns add b; "
	"ip netns exec a sysctl -qw net.ipv6.conf.default.disable_ipv6=1; "
	"ip netns exec b sysctl -qw net.ipv6.conf.default.disable_ipv6=1; "
	"ip link add v0 netns a type veth peer name v1 netns b; "
	"ip -n a addr add 10.0.0.1/24 dev v0; ip -n b addr add 10.0.0.2/24 dev v1; "
	"ip -n a link set v0 up; ip -n b link set v1 up";

/* What the tap heard: steps, drops, and the first step's view. */
struct heard {
	unsigned int steps, xmits;
	uint32_t first_ino, first_ifindex, first_len;
	uint16_t first_proto;
	char first_func[32];
};

static void listen(void *arg, const struct trace_event *e, const struct trace_skb_view *v)
{
	struct heard *h = arg;

	if (!h->steps++) {
		h->first_ino = v->netns_ino;
		h->first_ifindex = v->ifindex;
		h->first_len = v->len;
		h->first_proto = v->protocol;
		snprintf(h->first_func, sizeof(h->first_func), "%s", e->func);
	}
	if (e->kind == TRACE_XMIT)
		h->xmits++;
}

/* Namespaces get nsfs inode numbers: the initial one's, then the lowest free from the first. */
static void test_inums(void)
{
	struct run r;

	run_open(&r);
	CHECK_EQ(trace_ctl_netns_ino(r.w->init_net), NETNS_INIT_INUM);
	CHECK_EQ(run(&r, "ip netns add a; ip netns add b; ip netns del a; ip netns add c"), 0);
	CHECK_EQ(trace_ctl_netns_ino(rtnl_netns_get(r.w, "c")), NETNS_FIRST_INUM);
	CHECK_EQ(trace_ctl_netns_ino(rtnl_netns_get(r.w, "b")), NETNS_FIRST_INUM + 1);
	run_close(&r);
}

/* The tap hears a ping's steps with the buffer's meta, also past the log's bounds. */
static void test_tap(void)
{
	struct heard h = { 0 };
	struct trace_tap tap = { .fn = listen, .arg = &h };
	const struct trace_log *l;
	struct run r;

	run_open(&r);
	trace_ctl_enable(r.w, true);
	l = trace_ctl_log(r.w);
	CHECK_EQ(run(&r, pair), 0);
	/* A flood fills the log: it goes idle, steps cost a test and a branch. */
	CHECK_EQ(run(&r, "ip netns exec a ping -f -q -c 3000 10.0.0.2"), 0);
	CHECK(l->overflow);
	CHECK(l->idle);
	trace_ctl_tap_add(r.w, &tap);
	CHECK(!l->idle);
	CHECK_EQ(run(&r, "ip netns exec a ping -f -q -c 3000 10.0.0.2"), 0);
	CHECK(l->overflow);
	CHECK(!l->idle);
	/* Each echo request and reply is sent once: 6000 xmits, every one heard. */
	CHECK_EQ(h.xmits, 6000);
	CHECK_STR(h.first_func, "dev_queue_xmit");
	CHECK_EQ(h.first_ino, NETNS_FIRST_INUM);
	CHECK_EQ(h.first_ifindex, 2);
	CHECK_EQ(h.first_len, 98);
	CHECK_EQ(h.first_proto, 0x0800);
	trace_ctl_tap_remove(r.w, &tap);
	CHECK(l->idle);
	h.steps = 0;
	CHECK_EQ(run(&r, "ip netns exec a ping -c 1 -q 10.0.0.2"), 0);
	CHECK_EQ(h.steps, 0);
	run_close(&r);
}

int main(void)
{
	static const struct vl_test tests[] = {
		{ "inums", test_inums },
		{ "tap", test_tap },
		{ NULL, NULL },
	};

	return harness_run(tests);
}

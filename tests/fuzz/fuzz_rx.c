/*
 * fuzz_rx.c: libFuzzer harness for the receive path. A world is configured
 * (two namespaces joined by a veth pair, IPv4 and IPv6 addresses, a router
 * in between with forwarding on, captures running); the input is a sequence
 * of frames, each sent out of one of the devices so that its peer receives
 * it: [device selector][length hi][length lo][frame bytes]...
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "boot.h"
#include "core/netdev.h"
#include "core/netns.h"
#include "core/world.h"
#include "shell/shell.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char setup[] =
	"ip netns add a\n"
	"ip netns add r\n"
	"ip link add veth0 type veth peer name veth1 netns r\n"
	"ip -n r link add veth2 type veth peer name veth3 netns a\n"
	"ip addr add 10.0.0.1/24 dev veth0\n"
	"ip -n r addr add 10.0.0.2/24 dev veth1\n"
	"ip -n r addr add 10.0.1.1/24 dev veth2\n"
	"ip -n a addr add 10.0.1.2/24 dev veth3\n"
	"ip link set veth0 up\n"
	"ip -n r link set veth1 up\n"
	"ip -n r link set veth2 up\n"
	"ip -n a link set veth3 up\n"
	"ip -n a link set lo up\n"
	"ip route add default via 10.0.0.2\n"
	"ip -n a route add default via 10.0.1.1\n"
	"ip netns exec r sysctl -qw net.ipv4.ip_forward=1\n"
	"ip neigh add 10.0.0.9 lladdr 02:00:00:00:00:09 dev veth0\n"
	"ip -6 addr add fe80::1/64 dev veth0 nodad\n"
	"sleep 3\n"
	"tcpdump -n -v -e -i veth0 > /dev/null 2>&1 &\n"
	"ip netns exec r tcpdump -n -i veth1 > /dev/null 2>&1 &\n";

static const char *const devices[][2] = {
	{ NULL, "veth0" }, { "r", "veth1" }, { "r", "veth2" }, { "a", "veth3" }, { NULL, "lo" },
};

static struct netdev *pick_device(struct world *w, uint8_t sel)
{
	const char *const *d = devices[sel % (sizeof(devices) / sizeof(devices[0]))];
	struct netns *net = d[0] ? world_netns_by_name(w, d[0]) : w->init_net;

	return net ? netdev_get_by_name(net, d[1]) : NULL;
}

static void send_frame(struct world *w, struct netdev *dev, const uint8_t *p, size_t len)
{
	struct sk_buff *skb = alloc_skb(&w->skb_pool, (uint32_t)len);

	if (!skb)
		return;
	memcpy(skb_put(skb, (uint32_t)len), p, len);
	skb_reset_mac_header(skb);
	skb->dev = dev;
	dev_queue_xmit(skb);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	FILE *sink = fopen("/dev/null", "w");
	struct shell_opts o = { .interrupt_after_ns = 2000000000ULL };
	struct world *w = world_new(1);
	struct shell *sh;
	size_t i = 0;

	w->no_host_files = true;
	o.out = sink;
	o.err = sink;
	sh = shell_new(w, &o);
	shell_run_text(sh, setup);
	w->step_limit = w->steps + 100000;
	while (i + 3 <= size) {
		struct netdev *dev = pick_device(w, data[i]);
		size_t len = (size_t)data[i + 1] << 8 | data[i + 2];

		i += 3;
		if (len > size - i)
			len = size - i;
		if (dev && len >= 14)
			send_frame(w, dev, data + i, len);
		i += len;
		/* Let the frame be received and answered before the next one. */
		world_run_until(w, world_now(w) + 1000000);
	}
	shell_run_text(sh, "sleep 5\nip neigh\nip -6 neigh\nip -s link\nip netns exec r ip -s -s link\n");
	shell_free(sh);
	world_free(w);
	fclose(sink);
	return 0;
}

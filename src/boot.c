/* boot.c: the composition root: which protocols and device kinds this kernel has, and its boot. */
#include "boot.h"

#include "core/netdev.h"
#include "core/netns.h"
#include "drivers/drivers.h"
#include "net/bridge.h"
#include "net/stack.h"

/*
 * The initcalls, in the kernel's order: the protocols (subsystems), then
 * the drivers. "dummy" is not here: the kernel vethlab is measured
 * against is built without it, and `ip link add ... type dummy` must
 * answer as that kernel does.
 */
static int (*const initcalls[])(struct world *w) = {
	inet_init,
	inet6_init,
	loopback_init,
	br_init,
	veth_init,
};

struct world *world_new(uint64_t seed)
{
	struct world *w = world_alloc(seed);

	/* Cannot fail: the registries have room for every initcall above. */
	for (size_t i = 0; i < sizeof(initcalls) / sizeof(initcalls[0]); i++)
		(void)!initcalls[i](w);
	/* Cannot fail: lo is the one device of a new namespace, and its name is free. */
	w->init_net = netns_new(w, NULL);
	/* Cannot fail: lo has no open op that could refuse. */
	(void)!dev_open(w->init_net->loopback_dev);
	return w;
}

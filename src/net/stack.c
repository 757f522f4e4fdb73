/* stack.c: registers the IPv4 and IPv6 stacks with the core: namespaces, receive handlers, device events. */
#include <stdlib.h>
#include <string.h>

#include "../core/alloc.h"
#include "../core/dropreason.h"
#include "../core/world.h"
#include "addrconf.h"
#include "ipv4.h"
#include "ipv6.h"
#include "stack.h"
#include "wire.h"


/* arp_tbl and nd_tbl are one table each for the whole kernel: the initial namespace's. */
struct neigh_gc *neigh_shared_gc(struct netns *net, bool nd)
{
	struct netns *init = net->world->init_net;

	if (!init || init == net)
		return NULL;
	return nd ? &init->ipv6->nd_tbl.own_gc : &init->ipv4->arp_tbl.own_gc;
}

static bool arp_key_multicast(const void *pkey)
{
	uint32_t a;

	memcpy(&a, pkey, 4);
	return ipv4_is_multicast(a);
}

static int ipv4_net_init(struct netns *net)
{
	struct ipv4_net *in = kmem_cache_zalloc(&net->world->kmem[KMEM_IPV4_NET], sizeof(*in));

	fib_net_init(in);
	vl_list_init(&in->raw_socks);
	vl_list_init(&in->udp_socks);
	vl_list_init(&in->packet_socks);
	vl_htab_init(&in->peers);
	vl_htab_init(&in->frags.tab);
	vl_htab_init(&in->fnhe);
	net->ipv4 = in;
	neigh_table_init(&in->arp_tbl, net, &arp_neigh_ops, 4, neigh_shared_gc(net, false));
	in->arp_tbl.is_multicast = arp_key_multicast;
	return 0;
}

static void ipv4_net_exit(struct netns *net)
{
	struct ipv4_net *in = net->ipv4;

	if (!in)
		return;
	neigh_table_clear(&in->arp_tbl);
	ip_frags_exit(net);
	fnhe_net_exit(in);
	fib_net_exit(in);
	icmp_peers_free(in);
	raw_net_exit(in);
	udp_net_exit(in);
	packet_net_exit(in);
	ipv4_mib_free(net);
	kmem_cache_free(&net->world->kmem[KMEM_IPV4_NET], in);
	net->ipv4 = NULL;
}

static const struct pernet_operations ipv4_net_ops = {
	.name = "ipv4",
	.init = ipv4_net_init,
	.exit = ipv4_net_exit,
};

static int ipv6_net_init_op(struct netns *net)
{
	ipv6_net_init(net);
	return 0;
}

static const struct pernet_operations ipv6_net_ops = {
	.name = "ipv6",
	.init = ipv6_net_init_op,
	.exit = ipv6_net_exit,
};

static const struct packet_type ip_packet_type = { .type = ETH_P_IP, .func = ip_rcv };
static const struct packet_type arp_packet_type = { .type = ETH_P_ARP, .func = arp_rcv };
static const struct packet_type ipv6_packet_type = { .type = ETH_P_IPV6, .func = ipv6_rcv };

/*
 * IPv4's device events in one notifier, so that the order is the kernel's:
 * addresses, then routes, then ARP (and ND's flushes, which must come
 * before addrconf's), addresses last on unregister.
 */
static void inet_stack_event(struct netdev *dev, enum netdev_event ev)
{
	struct ipv4_net *in = dev->net->ipv4;

	if (ev != NETDEV_UNREGISTER)
		devinet_notifier.event(dev, ev);
	if (!in)
		return;
	/* Routes follow UP, DOWN and UNREGISTER; rules also REGISTER and CHANGENAME. */
	fib_dev_event(dev, ev);
	if (ev == NETDEV_DOWN || ev == NETDEV_UNREGISTER) {
		neigh_ifdown(&in->arp_tbl, dev);
		if (dev->net->ipv6)
			neigh_ifdown(&dev->net->ipv6->nd_tbl, dev);
	}
	/* arp_ifdown from inetdev_destroy: IPv4 left the device with its MTU. */
	if (ev == NETDEV_CHANGEMTU && !dev->ip_ptr)
		neigh_ifdown(&in->arp_tbl, dev);
	/* arp_evict_nocarrier and ndisc_evict_nocarrier (both 1 by default): a lost
	 * carrier flushes the device's entries, permanent ones excepted. */
	if (ev == NETDEV_CHANGE && !dev->carrier) {
		if (dev->ip_ptr && in_dev_conf(dev->ip_ptr, IPV4_DEVCONF_ARP_EVICT_NOCARRIER, IN_DEV_AND))
			neigh_carrier_down(&in->arp_tbl, dev);
		/* ndisc_netdev_event: the device's value and all's, both. */
		if (dev->net->ipv6 && (!dev->ip6_ptr ||
				       (dev->ip6_ptr->cnf.data[IPV6_DEVCONF_NDISC_EVICT_NOCARRIER] &&
					dev->net->sysctl.v6_all.data[IPV6_DEVCONF_NDISC_EVICT_NOCARRIER])))
			neigh_carrier_down(&dev->net->ipv6->nd_tbl, dev);
	}
	/*
	 * arp_netdev_event and ndisc_netdev_event: a new hardware or broadcast
	 * address, or ARP turned on or off, flushes every entry of the device,
	 * permanent ones too (neigh_changeaddr).
	 */
	if (ev == NETDEV_CHANGEADDR || (ev == NETDEV_CHANGE && (dev->flags_changed & IFF_NOARP))) {
		neigh_ifdown(&in->arp_tbl, dev);
		if (dev->net->ipv6)
			neigh_ifdown(&dev->net->ipv6->nd_tbl, dev);
	}
	if (ev == NETDEV_UNREGISTER)
		devinet_notifier.event(dev, ev);
}

static const struct netdev_notifier inet_stack_notifier = {
	.event = inet_stack_event,
};

/* inet_init: IPv4's namespace state, its receive handlers, its device events. */
int inet_init(struct world *w)
{
	int err = register_pernet_subsys(w, &ipv4_net_ops);

	if (!err)
		err = dev_add_pack(w, &ip_packet_type);
	if (!err)
		err = dev_add_pack(w, &arp_packet_type);
	if (!err)
		err = register_netdevice_notifier(w, &inet_stack_notifier);
	return err;
}

/* inet6_init: the same for IPv6; its events follow IPv4's (same priority, registered after). */
int inet6_init(struct world *w)
{
	int err = register_pernet_subsys(w, &ipv6_net_ops);

	if (!err)
		err = dev_add_pack(w, &ipv6_packet_type);
	if (!err)
		err = register_netdevice_notifier(w, &addrconf_notifier);
	return err;
}

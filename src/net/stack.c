/* stack.c: registers the IPv4 and IPv6 stacks with the core: namespaces, receive handlers, device events. */
#include <stdlib.h>
#include <string.h>

#include "../core/alloc.h"
#include "../core/dropreason.h"
#include "../core/world.h"
#include "addrconf.h"
#include "fib_rules.h"
#include "ipv4.h"
#include "ipv6.h"
#include "ndisc.h"
#include "stack.h"
#include "wire.h"


/* arp_tbl and nd_tbl are one table each for the whole kernel: the initial namespace's. */
struct neigh_gc *neigh_shared_gc(struct netns *net, bool nd)
{
	struct netns *init = net->world->init_net;

	if (!init || init == net)
		return NULL;
	return nd ? init->ipv6->nd_tbl.own_gc : init->ipv4->arp_tbl.own_gc;
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

	in->world = net->world;

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
	rt_fast_free(in);
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
static const struct packet_type ipv6_packet_type = { .type = ETH_P_IPV6, .func = ipv6_rcv };

/*
 * inet_init: IPv4's namespace state and receive handler, then, as the
 * kernel's inet_init does, arp_init and ip_init (whose ip_rt_init calls
 * devinet_init, then ip_fib_init). Their device notifiers all have priority
 * 0, so they are called in that order: ARP, addresses, routes; the rules'
 * notifier, registered earlier still by the subsys_initcall
 * fib_rules_init, before them all.
 */
int inet_init(struct world *w)
{
	int err = register_pernet_subsys(w, &ipv4_net_ops);

	if (!err)
		err = fib_rules_init(w);
	if (!err)
		err = dev_add_pack(w, &ip_packet_type);
	if (!err)
		err = arp_init(w);
	if (!err)
		err = devinet_init(w);
	if (!err)
		err = ip_fib_init(w);
	return err;
}

/*
 * inet6_init: the same for IPv6: ndisc_late_init, then addrconf_init.
 * addrconf's notifier (priority 0, registered after IPv4's) is called after
 * fib's; ndisc's (priority -5) after every priority-0 one.
 */
int inet6_init(struct world *w)
{
	int err = register_pernet_subsys(w, &ipv6_net_ops);

	if (!err)
		err = dev_add_pack(w, &ipv6_packet_type);
	if (!err)
		err = ndisc_late_init(w);
	if (!err)
		err = addrconf_init(w);
	return err;
}

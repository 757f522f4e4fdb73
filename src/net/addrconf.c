/*
 * addrconf.c: IPv6 addresses as net/ipv6/addrconf.c gives them: ::1 when lo
 * comes up, an EUI-64 link-local once a device is up with carrier, tentative
 * until duplicate address detection (a random start delay under
 * router_solicitation_delay, then dad_transmits probes a retrans time apart)
 * completes. Addresses go when the device goes down or IPv6 is disabled;
 * the whole inet6_dev (addresses, routes, groups, sysctls) goes while the
 * MTU is below 1280, and comes back fresh from net.ipv6.conf.default.
 */
#include "addrconf.h"
#include "inetpeer.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "../core/alloc.h"
#include "../core/netns.h"
#include "../core/world.h"
#include "bridge.h"
#include "fnhe.h"
#include "ndisc.h"
#include "wire.h"

#define RETRANS_NS VL_NSEC_PER_SEC

static bool ipv6_disabled(const struct inet6_dev *idev)
{
	return idev->cnf->data[IPV6_DEVCONF_DISABLE_IPV6] != 0;
}

static bool nd_key_multicast(const void *pkey)
{
	return ((const uint8_t *)pkey)[0] == 0xff;
}

void ipv6_net_init(struct netns *net)
{
	struct ipv6_net *in6 = kmem_cache_zalloc(&net->world->kmem[KMEM_IPV6_NET], sizeof(*in6));

	rt6_tables_init(in6);
	vl_htab_init(&in6->addrs);
	vl_htab_init(&in6->peers);
	vl_htab_init(&in6->frags.tab);
	vl_htab_init(&in6->rt6_exc);
	vl_list_init(&in6->global_addrs);
	vl_list_init(&in6->narrow_addrs);
	vl_list_init(&in6->raw_socks);
	neigh_table_init(&in6->nd_tbl, net, &nd_neigh_ops, 16, neigh_shared_gc(net, true));
	in6->nd_tbl.parms.locktime = 0;   /* as ndisc_parms_default */
	in6->nd_tbl.is_multicast = nd_key_multicast;
	/* Linux keys flow labels with a random per-boot secret; here the seed and the namespace's rank. */
	in6->flow_seed = vl_hash_u64(net->world->seed ^ vl_hash_u64(++net->world->netns_seq));
	net->ipv6 = in6;
}

void ipv6_net_exit(struct netns *net)
{
	struct ipv6_net *in6 = net->ipv6;

	if (!in6)
		return;
	neigh_table_clear(&in6->nd_tbl);
	ip6_frags_exit(net);
	fnhe_del_all(&in6->rt6_exc);
	vl_htab_free(&in6->rt6_exc);
	rt6_tables_free(in6);
	vl_htab_free(&in6->addrs);
	inet_peers_free(&in6->peers);
	raw6_net_exit(in6);
	free(in6->icmp_dst);
	ipv6_mib_free(net);
	kmem_cache_free(&net->world->kmem[KMEM_IPV6_NET], in6);
	net->ipv6 = NULL;
}

/* The first entry for addr (on dev when given), usable ones only when asked. */
static struct inet6_ifaddr *find_ifaddr(const struct netns *net, const uint8_t *addr,
					const struct netdev *dev, bool usable)
{
	for (struct vl_hnode *h = vl_htab_first(&net->ipv6->addrs, ipv6_addr_hash(addr)); h; h = vl_htab_next(h)) {
		struct inet6_ifaddr *ifa = vl_container_of(h, struct inet6_ifaddr, hnode);

		if (!memcmp(ifa->addr, addr, 16) && (!dev || ifa->idev->dev == dev) &&
		    !(usable && (ifa->flags & (IFA6_F_TENTATIVE | IFA6_F_DADFAILED))))
			return ifa;
	}
	return NULL;
}

struct inet6_ifaddr *ipv6_get_ifaddr(const struct netns *net, const uint8_t *addr,
				     const struct netdev *dev)
{
	return find_ifaddr(net, addr, dev, false);
}

bool ipv6_chk_addr(const struct netns *net, const uint8_t *addr, const struct netdev *dev)
{
	return find_ifaddr(net, addr, dev, true) != NULL;
}

bool ipv6_chk_addr_flags(const struct netns *net, const uint8_t *addr, const struct netdev *dev,
			 bool skip_dev, bool strict, uint32_t banned_flags)
{
	if (skip_dev)
		dev = NULL;
	for (struct vl_hnode *h = vl_htab_first(&net->ipv6->addrs, ipv6_addr_hash(addr)); h; h = vl_htab_next(h)) {
		const struct inet6_ifaddr *ifa = vl_container_of(h, struct inet6_ifaddr, hnode);

		if (memcmp(ifa->addr, addr, 16) || (ifa->flags & banned_flags))
			continue;
		if (!dev || ifa->idev->dev == dev || !((ifa->scope & (IPV6_SCOPE_LINK | IPV6_SCOPE_HOST)) || strict))
			return true;
	}
	return false;
}

static int addr_scope(const uint8_t *a)
{
	static const uint8_t loopback[16] = { [15] = 1 };

	if (ipv6_addr_multicast(a))
		return (a[1] & 0x0f) == 1 ? IPV6_SCOPE_HOST : (a[1] & 0x0f) == 2 ? IPV6_SCOPE_LINK : 0;
	if (ipv6_addr_linklocal(a))
		return IPV6_SCOPE_LINK;
	/* fec0::/10, the deprecated site-local unicast. */
	if (a[0] == 0xfe && (a[1] & 0xc0) == 0xc0)
		return IPV6_SCOPE_SITE;
	return memcmp(a, loopback, 16) ? IPV6_SCOPE_GLOBAL : IPV6_SCOPE_HOST;
}

/* Scope values in RFC 6724 order (ipv6_addr_src_scope): host < link < site < global. */
static int scope_rank(int scope)
{
	return scope == IPV6_SCOPE_HOST ? 1 : scope == IPV6_SCOPE_LINK ? 2 : scope == IPV6_SCOPE_SITE ? 5 : 14;
}

/*
 * ipv6_link_dev_addr: a device's list is sorted by scope, global first; a new
 * address goes before the first one of the same or a narrower scope.
 */
static void link_dev_addr(struct inet6_dev *idev, struct inet6_ifaddr *ifa)
{
	int rank = scope_rank(ifa->scope);
	struct vl_list *pos;

	vl_list_for_each(pos, &idev->addrs) {
		const struct inet6_ifaddr *o = vl_list_entry(pos, struct inet6_ifaddr, node);

		if (rank >= scope_rank(o->scope))
			break;
	}
	vl_list_add_tail(pos, &ifa->node);
}

/* ipv6_addr_diff: how many leading bits a and b share (128 when equal). */
static int common_prefix(const uint8_t *a, const uint8_t *b)
{
	for (int i = 0; i < 16; i++) {
		unsigned int x = a[i] ^ b[i];

		if (x)
			return i * 8 + __builtin_clz(x) - 24;
	}
	return 128;
}

int ipv6_get_lladdr(const struct netdev *dev, uint8_t *addr)
{
	const struct vl_list *pos;

	if (!dev->ip6_ptr)
		return -EADDRNOTAVAIL;
	vl_list_for_each(pos, &dev->ip6_ptr->addrs) {
		const struct inet6_ifaddr *ifa = vl_list_entry(pos, struct inet6_ifaddr, node);

		if (ifa->scope == IPV6_SCOPE_LINK && !(ifa->flags & (IFA6_F_TENTATIVE | IFA6_F_DADFAILED))) {
			memcpy(addr, ifa->addr, 16);
			return 0;
		}
	}
	return -EADDRNOTAVAIL;
}

/* Rule 2 (a scope that reaches the destination, the smallest such), then rule 8. */
static bool saddr_better(int rank, int prefix, int best_rank, int best_prefix, int want)
{
	if (rank != best_rank)
		return best_rank < rank ? best_rank < want : rank >= want;
	return prefix > best_prefix;
}

/*
 * The best usable address of one of net's lists for daddr: rules 2 and 8,
 * then the lowest ifindex (the kernel keeps the first in device order).
 */
static const struct inet6_ifaddr *list_saddr(const struct vl_list *list, const uint8_t *daddr, int want)
{
	const struct inet6_ifaddr *best = NULL;
	int best_rank = 0, best_prefix = -1;
	const struct vl_list *pos;

	vl_list_for_each(pos, list) {
		const struct inet6_ifaddr *ifa = vl_list_entry(pos, struct inet6_ifaddr, gnode);
		int rank = scope_rank(ifa->scope), prefix = common_prefix(ifa->addr, daddr);

		if (ifa->flags & (IFA6_F_TENTATIVE | IFA6_F_DADFAILED))
			continue;
		if (best && !saddr_better(rank, prefix, best_rank, best_prefix, want) &&
		    (rank != best_rank || prefix != best_prefix || ifa->idev->dev->ifindex >= best->idev->dev->ifindex))
			continue;
		best = ifa;
		best_rank = rank;
		best_prefix = prefix;
	}
	return best;
}

/*
 * Beyond the outgoing device: a global or site address anywhere, else
 * (none usable, as while they are all tentative) a link-local one, else
 * lo's ::1, which the kernel then sends from (and `ip route get` shows).
 */
static const struct inet6_ifaddr *net_saddr(const struct netns *net, const uint8_t *daddr, int want)
{
	const struct inet6_ifaddr *ifa = list_saddr(&net->ipv6->global_addrs, daddr, want);

	return ifa ? ifa : list_saddr(&net->ipv6->narrow_addrs, daddr, want);
}

int ipv6_net_get_saddr(const struct netns *net, const uint8_t *daddr, uint8_t *saddr)
{
	int want = scope_rank(addr_scope(daddr));
	const struct inet6_ifaddr *global, *narrow;

	if (!net->ipv6)
		return -EADDRNOTAVAIL;
	/* Rule 1: the destination itself. */
	if (!ipv6_addr_multicast(daddr) && ipv6_chk_addr(net, daddr, NULL)) {
		memcpy(saddr, daddr, 16);
		return 0;
	}
	global = list_saddr(&net->ipv6->global_addrs, daddr, want);
	narrow = list_saddr(&net->ipv6->narrow_addrs, daddr, want);
	if (!global && !narrow)
		return -EADDRNOTAVAIL;
	if (!global || (narrow && saddr_better(scope_rank(narrow->scope), common_prefix(narrow->addr, daddr),
					       scope_rank(global->scope), common_prefix(global->addr, daddr), want)))
		global = narrow;
	memcpy(saddr, global->addr, 16);
	return 0;
}

/*
 * Rules 1, 2 and 8 of RFC 6724 among dev's usable addresses: the destination
 * itself, then the smallest scope that still reaches it, then the longest
 * common prefix. The first address listed wins ties, as in the kernel.
 */
int ipv6_dev_get_saddr(const struct netdev *dev, const uint8_t *daddr, uint8_t *saddr)
{
	int want = scope_rank(addr_scope(daddr));
	const struct inet6_ifaddr *best = NULL;
	int best_rank = 0, best_prefix = -1;
	struct vl_list *pos;

	if (!dev->ip6_ptr)
		return -EADDRNOTAVAIL;
	/* Beyond link scope every device's addresses compete, and rule 1 picks the destination. */
	if (!ipv6_addr_linklocal(daddr) && !ipv6_addr_multicast(daddr) && ipv6_chk_addr(dev->net, daddr, NULL)) {
		memcpy(saddr, daddr, 16);
		return 0;
	}
	vl_list_for_each(pos, &dev->ip6_ptr->addrs) {
		const struct inet6_ifaddr *ifa = vl_list_entry(pos, struct inet6_ifaddr, node);
		int rank = scope_rank(ifa->scope), prefix = common_prefix(ifa->addr, daddr);

		if (ifa->flags & (IFA6_F_TENTATIVE | IFA6_F_DADFAILED))
			continue;
		if (!memcmp(ifa->addr, daddr, 16)) {
			best = ifa;
			break;
		}
		if (best && !saddr_better(rank, prefix, best_rank, best_prefix, want))
			continue;
		best = ifa;
		best_rank = rank;
		best_prefix = prefix;
	}
	/*
	 * Beyond link scope the kernel weighs every device's addresses: when
	 * this one has none wide enough (rule 2), a global one elsewhere wins;
	 * when it has none usable at all, any other one will do.
	 */
	if ((!best || best_rank < want) && want > scope_rank(IPV6_SCOPE_LINK) && !ipv6_addr_multicast(daddr)) {
		const struct inet6_ifaddr *alt = best ? list_saddr(&dev->net->ipv6->global_addrs, daddr, want)
						      : net_saddr(dev->net, daddr, want);

		if (alt)
			best = alt;
	}
	if (!best)
		return -EADDRNOTAVAIL;
	memcpy(saddr, best->addr, 16);
	return 0;
}

/* ipv6_accept_ra: a router (forwarding) takes advertisements, and so solicits, only with accept_ra 2. */
static bool accept_ra(const struct inet6_dev *idev)
{
	int v = idev->cnf->data[IPV6_DEVCONF_ACCEPT_RA];

	return idev->cnf->data[IPV6_DEVCONF_FORWARDING] ? v == 2 : v != 0;
}

/* rfc3315_s14_backoff_init and _update: 0.9..1.1 of the start, then 1.9..2.1 times. */
static uint64_t rs_backoff(struct world *w, uint64_t rt, bool init)
{
	uint64_t mrt = 3600 * VL_NSEC_PER_SEC;
	uint64_t t;

	if (init)
		return rt / 1000000 * (900000 + vl_rng_mod(&w->rng, 200001));
	t = rt / 1000000 * (1900000 + vl_rng_mod(&w->rng, 200001));
	return t > mrt ? mrt / 1000000 * (900000 + vl_rng_mod(&w->rng, 200001)) : t;
}

static void rs_work(struct vl_timer *t)
{
	struct inet6_dev *idev = vl_container_of(t, struct inet6_dev, rs_timer);
	struct netdev *dev = idev->dev;
	struct world *w = dev->net->world;
	int max = idev->cnf->data[IPV6_DEVCONF_ROUTER_SOLICITATIONS];

	/* addrconf_rs_timer: without ipv6_accept_ra (a router, accept_ra 0) it solicits no more. */
	if ((max >= 0 && idev->rs_probes >= max) || !accept_ra(idev))
		return;
	idev->rs_probes++;
	ndisc_send_rs(dev, idev->ll);
	idev->rs_interval = rs_backoff(w, idev->rs_interval, false);
	vl_timer_arm(&w->clock, &idev->rs_timer,
		     w->clock.now + ((max >= 0 && idev->rs_probes == max)
					     ? (uint64_t)idev->cnf->data[IPV6_DEVCONF_ROUTER_SOLICITATION_DELAY] * VL_NSEC_PER_SEC
					     : idev->rs_interval));
}

/* addrconf_dad_completed: reports from the new source, then router solicitations. */
static void dad_completed(struct inet6_dev *idev)
{
	struct netdev *dev = idev->dev;
	struct world *w = dev->net->world;
	int max = idev->cnf->data[IPV6_DEVCONF_ROUTER_SOLICITATIONS];
	int ival = idev->cnf->data[IPV6_DEVCONF_ROUTER_SOLICITATION_INTERVAL];

	ipv6_mc_dad_complete(idev);
	if (max == 0 || !accept_ra(idev))
		return;
	ndisc_send_rs(dev, idev->ll);
	idev->rs_probes = 1;
	idev->rs_interval = rs_backoff(w, (uint64_t)(ival > 0 ? ival : 1) * VL_NSEC_PER_SEC, true);
	vl_timer_arm(&w->clock, &idev->rs_timer, w->clock.now + idev->rs_interval);
}

/*
 * addrconf_join_anycast: a router takes its subnet-router anycast address
 * (the prefix with a zero interface identifier) on each prefix it has an
 * address in: an anycast route in table local, one per prefix and device.
 */
static bool anycast_prefix(const struct inet6_ifaddr *ifa, uint8_t *prefix)
{
	if (ifa->prefixlen >= 127) /* RFC 6164 */
		return false;
	ipv6_addr_prefix(prefix, ifa->addr, ifa->prefixlen);
	return !ipv6_addr_any(prefix);
}

static struct ifacaddr6 *anycast_find(const struct inet6_dev *idev, const uint8_t *addr)
{
	struct vl_list *pos;

	vl_list_for_each(pos, &idev->acs) {
		struct ifacaddr6 *ac = vl_list_entry(pos, struct ifacaddr6, node);

		if (!memcmp(ac->addr, addr, 16))
			return ac;
	}
	return NULL;
}

/* The groups one forwarding change joins or leaves, for the report it makes (newest last). */
struct mc_change {
	uint8_t g[MC_RTR_MAX + 4][16];
	int n;
};

static void mc_change_add(struct mc_change *c, const uint8_t *g)
{
	for (int i = 0; i < c->n; i++)
		if (!memcmp(c->g[i], g, 16))
			return;
	if (c->n < (int)(sizeof(c->g) / sizeof(c->g[0])))
		memcpy(c->g[c->n++], g, 16);
}

/* __ipv6_dev_ac_inc: one more user, or a new anycast address with its route and solicited-node group. */
static void anycast_join(struct inet6_ifaddr *ifa, struct mc_change *c)
{
	struct inet6_dev *idev = ifa->idev;
	struct netdev *dev = idev->dev;
	struct ifacaddr6 *ac;
	uint8_t prefix[16], sn[16];

	if (!idev->cnf->data[IPV6_DEVCONF_FORWARDING] || !anycast_prefix(ifa, prefix))
		return;
	ac = anycast_find(idev, prefix);
	if (ac) {
		ac->users++;
		return;
	}
	ipv6_solicited_node(prefix, sn);
	if (c && !ipv6_chk_mcast_addr(dev, sn))
		mc_change_add(c, sn);
	ac = vl_calloc(1, sizeof(*ac));
	memcpy(ac->addr, prefix, 16);
	ac->users = 1;
	ac->seq = ++dev->net->ipv6->event_seq;
	vl_list_add_head(&idev->acs, &ac->node);
	rt6_add(dev->net, prefix, 128, RTN_ANYCAST, RT_TABLE_LOCAL, 0, dev);
}

static void anycast_free(struct inet6_dev *idev, struct ifacaddr6 *ac)
{
	rt6_del_dev(idev->dev, ac->addr, 128, RTN_ANYCAST);
	vl_list_del(&ac->node);
	free(ac);
}

/* __ipv6_dev_ac_dec: the route and group go with the last address of the prefix. */
static void anycast_leave(struct inet6_ifaddr *ifa, struct mc_change *c)
{
	struct inet6_dev *idev = ifa->idev;
	struct ifacaddr6 *ac;
	uint8_t prefix[16], sn[16];

	if (!anycast_prefix(ifa, prefix) || !(ac = anycast_find(idev, prefix)) || --ac->users > 0)
		return;
	anycast_free(idev, ac);
	ipv6_solicited_node(prefix, sn);
	if (c && !ipv6_chk_mcast_addr(idev->dev, sn))
		mc_change_add(c, sn);
}

/* ipv6_dev_mc_inc / _dec of the routers' groups; ff01::2 is interface-local, never reported. */
static void rtr_groups_change(struct inet6_dev *idev, bool on, struct mc_change *c)
{
	if (!(idev->dev->flags & IFF_MULTICAST))
		return;
	for (int i = 0; i < MC_RTR_MAX; i++) {
		if (on == (idev->rtr_seq[i] != 0))
			continue;
		idev->rtr_seq[i] = on ? ++idev->dev->net->ipv6->event_seq : 0;
		if (i != MC_RTR_IFACE)
			mc_change_add(c, mc_rtr_groups[i]);
	}
}

/*
 * igmp6_group_added and igmp6_leave_group: a change is reported on any up
 * device (not lo), its link ready or not; a link without carrier drops the
 * reports (tx_dropped).
 */
static bool mld_reports_now(const struct inet6_dev *idev)
{
	return (idev->dev->flags & IFF_UP) && !(idev->dev->flags & IFF_LOOPBACK) && !ipv6_disabled(idev);
}

/* One report of what changed, newest group first, on a device that talks (as mld_group_changed). */
static void mc_change_report(struct inet6_dev *idev, const struct mc_change *c, bool left)
{
	if (!c->n || !mld_reports_now(idev))
		return;
	uint8_t (*set)[16] = in6_dev_mld_set(idev);

	for (int i = 0; i < c->n; i++)
		memcpy(set[i], c->g[c->n - 1 - i], 16);
	idev->mld_nset = c->n;
	uint8_t src[16];

	mld_source(idev->dev, src);
	mld_report(idev, src, left ? MLD_SET_LEFT : MLD_SET);
}

void addrconf_forward_change(struct netdev *dev)
{
	struct inet6_dev *idev = dev->ip6_ptr;
	struct mc_change c = { .n = 0 };
	struct vl_list *pos;
	bool on;

	/* dev_forward_change runs only when the value changes. */
	if (!idev)
		return;
	on = idev->cnf->data[IPV6_DEVCONF_FORWARDING] != 0;
	if (idev->fwd_on == on)
		return;
	idev->fwd_on = on;
	rtr_groups_change(idev, on, &c);
	vl_list_for_each(pos, &idev->addrs) {
		struct inet6_ifaddr *ifa = vl_list_entry(pos, struct inet6_ifaddr, node);

		if (ifa->flags & IFA6_F_TENTATIVE)
			continue;
		if (on)
			anycast_join(ifa, &c);
		else
			anycast_leave(ifa, &c);
	}
	mc_change_report(idev, &c, !on);
}

/* The address is usable; c (if given) gathers the anycast group its prefix made the device join. */
static void addr_ready(struct inet6_ifaddr *ifa, struct mc_change *c)
{
	struct netdev *dev = ifa->idev->dev;

	ifa->flags &= ~IFA6_F_TENTATIVE;
	fib6_sernum_bump(dev->net);
	rt6_add(dev->net, ifa->addr, 128, RTN_LOCAL, RT_TABLE_LOCAL, 0, dev);
	anycast_join(ifa, c);
	if (ifa->scope == IPV6_SCOPE_LINK && !(dev->flags & IFF_LOOPBACK))
		dad_completed(ifa->idev);
}

static void dad_work(struct vl_timer *t)
{
	struct inet6_ifaddr *ifa = vl_container_of(t, struct inet6_ifaddr, dad_timer);
	struct world *w = ifa->idev->dev->net->world;

	if (ifa->dad_probes == 0) {
		struct mc_change c = { .n = 0 };

		addr_ready(ifa, &c);
		/*
		 * ipv6_ifa_notify: on a forwarding device the address's
		 * subnet-router anycast group is joined as DAD completes, a
		 * change mc_ifc_work reports (twice) after the report of every
		 * group addrconf_dad_completed sent (measured on 6.18).
		 */
		mc_change_report(ifa->idev, &c, false);
		return;
	}
	ndisc_send_dad_ns(ifa->idev->dev, ifa->addr, ifa->dad_nonce);
	ifa->dad_probes--;
	vl_timer_arm(&w->clock, &ifa->dad_timer, w->clock.now + RETRANS_NS);
}

uint64_t addrconf_dad_end(const struct inet6_ifaddr *ifa)
{
	if (!vl_timer_pending(&ifa->dad_timer))
		return 0;
	return ifa->dad_timer.expires + (uint64_t)ifa->dad_probes * RETRANS_NS;
}

/*
 * addrconf_dad_begin: accept_dad below 1 (all and the device) skips DAD. With
 * dad_transmits 0 it still runs: no probe, but the address stays tentative
 * until the random delay of addrconf_dad_kick has passed.
 */
static bool dad_needed(const struct inet6_dev *idev)
{
	const struct netns *net = idev->dev->net;

	return !(net->sysctl->v6_all.data[IPV6_DEVCONF_ACCEPT_DAD] < 1 &&
		 idev->cnf->data[IPV6_DEVCONF_ACCEPT_DAD] < 1);
}

/* addrconf_dad_kick: probes start after a random delay below rtr_solicit_delay. */
static void dad_start(struct inet6_ifaddr *ifa)
{
	struct netdev *dev = ifa->idev->dev;
	struct world *w = dev->net->world;
	int delay_s = ifa->idev->cnf->data[IPV6_DEVCONF_ROUTER_SOLICITATION_DELAY];
	uint64_t span = delay_s > 0 ? (uint64_t)delay_s * VL_NSEC_PER_SEC : 1;

	/* addrconf_dad_begin: a device without ARP has no DAD; the address is ready at once. */
	if (dev->flags & IFF_NOARP) {
		addr_ready(ifa, NULL);
		return;
	}
	ifa->dad_probes = ifa->idev->cnf->data[IPV6_DEVCONF_DAD_TRANSMITS];
	vl_timer_arm(&w->clock, &ifa->dad_timer, w->clock.now + vl_rng_mod(&w->rng, span));
}

/* ipv6_mc_up: ff02::1 back into the device's filter, unless it never left. */
static void mc_allnodes_load(struct inet6_dev *idev)
{
	if (idev->allnodes_loaded)
		return;
	idev->allnodes_loaded = true;
	idev->allnodes_seq = ++idev->dev->net->ipv6->event_seq;
}

/* When the solicited-node group of addr was joined, if an address of idev already holds it; else 0. */
static uint64_t group_joined_seq(const struct inet6_dev *idev, const uint8_t *addr)
{
	const struct vl_list *pos;
	uint8_t a[16], b[16];

	ipv6_solicited_node(addr, a);
	vl_list_for_each(pos, &idev->addrs) {
		const struct inet6_ifaddr *ifa = vl_list_entry(pos, struct inet6_ifaddr, node);

		ipv6_solicited_node(ifa->addr, b);
		if (!memcmp(a, b, 16))
			return ifa->mc_seq;
	}
	return 0;
}

static struct inet6_ifaddr *add_addr(struct inet6_dev *idev, const uint8_t *addr, int plen, uint8_t scope,
				     bool nodad)
{
	struct netdev *dev = idev->dev;
	struct inet6_ifaddr *ifa = kmem_cache_zalloc(&dev->net->world->kmem[KMEM_INET6_IFADDR], sizeof(*ifa));

	ifa->seq = ++dev->net->ipv6->event_seq;
	ifa->mc_seq = group_joined_seq(idev, addr);
	if (!ifa->mc_seq)
		ifa->mc_seq = ifa->seq;
	ifa->idev = idev;
	memcpy(ifa->addr, addr, 16);
	ifa->prefixlen = (uint8_t)plen;
	ifa->scope = scope;
	ifa->flags = IFA6_F_PERMANENT | IFA6_F_TENTATIVE | (nodad && scope != IPV6_SCOPE_HOST ? IFA6_F_NODAD : 0);
	vl_timer_init_wheel(&ifa->dad_timer, dad_work);
	fib6_sernum_bump(dev->net);
	vl_htab_insert(&dev->net->ipv6->addrs, &ifa->hnode, ipv6_addr_hash(addr));
	link_dev_addr(idev, ifa);
	/*
	 * Every address is a candidate source for any device (ipv6_dev_get_saddr
	 * weighs every device's); the wider ones are looked at first.
	 */
	if (scope == IPV6_SCOPE_GLOBAL || scope == IPV6_SCOPE_SITE)
		vl_list_add_head(&dev->net->ipv6->global_addrs, &ifa->gnode);
	else
		vl_list_add_tail(&dev->net->ipv6->narrow_addrs, &ifa->gnode);
	/*
	 * addrconf_dad_begin: on a link not ready yet (no carrier) the address
	 * stays tentative; addrconf_dad_run probes when it is.
	 */
	if (nodad || !dad_needed(idev))
		addr_ready(ifa, NULL);
	else if ((dev->flags & IFF_UP) && (idev->configured || (dev->flags & IFF_NOARP)))
		dad_start(ifa);
	return ifa;
}

static void del_addr(struct inet6_ifaddr *ifa)
{
	struct netdev *dev = ifa->idev->dev;

	vl_timer_cancel(&dev->net->world->clock, &ifa->dad_timer);
	fib6_sernum_bump(dev->net);
	vl_htab_remove(&dev->net->ipv6->addrs, &ifa->hnode);
	vl_list_del(&ifa->node);
	vl_list_del(&ifa->gnode);
	kmem_cache_free(&dev->net->world->kmem[KMEM_INET6_IFADDR], ifa);
}

/* addrconf_dad_failure: the address stays, tentative and marked, without its local route. */
void addrconf_dad_failure(struct inet6_ifaddr *ifa)
{
	if (ifa->flags & IFA6_F_DADFAILED)
		return;
	ifa->flags |= IFA6_F_DADFAILED;
	fib6_sernum_bump(ifa->idev->dev->net);
	vl_timer_cancel(&ifa->idev->dev->net->world->clock, &ifa->dad_timer);
}

static bool prefix_in_use(const struct inet6_dev *idev, const uint8_t *addr, int plen)
{
	const struct vl_list *pos;
	uint8_t a[16], b[16];

	ipv6_addr_prefix(a, addr, plen);
	vl_list_for_each(pos, &idev->addrs) {
		const struct inet6_ifaddr *ifa = vl_list_entry(pos, struct inet6_ifaddr, node);

		if (ifa->prefixlen != plen)
			continue;
		ipv6_addr_prefix(b, ifa->addr, plen);
		if (!memcmp(a, b, 16))
			return true;
	}
	return false;
}

/* Does another address of idev share addr's solicited-node group? */
static bool group_in_use(const struct inet6_dev *idev, const uint8_t *addr)
{
	const struct vl_list *pos;
	uint8_t a[16], b[16];

	ipv6_solicited_node(addr, a);
	vl_list_for_each(pos, &idev->addrs) {
		ipv6_solicited_node(vl_list_entry(pos, struct inet6_ifaddr, node)->addr, b);
		if (!memcmp(a, b, 16))
			return true;
	}
	return false;
}

/* check_cleanup_prefix_route: another address of the prefix keeps its route. */
static bool prefix_used_by_other(const struct inet6_ifaddr *ifa)
{
	const struct vl_list *pos;
	uint8_t a[16], b[16];

	ipv6_addr_prefix(a, ifa->addr, ifa->prefixlen);
	vl_list_for_each(pos, &ifa->idev->addrs) {
		const struct inet6_ifaddr *o = vl_list_entry(pos, struct inet6_ifaddr, node);

		if (o == ifa || o->prefixlen != ifa->prefixlen)
			continue;
		ipv6_addr_prefix(b, o->addr, o->prefixlen);
		if (!memcmp(a, b, 16))
			return true;
	}
	return false;
}

/* addrconf_prefix_route: once per prefix and device; a down device gets it at NETDEV_UP. */
static void prefix_route_add(struct inet6_ifaddr *ifa)
{
	struct netdev *dev = ifa->idev->dev;

	if ((dev->flags & IFF_UP) && !rt6_find_dev(dev, ifa->addr, ifa->prefixlen, RTN_UNICAST))
		rt6_add(dev->net, ifa->addr, ifa->prefixlen, RTN_UNICAST, RT_TABLE_MAIN, 256, dev);
}

/*
 * inet6_addr_modify: of the flags we model nodad and noprefixroute are
 * replaced; length and DAD state stay. Without noprefixroute the prefix
 * route is made again if it had gone; with it, it goes unless another
 * address of the prefix keeps it.
 */
static void inet6_addr_modify(struct inet6_ifaddr *ifa, uint32_t flags)
{
	bool had_route = !(ifa->flags & IFA_F_NOPREFIXROUTE);

	ifa->flags &= ~(IFA6_F_NODAD | IFA_F_NOPREFIXROUTE);
	if ((flags & IFA6_F_NODAD) && ifa->scope != IPV6_SCOPE_HOST)
		ifa->flags |= IFA6_F_NODAD;
	ifa->flags |= flags & IFA_F_NOPREFIXROUTE;
	if (!(flags & IFA_F_NOPREFIXROUTE))
		prefix_route_add(ifa);
	else if (had_route && !prefix_used_by_other(ifa))
		rt6_del_dev(ifa->idev->dev, ifa->addr, ifa->prefixlen, RTN_UNICAST);
}

int inet6_addr_add(struct netdev *dev, const uint8_t *addr, int plen, uint32_t flags, bool replace)
{
	struct inet6_dev *idev = dev->ip6_ptr;
	struct inet6_ifaddr *old, *ifa;

	/* inet6_rtm_newaddr: ipv6_find_idev fails below IPV6_MIN_MTU, the only time there is none. */
	if (!idev)
		return -EINVAL;
	/* addrconf_add_dev: ipv6_find_idev runs ipv6_mc_up on an up device, disabled or not. */
	if (dev->flags & IFF_UP)
		mc_allnodes_load(idev);
	if (ipv6_disabled(idev))
		return -EACCES;
	old = ipv6_get_ifaddr(dev->net, addr, dev);
	if (old && !replace)
		return -EEXIST;
	if (old) {
		inet6_addr_modify(old, flags);
		return 0;
	}
	/* Scope follows the address (ipv6_addr_scope); only ::1 is host. */
	ifa = add_addr(idev, addr, plen, (uint8_t)addr_scope(addr), flags & IFA6_F_NODAD);
	ifa->flags |= flags & IFA_F_NOPREFIXROUTE;
	/*
	 * Joining the solicited-node group reports every group, twice, even when
	 * another address holds the group already (measured on 6.18); leaving
	 * reports only when the last holder goes.
	 */
	mld_group_changed(idev, addr, false);
	/*
	 * addrconf_prefix_route, unless noprefixroute: /128 included. On a down
	 * device fib6_nh_init refuses it; it comes with NETDEV_UP instead.
	 */
	if (!(flags & IFA_F_NOPREFIXROUTE))
		prefix_route_add(ifa);
	return 0;
}

int inet6_addr_del(struct netdev *dev, const uint8_t *addr, int plen)
{
	struct inet6_ifaddr *ifa;

	if (!dev->ip6_ptr)
		return -ENODEV;
	ifa = ipv6_get_ifaddr(dev->net, addr, dev);
	if (!ifa || ifa->prefixlen != plen)
		return -EADDRNOTAVAIL;
	if (!(ifa->flags & IFA6_F_TENTATIVE))
		anycast_leave(ifa, NULL);
	bool cleanup = !(ifa->flags & IFA_F_NOPREFIXROUTE);

	del_addr(ifa);
	if (!group_in_use(dev->ip6_ptr, addr))
		mld_group_changed(dev->ip6_ptr, addr, true);
	rt6_del_dev(dev, addr, 128, RTN_LOCAL);
	/*
	 * check_cleanup_prefix_route: the prefix route goes with the last address
	 * of the prefix, unless that one had noprefixroute (it leaves the route).
	 */
	if (cleanup && !prefix_in_use(dev->ip6_ptr, addr, plen))
		rt6_del_dev(dev, addr, plen, RTN_UNICAST);
	return 0;
}

/* The modified EUI-64 interface identifier of an Ethernet address. */
static void eui64_linklocal(const struct netdev *dev, uint8_t *a)
{
	memset(a, 0, 16);
	a[0] = 0xfe;
	a[1] = 0x80;
	a[8] = dev->dev_addr[0] ^ 0x02;
	a[9] = dev->dev_addr[1];
	a[10] = dev->dev_addr[2];
	a[11] = 0xff;
	a[12] = 0xfe;
	a[13] = dev->dev_addr[3];
	a[14] = dev->dev_addr[4];
	a[15] = dev->dev_addr[5];
}

static void addrconf_ifdown(struct netdev *dev, bool unregister);
/*
 * addrconf_addr_gen: the link-local address (and with it fe80::/64) in
 * EUI-64 mode; none at all in mode none. The other modes are refused
 * before they can be set.
 */
static void addrconf_addr_gen(struct netdev *dev, struct inet6_dev *idev)
{
	static const uint8_t fe80[16] = { 0xfe, 0x80 };
	uint8_t ll[16], src[16];

	if (idev->cnf->data[IPV6_DEVCONF_ADDR_GEN_MODE] != 0)
		return;
	rt6_add(dev->net, fe80, 64, RTN_UNICAST, RT_TABLE_MAIN, 256, dev);
	eui64_linklocal(dev, ll);
	memcpy(idev->ll, ll, 16);
	if (!(dev->flags & IFF_NOARP))
		ipv6_solicited_node(ll, idev->mld_group);
	add_addr(idev, ll, 64, IPV6_SCOPE_LINK, false);
	/*
	 * Joining the solicited-node group is reported by mc_ifc_work a moment
	 * later (here at once), from the source usable then: :: while the
	 * link-local is tentative; without DAD, the link-local, after the
	 * report of every group its completion sent. A device born forwarding
	 * lists ff02::2 there too (measured on 6.18).
	 */
	if (!(dev->flags & IFF_NOARP)) {
		mld_source(dev, src);
		/*
		 * A snooping bridge joined ff02::6a as it opened (ipv6_mc_up gave it
		 * its change record): its records follow the solicited-node one in
		 * the same two reports (mc_list, newest first; measured on 6.18).
		 */
		if (br_snoopers_seq(dev)) {
			static const uint8_t all_snoopers[16] = { 0xff, 0x02, [15] = 0x6a };

			uint8_t (*set)[16] = in6_dev_mld_set(idev);

			memcpy(set[0], idev->mld_group, 16);
			memcpy(set[1], all_snoopers, 16);
			idev->mld_nset = 2;
			mld_report(idev, src, MLD_SET);
		} else {
			/*
			 * addrconf_add_dev ran ipv6_mc_up first: every group joined
			 * while the device was down (the solicited-node groups of the
			 * addresses given then) has its change record in the same
			 * reports, after the link-local's (newest first; measured on 6.18).
			 */
			mld_report(idev, src, MLD_ALL);
		}
	}
}

static void addrconf_configure(struct netdev *dev)
{
	struct inet6_dev *idev = dev->ip6_ptr;
	static const uint8_t loopback[16] = { [15] = 1 };
	static const uint8_t ff00[16] = { 0xff };
	struct vl_list *pos;

	if (!idev || idev->configured || ipv6_disabled(idev) || !(dev->flags & IFF_UP))
		return;
	if (dev->flags & IFF_LOOPBACK) {
		idev->configured = true;
		mc_allnodes_load(idev);
		add_addr(idev, loopback, 128, IPV6_SCOPE_HOST, true);
		/* addrconf_notify: lo keeps its inet6_dev below IPV6_MIN_MTU, but not ::1. */
		if (dev->mtu < IPV6_MIN_MTU)
			addrconf_ifdown(dev, false);
		return;
	}
	/*
	 * addrconf_link_ready: netif_oper_up and a qdisc that is not noop. A
	 * carrier linkwatch applies when this command ends (urgent) counts as
	 * applied, as vethlab has always configured such a device at
	 * NETDEV_UP; one that waits for linkwatch's next run (a veth end whose
	 * peer has its index) configures at that run's NETDEV_CHANGE.
	 */
	if (!dev->qdisc_active || (dev->operstate != IF_OPER_UP && dev->operstate != IF_OPER_UNKNOWN &&
				   !linkwatch_pending_urgent(dev)))
		return;
	idev->configured = true;
	mc_allnodes_load(idev);
	rt6_add(dev->net, ff00, 8, RTN_MULTICAST, RT_TABLE_LOCAL, 256, dev);
	addrconf_addr_gen(dev, idev);
	/* Addresses given while the device was down probe now (the link-local one already does). */
	vl_list_for_each(pos, &idev->addrs) {
		struct inet6_ifaddr *ifa = vl_list_entry(pos, struct inet6_ifaddr, node);

		if ((ifa->flags & (IFA6_F_TENTATIVE | IFA6_F_DADFAILED)) == IFA6_F_TENTATIVE &&
		    !vl_timer_pending(&ifa->dad_timer))
			dad_start(ifa);
	}
}

/*
 * addrconf_permanent_addr: on NETDEV_UP, carrier or not, the addresses given
 * while the device was down get their prefix routes (fixup_permanent_addr).
 */
static void addrconf_permanent_addr(struct netdev *dev)
{
	struct vl_list *pos;

	if (!dev->ip6_ptr)
		return;
	vl_list_for_each(pos, &dev->ip6_ptr->addrs) {
		const struct inet6_ifaddr *ifa = vl_list_entry(pos, struct inet6_ifaddr, node);

		if (ifa->scope != IPV6_SCOPE_HOST && !(ifa->flags & IFA_F_NOPREFIXROUTE) &&
		    !rt6_find_dev(dev, ifa->addr, ifa->prefixlen, RTN_UNICAST))
			rt6_add(dev->net, ifa->addr, ifa->prefixlen, RTN_UNICAST, RT_TABLE_MAIN, 256, dev);
	}
}

/*
 * addrconf_ifdown: without keep_addr_on_down, everything goes; with
 * unregister (the device leaves, or its MTU fell below IPV6_MIN_MTU) the
 * inet6_dev itself, its sysctls and its groups too, with no MLD report (the
 * kernel clears dev->ip6_ptr first, so the groups' leaves find no device).
 */
static void addrconf_ifdown(struct netdev *dev, bool unregister)
{
	struct inet6_dev *idev = dev->ip6_ptr;

	/* rt6_disable_ip, first, with or without an inet6_dev: the device's neighbours go. */
	neigh_ifdown(&dev->net->ipv6->nd_tbl, dev);
	if (!idev)
		return;
	vl_timer_cancel(&dev->net->world->clock, &idev->mld_timer);
	vl_timer_cancel(&dev->net->world->clock, &idev->mld_dad_timer);
	vl_timer_cancel(&dev->net->world->clock, &idev->rs_timer);
	idev->mld_pending = 0;
	if (unregister)
		idev->mld_snoopers_left = 0;   /* mld_clear_delrec; ipv6_mc_down keeps it */
	while (!vl_list_empty(&idev->addrs))
		del_addr(vl_list_entry(idev->addrs.next, struct inet6_ifaddr, node));
	while (!vl_list_empty(&idev->acs))
		anycast_free(idev, vl_list_entry(idev->acs.next, struct ifacaddr6, node));
	rt6_del_dev(dev, NULL, -1, 0);
	/* ipv6_mc_down runs only for a link that was configured (IF_READY). */
	if (idev->configured)
		idev->allnodes_loaded = false;
	idev->configured = false;
	if (unregister) {
		dev->ip6_ptr = NULL;
		cow_put(idev->cnf);
		cow_put(idev->nd_parms);
		free(idev->mld_set);
		kmem_cache_free(&dev->net->world->kmem[KMEM_INET6_DEV], idev);
	}
}

/* ipv6_add_dev: a fresh inet6_dev configured as net.ipv6.conf.default is now; none below IPV6_MIN_MTU. */
static struct inet6_dev *ipv6_add_dev(struct netdev *dev)
{
	struct world *w = dev->net->world;
	struct inet6_dev *idev;
	struct ipv6_devconf cnf;
	struct neigh_parms parms;

	if (dev->ip6_ptr || dev->mtu < IPV6_MIN_MTU)
		return dev->ip6_ptr;
	idev = kmem_cache_zalloc(&w->kmem[KMEM_INET6_DEV], sizeof(*idev));
	idev->dev = dev;
	sysctl_dev_init6(dev->net->sysctl, dev->flags & IFF_LOOPBACK, &cnf);
	idev->cnf = cow_share(&w->cow_conf6, &cnf, sizeof(cnf));
	/* nd_tbl's parameters are the whole kernel's: the initial namespace's default. */
	parms = (w->init_net && w->init_net->ipv6 ? w->init_net : dev->net)->ipv6->nd_tbl.parms;
	parms.data_state = 0;
	parms.spare = 0;
	idev->nd_parms = cow_share(&w->cow_parms, &parms, sizeof(parms));
	vl_list_init(&idev->addrs);
	vl_list_init(&idev->acs);
	vl_timer_init_wheel(&idev->mld_timer, mld_work);
	vl_timer_init_wheel(&idev->mld_dad_timer, mld_dad_work);
	vl_timer_init_wheel(&idev->rs_timer, rs_work);
	/* It joins ff02::1 and loads it into the device's filter at once. */
	idev->allnodes_loaded = true;
	idev->allnodes_seq = ++dev->net->ipv6->event_seq;
	/* A device born forwarding joins ff02::2 only; the other routers' groups come with a change. */
	idev->fwd_on = idev->cnf->data[IPV6_DEVCONF_FORWARDING] != 0;
	if (idev->fwd_on && (dev->flags & IFF_MULTICAST))
		idev->rtr_seq[MC_RTR_LINK] = ++dev->net->ipv6->event_seq;
	dev->ip6_ptr = idev;
	return idev;
}

/*
 * NETDEV_CHANGEMTU: below IPV6_MIN_MTU IPv6 stops on the device (its
 * neighbours go first); back at or above it, a new inet6_dev starts and, on
 * a device that is up with carrier, configures as NETDEV_UP would.
 */
static void addrconf_mtu_change(struct netdev *dev)
{
	if (dev->mtu < IPV6_MIN_MTU) {
		addrconf_ifdown(dev, !(dev->flags & IFF_LOOPBACK));
		return;
	}
	if (dev->ip6_ptr || !ipv6_add_dev(dev))
		return;
	addrconf_configure(dev);
}

void addrconf_disable_change(struct netns *net, struct netdev *only)
{
	struct vl_list *pos;

	vl_list_for_each(pos, &net->devices) {
		struct netdev *dev = vl_list_entry(pos, struct netdev, dev_list);

		if (only && dev != only)
			continue;
		if (!dev->ip6_ptr)
			continue;
		if (ipv6_disabled(dev->ip6_ptr))
			addrconf_ifdown(dev, false);
		else
			addrconf_configure(dev);
	}
}

static void addrconf_event(struct netdev *dev, enum netdev_event ev)
{
	uint8_t ll[16];

	fib6_sernum_bump(dev->net);
	switch (ev) {
	case NETDEV_REGISTER:
		/* The device joins the list, then ipv6_add_dev runs (unless the MTU is too small). */
		dev->mc_list_seq = ++dev->net->ipv6->event_seq;
		(void)ipv6_add_dev(dev);
		break;
	case NETDEV_UP:
		/* devinet, told first, has just joined 224.0.0.1 (ip_mc_up). */
		dev->mc_up_seq = ++dev->net->ipv6->event_seq;
		addrconf_permanent_addr(dev);
		addrconf_configure(dev);
		break;
	case NETDEV_CHANGEMTU:
		addrconf_mtu_change(dev);
		break;
	case NETDEV_CHANGE:
		/*
		 * Carrier back on a configured device: MLD reports again, for snooping
		 * switches (ipv6_mc_up). A report still pending absorbs it.
		 */
		if (dev->ip6_ptr && dev->ip6_ptr->configured && dev->carrier && !(dev->flags & IFF_LOOPBACK)) {
			if (!vl_timer_pending(&dev->ip6_ptr->mld_timer)) {
				mld_source(dev, ll);
				mld_report(dev->ip6_ptr, ll, MLD_ALL);
			}
		} else
			addrconf_configure(dev);
		break;
	case NETDEV_DOWN:
		addrconf_ifdown(dev, false);
		break;
	case NETDEV_UNREGISTER:
		addrconf_ifdown(dev, true);
		break;
	default:
		break;
	}
}

/*
 * ipv6_dev_notf: ADDRCONF_NOTIFY_PRIORITY (0), registered after IPv4's, so
 * called after fib's and before ndisc's (ADDRCONF_NOTIFY_PRIORITY - 5).
 */
static const struct netdev_notifier ipv6_dev_notf = {
	.event = addrconf_event,
	.priority = ADDRCONF_NOTIFY_PRIORITY,
};

int addrconf_init(struct world *w)
{
	return register_netdevice_notifier(w, &ipv6_dev_notf);
}

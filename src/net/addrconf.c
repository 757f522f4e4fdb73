/*
 * addrconf.c: IPv6 addresses as net/ipv6/addrconf.c gives them: ::1 when lo
 * comes up, an EUI-64 link-local once a device is up with carrier, tentative
 * until duplicate address detection (a random start delay under
 * router_solicitation_delay, then dad_transmits probes a retrans time apart)
 * completes. Addresses go when the device goes down or IPv6 is disabled.
 */
#include "addrconf.h"

#include <stdlib.h>
#include <string.h>

#include "../core/netns.h"
#include "../core/world.h"
#include "ipv4.h"
#include "ndisc.h"
#include "wire.h"

#define RETRANS_NS VL_NSEC_PER_SEC

static bool ipv6_disabled(const struct netdev *dev)
{
	return dev->cnf6.data[IPV6_DEVCONF_DISABLE_IPV6] != 0;
}

static void rt6_add(struct netns *net, const uint8_t *dst, int plen, uint8_t type, uint32_t table,
		    uint32_t metric, struct netdev *dev)
{
	struct rt6_route *r = calloc(1, sizeof(*r));

	if (!r)
		return;
	memcpy(r->dst, dst, 16);
	r->plen = (uint8_t)plen;
	r->type = type;
	r->table = table;
	r->metric = metric;
	r->dev = dev;
	vl_list_add_tail(&net->ipv6->routes, &r->node);
	vl_list_add_tail(&dev->rt6_routes, &r->dev_node);
}

static void rt6_del_dev(struct netdev *dev)
{
	while (!vl_list_empty(&dev->rt6_routes)) {
		struct rt6_route *r = vl_list_entry(dev->rt6_routes.next, struct rt6_route, dev_node);

		vl_list_del(&r->node);
		vl_list_del(&r->dev_node);
		free(r);
	}
}

int ipv6_net_init(struct netns *net)
{
	net->ipv6 = calloc(1, sizeof(*net->ipv6));
	if (!net->ipv6)
		return -1;
	vl_list_init(&net->ipv6->routes);
	return 0;
}

void ipv6_net_exit(struct netns *net)
{
	if (!net->ipv6)
		return;
	while (!vl_list_empty(&net->ipv6->routes)) {
		struct rt6_route *r = vl_list_entry(net->ipv6->routes.next, struct rt6_route, node);

		vl_list_del(&r->node);
		vl_list_del(&r->dev_node);
		free(r);
	}
	free(net->ipv6);
	net->ipv6 = NULL;
}

/* The local route appears once the address is usable (ipv6_ifa_notify, RTM_NEWADDR). */
static uint64_t rand_below(struct world *w, uint64_t span)
{
	return span ? vl_rng_next(&w->rng) % span : 0;
}

/* rfc3315_s14_backoff_init and _update: 0.9..1.1 of the start, then 1.9..2.1 times. */
static uint64_t rs_backoff(struct world *w, uint64_t rt, bool init)
{
	uint64_t mrt = 3600 * VL_NSEC_PER_SEC;
	uint64_t t;

	if (init)
		return rt / 1000000 * (900000 + rand_below(w, 200001));
	t = rt / 1000000 * (1900000 + rand_below(w, 200001));
	return t > mrt ? mrt / 1000000 * (900000 + rand_below(w, 200001)) : t;
}

static uint64_t mld_interval(const struct netdev *dev)
{
	int ms = dev->cnf6.data[IPV6_DEVCONF_MLDV2_UNSOLICITED_REPORT_INTERVAL];

	return ms > 0 ? (uint64_t)ms * VL_NSEC_PER_MSEC : 1;
}

/* A state-change report now, and the robustness retransmission later. */
static void mld_report(struct inet6_dev *idev, const uint8_t *src)
{
	struct netdev *dev = idev->dev;
	struct world *w = dev->net->world;

	memcpy(idev->mld_src, src, 16);
	mld_send_report(dev, src, idev->mld_group);
	idev->mld_pending = 1;
	vl_timer_arm(&w->clock, &idev->mld_timer, w->clock.now + rand_below(w, mld_interval(dev)));
}

static void mld_work(struct vl_timer *t)
{
	struct inet6_dev *idev = vl_container_of(t, struct inet6_dev, mld_timer);

	if (idev->mld_pending-- > 0)
		mld_send_report(idev->dev, idev->mld_src, idev->mld_group);
}

static void rs_work(struct vl_timer *t)
{
	struct inet6_dev *idev = vl_container_of(t, struct inet6_dev, rs_timer);
	struct netdev *dev = idev->dev;
	struct world *w = dev->net->world;
	int max = dev->cnf6.data[IPV6_DEVCONF_ROUTER_SOLICITATIONS];

	if (max >= 0 && idev->rs_probes >= max)
		return;
	idev->rs_probes++;
	ndisc_send_rs(dev, idev->ll);
	idev->rs_interval = rs_backoff(w, idev->rs_interval, false);
	vl_timer_arm(&w->clock, &idev->rs_timer,
		     w->clock.now + ((max >= 0 && idev->rs_probes == max)
					     ? (uint64_t)dev->cnf6.data[IPV6_DEVCONF_ROUTER_SOLICITATION_DELAY] * VL_NSEC_PER_SEC
					     : idev->rs_interval));
}

/* addrconf_dad_completed: reports from the new source, then router solicitations. */
static void dad_completed(struct inet6_dev *idev)
{
	struct netdev *dev = idev->dev;
	struct world *w = dev->net->world;
	int max = dev->cnf6.data[IPV6_DEVCONF_ROUTER_SOLICITATIONS];
	int ival = dev->cnf6.data[IPV6_DEVCONF_ROUTER_SOLICITATION_INTERVAL];

	mld_report(idev, idev->ll);
	if (max == 0 || dev->cnf6.data[IPV6_DEVCONF_FORWARDING])
		return;
	ndisc_send_rs(dev, idev->ll);
	idev->rs_probes = 1;
	idev->rs_interval = rs_backoff(w, (uint64_t)(ival > 0 ? ival : 1) * VL_NSEC_PER_SEC, true);
	vl_timer_arm(&w->clock, &idev->rs_timer, w->clock.now + idev->rs_interval);
}

static void addr_ready(struct inet6_ifaddr *ifa)
{
	struct netdev *dev = ifa->idev->dev;

	ifa->flags &= ~IFA6_F_TENTATIVE;
	rt6_add(dev->net, ifa->addr, 128, RTN_LOCAL, RT_TABLE_LOCAL, 0, dev);
	if (ifa->scope == IPV6_SCOPE_LINK && !(dev->flags & IFF_LOOPBACK))
		dad_completed(ifa->idev);
}

static void dad_work(struct vl_timer *t)
{
	struct inet6_ifaddr *ifa = vl_container_of(t, struct inet6_ifaddr, dad_timer);
	struct world *w = ifa->idev->dev->net->world;

	if (ifa->dad_probes == 0) {
		addr_ready(ifa);
		return;
	}
	ndisc_send_dad_ns(ifa->idev->dev, ifa->addr);
	ifa->dad_probes--;
	vl_timer_arm(&w->clock, &ifa->dad_timer, w->clock.now + RETRANS_NS);
}

static bool dad_needed(const struct netdev *dev)
{
	const struct netns *net = dev->net;

	return !(net->sysctl.v6_all.data[IPV6_DEVCONF_ACCEPT_DAD] < 1 &&
		 dev->cnf6.data[IPV6_DEVCONF_ACCEPT_DAD] < 1) &&
	       dev->cnf6.data[IPV6_DEVCONF_DAD_TRANSMITS] > 0;
}

static struct inet6_ifaddr *add_addr(struct inet6_dev *idev, const uint8_t *addr, int plen,
				     uint8_t scope, bool nodad)
{
	struct netdev *dev = idev->dev;
	struct world *w = dev->net->world;
	struct inet6_ifaddr *ifa = calloc(1, sizeof(*ifa));

	if (!ifa)
		return NULL;
	ifa->idev = idev;
	memcpy(ifa->addr, addr, 16);
	ifa->prefixlen = (uint8_t)plen;
	ifa->scope = scope;
	ifa->flags = IFA6_F_PERMANENT | IFA6_F_TENTATIVE;
	vl_timer_init(&ifa->dad_timer, dad_work);
	vl_list_add_head(&idev->addrs, &ifa->node);
	if (nodad || !dad_needed(dev)) {
		addr_ready(ifa);
		return ifa;
	}
	/* addrconf_dad_kick: start after a random delay below rtr_solicit_delay. */
	ifa->dad_probes = dev->cnf6.data[IPV6_DEVCONF_DAD_TRANSMITS];
	{
		int delay_s = dev->cnf6.data[IPV6_DEVCONF_ROUTER_SOLICITATION_DELAY];
		uint64_t span = delay_s > 0 ? (uint64_t)delay_s * VL_NSEC_PER_SEC : 1;

		vl_timer_arm(&w->clock, &ifa->dad_timer, w->clock.now + rand_below(w, span));
	}
	return ifa;
}

static void del_addr(struct inet6_ifaddr *ifa)
{
	vl_timer_cancel(&ifa->idev->dev->net->world->clock, &ifa->dad_timer);
	vl_list_del(&ifa->node);
	free(ifa);
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

static void addrconf_configure(struct netdev *dev)
{
	struct inet6_dev *idev = dev->ip6_ptr;
	static const uint8_t loopback[16] = { [15] = 1 };
	static const uint8_t ff00[16] = { 0xff };
	static const uint8_t fe80[16] = { 0xfe, 0x80 };
	uint8_t ll[16];

	if (!idev || idev->configured || ipv6_disabled(dev) || !(dev->flags & IFF_UP))
		return;
	if (dev->flags & IFF_LOOPBACK) {
		idev->configured = true;
		add_addr(idev, loopback, 128, IPV6_SCOPE_HOST, true);
		return;
	}
	if (!dev->carrier)
		return; /* addrconf_link_ready: wait for the carrier */
	idev->configured = true;
	rt6_add(dev->net, ff00, 8, RTN_MULTICAST, RT_TABLE_LOCAL, 256, dev);
	rt6_add(dev->net, fe80, 64, RTN_UNICAST, RT_TABLE_MAIN, 256, dev);
	eui64_linklocal(dev, ll);
	memcpy(idev->ll, ll, 16);
	/* Joining the solicited-node group is reported at once, still from ::. */
	ipv6_solicited_node(ll, idev->mld_group);
	mld_report(idev, (const uint8_t[16]){ 0 });
	add_addr(idev, ll, 64, IPV6_SCOPE_LINK, false);
}

/* addrconf_ifdown: without keep_addr_on_down, everything goes. */
static void addrconf_ifdown(struct netdev *dev)
{
	struct inet6_dev *idev = dev->ip6_ptr;

	if (!idev)
		return;
	vl_timer_cancel(&dev->net->world->clock, &idev->mld_timer);
	vl_timer_cancel(&dev->net->world->clock, &idev->rs_timer);
	idev->mld_pending = 0;
	while (!vl_list_empty(&idev->addrs))
		del_addr(vl_list_entry(idev->addrs.next, struct inet6_ifaddr, node));
	rt6_del_dev(dev);
	idev->configured = false;
}

void addrconf_disable_change(struct netns *net, struct netdev *only)
{
	struct vl_list *pos;

	vl_list_for_each(pos, &net->devices) {
		struct netdev *dev = vl_list_entry(pos, struct netdev, dev_list);

		if (only && dev != only)
			continue;
		if (ipv6_disabled(dev))
			addrconf_ifdown(dev);
		else
			addrconf_configure(dev);
	}
}

static int addrconf_event(struct netdev *dev, enum netdev_event ev)
{
	switch (ev) {
	case NETDEV_REGISTER:
		dev->ip6_ptr = calloc(1, sizeof(*dev->ip6_ptr));
		if (!dev->ip6_ptr)
			return -1;
		dev->ip6_ptr->dev = dev;
		vl_list_init(&dev->ip6_ptr->addrs);
		vl_timer_init(&dev->ip6_ptr->mld_timer, mld_work);
		vl_timer_init(&dev->ip6_ptr->rs_timer, rs_work);
		break;
	case NETDEV_UP:
	case NETDEV_CHANGE:
		addrconf_configure(dev);
		break;
	case NETDEV_DOWN:
		addrconf_ifdown(dev);
		break;
	case NETDEV_UNREGISTER:
		addrconf_ifdown(dev);
		free(dev->ip6_ptr);
		dev->ip6_ptr = NULL;
		break;
	default:
		break;
	}
	return 0;
}

const struct netdev_notifier addrconf_notifier = {
	.event = addrconf_event,
};

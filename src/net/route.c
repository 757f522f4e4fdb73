/* route.c: output and input route resolution, source selection and source validation. */
#include <errno.h>

#include "../core/dropreason.h"
#include "ipv4.h"

static bool is_multicast(uint32_t a) { return (a & 0xf0000000u) == 0xe0000000u; }
static bool is_lbcast(uint32_t a) { return a == 0xffffffffu; }
static bool is_zeronet(uint32_t a) { return (a & 0xff000000u) == 0; }
static bool is_loopback(uint32_t a) { return (a & 0xff000000u) == 0x7f000000u; }

/* The IN_DEV_*CONF macros: how a device's knob combines with conf/all. */
int in_dev_conf(const struct in_device *idev, int key, enum in_dev_combine how)
{
	int dev = idev->cnf.data[key];
	int all = idev->dev->net->sysctl.v4_all.data[key];

	switch (how) {
	case IN_DEV_MAX:
		return dev > all ? dev : all;
	case IN_DEV_OR:
		return dev || all;
	case IN_DEV_AND:
		return dev && all;
	default:
		return dev;
	}
}

/* inet_select_addr: a primary of dev in scope, preferring dst's subnet, else any device's. */
uint32_t inet_select_addr(const struct netdev *dev, uint32_t dst, int scope)
{
	uint32_t addr = 0;
	struct vl_list *pos;

	for (const struct in_ifaddr *ifa = dev->ip_ptr ? dev->ip_ptr->ifa_list : NULL; ifa; ifa = ifa->next) {
		if ((ifa->flags & IFA_F_SECONDARY) || ifa->scope > scope)
			continue;
		if (!dst || !((dst ^ ifa->address) & ifa->mask))
			return ifa->local;
		if (!addr)
			addr = ifa->local;
	}
	if (addr)
		return addr;
	/* Rare: dev has no usable address; any other device's will do. */
	vl_list_for_each(pos, &dev->net->devices) {
		const struct netdev *d = vl_list_entry(pos, struct netdev, dev_list);

		for (const struct in_ifaddr *ifa = d->ip_ptr ? d->ip_ptr->ifa_list : NULL; ifa; ifa = ifa->next)
			if (!(ifa->flags & IFA_F_SECONDARY) && ifa->scope != RT_SCOPE_LINK && ifa->scope <= scope)
				return ifa->local;
	}
	return 0;
}

static void make_output(struct netns *net, struct flow4 *fl, struct rt_result *rt,
		       const struct fib_route *r, struct netdev *dev_out)
{
	rt->daddr = fl->daddr;
	rt->route = r;
	rt->type = r ? r->type : RTN_UNICAST;
	rt->scope = r ? r->scope : RT_SCOPE_LINK;
	rt->dev = dev_out;
	rt->gw = r && r->gw ? r->gw : 0;
	if (!fl->saddr)
		fl->saddr = r && r->prefsrc ? r->prefsrc
					    : inet_select_addr(dev_out, rt->gw ? rt->gw : fl->daddr,
							       r && r->gw ? RT_SCOPE_UNIVERSE : RT_SCOPE_LINK);
	rt->saddr = fl->saddr;
	if (!rt->orig_oif)
		rt->orig_oif = fl->oif;
	(void)net;
}

/* ip_route_output_key_hash_rcu, for unicast, local and broadcast destinations. */
int ip_route_output(struct netns *net, struct flow4 *fl, struct rt_result *rt)
{
	struct netdev *dev_out = NULL;
	struct fib_route *r = NULL;

	*rt = (struct rt_result){ 0 };
	if (fl->saddr) {
		if (is_multicast(fl->saddr) || is_lbcast(fl->saddr) || is_zeronet(fl->saddr))
			return -EINVAL;
		if (!inet_lookup_local(net, fl->saddr))
			return -EINVAL;
	}
	if (fl->oif) {
		dev_out = netdev_get_by_index(net, fl->oif);
		if (!dev_out)
			return -ENODEV;
		if (!(dev_out->flags & IFF_UP) || !dev_out->ip_ptr)
			return -ENETUNREACH;
		if (is_lbcast(fl->daddr)) {
			if (!fl->saddr)
				fl->saddr = inet_select_addr(dev_out, 0, RT_SCOPE_LINK);
			make_output(net, fl, rt, NULL, dev_out);
			rt->type = RTN_BROADCAST;
			return 0;
		}
	}
	if (!fl->daddr) {
		fl->daddr = fl->saddr ? fl->saddr : 0x7f000001u;
		if (!fl->saddr)
			fl->saddr = fl->daddr;
		make_output(net, fl, rt, NULL, net->loopback_dev);
		rt->type = RTN_LOCAL;
		rt->local = true;
		return 0;
	}
	if (fib_lookup(net, fl->daddr, fl->oif, &r)) {
		if (fl->oif) {
			/* "Apparently, routing tables are wrong": assume the destination is on link. */
			make_output(net, fl, rt, NULL, dev_out);
			return 0;
		}
		return -ENETUNREACH;
	}
	switch (r->type) {
	case RTN_LOCAL:
		if (!fl->saddr)
			fl->saddr = r->prefsrc ? r->prefsrc : fl->daddr;
		rt->orig_oif = r->dev ? r->dev->ifindex : 0;
		make_output(net, fl, rt, r, net->loopback_dev);
		rt->local = true;
		return 0;
	case RTN_UNREACHABLE:
		return -EHOSTUNREACH;
	case RTN_PROHIBIT:
		return -EACCES;
	case RTN_BLACKHOLE:
		return -EINVAL;
	default:
		make_output(net, fl, rt, r, r->dev);
		return 0;
	}
}

/* __fib_validate_source: reverse-path checks when rp_filter or custom routes ask for them. */
static int validate_source_full(struct netns *net, uint32_t src, struct netdev *dev,
				struct in_device *idev, int rpf)
{
	struct fib_route *r;

	if (fib_lookup(net, src, 0, &r))
		return rpf ? -SKB_DROP_REASON_IP_RPFILTER : 0;
	if (r->type != RTN_UNICAST && (r->type != RTN_LOCAL || !in_dev_conf(idev, IPV4_DEVCONF_ACCEPT_LOCAL, IN_DEV_OR)))
		return -SKB_DROP_REASON_IP_INVALID_SOURCE;
	if (r->dev == dev || (r->type == RTN_LOCAL && dev == net->loopback_dev))
		return 0;
	if (!idev->ifa_list)
		return rpf ? -SKB_DROP_REASON_IP_RPFILTER : 0;
	if (rpf == 1)
		return -SKB_DROP_REASON_IP_RPFILTER;
	return 0;
}

/* fib_validate_source: a source that is one of our own addresses is a martian. */
static int validate_source(struct netns *net, uint32_t src, struct netdev *dev)
{
	struct in_device *idev = dev->ip_ptr;
	int rpf = in_dev_conf(idev, IPV4_DEVCONF_RP_FILTER, IN_DEV_MAX);

	if (!rpf) {
		if (in_dev_conf(idev, IPV4_DEVCONF_ACCEPT_LOCAL, IN_DEV_OR))
			return 0;
		if (!ipv4_net(net)->custom_local_routes) {
			if (inet_lookup_local(net, src))
				return -SKB_DROP_REASON_IP_LOCAL_SOURCE;
			return 0;
		}
	}
	return validate_source_full(net, src, dev, idev, rpf);
}

/* ip_route_input_slow: local delivery, broadcast, forwarding, or why not. */
int ip_route_input(struct sk_buff *skb, uint32_t daddr, uint32_t saddr, struct netdev *dev,
		   struct rt_result *rt)
{
	struct netns *net = dev->net;
	struct in_device *idev = dev->ip_ptr;
	struct fib_route *r;
	int err;

	(void)skb;
	*rt = (struct rt_result){ .daddr = daddr, .saddr = saddr, .dev = dev };
	if (!idev)
		return -SKB_DROP_REASON_NOT_SPECIFIED;
	if (is_multicast(saddr) || is_lbcast(saddr))
		return -SKB_DROP_REASON_IP_INVALID_SOURCE;
	if (is_lbcast(daddr) || (saddr == 0 && daddr == 0)) {
		rt->type = RTN_BROADCAST;
		return 0;
	}
	if (is_zeronet(saddr))
		return -SKB_DROP_REASON_IP_INVALID_SOURCE;
	if (is_zeronet(daddr))
		return -SKB_DROP_REASON_IP_INVALID_DEST;
	if (is_loopback(daddr)) {
		if (!in_dev_conf(idev, IPV4_DEVCONF_ROUTE_LOCALNET, IN_DEV_OR))
			return -SKB_DROP_REASON_IP_INVALID_DEST;
	} else if (is_loopback(saddr)) {
		if (!in_dev_conf(idev, IPV4_DEVCONF_ROUTE_LOCALNET, IN_DEV_OR))
			return -SKB_DROP_REASON_IP_INVALID_SOURCE;
	}
	if (fib_lookup(net, daddr, 0, &r)) {
		rt->type = RTN_UNSPEC;
		return in_dev_conf(idev, IPV4_DEVCONF_FORWARDING, IN_DEV_DEV) ? -SKB_DROP_REASON_IP_INNOROUTES
									: -SKB_DROP_REASON_IP_INADDRERRORS;
	}
	rt->route = r;
	rt->type = r->type;
	if (r->type == RTN_BROADCAST)
		return 0;
	if (r->type == RTN_LOCAL) {
		err = validate_source(net, saddr, dev);
		if (err)
			return err;
		rt->local = true;
		return 0;
	}
	if (!in_dev_conf(idev, IPV4_DEVCONF_FORWARDING, IN_DEV_DEV))
		return -SKB_DROP_REASON_IP_INADDRERRORS;
	if (r->type != RTN_UNICAST)
		return r->type == RTN_BLACKHOLE ? -SKB_DROP_REASON_BLACKHOLE : -SKB_DROP_REASON_IP_INNOROUTES;
	err = validate_source(net, saddr, dev);
	if (err)
		return err;
	rt->dev = r->dev;
	rt->gw = r->gw;
	return 0;
}

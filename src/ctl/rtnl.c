/* rtnl.c: addresses, namespaces and ethtool over the core, as rtnetlink does it (links: rtnl_link.c). */
#include "rtnl.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/alloc.h"
#include "../core/netns.h"
#include "../core/world.h"
#include "../net/addrconf.h"
#include "../net/ipv6.h"
#include "../net/ipv4.h"

static void fill_addr(const struct netdev *dev, const struct in_ifaddr *ifa, struct rtnl_addr *a)
{
	a->ifindex = dev->ifindex;
	a->local = ifa->local;
	a->address = ifa->address;
	a->broadcast = ifa->broadcast;
	a->prefixlen = ifa->prefixlen;
	a->scope = ifa->scope;
	a->flags = ifa->flags;
	a->rt_priority = ifa->rt_priority;
	memcpy(a->label, ifa->label, IFNAMSIZ);
}

static int dump_dev_addrs(struct netdev *dev, rtnl_addr_cb cb, void *arg)
{
	for (struct in_ifaddr *ifa = dev->ip_ptr ? dev->ip_ptr->ifa_list : NULL; ifa;
	     ifa = ifa->next) {
		struct rtnl_addr a;
		int err;

		fill_addr(dev, ifa, &a);
		err = cb(&a, arg);
		if (err)
			return err;
	}
	return 0;
}

int rtnl_addr_dump(struct netns *net, int ifindex, rtnl_addr_cb cb, void *arg)
{
	struct vl_list *pos;

	if (ifindex) {
		struct netdev *dev = netdev_get_by_index(net, ifindex);

		return dev ? dump_dev_addrs(dev, cb, arg) : -ENODEV;
	}
	vl_list_for_each(pos, &net->devices) {
		int err = dump_dev_addrs(vl_list_entry(pos, struct netdev, dev_list), cb, arg);

		if (err)
			return err;
	}
	return 0;
}

/* ifa_ipv4_policy: IFA_LABEL is a string of at most IFNAMSIZ - 1 bytes. */
static int label_policy(const char *label, const char **extack)
{
	if (label && strlen(label) >= IFNAMSIZ) {
		*extack = "Attribute failed policy validation";
		return -EINVAL;
	}
	return 0;
}

int rtnl_addr_add(struct netns *net, int ifindex, const struct ifa_req *req, const char **extack)
{
	struct netdev *dev = netdev_get_by_index(net, ifindex);
	int err = label_policy(req->label, extack);

	if (err)
		return err;
	if (!dev)
		return -ENODEV;
	return inet_addr_add(dev, req, extack);
}

int rtnl_addr_del(struct netns *net, int ifindex, const struct ifa_del_req *req, const char **extack)
{
	struct netdev *dev = netdev_get_by_index(net, ifindex);
	int err = label_policy(req->label, extack);

	if (err)
		return err;
	if (!dev)
		return -ENODEV;
	return inet_addr_del(dev, req, extack);
}

int rtnl_ioctl_addr(struct netns *net, int ifindex, const char *label, int which, uint32_t value)
{
	struct netdev *dev = netdev_get_by_index(net, ifindex);

	if (!dev)
		return -ENODEV;
	switch (which) {
	case RTNL_IOCTL_ADDR:
		return inet_ioctl_set_addr(dev, label, value);
	case RTNL_IOCTL_NETMASK:
		return inet_ioctl_set_netmask(dev, label, value);
	case RTNL_IOCTL_ALIAS_FLAGS:
		return inet_ioctl_alias_flags(dev, label, value);
	default:
		return inet_ioctl_set_broadcast(dev, label, value);
	}
}

struct netns *rtnl_init_net(struct world *w)
{
	return w->init_net;
}

struct netns *rtnl_netns_get(struct world *w, const char *name)
{
	return world_netns_by_name(w, name);
}

const char *rtnl_netns_name(const struct netns *net)
{
	return net->unlinked ? NULL : net->name;
}

void rtnl_netns_hold(struct netns *net)
{
	get_net(net);
}

void rtnl_netns_release(struct netns *net)
{
	put_net(net);
}

struct world *rtnl_netns_world(const struct netns *net)
{
	return net->world;
}

int rtnl_netns_add(struct world *w, const char *name)
{
	struct netns *net;

	if (world_netns_by_name(w, name))
		return -EEXIST;
	net = netns_new(w, name);
	if (!net)
		return -ENOMEM;
	vl_htab_insert(&w->ns_by_name, &net->name_hnode, vl_hash_str(name));
	vl_list_add_tail(&w->ns_named, &net->named_node);
	return 0;
}

int rtnl_netns_del(struct world *w, const char *name)
{
	struct netns *net = world_netns_by_name(w, name);

	if (!net)
		return -ENOENT;
	netns_unlink(net);
	return 0;
}

int rtnl_netns_list(struct world *w, rtnl_netns_cb cb, void *arg)
{
	struct vl_list *pos;

	for (pos = w->ns_named.prev; pos != &w->ns_named; pos = pos->prev) {
		int err = cb(vl_list_entry(pos, struct netns, named_node), arg);

		if (err)
			return err;
	}
	return 0;
}

int rtnl_nsid_get(struct netns *net, struct netns *peer)
{
	return peernet2id(net, peer);
}

int rtnl_nsid_set(struct netns *net, struct netns *peer, int id, const char **extack)
{
	int err = peernet2id_set(net, peer, id);

	if (err == -EEXIST)
		*extack = "Peer netns already has a nsid assigned";
	else if (err == -EBUSY) {
		*extack = "The specified nsid is already used";
		err = -EEXIST;
	}
	return err < 0 ? err : 0;
}

int rtnl_nsid_dump(struct netns *net, rtnl_nsid_cb cb, void *arg)
{
	struct netns_nsid *v;
	int n = netns_nsid_list(net, &v), err = 0;

	for (int i = 0; i < n && !err; i++)
		err = cb(v[i].id, v[i].peer, arg);
	free(v);
	return err;
}

struct netns *rtnl_netns_by_id(struct netns *net, int id)
{
	return get_net_ns_by_id(net, id);
}

int rtnl_addr6_dump(struct netns *net, int ifindex, rtnl_addr6_cb cb, void *arg)
{
	struct vl_list *pos, *apos;

	vl_list_for_each(pos, &net->devices) {
		struct netdev *dev = vl_list_entry(pos, struct netdev, dev_list);

		if ((ifindex && dev->ifindex != ifindex) || !dev->ip6_ptr)
			continue;
		vl_list_for_each(apos, &dev->ip6_ptr->addrs) {
			const struct inet6_ifaddr *ifa = vl_list_entry(apos, struct inet6_ifaddr, node);
			struct rtnl_addr6 a = { .ifindex = dev->ifindex, .prefixlen = ifa->prefixlen,
						.scope = ifa->scope, .flags = ifa->flags };
			int err;

			memcpy(a.addr, ifa->addr, 16);
			err = cb(&a, arg);
			if (err)
				return err;
		}
	}
	return 0;
}

int rtnl_addr6_add(struct netns *net, int ifindex, const uint8_t *addr, int plen, uint32_t flags,
		   bool replace, const char **extack)
{
	struct netdev *dev = netdev_get_by_index(net, ifindex);
	int err;

	if (!dev)
		return -ENODEV;
	err = inet6_addr_add(dev, addr, plen, flags, replace);
	if (err == -EEXIST)
		*extack = "ipv6: address already assigned";
	else if (err == -EACCES)
		*extack = "ipv6: IPv6 is disabled on this device";
	return err;
}

int rtnl_addr6_del(struct netns *net, int ifindex, const uint8_t *addr, int plen, const char **extack)
{
	struct netdev *dev = netdev_get_by_index(net, ifindex);
	int err;

	if (!dev)
		return -ENODEV;
	err = inet6_addr_del(dev, addr, plen);
	if (err == -EADDRNOTAVAIL)
		*extack = "ipv6: address not found";
	else if (err == -ENODEV)
		*extack = "ipv6: IPv6 is disabled on this device";
	return err;
}


/*
 * rtnl_link.c: RTM_NEWLINK, RTM_DELLINK and RTM_GETLINK as net/core/rtnetlink.c
 * handles them: attribute policy, validation, creation (rtnl_newlink_create),
 * changes in do_setlink's order, device groups, and link snapshots.
 */
#include "rtnl.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "../core/netns.h"
#include "../core/world.h"
#include "../net/addrconf.h"
#include "../net/bridge.h"
#include "../net/ipv6.h"

/* MAX_TCP_HEADER + 1: the smallest IFLA_GSO_MAX_SIZE the policy lets through. */
#define GSO_MAX_SIZE_MIN 193u

static void fill_link_extra(const struct netdev *dev, struct rtnl_link *l)
{
	l->promiscuity = dev->promiscuity;
	l->allmulti = dev->allmulti;
	l->group = dev->group;
	l->link_mode = dev->link_mode;
	l->addr_gen_mode = dev->ip6_ptr ? dev->ip6_ptr->cnf->data[IPV6_DEVCONF_ADDR_GEN_MODE] : -1;
	l->gso_max_size = dev->gso_max_size;
	l->gso_max_segs = dev->gso_max_segs;
	l->gro_max_size = dev->gro_max_size;
	l->tso_max_size = dev->tso_max_size;
	l->tso_max_segs = dev->tso_max_segs;
	if (dev->ifalias)
		snprintf(l->ifalias, sizeof(l->ifalias), "%s", dev->ifalias);
}

/* What a link message and the ioctls share: everything but the link's peer namespace. */
static void fill_link_local(struct netdev *dev, struct rtnl_link *l)
{
	memset(l, 0, sizeof(*l));
	l->ifindex = dev->ifindex;
	memcpy(l->name, dev->name, IFNAMSIZ);
	l->flags = dev_get_flags(dev);
	l->mtu = dev->mtu;
	l->min_mtu = dev->min_mtu;
	l->max_mtu = dev->max_mtu;
	l->type = dev->type;
	memcpy(l->addr, dev->dev_addr, ETH_ALEN);
	memcpy(l->brd, dev->broadcast, ETH_ALEN);
	l->operstate = dev_operstate(dev);
	l->txqlen = dev->tx_queue_len;
	l->qdisc = dev->qdisc_attached ? "noqueue" : "noop";
	l->kind = dev->rtnl_link_ops ? dev->rtnl_link_ops->kind : NULL;
	if (dev->master) {
		l->master = dev->master->ifindex;
		l->slave_kind = dev->master->rtnl_link_ops ? dev->master->rtnl_link_ops->slave_kind : NULL;
	}
	(void)br_get_info(dev, &l->br);
	(void)br_port_get_info(dev, &l->brport);
	l->num_tx_queues = dev->num_tx_queues;
	l->num_rx_queues = dev->num_rx_queues;
	netdev_get_stats(dev, &l->stats);
	l->carrier_changes = dev->carrier_up_count + dev->carrier_down_count;
	if (dev->ip6_ptr) {
		const struct ipv6_devstats *s6 = &dev->ip6_ptr->stats;

		l->inet6_stats.in_pkts = s6->in_pkts;
		l->inet6_stats.in_octets = s6->in_octets;
		l->inet6_stats.in_ect1 = s6->in_ect1;
		l->inet6_stats.in_ect0 = s6->in_ect0;
		l->inet6_stats.in_toobig = s6->in_toobig;
		l->inet6_stats.in_noroutes = s6->in_noroutes;
	}
	l->carrier = dev->carrier;
	l->link_netnsid = -1;
	fill_link_extra(dev, l);
}

static void fill_link(struct netns *net, struct netdev *dev, struct rtnl_link *l)
{
	fill_link_local(dev, l);
	if (dev_get_iflink(dev) != dev->ifindex)
		l->link = dev_get_iflink(dev);
	if (dev->netdev_ops && dev->netdev_ops->get_link_net) {
		struct netns *ln = dev->netdev_ops->get_link_net(dev);

		/* Filling a link message is what makes the kernel assign an nsid. */
		if (ln != net) {
			l->link_netnsid = peernet2id_alloc(net, ln);
			/* A peer elsewhere is named even when its index equals ours. */
			l->link = dev_get_iflink(dev);
		}
	}
}

static struct netdev *find_dev(struct netns *net, int ifindex, const char *name)
{
	return name ? netdev_get_by_name(net, name) : netdev_get_by_index(net, ifindex);
}

int rtnl_ifindex(struct netns *net, const char *name)
{
	struct netdev *dev = netdev_get_by_name(net, name);

	return dev ? dev->ifindex : 0;
}

int rtnl_ifindex_getlink(struct netns *net, const char *name)
{
	struct netdev *dev = netdev_get_by_name(net, name);

	if (!dev)
		return 0;
	linkwatch_sync_dev(dev);
	return dev->ifindex;
}

int rtnl_link_get(struct netns *net, int ifindex, const char *name, struct rtnl_link *out)
{
	struct netdev *dev = find_dev(net, ifindex, name);

	if (!dev)
		return -ENODEV;
	fill_link(net, dev, out);
	return 0;
}

/* rtnl_getlink: linkwatch_sync_dev before the answer, so a change still queued shows. */
int rtnl_link_getlink(struct netns *net, int ifindex, const char *name, struct rtnl_link *out)
{
	struct netdev *dev = find_dev(net, ifindex, name);

	if (!dev)
		return -ENODEV;
	linkwatch_sync_dev(dev);
	fill_link(net, dev, out);
	return 0;
}

int rtnl_link_dump(struct netns *net, rtnl_link_cb cb, void *arg)
{
	struct vl_list *pos, *tmp;

	vl_list_for_each_safe(pos, tmp, &net->devices) {
		struct rtnl_link l;
		int err;

		fill_link(net, vl_list_entry(pos, struct netdev, dev_list), &l);
		err = cb(&l, arg);
		if (err)
			return err;
	}
	return 0;
}

int rtnl_link_peek(struct netns *net, int ifindex, const char *name, struct rtnl_link *out)
{
	struct netdev *dev = find_dev(net, ifindex, name);

	if (!dev)
		return -ENODEV;
	fill_link_local(dev, out);
	return 0;
}

int rtnl_link_peek_dump(struct netns *net, rtnl_link_cb cb, void *arg)
{
	struct vl_list *pos, *tmp;

	vl_list_for_each_safe(pos, tmp, &net->devices) {
		struct rtnl_link l;
		int err;

		fill_link_local(vl_list_entry(pos, struct netdev, dev_list), &l);
		err = cb(&l, arg);
		if (err)
			return err;
	}
	return 0;
}

const char *rtnl_ifname(struct netns *net, int ifindex, char *buf)
{
	struct netdev *dev = netdev_get_by_index(net, ifindex);

	if (!dev)
		return NULL;
	memcpy(buf, dev->name, IFNAMSIZ);
	return buf;
}

int rtnl_nsid_alloc(struct netns *net, struct netns *peer)
{
	return peernet2id_alloc(net, peer);
}

/* ifla_policy: what nlmsg_parse refuses before any handler runs. */
static int link_policy(const struct link_attrs *a, const char **extack)
{
	if ((a->mask & LA_NAME) && strlen(a->name) >= IFNAMSIZ) {
		*extack = "Attribute failed policy validation";
		return -EINVAL;
	}
	if ((a->mask & LA_GSO_MAX_SIZE) && a->gso_max_size < GSO_MAX_SIZE_MIN) {
		*extack = "integer out of range";
		return -EINVAL;
	}
	return 0;
}

/* IFLA_LINK_NETNSID names a namespace by the id the target namespace has for it. */
static int link_net_lookup(struct netns *tgt, const struct link_attrs *a, struct netns **out,
			   const char **extack)
{
	*out = NULL;
	if (!(a->mask & LA_LINK_NETNSID))
		return 0;
	*out = get_net_ns_by_id(tgt, a->link_netnsid);
	if (!*out) {
		*extack = "Unknown network namespace id";
		return -EINVAL;
	}
	return 0;
}

/* The peer section of the kind's data, for kinds that have peers (rtnl_get_peer_net). */
static const struct link_attrs *link_peer_attrs(const struct rtnl_link_ops *ops,
					       const struct link_req *req)
{
	return ops && ops->peer_attrs && req->data ? ops->peer_attrs(req->data) : NULL;
}

/*
 * The checks rtnl_newlink makes before it looks for the device: policy,
 * the kind's validate, the link namespace, then the peer's policy and
 * validate (rtnl_get_peer_net).
 */
static int link_precheck(struct netns *tgt, const struct rtnl_link_ops *ops, const struct link_req *req,
			 struct netns **link_net, const char **extack)
{
	const struct link_attrs *peer = link_peer_attrs(ops, req);
	int err = link_policy(&req->a, extack);

	if (!err && ops && ops->validate)
		err = ops->validate(&req->a, extack);
	if (!err)
		err = link_net_lookup(tgt, &req->a, link_net, extack);
	if (!err && peer)
		err = link_policy(peer, extack);
	if (!err && peer && ops->validate)
		err = ops->validate(peer, extack);
	return err;
}

/* The device a creation names, looked for where it is to be (measured: not the caller's namespace). */
static struct netdev *link_request_dev(struct netns *net, const struct link_attrs *a)
{
	if (a->ifi_index > 0)
		return netdev_get_by_index(net, a->ifi_index);
	if (a->mask & LA_NAME)
		return netdev_get_by_name(net, a->name);
	return NULL;
}

/*
 * do_set_master: the old master lets go first (nothing to do for the same
 * one), then the new one takes the device; a device that takes no ports
 * answers EOPNOTSUPP.
 */
static int link_set_master(struct netdev *dev, int master, const char **extack)
{
	struct netdev *upper = dev->master;
	int err;

	if (upper) {
		if (upper->ifindex == master)
			return 0;
		if (!upper->netdev_ops || !upper->netdev_ops->del_slave)
			return -EOPNOTSUPP;
		err = upper->netdev_ops->del_slave(upper, dev);
		if (err)
			return err;
		rtmsg_ifinfo(dev);
	}
	if (!master)
		return 0;
	upper = netdev_get_by_index(dev->net, master);
	if (!upper)
		return -EINVAL;
	if (!upper->netdev_ops || !upper->netdev_ops->add_slave)
		return -EOPNOTSUPP;
	err = upper->netdev_ops->add_slave(upper, dev, extack);
	if (!err)
		rtmsg_ifinfo(dev);
	return err;
}

static void link_unregister(struct netdev *dev)
{
	if (dev->rtnl_link_ops && dev->rtnl_link_ops->dellink)
		dev->rtnl_link_ops->dellink(dev);
	else
		unregister_netdevice(dev);
}

/* rtnl_newlink_create: create, register (with the peer), configure, enslave. */
static int link_create(struct netns *net, const struct rtnl_link_ops *ops, const struct link_req *req,
		       struct netns *link_net, const char **extack)
{
	struct netns *tgt = req->a.net ? req->a.net : net;
	const struct link_attrs *peer = link_peer_attrs(ops, req);
	struct netns *peer_net = peer && peer->net ? peer->net : link_net ? link_net : net;
	struct netdev *dev;
	int err;

	err = link_create_dev(tgt, (req->a.mask & LA_NAME) ? req->a.name : NULL, ops, &req->a, &dev,
			      extack);
	if (err)
		return err;
	dev->ifindex = req->a.ifi_index;
	err = ops->newlink(dev, req, peer_net, extack);
	if (err) {
		netdev_free(dev);
		return err;
	}
	/* rtnl_configure_link announces the new device (its peer was announced untied). */
	rtmsg_ifinfo(dev);
	err = link_configure(dev, &req->a);
	if (!err && (req->a.mask & LA_MASTER))
		err = link_set_master(dev, req->a.master, extack);
	if (err)
		link_unregister(dev);
	return err;
}

int rtnl_link_add(struct netns *net, const char *kind, const struct link_req *req, bool replace,
		  const char **extack)
{
	const struct rtnl_link_ops *ops = kind ? rtnl_link_ops_get(net->world, kind) : NULL;
	struct netns *link_net;
	int err = link_precheck(req->a.net ? req->a.net : net, ops, req, &link_net, extack);

	if (err)
		return err;
	if (link_request_dev(req->a.net ? req->a.net : net, &req->a))
		return replace ? -EOPNOTSUPP : -EEXIST;
	if (!ops) {
		*extack = "Unknown device type";
		return -EOPNOTSUPP;
	}
	if (req->a.mask & LA_ADDR_GEN_MODE)
		return -EAFNOSUPPORT;
	err = link_create(net, ops, req, link_net, extack);
	/* The carrier the driver set at creation is seen at once, as linkwatch's first run is. */
	linkwatch_run(net->world);
	return err;
}

int rtnl_link_del(struct netns *net, int ifindex, const char **extack)
{
	struct netdev *dev = netdev_get_by_index(net, ifindex);

	(void)extack;
	if (!dev)
		return -ENODEV;
	/* Only devices made by a link kind can be deleted (lo cannot). */
	if (!dev->rtnl_link_ops)
		return -EOPNOTSUPP;
	link_unregister(dev);
	linkwatch_run(net->world);
	return 0;
}

/* rtnl_alt_ifname for one name: the policy's length, then the name table's rules. */
static int link_alt_ifname(struct netdev *dev, bool add, const char *name, const char **extack)
{
	if (strlen(name) >= ALTIFNAMSIZ) {
		*extack = "Attribute failed policy validation";
		return -EINVAL;
	}
	return add ? netdev_altname_add(dev, name, extack) : netdev_altname_del(dev, name);
}

int rtnl_link_prop(struct netns *net, int ifindex, bool add, char *const *names, int n,
		   const char **extack)
{
	struct netdev *dev = netdev_get_by_index(net, ifindex);
	bool changed = false;
	int err = 0;

	if (!dev)
		return -ENODEV;
	for (int i = 0; i < n && !err; i++) {
		err = link_alt_ifname(dev, add, names[i], extack);
		changed |= !err;
	}
	if (changed)
		netdev_state_change(dev);
	return err;
}

int rtnl_link_altnames(struct netns *net, int ifindex, rtnl_name_cb cb, void *arg)
{
	struct netdev *dev = netdev_get_by_index(net, ifindex);
	struct vl_list *pos;
	int err = 0;

	if (!dev)
		return -ENODEV;
	vl_list_for_each(pos, &dev->altnames) {
		err = cb(vl_list_entry(pos, struct netdev_name_node, list)->name, arg);
		if (err)
			break;
	}
	return err;
}

/* rtnl_group_dellink: all of the group's devices must be deletable, or none goes. */
int rtnl_link_group_del(struct netns *net, uint32_t group, const char **extack)
{
	struct vl_list *pos;
	bool found = false;

	(void)extack;
	if (!group)
		return -EPERM;
	vl_list_for_each(pos, &net->devices) {
		struct netdev *dev = vl_list_entry(pos, struct netdev, dev_list);

		if (dev->group != group)
			continue;
		found = true;
		if (!dev->rtnl_link_ops)
			return -EOPNOTSUPP;
	}
	if (!found)
		return -ENODEV;
	/* A veth's peer goes with it, so start over after each deletion. */
	for (bool again = true; again;) {
		again = false;
		vl_list_for_each(pos, &net->devices) {
			struct netdev *dev = vl_list_entry(pos, struct netdev, dev_list);

			if (dev->group == group) {
				link_unregister(dev);
				again = true;
				break;
			}
		}
	}
	linkwatch_run(net->world);
	return 0;
}

/* inet6_validate_link_af: an inet6 device to set, and stable_secret needs a secret (never set here). */
static int link_validate_af(const struct netdev *dev, const struct link_attrs *a)
{
	if (!(a->mask & LA_ADDR_GEN_MODE))
		return 0;
	if (!dev->ip6_ptr)
		return -EAFNOSUPPORT;
	if (a->addr_gen_mode > IN6_ADDR_GEN_MODE_RANDOM ||
	    a->addr_gen_mode == IN6_ADDR_GEN_MODE_STABLE_PRIVACY)
		return -EINVAL;
	return 0;
}

/* validate_linkmsg, with the device known. */
static int link_validate(const struct netdev *dev, const struct link_attrs *a, const char **extack)
{
	if ((a->mask & LA_ADDRESS) && a->addr_len < ETH_ALEN)
		return -EINVAL;
	if ((a->mask & LA_BROADCAST) && a->brd_len < ETH_ALEN)
		return -EINVAL;
	if (link_check_gso(a, dev, extack))
		return -EINVAL;
	return link_validate_af(dev, a);
}

/*
 * netif_change_net_namespace's refusals, each with its message: lo stays,
 * and the name, every alternative name and an index asked for must be
 * free in the target.
 */
static int link_move_check(const struct netdev *dev, const struct link_attrs *a,
			   const char **extack)
{
	struct world *w = dev->net->world;
	const char *alt = netdev_altname_taken_in(a->net, dev);

	if (dev->flags & IFF_LOOPBACK) {
		*extack = "The interface netns is immutable";
		return -EINVAL;
	}
	/* A new name asked for with the move is taken when the device's own is in use there. */
	if (netdev_get_by_name(a->net, dev->name) && !(a->mask & LA_NAME)) {
		*extack = "An interface with the same name exists in the target netns";
		return -EEXIST;
	}
	if (netdev_get_by_name(a->net, dev->name) &&
	    (!dev_valid_name(a->name) || netdev_get_by_name(a->net, a->name))) {
		snprintf(w->extack_buf, sizeof(w->extack_buf),
			 "Unable to use '%s' for the new interface name in the target netns", a->name);
		*extack = w->extack_buf;
		return dev_valid_name(a->name) ? -EEXIST : -EINVAL;
	}
	if (alt) {
		snprintf(w->extack_buf, sizeof(w->extack_buf),
			 "An interface with the altname %s exists in the target netns", alt);
		*extack = w->extack_buf;
		return -EEXIST;
	}
	if ((a->mask & LA_NEW_IFINDEX) && netdev_get_by_index(a->net, a->new_ifindex)) {
		snprintf(w->extack_buf, sizeof(w->extack_buf),
			 "The ifindex %d is not available in the target netns", a->new_ifindex);
		*extack = w->extack_buf;
		return -EEXIST;
	}
	return 0;
}

/*
 * The first steps of do_setlink: namespace, address, MTU, group, name,
 * alias, broadcast. *notify is DO_SETLINK_NOTIFY: a change that ends in
 * netdev_state_change.
 */
static int setlink_ids(struct netdev *dev, const struct link_attrs *a, bool *notify,
		       const char **extack)
{
	int err = 0;

	if (a->net && a->net != dev->net) {
		err = link_move_check(dev, a, extack);
		if (!err)
			err = dev_change_net_namespace(dev, a->net, (a->mask & LA_NAME) ? a->name : NULL,
						       (a->mask & LA_NEW_IFINDEX) ? a->new_ifindex : 0);
	}
	if (!err && (a->mask & LA_ADDRESS))
		err = dev_set_mac_address(dev, a->addr);
	if (!err && (a->mask & LA_MTU) && a->mtu != dev->mtu)
		err = dev_set_mtu(dev, a->mtu, extack);
	if (!err && (a->mask & LA_GROUP)) {
		dev->group = a->group;
		*notify = true;
	}
	if (!err && (a->mask & LA_NAME))
		err = dev_change_name(dev, a->name);
	if (!err && (a->mask & LA_IFALIAS)) {
		err = dev_set_alias(dev, a->alias, strlen(a->alias));
		if (!err)
			*notify = true;
	}
	if (!err && (a->mask & LA_BROADCAST))
		dev_set_broadcast(dev, a->brd);
	return err;
}

/* dev_change_tx_queue_len: an announcement only when the length changes. */
static void setlink_txqlen(struct netdev *dev, uint32_t len)
{
	if (dev->tx_queue_len != len) {
		dev->tx_queue_len = len;
		rtmsg_ifinfo(dev);  /* NETDEV_CHANGE_TX_QUEUE_LEN */
	}
}

/*
 * do_setvfinfo on the first IFLA_VF_INFO: no vethlab device has SR-IOV
 * virtual functions (no ndo_set_vf_*), so its first setting in the kernel's
 * order fails. Each checks the VF number first (at least INT_MAX is
 * invalid), except a VLAN list, which is refused before it is read.
 */
static int link_set_vf(const struct link_attrs *a)
{
	unsigned int first = a->vf_attrs & (~a->vf_attrs + 1);

	if (first != LA_VF_VLAN_LIST && a->vf >= INT32_MAX)
		return -EINVAL;
	return -EOPNOTSUPP;
}

/* The rest of do_setlink: flags, master, carrier, queue length, GSO, states, VFs, inet6, protodown. */
static int setlink_rest(struct netdev *dev, const struct link_attrs *a, bool *notify,
			const char **extack)
{
	int err = 0;

	if (a->ifi_flags || a->ifi_change)
		err = dev_change_flags(dev, link_combine_flags(dev, a));
	if (!err && (a->mask & LA_MASTER))
		err = link_set_master(dev, a->master, extack);
	/* dev_change_carrier: neither veth nor lo has ndo_change_carrier. */
	if (!err && (a->mask & LA_CARRIER))
		err = -EOPNOTSUPP;
	if (err)
		return err;
	if (a->mask & LA_TXQLEN)
		setlink_txqlen(dev, a->txqlen);
	if (a->mask & LA_GSO_MAX_SIZE)
		dev->gso_max_size = a->gso_max_size;
	if (a->mask & LA_GSO_MAX_SEGS)
		dev->gso_max_segs = a->gso_max_segs;
	if (a->mask & LA_GRO_MAX_SIZE)
		dev->gro_max_size = a->gro_max_size;
	if (a->mask & LA_OPERSTATE)
		dev_set_operstate(dev, (enum if_oper)a->operstate);
	if ((a->mask & LA_LINKMODE) && dev->link_mode != a->link_mode) {
		dev->link_mode = a->link_mode;
		*notify = true;
	}
	if (a->mask & LA_VF)
		return link_set_vf(a);
	/* IFLA_AF_SPEC: set_link_af, and a notification whatever it changed. */
	if (a->mask & LA_ADDR_GEN_MODE) {
		in6_dev_conf_w(dev->ip6_ptr)->data[IPV6_DEVCONF_ADDR_GEN_MODE] = a->addr_gen_mode;
		*notify = true;
	}
	/* do_set_proto_down: no vethlab device can be held down by protocols. */
	if (a->mask & LA_PROTO_DOWN) {
		*extack = "Protodown not supported by device";
		return -EOPNOTSUPP;
	}
	return 0;
}

/*
 * rtnl_newlink on a device: the kind's data goes to its changelink, when
 * the kind named is the device's own and it has one.
 */
static int link_changelink(struct netdev *dev, const char *kind, const struct link_attrs *a,
			   const char **extack, bool *notify)
{
	const struct rtnl_link_ops *ops = dev->rtnl_link_ops;
	const struct rtnl_link_ops *m_ops = dev->master ? dev->master->rtnl_link_ops : NULL;

	if (!(a->mask & LA_KIND_DATA))
		return 0;
	int err;

	/* IFLA_INFO_SLAVE_DATA: for the master's kind, when the device has a master of that kind. */
	if (kind && m_ops && m_ops->slave_kind && !strcmp(kind, m_ops->slave_kind))
		err = m_ops->slave_changelink && a->kind_data ?
			      m_ops->slave_changelink(dev->master, dev, a->kind_data, extack) : -EOPNOTSUPP;
	else if (!ops || !kind || strcmp(ops->kind, kind) || !ops->changelink || !a->kind_data)
		err = -EOPNOTSUPP;
	else
		err = ops->changelink(dev, a->kind_data, extack);
	/* DO_SETLINK_NOTIFY: a change of the kind's data ends in netdev_state_change. */
	if (!err)
		*notify = true;
	return err;
}

/* validate_linkmsg, the kind's data (changelink), then do_setlink. */
static int link_setlink(struct netdev *dev, const char *kind, const struct link_attrs *a,
			const char **extack)
{
	int err = link_validate(dev, a, extack);
	bool notify = false;

	if (!err)
		err = link_changelink(dev, kind, a, extack, &notify);
	if (err)
		return err;
	err = setlink_ids(dev, a, &notify, extack);
	if (!err)
		err = setlink_rest(dev, a, &notify, extack);
	/* Even after a failure, what changed is announced. */
	if (notify)
		netdev_state_change(dev);
	return err;
}

/* What rtnl_newlink checks for any request: policy, the kind's validate, the link namespace. */
static int link_change_precheck(struct netns *net, const char *kind, const struct link_attrs *a,
				const char **extack)
{
	const struct rtnl_link_ops *ops = kind ? rtnl_link_ops_get(net->world, kind) : NULL;
	struct netns *link_net;
	int err = link_policy(a, extack);

	if (!err && ops && ops->validate)
		err = ops->validate(a, extack);
	if (!err)
		err = link_net_lookup(a->net ? a->net : net, a, &link_net, extack);
	return err;
}

/*
 * Every operation that can change a carrier ends with linkwatch's run, as the
 * kernel's linkwatch work takes the rtnl lock after the operation released it:
 * operstates are computed on the world as the operation left it.
 */
int rtnl_link_change(struct netns *net, int ifindex, const char *kind, const struct link_attrs *a,
		     const char **extack)
{
	struct netdev *dev;
	int err = link_change_precheck(net, kind, a, extack);

	if (err)
		return err;
	dev = netdev_get_by_index(net, ifindex);
	if (!dev)
		return -ENODEV;
	err = link_setlink(dev, kind, a, extack);
	linkwatch_run(net->world);
	return err;
}

/* rtnl_group_changelink: each device of the group in turn; the first failure stops it. */
int rtnl_link_group_change(struct netns *net, uint32_t group, const char *kind,
			   const struct link_attrs *a, const char **extack)
{
	struct vl_list *pos, *tmp;
	int err = link_change_precheck(net, kind, a, extack);

	vl_list_for_each_safe(pos, tmp, &net->devices) {
		struct netdev *dev = vl_list_entry(pos, struct netdev, dev_list);

		if (err)
			break;
		if (dev->group == group)
			err = link_setlink(dev, NULL, a, extack);
	}
	linkwatch_run(net->world);
	return err;
}

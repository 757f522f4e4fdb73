/* rtnl_neigh.c: neighbour and proxy-entry requests as rtnetlink handles them, and the ARP ioctls. */
#include "rtnl_neigh.h"

#include <errno.h>
#include <string.h>

#include "../core/netns.h"
#include "../core/world.h"
#include "../net/addrconf.h"
#include "../net/ipv4.h"
#include "../net/ipv6.h"

/* A family's table, or NULL (neigh_find_table; IPv6 may be absent from a namespace). */
static struct neigh_table *neigh_tbl(struct netns *net, int family)
{
	if (family == 6)
		return net->ipv6 ? &net->ipv6->nd_tbl : NULL;
	return &ipv4_net(net)->arp_tbl;
}

static const void *neigh_key(const struct rtnl_neigh *r)
{
	return r->family == 6 ? (const void *)r->dst6 : (const void *)&r->dst;
}

static void fill_key(struct rtnl_neigh *r, const struct neigh_table *tbl, const void *key)
{
	r->family = tbl->key_len == 16 ? 6 : 4;
	memcpy(r->family == 6 ? (void *)r->dst6 : (void *)&r->dst, key, tbl->key_len);
}

/* neigh_fill_info: NDA_LLADDR only for a valid state; the ages and probes always. */
static void fill_neigh(struct rtnl_neigh *r, const struct neighbour *n)
{
	memset(r, 0, sizeof(*r));
	fill_key(r, n->tbl, n->key6);
	r->ifindex = n->dev->ifindex;
	r->state = n->nud_state;
	r->flags = n->flags;
	r->protocol = n->protocol;
	if (n->nud_state & NUD_VALID) {
		memcpy(r->lladdr, n->ha, 6);
		r->lladdr_len = 6;
	}
	r->has_cacheinfo = true;
	r->used = neigh_age_seconds(n, n->used);
	r->confirmed = neigh_age_seconds(n, n->confirmed);
	r->updated = neigh_age_seconds(n, n->updated);
	r->refcnt = neigh_refcnt(n);
	r->probes = (uint32_t)n->probes;
}

/* pneigh_fill_info: NTF_PROXY always, no state, no cache information. */
static void fill_pneigh(struct rtnl_neigh *r, const struct neigh_table *tbl, const struct pneigh_entry *pn)
{
	memset(r, 0, sizeof(*r));
	fill_key(r, tbl, pn->key6);
	r->ifindex = pn->dev ? pn->dev->ifindex : 0;
	r->flags = pn->flags | NTF_PROXY;
	r->protocol = pn->protocol;
}

/* neigh_ifindex_filtered and neigh_master_filtered: no vethlab device has a master. */
static bool dump_filtered(const struct rtnl_neigh_filter *f, const struct netdev *dev)
{
	if (f->ifindex && (!dev || dev->ifindex != f->ifindex))
		return true;
	return f->master > 0;
}

static int dump_tbl(struct neigh_table *tbl, const struct rtnl_neigh_filter *f, rtnl_neigh_cb cb, void *arg)
{
	struct vl_list *pos, *tmp;
	struct rtnl_neigh r;
	int err;

	if (f->proxy) {
		vl_list_for_each_safe(pos, tmp, &tbl->pneighs) {
			const struct pneigh_entry *pn = vl_list_entry(pos, struct pneigh_entry, node);

			if (dump_filtered(f, pn->dev))
				continue;
			fill_pneigh(&r, tbl, pn);
			if ((err = cb(&r, arg)))
				return err;
		}
		return 0;
	}
	vl_list_for_each_safe(pos, tmp, &tbl->entries) {
		const struct neighbour *n = vl_list_entry(pos, struct neighbour, node);

		if (dump_filtered(f, n->dev))
			continue;
		fill_neigh(&r, n);
		if ((err = cb(&r, arg)))
			return err;
	}
	return 0;
}

int rtnl_neigh_dump(struct netns *net, const struct rtnl_neigh_filter *f, rtnl_neigh_cb cb, void *arg)
{
	struct neigh_table *tbl;
	int err = 0;

	if (f->family != 6)
		err = dump_tbl(neigh_tbl(net, 4), f, cb, arg);
	if (!err && f->family != 4 && (tbl = neigh_tbl(net, 6)))
		err = dump_tbl(tbl, f, cb, arg);
	return err;
}

/* ndisc_allow_add: no IPv6 entry on a device where IPv6 is off. */
static bool neigh_allow_add(const struct rtnl_neigh *r, const struct netdev *dev, const char **extack)
{
	if (r->family != 6 || (dev->ip6_ptr && !dev->ip6_ptr->cnf->data[IPV6_DEVCONF_DISABLE_IPV6]))
		return true;
	*extack = "IPv6 is disabled on this device";
	return false;
}

/* The NEIGH_UPDATE_F_* an ip neigh request asks for. */
static uint32_t neigh_add_flags(const struct rtnl_neigh *r, bool existing, unsigned int nlflags)
{
	uint32_t flags = NEIGH_UPDATE_F_ADMIN | NEIGH_UPDATE_F_OVERRIDE | NEIGH_UPDATE_F_OVERRIDE_ISROUTER;

	if (existing && !(nlflags & RTNL_NEIGH_REPLACE))
		flags &= ~(uint32_t)(NEIGH_UPDATE_F_OVERRIDE | NEIGH_UPDATE_F_OVERRIDE_ISROUTER);
	if (r->flags & NTF_EXT_LEARNED)
		flags |= NEIGH_UPDATE_F_EXT_LEARNED;
	if (r->flags & NTF_ROUTER)
		flags |= NEIGH_UPDATE_F_ISROUTER;
	if (r->flags & NTF_USE)
		flags |= NEIGH_UPDATE_F_USE;
	return flags;
}

/*
 * An entry put in DELAY or PROBE by hand has its timer due at once; the
 * kernel runs it from the next tick, before any later command can look.
 */
static void neigh_settle(const struct neighbour *n)
{
	struct world *w = n->dev->net->world;

	if (vl_timer_pending(&n->timer) && n->timer.expires <= world_now(w))
		world_run_until(w, world_now(w));
}

/* neigh_add for an entry (not a proxy one) of dev. */
static int neigh_add_entry(struct neigh_table *tbl, struct netdev *dev, const struct rtnl_neigh *r,
			   unsigned int nlflags, const char **extack)
{
	struct neighbour *n = neigh_lookup(tbl, neigh_key(r), dev);
	bool existing = n != NULL;
	int err;

	if (!n) {
		if (!(nlflags & RTNL_NEIGH_CREATE))
			return -ENOENT;
		/* arp_constructor: no IPv4 on the device (an MTU below 68), no entry. */
		if (r->family == 4 && !dev->ip_ptr)
			return -EINVAL;
		n = neigh_create_admin(tbl, neigh_key(r), dev, r->state, r->flags);
		if (!n)
			return -ENOBUFS;  /* the kernel-wide table is full: "No buffer space available" */
	} else if (nlflags & RTNL_NEIGH_EXCL) {
		return -EEXIST;
	}
	if (r->protocol)
		n->protocol = r->protocol;
	/* As __neigh_update: the entry exists now even if the request fails. */
	err = neigh_update(n, r->lladdr_len ? r->lladdr : NULL, r->state, neigh_add_flags(r, existing, nlflags));
	if (err == -EINVAL)
		*extack = "No link layer address given";
	if (!err && (r->flags & NTF_USE))
		(void)neigh_event_send(n, NULL);
	neigh_settle(n);
	return err;
}

int rtnl_neigh_set(struct netns *net, const struct rtnl_neigh *r, unsigned int nlflags, const char **extack)
{
	struct neigh_table *tbl;
	struct netdev *dev = NULL;

	if (r->ifindex) {
		dev = netdev_get_by_index(net, r->ifindex);
		if (!dev)
			return -ENODEV;
		if (r->lladdr_len && r->lladdr_len < ETH_ALEN) {
			*extack = "Invalid link address";
			return -EINVAL;
		}
	}
	tbl = neigh_tbl(net, r->family);
	if (!tbl)
		return -EAFNOSUPPORT;
	if (r->flags & NTF_PROXY) {
		pneigh_create(tbl, neigh_key(r), dev, r->flags, r->protocol, r->state & NUD_PERMANENT);
		return 0;
	}
	if (!dev) {
		*extack = "Device not specified";
		return -EINVAL;
	}
	if (!neigh_allow_add(r, dev, extack))
		return -EINVAL;
	return neigh_add_entry(tbl, dev, r, nlflags, extack);
}

int rtnl_neigh_del(struct netns *net, const struct rtnl_neigh *r, const char **extack)
{
	struct netdev *dev = NULL;
	struct neigh_table *tbl;
	struct neighbour *n;
	int err;

	(void)extack;
	if (r->ifindex && !(dev = netdev_get_by_index(net, r->ifindex)))
		return -ENODEV;
	tbl = neigh_tbl(net, r->family);
	if (!tbl)
		return -EAFNOSUPPORT;
	if (r->flags & NTF_PROXY)
		return pneigh_delete(tbl, neigh_key(r), dev);
	if (!dev)
		return -EINVAL;
	n = neigh_lookup(tbl, neigh_key(r), dev);
	if (!n)
		return -ENOENT;
	err = neigh_update(n, NULL, NUD_FAILED, NEIGH_UPDATE_F_OVERRIDE | NEIGH_UPDATE_F_ADMIN);
	neigh_destroy(n);
	return err;
}

int rtnl_neigh_get(struct netns *net, const struct rtnl_neigh *r, struct rtnl_neigh *out, const char **extack)
{
	struct netdev *dev = NULL;
	struct neigh_table *tbl;

	if (!(r->flags & NTF_PROXY) && !r->ifindex) {
		*extack = "No device specified";
		return -EINVAL;
	}
	tbl = neigh_tbl(net, r->family);
	if (!tbl) {
		*extack = "Unsupported family in header for neighbor get request";
		return -EAFNOSUPPORT;
	}
	if (r->ifindex && !(dev = netdev_get_by_index(net, r->ifindex))) {
		*extack = "Unknown device ifindex";
		return -ENODEV;
	}
	if (r->flags & NTF_PROXY) {
		const struct pneigh_entry *pn = pneigh_lookup(tbl, neigh_key(r), dev);

		if (!pn) {
			*extack = "Proxy neighbour entry not found";
			return -ENOENT;
		}
		fill_pneigh(out, tbl, pn);
		return 0;
	}
	{
		const struct neighbour *n = neigh_lookup(tbl, neigh_key(r), dev);

		if (!n) {
			*extack = "Neighbour entry not found";
			return -ENOENT;
		}
		fill_neigh(out, n);
		out->refcnt++;   /* neigh_get holds the entry while it fills the answer */
	}
	return 0;
}

/* arp_req_dev_by_name: a named device, whose type the hardware address must have. */
static int arp_dev_by_name(struct netns *net, struct rtnl_arpreq *r, struct netdev **out)
{
	struct netdev *dev = netdev_get_by_name(net, r->dev);

	if (!dev)
		return -ENODEV;
	/* "Mmmm... It is wrong... ARPHRD_NETROM == 0": an unset family is the device's. */
	if (!r->ha_family)
		r->ha_family = dev->type;
	if ((r->flags & VL_ATF_COM) && r->ha_family != dev->type)
		return -EINVAL;
	*out = dev;
	return 0;
}

/* arp_req_dev: the named device, none for a proxy entry, else the device of a link-scope route. */
static int arp_req_dev(struct netns *net, struct rtnl_arpreq *r, struct netdev **out)
{
	struct flow4 fl = { .daddr = r->ip, .scope = RT_SCOPE_LINK };
	struct rt_result rt;
	int err;

	*out = NULL;
	if (r->dev[0])
		return arp_dev_by_name(net, r, out);
	if (r->flags & VL_ATF_PUBL)
		return 0;
	err = ip_route_output(net, &fl, &rt);
	if (err)
		return err;
	*out = rt.dev;
	return rt.dev ? 0 : -EINVAL;
}

/*
 * arp_ioctl's checks before either request: a netmask or dontpub only with
 * pub, and a netmask, when given, of 0 or all ones (which it is by default).
 */
static int arp_ioctl_check(struct rtnl_arpreq *r)
{
	if (!(r->flags & VL_ATF_PUBL) && (r->flags & (VL_ATF_NETMASK | VL_ATF_DONTPUB)))
		return -EINVAL;
	if (!(r->flags & VL_ATF_NETMASK))
		r->netmask = 0xffffffffu;
	else if (r->netmask && r->netmask != 0xffffffffu)
		return -EINVAL;
	return 0;
}

/* arp_req_set_proxy: netmask 0 turns proxy_arp on or off, on dev or for all. */
static void arp_req_set_proxy(struct netns *net, struct netdev *dev, int on)
{
	if (!dev) {
		netns_sysctl_w(net)->v4_all.data[IPV4_DEVCONF_PROXY_ARP] = on;
		return;
	}
	struct ipv4_devconf *c = in_dev_conf_w(dev->ip_ptr);

	c->data[IPV4_DEVCONF_PROXY_ARP] = on;
	c->set |= 1ULL << IPV4_DEVCONF_PROXY_ARP;
}

/*
 * dev_getbyhwaddr: the first device of this namespace with that type and
 * hardware address. Only arp -s ... pub without a device asks, once.
 */
static struct netdev *dev_getbyhwaddr(struct netns *net, uint16_t type, const uint8_t *ha)
{
	struct vl_list *pos;

	vl_list_for_each(pos, &net->devices) {
		struct netdev *dev = vl_list_entry(pos, struct netdev, dev_list);

		if (dev->type == type && !memcmp(dev->dev_addr, ha, ETH_ALEN))
			return dev;
	}
	return NULL;
}

static int arp_req_set_public(struct netns *net, const struct rtnl_arpreq *r, struct netdev *dev)
{
	if (!dev && (r->flags & VL_ATF_COM)) {
		dev = dev_getbyhwaddr(net, r->ha_family, r->ha);
		if (!dev)
			return -ENODEV;
	}
	if (!r->netmask) {
		if (dev && !dev->ip_ptr)
			return -ENXIO;
		arp_req_set_proxy(net, dev, 1);
		return 0;
	}
	pneigh_create(&ipv4_net(net)->arp_tbl, &r->ip, dev, 0, 0, false);
	return 0;
}

int rtnl_arp_set(struct netns *net, const struct rtnl_arpreq *req)
{
	struct rtnl_arpreq r = *req;
	struct neighbour *n;
	struct netdev *dev;
	int err = arp_ioctl_check(&r);

	if (!err)
		err = arp_req_dev(net, &r, &dev);
	if (err)
		return err;
	if (r.flags & VL_ATF_PUBL)
		return arp_req_set_public(net, &r, dev);
	if (r.ha_family != dev->type || !dev->ip_ptr)
		return -EINVAL;
	n = neigh_create(&ipv4_net(net)->arp_tbl, &r.ip, dev);
	if (!n)
		return -ENOBUFS;
	if (r.flags & VL_ATF_PERM)
		r.flags |= VL_ATF_COM;
	return neigh_update(n, (r.flags & VL_ATF_COM) ? r.ha : NULL,
			    (r.flags & VL_ATF_PERM) ? NUD_PERMANENT : NUD_STALE,
			    NEIGH_UPDATE_F_OVERRIDE | NEIGH_UPDATE_F_ADMIN);
}

/* arp_invalidate: the entry goes even when it was NOARP, but then the answer is ENXIO. */
static int arp_invalidate(struct netdev *dev, uint32_t ip)
{
	struct neighbour *n = neigh_lookup(&ipv4_net(dev->net)->arp_tbl, &ip, dev);
	int err = -ENXIO;

	if (!n)
		return err;
	if (n->nud_state & ~NUD_NOARP)
		err = neigh_update(n, NULL, NUD_FAILED, NEIGH_UPDATE_F_OVERRIDE | NEIGH_UPDATE_F_ADMIN);
	neigh_destroy(n);
	return err;
}

int rtnl_arp_del(struct netns *net, const struct rtnl_arpreq *req)
{
	struct rtnl_arpreq r = *req;
	struct netdev *dev;
	int err = arp_ioctl_check(&r);

	if (!err)
		err = arp_req_dev(net, &r, &dev);
	if (err)
		return err;
	if (!(r.flags & VL_ATF_PUBL))
		return arp_invalidate(dev, r.ip);
	if (!r.netmask) {
		if (dev && !dev->ip_ptr)
			return -ENXIO;
		arp_req_set_proxy(net, dev, 0);
		return 0;
	}
	return pneigh_delete(&ipv4_net(net)->arp_tbl, &r.ip, dev);
}

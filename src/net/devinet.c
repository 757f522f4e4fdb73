/* devinet.c: IPv4 address lists, primaries and secondaries, after net/ipv4/devinet.c. */
#include "devinet.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/alloc.h"
#include "../core/netns.h"
#include "../core/world.h"
#include "ipv4.h"

uint32_t inet_make_mask(int prefixlen)
{
	return prefixlen ? ~0u << (32 - prefixlen) : 0;
}

int inet_mask_len(uint32_t mask)
{
	int len = 0;

	while (mask & 0x80000000u) {
		len++;
		mask <<= 1;
	}
	return len;
}

static bool inet_ifa_match(uint32_t addr, const struct in_ifaddr *ifa)
{
	return !((addr ^ ifa->address) & ifa->mask);
}

static bool promote_secondaries(const struct in_device *idev)
{
	const struct netns *net = idev->dev->net;

	return idev->cnf->data[IPV4_DEVCONF_PROMOTE_SECONDARIES] ||
	       net->sysctl->v4_all.data[IPV4_DEVCONF_PROMOTE_SECONDARIES];
}

struct in_ifaddr *inet_lookup_local(const struct netns *net, uint32_t addr)
{
	struct vl_hnode *h;

	for (h = vl_htab_first(&net->inet_addrs, vl_hash_u64(addr)); h; h = vl_htab_next(h)) {
		struct in_ifaddr *ifa = vl_container_of(h, struct in_ifaddr, addr_hnode);

		if (ifa->local == addr)
			return ifa;
	}
	return NULL;
}

uint32_t inet_addr_on_link(const struct netdev *dev, const struct netdev *peer)
{
	if (!dev->ip_ptr || !peer->ip_ptr)
		return 0;
	for (const struct in_ifaddr *mine = dev->ip_ptr->ifa_list; mine; mine = mine->next)
		for (const struct in_ifaddr *his = peer->ip_ptr->ifa_list; his; his = his->next)
			if (!((mine->local ^ his->local) & mine->mask) && mine->local != his->local)
				return his->local;
	return 0;
}

/* __inet_insert_ifa: primaries after the last primary of lower or equal scope. */
static int inet_insert_ifa(struct in_device *idev, struct in_ifaddr *ifa, const char **extack)
{
	struct in_ifaddr **ifap, **last_primary = &idev->ifa_list, *ifa1;
	struct netns *net = idev->dev->net;

	ifa->flags &= ~IFA_F_SECONDARY;
	for (ifap = &idev->ifa_list; (ifa1 = *ifap); ifap = &ifa1->next) {
		if (!(ifa1->flags & IFA_F_SECONDARY) && ifa->scope <= ifa1->scope)
			last_primary = &ifa1->next;
		if (ifa1->mask == ifa->mask && inet_ifa_match(ifa1->address, ifa)) {
			if (ifa1->local == ifa->local) {
				*extack = "ipv4: Address already assigned";
				return -EEXIST;
			}
			if (ifa1->scope != ifa->scope) {
				*extack = "ipv4: Invalid scope value";
				return -EINVAL;
			}
			ifa->flags |= IFA_F_SECONDARY;
		}
	}
	vl_htab_insert(&net->inet_addrs, &ifa->addr_hnode, vl_hash_u64(ifa->local));
	if (!(ifa->flags & IFA_F_SECONDARY))
		ifap = last_primary;
	ifa->next = *ifap;
	*ifap = ifa;
	ifa->idev = idev;
	if (net->ipv4)
		fib_ifa_added(idev, ifa);
	return 0;
}

static void inet_free_ifa(const struct netdev *dev, struct in_ifaddr *ifa)
{
	kmem_cache_free(&dev->net->world->kmem[KMEM_IN_IFADDR], ifa);
}

static void inet_unlink_ifa(struct in_device *idev, struct in_ifaddr *ifa)
{
	struct in_ifaddr **pp;

	if (idev->dev->net->ipv4)
		fib_ifa_deleted(idev, ifa);
	for (pp = &idev->ifa_list; *pp; pp = &(*pp)->next) {
		if (*pp == ifa) {
			*pp = ifa->next;
			break;
		}
	}
	vl_htab_remove(&idev->dev->net->inet_addrs, &ifa->addr_hnode);
	if (!idev->ifa_list && idev->dev->net->ipv4)
		fib_disable_ip(idev->dev);
}

/*
 * __inet_del_ifa: a primary takes its secondaries with it unless
 * promote_secondaries is on, in which case the first one is promoted.
 */
void inet_addr_del_ifa(struct in_device *idev, struct in_ifaddr *ifa)
{
	struct in_ifaddr *promoted = NULL;

	if (!(ifa->flags & IFA_F_SECONDARY)) {
		struct in_ifaddr *s = idev->ifa_list, *next;
		bool promote = promote_secondaries(idev);

		for (; s; s = next) {
			next = s->next;
			if (!(s->flags & IFA_F_SECONDARY) || s->mask != ifa->mask ||
			    !inet_ifa_match(s->address, ifa))
				continue;
			if (promote) {
				s->flags &= ~IFA_F_SECONDARY;
				promoted = s;
				break;
			}
			inet_unlink_ifa(idev, s);
			inet_free_ifa(idev->dev, s);
		}
	}
	inet_unlink_ifa(idev, ifa);
	inet_free_ifa(idev->dev, ifa);
	if (promoted && idev->dev->net->ipv4)
		fib_ifa_added(idev, promoted);
}

/* find_matching_ifa: the same local address on the same prefix. */
static struct in_ifaddr *find_matching_ifa(const struct in_device *idev, const struct ifa_req *req)
{
	uint32_t mask = inet_make_mask(req->prefixlen);

	for (struct in_ifaddr *ifa = idev->ifa_list; ifa; ifa = ifa->next)
		if (ifa->mask == mask && !((ifa->address ^ req->address) & mask) && ifa->local == req->local)
			return ifa;
	return NULL;
}

int inet_addr_add(struct netdev *dev, const struct ifa_req *req, const char **extack)
{
	struct in_device *idev = dev->ip_ptr;
	struct in_ifaddr *ifa;
	int err;

	if (!idev)
		return -ENOBUFS;   /* rtm_to_ifaddr: no in_device (an MTU below 68) */
	/*
	 * inet_rtm_newaddr on an address already there: a replace takes the new
	 * metric (0 when none is given), moving the prefix route. Lifetimes are
	 * not modelled (finite ones are refused).
	 */
	if (req->replace && (ifa = find_matching_ifa(idev, req))) {
		if (ifa->rt_priority != req->rt_priority) {
			if (dev->net->ipv4)
				fib_ifa_metric_changed(idev, ifa, req->rt_priority);
			ifa->rt_priority = req->rt_priority;
		}
		return 0;
	}
	ifa = kmem_cache_zalloc(&dev->net->world->kmem[KMEM_IN_IFADDR], sizeof(*ifa));
	ifa->rt_priority = req->rt_priority;
	ifa->local = req->local;
	ifa->address = req->address;
	ifa->prefixlen = req->prefixlen;
	ifa->mask = inet_make_mask(req->prefixlen);
	ifa->broadcast = req->has_broadcast ? req->broadcast : 0;
	ifa->scope = req->scope < 0 ? RT_SCOPE_UNIVERSE : (uint8_t)req->scope;
	ifa->flags = IFA_F_PERMANENT | (req->flags & IFA_F_NOPREFIXROUTE);
	/* The control API has refused labels of IFNAMSIZ bytes or more. */
	snprintf(ifa->label, sizeof(ifa->label), "%s", req->label ? req->label : dev->name);
	err = inet_insert_ifa(idev, ifa, extack);
	if (err)
		inet_free_ifa(dev, ifa);
	return err;
}

/* inet_rtm_deladdr: the first address that every given part matches. */
int inet_addr_del(struct netdev *dev, const struct ifa_del_req *req, const char **extack)
{
	struct in_device *idev = dev->ip_ptr;
	struct in_ifaddr *ifa;

	for (ifa = idev ? idev->ifa_list : NULL; ifa; ifa = ifa->next) {
		if (req->has_local && ifa->local != req->local)
			continue;
		if (req->label && strcmp(req->label, ifa->label))
			continue;
		if (req->has_address && (req->prefixlen != ifa->prefixlen || !inet_ifa_match(req->address, ifa)))
			continue;
		inet_addr_del_ifa(idev, ifa);
		return 0;
	}
	*extack = idev ? "ipv4: Address not found" : "ipv4: Device not found";
	if (!idev)
		return -ENODEV;
	return -EADDRNOTAVAIL;
}

/* inet_abc_len: the classful prefix length, or -1 for classes D and E. */
static int inet_abc_len(uint32_t addr)
{
	if (addr == 0)
		return 0;
	if (!(addr & 0x80000000u))
		return 8;
	if ((addr & 0xc0000000u) == 0x80000000u)
		return 16;
	if ((addr & 0xe0000000u) == 0xc0000000u)
		return 24;
	return -1;
}

static struct in_ifaddr *ifa_by_label(struct in_device *idev, const char *label)
{
	for (struct in_ifaddr *ifa = idev->ifa_list; ifa; ifa = ifa->next)
		if (!strcmp(ifa->label, label))
			return ifa;
	return NULL;
}

/* devinet_ioctl's address lookup: the address labelled name (the device's, or an alias). */
static struct in_ifaddr *ioctl_ifa(struct netdev *dev, const char *label)
{
	return dev->ip_ptr ? ifa_by_label(dev->ip_ptr, label ? label : dev->name) : NULL;
}

/*
 * SIOCSIFADDR: the address labelled so is replaced (the same address is no
 * change), or a new one made with that label; classful mask, derived
 * broadcast, scope host for a 127/8 address (inet_set_ifa), else global.
 * 0.0.0.0 (or "default") only removes what was there.
 */
int inet_ioctl_set_addr(struct netdev *dev, const char *label, uint32_t local)
{
	struct in_device *idev = dev->ip_ptr;
	struct in_ifaddr *old;
	struct ifa_req req = {
		.local = local, .address = local, .scope = ipv4_is_loopback(local) ? RT_SCOPE_HOST : -1, .label = label,
	};
	int plen = inet_abc_len(local);
	const char *extack = NULL;

	if (plen < 0)
		return -EINVAL;
	if (!idev)
		return -ENOBUFS;
	old = ioctl_ifa(dev, label);
	if (old && old->local == local)
		return 0;
	if (old)
		inet_addr_del_ifa(idev, old);
	/* inet_set_ifa: an address of 0 is dropped. */
	if (!local)
		return 0;
	req.prefixlen = (uint8_t)plen;
	if ((dev->flags & IFF_BROADCAST) && plen < 31) {
		req.has_broadcast = true;
		req.broadcast = local | ~inet_make_mask(plen);
	}
	return inet_addr_add(dev, &req, &extack);
}

/* bad_mask: a netmask must be contiguous ones. */
static bool bad_mask(uint32_t mask)
{
	return (~mask & (~mask + 1)) != 0;
}

/*
 * SIOCSIFNETMASK and SIOCSIFBRDADDR take the address out (inet_del_ifa, so a
 * primary's secondaries go or are promoted) and insert it again, changed.
 */
static int ioctl_reinsert(struct netdev *dev, struct in_ifaddr *ifa, uint32_t mask, uint32_t brd)
{
	char label[IFNAMSIZ];
	struct ifa_req req = {
		.local = ifa->local, .address = ifa->address, .scope = ifa->scope, .label = label,
		.prefixlen = (uint8_t)inet_mask_len(mask), .has_broadcast = brd != 0, .broadcast = brd,
	};
	const char *extack = NULL;

	memcpy(label, ifa->label, IFNAMSIZ);
	inet_addr_del_ifa(dev->ip_ptr, ifa);
	return inet_addr_add(dev, &req, &extack);
}

/* A derived broadcast follows the new mask; one set by hand stays. */
int inet_ioctl_set_netmask(struct netdev *dev, const char *label, uint32_t mask)
{
	struct in_ifaddr *ifa = ioctl_ifa(dev, label);
	uint32_t brd;

	if (!ifa)
		return -EADDRNOTAVAIL;
	if (bad_mask(mask))
		return -EINVAL;
	if (ifa->mask == mask)
		return 0;
	brd = ifa->broadcast;
	if ((dev->flags & IFF_BROADCAST) && inet_mask_len(mask) < 31 && brd == (ifa->local | ~ifa->mask))
		brd = ifa->local | ~mask;
	return ioctl_reinsert(dev, ifa, mask, brd);
}

int inet_ioctl_set_broadcast(struct netdev *dev, const char *label, uint32_t brd)
{
	struct in_ifaddr *ifa = ioctl_ifa(dev, label);

	if (!ifa)
		return -EADDRNOTAVAIL;
	if (ifa->broadcast == brd)
		return 0;
	return ioctl_reinsert(dev, ifa, ifa->mask, brd);
}

/* SIOCSIFFLAGS on an alias: without IFF_UP its address goes; with it, nothing happens. */
int inet_ioctl_alias_flags(struct netdev *dev, const char *label, unsigned int flags)
{
	struct in_ifaddr *ifa = ioctl_ifa(dev, label);

	if (!ifa)
		return -EADDRNOTAVAIL;
	if (!(flags & IFF_UP))
		inet_addr_del_ifa(dev->ip_ptr, ifa);
	return 0;
}

/* inetdev_valid_mtu: IPv4 needs room for a 60-byte header and an 8-byte fragment. */
#define IPV4_MIN_MTU 68

/* A fresh in_device configured as conf/default is now; lo's is pinned further when it registers. */
static void inetdev_init(struct netdev *dev, bool registering)
{
	struct world *w = dev->net->world;
	struct in_device *idev = kmem_cache_zalloc(&w->kmem[KMEM_IN_DEVICE], sizeof(*idev));
	struct ipv4_devconf cnf;
	struct neigh_parms parms = { 0 };

	idev->dev = dev;
	sysctl_dev_init(dev->net->sysctl, registering && (dev->flags & IFF_LOOPBACK), &cnf);
	idev->cnf = cow_share(&w->cow_conf4, &cnf, sizeof(cnf));
	/*
	 * neigh_parms_alloc copies arp_tbl's parameters, which are one for the
	 * whole kernel: the initial namespace's net.ipv4.neigh.default.
	 */
	if (w->init_net && w->init_net->ipv4)
		parms = ipv4_net(w->init_net)->arp_tbl.parms;
	else if (dev->net->ipv4)
		parms = ipv4_net(dev->net)->arp_tbl.parms;
	parms.data_state = 0;
	parms.spare = 0;
	idev->arp_parms = cow_share(&w->cow_parms, &parms, sizeof(parms));
	ip_mc_init_dev(idev);
	dev->ip_ptr = idev;
}

/*
 * inetdev_destroy: the device is dead to IPv4, so its addresses go one by one
 * without promotions (each taking its routes, the last one all of the
 * device's), then the in_device, then its ARP entries (arp_ifdown).
 */
static void inetdev_destroy(struct netdev *dev)
{
	struct in_device *idev = dev->ip_ptr;

	if (!idev)
		return;
	ip_mc_down(idev);
	while (idev->ifa_list) {
		struct in_ifaddr *ifa = idev->ifa_list;

		inet_unlink_ifa(idev, ifa);
		inet_free_ifa(dev, ifa);
	}
	cow_put(idev->cnf);
	cow_put(idev->arp_parms);
	kmem_cache_free(&dev->net->world->kmem[KMEM_IN_DEVICE], idev);
	dev->ip_ptr = NULL;
	if (dev->net->ipv4)
		neigh_ifdown(&dev->net->ipv4->arp_tbl, dev);
}

/* Bringing lo up gives it 127.0.0.1/8, as inetdev_event does on NETDEV_UP. */
static void inetdev_loopback_up(struct netdev *dev)
{
	struct ifa_req req = {
		.local = 0x7f000001u, .address = 0x7f000001u, .prefixlen = 8,
		.scope = RT_SCOPE_HOST,
	};
	const char *extack = NULL;

	/* ipv4_devconf_setall: lo stops following conf/default from here on. */
	in_dev_conf_w(dev->ip_ptr)->set = ~0ULL;
	/*
	 * Expected to fail, harmlessly, when lo comes up again: IPv4 addresses
	 * stay over a down, so 127.0.0.1 is there already (-EEXIST), or a
	 * 127.x/8 address of another scope is (-EINVAL). The kernel's
	 * inet_insert_ifa fails the same way and lo keeps what it has.
	 */
	(void)!inet_addr_add(dev, &req, &extack);
}

/*
 * NETDEV_CHANGEMTU: below 68 bytes IPv4 leaves the device (its addresses,
 * their routes and its conf/ and neigh/ sysctl trees go); back at 68 or more
 * it returns as a fresh in_device that follows conf/default, without lo's
 * pinned disable_policy and disable_xfrm, and without 127.0.0.1 until lo
 * comes up again. Only lo can go that low: veth's minimum is 68.
 */
static void inetdev_changemtu(struct netdev *dev)
{
	if (dev->mtu < IPV4_MIN_MTU) {
		inetdev_destroy(dev);
	} else if (!dev->ip_ptr) {
		inetdev_init(dev, false);
	}
}

/* Labels follow a rename, keeping an alias suffix ("veth0:foo" -> "new:foo"). */
static void inetdev_changename(struct netdev *dev)
{
	for (struct in_ifaddr *ifa = dev->ip_ptr->ifa_list; ifa; ifa = ifa->next) {
		char *colon = strchr(ifa->label, ':');
		char buf[IFNAMSIZ * 2];

		snprintf(buf, sizeof(buf), "%s%s", dev->name, colon ? colon : "");
		memcpy(ifa->label, buf, IFNAMSIZ - 1);
		ifa->label[IFNAMSIZ - 1] = 0;
	}
}

/* A device coming up or taking a new hardware address announces its addresses when arp_notify says so. */
static void inetdev_notify_peers(struct netdev *dev)
{
	if (in_dev_conf(dev->ip_ptr, IPV4_DEVCONF_ARP_NOTIFY, IN_DEV_MAX))
		arp_send_gratuitous(dev);
}

static void inetdev_event(struct netdev *dev, enum netdev_event ev)
{
	/* Without an in_device only registration and an MTU change concern IPv4. */
	if (!dev->ip_ptr && ev != NETDEV_REGISTER && ev != NETDEV_CHANGEMTU)
		return;
	switch (ev) {
	case NETDEV_REGISTER:
		inetdev_init(dev, true);
		break;
	case NETDEV_UP:
		if (dev->flags & IFF_LOOPBACK)
			inetdev_loopback_up(dev);
		ip_mc_up(dev);
		inetdev_notify_peers(dev);
		break;
	case NETDEV_DOWN:
		ip_mc_down(dev->ip_ptr);
		break;
	case NETDEV_CHANGEADDR:
		inetdev_notify_peers(dev);
		break;
	case NETDEV_UNREGISTER:
		inetdev_destroy(dev);
		break;
	case NETDEV_CHANGEMTU:
		inetdev_changemtu(dev);
		break;
	case NETDEV_CHANGENAME:
		inetdev_changename(dev);
		break;
	default:
		break;
	}
}

/* ip_netdev_notifier: priority 0, registered by devinet_init after arp_init's. */
static const struct netdev_notifier ip_netdev_notifier = {
	.event = inetdev_event,
};

int devinet_init(struct world *w)
{
	return register_netdevice_notifier(w, &ip_netdev_notifier);
}

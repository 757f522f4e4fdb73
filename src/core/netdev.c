/* netdev.c: device registration, naming, flags, carrier and namespace moves. */
#include "netdev.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "link.h"
#include "netns.h"
#include "world.h"

struct netdev *netdev_alloc(struct world *w, size_t priv_size, const char *name,
			    void (*setup)(struct netdev *))
{
	size_t head = (sizeof(struct netdev) + 15) & ~(size_t)15;
	struct kmem_cache *c = kmem_cache_by_size(w->netdev_kmem, KMEM_NETDEV_SIZES, head + priv_size);
	struct netdev *dev = c ? kmem_cache_zalloc(c, head + priv_size) : vl_calloc(1, head + priv_size);

	dev->kmem = c;
	vl_strlcpy(dev->name, name, sizeof(dev->name));
	netdev_names_init(dev);
	dev->priv = priv_size ? (char *)dev + head : NULL;
	vl_list_init(&dev->dev_list);
	vl_list_init(&dev->linkwatch);
	vl_list_init(&dev->fib_routes);
	vl_list_init(&dev->rt6_routes);
	vl_list_init(&dev->neighs);
	vl_list_init(&dev->lowers);
	vl_list_init(&dev->lower_node);
	dev_backlog_init(dev);
	dev->carrier = true; /* no __LINK_STATE_NOCARRIER until a driver says so */
	dev->num_tx_queues = dev->num_rx_queues = 1;
	dev->real_num_tx_queues = dev->real_num_rx_queues = 1;
	dev->gso_max_size = dev->gro_max_size = GSO_LEGACY_MAX_SIZE;
	dev->gso_max_segs = dev->tso_max_segs = GSO_MAX_SEGS;
	dev->tso_max_size = GSO_MAX_SIZE;
	if (setup)
		setup(dev);
	return dev;
}

void netdev_get_stats(const struct netdev *dev, struct netdev_stats *s)
{
	const struct netdev_counters *c = &dev->stats;

	*s = (struct netdev_stats){
		.rx_packets = c->rx_packets, .tx_packets = c->tx_packets,
		.rx_bytes = c->rx_bytes, .tx_bytes = c->tx_bytes,
		.rx_dropped = c->rx_dropped, .tx_dropped = c->tx_dropped,
		.multicast = c->multicast, .rx_otherhost_dropped = c->rx_otherhost_dropped,
	};
}

void netdev_free(struct netdev *dev)
{
	netdev_altnames_free(dev);
	free(dev->ifalias);
	if (dev->kmem)
		kmem_cache_free(dev->kmem, dev);
	else
		free(dev);
}

void ether_setup(struct netdev *dev)
{
	dev->type = ARPHRD_ETHER;
	dev->mtu = 1500;
	dev->min_mtu = 68;
	dev->max_mtu = 1500;
	dev->tx_queue_len = 1000;
	dev->flags = IFF_BROADCAST | IFF_MULTICAST;
	memset(dev->broadcast, 0xff, ETH_ALEN);
}

void eth_hw_addr_random(struct netdev *dev)
{
	/* Caller sets dev->net first; the world's rng keeps MACs reproducible. */
	vl_rng_bytes(&dev->net->world->rng, dev->dev_addr, ETH_ALEN);
	dev->dev_addr[0] &= 0xfe; /* unicast */
	dev->dev_addr[0] |= 0x02; /* locally administered */
	dev->addr_assign_type = NET_ADDR_RANDOM;
}

static void call_notifiers(struct netdev *dev, enum netdev_event ev)
{
	const struct world_registry *r = &dev->net->world->reg;

	for (unsigned int i = 0; i < r->n_notifiers; i++)
		r->notifiers[i]->event(dev, ev);
}

bool dev_valid_name(const char *name)
{
	size_t len = strlen(name);

	if (len == 0 || len >= IFNAMSIZ)
		return false;
	if (!strcmp(name, ".") || !strcmp(name, ".."))
		return false;
	for (const char *p = name; *p; p++)
		if (*p == '/' || *p == ':' || *p == ' ' || *p == '\t' || *p == '\n')
			return false;
	return true;
}

/*
 * As __dev_alloc_name: the lowest n such that pattern%n is unused. The kernel
 * scans a page of bits; scanning names is the same answer for our sizes.
 */
int dev_alloc_name(struct netns *net, const char *pattern, char *out)
{
	char buf[IFNAMSIZ];
	const char *pct = strstr(pattern, "%d");

	if (!pct || strchr(pct + 2, '%'))
		return -EINVAL;
	for (int i = 0; i < 32768; i++) {
		int n = snprintf(buf, sizeof(buf), "%.*s%d%s", (int)(pct - pattern), pattern, i,
				 pct + 2);

		if (n >= IFNAMSIZ)
			return -EINVAL;
		if (!netdev_get_by_name(net, buf)) {
			memcpy(out, buf, IFNAMSIZ);
			return 0;
		}
	}
	return -ENFILE;
}

/* xa_alloc_cyclic: the next free index after the last one handed out. */
static int dev_new_index(struct netns *net)
{
	int idx = net->ifindex_last;

	for (;;) {
		idx = idx >= 0x7fffffff ? 1 : idx + 1;
		if (!netdev_get_by_index(net, idx))
			break;
	}
	net->ifindex_last = idx;
	return idx;
}

void dev_index_burn(struct netns *net)
{
	(void)dev_new_index(net);
}

static void list_insert_sorted(struct netns *net, struct netdev *dev)
{
	struct vl_list *pos = &net->devices;

	/* New indexes are usually the largest, so look from the tail. */
	while (pos->prev != &net->devices) {
		struct netdev *d = vl_list_entry(pos->prev, struct netdev, dev_list);

		if (d->ifindex < dev->ifindex)
			break;
		pos = pos->prev;
	}
	vl_list_insert_before(pos, &dev->dev_list);
}

static void dev_hash_in(struct netns *net, struct netdev *dev)
{
	netdev_names_hash_in(net, dev);
	vl_htab_insert(&net->dev_by_index, &dev->index_hnode, vl_hash_u64((uint64_t)dev->ifindex));
	list_insert_sorted(net, dev);
	net->dev_count++;
	dev->net = net;
}

static void dev_hash_out(struct netdev *dev)
{
	struct netns *net = dev->net;

	netdev_names_hash_out(dev);
	vl_htab_remove(&net->dev_by_index, &dev->index_hnode);
	vl_list_del(&dev->dev_list);
	net->dev_count--;
}

/*
 * The name dev would have in net (its own, or the lowest free one for a "%d"
 * pattern) into name; an error when that is invalid or taken. Changes
 * nothing, so registration and namespace moves can fail before they start.
 */
static int dev_pick_name(struct netns *net, const struct netdev *dev, char *name)
{
	if (strchr(dev->name, '%')) {
		int err = dev_alloc_name(net, dev->name, name);

		if (err)
			return err;
	} else {
		memcpy(name, dev->name, IFNAMSIZ);
	}
	if (!dev_valid_name(name))
		return -EINVAL;
	if (netdev_get_by_name(net, name))
		return -EEXIST;
	return 0;
}

/* dev_prep_valid_name: pat as the name in net, when it is valid and free there. */
static int dev_prep_valid_name(struct netns *net, const char *pat, char *name)
{
	if (!dev_valid_name(pat))
		return -EINVAL;
	if (netdev_get_by_name(net, pat))
		return -EEXIST;
	snprintf(name, IFNAMSIZ, "%s", pat);
	return 0;
}

/* Keeps dev's ifindex when net has it free, else takes net's next one. */
static void dev_pick_index(struct netns *net, struct netdev *dev)
{
	if (!dev->ifindex || netdev_get_by_index(net, dev->ifindex))
		dev->ifindex = dev_new_index(net);
}

/*
 * default_operstate: without carrier a device is LOWERLAYERDOWN when the
 * device its iflink names, looked up in its own namespace, has no carrier
 * either; otherwise DOWN. Computed only when linkwatch runs (and at
 * registration), so a later move of the lower device changes nothing until
 * the next carrier event, as on Linux.
 */
/*
 * rtmsg_ifinfo: every RTM_NEWLINK the kernel sends about dev is filled in
 * dev's namespace, and filling it (rtnl_fill_link_netnsid) gives that
 * namespace an id for the namespace of dev's link, if it has none yet. That
 * is when `ip netns list` starts showing "(id: N)".
 */
void rtmsg_ifinfo(struct netdev *dev)
{
	struct netns *ln = dev->netdev_ops && dev->netdev_ops->get_link_net ?
				   dev->netdev_ops->get_link_net(dev) : dev->net;

	if (ln != dev->net)
		(void)peernet2id_alloc(dev->net, ln);
}

static enum if_oper default_operstate(const struct netdev *dev)
{
	int iflink;
	struct netdev *lower;

	if (dev->carrier)
		return IF_OPER_UP;
	iflink = dev_get_iflink(dev);
	if (iflink == dev->ifindex)
		return IF_OPER_DOWN;
	lower = netdev_get_by_index(dev->net, iflink);
	return lower && !lower->carrier ? IF_OPER_LOWERLAYERDOWN : IF_OPER_DOWN;
}

/* A link mode other than the default turns an operational link DORMANT or TESTING. */
static void rfc2863_policy(struct netdev *dev)
{
	enum if_oper op = default_operstate(dev);

	if (op == dev->operstate)
		return;
	if (op == IF_OPER_UP && dev->link_mode == IF_LINK_MODE_DORMANT)
		op = IF_OPER_DORMANT;
	else if (op == IF_OPER_UP && dev->link_mode == IF_LINK_MODE_TESTING)
		op = IF_OPER_TESTING;
	dev->operstate = op;
}

int register_netdevice(struct netns *net, struct netdev *dev)
{
	char name[IFNAMSIZ];
	int err;

	dev->net = net;
	err = dev_pick_name(net, dev, name);
	if (err)
		return err;
	/* dev_index_reserve: an index asked for must be free (xa_insert's -EBUSY). */
	if (dev->ifindex && netdev_get_by_index(net, dev->ifindex))
		return -EBUSY;
	memcpy(dev->name, name, IFNAMSIZ);
	dev_pick_index(net, dev);
	dev_hash_in(net, dev);
	/* linkwatch_init_dev: a device registered without carrier gets its state now. */
	if (!dev->carrier)
		rfc2863_policy(dev);
	netdev_register_features(dev);
	call_notifiers(dev, NETDEV_REGISTER);
	return 0;
}

void unregister_netdevice(struct netdev *dev)
{
	dev_close(dev);
	vl_list_del(&dev->linkwatch);
	dev_backlog_purge(dev);
	dev_taps_gone(dev);
	call_notifiers(dev, NETDEV_UNREGISTER);
	/* A master's driver unlinks its ports on NETDEV_UNREGISTER; what is left goes here. */
	netdev_adjacent_release(dev);
	dev_hash_out(dev);
	netdev_free(dev);
}

int dev_open(struct netdev *dev)
{
	int err;

	if (dev->flags & IFF_UP)
		return 0;
	dev->running = true;
	if (dev->netdev_ops && dev->netdev_ops->open) {
		err = dev->netdev_ops->open(dev);
		if (err) {
			dev->running = false;
			return err;
		}
	}
	dev->flags |= IFF_UP;
	/* dev_activate: the default qdisc from now on; active only with carrier. */
	dev->qdisc_attached = true;
	dev->qdisc_active = dev->carrier;
	call_notifiers(dev, NETDEV_UP);
	rtmsg_ifinfo(dev);
	return 0;
}

void dev_close(struct netdev *dev)
{
	if (!(dev->flags & IFF_UP))
		return;
	/*
	 * Not looked at, as in __dev_close_many: a device cannot refuse to
	 * stop (and none of ours tries: veth's stop returns 0). The device is
	 * no longer running, and its qdisc deactivated, before it stops.
	 */
	dev->running = false;
	dev->qdisc_active = false;
	if (dev->netdev_ops && dev->netdev_ops->stop)
		(void)dev->netdev_ops->stop(dev);
	dev->flags &= ~IFF_UP;
	call_notifiers(dev, NETDEV_DOWN);
	rtmsg_ifinfo(dev);
}

int dev_validate_mtu(const struct netdev *dev, int mtu, const char **extack)
{
	if (mtu < dev->min_mtu) {
		*extack = "mtu less than device minimum";
		return -EINVAL;
	}
	if (dev->max_mtu > 0 && mtu > dev->max_mtu) {
		*extack = "mtu greater than device maximum";
		return -EINVAL;
	}
	return 0;
}

int dev_set_mtu(struct netdev *dev, int mtu, const char **extack)
{
	int err = dev_validate_mtu(dev, mtu, extack);

	if (!err && dev->netdev_ops && dev->netdev_ops->change_mtu)
		err = dev->netdev_ops->change_mtu(dev, mtu);
	if (err)
		return err;
	dev->mtu = mtu;
	call_notifiers(dev, NETDEV_CHANGEMTU);
	rtmsg_ifinfo(dev);
	return 0;
}

/*
 * veth and lo both change addresses with eth_mac_addr, lo even while up
 * (IFF_LIVE_ADDR_CHANGE). The neighbours learn of it (NETDEV_CHANGEADDR).
 */
int dev_set_mac_address(struct netdev *dev, const uint8_t *addr)
{
	if ((addr[0] & 1) || !(addr[0] | addr[1] | addr[2] | addr[3] | addr[4] | addr[5]))
		return -EADDRNOTAVAIL;
	if (dev->netdev_ops && dev->netdev_ops->set_mac_address) {
		int err = dev->netdev_ops->set_mac_address(dev, addr);

		if (err)
			return err;
	}
	/* The user's address from now on, even when it is the one the device had. */
	dev->addr_assign_type = NET_ADDR_SET;
	if (!memcmp(dev->dev_addr, addr, ETH_ALEN))
		return 0;
	memcpy(dev->dev_addr, addr, ETH_ALEN);
	call_notifiers(dev, NETDEV_CHANGEADDR);
	rtmsg_ifinfo(dev);
	return 0;
}

void netdev_notify_changeaddr(struct netdev *dev)
{
	call_notifiers(dev, NETDEV_CHANGEADDR);
	rtmsg_ifinfo(dev);
}

/* do_setlink copies IFLA_BROADCAST as it is, then tells the neighbours. */
void dev_set_broadcast(struct netdev *dev, const uint8_t *addr)
{
	memcpy(dev->broadcast, addr, ETH_ALEN);
	call_notifiers(dev, NETDEV_CHANGEADDR);
}

unsigned int dev_user_flags(const struct netdev *dev)
{
	return (dev->flags & ~(IFF_PROMISC | IFF_ALLMULTI)) | (dev->gflags & (IFF_PROMISC | IFF_ALLMULTI));
}

/*
 * __dev_set_promiscuity and __dev_set_allmulti: one counter per mode, the
 * dev->flags bit on while it is not zero. A count that would wrap to zero
 * is refused, as the kernel refuses it.
 */
static int dev_count_mode(struct netdev *dev, unsigned int *count, unsigned int bit, int inc)
{
	unsigned int n = *count + (unsigned int)inc;

	if (n == 0 && inc > 0)
		return -EOVERFLOW;
	*count = n;
	if (n == 0)
		dev->flags &= ~bit;
	else
		dev->flags |= bit;
	return 0;
}

/*
 * __dev_notify_flags: any change is announced; a change to other than UP,
 * PROMISC and ALLMULTI on a device that is up is a NETDEV_CHANGE, whose
 * listeners find the changed bits in dev->flags_changed.
 */
static void dev_notify_flags(struct netdev *dev, unsigned int old_flags, unsigned int gchanges)
{
	unsigned int changes = dev->flags ^ old_flags;

	if (gchanges)
		rtmsg_ifinfo(dev);
	if ((dev->flags & IFF_UP) && (changes & ~(IFF_UP | IFF_PROMISC | IFF_ALLMULTI | IFF_VOLATILE))) {
		dev->flags_changed = changes;
		call_notifiers(dev, NETDEV_CHANGE);
		dev->flags_changed = 0;
	}
}

int dev_set_promiscuity(struct netdev *dev, int inc)
{
	unsigned int old = dev->flags;
	int err = dev_count_mode(dev, &dev->promiscuity, IFF_PROMISC, inc);

	if (!err)
		dev_notify_flags(dev, old, IFF_PROMISC);
	return err;
}

int dev_set_allmulti(struct netdev *dev, int inc)
{
	unsigned int old = dev->flags;
	int err = dev_count_mode(dev, &dev->allmulti, IFF_ALLMULTI, inc);

	if (!err)
		dev_notify_flags(dev, old, IFF_ALLMULTI);
	return err;
}

/*
 * The user's PROMISC and ALLMULTI (gflags) are one count each among the
 * device's holders; the count is taken or given back only when the user's
 * wish changes, so asking twice counts once.
 */
static void dev_change_gflags(struct netdev *dev, unsigned int flags)
{
	if ((flags ^ dev->gflags) & IFF_PROMISC) {
		dev->gflags ^= IFF_PROMISC;
		(void)dev_count_mode(dev, &dev->promiscuity, IFF_PROMISC, (flags & IFF_PROMISC) ? 1 : -1);
	}
	if ((flags ^ dev->gflags) & IFF_ALLMULTI) {
		dev->gflags ^= IFF_ALLMULTI;
		(void)dev_count_mode(dev, &dev->allmulti, IFF_ALLMULTI, (flags & IFF_ALLMULTI) ? 1 : -1);
	}
}

int dev_change_flags(struct netdev *dev, unsigned int flags)
{
	unsigned int old_flags = dev->flags, old_gflags = dev->gflags;
	int err = 0;

	dev->flags = (flags & IFF_CHANGEABLE) |
		     (dev->flags & (IFF_UP | IFF_VOLATILE | IFF_PROMISC | IFF_ALLMULTI));
	if ((old_flags ^ flags) & IFF_UP) {
		if (old_flags & IFF_UP)
			dev_close(dev);
		else
			err = dev_open(dev);
	}
	dev_change_gflags(dev, flags);
	if (err)
		return err;
	dev_notify_flags(dev, old_flags, (old_flags ^ dev->flags) | (old_gflags ^ dev->gflags));
	return 0;
}

int dev_set_alias(struct netdev *dev, const char *alias, size_t len)
{
	if (len >= IFALIASZ)
		return -EINVAL;
	free(dev->ifalias);
	dev->ifalias = len ? vl_strndup(alias, len) : NULL;
	return 0;
}

void netdev_state_change(struct netdev *dev)
{
	if (dev->flags & IFF_UP) {
		call_notifiers(dev, NETDEV_CHANGE);
		rtmsg_ifinfo(dev);
	}
}

/* netif_oper_up: on the operstate as last set, whether or not the device runs. */
static bool oper_up(const struct netdev *dev)
{
	return dev->operstate == IF_OPER_UP || dev->operstate == IF_OPER_UNKNOWN;
}

/*
 * set_operstate: UP only leaves DORMANT, TESTING or UNKNOWN (the driver
 * reports no dormancy of its own); DORMANT and TESTING only leave an
 * operational state. Anything else asks for nothing.
 */
void dev_set_operstate(struct netdev *dev, enum if_oper transition)
{
	enum if_oper op = dev->operstate;

	if (transition == IF_OPER_UP) {
		if (op == IF_OPER_DORMANT || op == IF_OPER_TESTING || op == IF_OPER_UNKNOWN)
			op = IF_OPER_UP;
	} else if (transition == IF_OPER_DORMANT || transition == IF_OPER_TESTING) {
		if (oper_up(dev))
			op = transition;
	}
	if (op != dev->operstate) {
		dev->operstate = op;
		netdev_state_change(dev);
	}
}

int dev_change_name(struct netdev *dev, const char *name)
{
	struct netns *net = dev->net;

	if (!strcmp(dev->name, name))
		return 0;
	if (!dev_valid_name(name))
		return -EINVAL;
	if (netdev_get_by_name(net, name))
		return -EEXIST;
	netdev_name_rehash(dev, name);
	dev->name_assign_type = NET_NAME_RENAMED;
	call_notifiers(dev, NETDEV_CHANGENAME);
	rtmsg_ifinfo(dev);
	return 0;
}

/*
 * As dev_change_net_namespace: the device goes down and loses its protocol
 * state, then reappears in net, keeping its ifindex when that is free there.
 * Whatever can fail (the name in net) is settled before anything is torn
 * down: the move either completes or leaves dev as it was.
 */
int dev_change_net_namespace(struct netdev *dev, struct netns *net, const char *pat, int new_ifindex)
{
	struct netns *old = dev->net;
	char name[IFNAMSIZ];
	int err;

	if (old == net)
		return 0;
	if (dev->flags & IFF_LOOPBACK)
		return -EINVAL;
	err = dev_pick_name(net, dev, name);
	if (err == -EEXIST && pat)
		err = dev_prep_valid_name(net, pat, name);
	if (err)
		return err;
	/* The alternative names go along, so none may be taken there. */
	if (netdev_altname_taken_in(net, dev))
		return -EEXIST;
	if (new_ifindex && netdev_get_by_index(net, new_ifindex))
		return -EEXIST;
	/* For the side effect: old has an id for net from now on. */
	(void)peernet2id_alloc(old, net);
	dev_close(dev);
	dev_backlog_purge(dev);
	dev_taps_gone(dev);
	call_notifiers(dev, NETDEV_UNREGISTER);
	netdev_adjacent_release(dev);
	dev_hash_out(dev);
	dev->qdisc_attached = false; /* re-registration starts over with noop */
	dev->qdisc_active = false;
	memcpy(dev->name, name, IFNAMSIZ);
	if (new_ifindex)
		dev->ifindex = new_ifindex;
	dev_pick_index(net, dev);
	dev_hash_in(net, dev);
	/* Unlike register_netdevice, no linkwatch_init_dev: the operstate moves as it was. */
	call_notifiers(dev, NETDEV_REGISTER);
	rtmsg_ifinfo(dev);
	return 0;
}

/*
 * linkwatch_urgent_event: a running device tied to another (a veth, iflink
 * not its own index) is urgent, and so is one with carrier whose qdisc is
 * attached but not active (qdisc_tx_changing: it came up without carrier).
 * A device's first carrier, fired from its own open before dev_activate, is
 * not; nor is a carrier loss of a device of its own index (a veth whose peer
 * has the same index in its namespace, a bridge).
 */
static bool linkwatch_urgent(const struct netdev *dev)
{
	if (!dev->running)
		return false;
	if (dev_get_iflink(dev) != dev->ifindex)
		return true;
	return dev->carrier && dev->qdisc_attached && !dev->qdisc_active;
}

bool linkwatch_pending_urgent(const struct netdev *dev)
{
	return !vl_list_empty(&dev->linkwatch) && dev->carrier && linkwatch_urgent(dev);
}

/*
 * linkwatch_schedule_work: an urgent change runs the work at the end of the
 * operation; another waits until linkwatch_nextevent, a second after the
 * last run that took every change (at once if that is past), without moving
 * a run already scheduled.
 */
static void linkwatch_schedule(struct world *w, bool urgent)
{
	uint64_t now = w->clock.now;

	if (w->linkwatch_urgent)
		return;
	if (urgent) {
		w->linkwatch_urgent = true;
		w->linkwatch_due = true;
		return;
	}
	if (w->linkwatch_due || vl_timer_pending(&w->linkwatch_timer))
		return;
	if (w->linkwatch_nextevent <= now || w->linkwatch_nextevent > now + VL_NSEC_PER_SEC)
		w->linkwatch_due = true;
	else
		vl_timer_arm(&w->clock, &w->linkwatch_timer, w->linkwatch_nextevent);
}

/* linkwatch_fire_event: queued once; a change already queued reschedules only when urgent. */
static void linkwatch_fire(struct netdev *dev)
{
	struct world *w = dev->net->world;
	bool urgent = linkwatch_urgent(dev);

	if (vl_list_empty(&dev->linkwatch))
		vl_list_add_tail(&w->linkwatch, &dev->linkwatch);
	else if (!urgent)
		return;
	linkwatch_schedule(w, urgent);
}

/* linkwatch_do_dev: the operstate, the qdisc (dev_activate or dev_deactivate) and the notifiers. */
static void linkwatch_do_dev(struct netdev *dev)
{
	rfc2863_policy(dev);
	if (dev->flags & IFF_UP) {
		dev->qdisc_active = dev->carrier;
		call_notifiers(dev, NETDEV_CHANGE);
		/* netdev_state_change: only a device that is up is announced. */
		rtmsg_ifinfo(dev);
	}
}

/*
 * __linkwatch_run_queue: within a second of the last full run only the
 * urgent changes are taken (the rest stay queued, for nextevent); a full run
 * takes them all and sets nextevent a second on. Changes fired while it
 * runs wait for the next run.
 */
static void linkwatch_run_queue(struct world *w)
{
	uint64_t now = w->clock.now;
	bool urgent_only = w->linkwatch_nextevent > now;
	struct vl_list wrk;

	if (!urgent_only)
		w->linkwatch_nextevent = now + VL_NSEC_PER_SEC;
	w->linkwatch_urgent = false;
	w->linkwatch_due = false;
	vl_timer_cancel(&w->clock, &w->linkwatch_timer);
	vl_list_init(&wrk);
	while (!vl_list_empty(&w->linkwatch)) {
		struct vl_list *n = w->linkwatch.next;

		vl_list_del(n);
		vl_list_add_tail(&wrk, n);
	}
	w->linkwatch_running = true;
	while (!vl_list_empty(&wrk)) {
		struct netdev *dev = vl_list_entry(wrk.next, struct netdev, linkwatch);

		vl_list_del(&dev->linkwatch);
		if (urgent_only && !linkwatch_urgent(dev)) {
			vl_list_add_tail(&w->linkwatch, &dev->linkwatch);
			continue;
		}
		linkwatch_do_dev(dev);
	}
	w->linkwatch_running = false;
	if (!vl_list_empty(&w->linkwatch))
		linkwatch_schedule(w, false);
}

/*
 * linkwatch_sync_dev: a question about one device's link (RTM_GETLINK of
 * it, its sysfs carrier, ethtool's link) first applies its queued change,
 * leaving the rest of the queue and the work's schedule as they are.
 */
void linkwatch_sync_dev(struct netdev *dev)
{
	struct world *w = dev->net->world;

	if (vl_list_empty(&dev->linkwatch) || w->linkwatch_running)
		return;
	vl_list_del(&dev->linkwatch);
	w->linkwatch_running = true;
	linkwatch_do_dev(dev);
	w->linkwatch_running = false;
}

void linkwatch_timer_fn(struct vl_timer *t)
{
	struct world *w = vl_container_of(t, struct world, linkwatch_timer);

	w->linkwatch_due = true;
	linkwatch_run(w);
}

/* The end of an operation: the work runs if it was scheduled at once (again, if it scheduled itself so). */
void linkwatch_run(struct world *w)
{
	if (w->linkwatch_running)
		return;
	while (w->linkwatch_due)
		linkwatch_run_queue(w);
}

void netif_carrier_on(struct netdev *dev)
{
	if (!dev->carrier) {
		dev->carrier = true;
		dev->carrier_up_count++;
		linkwatch_fire(dev);
	}
}

void netif_carrier_off(struct netdev *dev)
{
	if (dev->carrier) {
		dev->carrier = false;
		dev->carrier_down_count++;
		linkwatch_fire(dev);
	}
}

int dev_get_iflink(const struct netdev *dev)
{
	if (dev->netdev_ops && dev->netdev_ops->get_iflink)
		return dev->netdev_ops->get_iflink(dev);
	return dev->ifindex;
}

/* IFLA_OPERSTATE: DOWN while not running, else what linkwatch last computed. */
enum if_oper dev_operstate(const struct netdev *dev)
{
	return dev->flags & IFF_UP ? dev->operstate : IF_OPER_DOWN;
}

/* dev_get_flags: PROMISC and ALLMULTI as the user asked, not as captures hold them. */
unsigned int dev_get_flags(const struct netdev *dev)
{
	unsigned int flags = dev_user_flags(dev) & ~(IFF_RUNNING | IFF_LOWER_UP);
	enum if_oper op = dev_operstate(dev);

	if (dev->flags & IFF_UP) {
		if (op == IF_OPER_UP || op == IF_OPER_UNKNOWN)
			flags |= IFF_RUNNING;
		if (dev->carrier)
			flags |= IFF_LOWER_UP;
	}
	return flags;
}

/* br_fdb.c: the forwarding database: learning, ageing on the virtual clock, local and user entries. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "../../core/alloc.h"
#include "../../core/netns.h"
#include "../../core/world.h"
#include "br_private.h"

static void br_fdb_cleanup(struct vl_timer *t);

static uint32_t fdb_hash(const uint8_t *addr)
{
	uint64_t v = 0;

	memcpy(&v, addr, ETH_ALEN);
	return vl_hash_u64(v);
}

static struct vl_clock *br_clock(const struct net_bridge *br)
{
	return &br->dev->net->world->clock;
}

void br_fdb_init(struct net_bridge *br)
{
	vl_htab_init(&br->fdb_hash);
	vl_list_init(&br->fdb_list);
	vl_timer_init_wheel(&br->gc_timer, br_fdb_cleanup);
}

struct net_bridge_fdb_entry *br_fdb_find(const struct net_bridge *br, const uint8_t *addr)
{
	for (struct vl_hnode *n = vl_htab_first(&br->fdb_hash, fdb_hash(addr)); n; n = vl_htab_next(n)) {
		struct net_bridge_fdb_entry *f = vl_container_of(n, struct net_bridge_fdb_entry, hnode);

		if (!memcmp(f->addr, addr, ETH_ALEN))
			return f;
	}
	return NULL;
}

static struct net_bridge_fdb_entry *fdb_create(struct net_bridge *br, struct net_bridge_port *p,
					       const uint8_t *addr)
{
	struct net_bridge_fdb_entry *f = vl_calloc(1, sizeof(*f));

	memcpy(f->addr, addr, ETH_ALEN);
	f->dst = p;
	f->updated = f->used = br_clock(br)->now;
	vl_htab_insert(&br->fdb_hash, &f->hnode, fdb_hash(addr));
	/* hlist_add_head: the newest entry is dumped first. */
	vl_list_add_head(&br->fdb_list, &f->list);
	return f;
}

void br_fdb_free(struct net_bridge *br, struct net_bridge_fdb_entry *f)
{
	vl_htab_remove(&br->fdb_hash, &f->hnode);
	vl_list_del(&f->list);
	free(f);
}

void br_fdb_fini(struct net_bridge *br)
{
	while (!vl_list_empty(&br->fdb_list))
		br_fdb_free(br, vl_list_entry(br->fdb_list.next, struct net_bridge_fdb_entry, list));
	vl_htab_free(&br->fdb_hash);
	vl_timer_cancel(br_clock(br), &br->gc_timer);
}

int br_fdb_insert_local(struct net_bridge *br, struct net_bridge_port *p, const uint8_t *addr)
{
	struct net_bridge_fdb_entry *f = br_fdb_find(br, addr);

	if (f) {
		if (f->is_local)
			return 0;
		/* A learnt entry gives way to a local one (fdb_delete_local's reverse). */
		br_fdb_free(br, f);
	}
	f = fdb_create(br, p, addr);
	f->is_local = f->is_static = true;
	return 0;
}

void br_fdb_update(struct net_bridge *br, struct net_bridge_port *source, const uint8_t *addr)
{
	struct net_bridge_fdb_entry *f = br_fdb_find(br, addr);
	uint64_t now = br_clock(br)->now;

	if (!f) {
		fdb_create(br, source, addr);
		return;
	}
	/* Our own address seen from outside: the kernel logs it and leaves the entry alone. */
	if (f->is_local)
		return;
	/* Any other entry, a user's static one too, follows the address to where it was seen. */
	f->dst = source;
	f->updated = now;
}

void br_fdb_delete_by_port(struct net_bridge *br, const struct net_bridge_port *p, bool do_all)
{
	struct vl_list *pos, *tmp;

	vl_list_for_each_safe(pos, tmp, &br->fdb_list) {
		struct net_bridge_fdb_entry *f = vl_list_entry(pos, struct net_bridge_fdb_entry, list);

		if (f->dst != p)
			continue;
		if (!do_all && (f->is_static || f->added_by_user))
			continue;
		br_fdb_free(br, f);
	}
}


/*
 * br_fdb_change_mac_address: the bridge's own entry (no port) follows its
 * address; an address a port has is that port's entry already.
 */
void br_fdb_change_mac_address(struct net_bridge *br, const uint8_t *old, const uint8_t *addr)
{
	static const uint8_t zero[ETH_ALEN];
	struct net_bridge_fdb_entry *f = br_fdb_find(br, old);

	if (f && f->is_local && !f->dst)
		br_fdb_free(br, f);
	if (!memcmp(addr, zero, ETH_ALEN))
		return;
	f = br_fdb_find(br, addr);
	if (f && f->is_local)
		return;
	(void)!br_fdb_insert_local(br, NULL, addr);
}


/* bridge fdb flush / ip link set BR type bridge fdb_flush: every dynamic entry. */
void br_fdb_flush(struct net_bridge *br)
{
	struct vl_list *pos, *tmp;

	vl_list_for_each_safe(pos, tmp, &br->fdb_list) {
		struct net_bridge_fdb_entry *f = vl_list_entry(pos, struct net_bridge_fdb_entry, list);

		if (!f->is_static)
			br_fdb_free(br, f);
	}
}

/*
 * br_fdb_cleanup: an entry not refreshed for ageing_time goes; the
 * collector comes back when the next one is due, ageing_time at most.
 */
static void br_fdb_cleanup(struct vl_timer *t)
{
	struct net_bridge *br = vl_container_of(t, struct net_bridge, gc_timer);
	uint64_t now = br_clock(br)->now, delay = br_clock_to_ns(br_hold_time(br)), next = delay;
	struct vl_list *pos, *tmp;

	vl_list_for_each_safe(pos, tmp, &br->fdb_list) {
		struct net_bridge_fdb_entry *f = vl_list_entry(pos, struct net_bridge_fdb_entry, list);
		uint64_t due = f->updated + delay;

		if (f->is_static)
			continue;
		if (due > now) {
			if (due - now < next)
				next = due - now;
		} else {
			br_fdb_free(br, f);
		}
	}
	/* Never sooner than 10 ms, as the kernel's work is rearmed. */
	if (next < 10 * VL_NSEC_PER_MSEC)
		next = 10 * VL_NSEC_PER_MSEC;
	vl_timer_arm(br_clock(br), &br->gc_timer, now + next);
}

/* br_stp_enable_bridge: the first collection a tenth of a second after the bridge comes up. */
void br_fdb_gc_start(struct net_bridge *br)
{
	vl_timer_arm(br_clock(br), &br->gc_timer, br_clock(br)->now + VL_NSEC_PER_SEC / 10);
}

/*
 * fdb_add_entry: a user's entry on a port. Permanent makes it local, NOARP
 * (static) keeps it from ageing; otherwise it ages as a learnt one.
 */
int br_fdb_add(struct net_bridge *br, struct net_bridge_port *p, const uint8_t *addr, uint16_t state,
	       bool replace, bool create)
{
	struct net_bridge_fdb_entry *f = br_fdb_find(br, addr);

	/* Any address but all zeros, multicast and broadcast too. */
	if (!(addr[0] | addr[1] | addr[2] | addr[3] | addr[4] | addr[5]))
		return -EINVAL;
	/* A port that cannot learn takes only local and static entries. */
	if (p && !(state & (FDB_NUD_PERMANENT | FDB_NUD_NOARP)) && p->state != BR_STATE_LEARNING &&
	    p->state != BR_STATE_FORWARDING)
		return -EPERM;
	/* An entry of the bridge itself (no port) can only be permanent. */
	if (!p && !(state & FDB_NUD_PERMANENT))
		return -EINVAL;
	if (f && !replace)
		return -EEXIST;
	if (!f && !create)
		return -ENOENT;
	if (!f)
		f = fdb_create(br, p, addr);
	f->dst = p;
	f->is_local = state & FDB_NUD_PERMANENT;
	f->is_static = (state & (FDB_NUD_PERMANENT | FDB_NUD_NOARP)) != 0;
	f->added_by_user = true;
	f->updated = f->used = br_clock(br)->now;
	return 0;
}

int br_fdb_delete(struct net_bridge *br, struct net_bridge_port *p, const uint8_t *addr)
{
	struct net_bridge_fdb_entry *f = br_fdb_find(br, addr);

	if (!f || f->dst != p)
		return -ENOENT;
	br_fdb_free(br, f);
	return 0;
}

/* A port's address changed: its local entries go, the new one comes with br_fdb_insert_local. */
void br_fdb_delete_by_port_local(struct net_bridge *br, const struct net_bridge_port *p)
{
	struct vl_list *pos, *tmp;

	vl_list_for_each_safe(pos, tmp, &br->fdb_list) {
		struct net_bridge_fdb_entry *f = vl_list_entry(pos, struct net_bridge_fdb_entry, list);

		if (f->dst == p && f->is_local && !f->added_by_user)
			br_fdb_free(br, f);
	}
}

/* fdb_to_nud: local entries are permanent, static ones NOARP, the rest reachable or, once aged, stale. */
static uint16_t fdb_to_nud(const struct net_bridge *br, const struct net_bridge_fdb_entry *f, uint64_t now)
{
	if (f->is_local)
		return FDB_NUD_PERMANENT;
	if (f->is_static)
		return FDB_NUD_NOARP;
	if (f->updated + br_clock_to_ns(br_hold_time(br)) <= now)
		return FDB_NUD_STALE;
	return FDB_NUD_REACHABLE;
}

int br_fdb_dump(const struct netdev *dev, const struct netdev *port, br_fdb_cb cb, void *arg)
{
	const struct net_bridge *br = netdev_bridge(dev);
	uint64_t now = br_clock(br)->now, tick = VL_NSEC_PER_SEC / BR_HZ;
	struct vl_list *pos;

	vl_list_for_each(pos, &br->fdb_list) {
		const struct net_bridge_fdb_entry *f = vl_list_entry(pos, struct net_bridge_fdb_entry, list);
		struct fdb_entry e = { .master = dev->ifindex, .flags = FDB_NTF_MASTER };
		int ret;

		if (port ? (!f->dst || f->dst->dev != port) : f->dst != NULL)
			continue;
		e.ifindex = f->dst ? f->dst->dev->ifindex : dev->ifindex;
		memcpy(e.addr, f->addr, ETH_ALEN);
		e.state = fdb_to_nud(br, f, now);
		e.used = (uint32_t)((now - f->used) / tick);
		e.updated = (uint32_t)((now - f->updated) / tick);
		ret = cb(&e, arg);
		if (ret)
			return ret;
	}
	return 0;
}

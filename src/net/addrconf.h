/* addrconf.h: IPv6 addresses on devices: ::1, EUI-64 link-locals and DAD (net/ipv6/addrconf.c). */
#ifndef VL_ADDRCONF_H
#define VL_ADDRCONF_H

#include <stdbool.h>
#include <stdint.h>

#include "../core/alloc.h"
#include "../core/cow.h"
#include "../core/list.h"
#include "../core/netdev.h"
#include "../core/hash.h"
#include "../core/timer.h"
#include "../uapi/if_addr.h"
#include "ipv6.h"
#include "neighbour.h"


enum { IPV6_SCOPE_HOST = 0x10, IPV6_SCOPE_LINK = 0x20, IPV6_SCOPE_SITE = 0x40, IPV6_SCOPE_GLOBAL = 0x00 };

struct inet6_ifaddr {
	struct vl_list node;       /* in idev->addrs, newest first as the kernel lists them */
	struct vl_hnode hnode;     /* in ipv6_net.addrs */
	struct vl_list gnode;      /* in ipv6_net.global_addrs when of global or site scope, else narrow_addrs */
	struct inet6_dev *idev;
	uint8_t addr[16];
	uint8_t prefixlen;
	uint8_t scope;
	uint32_t flags;
	int dad_probes;
	uint8_t dad_nonce[6];      /* of the last probe, to recognise it looped back */
	struct vl_timer dad_timer;
	uint64_t seq;              /* when it was created (ipv6_net.event_seq): if_inet6's order */
	uint64_t mc_seq;           /* when its solicited-node group was joined, shared by the group */
};

/* A subnet-router anycast address a router holds on a device (ifacaddr6). */
struct ifacaddr6 {
	struct vl_list node;       /* in idev->acs, newest first */
	uint8_t addr[16];
	int users;                 /* the addresses of its prefix */
	uint64_t seq;              /* when it (and its solicited-node group) was joined */
};

/* The routers' groups a forwarding device joins: ff02::2, ff01::2, ff05::2 (dev_forward_change). */
enum { MC_RTR_LINK, MC_RTR_IFACE, MC_RTR_SITE, MC_RTR_MAX };
extern const uint8_t mc_rtr_groups[MC_RTR_MAX][16];

/* A multicast group a device has joined, as idev->mc_list holds it. */
struct mc_group6 {
	uint8_t group[16];
	int users;
	uint64_t seq;              /* when it was joined */
};

/*
 * A device's IPv6 state, from ipv6_add_dev to addrconf_ifdown(unregister):
 * the device's life, except that an MTU below IPV6_MIN_MTU ends it early and
 * raising the MTU again starts a fresh one from net.ipv6.conf.default.
 */
/*
 * The per-device IPv6 counters that ip -6 -s addr shows: iproute2 6.1 reads
 * IFLA_INET6_STATS by its own (older) MIB layout, which on Linux 6.18 lands
 * on these. The rest of /proc/net/dev_snmp6 is not kept.
 */
struct ipv6_devstats {
	uint64_t in_pkts, in_octets;   /* InReceives, InOctets */
	uint64_t in_ect1, in_ect0;     /* InECT1Pkts, InECT0Pkts */
	uint64_t in_toobig;            /* InTooBigErrors, on the output device */
	uint64_t in_noroutes;          /* InNoRoutes, on the input device */
};

struct inet6_dev {
	struct netdev *dev;
	struct ipv6_devstats stats;
	/* net.ipv6.neigh.DEV.* and net.ipv6.conf.DEV.*: shared until written (in6_dev_parms_w, in6_dev_conf_w) */
	const struct neigh_parms *nd_parms;
	const struct ipv6_devconf *cnf;
	struct vl_list addrs;
	struct vl_list acs;        /* struct ifacaddr6 */
	uint64_t rtr_seq[MC_RTR_MAX];  /* when each routers' group was joined; 0 while not */
	bool fwd_on;               /* the forwarding value last acted on (dev_forward_change) */
	bool configured;           /* link-local done for this up period */
	/*
	 * MLDv2 state-change reports (mc_ifc_work): retransmissions still to
	 * send (robustness), and for which group.
	 */
	struct vl_timer mld_timer;
	int mld_pending;
	uint8_t mld_mode;          /* what the pending report lists: enum mld_mode */
	uint8_t mld_group[16];     /* the group of MLD_ONE and MLD_LEFT */
	/* The groups of MLD_SET and MLD_SET_LEFT: allocated with the first such report (in6_dev_mld_set). */
	uint8_t (*mld_set)[16];
	int mld_nset;
	/*
	 * ff02::6a's deleted record (mld_add_delrec): a snooping bridge that
	 * stopped snooping while up lists it TO_IN in this many more reports of
	 * every group, before the groups it holds (mld_send_cr's tombstones).
	 */
	uint8_t mld_snoopers_left;
	/*
	 * The report of every group once the link-local address is usable
	 * (mc_dad_work): its one retransmission, while armed. A stream of its
	 * own: it neither replaces nor absorbs a state-change report pending.
	 */
	struct vl_timer mld_dad_timer;
	/* Router solicitations: sent so far and the current (backed-off) interval. */
	struct vl_timer rs_timer;
	int rs_probes;
	uint64_t rs_interval;
	uint8_t ll[16];
	/*
	 * Whether and since when (ipv6_net.event_seq) ff02::1 is loaded into the
	 * device's filter. It is loaded when the inet6_dev is created and
	 * unloaded only by going down after the link was configured
	 * (ipv6_mc_down); configuring the link loads it again.
	 */
	uint64_t allnodes_seq;
	bool allnodes_loaded;
};

/* The priority of addrconf's device notifier; ndisc's sits below it. */
#define ADDRCONF_NOTIFY_PRIORITY 0
/* addrconf_init: IPv6 addresses and routes follow their device (ipv6_dev_notf). */
VL_MUST_CHECK int addrconf_init(struct world *w);

/* idev's IPv6 configuration and neighbour discovery parameters, made its own for a write (cow.h). */
static inline struct ipv6_devconf *in6_dev_conf_w(struct inet6_dev *idev)
{
	struct ipv6_devconf *c = cow_write(idev->cnf, sizeof(*c));

	idev->cnf = c;
	return c;
}

static inline struct neigh_parms *in6_dev_parms_w(struct inet6_dev *idev)
{
	struct neigh_parms *p = cow_write(idev->nd_parms, sizeof(*p));

	idev->nd_parms = p;
	return p;
}

/* The room for idev's MLD_SET groups, made on first use: most devices never report a set. */
#define MLD_SET_MAX (MC_RTR_MAX + 4)
static inline uint8_t (*in6_dev_mld_set(struct inet6_dev *idev))[16]
{
	if (!idev->mld_set)
		idev->mld_set = vl_calloc(MLD_SET_MAX, sizeof(*idev->mld_set));
	return idev->mld_set;
}

void ipv6_net_init(struct netns *net);
void ipv6_net_exit(struct netns *net);
/* disable_ipv6 changed for dev (or for every device when dev is NULL). */
void addrconf_disable_change(struct netns *net, struct netdev *dev);
/* dev_forward_change: a device's forwarding setting changed; its anycast routes follow. */
void addrconf_forward_change(struct netdev *dev);

/* ipv6_get_ifaddr: our address addr, on dev when dev is given. */
struct inet6_ifaddr *ipv6_get_ifaddr(const struct netns *net, const uint8_t *addr,
				     const struct netdev *dev);
/* A usable (DAD-complete) address of ours, on dev when dev is given. */
bool ipv6_chk_addr(const struct netns *net, const uint8_t *addr, const struct netdev *dev);
/*
 * ipv6_chk_addr_and_flags: our address addr without banned_flags, on dev
 * unless skip_dev; a global address of another device counts unless strict.
 */
bool ipv6_chk_addr_flags(const struct netns *net, const uint8_t *addr, const struct netdev *dev,
			 bool skip_dev, bool strict, uint32_t banned_flags);
/*
 * Has dev joined group: all-nodes, the solicited-node group of one of its
 * addresses or anycast addresses, or (forwarding) a routers' group.
 */
bool ipv6_chk_mcast_addr(const struct netdev *dev, const uint8_t *group);
/*
 * The groups dev has joined besides ff02::1 and ff01::1, each once with its
 * users, newest first: solicited-node groups (none on lo or NOARP devices)
 * and routers' groups. *out is the caller's to free.
 */
int ipv6_mc_groups(const struct netdev *dev, struct mc_group6 **out);
/*
 * mcast.c: a state-change report now, and the robustness retransmission later:
 * MLD_ONE reports mld_group joined (the link-local's group as the link comes
 * up), MLD_ALL every group the device has joined, newest first (after a join),
 * MLD_LEFT mld_group left, MLD_SET and MLD_SET_LEFT the mld_nset groups of
 * mld_set joined or left (forwarding turned on or off).
 */
enum mld_mode { MLD_ONE, MLD_ALL, MLD_LEFT, MLD_SET, MLD_SET_LEFT };
/* The report goes from src; its retransmission from the source usable then (mld_newpack). */
void mld_report(struct inet6_dev *idev, const uint8_t *src, enum mld_mode mode);
/* The source MLD uses: the link-local address once usable, else ::. */
void mld_source(const struct netdev *dev, uint8_t *src);
void mld_work(struct vl_timer *t);
/* mld_add_delrec / mld_del_delrec of ff02::6a: a bridge stops or starts snooping while up. */
void mld_snoopers_changed(struct inet6_dev *idev, bool left);
/*
 * ipv6_mc_dad_complete: the link-local address has become usable: a report
 * of every group now and once more within the unsolicited report interval.
 */
void ipv6_mc_dad_complete(struct inet6_dev *idev);
void mld_dad_work(struct vl_timer *t);
/*
 * A group joined (a report of every group) or left (of that one: addr's
 * solicited-node group), on a device that talks MLD (igmp6_group_added
 * and igmp6_group_dropped).
 */
void mld_group_changed(struct inet6_dev *idev, const uint8_t *addr, bool left);

/* ipv6_dev_get_saddr among dev's addresses (RFC 6724, reduced); -EADDRNOTAVAIL if none. */
VL_MUST_CHECK int ipv6_dev_get_saddr(const struct netdev *dev, const uint8_t *daddr, uint8_t *saddr);
/* ipv6_dev_get_saddr without an outgoing device: net's usable addresses; -EADDRNOTAVAIL if none. */
VL_MUST_CHECK int ipv6_net_get_saddr(const struct netns *net, const uint8_t *daddr, uint8_t *saddr);
/* dev's first usable link-local address; -EADDRNOTAVAIL if none. */
VL_MUST_CHECK int ipv6_get_lladdr(const struct netdev *dev, uint8_t *addr);
void addrconf_dad_failure(struct inet6_ifaddr *ifa);
/* When a tentative address's running DAD ends (virtual ns), if nothing answers it; 0 if none runs. */
uint64_t addrconf_dad_end(const struct inet6_ifaddr *ifa);
/* `ip -6 addr add|replace|del`: 0 or a negative errno; flags: IFA6_F_NODAD, IFA_F_NOPREFIXROUTE. */
VL_MUST_CHECK int inet6_addr_add(struct netdev *dev, const uint8_t *addr, int plen, uint32_t flags,
				 bool replace);
VL_MUST_CHECK int inet6_addr_del(struct netdev *dev, const uint8_t *addr, int plen);

#endif

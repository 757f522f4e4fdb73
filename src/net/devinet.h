/* devinet.h: IPv4 addresses and per-device IPv4 configuration (in_device). */
#ifndef VL_DEVINET_H
#define VL_DEVINET_H

#include <stdbool.h>
#include <stdint.h>

#include "../core/alloc.h"
#include "../core/cow.h"
#include "../core/hash.h"
#include "../core/netdev.h"
#include "../core/sysctl.h"
#include "../uapi/if_addr.h"
#include "neighbour.h"
#include "../uapi/rtnetlink.h"



/* Addresses are kept in host byte order throughout the stack. */
struct in_ifaddr {
	struct in_ifaddr *next;
	struct in_device *idev;
	struct vl_hnode addr_hnode; /* in the namespace's local-address table */
	uint32_t local;
	uint32_t address;   /* peer for point-to-point, else == local */
	uint32_t mask;
	uint32_t broadcast;
	uint8_t prefixlen;
	uint8_t scope;
	uint32_t flags;
	uint32_t rt_priority;  /* IFA_RT_PRIORITY: the metric of its prefix route */
	char label[IFNAMSIZ];
};

struct in_device {
	struct netdev *dev;
	struct in_ifaddr *ifa_list;
	/* net.ipv4.conf.DEV.* and net.ipv4.neigh.DEV.*: shared until written (in_dev_conf_w, in_dev_parms_w) */
	const struct ipv4_devconf *cnf;
	const struct neigh_parms *arp_parms;
	/* igmp.c: the IGMPv3 state-change report still being retransmitted; NULL while none is. */
	struct igmp_change *mr_change;
};

/* A state-change report and its retransmissions (mr_ifc_timer): made by a change, gone at down. */
struct igmp_change {
	struct in_device *idev;
	struct vl_timer mr_ifc_timer;
	uint32_t mr_group;              /* the group it reports */
	uint8_t mr_crcount;             /* retransmissions left */
	bool mr_left;                   /* CHANGE_TO_INCLUDE (left), else CHANGE_TO_EXCLUDE (joined) */
};

/* The request `ip addr add` and ifconfig build. */
struct ifa_req {
	uint32_t local;
	uint32_t address;
	uint8_t prefixlen;
	bool has_broadcast;
	uint32_t broadcast;
	int scope;          /* -1: default */
	const char *label;  /* NULL: the device name */
	bool replace;       /* NLM_F_REPLACE: an address already there is no error */
	uint32_t rt_priority;  /* metric: its prefix route's (0 when not given) */
	uint32_t flags;     /* IFA_F_NOPREFIXROUTE: no prefix route (kept on a replace) */
};

/* What RTM_DELADDR names: each part left out matches any address. */
struct ifa_del_req {
	bool has_local;
	uint32_t local;
	bool has_address;   /* IFA_ADDRESS (the peer, or the local): with prefixlen */
	uint32_t address;
	int prefixlen;
	const char *label;  /* NULL: any label */
};

uint32_t inet_make_mask(int prefixlen);
int inet_mask_len(uint32_t mask);

/* devinet_init: IPv4's addresses follow their device (ip_netdev_notifier). */
VL_MUST_CHECK int devinet_init(struct world *w);

/* 0, or -EEXIST / -EINVAL with extack set, -ENODEV without IPv4; as inet_rtm_newaddr. */
VL_MUST_CHECK int inet_addr_add(struct netdev *dev, const struct ifa_req *req, const char **extack);
/* Deletes the first address req matches; secondaries of a deleted primary go too. */
VL_MUST_CHECK int inet_addr_del(struct netdev *dev, const struct ifa_del_req *req, const char **extack);
/* idev's IPv4 configuration and ARP parameters, made its own for a write (cow.h). */
static inline struct ipv4_devconf *in_dev_conf_w(struct in_device *idev)
{
	struct ipv4_devconf *c = cow_write(idev->cnf, sizeof(*c));

	idev->cnf = c;
	return c;
}

static inline struct neigh_parms *in_dev_parms_w(struct in_device *idev)
{
	struct neigh_parms *p = cow_write(idev->arp_parms, sizeof(*p));

	idev->arp_parms = p;
	return p;
}

void inet_addr_del_ifa(struct in_device *idev, struct in_ifaddr *ifa);
/*
 * ifconfig's ioctls on the address labelled label (NULL: the device's own
 * name; "DEV:N" for an alias), as devinet_ioctl does them.
 */
VL_MUST_CHECK int inet_ioctl_set_addr(struct netdev *dev, const char *label, uint32_t local);
VL_MUST_CHECK int inet_ioctl_set_netmask(struct netdev *dev, const char *label, uint32_t mask);
VL_MUST_CHECK int inet_ioctl_set_broadcast(struct netdev *dev, const char *label, uint32_t brd);
VL_MUST_CHECK int inet_ioctl_alias_flags(struct netdev *dev, const char *label, unsigned int flags);

/* True when addr is assigned to any device of net (inet_addr_type == RTN_LOCAL). */
struct in_ifaddr *inet_lookup_local(const struct netns *net, uint32_t addr);
/* The address peer has in one of dev's subnets (the far end of a link, as a gateway), or 0. */
uint32_t inet_addr_on_link(const struct netdev *dev, const struct netdev *peer);

#define IGMP_ALL_SNOOPERS 0xe000006au   /* 224.0.0.106, which a snooping bridge joins */

/* igmp.c: IGMPv3 reports of the groups a device joins or leaves (igmp_group_added, igmp_group_dropped). */
void igmp_group_changed(struct netdev *dev, uint32_t group, bool left);
void ip_mc_init_dev(struct in_device *idev);
/* NETDEV_UP: the groups held are reported again; NETDEV_DOWN: reporting stops. */
void ip_mc_up(struct netdev *dev);
void ip_mc_down(struct in_device *idev);

#endif

/* addrconf.h: IPv6 addresses on devices: ::1, EUI-64 link-locals and DAD (net/ipv6/addrconf.c). */
#ifndef VL_ADDRCONF_H
#define VL_ADDRCONF_H

#include <stdbool.h>
#include <stdint.h>

#include "../core/list.h"
#include "../core/netdev.h"
#include "../core/timer.h"

#define IFA6_F_DADFAILED 0x08
#define IFA6_F_TENTATIVE 0x40
#define IFA6_F_PERMANENT 0x80

enum { IPV6_SCOPE_HOST = 0x10, IPV6_SCOPE_LINK = 0x20, IPV6_SCOPE_GLOBAL = 0x00 };

struct inet6_ifaddr {
	struct vl_list node;       /* in idev->addrs, newest first as the kernel lists them */
	struct inet6_dev *idev;
	uint8_t addr[16];
	uint8_t prefixlen;
	uint8_t scope;
	uint32_t flags;
	int dad_probes;
	struct vl_timer dad_timer;
};

struct inet6_dev {
	struct netdev *dev;
	struct vl_list addrs;
	bool configured;           /* link-local done for this up period */
	/* MLDv2: reports still to retransmit (robustness), and for which group. */
	struct vl_timer mld_timer;
	int mld_pending;
	uint8_t mld_group[16];
	uint8_t mld_src[16];
	/* Router solicitations: sent so far and the current (backed-off) interval. */
	struct vl_timer rs_timer;
	int rs_probes;
	uint64_t rs_interval;
	uint8_t ll[16];
};

/* An IPv6 route as `ip -6 route` shows it; kept per namespace, in insertion order. */
struct rt6_route {
	struct vl_list node;
	struct vl_list dev_node;   /* in dev->rt6_routes */
	uint8_t dst[16];
	uint8_t plen;
	uint8_t type;              /* RTN_UNICAST, RTN_LOCAL, RTN_MULTICAST */
	uint32_t table;
	uint32_t metric;
	struct netdev *dev;
};

struct ipv6_net {
	struct vl_list routes;
};

extern const struct netdev_notifier addrconf_notifier;

int ipv6_net_init(struct netns *net);
void ipv6_net_exit(struct netns *net);
/* disable_ipv6 changed for dev (or for every device when dev is NULL). */
void addrconf_disable_change(struct netns *net, struct netdev *dev);

#endif

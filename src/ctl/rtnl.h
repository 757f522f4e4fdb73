/*
 * rtnl.h: the control API between tools and the emulated kernel, our rtnetlink.
 * Tools see snapshots (struct rtnl_link, rtnl_addr) and never the core's structs.
 * Every call returns 0 or a negative errno; *extack, when set, is the kernel's
 * extended-ack text, which iproute2 prints as "Error: %s.".
 */
#ifndef VL_RTNL_H
#define VL_RTNL_H

#include <stdbool.h>
#include <stdint.h>

#include "../core/alloc.h"
#include "../core/link.h"
#include "../core/netdev.h"
#include "../net/devinet.h"
#include "../uapi/if_bridge.h"

struct world;
struct netns;

struct rtnl_link {
	int ifindex;
	char name[IFNAMSIZ];
	unsigned int flags;       /* as dev_get_flags */
	int mtu, min_mtu, max_mtu;
	unsigned short type;
	uint8_t addr[ETH_ALEN], brd[ETH_ALEN];
	int link;                 /* IFLA_LINK, 0 when none */
	int link_netnsid;         /* IFLA_LINK_NETNSID, -1 when same namespace */
	int master;               /* IFLA_MASTER: the master's ifindex (same namespace), 0 when none */
	enum if_oper operstate;
	unsigned int txqlen;
	const char *qdisc;
	const char *kind;         /* NULL for lo */
	const char *slave_kind;   /* IFLA_INFO_SLAVE_KIND ("bridge_slave"), NULL when none */
	/* IFLA_INFO_DATA of a bridge, IFLA_INFO_SLAVE_DATA of its port (when kind, slave_kind say so). */
	struct bridge_info br;
	struct brport_info brport;
	unsigned int num_tx_queues, num_rx_queues;
	unsigned int promiscuity, allmulti;
	uint32_t group;
	uint8_t link_mode;        /* IF_LINK_MODE_* */
	int addr_gen_mode;        /* IN6_ADDR_GEN_MODE_*, -1 without an inet6 device */
	unsigned int gso_max_size, gso_max_segs, gro_max_size, tso_max_size, tso_max_segs;
	char ifalias[IFALIASZ];   /* "" when none */
	struct netdev_stats stats;
	unsigned int carrier_changes;  /* IFLA_CARRIER_CHANGES */
	bool carrier;             /* IFLA_CARRIER: netif_carrier_ok, up or not */
	/* IFLA_INET6_STATS, in the inet6 link dump (ip -6 addr); zero without an inet6 device. */
	struct {
		uint64_t in_pkts, in_octets, in_ect1, in_ect0, in_toobig, in_noroutes;
	} inet6_stats;
};

struct rtnl_addr {
	int ifindex;
	uint32_t local, address, broadcast;
	int prefixlen;
	int scope;
	uint32_t flags;
	uint32_t rt_priority;  /* IFA_RT_PRIORITY, sent only when not 0 */
	char label[IFNAMSIZ];
};

struct rtnl_addr6 {
	int ifindex;
	uint8_t addr[16];
	int prefixlen;
	int scope;          /* 0x00 global, 0x10 host, 0x20 link */
	uint32_t flags;     /* IFA6_F_* */
};

/*
 * Dumps and walks return what their callback returns and fail no other way:
 * the caller, who wrote the callback, knows whether to look, so they are not
 * VL_MUST_CHECK. Every other call returning int is.
 */
typedef int (*rtnl_link_cb)(const struct rtnl_link *l, void *arg);
typedef int (*rtnl_addr_cb)(const struct rtnl_addr *a, void *arg);
typedef int (*rtnl_netns_cb)(struct netns *net, void *arg);

VL_MUST_CHECK int rtnl_link_get(struct netns *net, int ifindex, const char *name,
				struct rtnl_link *out);
/* RTM_GETLINK of one device (ip link|addr show DEV): the same, once its queued carrier change is applied. */
VL_MUST_CHECK int rtnl_link_getlink(struct netns *net, int ifindex, const char *name,
				    struct rtnl_link *out);
int rtnl_link_dump(struct netns *net, rtnl_link_cb cb, void *arg);
/*
 * The same answers as the ioctls give them (SIOCGIFINDEX, SIOCGIFFLAGS,
 * SIOCGIFHWADDR, ETHTOOL_GLINK), for libpcap's device list: no link message
 * is filled, so no peer namespace is given an nsid, and link and
 * link_netnsid are left 0 and -1.
 */
VL_MUST_CHECK int rtnl_link_peek(struct netns *net, int ifindex, const char *name,
				 struct rtnl_link *out);
int rtnl_link_peek_dump(struct netns *net, rtnl_link_cb cb, void *arg);
/* if_indextoname: the device's name into buf (IFNAMSIZ), or NULL when no device has that index. */
const char *rtnl_ifname(struct netns *net, int ifindex, char *buf);
/*
 * RTM_NEWLINK with NLM_F_CREATE: a device of kind (NULL: none was named)
 * with req's attributes. replace is NLM_F_REPLACE (ip link replace) instead
 * of NLM_F_EXCL: a device that exists is then -EOPNOTSUPP, not -EEXIST.
 */
VL_MUST_CHECK int rtnl_link_add(struct netns *net, const char *kind, const struct link_req *req,
				bool replace, const char **extack);
VL_MUST_CHECK int rtnl_link_del(struct netns *net, int ifindex, const char **extack);
/*
 * RTM_NEWLINKPROP (add) or RTM_DELLINKPROP: the alternative names in turn;
 * the first failure stops, and the names handled before it stay handled.
 */
VL_MUST_CHECK int rtnl_link_prop(struct netns *net, int ifindex, bool add, char *const *names,
				 int n, const char **extack);
typedef int (*rtnl_name_cb)(const char *name, void *arg);
/* IFLA_PROP_LIST: the device's alternative names, in the order they were added. */
int rtnl_link_altnames(struct netns *net, int ifindex, rtnl_name_cb cb, void *arg);
/* RTM_DELLINK by IFLA_GROUP: every device of the group, or nothing (-EPERM for group 0). */
VL_MUST_CHECK int rtnl_link_group_del(struct netns *net, uint32_t group, const char **extack);
/*
 * RTM_NEWLINK on a device (do_setlink): a's attributes in the kernel's
 * order; the first failure stops it, and what was done stays done. kind
 * is the IFLA_INFO_KIND sent with it, or NULL.
 */
VL_MUST_CHECK int rtnl_link_change(struct netns *net, int ifindex, const char *kind,
				   const struct link_attrs *a, const char **extack);
/* The same, on every device of a group (ip link set group N). */
VL_MUST_CHECK int rtnl_link_group_change(struct netns *net, uint32_t group, const char *kind,
					 const struct link_attrs *a, const char **extack);
int rtnl_ifindex(struct netns *net, const char *name);
/*
 * iproute2's ll_name_to_index: a name not in its cache is asked with an
 * RTM_GETLINK of it, which applies the device's queued carrier change
 * (linkwatch_sync_dev) before answering. 0 for no such device.
 */
int rtnl_ifindex_getlink(struct netns *net, const char *name);
/* RTM_NEWNSID with no id asked for: net gets one for peer if it had none; returns it. */
int rtnl_nsid_alloc(struct netns *net, struct netns *peer);

int rtnl_addr_dump(struct netns *net, int ifindex, rtnl_addr_cb cb, void *arg);
typedef int (*rtnl_addr6_cb)(const struct rtnl_addr6 *a, void *arg);
int rtnl_addr6_dump(struct netns *net, int ifindex, rtnl_addr6_cb cb, void *arg);
VL_MUST_CHECK int rtnl_addr_add(struct netns *net, int ifindex, const struct ifa_req *req,
				const char **extack);
/*
 * flags: IFA6_F_NODAD, IFA_F_NOPREFIXROUTE. replace: NLM_F_REPLACE, an
 * address already there takes the new flags instead of -EEXIST.
 */
VL_MUST_CHECK int rtnl_addr6_add(struct netns *net, int ifindex, const uint8_t *addr, int plen,
				 uint32_t flags, bool replace, const char **extack);
VL_MUST_CHECK int rtnl_addr6_del(struct netns *net, int ifindex, const uint8_t *addr, int plen,
				 const char **extack);
VL_MUST_CHECK int rtnl_addr_del(struct netns *net, int ifindex, const struct ifa_del_req *req,
				const char **extack);
/*
 * SIOCSIFADDR, SIOCSIFNETMASK, SIOCSIFBRDADDR, and SIOCSIFFLAGS on an alias,
 * as ifconfig issues them, on the address labelled label (NULL: the
 * device's own name).
 */
VL_MUST_CHECK int rtnl_ioctl_addr(struct netns *net, int ifindex, const char *label, int which,
				  uint32_t value);
enum { RTNL_IOCTL_ADDR, RTNL_IOCTL_NETMASK, RTNL_IOCTL_BRDADDR, RTNL_IOCTL_ALIAS_FLAGS };

struct netns *rtnl_init_net(struct world *w);
struct netns *rtnl_netns_get(struct world *w, const char *name);
const char *rtnl_netns_name(const struct netns *net);
struct world *rtnl_netns_world(const struct netns *net);
VL_MUST_CHECK int rtnl_netns_add(struct world *w, const char *name);
VL_MUST_CHECK int rtnl_netns_del(struct world *w, const char *name);
/* A reference on net for a command running in it (get_net), and its release (put_net). */
void rtnl_netns_hold(struct netns *net);
void rtnl_netns_release(struct netns *net);
/* Named namespaces newest first, as readdir of /run/netns gives them. */
int rtnl_netns_list(struct world *w, rtnl_netns_cb cb, void *arg);
/* The id net already has for peer, or -1; does not allocate (RTM_GETNSID). */
int rtnl_nsid_get(struct netns *net, struct netns *peer);
/* RTM_NEWNSID: an id (or the lowest free when < 0) in net for peer; -EEXIST with extack. */
VL_MUST_CHECK int rtnl_nsid_set(struct netns *net, struct netns *peer, int id, const char **extack);
/* RTM_GETNSID dump: net's ids in ascending order. */
typedef int (*rtnl_nsid_cb)(int id, struct netns *peer, void *arg);
int rtnl_nsid_dump(struct netns *net, rtnl_nsid_cb cb, void *arg);
struct netns *rtnl_netns_by_id(struct netns *net, int id);

/* A device's link-layer multicast filter entry, as dev->mc holds it. */
struct mc_hw {
	uint8_t addr[ETH_ALEN];
	int refcount;   /* the groups mapped onto it */
	uint64_t seq;   /* when it was added: the list is in that order */
};
/* dev->mc in order (procfs_mcast.c); the caller frees *out. */
int dev_mc_hw_list(const struct netdev *dev, struct mc_hw **out);

/* rtnl_fdb_dump (PF_BRIDGE neighbours): for each device in index order, its master's entries on it, then its own. */
typedef int (*rtnl_fdb_cb)(const struct fdb_entry *e, void *arg);
/* br_ifindex, brport_ifindex: the dump's NDA_MASTER and NDA_IFINDEX filters, 0 for none; -ENODEV for an unknown bridge. */
int rtnl_fdb_dump(struct netns *net, int br_ifindex, int brport_ifindex, rtnl_fdb_cb cb, void *arg);
/*
 * RTM_NEWNEIGH / RTM_DELNEIGH of PF_BRIDGE: to the master (the port's
 * bridge) and/or the device itself (self: its unicast list, which no
 * vethlab device keeps: EOPNOTSUPP).
 */
VL_MUST_CHECK int rtnl_fdb_add(struct netns *net, int ifindex, const uint8_t *addr, uint16_t state,
			       bool self, bool master, bool replace, bool create);
VL_MUST_CHECK int rtnl_fdb_del(struct netns *net, int ifindex, const uint8_t *addr, bool self, bool master);
/* RTM_SETLINK of PF_BRIDGE (bridge link set): -EOPNOTSUPP for a device that is no bridge port. */
VL_MUST_CHECK int rtnl_brport_set(struct netns *net, int ifindex, const struct brport_info *in,
				  const char **extack);

#endif

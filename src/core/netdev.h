/* netdev.h: the emulated net_device, its ops tables and the registration API. */
#ifndef VL_NETDEV_H
#define VL_NETDEV_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "alloc.h"
#include "hash.h"
#include "list.h"
#include "netdev_features.h"
#include "skbuff.h"
#include "sysctl.h"
#include "timer.h"

#define IFNAMSIZ 16
/* As uapi/if_ether.h has it too (core includes nothing outside core). */
#define ETH_ALEN 6
#define ETH_GSTRING_LEN 32

/* Interface flags, with Linux's values because tools print them as numbers. */
enum {
	IFF_UP = 0x1,
	IFF_BROADCAST = 0x2,
	IFF_DEBUG = 0x4,
	IFF_LOOPBACK = 0x8,
	IFF_POINTOPOINT = 0x10,
	IFF_NOTRAILERS = 0x20,
	IFF_RUNNING = 0x40,
	IFF_NOARP = 0x80,
	IFF_PROMISC = 0x100,
	IFF_ALLMULTI = 0x200,
	IFF_MASTER = 0x400,
	IFF_SLAVE = 0x800,
	IFF_MULTICAST = 0x1000,
	IFF_PORTSEL = 0x2000,
	IFF_AUTOMEDIA = 0x4000,
	IFF_DYNAMIC = 0x8000,
	IFF_LOWER_UP = 0x10000,
	IFF_DORMANT = 0x20000,
};

/* The dev->flags bits __dev_change_flags takes from the caller as they are. */
#define IFF_CHANGEABLE (IFF_DEBUG | IFF_NOTRAILERS | IFF_NOARP | IFF_DYNAMIC | IFF_MULTICAST | \
			IFF_PORTSEL | IFF_AUTOMEDIA)
/* The bits a driver keeps for itself (IFF_VOLATILE), never the caller's to set. */
#define IFF_VOLATILE (IFF_LOOPBACK | IFF_POINTOPOINT | IFF_BROADCAST | IFF_MASTER | IFF_SLAVE | \
		      IFF_RUNNING | IFF_LOWER_UP | IFF_DORMANT)

#define IFALIASZ 256
#define GSO_LEGACY_MAX_SIZE 65536u
#define GSO_MAX_SIZE 524280u     /* also GRO_MAX_SIZE: 8 * 65535 */
#define GSO_MAX_SEGS 65535u

enum { ARPHRD_ETHER = 1, ARPHRD_LOOPBACK = 772 };

/* RFC 2863 operational states, numbered as in linux/if.h. */
enum if_oper {
	IF_OPER_UNKNOWN,
	IF_OPER_NOTPRESENT,
	IF_OPER_DOWN,
	IF_OPER_LOWERLAYERDOWN,
	IF_OPER_TESTING,
	IF_OPER_DORMANT,
	IF_OPER_UP,
};

/* A device's rtnl_link_stats64 as the tools see it (netdev_get_stats). */
struct netdev_stats {
	uint64_t rx_packets, tx_packets, rx_bytes, tx_bytes;
	uint64_t rx_errors, tx_errors, rx_dropped, tx_dropped;
	uint64_t multicast, collisions, rx_missed_errors, tx_carrier_errors;
	uint64_t rx_over_errors, rx_frame_errors;
	uint64_t rx_otherhost_dropped;   /* frames for another MAC, dropped by IPv4 or IPv6 */
};

/*
 * The counters a device keeps: the others of netdev_stats (errors,
 * collisions, missed, carrier, over and frame errors) no emulated device
 * ever counts, so they are not stored in each device but read as 0.
 */
struct netdev_counters {
	uint64_t rx_packets, tx_packets, rx_bytes, tx_bytes;
	uint64_t rx_dropped, tx_dropped;
	uint64_t multicast;
	uint64_t rx_otherhost_dropped;
};

struct netdev;
struct netns;

/* What a device does; every member may be NULL. */
struct netdev_ops {
	/* ndo_start_xmit: consumes skb on every path; NET_XMIT_DROP when it dropped it. */
	int (*xmit)(struct sk_buff *skb, struct netdev *dev);
	int (*open)(struct netdev *dev);
	int (*stop)(struct netdev *dev);
	int (*get_iflink)(const struct netdev *dev);
	/* The namespace of the device named by get_iflink. */
	struct netns *(*get_link_net)(const struct netdev *dev);
	/* ndo_set_mac_address and ndo_change_mtu: the driver's say before the change is made. */
	int (*set_mac_address)(struct netdev *dev, const uint8_t *addr);
	int (*change_mtu)(struct netdev *dev, int mtu);
	/* ndo_add_slave and ndo_del_slave: a master taking or letting go of a port. */
	int (*add_slave)(struct netdev *dev, struct netdev *slave, const char **extack);
	int (*del_slave)(struct netdev *dev, struct netdev *slave);
};

struct ethtool_channels;
struct ethtool_link_ksettings;
struct ethtool_ts_info;

/* What a device answers to ethtool (core/ethtool.h); a NULL member is EOPNOTSUPP. */
struct ethtool_ops {
	const char *driver;   /* get_drvinfo; NULL when the device has none */
	const char *version;
	const char *fw_version, *bus_info;  /* get_drvinfo's other strings ("" when not set) */
	int (*get_sset_count)(const struct netdev *dev);
	void (*get_strings)(const struct netdev *dev, char (*names)[ETH_GSTRING_LEN]);
	void (*get_stats)(const struct netdev *dev, uint64_t *values);
	int (*get_link)(const struct netdev *dev);
	int (*get_link_ksettings)(const struct netdev *dev, struct ethtool_link_ksettings *ks);
	int (*get_ts_info)(const struct netdev *dev, struct ethtool_ts_info *info);
	void (*get_channels)(const struct netdev *dev, struct ethtool_channels *ch);
	int (*set_channels)(struct netdev *dev, const struct ethtool_channels *ch);
};

struct link_req;
struct link_attrs;

/* A device kind creatable with `ip link add ... type KIND` (rtnl_link_register). */
struct rtnl_link_ops {
	const char *kind;
	size_t priv_size;
	void (*setup)(struct netdev *dev);
	/* Checks a request's attributes before anything is created (ops->validate). */
	int (*validate)(const struct link_attrs *a, const char **extack);
	/*
	 * The peer's attributes inside the kind's data, or NULL (what
	 * ops->peer_type names): rtnl_newlink checks them as it checks the
	 * device's, and the peer is created where they say.
	 */
	const struct link_attrs *(*peer_attrs)(const void *data);
	/*
	 * Registers dev (created by link_create_dev, not registered) and
	 * whatever else the type needs; peer_net is where a peer goes.
	 */
	int (*newlink)(struct netdev *dev, const struct link_req *req, struct netns *peer_net,
		       const char **extack);
	/* Unregisters dev and anything that must go with it. */
	void (*dellink)(struct netdev *dev);
	/* `ip link set DEV type KIND ...`: the kind's data on an existing device, or NULL (EOPNOTSUPP). */
	int (*changelink)(struct netdev *dev, const void *data, const char **extack);
	/* The kind's ports' kind (IFLA_INFO_SLAVE_KIND), as "bridge_slave", or NULL. */
	const char *slave_kind;
	/* `ip link set PORT type SLAVE_KIND ...`: the port's data, on the master's kind. */
	int (*slave_changelink)(struct netdev *master, struct netdev *dev, const void *data,
				const char **extack);
};

struct in_device;
struct world;
struct kmem_cache;
struct inet6_dev;

/*
 * What a receive handler decided about a frame (enum rx_handler_result):
 * consumed (it took the frame), another (it changed skb->dev: receive
 * again as that device), exact (only handlers bound to this very device;
 * vethlab has none, so the frame ends there), pass (on to the protocols).
 */
enum rx_handler_result { RX_HANDLER_CONSUMED, RX_HANDLER_ANOTHER, RX_HANDLER_EXACT, RX_HANDLER_PASS };
/* Sees each received frame with the data at the network header, the MAC header set. */
typedef enum rx_handler_result rx_handler_func_t(struct sk_buff **pskb);

#define ALTIFNAMSIZ 128

/* One name of a device in its namespace's name hash: its own, or an alternative one. */
struct netdev_name_node {
	struct vl_hnode hnode;   /* in net->dev_by_name */
	struct vl_list list;     /* in dev->altnames (alternative names only), in the order added */
	struct netdev *dev;
	const char *name;
};

/* dev->addr_assign_type (include/uapi/linux/netdevice.h): sysfs addr_assign_type. */
enum { NET_ADDR_PERM, NET_ADDR_RANDOM, NET_ADDR_STOLEN, NET_ADDR_SET };
/* dev->name_assign_type: sysfs name_assign_type (unreadable while UNKNOWN). */
enum { NET_NAME_UNKNOWN, NET_NAME_ENUM, NET_NAME_PREDICTABLE, NET_NAME_USER, NET_NAME_RENAMED };

struct netdev {
	struct netns *net;
	char name[IFNAMSIZ];
	int ifindex;
	unsigned int flags;
	bool carrier;
	unsigned int carrier_up_count, carrier_down_count;  /* IFLA_CARRIER_CHANGES is their sum */
	enum if_oper operstate;  /* as linkwatch last computed it; UNKNOWN (lo) until then */
	bool qdisc_attached;  /* noqueue from the first open on; noop before */
	/*
	 * dev_activate'd: the transmit queue has its qdisc (with carrier, at open
	 * or by linkwatch); dev_deactivate (down, or linkwatch without carrier)
	 * puts noop back. Attached but not active is qdisc_tx_changing.
	 */
	bool qdisc_active;
	bool running;         /* __LINK_STATE_START: from before ndo_open to before ndo_stop */
	int mtu, min_mtu, max_mtu;
	unsigned short type;
	uint8_t dev_addr[ETH_ALEN];
	uint8_t broadcast[ETH_ALEN];
	uint8_t addr_assign_type;    /* NET_ADDR_*: how dev_addr came to be */
	uint8_t name_assign_type;    /* NET_NAME_*: how name came to be */
	unsigned int tx_queue_len;
	unsigned int num_tx_queues, num_rx_queues;
	unsigned int real_num_tx_queues, real_num_rx_queues;  /* in use, as ethtool -L sets them */
	/* Offloads (netdev_features.h): active, changeable by the user, and asked for. */
	netdev_features_t features, hw_features, wanted_features;
	unsigned int gflags;         /* IFF_PROMISC and IFF_ALLMULTI as the user asked for them */
	unsigned int promiscuity;    /* holders of promiscuous mode: the user's flag, captures */
	unsigned int allmulti;
	unsigned int flags_changed;  /* while a flag change's NETDEV_CHANGE runs: the bits it changed */
	uint32_t group;
	char *ifalias;               /* NULL when the device has none */
	uint8_t link_mode;           /* IF_LINK_MODE_* */
	unsigned int gso_max_size, gso_max_segs, gro_max_size, tso_max_size, tso_max_segs;
	const struct netdev_ops *netdev_ops;
	const struct rtnl_link_ops *rtnl_link_ops;
	const struct ethtool_ops *ethtool_ops;
	struct netdev_counters stats;
	struct in_device *ip_ptr;
	struct inet6_dev *ip6_ptr;   /* NULL while the MTU is below IPv6's 1280 (ipv6_add_dev) */
	/*
	 * ipv6_net.event_seq values for the multicast files: when the device
	 * arrived in its namespace (the device list order) and when it last
	 * came up (IPv4 joins 224.0.0.1 then). Kept here, not in ip6_ptr, as
	 * they outlive an inet6_dev that a small MTU destroys.
	 */
	uint64_t mc_list_seq, mc_up_seq;
	struct netdev_name_node name_node;  /* name */
	struct vl_list altnames;     /* alternative names (netdev_name_node.list) */
	unsigned int n_altnames;
	struct vl_hnode index_hnode;
	struct vl_list dev_list;  /* in net->devices, sorted by ifindex */
	struct sk_buff_head backlog; /* frames waiting for receive processing */
	struct vl_timer napi_timer;  /* fires when the backlog's head is due */
	struct packet_tap *taps;     /* AF_PACKET-like observers */
	/* The L2 hooks (dev_upper.c): a port's receive handler and its master. */
	rx_handler_func_t *rx_handler;
	void *rx_handler_data;
	struct netdev *master;       /* the upper device this one is enslaved to, or NULL */
	struct vl_list lowers;       /* devices enslaved to this one (lower_node), in link order */
	struct vl_list lower_node;   /* in master->lowers */
	struct vl_list linkwatch;    /* queued carrier change, see linkwatch_run */
	/* What the stack keeps per device, so device events never walk a whole table. */
	struct vl_list fib_routes;   /* IPv4 routes through this device (fib_route.dev_node) */
	struct vl_list rt6_routes;   /* IPv6 routes (rt6_route.dev_node) */
	struct vl_list neighs;       /* neighbour entries (neighbour.dev_node) */
	void *priv;
	struct kmem_cache *kmem;     /* the world's cache it came from; NULL: calloc */
};

/* An observer of frames on a device, as a packet socket is. */
struct packet_tap {
	struct packet_tap *next;
	/* Holds the device in promiscuous mode while attached, as a capture without -p does. */
	bool promisc;
	/* The world's tap_gen when it was attached: frames sent before then are not its to see. */
	uint64_t gen;
	/* skb is only lent: copy what must be kept. */
	void (*fn)(struct packet_tap *tap, const struct sk_buff *skb, bool outgoing);
	/* The device is going away (unregistered or moved); the tap is already removed. */
	void (*gone)(struct packet_tap *tap);
};

/* netdev_rx_handler_register: one handler per device; -EBUSY when it has one. */
VL_MUST_CHECK int netdev_rx_handler_register(struct netdev *dev, rx_handler_func_t *handler,
					     void *data);
void netdev_rx_handler_unregister(struct netdev *dev);
/*
 * netdev_master_upper_dev_link: dev becomes a lower device of upper, its
 * one master. -EBUSY when dev has a master already or the link would make
 * a loop, -EINVAL across namespaces or onto itself.
 */
VL_MUST_CHECK int netdev_master_upper_dev_link(struct netdev *dev, struct netdev *upper);
void netdev_upper_dev_unlink(struct netdev *dev, struct netdev *upper);
static inline struct netdev *netdev_master_upper_dev_get(const struct netdev *dev)
{
	return dev->master;
}
/* Drops every upper and lower link of a device that is going (after its notifiers ran). */
void netdev_adjacent_release(struct netdev *dev);

void dev_add_tap(struct netdev *dev, struct packet_tap *tap);
void dev_remove_tap(struct netdev *dev, struct packet_tap *tap);

enum netdev_event {
	NETDEV_REGISTER,
	NETDEV_UP,
	NETDEV_DOWN,
	NETDEV_CHANGE,
	NETDEV_UNREGISTER,
	NETDEV_CHANGEMTU,
	NETDEV_CHANGENAME,
	NETDEV_CHANGEADDR,   /* the hardware or the broadcast address changed */
};

/* A protocol's hook into device life, as register_netdevice_notifier gives. */
struct netdev_notifier {
	void (*event)(struct netdev *dev, enum netdev_event ev);
	int priority;   /* higher is called first; equal ones in registration order */
};

/* A protocol's receive handler for one ethertype (struct packet_type, dev_add_pack). */
struct packet_type {
	uint16_t type;                      /* ETH_P_*, host order */
	void (*func)(struct sk_buff *skb);  /* network header reset, skb->dev set; consumes skb */
};

/*
 * rtnl_create_link: a device of ops's kind bound for net, named name or
 * ops's "KIND%d", with a's creation attributes (MTU, addresses, queue
 * counts, group, link mode, GSO limits...); not registered. Its ifindex
 * is a's, or 0 for the next free one.
 */
VL_MUST_CHECK int link_create_dev(struct netns *net, const char *name, const struct rtnl_link_ops *ops,
				  const struct link_attrs *a, struct netdev **out, const char **extack);
/* rtnl_configure_link: a's flags on a registered device, then its announcement. */
VL_MUST_CHECK int link_configure(struct netdev *dev, const struct link_attrs *a);
/* validate_linkmsg's GSO and GRO limits for a request on dev (-EINVAL and extack past them). */
VL_MUST_CHECK int link_check_gso(const struct link_attrs *a, const struct netdev *dev,
				 const char **extack);
/*
 * What an Ethernet kind's validate checks of IFLA_ADDRESS (veth, dummy):
 * six bytes (-EINVAL), unicast and not all zero (-EADDRNOTAVAIL); 0 when
 * valid or not given.
 */
VL_MUST_CHECK int link_validate_ether_addr(const struct link_attrs *a);
/* rtnl_dev_combine_flags: the flags a asks for, the rest as the user has them. */
unsigned int link_combine_flags(const struct netdev *dev, const struct link_attrs *a);

/* Allocates a device with priv_size bytes of private area after it. */
struct netdev *netdev_alloc(struct world *w, size_t priv_size, const char *name,
			    void (*setup)(struct netdev *));
void netdev_free(struct netdev *dev);
/* dev's counters as rtnl_link_stats64 (dev_get_stats): those it does not keep are 0. */
void netdev_get_stats(const struct netdev *dev, struct netdev_stats *s);
/*
 * Takes dev into net: resolves a "%d" name, picks an ifindex (dev->ifindex
 * when set, -EBUSY if taken), tells the protocols.
 */
VL_MUST_CHECK int register_netdevice(struct netns *net, struct netdev *dev);
/*
 * A device registered and unregistered again within one request (a kind
 * whose newlink fails after registering) used up the next index: the
 * allocator moves past it.
 */
void dev_index_burn(struct netns *net);
/* Closes dev if needed, tells the protocols, removes and frees it. */
void unregister_netdevice(struct netdev *dev);

VL_MUST_CHECK int dev_open(struct netdev *dev);
void dev_close(struct netdev *dev);
VL_MUST_CHECK int dev_validate_mtu(const struct netdev *dev, int mtu, const char **extack);
VL_MUST_CHECK int dev_set_mtu(struct netdev *dev, int mtu, const char **extack);
/* -EADDRNOTAVAIL for a multicast or all-zero address (eth_mac_addr); lo's changes too. */
VL_MUST_CHECK int dev_set_mac_address(struct netdev *dev, const uint8_t *addr);
void dev_set_broadcast(struct netdev *dev, const uint8_t *addr);
/* A driver changed dev's address itself (a bridge taking a port's): NETDEV_CHANGEADDR and the announcement. */
void netdev_notify_changeaddr(struct netdev *dev);
/*
 * dev_change_flags: flags is the whole new set as the user sees it (IFF_UP
 * included). The changeable bits are taken as they are, IFF_UP opens or
 * closes, IFF_PROMISC and IFF_ALLMULTI take or give back one count.
 */
VL_MUST_CHECK int dev_change_flags(struct netdev *dev, unsigned int flags);
/* The flags a user changes from (rtnl_dev_get_flags): PROMISC and ALLMULTI as asked for. */
unsigned int dev_user_flags(const struct netdev *dev);
/* Counted holders of promiscuous and all-multicast mode; the flag follows the count. */
VL_MUST_CHECK int dev_set_promiscuity(struct netdev *dev, int inc);
VL_MUST_CHECK int dev_set_allmulti(struct netdev *dev, int inc);
/* len bytes of alias (no terminator needed); 0 removes it. -EINVAL from IFALIASZ on. */
VL_MUST_CHECK int dev_set_alias(struct netdev *dev, const char *alias, size_t len);
/* set_operstate: an IFLA_OPERSTATE transition (UP, DORMANT, TESTING); others are ignored. */
void dev_set_operstate(struct netdev *dev, enum if_oper transition);
/* netdev_state_change: NETDEV_CHANGE and an announcement, for a device that is up. */
void netdev_state_change(struct netdev *dev);
VL_MUST_CHECK int dev_change_name(struct netdev *dev, const char *name);
/*
 * All or nothing: on error dev is still registered in its namespace, unchanged.
 * pat (or NULL) is the name to take when dev's own is in use in net;
 * new_ifindex 0 keeps the index when net has it free; another must be free.
 */
VL_MUST_CHECK int dev_change_net_namespace(struct netdev *dev, struct netns *net, const char *pat,
					  int new_ifindex);
/* Picks the lowest free NAME%d in net; returns -ENFILE if none. */
VL_MUST_CHECK int dev_alloc_name(struct netns *net, const char *pattern, char *out);
bool dev_valid_name(const char *name);

/* netdev_name.c: the name hash holds each device's own name and its alternative ones. */
void netdev_names_init(struct netdev *dev);
void netdev_names_hash_in(struct netns *net, struct netdev *dev);
void netdev_names_hash_out(struct netdev *dev);
/* dev takes name (already checked to be free) as its own. */
void netdev_name_rehash(struct netdev *dev, const char *name);
/* The first of dev's alternative names that is taken in net (a move may not go there), or NULL. */
const char *netdev_altname_taken_in(const struct netns *net, const struct netdev *dev);
/* netdev_name_node_alt_create: -EEXIST for a name in use, -EINVAL past the property list's size. */
VL_MUST_CHECK int netdev_altname_add(struct netdev *dev, const char *name, const char **extack);
/* netdev_name_node_alt_destroy: -ENOENT unknown, -EINVAL for a name that is not one of dev's alternatives. */
VL_MUST_CHECK int netdev_altname_del(struct netdev *dev, const char *name);
void netdev_altnames_free(struct netdev *dev);

/* Carrier changes reach the protocols through linkwatch, which the control
 * API runs once an operation is complete (as the kernel's linkwatch work runs
 * after rtnl is released): dev_open and dev_close only queue them. */
void linkwatch_run(struct world *w);
/* Whether dev has a carrier change queued that linkwatch applies when the current command ends. */
bool linkwatch_pending_urgent(const struct netdev *dev);
/* linkwatch_sync_dev: dev's queued carrier change, applied now (RTM_GETLINK, sysfs carrier, ethtool). */
void linkwatch_sync_dev(struct netdev *dev);
/* The world's linkwatch timer: the non-urgent changes held back a second. */
void linkwatch_timer_fn(struct vl_timer *t);
void netif_carrier_on(struct netdev *dev);
void netif_carrier_off(struct netdev *dev);
/* Flags as SIOCGIFFLAGS and RTM_NEWLINK report them (RUNNING, LOWER_UP derived). */
unsigned int dev_get_flags(const struct netdev *dev);
enum if_oper dev_operstate(const struct netdev *dev);
int dev_get_iflink(const struct netdev *dev);
/* The device at the other end of dev's link (a veth's peer), wherever it is, or NULL. */
struct netdev *dev_link_peer(const struct netdev *dev);

void eth_hw_addr_random(struct netdev *dev);
/* The RTM_NEWLINK announcement of dev: its namespace gets an id for its link's. */
void rtmsg_ifinfo(struct netdev *dev);

/* dev.c: the data path between protocols and drivers. */
/* Sends skb out of skb->dev (taps see it first). Consumes skb. */
int dev_queue_xmit(struct sk_buff *skb);
enum { NET_RX_SUCCESS, NET_RX_DROP };
/* What a transmit tells the sender: a dropped frame becomes ENOBUFS (net_xmit_errno). */
/* NET_XMIT_CN (congestion): dropped, but not an error the sender is told about. */
enum { NET_XMIT_SUCCESS, NET_XMIT_DROP, NET_XMIT_CN };
/*
 * Queues skb on skb->dev's receive backlog, due after one hop. Consumes skb.
 * NET_RX_DROP when the device is not up or the backlog is full.
 */
int netif_rx(struct sk_buff *skb);
/*
 * local_bh_disable/enable: softirq context (a NAPI poll, a transmit) nests;
 * local_bh_enable back at depth 0 runs net_rx_action, which takes every
 * frame queued so far off the CPU's input_pkt_queue (their delivery still
 * waits their hop delay): only frames queued in between count against
 * net.core.netdev_max_backlog.
 */
void local_bh_disable(struct world *w);
void local_bh_enable(struct world *w);
/*
 * dev_loopback_xmit's netif_rx: a host's own copy of a packet it sends
 * (a multicast group it is in) crosses no wire, so it waits no hop delay.
 */
int dev_loopback_xmit(struct sk_buff *skb);
/*
 * A drop: frees skb and counts reason (enum skb_drop_reason) in the world and
 * in skb->dev's namespace, where the kernel's kfree_skb_reason shows it to
 * drop monitors. A packet done with normally goes by consume_skb instead.
 */
void kfree_skb_reason_at(struct sk_buff *skb, int reason, const char *func);
#define kfree_skb_reason(skb, reason) kfree_skb_reason_at((skb), (reason), __func__)
/* skb_queue_purge_reason: every packet left on q dropped for reason. */
void skb_queue_purge_reason(struct sk_buff_head *q, int reason);
void dev_backlog_init(struct netdev *dev);
/* Tells every tap its device is going and detaches it. */
void dev_taps_gone(struct netdev *dev);
void dev_backlog_purge(struct netdev *dev);
void ether_setup(struct netdev *dev);

#endif

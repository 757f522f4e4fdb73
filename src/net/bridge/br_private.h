/* br_private.h: the Linux bridge's state (struct net_bridge, net_bridge_port, the fdb) shared by the files of net/bridge/. */
#ifndef VL_BR_PRIVATE_H
#define VL_BR_PRIVATE_H

#include <stdbool.h>
#include <stdint.h>

#include "../../core/hash.h"
#include "../../core/list.h"
#include "../../core/netdev.h"
#include "../../core/timer.h"
#include "../../uapi/if_bridge.h"
#include "../bridge.h"

#define BR_MAX_PORTS 1024          /* BR_PORT_BITS 10: port numbers 1..1023 */
#define BR_HZ 100                  /* USER_HZ: netlink's clock_t is in hundredths of a second */

/* What kind of frame br_flood floods, for the per-port flood flags. */
enum br_pkt_type { BR_PKT_UNICAST, BR_PKT_MULTICAST, BR_PKT_BROADCAST };

struct net_bridge;

struct net_bridge_port {
	struct net_bridge *br;
	struct netdev *dev;
	struct vl_list list;            /* in br->port_list, in the order added */
	uint16_t port_no, port_id;
	uint16_t priority;              /* 0..63, 32 by default */
	uint32_t path_cost;
	uint8_t state;                  /* BR_STATE_* */
	uint32_t flags;                 /* BRPORT_* */
	uint8_t mcast_router;
	struct vl_timer forward_delay_timer;
};

/* One forwarding database entry: where a MAC address was last seen, or that it is ours. */
struct net_bridge_fdb_entry {
	struct vl_hnode hnode;          /* in br->fdb_hash, by address */
	struct vl_list list;            /* in br->fdb_list, newest first (the dump order) */
	struct net_bridge_port *dst;    /* NULL: the bridge's own address */
	uint8_t addr[ETH_ALEN];
	bool is_local, is_static, added_by_user;
	uint64_t updated, used;         /* virtual time, ns */
};

struct net_bridge {
	struct netdev *dev;
	struct vl_list port_list;
	unsigned int n_ports;
	struct vl_htab fdb_hash;
	struct vl_list fdb_list;
	uint16_t priority;              /* the bridge id's priority */
	uint8_t bridge_id_addr[ETH_ALEN]; /* the bridge id's address: zero until a port or the user sets it */
	bool mtu_set_by_user;
	uint32_t stp_enabled;           /* BR_NO_STP or BR_KERNEL_STP */
	uint32_t forward_delay, hello_time, max_age, ageing_time;  /* clock_t */
	uint32_t bridge_ageing_time;    /* the user's; ageing_time is 2 * forward_delay during a topology change */
	uint16_t group_fwd_mask;
	uint8_t mcast_snooping, no_linklocal_learn;
	struct vl_timer gc_timer;       /* br_fdb_cleanup */
	/*
	 * STP's topology change (the root bridge's, as no BPDU is heard): for
	 * forward_delay + max_age after a port starts forwarding, learnt
	 * entries age in forward_delay instead of ageing_time.
	 */
	bool topology_change, topology_change_detected;
	struct vl_timer topology_change_timer;
	struct vl_timer hello_timer;    /* with STP on and the bridge up, every hello_time (no BPDU is sent) */
	uint64_t snoopers_seq;          /* when it joined the snoopers' groups (mc list order) */
};

static inline struct net_bridge *netdev_bridge(const struct netdev *dev)
{
	return dev->priv;
}

/* br_port_get_rtnl: the port dev is, if its master is a bridge. */
struct net_bridge_port *br_port_get(const struct netdev *dev);
bool netif_is_bridge_master(const struct netdev *dev);

/*
 * clock_t_to_jiffies and back, at the kernel's HZ of 250: a time set
 * reads back rounded down to a whole jiffy (101 -> 100, 1 -> 0).
 */
static inline uint32_t br_clock_round(uint32_t t)
{
	return (uint32_t)((uint64_t)t * 250 / 100 * 100 / 250);
}

static inline uint64_t br_clock_to_ns(uint32_t t)
{
	return (uint64_t)t * (VL_NSEC_PER_SEC / BR_HZ);
}

/* br_device.c */
int br_dev_xmit(struct sk_buff *skb, struct netdev *dev);
void br_dev_setup(struct netdev *dev);
/* br_stp_recalculate_bridge_id: the lowest port MAC unless the user set one; true if it changed. */
bool br_stp_recalculate_bridge_id(struct net_bridge *br);
void br_mtu_auto_adjust(struct net_bridge *br);
void br_stp_change_bridge_id(struct net_bridge *br, const uint8_t *addr);
/* mcast_snooping on a bridge: while up, it joins or leaves 224.0.0.106 and ff02::6a at once. */
void br_multicast_toggle(struct net_bridge *br, uint8_t val);

/* br_if.c */
int br_add_if(struct net_bridge *br, struct netdev *dev, const char **extack);
int br_del_if(struct net_bridge *br, struct netdev *dev);
void br_dev_delete(struct net_bridge *br);
void br_port_carrier_check(struct net_bridge_port *p);

/* br_input.c */
enum rx_handler_result br_handle_frame(struct sk_buff **pskb);

/* br_forward.c */
/* Sends skb out of port to; local_orig: it came from the bridge itself. Consumes skb. */
void br_forward(const struct net_bridge_port *to, struct sk_buff *skb, bool local_rcv, bool local_orig);
/* A copy to every port that may have it; with local_rcv the caller keeps skb, else it is consumed. */
void br_flood(struct net_bridge *br, struct sk_buff *skb, enum br_pkt_type type, bool local_rcv,
	      bool local_orig);

/* br_fdb.c */
void br_fdb_init(struct net_bridge *br);
void br_fdb_fini(struct net_bridge *br);
struct net_bridge_fdb_entry *br_fdb_find(const struct net_bridge *br, const uint8_t *addr);
/* br_fdb_update: learns addr on source (a frame seen there). */
void br_fdb_update(struct net_bridge *br, struct net_bridge_port *source, const uint8_t *addr);
/* The port's (or, p NULL, the bridge's) own address as a local permanent entry. */
int br_fdb_insert_local(struct net_bridge *br, struct net_bridge_port *p, const uint8_t *addr);
/* Every entry of port p (all of them, or only the dynamic ones). */
void br_fdb_delete_by_port(struct net_bridge *br, const struct net_bridge_port *p, bool do_all);
/* The bridge's own entry follows its new address (br_fdb_change_mac_address). */
void br_fdb_change_mac_address(struct net_bridge *br, const uint8_t *old, const uint8_t *addr);
void br_fdb_delete_by_port_local(struct net_bridge *br, const struct net_bridge_port *p);
void br_fdb_flush(struct net_bridge *br);
void br_fdb_gc_start(struct net_bridge *br);
/* bridge fdb add|replace|del ... master: -EEXIST, -ENOENT, -EINVAL as rtnl answers. */
int br_fdb_add(struct net_bridge *br, struct net_bridge_port *p, const uint8_t *addr, uint16_t state,
	       bool replace, bool create);
int br_fdb_delete(struct net_bridge *br, struct net_bridge_port *p, const uint8_t *addr);
void br_fdb_free(struct net_bridge *br, struct net_bridge_fdb_entry *f);

/* br_stp.c: port states without BPDUs (see docs/differences.md). */
void br_stp_enable_bridge(struct net_bridge *br);
void br_stp_disable_bridge(struct net_bridge *br);
void br_stp_enable_port(struct net_bridge_port *p);
void br_stp_disable_port(struct net_bridge_port *p);
void br_stp_set_enabled(struct net_bridge *br, uint32_t val);
void br_port_state_selection(struct net_bridge *br);
void br_topology_change_detection(struct net_bridge *br);
void br_stp_timers_init(struct net_bridge *br);
/* hold_time: how long a learnt entry lives, shorter during a topology change. */
static inline uint32_t br_hold_time(const struct net_bridge *br)
{
	return br->topology_change ? br->forward_delay : br->ageing_time;
}
void br_set_state(struct net_bridge_port *p, uint8_t state);
/* path cost from the port's speed (veth: 10 Gb/s, cost 2). */
uint32_t br_port_cost(const struct netdev *dev);

/* br_trace.c: for why, what kept a frame from a port (only when tracing). */
void br_trace_port_state(struct sk_buff *skb, const struct net_bridge_port *p, bool ingress);
void br_trace_isolated(struct sk_buff *skb, const struct net_bridge_port *from, const struct net_bridge_port *to);
void br_trace_hairpin(struct sk_buff *skb, const struct net_bridge_port *p);
void br_trace_no_flood(struct sk_buff *skb, const struct net_bridge_port *p, enum br_pkt_type type);
const char *br_state_name(uint8_t state);

/* br_netlink.c */
void br_fill_info(const struct net_bridge *br, struct bridge_info *out);
void br_port_fill_info(const struct net_bridge_port *p, struct brport_info *out);
int br_port_setlink(struct net_bridge_port *p, const struct brport_info *in, const char **extack);

#endif

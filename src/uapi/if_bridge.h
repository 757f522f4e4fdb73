/* uapi/if_bridge.h: a bridge's and a bridge port's attributes (IFLA_BR_*, IFLA_BRPORT_*) and fdb entries, shared by the driver, ctl and the tools. */
#ifndef VL_UAPI_IF_BRIDGE_H
#define VL_UAPI_IF_BRIDGE_H

#include <stdbool.h>
#include <stdint.h>

/* Port states (BR_STATE_*), numbered as <linux/if_bridge.h>. */
enum { BR_STATE_DISABLED, BR_STATE_LISTENING, BR_STATE_LEARNING, BR_STATE_FORWARDING, BR_STATE_BLOCKING };

/* stp_state values: off, the kernel's STP, a user-space daemon's. */
enum { BR_NO_STP, BR_KERNEL_STP, BR_USER_STP };

/* Which IFLA_BR_* attributes a request carries (bridge_info.mask). */
enum bridge_attr_bit {
	BR_A_FORWARD_DELAY = 1u << 0,
	BR_A_HELLO_TIME = 1u << 1,
	BR_A_MAX_AGE = 1u << 2,
	BR_A_AGEING_TIME = 1u << 3,
	BR_A_STP_STATE = 1u << 4,
	BR_A_PRIORITY = 1u << 5,
	BR_A_VLAN_FILTERING = 1u << 6,
	BR_A_GROUP_FWD_MASK = 1u << 7,
	BR_A_MCAST_SNOOPING = 1u << 8,
	BR_A_NO_LL_LEARN = 1u << 9,
	BR_A_FDB_FLUSH = 1u << 10,
};

/*
 * IFLA_INFO_DATA of a bridge. A request fills the members its mask names;
 * a report (ctl's link dump) fills them all, times in clock_t (USER_HZ,
 * hundredths of a second) as netlink carries them.
 */
struct bridge_info {
	uint32_t mask;
	uint32_t forward_delay, hello_time, max_age, ageing_time;
	uint32_t stp_state;
	uint16_t priority;
	uint8_t vlan_filtering;
	uint16_t group_fwd_mask;
	uint8_t mcast_snooping, no_linklocal_learn;
	/* Report only. */
	uint8_t group_addr[6];
	uint8_t bridge_id[8], root_id[8];   /* priority (2 bytes, network order) then MAC */
	uint16_t root_port;
	uint32_t root_path_cost;
	uint8_t topology_change, topology_change_detected;
	uint64_t hello_timer, tcn_timer, topology_change_timer, gc_timer;  /* clock_t left */
};

/* Per-port flags (IFLA_BRPORT_* booleans), as bridge link and ip -d show them. */
enum brport_flag {
	BRPORT_HAIRPIN = 1u << 0,
	BRPORT_GUARD = 1u << 1,
	BRPORT_ROOT_BLOCK = 1u << 2,
	BRPORT_FAST_LEAVE = 1u << 3,
	BRPORT_LEARNING = 1u << 4,
	BRPORT_FLOOD = 1u << 5,
	BRPORT_MCAST_FLOOD = 1u << 6,
	BRPORT_BCAST_FLOOD = 1u << 7,
	BRPORT_MCAST_TO_UCAST = 1u << 8,
	BRPORT_NEIGH_SUPPRESS = 1u << 9,
	BRPORT_VLAN_TUNNEL = 1u << 10,
	BRPORT_ISOLATED = 1u << 11,
	BRPORT_LOCKED = 1u << 12,
	BRPORT_PROXYARP = 1u << 13,
	BRPORT_PROXYARP_WIFI = 1u << 14,
};

/* Which IFLA_BRPORT_* attributes a request carries (brport_info.mask). */
enum brport_attr_bit {
	BRP_A_STATE = 1u << 0,
	BRP_A_PRIORITY = 1u << 1,
	BRP_A_COST = 1u << 2,
	BRP_A_FLAGS = 1u << 3,      /* flags_mask names the flags given, flags their values */
	BRP_A_MCAST_ROUTER = 1u << 4,
	BRP_A_FLUSH = 1u << 5,      /* IFLA_BRPORT_FLUSH: the port's dynamic fdb entries go */
};

/* IFLA_PROTINFO / IFLA_INFO_SLAVE_DATA of a bridge port. */
struct brport_info {
	uint32_t mask;
	uint8_t state;
	uint16_t priority;
	uint32_t cost;
	uint32_t flags, flags_mask;
	uint8_t mcast_router;
	/* Report only. */
	uint16_t port_id, port_no, designated_port;
	uint32_t designated_cost;
	uint8_t designated_bridge[8], designated_root[8];
	uint8_t topology_change_ack, config_pending;
	uint64_t hold_timer, message_age_timer, forward_delay_timer;  /* clock_t left */
};

/* fdb entry states (NUD_*) and flags (NTF_*) as bridge fdb prints them. */
enum { FDB_NUD_REACHABLE = 0x02, FDB_NUD_STALE = 0x04, FDB_NUD_NOARP = 0x40, FDB_NUD_PERMANENT = 0x80 };
enum { FDB_NTF_USE = 0x01, FDB_NTF_SELF = 0x02, FDB_NTF_MASTER = 0x04, FDB_NTF_EXT_LEARNED = 0x10 };

/* One RTM_NEWNEIGH of AF_BRIDGE, as rtnl_fdb_dump sends them. */
struct fdb_entry {
	int ifindex;          /* NDA_IFINDEX: the port, or the bridge for its own entries */
	int master;           /* NDA_MASTER: the bridge for master entries, 0 for self ones */
	uint8_t addr[6];
	uint16_t state;       /* FDB_NUD_* */
	uint8_t flags;        /* FDB_NTF_* */
	uint32_t used, updated;  /* NDA_CACHEINFO ndm_used and ndm_updated: clock_t ago */
};

#endif

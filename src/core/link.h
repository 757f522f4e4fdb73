/* link.h: the attributes of a link request, as rtnl_newlink and do_setlink receive them. */
#ifndef VL_LINK_H
#define VL_LINK_H

#include <stdbool.h>
#include <stdint.h>

struct netns;

/* Which members of struct link_attrs were given (one IFLA_* attribute each). */
enum link_attr_bit {
	LA_NAME = 1u << 0,          /* IFLA_IFNAME */
	LA_MTU = 1u << 1,
	LA_TXQLEN = 1u << 2,
	LA_ADDRESS = 1u << 3,
	LA_BROADCAST = 1u << 4,
	LA_GROUP = 1u << 5,
	LA_IFALIAS = 1u << 6,
	LA_GSO_MAX_SIZE = 1u << 7,
	LA_GSO_MAX_SEGS = 1u << 8,
	LA_GRO_MAX_SIZE = 1u << 9,
	LA_NUM_TX_QUEUES = 1u << 10,
	LA_NUM_RX_QUEUES = 1u << 11,
	LA_LINKMODE = 1u << 12,
	LA_OPERSTATE = 1u << 13,
	LA_CARRIER = 1u << 14,
	LA_PROTO_DOWN = 1u << 15,   /* IFLA_PROTO_DOWN or IFLA_PROTO_DOWN_REASON */
	LA_MASTER = 1u << 16,       /* master 0 is nomaster */
	LA_ADDR_GEN_MODE = 1u << 17, /* IFLA_AF_SPEC / AF_INET6 / IFLA_INET6_ADDR_GEN_MODE */
	LA_LINK = 1u << 18,
	LA_NET = 1u << 19,          /* IFLA_NET_NS_FD */
	LA_LINK_NETNSID = 1u << 20,
	LA_NEW_IFINDEX = 1u << 21,
	LA_KIND_DATA = 1u << 22,    /* IFLA_INFO_DATA (or SLAVE_DATA) was sent */
	LA_VF = 1u << 23,           /* IFLA_VFINFO_LIST: vf and vf_attrs are its first IFLA_VF_INFO */
};

/* The settings of one IFLA_VF_INFO, in the order do_setvfinfo applies them. */
enum link_vf_bit {
	LA_VF_MAC = 1u << 0,
	LA_VF_VLAN = 1u << 1,       /* one 802.1Q VLAN (IFLA_VF_VLAN) */
	LA_VF_VLAN_LIST = 1u << 2,  /* 802.1ad VLANs (IFLA_VF_VLAN_LIST) */
	LA_VF_TX_RATE = 1u << 3,
	LA_VF_RATE = 1u << 4,       /* min_tx_rate and max_tx_rate */
	LA_VF_SPOOFCHK = 1u << 5,
	LA_VF_LINK_STATE = 1u << 6,
	LA_VF_RSS_QUERY_EN = 1u << 7,
	LA_VF_TRUST = 1u << 8,
	LA_VF_IB_NODE_GUID = 1u << 9,
	LA_VF_IB_PORT_GUID = 1u << 10,
};

/* IFLA_LINKMODE values. */
enum { IF_LINK_MODE_DEFAULT, IF_LINK_MODE_DORMANT, IF_LINK_MODE_TESTING };
/* IFLA_INET6_ADDR_GEN_MODE values. */
enum { IN6_ADDR_GEN_MODE_EUI64, IN6_ADDR_GEN_MODE_NONE, IN6_ADDR_GEN_MODE_STABLE_PRIVACY,
       IN6_ADDR_GEN_MODE_RANDOM };

#define LINK_ADDR_MAX 32   /* iproute2 parses at most this many address bytes */

/* One ifinfomsg and its attributes; a member counts only when its bit is in mask. */
struct link_attrs {
	uint32_t mask;
	unsigned int ifi_flags, ifi_change; /* flags to give, among those in ifi_change */
	int ifi_index;                      /* creation: the index asked for, 0 for any */
	const char *name;
	int mtu;
	uint32_t txqlen;
	uint8_t addr[LINK_ADDR_MAX], brd[LINK_ADDR_MAX];
	int addr_len, brd_len;
	uint32_t group;
	const char *alias;
	uint32_t gso_max_size, gso_max_segs, gro_max_size;
	uint32_t num_tx_queues, num_rx_queues;
	uint8_t link_mode, operstate, carrier, proto_down, addr_gen_mode;
	int master;                         /* ifindex; 0 detaches */
	int link;                           /* IFLA_LINK, an ifindex of the caller's namespace */
	struct netns *net;                  /* where the device is to be (IFLA_NET_NS_FD) */
	int link_netnsid;
	int new_ifindex;                    /* the index a move asks for */
	const void *kind_data;              /* LA_KIND_DATA on a change: the kind's data (changelink) */
	uint32_t vf;                        /* the first virtual function named */
	unsigned int vf_attrs;              /* its settings (enum link_vf_bit) */
};

/*
 * ip link add: the device's attributes and its kind's IFLA_INFO_DATA,
 * which only the kind reads (NULL when none was sent; for veth, a struct
 * veth_info from uapi/veth.h).
 */
struct link_req {
	struct link_attrs a;
	const void *data;
};

#endif

/* uapi/if_packet.h: packet types, the link-level address and the options of packet sockets, as <linux/if_packet.h>. */
#ifndef VL_UAPI_IF_PACKET_H
#define VL_UAPI_IF_PACKET_H

#include <stdint.h>

/* sk_buff's pkt_type, and sockaddr_ll's sll_pkttype. */
#define PACKET_HOST 0
#define PACKET_BROADCAST 1
#define PACKET_MULTICAST 2
#define PACKET_OTHERHOST 3
#define PACKET_OUTGOING 4
#define PACKET_LOOPBACK 5

/* setsockopt(SOL_PACKET, ...) */
#define PACKET_ADD_MEMBERSHIP 1
#define PACKET_DROP_MEMBERSHIP 2
#define PACKET_AUXDATA 8
#define PACKET_IGNORE_OUTGOING 23

/* packet_mreq's mr_type */
#define PACKET_MR_PROMISC 1

/* The address of a packet socket: what it is bound to, and where a packet came from. */
struct sockaddr_ll {
	unsigned short sll_family;
	uint16_t sll_protocol;     /* network order */
	int sll_ifindex;
	unsigned short sll_hatype;
	unsigned char sll_pkttype;
	unsigned char sll_halen;
	unsigned char sll_addr[8];
};

/* The cmsg PACKET_AUXDATA adds to each packet: its length before the filter cut it. */
struct tpacket_auxdata {
	uint32_t tp_status;
	uint32_t tp_len;           /* the packet's length */
	uint32_t tp_snaplen;       /* what was kept of it */
	uint16_t tp_mac;
	uint16_t tp_net;
	uint16_t tp_vlan_tci;
	uint16_t tp_vlan_tpid;
};

#define TP_STATUS_USER 1

struct packet_mreq {
	int mr_ifindex;
	unsigned short mr_type;
	unsigned short mr_alen;
	unsigned char mr_address[8];
};

#endif

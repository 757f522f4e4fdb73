/* uapi/if_ether.h: link-layer constants, as <linux/if_ether.h> has them. */
#ifndef VL_UAPI_IF_ETHER_H
#define VL_UAPI_IF_ETHER_H

#define ETH_ALEN 6
#define ETH_HLEN 14
#define ETH_P_ALL 0x0003      /* every protocol: what a capture asks for */
#define ETH_P_IP 0x0800
#define ETH_P_ARP 0x0806
#define ETH_P_IPV6 0x86dd

#endif

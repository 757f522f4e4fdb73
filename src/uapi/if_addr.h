/* uapi/if_addr.h: an address's flags (ifa_flags), as <linux/if_addr.h> has them. */
#ifndef VL_UAPI_IF_ADDR_H
#define VL_UAPI_IF_ADDR_H

#define IFA_F_SECONDARY 0x01
#define IFA_F_PERMANENT 0x80
#define IFA_F_NOPREFIXROUTE 0x200
/* The IPv6 ones (the same IFA_F_* values on Linux), by the family that sets them. */
#define IFA6_F_NODAD 0x02
#define IFA6_F_DADFAILED 0x08
#define IFA6_F_TENTATIVE 0x40
#define IFA6_F_PERMANENT 0x80

#endif

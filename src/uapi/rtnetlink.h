/* uapi/rtnetlink.h: route types, protocols, tables, scopes and next-hop flags, as <linux/rtnetlink.h>. */
#ifndef VL_UAPI_RTNETLINK_H
#define VL_UAPI_RTNETLINK_H

enum rtn_type {
	RTN_UNSPEC, RTN_UNICAST, RTN_LOCAL, RTN_BROADCAST, RTN_ANYCAST, RTN_MULTICAST,
	RTN_BLACKHOLE, RTN_UNREACHABLE, RTN_PROHIBIT, RTN_THROW, RTN_NAT,
};

enum { RTPROT_UNSPEC = 0, RTPROT_REDIRECT = 1, RTPROT_KERNEL = 2, RTPROT_BOOT = 3, RTPROT_STATIC = 4 };
enum { RT_TABLE_UNSPEC = 0, RT_TABLE_COMPAT = 252, RT_TABLE_DEFAULT = 253, RT_TABLE_MAIN = 254,
       RT_TABLE_LOCAL = 255 };
/* Next-hop flags (rtnh_flags): the ones vethlab keeps on a route. */
enum { RTNH_F_ONLINK = 4, RTNH_F_LINKDOWN = 16 };

enum rt_scope {
	RT_SCOPE_UNIVERSE = 0,
	RT_SCOPE_SITE = 200,
	RT_SCOPE_LINK = 253,
	RT_SCOPE_HOST = 254,
	RT_SCOPE_NOWHERE = 255,
};

#endif

/* uapi/veth.h: veth's IFLA_INFO_DATA, shared by the driver and by ip, as <linux/veth.h> is. */
#ifndef VL_UAPI_VETH_H
#define VL_UAPI_VETH_H

#include <stdbool.h>

#include "../core/link.h"

/* VETH_INFO_PEER: the peer's own ifinfomsg and attributes, when a "peer" section was given. */
struct veth_info {
	bool has_peer;
	struct link_attrs peer;
};

#endif

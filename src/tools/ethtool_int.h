/* ethtool_int.h: what the ethtool tool's files share: its command context and message helpers. */
#ifndef VL_ETHTOOL_INT_H
#define VL_ETHTOOL_INT_H

#include <stdio.h>

#include "../ctl/ethnl.h"
#include "tools.h"

/* ethtool's cmd_context: the device and the words after it. */
struct ethtool_cmd {
	struct vl_cmd_ctx *c;
	const char *devname;
	int argc;
	char **argv;
};

extern const char ethtool_help_text[];

/* Size of the netlink request header nest naming devname, which extack offsets count past. */
int ethtool_hdr_len(const char *devname, int flags);
/* "netlink error: EXTACK (offset N)" when the kernel sent one, then "netlink error: ERRNO". */
void ethtool_nlerr(struct ethtool_cmd *e, int err, const char *extack, int offset);
/* The two lines of a request whose device does not exist. */
void ethtool_nodev(struct ethtool_cmd *e);
/* parse_u32: decimal, or hexadecimal after 0x; 0 on success. */
int ethtool_parse_u32(const char *arg, uint32_t *out);

int ethtool_gfeatures(struct ethtool_cmd *e);
int ethtool_sfeatures(struct ethtool_cmd *e);

#endif

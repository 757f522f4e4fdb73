/* iplink.h: what iplink.c and iplink_parse.c share: one parsed ip link request. */
#ifndef VL_IPLINK_H
#define VL_IPLINK_H

#include <stdbool.h>

#include "ip_common.h"

/*
 * iplink_parse's result over one argument list: the attributes for the
 * kernel, the device it names, and where the kind's arguments start.
 */
struct ipl_req {
	struct link_attrs a;
	bool create;            /* NLM_F_CREATE: add and replace */
	const char *dev;        /* the device to change; NULL with a group */
	int ifindex;            /* dev's, for a change */
	bool by_group;          /* set or delete by IFLA_GROUP, without a device */
	bool net_pid;           /* netns given as a PID: no vethlab process has one */
	bool net_dir;           /* netns naming /run/netns itself, which opens as a directory */
	const char *type;       /* IFLA_INFO_KIND, or NULL */
	int type_argc;          /* the kind's arguments, after "type KIND" */
	char **type_argv;
};

/*
 * Parses argc/argv as iproute2 6.1's iplink_parse. Returns 0; a positive
 * exit status when iproute2 exits on its own (usage, invarg, duparg...);
 * or the negative value it returns (-1, -EINVAL), which the caller turns
 * into a status. Messages are printed.
 */
int iplink_parse(struct ip_ctx *ip, int argc, char **argv, bool create, struct ipl_req *r);

/*
 * A link kind ip knows how to talk to (iproute2's struct link_util, one
 * ip/link_KIND.c each): the parser of its "type KIND ARGS", which fills
 * its IFLA_INFO_DATA in a buffer of data_size bytes, and its help.
 */
/* The room iplink.c gives a kind's parsed data (each module asserts it fits). */
#define IPL_KIND_DATA_MAX 2048

struct link_util {
	const char *id;
	size_t data_size;
	/* parse_opt: 0, or the exit status of ip. r->type_argc > 0. */
	int (*parse_opt)(struct ip_ctx *ip, struct ipl_req *r, void *data);
	/* The IFLA_INFO_DATA to send: a kind's uapi structure within data. */
	const void *(*info_data)(const void *data);
	/* A nested request carried in the data (veth's peer), or NULL. */
	const struct ipl_req *(*nested)(const void *data);
	void (*print_help)(struct ip_ctx *ip, FILE *f);
	/* print_opt: what ip -d shows of the kind's data (text, or JSON inside info_data); NULL: nothing. */
	void (*print_opt)(struct ip_ctx *ip, const struct rtnl_link *l);
};

/* get_link_kind: the module of a kind ("veth", "bridge", "bridge_slave"), or NULL. */
const struct link_util *ip_link_util(const char *kind);

extern const struct link_util veth_link_util;
extern const struct link_util bridge_link_util;
extern const struct link_util bridge_slave_link_util;

#endif

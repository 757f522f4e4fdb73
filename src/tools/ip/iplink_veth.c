/* iplink_veth.c: "type veth [peer OPTIONS]", as iproute2 6.1's ip/link_veth.c. */
#include <string.h>

#include "../../uapi/veth.h"
#include "iplink.h"

/* What veth's arguments parse into: VETH_INFO_PEER and the peer's own request. */
struct veth_req {
	struct veth_info info;
	struct ipl_req peer;
};
_Static_assert(sizeof(struct veth_req) <= IPL_KIND_DATA_MAX, "veth_req fits iplink's buffer");

static void veth_print_help(struct ip_ctx *ip, FILE *f)
{
	(void)ip;
	fputs("Usage: ip link <options> type veth [peer <options>]\n"
	      "To get <options> type 'ip link add help'\n", f);
}

/*
 * veth_parse_opt: "peer" and a second iplink_parse into the peer's
 * attributes. Any failure it returns makes iplink_modify exit 1.
 */
static int veth_parse_opt(struct ip_ctx *ip, struct ipl_req *r, void *data)
{
	struct veth_req *v = data;
	int st;

	if (strcmp(r->type_argv[0], "peer")) {
		veth_print_help(ip, ip->c->err);
		return 1;
	}
	st = iplink_parse(ip, r->type_argc - 1, r->type_argv + 1, r->create, &v->peer);
	if (st > 0)
		return st;
	if (st < 0)
		return 1;
	if (v->peer.type) {
		fprintf(ip->c->err, "Error: duplicate \"type\": \"%s\" is the second value.\n",
			v->peer.type_argv[-1]);
		return 255;
	}
	v->info.has_peer = true;
	v->info.peer = v->peer.a;
	return 0;
}

static const void *veth_info_data(const void *data)
{
	return &((const struct veth_req *)data)->info;
}

static const struct ipl_req *veth_nested(const void *data)
{
	const struct veth_req *v = data;

	return v->info.has_peer ? &v->peer : NULL;
}

const struct link_util veth_link_util = {
	.id = "veth",
	.data_size = sizeof(struct veth_req),
	.parse_opt = veth_parse_opt,
	.info_data = veth_info_data,
	.nested = veth_nested,
	.print_help = veth_print_help,
};

/* route.c: net-tools `route -n`, the main table as /proc/net/route shows it. */
#include <string.h>

#include "../ctl/rtnl_route.h"
#include "../net/ipv4.h"
#include "ip/ip_common.h"
#include "tools.h"

struct route_show {
	struct vl_cmd_ctx *c;
};

static int print_one(const struct rtnl_route *r, void *arg)
{
	struct route_show *rs = arg;
	FILE *f = rs->c->out;
	char d[16], g[16], m[16], flags[8] = "";
	struct rtnl_link l;
	const char *dev = "*";
	bool reject = r->type == RTN_UNREACHABLE || r->type == RTN_PROHIBIT;

	if (r->type != RTN_UNICAST && r->type != RTN_BLACKHOLE && !reject)
		return 0;
	if (r->ifindex && rtnl_link_get(rs->c->net, r->ifindex, NULL, &l) == 0)
		dev = l.name;
	if (reject) {
		fprintf(f, "%-15s %-15s %-15s %-5s %-6u %-6s %3d %s\n", ip_fmt_ipv4(r->dst, d), "-",
			ip_fmt_ipv4(inet_make_mask(r->plen), m), "!", r->priority, "-", 0, "-");
		return 0;
	}
	strcat(flags, "U");
	if (r->gw)
		strcat(flags, "G");
	if (r->plen == 32)
		strcat(flags, "H");
	fprintf(f, "%-15s %-15s %-15s %-5s %-6u %-6d %3d %s\n", ip_fmt_ipv4(r->dst, d),
		ip_fmt_ipv4(r->gw, g), ip_fmt_ipv4(inet_make_mask(r->plen), m), flags, r->priority, 0, 0,
		dev);
	return 0;
}

int tool_route(struct vl_cmd_ctx *c, int argc, char **argv)
{
	struct route_show rs = { .c = c };

	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "-n") && strcmp(argv[i], "-4")) {
			fprintf(c->err, "route: vethlab supports only 'route -n'\n");
			return 1;
		}
	}
	fputs("Kernel IP routing table\n"
	      "Destination     Gateway         Genmask         Flags Metric Ref    Use Iface\n", c->out);
	return rtnl_route_dump(c->net, RT_TABLE_MAIN, print_one, &rs);
}

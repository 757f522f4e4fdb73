/* route.c: net-tools `route -n`, the main table as /proc/net/route shows it. */
#include <string.h>

#include "../ctl/rtnl_route.h"
#include "../uapi/rtnetlink.h"
#include "ip/ip_common.h"
#include "tools.h"

struct route_show {
	struct vl_cmd_ctx *c;
	bool numeric;   /* -n; without it the default route's destination reads "default" */
	int ext;        /* net-tools' rprint_fib levels: 1 metrics, 2 MSS/window/irtt, 3 both */
};

/* One route as rprint_fib prints a /proc/net/route line at the given level. */
static int print_one(const struct rtnl_route *r, void *arg)
{
	struct route_show *rs = arg;
	FILE *f = rs->c->out;
	char d[16], g[16], m[16], flags[8] = "";
	struct rtnl_link l;
	const char *dev = "*", *dst;
	bool reject = r->type == RTN_UNREACHABLE || r->type == RTN_PROHIBIT;

	if (r->type != RTN_UNICAST && r->type != RTN_BLACKHOLE && !reject)
		return 0;
	if (r->ifindex && rtnl_link_get(rs->c->net, r->ifindex, NULL, &l) == 0)
		dev = l.name;
	dst = !rs->numeric && !r->dst && !r->plen ? "default" : ip_fmt_ipv4(r->dst, d);
	ip_fmt_ipv4(inet_make_mask(r->plen), m);
	if (reject) {
		if (rs->ext == 1)
			fprintf(f, "%-15s -               %-15s %-5s %-6u -  %7d -\n", dst, m, "!", r->priority, 0);
		else if (rs->ext == 2)
			fprintf(f, "%-15s -               %-15s %-5s     - -          - -\n", dst, m, "!");
		else
			fprintf(f, "%-15s -               %-15s %-5s %-6u -  %7d -        -     -      -\n", dst, m,
				"!", r->priority, 0);
		return 0;
	}
	strcat(flags, "U");
	if (r->gw)
		strcat(flags, "G");
	if (r->plen == 32)
		strcat(flags, "H");
	ip_fmt_ipv4(r->gw, g);
	if (rs->ext == 1)
		fprintf(f, "%-15s %-15s %-15s %-5s %-6u %-2d %7d %s\n", dst, g, m, flags, r->priority, 0, 0, dev);
	else if (rs->ext == 2)
		fprintf(f, "%-15s %-15s %-15s %-5s %5d %-5d %6d %s\n", dst, g, m, flags, 0, 0, 0, dev);
	else
		fprintf(f, "%-15s %-15s %-15s %-5s %-6u %-3d %6d %-6.6s   %-5d %-6d %d\n", dst, g, m, flags,
			r->priority, 0, 0, dev, 0, 0, 0);
	return 0;
}

/* INET_rprint: the FIB (main table) or the routing cache (gone since Linux 3.6: headers only). */
int route_print_inet(struct vl_cmd_ctx *c, bool numeric, int ext, bool cache)
{
	static const char *const fib_head[] = {
		"Destination     Gateway         Genmask         Flags Metric Ref    Use Iface\n",
		"Destination     Gateway         Genmask         Flags   MSS Window  irtt Iface\n",
		"Destination     Gateway         Genmask         Flags Metric Ref    Use Iface    MSS   Window irtt\n",
	};
	static const char *const cache_head[] = {
		"Source          Destination     Gateway         Flags Metric Ref    Use Iface\n",
		"Source          Destination     Gateway         Flags   MSS Window  irtt Iface\n",
		"Source          Destination     Gateway         Flags Metric Ref    Use Iface    MSS   Window irtt  TOS HHRef HHUptod     SpecDst\n",
	};
	/* options & FLAG_EXT: two bits, so a fourth -e wraps to a level with no columns at all. */
	struct route_show rs = { .c = c, .numeric = numeric, .ext = ext & 3 };

	fputs(cache ? "Kernel IP routing cache\n" : "Kernel IP routing table\n", c->out);
	if (!rs.ext || cache) {
		if (rs.ext)
			fputs(cache_head[rs.ext - 1], c->out);
		return 0;
	}
	fputs(fib_head[rs.ext - 1], c->out);
	return rtnl_route_dump(c->net, RT_TABLE_MAIN, print_one, &rs);
}

static const char route_usage[] =
	"Usage: route [-nNvee] [-FC] [<AF>]           List kernel routing tables\n"
	"       route [-v] [-FC] {add|del|flush} ...  Modify routing table for AF.\n"
	"\n"
	"       route {-h|--help} [<AF>]              Detailed usage syntax for specified AF.\n"
	"       route {-V|--version}                  Display version/author and exit.\n"
	"\n"
	"        -v, --verbose            be verbose\n"
	"        -n, --numeric            don't resolve names\n"
	"        -e, --extend             display other/more information\n"
	"        -F, --fib                display Forwarding Information Base (default)\n"
	"        -C, --cache              display routing cache instead of FIB\n"
	"\n"
	"  <AF>=Use -4, -6, '-A <af>' or '--<af>'; default: inet\n"
	"  List of possible address families (which support routing):\n"
	"    inet (DARPA Internet) inet6 (IPv6) ax25 (AMPR AX.25) \n"
	"    netrom (AMPR NET/ROM) rose (AMPR ROSE) ipx (Novell IPX) \n"
	"    ddp (Appletalk DDP) x25 (CCITT X.25) \n";

int tool_route(struct vl_cmd_ctx *c, int argc, char **argv)
{
	struct route_show rs = { .c = c };

	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "-n")) {
			rs.numeric = true;
		} else if (!strcmp(argv[i], "-4") || !strcmp(argv[i], "-n4") || !strcmp(argv[i], "-4n")) {
			rs.numeric |= argv[i][2] != 0;
		} else if (!argv[i][0]) {
			/* A word that is neither an option nor add/del/flush: the usage, status 3 (E_USAGE). */
			fputs(route_usage, c->err);
			return 3;
		} else {
			fprintf(c->err, "route: `%s' is not modelled by vethlab (route [-n] [-4] lists the IPv4 table)\n",
				argv[i]);
			return 2;
		}
	}
	return route_print_inet(c, rs.numeric, 1, false);
}

/*
 * netstat.c: net-tools 2.10 `netstat -r`: the IPv4 routing table (or the
 * empty routing cache), at the levels -e chooses. Its other modes (sockets,
 * interfaces, groups, statistics, masquerading) are not modelled and are
 * refused by name.
 */
#include <stdio.h>
#include <string.h>

#include "tools.h"

static const char netstat_usage[] =
	"usage: netstat [-vWeenNcCF] [<Af>] -r         netstat {-V|--version|-h|--help}\n"
	"       netstat [-vWnNcaeol] [<Socket> ...]\n"
	"       netstat { [-vWeenNac] -i | [-cnNe] -M | -s [-6tuw] }\n"
	"\n"
	"        -r, --route              display routing table\n"
	"        -i, --interfaces         display interface table\n"
	"        -g, --groups             display multicast group memberships\n"
	"        -s, --statistics         display networking statistics (like SNMP)\n"
	"        -M, --masquerade         display masqueraded connections\n"
	"\n"
	"        -v, --verbose            be verbose\n"
	"        -W, --wide               don't truncate IP addresses\n"
	"        -n, --numeric            don't resolve names\n"
	"        --numeric-hosts          don't resolve host names\n"
	"        --numeric-ports          don't resolve port names\n"
	"        --numeric-users          don't resolve user names\n"
	"        -N, --symbolic           resolve hardware names\n"
	"        -e, --extend             display other/more information\n"
	"        -p, --programs           display PID/Program name for sockets\n"
	"        -o, --timers             display timers\n"
	"        -c, --continuous         continuous listing\n"
	"\n"
	"        -l, --listening          display listening server sockets\n"
	"        -a, --all                display all sockets (default: connected)\n"
	"        -F, --fib                display Forwarding Information Base (default)\n"
	"        -C, --cache              display routing cache instead of FIB\n"
	"        -Z, --context            display SELinux security context for sockets\n"
	"\n"
	"  <Socket>={-t|--tcp} {-u|--udp} {-U|--udplite} {-S|--sctp} {-w|--raw}\n"
	"           {-x|--unix} --ax25 --ipx --netrom\n"
	"  <AF>=Use '-6|-4' or '-A <af>' or '--<af>'; default: inet\n"
	"  List of possible address families (which support routing):\n"
	"    inet (DARPA Internet) inet6 (IPv6) ax25 (AMPR AX.25) \n"
	"    netrom (AMPR NET/ROM) rose (AMPR ROSE) ipx (Novell IPX) \n"
	"    ddp (Appletalk DDP) x25 (CCITT X.25) \n"
	;

/* What the options ask for. */
struct netstat_opts {
	bool route, numeric, cache;
	int exp;                    /* flag_exp: 1, plus one per -e */
	const char *refused;        /* the first option vethlab does not model */
	char refused_buf[32];
};

/* getopt_long's complaint, then the usage: exit status 3 (E_USAGE). */
static int netstat_bad(struct vl_cmd_ctx *c, const char *fmt, const char *what)
{
	fprintf(c->err, fmt, what);
	fputs(netstat_usage, c->err);
	return 3;
}

static void refuse(struct netstat_opts *o, const char *what)
{
	if (!o->refused) {
		snprintf(o->refused_buf, sizeof(o->refused_buf), "%s", what);
		o->refused = o->refused_buf;
	}
}

/* -A AF / --AF: only inet (the default) is modelled. Returns an exit status, or -1 to go on. */
static int netstat_af(struct vl_cmd_ctx *c, struct netstat_opts *o, const char *af)
{
	static const char *const known[] = { "unix", "local", "inet6", "ipx", "ax25", "netrom", "x25",
					     "rose", "ash", "ddp", "bluetooth", "econet" };

	if (!strcmp(af, "inet") || !strcmp(af, "inet4"))
		return -1;
	for (size_t i = 0; i < sizeof(known) / sizeof(known[0]); i++) {
		if (!strcmp(af, known[i])) {
			refuse(o, af);
			return -1;
		}
	}
	fprintf(c->err, "Unknown address family `%s'.\n", af);
	return 1;
}

/* One short option letter of netstat's getopt string. Returns an exit status, or -1 to go on. */
static int netstat_short(struct vl_cmd_ctx *c, struct netstat_opts *o, char ch)
{
	char what[8];

	switch (ch) {
	case 'r':
		o->route = true;
		break;
	case 'n':
		o->numeric = true;
		break;
	case 'e':
		o->exp++;
		break;
	case 'C':
		o->cache = true;
		break;
	case 'F':
		o->cache = false;
		break;
	case '4':
	case 'v':
	case 'W':
	case 'N':
		/* IPv4 is the default; verbose, wide and symbolic change nothing in the table. */
		break;
	case '6': case 'a': case 'c': case 'd': case 'g': case 'i': case 'l': case 'M': case 'o':
	case 'p': case 's': case 'S': case 't': case 'u': case 'U': case 'w': case 'x': case 'Z':
	case 'f': case '2': case 'h': case 'V':
		snprintf(what, sizeof(what), "-%c", ch);
		refuse(o, what);
		break;
	default:
		snprintf(what, sizeof(what), "%c", ch);
		return netstat_bad(c, "netstat: invalid option -- '%s'\n", what);
	}
	return -1;
}

static int netstat_long(struct vl_cmd_ctx *c, struct netstat_opts *o, const char *arg)
{
	static const char *const refused[] = { "--interfaces", "--groups", "--statistics", "--masquerade",
					       "--programs", "--timers", "--continuous", "--listening",
					       "--all", "--tcp", "--udp", "--udplite", "--sctp", "--raw",
					       "--unix", "--context", "--help", "--version", "--inet6" };

	if (!strcmp(arg, "--route"))
		o->route = true;
	else if (!strcmp(arg, "--numeric") || !strcmp(arg, "--numeric-hosts"))
		o->numeric = true;
	else if (!strcmp(arg, "--extend"))
		o->exp++;
	else if (!strcmp(arg, "--cache"))
		o->cache = true;
	else if (!strcmp(arg, "--fib"))
		o->cache = false;
	else if (!strcmp(arg, "--inet") || !strcmp(arg, "--verbose") || !strcmp(arg, "--wide") ||
		 !strcmp(arg, "--symbolic") || !strcmp(arg, "--numeric-ports") || !strcmp(arg, "--numeric-users"))
		;
	else {
		for (size_t i = 0; i < sizeof(refused) / sizeof(refused[0]); i++) {
			if (!strcmp(arg, refused[i])) {
				refuse(o, arg);
				return -1;
			}
		}
		return netstat_bad(c, "netstat: unrecognized option '%s'\n", arg);
	}
	return -1;
}

int tool_netstat(struct vl_cmd_ctx *c, int argc, char **argv)
{
	struct netstat_opts o = { .exp = 1 };
	int st;

	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];

		if (a[0] != '-' || !a[1])
			continue;   /* netstat ignores words that are not options */
		if (a[1] == '-') {
			if (!a[2])
				break;
			st = netstat_long(c, &o, a);
			if (st >= 0)
				return st;
			continue;
		}
		for (const char *p = a + 1; *p; p++) {
			if (*p == 'A') {
				const char *af = p[1] ? p + 1 : i + 1 < argc ? argv[++i] : NULL;

				if (!af)
					return netstat_bad(c, "netstat: option requires an argument -- '%s'\n", "A");
				st = netstat_af(c, &o, af);
				if (st >= 0)
					return st;
				break;
			}
			st = netstat_short(c, &o, *p);
			if (st >= 0)
				return st;
		}
	}
	if (o.refused || !o.route) {
		fprintf(c->err, "netstat: %s is not modelled by vethlab (netstat -r[n][e][C] lists the IPv4 routing table)\n",
			o.refused ? o.refused : "listing sockets");
		return 2;
	}
	/* netstat swaps the first two levels: plain -r shows MSS/window/irtt, -re the metrics. */
	return route_print_inet(c, o.numeric, o.exp == 1 ? 2 : o.exp == 2 ? 1 : o.exp, o.cache);
}

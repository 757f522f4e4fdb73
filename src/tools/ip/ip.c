/* ip.c: the ip command: global options, then dispatch by object as ip/ip.c does. */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../tools.h"
#include "ip_common.h"
#include "rt_names.h"

struct ip_object {
	const char *name;
	int (*fn)(struct ip_ctx *ip, int argc, char **argv);  /* NULL: not modelled */
};

/* ip/ip.c's table, in its order: an abbreviation takes the first match. */
static const struct ip_object ip_objects[] = {
	{ "address", do_ipaddr }, { "addrlabel", NULL }, { "maddress", NULL },
	{ "route", do_iproute }, { "rule", do_iprule }, { "neighbor", do_ipneigh },
	{ "neighbour", do_ipneigh }, { "ntable", NULL }, { "ntbl", NULL }, { "link", do_iplink },
	{ "l2tp", NULL }, { "fou", NULL }, { "ila", NULL }, { "macsec", NULL }, { "tunnel", NULL },
	{ "tunl", NULL }, { "tuntap", NULL }, { "tap", NULL }, { "token", NULL },
	{ "tcpmetrics", NULL }, { "tcp_metrics", NULL }, { "monitor", NULL }, { "xfrm", NULL },
	{ "mroute", NULL }, { "mrule", NULL }, { "netns", do_ipnetns }, { "netconf", NULL },
	{ "vrf", NULL }, { "sr", NULL }, { "nexthop", NULL }, { "mptcp", NULL }, { "ioam", NULL },
	{ "help", NULL }, { "stats", NULL }, { NULL, NULL },
};

static int ip_usage(struct ip_ctx *ip)
{
	fputs("Usage: ip [ OPTIONS ] OBJECT { COMMAND | help }\n"
	      "       ip [ -force ] -batch filename\n"
	      "where  OBJECT := { address | addrlabel | amt | fou | help | ila | ioam | l2tp |\n"
	      "                   link | macsec | maddress | monitor | mptcp | mroute | mrule |\n"
	      "                   neighbor | neighbour | netconf | netns | nexthop | ntable |\n"
	      "                   ntbl | route | rule | sr | tap | tcpmetrics |\n"
	      "                   token | tunnel | tuntap | vrf | xfrm }\n"
	      "       OPTIONS := { -V[ersion] | -s[tatistics] | -d[etails] | -r[esolve] |\n"
	      "                    -h[uman-readable] | -iec | -j[son] | -p[retty] |\n"
	      "                    -f[amily] { inet | inet6 | mpls | bridge | link } |\n"
	      "                    -4 | -6 | -M | -B | -0 |\n"
	      "                    -l[oops] { maximum-addr-flush-attempts } | -br[ief] |\n"
	      "                    -o[neline] | -t[imestamp] | -ts[hort] | -b[atch] [filename] |\n"
	      "                    -rc[vbuf] [size] | -n[etns] name | -N[umeric] | -a[ll] |\n"
	      "                    -c[olor]}\n", ip->c->err);
	return 255;
}

/* An option that takes a value: the value, or NULL once usage has been printed. */
static const char *option_value(struct ip_ctx *ip, int argc, char **argv, int *i)
{
	if (*i + 1 >= argc) {
		ip_usage(ip);
		return NULL;
	}
	return argv[++*i];
}

/* -f/-family: read_family's names; only inet and inet6 are modelled. */
static int option_family(struct ip_ctx *ip, const char *name)
{
	if (!strcmp(name, "help"))
		return ip_usage(ip);
	if (!strcmp(name, "inet") || !strcmp(name, "inet6")) {
		ip->family = name[4] ? 6 : 4;
		return -1;
	}
	if (!strcmp(name, "link") || !strcmp(name, "mpls") || !strcmp(name, "bridge"))
		return rt_unsupported(ip, "the address family given to -f");
	return ip_invarg(ip, "invalid protocol family", name);
}

/* matches_color: -c, -color[=always|auto|never]; plain -color is always, a pipe too. */
bool ip_option_color(const char *opt, enum ip_color_opt *val)
{
	const char *eq = strchr(opt, '=');
	char key[32];
	size_t n = eq ? (size_t)(eq - opt) : strlen(opt);

	if (n >= sizeof(key))
		return false;
	memcpy(key, opt, n);
	key[n] = 0;
	if (!ip_matches(key, "-color"))
		return false;
	if (!eq || !strcmp(eq + 1, "always"))
		*val = IPC_OPT_ALWAYS;
	else if (!strcmp(eq + 1, "auto"))
		*val = IPC_OPT_AUTO;
	else if (!strcmp(eq + 1, "never"))
		*val = IPC_OPT_NEVER;
	else
		return false;
	return true;
}

/* check_enable_color: never with -json; auto only on a terminal. */
bool ip_color_enabled(struct ip_ctx *ip, enum ip_color_opt opt)
{
	if (ip->json || opt == IPC_OPT_NEVER)
		return false;
	return opt == IPC_OPT_ALWAYS || isatty(fileno(ip->c->out));
}

/* Options that change nothing vethlab prints (-t and -ts concern ip monitor only). */
static bool option_inert(const char *opt)
{
	return ip_matches(opt, "-timestamp") || ip_matches(opt, "-tshort");
}

/*
 * Options whose output vethlab does not produce: refused once a command is
 * given (alone, they end in the usage text as on Linux); one that changes
 * only the numbers of -s (stats_only) is refused only with -s.
 */
struct ip_unmodelled {
	const char *name, *what;
	bool stats_only;
};

static const struct ip_unmodelled ip_unmodelled_opts[] = {
	{ "-resolve", "name resolution (-resolve)", false },
	{ NULL, NULL, false },
};

static int option_unmodelled(const char *opt, const struct ip_unmodelled **pending)
{
	for (const struct ip_unmodelled *u = ip_unmodelled_opts; u->name; u++)
		if (ip_matches(opt, u->name)) {
			*pending = u;
			break;
		}
	return -1;
}

/* The options in ip/ip.c's order (it decides what an abbreviation means: -h is -human). */
static int parse_option(struct ip_ctx *ip, int argc, char **argv, int *i, const struct ip_unmodelled **pending,
			enum ip_color_opt *color)
{
	const char *opt = argv[*i], *val;
	int st;

	if (opt[1] == '-')
		opt++;
	if (ip_matches(opt, "-loops")) {
		if (!(val = option_value(ip, argc, argv, i)))
			return 255;
		ip->max_flush_loops = atoi(val);
	} else if (ip_matches(opt, "-family")) {
		if (!(val = option_value(ip, argc, argv, i)))
			return 255;
		return option_family(ip, val);
	} else if (!strcmp(opt, "-4") || !strcmp(opt, "-6")) {
		ip->family = opt[1] - '0';
	} else if (!strcmp(opt, "-0") || !strcmp(opt, "-M") || !strcmp(opt, "-B")) {
		return rt_unsupported(ip, opt[1] == '0' ? "the link family (-0)" :
					  opt[1] == 'M' ? "MPLS (-M)" : "the bridge family (-B)");
	} else if (ip_matches(opt, "-human") || ip_matches(opt, "-human-readable")) {
		ip->human = true;
	} else if (ip_matches(opt, "-iec")) {
		ip->iec = true;
	} else if (ip_matches(opt, "-stats") || ip_matches(opt, "-statistics")) {
		ip->show_stats++;
	} else if (ip_matches(opt, "-details")) {
		ip->show_details++;
	} else if (ip_matches(opt, "-resolve")) {
		return option_unmodelled(opt, pending);
	} else if (ip_matches(opt, "-oneline")) {
		ip->oneline = true;
		ip->sl = "\\";
	} else if (ip_matches(opt, "-force")) {
		ip->force = true;
	} else if (option_inert(opt)) {
		/* accepted: nothing vethlab prints depends on it */
	} else if (ip_matches(opt, "-Version")) {
		fputs("ip utility, iproute2-6.1.0, libbpf 1.1.2\n", ip->c->out);
		return 0;
	} else if (ip_matches(opt, "-batch")) {
		if (!(val = option_value(ip, argc, argv, i)))
			return 255;
		ip->batch_file = val;
	} else if (ip_matches(opt, "-brief")) {
		ip->brief = true;
	} else if (ip_matches(opt, "-json")) {
		ip->json++;
	} else if (ip_matches(opt, "-pretty")) {
		ip->pretty = true;
	} else if (ip_matches(opt, "-rcvbuf")) {
		unsigned int size;

		if (!(val = option_value(ip, argc, argv, i)))
			return 255;
		if (ip_get_unsigned(&size, val)) {
			fprintf(ip->c->err, "Invalid rcvbuf size '%s'\n", val);
			return 255;
		}
	} else if (ip_option_color(opt, color)) {
		/* decided once every option is read: -json turns it off */
	} else if (ip_matches(opt, "-help")) {
		return ip_usage(ip);
	} else if (ip_matches(opt, "-netns")) {
		const char *name = *i + 1 < argc ? argv[++*i] : "(null)";

		return (st = ip_open_netns(ip, name, &ip->net)) ? st : -1;
	} else if (ip_matches(opt, "-Numeric")) {
		return rt_unsupported(ip, "numeric output (-Numeric)");
	} else if (ip_matches(opt, "-all")) {
		ip->all = true;
	} else if (!strcmp(opt, "-echo")) {
		return rt_unsupported(ip, "-echo");
	} else {
		fprintf(ip->c->err, "Option \"%s\" is unknown, try \"ip -help\".\n", opt);
		return 255;
	}
	return -1;
}

int tool_ip(struct vl_cmd_ctx *c, int argc, char **argv)
{
	struct ip_ctx ip = { .c = c, .net = c->net, .sl = "\n", .max_flush_loops = 10 };
	const struct ip_unmodelled *pending = NULL;
	enum ip_color_opt color = IPC_OPT_NEVER;
	int i = 1;

	for (; i < argc && argv[i][0] == '-'; i++) {
		int st;

		if (!strcmp(argv[i], "--")) {
			i++;
			break;
		}
		st = parse_option(&ip, argc, argv, &i, &pending, &color);
		if (st >= 0)
			return st;
	}
	if (i >= argc && !ip.batch_file)
		return ip_usage(&ip);
	if (pending && (!pending->stats_only || ip.show_stats))
		return rt_unsupported(&ip, pending->what);
	ip.color_on = ip_color_enabled(&ip, color);
	/* As iproute2: with -batch, what follows the options is not looked at. */
	if (ip.batch_file)
		return ip_batch(&ip, ip.batch_file);
	return ip_do_cmd(&ip, argc - i, argv + i);
}

int ip_do_cmd(struct ip_ctx *ip, int argc, char **argv)
{
	struct vl_cmd_ctx *c = ip->c;
	int i = 0;

	for (const struct ip_object *o = ip_objects; o->name; o++) {
		char what[48];

		if (!ip_matches(argv[i], o->name))
			continue;
		if (!strcmp(o->name, "help"))
			return ip_usage(ip);
		if (o->fn)
			return o->fn(ip, argc - i - 1, argv + i + 1);
		snprintf(what, sizeof(what), "\"ip %s\"", o->name);
		return rt_unsupported(ip, what);
	}
	fprintf(c->err, "Object \"%s\" is unknown, try \"ip help\".\n", argv[i]);
	return 1;
}

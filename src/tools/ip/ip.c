/* ip.c: the ip command: global options, then dispatch by object as ip/ip.c does. */
#include <string.h>

#include "../tools.h"
#include "ip_common.h"

struct ip_object {
	const char *name;
	int (*fn)(struct ip_ctx *ip, int argc, char **argv);
};

/* iproute2's table order matters: an abbreviation takes the first match. */
static const struct ip_object ip_objects[] = {
	{ "address", do_ipaddr },
	{ "route", do_iproute },
	{ "rule", do_iprule },
	{ "neighbor", do_ipneigh },
	{ "neighbour", do_ipneigh },
	{ "link", do_iplink },
	{ "netns", do_ipnetns },
	{ NULL, NULL },
};

static int ip_usage(struct ip_ctx *ip)
{
	fputs("Usage: ip [ OPTIONS ] OBJECT { COMMAND | help }\n"
	      "where  OBJECT := { address | link | neighbour | netns | route | rule }\n"
	      "       OPTIONS := { -s[tatistics] | -d[etails] | -o[neline] | -br[ief] |\n"
	      "                    -4 | -6 | -n[etns] name }\n", ip->c->err);
	return 255;
}

/* Returns -1 when argv[*i] was an option consumed, else the exit status. */
static int parse_option(struct ip_ctx *ip, int argc, char **argv, int *i)
{
	const char *opt = argv[*i];

	if (opt[1] == '-' && opt[2])
		opt++;
	if (!strcmp(opt, "-4")) {
		ip->family = 4;
	} else if (!strcmp(opt, "-6")) {
		ip->family = 6;
	} else if (ip_matches(opt, "-stats") || ip_matches(opt, "-statistics")) {
		ip->show_stats++;
	} else if (ip_matches(opt, "-details")) {
		ip->show_details++;
	} else if (ip_matches(opt, "-oneline")) {
		ip->oneline = true;
		ip->sl = "\\";
	} else if (ip_matches(opt, "-brief") && strlen(opt) > 2) {
		ip->brief = true;
	} else if (ip_matches(opt, "-netns")) {
		const char *name = *i + 1 < argc ? argv[*i + 1] : "(null)";
		int st = ip_open_netns(ip, name, &ip->net);

		if (st)
			return st;
		(*i)++;
	} else if (!strcmp(opt, "-help") || !strcmp(opt, "-h")) {
		return ip_usage(ip);
	} else {
		fprintf(ip->c->err, "Option \"%s\" is unknown, try \"ip -help\".\n", argv[*i]);
		return 255;
	}
	return -1;
}

int tool_ip(struct vl_cmd_ctx *c, int argc, char **argv)
{
	struct ip_ctx ip = { .c = c, .net = c->net, .sl = "\n" };
	int i = 1;

	for (; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
		int st = parse_option(&ip, argc, argv, &i);

		if (st >= 0)
			return st;
	}
	if (i >= argc)
		return ip_usage(&ip);
	if (!strcmp(argv[i], "help"))
		return ip_usage(&ip);
	for (const struct ip_object *o = ip_objects; o->name; o++)
		if (ip_matches(argv[i], o->name) || (!strcmp(argv[i], "addr") && o->fn == do_ipaddr))
			return o->fn(&ip, argc - i - 1, argv + i + 1);
	fprintf(c->err, "Object \"%s\" is unknown, try \"ip help\".\n", argv[i]);
	return 1;
}

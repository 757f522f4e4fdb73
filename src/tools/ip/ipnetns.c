/* ipnetns.c: ip netns add | delete | list | exec | identify, and ip -n. */
#include <errno.h>
#include <string.h>

#include "ip_common.h"

#define NETNS_RUN_DIR "/run/netns"

static int no_name(struct ip_ctx *ip)
{
	fputs("No netns name specified\n", ip->c->err);
	return 1;
}

static bool valid_name(const char *name)
{
	return *name && strlen(name) < 256 && !strchr(name, '/') && strcmp(name, ".") &&
	       strcmp(name, "..");
}

/* iproute2 checks every name it is given before it touches /run/netns. */
static int invalid_name(struct ip_ctx *ip, const char *name)
{
	fprintf(ip->c->err, "Invalid netns name \"%s\"\n", name);
	return 255;
}

static int netns_add(struct ip_ctx *ip, int argc, char **argv)
{
	struct world *w = rtnl_netns_world(ip->net);
	int err;

	if (argc < 1)
		return no_name(ip);
	if (!valid_name(argv[0]))
		return invalid_name(ip, argv[0]);
	err = rtnl_netns_add(w, argv[0]);
	if (err) {
		fprintf(ip->c->err, "Cannot create namespace file \"" NETNS_RUN_DIR "/%s\": %s\n",
			argv[0], strerror(-err));
		return 1;
	}
	return 0;
}

static int netns_del(struct ip_ctx *ip, int argc, char **argv)
{
	struct world *w = rtnl_netns_world(ip->net);
	int err;

	if (argc < 1)
		return no_name(ip);
	if (!valid_name(argv[0]))
		return invalid_name(ip, argv[0]);
	err = rtnl_netns_del(w, argv[0]);
	if (err) {
		fprintf(ip->c->err, "Cannot remove namespace file \"" NETNS_RUN_DIR "/%s\": %s\n",
			argv[0], strerror(-err));
		return 1;
	}
	return 0;
}

static int list_one(struct netns *net, void *arg)
{
	struct ip_ctx *ip = arg;
	int id = rtnl_nsid_get(ip->net, net);

	fputs(rtnl_netns_name(net), ip->c->out);
	if (id >= 0)
		fprintf(ip->c->out, " (id: %d)", id);
	fputc('\n', ip->c->out);
	return 0;
}

static int netns_list(struct ip_ctx *ip)
{
	return rtnl_netns_list(rtnl_netns_world(ip->net), list_one, ip);
}

static int netns_identify(struct ip_ctx *ip)
{
	const char *name = rtnl_netns_name(ip->net);

	fprintf(ip->c->out, "%s\n", name ? name : "");
	return 0;
}

int ip_open_netns(struct ip_ctx *ip, const char *name, struct netns **out)
{
	/* /run/netns/, /run/netns/. and /run/netns/.. open as directories, which setns refuses. */
	if (!*name || !strcmp(name, ".") || !strcmp(name, "..")) {
		fprintf(ip->c->err, "setting the network namespace \"%s\" failed: %s\n", name, strerror(EINVAL));
		return 255;
	}
	*out = rtnl_netns_get(rtnl_netns_world(ip->net), name);
	if (!*out) {
		fprintf(ip->c->err, "Cannot open network namespace \"%s\": %s\n", name,
			strerror(ENOENT));
		return 255;
	}
	return 0;
}

static int netns_exec(struct ip_ctx *ip, int argc, char **argv)
{
	struct vl_cmd_ctx sub;
	struct netns *net;
	int st;

	if (argc < 1)
		return no_name(ip);
	if (!valid_name(argv[0]))
		return invalid_name(ip, argv[0]);
	if (argc < 2) {
		fputs("No command specified\n", ip->c->err);
		return 1;
	}
	st = ip_open_netns(ip, argv[0], &net);
	if (st)
		return st;
	sub = *ip->c;
	sub.net = net;
	st = shell_exec_argv(&sub, argc - 1, argv + 1);
	ip->c->task = sub.task;
	return st;
}

int do_ipnetns(struct ip_ctx *ip, int argc, char **argv)
{
	if (argc < 1 || ip_matches(argv[0], "list") || !strcmp(argv[0], "show") ||
	    !strcmp(argv[0], "lst"))
		return netns_list(ip);
	if (ip_matches(argv[0], "add"))
		return netns_add(ip, argc - 1, argv + 1);
	if (ip_matches(argv[0], "delete"))
		return netns_del(ip, argc - 1, argv + 1);
	if (ip_matches(argv[0], "exec"))
		return netns_exec(ip, argc - 1, argv + 1);
	if (ip_matches(argv[0], "identify"))
		return netns_identify(ip);
	fprintf(ip->c->err, "Command \"%s\" is unknown, try \"ip netns help\".\n", argv[0]);
	return 255;
}

/* nsenter.c: util-linux's nsenter for network namespaces: runs a command in the namespace a /run/netns file names. */
#include <errno.h>
#include <string.h>
#include <sys/stat.h>

#include "../core/world.h"
#include "../ctl/vfs.h"
#include "../tools/getopt_gnu.h"
#include "shell_int.h"

#define NSENTER_FAIL 1
#define NSENTER_ENOENT 127

/* What nsenter's options ask: the net file (NULL: none given, "" for -n without one). */
struct nsenter_opts {
	const char *net;
	bool net_given;
};

/* util-linux 2.38's options; only --net and --no-fork are modelled, the rest are refused by name. */
static const struct go_longopt nsenter_longopts[] = {
	{ "all", GO_NO_ARG, 'a' },
	{ "help", GO_NO_ARG, 'h' },
	{ "version", GO_NO_ARG, 'V' },
	{ "target", GO_REQUIRED, 't' },
	{ "mount", GO_OPTIONAL, 'm' },
	{ "uts", GO_OPTIONAL, 'u' },
	{ "ipc", GO_OPTIONAL, 'i' },
	{ "net", GO_OPTIONAL, 'n' },
	{ "pid", GO_OPTIONAL, 'p' },
	{ "cgroup", GO_OPTIONAL, 'C' },
	{ "user", GO_OPTIONAL, 'U' },
	{ "time", GO_OPTIONAL, 'T' },
	{ "setuid", GO_REQUIRED, 'S' },
	{ "setgid", GO_REQUIRED, 'G' },
	{ "preserve-credentials", GO_NO_ARG, 'c' },
	{ "root", GO_OPTIONAL, 'r' },
	{ "wd", GO_OPTIONAL, 'w' },
	{ "wdns", GO_REQUIRED, 'W' },
	{ "no-fork", GO_NO_ARG, 'F' },
	{ "follow-context", GO_NO_ARG, 'Z' },
	{ NULL, 0, 0 },
};

static int usage_error(struct vl_cmd_ctx *c)
{
	fputs("Try 'nsenter --help' for more information.\n", c->err);
	return NSENTER_FAIL;
}

/* One option: -n/--net takes the file; --no-fork changes nothing seen; the rest are refused by name. */
static int apply(struct vl_cmd_ctx *c, struct nsenter_opts *o, int opt, const char *arg)
{
	if (opt == '?')
		return usage_error(c);
	if (opt == 'F')
		return 0;
	if (opt == 'n') {
		o->net_given = true;
		o->net = arg;
		return 0;
	}
	for (const struct go_longopt *l = nsenter_longopts; l->name; l++)
		if (l->val == opt)
			fprintf(c->err, "nsenter: option --%s is not supported by vethlab\n", l->name);
	return NSENTER_FAIL;
}

/* The namespace a file names: /run/netns/NAME, or the command's own (/proc/self/ns/net); NULL after saying why. */
static struct netns *net_of_file(struct vl_cmd_ctx *c, const char *file)
{
	struct vfs_path vp;
	struct netns *net = NULL;
	struct stat st;

	if (!strcmp(file, "/proc/self/ns/net") || !strcmp(file, "/proc/thread-self/ns/net"))
		return c->net;
	vfs_resolve(c->net, file, &vp);
	if (vp.where == VFS_REFUSED) {
		fprintf(c->err, "nsenter: %s: %s\n", file, VFS_REFUSED_TEXT);
		return NULL;
	}
	if (vp.where == VFS_EMULATED && !strncmp(vp.path, "/run/netns/", 11) && !strchr(vp.path + 11, '/'))
		net = world_netns_by_name(c->world, vp.path + 11);
	if (net)
		return net;
	/* Any other file that exists is not a namespace: setns refuses it. */
	if (vp.where == VFS_EMULATED ? vfs_is_dir(c->net, vp.path) >= 0 : stat(file, &st) == 0)
		fputs("nsenter: reassociate to namespace 'ns/net' failed: Invalid argument\n", c->err);
	else
		fprintf(c->err, "nsenter: cannot open %s: %s\n", file, strerror(ENOENT));
	return NULL;
}

/* CMD in net (c->net when none was given), as ip netns exec runs it. */
static int run(struct vl_cmd_ctx *c, struct netns *net, int argc, char **argv)
{
	struct vl_cmd_ctx sub = *c;
	int st;

	if (!argc) {
		fputs("nsenter: an interactive shell (no command) is not supported by vethlab\n", c->err);
		return NSENTER_FAIL;
	}
	if (!vl_cmd_can_exec(c, argv[0], "nsenter: failed to execute %s"))
		return NSENTER_ENOENT;
	vl_cmd_flush_out(c);
	sub.net = net;
	sub.task = NULL;
	st = c->host->exec_argv(&sub, argc, argv);
	if (st == VL_CMD_ASYNC)
		vl_task_hold_net(sub.task, net);
	c->task = sub.task;
	return st;
}

int builtin_nsenter(struct vl_cmd_ctx *c, int argc, char **argv)
{
	struct nsenter_opts o = { 0 };
	struct netns *net = c->net;
	struct go_parser g;
	int opt, st = 0;

	go_init(&g, "nsenter", c->err, argc, argv, "+ahVt:m::u::i::n::p::C::U::T::S:G:r::w::W:FZ", nsenter_longopts);
	while (!st && (opt = go_next(&g)) != -1)
		st = apply(c, &o, opt, g.arg);
	if (!st && o.net_given && !o.net) {
		fputs("nsenter: neither filename nor target pid supplied for ns/net\n", c->err);
		st = NSENTER_FAIL;
	}
	if (!st && o.net && !(net = net_of_file(c, o.net)))
		st = NSENTER_FAIL;
	if (!st)
		st = run(c, net, g.nops, g.ops);
	go_free(&g);
	return st;
}

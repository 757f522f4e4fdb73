/* nsenter.c: util-linux's nsenter for network namespaces: runs a command in the namespace a /run/netns file names. */
#include <errno.h>
#include <string.h>
#include <sys/stat.h>

#include "../core/world.h"
#include "../ctl/vfs.h"
#include "shell_int.h"

#define NSENTER_FAIL 1
#define NSENTER_ENOENT 127

/* What nsenter's options ask: the net file (NULL: none given, "" for -n without one). */
struct nsenter_opts {
	const char *net;
	bool net_given;
};

enum nsenter_arg { ARG_NONE, ARG_REQUIRED, ARG_OPTIONAL };

static const struct {
	const char *name;
	char shortopt;
	enum nsenter_arg arg;
	bool modelled;
} nsenter_longs[] = {
	{ "all", 'a', ARG_NONE, false },
	{ "help", 'h', ARG_NONE, false },
	{ "version", 'V', ARG_NONE, false },
	{ "target", 't', ARG_REQUIRED, false },
	{ "mount", 'm', ARG_OPTIONAL, false },
	{ "uts", 'u', ARG_OPTIONAL, false },
	{ "ipc", 'i', ARG_OPTIONAL, false },
	{ "net", 'n', ARG_OPTIONAL, true },
	{ "pid", 'p', ARG_OPTIONAL, false },
	{ "cgroup", 'C', ARG_OPTIONAL, false },
	{ "user", 'U', ARG_OPTIONAL, false },
	{ "time", 'T', ARG_OPTIONAL, false },
	{ "setuid", 'S', ARG_REQUIRED, false },
	{ "setgid", 'G', ARG_REQUIRED, false },
	{ "preserve-credentials", 0, ARG_NONE, false },
	{ "root", 'r', ARG_OPTIONAL, false },
	{ "wd", 'w', ARG_OPTIONAL, false },
	{ "wdns", 'W', ARG_REQUIRED, false },
	{ "no-fork", 'F', ARG_NONE, true },
	{ "follow-context", 'Z', ARG_NONE, false },
};
#define NSENTER_NOPTS (sizeof(nsenter_longs) / sizeof(nsenter_longs[0]))

static int usage_error(struct vl_cmd_ctx *c)
{
	fputs("Try 'nsenter --help' for more information.\n", c->err);
	return NSENTER_FAIL;
}

/* One option: -n/--net takes the file; --no-fork changes nothing seen; the rest are refused by name. */
static int apply(struct vl_cmd_ctx *c, struct nsenter_opts *o, size_t k, const char *arg)
{
	if (!nsenter_longs[k].modelled) {
		fprintf(c->err, "nsenter: option --%s is not supported by vethlab\n", nsenter_longs[k].name);
		return NSENTER_FAIL;
	}
	if (nsenter_longs[k].shortopt == 'n') {
		o->net_given = true;
		o->net = arg;
	}
	return 0;
}

static int parse_long(struct vl_cmd_ctx *c, struct nsenter_opts *o, int argc, char **argv, int *i)
{
	const char *word = argv[*i] + 2, *eq = strchr(word, '=');
	size_t len = eq ? (size_t)(eq - word) : strlen(word), found = NSENTER_NOPTS;
	int n = 0;

	for (size_t k = 0; k < NSENTER_NOPTS; k++) {
		if (strncmp(nsenter_longs[k].name, word, len))
			continue;
		if (strlen(nsenter_longs[k].name) == len) {
			found = k, n = 1;
			break;
		}
		found = k, n++;
	}
	if (n > 1) {
		fprintf(c->err, "nsenter: option '--%.*s' is ambiguous; possibilities:", (int)len, word);
		for (size_t k = 0; k < NSENTER_NOPTS; k++)
			if (!strncmp(nsenter_longs[k].name, word, len))
				fprintf(c->err, " '--%s'", nsenter_longs[k].name);
		fputc('\n', c->err);
		return usage_error(c);
	}
	if (found == NSENTER_NOPTS) {
		fprintf(c->err, "nsenter: unrecognized option '--%.*s'\n", (int)len, word);
		return usage_error(c);
	}
	if (nsenter_longs[found].arg == ARG_NONE && eq) {
		fprintf(c->err, "nsenter: option '--%s' doesn't allow an argument\n", nsenter_longs[found].name);
		return usage_error(c);
	}
	if (nsenter_longs[found].arg == ARG_REQUIRED && !eq) {
		if (*i + 1 >= argc) {
			fprintf(c->err, "nsenter: option '--%s' requires an argument\n", nsenter_longs[found].name);
			return usage_error(c);
		}
		return apply(c, o, found, argv[++*i]);
	}
	return apply(c, o, found, eq ? eq + 1 : NULL);
}

/* A cluster of short options: an optional argument only attached (-n/run/netns/a). */
static int parse_short(struct vl_cmd_ctx *c, struct nsenter_opts *o, int argc, char **argv, int *i)
{
	for (const char *p = argv[*i] + 1; *p; p++) {
		size_t k = 0;

		while (k < NSENTER_NOPTS && nsenter_longs[k].shortopt != *p)
			k++;
		if (k == NSENTER_NOPTS) {
			fprintf(c->err, "nsenter: invalid option -- '%c'\n", *p);
			return usage_error(c);
		}
		if (nsenter_longs[k].arg == ARG_NONE) {
			int st = apply(c, o, k, NULL);

			if (st)
				return st;
			continue;
		}
		if (!p[1] && nsenter_longs[k].arg == ARG_REQUIRED) {
			if (*i + 1 >= argc) {
				fprintf(c->err, "nsenter: option requires an argument -- '%c'\n", *p);
				return usage_error(c);
			}
			return apply(c, o, k, argv[++*i]);
		}
		return apply(c, o, k, p[1] ? p + 1 : NULL);
	}
	return 0;
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

int builtin_nsenter(struct vl_cmd_ctx *c, int argc, char **argv)
{
	struct nsenter_opts o = { 0 };
	struct vl_cmd_ctx sub = *c;
	int i = 1, st;

	for (; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
		if (!strcmp(argv[i], "--")) {
			i++;
			break;
		}
		st = argv[i][1] == '-' ? parse_long(c, &o, argc, argv, &i) : parse_short(c, &o, argc, argv, &i);
		if (st)
			return st;
	}
	if (o.net_given && !o.net) {
		fputs("nsenter: neither filename nor target pid supplied for ns/net\n", c->err);
		return NSENTER_FAIL;
	}
	if (o.net && !(sub.net = net_of_file(c, o.net)))
		return NSENTER_FAIL;
	if (i >= argc) {
		fputs("nsenter: an interactive shell (no command) is not supported by vethlab\n", c->err);
		return NSENTER_FAIL;
	}
	if (!c->host->program_exists(argv[i])) {
		if (c->host->host_program(c, argv[i]))
			fprintf(c->err, "nsenter: failed to execute %s: running a host program is not supported by "
				"vethlab\n", argv[i]);
		else
			fprintf(c->err, "nsenter: failed to execute %s: %s\n", argv[i], strerror(ENOENT));
		return NSENTER_ENOENT;
	}
	vl_cmd_flush_out(c);
	sub.task = NULL;
	st = c->host->exec_argv(&sub, argc - i, argv + i);
	if (st == VL_CMD_ASYNC)
		vl_task_hold_net(sub.task, sub.net);
	c->task = sub.task;
	return st;
}

/* builtins.c: echo, cat, true, false, exit and sleep, and the command table. */
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "../core/timer.h"
#include "../core/world.h"
#include "../core/alloc.h"
#include "../ctl/vfs.h"
#include "../tools/tools.h"
#include "shell_int.h"

static void echo_escaped(FILE *out, const char *s, bool *stop)
{
	for (; *s; s++) {
		if (*s != '\\' || !s[1]) {
			fputc(*s, out);
			continue;
		}
		switch (*++s) {
		case 'n': fputc('\n', out); break;
		case 't': fputc('\t', out); break;
		case '\\': fputc('\\', out); break;
		case 'c': *stop = true; return;
		default: fputc('\\', out); fputc(*s, out); break;
		}
	}
}

static int builtin_echo(struct vl_cmd_ctx *c, int argc, char **argv)
{
	bool newline = true, escapes = false, stop = false;
	int i = 1;

	for (; i < argc && argv[i][0] == '-' && argv[i][1] && strspn(argv[i] + 1, "neE") ==
	       strlen(argv[i] + 1); i++) {
		for (const char *p = argv[i] + 1; *p; p++) {
			if (*p == 'n')
				newline = false;
			else
				escapes = *p == 'e';
		}
	}
	for (int first = i; i < argc && !stop; i++) {
		if (i > first)
			fputc(' ', c->out);
		if (escapes)
			echo_escaped(c->out, argv[i], &stop);
		else
			fputs(argv[i], c->out);
	}
	if (newline && !stop)
		fputc('\n', c->out);
	return 0;
}

/* coreutils' quotef: a name that the shell would need quoted is shown in '...'. */
static void put_quoted(FILE *f, const char *name)
{
	if (*name && !strpbrk(name, " \t\n'\"\\$&|;<>*?()[]{}~`#!"))
		fputs(name, f);
	else
		fprintf(f, "'%s'", name);
}

static int file_error(struct vl_cmd_ctx *c, const char *tool, const char *name, const char *why)
{
	fprintf(c->err, "%s: ", tool);
	put_quoted(c->err, name);
	fprintf(c->err, ": %s\n", why);
	return 1;
}

static int cat_emulated(struct vl_cmd_ctx *c, const char *name, const char *path)
{
	char *buf;
	size_t len;
	int r = vfs_read(c->net, path, &buf, &len);

	if (r < 0)
		return file_error(c, "cat", name, vfs_strerror(r));
	fwrite(buf, 1, len, c->out);
	free(buf);
	return 0;
}

static int cat_host(struct vl_cmd_ctx *c, const char *path)
{
	struct stat st;
	char buf[4096];
	size_t n;
	FILE *f;

	if (stat(path, &st) == 0 && S_ISDIR(st.st_mode))
		return file_error(c, "cat", path, "Is a directory");
	f = fopen(path, "r");
	if (!f)
		return file_error(c, "cat", path, strerror(errno));
	while ((n = fread(buf, 1, sizeof(buf), f)) > 0)
		fwrite(buf, 1, n, c->out);
	fclose(f);
	return 0;
}

static int builtin_cat(struct vl_cmd_ctx *c, int argc, char **argv)
{
	int st = 0, i = 1;

	if (i < argc && !strcmp(argv[i], "--"))
		i++;
	if (i >= argc || (argv[i][0] == '-' && i == 1)) {
		fprintf(c->err, "cat: %s is not supported by vethlab (cat FILE... only)\n",
			i >= argc ? "reading standard input" : "an option");
		return 2;
	}
	for (; i < argc; i++) {
		struct vfs_path vp;

		vfs_resolve(c->net, argv[i], &vp);
		if (vp.where == VFS_EMULATED)
			st |= cat_emulated(c, argv[i], vp.path);
		else if (vp.where == VFS_REFUSED)
			st |= file_error(c, "cat", argv[i], VFS_REFUSED_TEXT);
		else
			st |= cat_host(c, argv[i]);
	}
	return st;
}

/* ls of the emulated directories only: one name a line, as ls writes to a pipe. */
static int ls_one(struct vl_cmd_ctx *c, const char *name, bool header, bool *first)
{
	struct vfs_path vp;
	char **names;
	int r;

	vfs_resolve(c->net, name, &vp);
	if (vp.where != VFS_EMULATED) {
		fprintf(c->err, "ls: %s: vethlab lists only the emulated /proc/net, /proc/sys/net, "
			"/sys/class/net and /run/netns\n", name);
		return 2;
	}
	r = vfs_list(c->net, vp.path, &names);
	if (r == -ENOTDIR) {
		fprintf(c->out, "%s\n", name);
		return 0;
	}
	if (r < 0) {
		fputs("ls: cannot access ", c->err);
		fprintf(c->err, "'%s': %s\n", name, vfs_strerror(r));
		return 2;
	}
	if (header)
		fprintf(c->out, "%s%s:\n", *first ? "" : "\n", name);
	*first = false;
	for (char **p = names; *p; p++)
		fprintf(c->out, "%s\n", *p);
	vfs_names_free(names);
	return 0;
}

static int builtin_ls(struct vl_cmd_ctx *c, int argc, char **argv)
{
	int st = 0, i = 1;
	bool first = true;

	for (; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
		if (!strcmp(argv[i], "--")) {
			i++;
			break;
		}
		if (strcmp(argv[i], "-1")) {
			fprintf(c->err, "ls: option `%s' is not supported by vethlab (ls [-1] DIR...)\n", argv[i]);
			return 2;
		}
	}
	if (i >= argc)
		return ls_one(c, ".", false, &first);
	for (int k = i; k < argc; k++) {
		int r = ls_one(c, argv[k], argc - i > 1, &first);

		if (r > st)
			st = r;
	}
	return st;
}

static int builtin_true(struct vl_cmd_ctx *c, int argc, char **argv)
{
	(void)c, (void)argc, (void)argv;
	return 0;
}

static int builtin_false(struct vl_cmd_ctx *c, int argc, char **argv)
{
	(void)c, (void)argc, (void)argv;
	return 1;
}

static int builtin_exit(struct vl_cmd_ctx *c, int argc, char **argv)
{
	int st = argc > 1 ? atoi(argv[1]) & 0xff : c->sh->status;

	c->sh->exited = true;
	return st;
}

struct sleep_task {
	struct vl_task task;
	struct vl_timer timer;
};

static void sleep_expire(struct vl_timer *t)
{
	struct sleep_task *s = vl_container_of(t, struct sleep_task, timer);

	vl_task_done(&s->task, 0);
}

static void sleep_kill(struct vl_task *t, int sig)
{
	struct sleep_task *s = vl_container_of(t, struct sleep_task, task);

	vl_timer_cancel(&t->world->clock, &s->timer);
	vl_task_done(t, 128 + sig);
}

static void sleep_free(struct vl_task *t)
{
	struct sleep_task *s = vl_container_of(t, struct sleep_task, task);

	vl_timer_cancel(&t->world->clock, &s->timer);
	free(s);
}

static const struct vl_task_ops sleep_task_ops = {
	.kill = sleep_kill,
	.free = sleep_free,
};

#define SLEEP_FOREVER_S (100.0 * 365 * 86400)
#define SLEEP_CLOCK_MAX (1ULL << 62)   /* about 146 years of virtual time */

int sh_parse_interval(const char *s, double *secs)
{
	char *end;
	double v = strtod(s, &end);

	if (end == s || v < 0 || isnan(v))
		return -1;
	if (*end == 'm')
		v *= 60, end++;
	else if (*end == 'h')
		v *= 3600, end++;
	else if (*end == 'd')
		v *= 86400, end++;
	else if (*end == 's')
		end++;
	if (*end)
		return -1;
	*secs = v;
	return 0;
}

static int builtin_sleep(struct vl_cmd_ctx *c, int argc, char **argv)
{
	double total = 0, v;
	struct sleep_task *s;

	if (argc < 2) {
		fputs("sleep: missing operand\nTry 'sleep --help' for more information.\n", c->err);
		return 1;
	}
	for (int i = 1; i < argc; i++) {
		if (sh_parse_interval(argv[i], &v)) {
			fprintf(c->err, "sleep: invalid time interval \xe2\x80\x98%s\xe2\x80\x99\n"
				"Try 'sleep --help' for more information.\n", argv[i]);
			return 1;
		}
		total += v;
	}
	s = vl_calloc(1, sizeof(*s));
	s->task.ops = &sleep_task_ops;
	s->task.world = c->world;
	s->task.out = c->out;
	s->task.err = c->err;
	vl_timer_init(&s->timer, sleep_expire);
	c->task = &s->task;
	/* Past a century (sleep infinity, sleep 1e300), or past 146 years of
	 * virtual time in all, a sleep is one that never ends: interrupted as ping
	 * without -c is, and the clock never wraps. */
	if (total >= SLEEP_FOREVER_S ||
	    (uint64_t)llround(total * (double)VL_NSEC_PER_SEC) > SLEEP_CLOCK_MAX - world_now(c->world)) {
		s->task.unbounded = true;
		return VL_CMD_ASYNC;
	}
	vl_timer_arm(&c->world->clock, &s->timer,
		     world_now(c->world) + (uint64_t)llround(total * (double)VL_NSEC_PER_SEC));
	return VL_CMD_ASYNC;
}

/* Sorted by name: looked up by binary search. */
const struct vl_cmd vl_cmd_table[] = {
	{ ".", builtin_source },
	{ ":", builtin_colon },
	{ "[", builtin_refused },
	{ "alias", builtin_refused },
	{ "arp", tool_arp },
	{ "arping", tool_arping },
	{ "bash", builtin_bash },
	{ "bg", builtin_refused },
	{ "bind", builtin_refused },
	{ "brctl", tool_brctl },
	{ "break", builtin_refused },
	{ "bridge", tool_bridge },
	{ "builtin", builtin_refused },
	{ "caller", builtin_refused },
	{ "cat", builtin_cat },
	{ "cd", builtin_cd },
	{ "command", builtin_refused },
	{ "compgen", builtin_refused },
	{ "complete", builtin_refused },
	{ "continue", builtin_refused },
	{ "declare", builtin_refused },
	{ "dirs", builtin_refused },
	{ "disown", builtin_refused },
	{ "echo", builtin_echo },
	{ "enable", builtin_refused },
	{ "ethtool", tool_ethtool },
	{ "eval", builtin_refused },
	{ "exec", builtin_refused },
	{ "exit", builtin_exit },
	{ "export", builtin_export },
	{ "false", builtin_false },
	{ "fc", builtin_refused },
	{ "fg", builtin_refused },
	{ "getopts", builtin_refused },
	{ "graph", tool_graph },
	{ "hash", builtin_refused },
	{ "help", builtin_refused },
	{ "history", builtin_refused },
	{ "ifconfig", tool_ifconfig },
	{ "ip", tool_ip },
	{ "jobs", builtin_jobs },
	{ "kill", builtin_kill },
	{ "let", builtin_refused },
	{ "local", builtin_refused },
	{ "logout", builtin_refused },
	{ "ls", builtin_ls },
	{ "mapfile", builtin_refused },
	{ "netstat", tool_netstat },
	{ "nsenter", builtin_nsenter },
	{ "nstat", tool_nstat },
	{ "ping", tool_ping },
	{ "ping4", tool_ping },
	{ "ping6", tool_ping },
	{ "popd", builtin_refused },
	{ "printf", builtin_refused },
	{ "pushd", builtin_refused },
	{ "pwd", builtin_pwd },
	{ "pwru", tool_pwru },
	{ "read", builtin_refused },
	{ "readarray", builtin_refused },
	{ "readonly", builtin_refused },
	{ "return", builtin_refused },
	{ "route", tool_route },
	{ "set", builtin_set },
	{ "shift", builtin_shift },
	{ "shopt", builtin_refused },
	{ "sleep", builtin_sleep },
	{ "source", builtin_source },
	{ "suspend", builtin_refused },
	{ "sysctl", tool_sysctl },
	{ "tcpdump", tool_tcpdump },
	{ "test", builtin_refused },
	{ "timeout", builtin_timeout },
	{ "times", builtin_refused },
	{ "tracepath", tool_tracepath },
	{ "tracepath4", tool_tracepath },
	{ "traceroute", tool_traceroute },
	{ "traceroute6", tool_traceroute },
	{ "trap", builtin_refused },
	{ "true", builtin_true },
	{ "type", builtin_refused },
	{ "typeset", builtin_refused },
	{ "ulimit", builtin_refused },
	{ "umask", builtin_refused },
	{ "unalias", builtin_refused },
	{ "unset", builtin_unset },
	{ "vethlab-save", tool_save },
	{ "wait", builtin_wait },
	{ "why", tool_why },
	{ NULL, NULL },
};

static int cmd_cmp(const void *key, const void *elem)
{
	return strcmp(key, ((const struct vl_cmd *)elem)->name);
}

const struct vl_cmd *vl_cmd_lookup(const char *name)
{
	size_t n = sizeof(vl_cmd_table) / sizeof(vl_cmd_table[0]) - 1;

	return bsearch(name, vl_cmd_table, n, sizeof(vl_cmd_table[0]), cmd_cmp);
}

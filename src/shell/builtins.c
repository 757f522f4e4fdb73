/* builtins.c: echo, cat, true, false, exit and sleep, and the command table. */
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "../core/timer.h"
#include "../core/world.h"
#include "../ctl/sysctl_ctl.h"
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

static int cat_proc(struct vl_cmd_ctx *c, const char *path)
{
	int v, r = sysctl_ctl_read(c->net, path + strlen("/proc/sys/"), &v);

	if (r == -EISDIR) {
		fprintf(c->err, "cat: %s: Is a directory\n", path);
		return 1;
	}
	if (r < 0) {
		fprintf(c->err, "cat: %s: No such file or directory\n", path);
		return 1;
	}
	fprintf(c->out, "%d\n", v);
	return 0;
}

static int cat_file(struct vl_cmd_ctx *c, const char *path)
{
	struct stat st;
	char buf[4096];
	size_t n;
	FILE *f;

	if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
		fprintf(c->err, "cat: %s: Is a directory\n", path);
		return 1;
	}
	f = fopen(path, "r");
	if (!f) {
		fprintf(c->err, "cat: %s: %s\n", path, strerror(errno));
		return 1;
	}
	while ((n = fread(buf, 1, sizeof(buf), f)) > 0)
		fwrite(buf, 1, n, c->out);
	fclose(f);
	return 0;
}

static int builtin_cat(struct vl_cmd_ctx *c, int argc, char **argv)
{
	int st = 0;

	for (int i = 1; i < argc; i++) {
		if (!strncmp(argv[i], "/proc/sys/", 10) || !strcmp(argv[i], "/proc/sys"))
			st |= cat_proc(c, argv[i]);
		else
			st |= cat_file(c, argv[i]);
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

/* coreutils: a number with an optional s, m, h or d suffix. */
static int parse_interval(const char *s, double *secs)
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
		if (parse_interval(argv[i], &v)) {
			fprintf(c->err, "sleep: invalid time interval \xe2\x80\x98%s\xe2\x80\x99\n"
				"Try 'sleep --help' for more information.\n", argv[i]);
			return 1;
		}
		total += v;
	}
	s = calloc(1, sizeof(*s));
	if (!s)
		return 1;
	s->task.ops = &sleep_task_ops;
	s->task.world = c->world;
	s->task.out = c->out;
	s->task.err = c->err;
	vl_timer_init(&s->timer, sleep_expire);
	vl_timer_arm(&c->world->clock, &s->timer,
		     world_now(c->world) + (uint64_t)llround(total * (double)VL_NSEC_PER_SEC));
	c->task = &s->task;
	return VL_CMD_ASYNC;
}

const struct vl_cmd vl_cmd_table[] = {
	{ "cat", builtin_cat },
	{ "echo", builtin_echo },
	{ "ethtool", tool_ethtool },
	{ "exit", builtin_exit },
	{ "false", builtin_false },
	{ "ifconfig", tool_ifconfig },
	{ "ip", tool_ip },
	{ "jobs", builtin_jobs },
	{ "kill", builtin_kill },
	{ "ping", tool_ping },
	{ "route", tool_route },
	{ "sleep", builtin_sleep },
	{ "sysctl", tool_sysctl },
	{ "tcpdump", tool_tcpdump },
	{ "true", builtin_true },
	{ "wait", builtin_wait },
	{ NULL, NULL },
};

const struct vl_cmd *vl_cmd_lookup(const char *name)
{
	for (const struct vl_cmd *c = vl_cmd_table; c->name; c++)
		if (!strcmp(c->name, name))
			return c;
	return NULL;
}

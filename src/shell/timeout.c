/* timeout.c: coreutils' timeout, on virtual time: runs a command and signals it when its duration has passed. */
#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>

#include "../core/alloc.h"
#include "../core/world.h"
#include "shell_int.h"

/* coreutils' exit statuses: the command timed out, timeout itself failed, the command was not found. */
#define EXIT_TIMEDOUT 124
#define EXIT_CANCELED 125
#define EXIT_ENOENT 127

struct timeout_opts {
	double duration, kill_after;
	int sig;
	bool preserve, verbose;
};

struct timeout_task {
	struct vl_task task;
	struct vl_task *child;
	struct vl_timer timer;
	struct timeout_opts o;
	char *name;              /* the command, as -v names it */
	bool timed_out, killing;
};

static int usage_error(struct vl_cmd_ctx *c)
{
	fputs("Try 'timeout --help' for more information.\n", c->err);
	return EXIT_CANCELED;
}

/*
 * operand2sig: a name (any case, SIG optional) or a number, which may be a
 * shell's status for a signal (137 is KILL). vethlab's tasks know the
 * signals kill knows; another valid one is refused by name.
 */
static int parse_sig(struct vl_cmd_ctx *c, const char *s, int *sig)
{
	int n;

	if (isdigit((unsigned char)*s)) {
		char *end;
		long l;

		errno = 0;
		l = strtol(s, &end, 10);
		n = *end || errno || l > 255 ? -1 : (l & 0x7f) && (l & 0x7f) != 0x7f ? (int)(l & 0x7f) : (int)l;
		if (n > 64)
			n = -1;
	} else {
		n = sh_parse_signal(s);
		if (n < 0 && (!strcasecmp(s, "EXIT") || !strcasecmp(s, "SIGEXIT") || !strcasecmp(s, "0")))
			n = 0;
	}
	if (n < 0) {
		fprintf(c->err, "timeout: \xe2\x80\x98%s\xe2\x80\x99: invalid signal\n", s);
		return usage_error(c);
	}
	if (n && !sh_signal_name(n)) {
		fprintf(c->err, "timeout: signal %s is not supported by vethlab\n", s);
		return EXIT_CANCELED;
	}
	*sig = n;
	return 0;
}

static int parse_duration(struct vl_cmd_ctx *c, const char *s, double *secs)
{
	if (!sh_parse_interval(s, secs))
		return 0;
	fprintf(c->err, "timeout: invalid time interval \xe2\x80\x98%s\xe2\x80\x99\n", s);
	return usage_error(c);
}

enum { OPT_FOREGROUND, OPT_KILL_AFTER, OPT_PRESERVE, OPT_SIGNAL, OPT_HELP, OPT_VERBOSE, OPT_VERSION, OPT_N };

static const struct {
	const char *name;
	bool arg;
	char shortopt;
} long_opts[OPT_N] = {
	[OPT_FOREGROUND] = { "foreground", false, 0 },
	[OPT_KILL_AFTER] = { "kill-after", true, 'k' },
	[OPT_PRESERVE] = { "preserve-status", false, 0 },
	[OPT_SIGNAL] = { "signal", true, 's' },
	[OPT_HELP] = { "help", false, 0 },
	[OPT_VERBOSE] = { "verbose", false, 'v' },
	[OPT_VERSION] = { "version", false, 0 },
};

/* One option with its argument (NULL if it takes none). */
static int apply_opt(struct vl_cmd_ctx *c, struct timeout_opts *o, int opt, const char *arg)
{
	switch (opt) {
	case OPT_KILL_AFTER:
		return parse_duration(c, arg, &o->kill_after);
	case OPT_SIGNAL:
		return parse_sig(c, arg, &o->sig);
	case OPT_PRESERVE:
		o->preserve = true;
		return 0;
	case OPT_VERBOSE:
		o->verbose = true;
		return 0;
	default:
		/* --foreground only changes who gets the signal (the process group or the command alone). */
		if (opt == OPT_FOREGROUND)
			return 0;
		fprintf(c->err, "timeout: option --%s is not supported by vethlab\n", long_opts[opt].name);
		return EXIT_CANCELED;
	}
}

/* A long option (getopt_long: a unique prefix will do); *i moves past what it took. */
static int parse_long(struct vl_cmd_ctx *c, struct timeout_opts *o, int argc, char **argv, int *i)
{
	const char *word = argv[*i] + 2, *eq = strchr(word, '=');
	size_t len = eq ? (size_t)(eq - word) : strlen(word);
	int found = -1, n = 0;

	for (int k = 0; k < OPT_N; k++) {
		if (strncmp(long_opts[k].name, word, len))
			continue;
		if (strlen(long_opts[k].name) == len) {
			found = k, n = 1;
			break;
		}
		found = k, n++;
	}
	if (n > 1) {
		fprintf(c->err, "timeout: option '--%.*s' is ambiguous; possibilities:", (int)len, word);
		for (int k = 0; k < OPT_N; k++)
			if (!strncmp(long_opts[k].name, word, len))
				fprintf(c->err, " '--%s'", long_opts[k].name);
		fputc('\n', c->err);
		return usage_error(c);
	}
	if (found < 0) {
		fprintf(c->err, "timeout: unrecognized option '--%.*s'\n", (int)len, word);
		return usage_error(c);
	}
	if (!long_opts[found].arg) {
		if (eq) {
			fprintf(c->err, "timeout: option '--%s' doesn't allow an argument\n", long_opts[found].name);
			return usage_error(c);
		}
		return apply_opt(c, o, found, NULL);
	}
	if (!eq && *i + 1 >= argc) {
		fprintf(c->err, "timeout: option '--%s' requires an argument\n", long_opts[found].name);
		return usage_error(c);
	}
	return apply_opt(c, o, found, eq ? eq + 1 : argv[++*i]);
}

/* A cluster of short options (-vk 5, -s9); *i moves past what it took. */
static int parse_short(struct vl_cmd_ctx *c, struct timeout_opts *o, int argc, char **argv, int *i)
{
	const char *p = argv[*i] + 1;

	for (; *p; p++) {
		int opt = *p == 'k' ? OPT_KILL_AFTER : *p == 's' ? OPT_SIGNAL : *p == 'v' ? OPT_VERBOSE : -1;

		if (opt < 0) {
			fprintf(c->err, "timeout: invalid option -- '%c'\n", *p);
			return usage_error(c);
		}
		if (!long_opts[opt].arg) {
			apply_opt(c, o, opt, NULL);
			continue;
		}
		if (p[1])
			return apply_opt(c, o, opt, p + 1);
		if (*i + 1 >= argc) {
			fprintf(c->err, "timeout: option requires an argument -- '%c'\n", *p);
			return usage_error(c);
		}
		return apply_opt(c, o, opt, argv[++*i]);
	}
	return 0;
}

/* getopt_long with "+": options up to the first operand (or "--"); *first is that operand's index. */
static int parse_opts(struct vl_cmd_ctx *c, struct timeout_opts *o, int argc, char **argv, int *first)
{
	int i = 1, st;

	for (; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
		if (!strcmp(argv[i], "--")) {
			i++;
			break;
		}
		st = argv[i][1] == '-' ? parse_long(c, o, argc, argv, &i) : parse_short(c, o, argc, argv, &i);
		if (st)
			return st;
	}
	*first = i;
	return 0;
}

static uint64_t secs_to_ns(double s)
{
	double ns = s * (double)VL_NSEC_PER_SEC;

	return ns >= 1.8e19 ? UINT64_MAX : (uint64_t)llround(ns);
}

/* A timer of d seconds from now; none for 0, or past the virtual clock's end. */
static void arm(struct timeout_task *t, double d)
{
	struct world *w = t->task.world;
	uint64_t ns = secs_to_ns(d), now = world_now(w);

	if (d > 0 && ns < (1ULL << 62) - now)
		vl_timer_arm(&w->clock, &t->timer, now + ns);
}

static void send_sig(struct timeout_task *t, int sig)
{
	if (t->o.verbose)
		fprintf(t->task.err, "timeout: sending signal %s to command \xe2\x80\x98%s\xe2\x80\x99\n",
			sig ? sh_signal_name(sig) : "EXIT", t->name);
	if (sig && !t->child->done && t->child->ops->kill)
		t->child->ops->kill(t->child, sig);
	else if (sig && !t->child->done)
		vl_task_done(t->child, 128 + sig);
}

/*
 * cleanup() on SIGALRM: the first expiry sends the signal (and arms -k's
 * timer); the second sends KILL to the command and, as timeout signals its
 * whole process group without --foreground, ends timeout itself with it.
 */
static void timeout_expire(struct vl_timer *tm)
{
	struct timeout_task *t = vl_container_of(tm, struct timeout_task, timer);

	if (t->task.done)
		return;
	if (t->killing) {
		send_sig(t, SIGKILL);
		if (!t->task.done)
			vl_task_done(&t->task, 128 + SIGKILL);
		return;
	}
	t->timed_out = true;
	if (t->o.kill_after > 0) {
		t->killing = true;
		arm(t, t->o.kill_after);
	}
	send_sig(t, t->o.sig);
	if (t->o.sig == SIGKILL && !t->task.done)
		vl_task_done(&t->task, 128 + SIGKILL);
}

/* The command ended: its status, or 124 when it was timed out (137 if KILL ended it). */
static void timeout_child_done(struct vl_task *task, struct vl_task *child)
{
	struct timeout_task *t = vl_container_of(task, struct timeout_task, task);
	int st = child->status;

	if (task->done)
		return;
	vl_timer_cancel(&task->world->clock, &t->timer);
	if (t->timed_out && !t->o.preserve && st != 128 + SIGKILL)
		st = EXIT_TIMEDOUT;
	vl_task_done(task, st);
}

/* A signal to timeout goes on to the command (and a first one starts -k's timer). */
static void timeout_kill(struct vl_task *task, int sig)
{
	struct timeout_task *t = vl_container_of(task, struct timeout_task, task);

	if (task->done)
		return;
	if (sig == SIGKILL) {
		vl_timer_cancel(&task->world->clock, &t->timer);
		vl_task_done(task, 128 + SIGKILL);
		return;
	}
	if (t->o.kill_after > 0 && !t->killing) {
		t->killing = true;
		vl_timer_cancel(&task->world->clock, &t->timer);
		arm(t, t->o.kill_after);
	}
	send_sig(t, sig);
}

static void timeout_free(struct vl_task *task)
{
	struct timeout_task *t = vl_container_of(task, struct timeout_task, task);

	vl_timer_cancel(&task->world->clock, &t->timer);
	t->child->parent = NULL;
	if (!t->child->done && t->child->ops->kill)
		t->child->ops->kill(t->child, SIGKILL);
	vl_task_free(t->child);
	free(t->name);
	free(t);
}

static const struct vl_task_ops timeout_task_ops = {
	.kill = timeout_kill,
	.free = timeout_free,
	.child_done = timeout_child_done,
};

/* The command as a task of timeout's: it gets the signal when the duration has passed. */
static int watch(struct vl_cmd_ctx *c, const struct timeout_opts *o, const char *name, struct vl_task *child)
{
	struct timeout_task *t = vl_calloc(1, sizeof(*t));

	t->o = *o;
	t->name = vl_strdup(name);
	t->child = child;
	t->task.ops = &timeout_task_ops;
	t->task.world = c->world;
	t->task.out = c->out;
	t->task.err = c->err;
	t->task.unbounded = child->unbounded;
	/* The command prints through the job timeout runs in. */
	child->job = c->job;
	child->host = c->host;
	child->parent = &t->task;
	vl_timer_init(&t->timer, timeout_expire);
	arm(t, o->duration);
	c->task = &t->task;
	return VL_CMD_ASYNC;
}

int builtin_timeout(struct vl_cmd_ctx *c, int argc, char **argv)
{
	struct timeout_opts o = { .sig = SIGTERM };
	struct vl_cmd_ctx sub = *c;
	int first, st;

	st = parse_opts(c, &o, argc, argv, &first);
	if (st)
		return st;
	if (argc - first < 2)
		return usage_error(c);
	if (parse_duration(c, argv[first], &o.duration))
		return EXIT_CANCELED;
	first++;
	if (!c->host->program_exists(argv[first])) {
		if (c->host->host_program(c, argv[first]))
			fprintf(c->err, "timeout: failed to run command \xe2\x80\x98%s\xe2\x80\x99: running a host program "
				"is not supported by vethlab\n", argv[first]);
		else
			fprintf(c->err, "timeout: failed to run command \xe2\x80\x98%s\xe2\x80\x99: %s\n", argv[first],
				strerror(ENOENT));
		return EXIT_ENOENT;
	}
	/* timeout forks the command: what was printed before goes first. */
	vl_cmd_flush_out(c);
	sub.task = NULL;
	st = c->host->exec_argv(&sub, argc - first, argv + first);
	if (st != VL_CMD_ASYNC)
		return st;
	/* A duration of 0 (or one past the clock's end) never expires: the command runs as it would alone. */
	if (o.duration <= 0) {
		c->task = sub.task;
		return st;
	}
	return watch(c, &o, argv[first], sub.task);
}

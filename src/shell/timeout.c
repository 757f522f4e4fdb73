/* timeout.c: coreutils' timeout, on virtual time: runs a command and signals it when its duration has passed. */
#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>

#include "../core/alloc.h"
#include "../core/world.h"
#include "../tools/getopt_gnu.h"
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
	if (sh_signal_stops(n)) {
		fprintf(c->err, "timeout: signal %s is not supported by vethlab (a stopped command is not modelled)\n", s);
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

static const struct go_longopt timeout_longopts[] = {
	{ "foreground", GO_NO_ARG, 'F' },
	{ "kill-after", GO_REQUIRED, 'k' },
	{ "preserve-status", GO_NO_ARG, 'P' },
	{ "signal", GO_REQUIRED, 's' },
	{ "help", GO_NO_ARG, 'h' },
	{ "verbose", GO_NO_ARG, 'v' },
	{ "version", GO_NO_ARG, 'V' },
	{ NULL, 0, 0 },
};

/* One option with its argument (NULL if it takes none). */
static int apply_opt(struct vl_cmd_ctx *c, struct timeout_opts *o, int opt, const char *arg)
{
	switch (opt) {
	case 'k':
		return parse_duration(c, arg, &o->kill_after);
	case 's':
		return parse_sig(c, arg, &o->sig);
	case 'P':
		o->preserve = true;
		return 0;
	case 'v':
		o->verbose = true;
		return 0;
	case 'F':
		/* --foreground only changes who gets the signal (the process group or the command alone). */
		return 0;
	case '?':
		return usage_error(c);
	default:
		fprintf(c->err, "timeout: option --%s is not supported by vethlab\n", opt == 'h' ? "help" : "version");
		return EXIT_CANCELED;
	}
}

/* getopt_long with "+k:s:v": options up to the first operand; the operands (duration, command) in g->ops. */
static int parse_opts(struct vl_cmd_ctx *c, struct timeout_opts *o, struct go_parser *g)
{
	int opt, st;

	while ((opt = go_next(g)) != -1)
		if ((st = apply_opt(c, o, opt, g->arg)))
			return st;
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
	char name[SH_SIGNAME_MAX];

	if (t->o.verbose)
		fprintf(t->task.err, "timeout: sending signal %s to command \xe2\x80\x98%s\xe2\x80\x99\n",
			sig ? sh_signal_name(sig, name) : "EXIT", t->name);
	if (sh_signal_ignored(sig) || t->child->done)
		return;
	if (t->child->ops->kill)
		t->child->ops->kill(t->child, sig);
	else
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

/* The command, watched (or alone for a duration of 0). */
static int run(struct vl_cmd_ctx *c, const struct timeout_opts *o, int argc, char **argv)
{
	struct vl_cmd_ctx sub = *c;
	int st;

	if (!vl_cmd_can_exec(c, argv[0], "timeout: failed to run command \xe2\x80\x98%s\xe2\x80\x99"))
		return EXIT_ENOENT;
	/* timeout forks the command: what was printed before goes first. */
	vl_cmd_flush_out(c);
	sub.task = NULL;
	st = c->host->exec_argv(&sub, argc, argv);
	if (st != VL_CMD_ASYNC)
		return st;
	/* A duration of 0 (or one past the clock's end) never expires: the command runs as it would alone. */
	if (o->duration <= 0) {
		c->task = sub.task;
		return st;
	}
	return watch(c, o, argv[0], sub.task);
}

int builtin_timeout(struct vl_cmd_ctx *c, int argc, char **argv)
{
	struct timeout_opts o = { .sig = SIGTERM };
	struct go_parser g;
	int st;

	go_init(&g, "timeout", c->err, argc, argv, "+k:s:v", timeout_longopts);
	st = parse_opts(c, &o, &g);
	if (!st && g.nops < 2)
		st = usage_error(c);
	if (!st && parse_duration(c, g.ops[0], &o.duration))
		st = EXIT_CANCELED;
	if (!st)
		st = run(c, &o, g.nops - 1, g.ops + 1);
	go_free(&g);
	return st;
}

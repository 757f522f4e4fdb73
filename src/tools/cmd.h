/*
 * cmd.h: the command interface: what every command (builtin or tool)
 * receives, the async task hook, and the services its runner (the shell)
 * lends it. Tools see the shell only through this table.
 */
#ifndef VL_CMD_H
#define VL_CMD_H

#include <stdbool.h>
#include <stdio.h>

struct world;
struct netns;
struct shell;
struct vl_task;

/* Returned by a command that went on as a task (c->task) instead of finishing. */
#define VL_CMD_ASYNC (-1000)

struct job;
struct vl_cmd_ctx;

/*
 * What the runner of a command provides: running another command (ip
 * netns exec, sudo), what a program name means there, and stdout
 * flushing, for a command and for a task it left running.
 */
struct vl_cmd_host_ops {
	/* Runs argv as a command in c's namespace and streams; returns its status. */
	int (*exec_argv)(struct vl_cmd_ctx *c, int argc, char **argv);
	/* Whether word names a program exec could run (not a shell builtin). */
	bool (*program_exists)(const char *word);
	/* Whether the host has a program by that name or path (which is refused, by name). */
	bool (*host_program)(const struct vl_cmd_ctx *c, const char *word);
	/* Whether the command may read host files (/etc/hosts, a sysctl.conf): not in a fuzzed world. */
	bool (*host_files)(const struct vl_cmd_ctx *c);
	void (*flush_out)(struct vl_cmd_ctx *c);
	FILE *(*out_target)(struct vl_cmd_ctx *c);
	void (*task_flush_out)(struct vl_task *t);
	void (*task_flush_big)(struct vl_task *t);
};

struct vl_cmd_ctx {
	struct world *world;
	struct shell *sh;    /* the runner's own: tools never look inside */
	struct netns *net;   /* the namespace the command runs in */
	FILE *in;            /* standard input; NULL: none (a background job's /dev/null) */
	FILE *out, *err;
	struct vl_task *task;
	struct job *job;     /* holds out until the command ends, as stdio buffers a file */
	const struct vl_cmd_host_ops *host;
};

typedef int (*vl_cmd_fn)(struct vl_cmd_ctx *c, int argc, char **argv);

struct vl_cmd {
	const char *name;
	vl_cmd_fn fn;
};

/*
 * A command that outlives its call: sleep, ping, tcpdump. The shell waits for
 * it in the foreground or keeps it as a job. kill may finish it at once.
 */
/*
 * Whether word names a program the runner could exec; if not, says why on
 * c->err after what (a printf format taking word: "exec of \"%s\" failed"),
 * as the real tool does: a host program is refused, anything else is ENOENT.
 */
bool vl_cmd_can_exec(struct vl_cmd_ctx *c, const char *word, const char *what);

/*
 * A command that went on as a task in net (ip netns exec, nsenter): it holds
 * net, as a process keeps its namespace alive after `ip netns delete`. The
 * innermost one counts (ip netns exec a ip netns exec b sleep 9 runs in b).
 */
void vl_task_hold_net(struct vl_task *t, struct netns *net);
/* t->ops->free, then the namespace t held let go. */
void vl_task_free(struct vl_task *t);
/* The namespace t held let go: its command has ended (a process exits at once; its job is reaped later). */
void vl_task_exit_net(struct vl_task *t);

struct vl_task_ops {
	void (*kill)(struct vl_task *t, int sig);
	void (*free)(struct vl_task *t);
	/* A task that runs another (timeout): its child has just finished (child->status). */
	void (*child_done)(struct vl_task *t, struct vl_task *child);
};

struct vl_task {
	const struct vl_task_ops *ops;
	struct world *world;
	bool done;
	int status;
	FILE *out, *err;
	void *job;       /* the runner's, for task_flush_out */
	const struct vl_cmd_host_ops *host;  /* set with job, by the runner */
	bool unbounded;  /* would run until interrupted (ping without -c or -w) */
	struct vl_task *parent;  /* the task that waits for this one (timeout's), told when it ends */
	struct netns *net;       /* the namespace it was started in by ip netns exec or nsenter, held while it runs */
};

/* fflush(stdout) for a task: what it printed so far reaches its target now. */
static inline void vl_task_flush_out(struct vl_task *t)
{
	if (t->host)
		t->host->task_flush_out(t);
}

/*
 * A task that prints as it runs calls this after each line: the line goes
 * out now to a terminal, and into a pipe or a file once a stdio block fills.
 */
static inline void vl_task_flush_big(struct vl_task *t)
{
	if (t->host)
		t->host->task_flush_big(t);
}

/* Marks t finished with status; the runner reaps it. */
static inline void vl_task_done(struct vl_task *t, int status)
{
	t->done = true;
	t->status = status;
	if (t->net)
		vl_task_exit_net(t);
	if (t->parent)
		t->parent->ops->child_done(t->parent, t);
}

/*
 * fflush(stdout): what the command printed so far reaches its target now
 * (before a child it starts prints, as a program flushes before fork). The
 * target itself, for a child shell that writes there directly.
 */
static inline void vl_cmd_flush_out(struct vl_cmd_ctx *c)
{
	c->host->flush_out(c);
}

static inline FILE *vl_cmd_out_target(struct vl_cmd_ctx *c)
{
	return c->host->out_target(c);
}

static inline bool vl_cmd_host_files(const struct vl_cmd_ctx *c)
{
	return c->host->host_files(c);
}

#endif

/* cmd.h: what every command (builtin or tool) receives, and the async task hook. */
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

struct vl_cmd_ctx {
	struct world *world;
	struct shell *sh;
	struct netns *net;   /* the namespace the command runs in */
	FILE *out, *err;
	struct vl_task *task;
	struct job *job;     /* holds out until the command ends, as stdio buffers a file */
};

typedef int (*vl_cmd_fn)(struct vl_cmd_ctx *c, int argc, char **argv);

struct vl_cmd {
	const char *name;
	vl_cmd_fn fn;
};

/* Looks a command word up in the table of builtins and tools. */
const struct vl_cmd *vl_cmd_lookup(const char *name);
/* The table itself, NULL-name terminated, for completion and help. */
extern const struct vl_cmd vl_cmd_table[];

/*
 * A command that outlives its call: sleep, ping, tcpdump. The shell waits for
 * it in the foreground or keeps it as a job. kill may finish it at once.
 */
struct vl_task_ops {
	void (*kill)(struct vl_task *t, int sig);
	void (*free)(struct vl_task *t);
};

struct vl_task {
	const struct vl_task_ops *ops;
	struct world *world;
	bool done;
	int status;
	FILE *out, *err;
	void *job;       /* the shell's, for vl_task_flush_out */
	bool unbounded;  /* would run until interrupted (ping without -c or -w) */
};

/* fflush(stdout) for a task: what it printed so far reaches its target now. */
void vl_task_flush_out(struct vl_task *t);
/* The same once 64 KiB wait: a task that prints for ever calls it after each line. */
void vl_task_flush_big(struct vl_task *t);

/* Marks t finished with status; the shell reaps it. */
void vl_task_done(struct vl_task *t, int status);

/*
 * fflush(stdout): what the command printed so far reaches its target now
 * (before a child it starts prints, as a program flushes before fork). The
 * target itself, for a child shell that writes there directly.
 */
void vl_cmd_flush_out(struct vl_cmd_ctx *c);
FILE *vl_cmd_out_target(struct vl_cmd_ctx *c);
/* Whether the command may read host files (/etc/hosts, a sysctl.conf): not in a fuzzed world. */
bool vl_cmd_host_files(const struct vl_cmd_ctx *c);

/* Runs argv as a command (used by ip netns exec and sudo). */
int shell_exec_argv(struct vl_cmd_ctx *c, int argc, char **argv);
/* The command a word names: by name, or by an emulated program's path on a host (/sbin/ip). */
const struct vl_cmd *shell_cmd_find(const char *word);
/* The same for programs only, as execvp finds them (ip netns exec): no bash builtins. */
const struct vl_cmd *shell_program_find(const char *word);
/* Whether the host has a program by that name (or path): vethlab refuses to run it, by name. */
bool shell_host_program(const struct world *w, const char *word);

#endif

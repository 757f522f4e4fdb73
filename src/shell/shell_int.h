/* shell_int.h: the shell's private state, shared by its own modules only. */
#ifndef VL_SHELL_INT_H
#define VL_SHELL_INT_H

#include <stdbool.h>
#include <stdio.h>

#include "parse.h"
#include "shell.h"

struct job {
	int id;
	struct vl_task *task;
	char *text;
	struct redir_state *rs;   /* files the job writes to, closed when it ends */
	FILE *outbuf;             /* its buffered stdout */
	FILE *out_target;         /* where that goes: fd 1 after redirections */
	char *outmem;
	size_t outlen;
	bool reported;
	struct job *next;
};

struct shell {
	struct world *world;
	struct netns *net;
	struct shell_opts opts;
	int lineno;
	int status;
	bool exited;
	struct job *jobs;
};

/* "FILE: line N: " for scripts, "vethlab: " otherwise, as bash prefixes errors. */
void shell_errprefix(struct shell *sh, FILE *err);

/* jobs.c */
void job_add(struct shell *sh, struct job *j);
void job_finish(struct shell *sh, struct job *j);
int builtin_jobs(struct vl_cmd_ctx *c, int argc, char **argv);
int builtin_kill(struct vl_cmd_ctx *c, int argc, char **argv);
int builtin_wait(struct vl_cmd_ctx *c, int argc, char **argv);

/* redir.c */
struct redir_state;
struct redir_state *redir_open(struct shell *sh, const struct sh_item *it, FILE *base_out,
			       FILE *base_err, FILE **out, FILE **err);
/* Flushes buffered output, applies /proc/sys writes, closes files; returns 0 or 1. */
int redir_close(struct shell *sh, struct redir_state *rs, const char *cmdname, FILE *err);

#endif

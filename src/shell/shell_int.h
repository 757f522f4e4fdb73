/* shell_int.h: the shell's private state, shared by its own modules only. */
#ifndef VL_SHELL_INT_H
#define VL_SHELL_INT_H

#include <stdbool.h>
#include <stdio.h>

#include "parse.h"
#include "shell.h"

struct job {
	int id;
	int pid;                  /* what $! and `kill PID` name it by */
	struct vl_task *task;
	char *text;
	struct redir_state *rs;   /* files the job writes to, closed when it ends */
	FILE *outbuf;             /* its buffered stdout */
	FILE *out_target;         /* where that goes: fd 1 after redirections */
	bool line_buffered;       /* out_target is a terminal: stdio writes each line as it ends */
	char *outmem;
	size_t outlen;
	bool reported;
	struct job *next;
};

struct sh_var {
	char *name;
	char *value;    /* NULL: declared (export NAME) but unset */
	bool exported;
};

struct shell {
	struct world *world;
	struct netns *net;
	struct shell_opts opts;
	int lineno;
	int status;
	bool exited;
	struct job *jobs;
	int next_pid;             /* pids handed to background jobs */
	int why_status;           /* the status of the command `why COMMAND` ran */
	int last_bg_pid;          /* $! */
	struct sh_var *vars;
	int nvars;
	char *argv0;              /* $0 */
	char **params;            /* $1 ... */
	int nparams;
	int depth;                /* nested `source` */
	struct shell_rt *rt;      /* the interactive prompt's wall clock and SIGINT */
	struct job *spare_job;    /* the last foreground job, kept with its stdout buffer for the next */
};

/* "FILE: line N: " for scripts, "vethlab: " otherwise, as bash prefixes errors. */
void shell_errprefix(struct shell *sh, FILE *err);

/* Looks a command word up in the table of builtins and tools. */
const struct vl_cmd *vl_cmd_lookup(const char *name);
/* The table itself, NULL-name terminated, for completion and help. */
extern const struct vl_cmd vl_cmd_table[];
/* Runs argv as a command (ip netns exec and sudo reach it through shell_cmd_host_ops). */
int shell_exec_argv(struct vl_cmd_ctx *c, int argc, char **argv);
/* The command a word names: by name, or by an emulated program's path on a host (/sbin/ip). */
const struct vl_cmd *shell_cmd_find(const char *word);
/* The same for programs only, as execvp finds them (ip netns exec): no bash builtins. */
const struct vl_cmd *shell_program_find(const char *word);
/* Whether the host has a program by that name (or path): vethlab refuses to run it, by name. */
bool shell_host_program(const struct world *w, const char *word);
/* jobs.c: stdout held per job, and what a command may read. */
void shell_task_flush_out(struct vl_task *t);
void shell_task_flush_big(struct vl_task *t);
void shell_cmd_flush_out(struct vl_cmd_ctx *c);
FILE *shell_cmd_out_target(struct vl_cmd_ctx *c);
bool shell_cmd_host_files(const struct vl_cmd_ctx *c);
/* The services above, as every command the shell runs gets them (tools/cmd.h). */
extern const struct vl_cmd_host_ops shell_cmd_host_ops;

/* vars.c */
const char *sh_var_get(const struct shell *sh, const char *name);
/* value NULL declares the name without a value (export NAME). */
void sh_var_set(struct shell *sh, const char *name, const char *value, bool export);
void sh_var_unset(struct shell *sh, const char *name);
void sh_vars_free(struct shell *sh);
void sh_set_params(struct shell *sh, int n, char *const *v);

/* expand.c */
struct sh_fields {
	char **v;   /* NULL-terminated */
	int n;
};
void sh_fields_add(struct sh_fields *f, char *s);
void sh_fields_free(struct sh_fields *f);
/* Expands raw words into fields: parameters, quote removal, field splitting. Appends. */
void sh_expand_words(struct shell *sh, char *const *raw, int n, struct sh_fields *out);
/*
 * One word. With ambiguous non-NULL the word is split as a redirection target
 * is, and NULL comes back (with *ambiguous set) unless it gives exactly one
 * field; with NULL it is not split, as an assignment's value.
 */
char *sh_expand_one(struct shell *sh, const char *raw, bool *ambiguous);

/* jobs.c */
void job_add(struct shell *sh, struct job *j);
void job_finish(struct shell *sh, struct job *j);
/* Closes a job's stdout buffer and frees it, without writing anything (NULL: nothing). */
void job_drop(struct job *j);
int sh_option_refused(struct vl_cmd_ctx *c, const char *builtin, const char *what);
int builtin_jobs(struct vl_cmd_ctx *c, int argc, char **argv);
int builtin_kill(struct vl_cmd_ctx *c, int argc, char **argv);
int builtin_wait(struct vl_cmd_ctx *c, int argc, char **argv);
/* A signal name (with or without SIG, any case) or number; -1 if bash would not know it. */
int sh_parse_signal(const char *s);
/* The name of a signal (without SIG) as kill -l gives it, real-time ones (RTMIN+3) in buf. */
#define SH_SIGNAME_MAX 16
const char *sh_signal_name(int sig, char buf[SH_SIGNAME_MAX]);
/* 0, and what no command here handles and whose default action is to ignore it (CHLD, CONT, URG, WINCH). */
bool sh_signal_ignored(int sig);
/* SIGSTOP, SIGTSTP, SIGTTIN, SIGTTOU: a stopped job is not modelled. */
bool sh_signal_stops(int sig);
/* coreutils' duration: a number with an optional s, m, h or d suffix (sleep, timeout); -1 if invalid. */
int sh_parse_interval(const char *s, double *secs);
/* nsenter.c */
int builtin_nsenter(struct vl_cmd_ctx *c, int argc, char **argv);
/* timeout.c */
int builtin_timeout(struct vl_cmd_ctx *c, int argc, char **argv);

/* redir.c */
struct redir_state;
/* Opens the item's redirections (targets expanded); NULL after printing why. */
struct redir_state *redir_open(struct shell *sh, const struct sh_item *it, FILE *base_out,
			       FILE *base_err, FILE **out, FILE **err);
/* Flushes buffered output, applies emulated-file writes, closes files; returns 0 or 1. */
int redir_close(struct shell *sh, struct redir_state *rs, const char *cmdname, FILE *err);

/* realtime.c: only at the interactive prompt. */
int shell_rt_start(struct shell *sh);
void shell_rt_stop(struct shell *sh);
int shell_rt_sigfd(const struct shell *sh);
void shell_rt_catch_up(struct shell *sh);
void shell_rt_flush_jobs(struct shell *sh);
int shell_rt_timeout_ms(const struct shell *sh);
int shell_rt_take_signal(struct shell *sh);
/* Waits, on the wall clock, for t; Ctrl-C sends it SIGINT. Returns its status. */
int shell_wait_realtime(struct shell *sh, struct vl_task *t);
/* Waits while pending() holds; false when Ctrl-C ended the wait. */
bool shell_wait_jobs_realtime(struct shell *sh, bool (*pending)(struct shell *sh, void *arg), void *arg);

/* builtins_sh.c: export, unset, set, shift, cd, pwd, source, ':' and the refused builtins. */
int builtin_export(struct vl_cmd_ctx *c, int argc, char **argv);
int builtin_unset(struct vl_cmd_ctx *c, int argc, char **argv);
int builtin_set(struct vl_cmd_ctx *c, int argc, char **argv);
int builtin_shift(struct vl_cmd_ctx *c, int argc, char **argv);
int builtin_cd(struct vl_cmd_ctx *c, int argc, char **argv);
int builtin_pwd(struct vl_cmd_ctx *c, int argc, char **argv);
int builtin_source(struct vl_cmd_ctx *c, int argc, char **argv);
int builtin_colon(struct vl_cmd_ctx *c, int argc, char **argv);
int builtin_refused(struct vl_cmd_ctx *c, int argc, char **argv);

/* subshell.c: bash -c STRING and bash FILE, as a child shell in the caller's namespace. */
int builtin_bash(struct vl_cmd_ctx *c, int argc, char **argv);

#endif

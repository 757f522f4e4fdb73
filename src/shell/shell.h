/* shell.h: the small sh that drives vethlab: lists, redirections, jobs, scripts. */
#ifndef VL_SHELL_H
#define VL_SHELL_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "../tools/cmd.h"

/*
 * A live world's client session (src/live/): how the shell waits without
 * holding up the world and its other clients. The world server owns the
 * clock; the shell only hands over its turn.
 */
struct shell_live {
	/* Lets the world and the other clients run; returns when fd (if >= 0) may
	 * be readable, an event ran, a Ctrl-C came or the session must end. With
	 * fd < 0 the session waits for its foreground command: on virtual time
	 * the world runs for it, up to deadline (virtual ns; UINT64_MAX: none),
	 * and a command that reaches it, or that nothing is left to end, gets
	 * SIGINT from take_signal, as a script's would (interrupt_after). */
	void (*wait)(void *arg, int fd, uint64_t deadline);
	/* A signal for the foreground command since the last call (SIGINT for
	 * Ctrl-C, SIGTERM), else 0. */
	int (*take_signal)(void *arg);
	bool (*hungup)(void *arg);       /* the client left or the world stops */
	bool virtual_time;               /* the world's clock runs only as its clients' commands need */
	void *arg;
};

struct shell_opts {
	bool xtrace;        /* -x */
	bool errexit;       /* -e */
	const char *script; /* name used in diagnostics ("FILE: line N: "), NULL for -c */
	FILE *out, *err;    /* the shell's own stdout and stderr; NULL means stdio's */
	/* out is a terminal (a program's stdout is line-buffered there, fully
	 * buffered elsewhere); for a stdio stream, shell_new finds it out itself. */
	bool out_tty;
	/* A foreground command still running after this much virtual time is
	 * interrupted as by Ctrl-C (ping without -c, tcpdump without -c). 0: 60 s. */
	unsigned long long interrupt_after_ns;
	bool interactive;   /* the prompt: errors do not end the shell, time follows the wall clock */
	const char *argv0;  /* $0; NULL: "vethlab" */
	int nparams;        /* $1 ... */
	char *const *params;
	FILE *in;           /* stdin: the prompt's terminal, a live client's; NULL means stdin */
	const char *term;   /* its terminal type ($TERM); NULL: the environment's */
	char *const *env;   /* the environment the variables start from; NULL: environ */
	const struct shell_live *live;  /* set in a live world: time follows the wall clock */
};

struct shell;

struct shell *shell_new(struct world *w, const struct shell_opts *opts);
void shell_free(struct shell *sh);
/* Runs one logical line (newlines inside quotes or after && are part of it). */
int shell_run_line(struct shell *sh, const char *line);
/* Runs text line by line, as sh -c does with a string: returns the last status. */
int shell_run_text(struct shell *sh, const char *text);
/* Runs a whole script from f; returns the status of the last command. */
int shell_run_stream(struct shell *sh, FILE *f);
/*
 * Whether a script uses what this shell lacks and bash has (pipes, loops,
 * functions, $(...), a host program such as grep): main then runs it under
 * `vethlab bash` instead. f is read through and rewound.
 */
bool shell_script_wants_bash(const struct world *w, FILE *f);
/* Ends what is still running in the background, as at the end of a script. */
void shell_finish(struct shell *sh);
bool shell_exited(const struct shell *sh);
int shell_status(const struct shell *sh);
/* Runs the virtual world until nothing is pending or until `until` ns. */
void shell_run_world(struct shell *sh, unsigned long long until);
struct world *shell_world(const struct shell *sh);

/*
 * Waits, while the world runs on the wall clock, until fd is readable (1),
 * Ctrl-C (0) or the session ends or fails (-1). What background jobs
 * printed is flushed first. Only with a prompt or a live world.
 */
int shell_wait_input(struct shell *sh, int fd);

/* Interactive prompt (libedit) with history and completion. */
int shell_interactive(struct shell *sh);
/*
 * Completion candidates for the word ending at `point` in line: command words
 * first, device names of the shell's namespace after a command. Calls add for
 * each; returns how many.
 */
int shell_complete(struct shell *sh, const char *line, int point,
		   void (*add)(const char *cand, void *arg), void *arg);

#endif

/* sh_run.h: a booted world and a shell whose output the unit tests read back. */
#ifndef VL_SH_RUN_H
#define VL_SH_RUN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

struct world;
struct shell;

struct run {
	struct world *w;
	struct shell *sh;
	char *out, *err;     /* what the last run() printed, NUL-terminated */
	size_t outlen, errlen;
	FILE *fo, *fe;
};

/* A world booted with seed 1 and a shell printing into r->out and r->err. */
void run_open(struct run *r);
/* The same with the shell's -e (errexit) option. */
void run_open_errexit(struct run *r, bool errexit);
/* Runs line with fresh output buffers; returns its status. */
int run(struct run *r, const char *line);
/* Makes what the shell printed so far readable in r->out and r->err (no reset). */
void run_sync(struct run *r);
void run_close(struct run *r);

#endif

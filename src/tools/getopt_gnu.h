/* getopt_gnu.h: glibc's getopt_long as the real tools run it, without its globals. */
#ifndef VETHLAB_TOOLS_GETOPT_GNU_H
#define VETHLAB_TOOLS_GETOPT_GNU_H

#include <stdbool.h>
#include <stdio.h>

enum { GO_NO_ARG, GO_REQUIRED, GO_OPTIONAL };

struct go_longopt {
	const char *name;
	int has_arg;      /* GO_NO_ARG, GO_REQUIRED or GO_OPTIONAL */
	int val;          /* what go_next returns for it */
};

/*
 * One parse of argv. Options may come anywhere (glibc permutes) unless
 * shortopts begins with '+' (REQUIRE_ORDER: timeout, nsenter); the
 * operands are collected in order in ops[]. "--" ends the options and a
 * lone "-" is an operand.
 */
struct go_parser {
	const char *prog;                 /* names the program in complaints */
	FILE *err;
	int argc;
	char **argv;
	const char *shortopts;            /* as getopt's optstring: "ab:c::" */
	const struct go_longopt *longopts;   /* ends with a NULL name; may be NULL */
	int i;                            /* the argv element being read */
	const char *cluster;              /* the rest of a short-option cluster */
	bool ended;                       /* "--" seen (or, in order, the first operand) */
	bool in_order;                    /* shortopts began with '+': the first operand ends the options */
	const char *arg;                  /* optarg of the last option, or NULL */
	int opt;                          /* optopt: the option a complaint was about */
	char **ops;
	int nops;
};

void go_init(struct go_parser *g, const char *prog, FILE *err, int argc, char **argv,
	     const char *shortopts, const struct go_longopt *longopts);
/* The next option's value, '?' after a complaint written to err, -1 at the end. */
int go_next(struct go_parser *g);
void go_free(struct go_parser *g);

#endif

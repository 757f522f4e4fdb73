/*
 * getopt_gnu.c: glibc's getopt_long as the real tools run it: permutation,
 * clusters of short options, arguments attached or in the next word,
 * optional arguments only attached, long options by unique prefix, and
 * glibc 2.36's complaints word for word. State lives in the parser.
 */
#include "getopt_gnu.h"

#include <stdlib.h>
#include <string.h>

#include "../ctl/sys.h"

void go_init(struct go_parser *g, const char *prog, FILE *err, int argc, char **argv,
	     const char *shortopts, const struct go_longopt *longopts)
{
	memset(g, 0, sizeof(*g));
	g->prog = prog;
	g->err = err;
	g->argc = argc;
	g->argv = argv;
	g->in_order = shortopts[0] == '+';
	g->shortopts = shortopts + g->in_order;
	g->longopts = longopts;
	g->i = 1;
	g->ops = vl_calloc((size_t)argc + 1, sizeof(*g->ops));
}

void go_free(struct go_parser *g)
{
	free(g->ops);
	g->ops = NULL;
}

/* The long option named by the len bytes at name: exact, else a unique prefix. */
static const struct go_longopt *long_find(struct go_parser *g, const char *word, size_t len)
{
	const struct go_longopt *hit = NULL;
	bool ambiguous = false;

	for (const struct go_longopt *o = g->longopts; o && o->name; o++) {
		if (strncmp(o->name, word, len))
			continue;
		if (strlen(o->name) == len)
			return o;
		if (!hit)
			hit = o;
		else if (hit->has_arg != o->has_arg || hit->val != o->val)
			ambiguous = true;
	}
	if (!ambiguous)
		return hit;
	fprintf(g->err, "%s: option '--%.*s' is ambiguous; possibilities:", g->prog, (int)len, word);
	for (const struct go_longopt *o = g->longopts; o->name; o++)
		if (!strncmp(o->name, word, len))
			fprintf(g->err, " '--%s'", o->name);
	fputc('\n', g->err);
	return (const struct go_longopt *)g;   /* a marker: the complaint is written */
}

static int long_option(struct go_parser *g, const char *word)
{
	const char *eq = strchr(word, '=');
	size_t len = eq ? (size_t)(eq - word) : strlen(word);
	const struct go_longopt *o = long_find(g, word, len);

	g->i++;
	if (o == (const struct go_longopt *)g)
		return '?';
	if (!o) {
		fprintf(g->err, "%s: unrecognized option '--%s'\n", g->prog, word);
		return '?';
	}
	g->opt = o->val;
	if (eq && o->has_arg == GO_NO_ARG) {
		fprintf(g->err, "%s: option '--%s' doesn't allow an argument\n", g->prog, o->name);
		return '?';
	}
	if (eq)
		g->arg = eq + 1;
	else if (o->has_arg == GO_REQUIRED) {
		if (g->i >= g->argc) {
			fprintf(g->err, "%s: option '--%s' requires an argument\n", g->prog, o->name);
			return '?';
		}
		g->arg = g->argv[g->i++];
	}
	return o->val;
}

static int short_option(struct go_parser *g)
{
	char c = *g->cluster++;
	const char *spec = c == ':' ? NULL : strchr(g->shortopts, c);

	g->opt = (unsigned char)c;
	if (!spec) {
		fprintf(g->err, "%s: invalid option -- '%c'\n", g->prog, c);
		if (!*g->cluster)
			g->cluster = NULL;
		return '?';
	}
	if (spec[1] != ':') {
		if (!*g->cluster)
			g->cluster = NULL;
		return (unsigned char)c;
	}
	if (*g->cluster) {
		g->arg = g->cluster;
	} else if (spec[2] != ':') {
		if (g->i >= g->argc) {
			fprintf(g->err, "%s: option requires an argument -- '%c'\n", g->prog, c);
			g->cluster = NULL;
			return '?';
		}
		g->arg = g->argv[g->i++];
	}
	g->cluster = NULL;
	return (unsigned char)c;
}

int go_next(struct go_parser *g)
{
	g->arg = NULL;
	if (g->cluster)
		return short_option(g);
	while (g->i < g->argc) {
		char *w = g->argv[g->i];

		if (g->ended || w[0] != '-' || !w[1]) {
			g->ended = g->ended || g->in_order;
			g->ops[g->nops++] = w;
			g->i++;
			continue;
		}
		if (!strcmp(w, "--")) {
			g->ended = true;
			g->i++;
			continue;
		}
		if (w[1] == '-')
			return long_option(g, w + 2);
		g->cluster = w + 1;
		g->i++;
		return short_option(g);
	}
	return -1;
}

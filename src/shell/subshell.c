/*
 * subshell.c: `bash -c STRING [NAME [ARG...]]` and `bash FILE [ARG...]`: the
 * commands run as a child bash runs them, in the namespace the command was
 * given in (so `ip netns exec NS bash -c '...'` works inside NS); the child's
 * variables, options, positional parameters and `exit` stay its own.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "../core/alloc.h"
#include "../ctl/vfs.h"
#include "shell_int.h"

#define SH_MAX_CHILD_DEPTH 16

/* What a child shell may change and the parent must get back. */
struct sh_saved {
	struct netns *net;
	struct shell_opts opts;
	int lineno, status;
	bool exited;
	struct sh_var *vars;
	int nvars;
	char *argv0;
	char **params;
	int nparams;
};

static struct sh_var *vars_copy(const struct sh_var *v, int n)
{
	struct sh_var *c = n ? vl_calloc((size_t)n, sizeof(*c)) : NULL;

	for (int i = 0; i < n; i++) {
		c[i].name = vl_strdup(v[i].name);
		c[i].value = v[i].value ? vl_strdup(v[i].value) : NULL;
		c[i].exported = v[i].exported;
	}
	return c;
}

static void vars_drop(struct sh_var *v, int n)
{
	for (int i = 0; i < n; i++) {
		free(v[i].name);
		free(v[i].value);
	}
	free(v);
}

/* The child starts from the parent's variables (its environment, as bash sees it) but owns copies. */
static void child_enter(struct shell *sh, struct sh_saved *s, struct vl_cmd_ctx *c, const char *name,
			int argc, char **argv)
{
	*s = (struct sh_saved){ .net = sh->net, .opts = sh->opts, .lineno = sh->lineno,
				.status = sh->status, .exited = sh->exited, .vars = sh->vars,
				.nvars = sh->nvars, .argv0 = sh->argv0, .params = sh->params,
				.nparams = sh->nparams };
	sh->vars = vars_copy(s->vars, s->nvars);
	sh->argv0 = vl_strdup(name);
	sh->params = NULL;
	sh->nparams = 0;
	sh_set_params(sh, argc, argv);
	sh->net = c->net;
	/* Each of the child's commands writes to the file as it ends, as a child bash's do. */
	vl_cmd_flush_out(c);
	sh->opts.out = vl_cmd_out_target(c);
	sh->opts.out_tty = c->job ? c->job->line_buffered : false;
	sh->opts.err = c->err;
	sh->opts.script = sh->argv0;
	sh->opts.xtrace = false;
	sh->opts.errexit = false;
	sh->opts.interactive = false;
	sh->lineno = 0;
	sh->status = 0;
	sh->exited = false;
	sh->depth++;
}

static int child_leave(struct shell *sh, const struct sh_saved *s)
{
	int st = sh->status;

	vars_drop(sh->vars, sh->nvars);
	sh_set_params(sh, 0, NULL);
	free(sh->argv0);
	sh->vars = s->vars;
	sh->nvars = s->nvars;
	sh->argv0 = s->argv0;
	sh->params = s->params;
	sh->nparams = s->nparams;
	sh->net = s->net;
	sh->opts = s->opts;
	sh->lineno = s->lineno;
	sh->status = s->status;
	sh->exited = s->exited;
	sh->depth--;
	return st;
}

static int refuse(struct vl_cmd_ctx *c, const char *what)
{
	shell_errprefix(c->sh, c->err);
	fprintf(c->err, "bash: %s is not supported by vethlab's shell\n", what);
	return 2;
}

/* bash -c STRING [NAME [ARG...]]: $0 is NAME (else "bash"), errors read "NAME: line N: ". */
static int run_string(struct vl_cmd_ctx *c, int argc, char **argv)
{
	struct sh_saved s;

	if (argc < 1) {
		fputs("bash: -c: option requires an argument\n", c->err);
		return 2;
	}
	child_enter(c->sh, &s, c, argc > 1 ? argv[1] : "bash", argc > 2 ? argc - 2 : 0, argv + 2);
	shell_run_text(c->sh, argv[0]);
	return child_leave(c->sh, &s);
}

/* bash FILE [ARG...]: a script from the host, as a child. */
static int run_file(struct vl_cmd_ctx *c, int argc, char **argv)
{
	struct sh_saved s;
	struct vfs_path vp;
	FILE *f;

	vfs_resolve(c->net, argv[0], &vp);
	f = vp.where == VFS_HOST || vp.where == VFS_HOST_RO ? fopen(argv[0], "r") : NULL;
	if (!f) {
		if (vp.where != VFS_HOST && vp.where != VFS_HOST_RO)
			return refuse(c, "running an emulated or refused file");
		fprintf(c->err, "bash: %s: %s\n", argv[0], strerror(errno));
		return 127;
	}
	child_enter(c->sh, &s, c, argv[0], argc - 1, argv + 1);
	shell_run_stream(c->sh, f);
	fclose(f);
	return child_leave(c->sh, &s);
}

int builtin_bash(struct vl_cmd_ctx *c, int argc, char **argv)
{
	int i = 1;
	bool string = false;

	if (c->sh->depth >= SH_MAX_CHILD_DEPTH)
		return refuse(c, "nesting bash this deep");
	for (; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
		if (!strcmp(argv[i], "--")) {
			i++;
			break;
		}
		if (strcmp(argv[i], "-c"))
			return refuse(c, "an option other than -c");
		string = true;
	}
	if (string)
		return run_string(c, argc - i, argv + i);
	if (i >= argc)
		return refuse(c, "an interactive bash (bash without -c or a script)");
	return run_file(c, argc - i, argv + i);
}

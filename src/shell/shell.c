/* shell.c: runs parsed lines: and-or lists, background jobs, -x and -e. */
#include "shell.h"

#include <signal.h>
#include <stdlib.h>
#include <string.h>

#include "../core/world.h"
#include "../ctl/rtnl.h"
#include "shell_int.h"

struct shell *shell_new(struct world *w, const struct shell_opts *opts)
{
	struct shell *sh = calloc(1, sizeof(*sh));

	if (!sh)
		return NULL;
	sh->world = w;
	sh->net = rtnl_init_net(w);
	sh->opts = *opts;
	if (!sh->opts.interrupt_after_ns)
		sh->opts.interrupt_after_ns = 60ULL * VL_NSEC_PER_SEC;
	if (!sh->opts.out)
		sh->opts.out = stdout;
	if (!sh->opts.err)
		sh->opts.err = stderr;
	return sh;
}

void shell_free(struct shell *sh)
{
	if (!sh)
		return;
	shell_finish(sh);
	free(sh);
}

bool shell_exited(const struct shell *sh)
{
	return sh->exited;
}

int shell_status(const struct shell *sh)
{
	return sh->status;
}

struct world *shell_world(const struct shell *sh)
{
	return sh->world;
}

void shell_errprefix(struct shell *sh, FILE *err)
{
	if (sh->opts.script)
		fprintf(err, "%s: line %d: ", sh->opts.script, sh->lineno);
	else
		fputs("vethlab: ", err);
}

void vl_task_done(struct vl_task *t, int status)
{
	t->done = true;
	t->status = status;
}

static void xtrace(struct shell *sh, int argc, char **argv)
{
	FILE *err = sh->opts.err;

	fputs("+", err);
	for (int i = 0; i < argc; i++) {
		bool plain = argv[i][0] && !strpbrk(argv[i], " \t'\"\\$&|;<>*?()");

		fprintf(err, plain ? " %s" : " '%s'", argv[i]);
	}
	fputc('\n', err);
}

int shell_exec_argv(struct vl_cmd_ctx *c, int argc, char **argv)
{
	const struct vl_cmd *cmd;

	while (argc > 0 && !strcmp(argv[0], "sudo")) {
		argc--;
		argv++;
	}
	if (argc == 0)
		return 0;
	cmd = vl_cmd_lookup(argv[0]);
	if (!cmd) {
		shell_errprefix(c->sh, c->err);
		fprintf(c->err, "%s: command not found\n", argv[0]);
		return 127;
	}
	return cmd->fn(c, argc, argv);
}

/*
 * Lets the world run until the foreground task ends. One that would run for
 * ever (ping without -c) is interrupted, as a user would with Ctrl-C, once it
 * has run for interrupt_after of virtual time, or when nothing is left to happen.
 */
static int wait_task(struct shell *sh, struct vl_task *t)
{
	uint64_t limit = t->unbounded ? world_now(sh->world) + sh->opts.interrupt_after_ns : UINT64_MAX;
	struct vl_timer *next;

	while (!t->done && (next = vl_clock_peek(&sh->world->clock)) && next->expires < limit)
		world_step(sh->world);
	if (!t->done && vl_clock_peek(&sh->world->clock))
		world_run_until(sh->world, limit - 1);
	if (!t->done && t->ops->kill)
		t->ops->kill(t, SIGINT);
	if (!t->done)
		vl_task_done(t, 128 + SIGINT);
	return t->status;
}

static int finish_sync(struct shell *sh, struct job *j, const char *name, FILE *out, FILE *err)
{
	fclose(j->outbuf);
	fwrite(j->outmem, 1, j->outlen, out);
	fflush(out);
	free(j->outmem);
	return redir_close(sh, j->rs, name, err);
}

static int run_item(struct shell *sh, struct sh_item *it, bool background)
{
	struct vl_cmd_ctx c = { .world = sh->world, .sh = sh, .net = sh->net };
	struct job *j = calloc(1, sizeof(*j));
	FILE *out, *err;
	int argc = it->argc, st;
	char **argv = it->argv;

	if (!j)
		return 1;
	while (argc > 0 && !strcmp(argv[0], "sudo")) {
		argc--;
		argv++;
	}
	if (sh->opts.xtrace)
		xtrace(sh, argc, argv);
	j->rs = redir_open(sh, it, sh->opts.out, sh->opts.err, &out, &err);
	if (!j->rs) {
		free(j);
		return 1;
	}
	j->outbuf = open_memstream(&j->outmem, &j->outlen);
	j->out_target = out;
	c.out = j->outbuf;
	c.err = err;
	st = shell_exec_argv(&c, argc, argv);
	if (st != VL_CMD_ASYNC) {
		st |= finish_sync(sh, j, argc ? argv[0] : NULL, out, err);
		free(j);
		return background ? 0 : st;
	}
	j->task = c.task;
	j->text = strdup(it->text);
	job_add(sh, j);
	if (background)
		return 0;
	st = wait_task(sh, c.task);
	job_finish(sh, j);
	return st;
}

/* $? is the status when the command starts, not when the line was read. */
static void expand_item(struct shell *sh, struct sh_item *it)
{
	for (int i = 0; i < it->argc; i++) {
		char *e = sh_expand(it->argv[i], sh->status);

		if (e) {
			free(it->argv[i]);
			it->argv[i] = e;
		}
	}
	for (int i = 0; i < it->nredir; i++) {
		char *e = it->redir[i].target ? sh_expand(it->redir[i].target, sh->status) : NULL;

		if (e) {
			free(it->redir[i].target);
			it->redir[i].target = e;
		}
	}
}

static bool errexit_applies(const struct sh_item *it)
{
	return it->sep != SEP_AND && it->sep != SEP_OR;
}

int shell_run_line(struct shell *sh, const char *line)
{
	struct sh_line l;
	const char *tok = NULL;
	enum sh_sep prev = SEP_SEMI;

	sh->lineno++;
	if (sh->exited)
		return sh->status;
	if (sh_parse(line, &l, &tok)) {
		shell_errprefix(sh, sh->opts.err);
		if (tok)
			fprintf(sh->opts.err, "syntax error near unexpected token `%.*s'\n",
				(int)(strcmp(tok, "newline") ? strcspn(tok, " \t") : 7), tok);
		else
			fprintf(sh->opts.err, "syntax error: unterminated quoted string\n");
		sh->status = 2;
		return 2;
	}
	for (int i = 0; i < l.nitems && !sh->exited; i++) {
		struct sh_item *it = &l.items[i];
		bool run = !(prev == SEP_AND && sh->status != 0) && !(prev == SEP_OR && sh->status == 0);

		prev = it->sep;
		if (!run)
			continue;
		expand_item(sh, it);
		sh->status = run_item(sh, it, it->sep == SEP_AMP);
		if (sh->opts.errexit && sh->status != 0 && errexit_applies(it))
			sh->exited = true;
	}
	sh_line_free(&l);
	fflush(sh->opts.out);
	return sh->status;
}

int shell_run_stream(struct shell *sh, FILE *f)
{
	char *line = NULL, *acc = NULL;
	size_t cap = 0, acclen = 0;
	ssize_t n;

	while (!sh->exited && (n = getline(&line, &cap, f)) >= 0) {
		char *na = realloc(acc, acclen + (size_t)n + 1);

		if (!na)
			break;
		acc = na;
		memcpy(acc + acclen, line, (size_t)n + 1);
		acclen += (size_t)n;
		if (sh_line_incomplete(acc)) {
			/* A trailing backslash joins lines; quotes keep the newline. */
			if (acclen >= 2 && acc[acclen - 2] == '\\' && acc[acclen - 1] == '\n')
				acclen -= 2;
			sh->lineno++;
			continue;
		}
		shell_run_line(sh, acc);
		acclen = 0;
	}
	if (acclen && !sh->exited)
		shell_run_line(sh, acc);
	free(line);
	free(acc);
	return sh->status;
}

void shell_run_world(struct shell *sh, unsigned long long until)
{
	world_run_until(sh->world, until);
}

void shell_finish(struct shell *sh)
{
	while (sh->jobs) {
		struct job *j = sh->jobs;

		if (!j->task->done && j->task->ops->kill)
			j->task->ops->kill(j->task, SIGTERM);
		if (!j->task->done)
			vl_task_done(j->task, 128 + SIGTERM);
		job_finish(sh, j);
	}
}

/* shell.c: runs parsed lines: and-or lists, background jobs, -x and -e. */
#include "shell.h"

#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../core/alloc.h"
#include "../core/netns.h"
#include "../core/world.h"
#include "../ctl/rtnl.h"
#include "../ctl/trace_ctl.h"
#include "../tools/tools.h"
#include "shell_int.h"

/* A stream on a terminal; a memory or cookie stream has no descriptor and is none. */
static bool stream_is_tty(FILE *f)
{
	int fd = fileno(f);

	return fd >= 0 && isatty(fd);
}

struct shell *shell_new(struct world *w, const struct shell_opts *opts)
{
	struct shell *sh = vl_calloc(1, sizeof(*sh));

	sh->world = w;
	sh->net = rtnl_init_net(w);
	sh->opts = *opts;
	if (!sh->opts.interrupt_after_ns)
		sh->opts.interrupt_after_ns = 60ULL * VL_NSEC_PER_SEC;
	if (!sh->opts.out)
		sh->opts.out = stdout;
	if (!sh->opts.out_tty)
		sh->opts.out_tty = stream_is_tty(sh->opts.out);
	if (!sh->opts.err)
		sh->opts.err = stderr;
	/* The host's environment is the shell's, as for any shell: $HOME, $USER... */
	for (char *const *e = opts->env ? opts->env : environ; e && *e; e++) {
		const char *eq = strchr(*e, '=');
		char name[256];

		if (eq && eq > *e && (size_t)(eq - *e) < sizeof(name)) {
			snprintf(name, sizeof(name), "%.*s", (int)(eq - *e), *e);
			sh_var_set(sh, name, eq + 1, true);
		}
	}
	sh->argv0 = vl_strdup(opts->argv0 ? opts->argv0 : "vethlab");
	sh_set_params(sh, opts->nparams, opts->params);
	sh->opts.argv0 = NULL;
	sh->opts.params = NULL;
	sh->next_pid = (int)getpid() + 1;
	/* A live world's sessions all run on the wall clock, with a prompt or not. */
	if (sh->opts.live)
		shell_rt_start(sh);
	return sh;
}

void shell_free(struct shell *sh)
{
	if (!sh)
		return;
	shell_finish(sh);
	shell_rt_stop(sh);
	job_drop(sh->spare_job);
	sh_vars_free(sh);
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

/* bash's xtrace quoting: words with blanks or specials in single quotes. */
static void xtrace_word(FILE *err, const char *w)
{
	bool plain = w[0] && !strpbrk(w, " \t\n'\"\\$&|;<>*?()[]{}~`#");

	if (plain) {
		fprintf(err, " %s", w);
		return;
	}
	fputs(" '", err);
	for (; *w; w++) {
		if (*w == '\'')
			fputs("'\\''", err);
		else
			fputc(*w, err);
	}
	fputc('\'', err);
}

static void xtrace(struct shell *sh, int argc, char **argv)
{
	FILE *err = sh->opts.err;

	fputs("+", err);
	for (int i = 0; i < argc; i++)
		xtrace_word(err, argv[i]);
	fputc('\n', err);
}

/* sudo is the identity here (the world is already root's), but only bare; alone, its usage (sudo 1.9.13). */
static int strip_sudo(struct vl_cmd_ctx *c, int *argc, char ***argv)
{
	static const char usage[] =
		"usage: sudo -h | -K | -k | -V\n"
		"usage: sudo -v [-ABkNnS] [-g group] [-h host] [-p prompt] [-u user]\n"
		"usage: sudo -l [-ABkNnS] [-g group] [-h host] [-p prompt] [-U user] [-u user]\n"
		"            [command [arg ...]]\n"
		"usage: sudo [-ABbEHkNnPS] [-r role] [-t type] [-C num] [-D directory] [-g\n"
		"            group] [-h host] [-p prompt] [-R directory] [-T timeout] [-u user]\n"
		"            [VAR=value] [-i | -s] [command [arg ...]]\n"
		"usage: sudo -e [-ABkNnS] [-r role] [-t type] [-C num] [-D directory] [-g group]\n"
		"            [-h host] [-p prompt] [-R directory] [-T timeout] [-u user] file ...\n";
	bool stripped = false;

	while (*argc > 0 && !strcmp((*argv)[0], "sudo")) {
		if (*argc > 1 && (*argv)[1][0] == '-') {
			shell_errprefix(c->sh, c->err);
			fprintf(c->err, "sudo: option `%s' is not supported by vethlab (plain `sudo CMD' only)\n",
				(*argv)[1]);
			return 1;
		}
		(*argc)--;
		(*argv)++;
		stripped = true;
	}
	if (stripped && *argc == 0) {
		fputs(usage, c->err);
		return 1;
	}
	return 0;
}

/* Commands that are programs on a host; the rest of the table are bash builtins. */
static bool is_program(const char *name)
{
	static const char *const programs[] = { "arp", "arping", "bash", "brctl", "bridge", "cat", "echo", "ethtool", "false",
						"ifconfig", "ip", "kill", "ls", "netstat", "nsenter", "nstat", "ping", "ping4", "ping6", "pwd", "pwru",
						"route", "sleep", "sudo", "sysctl", "tcpdump", "timeout", "tracepath", "tracepath4", "traceroute",
						"traceroute6", "true" };

	for (size_t i = 0; i < sizeof(programs) / sizeof(programs[0]); i++)
		if (!strcmp(name, programs[i]))
			return true;
	return false;
}

/* A program by the path it has on a Debian host (/sbin/ip, /usr/bin/ping...): its name, else NULL. */
static const char *program_by_path(const char *word)
{
	static const char *const dirs[] = { "/usr/local/sbin/", "/usr/local/bin/", "/usr/sbin/",
					    "/usr/bin/", "/sbin/", "/bin/" };
	const char *base = strrchr(word, '/') + 1;

	for (size_t i = 0; i < sizeof(dirs) / sizeof(dirs[0]); i++)
		if ((size_t)(base - word) == strlen(dirs[i]) && !strncmp(word, dirs[i], strlen(dirs[i])))
			return is_program(base) ? base : NULL;
	return NULL;
}

/*
 * A command word: a builtin or tool by name, or an emulated program by its
 * host path, which must reach the emulated world too, never the host.
 */
const struct vl_cmd *shell_cmd_find(const char *word)
{
	const char *name = strchr(word, '/') ? program_by_path(word) : word;

	return name ? vl_cmd_lookup(name) : NULL;
}

static bool shell_host_program_op(const struct vl_cmd_ctx *c, const char *word)
{
	return shell_host_program(c->world, word);
}

/* A program exec could run: sudo too, which exec_argv takes apart (ip netns exec NS sudo CMD). */
static bool shell_program_exists(const char *word)
{
	const char *name = strchr(word, '/') ? program_by_path(word) : word;

	return shell_program_find(word) != NULL || (name && !strcmp(name, "sudo"));
}

bool shell_host_program(const struct world *w, const char *word)
{
	static const char *const dirs[] = { "/usr/local/sbin", "/usr/local/bin", "/usr/sbin",
					    "/usr/bin", "/sbin", "/bin" };
	char path[4096];

	if (w->no_host_files)
		return false;
	if (strchr(word, '/'))
		return access(word, X_OK) == 0;
	for (size_t i = 0; i < sizeof(dirs) / sizeof(dirs[0]); i++) {
		snprintf(path, sizeof(path), "%s/%s", dirs[i], word);
		if (access(path, X_OK) == 0)
			return true;
	}
	return false;
}

const struct vl_cmd *shell_program_find(const char *word)
{
	const char *name = strchr(word, '/') ? program_by_path(word) : word;

	return name && is_program(name) ? vl_cmd_lookup(name) : NULL;
}

int shell_exec_argv(struct vl_cmd_ctx *c, int argc, char **argv)
{
	const struct vl_cmd *cmd;

	/* A namespace whose last user has gone is gone before the next command looks. */
	netns_cleanup(c->world);
	if (strip_sudo(c, &argc, &argv))
		return 1;
	if (argc == 0)
		return 0;
	cmd = shell_cmd_find(argv[0]);
	if (!cmd) {
		shell_errprefix(c->sh, c->err);
		if (shell_host_program(c->world, argv[0]))
			fprintf(c->err, "%s: running a host program is not supported by vethlab's shell\n",
				argv[0]);
		else
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

	if (sh->opts.interactive || sh->opts.live)
		return shell_wait_realtime(sh, t);
	while (!t->done && (next = vl_clock_peek(&sh->world->clock)) && next->expires < limit &&
	       world_step(sh->world))
		;
	if (!t->done && vl_clock_peek(&sh->world->clock))
		world_run_until(sh->world, limit - 1);
	if (!t->done && t->ops->kill)
		t->ops->kill(t, SIGINT);
	if (!t->done)
		vl_task_done(t, 128 + SIGINT);
	return t->status;
}

/*
 * A job for a command, with its stdout buffer: the shell's spare one when it
 * has it, so that a script of many short commands does not open (and calloc
 * BUFSIZ for) a memory stream per command.
 */
static struct job *job_take(struct shell *sh)
{
	struct job *j = sh->spare_job;

	if (j) {
		sh->spare_job = NULL;
		return j;
	}
	j = vl_calloc(1, sizeof(*j));
	j->outbuf = vl_memstream(&j->outmem, &j->outlen);
	return j;
}

/* Keeps a finished foreground job, its output written, as the spare, unless that output was big. */
static void job_put_back(struct shell *sh, struct job *j)
{
	FILE *f = j->outbuf;

	fflush(f);
	if (sh->spare_job || j->outlen > 65536) {
		job_drop(j);
		return;
	}
	fseeko(f, 0, SEEK_SET);
	fflush(f);
	*j = (struct job){ .outbuf = f, .outmem = j->outmem };
	sh->spare_job = j;
}

static int finish_sync(struct shell *sh, struct job *j, const char *name, FILE *out, FILE *err)
{
	fflush(j->outbuf);
	fwrite(j->outmem, 1, j->outlen, out);
	fflush(out);
	return redir_close(sh, j->rs, name, err);
}

/* Leading NAME=value words: alone they set shell variables; before a command
 * they would only be its environment, which no emulated tool reads. */
static int take_assignments(struct shell *sh, struct sh_item *it)
{
	int n = 0;

	while (n < it->argc && sh_is_assignment(it->argv[n]))
		n++;
	if (n < it->argc)
		return n;
	for (int i = 0; i < n; i++) {
		char *eq = strchr(it->argv[i], '=');
		char *v = sh_expand_one(sh, eq + 1, NULL);

		*eq = 0;
		if (sh->opts.xtrace)
			fprintf(sh->opts.err, "+ %s=%s\n", it->argv[i], v);
		sh_var_set(sh, it->argv[i], v, false);
		*eq = '=';
		free(v);
	}
	return n;
}

static void done_task_free(struct vl_task *t)
{
	free(t);
}

static const struct vl_task_ops done_task_ops = {
	.free = done_task_free,
};

/* A command run in the background that finished at once is still a job: $!, wait and jobs know it. */
static struct vl_task *done_task(struct world *w, int status)
{
	struct vl_task *t = vl_calloc(1, sizeof(*t));

	t->ops = &done_task_ops;
	t->world = w;
	vl_task_done(t, status);
	return t;
}

/* The services the shell lends every command it runs (tools/cmd.h). */
const struct vl_cmd_host_ops shell_cmd_host_ops = {
	.exec_argv = shell_exec_argv,
	.program_exists = shell_program_exists,
	.host_program = shell_host_program_op,
	.host_files = shell_cmd_host_files,
	.flush_out = shell_cmd_flush_out,
	.out_target = shell_cmd_out_target,
	.task_flush_out = shell_task_flush_out,
	.task_flush_big = shell_task_flush_big,
};

/*
 * `why [OPTION...] COMMAND [ARG...]`: runs the command as a line of its
 * own (so that it is the last foreground command), then leaves `why` and
 * its options in f to explain it. True when it did so.
 */
static bool why_command(struct shell *sh, const struct sh_item *it, struct sh_fields *f, bool background)
{
	const char *rest = it->text + strspn(it->text, " \t");
	int k;

	if (background || f->n < 2 || strcmp(f->v[0], "why") || strncmp(rest, "why", 3))
		return false;
	/* why's own options (-j, --svg FILE) are not the command: skip them, as typed. */
	k = why_options_len(f->n, f->v);
	if (k == f->n || f->v[k][0] == '-')
		return false;
	rest += 3;
	for (int i = 1; i < k; i++) {
		size_t len = strlen(f->v[i]);

		rest += strspn(rest, " \t");
		if (strncmp(rest, f->v[i], len) || (rest[len] != ' ' && rest[len] != '\t'))
			return false;  /* quoted or expanded: not worth guessing */
		rest += len;
	}
	sh->why_status = shell_run_line(sh, rest + strspn(rest, " \t"));
	for (int i = k; i < f->n; i++)
		free(f->v[i]);
	f->v[k] = NULL;
	f->n = k;
	return true;
}

static int run_item(struct shell *sh, struct sh_item *it, bool background)
{
	struct vl_cmd_ctx c = { .world = sh->world, .sh = sh, .net = sh->net, .host = &shell_cmd_host_ops };
	struct sh_fields f = { 0 };
	struct job *j;
	FILE *out, *err;
	int st, skip = take_assignments(sh, it);
	bool why_after;

	sh_expand_words(sh, it->argv + skip, it->argc - skip, &f);
	if (skip == it->argc && it->nredir == 0)
		return 0;
	if (sh->opts.xtrace && f.n)
		xtrace(sh, f.n, f.v);
	why_after = why_command(sh, it, &f, background);
	if (!why_after && !background && f.n && strcmp(f.v[0], "why"))
		/* `why` explains the last foreground command: what it sends starts the log. */
		trace_ctl_reset(sh->world, it->text);
	j = job_take(sh);
	j->rs = redir_open(sh, it, sh->opts.out, sh->opts.err, &out, &err);
	if (!j->rs) {
		job_put_back(sh, j);
		sh_fields_free(&f);
		return 1;
	}
	j->out_target = out;
	j->line_buffered = out == sh->opts.out ? sh->opts.out_tty : stream_is_tty(out);
	/* As bash without job control: a background command reads /dev/null. */
	c.in = background ? NULL : sh->opts.in ? sh->opts.in : stdin;
	c.out = j->outbuf;
	c.err = err;
	c.job = j;
	st = shell_exec_argv(&c, f.n, f.v);
	if (st != VL_CMD_ASYNC && !background) {
		st |= finish_sync(sh, j, f.n ? f.v[0] : NULL, out, err);
		job_put_back(sh, j);
		sh_fields_free(&f);
		/* `why COMMAND` has the command's status. */
		return why_after && !st ? sh->why_status : st;
	}
	sh_fields_free(&f);
	if (st != VL_CMD_ASYNC) {
		c.task = done_task(sh->world, st);
		c.task->job = j;
		c.task->host = &shell_cmd_host_ops;
		j->task = c.task;
		vl_task_flush_out(c.task);
	}
	j->task = c.task;
	j->text = vl_strdup(it->text);
	job_add(sh, j);
	if (background) {
		sh->last_bg_pid = j->pid;
		return 0;
	}
	st = wait_task(sh, c.task);
	job_finish(sh, j);
	return st;
}

static bool errexit_applies(const struct sh_item *it)
{
	return it->sep != SEP_AND && it->sep != SEP_OR;
}

/* A refused line: bash's syntax error text (plus the line, as bash echoes it), or ours. */
static void report_parse_error(struct shell *sh, const char *line, const struct sh_perr *pe)
{
	FILE *err = sh->opts.err;

	shell_errprefix(sh, err);
	fprintf(err, "%s\n", pe->msg);
	if (!pe->unsupported && !strncmp(pe->msg, "syntax error near", 17)) {
		size_t len = strlen(line);

		while (len && line[len - 1] == '\n')
			len--;
		shell_errprefix(sh, err);
		fprintf(err, "`%.*s'\n", (int)len, line);
	}
}

int shell_run_line(struct shell *sh, const char *line)
{
	struct sh_line l;
	struct sh_perr pe;
	enum sh_sep prev = SEP_SEMI;

	sh->lineno++;
	if (sh->exited)
		return sh->status;
	if (sh_parse(line, &l, &pe)) {
		report_parse_error(sh, line, &pe);
		sh->status = 2;
		/* As in bash, a syntax error ends a shell that is not interactive. */
		if (!sh->opts.interactive)
			sh->exited = true;
		return 2;
	}
	for (const char *p = line; (p = strchr(p, '\n')) && p[1]; p++)
		sh->lineno++;
	for (int i = 0; i < l.nitems && !sh->exited; i++) {
		struct sh_item *it = &l.items[i];
		bool run = !(prev == SEP_AND && sh->status != 0) && !(prev == SEP_OR && sh->status == 0);

		prev = it->sep;
		if (!run)
			continue;
		sh->status = run_item(sh, it, it->sep == SEP_AMP);
		if (sh->opts.errexit && sh->status != 0 && errexit_applies(it))
			sh->exited = true;
	}
	sh_line_free(&l);
	fflush(sh->opts.out);
	kmem_heap_advise(&sh->world->heap_advised);
	return sh->status;
}

/* Joins physical lines into logical ones: a trailing backslash, open quotes, && or ||. */
struct line_acc {
	char *s;
	size_t len, cap;
	int extra;   /* physical lines joined so far, minus one */
};

static void acc_add(struct line_acc *a, const char *line, size_t n)
{
	if (a->len + n + 1 > a->cap) {
		a->cap = (a->len + n + 1) * 2;
		a->s = vl_realloc(a->s, a->cap);
	}
	memcpy(a->s + a->len, line, n);
	a->len += n;
	a->s[a->len] = 0;
}

/* Adds one physical line; runs the logical line once it is complete. */
static void acc_feed(struct shell *sh, struct line_acc *a, const char *line, size_t n)
{
	acc_add(a, line, n);
	if (sh_line_incomplete(a->s)) {
		/* A trailing backslash joins lines; quotes and && keep the newline. */
		if (a->len >= 2 && a->s[a->len - 2] == '\\' && a->s[a->len - 1] == '\n')
			a->len -= 2, a->s[a->len] = 0;
		a->extra++;
		return;
	}
	sh->lineno -= 0;
	shell_run_line(sh, a->s);
	sh->lineno += a->extra;
	a->len = 0;
	a->extra = 0;
}

static void acc_end(struct shell *sh, struct line_acc *a)
{
	if (a->len && !sh->exited)
		shell_run_line(sh, a->s);
	free(a->s);
}

/* Whether this shell has command WORD and runs it (a bash builtin it lacks, trap or printf, it refuses). */
static bool shell_runs_cmd(const char *word)
{
	const struct vl_cmd *cmd = shell_cmd_find(word);

	return cmd && cmd->fn != builtin_refused;
}

/*
 * ip [OPTIONS] netns exec NS CMD..., ip -all netns exec CMD... from word i
 * on: whether CMD is one this shell cannot run (a host program, bash with
 * arguments; a word with quotes or $ is left to the shell).
 */
static bool netns_exec_beyond_shell(const struct world *w, const struct sh_item *it, int i)
{
	bool all = false;
	const char *cmd;

	for (; i < it->argc && it->argv[i][0] == '-'; i++) {
		if (!strcmp(it->argv[i], "-all") || !strcmp(it->argv[i], "--all"))
			all = true;
		else if (!strcmp(it->argv[i], "-n") || !strcmp(it->argv[i], "-netns"))
			i++;
	}
	if (i + 2 >= it->argc || strcmp(it->argv[i], "netns") || strcmp(it->argv[i + 1], "exec"))
		return false;
	i += all ? 2 : 3;
	if (i >= it->argc || strpbrk(it->argv[i], "$'\"\\`"))
		return false;
	cmd = it->argv[i];
	if (!strcmp(cmd, "bash"))
		return i + 1 < it->argc;
	if (shell_cmd_find(cmd))
		return !shell_runs_cmd(cmd);
	return shell_host_program(w, cmd);
}

/*
 * A command word that bash would run and this shell cannot: plain (no quote,
 * no $), a bash builtin this shell refuses (trap cleanup EXIT, test, printf),
 * a host program, bash with arguments, or ip netns exec of one of those.
 */
static bool runs_beyond_shell(const struct world *w, const struct sh_item *it)
{
	int i = 0;

	while (i < it->argc && sh_is_assignment(it->argv[i]))
		i++;
	if (i == it->argc || strpbrk(it->argv[i], "$'\"\\`"))
		return false;
	if (!strcmp(it->argv[i], "sudo") && i + 1 < it->argc)
		i++;
	if (!strcmp(it->argv[i], "ip"))
		return netns_exec_beyond_shell(w, it, i + 1);
	/* bash -c STRING, bash FILE: what they run is bash's to read. */
	if (!strcmp(it->argv[i], "bash"))
		return i + 1 < it->argc;
	if (shell_cmd_find(it->argv[i]))
		return !shell_runs_cmd(it->argv[i]);
	return shell_host_program(w, it->argv[i]);
}

/* One logical line of a script: whether this shell refuses it where bash would run it. */
static bool line_wants_bash(const struct world *w, const char *text)
{
	struct sh_line l;
	struct sh_perr pe;
	bool want = false;
	char cmd[64];

	/*
	 * Most lines of a big script: a known command with plain words, no parse
	 * needed; an ip command among them only reaches beyond the shell through
	 * `ip netns exec`.
	 */
	if (sh_line_plain(text, cmd, sizeof(cmd)) && strcmp(cmd, "sudo") && strcmp(cmd, "bash") &&
	    (strcmp(cmd, "ip") ? shell_runs_cmd(cmd) : !strstr(text, "exec")))
		return false;
	if (sh_parse(text, &l, &pe))
		return pe.unsupported;
	for (int i = 0; i < l.nitems && !want; i++)
		want = runs_beyond_shell(w, &l.items[i]);
	sh_line_free(&l);
	return want;
}

bool shell_script_wants_bash(const struct world *w, FILE *f)
{
	char *line = NULL, *acc = NULL;
	size_t cap = 0, len = 0;
	ssize_t n;
	bool want = false;

	while (!want && (n = getline(&line, &cap, f)) >= 0) {
		acc = vl_realloc(acc, len + (size_t)n + 1);
		memcpy(acc + len, line, (size_t)n + 1);
		len += (size_t)n;
		if (sh_line_incomplete(acc)) {
			/* As acc_feed: a trailing backslash joins the lines. */
			if (len >= 2 && acc[len - 2] == '\\' && acc[len - 1] == '\n')
				acc[len -= 2] = 0;
			continue;
		}
		want = line_wants_bash(w, acc);
		len = 0;
	}
	if (!want && len)
		want = line_wants_bash(w, acc);
	free(line);
	free(acc);
	rewind(f);
	return want;
}

int shell_run_stream(struct shell *sh, FILE *f)
{
	struct line_acc a = { 0 };
	char *line = NULL;
	size_t cap = 0;
	ssize_t n;

	while (!sh->exited && (n = getline(&line, &cap, f)) >= 0)
		acc_feed(sh, &a, line, (size_t)n);
	acc_end(sh, &a);
	free(line);
	return sh->status;
}

int shell_run_text(struct shell *sh, const char *text)
{
	struct line_acc a = { 0 };

	while (*text && !sh->exited) {
		size_t n = strcspn(text, "\n");

		n += text[n] == '\n';
		acc_feed(sh, &a, text, n);
		text += n;
	}
	acc_end(sh, &a);
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

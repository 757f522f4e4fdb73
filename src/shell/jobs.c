/* jobs.c: background jobs, and the jobs, kill and wait builtins. */
#include <ctype.h>
#include <signal.h>
#include <stdio_ext.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../core/world.h"
#include "shell_int.h"

void job_add(struct shell *sh, struct job *j)
{
	struct job **pp = &sh->jobs;
	int id = 0;

	/* bash numbers a new job one above the highest still listed. */
	for (; *pp; pp = &(*pp)->next)
		if ((*pp)->id > id)
			id = (*pp)->id;
	j->id = id + 1;
	j->pid = sh->next_pid++;
	j->next = NULL;
	*pp = j;
	j->task->job = j;
	j->task->host = &shell_cmd_host_ops;
}

/* stdio's buffer for a pipe or a file: their st_blksize. */
#define STDIO_BLOCK 4096

static void job_flush_out(struct job *j)
{
	/*
	 * Nothing written since the last flush and nothing waiting in the target:
	 * every call below would do nothing (ping flushes after each reply, as
	 * iputils does, in a flood that prints nothing).
	 */
	if (!__fpending(j->outbuf) && !j->outlen && !__fpending(j->out_target))
		return;
	fflush(j->outbuf);
	/* outlen counts what came since the last rewind: with nothing, there is nothing to move or rewind. */
	if (j->outlen)
		fwrite(j->outmem, 1, j->outlen, j->out_target);
	fflush(j->out_target);
	if (j->outlen) {
		fseeko(j->outbuf, 0, SEEK_SET);
		fflush(j->outbuf);
	}
}

void shell_task_flush_out(struct vl_task *t)
{
	if (t->job)
		job_flush_out(t->job);
}

void shell_cmd_flush_out(struct vl_cmd_ctx *c)
{
	if (c->job)
		job_flush_out(c->job);
}

bool shell_cmd_host_files(const struct vl_cmd_ctx *c)
{
	return !c->world->no_host_files;
}

FILE *shell_cmd_out_target(struct vl_cmd_ctx *c)
{
	return c->job ? c->job->out_target : c->out;
}

/*
 * A line has been printed (tools call this after each one they print while
 * they run). To a terminal it goes out now, as a line-buffered stdout's
 * would. Into a pipe or a file glibc buffers stdout fully, in blocks of the
 * descriptor's st_blksize (4096 bytes for a pipe and for a file): each block
 * goes out whole once it fills, even in the middle of a line, and the rest
 * waits for the program's next fflush or its end.
 */
void shell_task_flush_big(struct vl_task *t)
{
	struct job *j = t->job;
	size_t whole;

	if (!j)
		return;
	if (j->line_buffered) {
		job_flush_out(j);
		return;
	}
	/* Nothing written since the last call and less than a block kept: nothing to do (tcpdump -w calls this per packet). */
	if (!__fpending(j->outbuf) && j->outlen < STDIO_BLOCK)
		return;
	fflush(j->outbuf);
	whole = j->outlen - j->outlen % STDIO_BLOCK;
	if (!whole)
		return;
	fwrite(j->outmem, 1, whole, j->out_target);
	fflush(j->out_target);
	memmove(j->outmem, j->outmem + whole, j->outlen - whole);
	fseeko(j->outbuf, (off_t)(j->outlen - whole), SEEK_SET);
	fflush(j->outbuf);
}

static void job_unlink(struct shell *sh, struct job *j)
{
	for (struct job **pp = &sh->jobs; *pp; pp = &(*pp)->next) {
		if (*pp == j) {
			*pp = j->next;
			return;
		}
	}
}

/* Flushes the job's stdout, closes its files and forgets it. */
void job_finish(struct shell *sh, struct job *j)
{
	job_unlink(sh, j);
	fclose(j->outbuf);
	fwrite(j->outmem, 1, j->outlen, j->out_target);
	fflush(j->out_target);
	free(j->outmem);
	redir_close(sh, j->rs, NULL, sh->opts.err);
	vl_task_free(j->task);
	free(j->text);
	free(j);
}

void job_drop(struct job *j)
{
	if (!j)
		return;
	fclose(j->outbuf);
	free(j->outmem);
	free(j);
}

/* %N, %%, %+, %- or a pid handed out by job_add. */
static struct job *job_by_spec(struct shell *sh, const char *spec)
{
	char *end;
	long id;

	if (spec[0] == '%') {
		if (!spec[1] || !strcmp(spec, "%%") || !strcmp(spec, "%+")) {
			struct job *last = NULL;

			for (struct job *j = sh->jobs; j; j = j->next)
				last = j;
			return last;
		}
		id = strtol(spec + 1, &end, 10);
		if (*end)
			return NULL;
		for (struct job *j = sh->jobs; j; j = j->next)
			if (j->id == id)
				return j;
		return NULL;
	}
	id = strtol(spec, &end, 10);
	for (struct job *j = sh->jobs; j && !*end; j = j->next)
		if (j->pid == id)
			return j;
	return NULL;
}

static bool is_pid(const char *s)
{
	return *s && strspn(s, "0123456789") == strlen(s);
}

static char job_mark(struct shell *sh, struct job *j)
{
	int max = 0, second = 0;

	for (struct job *k = sh->jobs; k; k = k->next) {
		if (k->id > max) {
			second = max;
			max = k->id;
		} else if (k->id > second) {
			second = k->id;
		}
	}
	return j->id == max ? '+' : j->id == second ? '-' : ' ';
}

int builtin_jobs(struct vl_cmd_ctx *c, int argc, char **argv)
{
	struct shell *sh = c->sh;
	struct job *j, *next;

	(void)argc;
	(void)argv;
	for (j = sh->jobs; j; j = j->next) {
		const char *state = j->task->done ? "Done" : "Running";

		fprintf(c->out, "[%d]%c  %-24s%s%s\n", j->id, job_mark(sh, j), state, j->text,
			j->task->done ? "" : " &");
	}
	for (j = sh->jobs; j; j = next) {
		next = j->next;
		if (j->task->done)
			job_finish(sh, j);
	}
	return 0;
}

/* Linux's signals by bash's names (kill -l), aliases after the names kill -l shows. */
static const struct {
	const char *name;
	int sig;
} signals[] = {
	{ "HUP", SIGHUP }, { "INT", SIGINT }, { "QUIT", SIGQUIT }, { "ILL", SIGILL }, { "TRAP", SIGTRAP },
	{ "ABRT", SIGABRT }, { "BUS", SIGBUS }, { "FPE", SIGFPE }, { "KILL", SIGKILL }, { "USR1", SIGUSR1 },
	{ "SEGV", SIGSEGV }, { "USR2", SIGUSR2 }, { "PIPE", SIGPIPE }, { "ALRM", SIGALRM }, { "TERM", SIGTERM },
	{ "STKFLT", SIGSTKFLT }, { "CHLD", SIGCHLD }, { "CONT", SIGCONT }, { "STOP", SIGSTOP }, { "TSTP", SIGTSTP },
	{ "TTIN", SIGTTIN }, { "TTOU", SIGTTOU }, { "URG", SIGURG }, { "XCPU", SIGXCPU }, { "XFSZ", SIGXFSZ },
	{ "VTALRM", SIGVTALRM }, { "PROF", SIGPROF }, { "WINCH", SIGWINCH }, { "IO", SIGIO }, { "PWR", SIGPWR },
	{ "SYS", SIGSYS }, { "IOT", SIGABRT }, { "POLL", SIGIO }, { "CLD", SIGCHLD },
};

/* SIGRTMIN (34), RTMIN+N, RTMAX-N and RTMAX (64), as kill -l names them; -1 for anything else. */
static int parse_rt(const char *s)
{
	char *end;
	long n = 0;

	if (strncasecmp(s, "RTMIN", 5) && strncasecmp(s, "RTMAX", 5))
		return -1;
	if (s[5]) {
		if (s[5] != (toupper((unsigned char)s[4]) == 'N' ? '+' : '-') || !isdigit((unsigned char)s[6]))
			return -1;
		n = strtol(s + 6, &end, 10);
		if (*end || n > 30)
			return -1;
	}
	n = toupper((unsigned char)s[4]) == 'N' ? 34 + n : 64 - n;
	return n >= 34 && n <= 64 ? (int)n : -1;
}

/* A signal name (with or without SIG) or number; -1 if bash would not know it. */
int sh_parse_signal(const char *s)
{
	if (is_pid(s)) {
		long n = strtol(s, NULL, 10);

		return n > 0 && n < 65 ? (int)n : -1;
	}
	if (!strncasecmp(s, "SIG", 3))
		s += 3;
	for (size_t i = 0; i < sizeof(signals) / sizeof(signals[0]); i++)
		if (!strcasecmp(signals[i].name, s))
			return signals[i].sig;
	return parse_rt(s);
}

const char *sh_signal_name(int sig, char buf[SH_SIGNAME_MAX])
{
	for (size_t i = 0; i < sizeof(signals) / sizeof(signals[0]); i++)
		if (signals[i].sig == sig)
			return signals[i].name;
	if (sig == 34 || sig == 64)
		return sig == 34 ? "RTMIN" : "RTMAX";
	if (sig > 34 && sig < 64)
		snprintf(buf, SH_SIGNAME_MAX, sig < 50 ? "RTMIN+%d" : "RTMAX-%d", sig < 50 ? sig - 34 : 64 - sig);
	else
		snprintf(buf, SH_SIGNAME_MAX, "%d", sig);
	return buf;
}

bool sh_signal_ignored(int sig)
{
	return sig == 0 || sig == SIGCHLD || sig == SIGCONT || sig == SIGURG || sig == SIGWINCH;
}

bool sh_signal_stops(int sig)
{
	return sig == SIGSTOP || sig == SIGTSTP || sig == SIGTTIN || sig == SIGTTOU;
}

/* Delivers sig to job j: the task decides what the signal does to it. */
static void job_signal(struct job *j, int sig)
{
	if (sh_signal_ignored(sig) || j->task->done)
		return;
	/* The task decides: ping goes on after SIGQUIT; one with no handler dies. */
	if (j->task->ops->kill)
		j->task->ops->kill(j->task, sig);
	else
		vl_task_done(j->task, 128 + sig);
}

int builtin_kill(struct vl_cmd_ctx *c, int argc, char **argv)
{
	int sig = SIGTERM, st = 0, i = 1;

	if (i < argc && (!strcmp(argv[i], "-l") || !strcmp(argv[i], "-L")))
		return sh_option_refused(c, "kill", argv[i]);
	if (i < argc && argv[i][0] == '-' && argv[i][1] && strcmp(argv[i], "--")) {
		bool s_opt = !strcmp(argv[i], "-s") || !strcmp(argv[i], "-n");
		const char *name = s_opt ? (i + 1 < argc ? argv[i + 1] : "") : argv[i] + 1;

		sig = sh_parse_signal(name);
		if (sig < 0) {
			shell_errprefix(c->sh, c->err);
			fprintf(c->err, "kill: %s: invalid signal specification\n", name);
			return 1;
		}
		/* A stopped job (and fg, bg) is not modelled. */
		if (sh_signal_stops(sig)) {
			shell_errprefix(c->sh, c->err);
			fprintf(c->err, "kill: %s: stopping a job is not supported by vethlab\n", name);
			return 1;
		}
		i += s_opt ? 2 : 1;
	} else if (i < argc && !strcmp(argv[i], "--")) {
		i++;
	}
	if (i >= argc) {
		shell_errprefix(c->sh, c->err);
		fputs("kill: usage: kill [-s sigspec | -n signum | -sigspec] pid | jobspec ... or kill -l [sigspec]\n",
		      c->err);
		return 2;
	}
	for (; i < argc; i++) {
		struct job *j = job_by_spec(c->sh, argv[i]);

		if (j) {
			job_signal(j, sig);
			continue;
		}
		shell_errprefix(c->sh, c->err);
		if (argv[i][0] == '%')
			fprintf(c->err, "kill: %s: no such job\n", argv[i]);
		else if (is_pid(argv[i]))
			/* Never a host process: only the shell's own jobs can be signalled. */
			fprintf(c->err, "kill: (%s) - No such process\n", argv[i]);
		else if (!argv[i][0])
			fprintf(c->err, "kill: `': not a pid or valid job spec\n");
		else
			fprintf(c->err, "kill: %s: arguments must be process or job IDs\n", argv[i]);
		st = 1;
	}
	return st;
}

struct wait_for {
	struct job *target;
};

static bool jobs_pending(struct shell *sh, void *arg)
{
	struct wait_for *w = arg;

	for (struct job *j = sh->jobs; j; j = j->next)
		if ((!w->target || j == w->target) && !j->task->done)
			return true;
	return false;
}

/* wait: lets virtual time run until the named (or every) job has ended. */
int builtin_wait(struct vl_cmd_ctx *c, int argc, char **argv)
{
	struct shell *sh = c->sh;
	struct wait_for w = { NULL };
	struct job *j, *next;
	int st = 0;

	if (argc > 1 && argv[1][0] == '-' && argv[1][1])
		return sh_option_refused(c, "wait", argv[1]);
	if (argc > 2)
		return sh_option_refused(c, "wait", "(more than one job)");
	if (argc > 1) {
		w.target = job_by_spec(sh, argv[1]);
		if (!w.target) {
			shell_errprefix(sh, c->err);
			if (is_pid(argv[1]))
				fprintf(c->err, "wait: pid %s is not a child of this shell\n", argv[1]);
			else if (argv[1][0] == '%')
				fprintf(c->err, "wait: %s: no such job\n", argv[1]);
			else
				fprintf(c->err, "wait: `%s': not a pid or valid job spec\n", argv[1]);
			return 127;
		}
	}
	if (sh->opts.interactive || sh->opts.live) {
		if (!shell_wait_jobs_realtime(sh, jobs_pending, &w))
			return 128 + SIGINT;
	} else {
		/* Like any foreground command that would never end, wait is interrupted
		 * (status 130, as by Ctrl-C) after interrupt_after of virtual time;
		 * the jobs themselves go on, as SIGINT does not reach them in bash. */
		uint64_t limit = world_now(c->world) + sh->opts.interrupt_after_ns;
		struct vl_timer *due;

		while (jobs_pending(sh, &w) && (due = vl_clock_peek(&c->world->clock)) &&
		       due->expires <= limit && world_step(c->world))
			;
		if (jobs_pending(sh, &w) && vl_clock_peek(&c->world->clock)) {
			world_run_until(c->world, limit);
			return 128 + SIGINT;
		}
	}
	for (j = sh->jobs; j; j = next) {
		next = j->next;
		if (w.target && j != w.target)
			continue;
		/* Nothing is left to happen: what still runs would wait for ever. */
		if (!j->task->done)
			job_signal(j, SIGTERM);
		if (w.target)
			st = j->task->status;
		if (j->task->done)
			job_finish(sh, j);
	}
	return st;
}

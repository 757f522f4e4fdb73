/* jobs.c: background jobs, and the jobs, kill and wait builtins. */
#include <signal.h>
#include <stdlib.h>
#include <string.h>

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
	j->next = NULL;
	*pp = j;
	j->task->job = j;
}

void vl_task_flush_out(struct vl_task *t)
{
	struct job *j = t->job;

	if (!j)
		return;
	fflush(j->outbuf);
	fwrite(j->outmem, 1, j->outlen, j->out_target);
	fflush(j->out_target);
	fseeko(j->outbuf, 0, SEEK_SET);
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
	if (j->task->ops->free)
		j->task->ops->free(j->task);
	free(j->text);
	free(j);
}

static struct job *job_by_spec(struct shell *sh, const char *spec)
{
	int id;

	if (spec[0] != '%')
		return NULL;
	id = spec[1] ? atoi(spec + 1) : 0;
	for (struct job *j = sh->jobs; j; j = j->next)
		if (j->id == id || (!spec[1] && !j->next))
			return j;
	return NULL;
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

static int parse_signal(const char *s)
{
	static const struct {
		const char *name;
		int sig;
	} sigs[] = { { "TERM", SIGTERM }, { "INT", SIGINT }, { "KILL", SIGKILL }, { "HUP", SIGHUP } };

	if (s[0] >= '0' && s[0] <= '9')
		return atoi(s);
	if (!strncmp(s, "SIG", 3))
		s += 3;
	for (size_t i = 0; i < sizeof(sigs) / sizeof(sigs[0]); i++)
		if (!strcmp(sigs[i].name, s))
			return sigs[i].sig;
	return -1;
}

int builtin_kill(struct vl_cmd_ctx *c, int argc, char **argv)
{
	int sig = SIGTERM, st = 0, i = 1;

	if (i < argc && argv[i][0] == '-' && argv[i][1]) {
		sig = parse_signal(argv[i] + 1 + (argv[i][1] == 's' && !argv[i][2]));
		i += (argv[i][1] == 's' && !argv[i][2]) ? 2 : 1;
	}
	if (i >= argc) {
		shell_errprefix(c->sh, c->err);
		fputs("kill: usage: kill [-s sigspec | -n signum | -sigspec] pid | jobspec ... or kill -l [sigspec]\n",
		      c->err);
		return 2;
	}
	for (; i < argc; i++) {
		struct job *j = job_by_spec(c->sh, argv[i]);

		if (!j) {
			shell_errprefix(c->sh, c->err);
			if (argv[i][0] == '%')
				fprintf(c->err, "kill: %s: no such job\n", argv[i]);
			else
				fprintf(c->err, "kill: (%s) - No such process\n", argv[i]);
			st = 1;
			continue;
		}
		if (!j->task->done && j->task->ops->kill)
			j->task->ops->kill(j->task, sig);
		if (!j->task->done)
			vl_task_done(j->task, 128 + sig);
	}
	return st;
}

/* wait: lets virtual time run until the named (or every) job has ended. */
int builtin_wait(struct vl_cmd_ctx *c, int argc, char **argv)
{
	struct shell *sh = c->sh;
	struct job *target = NULL, *j, *next;
	int st = 0;

	if (argc > 1) {
		target = job_by_spec(sh, argv[1]);
		if (!target) {
			shell_errprefix(sh, c->err);
			fprintf(c->err, "wait: %s: no such job\n", argv[1]);
			return 127;
		}
	}
	for (;;) {
		bool pending = false;

		for (j = sh->jobs; j; j = j->next)
			if ((!target || j == target) && !j->task->done)
				pending = true;
		if (!pending || !world_step(c->world))
			break;
	}
	for (j = sh->jobs; j; j = next) {
		next = j->next;
		if (target && j != target)
			continue;
		if (!j->task->done && j->task->ops->kill)
			j->task->ops->kill(j->task, SIGTERM);
		if (target)
			st = j->task->status;
		if (j->task->done)
			job_finish(sh, j);
	}
	return st;
}

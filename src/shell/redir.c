/* redir.c: >, >>, 2>&1 and friends; writes under /proc/sys become sysctl writes. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "../ctl/sysctl_ctl.h"
#include "shell_int.h"

#define PROC_SYS "/proc/sys/"

struct proc_sink {
	char *path;  /* relative to /proc/sys */
	FILE *f;
	char *mem;
	size_t len;
};

struct redir_state {
	FILE *fd[3];
	FILE *opened[8];
	int nopened;
	struct proc_sink proc[4];
	int nproc;
};

static bool is_proc_sys(const char *path)
{
	return !strncmp(path, PROC_SYS, strlen(PROC_SYS));
}

static FILE *open_proc(struct shell *sh, struct redir_state *rs, const char *path, FILE *err)
{
	const char *rel = path + strlen(PROC_SYS);
	struct proc_sink *ps;
	int v;
	int r = sysctl_ctl_read(sh->net, rel, &v);

	if (r == -EISDIR || (r < 0 && r != -ENOENT)) {
		shell_errprefix(sh, err);
		fprintf(err, "%s: Is a directory\n", path);
		return NULL;
	}
	if (r < 0 || rs->nproc == 4) {
		shell_errprefix(sh, err);
		fprintf(err, "%s: No such file or directory\n", path);
		return NULL;
	}
	ps = &rs->proc[rs->nproc];
	ps->path = strdup(rel);
	ps->f = open_memstream(&ps->mem, &ps->len);
	if (!ps->path || !ps->f) {
		free(ps->path);
		return NULL;
	}
	rs->nproc++;
	return ps->f;
}

static FILE *open_target(struct shell *sh, struct redir_state *rs, const struct sh_redir *r,
			 FILE *err)
{
	FILE *f;

	if (is_proc_sys(r->target))
		return open_proc(sh, rs, r->target, err);
	f = fopen(r->target, r->op == REDIR_APPEND ? "a" : r->op == REDIR_READ ? "r" : "w");
	if (!f) {
		shell_errprefix(sh, err);
		fprintf(err, "%s: %s\n", r->target, strerror(errno));
		return NULL;
	}
	if (rs->nopened < 8)
		rs->opened[rs->nopened++] = f;
	return f;
}

struct redir_state *redir_open(struct shell *sh, const struct sh_item *it, FILE *base_out,
			       FILE *base_err, FILE **out, FILE **err)
{
	struct redir_state *rs = calloc(1, sizeof(*rs));

	if (!rs)
		return NULL;
	rs->fd[0] = stdin;
	rs->fd[1] = base_out;
	rs->fd[2] = base_err;
	for (int i = 0; i < it->nredir; i++) {
		const struct sh_redir *r = &it->redir[i];

		if (r->fd > 2 || (r->op == REDIR_DUP && (r->dupfd < 0 || r->dupfd > 2)))
			continue;
		if (r->op == REDIR_DUP) {
			rs->fd[r->fd] = rs->fd[r->dupfd];
			continue;
		}
		FILE *f = open_target(sh, rs, r, rs->fd[2]);

		if (!f) {
			redir_close(sh, rs, NULL, base_err);
			return NULL;
		}
		if (r->op != REDIR_READ)
			rs->fd[r->fd] = f;
	}
	*out = rs->fd[1];
	*err = rs->fd[2];
	return rs;
}

/* The kernel parses what echo wrote when the file is written; errors surface in echo. */
static int apply_proc(struct shell *sh, struct proc_sink *ps, const char *cmdname, FILE *err)
{
	int v, r = -EINVAL;

	fclose(ps->f);
	if (ps->len == 0) {
		r = 0;
	} else if (sysctl_parse_int(ps->mem, &v) == 0) {
		r = sysctl_ctl_write(sh->net, ps->path, v);
	}
	if (r < 0 && cmdname) {
		shell_errprefix(sh, err);
		fprintf(err, "%s: write error: %s\n", cmdname, strerror(-r));
	}
	free(ps->mem);
	free(ps->path);
	return r < 0 ? 1 : 0;
}

int redir_close(struct shell *sh, struct redir_state *rs, const char *cmdname, FILE *err)
{
	int status = 0;

	if (!rs)
		return 0;
	for (int i = 0; i < rs->nproc; i++)
		status |= apply_proc(sh, &rs->proc[i], cmdname, err);
	for (int i = 0; i < rs->nopened; i++)
		fclose(rs->opened[i]);
	free(rs);
	return status;
}

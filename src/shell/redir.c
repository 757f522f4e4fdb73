/*
 * redir.c: > >> 2>&1 &> and friends. A target under an emulated tree
 * (/proc/sys/net, /sys/class/net, ...) collects what the command writes and
 * hands it to the emulated kernel when the command ends, as a write(2) on
 * the real file would; host networking paths that are not emulated are
 * refused; every other file is the host's.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "../core/alloc.h"
#include "../ctl/vfs.h"
#include "shell_int.h"

struct emu_sink {
	char *path;   /* canonical emulated path */
	FILE *f;
	char *mem;
	size_t len;
};

struct redir_state {
	FILE *fd[3];
	FILE **opened;
	int nopened;
	/* Each sink on its own: its stream keeps pointers to its mem and len. */
	struct emu_sink **sinks;
	int nsinks;
};

static FILE *open_emulated(struct shell *sh, struct redir_state *rs, const char *shown,
			   const char *path, FILE *err)
{
	int r = vfs_open_check(sh->net, path, true);
	struct emu_sink *s;

	if (r < 0) {
		shell_errprefix(sh, err);
		fprintf(err, "%s: %s\n", shown, vfs_strerror(r));
		return NULL;
	}
	rs->sinks = vl_realloc(rs->sinks, (size_t)(rs->nsinks + 1) * sizeof(*rs->sinks));
	s = vl_calloc(1, sizeof(*s));
	rs->sinks[rs->nsinks++] = s;
	s->path = vl_strdup(path);
	s->mem = NULL;
	s->len = 0;
	s->f = vl_memstream(&s->mem, &s->len);
	return s->f;
}

static FILE *open_target(struct shell *sh, struct redir_state *rs, const struct sh_redir *r,
			 FILE *err)
{
	struct vfs_path vp;
	bool ambiguous;
	char *target = sh_expand_one(sh, r->target, &ambiguous);
	FILE *f = NULL;

	if (!target) {
		shell_errprefix(sh, err);
		fprintf(err, "%s: ambiguous redirect\n", r->target);
		return NULL;
	}
	vfs_resolve(sh->net, target, &vp);
	if (vp.where == VFS_EMULATED) {
		f = open_emulated(sh, rs, target, vp.path, err);
	} else if (vp.where == VFS_REFUSED || vp.where == VFS_HOST_RO) {
		shell_errprefix(sh, err);
		fprintf(err, "%s: %s\n", target, VFS_REFUSED_TEXT);
	} else if (!(f = fopen(target, r->op == REDIR_APPEND ? "a" : "w"))) {
		shell_errprefix(sh, err);
		fprintf(err, "%s: %s\n", target, strerror(errno));
	} else {
		rs->opened = vl_realloc(rs->opened, (size_t)(rs->nopened + 1) * sizeof(*rs->opened));
		rs->opened[rs->nopened++] = f;
	}
	free(target);
	return f;
}

struct redir_state *redir_open(struct shell *sh, const struct sh_item *it, FILE *base_out,
			       FILE *base_err, FILE **out, FILE **err)
{
	struct redir_state *rs = vl_calloc(1, sizeof(*rs));

	rs->fd[0] = stdin;
	rs->fd[1] = base_out;
	rs->fd[2] = base_err;
	/* The parser refused every fd but 1 and 2 and every dup but to 0..2. */
	for (int i = 0; i < it->nredir; i++) {
		const struct sh_redir *r = &it->redir[i];
		FILE *f;

		if (r->op == REDIR_DUP) {
			rs->fd[r->fd] = rs->fd[r->dupfd];
			continue;
		}
		f = open_target(sh, rs, r, rs->fd[2]);
		if (!f) {
			redir_close(sh, rs, NULL, base_err);
			return NULL;
		}
		rs->fd[r->fd] = f;
	}
	/*
	 * stderr is unbuffered in every C program: what a command prints there
	 * reaches a host file at once, not when the shell later reaps it (a
	 * killed background tcpdump's statistics are in its file right away).
	 */
	for (int i = 0; i < rs->nopened; i++)
		if (rs->opened[i] == rs->fd[2])
			setvbuf(rs->opened[i], NULL, _IONBF, 0);
	*out = rs->fd[1];
	*err = rs->fd[2];
	return rs;
}

/* The kernel parses what echo wrote when the file is written; errors surface in echo. */
static int apply_sink(struct shell *sh, struct emu_sink *s, const char *cmdname, FILE *err)
{
	int r;

	fclose(s->f);
	r = s->len ? vfs_write(sh->net, s->path, s->mem, s->len) : 0;
	if (r < 0 && cmdname) {
		shell_errprefix(sh, err);
		fprintf(err, "%s: write error: %s\n", cmdname, vfs_strerror(r));
	}
	free(s->mem);
	free(s->path);
	free(s);
	return r < 0 ? 1 : 0;
}

int redir_close(struct shell *sh, struct redir_state *rs, const char *cmdname, FILE *err)
{
	int status = 0;

	if (!rs)
		return 0;
	for (int i = 0; i < rs->nsinks; i++)
		status |= apply_sink(sh, rs->sinks[i], cmdname, err);
	for (int i = 0; i < rs->nopened; i++)
		fclose(rs->opened[i]);
	free(rs->sinks);
	free(rs->opened);
	free(rs);
	return status;
}

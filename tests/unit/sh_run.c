/* sh_run.c: a booted world and a shell whose output the unit tests read back. */
#include "sh_run.h"

#include <stdlib.h>

#include "boot.h"
#include "shell/shell.h"

void run_open(struct run *r)
{
	run_open_errexit(r, false);
}

void run_open_errexit(struct run *r, bool errexit)
{
	struct shell_opts o = { .errexit = errexit };

	r->fo = open_memstream(&r->out, &r->outlen);
	r->fe = open_memstream(&r->err, &r->errlen);
	o.out = r->fo;
	o.err = r->fe;
	r->w = world_new(1);
	r->sh = shell_new(r->w, &o);
}

int run(struct run *r, const char *line)
{
	int st;

	fflush(r->fo);
	fflush(r->fe);
	rewind(r->fo);
	rewind(r->fe);
	st = shell_run_line(r->sh, line);
	fputc(0, r->fo);
	fputc(0, r->fe);
	fflush(r->fo);
	fflush(r->fe);
	return st;
}

void run_sync(struct run *r)
{
	fflush(r->fo);
	fflush(r->fe);
}

void run_close(struct run *r)
{
	shell_free(r->sh);
	world_free(r->w);
	fclose(r->fo);
	fclose(r->fe);
	free(r->out);
	free(r->err);
}

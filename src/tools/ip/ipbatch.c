/*
 * ipbatch.c: `ip [-force] -batch FILE`, as iproute2 6.1's batch(): each line
 * of FILE ("-": standard input) is an ip command without the "ip" ('#' to the
 * end of the line is a comment, a backslash at the end joins the next line,
 * words may be quoted with ' or "), run with the options given before -batch. The first command
 * that fails prints "Command failed FILE:LINE" and ends the batch (status 1),
 * unless -force, which goes on and still ends with status 1.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "../../ctl/sys.h"
#include "../../ctl/vfs.h"
#include "ip_common.h"
#include "rt_names.h"

#define BATCH_MAX_ARGS 100   /* iproute2's largv[100] */

struct batch {
	FILE *in;
	char *line;
	size_t cap;
	int lineno;
};

/* Cuts a line at its comment. */
static void strip_comment(char *s)
{
	char *hash = strchr(s, '#');

	if (hash)
		*hash = 0;
}

/* getcmdline(): the next command, its continuation lines joined; false at the end. */
static bool batch_next(struct batch *b, FILE *err)
{
	char *cont;

	if (getline(&b->line, &b->cap, b->in) < 0)
		return false;
	b->lineno++;
	strip_comment(b->line);
	while ((cont = strstr(b->line, "\\\n"))) {
		char *more = NULL;
		size_t mcap = 0, len;

		if (getline(&more, &mcap, b->in) < 0) {
			free(more);
			fputs("Missing continuation line\n", err);
			return false;
		}
		b->lineno++;
		*cont = 0;
		strip_comment(more);
		len = strlen(b->line) + strlen(more) + 1;
		if (len > b->cap) {
			b->line = vl_realloc(b->line, len);
			b->cap = len;
		}
		strcat(b->line, more);
		free(more);
	}
	return true;
}

/* makeargs(): words split at blanks, a word that starts with a quote ends at the same quote. -1 on an error. */
static int batch_words(char *s, char **argv, FILE *err)
{
	static const char blanks[] = " \t\r\n";
	int argc = 0;

	while (*s) {
		s += strspn(s, blanks);
		if (!*s)
			break;
		if (argc >= BATCH_MAX_ARGS - 1) {
			fputs("Too many arguments to command\n", err);
			return -1;
		}
		if (*s == '\'' || *s == '"') {
			char q = *s++;

			argv[argc++] = s;
			s = strchr(s, q);
			if (!s) {
				fputs("Unterminated quoted string\n", err);
				return -1;
			}
		} else {
			argv[argc++] = s;
			s += strcspn(s, blanks);
			if (!*s)
				break;
		}
		*s++ = 0;
	}
	argv[argc] = NULL;
	return argc;
}

/* The batch file: a host file the command may read. */
static FILE *batch_open(struct ip_ctx *ip, const char *file)
{
	struct vfs_path vp;
	FILE *f = NULL;

	vfs_resolve(ip->net, file, &vp);
	if (vl_cmd_host_files(ip->c) && (vp.where == VFS_HOST || vp.where == VFS_HOST_RO))
		f = fopen(file, "re");
	else
		errno = EACCES;
	if (!f)
		fprintf(ip->c->err, "Cannot open file \"%s\" for reading: %s\n", file, strerror(errno));
	return f;
}

int ip_batch(struct ip_ctx *ip, const char *file)
{
	struct batch b = { 0 };
	char *argv[BATCH_MAX_ARGS];
	bool from_stdin = !strcmp(file, "-");
	int st = 0;

	if (from_stdin) {
		/* No stdin (a background job's): as /dev/null, an empty batch. */
		if (!ip->c->in)
			return 0;
		b.in = ip->c->in;
	} else {
		b.in = batch_open(ip, file);
		if (!b.in)
			return 1;
	}
	while (batch_next(&b, ip->c->err)) {
		struct ip_ctx one = *ip;
		int argc = batch_words(b.line, argv, ip->c->err);

		if (argc < 0) {
			st = 1;
			break;
		}
		if (argc == 0)
			continue;
		one.batch_file = NULL;
		if (ip_do_cmd(&one, argc, argv)) {
			fprintf(ip->c->err, "Command failed %s:%d\n", file, b.lineno);
			st = 1;
			if (!ip->force)
				break;
		}
	}
	free(b.line);
	if (!from_stdin)
		fclose(b.in);
	return st;
}

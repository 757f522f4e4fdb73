/* parse.h: one shell line to and-or lists of simple commands with redirections. */
#ifndef VL_PARSE_H
#define VL_PARSE_H

enum sh_redir_op { REDIR_WRITE, REDIR_APPEND, REDIR_READ, REDIR_DUP };

struct sh_redir {
	int fd;
	enum sh_redir_op op;
	char *target;  /* file name; NULL for REDIR_DUP */
	int dupfd;     /* REDIR_DUP: fd becomes a copy of dupfd */
};

/* How an item is joined to the next one. */
enum sh_sep { SEP_END, SEP_SEMI, SEP_AND, SEP_OR, SEP_AMP };

struct sh_item {
	int argc;
	char **argv;
	int nredir;
	struct sh_redir *redir;
	char *text;        /* the command as typed, for jobs and -x */
	enum sh_sep sep;
};

struct sh_line {
	int nitems;
	struct sh_item *items;
};

/* Stands for $? in parsed words until sh_expand replaces it at run time. */
#define SH_STATUS_MARK '\x01'

/*
 * Parses line. Returns 0, or -1 with *errtok set to
 * the token bash would name in "syntax error near unexpected token".
 * An empty line gives nitems == 0.
 */
int sh_parse(const char *line, struct sh_line *out, const char **errtok);
/* A fresh copy of word with $? replaced by status. */
char *sh_expand(const char *word, int status);
void sh_line_free(struct sh_line *l);
/* True when the line ends inside quotes or with a backslash: read another. */
int sh_line_incomplete(const char *line);

#endif

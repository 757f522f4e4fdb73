/* parse.h: one shell line to and-or lists of simple commands with redirections. */
#ifndef VL_PARSE_H
#define VL_PARSE_H

#include <stdbool.h>
#include <stddef.h>

enum sh_redir_op { REDIR_WRITE, REDIR_APPEND, REDIR_DUP };

struct sh_redir {
	int fd;
	enum sh_redir_op op;
	char *target;  /* raw word (expanded when the command runs); NULL for REDIR_DUP */
	int dupfd;     /* REDIR_DUP: fd becomes a copy of dupfd */
};

/* How an item is joined to the next one. */
enum sh_sep { SEP_END, SEP_SEMI, SEP_AND, SEP_OR, SEP_AMP };

struct sh_item {
	int argc;
	char **argv;       /* raw words: quotes and $ kept, expanded when the item runs */
	int nredir;
	struct sh_redir *redir;
	char *text;        /* the command as typed, for jobs */
	enum sh_sep sep;
};

struct sh_line {
	int nitems;
	struct sh_item *items;
};

/* Why a line was refused: bash's syntax error, or a construct vethlab does not model. */
struct sh_perr {
	char msg[192];
	bool unsupported;  /* a real shell would have run it: say so, never guess */
};

/*
 * Parses line (which may hold newlines: each ends a command, as ';' does).
 * Returns 0, or -1 with err filled in; then nothing of the line may run.
 * Every construct outside the subset (pipes, $(...), backquotes, globs,
 * compound commands, functions, here-documents, ...) is refused here, so a
 * line either runs as bash would run it or not at all.
 */
int sh_parse(const char *line, struct sh_line *out, struct sh_perr *err);
void sh_line_free(struct sh_line *l);
/* True when the line ends inside quotes, with a backslash, or after && or ||: read another. */
bool sh_line_incomplete(const char *line);
/*
 * Whether line is one simple command of plain words (letters, digits and
 * -./:_,@%+, with = past the first word), so that parsing it can neither be
 * refused nor find more than the one command: its first word is then in cmd.
 * False also when that word is longer than cmdsz allows; the caller parses.
 */
bool sh_line_plain(const char *line, char *cmd, size_t cmdsz);
/* True when word (raw) is NAME=... with a valid shell name. */
bool sh_is_assignment(const char *word);

#endif

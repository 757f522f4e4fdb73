/*
 * parse.c: the lexer and parser of vethlab's sh subset: simple commands,
 * lists (; && || & newline), redirections (> >> 2>&1 &> &>>), quotes and
 * escapes. Words stay raw (expand.c expands them when the command runs).
 * Every other construct bash would act on is refused here, by name.
 */
#include "parse.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/alloc.h"

struct parser {
	const char *p;
	struct sh_line *line;
	struct sh_item cur;
	const char *text_start;
	struct sh_perr *err;
};

static int syntax_error(struct parser *ps, const char *tok, int toklen)
{
	snprintf(ps->err->msg, sizeof(ps->err->msg), "syntax error near unexpected token `%.*s'",
		 toklen, tok);
	ps->err->unsupported = false;
	return -1;
}

static int unsupported(struct parser *ps, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(ps->err->msg, sizeof(ps->err->msg), fmt, ap);
	va_end(ap);
	if (n >= 0 && (size_t)n < sizeof(ps->err->msg))
		snprintf(ps->err->msg + n, sizeof(ps->err->msg) - (size_t)n,
			 " is not supported by vethlab's shell; nothing on this line was run");
	ps->err->unsupported = true;
	return -1;
}

static bool is_op_char(char c)
{
	return c == ';' || c == '&' || c == '|' || c == '<' || c == '>' || c == '(' || c == ')';
}

static bool is_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\r';
}

static bool is_name_start(char c)
{
	return isalpha((unsigned char)c) || c == '_';
}

static bool is_name_char(char c)
{
	return isalnum((unsigned char)c) || c == '_';
}

bool sh_is_assignment(const char *w)
{
	if (!is_name_start(*w))
		return false;
	while (is_name_char(*w))
		w++;
	return *w == '=';
}

/* ${...}: only ${NAME}, ${N} and the special parameters are modelled. */
static int check_braced(struct parser *ps, const char *p, const char **end)
{
	const char *e = strchr(p + 2, '}');
	const char *q = p + 2;

	if (!e)
		return unsupported(ps, "parameter expansion `%.20s'", p);
	if (is_name_start(*q)) {
		while (is_name_char(*q))
			q++;
	} else if (isdigit((unsigned char)*q)) {
		while (isdigit((unsigned char)*q))
			q++;
	} else if (*q && strchr("?$#!@*", *q)) {
		q++;
	}
	if (q != e || e == p + 2)
		return unsupported(ps, "parameter expansion `%.*s'", (int)(e - p + 1), p);
	*end = e + 1;
	return 0;
}

/* A '$' at p: the parameters expand.c knows, or a refusal naming the construct. */
static int check_dollar(struct parser *ps, const char *p, bool in_dquote, const char **end)
{
	char c = p[1];

	if (c == '(')
		return p[2] == '(' ? unsupported(ps, "arithmetic expansion `$((...))'")
				   : unsupported(ps, "command substitution `$(...)'");
	if (c == '{')
		return check_braced(ps, p, end);
	if (c == '\'' && !in_dquote)
		return unsupported(ps, "ANSI-C quoting `$'...''");
	if (c == '"' && !in_dquote)
		return unsupported(ps, "locale quoting `$\"...\"'");
	if (c == '-')
		return unsupported(ps, "the special parameter `$-'");
	if (is_name_start(c)) {
		for (p++; is_name_char(*p); p++)
			;
		*end = p;
		return 0;
	}
	*end = p + ((c && (isdigit((unsigned char)c) || strchr("?$#!@*", c))) ? 2 : 1);
	return 0;
}

static int scan_dquote(struct parser *ps, const char *p, const char **end)
{
	for (p++; *p != '"'; ) {
		if (!*p) {
			snprintf(ps->err->msg, sizeof(ps->err->msg),
				 "unexpected EOF while looking for matching `\"'");
			ps->err->unsupported = false;
			return -1;
		}
		if (*p == '\\' && p[1]) {
			p += 2;
		} else if (*p == '`') {
			return unsupported(ps, "command substitution `...`");
		} else if (*p == '$') {
			if (check_dollar(ps, p, true, &p))
				return -1;
		} else {
			p++;
		}
	}
	*end = p + 1;
	return 0;
}

/* Unquoted characters bash would expand as a pattern or a brace list. */
static int check_plain(struct parser *ps, const char *start, const char *p)
{
	switch (*p) {
	case '*':
	case '?':
		return unsupported(ps, "pathname expansion (the glob `%c'; quote it)", *p);
	case '[':
		if (strchr(p, ']'))
			return unsupported(ps, "pathname expansion (the glob `['; quote it)");
		return 0;
	case '{':
	case '}':
		return unsupported(ps, "brace expansion and command groups (`%c')", *p);
	case '~':
		if (p == start && p[1] && p[1] != '/' && !is_blank(p[1]) && !is_op_char(p[1]))
			return unsupported(ps, "tilde expansion of a user name (`~%c...')", p[1]);
		return 0;
	case '`':
		return unsupported(ps, "command substitution `...`");
	default:
		return 0;
	}
}

/* Finds the end of the raw word at ps->p and copies it, quotes and all. */
static char *read_word(struct parser *ps)
{
	const char *start = ps->p, *p = ps->p;

	while (*p && !is_blank(*p) && *p != '\n' && !is_op_char(*p)) {
		if (*p == '\'') {
			const char *e = strchr(p + 1, '\'');

			if (!e) {
				snprintf(ps->err->msg, sizeof(ps->err->msg),
					 "unexpected EOF while looking for matching `''");
				ps->err->unsupported = false;
				return NULL;
			}
			p = e + 1;
		} else if (*p == '"') {
			if (scan_dquote(ps, p, &p))
				return NULL;
		} else if (*p == '\\') {
			p += p[1] ? 2 : 1;
		} else if (*p == '$') {
			if (check_dollar(ps, p, false, &p))
				return NULL;
		} else {
			if (check_plain(ps, start, p))
				return NULL;
			p++;
		}
	}
	ps->p = p;
	return vl_strndup(start, (size_t)(p - start));
}

static const char *const reserved_words[] = {
	"if", "then", "else", "elif", "fi", "for", "while", "until", "do", "done", "case",
	"esac", "select", "function", "time", "coproc", "!", "[[", "]]", NULL,
};

static int check_reserved(struct parser *ps, const char *w)
{
	for (int i = 0; reserved_words[i]; i++)
		if (!strcmp(w, reserved_words[i]))
			return unsupported(ps, "the compound command or keyword `%s'", w);
	return 0;
}

static void item_add_arg(struct sh_item *it, char *w)
{
	/* argv holds argc words and a NULL. */
	it->argv = vl_grow(it->argv, (size_t)it->argc + 1, (size_t)it->argc + 2, sizeof(*it->argv));
	it->argv[it->argc++] = w;
	it->argv[it->argc] = NULL;
}

static void item_add_redir(struct sh_item *it, const struct sh_redir *r)
{
	it->redir = vl_realloc(it->redir, (size_t)(it->nredir + 1) * sizeof(*it->redir));
	it->redir[it->nredir++] = *r;
}

static void item_free(struct sh_item *it)
{
	for (int i = 0; i < it->argc; i++)
		free(it->argv[i]);
	for (int i = 0; i < it->nredir; i++)
		free(it->redir[i].target);
	free(it->argv);
	free(it->redir);
	free(it->text);
	memset(it, 0, sizeof(*it));
}

static void skip_blank(struct parser *ps)
{
	while (is_blank(*ps->p) || (*ps->p == '\\' && ps->p[1] == '\n'))
		ps->p += *ps->p == '\\' ? 2 : 1;
}

static bool item_empty(const struct sh_item *it)
{
	return it->argc == 0 && it->nredir == 0;
}

/* Finishes the current item with separator sep; tok names the operator for errors. */
static int end_item(struct parser *ps, enum sh_sep sep, const char *tok, int toklen, const char *e)
{
	struct sh_line *l = ps->line;

	if (ps->cur.argc == 0) {
		if (ps->cur.nredir == 0 && sep == SEP_END)
			return 0;
		/* bash runs a lone redirection (it creates the file); we name it instead. */
		if (ps->cur.nredir)
			return unsupported(ps, "a redirection without a command");
		return syntax_error(ps, tok, toklen);
	}
	while (e > ps->text_start && isspace((unsigned char)e[-1]))
		e--;
	ps->cur.text = vl_strndup(ps->text_start, (size_t)(e - ps->text_start));
	ps->cur.sep = sep;
	l->items = vl_grow(l->items, (size_t)l->nitems, (size_t)l->nitems + 1, sizeof(*l->items));
	l->items[l->nitems++] = ps->cur;
	memset(&ps->cur, 0, sizeof(ps->cur));
	return 0;
}

/* A redirection operator at ps->p; fd is the digit written before it, or -1. */
static int read_redir(struct parser *ps, int fd)
{
	struct sh_redir r = { .fd = fd < 0 ? 1 : fd, .op = REDIR_WRITE, .dupfd = -1 };
	const char *p = ps->p;
	char *w;

	if (*p == '<') {
		if (p[1] == '<')
			return unsupported(ps, "here-documents and here-strings (`<<')");
		return unsupported(ps, "input redirection (`%.2s')", p);
	}
	if (fd > 2)
		return unsupported(ps, "redirection of file descriptor %d", fd);
	p++;
	if (*p == '>') {
		r.op = REDIR_APPEND;
		p++;
	} else if (*p == '|') {
		return unsupported(ps, "the redirection `>|'");
	} else if (*p == '&') {
		if (p[1] >= '0' && p[1] <= '2' && !isdigit((unsigned char)p[2])) {
			r.op = REDIR_DUP;
			r.dupfd = p[1] - '0';
			ps->p = p + 2;
			item_add_redir(&ps->cur, &r);
			return 0;
		}
		return unsupported(ps, "the redirection `>&%.8s'", p + 1);
	}
	ps->p = p;
	skip_blank(ps);
	if (!*ps->p || *ps->p == '\n' || is_op_char(*ps->p))
		return *ps->p && *ps->p != '\n' ? syntax_error(ps, ps->p, 1)
						 : syntax_error(ps, "newline", 7);
	w = read_word(ps);
	if (!w)
		return -1;
	r.target = w;
	item_add_redir(&ps->cur, &r);
	return 0;
}

/* &> f and &>> f: stdout and stderr to one file. */
static int read_both_redir(struct parser *ps)
{
	struct sh_redir dup = { .fd = 2, .op = REDIR_DUP, .dupfd = 1 };

	ps->p++;
	if (read_redir(ps, 1))
		return -1;
	item_add_redir(&ps->cur, &dup);
	return 0;
}

static int read_operator(struct parser *ps)
{
	const char *p = ps->p;

	if (p[0] == '&' && p[1] == '&') {
		ps->p += 2;
		return end_item(ps, SEP_AND, "&&", 2, p);
	}
	if (p[0] == '|' && p[1] == '|') {
		ps->p += 2;
		return end_item(ps, SEP_OR, "||", 2, p);
	}
	if (p[0] == '&' && p[1] == '>')
		return read_both_redir(ps);
	if (*p == '&') {
		ps->p++;
		return end_item(ps, SEP_AMP, "&", 1, p);
	}
	if (p[0] == ';' && (p[1] == ';' || p[1] == '&'))
		return unsupported(ps, "the case terminator `%.2s'", p);
	if (*p == ';') {
		ps->p++;
		return end_item(ps, SEP_SEMI, ";", 1, p);
	}
	if (*p == '|')
		return unsupported(ps, "pipelines (`|')");
	if (*p == '(' || *p == ')')
		return unsupported(ps, "subshells, functions and arrays (`%c')", *p);
	return read_redir(ps, -1);
}

/* After && or || a command must follow, possibly on a later line. */
static bool awaiting_command(const struct parser *ps)
{
	const struct sh_line *l = ps->line;

	return item_empty(&ps->cur) && l->nitems &&
	       (l->items[l->nitems - 1].sep == SEP_AND || l->items[l->nitems - 1].sep == SEP_OR);
}

static int parse_word(struct parser *ps)
{
	char *w;

	if (isdigit((unsigned char)ps->p[0])) {
		const char *q = ps->p;

		while (isdigit((unsigned char)*q))
			q++;
		if (*q == '>' || *q == '<') {
			long fd = strtol(ps->p, NULL, 10);

			ps->p = q;
			return read_redir(ps, fd > 99 ? 99 : (int)fd);
		}
	}
	w = read_word(ps);
	if (!w)
		return -1;
	if (ps->cur.argc == 0 && check_reserved(ps, w)) {
		free(w);
		return -1;
	}
	item_add_arg(&ps->cur, w);
	return 0;
}

static int parse_loop(struct parser *ps)
{
	for (;;) {
		skip_blank(ps);
		if (item_empty(&ps->cur))
			ps->text_start = ps->p;
		if (*ps->p == '#')
			ps->p += strcspn(ps->p, "\n");
		if (!*ps->p) {
			if (awaiting_command(ps)) {
				snprintf(ps->err->msg, sizeof(ps->err->msg),
					 "syntax error: unexpected end of file");
				ps->err->unsupported = false;
				return -1;
			}
			return end_item(ps, SEP_END, "newline", 7, ps->p);
		}
		if (*ps->p == '\n') {
			const char *nl = ps->p++;

			if (!item_empty(&ps->cur) && end_item(ps, SEP_SEMI, "newline", 7, nl))
				return -1;
			continue;
		}
		if (is_op_char(*ps->p)) {
			if (read_operator(ps))
				return -1;
			continue;
		}
		if (parse_word(ps))
			return -1;
	}
}

int sh_parse(const char *line, struct sh_line *out, struct sh_perr *err)
{
	struct parser ps = { .p = line, .line = out, .err = err };

	memset(out, 0, sizeof(*out));
	memset(err, 0, sizeof(*err));
	if (parse_loop(&ps)) {
		item_free(&ps.cur);
		sh_line_free(out);
		return -1;
	}
	return 0;
}

static bool plain_char(char c)
{
	switch (c) {
	case '-': case '.': case '/': case ':': case '_': case ',': case '@': case '%': case '+':
		return true;
	default:
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
	}
}

bool sh_line_plain(const char *line, char *cmd, size_t cmdsz)
{
	const char *p = line, *start;

	while (is_blank(*p))
		p++;
	for (start = p; *p && !is_blank(*p) && *p != '\n'; p++)
		if (!plain_char(*p))
			return false;
	if (p == start || (size_t)(p - start) >= cmdsz)
		return false;
	memcpy(cmd, start, (size_t)(p - start));
	cmd[p - start] = 0;
	for (const char *const *r = reserved_words; *r; r++)
		if (!strcmp(cmd, *r))
			return false;
	for (; *p; p++) {
		if (*p == '\n' && p[1])
			return false;
		if (*p != '\n' && !is_blank(*p) && *p != '=' && !plain_char(*p))
			return false;
	}
	return true;
}

void sh_line_free(struct sh_line *l)
{
	for (int i = 0; i < l->nitems; i++)
		item_free(&l->items[i]);
	free(l->items);
	memset(l, 0, sizeof(*l));
}

bool sh_line_incomplete(const char *line)
{
	const char *p, *last = NULL, *prev = NULL;  /* the last two code characters */
	char q = 0;

	for (p = line; *p; p++) {
		if (q) {
			if (*p == q)
				q = 0;
			else if (q == '"' && *p == '\\' && p[1])
				p++;
			continue;
		}
		if (*p == '#' && (p == line || isspace((unsigned char)p[-1]))) {
			p += strcspn(p, "\n");
			if (!*p)
				break;
			continue;
		}
		if (*p == '\\') {
			if (!p[1] || (p[1] == '\n' && !p[2]))
				return true;
			p++;
		} else if (*p == '\'' || *p == '"') {
			q = *p;
		}
		if (!isspace((unsigned char)*p)) {
			prev = last;
			last = p;
		}
	}
	if (q)
		return true;
	/* A list operator at the end: the list goes on on the next line. */
	return last && prev && prev + 1 == last &&
	       ((*last == '&' && *prev == '&') || (*last == '|' && *prev == '|'));
}

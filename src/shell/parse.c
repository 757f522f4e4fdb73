/* parse.c: a small lexer for the sh subset: quotes, escapes, $?, operators, redirections. */
#include "parse.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct buf {
	char *s;
	size_t len, cap;
};

static int buf_put(struct buf *b, char c)
{
	if (b->len + 2 > b->cap) {
		size_t ncap = b->cap ? b->cap * 2 : 32;
		char *ns = realloc(b->s, ncap);

		if (!ns)
			return -1;
		b->s = ns;
		b->cap = ncap;
	}
	b->s[b->len++] = c;
	b->s[b->len] = 0;
	return 0;
}

static int buf_puts(struct buf *b, const char *s)
{
	while (*s)
		if (buf_put(b, *s++))
			return -1;
	return 0;
}

struct parser {
	const char *p;
	struct sh_line *line;
	struct sh_item cur;
	const char *text_start;
	const char *errtok;
};

static int is_op_char(char c)
{
	return c == ';' || c == '&' || c == '|' || c == '<' || c == '>';
}

/* Reads one word at p into b (quotes removed, $? expanded). */
static int read_word(struct parser *ps, struct buf *b)
{
	const char *p = ps->p;
	const char status[2] = { SH_STATUS_MARK, 0 };

	buf_puts(b, "");
	while (*p && !isspace((unsigned char)*p) && !is_op_char(*p)) {
		if (*p == '\'') {
			const char *e = strchr(p + 1, '\'');

			if (!e)
				return -1;
			for (p++; p < e; p++)
				buf_put(b, *p);
			p++;
		} else if (*p == '"') {
			for (p++; *p && *p != '"'; p++) {
				if (*p == '\\' && (p[1] == '"' || p[1] == '\\' || p[1] == '$')) {
					buf_put(b, *++p);
				} else if (*p == '$' && p[1] == '?') {
					buf_puts(b, status);
					p++;
				} else {
					buf_put(b, *p);
				}
			}
			if (!*p)
				return -1;
			p++;
		} else if (*p == '\\' && p[1]) {
			buf_put(b, p[1]);
			p += 2;
		} else if (*p == '$' && p[1] == '?') {
			buf_puts(b, status);
			p += 2;
		} else {
			buf_put(b, *p++);
		}
	}
	ps->p = p;
	return 0;
}

static int item_add_arg(struct sh_item *it, char *w)
{
	char **nv = realloc(it->argv, (size_t)(it->argc + 2) * sizeof(*nv));

	if (!nv)
		return -1;
	it->argv = nv;
	it->argv[it->argc++] = w;
	it->argv[it->argc] = NULL;
	return 0;
}

static int item_add_redir(struct sh_item *it, const struct sh_redir *r)
{
	struct sh_redir *nr = realloc(it->redir, (size_t)(it->nredir + 1) * sizeof(*nr));

	if (!nr)
		return -1;
	it->redir = nr;
	it->redir[it->nredir++] = *r;
	return 0;
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
	while (*ps->p == ' ' || *ps->p == '\t' || *ps->p == '\r' || *ps->p == '\n')
		ps->p++;
}

/* Finishes the current item with separator sep. */
static int end_item(struct parser *ps, enum sh_sep sep, const char *tok, const char *e)
{
	struct sh_line *l = ps->line;
	struct sh_item *ni;

	if (ps->cur.argc == 0) {
		if (ps->cur.nredir == 0 && sep == SEP_END)
			return 0;
		ps->errtok = tok;
		return -1;
	}
	while (e > ps->text_start && isspace((unsigned char)e[-1]))
		e--;
	ps->cur.text = strndup(ps->text_start, (size_t)(e - ps->text_start));
	ps->cur.sep = sep;
	ni = realloc(l->items, (size_t)(l->nitems + 1) * sizeof(*ni));
	if (!ni || !ps->cur.text)
		return -1;
	l->items = ni;
	l->items[l->nitems++] = ps->cur;
	memset(&ps->cur, 0, sizeof(ps->cur));
	return 0;
}

/* Parses a redirection operator at p (an optional fd digit already seen). */
static int read_redir(struct parser *ps, int fd)
{
	struct sh_redir r = { .fd = fd, .dupfd = -1 };
	struct buf b = { 0 };
	const char *p = ps->p;

	if (*p == '<') {
		r.op = REDIR_READ;
		r.fd = fd < 0 ? 0 : fd;
		p++;
	} else {
		r.fd = fd < 0 ? 1 : fd;
		r.op = REDIR_WRITE;
		p++;
		if (*p == '>') {
			r.op = REDIR_APPEND;
			p++;
		} else if (*p == '&' && isdigit((unsigned char)p[1])) {
			r.op = REDIR_DUP;
			r.dupfd = p[1] - '0';
			ps->p = p + 2;
			return item_add_redir(&ps->cur, &r);
		}
	}
	ps->p = p;
	skip_blank(ps);
	if (!*ps->p || is_op_char(*ps->p)) {
		ps->errtok = *ps->p ? ps->p : "newline";
		return -1;
	}
	if (read_word(ps, &b)) {
		free(b.s);
		return -1;
	}
	r.target = b.s;
	if (item_add_redir(&ps->cur, &r)) {
		free(b.s);
		return -1;
	}
	return 0;
}

static int read_operator(struct parser *ps)
{
	const char *p = ps->p;

	if (p[0] == '&' && p[1] == '&') {
		ps->p += 2;
		return end_item(ps, SEP_AND, "&&", p);
	}
	if (p[0] == '|' && p[1] == '|') {
		ps->p += 2;
		return end_item(ps, SEP_OR, "||", p);
	}
	if (p[0] == '&' && p[1] == '>') {
		/* &> f is > f 2>&1 */
		struct sh_redir dup = { .fd = 2, .op = REDIR_DUP, .dupfd = 1 };

		ps->p++;
		if (read_redir(ps, 1))
			return -1;
		return item_add_redir(&ps->cur, &dup);
	}
	if (*p == '&') {
		ps->p++;
		return end_item(ps, SEP_AMP, "&", p);
	}
	if (*p == ';') {
		ps->p++;
		return end_item(ps, SEP_SEMI, ";", p);
	}
	if (*p == '|') {
		ps->errtok = "|";
		return -1;
	}
	return read_redir(ps, -1);
}

static int parse_loop(struct parser *ps)
{
	for (;;) {
		skip_blank(ps);
		if (ps->cur.argc == 0 && ps->cur.nredir == 0)
			ps->text_start = ps->p;
		if (!*ps->p || *ps->p == '#')
			return end_item(ps, SEP_END, "newline", ps->p);
		if (isdigit((unsigned char)ps->p[0]) && (ps->p[1] == '>' || ps->p[1] == '<')) {
			int fd = ps->p[0] - '0';

			ps->p++;
			if (read_redir(ps, fd))
				return -1;
			continue;
		}
		if (is_op_char(*ps->p)) {
			if (read_operator(ps))
				return -1;
			continue;
		}
		struct buf b = { 0 };

		if (read_word(ps, &b) || item_add_arg(&ps->cur, b.s)) {
			free(b.s);
			return -1;
		}
	}
}

int sh_parse(const char *line, struct sh_line *out, const char **errtok)
{
	struct parser ps = { .p = line, .line = out };

	memset(out, 0, sizeof(*out));
	if (parse_loop(&ps)) {
		*errtok = ps.errtok;
		item_free(&ps.cur);
		sh_line_free(out);
		return -1;
	}
	return 0;
}

void sh_line_free(struct sh_line *l)
{
	for (int i = 0; i < l->nitems; i++)
		item_free(&l->items[i]);
	free(l->items);
	memset(l, 0, sizeof(*l));
}

int sh_line_incomplete(const char *line)
{
	char q = 0;
	const char *p;

	for (p = line; *p; p++) {
		if (q) {
			if (*p == q)
				q = 0;
			else if (q == '"' && *p == '\\' && p[1])
				p++;
		} else if (*p == '\'' || *p == '"') {
			q = *p;
		} else if (*p == '\\') {
			if (!p[1] || (p[1] == '\n' && !p[2]))
				return 1;
			p++;
		} else if (*p == '#' && (p == line || isspace((unsigned char)p[-1]))) {
			return 0;
		}
	}
	return q != 0;
}

char *sh_expand(const char *word, int status)
{
	struct buf b = { 0 };
	char num[16];

	snprintf(num, sizeof(num), "%d", status);
	buf_puts(&b, "");
	for (; *word; word++) {
		if (*word == SH_STATUS_MARK)
			buf_puts(&b, num);
		else
			buf_put(&b, *word);
	}
	return b.s;
}

/*
 * expand.c: word expansion as sh does it when a command runs: parameters
 * ($NAME, ${NAME}, $1.., $?, $$, $#, $0, $!, $@, $*), a leading ~, quote
 * removal, and field splitting of unquoted expansions on IFS. The parser
 * has already refused everything else, so every word here is expandable.
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../core/alloc.h"
#include "shell_int.h"

struct strbuf {
	char *s;
	size_t len, cap;
};

static void sb_put(struct strbuf *b, char c)
{
	if (b->len + 2 > b->cap) {
		b->cap = b->cap ? b->cap * 2 : 32;
		b->s = vl_realloc(b->s, b->cap);
	}
	b->s[b->len++] = c;
	b->s[b->len] = 0;
}

static void sb_puts(struct strbuf *b, const char *s)
{
	while (*s)
		sb_put(b, *s++);
}

void sh_fields_add(struct sh_fields *f, char *s)
{
	/* v holds n fields and a NULL. */
	f->v = vl_grow(f->v, (size_t)f->n + 1, (size_t)f->n + 2, sizeof(*f->v));
	f->v[f->n++] = s;
	f->v[f->n] = NULL;
}

void sh_fields_free(struct sh_fields *f)
{
	for (int i = 0; i < f->n; i++)
		free(f->v[i]);
	free(f->v);
	f->v = NULL;
	f->n = 0;
}

struct expander {
	struct shell *sh;
	struct sh_fields *out;
	struct strbuf cur;
	bool started;  /* the current field exists, even if empty ("" or '') */
	bool split;    /* unquoted expansions split into fields */
	int nfields;   /* fields emitted, for the no-split (one word) case */
};

static void emit(struct expander *x)
{
	if (!x->started)
		return;
	sh_fields_add(x->out, x->cur.s ? x->cur.s : vl_strdup(""));
	memset(&x->cur, 0, sizeof(x->cur));
	x->started = false;
	x->nfields++;
}

static const char *ifs_chars(struct shell *sh)
{
	const char *ifs = sh_var_get(sh, "IFS");

	return ifs ? ifs : " \t\n";
}

/* An unquoted expansion's text joins the current field and splits on IFS. */
static void add_unquoted(struct expander *x, const char *v)
{
	const char *ifs = ifs_chars(x->sh);

	for (; *v; v++) {
		if (x->split && strchr(ifs, *v)) {
			emit(x);
			continue;
		}
		sb_put(&x->cur, *v);
		x->started = true;
	}
}

static void add_quoted(struct expander *x, const char *v)
{
	sb_puts(&x->cur, v);
	x->started = true;
}

static void add_value(struct expander *x, const char *v, bool quoted)
{
	if (quoted)
		add_quoted(x, v);
	else
		add_unquoted(x, v);
}

/* $@ and $*: "$@" keeps each parameter a field; the others join with IFS's first char. */
static void add_params(struct expander *x, char which, bool quoted)
{
	struct shell *sh = x->sh;
	char sep[2] = { ifs_chars(sh)[0], 0 };

	for (int i = 0; i < sh->nparams; i++) {
		if (i > 0) {
			if (quoted && which == '@') {
				x->started = true;
				emit(x);
				x->started = true;
			} else if (quoted || !x->split) {
				add_quoted(x, sep);
			} else {
				emit(x);
			}
		}
		add_value(x, sh->params[i], quoted);
	}
}

static void add_special(struct expander *x, char c, bool quoted)
{
	struct shell *sh = x->sh;
	char num[24];

	switch (c) {
	case '?':
		snprintf(num, sizeof(num), "%d", sh->status);
		break;
	case '$':
		snprintf(num, sizeof(num), "%ld", (long)getpid());
		break;
	case '#':
		snprintf(num, sizeof(num), "%d", sh->nparams);
		break;
	case '!':
		if (!sh->last_bg_pid)
			return;
		snprintf(num, sizeof(num), "%d", sh->last_bg_pid);
		break;
	case '0':
		add_value(x, sh->argv0, quoted);
		return;
	default:
		add_params(x, c, quoted);
		return;
	}
	add_value(x, num, quoted);
}

static void add_positional(struct expander *x, const char *digits, size_t n, bool quoted)
{
	long i = strtol(digits, NULL, 10);

	(void)n;
	if (i == 0)
		add_value(x, x->sh->argv0, quoted);
	else if (i <= x->sh->nparams)
		add_value(x, x->sh->params[i - 1], quoted);
}

/* A parameter at p (just after '$'); returns the first character after it. */
static const char *expand_param(struct expander *x, const char *p, bool quoted)
{
	const char *name = p, *end;
	bool braced = *p == '{';
	char buf[128];

	if (braced)
		name = ++p;
	if (*name == '_' || (*name >= 'a' && *name <= 'z') || (*name >= 'A' && *name <= 'Z')) {
		const char *v;

		for (end = name; *end == '_' || (*end >= 'a' && *end <= 'z') || (*end >= 'A' && *end <= 'Z') ||
				 (*end >= '0' && *end <= '9'); end++)
			;
		snprintf(buf, sizeof(buf), "%.*s", (int)(end - name), name);
		v = sh_var_get(x->sh, buf);
		if (v)
			add_value(x, v, quoted);
	} else if (*name >= '0' && *name <= '9') {
		end = name + 1;
		if (braced)
			while (*end >= '0' && *end <= '9')
				end++;
		add_positional(x, name, (size_t)(end - name), quoted);
	} else if (*name && strchr("?$#!@*", *name)) {
		end = name + 1;
		add_special(x, *name, quoted);
	} else {
		/* A lone '$' is itself. */
		add_value(x, "$", true);
		return name;
	}
	return braced ? end + 1 : end;
}

static const char *expand_dquote(struct expander *x, const char *p)
{
	x->started = true;
	for (p++; *p && *p != '"'; ) {
		if (*p == '\\' && p[1] && strchr("$`\"\\\n", p[1])) {
			if (p[1] != '\n')
				sb_put(&x->cur, p[1]);
			p += 2;
		} else if (*p == '$') {
			p = expand_param(x, p + 1, true);
		} else {
			sb_put(&x->cur, *p++);
		}
	}
	return *p ? p + 1 : p;
}

static void expand_raw(struct expander *x, const char *raw)
{
	const char *p = raw;

	/* "$@" with no parameters is no field at all. */
	if (!strcmp(raw, "\"$@\"") && x->sh->nparams == 0)
		return;
	if (*p == '~' && (!p[1] || p[1] == '/')) {
		const char *home = sh_var_get(x->sh, "HOME");

		add_quoted(x, home ? home : "~");
		p++;
	}
	while (*p) {
		if (*p == '\'') {
			const char *e = strchr(p + 1, '\'');

			x->started = true;
			for (p++; p < e; p++)
				sb_put(&x->cur, *p);
			p++;
		} else if (*p == '"') {
			p = expand_dquote(x, p);
		} else if (*p == '\\') {
			if (p[1] == '\n') {
				p += 2;
				continue;
			}
			x->started = true;
			sb_put(&x->cur, p[1] ? p[1] : '\\');
			p += p[1] ? 2 : 1;
		} else if (*p == '$') {
			p = expand_param(x, p + 1, false);
		} else {
			x->started = true;
			sb_put(&x->cur, *p++);
		}
	}
	emit(x);
}

void sh_expand_words(struct shell *sh, char *const *raw, int n, struct sh_fields *out)
{
	for (int i = 0; i < n; i++) {
		struct expander x = { .sh = sh, .out = out, .split = true };

		expand_raw(&x, raw[i]);
	}
}

char *sh_expand_one(struct shell *sh, const char *raw, bool *ambiguous)
{
	struct sh_fields f = { 0 };
	struct expander x = { .sh = sh, .out = &f, .split = ambiguous != NULL };
	char *s;

	expand_raw(&x, raw);
	if (ambiguous)
		*ambiguous = f.n != 1;
	if (f.n != 1) {
		sh_fields_free(&f);
		return ambiguous ? NULL : vl_strdup("");
	}
	s = f.v[0];
	free(f.v);
	return s;
}

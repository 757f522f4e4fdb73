/* sysctl.c: procps-ng sysctl over the emulated /proc/sys/net. */
#include <errno.h>
#include <regex.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "../ctl/ctl_errno.h"
#include "../ctl/sysctl_ctl.h"
#include "getopt_gnu.h"
#include "tools.h"

static const char sysctl_usage[] =
	"\nUsage:\n"
	" sysctl [options] [variable[=value] ...]\n"
	"\n"
	"Options:\n"
	"  -a, --all            display all variables\n"
	"  -A                   alias of -a\n"
	"  -X                   alias of -a\n"
	"      --deprecated     include deprecated parameters to listing\n"
	"      --dry-run        Print the key and values but do not write\n"
	"  -b, --binary         print value without new line\n"
	"  -e, --ignore         ignore unknown variables errors\n"
	"  -N, --names          print variable names without values\n"
	"  -n, --values         print only values of the given variable(s)\n"
	"  -p, --load[=<file>]  read values from file\n"
	"  -f                   alias of -p\n"
	"      --system         read values from all system directories\n"
	"  -r, --pattern <expression>\n"
	"                       select setting that match expression\n"
	"  -q, --quiet          do not echo variable set\n"
	"  -w, --write          enable writing a value to variable\n"
	"  -o                   does nothing\n"
	"  -x                   does nothing\n"
	"  -d                   alias of -h\n"
	"\n"
	" -h, --help     display this help and exit\n"
	" -V, --version  output version information and exit\n"
	"\n"
	"For more details see sysctl(8).\n";

struct sysctl_opts {
	bool names_only;   /* -N */
	bool values_only;  /* -n */
	bool binary;       /* -b: no newline after what is printed */
	bool quiet;        /* -q */
	bool ignore;       /* -e */
	bool write;        /* -w */
	bool all;          /* -a */
	bool dry_run;      /* --dry-run */
	bool preload;      /* -p, -f, --load */
	bool deprecated;   /* --deprecated: -a lists the deprecated settings too */
	const char *preload_file;
	const char *pattern;
	regex_t re;        /* pattern, compiled */
};

/* procps writes each line as it goes: what stdout holds precedes a complaint. */
static FILE *err_of(struct vl_cmd_ctx *c)
{
	vl_cmd_flush_out(c);
	return c->err;
}

/* "net.ipv4.ip_forward" and "net/ipv4/ip_forward" both name net/ipv4/ip_forward. */
static void key_to_path(const char *key, char *path, size_t len)
{
	bool slashes = strchr(key, '/') != NULL;

	snprintf(path, len, "%s", key);
	if (!slashes)
		for (char *p = path; *p; p++)
			if (*p == '.')
				*p = '/';
}

static void path_to_key(const char *path, char *key, size_t len)
{
	snprintf(key, len, "%s", path);
	for (char *p = key; *p; p++)
		if (*p == '/')
			*p = '.';
}

static void show(struct vl_cmd_ctx *c, const struct sysctl_opts *o, const char *key, int v)
{
	const char *nl = o->binary ? "" : "\n";

	if (o->names_only)
		fprintf(c->out, "%s\n", key);   /* -b drops the newline after values only */
	else if (o->values_only || o->binary)
		fprintf(c->out, "%d%s", v, nl);
	else
		fprintf(c->out, "%s = %d\n", key, v);
}

struct walk_arg {
	struct vl_cmd_ctx *c;
	const struct sysctl_opts *o;
	const char *prefix;   /* a directory path, or NULL for everything */
	regex_t *re;
};

/* procps' DEPRECATED list: settings -a leaves out unless --deprecated. */
static bool deprecated_setting(const char *path)
{
	const char *leaf = strrchr(path, '/');

	leaf = leaf ? leaf + 1 : path;
	return !strcmp(leaf, "base_reachable_time") || !strcmp(leaf, "retrans_time");
}

static int walk_show(const char *path, int v, void *arg)
{
	struct walk_arg *wa = arg;
	char key[256];
	size_t plen = wa->prefix ? strlen(wa->prefix) : 0;

	if (wa->prefix && (strncmp(path, wa->prefix, plen) || path[plen] != '/'))
		return 0;
	if (!wa->o->deprecated && deprecated_setting(path))
		return 0;
	path_to_key(path, key, sizeof(key));
	if (wa->re && regexec(wa->re, key, 0, NULL, 0))
		return 0;
	show(wa->c, wa->o, key, v);
	return 0;
}

struct left_out {
	struct walk_arg *wa;
	int n;
	char first[3][256];
};

/* A setting -a would list on Linux that vethlab does not model, and that matches: counted. */
static void count_left_out(const char *path, void *arg)
{
	struct left_out *lo = arg;
	struct walk_arg *wa = lo->wa;
	size_t plen = wa->prefix ? strlen(wa->prefix) : 0;
	char key[256];
	int v;

	if (wa->prefix && (strncmp(path, wa->prefix, plen) || path[plen] != '/'))
		return;
	if (sysctl_ctl_read(wa->c->net, path, &v) != -VL_ENOTEMUL)
		return;
	path_to_key(path, key, sizeof(key));
	if (wa->re && regexec(wa->re, key, 0, NULL, 0))
		return;
	if (lo->n < 3)
		snprintf(lo->first[lo->n], sizeof(lo->first[0]), "%s", key);
	lo->n++;
}

/* -a lists what vethlab models, and says how many other matching settings it left out. */
static void report_left_out(struct walk_arg *wa)
{
	struct left_out lo = { .wa = wa };

	sysctl_known_walk(wa->c->net, count_left_out, &lo);
	if (!lo.n)
		return;
	fprintf(err_of(wa->c), "sysctl: %d matching setting%s not emulated by vethlab and left out (%s%s%s%s%s%s)\n",
		lo.n, lo.n == 1 ? " is" : "s are", lo.first[0], lo.n > 1 ? ", " : "", lo.n > 1 ? lo.first[1] : "",
		lo.n > 2 ? ", " : "", lo.n > 2 ? lo.first[2] : "", lo.n > 3 ? ", ..." : "");
}

static int show_all(struct vl_cmd_ctx *c, const struct sysctl_opts *o, const char *prefix)
{
	struct walk_arg wa = { .c = c, .o = o, .prefix = prefix,
			       .re = o->pattern ? (regex_t *)&o->re : NULL };
	int st = sysctl_ctl_walk(c->net, walk_show, &wa) ? 1 : 0;

	report_left_out(&wa);
	return st;
}

/* A setting Linux has that vethlab does not model (every one outside net.* among them). */
static int not_emulated(struct vl_cmd_ctx *c, const char *name)
{
	fprintf(err_of(c), "sysctl: %s: not emulated by vethlab\n", name);
	return 1;
}

static bool outside_net(const char *path)
{
	return strncmp(path, "net", 3) || (path[3] && path[3] != '/');
}

static int read_setting(struct vl_cmd_ctx *c, const struct sysctl_opts *o, const char *key)
{
	char path[256], name[256];
	int v, err;

	key_to_path(key, path, sizeof(path));
	path_to_key(path, name, sizeof(name));
	if (outside_net(path))
		return not_emulated(c, name);
	if (sysctl_ctl_is_dir(c->net, path))
		return show_all(c, o, path);
	if (o->pattern && regexec(&o->re, name, 0, NULL, 0))
		return 0;
	err = sysctl_ctl_read(c->net, path, &v);
	if (err == -VL_ENOTEMUL)
		return not_emulated(c, name);
	if (err) {
		if (o->ignore)
			return 0;
		fprintf(err_of(c), "sysctl: cannot stat /proc/sys/%s: No such file or directory\n", path);
		return 1;
	}
	show(c, o, name, v);
	return 0;
}

static int write_setting(struct vl_cmd_ctx *c, const struct sysctl_opts *o, const char *arg)
{
	const char *eq = strchr(arg, '=');
	char key[256], path[256], name[256];
	const char *val;
	size_t vlen;
	int v, err;

	if (!eq) {
		fprintf(err_of(c), "sysctl: \"%s\" must be of the form name=value\n", arg);
		return 1;
	}
	if (eq == arg) {
		/* An empty name is the directory itself, which procps refuses to write. */
		fputs("sysctl: Path is not under /proc/sys/: /proc/sys/\n", err_of(c));
		return 1;
	}
	snprintf(key, sizeof(key), "%.*s", (int)(eq - arg), arg);
	for (char *e = key + strlen(key); e > key && e[-1] == ' '; )
		*--e = 0;
	val = eq + 1;
	while (*val == ' ')
		val++;
	key_to_path(key, path, sizeof(path));
	path_to_key(path, name, sizeof(name));
	if (outside_net(path))
		return not_emulated(c, name);
	err = sysctl_ctl_read(c->net, path, &v);
	if (err == -VL_ENOTEMUL)
		return not_emulated(c, name);
	if (err) {
		if (o->ignore)
			return 0;
		fprintf(err_of(c), "sysctl: cannot stat /proc/sys/%s: No such file or directory\n", path);
		return 1;
	}
	err = sysctl_parse_int(val, &v);
	if (!err && !o->dry_run)
		err = sysctl_ctl_write(c->net, path, v);
	/* A setting shown whose behaviour vethlab does not model cannot be written. */
	if (err == -VL_ENOTEMUL)
		return not_emulated(c, name);
	if (err) {
		fprintf(err_of(c), "sysctl: setting key \"%s\": Invalid argument\n", name);
		return 1;
	}
	vlen = strlen(val);
	while (vlen && (val[vlen - 1] == ' ' || val[vlen - 1] == '\t'))
		vlen--;
	/* Written, a setting shows its value under -n and -N alike. */
	if (!o->quiet) {
		if (o->values_only || o->names_only)
			fprintf(c->out, "%.*s\n", (int)vlen, val);
		else
			fprintf(c->out, "%s = %.*s\n", name, (int)vlen, val);
	}
	return 0;
}

static int usage_error(struct vl_cmd_ctx *c, const char *what)
{
	fprintf(err_of(c), "sysctl: %s\nTry `sysctl --help' for more information.\n", what);
	return 1;
}

/* One "name = value" line of a preload file, kept until every file is read. */
struct preload_item {
	char *setting;   /* "name=value" */
};

struct preload {
	struct preload_item *v;
	int n, cap;
};

static void preload_add(struct preload *pl, const char *name, size_t nlen, const char *val, size_t vlen)
{
	char *s = vl_malloc(nlen + vlen + 2);

	memcpy(s, name, nlen);
	s[nlen] = '=';
	memcpy(s + nlen + 1, val, vlen);
	s[nlen + 1 + vlen] = 0;
	if (pl->n == pl->cap) {
		pl->cap = pl->cap ? pl->cap * 2 : 16;
		pl->v = vl_realloc(pl->v, (size_t)pl->cap * sizeof(*pl->v));
	}
	pl->v[pl->n++].setting = s;
}

/* One line: comments and blanks skipped, "name = value" kept, anything else complained of. */
static void preload_line(struct vl_cmd_ctx *c, struct preload *pl, const char *file, int lineno, char *line)
{
	char *t = line, *eq, *end;
	const char *val;

	while (*t == ' ' || *t == '\t')
		t++;
	if ((unsigned char)*t < ' ' || *t == '#' || *t == ';')
		return;
	eq = strchr(t, '=');
	val = eq ? eq + 1 : NULL;
	while (val && (*val == ' ' || *val == '\t'))
		val++;
	if (!eq || eq == t || !val || !*val || *val == '\n') {
		fprintf(err_of(c), "sysctl: %s(%d): invalid syntax, continuing...\n", file, lineno);
		return;
	}
	if (*t == '-')  /* procps 4.0.2 strips the "ignore failure" mark and still reports */
		t++;
	end = eq;
	while (end > t && (end[-1] == ' ' || end[-1] == '\t'))
		end--;
	preload_add(pl, t, (size_t)(end - t), val, strcspn(val, "\r\n"));
}

/* A file the shell may read (a host file, unless the world reads none); "-" is standard input. */
static int preload_file(struct vl_cmd_ctx *c, struct preload *pl, const char *file)
{
	bool from_stdin = !strcmp(file, "-");
	FILE *f = from_stdin ? c->in : vl_cmd_host_files(c) ? fopen(file, "r") : NULL;
	char *line = NULL;
	size_t cap = 0;
	int lineno = 0;

	/* No standard input (a background job's): as /dev/null, nothing to set. */
	if (from_stdin && !f)
		return 0;
	if (!f) {
		fprintf(err_of(c), "sysctl: cannot open \"%s\": %s\n", file,
			vl_cmd_host_files(c) ? strerror(errno) : "Permission denied");
		return 1;
	}
	while (getline(&line, &cap, f) >= 0)
		preload_line(c, pl, file, ++lineno, line);
	free(line);
	if (!from_stdin)
		fclose(f);
	return 0;
}

/* -p: every file is read (complaints first), then every setting written in order. */
static int run_preload(struct vl_cmd_ctx *c, struct sysctl_opts *o, int nfiles, char **files)
{
	static const char *const dflt[] = { "/etc/sysctl.conf" };
	struct preload pl = { 0 };
	int st = 0;

	if (o->preload_file)
		st |= preload_file(c, &pl, o->preload_file);
	else if (!nfiles)
		st |= preload_file(c, &pl, dflt[0]);
	for (int i = 0; !o->preload_file && i < nfiles; i++)
		st |= preload_file(c, &pl, files[i]);
	for (int i = 0; i < pl.n; i++) {
		st |= write_setting(c, o, pl.v[i].setting);
		free(pl.v[i].setting);
	}
	free(pl.v);
	return st;
}

enum { OPT_DEPRECATED = 256, OPT_DRYRUN, OPT_SYSTEM };

/* procps-ng 4.0.2's getopt_long table, in its order (ambiguity lists follow it). */
static const struct go_longopt sysctl_longopts[] = {
	{ "all", GO_NO_ARG, 'a' },
	{ "deprecated", GO_NO_ARG, OPT_DEPRECATED },
	{ "dry-run", GO_NO_ARG, OPT_DRYRUN },
	{ "binary", GO_NO_ARG, 'b' },
	{ "ignore", GO_NO_ARG, 'e' },
	{ "names", GO_NO_ARG, 'N' },
	{ "values", GO_NO_ARG, 'n' },
	{ "load", GO_OPTIONAL, 'p' },
	{ "quiet", GO_NO_ARG, 'q' },
	{ "write", GO_NO_ARG, 'w' },
	{ "system", GO_NO_ARG, OPT_SYSTEM },
	{ "pattern", GO_REQUIRED, 'r' },
	{ "help", GO_NO_ARG, 'h' },
	{ "version", GO_NO_ARG, 'V' },
	{ NULL, 0, 0 },
};

/* One option; -1 to go on, else the exit status (after usage, version or a refusal). */
static int sysctl_option(struct vl_cmd_ctx *c, struct sysctl_opts *o, int op, const char *arg)
{
	switch (op) {
	case 'a': case 'A': case 'X': o->all = true; break;
	case 'b': o->binary = true; break;
	case 'e': o->ignore = true; break;
	case 'N': o->names_only = true; break;
	case 'n': o->values_only = true; break;
	case 'q': o->quiet = true; break;
	case 'w': o->write = true; break;
	case OPT_DEPRECATED:
		o->deprecated = true;
		break;
	case 'o': case 'x': break;
	case OPT_DRYRUN: o->dry_run = true; break;
	case 'f': case 'p':
		o->preload = true;
		o->preload_file = arg;
		break;
	case 'r': o->pattern = arg; break;
	case 'V':
		fputs("sysctl from procps-ng 4.0.2\n", c->out);
		return 0;
	case OPT_SYSTEM:
		fputs("sysctl: --system (the host's sysctl.d files) is not supported by vethlab\n", err_of(c));
		return 1;
	default:  /* 'h', 'd', and after getopt's complaint: the usage, on stdout */
		fputs(sysctl_usage, c->out);
		return 0;
	}
	return -1;
}

static int sysctl_operands(struct vl_cmd_ctx *c, struct sysctl_opts *o, int n, char **ops)
{
	int st = 0;

	if (o->all)
		return show_all(c, o, NULL);
	if (o->preload)
		return run_preload(c, o, n, ops);
	if (!n)
		return usage_error(c, "no variables specified");
	for (int i = 0; i < n; i++) {
		if (!ops[i][0]) {
			/* procps: an empty read is an unknown key (status 255); an empty write fails silently. */
			if (!o->write)
				fputs("sysctl: \"\" is an unknown key\n", err_of(c));
			st |= o->write ? 1 : 255;
		} else if (strchr(ops[i], '='))
			st |= write_setting(c, o, ops[i]);
		else if (o->write) {
			fputs("sysctl: command line(0): invalid syntax, continuing...\n", err_of(c));
			st = 1;
		} else
			st |= read_setting(c, o, ops[i]);
	}
	return st;
}

int tool_sysctl(struct vl_cmd_ctx *c, int argc, char **argv)
{
	struct sysctl_opts o = { 0 };
	struct go_parser g;
	int op, st = -1;

	if (argc < 2) {
		fputs(sysctl_usage, err_of(c));
		return 1;
	}
	go_init(&g, "sysctl", c->err, argc, argv, "bdf::p::NnqoxaAr:whVe", sysctl_longopts);
	while (st < 0 && (op = go_next(&g)) != -1) {
		if (op == '?')
			vl_cmd_flush_out(c);
		st = sysctl_option(c, &o, op, g.arg);
	}
	if (st < 0 && o.pattern && regcomp(&o.re, o.pattern, REG_EXTENDED | REG_NOSUB)) {
		fprintf(err_of(c), "sysctl: unable to parse pattern: %s\n", o.pattern);
		o.pattern = NULL;
		st = 1;
	}
	if (st < 0) {
		while (go_next(&g) != -1)
			;
		st = sysctl_operands(c, &o, g.nops, g.ops);
	}
	if (o.pattern)
		regfree(&o.re);
	go_free(&g);
	return st;
}

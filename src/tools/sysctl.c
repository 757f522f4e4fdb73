/* sysctl.c: procps-ng sysctl over the emulated /proc/sys/net. */
#include <errno.h>
#include <regex.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "../ctl/ctl_errno.h"
#include "../ctl/sysctl_ctl.h"
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
	bool quiet;        /* -q */
	bool ignore;       /* -e */
	bool write;        /* -w */
	bool all;          /* -a */
	const char *pattern;
};

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
	if (o->names_only)
		fprintf(c->out, "%s\n", key);
	else if (o->values_only)
		fprintf(c->out, "%d\n", v);
	else
		fprintf(c->out, "%s = %d\n", key, v);
}

struct walk_arg {
	struct vl_cmd_ctx *c;
	const struct sysctl_opts *o;
	const char *prefix;   /* a directory path, or NULL for everything */
	regex_t *re;
};

static int walk_show(const char *path, int v, void *arg)
{
	struct walk_arg *wa = arg;
	char key[256];
	size_t plen = wa->prefix ? strlen(wa->prefix) : 0;

	if (wa->prefix && (strncmp(path, wa->prefix, plen) || path[plen] != '/'))
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
	fprintf(wa->c->err, "sysctl: %d matching setting%s not emulated by vethlab and left out (%s%s%s%s%s%s)\n",
		lo.n, lo.n == 1 ? " is" : "s are", lo.first[0], lo.n > 1 ? ", " : "", lo.n > 1 ? lo.first[1] : "",
		lo.n > 2 ? ", " : "", lo.n > 2 ? lo.first[2] : "", lo.n > 3 ? ", ..." : "");
}

static int show_all(struct vl_cmd_ctx *c, const struct sysctl_opts *o, const char *prefix)
{
	struct walk_arg wa = { .c = c, .o = o, .prefix = prefix };
	regex_t re;
	int st;

	if (o->pattern) {
		if (regcomp(&re, o->pattern, REG_EXTENDED | REG_NOSUB)) {
			fprintf(c->err, "sysctl: unable to parse pattern: %s\n", o->pattern);
			return 1;
		}
		wa.re = &re;
	}
	st = sysctl_ctl_walk(c->net, walk_show, &wa) ? 1 : 0;
	report_left_out(&wa);
	if (wa.re)
		regfree(wa.re);
	return st;
}

/* A setting Linux has that vethlab does not model (every one outside net.* among them). */
static int not_emulated(struct vl_cmd_ctx *c, const char *name)
{
	fprintf(c->err, "sysctl: %s: not emulated by vethlab\n", name);
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
	err = sysctl_ctl_read(c->net, path, &v);
	if (err == -VL_ENOTEMUL)
		return not_emulated(c, name);
	if (err) {
		if (o->ignore)
			return 0;
		fprintf(c->err, "sysctl: cannot stat /proc/sys/%s: No such file or directory\n", path);
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
	int v, err;

	if (!eq) {
		fprintf(c->err, "sysctl: \"%s\" must be of the form name=value\n", arg);
		return 1;
	}
	if (eq == arg) {
		/* An empty name is the directory itself, which procps refuses to write. */
		fputs("sysctl: Path is not under /proc/sys/: /proc/sys/\n", c->err);
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
		fprintf(c->err, "sysctl: cannot stat /proc/sys/%s: No such file or directory\n", path);
		return 1;
	}
	err = sysctl_parse_int(val, &v);
	if (!err)
		err = sysctl_ctl_write(c->net, path, v);
	if (err) {
		fprintf(c->err, "sysctl: setting key \"%s\": Invalid argument\n", name);
		return 1;
	}
	if (!o->quiet) {
		if (o->values_only)
			fprintf(c->out, "%s\n", val);
		else
			fprintf(c->out, "%s = %s\n", name, val);
	}
	return 0;
}

static int usage_error(struct vl_cmd_ctx *c, const char *what)
{
	fprintf(c->err, "sysctl: %s\nTry `sysctl --help' for more information.\n", what);
	return 1;
}

/* Returns -1 when the flag cluster was consumed, else an exit status. */
static int parse_flags(struct vl_cmd_ctx *c, struct sysctl_opts *o, int argc, char **argv, int *i)
{
	const char *a = argv[*i];

	if (!strcmp(a, "--all"))
		a = "-a";
	else if (!strcmp(a, "--write"))
		a = "-w";
	else if (!strcmp(a, "--quiet"))
		a = "-q";
	for (const char *p = a + 1; *p; p++) {
		switch (*p) {
		case 'a': case 'A': case 'X': o->all = true; break;
		case 'n': o->values_only = true; break;
		case 'N': o->names_only = true; break;
		case 'q': o->quiet = true; break;
		case 'e': o->ignore = true; break;
		case 'w': o->write = true; break;
		case 'b': o->values_only = true; break;
		case 'r':
			if (*i + 1 >= argc)
				return usage_error(c, "option requires an argument -- 'r'");
			o->pattern = argv[++*i];
			return -1;
		default: {
			char msg[64];

			snprintf(msg, sizeof(msg), "invalid option -- '%c'", *p);
			return usage_error(c, msg);
		}
		}
	}
	return -1;
}

int tool_sysctl(struct vl_cmd_ctx *c, int argc, char **argv)
{
	struct sysctl_opts o = { 0 };
	int i = 1, st = 0;

	for (; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
		int r = parse_flags(c, &o, argc, argv, &i);

		if (r >= 0)
			return r;
	}
	if (o.all)
		return show_all(c, &o, NULL);
	if (i >= argc) {
		fputs(sysctl_usage, c->err);
		return 1;
	}
	for (; i < argc; i++) {
		if (!argv[i][0]) {
			/* procps: an empty read is an unknown key (status 255); an empty write fails silently. */
			if (!o.write)
				fputs("sysctl: \"\" is an unknown key\n", c->err);
			st |= o.write ? 1 : 255;
		} else if (strchr(argv[i], '='))
			st |= write_setting(c, &o, argv[i]);
		else if (o.write) {
			fputs("sysctl: command line(0): invalid syntax, continuing...\n", c->err);
			st = 1;
		} else
			st |= read_setting(c, &o, argv[i]);
	}
	return st;
}

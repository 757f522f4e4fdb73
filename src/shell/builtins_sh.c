/*
 * builtins_sh.c: the bash builtins that act on the shell itself: export,
 * unset, set, shift, cd, pwd, source (and .), ':'. The bash builtins vethlab
 * does not model are refused by name, never run as something else.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../core/alloc.h"
#include "../ctl/vfs.h"
#include "shell_int.h"

#define SH_MAX_SOURCE_DEPTH 64

static int cmp_var(const void *a, const void *b)
{
	return strcmp((*(const struct sh_var *const *)a)->name, (*(const struct sh_var *const *)b)->name);
}

/* The variables sorted by name, as bash lists them; exported_only for export -p. */
static void list_vars(struct shell *sh, FILE *out, bool exported_only)
{
	const struct sh_var **v = vl_calloc((size_t)sh->nvars, sizeof(*v));
	int n = 0;

	for (int i = 0; i < sh->nvars; i++)
		if (!exported_only || sh->vars[i].exported)
			v[n++] = &sh->vars[i];
	qsort(v, (size_t)n, sizeof(*v), cmp_var);
	for (int i = 0; i < n; i++) {
		if (exported_only) {
			fprintf(out, "declare -x %s", v[i]->name);
			if (v[i]->value) {
				fputs("=\"", out);
				for (const char *p = v[i]->value; *p; p++) {
					if (strchr("\"\\$`", *p))
						fputc('\\', out);
					fputc(*p, out);
				}
				fputc('"', out);
			}
			fputc('\n', out);
		} else if (v[i]->value) {
			fprintf(out, "%s=", v[i]->name);
			if (strpbrk(v[i]->value, " \t\n'\"\\$`*?[]{}()<>|&;#~") || !v[i]->value[0]) {
				fputc('\'', out);
				for (const char *p = v[i]->value; *p; p++)
					fputs(*p == '\'' ? "'\\''" : (char[2]){ *p, 0 }, out);
				fputc('\'', out);
			} else {
				fputs(v[i]->value, out);
			}
			fputc('\n', out);
		}
	}
	free(v);
}

static bool valid_name(const char *s, size_t len)
{
	if (!len || !(s[0] == '_' || (s[0] >= 'a' && s[0] <= 'z') || (s[0] >= 'A' && s[0] <= 'Z')))
		return false;
	for (size_t i = 1; i < len; i++)
		if (!(s[i] == '_' || (s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z') ||
		      (s[i] >= '0' && s[i] <= '9')))
			return false;
	return true;
}

int builtin_export(struct vl_cmd_ctx *c, int argc, char **argv)
{
	int i = 1, st = 0;

	if (i < argc && !strcmp(argv[i], "-p"))
		i++;
	if (i < argc && argv[i][0] == '-' && strcmp(argv[i], "--")) {
		shell_errprefix(c->sh, c->err);
		fprintf(c->err, "export: option `%s' is not supported by vethlab's shell\n", argv[i]);
		return 2;
	}
	if (i < argc && !strcmp(argv[i], "--"))
		i++;
	if (i >= argc) {
		list_vars(c->sh, c->out, true);
		return 0;
	}
	for (; i < argc; i++) {
		const char *eq = strchr(argv[i], '=');
		size_t len = eq ? (size_t)(eq - argv[i]) : strlen(argv[i]);
		char *name;

		if (!valid_name(argv[i], len)) {
			shell_errprefix(c->sh, c->err);
			fprintf(c->err, "export: `%s': not a valid identifier\n", argv[i]);
			st = 1;
			continue;
		}
		name = vl_strndup(argv[i], len);
		sh_var_set(c->sh, name, eq ? eq + 1 : NULL, true);
		free(name);
	}
	return st;
}

int builtin_unset(struct vl_cmd_ctx *c, int argc, char **argv)
{
	int i = 1, st = 0;

	if (i < argc && (!strcmp(argv[i], "-v") || !strcmp(argv[i], "-f")))
		i++;
	for (; i < argc; i++) {
		if (!valid_name(argv[i], strlen(argv[i]))) {
			shell_errprefix(c->sh, c->err);
			fprintf(c->err, "unset: `%s': not a valid identifier\n", argv[i]);
			st = 1;
			continue;
		}
		sh_var_unset(c->sh, argv[i]);
	}
	return st;
}

/* The options of set vethlab models, by letter (-e) and by -o name. */
static const struct { char letter; const char *word; } set_opts[] = {
	{ 'e', "errexit" }, { 'x', "xtrace" },
};

static bool *set_opt_flag(struct shell *sh, size_t i)
{
	return i == 0 ? &sh->opts.errexit : &sh->opts.xtrace;
}

/* One option of set, given as a letter (word NULL) or a -o name: e and x are
 * modelled, the rest is refused. */
static int set_flag(struct vl_cmd_ctx *c, char letter, const char *word, bool on)
{
	for (size_t i = 0; i < sizeof(set_opts) / sizeof(set_opts[0]); i++)
		if (word ? !strcmp(word, set_opts[i].word)
			 : letter == set_opts[i].letter) {
			*set_opt_flag(c->sh, i) = on;
			return 0;
		}
	shell_errprefix(c->sh, c->err);
	if (word)
		fprintf(c->err, "set: %c%s: option not supported by vethlab's shell\n", on ? '-' : '+', word);
	else
		fprintf(c->err, "set: %c%c: option not supported by vethlab's shell\n", on ? '-' : '+', letter);
	return 2;
}

int builtin_set(struct vl_cmd_ctx *c, int argc, char **argv)
{
	int i = 1;

	if (argc == 1) {
		list_vars(c->sh, c->out, false);
		return 0;
	}
	for (; i < argc && (argv[i][0] == '-' || argv[i][0] == '+') && argv[i][1]; i++) {
		bool on = argv[i][0] == '-';

		if (!strcmp(argv[i], "--")) {
			i++;
			break;
		}
		if (argv[i][1] == 'o' && !argv[i][2]) {
			if (i + 1 >= argc)
				return set_flag(c, 0, "o", on);
			if (set_flag(c, 0, argv[++i], on))
				return 2;
			continue;
		}
		for (const char *p = argv[i] + 1; *p; p++) {
			if (set_flag(c, *p, NULL, on))
				return 2;
		}
	}
	if (i < argc || (i > 1 && !strcmp(argv[i - 1], "--")))
		sh_set_params(c->sh, argc - i, argv + i);
	return 0;
}

int builtin_shift(struct vl_cmd_ctx *c, int argc, char **argv)
{
	struct shell *sh = c->sh;
	long n = 1;

	if (argc > 1) {
		char *end;

		n = strtol(argv[1], &end, 10);
		if (*end || !argv[1][0]) {
			shell_errprefix(sh, c->err);
			fprintf(c->err, "shift: %s: numeric argument required\n", argv[1]);
			return 1;
		}
	}
	if (n < 0 || n > sh->nparams) {
		if (n < 0) {
			shell_errprefix(sh, c->err);
			fprintf(c->err, "shift: %ld: shift count out of range\n", n);
		}
		return 1;
	}
	if (n)
		sh_set_params(sh, sh->nparams - (int)n, sh->params + n);
	return 0;
}

/* A bash builtin's option (or form) that vethlab's shell does not model: refused, status 2. */
int sh_option_refused(struct vl_cmd_ctx *c, const char *builtin, const char *what)
{
	shell_errprefix(c->sh, c->err);
	fprintf(c->err, "%s: %s: option not supported by vethlab's shell\n", builtin, what);
	return 2;
}

int builtin_cd(struct vl_cmd_ctx *c, int argc, char **argv)
{
	const char *dir = argc > 1 ? argv[1] : sh_var_get(c->sh, "HOME");
	bool back = argc > 1 && !strcmp(argv[1], "-");
	struct vfs_path vp;
	char buf[4096], old[4096];

	if (argc > 1 && argv[1][0] == '-' && argv[1][1])
		return sh_option_refused(c, "cd", argv[1]);
	/* cd -: back to $OLDPWD, printing where it went. */
	if (back && !(dir = sh_var_get(c->sh, "OLDPWD"))) {
		shell_errprefix(c->sh, c->err);
		fputs("cd: OLDPWD not set\n", c->err);
		return 1;
	}
	if (argc > 2) {
		shell_errprefix(c->sh, c->err);
		fputs("cd: too many arguments\n", c->err);
		return 1;
	}
	if (!dir) {
		shell_errprefix(c->sh, c->err);
		fputs("cd: HOME not set\n", c->err);
		return 1;
	}
	vfs_resolve(c->net, dir, &vp);
	if (vp.where != VFS_HOST) {
		/* The host's own /proc/sys/net would become the working directory: no. */
		shell_errprefix(c->sh, c->err);
		fprintf(c->err, "cd: %s: %s\n", dir, vp.where == VFS_EMULATED ?
			"changing into an emulated directory is not supported by vethlab" : VFS_REFUSED_TEXT);
		return 1;
	}
	if (!getcwd(old, sizeof(old)))
		old[0] = 0;
	if (chdir(dir) < 0) {
		shell_errprefix(c->sh, c->err);
		fprintf(c->err, "cd: %s: %s\n", dir, strerror(errno));
		return 1;
	}
	if (old[0])
		sh_var_set(c->sh, "OLDPWD", old, false);
	if (getcwd(buf, sizeof(buf))) {
		sh_var_set(c->sh, "PWD", buf, false);
		if (back)
			fprintf(c->out, "%s\n", buf);
	}
	return 0;
}

int builtin_pwd(struct vl_cmd_ctx *c, int argc, char **argv)
{
	char buf[4096];

	(void)argc, (void)argv;
	if (!getcwd(buf, sizeof(buf))) {
		shell_errprefix(c->sh, c->err);
		fprintf(c->err, "pwd: error retrieving current directory: %s\n", strerror(errno));
		return 1;
	}
	fprintf(c->out, "%s\n", buf);
	return 0;
}

/* source FILE [ARGS]: the file's lines run in this shell, with its own line numbers. */
int builtin_source(struct vl_cmd_ctx *c, int argc, char **argv)
{
	struct shell *sh = c->sh;
	const char *saved_script = sh->opts.script;
	struct vfs_path vp;
	int saved_line = sh->lineno, saved_n = sh->nparams;
	char **saved_p = sh->params;
	FILE *f;

	if (argc < 2) {
		shell_errprefix(sh, c->err);
		fprintf(c->err, "%s: filename argument required\n", argv[0]);
		return 2;
	}
	if (sh->depth >= SH_MAX_SOURCE_DEPTH) {
		shell_errprefix(sh, c->err);
		fprintf(c->err, "%s: maximum nesting level exceeded (%d)\n", argv[0], SH_MAX_SOURCE_DEPTH);
		return 1;
	}
	vfs_resolve(c->net, argv[1], &vp);
	f = vp.where == VFS_HOST || vp.where == VFS_HOST_RO ? fopen(argv[1], "r") : NULL;
	if (!f) {
		shell_errprefix(sh, c->err);
		fprintf(c->err, "%s: %s\n", argv[1], vp.where == VFS_HOST || vp.where == VFS_HOST_RO ?
			strerror(errno) : "sourcing an emulated or refused file is not supported by vethlab");
		return 1;
	}
	if (argc > 2) {
		sh->params = NULL;
		sh->nparams = 0;
		sh_set_params(sh, argc - 2, argv + 2);
	}
	sh->opts.script = argv[1];
	sh->lineno = 0;
	sh->depth++;
	shell_run_stream(sh, f);
	sh->depth--;
	fclose(f);
	sh->opts.script = saved_script;
	sh->lineno = saved_line;
	if (argc > 2) {
		sh_set_params(sh, 0, NULL);
		sh->params = saved_p;
		sh->nparams = saved_n;
	}
	return sh->status;
}

int builtin_colon(struct vl_cmd_ctx *c, int argc, char **argv)
{
	(void)c, (void)argc, (void)argv;
	return 0;
}

int builtin_refused(struct vl_cmd_ctx *c, int argc, char **argv)
{
	(void)argc;
	shell_errprefix(c->sh, c->err);
	fprintf(c->err, "%s: this bash builtin is not supported by vethlab's shell\n", argv[0]);
	return 2;
}

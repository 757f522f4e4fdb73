/* vars.c: shell variables (NAME=value, export, unset) and the positional parameters. */
#include <stdlib.h>
#include <string.h>

#include "../core/alloc.h"
#include "shell_int.h"

static struct sh_var *var_find(const struct shell *sh, const char *name)
{
	for (int i = 0; i < sh->nvars; i++)
		if (!strcmp(sh->vars[i].name, name))
			return &sh->vars[i];
	return NULL;
}

const char *sh_var_get(const struct shell *sh, const char *name)
{
	const struct sh_var *v = var_find(sh, name);

	return v ? v->value : NULL;
}

void sh_var_set(struct shell *sh, const char *name, const char *value, bool export)
{
	struct sh_var *v = var_find(sh, name);

	if (!v) {
		sh->vars = vl_realloc(sh->vars, (size_t)(sh->nvars + 1) * sizeof(*sh->vars));
		v = &sh->vars[sh->nvars++];
		v->name = vl_strdup(name);
		v->value = NULL;
		v->exported = false;
	}
	if (value) {
		free(v->value);
		v->value = vl_strdup(value);
	}
	v->exported |= export;
}

void sh_var_unset(struct shell *sh, const char *name)
{
	struct sh_var *v = var_find(sh, name);

	if (!v)
		return;
	free(v->name);
	free(v->value);
	*v = sh->vars[--sh->nvars];
}

void sh_vars_free(struct shell *sh)
{
	for (int i = 0; i < sh->nvars; i++) {
		free(sh->vars[i].name);
		free(sh->vars[i].value);
	}
	free(sh->vars);
	sh->vars = NULL;
	sh->nvars = 0;
	sh_set_params(sh, 0, NULL);
	free(sh->argv0);
	sh->argv0 = NULL;
}

void sh_set_params(struct shell *sh, int n, char *const *v)
{
	char **nv = n ? vl_calloc((size_t)n, sizeof(*nv)) : NULL;

	for (int i = 0; i < n; i++)
		nv[i] = vl_strdup(v[i]);
	for (int i = 0; i < sh->nparams; i++)
		free(sh->params[i]);
	free(sh->params);
	sh->params = nv;
	sh->nparams = n;
}

/*
 * nstat.c: iproute2 6.1's nstat: the namespace's SNMP counters (/proc/net/snmp,
 * snmp6, netstat) as increments since the last run, kept in a history file
 * (/tmp/.nstat.uUID, here the world's own, so nothing of the host is touched).
 */
#include <fnmatch.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../ctl/sys.h"
#include "../ctl/vfs.h"
#include "getopt_gnu.h"
#include "tools.h"

#define NSTAT_HISTORY "/tmp/.nstat.u0"

struct nstat_ent {
	char id[64];
	unsigned long long val;
};

struct nstat_db {
	struct nstat_ent *v;
	int n, cap;
};

struct nstat {
	struct vl_cmd_ctx *c;
	bool dump_zeros, reset_history, ignore_history, no_output, no_update, json, pretty;
	char **patterns;
	int npatterns;
	char info_source[128];
	struct nstat_db kern, hist;
};

/* What nstat leaves out of every listing: constants, not counters. */
static const char *const useless_numbers[] = {
	"IpForwarding", "IpDefaultTTL", "TcpRtoAlgorithm", "TcpRtoMin", "TcpRtoMax", "TcpMaxConn", "TcpCurrEstab",
};

static void db_add(struct nstat_db *db, const char *id, unsigned long long val)
{
	for (size_t i = 0; i < sizeof(useless_numbers) / sizeof(useless_numbers[0]); i++)
		if (!strcmp(id, useless_numbers[i]))
			return;
	if (db->n == db->cap) {
		db->cap = db->cap ? 2 * db->cap : 64;
		db->v = realloc(db->v, (size_t)db->cap * sizeof(*db->v));
		if (!db->v)
			abort();
	}
	snprintf(db->v[db->n].id, sizeof(db->v[0].id), "%s", id);
	db->v[db->n++].val = val;
}

/* load_good_table: "ID VALUE [RATE]" lines; a "#SOURCE" line names where they came from. */
static void load_good_table(struct nstat *s, struct nstat_db *db, char *buf)
{
	char *save = NULL;

	for (char *line = strtok_r(buf, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
		char id[64];
		unsigned long long val;

		if (line[0] == '#') {
			snprintf(s->info_source, sizeof(s->info_source), "%s", line + 1);
			continue;
		}
		if (sscanf(line, "%63s%llu", id, &val) == 2)
			db_add(db, id, val);
	}
}

/* load_ugly_table: "Prefix: Name..." then "Prefix: value..." pairs; each counter is PrefixName. */
static void load_ugly_table(struct nstat_db *db, char *buf)
{
	char *save = NULL, *names;

	while ((names = strtok_r(buf, "\n", &save)) != NULL) {
		char *values = strtok_r(NULL, "\n", &save), *ns = NULL, *vs = NULL, *colon = strchr(names, ':');
		char prefix[32], id[64];

		buf = NULL;
		if (!values || !colon)
			return;
		snprintf(prefix, sizeof(prefix), "%.*s", (int)(colon - names), names);
		strtok_r(names, " ", &ns);
		strtok_r(values, " ", &vs);
		for (char *n = strtok_r(NULL, " ", &ns), *v = strtok_r(NULL, " ", &vs); n && v;
		     n = strtok_r(NULL, " ", &ns), v = strtok_r(NULL, " ", &vs)) {
			snprintf(id, sizeof(id), "%s%s", prefix, n);
			db_add(db, id, strtoull(v, NULL, 10));
		}
	}
}

static void load_file(struct nstat *s, const char *path, bool ugly)
{
	char *buf = NULL;
	size_t len;

	if (vfs_read(s->c->net, path, &buf, &len))
		return;
	if (ugly)
		load_ugly_table(&s->kern, buf);
	else
		load_good_table(s, &s->kern, buf);
	free(buf);
}

static bool match(const struct nstat *s, const char *id)
{
	if (!s->npatterns)
		return true;
	for (int i = 0; i < s->npatterns; i++)
		if (!fnmatch(s->patterns[i], id, FNM_CASEFOLD))
			return true;
	return false;
}

/* The history entry for id at or after *h (the two lists share an order), moving *h past it. */
static const struct nstat_ent *hist_find(const struct nstat *s, int *h, const char *id)
{
	for (int i = *h; i < s->hist.n; i++) {
		if (!strcmp(s->hist.v[i].id, id)) {
			*h = i + 1;
			return &s->hist.v[i];
		}
	}
	return NULL;
}

/* One listing: the text form, or json_writer's (compact or pretty) as iproute2 prints it. */
struct out {
	FILE *f;
	bool json, pretty;
	int n;
};

static void out_begin(struct out *o, const struct nstat *s)
{
	if (!o->json)
		fprintf(o->f, "#%s\n", s->info_source);
	else if (o->pretty)
		fprintf(o->f, "{\n    \"%s\": {", s->info_source);
	else
		fprintf(o->f, "{\"%s\":{", s->info_source);
}

static void out_ent(struct out *o, const char *id, unsigned long long val, bool ovfl)
{
	if (!o->json)
		fprintf(o->f, "%-32s%-16llu%6.1f%s\n", id, val, 0.0, ovfl ? " (overflow)" : "");
	else if (o->pretty)
		fprintf(o->f, "%s\n        \"%s\": %llu", o->n ? "," : "", id, val);
	else
		fprintf(o->f, "%s\"%s\":%llu", o->n ? "," : "", id, val);
	o->n++;
}

static void out_end(struct out *o)
{
	if (!o->json)
		return;
	if (o->pretty)
		fputs(o->n ? "\n    }\n}\n" : "}\n}\n", o->f);
	else
		fputs("}}\n", o->f);
}

/* dump_kern_db: the counters as they are (to the history: the old value of what the patterns leave out). */
static void dump_kern_db(const struct nstat *s, struct out *o, bool to_hist)
{
	int h = 0;

	out_begin(o, s);
	for (int i = 0; i < s->kern.n; i++) {
		const struct nstat_ent *n = &s->kern.v[i], *h1;
		unsigned long long val = n->val;

		if (!s->dump_zeros && !val)
			continue;
		if (!match(s, n->id)) {
			if (!to_hist)
				continue;
			if ((h1 = hist_find(s, &h, n->id)))
				val = h1->val;
		}
		out_ent(o, n->id, val, false);
	}
	out_end(o);
}

/* dump_incr_db: what each counter gained since the history (a counter that went back: "(overflow)"). */
static void dump_incr_db(const struct nstat *s, struct out *o)
{
	int h = 0;

	out_begin(o, s);
	for (int i = 0; i < s->kern.n; i++) {
		const struct nstat_ent *n = &s->kern.v[i], *h1 = hist_find(s, &h, n->id);
		unsigned long long val = n->val;
		bool ovfl = false;

		if (h1) {
			if (val < h1->val) {
				ovfl = true;
				val = h1->val;
			}
			val -= h1->val;
		}
		if ((!s->dump_zeros && !val) || !match(s, n->id))
			continue;
		out_ent(o, n->id, val, ovfl);
	}
	out_end(o);
}

static int nstat_usage(struct nstat *s)
{
	fputs("Usage: nstat [OPTION] [ PATTERN [ PATTERN ] ]\n"
	      "   -h, --help          this message\n"
	      "   -a, --ignore        ignore history\n"
	      "   -d, --scan=SECS     sample every statistics every SECS\n"
	      "   -j, --json          format output in JSON\n"
	      "   -n, --nooutput      do history only\n"
	      "   -p, --pretty        pretty print\n"
	      "   -r, --reset         reset history\n"
	      "   -s, --noupdate      don't update history\n"
	      "   -t, --interval=SECS report average over the last SECS\n"
	      "   -V, --version       output version information\n"
	      "   -z, --zeros         show entries with zero activity\n",
	      s->c->err);
	return 255;
}

static const struct go_longopt nstat_longopts[] = {
	{ "help", GO_NO_ARG, 'h' }, { "ignore", GO_NO_ARG, 'a' }, { "scan", GO_REQUIRED, 'd' },
	{ "json", GO_NO_ARG, 'j' }, { "nooutput", GO_NO_ARG, 'n' }, { "pretty", GO_NO_ARG, 'p' },
	{ "reset", GO_NO_ARG, 'r' }, { "noupdate", GO_NO_ARG, 's' }, { "interval", GO_REQUIRED, 't' },
	{ "version", GO_NO_ARG, 'V' }, { "zeros", GO_NO_ARG, 'z' }, { NULL, 0, 0 },
};

/* The options; -1 to go on, else the exit status. */
static int nstat_parse(struct nstat *s, struct go_parser *g)
{
	int ch;

	while ((ch = go_next(g)) != -1) {
		switch (ch) {
		case 'z': s->dump_zeros = true; break;
		case 'r': s->reset_history = true; break;
		case 'a': s->ignore_history = true; break;
		case 's': s->no_update = true; break;
		case 'n': s->no_output = true; break;
		case 'j': s->json = true; break;
		case 'p': s->pretty = true; break;
		case 'd':
		case 't':
			/* The daemon (-d) and its averages (-t) would outlive the command: not modelled. */
			fprintf(s->c->err, "nstat: option -%c is not supported by vethlab\n", ch);
			return 255;
		case 'v':
		case 'V':
			fputs("nstat utility, iproute2-6.1.0\n", s->c->out);
			return 0;
		default:
			return nstat_usage(s);
		}
	}
	s->patterns = g->ops;
	s->npatterns = g->nops;
	return -1;
}

/* The history: read (unless -a), the counters, the listing, and the history written back (unless -s). */
static int nstat_run(struct nstat *s)
{
	struct world *w = s->c->world;
	struct out o = { .f = s->c->out, .json = s->json, .pretty = s->pretty };
	size_t len;
	const char *hist;

	if (s->reset_history)
		sys_file_del(w, NSTAT_HISTORY);
	if ((!s->ignore_history || !s->no_update) && !sys_file_get(w, NSTAT_HISTORY, &len))
		sys_file_put(w, NSTAT_HISTORY, "", 0);
	/* Read even under -a: what the patterns leave out is written back as it was. */
	if ((!s->ignore_history || !s->no_update) && (hist = sys_file_get(w, NSTAT_HISTORY, &len))) {
		char *copy = strdup(hist);

		load_good_table(s, &s->hist, copy);
		free(copy);
	}
	/* The order nstat's loads leave: snmp, then snmp6, then netstat. */
	load_file(s, "/proc/net/snmp", true);
	load_file(s, "/proc/net/snmp6", false);
	load_file(s, "/proc/net/netstat", true);
	snprintf(s->info_source, sizeof(s->info_source), "kernel");
	if (!s->no_output) {
		if (s->ignore_history || !s->hist.n)
			dump_kern_db(s, &o, false);
		else
			dump_incr_db(s, &o);
	}
	if (!s->no_update) {
		char *buf = NULL;
		size_t blen = 0;
		struct out h = { .f = open_memstream(&buf, &blen) };

		if (!h.f)
			return 255;
		dump_kern_db(s, &h, true);
		fclose(h.f);
		sys_file_put(w, NSTAT_HISTORY, buf, blen);
		free(buf);
	}
	return 0;
}

int tool_nstat(struct vl_cmd_ctx *c, int argc, char **argv)
{
	struct nstat s = { .c = c };
	struct go_parser g;
	int st;

	go_init(&g, "nstat", c->err, argc, argv, "h?vVzrnasd:t:jp", nstat_longopts);
	st = nstat_parse(&s, &g);
	if (st < 0)
		st = nstat_run(&s);
	go_free(&g);
	free(s.kern.v);
	free(s.hist.v);
	return st;
}

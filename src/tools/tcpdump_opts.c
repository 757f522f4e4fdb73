/*
 * tcpdump_opts.c: tcpdump 4.99.3's command line: glibc getopt_long as tcpdump
 * calls it (permuting, with abbreviated long options and glibc's messages),
 * the checks tcpdump makes of each value, its usage and version texts, and
 * the refusal of every option vethlab does not model.
 */
#include <ctype.h>
#include <dlfcn.h>
#include <errno.h>
#include <limits.h>
#include <pcap/pcap.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../ctl/sys.h"
#include "cmd.h"
#include "tcpdump_print.h"

/* SHORTOPTS of tcpdump.c as Debian builds it ("Y" is there, its handler is not). */
static const char shortopts[] =
	"aAbB:c:C:dDeE:fF:G:hHi:Ij:JKlLm:M:nNOpqQ:r:s:StT:uUvV:w:W:xXy:Yz:Z:#";

enum {
	OPT_VERSION = 128,
	OPT_TSTAMP_PRECISION,
	OPT_IMMEDIATE_MODE,
	OPT_PRINT,
	OPT_TSTAMP_MICRO = 133,
	OPT_TSTAMP_NANO,
	OPT_FP_TYPE,
	OPT_COUNT,
};

struct longopt {
	const char *name;
	bool has_arg;
	int val;
};

/* longopts[], in tcpdump's order (glibc lists ambiguous candidates in it). */
static const struct longopt longopts[] = {
	{ "buffer-size", true, 'B' },
	{ "list-interfaces", false, 'D' },
	{ "help", false, 'h' },
	{ "interface", true, 'i' },
	{ "monitor-mode", false, 'I' },
	{ "time-stamp-type", true, 'j' },
	{ "list-time-stamp-types", false, 'J' },
	{ "micro", false, OPT_TSTAMP_MICRO },
	{ "nano", false, OPT_TSTAMP_NANO },
	{ "time-stamp-precision", true, OPT_TSTAMP_PRECISION },
	{ "dont-verify-checksums", false, 'K' },
	{ "list-data-link-types", false, 'L' },
	{ "no-optimize", false, 'O' },
	{ "no-promiscuous-mode", false, 'p' },
	{ "direction", true, 'Q' },
	{ "snapshot-length", true, 's' },
	{ "absolute-tcp-sequence-numbers", false, 'S' },
	{ "packet-buffered", false, 'U' },
	{ "linktype", true, 'y' },
	{ "immediate-mode", false, OPT_IMMEDIATE_MODE },
	{ "relinquish-privileges", true, 'Z' },
	{ "count", false, OPT_COUNT },
	{ "fp-type", false, OPT_FP_TYPE },
	{ "number", false, '#' },
	{ "print", false, OPT_PRINT },
	{ "version", false, OPT_VERSION },
};

#define N_LONGOPTS (sizeof(longopts) / sizeof(longopts[0]))

/* The parser's state between options. */
struct parse {
	struct vl_cmd_ctx *c;
	const char *argv0;     /* getopt names the program as invoked; tcpdump by its basename */
	struct tcpdump_opts *o;
	char refused[128];     /* the first option vethlab does not model, as written */
	char **words;          /* the non-option arguments, in order */
	int nwords;
};

/* OpenSSL_version(OPENSSL_VERSION) of the host's libcrypto, as tcpdump links it. */
static const char *openssl_version(void)
{
	const char *(*fn)(int);
	void *h = dlopen("libcrypto.so.3", RTLD_LAZY | RTLD_LOCAL);

	if (!h)
		return NULL;
	*(void **)&fn = dlsym(h, "OpenSSL_version");
	return fn ? fn(0) : NULL;
}

static void print_version(FILE *f)
{
	const char *ssl = openssl_version();

	fputs("tcpdump version 4.99.3\n", f);
	fprintf(f, "%s\n", pcap_lib_version());
	if (ssl)
		fprintf(f, "%s\n", ssl);
}

static void print_usage(FILE *f)
{
	print_version(f);
	fputs("Usage: tcpdump [-AbdDefhHIJKlLnNOpqStuUvxX#] [ -B size ] [ -c count ] [--count]\n"
	      "\t\t[ -C file_size ] [ -E algo:secret ] [ -F file ] [ -G seconds ]\n"
	      "\t\t[ -i interface ] [ --immediate-mode ] [ -j tstamptype ]\n"
	      "\t\t[ -M secret ] [ --number ] [ --print ] [ -Q in|out|inout ]\n"
	      "\t\t[ -r file ] [ -s snaplen ] [ -T type ] [ --version ]\n"
	      "\t\t[ -V file ] [ -w file ] [ -W filecount ] [ -y datalinktype ]\n"
	      "\t\t[ --time-stamp-precision precision ] [ --micro ] [ --nano ]\n"
	      "\t\t[ -z postrotate-command ] [ -Z user ] [ expression ]\n",
	      f);
}

/* error(): tcpdump's message and status 1. */
static int fail(struct parse *p, const char *fmt, const char *arg)
{
	fputs("tcpdump: ", p->c->err);
	fprintf(p->c->err, fmt, arg);
	fputc('\n', p->c->err);
	return 1;
}

/* getopt's own complaint, then tcpdump's usage. */
static int usage_error(struct parse *p)
{
	print_usage(p->c->err);
	return 1;
}

/* Notes an option vethlab does not model; the first one is reported after the loop. */
static void refuse(struct parse *p, const char *as_written)
{
	if (!p->refused[0])
		snprintf(p->refused, sizeof(p->refused), "%s", as_written);
}

static bool packet_type_known(const char *t)
{
	static const char *const types[] = { "vat", "wb", "rpc", "rtp", "rtcp", "snmp", "cnfp",
					     "tftp", "aodv", "carp", "radius", "zmtp1", "vxlan", "pgm",
					     "pgm_zmtp1", "lmp", "resp", "ptp", "someip", "domain" };

	for (size_t i = 0; i < sizeof(types) / sizeof(types[0]); i++)
		if (!strcasecmp(t, types[i]))
			return true;
	return false;
}

/* -C: strtoint64_t, in millions of bytes. */
static int check_file_size(struct parse *p, const char *arg)
{
	char *end;
	long long v;

	errno = 0;
	v = strtoll(arg, &end, 10);
	if (end == arg || *end || errno || v <= 0)
		return fail(p, "invalid file size %s", arg);
	if (v > LLONG_MAX / 1000000)
		return fail(p, "file size %s is too large", arg);
	return -1;
}

static int opt_snaplen(struct parse *p, const char *arg)
{
	char *end;
	long v = strtol(arg, &end, 0);

	p->o->snaplen = (int)v;
	if (arg == end || *end || p->o->snaplen < 0 || p->o->snaplen > 262144) {
		fprintf(p->c->err, "tcpdump: invalid snaplen %s (must be >= 0 and <= %d)\n", arg, 262144);
		return 1;
	}
	return -1;
}

static int opt_direction(struct parse *p, const char *arg)
{
	if (!strcasecmp(arg, "in"))
		p->o->qdir = PCAP_D_IN;
	else if (!strcasecmp(arg, "out"))
		p->o->qdir = PCAP_D_OUT;
	else if (!strcasecmp(arg, "inout"))
		p->o->qdir = PCAP_D_INOUT;
	else
		return fail(p, "unknown capture direction `%s'", arg);
	return -1;
}

/* The options that only count, or only set a flag. */
static bool opt_flag(struct parse *p, int op)
{
	struct tcpdump_opts *o = p->o;

	switch (op) {
	case 'a': break;                       /* compatibility with an old -a */
	case 'A': o->fmt.ascii++; break;
	case 'd': o->dflag++; break;
	case 'D': o->Dflag = true; break;
	case 'e': o->fmt.link = true; break;
	case 'I': o->Iflag = true; break;
	case 'J': o->Jflag = true; break;
	case 'K': o->fmt.no_cksum = true; break;
	case 'l': o->lflag = true; break;
	case 'L': o->Lflag = true; break;
	case 'n': o->nflag++; break;
	case 'N': o->Nflag = true; break;
	case 'O': o->optimize = false; break;
	case 'p': o->no_promisc = true; break;
	case 'q': o->fmt.quiet++; break;
	case 'S': o->fmt.abs_seq = true; break;
	case 't': o->tflag++; break;
	case 'U': o->packet_buffered = true; break;
	case 'v': o->fmt.verbose++; break;
	case 'x': o->fmt.hex++; break;
	case 'X': o->fmt.hexascii++; break;
	case '#': o->fmt.number = true; break;
	case OPT_IMMEDIATE_MODE: o->immediate = true; break;
	case OPT_PRINT: o->print = true; break;
	case OPT_TSTAMP_MICRO: break;           /* the default precision */
	case OPT_COUNT: o->count_mode = true; break;
	default: return false;
	}
	return true;
}

/* The options with a value that vethlab models. */
static int opt_value(struct parse *p, int op, const char *arg)
{
	struct tcpdump_opts *o = p->o;

	switch (op) {
	case 'B':
		if ((int)((unsigned int)atoi(arg) * 1024u) <= 0)
			return fail(p, "invalid packet buffer size %s", arg);
		return -1;  /* no effect: an emulated capture never overflows its buffer */
	case 'c':
		o->count = atoi(arg);
		if (o->count <= 0)
			return fail(p, "invalid packet count %s", arg);
		return -1;
	case 'F': o->ffile = arg; return -1;
	case 'i': o->dev = arg; return -1;
	case 'j':
		o->jtype = pcap_tstamp_type_name_to_val(arg);
		if (o->jtype < 0)
			return fail(p, "invalid time stamp type %s", arg);
		return -1;
	case 'm':
		fprintf(p->c->err, "tcpdump: ignoring option `-m %s' (no libsmi support)\n", arg);
		return -1;
	case 'Q': return opt_direction(p, arg);
	case 'r': o->rfile = arg; return -1;
	case 's': return opt_snaplen(p, arg);
	case 'w': o->wfile = arg; return -1;
	case 'y':
		o->yname = arg;
		o->ydlt = pcap_datalink_name_to_val(arg);
		if (o->ydlt < 0)
			return fail(p, "invalid data link type %s", arg);
		return -1;
	default:
		return -2;
	}
}

/* The options vethlab refuses, after the checks tcpdump makes of their values. */
static int opt_refused(struct parse *p, int op, const char *arg, const char *as_written)
{
	int st = -1;

	switch (op) {
	case 'f': p->o->fflag = true; break;
	case 'V': p->o->vfile = true; break;
	case 'C': st = check_file_size(p, arg); break;
	case 'G':
		if (atoi(arg) < 0)
			st = fail(p, "invalid number of seconds %s", arg);
		break;
	case 'T':
		if (!packet_type_known(arg))
			st = fail(p, "unknown packet type `%s'", arg);
		break;
	case 'W':
		if (atoi(arg) <= 0)
			st = fail(p, "invalid number of output files %s", arg);
		break;
	case OPT_TSTAMP_PRECISION:
		if (!strncmp(arg, "micro", 5))
			return -1;
		if (strncmp(arg, "nano", 4))
			st = fail(p, "unsupported time stamp precision%s", "");
		break;
	default:
		break;
	}
	if (st < 0)
		refuse(p, as_written);
	return st;
}

/* One option, as tcpdump's switch handles it; -1 to go on. */
static int handle(struct parse *p, int op, const char *arg, const char *as_written)
{
	int st;

	if (op == 'h') {
		print_usage(p->c->out);
		return 0;
	}
	if (op == OPT_VERSION) {
		print_version(p->c->out);
		return 0;
	}
	if (op == OPT_FP_TYPE) {
		/* float_type_check(0x4e93312d) on an IEEE 754 machine. */
		fputs("9877.895\n", p->c->out);
		return 0;
	}
	if (op == 'Y')
		return usage_error(p);  /* in SHORTOPTS, but Debian's build has no handler */
	if (opt_flag(p, op))
		return -1;
	st = opt_value(p, op, arg);
	if (st != -2)
		return st;
	return opt_refused(p, op, arg, as_written);
}

/*
 * The option as the refusal names it: -b, -Z root, --nano, --time-stamp-precision
 * nano. A short option is given by a pointer to its letter within its word.
 */
static void written(char *buf, size_t n, const char *name, int len, const char *arg)
{
	if (len == 2)
		snprintf(buf, n, "-%c%s%s", name[1], arg ? " " : "", arg ? arg : "");
	else
		snprintf(buf, n, "%.*s%s%s", len, name, arg ? " " : "", arg ? arg : "");
}

/* glibc's process_long_option: the word after "--" (the "--" is in word). */
static int long_option(struct parse *p, int argc, char **argv, int *i)
{
	const char *word = argv[*i], *name = word + 2, *eq = strchr(name, '=');
	size_t len = eq ? (size_t)(eq - name) : strlen(name);
	const struct longopt *found = NULL;
	const char *arg = NULL;
	int nmatch = 0;
	bool ambiguous = false;
	char as[128];

	for (size_t k = 0; k < N_LONGOPTS; k++) {
		if (strncmp(longopts[k].name, name, len))
			continue;
		if (strlen(longopts[k].name) == len) {
			found = &longopts[k];
			nmatch = 1;
			ambiguous = false;
			break;
		}
		if (!found)
			found = &longopts[k];
		else if (found->has_arg != longopts[k].has_arg || found->val != longopts[k].val)
			ambiguous = true;
		nmatch++;
	}
	if (ambiguous) {
		fprintf(p->c->err, "%s: option '%s' is ambiguous; possibilities:", p->argv0, word);
		for (size_t k = 0; k < N_LONGOPTS; k++)
			if (!strncmp(longopts[k].name, name, len))
				fprintf(p->c->err, " '--%s'", longopts[k].name);
		fputc('\n', p->c->err);
		return usage_error(p);
	}
	if (!found) {
		fprintf(p->c->err, "%s: unrecognized option '%s'\n", p->argv0, word);
		return usage_error(p);
	}
	if (eq && !found->has_arg) {
		fprintf(p->c->err, "%s: option '--%s' doesn't allow an argument\n", p->argv0, found->name);
		return usage_error(p);
	}
	if (found->has_arg) {
		arg = eq ? eq + 1 : *i + 1 < argc ? argv[++*i] : NULL;
		if (!arg) {
			fprintf(p->c->err, "%s: option '--%s' requires an argument\n", p->argv0, found->name);
			return usage_error(p);
		}
	}
	written(as, sizeof(as), word, (int)strcspn(word, "="), arg);
	return handle(p, found->val, arg, as);
}

/* A cluster of short options: -nvc5 is -n -v -c 5. */
static int short_options(struct parse *p, int argc, char **argv, int *i)
{
	for (const char *q = argv[*i] + 1; *q; q++) {
		const char *spec = *q == ':' ? NULL : strchr(shortopts, *q), *arg = NULL;
		char as[128];
		int st;

		if (!spec) {
			fprintf(p->c->err, "%s: invalid option -- '%c'\n", p->argv0, *q);
			return usage_error(p);
		}
		if (spec[1] == ':') {
			arg = q[1] ? q + 1 : *i + 1 < argc ? argv[++*i] : NULL;
			if (!arg) {
				fprintf(p->c->err, "%s: option requires an argument -- '%c'\n", p->argv0, *q);
				return usage_error(p);
			}
		}
		written(as, sizeof(as), q - 1, 2, arg);
		st = handle(p, (unsigned char)*q, arg, as);
		if (st >= 0 || arg)
			return st;
	}
	return -1;
}

/* copy_argv: the expression is the remaining words joined by spaces. */
static char *join_words(char **w, int n)
{
	size_t len = 1;
	char *s;

	if (!n)
		return NULL;
	for (int i = 0; i < n; i++)
		len += strlen(w[i]) + 1;
	s = vl_calloc(1, len);
	for (int i = 0; i < n; i++) {
		if (i)
			strcat(s, " ");
		strcat(s, w[i]);
	}
	return s;
}

static int scan(struct parse *p, int argc, char **argv)
{
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		int st;

		if (!strcmp(a, "--")) {
			while (++i < argc)
				p->words[p->nwords++] = argv[i];
			break;
		}
		if (a[0] != '-' || a[1] == '\0') {
			p->words[p->nwords++] = argv[i];
			continue;
		}
		st = a[1] == '-' ? long_option(p, argc, argv, &i) : short_options(p, argc, argv, &i);
		if (st >= 0)
			return st;
	}
	return -1;
}

int td_parse_opts(struct vl_cmd_ctx *c, struct tcpdump_opts *o, int argc, char **argv)
{
	struct parse p = { .c = c, .o = o, .argv0 = argc > 0 ? argv[0] : "tcpdump" };
	int st;

	memset(o, 0, sizeof(*o));
	o->ydlt = -1;
	o->jtype = -1;
	o->qdir = -1;
	o->optimize = true;
	p.words = vl_calloc((size_t)argc + 1, sizeof(char *));
	st = scan(&p, argc, argv);
	if (st < 0 && p.refused[0])
		o->refused = vl_strdup(p.refused);
	if (st < 0)
		o->filter = join_words(p.words, p.nwords);
	free(p.words);
	return st;
}

void td_free_opts(struct tcpdump_opts *o)
{
	free(o->refused);
	free(o->filter);
	tcpdump_tcp_table_free(o->fmt.tcp_convs);
	free(o->fmt.state);
	tcpdump_names_free(o->fmt.names);
}

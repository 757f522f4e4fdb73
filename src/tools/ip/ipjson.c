/* ipjson.c: the ip tool's output layer: iproute2 6.1's json_writer.c, json_print.c and color.c over ip_ctx. */
#include <stdarg.h>
#include <inttypes.h>
#include <sys/socket.h>

#include "ip_common.h"

/*
 * json-c is not used: iproute2's writer puts "[ " and " ]" around pretty
 * arrays, indents by 4, writes "key": value with one space only when
 * pretty, and escapes no '/' and no control character but the C ones.
 */

/* jsonw_eol: a new line and the indentation, when pretty. */
static void jw_eol(struct ip_json *jw)
{
	if (!jw->pretty)
		return;
	putc('\n', jw->out);
	for (unsigned int i = 0; i < jw->depth; i++)
		fputs("    ", jw->out);
}

/* jsonw_eor: the comma owed before a value that is not the first. */
static void jw_eor(struct ip_json *jw)
{
	if (jw->sep)
		putc(jw->sep, jw->out);
	jw->sep = ',';
}

/* jsonw_puts: C escapes only, bytes above 0x7f as they are. */
static void jw_puts(struct ip_json *jw, const char *s)
{
	putc('"', jw->out);
	for (; *s; s++) {
		switch (*s) {
		case '\t': fputs("\\t", jw->out); break;
		case '\n': fputs("\\n", jw->out); break;
		case '\r': fputs("\\r", jw->out); break;
		case '\f': fputs("\\f", jw->out); break;
		case '\b': fputs("\\b", jw->out); break;
		case '\\': fputs("\\\\", jw->out); break;
		case '"': fputs("\\\"", jw->out); break;
		default: putc(*s, jw->out);
		}
	}
	putc('"', jw->out);
}

static void jw_begin(struct ip_json *jw, int c)
{
	jw_eor(jw);
	putc(c, jw->out);
	jw->depth++;
	jw->sep = 0;
}

static void jw_end(struct ip_json *jw, int c)
{
	jw->depth--;
	if (jw->sep)
		jw_eol(jw);
	putc(c, jw->out);
	jw->sep = ',';
}

static void jw_name(struct ip_json *jw, const char *name)
{
	jw_eor(jw);
	jw_eol(jw);
	jw->sep = 0;
	jw_puts(jw, name);
	putc(':', jw->out);
	if (jw->pretty)
		putc(' ', jw->out);
}

static void jw_start_array(struct ip_json *jw)
{
	jw_begin(jw, '[');
	if (jw->pretty)
		putc(' ', jw->out);
}

static void jw_end_array(struct ip_json *jw)
{
	if (jw->pretty && jw->sep)
		putc(' ', jw->out);
	jw->sep = 0;
	jw_end(jw, ']');
}

/* A key (when given), then the separator a value owes (none right after a key). */
static void jw_key(struct ip_json *jw, const char *key)
{
	if (key)
		jw_name(jw, key);
	jw_eor(jw);
}

static struct ip_json *json_of(struct ip_ctx *ip)
{
	return ip->jw.out ? &ip->jw : NULL;
}

static bool json_ctx(struct ip_ctx *ip, enum ip_out t)
{
	return json_of(ip) && (t & (IPP_JSON | IPP_ANY));
}

static bool fp_ctx(struct ip_ctx *ip, enum ip_out t)
{
	return !json_of(ip) && (t & (IPP_FP | IPP_ANY));
}

void ipp_json_begin(struct ip_ctx *ip)
{
	if (!ip->json)
		return;
	ip->jw = (struct ip_json){ .out = ip->c->out, .pretty = ip->pretty };
	jw_start_array(&ip->jw);
}

/* delete_json_obj: the closing bracket and a new line. */
void ipp_json_end(struct ip_ctx *ip)
{
	if (!json_of(ip))
		return;
	jw_end_array(&ip->jw);
	fputc('\n', ip->jw.out);
	ip->jw.out = NULL;
}

void ipp_json_abandon(struct ip_ctx *ip)
{
	ip->jw.out = NULL;
}

bool ipp_is_json(const struct ip_ctx *ip)
{
	return ip->jw.out != NULL;
}

void ipp_open_object(struct ip_ctx *ip, const char *key)
{
	struct ip_json *jw = json_of(ip);

	if (!jw)
		return;
	if (key)
		jw_name(jw, key);
	jw_begin(jw, '{');
}

void ipp_close_object(struct ip_ctx *ip)
{
	struct ip_json *jw = json_of(ip);

	if (jw)
		jw_end(jw, '}');
}

void ipp_open_array(struct ip_ctx *ip, enum ip_out t, const char *str)
{
	if (json_ctx(ip, t)) {
		if (str)
			jw_name(&ip->jw, str);
		jw_start_array(&ip->jw);
	} else if (fp_ctx(ip, t)) {
		fputs(str, ip->c->out);
	}
}

void ipp_close_array(struct ip_ctx *ip, enum ip_out t, const char *str)
{
	if (json_ctx(ip, t))
		jw_end_array(&ip->jw);
	else if (fp_ctx(ip, t))
		fputs(str, ip->c->out);
}

/* color_codes and the light palette (attr_colors_light): COLORFGBG is not consulted. */
static const char *color_code(enum ip_color c)
{
	static const char *const light[] = {
		"\033[36m", "\033[33m", "\033[35m", "\033[34m", "\033[32m", "\033[31m",
	};

	return c < IPC_NONE ? light[c] : "";
}

static void color_vprintf(struct ip_ctx *ip, enum ip_color c, const char *fmt, va_list ap)
	__attribute__((format(printf, 3, 0)));

static void color_vprintf(struct ip_ctx *ip, enum ip_color c, const char *fmt, va_list ap)
{
	bool on = ip->color_on && c != IPC_NONE;

	if (on)
		fputs(color_code(c), ip->c->out);
	vfprintf(ip->c->out, fmt, ap);
	if (on)
		fputs("\033[0m", ip->c->out);
}

void ipp_color_printf(struct ip_ctx *ip, enum ip_color c, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	color_vprintf(ip, c, fmt, ap);
	va_end(ap);
}

void ipp_string(struct ip_ctx *ip, enum ip_out t, enum ip_color c, const char *key, const char *fmt,
		const char *val)
{
	if (json_ctx(ip, t)) {
		if (key && !val) {
			jw_name(&ip->jw, key);
		} else {
			jw_key(&ip->jw, key);
			jw_puts(&ip->jw, val);
		}
	} else if (fp_ctx(ip, t)) {
		ipp_color_printf(ip, c, fmt, val);
	}
}

void ipp_int(struct ip_ctx *ip, enum ip_out t, const char *key, const char *fmt, int val)
{
	if (json_ctx(ip, t)) {
		jw_key(&ip->jw, key);
		fprintf(ip->jw.out, "%d", val);
	} else if (fp_ctx(ip, t)) {
		fprintf(ip->c->out, fmt, val);
	}
}

void ipp_uint(struct ip_ctx *ip, enum ip_out t, const char *key, const char *fmt, unsigned int val)
{
	if (json_ctx(ip, t)) {
		jw_key(&ip->jw, key);
		fprintf(ip->jw.out, "%u", val);
	} else if (fp_ctx(ip, t)) {
		fprintf(ip->c->out, fmt, val);
	}
}

void ipp_u64(struct ip_ctx *ip, enum ip_out t, const char *key, const char *fmt, uint64_t val)
{
	if (json_ctx(ip, t)) {
		jw_key(&ip->jw, key);
		fprintf(ip->jw.out, "%" PRIu64, val);
	} else if (fp_ctx(ip, t)) {
		fprintf(ip->c->out, fmt, val);
	}
}

void ipp_json_printf(struct ip_ctx *ip, const char *key, const char *fmt, ...)
{
	va_list ap;

	if (!json_ctx(ip, IPP_JSON))
		return;
	jw_key(&ip->jw, key);
	va_start(ap, fmt);
	vfprintf(ip->jw.out, fmt, ap);
	va_end(ap);
}

void ipp_null(struct ip_ctx *ip, enum ip_out t, const char *key, const char *fmt, const char *str)
{
	if (json_ctx(ip, t)) {
		jw_key(&ip->jw, key);
		fputs("null", ip->jw.out);
	} else if (fp_ctx(ip, t)) {
		fprintf(ip->c->out, fmt, str);
	}
}

void ipp_bool(struct ip_ctx *ip, enum ip_out t, const char *key, const char *fmt, bool val)
{
	if (json_ctx(ip, t)) {
		jw_key(&ip->jw, key);
		fputs(val ? "true" : "false", ip->jw.out);
	} else if (fp_ctx(ip, t)) {
		fprintf(ip->c->out, fmt, val ? "true" : "false");
	}
}

void ipp_nl(struct ip_ctx *ip)
{
	if (!json_of(ip))
		fputs(ip->sl, ip->c->out);
}

enum ip_color ipp_family_color(int family)
{
	return family == 4 || family == AF_INET ? IPC_INET : family == 6 || family == AF_INET6 ? IPC_INET6 : IPC_NONE;
}

enum ip_color ipp_oper_color(int operstate)
{
	return operstate == IF_OPER_UP ? IPC_OPER_UP : operstate == IF_OPER_DOWN ? IPC_OPER_DOWN : IPC_NONE;
}

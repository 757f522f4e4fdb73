/* ip_print.h: the ip tool's output layer: text (optionally coloured) or JSON, as lib/json_print.c and lib/color.c. */
#ifndef VL_IP_PRINT_H
#define VL_IP_PRINT_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

struct ip_ctx;

/*
 * lib/json_writer.c's state: the stream, the nesting depth, whether to
 * indent (4 spaces a level), and the separator owed before the next value.
 */
struct ip_json {
	FILE *out;
	unsigned int depth;
	bool pretty;
	char sep;
};

/* Where a value goes (enum output_type): text only, JSON only, or whichever is active. */
enum ip_out { IPP_FP = 1, IPP_JSON = 2, IPP_ANY = 4 };

/* enum color_attr, in its order: the index into the palettes. */
enum ip_color {
	IPC_IFNAME, IPC_MAC, IPC_INET, IPC_INET6, IPC_OPER_UP, IPC_OPER_DOWN, IPC_NONE,
};

/* -color's values (COLOR_OPT_*). */
enum ip_color_opt { IPC_OPT_NEVER, IPC_OPT_AUTO, IPC_OPT_ALWAYS };

/* new_json_obj / delete_json_obj: with -j, a writer on ip's output, inside a top-level array. */
void ipp_json_begin(struct ip_ctx *ip);
void ipp_json_end(struct ip_ctx *ip);
bool ipp_is_json(const struct ip_ctx *ip);
/* Drops the writer without closing anything: iproute2 exiting with its array open. */
void ipp_json_abandon(struct ip_ctx *ip);

void ipp_open_object(struct ip_ctx *ip, const char *key);
void ipp_close_object(struct ip_ctx *ip);
/* open_json_array: in JSON the key opens an array; in text, with IPP_ANY or IPP_FP, str is printed. */
void ipp_open_array(struct ip_ctx *ip, enum ip_out t, const char *str);
void ipp_close_array(struct ip_ctx *ip, enum ip_out t, const char *str);

/*
 * print_color_*: key for JSON (NULL inside an array), fmt for text: a
 * format with one conversion, for the value (not checked by the compiler:
 * fmt is NULL for JSON-only values, as in iproute2).
 */
void ipp_string(struct ip_ctx *ip, enum ip_out t, enum ip_color c, const char *key, const char *fmt,
		const char *val);
void ipp_int(struct ip_ctx *ip, enum ip_out t, const char *key, const char *fmt, int val);
void ipp_uint(struct ip_ctx *ip, enum ip_out t, const char *key, const char *fmt, unsigned int val);
void ipp_u64(struct ip_ctx *ip, enum ip_out t, const char *key, const char *fmt, uint64_t val);
/* print_null: JSON null under key; text prints fmt with str. */
void ipp_null(struct ip_ctx *ip, enum ip_out t, const char *key, const char *fmt, const char *str);
void ipp_bool(struct ip_ctx *ip, enum ip_out t, const char *key, const char *fmt, bool val);
/* jsonw_name and jsonw_printf: a value written as fmt says (JSON only). */
void ipp_json_printf(struct ip_ctx *ip, const char *key, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* print_nl: the line separator, in text only. */
void ipp_nl(struct ip_ctx *ip);
/* color_fprintf on ip's output: the text wrapped in the attribute's escape sequence when colour is on. */
void ipp_color_printf(struct ip_ctx *ip, enum ip_color c, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* ifa_family_color and oper_state_color. */
enum ip_color ipp_family_color(int family);
enum ip_color ipp_oper_color(int operstate);

/* matches_color (-c, -color[=always|auto|never]) and check_enable_color, for ip and bridge. */
bool ip_option_color(const char *opt, enum ip_color_opt *val);
bool ip_color_enabled(struct ip_ctx *ip, enum ip_color_opt opt);

#endif

/* iputils.h: what ping, arping and tracepath share, as iputils' iputils_common.c: error(3)'s messages and strtol_or_err. */
#ifndef VL_TOOLS_IPUTILS_H
#define VL_TOOLS_IPUTILS_H

#include <stdarg.h>

#include "cmd.h"

/* error(3) without exiting: "PROG: MESSAGE[: strerror(errnum)]" on the task's stderr, after its stdout. */
void iputils_verror(struct vl_task *t, const char *prog, int errnum, const char *fmt, va_list ap)
	__attribute__((format(printf, 4, 0)));
void iputils_error(struct vl_task *t, const char *prog, int errnum, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
/*
 * strtol_or_err: a whole decimal number in [min, max] into *out, -1; else
 * iputils' message and the exit status 1.
 */
int iputils_strtol_or_err(struct vl_task *t, const char *prog, const char *str, long min, long max, long *out);

#endif

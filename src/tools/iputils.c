/* iputils.c: what ping, arping and tracepath share, as iputils' iputils_common.c: error(3)'s messages and strtol_or_err. */
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "iputils.h"
#include "tools.h"

void iputils_verror(struct vl_task *t, const char *prog, int errnum, const char *fmt, va_list ap)
{
	vl_task_flush_out(t);
	fprintf(t->err, "%s: ", prog);
	vfprintf(t->err, fmt, ap);
	if (errnum)
		fprintf(t->err, ": %s", strerror(errnum));
	fputc('\n', t->err);
}

void iputils_error(struct vl_task *t, const char *prog, int errnum, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	iputils_verror(t, prog, errnum, fmt, ap);
	va_end(ap);
}

int iputils_strtol_or_err(struct vl_task *t, const char *prog, const char *str, long min, long max, long *out)
{
	char *end = NULL;
	long num;
	int e = 0;

	errno = 0;
	if (*str) {
		num = strtol(str, &end, 10);
		e = errno;
		if (!e && end != str && !*end) {
			if (num < min || max < num) {
				iputils_error(t, prog, 0, "invalid argument: '%s': out of range: %ld <= value <= %ld",
					      str, min, max);
				return 1;
			}
			*out = num;
			return -1;
		}
	}
	iputils_error(t, prog, e, "invalid argument: '%s'", str);
	return 1;
}

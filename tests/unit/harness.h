/* harness.h: a tiny test harness; each test binary ends with "N passed, N failed". */
#ifndef VL_HARNESS_H
#define VL_HARNESS_H

#include <stdio.h>
#include <string.h>

struct vl_test {
	const char *name;
	void (*fn)(void);
};

void harness_fail(const char *file, int line, const char *expr);
int harness_run(const struct vl_test *tests);

#define CHECK(expr) do { if (!(expr)) harness_fail(__FILE__, __LINE__, #expr); } while (0)
#define CHECK_EQ(a, b) CHECK((a) == (b))
#define CHECK_STR(a, b) CHECK(strcmp((a), (b)) == 0)

#endif

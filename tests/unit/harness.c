/* harness.c: runs a NULL-terminated table of tests and counts failures per test. */
#include "harness.h"

static int current_failures;

void harness_fail(const char *file, int line, const char *expr)
{
	fprintf(stderr, "  %s:%d: CHECK(%s) failed\n", file, line, expr);
	current_failures++;
}

int harness_run(const struct vl_test *tests)
{
	int passed = 0, failed = 0;

	for (const struct vl_test *t = tests; t->name; t++) {
		current_failures = 0;
		t->fn();
		if (current_failures) {
			printf("FAIL %s\n", t->name);
			failed++;
		} else {
			printf("ok   %s\n", t->name);
			passed++;
		}
	}
	printf("%d passed, %d failed\n", passed, failed);
	return failed ? 1 : 0;
}

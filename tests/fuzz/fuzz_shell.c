/*
 * fuzz_shell.c: libFuzzer harness for the script parser and executor: any
 * bytes run as a vethlab script, through every command, in a world that may
 * not touch host files, with a bounded number of events.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "boot.h"
#include "core/world.h"
#include "shell/shell.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = malloc(size + 1);
	FILE *sink = fopen("/dev/null", "w"), *nothing = fopen("/dev/null", "r");
	struct shell_opts o = { .interrupt_after_ns = 2000000000ULL };
	struct world *w = world_new(1);
	struct shell *sh;

	memcpy(text, data, size);
	text[size] = 0;
	w->no_host_files = true;
	w->step_limit = 200000;
	o.out = sink;
	o.err = sink;
	o.in = nothing;   /* ip -batch - reads nothing, never the fuzzer's stdin */
	sh = shell_new(w, &o);
	shell_run_text(sh, text);
	shell_free(sh);
	world_free(w);
	fclose(sink);
	fclose(nothing);
	free(text);
	return 0;
}

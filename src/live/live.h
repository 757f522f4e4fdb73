/*
 * live.h: live worlds: `vethlab start|stop|ls|attach`, a world held by a
 * background server that terminals attach to (see proto.h for the wire).
 */
#ifndef VL_LIVE_H
#define VL_LIVE_H

#include <stdbool.h>
#include <stdint.h>

/* How main would make a world: the server makes its own the same way. */
struct live_opts {
	uint64_t seed;
	long long hop_delay_us;   /* -1: the world's default */
	long long hop_jitter_us;
	bool no_trace;
	unsigned long long interrupt_after_ns;
	/*
	 * The world's clock: the wall's, or virtual time that runs only as far as
	 * its clients' foreground commands need. DEFAULT: virtual for `bash
	 * SCRIPT` (and a FILE main sends there), the wall's for start, attach and
	 * an interactive bash.
	 */
	enum live_time { LIVE_TIME_DEFAULT, LIVE_TIME_REAL, LIVE_TIME_VIRTUAL } time;
};

/* Whether word is a live subcommand (start, stop, ls, attach, bash). */
bool live_is_command(const char *word);
/* Runs the subcommand argv[0] with its arguments; returns the exit status. */
int live_main(const struct live_opts *o, int argc, char *const *argv);
/* Whether vethlab was started as one of `vethlab bash`'s shims (argv[0] is ip, ping...). */
bool live_is_shim(const char *argv0);
/* Runs the shim's command in the world $VETHLAB_WORLD names; its status. */
int live_shim_main(int argc, char *const *argv);

#endif

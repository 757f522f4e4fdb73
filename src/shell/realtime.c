/*
 * realtime.c: the interactive prompt's clock and Ctrl-C. At the prompt,
 * virtual time follows the wall clock (ping prints one reply a second), and
 * SIGINT, blocked and read from a signalfd, reaches only the foreground
 * command, as the terminal's Ctrl-C does under bash. Scripts, -c and stdin
 * never come here: they stay on virtual time. In a live world (src/live/)
 * the server owns the clock (the wall's, or virtual time that runs as the
 * clients' foreground commands need) and the signals: waiting hands the
 * session's turn to the world and its other clients (opts.live), and the
 * client's Ctrl-C arrives as a message.
 */
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/signalfd.h>
#include <unistd.h>

#include "../core/alloc.h"
#include "../core/world.h"
#include "shell_int.h"

struct shell_rt {
	int sigfd;
	sigset_t old_mask;
	uint64_t wall0, virt0;  /* the wall clock's reading at virtual time virt0 */
};

int shell_rt_start(struct shell *sh)
{
	struct shell_rt *rt;
	sigset_t mask;

	if (sh->rt)
		return 0;
	rt = vl_calloc(1, sizeof(*rt));
	if (sh->opts.live) {
		rt->sigfd = -1;
		sh->rt = rt;
		return 0;
	}

	sigemptyset(&mask);
	sigaddset(&mask, SIGINT);
	if (sigprocmask(SIG_BLOCK, &mask, &rt->old_mask) < 0) {
		free(rt);
		return -errno;
	}
	rt->sigfd = signalfd(-1, &mask, SFD_CLOEXEC | SFD_NONBLOCK);
	if (rt->sigfd < 0) {
		int err = -errno;

		sigprocmask(SIG_SETMASK, &rt->old_mask, NULL);
		free(rt);
		return err;
	}
	rt->wall0 = vl_clock_host_mono_ns();
	rt->virt0 = world_now(sh->world);
	sh->rt = rt;
	return 0;
}

void shell_rt_stop(struct shell *sh)
{
	struct shell_rt *rt = sh->rt;

	if (!rt)
		return;
	if (rt->sigfd >= 0) {
		close(rt->sigfd);
		sigprocmask(SIG_SETMASK, &rt->old_mask, NULL);
	}
	free(rt);
	sh->rt = NULL;
}

int shell_rt_sigfd(const struct shell *sh)
{
	return sh->rt ? sh->rt->sigfd : -1;
}

/* Runs every event the wall clock has reached. */
void shell_rt_catch_up(struct shell *sh)
{
	struct shell_rt *rt = sh->rt;
	uint64_t target;

	if (!rt || sh->opts.live)
		return;
	target = rt->virt0 + (vl_clock_host_mono_ns() - rt->wall0);
	if (target > world_now(sh->world))
		world_run_until(sh->world, target);
}

/* Milliseconds of wall time until the next event is due; -1 when none is armed. */
int shell_rt_timeout_ms(const struct shell *sh)
{
	const struct shell_rt *rt = sh->rt;
	struct vl_timer *next = vl_clock_peek(&sh->world->clock);
	uint64_t now, due;

	if (!rt || !next)
		return -1;
	now = rt->virt0 + (vl_clock_host_mono_ns() - rt->wall0);
	if (next->expires <= now)
		return 0;
	due = (next->expires - now + VL_NSEC_PER_MSEC - 1) / VL_NSEC_PER_MSEC;
	return due > 60000 ? 60000 : (int)due;
}

/* Drains the signalfd: SIGINT when one was waiting, else 0 (a live client's SIGTERM too). */
int shell_rt_take_signal(struct shell *sh)
{
	struct signalfd_siginfo si;
	int got = 0;

	if (!sh->rt)
		return 0;
	if (sh->opts.live)
		return sh->opts.live->take_signal(sh->opts.live->arg);
	while (read(sh->rt->sigfd, &si, sizeof(si)) == (ssize_t)sizeof(si))
		if (si.ssi_signo == SIGINT)
			got = SIGINT;
	return got;
}

/*
 * What a job prints to a terminal reaches it as it is printed (stdio
 * buffers it by line there). Into a pipe or a file it stays buffered until
 * the program flushes it, fills a block or ends, as glibc buffers it fully.
 */
void shell_rt_flush_jobs(struct shell *sh)
{
	for (struct job *j = sh->jobs; j; j = j->next)
		if (j->line_buffered)
			vl_task_flush_out(j->task);
}

/* A live session whose client left (or whose world stops) runs nothing more. */
static bool rt_hungup(struct shell *sh)
{
	const struct shell_live *l = sh->opts.live;

	if (!l || !l->hungup(l->arg))
		return false;
	sh->exited = true;
	return true;
}

/*
 * Runs what is due, then sleeps until the next event or a signal: 0, or the
 * signal that came for the foreground (SIGINT from Ctrl-C; in a live world a
 * client's SIGTERM, and SIGHUP when the session ends).
 */
static int rt_step(struct shell *sh, uint64_t deadline)
{
	struct pollfd pfd = { .fd = sh->rt->sigfd, .events = POLLIN };
	int sig;

	if (sh->opts.live) {
		shell_rt_flush_jobs(sh);
		fflush(sh->opts.out);
		if (rt_hungup(sh))
			return SIGHUP;
		sh->opts.live->wait(sh->opts.live->arg, -1, deadline);
		sig = shell_rt_take_signal(sh);
		return sig ? sig : rt_hungup(sh) ? SIGHUP : 0;
	}
	shell_rt_catch_up(sh);
	shell_rt_flush_jobs(sh);
	if (poll(&pfd, 1, shell_rt_timeout_ms(sh)) > 0 && (sig = shell_rt_take_signal(sh)))
		return sig;
	shell_rt_catch_up(sh);
	return 0;
}

/*
 * On a live world's virtual time, a command that would run for ever (ping
 * without -c) is interrupted after interrupt_after, as in a script.
 */
static uint64_t rt_deadline(const struct shell *sh, bool unbounded)
{
	if (!sh->opts.live || !sh->opts.live->virtual_time || !unbounded)
		return UINT64_MAX;
	return world_now(sh->world) + sh->opts.interrupt_after_ns;
}

int shell_wait_realtime(struct shell *sh, struct vl_task *t)
{
	uint64_t deadline = rt_deadline(sh, t->unbounded);

	if (!sh->rt)
		return 1;
	shell_rt_catch_up(sh);
	while (!t->done) {
		int sig = rt_step(sh, deadline);

		/* The session's end interrupts its command as Ctrl-C would: its summary still prints. */
		if (sig == SIGHUP)
			sig = SIGINT;
		if (!sig)
			continue;
		if (t->ops->kill)
			t->ops->kill(t, sig);
		if (!t->done)
			vl_task_done(t, 128 + sig);
	}
	return t->status;
}

bool shell_wait_jobs_realtime(struct shell *sh, bool (*pending)(struct shell *sh, void *arg), void *arg)
{
	uint64_t deadline = rt_deadline(sh, true);

	shell_rt_catch_up(sh);
	while (pending(sh, arg))
		if (rt_step(sh, deadline))
			return false;
	return true;
}

/* The prompt's wait for a key, or a live session's for its next input. */
int shell_wait_input(struct shell *sh, int fd)
{
	struct pollfd pfd[2] = { { .fd = fd, .events = POLLIN }, { .fd = -1, .events = POLLIN } };

	if (!sh->rt)
		return -1;
	pfd[1].fd = sh->rt->sigfd;
	for (;;) {
		shell_rt_catch_up(sh);
		shell_rt_flush_jobs(sh);
		fflush(sh->opts.out);
		if (rt_hungup(sh))
			return -1;
		if (shell_rt_take_signal(sh))
			return 0;
		if (sh->opts.live) {
			/* Not to block the world: a look first, and the turn handed over if nothing is there. */
			if (poll(pfd, 1, 0) > 0)
				return 1;
			sh->opts.live->wait(sh->opts.live->arg, fd, UINT64_MAX);
			continue;
		}
		if (poll(pfd, 2, shell_rt_timeout_ms(sh)) < 0 && errno != EINTR)
			return -1;
		if ((pfd[1].revents & POLLIN) && shell_rt_take_signal(sh))
			return 0;
		if (pfd[0].revents & (POLLIN | POLLHUP | POLLERR))
			return 1;
	}
}

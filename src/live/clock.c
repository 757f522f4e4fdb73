/*
 * clock.c: a live world's clock. On the wall clock (start, attach, an
 * interactive bash) the events run when the wall reaches them. On virtual
 * time (the default for `vethlab bash SCRIPT`) the clock stands still until
 * a client's foreground command waits on the world (sleep, ping's interval,
 * a capture's next frame); it then runs from event to event at once, so a
 * script of pings and sleeps takes milliseconds and prints the same bytes
 * every run. Background jobs (`tcpdump ... &`) run with it but do not move
 * it, as long as their shell keeps starting commands. A shim tells it is one
 * by the SIGINT bash ignores for it (run.c), and the server by a later
 * command of the same shell running beside it (live_clock_command_started);
 * and while a foreground command's shell has a child on its way to the world
 * (a shim not connected yet), the clock waits for it.
 *
 * The server cannot see a client's shell between two commands, so it lets
 * the clients settle first: the clock moves only after SETTLE of wall time
 * without a connection, a message or a session's end, which gives a
 * background job started just before (`tcpdump ... & sleep 1`) the time to
 * connect first. With only background commands waiting, it moves once their
 * shell has been quiet for BG_SETTLE and has no child but them (bash in
 * `wait`): a host program's time is not the world's.
 */
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "../core/world.h"
#include "live_int.h"

#define SETTLE_NS (20 * VL_NSEC_PER_MSEC)
#define BG_SETTLE_NS (100 * VL_NSEC_PER_MSEC)

void live_clock_activity(struct live_server *srv)
{
	srv->last_activity = vl_clock_host_mono_ns();
}

/* Runs every event the wall clock has reached (virtual time: nothing). */
void live_clock_catch_up(struct live_server *srv)
{
	uint64_t target;

	if (srv->virtual_time)
		return;
	target = srv->virt0 + (vl_clock_host_mono_ns() - srv->wall0);
	if (target > world_now(srv->w))
		world_run_until(srv->w, target);
}

/* Milliseconds of wall time until the next event; -1 when none is armed. */
static int wall_timeout_ms(const struct live_server *srv)
{
	struct vl_timer *next = vl_clock_peek(&srv->w->clock);
	uint64_t now, due;

	if (!next)
		return -1;
	now = srv->virt0 + (vl_clock_host_mono_ns() - srv->wall0);
	if (next->expires <= now)
		return 0;
	due = (next->expires - now + VL_NSEC_PER_MSEC - 1) / VL_NSEC_PER_MSEC;
	return due > 60000 ? 60000 : (int)due;
}

/* The parent of process pid (from /proc/PID/stat), 0 if unknown. */
static int parent_of(int pid)
{
	char path[64], buf[512], *p;
	int ppid = 0;
	FILE *f;

	snprintf(path, sizeof(path), "/proc/%d/stat", pid);
	f = fopen(path, "re");
	if (!f)
		return 0;
	/* "pid (comm) state ppid ...": comm may hold spaces and parentheses. */
	if (fgets(buf, sizeof(buf), f) && (p = strrchr(buf, ')')) && sscanf(p + 1, " %*c %d", &ppid) != 1)
		ppid = 0;
	fclose(f);
	return ppid;
}

void live_clock_command_started(struct live_server *srv, struct live_session *s)
{
	struct ucred cr;
	socklen_t len = sizeof(cr);

	if (getsockopt(s->sock, SOL_SOCKET, SO_PEERCRED, &cr, &len) < 0 || cr.pid <= 0)
		return;
	s->pid = cr.pid;
	s->ppid = parent_of(cr.pid);
	if (!s->ppid)
		return;
	/* Forked first, started first: pids grow (a wrap is not worth a guess). */
	for (struct live_session *o = srv->sessions; o; o = o->next) {
		if (o == s || !o->run || !o->started || o->done || o->ppid != s->ppid)
			continue;
		if (o->pid < s->pid)
			o->background = true;
		else
			s->background = true;
	}
}

static bool waits_on_world(const struct live_session *s)
{
	return s->started && !s->done && s->waiting_world;
}

/* What process pid runs (its /proc/PID/exe), into buf; false if unknown. */
static bool exe_of(int pid, char *buf, size_t cap)
{
	char path[64];
	ssize_t n;

	snprintf(path, sizeof(path), "/proc/%d/exe", pid);
	n = readlink(path, buf, cap - 1);
	if (n <= 0)
		return false;
	buf[n] = 0;
	return true;
}

void live_clock_exes(struct live_server *srv)
{
	char *slash;

	if (!exe_of(getpid(), srv->exe[0], sizeof(srv->exe[0])))
		return;
	slash = strrchr(srv->exe[0], '/');
	snprintf(srv->exe[1], sizeof(srv->exe[1]), "%.*s/vethlab-shim", (int)(slash - srv->exe[0]), srv->exe[0]);
}

static bool is_session_pid(const struct live_server *srv, int pid)
{
	for (const struct live_session *s = srv->sessions; s; s = s->next)
		if (s->pid == pid)
			return true;
	return false;
}

static bool is_shell(const char *exe)
{
	static const char *const shells[] = { "bash", "sh", "dash", "zsh", "ksh", "mksh", "busybox" };
	const char *base = strrchr(exe, '/');

	base = base ? base + 1 : exe;
	for (size_t i = 0; i < sizeof(shells) / sizeof(shells[0]); i++)
		if (!strcmp(base, shells[i]))
			return true;
	return false;
}

/* Where process pid sleeps in the kernel (its wchan), into buf; "" when running or unknown. */
static void wchan_of(int pid, char *buf, size_t cap)
{
	char path[64];
	FILE *f;

	snprintf(path, sizeof(path), "/proc/%d/wchan", pid);
	buf[0] = 0;
	f = fopen(path, "re");
	if (!f)
		return;
	if (!fgets(buf, (int)cap, f))
		buf[0] = 0;
	fclose(f);
}

/*
 * Whether a host program waits on the world's output: blocked reading a pipe
 * (awk after `tcpdump ... |` in a background pipeline), or a subshell waiting
 * for its own children.
 */
static bool waits_on_pipe(int pid)
{
	char w[64];
	size_t n;

	wchan_of(pid, w, sizeof(w));
	n = strlen(w);
	return !strcmp(w, "do_wait") || (n >= 9 && !strcmp(w + n - 9, "pipe_read"));
}

/*
 * Whether shell ppid is busy with something other than the world: running
 * (a shell blocked neither in wait(2) nor reading a pipe is on its way to
 * its next command), a
 * child of it that runs vethlab (a shim not connected yet), or, for BASH_FORK_NS, a
 * child still running the shell itself (forked, not exec'd yet), or one that
 * ended and is not reaped yet. With
 * any_child, any child that is not a session counts (a host program: its
 * time is not the world's), but one blocked reading a pipe.
 */
#define SHIM_CONNECT_NS (1000 * VL_NSEC_PER_MSEC)
#define BASH_FORK_NS (200 * VL_NSEC_PER_MSEC)
static bool shell_busy(const struct live_server *srv, int ppid, uint64_t quiet, bool any_child)
{
	char path[64], shell[256], exe[256];
	bool busy = false;
	FILE *f;
	int pid;

	if (!exe_of(ppid, shell, sizeof(shell)))
		return false;
	/*
	 * A shell that is not waiting for a child is on its way to its next
	 * command, unless it reads a pipe: the output of a command
	 * substitution (`out=$(ping ...)`) it waits for as it would in wait(2).
	 */
	if (is_shell(shell) && !waits_on_pipe(ppid))
		return true;
	snprintf(path, sizeof(path), "/proc/%d/task/%d/children", ppid, ppid);
	if (!(f = fopen(path, "re")))
		return false;
	while (!busy && fscanf(f, "%d", &pid) == 1) {
		if (is_session_pid(srv, pid))
			continue;
		/* A child that ended, not reaped yet (a zombie): the shell goes on once it has it. */
		if (!exe_of(pid, exe, sizeof(exe)))
			busy = quiet < SHIM_CONNECT_NS;
		else if (any_child)
			busy = !waits_on_pipe(pid);
		else if (!strcmp(exe, srv->exe[0]) || !strcmp(exe, srv->exe[1]))
			busy = quiet < SHIM_CONNECT_NS;
		else if (!strcmp(exe, shell))
			busy = quiet < BASH_FORK_NS;
	}
	fclose(f);
	return busy;
}

/*
 * Whether the shell of a waiting command is busy: for a foreground command
 * (checked once per quiet spell: its shell waits for it), with another
 * command on its way; for background jobs, with anything at all.
 */
static bool shells_busy(struct live_server *srv, uint64_t quiet, bool background)
{
	if (!background && srv->settled == srv->last_activity)
		return false;
	for (const struct live_session *s = srv->sessions; s; s = s->next)
		if (s->run && s->ppid && waits_on_world(s) && s->background == background &&
		    shell_busy(srv, s->ppid, quiet, background))
			return true;
	if (!background)
		srv->settled = srv->last_activity;
	return false;
}

static int ms_until(uint64_t ns)
{
	return (int)((ns + VL_NSEC_PER_MSEC - 1) / VL_NSEC_PER_MSEC);
}

/*
 * Nothing is left to end the foreground commands waiting (all: no event is
 * armed), or theirs reached its deadline: they are interrupted as by Ctrl-C,
 * as a script's would be.
 */
static void interrupt_waiting(struct live_server *srv, uint64_t deadline, bool all)
{
	for (struct live_session *s = srv->sessions; s; s = s->next)
		if (waits_on_world(s) && !s->background && (all || s->deadline == deadline))
			s->sig = SIGINT;
}

/* Virtual time, with every session waiting: runs what the foreground commands need. */
static int virtual_advance(struct live_server *srv)
{
	uint64_t quiet = vl_clock_host_mono_ns() - srv->last_activity, deadline = UINT64_MAX;
	struct vl_timer *next = vl_clock_peek(&srv->w->clock);
	bool fg = false, bg = false;

	for (struct live_session *s = srv->sessions; s; s = s->next) {
		if (!waits_on_world(s))
			continue;
		if (s->background) {
			bg = true;
			continue;
		}
		fg = true;
		if (s->deadline < deadline)
			deadline = s->deadline;
	}
	if (fg) {
		if (quiet < SETTLE_NS)
			return ms_until(SETTLE_NS - quiet);
		if (shells_busy(srv, quiet, false))
			return 5;
		if (next && next->expires < deadline) {
			world_step(srv->w);
			return 0;
		}
		if (next)
			world_run_until(srv->w, deadline - 1);
		interrupt_waiting(srv, deadline, !next);
		return 0;
	}
	if (bg && next) {
		if (quiet < BG_SETTLE_NS)
			return ms_until(BG_SETTLE_NS - quiet);
		if (shells_busy(srv, quiet, true))
			return 5;
		world_step(srv->w);
		return 0;
	}
	return -1;
}

int live_clock_timeout(struct live_server *srv)
{
	return srv->virtual_time ? virtual_advance(srv) : wall_timeout_ms(srv);
}

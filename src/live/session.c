/*
 * session.c: one client of a live world. After its hello it has a shell of
 * its own (jobs, variables, working directory) over the shared world, run
 * as a coroutine: when the shell waits (for its foreground command, for the
 * next key or line) it yields to the server, which runs the world and the
 * other sessions meanwhile. It reads and writes the client's own stdin,
 * stdout and stderr, passed over the socket.
 */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "../core/alloc.h"
#include "coro.h"
#include "live_int.h"

struct live_session *live_session_new(struct live_server *srv, int sock)
{
	struct live_session *s = vl_calloc(1, sizeof(*s));

	s->srv = srv;
	s->sock = sock;
	s->wait_fd = -1;
	s->outq.dst[0].fd = s->outq.dst[1].fd = -1;
	for (int i = 0; i < 4; i++)
		s->fd[i] = -1;
	return s;
}

/* --- what the shell calls to wait (shell.h's struct shell_live) --- */

static void sess_wait(void *arg, int fd, uint64_t deadline)
{
	struct live_session *s = arg;

	/* A client that does not read what it is sent holds up this session, and nothing else. */
	while (s->outq.pending > LIVE_OUT_MAX && !s->hangup)
		vl_coro_yield(s->co);
	s->wait_fd = fd;
	s->waiting_world = fd < 0;
	s->deadline = deadline;
	vl_coro_yield(s->co);
	s->wait_fd = -1;
	s->waiting_world = false;
}

static int sess_take_signal(void *arg)
{
	struct live_session *s = arg;
	int got = s->sig;

	s->sig = 0;
	return got;
}

static bool sess_hungup(void *arg)
{
	const struct live_session *s = arg;

	return s->hangup;
}

/* Commands from a pipe or a file: each read waits its turn for data. */
static ssize_t sess_in_read(void *cookie, char *buf, size_t n)
{
	struct live_session *s = cookie;

	for (;;) {
		int r = shell_wait_input(s->sh, s->fd[0]);
		ssize_t k;

		if (r < 0)
			return 0;
		if (r == 0) {
			/* Ctrl-C while a non-interactive shell waits for input ends it, as bash. */
			s->input_interrupted = true;
			return 0;
		}
		k = read(s->fd[0], buf, n);
		if (k >= 0)
			return k;
		if (errno != EINTR && errno != EAGAIN)
			return -1;
	}
}

/* One command, as a shim runs it: each word single-quoted, so the shell takes it as it is. */
static int run_argv(struct live_session *s)
{
	char *line = NULL;
	size_t len = 0;
	FILE *f;
	int st;

	if (s->line)
		return shell_run_line(s->sh, s->argv[0]);
	f = vl_memstream(&line, &len);
	for (char **a = s->argv; *a; a++) {
		fputc('\'', f);
		for (const char *p = *a; *p; p++) {
			if (*p == '\'')
				fputs("'\\''", f);
			else
				fputc(*p, f);
		}
		fputs("' ", f);
	}
	fclose(f);
	st = shell_run_line(s->sh, line);
	free(line);
	return st;
}

static void session_main(void *arg)
{
	struct live_session *s = arg;

	if (s->argv)
		s->status = run_argv(s);
	else if (s->tty)
		s->status = shell_interactive(s->sh);
	else
		s->status = shell_run_stream(s->sh, s->in);
	shell_finish(s->sh);
	if (shell_exited(s->sh))
		s->status = shell_status(s->sh);
	if (s->input_interrupted)
		s->status = 128 + SIGINT;
	fflush(s->out);
	fflush(s->err);
}

/* --- the hello --- */

static int refuse(struct live_session *s, const char *why)
{
	char msg[256];
	int n = snprintf(msg, sizeof(msg), "vethlab: world '%s': %s\n", s->srv->where.name, why);

	(void)!live_send(s->sock, LIVE_ERROR, msg, (size_t)n, NULL, 0);
	return -1;
}

/* The strings after the fixed part: the terminal type, then the environment. */
static void take_strings(struct live_session *s, const struct live_msg *m, size_t off)
{
	const char *p = (const char *)m->data + off, *end = (const char *)m->data + m->len;
	int n = 0;

	if (p < end && memchr(p, 0, (size_t)(end - p))) {
		snprintf(s->term, sizeof(s->term), "%s", p);
		p += strlen(p) + 1;
	}
	s->env = vl_calloc(1, sizeof(char *));
	while (p < end && memchr(p, 0, (size_t)(end - p))) {
		s->env = vl_realloc(s->env, (size_t)(n + 2) * sizeof(char *));
		s->env[n++] = vl_strdup(p);
		s->env[n] = NULL;
		p += strlen(p) + 1;
	}
}

/* RUN: the command's words, NUL-terminated each. */
static int take_argv(struct live_session *s, const struct live_msg *m, size_t off)
{
	const char *p = (const char *)m->data + off, *end = (const char *)m->data + m->len;
	int n = 0;

	s->argv = vl_calloc(1, sizeof(char *));
	while (p < end && memchr(p, 0, (size_t)(end - p))) {
		s->argv = vl_realloc(s->argv, (size_t)(n + 2) * sizeof(char *));
		s->argv[n++] = vl_strdup(p);
		s->argv[n] = NULL;
		p += strlen(p) + 1;
	}
	return n ? 0 : -1;
}

static FILE *open_stream(int fd, const char *mode)
{
	int d = fcntl(fd, F_DUPFD_CLOEXEC, 3);
	FILE *f = d >= 0 ? fdopen(d, mode) : NULL;

	if (!f && d >= 0)
		close(d);
	return f;
}

static int open_streams(struct live_session *s)
{
	static const cookie_io_functions_t in_io = { .read = sess_in_read };

	/* The prompt's line editing works on the terminal itself: a person reads it as it comes. */
	if (s->tty) {
		s->out = open_stream(s->fd[1], "w");
		s->err = open_stream(s->fd[2], "w");
	} else if (live_outq_open(&s->outq, s->fd[1], s->fd[2]) == 0) {
		s->out = live_outq_stream(&s->outq, 0);
		s->err = live_outq_stream(&s->outq, 1);
	}
	s->in = s->tty ? open_stream(s->fd[0], "r") : fopencookie(s, "r", in_io);
	if (!s->out || !s->err || !s->in)
		return -1;
	/* As a program's: stderr unbuffered, stdout by line on a terminal. */
	setvbuf(s->err, NULL, _IONBF, 0);
	if (isatty(s->fd[1]))
		setvbuf(s->out, NULL, _IOLBF, 0);
	return 0;
}

int live_session_hello(struct live_session *s, struct live_msg *m)
{
	struct live_server *srv = s->srv;
	struct shell_opts o = { 0 };

	if (m->type != LIVE_HELLO || live_msg_u32(m, 0, 0) != LIVE_VERSION)
		return refuse(s, "this client speaks another protocol (not vethlab's version)");
	switch (live_msg_u32(m, 4, 0)) {
	case LIVE_MODE_ATTACH:
		break;
	case LIVE_MODE_RUN:
		s->run = true;
		break;
	case LIVE_MODE_INFO: {
		uint32_t info[2] = { (uint32_t)getpid(), 0 };

		for (struct live_session *o2 = srv->sessions; o2; o2 = o2->next)
			info[1] += o2->started;
		(void)!live_send(s->sock, LIVE_INFO, info, sizeof(info), NULL, 0);
		return -1;
	}
	case LIVE_MODE_STOP:
		/* The stopper's connection is the server's now: it answers once the world is gone. */
		live_server_stop(srv, s->sock);
		s->sock = -1;
		return -1;
	default:
		return refuse(s, "unknown request");
	}
	if (m->nfds != LIVE_NFDS)
		return refuse(s, "an attach must pass stdin, stdout, stderr and the working directory");
	memcpy(s->fd, m->fds, sizeof(s->fd));
	m->nfds = 0;
	s->tty = !s->run && (live_msg_u32(m, 8, 0) & LIVE_FLAG_TTY);
	s->line = s->run && (live_msg_u32(m, 8, 0) & LIVE_FLAG_LINE);
	s->background = s->run && (live_msg_u32(m, 8, 0) & LIVE_FLAG_BACKGROUND);
	if (s->run)
		live_clock_command_started(srv, s);
	if (s->run ? take_argv(s, m, 12) < 0 : (take_strings(s, m, 12), 0))
		return refuse(s, "a command to run needs at least its name");
	if (open_streams(s) < 0)
		return refuse(s, "cannot use the descriptors passed");
	s->live = (struct shell_live){ .wait = sess_wait, .take_signal = sess_take_signal,
				       .hungup = sess_hungup, .virtual_time = srv->virtual_time, .arg = s };
	o.interactive = s->tty;
	o.out = s->out;
	o.err = s->err;
	o.in = s->in;
	o.term = s->term[0] ? s->term : NULL;
	o.env = s->env;
	o.live = &s->live;
	o.interrupt_after_ns = srv->interrupt_after_ns;
	s->sh = shell_new(srv->w, &o);
	s->co = vl_coro_new(session_main, s);
	if (!s->co)
		return refuse(s, "out of memory for a session");
	s->started = true;
	return 0;
}

/* The session's working directory is the process's while it runs. */
static void enter_cwd(struct live_session *s)
{
	if (fchdir(s->fd[3]) < 0)
		(void)!chdir("/");
}

static void leave_cwd(struct live_session *s)
{
	int d = open(".", O_PATH | O_DIRECTORY | O_CLOEXEC);

	if (d >= 0) {
		close(s->fd[3]);
		s->fd[3] = d;
	}
	/* Between turns the server holds no client's directory (it could not be unmounted). */
	(void)!chdir("/");
}

/* What the session wrote has reached its client (or the client is gone, or the world stops). */
static bool output_drained(struct live_session *s)
{
	return live_outq_flush(&s->outq) || s->sock_eof || s->srv->stopping;
}

bool live_session_step(struct live_session *s)
{
	live_outq_flush(&s->outq);
	if (!s->started || s->done)
		return s->done && output_drained(s);
	enter_cwd(s);
	s->done = vl_coro_resume(s->co);
	leave_cwd(s);
	return s->done && output_drained(s);
}

void live_session_refuse(struct live_session *s)
{
	s->refused = true;
	shutdown(s->sock, SHUT_WR);
}

void live_session_input(struct live_session *s)
{
	struct live_msg *m = vl_malloc(sizeof(*m));

	for (;;) {
		int r = live_recv(s->sock, m);

		if (r == -EAGAIN)
			break;
		if (s->refused) {
			live_msg_close_fds(m);
			if (r <= 0 && r != -EBADMSG) {
				s->sock_eof = true;
				break;
			}
			continue;
		}
		if (r <= 0 && r != -EBADMSG) {
			s->sock_eof = true;
			s->hangup = true;
			break;
		}
		if (r == -EBADMSG || s->started || m->type != LIVE_HELLO) {
			live_msg_close_fds(m);
			/* A signal is the one thing a session takes after its hello. */
			if (r > 0 && s->started && m->type == LIVE_SIGNAL) {
				uint32_t sig = live_msg_u32(m, 0, 0);

				/* A shim's command gets the signal its process got (kill $! is SIGTERM);
				 * a terminal's session takes Ctrl-C, and ends on the others. */
				if (sig == SIGINT || (s->run && (sig == SIGTERM || sig == SIGQUIT || sig == SIGHUP)))
					s->sig = (int)sig;
				else if (sig == SIGTERM || sig == SIGHUP || sig == SIGQUIT)
					s->hangup = true;
				continue;
			}
			/* Anything else is out of order: this client is done with. */
			s->sock_eof = true;
			s->hangup = true;
			break;
		}
		if (live_session_hello(s, m) < 0) {
			live_msg_close_fds(m);
			if (s->sock >= 0)
				live_session_refuse(s);
			else
				s->sock_eof = true;
			break;
		}
	}
	free(m);
}

void live_session_free(struct live_session *s)
{
	if (s->started && !s->sock_eof && s->sock >= 0) {
		if (s->srv->stopping) {
			char msg[160];
			int n = snprintf(msg, sizeof(msg), "vethlab: world '%s' was stopped\n",
					 s->srv->where.name);

			(void)!live_send(s->sock, LIVE_ERROR, msg, (size_t)n, NULL, 0);
			/* As a shell whose terminal hangs up. */
			s->status = 128 + SIGHUP;
		}
		(void)!live_send_u32(s->sock, LIVE_EXIT, (uint32_t)s->status);
	}
	shell_free(s->sh);
	vl_coro_free(s->co);
	if (s->in)
		fclose(s->in);
	if (s->out)
		fclose(s->out);
	if (s->err)
		fclose(s->err);
	live_outq_free(&s->outq);
	for (int i = 0; i < 4; i++)
		if (s->fd[i] >= 0)
			close(s->fd[i]);
	for (int i = 0; s->env && s->env[i]; i++)
		free(s->env[i]);
	free(s->env);
	for (int i = 0; s->argv && s->argv[i]; i++)
		free(s->argv[i]);
	free(s->argv);
	if (s->sock >= 0) {
		/* Unread messages (a last Ctrl-C) would reset the client's side before it reads its status. */
		struct live_msg *m = vl_malloc(sizeof(*m));

		while (live_recv(s->sock, m) > 0)
			live_msg_close_fds(m);
		free(m);
		close(s->sock);
	}
	free(s);
}

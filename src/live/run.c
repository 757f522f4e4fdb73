/*
 * run.c: a client's side of a session: passing this process's stdin, stdout,
 * stderr and directory with its hello, forwarding its signals, and taking
 * the exit status. Linked into vethlab and into vethlab-shim, the small
 * program `vethlab bash` puts on PATH (no world in it, so it starts fast).
 */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/signalfd.h>
#include <termios.h>
#include <unistd.h>

#include "../core/alloc.h"
#include "live_int.h"

static void client_message(struct live_client *c, struct live_msg *m)
{
	live_msg_close_fds(m);
	if (m->type == LIVE_EXIT) {
		c->got_exit = true;
		c->status = (int)live_msg_u32(m, 0, 1);
	} else if (m->type == LIVE_ERROR) {
		fwrite(m->data, 1, m->len, stderr);
		c->got_error = true;
		c->status = 1;
	} else if (m->type == LIVE_INFO && m->len >= sizeof(c->info)) {
		memcpy(c->info, m->data, sizeof(c->info));
		c->got_info = true;
	}
}

/* Reads the server's messages until it closes; forwards the signals that come meanwhile. */
void live_client_wait(struct live_client *c)
{
	struct live_msg *m = vl_malloc(sizeof(*m));
	struct pollfd pfd[2] = { { .fd = c->sock, .events = POLLIN }, { .fd = c->sigfd, .events = POLLIN } };

	for (;;) {
		int r;

		if (poll(pfd, c->sigfd >= 0 ? 2 : 1, -1) < 0 && errno != EINTR)
			break;
		if (pfd[1].revents & POLLIN) {
			struct signalfd_siginfo si;

			while (read(c->sigfd, &si, sizeof(si)) == (ssize_t)sizeof(si)) {
				c->last_sig = (int)si.ssi_signo;
				(void)!live_send_u32(c->sock, LIVE_SIGNAL, si.ssi_signo);
			}
		}
		if (!(pfd[0].revents & (POLLIN | POLLHUP | POLLERR)))
			continue;
		r = live_recv(c->sock, m);
		if (r <= 0)
			break;
		client_message(c, m);
	}
	free(m);
}

/* Signals this terminal's user sends go to the world's session instead. */
static int forward_signals(void)
{
	sigset_t mask;

	sigemptyset(&mask);
	sigaddset(&mask, SIGINT);
	sigaddset(&mask, SIGTERM);
	sigaddset(&mask, SIGHUP);
	sigaddset(&mask, SIGQUIT);
	sigprocmask(SIG_BLOCK, &mask, NULL);
	return signalfd(-1, &mask, SFD_CLOEXEC | SFD_NONBLOCK);
}

/* A descriptor to pass: fd itself, or /dev/null in place of a closed one. */
static int usable_fd(int fd, int *opened)
{
	if (fcntl(fd, F_GETFD) >= 0)
		return fd;
	*opened = open("/dev/null", O_RDWR | O_CLOEXEC);
	return *opened;
}

/*
 * Passes this process's stdin, stdout, stderr and directory with the hello in
 * buf, forwards its signals until the session ends, and returns its status.
 */
int live_client_session(struct live_client *c, const unsigned char *buf, size_t len, bool tty)
{
	int fds[LIVE_NFDS], opened[LIVE_NFDS] = { -1, -1, -1, -1 };
	struct termios saved;

	for (int i = 0; i < 3; i++)
		fds[i] = c->fds ? c->fds[i] : usable_fd(i, &opened[i]);
	fds[3] = opened[3] = open(".", O_PATH | O_DIRECTORY | O_CLOEXEC);
	if (tty)
		tty = tcgetattr(STDIN_FILENO, &saved) == 0;
	c->sigfd = c->fds ? -1 : forward_signals();
	/* Sent or not, what the server says (a refusal) is read: it may have spoken first. */
	(void)!live_send(c->sock, LIVE_HELLO, buf, len, fds, LIVE_NFDS);
	live_client_wait(c);
	/* The prompt's line editing put the terminal in raw mode: whatever happened, undo it. */
	if (tty)
		tcsetattr(STDIN_FILENO, TCSANOW, &saved);
	for (int i = 0; i < LIVE_NFDS; i++)
		if (opened[i] >= 0)
			close(opened[i]);
	if (c->sigfd >= 0)
		close(c->sigfd);
	close(c->sock);
	if (!c->got_exit && !c->got_error)
		fprintf(stderr, "vethlab: world '%s' closed the connection\n", c->w->name);
	return c->status;
}

/*
 * Whether this command is a background job of its shell: bash runs a
 * script's with SIGINT ignored (unless bash itself started so, which `vethlab
 * bash` notes in VETHLAB_SIGINT_IGNORED), and under job control in a process
 * group that is not the terminal's foreground one.
 */
static bool in_background(void)
{
	struct sigaction sa;
	pid_t fg;
	const char *base = getenv("VETHLAB_BASH_PGRP");

	if (sigaction(SIGINT, NULL, &sa) == 0 && sa.sa_handler == SIG_IGN && !getenv("VETHLAB_SIGINT_IGNORED"))
		return true;
	/* Job control gave this job a group of its own: in the background unless the terminal's. */
	if (!base || atoi(base) == (int)getpgrp())
		return false;
	fg = tcgetpgrp(STDIN_FILENO);
	return fg > 0 && fg != getpgrp();
}

int live_cmd_run(const struct live_where *w, int argc, char *const *argv)
{
	struct live_client c = { .w = w, .status = 1 };
	uint32_t head[3] = { LIVE_VERSION, LIVE_MODE_RUN, in_background() ? LIVE_FLAG_BACKGROUND : 0 };
	unsigned char *buf;
	size_t len = sizeof(head);
	int st;

	buf = vl_malloc(LIVE_MSG_MAX - 16);
	memcpy(buf, head, sizeof(head));
	for (int i = 0; i < argc; i++) {
		size_t l = strlen(argv[i]) + 1;

		if (len + l > LIVE_MSG_MAX - 16) {
			fprintf(stderr, "vethlab: %s: the arguments are too long for one command to the world\n", argv[0]);
			free(buf);
			return 126;
		}
		memcpy(buf + len, argv[i], l);
		len += l;
	}
	c.sock = live_connect_running(w);
	st = c.sock < 0 ? 1 : live_client_session(&c, buf, len, false);
	free(buf);
	/* A command the signal ended (128+N) ends this process by it too, as bash expects of a child. */
	if (c.last_sig && st == 128 + c.last_sig) {
		sigset_t m;

		signal(c.last_sig, SIG_DFL);
		sigemptyset(&m);
		sigaddset(&m, c.last_sig);
		sigprocmask(SIG_UNBLOCK, &m, NULL);
		raise(c.last_sig);
	}
	return st;
}


int live_run_line(const struct live_where *w, const char *line, const int fds[3])
{
	struct live_client c = { .w = w, .status = 1, .sigfd = -1, .fds = fds };
	uint32_t head[3] = { LIVE_VERSION, LIVE_MODE_RUN, LIVE_FLAG_LINE };
	size_t l = strlen(line) + 1;
	unsigned char *buf;
	int st;

	if (sizeof(head) + l > LIVE_MSG_MAX - 16)
		return 126;
	buf = vl_malloc(sizeof(head) + l);
	memcpy(buf, head, sizeof(head));
	memcpy(buf + sizeof(head), line, l);
	c.sock = live_connect(w);
	st = c.sock < 0 ? 1 : live_client_session(&c, buf, sizeof(head) + l, false);
	free(buf);
	return st;
}

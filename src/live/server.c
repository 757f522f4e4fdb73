/*
 * server.c: a live world's server. `vethlab start` forks it; it holds one
 * world and serves its clients from one poll() loop on one thread: each turn
 * runs the events the clock has reached (clock.c: the wall's, or virtual
 * time), then each session until it waits again, then sleeps until the next
 * event, a client's message or input, or a signal. It accepts only its own uid.
 */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include "../boot.h"
#include "../core/alloc.h"
#include "../core/world.h"
#include "../ctl/trace_ctl.h"
#include "live_int.h"

static struct world *make_world(const struct live_opts *o)
{
	struct world *w = world_new(o->seed);

	/* On the wall clock, captures are stamped with it too; virtual time
	 * starts where a script's does, so runs print the same bytes. */
	if (o->time != LIVE_TIME_VIRTUAL)
		w->epoch_sec = vl_clock_host_seconds();
	if (o->hop_delay_us >= 0)
		w->hop_delay_ns = (uint64_t)o->hop_delay_us * 1000;
	if (o->hop_jitter_us >= 0)
		w->hop_jitter_ns = (uint64_t)o->hop_jitter_us * 1000;
	trace_ctl_enable(w, !o->no_trace);
	return w;
}

static int listen_on(const struct live_where *where)
{
	struct sockaddr_un sa = { .sun_family = AF_UNIX };
	int fd = socket(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);

	if (fd < 0)
		return -errno;
	snprintf(sa.sun_path, sizeof(sa.sun_path), "%s", where->sock);
	if (bind(fd, (struct sockaddr *)&sa, sizeof(sa)) < 0 || listen(fd, 64) < 0) {
		int err = -errno;

		close(fd);
		return err;
	}
	return fd;
}

/* SIGTERM, SIGINT and SIGHUP stop the world cleanly; a client that left is no SIGPIPE. */
static int watch_signals(void)
{
	sigset_t mask;

	signal(SIGPIPE, SIG_IGN);
	sigemptyset(&mask);
	sigaddset(&mask, SIGTERM);
	sigaddset(&mask, SIGINT);
	sigaddset(&mask, SIGHUP);
	if (sigprocmask(SIG_BLOCK, &mask, NULL) < 0)
		return -errno;
	return signalfd(-1, &mask, SFD_CLOEXEC | SFD_NONBLOCK);
}

void live_server_stop(struct live_server *srv, int stopper)
{
	if (stopper >= 0) {
		if (srv->stopper >= 0)
			close(srv->stopper);
		srv->stopper = stopper;
	}
	if (srv->stopping)
		return;
	srv->stopping = true;
	/* No one new comes in: the name is free again at once. */
	close(srv->lfd);
	srv->lfd = -1;
	unlink(srv->where.sock);
	for (struct live_session *s = srv->sessions; s; s = s->next)
		s->hangup = true;
}

/* Only the world's own uid may connect: anyone else is told so (and dropped once it has read it). */
static bool peer_allowed(struct live_server *srv, int fd)
{
	struct ucred cr;
	socklen_t len = sizeof(cr);
	char msg[256];
	int n;

	if (getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &cr, &len) == 0 && cr.uid == getuid())
		return true;
	n = snprintf(msg, sizeof(msg), "vethlab: world '%s' belongs to uid %u; connections from uid %d are refused\n",
		     srv->where.name, (unsigned)getuid(), len == sizeof(cr) ? (int)cr.uid : -1);
	(void)!live_send(fd, LIVE_ERROR, msg, (size_t)n, NULL, 0);
	return false;
}

static void accept_clients(struct live_server *srv)
{
	int fd;

	while (srv->lfd >= 0 && (fd = accept4(srv->lfd, NULL, NULL, SOCK_CLOEXEC | SOCK_NONBLOCK)) >= 0) {
		struct live_session *s;

		live_clock_activity(srv);
		s = live_session_new(srv, fd);
		s->next = srv->sessions;
		srv->sessions = s;
		if (!peer_allowed(srv, fd))
			live_session_refuse(s);
	}
}

/* Runs each session until it waits; frees those that ended or whose client left before its hello. */
static void run_sessions(struct live_server *srv)
{
	for (struct live_session **pp = &srv->sessions; *pp;) {
		struct live_session *s = *pp;
		bool gone = s->started ? live_session_step(s) : s->sock_eof;

		if (gone) {
			*pp = s->next;
			live_session_free(s);
			live_clock_activity(srv);
		} else {
			pp = &s->next;
		}
	}
}

static void take_signals(struct live_server *srv)
{
	struct signalfd_siginfo si;

	while (read(srv->sigfd, &si, sizeof(si)) == (ssize_t)sizeof(si))
		live_server_stop(srv, -1);
}

/* The poll set: the listener, the signals, each client's socket and what its session waits to read. */
static int poll_set(struct live_server *srv, struct pollfd **pfd, struct live_session ***who)
{
	int n = 0, cap = 2;

	for (struct live_session *s = srv->sessions; s; s = s->next)
		cap += 3;
	*pfd = vl_calloc((size_t)cap, sizeof(**pfd));
	*who = vl_calloc((size_t)cap, sizeof(**who));
	(*pfd)[n++] = (struct pollfd){ .fd = srv->lfd, .events = POLLIN };
	(*pfd)[n++] = (struct pollfd){ .fd = srv->sigfd, .events = POLLIN };
	for (struct live_session *s = srv->sessions; s; s = s->next) {
		if (!s->sock_eof) {
			(*who)[n] = s;
			(*pfd)[n++] = (struct pollfd){ .fd = s->sock, .events = POLLIN };
		}
		if (s->wait_fd >= 0)
			(*pfd)[n++] = (struct pollfd){ .fd = s->wait_fd, .events = POLLIN };
		/* Output the client could not take yet: the next turn writes it. */
		if (live_outq_poll_fd(&s->outq) >= 0)
			(*pfd)[n++] = (struct pollfd){ .fd = live_outq_poll_fd(&s->outq), .events = POLLOUT };
	}
	return n;
}

static void serve_turn(struct live_server *srv)
{
	struct pollfd *pfd;
	struct live_session **who;
	int n, timeout;

	live_clock_catch_up(srv);
	run_sessions(srv);
	if (srv->stopping && !srv->sessions)
		return;
	n = poll_set(srv, &pfd, &who);
	/* A session that ended its wait at once (hung up, interrupted) must run again now. */
	timeout = srv->stopping ? 0 : live_clock_timeout(srv);
	/* A command may end another session's wait without an event (its link came up): look again soon. */
	if (srv->sessions && (timeout < 0 || timeout > 200))
		timeout = 200;
	if (poll(pfd, (nfds_t)n, timeout) > 0) {
		if (pfd[1].revents)
			take_signals(srv);
		if (pfd[0].revents)
			accept_clients(srv);
		for (int i = 2; i < n; i++)
			if (who[i] && pfd[i].revents) {
				live_clock_activity(srv);
				live_session_input(who[i]);
			}
	}
	free(pfd);
	free(who);
}

/* The server's life, in the forked child: returns its exit status. */
static int serve(const struct live_opts *o, const struct live_where *where, int ready)
{
	struct live_server srv = { .where = *where, .stopper = -1,
				   .interrupt_after_ns = o->interrupt_after_ns,
				   .virtual_time = o->time == LIVE_TIME_VIRTUAL };
	int err;

	srv.sigfd = watch_signals();
	srv.lfd = listen_on(where);
	if (srv.lfd < 0 || srv.sigfd < 0) {
		dprintf(ready, "vethlab: cannot listen on %s: %s\n", where->sock,
			strerror(srv.lfd < 0 ? -srv.lfd : errno));
		return 1;
	}
	srv.w = make_world(o);
	srv.wall0 = vl_clock_host_mono_ns();
	srv.virt0 = world_now(srv.w);
	live_clock_activity(&srv);
	live_clock_exes(&srv);
	err = write(ready, "", 1) == 1 ? 0 : -errno;
	close(ready);
	fprintf(stderr, "vethlab: world '%s' (pid %d) listening on %s\n", where->name, (int)getpid(),
		where->sock);
	while (!err && !(srv.stopping && !srv.sessions))
		serve_turn(&srv);
	if (srv.lfd >= 0) {
		close(srv.lfd);
		unlink(where->sock);
	}
	world_free(srv.w);
	close(srv.sigfd);
	fprintf(stderr, "vethlab: world '%s' stopped\n", where->name);
	fflush(stderr);
	if (srv.stopper >= 0) {
		(void)!live_send_u32(srv.stopper, LIVE_EXIT, 0);
		close(srv.stopper);
	}
	return 0;
}

/* In the child: a session of its own, no terminal, stdio on /dev/null and the log. */
static int detach(const struct live_where *where, int ready)
{
	int null = open("/dev/null", O_RDWR | O_CLOEXEC);
	int log = open(where->log, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);

	if (null < 0 || log < 0) {
		dprintf(ready, "vethlab: cannot open %s: %s\n", null < 0 ? "/dev/null" : where->log,
			strerror(errno));
		return -1;
	}
	setsid();
	dup2(null, STDIN_FILENO);
	dup2(log, STDOUT_FILENO);
	dup2(log, STDERR_FILENO);
	close(null);
	close(log);
	/* Whatever else the starter had open (a pipe its caller reads to EOF) is not ours. */
	if (ready > 3)
		close_range(3, (unsigned)ready - 1, 0);
	close_range((unsigned)ready + 1, ~0U, 0);
	(void)!chdir("/");
	return 0;
}

/* The parent: waits for the child to listen, or for its reason not to. */
static int wait_ready(const struct live_where *where, int ready)
{
	char buf[512];
	ssize_t n = read(ready, buf, sizeof(buf) - 1);

	close(ready);
	if (n == 1 && buf[0] == 0)
		return 0;
	if (n > 0) {
		buf[n] = 0;
		fputs(buf, stderr);
	} else {
		fprintf(stderr, "vethlab: the server of world '%s' died before listening (see %s)\n",
			where->name, where->log);
	}
	return -1;
}

int live_server_start(const struct live_opts *o, const struct live_where *where, bool *child)
{
	int p[2];
	pid_t pid;

	*child = false;
	if (pipe2(p, O_CLOEXEC) < 0) {
		perror("vethlab: pipe");
		return -1;
	}
	fflush(NULL);
	pid = fork();
	if (pid < 0) {
		perror("vethlab: fork");
		close(p[0]);
		close(p[1]);
		return -1;
	}
	if (pid == 0) {
		*child = true;
		close(p[0]);
		umask(077);
		if (detach(where, p[1]) < 0)
			return 1;
		return serve(o, where, p[1]);
	}
	close(p[1]);
	return wait_ready(where, p[0]);
}

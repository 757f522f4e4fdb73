/* live_int.h: what the live world's modules share: where worlds live, the server, the client. */
#ifndef VL_LIVE_INT_H
#define VL_LIVE_INT_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "../shell/shell.h"
#include "live.h"
#include "proto.h"

#define LIVE_NAME_MAX 64
#define LIVE_PATH_MAX 108   /* sun_path */

/* where.c: the per-user directory and the paths of one world in it. */
struct live_where {
	char dir[LIVE_PATH_MAX];
	char sock[LIVE_PATH_MAX];
	char log[LIVE_PATH_MAX + 8];
	char name[LIVE_NAME_MAX + 1];
};

/* Fills w for the world name; prints why and returns -1 when it cannot be. */
int live_where(const char *name, struct live_where *w);
/* Creates the directory (mode 0700) or checks that it is the user's own and private. */
int live_dir_ensure(const struct live_where *w);
/* Connects to the world's socket: the fd, or -errno (-ECONNREFUSED: a stale socket). */
int live_connect(const struct live_where *w);
/*
 * Connects to a world that must be running: prints why not (no such
 * world; a stale socket, which it removes) and returns -1.
 */
int live_connect_running(const struct live_where *w);

/*
 * server.c: forks the world's server. In the parent: 0 once it listens, -1
 * (having said why) if it failed. In the child (*child set): the server's
 * exit status, once the world has stopped.
 */
int live_server_start(const struct live_opts *o, const struct live_where *w, bool *child);

/* run.c */
/* A client waiting for its request's answer, forwarding signals meanwhile. */
struct live_client {
	const struct live_where *w;
	int sock, sigfd;
	bool got_exit, got_error;
	int status;
	uint32_t info[2];
	bool got_info;
	int last_sig;    /* the last signal forwarded */
	const int *fds;  /* stdin, stdout, stderr to pass; NULL: this process's (and its signals) */
};
/* Reads the server's messages until it closes; forwards the signals that come meanwhile. */
void live_client_wait(struct live_client *c);
/* Passes stdin, stdout, stderr and the directory with the hello in buf; the session's status. */
int live_client_session(struct live_client *c, const unsigned char *buf, size_t len, bool tty);

/*
 * Runs a line of the world's shell as it is (redirections and all) with the
 * given stdin, stdout and stderr, forwarding no signal: the status. For the
 * LD_PRELOAD interposer, inside a host program.
 */
int live_run_line(const struct live_where *w, const char *line, const int fds[3]);

/* client.c */
/* Starts world w: 0 once it listens, 1 (said why) if not; in the server's child (*child) its exit status. */
int live_start(const struct live_opts *o, const struct live_where *w, bool *child);
int live_cmd_attach(const struct live_where *w);
/* Runs one command (argv) in the world, as a shim: its status. */
int live_cmd_run(const struct live_where *w, int argc, char *const *argv);
int live_cmd_stop(const struct live_where *w);
int live_cmd_ls(void);

/*
 * shim_netns.c: ip netns identify PID and ip netns pids NS (argv, the ip
 * shim's own) for the host processes of world: *done when it answered them,
 * then the status.
 */
int live_shim_netns(const struct live_where *w, const char *world, int argc, char *const *argv, bool *done);
/*
 * The word ip link set DEV netns PID should have for the world, when PID is
 * a host process of world: the name of its namespace, or for the initial one
 * the server's pid (allocated); NULL to leave PID as it is.
 */
char *live_shim_netns_pid(const struct live_where *w, const char *world, const char *word);

/* shim.c: the commands `vethlab bash` shims, NULL-terminated. */
extern const char *const live_shim_names[];

/* bash.c: vethlab bash, and the shims it puts first on PATH. */
int live_cmd_bash(const struct live_opts *o, int argc, char *const *argv);

#endif

/* The server's side: one world, its listening socket and its sessions. */
struct world;

/* outq.c: a session's stdout and stderr, written without blocking the world. */
#define LIVE_OUT_MAX (256 * 1024)  /* pending past this, the session waits for its client */
struct live_out {
	int fd;
	bool sock;
};
struct live_outq {
	struct live_out dst[2];   /* stdout, stderr */
	bool broken[2];           /* the client closed it: its output is dropped */
	unsigned char *buf;       /* pending writes in order: a header, then the bytes */
	size_t head, len, cap;
	size_t pending;           /* bytes waiting */
};
/* Opens non-blocking ways to the client's stdout and stderr: 0, or -1. */
int live_outq_open(struct live_outq *q, int out_fd, int err_fd);
/* A stream (0: stdout, 1: stderr) whose writes go through q, never blocking. */
FILE *live_outq_stream(struct live_outq *q, unsigned which);
/* Writes what the client takes now; true once nothing is pending. */
bool live_outq_flush(struct live_outq *q);
/* The descriptor the first pending write waits to be writable, or -1. */
int live_outq_poll_fd(const struct live_outq *q);
void live_outq_free(struct live_outq *q);
struct vl_coro;
struct live_server;

/* session.c: one connection, and once it said hello, one shell session in the world. */
struct live_session {
	struct live_session *next;
	struct live_server *srv;
	int sock;
	bool sock_eof;          /* the client closed (or broke) its side */
	bool started;           /* it said hello and has a shell */
	int fd[4];              /* its stdin, stdout, stderr and working directory; -1 before */
	FILE *in, *out, *err;   /* out and err write through outq */
	struct live_outq outq;
	char **env;
	char **argv;            /* RUN: the one command to run, then the session ends */
	char term[64];
	struct shell *sh;
	struct vl_coro *co;
	struct shell_live live;
	int wait_fd;            /* what it waits to read, -1 */
	bool waiting_world;     /* it waits for its foreground command (or wait), on the world */
	bool background;        /* RUN for a background job: virtual time does not run for it */
	int pid, ppid;          /* RUN: the client process and its parent (its shell), 0 if unknown */
	uint64_t deadline;      /* virtual time its waiting command is interrupted at; UINT64_MAX */
	bool tty, run, line, hangup, input_interrupted, done;
	bool refused;           /* told why not: what it sends is dropped until it leaves */
	int sig;                /* a signal for the foreground command, 0 */
	int status;
};

struct live_server {
	struct world *w;
	struct live_where where;
	unsigned long long interrupt_after_ns;
	int lfd, sigfd;
	struct live_session *sessions;
	bool stopping;
	int stopper;            /* the STOP client, answered once the world is gone; -1 */
	uint64_t wall0, virt0;  /* the wall clock's reading at virtual time virt0 */
	bool virtual_time;      /* the clock runs as the foreground commands need (clock.c) */
	uint64_t last_activity; /* wall ns of the last connection, message or session's end */
	uint64_t settled;       /* the last_activity after which no shell had a command coming */
	char exe[2][256];       /* vethlab and vethlab-shim: what a shim's process runs */
};

/* clock.c: the world's clock, the wall's or virtual time. */
/* On the wall clock, runs every event it has reached; on virtual time, nothing. */
void live_clock_catch_up(struct live_server *srv);
/*
 * Called when every session waits. On the wall clock: ms until the next
 * event. On virtual time: runs the next event the foreground commands wait
 * for (or interrupts those nothing is left to end) once the clients have
 * been quiet long enough, and returns how long to poll. -1: until a client speaks.
 */
int live_clock_timeout(struct live_server *srv);
/* Something happened on a connection: virtual time waits for the clients to settle again. */
void live_clock_activity(struct live_server *srv);
/*
 * A RUN session s starts: of two commands one shell runs at once, the one it
 * started first is a background job (`tcpdump ... &` then `sleep 1`).
 */
void live_clock_command_started(struct live_server *srv, struct live_session *s);
/* Notes what a shim's process runs (vethlab, vethlab-shim beside it), to know shims on their way. */
void live_clock_exes(struct live_server *srv);

/* server.c: ends every session, then the world; stopper (or -1) is told once it is gone. */
void live_server_stop(struct live_server *srv, int stopper);

struct live_session *live_session_new(struct live_server *srv, int sock);
/* Takes the client's hello (m's descriptors too); 0, or -1 after telling the client why. */
int live_session_hello(struct live_session *s, struct live_msg *m);
/* Runs the session until it waits again; true once it has ended and its output is out. */
bool live_session_step(struct live_session *s);
/* Sends the exit status (the session's, or the world's end) and frees everything. */
void live_session_free(struct live_session *s);
/*
 * Ends a connection that was told why it is refused: it is read to its end
 * and closed then, since closing with its hello unread would reset the
 * client's side before it reads the reason.
 */
void live_session_refuse(struct live_session *s);
/* Reads what the client sent (signals, its leaving). */
void live_session_input(struct live_session *s);

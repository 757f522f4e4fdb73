/*
 * proto.h: the messages between a live world's server and its clients.
 *
 * The world listens on a Unix socket of type SOCK_SEQPACKET, so that each
 * message arrives whole and alone. A message is a 32-bit type (host byte
 * order: both ends are on one host) followed by its payload:
 *
 *   client -> server
 *     LIVE_HELLO   first, once: u32 version (LIVE_VERSION), u32 mode, u32
 *                  flags, then NUL-terminated strings: for LIVE_MODE_ATTACH the
 *                  terminal type ($TERM, may be empty) and the client's
 *                  environment, one "NAME=value" each; for LIVE_MODE_RUN the
 *                  command's words. With ATTACH and RUN it carries
 *                  four descriptors (SCM_RIGHTS): the client's stdin, stdout,
 *                  stderr and its working directory (O_PATH). The session reads
 *                  and writes them directly, so a terminal, a pipe or a file
 *                  behaves as it would for a local process.
 *     LIVE_SIGNAL  u32 signal number: SIGINT interrupts the session's
 *                  foreground command (or abandons the line at the prompt);
 *                  SIGTERM, SIGHUP and SIGQUIT end an ATTACH session and go
 *                  to a RUN session's command as they are.
 *
 *   server -> client
 *     LIVE_EXIT    u32 status: the session (or STOP) is over; the server then
 *                  closes the connection.
 *     LIVE_ERROR   text: why the connection is refused (another uid, a bad
 *                  hello); the server closes the connection after it.
 *     LIVE_INFO    answer to INFO: u32 server pid, u32 clients attached.
 *
 * Modes: ATTACH runs a shell session in the world (the prompt when the
 * flag LIVE_FLAG_TTY is set, else the commands read from stdin); RUN runs
 * one command (a shim of `vethlab bash`: ip, ping...) and ends; STOP ends
 * the world (LIVE_EXIT comes once it is gone); INFO asks for LIVE_INFO.
 * Anything else, or a message out of order, ends that connection only.
 */
#ifndef VL_LIVE_PROTO_H
#define VL_LIVE_PROTO_H

#include <stddef.h>
#include <stdint.h>

#define LIVE_VERSION 1
#define LIVE_MSG_MAX 65536   /* the largest message either side sends or takes */

enum live_msg_type {
	LIVE_HELLO = 1,
	LIVE_SIGNAL = 2,
	LIVE_EXIT = 3,
	LIVE_ERROR = 4,
	LIVE_INFO = 5,
};

enum live_mode {
	LIVE_MODE_ATTACH = 1,
	LIVE_MODE_STOP = 2,
	LIVE_MODE_INFO = 3,
	LIVE_MODE_RUN = 4,
};

#define LIVE_FLAG_TTY 1u     /* stdin is a terminal: the interactive prompt */
#define LIVE_FLAG_LINE 2u    /* RUN: the one string is a line of the shell, run as it is */
#define LIVE_FLAG_BACKGROUND 4u  /* RUN: a background job of its shell (virtual time runs for
				  * foreground commands only) */
#define LIVE_NFDS 4          /* stdin, stdout, stderr, working directory */

/* A message as received: type, payload, and descriptors that came with it. */
struct live_msg {
	uint32_t type;
	size_t len;
	unsigned char data[LIVE_MSG_MAX];
	int fds[LIVE_NFDS];
	int nfds;
};

/* Sends one message with nfds descriptors (0..LIVE_NFDS). 0 or -errno. */
int live_send(int sock, uint32_t type, const void *data, size_t len, const int *fds, int nfds);
/* Sends a message whose payload is one u32. */
int live_send_u32(int sock, uint32_t type, uint32_t v);
/*
 * Receives one message into m (descriptors beyond LIVE_NFDS are closed).
 * 1: a message; 0: the peer closed; -errno on error (-EAGAIN: none yet on a
 * non-blocking socket); -EBADMSG for a message too short to have a type.
 */
int live_recv(int sock, struct live_msg *m);
/* Closes the descriptors a message brought and forgets them. */
void live_msg_close_fds(struct live_msg *m);
/* The payload's u32 at offset off, or def when it is too short. */
uint32_t live_msg_u32(const struct live_msg *m, size_t off, uint32_t def);

#endif

/*
 * outq.c: a session's output to its client's stdout and stderr, written
 * without ever blocking the world. A pipe or a terminal is opened a second
 * time, non-blocking (its own open file description, so the client's flags
 * stay as they are); a socket is written with MSG_DONTWAIT; a regular file
 * never blocks. What the client is not ready to take waits here, in order
 * across both streams, and goes out as it becomes writable: a client that
 * stops reading holds up its own session only (session.c stops it once
 * LIVE_OUT_MAX is pending), never the world and its other clients.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../core/alloc.h"
#include "live_int.h"

/* One pending write: which stream, then its bytes. */
struct outq_rec {
	uint32_t which, len;
};

/* A descriptor for fd that writes without blocking. */
static int open_dst(struct live_out *o, int fd)
{
	struct stat st;
	char path[64];

	o->sock = false;
	if (fstat(fd, &st) == 0 && S_ISSOCK(st.st_mode)) {
		o->sock = true;
	} else if (fstat(fd, &st) == 0 && (S_ISFIFO(st.st_mode) || S_ISCHR(st.st_mode))) {
		snprintf(path, sizeof(path), "/proc/self/fd/%d", fd);
		o->fd = open(path, O_WRONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
		if (o->fd >= 0)
			return 0;
	}
	/* A regular file (or a pipe with no reader left, whose writes fail at once). */
	o->fd = fcntl(fd, F_DUPFD_CLOEXEC, 3);
	return o->fd >= 0 ? 0 : -1;
}

int live_outq_open(struct live_outq *q, int out_fd, int err_fd)
{
	memset(q, 0, sizeof(*q));
	q->dst[0].fd = q->dst[1].fd = -1;
	return open_dst(&q->dst[0], out_fd) < 0 || open_dst(&q->dst[1], err_fd) < 0 ? -1 : 0;
}

/* Writes what it can of buf now: the count, or -1 with errno (EAGAIN: not now). */
static ssize_t dst_write(const struct live_out *o, const void *buf, size_t n)
{
	if (o->sock)
		return send(o->fd, buf, n, MSG_DONTWAIT | MSG_NOSIGNAL);
	return write(o->fd, buf, n);
}

/* A stream the client closed (EPIPE...): what is pending for it is dropped. */
static void dst_broken(struct live_outq *q, unsigned which)
{
	q->broken[which] = true;
}

static void queue_append(struct live_outq *q, unsigned which, const char *buf, size_t n)
{
	struct outq_rec r = { which, (uint32_t)n };

	if (q->len + sizeof(r) + n > q->cap) {
		/* Compact first: what was written is at the front. */
		if (q->head) {
			memmove(q->buf, q->buf + q->head, q->len - q->head);
			q->len -= q->head;
			q->head = 0;
		}
		if (q->len + sizeof(r) + n > q->cap) {
			q->cap = (q->len + sizeof(r) + n) * 2;
			q->buf = vl_realloc(q->buf, q->cap);
		}
	}
	memcpy(q->buf + q->len, &r, sizeof(r));
	memcpy(q->buf + q->len + sizeof(r), buf, n);
	q->len += sizeof(r) + n;
	q->pending += n;
}

bool live_outq_flush(struct live_outq *q)
{
	while (q->head < q->len) {
		struct outq_rec r;
		ssize_t k;

		memcpy(&r, q->buf + q->head, sizeof(r));
		k = r.len && !q->broken[r.which] ? dst_write(&q->dst[r.which], q->buf + q->head + sizeof(r), r.len)
						 : (ssize_t)r.len;
		if (k < 0 && (errno == EAGAIN || errno == EINTR))
			return false;
		if (k < 0) {
			dst_broken(q, r.which);
			k = r.len;
		}
		q->pending -= (size_t)k;
		if ((uint32_t)k < r.len) {
			/* Part went out: the rest stays, as a shorter record. */
			r.len -= (uint32_t)k;
			q->head += (size_t)k;
			memcpy(q->buf + q->head, &r, sizeof(r));
			continue;
		}
		q->head += sizeof(r) + r.len;
	}
	q->head = q->len = 0;
	return true;
}

/* The session's streams write here: at once while nothing waits, else behind what does. */
static ssize_t outq_write(struct live_outq *q, unsigned which, const char *buf, size_t n)
{
	ssize_t k = 0;

	if (q->broken[which]) {
		errno = EPIPE;
		return -1;
	}
	if (q->head == q->len) {
		k = dst_write(&q->dst[which], buf, n);
		if (k < 0 && errno != EAGAIN && errno != EINTR) {
			dst_broken(q, which);
			errno = EPIPE;
			return -1;
		}
		if (k < 0)
			k = 0;
	}
	if ((size_t)k < n)
		queue_append(q, which, buf + k, n - (size_t)k);
	return (ssize_t)n;
}

static ssize_t out_write(void *cookie, const char *buf, size_t n)
{
	return outq_write(cookie, 0, buf, n);
}

static ssize_t err_write(void *cookie, const char *buf, size_t n)
{
	return outq_write(cookie, 1, buf, n);
}

FILE *live_outq_stream(struct live_outq *q, unsigned which)
{
	static const cookie_io_functions_t out_io = { .write = out_write }, err_io = { .write = err_write };

	return fopencookie(q, "w", which ? err_io : out_io);
}

int live_outq_poll_fd(const struct live_outq *q)
{
	struct outq_rec r;

	if (q->head == q->len)
		return -1;
	memcpy(&r, q->buf + q->head, sizeof(r));
	return q->dst[r.which].fd;
}

void live_outq_free(struct live_outq *q)
{
	for (int i = 0; i < 2; i++)
		if (q->dst[i].fd >= 0)
			close(q->dst[i].fd);
	free(q->buf);
	memset(q, 0, sizeof(*q));
	q->dst[0].fd = q->dst[1].fd = -1;
}

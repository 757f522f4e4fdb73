/* writebehind.c: tcpdump -w's file stream: stdio buffers, a helper thread writes. */
#include "writebehind.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio_ext.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../ctl/sys.h"

/* Past this much unwritten data the emulation waits for the disk. */
#define WB_MAX_QUEUED ((size_t)64 << 20)

/* stdio hands over its whole buffer at a time: chunks of that size are recycled. */
#define WB_CHUNK ((size_t)1 << 20)

struct wb_chunk {
	struct wb_chunk *next;
	size_t len, cap;
	char data[];
};

struct wb_file {
	int fd;
	pthread_t thread;
	pthread_mutex_t mu;
	pthread_cond_t more, room;
	struct wb_chunk *head, *tail;
	struct wb_chunk *spare;    /* written chunks, for reuse */
	size_t queued;
	bool closing;
	bool writing;              /* in wb_cookie_write; only stdio's thread touches it */
	int err;                   /* first write error, reported on close */
	char buf[WB_CHUNK];        /* stdio's buffer (glibc ignores a size without one) */
};

static int wb_write_all(int fd, const char *p, size_t len)
{
	while (len) {
		ssize_t n = write(fd, p, len);

		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			return errno;
		p += n;
		len -= (size_t)n;
	}
	return 0;
}

static struct wb_chunk *wb_pop(struct wb_file *f)
{
	struct wb_chunk *c;

	pthread_mutex_lock(&f->mu);
	while (!f->head && !f->closing)
		pthread_cond_wait(&f->more, &f->mu);
	c = f->head;
	if (c) {
		f->head = c->next;
		if (!f->head)
			f->tail = NULL;
	}
	pthread_mutex_unlock(&f->mu);
	return c;
}

static void *wb_thread(void *arg)
{
	struct wb_file *f = arg;
	struct wb_chunk *c;

	while ((c = wb_pop(f))) {
		int e = f->err ? 0 : wb_write_all(f->fd, c->data, c->len);

		pthread_mutex_lock(&f->mu);
		if (e && !f->err)
			f->err = e;
		f->queued -= c->len;
		c->next = f->spare;
		f->spare = c;
		pthread_cond_signal(&f->room);
		pthread_mutex_unlock(&f->mu);
	}
	return NULL;
}

/* A spare (already written) chunk big enough for len bytes, else a new one. */
static struct wb_chunk *wb_get_chunk(struct wb_file *f, size_t len)
{
	struct wb_chunk *c;
	size_t cap = len > WB_CHUNK ? len : WB_CHUNK;

	pthread_mutex_lock(&f->mu);
	c = f->spare;
	if (c && c->cap >= len)
		f->spare = c->next;
	else
		c = NULL;
	pthread_mutex_unlock(&f->mu);
	/* Outside f->mu: the helper thread never waits on an allocation, nor vl_oom on the lock. */
	if (!c) {
		c = vl_malloc(sizeof(*c) + cap);
		c->cap = cap;
	}
	return c;
}

static void wb_free_chunks(struct wb_chunk *c)
{
	while (c) {
		struct wb_chunk *next = c->next;

		free(c);
		c = next;
	}
}

/* stdio's write hook: copies its buffer into the queue (0 = error, as fopencookie wants). */
static ssize_t wb_cookie_write(void *cookie, const char *buf, size_t len)
{
	struct wb_file *f = cookie;
	struct wb_chunk *c;
	int err;

	/*
	 * Only reached from vl_oom: out of memory in wb_get_chunk, its
	 * fflush(NULL) finds this stream's buffer still unwritten and calls in
	 * again. Refuse, rather than allocate (and fail) again without end.
	 */
	if (f->writing) {
		errno = ENOMEM;
		return 0;
	}
	f->writing = true;
	c = wb_get_chunk(f, len);
	f->writing = false;
	memcpy(c->data, buf, len);
	c->len = len;
	c->next = NULL;
	pthread_mutex_lock(&f->mu);
	while (f->queued >= WB_MAX_QUEUED && !f->err)
		pthread_cond_wait(&f->room, &f->mu);
	err = f->err;
	if (!err) {
		if (f->tail)
			f->tail->next = c;
		else
			f->head = c;
		f->tail = c;
		f->queued += len;
		pthread_cond_signal(&f->more);
	}
	pthread_mutex_unlock(&f->mu);
	if (err) {
		free(c);
		errno = err;
		return 0;
	}
	return (ssize_t)len;
}

static void wb_free(struct wb_file *f)
{
	wb_free_chunks(f->spare);
	pthread_cond_destroy(&f->room);
	pthread_cond_destroy(&f->more);
	pthread_mutex_destroy(&f->mu);
	free(f);
}

static int wb_cookie_close(void *cookie)
{
	struct wb_file *f = cookie;
	int err;

	pthread_mutex_lock(&f->mu);
	f->closing = true;
	pthread_cond_signal(&f->more);
	pthread_mutex_unlock(&f->mu);
	pthread_join(f->thread, NULL);
	err = f->err;
	if (close(f->fd) && !err)
		err = errno;
	wb_free(f);
	if (err) {
		errno = err;
		return -1;
	}
	return 0;
}

FILE *wb_fopen(const char *path)
{
	static const cookie_io_functions_t io = { .write = wb_cookie_write, .close = wb_cookie_close };
	struct wb_file *f = vl_calloc(1, sizeof(*f));
	FILE *fp;

	f->fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
	if (f->fd < 0) {
		int e = errno;

		free(f);
		errno = e;
		return NULL;
	}
	pthread_mutex_init(&f->mu, NULL);
	pthread_cond_init(&f->more, NULL);
	pthread_cond_init(&f->room, NULL);
	if (pthread_create(&f->thread, NULL, wb_thread, f)) {
		close(f->fd);
		wb_free(f);
		errno = EAGAIN;
		return NULL;
	}
	fp = fopencookie(f, "wb", io);
	/* Nothing was written, so closing cannot report a write error: fopencookie's errno stands. */
	if (!fp)
		(void)wb_cookie_close(f);
	else {
		setvbuf(fp, f->buf, _IOFBF, sizeof(f->buf));
		/* Only the emulation's thread uses the stream (the helper reads the chunks it hands over): no stdio lock per fwrite. */
		__fsetlocking(fp, FSETLOCKING_BYCALLER);
	}
	return fp;
}

/*
 * where.c: where a live world listens: $XDG_RUNTIME_DIR/vethlab, else
 * /tmp/vethlab-$UID, a directory only its user may enter (0700), holding
 * NAME.sock and the server's log NAME.log.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include "live_int.h"

/* A name is a file name: letters, digits, '.', '_' and '-', not starting with '.'. */
static bool name_ok(const char *name)
{
	size_t len = strlen(name);

	return len > 0 && len <= LIVE_NAME_MAX && name[0] != '.' &&
	       strspn(name, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-") == len;
}

int live_where(const char *name, struct live_where *w)
{
	const char *xdg = getenv("XDG_RUNTIME_DIR");
	int n;

	if (!name_ok(name)) {
		fprintf(stderr, "vethlab: '%s': a world's name is 1 to %d letters, digits, '.', '_' or '-', "
			"not starting with '.'\n", name, LIVE_NAME_MAX);
		return -1;
	}
	snprintf(w->name, sizeof(w->name), "%s", name);
	if (xdg && xdg[0] == '/')
		n = snprintf(w->dir, sizeof(w->dir), "%s/vethlab", xdg);
	else
		n = snprintf(w->dir, sizeof(w->dir), "/tmp/vethlab-%u", (unsigned)getuid());
	if (n < 0 || (size_t)n >= sizeof(w->dir) ||
	    snprintf(w->sock, sizeof(w->sock), "%s/%s.sock", w->dir, name) >= (int)sizeof(w->sock)) {
		fprintf(stderr, "vethlab: %s/%s.sock: the socket's path is too long for a Unix socket\n",
			w->dir, name);
		return -1;
	}
	snprintf(w->log, sizeof(w->log), "%s/%s.log", w->dir, name);
	return 0;
}

int live_dir_ensure(const struct live_where *w)
{
	struct stat st;

	if (mkdir(w->dir, 0700) < 0 && errno != EEXIST) {
		fprintf(stderr, "vethlab: cannot create %s: %s\n", w->dir, strerror(errno));
		return -1;
	}
	if (lstat(w->dir, &st) < 0) {
		fprintf(stderr, "vethlab: %s: %s\n", w->dir, strerror(errno));
		return -1;
	}
	/* Anyone who could write there could put a socket of their own in the world's place. */
	if (!S_ISDIR(st.st_mode) || st.st_uid != getuid() || (st.st_mode & 077)) {
		fprintf(stderr, "vethlab: %s must be a directory of uid %u with mode 0700 "
			"(it has uid %u, mode %04o); refusing to listen there\n",
			w->dir, (unsigned)getuid(), (unsigned)st.st_uid, (unsigned)(st.st_mode & 07777));
		return -1;
	}
	return 0;
}

int live_connect(const struct live_where *w)
{
	struct sockaddr_un sa = { .sun_family = AF_UNIX };
	int fd = socket(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0);

	if (fd < 0)
		return -errno;
	snprintf(sa.sun_path, sizeof(sa.sun_path), "%s", w->sock);
	if (connect(fd, (struct sockaddr *)&sa, sizeof(sa)) < 0) {
		int err = -errno;

		close(fd);
		return err;
	}
	return fd;
}

int live_connect_running(const struct live_where *w)
{
	int fd = live_connect(w);

	if (fd >= 0)
		return fd;
	if (fd == -ENOENT) {
		fprintf(stderr, "vethlab: no world named '%s' is running (no %s)\n", w->name, w->sock);
	} else if (fd == -ECONNREFUSED) {
		/* The file is there but nobody listens: its server died without cleaning up. */
		unlink(w->sock);
		fprintf(stderr, "vethlab: world '%s' is not running: its server is gone; "
			"removed the stale socket %s\n", w->name, w->sock);
	} else {
		fprintf(stderr, "vethlab: cannot connect to world '%s' at %s: %s\n", w->name, w->sock,
			strerror(-fd));
	}
	return -1;
}

/*
 * preload.c: vethlab-preload.so, the LD_PRELOAD interposer `vethlab bash`
 * gives bash and the host programs it starts: opening a file under
 * /proc/sys/net, /proc/net, /proc/self/net or /sys/class/net reaches the
 * world ($VETHLAB_WORLD, in namespace $VETHLAB_NETNS) instead of the host.
 *
 * - Reading: the world's `cat FILE` fills a memfd, which the program reads.
 * - Writing: the program writes into a memfd named after the file; when the
 *   last descriptor of it goes (close, dup2/dup3 over it, fclose), what it
 *   holds is written to the file in the world (`echo CONTENT > FILE`), with
 *   the world's complaint, if any, on the program's stderr.
 * - A file the world does not have fails to open with ENOENT; one it refuses
 *   to read (carrier of a device that is down) opens, and its reads fail
 *   with EINVAL as the kernel's do.
 *
 * - A network socket (AF_NETLINK, AF_PACKET, AF_INET, AF_INET6) is refused
 *   with EAFNOSUPPORT and a line on stderr: a host program (tc, iptables,
 *   nc, curl, bash's /dev/tcp) would otherwise see the host's network, or
 *   an empty namespace of its own, and print that as if it were the world's.
 *   The tool then fails as it does without the address family; AF_UNIX (the
 *   shims' way to the world) is left alone.
 *
 * It holds no state: a memfd's name says which file it stands for, and the
 * process's own /proc/self/fd says whether another descriptor still refers
 * to it. Where it cannot reach: programs that make system calls without the
 * C library (static or Go binaries), and glibc's internal opens (fopen is
 * interposed, but not, for instance, what getaddrinfo opens); directories
 * (ls /proc/sys/net) are not served.
 */
#include <dirent.h>
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../live/live_int.h"

#define WRITE_TAG "vethlab-write:"

/* The vethlab exports these; -Wmissing-prototypes wants them declared. */
int socket(int domain, int type, int protocol);
int open(const char *path, int flags, ...);
int open64(const char *path, int flags, ...);
int __open_2(const char *path, int flags);
int __open64_2(const char *path, int flags);
int openat(int dirfd, const char *path, int flags, ...);
int openat64(int dirfd, const char *path, int flags, ...);
int __openat_2(int dirfd, const char *path, int flags);
int __openat64_2(int dirfd, const char *path, int flags);
FILE *fopen(const char *path, const char *mode);
FILE *fopen64(const char *path, const char *mode);
int close(int fd);
int dup2(int oldfd, int newfd);
int dup3(int oldfd, int newfd, int flags);
int fclose(FILE *f);

static void *real(const char *name)
{
	return dlsym(RTLD_NEXT, name);
}

static bool world_path(const char *path)
{
	static const char *const prefixes[] = { "/proc/sys/net/", "/proc/net/", "/proc/self/net/",
						"/sys/class/net/" };

	if (!path || !getenv("VETHLAB_WORLD"))
		return false;
	for (size_t i = 0; i < sizeof(prefixes) / sizeof(prefixes[0]); i++)
		if (!strncmp(path, prefixes[i], strlen(prefixes[i])) && path[strlen(prefixes[i])])
			return true;
	return false;
}

static const char *family_name(int domain)
{
	switch (domain) {
	case AF_NETLINK:
		return "AF_NETLINK";
	case AF_PACKET:
		return "AF_PACKET";
	case AF_INET:
		return "AF_INET";
	case AF_INET6:
		return "AF_INET6";
	default:
		return NULL;
	}
}

int socket(int domain, int type, int protocol)
{
	const char *fam = getenv("VETHLAB_WORLD") ? family_name(domain) : NULL;

	if (fam) {
		fprintf(stderr, "vethlab: %s: a host program's %s socket is refused: it would not reach the world "
			"(vethlab's own ip, ping, tcpdump... do)\n", program_invocation_short_name, fam);
		errno = EAFNOSUPPORT;
		return -1;
	}
	return ((int (*)(int, int, int))real("socket"))(domain, type, protocol);
}

/* s in single quotes for the world's shell. */
static void quote(FILE *f, const char *s, size_t n)
{
	fputc('\'', f);
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '\'')
			fputs("'\\''", f);
		else
			fputc(s[i], f);
	}
	fputc('\'', f);
}

/* Runs cmd in the world, in $VETHLAB_NETNS if set, with stdout to out and stderr to err. */
static int run_in_world(const char *cmd, int out, int err)
{
	const char *ns = getenv("VETHLAB_NETNS");
	int (*ropen)(const char *, int, ...) = real("open");
	struct live_where w;
	char *line = NULL;
	size_t len = 0;
	FILE *f;
	int fds[3], st;

	if (live_where(getenv("VETHLAB_WORLD"), &w) < 0)
		return -1;
	f = open_memstream(&line, &len);
	if (!f)
		return -1;
	if (ns && *ns) {
		fputs("ip netns exec ", f);
		quote(f, ns, strlen(ns));
		fputs(" bash -c ", f);
		quote(f, cmd, strlen(cmd));
	} else {
		fputs(cmd, f);
	}
	fclose(f);
	fds[0] = ropen("/dev/null", O_RDWR | O_CLOEXEC);
	fds[1] = out >= 0 ? out : fds[0];
	fds[2] = err >= 0 ? err : fds[0];
	st = fds[0] < 0 ? -1 : live_run_line(&w, line, fds);
	if (fds[0] >= 0)
		((int (*)(int))real("close"))(fds[0]);
	free(line);
	return st;
}

/*
 * The errno of the world's complaint about a file ("cat: PATH: Invalid
 * argument": reading carrier of a device that is down), from the memfd
 * holding it; ENOENT when it names none (not emulated by vethlab).
 */
static int world_errno(int errfd)
{
	char buf[512], *msg;
	ssize_t n = pread(errfd, buf, sizeof(buf) - 1, 0);

	if (n <= 0)
		return ENOENT;
	buf[n] = 0;
	buf[strcspn(buf, "\n")] = 0;
	msg = strrchr(buf, ':');
	if (!msg || msg[1] != ' ')
		return ENOENT;
	for (int e = 1; e < 134; e++)
		if (!strcmp(msg + 2, strerror(e)))
			return e;
	return ENOENT;
}

/* The world's file into a memfd: its descriptor, or -1 with errno. */
static int world_open(const char *path, int flags)
{
	bool writing = (flags & O_ACCMODE) != O_RDONLY;
	char name[256], *cmd = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&cmd, &len);
	int fd, errfd, st;

	if (!f)
		return -1;
	fputs("cat ", f);
	quote(f, path, strlen(path));
	fclose(f);
	snprintf(name, sizeof(name), "%s%s", writing ? WRITE_TAG : "vethlab-read:", path);
	fd = memfd_create(name, (flags & O_CLOEXEC) ? MFD_CLOEXEC : 0);
	if (fd < 0) {
		free(cmd);
		return -1;
	}
	errfd = memfd_create("vethlab-error", MFD_CLOEXEC);
	st = run_in_world(cmd, fd, errfd);
	free(cmd);
	if (st != 0) {
		int e = errfd >= 0 ? world_errno(errfd) : ENOENT;

		((int (*)(int))real("close"))(fd);
		if (errfd >= 0)
			((int (*)(int))real("close"))(errfd);
		/*
		 * sysfs refuses a value at read(), not at open(): an epoll
		 * descriptor opens and answers every read with EINVAL (it has no
		 * read), so head says "error reading" as on Linux.
		 */
		if (e == EINVAL && !writing)
			return epoll_create1((flags & O_CLOEXEC) ? EPOLL_CLOEXEC : 0);
		errno = e;
		return -1;
	}
	if (errfd >= 0)
		((int (*)(int))real("close"))(errfd);
	/* A write replaces the value; a read starts at the beginning. */
	if (writing && ftruncate(fd, 0) < 0) {
		((int (*)(int))real("close"))(fd);
		return -1;
	}
	lseek(fd, 0, SEEK_SET);
	return fd;
}

/* The file a write memfd stands for, into path; false for any other descriptor. */
static bool write_target(int fd, char *path, size_t cap)
{
	char link[64], target[PATH_MAX];
	const char *tag = "/memfd:" WRITE_TAG;
	ssize_t n;
	char *del;

	snprintf(link, sizeof(link), "/proc/self/fd/%d", fd);
	n = readlink(link, target, sizeof(target) - 1);
	if (n <= 0)
		return false;
	target[n] = 0;
	if (strncmp(target, tag, strlen(tag)))
		return false;
	del = strstr(target, " (deleted)");
	if (del)
		*del = 0;
	snprintf(path, cap, "%s", target + strlen(tag));
	return true;
}

/* Whether a descriptor other than except still refers to the file st describes. */
static bool still_open(const struct stat *st, int except)
{
	DIR *d = opendir("/proc/self/fd");
	struct dirent *de;
	bool found = false;

	if (!d)
		return false;
	while (!found && (de = readdir(d))) {
		int fd = atoi(de->d_name);
		struct stat o;

		if (de->d_name[0] == '.' || fd == except || fd == dirfd(d))
			continue;
		found = fstat(fd, &o) == 0 && o.st_ino == st->st_ino && o.st_dev == st->st_dev;
	}
	closedir(d);
	return found;
}

/* What the memfd holds, written to the file in the world. */
static void world_write(int keep, const char *path)
{
	struct stat st;
	char *data, *cmd = NULL;
	size_t len = 0;
	ssize_t n;
	FILE *f;

	if (fstat(keep, &st) < 0)
		return;
	data = malloc((size_t)st.st_size + 1);
	if (!data)
		return;
	n = pread(keep, data, (size_t)st.st_size, 0);
	if (n < 0)
		n = 0;
	/* echo ends the line itself. */
	if (n > 0 && data[n - 1] == '\n')
		n--;
	f = open_memstream(&cmd, &len);
	if (f) {
		fputs("echo ", f);
		quote(f, data, (size_t)n);
		fputs(" > ", f);
		quote(f, path, strlen(path));
		fclose(f);
		run_in_world(cmd, -1, STDERR_FILENO);
	}
	free(cmd);
	free(data);
}

/*
 * Around anything that may drop a descriptor (fd): when it was the last
 * one of a write memfd, the write goes to the world. Returns a copy to
 * check after the call (-1: nothing to do).
 */
static int before_drop(int fd, char *path, size_t cap)
{
	if (fd < 0 || !write_target(fd, path, cap))
		return -1;
	return fcntl(fd, F_DUPFD_CLOEXEC, 3);
}

static void after_drop(int keep, const char *path)
{
	struct stat st;

	if (keep < 0)
		return;
	if (fstat(keep, &st) == 0 && !still_open(&st, keep))
		world_write(keep, path);
	((int (*)(int))real("close"))(keep);
}

static int open_common(const char *sym, int dirfd, const char *path, int flags, mode_t mode, bool at)
{
	if (world_path(path))
		return world_open(path, flags);
	if (at)
		return ((int (*)(int, const char *, int, ...))real(sym))(dirfd, path, flags, mode);
	return ((int (*)(const char *, int, ...))real(sym))(path, flags, mode);
}

static mode_t mode_arg(int flags, va_list ap)
{
	return (flags & (O_CREAT | O_TMPFILE)) ? (mode_t)va_arg(ap, int) : 0;
}

int open(const char *path, int flags, ...)
{
	va_list ap;
	mode_t m;

	va_start(ap, flags);
	m = mode_arg(flags, ap);
	va_end(ap);
	return open_common("open", -1, path, flags, m, false);
}

int open64(const char *path, int flags, ...)
{
	va_list ap;
	mode_t m;

	va_start(ap, flags);
	m = mode_arg(flags, ap);
	va_end(ap);
	return open_common("open64", -1, path, flags, m, false);
}

int __open_2(const char *path, int flags)
{
	return open_common("open", -1, path, flags, 0, false);
}

int __open64_2(const char *path, int flags)
{
	return open_common("open64", -1, path, flags, 0, false);
}

int openat(int dirfd, const char *path, int flags, ...)
{
	va_list ap;
	mode_t m;

	va_start(ap, flags);
	m = mode_arg(flags, ap);
	va_end(ap);
	return open_common("openat", dirfd, path, flags, m, true);
}

int openat64(int dirfd, const char *path, int flags, ...)
{
	va_list ap;
	mode_t m;

	va_start(ap, flags);
	m = mode_arg(flags, ap);
	va_end(ap);
	return open_common("openat64", dirfd, path, flags, m, true);
}

int __openat_2(int dirfd, const char *path, int flags)
{
	return open_common("openat", dirfd, path, flags, 0, true);
}

int __openat64_2(int dirfd, const char *path, int flags)
{
	return open_common("openat64", dirfd, path, flags, 0, true);
}

/* fopen's mode as open's flags: enough to tell reading from writing. */
static int fopen_flags(const char *mode)
{
	bool plus = strchr(mode, '+') != NULL;

	if (mode[0] == 'r')
		return plus ? O_RDWR : O_RDONLY;
	return (plus ? O_RDWR : O_WRONLY) | O_CREAT | (mode[0] == 'a' ? O_APPEND : O_TRUNC);
}

static FILE *fopen_common(const char *sym, const char *path, const char *mode)
{
	int fd;
	FILE *f;

	if (!world_path(path))
		return ((FILE * (*)(const char *, const char *)) real(sym))(path, mode);
	fd = world_open(path, fopen_flags(mode) | (strchr(mode, 'e') ? O_CLOEXEC : 0));
	if (fd < 0)
		return NULL;
	f = fdopen(fd, mode);
	if (!f)
		((int (*)(int))real("close"))(fd);
	return f;
}

FILE *fopen(const char *path, const char *mode)
{
	return fopen_common("fopen", path, mode);
}

FILE *fopen64(const char *path, const char *mode)
{
	return fopen_common("fopen64", path, mode);
}

int close(int fd)
{
	char path[PATH_MAX];
	int keep = before_drop(fd, path, sizeof(path));
	int r = ((int (*)(int))real("close"))(fd);
	int e = errno;

	after_drop(keep, path);
	errno = e;
	return r;
}

int dup2(int oldfd, int newfd)
{
	char path[PATH_MAX];
	int keep = oldfd != newfd ? before_drop(newfd, path, sizeof(path)) : -1;
	int r = ((int (*)(int, int))real("dup2"))(oldfd, newfd);
	int e = errno;

	after_drop(keep, path);
	errno = e;
	return r;
}

int dup3(int oldfd, int newfd, int flags)
{
	char path[PATH_MAX];
	int keep = before_drop(newfd, path, sizeof(path));
	int r = ((int (*)(int, int, int))real("dup3"))(oldfd, newfd, flags);
	int e = errno;

	after_drop(keep, path);
	errno = e;
	return r;
}

int fclose(FILE *f)
{
	char path[PATH_MAX];
	int keep = f ? before_drop(fileno(f), path, sizeof(path)) : -1;
	int r = ((int (*)(FILE *))real("fclose"))(f);
	int e = errno;

	after_drop(keep, path);
	errno = e;
	return r;
}

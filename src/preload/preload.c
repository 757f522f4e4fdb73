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
 *   with EINVAL as the kernel's do. One it has but does not emulate fails
 *   with EOPNOTSUPP, the world's "not emulated by vethlab" on stderr.
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
 * to it.
 * - Directories and names: opendir/readdir list the world's directory (those
 *   trees and /run/netns: ls /sys/class/net, a glob of /sys/class/net), and
 *   stat, lstat, statx, fstatat, access and faccessat tell a directory from
 *   a file by asking the world (test -d /sys/class/net/veth0, test -e
 *   /run/netns/NS). The only state: the directories open now, so readdir
 *   knows its own from glibc's.
 *
 * Where it cannot reach: programs that make system calls without the C
 * library (static or Go binaries), and glibc's internal opens (fopen is
 * interposed, but not, for instance, what getaddrinfo opens, or scandir's
 * opendir); relative paths; what a link under /sys/class/net leads to
 * under /sys/devices (readlink -f and realpath resolve through glibc's own
 * readlink); and a name's owner, times and permissions are not the kernel's.
 * - Symbolic links: readlink, readlinkat, lstat and the stats that do not
 *   follow show /sys/class/net's links (DEV, DEV/subsystem, master,
 *   upper_BR, lower_PORT, brif/PORT, brport/bridge) with Linux's targets;
 *   stat follows them to the directories the world has.
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
#include <sys/types.h>
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

int stat(const char *path, struct stat *st);
int stat64(const char *path, struct stat64 *st);
int lstat(const char *path, struct stat *st);
int lstat64(const char *path, struct stat64 *st);
int fstatat(int dirfd, const char *path, struct stat *st, int flags);
int fstatat64(int dirfd, const char *path, struct stat64 *st, int flags);
int statx(int dirfd, const char *path, int flags, unsigned int mask, struct statx *stx);
ssize_t readlink(const char *path, char *buf, size_t size);
ssize_t readlinkat(int dirfd, const char *path, char *buf, size_t size);
int access(const char *path, int mode);
int faccessat(int dirfd, const char *path, int mode, int flags);
DIR *opendir(const char *path);
struct dirent *readdir(DIR *d);
struct dirent64 *readdir64(DIR *d);
int closedir(DIR *d);
void rewinddir(DIR *d);
int dirfd(DIR *d);
long telldir(DIR *d);
void seekdir(DIR *d, long loc);

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
 * holding it; ENOENT when it names none. A file the world lists but does
 * not emulate is EOPNOTSUPP, as a directory it does not emulate is, and
 * the world's reason goes to stderr: never ENOENT for a name ls showed.
 */
static int world_errno(int errfd, const char *path)
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
	if (!strcmp(msg + 2, "not emulated by vethlab")) {
		fprintf(stderr, "vethlab: %s: not emulated by vethlab\n", path);
		return EOPNOTSUPP;
	}
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
		int e = errfd >= 0 ? world_errno(errfd, path) : ENOENT;

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

/*
 * Whether path names one of the world's directories or something in them:
 * the file trees and /run/netns (also as /var/run/netns), the roots
 * themselves included.
 */
static bool world_name(const char *path)
{
	static const char *const roots[] = { "/proc/sys/net", "/proc/net", "/proc/self/net", "/sys/class/net",
					     "/run/netns", "/var/run/netns" };

	if (!path || path[0] != '/' || !getenv("VETHLAB_WORLD"))
		return false;
	for (size_t i = 0; i < sizeof(roots) / sizeof(roots[0]); i++) {
		size_t n = strlen(roots[i]);

		if (!strncmp(path, roots[i], n) && (path[n] == 0 || path[n] == '/'))
			return true;
	}
	return false;
}

/* A memfd's whole content, NUL-terminated, into a malloc'd buffer (NULL if none). */
static char *memfd_text(int fd, size_t *len)
{
	struct stat st;
	char *buf;
	ssize_t n;

	if (fstat(fd, &st) < 0)
		return NULL;
	buf = malloc((size_t)st.st_size + 1);
	if (!buf)
		return NULL;
	n = pread(fd, buf, (size_t)st.st_size, 0);
	if (n < 0)
		n = 0;
	buf[n] = 0;
	if (len)
		*len = (size_t)n;
	return buf;
}

enum world_kind { WORLD_NONE, WORLD_FILE, WORLD_DIR, WORLD_DIR_NA };

/*
 * What the world's ls says of path: a file (ls prints the name it was
 * given), a directory (its entries, one a line: into *names if asked), one
 * it does not emulate (a directory Linux has: listed, not served), or
 * nothing there.
 */
static enum world_kind world_ls(const char *path, char **names)
{
	enum world_kind kind = WORLD_NONE;
	char *cmd = NULL, *out, *err;
	size_t len = 0, n = 0;
	FILE *f = open_memstream(&cmd, &len);
	int fds[2], st;

	if (names)
		*names = NULL;
	if (!f)
		return WORLD_NONE;
	fputs("ls ", f);
	quote(f, path, strlen(path));
	fclose(f);
	fds[0] = memfd_create("vethlab-ls", MFD_CLOEXEC);
	fds[1] = memfd_create("vethlab-ls-error", MFD_CLOEXEC);
	if (fds[0] < 0 || fds[1] < 0) {
		free(cmd);
		goto out;
	}
	st = run_in_world(cmd, fds[0], fds[1]);
	free(cmd);
	out = memfd_text(fds[0], &n);
	err = memfd_text(fds[1], NULL);
	if (st == 0 && out) {
		bool file = n == strlen(path) + 1 && !strncmp(out, path, strlen(path)) && out[n - 1] == '\n';

		kind = file ? WORLD_FILE : WORLD_DIR;
		if (!file && names) {
			*names = out;
			out = NULL;
		}
	} else if (err && strstr(err, "not emulated by vethlab")) {
		kind = WORLD_DIR_NA;
	}
	free(out);
	free(err);
out:
	for (int i = 0; i < 2; i++)
		if (fds[i] >= 0)
			((int (*)(int))real("close"))(fds[i]);
	return kind;
}

/* What stat says of a world name: a directory or a file, owned by root. */
static int world_stat_kind(const char *path, mode_t *mode)
{
	switch (world_ls(path, NULL)) {
	case WORLD_FILE:
		*mode = S_IFREG | 0644;
		return 0;
	case WORLD_DIR:
	case WORLD_DIR_NA:
		*mode = S_IFDIR | 0755;
		return 0;
	case WORLD_NONE:
	default:
		errno = ENOENT;
		return -1;
	}
}

/* An inode number that stays the same for one name (FNV-1a of it). */
static ino_t name_ino(const char *path)
{
	uint64_t h = 14695981039346656037ull;

	for (const char *p = path; *p; p++)
		h = (h ^ (unsigned char)*p) * 1099511628211ull;
	return (ino_t)(h | 1);
}

/* The upper_BR entry in the listing of /sys/class/net/DEV: DEV's master, into br (false: none). */
static bool world_master(const char *dev, size_t dev_len, char *br, size_t cap)
{
	char dir[PATH_MAX], *names = NULL;
	bool found = false;

	snprintf(dir, sizeof(dir), "/sys/class/net/%.*s", (int)dev_len, dev);
	if (world_ls(dir, &names) == WORLD_DIR && names) {
		for (char *line = names, *end; !found && (end = strchr(line, '\n')); line = end + 1) {
			if (!strncmp(line, "upper_", 6) && end > line + 6) {
				snprintf(br, cap, "%.*s", (int)(end - line - 6), line + 6);
				found = true;
			}
		}
	}
	free(names);
	return found;
}

/* A world name exists (as a file or directory, emulated or not). */
static bool world_exists(const char *path)
{
	mode_t mode;

	return world_stat_kind(path, &mode) == 0;
}

/*
 * The symbolic links sysfs makes under /sys/class/net, with Linux's
 * targets: DEV itself (../../devices/virtual/net/DEV), DEV/subsystem,
 * DEV/master and DEV/upper_BR (../BR), BR/lower_PORT (../PORT),
 * BR/brif/PORT (../../PORT/brport) and PORT/brport/bridge (../../BR). The
 * length of the target written into buf; 0 when path is no such link.
 */
static size_t world_link(const char *path, char *buf, size_t cap)
{
	static const char base[] = "/sys/class/net/";
	const char *dev = path + strlen(base), *sub, *leaf = NULL;
	char br[NAME_MAX + 1];
	size_t dev_len;
	int n = -1;

	if (strncmp(path, base, strlen(base)) || !*dev)
		return 0;
	sub = strchr(dev, '/');
	dev_len = sub ? (size_t)(sub - dev) : strlen(dev);
	if (sub && (leaf = strchr(++sub, '/')))
		leaf++;
	if (!sub) {
		if (world_exists(path))
			n = snprintf(buf, cap, "../../devices/virtual/net/%s", dev);
	} else if (!leaf && (!strncmp(sub, "upper_", 6) || !strncmp(sub, "lower_", 6)) && sub[6]) {
		if (world_exists(path))
			n = snprintf(buf, cap, "../%s", sub + 6);
	} else if (!leaf && !strcmp(sub, "subsystem")) {
		if (world_exists(path))
			n = snprintf(buf, cap, "../../../../class/net");
	} else if (!leaf && !strcmp(sub, "master")) {
		if (world_master(dev, dev_len, br, sizeof(br)))
			n = snprintf(buf, cap, "../%s", br);
	} else if (leaf && !strncmp(sub, "brif/", 5) && *leaf && !strchr(leaf, '/')) {
		if (world_exists(path))
			n = snprintf(buf, cap, "../../%s/brport", leaf);
	} else if (leaf && !strcmp(sub, "brport/bridge")) {
		if (world_master(dev, dev_len, br, sizeof(br)))
			n = snprintf(buf, cap, "../../%s", br);
	}
	return n > 0 && (size_t)n < cap ? (size_t)n : 0;
}

static int fill_stat(const char *path, struct stat *st)
{
	mode_t mode;

	if (world_stat_kind(path, &mode) < 0)
		return -1;
	memset(st, 0, sizeof(*st));
	st->st_mode = mode;
	st->st_nlink = S_ISDIR(mode) ? 2 : 1;
	st->st_ino = name_ino(path);
	st->st_blksize = 4096;
	/* sysfs attributes say 4096 bytes; /proc files 0. */
	st->st_size = S_ISREG(mode) && !strncmp(path, "/sys/", 5) ? 4096 : 0;
	return 0;
}

/* What lstat says of a world name: a symbolic link is one (its size its target's length), the rest as stat. */
static int fill_lstat(const char *path, struct stat *st)
{
	char target[PATH_MAX];
	size_t n = world_link(path, target, sizeof(target));

	if (!n)
		return fill_stat(path, st);
	memset(st, 0, sizeof(*st));
	st->st_mode = S_IFLNK | 0777;
	st->st_nlink = 1;
	st->st_ino = name_ino(path);
	st->st_blksize = 4096;
	st->st_size = (off_t)n;
	return 0;
}

/* readlink of a world name: a link's target (no NUL, cut at size), else EINVAL (it exists) or ENOENT. */
static ssize_t world_readlink(const char *path, char *buf, size_t size)
{
	char target[PATH_MAX];
	size_t n = world_link(path, target, sizeof(target));
	struct stat st;

	if (!n) {
		if (fill_stat(path, &st) == 0)
			errno = EINVAL;
		return -1;
	}
	if (n > size)
		n = size;
	memcpy(buf, target, n);
	return (ssize_t)n;
}

ssize_t readlink(const char *path, char *buf, size_t size)
{
	if (world_name(path))
		return world_readlink(path, buf, size);
	return ((ssize_t (*)(const char *, char *, size_t))real("readlink"))(path, buf, size);
}

ssize_t readlinkat(int dirfd, const char *path, char *buf, size_t size)
{
	if (world_name(path))
		return world_readlink(path, buf, size);
	return ((ssize_t (*)(int, const char *, char *, size_t))real("readlinkat"))(dirfd, path, buf, size);
}

int stat(const char *path, struct stat *st)
{
	if (world_name(path))
		return fill_stat(path, st);
	return ((int (*)(const char *, struct stat *))real("stat"))(path, st);
}

int stat64(const char *path, struct stat64 *st)
{
	if (world_name(path))
		return fill_stat(path, (struct stat *)st);
	return ((int (*)(const char *, struct stat64 *))real("stat64"))(path, st);
}

int lstat(const char *path, struct stat *st)
{
	if (world_name(path))
		return fill_lstat(path, st);
	return ((int (*)(const char *, struct stat *))real("lstat"))(path, st);
}

int lstat64(const char *path, struct stat64 *st)
{
	if (world_name(path))
		return fill_lstat(path, (struct stat *)st);
	return ((int (*)(const char *, struct stat64 *))real("lstat64"))(path, st);
}

int fstatat(int dirfd, const char *path, struct stat *st, int flags)
{
	if (world_name(path))
		return (flags & AT_SYMLINK_NOFOLLOW) ? fill_lstat(path, st) : fill_stat(path, st);
	return ((int (*)(int, const char *, struct stat *, int))real("fstatat"))(dirfd, path, st, flags);
}

int fstatat64(int dirfd, const char *path, struct stat64 *st, int flags)
{
	if (world_name(path))
		return (flags & AT_SYMLINK_NOFOLLOW) ? fill_lstat(path, (struct stat *)st)
						     : fill_stat(path, (struct stat *)st);
	return ((int (*)(int, const char *, struct stat64 *, int))real("fstatat64"))(dirfd, path, st, flags);
}

int statx(int dirfd, const char *path, int flags, unsigned int mask, struct statx *stx)
{
	struct stat st;

	if (!world_name(path))
		return ((int (*)(int, const char *, int, unsigned int, struct statx *))real("statx"))(
			dirfd, path, flags, mask, stx);
	if (((flags & AT_SYMLINK_NOFOLLOW) ? fill_lstat(path, &st) : fill_stat(path, &st)) < 0)
		return -1;
	memset(stx, 0, sizeof(*stx));
	stx->stx_mask = STATX_BASIC_STATS;
	stx->stx_mode = (uint16_t)st.st_mode;
	stx->stx_nlink = (uint32_t)st.st_nlink;
	stx->stx_ino = st.st_ino;
	stx->stx_size = (uint64_t)st.st_size;
	stx->stx_blksize = (uint32_t)st.st_blksize;
	return 0;
}

/* Existence is all a root caller's access asks of these names. */
int access(const char *path, int mode)
{
	struct stat st;

	if (world_name(path))
		return fill_stat(path, &st);
	return ((int (*)(const char *, int))real("access"))(path, mode);
}

int faccessat(int dirfd, const char *path, int mode, int flags)
{
	struct stat st;

	if (world_name(path))
		return fill_stat(path, &st);
	return ((int (*)(int, const char *, int, int))real("faccessat"))(dirfd, path, mode, flags);
}

/*
 * A world directory as opendir hands it out: its entries ("." and ".."
 * first, then the world's names in its order), and a descriptor for dirfd.
 */
struct world_dir {
	struct world_dir *next;
	char *names;        /* the world's ls output, one name a line */
	const char *pos;    /* the next line */
	long index;         /* entries handed out so far */
	int fd;
	struct dirent ent;
	struct dirent64 ent64;
};

/* The world directories open now: readdir tells its own from glibc's DIRs by them. */
static struct world_dir *open_world_dirs;

static struct world_dir *world_dir_of(DIR *d)
{
	for (struct world_dir *w = open_world_dirs; w; w = w->next)
		if ((DIR *)w == d)
			return w;
	return NULL;
}

DIR *opendir(const char *path)
{
	struct world_dir *w;
	char *names;

	if (!world_name(path))
		return ((DIR * (*)(const char *)) real("opendir"))(path);
	switch (world_ls(path, &names)) {
	case WORLD_FILE:
		errno = ENOTDIR;
		return NULL;
	case WORLD_DIR_NA:
		errno = EOPNOTSUPP;
		return NULL;
	case WORLD_NONE:
		errno = ENOENT;
		return NULL;
	case WORLD_DIR:
	default:
		break;
	}
	w = calloc(1, sizeof(*w));
	if (!w) {
		free(names);
		errno = ENOMEM;
		return NULL;
	}
	w->names = names;
	w->pos = names;
	w->fd = ((int (*)(const char *, int, ...))real("open"))("/", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	w->next = open_world_dirs;
	open_world_dirs = w;
	return (DIR *)w;
}

/* The next entry's name into name (cap bytes): false at the end. */
static bool world_dir_next(struct world_dir *w, char *name, size_t cap)
{
	size_t n;

	if (w->index < 2) {
		snprintf(name, cap, "%s", w->index ? ".." : ".");
		w->index++;
		return true;
	}
	if (!w->pos || !*w->pos)
		return false;
	n = strcspn(w->pos, "\n");
	snprintf(name, cap, "%.*s", (int)n, w->pos);
	w->pos += n + (w->pos[n] == '\n');
	w->index++;
	return true;
}

struct dirent *readdir(DIR *d)
{
	struct world_dir *w = world_dir_of(d);

	if (!w)
		return ((struct dirent * (*)(DIR *)) real("readdir"))(d);
	memset(&w->ent, 0, sizeof(w->ent));
	if (!world_dir_next(w, w->ent.d_name, sizeof(w->ent.d_name)))
		return NULL;
	w->ent.d_ino = (ino_t)(w->index + 1);
	w->ent.d_off = w->index;
	w->ent.d_reclen = sizeof(w->ent);
	w->ent.d_type = DT_UNKNOWN;
	return &w->ent;
}

struct dirent64 *readdir64(DIR *d)
{
	struct world_dir *w = world_dir_of(d);

	if (!w)
		return ((struct dirent64 * (*)(DIR *)) real("readdir64"))(d);
	memset(&w->ent64, 0, sizeof(w->ent64));
	if (!world_dir_next(w, w->ent64.d_name, sizeof(w->ent64.d_name)))
		return NULL;
	w->ent64.d_ino = (ino64_t)(w->index + 1);
	w->ent64.d_off = w->index;
	w->ent64.d_reclen = sizeof(w->ent64);
	w->ent64.d_type = DT_UNKNOWN;
	return &w->ent64;
}

int closedir(DIR *d)
{
	struct world_dir *w = world_dir_of(d);

	if (!w)
		return ((int (*)(DIR *))real("closedir"))(d);
	for (struct world_dir **p = &open_world_dirs; *p; p = &(*p)->next)
		if (*p == w) {
			*p = w->next;
			break;
		}
	if (w->fd >= 0)
		((int (*)(int))real("close"))(w->fd);
	free(w->names);
	free(w);
	return 0;
}

void rewinddir(DIR *d)
{
	struct world_dir *w = world_dir_of(d);

	if (!w) {
		((void (*)(DIR *))real("rewinddir"))(d);
		return;
	}
	w->pos = w->names;
	w->index = 0;
}

int dirfd(DIR *d)
{
	struct world_dir *w = world_dir_of(d);

	if (!w)
		return ((int (*)(DIR *))real("dirfd"))(d);
	return w->fd;
}

long telldir(DIR *d)
{
	struct world_dir *w = world_dir_of(d);

	if (!w)
		return ((long (*)(DIR *))real("telldir"))(d);
	return w->index;
}

/* Back to entry loc, by reading again from the first. */
void seekdir(DIR *d, long loc)
{
	struct world_dir *w = world_dir_of(d);
	char name[256];

	if (!w) {
		((void (*)(DIR *, long))real("seekdir"))(d, loc);
		return;
	}
	rewinddir(d);
	while (w->index < loc && world_dir_next(w, name, sizeof(name)))
		;
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

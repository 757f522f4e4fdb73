/*
 * shim_netns.c: `ip netns identify PID` and `ip netns pids NS` under `vethlab
 * bash`, where the processes are the host's: a process is in the namespace of
 * the world that `ip netns exec NS` (or `ip -n NS`) put it in, which its
 * command line or the VETHLAB_NETNS it inherited says; else in the initial one.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/types.h>
#include <unistd.h>

#include "../core/alloc.h"
#include "live_int.h"

/* How much of a process's environment is read: VETHLAB_WORLD and VETHLAB_NETNS are near its end. */
#define PROC_ENV_MAX (256 * 1024)

/* The NUL-separated words of /proc/PID/FILE into buf: their total length, -1 when there is no such process. */
static ssize_t proc_words(const char *pid, const char *file, char *buf, size_t len)
{
	char path[64];
	ssize_t n, got = 0;
	int fd;

	snprintf(path, sizeof(path), "/proc/%s/%s", pid, file);
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return errno == ENOENT || errno == ESRCH ? -1 : 0;
	while ((size_t)got < len - 1 && (n = read(fd, buf + got, len - 1 - (size_t)got)) > 0)
		got += n;
	close(fd);
	buf[got] = 0;
	return got;
}

/* The value of NAME in the words of an environ, or NULL. */
static const char *env_value(const char *env, ssize_t len, const char *name)
{
	size_t nl = strlen(name);

	for (const char *p = env; p < env + len; p += strlen(p) + 1)
		if (!strncmp(p, name, nl) && p[nl] == '=')
			return p + nl + 1;
	return NULL;
}

/* A process's first word: the ip shim (ip, or its path). */
static bool is_ip_shim(const char *argv0)
{
	const char *base = strrchr(argv0, '/');

	return !strcmp(base ? base + 1 : argv0, "ip");
}

/*
 * The namespace of the world named world that process pid is in, into ns
 * ("" for the initial one, or a process of another world or of none): 1 for
 * a process of this world, 0 for another, -1 when there is no such process.
 */
static int proc_netns(const char *pid, const char *world, char *ns, size_t nslen)
{
	char *env = vl_malloc(PROC_ENV_MAX), cmd[4096];
	const char *w, *n = NULL, *argv[4] = { 0 };
	ssize_t elen, clen;
	int argc = 0, st;

	ns[0] = 0;
	elen = proc_words(pid, "environ", env, PROC_ENV_MAX);
	clen = proc_words(pid, "cmdline", cmd, sizeof(cmd));
	if (elen < 0 || clen < 0) {
		free(env);
		return -1;
	}
	w = env_value(env, elen, "VETHLAB_WORLD");
	st = w && !strcmp(w, world);
	if (st) {
		n = env_value(env, elen, "VETHLAB_NETNS");
		for (const char *p = cmd; p < cmd + clen && argc < 4; p += strlen(p) + 1)
			argv[argc++] = p;
		/* The ip shim enters a namespace itself: ip netns exec NS CMD, ip -n NS. */
		if (argc == 4 && is_ip_shim(argv[0]) && !strcmp(argv[1], "netns") && !strcmp(argv[2], "exec"))
			n = argv[3];
		else if (argc >= 3 && is_ip_shim(argv[0]) &&
			 (!strcmp(argv[1], "-n") || !strcmp(argv[1], "-netns") || !strcmp(argv[1], "--netns")))
			n = argv[2];
		if (n)
			snprintf(ns, nslen, "%s", n);
	}
	free(env);
	return st;
}

/* Runs argv in the world with its stdout and stderr silenced: the status. */
static int world_quiet(const struct live_where *w, int argc, char *const *argv)
{
	int saved[2], null = open("/dev/null", O_WRONLY | O_CLOEXEC), st;

	fflush(NULL);
	saved[0] = dup(1);
	saved[1] = dup(2);
	dup2(null, 1);
	dup2(null, 2);
	st = live_cmd_run(w, argc, argv);
	dup2(saved[0], 1);
	dup2(saved[1], 2);
	close(saved[0]);
	close(saved[1]);
	close(null);
	return st;
}

/* ip netns identify PID: the name of the namespace PID is in, "" when it has none. */
static int identify_pid(const struct live_where *w, const char *world, const char *pid)
{
	char ns[256];

	if (proc_netns(pid, world, ns, sizeof(ns)) < 0) {
		/* iproute2 opens /proc/PID/ns/net first. */
		fprintf(stderr, "Cannot open network namespace: %s\n", strerror(ENOENT));
		return 1;
	}
	if (*ns) {
		/* A namespace deleted since the process entered it has no name any more. */
		char *check[] = { "ip", "netns", "exec", ns, "true", NULL };

		if (world_quiet(w, 5, check))
			ns[0] = 0;
	}
	printf("%s\n", ns);
	fflush(stdout);
	return 0;
}

/* ip netns pids NS: the world checks NS; then each process in it, in /proc's order, as iproute2 reads it. */
static int pids_of(const struct live_where *w, const char *world, const char *name)
{
	char ns[256];
	char *check[] = { "ip", "netns", "pids", (char *)name, NULL };
	struct dirent *e;
	DIR *d;
	int st = live_cmd_run(w, 4, check);

	if (st)
		return st;
	d = opendir("/proc");
	if (!d)
		return 0;
	while ((e = readdir(d))) {
		if (e->d_name[0] < '1' || e->d_name[0] > '9' || strspn(e->d_name, "0123456789") != strlen(e->d_name))
			continue;
		if (proc_netns(e->d_name, world, ns, sizeof(ns)) > 0 && !strcmp(ns, name))
			printf("%s\n", e->d_name);
	}
	closedir(d);
	fflush(stdout);
	return 0;
}

static bool all_digits(const char *s)
{
	return *s && strspn(s, "0123456789") == strlen(s);
}

/* A prefix of keyword, as iproute2's matches() takes it. */
static bool matches(const char *word, const char *keyword)
{
	return *word && !strncmp(word, keyword, strlen(word));
}

int live_shim_netns(const struct live_where *w, const char *world, int argc, char *const *argv, bool *done)
{
	*done = false;
	/* Where the inner ip runs makes no difference: ip netns exec NS ip netns identify PID, ip -n NS ... */
	while (argc > 4) {
		if (!strcmp(argv[1], "netns") && !strcmp(argv[2], "exec") && is_ip_shim(argv[4]))
			argc -= 4, argv += 4;
		else if (!strcmp(argv[1], "-n") || !strcmp(argv[1], "-netns") || !strcmp(argv[1], "--netns"))
			argc -= 2, argv += 2;
		else
			break;
	}
	if (argc != 4 || strcmp(argv[1], "netns"))
		return 0;
	if (matches(argv[2], "identify") && all_digits(argv[3])) {
		*done = true;
		return identify_pid(w, world, argv[3]);
	}
	if (matches(argv[2], "pids")) {
		*done = true;
		return pids_of(w, world, argv[3]);
	}
	return 0;
}

/* The world's server's pid: the world takes it for its initial namespace, as the pid of its own shell. */
static pid_t server_pid(const struct live_where *w)
{
	struct ucred cred;
	socklen_t len = sizeof(cred);
	int fd = live_connect(w);
	pid_t pid = -1;

	if (fd < 0)
		return -1;
	if (!getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &cred, &len))
		pid = cred.pid;
	close(fd);
	return pid;
}

char *live_shim_netns_pid(const struct live_where *w, const char *world, const char *word)
{
	char ns[256], *out;
	pid_t pid;

	if (!all_digits(word) || proc_netns(word, world, ns, sizeof(ns)) <= 0)
		return NULL;
	if (*ns)
		return vl_strdup(ns);
	pid = server_pid(w);
	if (pid < 0)
		return NULL;
	out = vl_malloc(24);
	snprintf(out, 24, "%ld", (long)pid);
	return out;
}

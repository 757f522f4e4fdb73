/*
 * bash.c: `vethlab bash [--world NAME] [BASH-ARGS...]`: GNU bash with a
 * directory of shims first on PATH (ip, ping, tcpdump, sysctl...), each a
 * link to vethlab, which, started under such a name, runs that one command
 * in the world and exits with its status (the links go to vethlab-shim, a
 * small build of just that client, when it is beside vethlab). Without --world the script gets
 * a private world that stops when bash ends. As root, bash runs in a
 * network namespace and mount namespace of its own, with /proc/sys/net and
 * /sys/class/net masked, so that a host program reached by its path
 * (/sbin/ip) never touches the host's network.
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/wait.h>
#include <unistd.h>

#include "../core/alloc.h"
#include "live_int.h"

/* A directory of links named for each command, to this very program. */
static int make_shims(char *dir, size_t cap)
{
	char self[PATH_MAX], target[PATH_MAX + 16];
	const char *tmp = getenv("TMPDIR");
	ssize_t n = readlink("/proc/self/exe", self, sizeof(self) - 1);

	if (n <= 0) {
		perror("vethlab: /proc/self/exe");
		return -1;
	}
	self[n] = 0;
	/* The small client beside vethlab starts in a fraction of vethlab's time; else vethlab itself. */
	snprintf(target, sizeof(target), "%.*s/vethlab-shim", (int)(strrchr(self, '/') - self), self);
	if (access(target, X_OK) != 0)
		snprintf(target, sizeof(target), "%s", self);
	snprintf(dir, cap, "%s/vethlab-shims-XXXXXX", tmp && *tmp == '/' ? tmp : "/tmp");
	if (!mkdtemp(dir)) {
		fprintf(stderr, "vethlab: cannot create %s: %s\n", dir, strerror(errno));
		return -1;
	}
	for (int i = 0; live_shim_names[i]; i++) {
		char link[PATH_MAX + 32];

		snprintf(link, sizeof(link), "%s/%s", dir, live_shim_names[i]);
		if (symlink(target, link) < 0) {
			fprintf(stderr, "vethlab: cannot create %s: %s\n", link, strerror(errno));
			return -1;
		}
	}
	return 0;
}

static void remove_shims(const char *dir)
{
	char link[PATH_MAX + 32];

	for (int i = 0; live_shim_names[i]; i++) {
		snprintf(link, sizeof(link), "%s/%s", dir, live_shim_names[i]);
		unlink(link);
	}
	rmdir(dir);
}

/*
 * As root: a network namespace of bash's own (empty: a host program run by
 * its path sees only a lo that is down) and a mount namespace in which the
 * host's networking files are an empty read-only directory. Not root: the
 * host's network cannot be changed anyway.
 */
static void isolate(void)
{
	static const char *const masked[] = { "/proc/sys/net", "/sys/class/net", "/sys/devices/virtual/net" };

	if (geteuid() != 0)
		return;
	if (unshare(CLONE_NEWNET | CLONE_NEWNS) < 0) {
		fprintf(stderr, "vethlab: bash: cannot leave the host's network namespace (%s); refusing to run "
			"bash as root next to the host's network\n", strerror(errno));
		_exit(126);
	}
	mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL);
	for (size_t i = 0; i < sizeof(masked) / sizeof(masked[0]); i++)
		mount("vethlab-masked", masked[i], "tmpfs", MS_RDONLY | MS_NOSUID | MS_NODEV | MS_NOEXEC,
		      "size=4k,mode=555");
}

/*
 * The interposer beside vethlab (vethlab-preload.so) goes into LD_PRELOAD,
 * so that bash and the programs it starts read and write /proc/sys/net,
 * /proc/net and /sys/class/net in the world.
 */
static void preload(void)
{
	char self[PATH_MAX], lib[PATH_MAX + 32];
	const char *old = getenv("LD_PRELOAD");
	ssize_t n = readlink("/proc/self/exe", self, sizeof(self) - 1);
	char *v;
	size_t len;

	if (n <= 0)
		return;
	self[n] = 0;
	snprintf(lib, sizeof(lib), "%.*s/vethlab-preload.so", (int)(strrchr(self, '/') - self), self);
	if (access(lib, R_OK) != 0)
		return;
	len = strlen(lib) + (old ? strlen(old) : 0) + 2;
	v = vl_malloc(len);
	snprintf(v, len, "%s%s%s", lib, old && *old ? ":" : "", old ? old : "");
	setenv("LD_PRELOAD", v, 1);
	free(v);
#if defined(__SANITIZE_ADDRESS__)
	{
		/* The shims of a sanitizer build then load after it: ASan must not mind. */
		const char *a = getenv("ASAN_OPTIONS");
		char opts[1024];

		snprintf(opts, sizeof(opts), "%s%sverify_asan_link_order=0", a ? a : "", a && *a ? ":" : "");
		setenv("ASAN_OPTIONS", opts, 1);
	}
#endif
}

/*
 * bash starts a script's background jobs with SIGINT ignored, which is how a
 * shim tells it runs in one (virtual time does not run for those); when bash
 * itself starts with SIGINT ignored (under nohup, or as a job of another
 * script), that tells nothing, and the shims are told so. Under job control
 * (bash at a prompt) a job has a process group of its own instead.
 */
static void mark_sigint(void)
{
	struct sigaction sa;

	char pgrp[24];

	if (sigaction(SIGINT, NULL, &sa) == 0 && sa.sa_handler == SIG_IGN)
		setenv("VETHLAB_SIGINT_IGNORED", "1", 1);
	else
		unsetenv("VETHLAB_SIGINT_IGNORED");
	/* Without job control every command stays in this process group. */
	snprintf(pgrp, sizeof(pgrp), "%d", (int)getpgrp());
	setenv("VETHLAB_BASH_PGRP", pgrp, 1);
}

/* The child: PATH with the shims first, the world's name, then bash itself. */
static _Noreturn void exec_bash(const char *shims, const struct live_where *w, int argc, char *const *argv)
{
	const char *path = getenv("PATH");
	char *newpath;
	char **args = vl_calloc((size_t)argc + 2, sizeof(char *));
	size_t len = strlen(shims) + (path ? strlen(path) : 0) + 2;

	newpath = vl_malloc(len);
	snprintf(newpath, len, "%s%s%s", shims, path ? ":" : "", path ? path : "");
	setenv("PATH", newpath, 1);
	setenv("VETHLAB_WORLD", w->name, 1);
	mark_sigint();
	free(newpath);
	isolate();
	preload();
	args[0] = "bash";
	for (int i = 0; i < argc; i++)
		args[i + 1] = argv[i];
	execvp("bash", args);
	fprintf(stderr, "vethlab: bash: %s\n", strerror(errno));
	_exit(127);
}

/* Runs bash and waits for it; Ctrl-C is bash's to handle, as under any parent shell. */
static int run_bash(const char *shims, const struct live_where *w, int argc, char *const *argv)
{
	struct sigaction ign = { .sa_handler = SIG_IGN }, old_int, old_quit;
	int status = 0;
	pid_t pid;

	fflush(NULL);
	pid = fork();
	if (pid < 0) {
		perror("vethlab: fork");
		return 126;
	}
	if (pid == 0)
		exec_bash(shims, w, argc, argv);
	sigaction(SIGINT, &ign, &old_int);
	sigaction(SIGQUIT, &ign, &old_quit);
	while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
		;
	sigaction(SIGINT, &old_int, NULL);
	sigaction(SIGQUIT, &old_quit, NULL);
	return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

/* Whether bash, given these arguments, reads commands from a terminal (-i, or no script, -c or -s). */
static bool bash_interactive(int argc, char *const *argv)
{
	bool cmds = false;

	for (int i = 0; i < argc; i++) {
		const char *a = argv[i];

		if (!strcmp(a, "--rcfile") || !strcmp(a, "--init-file") || !strcmp(a, "-o") ||
		    !strcmp(a, "+o") || !strcmp(a, "-O") || !strcmp(a, "+O")) {
			i++;
			continue;
		}
		if (!strcmp(a, "--"))
			return i + 1 >= argc ? isatty(STDIN_FILENO) : false;
		if ((a[0] != '-' && a[0] != '+') || !a[1])
			return false;
		if (a[0] == '-' && a[1] == '-')
			continue;
		if (a[0] == '-' && strchr(a, 'i'))
			return true;
		if (a[0] == '-' && (strchr(a, 'c') || strchr(a, 's')))
			cmds = true;
	}
	return !cmds && isatty(STDIN_FILENO);
}

/* --world NAME: a running world; else a private one named for this process. */
static int pick_world(const struct live_opts *o, const char *name, struct live_where *w, bool *child)
{
	char priv[32];
	int fd;

	*child = false;
	if (name) {
		if (live_where(name, w) < 0 || (fd = live_connect_running(w)) < 0)
			return 1;
		close(fd);
		return 0;
	}
	snprintf(priv, sizeof(priv), "bash-%d", (int)getpid());
	if (live_where(priv, w) < 0)
		return 1;
	return live_start(o, w, child);
}

int live_cmd_bash(const struct live_opts *o, int argc, char *const *argv)
{
	const char *world = NULL;
	struct live_opts own;
	struct live_where w;
	char shims[PATH_MAX];
	bool child;
	int i = 1, st;

	if (i < argc && !strcmp(argv[i], "--world")) {
		if (i + 1 >= argc) {
			fputs("vethlab: bash: --world needs a world's name\n", stderr);
			return 2;
		}
		world = argv[i + 1];
		i += 2;
	} else if (i < argc && !strncmp(argv[i], "--world=", 8)) {
		world = argv[i++] + 8;
	}
	/* A script runs on virtual time unless told otherwise; a person at bash's prompt on the wall's. */
	own = *o;
	if (own.time == LIVE_TIME_DEFAULT)
		own.time = bash_interactive(argc - i, argv + i) ? LIVE_TIME_REAL : LIVE_TIME_VIRTUAL;
	st = pick_world(&own, world, &w, &child);
	if (child || st)
		return st;
	st = make_shims(shims, sizeof(shims));
	if (st == 0)
		st = run_bash(shims, &w, argc - i, argv + i);
	else
		st = 126;
	remove_shims(shims);
	if (!world)
		(void)live_cmd_stop(&w);
	return st;
}

/*
 * shim.c: vethlab started as ip, ping, tcpdump... under `vethlab bash`: runs
 * that one command in the world $VETHLAB_WORLD names (in the namespace
 * $VETHLAB_NETNS names, inside `ip netns exec NS PROG`) and exits with its
 * status. Also the whole of vethlab-shim, with run.c, where.c and proto.c.
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "../core/alloc.h"
#include "live_int.h"

const char *const live_shim_names[] = {
	"ip", "ping", "ping4", "ping6", "tcpdump", "ethtool", "sysctl", "ifconfig", "route", "arp", "arping",
	"bridge", "brctl", "nstat", "netstat", "sleep", "sudo", "why", "graph", "pwru", "tracepath", "tracepath4", "traceroute", "traceroute6",
	"timeout", "nsenter", NULL,
};

bool live_is_shim(const char *argv0)
{
	const char *base = strrchr(argv0, '/');

	base = base ? base + 1 : argv0;
	for (int i = 0; live_shim_names[i]; i++)
		if (!strcmp(base, live_shim_names[i]))
			return true;
	return false;
}

/*
 * `ip netns exec NS CMD...` with a CMD vethlab does not provide (bash, grep, a
 * script): CMD runs here, on the host, with VETHLAB_NETNS=NS, so that every
 * shim it starts runs its command in NS. NS must exist in the world first.
 */
static int netns_exec_local(const struct live_where *w, char *const *argv)
{
	char *check[] = { "ip", "netns", "exec", argv[3], "true", NULL };
	int st = live_cmd_run(w, 5, check);

	if (st)
		return st;
	setenv("VETHLAB_NETNS", argv[3], 1);
	fflush(NULL);
	execvp(argv[4], argv + 4);
	/* iproute2's words, and its status (1, as the kernel-recorded netns_cmds shows). */
	fprintf(stderr, "exec of \"%s\" failed: %s\n", argv[4], strerror(errno));
	return 1;
}

/* The named namespaces of the world, in the order ip -all netns exec visits them: the count; *names to free. */
static int world_netns_names(const struct live_where *w, char ***names)
{
	char *list[] = { "ip", "-all", "netns", "exec", "true", NULL }, *line = NULL;
	FILE *f = tmpfile();
	size_t cap = 0;
	int saved, n = 0;

	*names = NULL;
	if (!f)
		return 0;
	fflush(stdout);
	saved = dup(1);
	dup2(fileno(f), 1);
	live_cmd_run(w, 5, list);
	dup2(saved, 1);
	close(saved);
	rewind(f);
	while (getline(&line, &cap, f) >= 0) {
		if (strncmp(line, "netns: ", 7))
			continue;
		line[strcspn(line, "\n")] = 0;
		*names = vl_realloc(*names, (size_t)(n + 1) * sizeof(char *));
		(*names)[n++] = vl_strdup(line + 7);
	}
	free(line);
	fclose(f);
	return n;
}

/*
 * `ip -all netns exec CMD...` with a CMD vethlab does not provide: as
 * iproute2's on_netns_exec, for each namespace a "netns: NAME" line, then CMD
 * run to its end there (VETHLAB_NETNS=NAME); the status is 0 whatever they do.
 */
static int netns_exec_all_local(const struct live_where *w, char *const *cmd)
{
	char **names;
	int n = world_netns_names(w, &names);

	for (int i = 0; i < n; i++) {
		pid_t pid;
		int st;

		printf("\nnetns: %s\n", names[i]);
		fflush(stdout);
		pid = fork();
		if (pid == 0) {
			setenv("VETHLAB_NETNS", names[i], 1);
			execvp(cmd[0], cmd);
			fprintf(stderr, "exec of \"%s\" failed: %s\n", cmd[0], strerror(errno));
			_exit(1);
		}
		if (pid > 0)
			waitpid(pid, &st, 0);
		free(names[i]);
	}
	free(names);
	return 0;
}

/*
 * A shim given by its path (`ip netns exec NS $(which ping6) ...`): the
 * world knows the command by its name only.
 */
static const char *shim_by_path(const char *word)
{
	char self[PATH_MAX], target[PATH_MAX];
	const char *base = strrchr(word, '/');

	if (!base || !live_is_shim(word) || !realpath("/proc/self/exe", self) || !realpath(word, target) ||
	    strcmp(self, target))
		return word;
	return base + 1;
}

static bool is_netns_exec(const char *base, int argc, char *const *argv)
{
	return !strcmp(base, "ip") && argc >= 5 && !strcmp(argv[1], "netns") && !strcmp(argv[2], "exec") &&
	       !live_is_shim(argv[4]);
}

static bool is_netns_exec_all(const char *base, int argc, char *const *argv)
{
	return !strcmp(base, "ip") && argc >= 5 && (!strcmp(argv[1], "-all") || !strcmp(argv[1], "--all")) &&
	       !strcmp(argv[2], "netns") && !strcmp(argv[3], "exec") && !live_is_shim(argv[4]);
}

/* The command word of `timeout [OPTION]... DURATION COMMAND...` (getopt's "+k:s:v" and its long options); NULL if none. */
static const char *timeout_command(int argc, char *const *argv)
{
	int i = 1;

	for (; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
		const char *a = argv[i];

		if (!strcmp(a, "--")) {
			i++;
			break;
		}
		if (a[1] == '-') {
			if (!strchr(a, '=') && (!strncmp(a, "--k", 3) || !strncmp(a, "--s", 3)))
				i++;
			continue;
		}
		/* -v clusters; -k and -s take the rest of the word, or the next one. */
		a += strspn(a + 1, "v") + 1;
		if ((*a == 'k' || *a == 's') && !a[1])
			i++;
	}
	return i + 1 < argc ? argv[i + 1] : NULL;
}

/*
 * The host's timeout, for a command the world does not run (timeout 5
 * ./script.sh): the next `timeout` on PATH that is not this shim.
 */
static int host_timeout(char *const *argv)
{
	char self[PATH_MAX], cand[PATH_MAX], real[PATH_MAX];
	const char *path = getenv("PATH");

	if (!path || !realpath("/proc/self/exe", self))
		return 127;
	for (const char *p = path; *p;) {
		size_t len = strcspn(p, ":");

		snprintf(cand, sizeof(cand), "%.*s/timeout", (int)len, p);
		if (len && access(cand, X_OK) == 0 && realpath(cand, real) && strcmp(real, self)) {
			execv(cand, argv);
			break;
		}
		p += len + (p[len] == ':');
	}
	fprintf(stderr, "vethlab: timeout: the host has no timeout program\n");
	return 127;
}

/*
 * `nsenter --net=FILE CMD...` (or -nFILE, -F) with a CMD vethlab does not
 * provide: the world checks FILE (its nsenter runs `true` there, with its
 * errors), then CMD runs here with VETHLAB_NETNS set to the namespace, so
 * that the shims it starts run there. *done is false for anything else,
 * which the world's nsenter runs or refuses.
 */
static int nsenter_local(const struct live_where *w, int argc, char *const *argv, bool *done)
{
	const char *file = NULL;
	char netarg[PATH_MAX + 8], *check[3] = { "nsenter" };
	int i = 1, n = 1, st;

	*done = false;
	for (; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
		if (!strcmp(argv[i], "--")) {
			i++;
			break;
		}
		if (!strncmp(argv[i], "--net=", 6))
			file = argv[i] + 6;
		else if (!strncmp(argv[i], "-n", 2) && argv[i][2])
			file = argv[i] + 2;
		else if (strcmp(argv[i], "-F") && strcmp(argv[i], "--no-fork"))
			return 0;
	}
	if (i >= argc || live_is_shim(argv[i]) || !strcmp(argv[i], "sudo"))
		return 0;
	*done = true;
	if (file) {
		snprintf(netarg, sizeof(netarg), "--net=%s", file);
		check[n++] = netarg;
	}
	check[n++] = "true";
	st = live_cmd_run(w, n, check);
	if (st)
		return st;
	if (file && strcmp(file, "/proc/self/ns/net") && strcmp(file, "/proc/thread-self/ns/net"))
		setenv("VETHLAB_NETNS", strrchr(file, '/') + 1, 1);
	fflush(NULL);
	execvp(argv[i], argv + i);
	fprintf(stderr, "nsenter: failed to execute %s: %s\n", argv[i], strerror(errno));
	return 127;
}

int live_shim_main(int argc, char *const *argv)
{
	const char *world = getenv("VETHLAB_WORLD"), *ns = getenv("VETHLAB_NETNS");
	const char *base = strrchr(argv[0], '/');
	struct live_where w;
	char **args, **owned;
	int n = 0, first, st;
	bool done;

	base = base ? base + 1 : argv[0];
	if (!world || !*world) {
		fprintf(stderr, "vethlab: %s: this is a shim of `vethlab bash`: VETHLAB_WORLD names no world\n",
			base);
		return 127;
	}
	if (live_where(world, &w) < 0)
		return 127;
	if (!strcmp(base, "nsenter")) {
		st = nsenter_local(&w, argc, argv, &done);
		if (done)
			return st;
	}
	/* timeout of one of the world's commands runs in the world, on its clock; of anything else, on the host. */
	if (!strcmp(base, "timeout")) {
		const char *cmd = timeout_command(argc, argv);

		if (cmd && !live_is_shim(cmd) && strcmp(cmd, "sudo"))
			return host_timeout(argv);
	}
	/* Host processes: which namespace each is in is known here, not in the world. */
	if (!strcmp(base, "ip")) {
		st = live_shim_netns(&w, world, argc, argv, &done);
		if (done)
			return st;
	}
	args = vl_calloc((size_t)argc + 5, sizeof(char *));
	owned = vl_calloc((size_t)argc + 5, sizeof(char *));
	/* Inside `ip netns exec NS bash`: each command runs in NS, as the kernel's would. */
	if (ns && *ns) {
		args[n++] = "ip";
		args[n++] = "netns";
		args[n++] = "exec";
		args[n++] = (char *)ns;
	}
	/* The command by its name, as the world's shell knows it (not the shim's path). */
	args[n++] = (char *)base;
	first = n;
	for (int i = 1; i < argc; i++)
		args[n++] = (char *)(i == 4 && !strcmp(base, "ip") && !strcmp(argv[1], "netns") &&
					     !strcmp(argv[2], "exec") ? shim_by_path(argv[i]) : argv[i]);
	/* netns PID (ip link set DEV netns $$): a host process, whose namespace the world knows by name. */
	for (int i = first + 1; i < n && !strcmp(base, "ip"); i++)
		if (!strcmp(args[i - 1], "netns") && (owned[i] = live_shim_netns_pid(&w, world, args[i])))
			args[i] = owned[i];
	if (is_netns_exec(base, argc, argv))
		st = netns_exec_local(&w, argv);
	else if (is_netns_exec_all(base, argc, argv))
		st = netns_exec_all_local(&w, argv + 4);
	else
		st = live_cmd_run(&w, n, args);
	for (int i = 0; i < n; i++)
		free(owned[i]);
	free(owned);
	free(args);
	return st;
}


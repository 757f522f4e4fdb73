/*
 * client.c: the subcommands of live worlds: start and stop a world, list
 * the running ones, and attach a terminal (or a pipe) to one: the client
 * passes its stdin, stdout, stderr and working directory to the world,
 * forwards its signals, and exits with the session's status.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/signalfd.h>
#include <termios.h>
#include <unistd.h>

#include "../core/alloc.h"
#include "live_int.h"

static const char *const live_commands[] = { "start", "stop", "ls", "attach", "bash", "save", NULL };

bool live_is_command(const char *word)
{
	for (int i = 0; live_commands[i]; i++)
		if (!strcmp(word, live_commands[i]))
			return true;
	return false;
}

/* A world that runs answers; one whose server died leaves a socket nobody listens on. */
int live_start(const struct live_opts *o, const struct live_where *w, bool *child)
{
	int fd, st;

	*child = false;
	if (live_dir_ensure(w) < 0)
		return 1;
	fd = live_connect(w);
	if (fd >= 0) {
		close(fd);
		fprintf(stderr, "vethlab: world '%s' is already running (%s)\n", w->name, w->sock);
		return 1;
	}
	if (fd == -ECONNREFUSED) {
		unlink(w->sock);
		fprintf(stderr, "vethlab: removed the stale socket of world '%s', whose server had died (%s)\n",
			w->name, w->sock);
	}
	st = live_server_start(o, w, child);
	if (*child)
		return st;
	return st < 0 ? 1 : 0;
}

static int cmd_start(const struct live_opts *o, const struct live_where *w)
{
	bool child;
	int st = live_start(o, w, &child);

	if (child || st)
		return st;
	printf("vethlab: world '%s' listening on %s\n", w->name, w->sock);
	return 0;
}

static int send_mode(int sock, uint32_t mode)
{
	uint32_t hello[3] = { LIVE_VERSION, mode, 0 };

	return live_send(sock, LIVE_HELLO, hello, sizeof(hello), NULL, 0);
}

int live_cmd_stop(const struct live_where *w)
{
	struct live_client c = { .w = w, .sigfd = -1, .status = 1 };

	c.sock = live_connect_running(w);
	if (c.sock < 0)
		return 1;
	if (send_mode(c.sock, LIVE_MODE_STOP) == 0)
		live_client_wait(&c);
	close(c.sock);
	if (!c.got_exit) {
		fprintf(stderr, "vethlab: world '%s' did not confirm that it stopped\n", w->name);
		return 1;
	}
	return 0;
}

/* One line of `ls`: the world's pid and clients, or its stale socket removed. */
static void ls_one(const char *name)
{
	struct live_where w;
	struct live_client c = { .w = &w, .sigfd = -1 };

	if (live_where(name, &w) < 0)
		return;
	c.sock = live_connect(&w);
	if (c.sock == -ECONNREFUSED) {
		unlink(w.sock);
		fprintf(stderr, "vethlab: removed the stale socket of world '%s', whose server had died\n", name);
		return;
	}
	if (c.sock < 0)
		return;
	if (send_mode(c.sock, LIVE_MODE_INFO) == 0)
		live_client_wait(&c);
	close(c.sock);
	if (c.got_info)
		printf("%-16s %-8u %-8u %s\n", name, c.info[0], c.info[1], w.sock);
}

static int name_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int live_cmd_ls(void)
{
	struct live_where w;
	struct dirent *de;
	char **names = NULL;
	size_t n = 0;
	DIR *d;

	if (live_where("default", &w) < 0)
		return 1;
	printf("%-16s %-8s %-8s %s\n", "NAME", "PID", "CLIENTS", "SOCKET");
	d = opendir(w.dir);
	if (!d)
		return 0;
	while ((de = readdir(d))) {
		size_t len = strlen(de->d_name);

		if (len > 5 && !strcmp(de->d_name + len - 5, ".sock")) {
			names = vl_realloc(names, (n + 1) * sizeof(*names));
			names[n++] = vl_strndup(de->d_name, len - 5);
		}
	}
	closedir(d);
	if (n)
		qsort(names, n, sizeof(*names), name_cmp);
	for (size_t i = 0; i < n; i++) {
		ls_one(names[i]);
		free(names[i]);
	}
	free(names);
	return 0;
}

/* The hello of an attach: the terminal type, then the environment, as NUL-ended strings. */
static size_t attach_hello(unsigned char *buf, size_t cap, bool tty)
{
	uint32_t head[3] = { LIVE_VERSION, LIVE_MODE_ATTACH, tty ? LIVE_FLAG_TTY : 0 };
	const char *term = getenv("TERM");
	size_t len = sizeof(head);

	memcpy(buf, head, sizeof(head));
	len += (size_t)snprintf((char *)buf + len, cap - len, "%s", term ? term : "") + 1;
	for (char **e = environ; e && *e; e++) {
		size_t l = strlen(*e) + 1;

		/* A huge environment is cut: the session starts from what fits. */
		if (len + l > cap)
			break;
		memcpy(buf + len, *e, l);
		len += l;
	}
	return len;
}

int live_cmd_attach(const struct live_where *w)
{
	struct live_client c = { .w = w, .status = 1 };
	unsigned char *buf;
	bool tty = isatty(STDIN_FILENO);
	size_t len;
	int st;

	c.sock = live_connect_running(w);
	if (c.sock < 0)
		return 1;
	buf = vl_malloc(LIVE_MSG_MAX - 16);
	len = attach_hello(buf, LIVE_MSG_MAX - 16, tty);
	st = live_client_session(&c, buf, len, tty);
	free(buf);
	return st;
}

static int usage(void)
{
	fputs("Usage: vethlab [OPTIONS] start [NAME] | stop [NAME] | ls | attach [NAME] | save [NAME]\n"
	      "       vethlab [OPTIONS] bash [--world NAME] [BASH-ARGS...]\n", stderr);
	return 2;
}

int live_main(const struct live_opts *o, int argc, char *const *argv)
{
	struct live_where w;
	const char *cmd = argv[0];

	if (argc > 1 && argv[1][0] == '-' && strcmp(cmd, "bash")) {
		fprintf(stderr, "vethlab: %s: unknown option '%s' (vethlab's options go before the subcommand)\n",
			cmd, argv[1]);
		return usage();
	}
	if (!strcmp(cmd, "bash"))
		return live_cmd_bash(o, argc, argv);
	if (!strcmp(cmd, "ls"))
		return argc > 1 ? usage() : live_cmd_ls();
	if (argc > 2)
		return usage();
	if (live_where(argc > 1 ? argv[1] : "default", &w) < 0)
		return 1;
	if (!strcmp(cmd, "start"))
		return cmd_start(o, &w);
	if (!strcmp(cmd, "stop"))
		return live_cmd_stop(&w);
	if (!strcmp(cmd, "save")) {
		/* The world's own command prints the script: tools/save.c. */
		char *save[] = { "vethlab-save", NULL };

		return live_cmd_run(&w, 1, save);
	}
	return live_cmd_attach(&w);
}

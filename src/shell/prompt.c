/*
 * prompt.c: the interactive prompt on libedit, with history and tab
 * completion. While it waits for a key, the world goes on in real time
 * (background pings and captures print), and Ctrl-C abandons the line.
 */
#include <errno.h>
#include <histedit.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>

#include "../core/alloc.h"

#include "../ctl/rtnl.h"
#include "shell_int.h"

struct prompt {
	struct shell *sh;
	FILE *in, *out;   /* the terminal: stdin and stdout, or a live client's */
	EditLine *el;
	History *hist;
	char *cands[256];
	int ncands;
	bool interrupted;   /* Ctrl-C: the line is abandoned */
	mbstate_t mbs;
};

/* The key Ctrl-C stands for, whether the terminal sent it or SIGINT did. */
#define KEY_INTERRUPT 0x03

static char *prompt_text(EditLine *el)
{
	(void)el;
	return "vethlab# ";
}

/* Commands that take a device name after these words complete device names. */
static const char *const dev_words[] = { "dev", "show", "set", "del", "delete", "-S", "-i",
					  "ifconfig", "ethtool", "list", NULL };

static bool wants_device(const char *prev)
{
	for (int i = 0; dev_words[i]; i++)
		if (!strcmp(prev, dev_words[i]))
			return true;
	return false;
}

struct dev_complete {
	const char *prefix;
	void (*add)(const char *, void *);
	void *arg;
	int n;
};

static int add_dev(const struct rtnl_link *l, void *arg)
{
	struct dev_complete *dc = arg;

	if (!strncmp(l->name, dc->prefix, strlen(dc->prefix))) {
		dc->add(l->name, dc->arg);
		dc->n++;
	}
	return 0;
}

int shell_complete(struct shell *sh, const char *line, int point,
		   void (*add)(const char *cand, void *arg), void *arg)
{
	char buf[1024], *words[64], *save = NULL;
	int nw = 0, n = 0;
	const char *prefix;

	snprintf(buf, sizeof(buf), "%.*s", point, line);
	for (char *t = strtok_r(buf, " \t", &save); t && nw < 64; t = strtok_r(NULL, " \t", &save))
		words[nw++] = t;
	/* A trailing blank starts a new, empty word. */
	if (point == 0 || line[point - 1] == ' ' || line[point - 1] == '\t')
		words[nw++] = "";
	prefix = words[nw - 1];
	if (nw == 1 || (nw == 2 && !strcmp(words[0], "sudo"))) {
		for (const struct vl_cmd *c = vl_cmd_table; c->name; c++) {
			if (c->fn != builtin_refused && !strncmp(c->name, prefix, strlen(prefix))) {
				add(c->name, arg);
				n++;
			}
		}
		return n;
	}
	if (wants_device(words[nw - 2])) {
		struct dev_complete dc = { .prefix = prefix, .add = add, .arg = arg };

		rtnl_link_dump(sh->net, add_dev, &dc);
		return dc.n;
	}
	return 0;
}

static void collect_cand(const char *cand, void *arg)
{
	struct prompt *p = arg;

	if (p->ncands < 256)
		p->cands[p->ncands++] = vl_strdup(cand);
}

static size_t common_len(struct prompt *p)
{
	size_t len = strlen(p->cands[0]);

	for (int i = 1; i < p->ncands; i++) {
		size_t k = 0;

		while (k < len && p->cands[i][k] == p->cands[0][k])
			k++;
		len = k;
	}
	return len;
}

static unsigned char complete_fn(EditLine *el, int ch)
{
	struct prompt *p = NULL;
	const LineInfo *li = el_line(el);
	int point = (int)(li->cursor - li->buffer);
	size_t plen = 0, clen;
	unsigned char ret = CC_REFRESH;

	(void)ch;
	el_get(el, EL_CLIENTDATA, &p);
	p->ncands = 0;
	shell_complete(p->sh, li->buffer, point, collect_cand, p);
	while (plen < (size_t)point && li->cursor[-(long)plen - 1] != ' ')
		plen++;
	if (p->ncands == 0) {
		ret = CC_REFRESH_BEEP;
	} else if ((clen = common_len(p)) > plen) {
		char add[256];

		snprintf(add, sizeof(add), "%.*s%s", (int)(clen - plen), p->cands[0] + plen,
			 p->ncands == 1 ? " " : "");
		el_insertstr(el, add);
	} else if (p->ncands > 1) {
		fputc('\n', p->out);
		for (int i = 0; i < p->ncands; i++)
			fprintf(p->out, "%s%s", p->cands[i], i + 1 < p->ncands ? "  " : "\n");
		ret = CC_REDISPLAY;
	}
	for (int i = 0; i < p->ncands; i++)
		free(p->cands[i]);
	return ret;
}

/*
 * libedit's character source: waits for a key while the world runs on the
 * wall clock; a SIGINT becomes the Ctrl-C key.
 */
static int getc_fn(EditLine *el, wchar_t *wc)
{
	struct prompt *p = NULL;
	int fd;

	el_get(el, EL_CLIENTDATA, &p);
	fd = fileno(p->in);
	for (;;) {
		unsigned char byte;
		ssize_t n;
		size_t r;
		int ready = shell_wait_input(p->sh, fd);

		if (ready < 0)
			return 0;
		if (ready == 0) {
			*wc = KEY_INTERRUPT;
			return 1;
		}
		n = read(fd, &byte, 1);
		if (n <= 0)
			return n == 0 || errno == EIO ? 0 : -1;
		r = mbrtowc(wc, (const char *)&byte, 1, &p->mbs);
		if (r == (size_t)-2)
			continue;
		if (r == (size_t)-1) {
			memset(&p->mbs, 0, sizeof(p->mbs));
			*wc = byte;
		}
		return 1;
	}
}

/* Ctrl-C at the prompt: bash prints ^C and gives a fresh prompt; $? becomes 130. */
static unsigned char interrupt_fn(EditLine *el, int ch)
{
	struct prompt *p = NULL;

	(void)ch;
	el_get(el, EL_CLIENTDATA, &p);
	p->interrupted = true;
	fputs("^C", p->out);
	return CC_NEWLINE;
}

int shell_interactive(struct shell *sh)
{
	struct prompt p = { .sh = sh, .in = sh->opts.in ? sh->opts.in : stdin, .out = sh->opts.out };
	HistEvent ev;
	const char *line;
	bool own_rt = !sh->rt;   /* a live session's clock outlives its prompt */
	int count, err = shell_rt_start(sh);

	if (err) {
		fprintf(stderr, "vethlab: cannot watch for Ctrl-C: %s\n", strerror(-err));
		return 1;
	}
	p.el = el_init("vethlab", p.in, p.out, sh->opts.err);
	p.hist = history_init();
	if (!p.el || !p.hist) {
		if (own_rt)
			shell_rt_stop(sh);
		return 1;
	}
	history(p.hist, &ev, H_SETSIZE, 1000);
	if (sh->opts.term)
		el_set(p.el, EL_TERMINAL, sh->opts.term);
	el_set(p.el, EL_PROMPT, prompt_text);
	el_set(p.el, EL_EDITOR, "emacs");
	el_set(p.el, EL_HIST, history, p.hist);
	el_set(p.el, EL_CLIENTDATA, &p);
	/* The wide form: the narrow one wcsdup()s name and help, and el_end never frees them. */
	el_wset(p.el, EL_ADDFN, L"vl-complete", L"complete command or device", complete_fn);
	el_set(p.el, EL_BIND, "^I", "vl-complete", NULL);
	el_wset(p.el, EL_ADDFN, L"vl-interrupt", L"abandon the line", interrupt_fn);
	el_set(p.el, EL_BIND, "^C", "vl-interrupt", NULL);
	el_set(p.el, EL_GETCFN, getc_fn);
	el_source(p.el, NULL);
	while (!shell_exited(sh)) {
		p.interrupted = false;
		line = el_gets(p.el, &count);
		if (p.interrupted) {
			sh->status = 128 + SIGINT;
			continue;
		}
		if (!line || count <= 0)
			break;
		if (strspn(line, " \t\n") != strlen(line))
			history(p.hist, &ev, H_ENTER, line);
		shell_run_line(sh, line);
	}
	history_end(p.hist);
	el_end(p.el);
	if (own_rt)
		shell_rt_stop(sh);
	return shell_status(sh);
}

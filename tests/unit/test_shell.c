/* test_shell.c: parsing, expansion, lists, -e, jobs on virtual time, /proc/sys, completion, stdin. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "boot.h"
#include "core/world.h"
#include "shell/parse.h"
#include "shell/shell.h"
#include "shell/shell_int.h"
#include "harness.h"
#include "sh_run.h"

static void test_parse_operators_and_redirs(void)
{
	struct sh_line l;
	struct sh_perr pe;

	CHECK_EQ(sh_parse("a 'b c' \"d $?\" && e || f; g 2>&1 > out & # c", &l, &pe), 0);
	CHECK_EQ(l.nitems, 4);
	CHECK_EQ(l.items[0].argc, 3);
	CHECK_STR(l.items[0].argv[1], "'b c'");   /* raw: expanded when it runs */
	CHECK_STR(l.items[0].argv[2], "\"d $?\"");
	CHECK_EQ(l.items[0].sep, SEP_AND);
	CHECK_EQ(l.items[1].sep, SEP_OR);
	CHECK_EQ(l.items[2].sep, SEP_SEMI);
	CHECK_EQ(l.items[3].sep, SEP_AMP);
	CHECK_EQ(l.items[3].nredir, 2);
	CHECK_EQ(l.items[3].redir[0].op, REDIR_DUP);
	CHECK_EQ(l.items[3].redir[1].op, REDIR_WRITE);
	CHECK_STR(l.items[3].redir[1].target, "out");
	CHECK_STR(l.items[3].text, "g 2>&1 > out");
	sh_line_free(&l);
	/* Newlines end commands; a newline after && continues the list. */
	CHECK_EQ(sh_parse("echo one\necho two &&\n echo three\n\n", &l, &pe), 0);
	CHECK_EQ(l.nitems, 3);
	CHECK_EQ(l.items[0].sep, SEP_SEMI);
	CHECK_EQ(l.items[1].sep, SEP_AND);
	sh_line_free(&l);
	CHECK_EQ(sh_parse("&& x", &l, &pe), -1);
	CHECK_STR(pe.msg, "syntax error near unexpected token `&&'");
	CHECK(!pe.unsupported);
	CHECK_EQ(sh_parse("echo >", &l, &pe), -1);
	CHECK_STR(pe.msg, "syntax error near unexpected token `newline'");
	CHECK_EQ(sh_parse("echo a &&", &l, &pe), -1);
	CHECK_STR(pe.msg, "syntax error: unexpected end of file");
	/* An empty word is a word. */
	CHECK_EQ(sh_parse("echo \"\" ''", &l, &pe), 0);
	CHECK_EQ(l.items[0].argc, 3);
	sh_line_free(&l);
	CHECK(sh_line_incomplete("echo 'abc"));
	CHECK(sh_line_incomplete("ip link \\\n"));
	CHECK(sh_line_incomplete("true &&\n"));
	CHECK(sh_line_incomplete("true || # why\n"));
	CHECK(!sh_line_incomplete("echo 'a' # it's fine"));
	CHECK(sh_is_assignment("N=red"));
	CHECK(sh_is_assignment("_x1="));
	CHECK(!sh_is_assignment("1x=a"));
	CHECK(!sh_is_assignment("=a"));
}

/* Every construct outside the subset is refused by name, and nothing of the line runs. */
static void test_refused_constructs(void)
{
	static const char *const lines[] = {
		"echo $(ip link)", "echo `ip link`", "ip a | grep inet", "for i in 1 2; do echo $i; done",
		"if true; then echo y; fi", "while true; do :; done", "f() { echo; }", "function f",
		"echo *", "echo veth?", "echo [ab]", "echo {a,b}", "echo $((1+2))", "echo ${X:-d}",
		"cat <<EOF", "cat < f", "echo 3>f", "echo >| f", "( echo sub )", "echo $'a\\n'",
		"! true", "case x in", "echo ~root", "echo a >&-", "time echo", "echo 12>&1", "echo 3>&2",
	};
	struct sh_line l;
	struct sh_perr pe;

	for (size_t i = 0; i < sizeof(lines) / sizeof(lines[0]); i++) {
		int r = sh_parse(lines[i], &l, &pe);

		CHECK_EQ(r, -1);
		if (r == 0) {
			fprintf(stderr, "accepted: %s\n", lines[i]);
			sh_line_free(&l);
			continue;
		}
		CHECK(pe.unsupported);
		CHECK(strstr(pe.msg, "is not supported by vethlab's shell") != NULL);
	}
	/* The same characters quoted are plain text. */
	CHECK_EQ(sh_parse("echo '$(x) | * ?' \"[a]\" \\*", &l, &pe), 0);
	sh_line_free(&l);
}

static void test_variables_and_expansion(void)
{
	struct run r;
	char *params[] = { "first", "two words" };
	struct shell_opts o = { .argv0 = "script.sh", .nparams = 2, .params = params };

	r.fo = open_memstream(&r.out, &r.outlen);
	r.fe = open_memstream(&r.err, &r.errlen);
	o.out = r.fo;
	o.err = r.fe;
	r.w = world_new(1);
	r.sh = shell_new(r.w, &o);
	shell_run_line(r.sh, "N=red; ip netns add $N; ip netns list");
	shell_run_line(r.sh, "X='a  b'; echo $X; echo \"$X\"; echo ${X}c; echo '$X'");
	shell_run_line(r.sh, "export Y=1 Z; echo $Y$Z. $0 $# $1 \"$2\"");
	shell_run_line(r.sh, "E=; echo :$E: \"[$E]\" x$E\"\"y $E");
	shell_run_line(r.sh, "false; echo $?; echo \"$?\"");
	shell_run_line(r.sh, "set -- a b c; echo $#; shift 2; echo $@");
	shell_run_line(r.sh, "unset N; echo \"<$N>\"");
	shell_run_line(r.sh, "D=\"\"; ip netns add \"$D\"; echo rc=$?");
	shell_run_line(r.sh, "T=ab; echo x > $T$T.none/f");
	run_sync(&r);
	CHECK_STR(r.out, "red\n"
			 "a b\na  b\na bc\n$X\n"
			 "1. script.sh 2 first two words\n"
			 ":: [] xy\n"
			 "1\n0\n"
			 "3\nc\n"
			 "<>\n"
			 "rc=255\n");
	CHECK(strstr(r.err, "Invalid netns name \"\"\n") != NULL);
	CHECK(strstr(r.err, "abab.none/f: No such file or directory") != NULL);
	run_close(&r);
}

/* A refused line runs nothing, even what comes before the refused part. */
static void test_refusal_runs_nothing(void)
{
	struct run r;

	run_open(&r);
	shell_run_text(r.sh, "ip netns add a; ip netns add b | cat\nip netns add c");
	CHECK_EQ(shell_status(r.sh), 2);
	CHECK(shell_exited(r.sh)); /* as a syntax error ends a script */
	run_close(&r);
	run_open(&r);
	shell_run_line(r.sh, "ip netns list");
	run_sync(&r);
	CHECK_STR(r.out, "");
	run_close(&r);
}

static void test_text_lines(void)
{
	struct run r;

	run_open(&r);
	shell_run_text(r.sh, "echo one\necho two\necho 'three\nfour'\necho a &&\necho b");
	run_sync(&r);
	CHECK_STR(r.out, "one\ntwo\nthree\nfour\na\nb\n");
	run_close(&r);
}

static void test_lists_status_and_errors(void)
{
	struct run r;

	run_open(&r);
	shell_run_line(r.sh, "false; echo \"rc=$?\"; true && echo a || echo b; false && echo c || echo d");
	shell_run_line(r.sh, "nosuchcmd arg");
	CHECK_EQ(shell_status(r.sh), 127);
	shell_run_line(r.sh, "sudo echo via-sudo");
	shell_run_line(r.sh, "echo -n x; echo -e 'y\\tz'");
	run_sync(&r);
	CHECK_STR(r.out, "rc=1\na\nd\nvia-sudo\nxy\tz\n");
	CHECK_STR(r.err, "vethlab: nosuchcmd: command not found\n");
	shell_run_line(r.sh, "exit 3; echo never");
	CHECK(shell_exited(r.sh));
	CHECK_EQ(shell_status(r.sh), 3);
	run_close(&r);
}

static void test_errexit(void)
{
	struct run r;

	run_open_errexit(&r, true);
	shell_run_line(r.sh, "false || echo kept-going");
	CHECK(!shell_exited(r.sh));
	shell_run_line(r.sh, "false && echo no");
	CHECK(!shell_exited(r.sh)); /* not the last of its list */
	shell_run_line(r.sh, "ip link show nosuch; echo after");
	CHECK(shell_exited(r.sh));
	CHECK_EQ(shell_status(r.sh), 1);
	run_sync(&r);
	CHECK_STR(r.out, "kept-going\n");
	run_close(&r);
}

static void test_sleep_and_jobs_virtual_time(void)
{
	struct run r;

	run_open(&r);
	shell_run_line(r.sh, "sleep 5 &");
	shell_run_line(r.sh, "sleep 1.5 &");
	CHECK_EQ(world_now(r.w), 0u);
	shell_run_line(r.sh, "sleep 2");
	CHECK_EQ(world_now(r.w), 2000000000u);
	shell_run_line(r.sh, "jobs");
	shell_run_line(r.sh, "kill %1; wait; echo \"waited rc=$?\"");
	CHECK_EQ(world_now(r.w), 2000000000u); /* the killed sleep no longer holds time */
	shell_run_line(r.sh, "sleep 1m");
	CHECK_EQ(world_now(r.w), 62000000000u);
	shell_run_line(r.sh, "sleep abc");
	CHECK_EQ(shell_status(r.sh), 1);
	run_sync(&r);
	CHECK_STR(r.out, "[1]-  Running                 sleep 5 &\n"
			 "[2]+  Done                    sleep 1.5\n"
			 "waited rc=0\n");
	run_close(&r);
}

static void test_endless_command_interrupted(void)
{
	struct run r;

	run_open(&r);
	shell_run_line(r.sh, "ping -q 127.0.0.1");
	CHECK_EQ(shell_status(r.sh), 0);
	CHECK(world_now(r.w) < 60 * 1000000000ULL);
	CHECK(world_now(r.w) >= 59 * 1000000000ULL);
	run_sync(&r);
	CHECK(strstr(r.out, "60 packets transmitted, 60 received, 0% packet loss") != NULL);
	run_close(&r);
}

static void test_proc_sys_and_files(void)
{
	struct run r;
	char path[] = "/tmp/vethlab-test-XXXXXX";
	char line[256];
	int fd = mkstemp(path);

	close(fd);
	run_open(&r);
	shell_run_line(r.sh, "ip link add veth0 type veth peer name veth1");
	shell_run_line(r.sh, "echo 1 > /proc/sys/net/ipv4/conf/veth1/accept_local");
	shell_run_line(r.sh, "cat /proc/sys/net/ipv4/conf/veth1/accept_local");
	shell_run_line(r.sh, "echo abc > /proc/sys/net/ipv4/ip_forward");
	CHECK_EQ(shell_status(r.sh), 1);
	shell_run_line(r.sh, "ip netns add ns1; ip netns exec ns1 cat /proc/sys/net/ipv4/conf/lo/accept_local");
	snprintf(line, sizeof(line), "ip link show nosuch > %s 2>&1; echo more >> %s", path, path);
	shell_run_line(r.sh, line);
	snprintf(line, sizeof(line), "cat %s", path);
	shell_run_line(r.sh, line);
	run_sync(&r);
	CHECK_STR(r.out, "1\n0\nDevice \"nosuch\" does not exist.\nmore\n");
	CHECK_STR(r.err, "vethlab: echo: write error: Invalid argument\n");
	unlink(path);
	run_close(&r);
}

struct cands {
	char buf[512];
	int n;
};

static void add_cand(const char *c, void *arg)
{
	struct cands *cs = arg;

	strcat(cs->buf, c);
	strcat(cs->buf, " ");
	cs->n++;
}

static void test_completion(void)
{
	struct run r;
	struct cands c = { "", 0 };

	run_open(&r);
	shell_run_line(r.sh, "ip link add veth0 type veth peer name veth1");
	CHECK_EQ(shell_complete(r.sh, "et", 2, add_cand, &c), 1);
	CHECK_STR(c.buf, "ethtool ");
	c = (struct cands){ "", 0 };
	shell_complete(r.sh, "s", 1, add_cand, &c);
	CHECK_STR(c.buf, "set shift sleep source sysctl ");
	c = (struct cands){ "", 0 };
	shell_complete(r.sh, "ip link set ve", 14, add_cand, &c);
	CHECK_STR(c.buf, "veth1 veth0 ");
	c = (struct cands){ "", 0 };
	shell_complete(r.sh, "ethtool -S ", 11, add_cand, &c);
	CHECK_EQ(c.n, 3);
	run_close(&r);
}

/* cd - goes back to $OLDPWD as bash does; builtin options vethlab does not model are refused. */
static void test_builtin_options(void)
{
	struct run r;
	char start[4096];

	CHECK(getcwd(start, sizeof(start)) != NULL);
	run_open(&r);
	shell_run_line(r.sh, "cd /; cd /tmp; cd -; echo \"rc=$? $PWD $OLDPWD\"");
	shell_run_line(r.sh, "kill -l; echo \"rc=$?\"; wait -n; echo \"rc=$?\"; cd -P /; echo \"rc=$?\"");
	run_sync(&r);
	CHECK_STR(r.out, "/\nrc=0 / /tmp\nrc=2\nrc=2\nrc=2\n");
	CHECK_STR(r.err, "vethlab: kill: -l: option not supported by vethlab's shell\n"
			 "vethlab: wait: -n: option not supported by vethlab's shell\n"
			 "vethlab: cd: -P: option not supported by vethlab's shell\n");
	run_close(&r);
	CHECK(chdir(start) == 0);
}

/* ip -batch -: the commands are the shell's stdin's; a background command reads none (/dev/null). */
static void test_batch_stdin(void)
{
	static const char batch[] = "link add a0 type veth peer name a1\n# a comment\n\n"
				    "link set \"a0\" \\\n  mtu 1400\nlink set nosuch up\nlink show a1\n";
	struct shell_opts o = { 0 };
	char *out = NULL, *err = NULL;
	size_t outlen = 0, errlen = 0;
	FILE *in = fmemopen((void *)batch, sizeof(batch) - 1, "r");
	struct world *w = world_new(1);
	struct shell *sh;

	o.out = open_memstream(&out, &outlen);
	o.err = open_memstream(&err, &errlen);
	o.in = in;
	sh = shell_new(w, &o);
	CHECK_EQ(shell_run_line(sh, "ip -b - &"), 0);
	CHECK_EQ(ftell(in), 0);
	CHECK_EQ(shell_run_line(sh, "ip -o -force -batch -; echo \"rc=$?\""), 0);
	CHECK_EQ(shell_run_line(sh, "ip -o link show a0"), 0);
	fflush(o.out);
	fflush(o.err);
	CHECK(strstr(out, "2: a1@a0: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 ") == out);
	CHECK(strstr(out, "\nrc=1\n3: a0@a1: <BROADCAST,MULTICAST,M-DOWN> mtu 1400 ") != NULL);
	CHECK_STR(err, "Cannot find device \"nosuch\"\nCommand failed -:6\n");
	shell_free(sh);
	world_free(w);
	fclose(o.out);
	fclose(o.err);
	fclose(in);
	free(out);
	free(err);
}

/* vl_cmd_lookup is a binary search: the command table must stay sorted by name. */
static void test_cmd_table_sorted(void)
{
	for (size_t i = 1; vl_cmd_table[i].name; i++)
		CHECK(strcmp(vl_cmd_table[i - 1].name, vl_cmd_table[i].name) < 0);
	CHECK(vl_cmd_lookup("tracepath") != NULL);
	CHECK(vl_cmd_lookup("arping") != NULL);
	CHECK(vl_cmd_lookup("sleep") != NULL);
}

int main(void)
{
	static const struct vl_test tests[] = {
		{ "cmd_table_sorted", test_cmd_table_sorted },
		{ "parse_operators_and_redirs", test_parse_operators_and_redirs },
		{ "refused_constructs", test_refused_constructs },
		{ "variables_and_expansion", test_variables_and_expansion },
		{ "refusal_runs_nothing", test_refusal_runs_nothing },
		{ "text_lines", test_text_lines },
		{ "lists_status_and_errors", test_lists_status_and_errors },
		{ "errexit", test_errexit },
		{ "sleep_and_jobs_virtual_time", test_sleep_and_jobs_virtual_time },
		{ "proc_sys_and_files", test_proc_sys_and_files },
		{ "endless_command_interrupted", test_endless_command_interrupted },
		{ "completion", test_completion },
		{ "builtin_options", test_builtin_options },
		{ "batch_stdin", test_batch_stdin },
		{ NULL, NULL },
	};

	return harness_run(tests);
}

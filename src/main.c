/* main.c: vethlab's command line: a script, -c commands, stdin, or the interactive prompt. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "boot.h"
#include "core/world.h"
#include "ctl/trace_ctl.h"
#include "live/live.h"
#include "shell/shell.h"

#define VETHLAB_VERSION "0.1.0"
#define VETHLAB_DEFAULT_SEED 1

static const char usage_text[] =
	"Usage: vethlab [OPTIONS] [FILE [ARGS...] | -]\n"
	"       vethlab [OPTIONS] -c 'COMMANDS' [NAME [ARGS...]]\n"
	"       vethlab [OPTIONS] start [WORLD] | attach [WORLD] | stop [WORLD] | ls\n"
	"       vethlab [OPTIONS] bash [--world WORLD] [SCRIPT [ARGS...] | BASH-ARGS...]\n"
	"\n"
	"A user-space emulator of Linux virtual networking built around veth pairs.\n"
	"It runs the commands you would type on a Linux box (ip, bridge, brctl,\n"
	"ethtool, sysctl, ifconfig, arp, echo > /proc/sys/...) against an emulated kernel held in memory,\n"
	"on virtual time, without root and without touching the host's network.\n"
	"\n"
	"Input:\n"
	"  FILE            run a script, one command a line\n"
	"  -               read commands from standard input\n"
	"  -c 'COMMANDS'   run the given commands\n"
	"  (none)          interactive prompt when stdin is a terminal, with line\n"
	"                  editing, history and tab completion of commands and devices\n"
	"\n"
	"Options:\n"
	"  -x              print each command to stderr, prefixed '+ ', before running it\n"
	"  -e              stop at the first command that fails\n"
	"  --seed N        seed for MAC addresses and other random choices (default 1):\n"
	"                  the same script and seed print the same bytes every run\n"
	"  --hop-delay US  virtual time a frame takes from one device to the next\n"
	"                  (default 15 microseconds)\n"
	"  --hop-jitter US plus up to this much, drawn from the seeded generator\n"
	"                  (default 15); ping then prints Linux-like time=0.0xx ms\n"
	"  --interrupt-after S\n"
	"                  a foreground command still running after S seconds of virtual\n"
	"                  time (ping without -c) is interrupted as by Ctrl-C (default 60)\n"
	"  --no-trace      do not log packets for 'why' (why then says tracing is off)\n"
	"  --real-time     capture timestamps start from the current time instead of\n"
	"                  the fixed 2023-11-14 22:13:20 UTC that keeps pcaps reproducible;\n"
	"                  a live world (bash SCRIPT, start) follows the wall clock\n"
	"  --virtual-time  a live world (start, interactive bash) runs on virtual time\n"
	"  -h, --help      show this help\n"
	"  -V, --version   print the version\n"
	"\n"
	"Packets: frames cross veth pairs and lo through per-device receive backlogs on\n"
	"the virtual clock: Ethernet, ARP with the kernel's NUD timers, IPv4 routing\n"
	"and forwarding, ICMP (echo, unreachable, time exceeded, redirect), counters\n"
	"and the kernel's accept_local, rp_filter and arp_* rules. tcpdump sees frames\n"
	"where AF_PACKET does (both directions; on lo each packet once), filters with\n"
	"libpcap and writes standard pcap files; 'tcpdump -i DEV -w F &' ... 'kill %1'\n"
	"works as in a shell, and the summary goes to stderr when the capture ends.\n"
	"IPv6: ::1 on lo, EUI-64 link-locals with duplicate address detection (and\n"
	"dadfailed), 'ip -6 addr add|del', 'ip -6 route add|del|change|replace|append|\n"
	"prepend|flush|get' (gateways, metrics, tables, src, pref, reject types), the\n"
	"MLDv2, DAD and router solicitation frames a link sends, neighbour discovery\n"
	"with NUD, forwarding (net.ipv6.conf.*.forwarding: hop limit, anycast routes,\n"
	"routers' groups, redirects), ICMPv6 echo and errors (unreachable, time exceeded,\n"
	"packet too big; rate-limited per destination),\n"
	"and ping to fe80::...%DEV or with -I DEV.\n"
	"A device with an MTU below 1280 has no IPv6 (its settings return fresh).\n"
	"\n"
	"Shell: a small sh: ';', '&&', '||', '&', newlines, '#' comments, quotes,\n"
	"variables (NAME=value, $NAME, ${NAME}, export, unset), $? $$ $# $0 $1.. $@ $* $!,\n"
	"set -e/-x/--, shift, cd, pwd, source; redirections '> f', '>> f', '2> f',\n"
	"'2>&1', '>&2', '&> f', '&>> f'; jobs with 'cmd &', 'jobs', 'kill %N|PID',\n"
	"'wait'; 'sleep' and 'timeout' run on virtual time; 'nsenter --net=FILE CMD';\n"
	"builtins echo, cat, ls, true, false,\n"
	"exit, ':'. A leading 'sudo' is ignored. Pipes, $(...), if/for/while, functions,\n"
	"globs and other bash constructs are refused with a message and status 2;\n"
	"nothing on that line runs. FILE ARGS and -c 'CMDS' NAME ARGS set $0 and $1...\n"
	"A FILE that uses them (or trap, test, printf, a host program such as grep)\n"
	"runs instead as under 'vethlab bash FILE ARGS': real bash, its own world on\n"
	"virtual time; --no-bash keeps it in this shell (and its refusals).\n"
	"\n"
	"Files: /proc/sys/net, /proc/net, /sys/class/net and /run/netns are served\n"
	"from the emulated namespace the command runs in; the host's networking state\n"
	"is never read or written. What Linux has there and vethlab does not model\n"
	"answers 'not emulated by vethlab'.\n"
	"\n"
	"At the interactive prompt time follows the wall clock and Ctrl-C interrupts\n"
	"only the foreground command; scripts, -c and stdin run on virtual time.\n"
	"\n"
	"Live worlds (one world shared by many terminals and scripts). start and attach\n"
	"follow the wall clock; bash SCRIPT runs on virtual time, which moves only as\n"
	"far as the foreground commands (sleep, ping, a capture) wait, so a script of\n"
	"pings and sleeps takes milliseconds and prints the same bytes every run:\n"
	"  start [WORLD]   start world WORLD (default 'default') in the background; prints\n"
	"                  the socket it listens on: $XDG_RUNTIME_DIR/vethlab/WORLD.sock,\n"
	"                  else /tmp/vethlab-$UID/WORLD.sock (directory mode 0700, only\n"
	"                  the same uid may connect); its log is WORLD.log beside it\n"
	"  attach [WORLD]  the prompt inside the world (a shell of its own: jobs, variables,\n"
	"                  directory); with stdin not a terminal, runs the commands read;\n"
	"                  Ctrl-C interrupts only this client's foreground command\n"
	"  stop [WORLD]    end the world and its sessions\n"
	"  ls              the running worlds: name, server pid, clients, socket\n"
	"  save [WORLD]    print a script that rebuilds the world as it is now (its\n"
	"                  vethlab-save): 'vethlab save lab > topo.sh'\n"
	"  bash [--world WORLD] [BASH-ARGS...]\n"
	"                  GNU bash with ip, ping, ping6, tcpdump, ethtool, sysctl, ifconfig,\n"
	"                  route, arp, arping, bridge, brctl, nstat, netstat, sleep, sudo, timeout, nsenter, why,\n"
	"                  graph, pwru, tracepath, tracepath4, traceroute and traceroute6 first on PATH as\n"
	"                  shims that run in the world (a private one for the script\n"
	"                  without --world);\n"
	"                  'ip netns exec NS PROG' runs a host\n"
	"                  PROG whose shims run in NS; /proc/sys/net, /proc/net,\n"
	"                  /sys/class/net and /run/netns, files and directories, are the\n"
	"                  world's (LD_PRELOAD vethlab-preload.so);\n"
	"                  as root bash gets network and mount namespaces of its own, so\n"
	"                  host programs never reach the host's network\n"
	"  These names win over script names: 'vethlab ./start' runs a file.\n"
	"\n"
	"Commands:\n"
	"  ip [-s] [-d] [-o] [-br] [-j [-p]] [-c] [-4|-6] [-n NS] link add|replace|delete|set|show\n"
	"         |afstats ... (types veth, bridge; master BR|nomaster; type bridge_slave ...)\n"
	"  ip [OPTIONS] [-force] -batch FILE   FILE's ip commands, one a line, as iproute2 runs them\n"
	"                                      (FILE '-': standard input)\n"
	"  ip ... link property add|del dev DEV altname NAME ...\n"
	"  ip ... address add|del|flush|show ...\n"
	"  ip ... route show|add|replace|del|get|flush ... (types blackhole, unreachable,\n"
	"         prohibit; via, dev, src, metric, table local|main|all); ip -6 route\n"
	"         show|get\n"
	"  ip ... neigh show|add|replace|change|del|flush|get ... (dev, to PREFIX, nud STATE|all,\n"
	"         proxy, router, extern_learn, protocol, unused, nomaster; -s statistics)\n"
	"  ip netns add|del|list|exec|identify ...\n"
	"  bridge [-s] [-d] [-j [-p]] [-c] [-n NS] link show|set ... | fdb show|add|append|\n"
	"         replace|del ... | vlan show (iproute2 6.1)\n"
	"  brctl addbr|delbr BR | addif|delif BR DEV | show [BR] | showmacs BR (bridge-utils)\n"
	"  ping|ping4|ping6 [-aAbBdDfnOqrUv46] [-c N] [-i S] [-I DEV|ADDR] [-l N] [-m MARK]\n"
	"       [-M do|dont|want] [-p HEX] [-Q TOS] [-s N] [-t TTL] [-w S] [-W S] [-e ID]\n"
	"       ADDR (IPv4, IPv6 with optional %DEV, or a name in /etc/hosts)\n"
	"  route [-n] [-4]; netstat -r [-n] [-e...] [-C] [-4|-A inet] (the IPv4 routing table)\n"
	"  nstat [-azrnsjpV] [PATTERN...]   the SNMP counters since the last nstat (iproute2 6.1)\n"
	"  arp [-vnD] [-a|-e] [-H ether] [-i DEV] [HOST] | -s HOST HWADDR [temp] [pub]\n"
	"      [netmask M] [dev DEV] | -d HOST [pub|priv] | -f [FILE] (net-tools 2.10)\n"
	"  arping [-fqbDUAV] [-c N] [-w S] [-i S] [-I DEV] [-s ADDR] ADDR   ARP requests (-U\n"
	"         unsolicited, -A replies, -D duplicate address detection) (iputils 20221126)\n"
	"  tracepath [-4nbV] [-l LEN] [-m HOPS] [-p PORT] ADDR[/PORT]   each hop to ADDR by UDP\n"
	"         probes and the path MTU (iputils 20221126, IPv4)\n"
	"  traceroute [-4nre] [-f FIRST] [-m MAX] [-q N] [-N N] [-p PORT] [-t TOS] [-w MAX[,HERE[,NEAR]]]\n"
	"         [-z SECS] [-s ADDR] [-i DEV] [--fwmark=N] ADDR [LEN]   each hop to ADDR by UDP\n"
	"         probes, 16 in flight (traceroute 2.1.2, its default method, IPv4)\n"
	"  tcpdump [-AdDeIJKlLnNOpqSUvxX#] [-c N] [-s N] [-i DEV|any] [-Q in|out|inout]\n"
	"          [-w FILE | -r FILE] [-F FILE] [-y TYPE] [-j TYPE] [-B KB] [FILTER EXPRESSION]\n"
	"  ifconfig [-a] [DEV [ADDR[/PLEN]] [netmask M] [broadcast B] [mtu N] [up|down]]\n"
	"  ethtool DEV | -i|-S|-k|-l|-g|-a|-c|-P|-T|-r DEV | -K DEV FEATURE on|off ...\n"
	"          | -L DEV [rx N] [tx N] | -s DEV [speed N] [duplex D] [autoneg on|off]\n"
	"          | -p DEV [T] | -h | --version (ethtool 6.1 on veth and lo)\n"
	"  sysctl [-abeNnqwoxV] [-r REGEX] [--dry-run] [-p [FILE...]] NAME[=VALUE] ...\n"
	"  pwru [--filter-netns inode:N|PATH] [--filter-ifname DEV] [--output-meta[=false]]\n"
	"          [--output-tuple[=false]] [-h] [--version] [PCAP-FILTER]   each kernel function\n"
	"          a packet passes, as cilium/pwru v1.0.9 prints it; runs until interrupted\n"
	"  why [-j] [--svg FILE] [--png FILE] [-v] [COMMAND [ARG...]]   each packet of the last\n"
	"          (or the given) command: its path, its end (delivered, answered, not answered,\n"
	"          dropped and why) and the fix; -j as JSON; --svg/--png draw it as a sequence\n"
	"          diagram (-v lists what was drawn)\n"
	"  graph [-o FILE.svg|FILE.png|FILE.dot]   the world as it is now: a box for each\n"
	"          namespace, its devices with their addresses and state, an edge for each veth\n"
	"          pair and from each port to its master (dashed when down); DOT on stdout\n"
	"          without -o, the format from FILE's suffix with it (graphviz)\n"
	"  vethlab-save   a script of ip, sysctl and bridge commands that rebuilds the whole\n"
	"          world as it is now (namespaces, links with their indexes and MACs, masters,\n"
	"          addresses, routes, rules, permanent neighbours, static fdb entries and the\n"
	"          sysctls that differ), for a fresh world: vethlab FILE, or Linux as root\n"
	"\n"
	"The exit status is that of the last command, as in sh. An unknown command\n"
	"prints 'vethlab: NAME: command not found' and has status 127.\n";

struct main_opts {
	struct shell_opts sh;
	const char *commands;
	const char *file;
	unsigned long long seed;
	long long hop_delay_us;   /* -1: the world's default */
	long long hop_jitter_us;
	bool real_time;           /* --real-time */
	bool virtual_time;        /* --virtual-time (a live world) */
	bool no_trace;            /* --no-trace: no packet log, so `why` has nothing to explain */
	bool no_bash;             /* --no-bash: FILE stays in vethlab's shell whatever it uses */
};

static int parse_seed(const char *s, unsigned long long *out)
{
	char *end;

	errno = 0;
	*out = strtoull(s, &end, 0);
	return (!*s || *end || errno) ? -1 : 0;
}

/* Returns -1 to go on, or an exit status. */
static int parse_args(int argc, char **argv, struct main_opts *o)
{
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];

		if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
			fputs(usage_text, stdout);
			return 0;
		} else if (!strcmp(a, "-V") || !strcmp(a, "--version")) {
			printf("vethlab %s\n", VETHLAB_VERSION);
			return 0;
		} else if (!strcmp(a, "--no-trace")) {
			o->no_trace = true;
		} else if (!strcmp(a, "--no-bash")) {
			o->no_bash = true;
		} else if (!strcmp(a, "-x")) {
			o->sh.xtrace = true;
		} else if (!strcmp(a, "-e")) {
			o->sh.errexit = true;
		} else if (!strcmp(a, "--seed") || !strncmp(a, "--seed=", 7)) {
			const char *v = a[6] == '=' ? a + 7 : (i + 1 < argc ? argv[++i] : "");

			if (parse_seed(v, &o->seed)) {
				fprintf(stderr, "vethlab: invalid seed '%s'\n", v);
				return 2;
			}
		} else if (!strcmp(a, "--hop-delay") || !strcmp(a, "--hop-jitter")) {
			unsigned long long v;

			if (i + 1 >= argc || parse_seed(argv[i + 1], &v) || v > 10000000ULL) {
				fprintf(stderr, "vethlab: %s needs microseconds (0..10000000)\n", a);
				return 2;
			}
			if (a[6] == 'd')
				o->hop_delay_us = (long long)v;
			else
				o->hop_jitter_us = (long long)v;
			i++;
		} else if (!strcmp(a, "--interrupt-after")) {
			unsigned long long v;

			if (i + 1 >= argc || parse_seed(argv[i + 1], &v) || v == 0 || v > 86400ULL * 365) {
				fprintf(stderr, "vethlab: --interrupt-after needs seconds (1..31536000)\n");
				return 2;
			}
			o->sh.interrupt_after_ns = v * 1000000000ULL;
			i++;
		} else if (!strcmp(a, "--real-time")) {
			o->real_time = true;
			o->virtual_time = false;
		} else if (!strcmp(a, "--virtual-time")) {
			o->virtual_time = true;
			o->real_time = false;
		} else if (!strcmp(a, "-c")) {
			if (i + 1 >= argc) {
				fputs("vethlab: -c: option requires an argument\n", stderr);
				return 2;
			}
			o->commands = argv[++i];
			/* As sh -c: the next word is $0, the rest $1 ... */
			if (i + 1 < argc) {
				o->sh.argv0 = argv[i + 1];
				o->sh.params = argv + i + 2;
				o->sh.nparams = argc - i - 2;
			}
			break;
		} else if (a[0] == '-' && a[1]) {
			fprintf(stderr, "vethlab: %s: invalid option\n%s", a, usage_text);
			return 2;
		} else {
			o->file = a;
			o->sh.params = argv + i + 1;
			o->sh.nparams = argc - i - 1;
			break;
		}
	}
	return -1;
}

static int run(struct shell *sh, const struct main_opts *o)
{
	struct stat st;
	FILE *f;
	int status;

	if (o->commands)
		return shell_run_text(sh, o->commands);
	if (!o->file && isatty(STDIN_FILENO))
		return shell_interactive(sh);
	if (!o->file || !strcmp(o->file, "-"))
		return shell_run_stream(sh, stdin);
	if (stat(o->file, &st) == 0 && S_ISDIR(st.st_mode)) {
		fprintf(stderr, "vethlab: %s: Is a directory\n", o->file);
		return 126;
	}
	f = fopen(o->file, "r");
	if (!f) {
		/* As bash: a script that cannot be read is status 127 (126 for a directory). */
		fprintf(stderr, "vethlab: %s: %s\n", o->file, strerror(errno));
		return 127;
	}
	status = shell_run_stream(sh, f);
	fclose(f);
	return status;
}

/* Whether FILE uses what vethlab's shell lacks and bash has; a file that cannot be read: no. */
static bool script_wants_bash(const char *file)
{
	struct world *w;
	struct stat st;
	FILE *f;
	bool want;

	if (stat(file, &st) || !S_ISREG(st.st_mode))
		return false;
	f = fopen(file, "r");
	if (!f)
		return false;
	/* A bare world: whether a word is a builtin, a tool or a host program. */
	w = world_new(VETHLAB_DEFAULT_SEED);
	want = shell_script_wants_bash(w, f);
	world_free(w);
	fclose(f);
	return want;
}

/* A live world made as this run would make its own. */
static struct live_opts live_opts_of(const struct main_opts *o)
{
	return (struct live_opts){ .seed = o->seed, .hop_delay_us = o->hop_delay_us,
				   .hop_jitter_us = o->hop_jitter_us, .no_trace = o->no_trace,
				   .interrupt_after_ns = o->sh.interrupt_after_ns,
				   .time = o->real_time      ? LIVE_TIME_REAL
					   : o->virtual_time ? LIVE_TIME_VIRTUAL
							     : LIVE_TIME_DEFAULT };
}

/* `vethlab bash FILE ARGS`: a private world on virtual time, real bash and the shims. */
static int run_under_bash(const struct main_opts *o)
{
	struct live_opts lo = live_opts_of(o);
	char **argv = vl_calloc((size_t)o->sh.nparams + 3, sizeof(*argv));
	int st;

	argv[0] = (char *)"bash";
	argv[1] = (char *)o->file;
	for (int i = 0; i < o->sh.nparams; i++)
		argv[i + 2] = o->sh.params[i];
	st = live_main(&lo, o->sh.nparams + 2, argv);
	free(argv);
	return st;
}

int main(int argc, char **argv)
{
	struct main_opts o = { .seed = VETHLAB_DEFAULT_SEED, .hop_delay_us = -1, .hop_jitter_us = -1 };
	struct world *w;
	char *heap;
	struct shell *sh;
	int st;

	/* Under `vethlab bash`, vethlab answers to the names of the tools it shims. */
	if (argc > 0 && live_is_shim(argv[0]))
		return live_shim_main(argc, argv);
	st = parse_args(argc, argv, &o);
	if (st >= 0)
		return st;
	/* A subcommand's name wins over a script's: `vethlab ./start` runs the file. */
	if (o.file && !o.commands && live_is_command(o.file)) {
		struct live_opts lo = live_opts_of(&o);

		return live_main(&lo, o.sh.nparams + 1, o.sh.params - 1);
	}
	if (o.file && strcmp(o.file, "-")) {
		o.sh.script = o.file;
		o.sh.argv0 = o.file;
		if (!o.no_bash && script_wants_bash(o.file))
			return run_under_bash(&o);
	}
	o.sh.interactive = !o.commands && !o.file && isatty(STDIN_FILENO);
	heap = kmem_heap_pad();
	w = world_new(o.seed);
	w->heap_advised = heap;
	/* At the prompt time follows the wall clock, so captures are stamped with it too. */
	if (o.real_time || o.sh.interactive)
		w->epoch_sec = vl_clock_host_seconds();
	if (o.hop_delay_us >= 0)
		w->hop_delay_ns = (uint64_t)o.hop_delay_us * 1000;
	if (o.hop_jitter_us >= 0)
		w->hop_jitter_ns = (uint64_t)o.hop_jitter_us * 1000;
	/* Every packet is logged, so that `why` can explain the last command. */
	trace_ctl_enable(w, !o.no_trace);
	sh = shell_new(w, &o.sh);
	st = run(sh, &o);
	shell_finish(sh);
	if (shell_exited(sh))
		st = shell_status(sh);
	shell_free(sh);
	world_exit(w);
	fflush(stdout);
	return st;
}

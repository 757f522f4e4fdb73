/* pwru.c: pwru, as cilium/pwru v1.0.9 prints it: a line for each traced kernel function a packet passes. */
#include <arpa/inet.h>
#include <pcap/pcap.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../ctl/sys.h"
#include "../ctl/sys.h"
#include "../ctl/rtnl.h"
#include "../ctl/trace_ctl.h"
#include "../ctl/vfs.h"
#include "tools.h"

/* What pwru's options (spf13/pflag) set; the modelled ones. */
struct pwru_opts {
	bool help, version, meta, tuple;
	const char *netns, *ifname, *timestamp;
	const char *refused;      /* the first option pwru has that vethlab does not model */
	char *filter;             /* the pcap-filter: the arguments left, joined by spaces */
};

/*
 * An interface pwru knew at its start: it lists those of every namespace a
 * process is in (/proc/PID/ns/net), once: the initial one and its own here.
 */
struct pwru_iface {
	uint32_t netns, ifindex;
	char name[16];
};

struct pwru {
	struct vl_task task;
	struct trace_tap tap;
	struct pwru_opts o;
	uint32_t netns, ifindex;          /* the --filter-netns/--filter-ifname config; 0: any */
	struct bpf_program prog_l2, prog_l3;
	bool has_l2, has_l3, reject_l3;   /* an L2-only filter (arp) rejects every L3 buffer */
	struct pwru_iface *ifaces;
	unsigned int n_ifaces;
	uint32_t dump_ns;                 /* the namespace being listed */
	int max_tuple;                    /* the longest tuple printed so far: later ones pad to it */
	uint32_t last_pkt;
	const char *last_func;            /* one line per call: a step logged twice in a function is one */
	bool tapped, finished;
};

/* pwru's flags: name, pflag's type name for the usage ("" for a bool), usage, default shown. */
struct pwru_flag {
	const char *name, *type, *usage, *def;
};

/* Sorted as pflag sorts them; --ready-file is hidden. */
static const struct pwru_flag pwru_flags[] = {
	{ "all-kmods", "", "attach to all available kernel modules", NULL },
	{ "backend", "string", "Tracing backend('kprobe', 'kprobe-multi'). Will auto-detect if not specified.", NULL },
	{ "filter-func", "string",
	  "filter kernel functions to be probed by name (exact match, supports RE2 regular expression)", NULL },
	{ "filter-ifname", "string", "filter skb ifname in --filter-netns (if not specified, use current netns)",
	  NULL },
	{ "filter-kprobe-batch", "uint", "batch size for kprobe attaching/detaching", "10" },
	{ "filter-mark", "uint32", "filter skb mark", NULL },
	{ "filter-netns", "string", "filter netns (\"/proc/<pid>/ns/net\", \"inode:<inode>\")", NULL },
	{ "filter-non-skb-funcs", "strings",
	  "filter non-skb kernel functions to be probed (--filter-track-skb-by-stackid will be enabled)", NULL },
	{ "filter-trace-tc", "", "trace TC bpf progs", NULL },
	{ "filter-trace-xdp", "", "trace XDP bpf progs", NULL },
	{ "filter-track-bpf-helpers", "", "trace BPF helper functions", NULL },
	{ "filter-track-skb", "",
	  "trace a packet even if it does not match given filters (e.g., after NAT or tunnel decapsulation)", NULL },
	{ "filter-track-skb-by-stackid", "",
	  "trace a packet even after it is kfreed (e.g., traffic going through bridge)", NULL },
	{ "help", "", "display this message and exit", NULL },
	{ "kernel-btf", "string", "specify kernel BTF file", NULL },
	{ "kmods", "strings", "list of kernel modules names to attach to", NULL },
	{ "output-caller", "", "print caller function name", NULL },
	{ "output-file", "string", "write traces to file", NULL },
	{ "output-json", "", "output traces in JSON format", NULL },
	{ "output-limit-lines", "uint", "exit the program after the number of events has been received/printed",
	  NULL },
	{ "output-meta", "", "print skb metadata", "true" },
	{ "output-skb", "", "print skb", NULL },
	{ "output-skb-shared-info", "", "print skb shared info", NULL },
	{ "output-stack", "", "print stack", NULL },
	{ "output-tuple", "", "print L4 tuple", "true" },
	{ "ready-file", "string", NULL, NULL },
	{ "timestamp", "string", "print timestamp per skb (\"current\", \"relative\", \"absolute\", \"none\")",
	  "\"none\"" },
	{ "version", "", "show pwru version and exit", NULL },
};
#define PWRU_NFLAGS (sizeof(pwru_flags) / sizeof(pwru_flags[0]))

/* The flag's line up to its usage, as pflag's FlagUsages starts it. */
static int pwru_flag_head(const struct pwru_flag *f, char *buf, size_t len)
{
	return snprintf(buf, len, "%s--%s%s%s", strcmp(f->name, "help") ? "      " : "  -h, ", f->name,
			*f->type ? " " : "", f->type);
}

/* flag.Usage: pwru's three lines, then pflag's PrintDefaults, usages aligned one past the longest. */
static void pwru_usage(FILE *f)
{
	char head[96];
	int max = 0;

	fputs("Usage: pwru [options] [pcap-filter]\n"
	      "    Available pcap-filter: see \"man 7 pcap-filter\"\n"
	      "    Available options:\n", f);
	for (size_t i = 0; i < PWRU_NFLAGS; i++) {
		int n = pwru_flag_head(&pwru_flags[i], head, sizeof(head));

		if (pwru_flags[i].usage && n > max)
			max = n;
	}
	for (size_t i = 0; i < PWRU_NFLAGS; i++) {
		const struct pwru_flag *fl = &pwru_flags[i];
		int n = pwru_flag_head(fl, head, sizeof(head));

		if (!fl->usage)
			continue;
		fprintf(f, "%s %*s %s", head, max + 1 - n, "", fl->usage);
		if (fl->def)
			fprintf(f, " (default %s)", fl->def);
		fputc('\n', f);
	}
}

/* Go's log.Printf: the local date and time of the virtual clock, then the message, to stderr. */
static void pwru_log(struct world *w, FILE *err, const char *msg)
{
	time_t t = (time_t)(sys_epoch_sec(w) + sys_now(w) / 1000000000ull);
	struct tm tm;
	char stamp[32] = "";

	if (localtime_r(&t, &tm))
		strftime(stamp, sizeof(stamp), "%Y/%m/%d %H:%M:%S", &tm);
	fprintf(err, "%s %s\n", stamp, msg);
}

/*
 * A parse error, as pflag's ExitOnError reports it: the error and the usage
 * on stderr, the error again on stdout, exit status 2.
 */
static int pwru_parse_error(struct vl_cmd_ctx *c, const char *msg)
{
	fprintf(c->err, "%s\n", msg);
	pwru_usage(c->err);
	fprintf(c->out, "%s\n", msg);
	return 2;
}

/* strconv.ParseBool. */
static int pwru_parse_bool(const char *v, bool *out)
{
	static const char *const yes[] = { "1", "t", "T", "TRUE", "true", "True" };
	static const char *const no[] = { "0", "f", "F", "FALSE", "false", "False" };

	for (int i = 0; i < 6; i++) {
		if (!strcmp(v, yes[i]) || !strcmp(v, no[i])) {
			*out = !strcmp(v, yes[i]);
			return 0;
		}
	}
	return -1;
}

/* Sets flag f to v (given, or pflag's NoOptDefVal "true" for a bare bool). */
static int pwru_set(struct vl_cmd_ctx *c, struct pwru_opts *o, const struct pwru_flag *f, const char *v)
{
	/* The modelled options, by name: bools, then strings. */
	static const char *const bool_names[] = { "help", "version", "output-meta", "output-tuple" };
	static const char *const str_names[] = { "filter-netns", "filter-ifname", "timestamp" };
	bool *bools[] = { &o->help, &o->version, &o->meta, &o->tuple };
	const char **strs[] = { &o->netns, &o->ifname, &o->timestamp };
	char msg[512];
	bool b = false;

	if (!*f->type && pwru_parse_bool(v, &b)) {
		snprintf(msg, sizeof(msg),
			 "invalid argument \"%s\" for \"%s%s\" flag: strconv.ParseBool: parsing \"%s\": invalid syntax",
			 v, strcmp(f->name, "help") ? "--" : "-h, --", f->name, v);
		return pwru_parse_error(c, msg);
	}
	for (size_t i = 0; i < sizeof(bools) / sizeof(bools[0]); i++) {
		if (!strcmp(f->name, bool_names[i])) {
			*bools[i] = b;
			return -1;
		}
	}
	for (size_t i = 0; i < sizeof(strs) / sizeof(strs[0]); i++) {
		if (!strcmp(f->name, str_names[i])) {
			*strs[i] = v;
			return -1;
		}
	}
	/* Options at their default change nothing: the rest is refused when set otherwise. */
	if (!o->refused && (*f->type || b))
		o->refused = f->name;
	return -1;
}

static const struct pwru_flag *pwru_flag_find(const char *name, size_t len)
{
	for (size_t i = 0; i < PWRU_NFLAGS; i++)
		if (strlen(pwru_flags[i].name) == len && !strncmp(pwru_flags[i].name, name, len))
			return &pwru_flags[i];
	return NULL;
}

/* --name, --name=value or --name value. */
static int pwru_long(struct vl_cmd_ctx *c, struct pwru_opts *o, int argc, char **argv, int *i)
{
	const char *s = argv[*i], *name = s + 2, *eq = strchr(name, '=');
	size_t len = eq ? (size_t)(eq - name) : strlen(name);
	const struct pwru_flag *f = pwru_flag_find(name, len);
	char msg[512];

	if (!*name || *name == '-' || *name == '=') {
		snprintf(msg, sizeof(msg), "bad flag syntax: %s", s);
		return pwru_parse_error(c, msg);
	}
	if (!f) {
		snprintf(msg, sizeof(msg), "unknown flag: --%.*s", (int)len, name);
		return pwru_parse_error(c, msg);
	}
	if (eq)
		return pwru_set(c, o, f, eq + 1);
	if (!*f->type)
		return pwru_set(c, o, f, "true");
	if (*i + 1 >= argc) {
		snprintf(msg, sizeof(msg), "flag needs an argument: %s", s);
		return pwru_parse_error(c, msg);
	}
	return pwru_set(c, o, f, argv[++*i]);
}

/* -h, the one shorthand; anything else in a -xyz group is unknown. */
static int pwru_short(struct vl_cmd_ctx *c, struct pwru_opts *o, const char *s)
{
	char msg[128];

	for (const char *p = s + 1; *p; p++) {
		if (*p == 'h' && p[1] == '=')
			return pwru_set(c, o, pwru_flag_find("help", 4), p + 2);
		if (*p == 'h') {
			o->help = true;
			continue;
		}
		snprintf(msg, sizeof(msg), "unknown shorthand flag: '%c' in -%s", *p, p);
		return pwru_parse_error(c, msg);
	}
	return -1;
}

/* Appends a pcap-filter word: pwru joins what pflag leaves with spaces. */
static void pwru_add_word(struct pwru_opts *o, const char *w)
{
	size_t have = o->filter ? strlen(o->filter) : 0, n = strlen(w);

	o->filter = vl_realloc(o->filter, have + n + 2);
	if (have)
		o->filter[have++] = ' ';
	memcpy(o->filter + have, w, n + 1);
}

/* pflag's parseArgs: flags anywhere (interspersed), "--" ends them. -1: go on; else the exit status. */
static int pwru_parse(struct vl_cmd_ctx *c, struct pwru_opts *o, int argc, char **argv)
{
	bool dash = false;

	o->meta = o->tuple = true;
	for (int i = 1; i < argc; i++) {
		const char *s = argv[i];
		int st = -1;

		if (dash || s[0] != '-' || !s[1])
			pwru_add_word(o, s);
		else if (!strcmp(s, "--"))
			dash = true;
		else if (s[1] == '-')
			st = pwru_long(c, o, argc, argv, &i);
		else
			st = pwru_short(c, o, s);
		if (st >= 0)
			return st;
	}
	return -1;
}

/* /proc/self/ns/net, /proc/thread-self/ns/net or /proc/PID/ns/net: the command's own namespace here. */
static bool pwru_proc_ns(const char *spec)
{
	const char *q;

	if (strncmp(spec, "/proc/", 6))
		return false;
	q = spec + 6;
	if (!strncmp(q, "self/", 5))
		q += 5;
	else if (!strncmp(q, "thread-self/", 12))
		q += 12;
	else if (*q >= '0' && *q <= '9')
		q += strspn(q, "0123456789") + (q[strspn(q, "0123456789")] == '/');
	return !strcmp(q, "ns/net");
}

/*
 * parseNetns: "inode:N", a /run/netns file or a /proc/PID/ns/net, and its
 * inode number; *net stays NULL for "inode:". Returns 0 or writes the error.
 */
static int pwru_netns(struct vl_cmd_ctx *c, const char *spec, uint32_t *ino, struct netns **net,
		      char *err, size_t len)
{
	struct vfs_path p;
	const char *num = spec + 6;

	*net = NULL;
	if (!strncmp(spec, "inode:", 6)) {
		size_t sign = *num == '+' || *num == '-';

		if (!num[sign] || strspn(num + sign, "0123456789") != strlen(num + sign)) {
			snprintf(err, len, "strconv.Atoi: parsing \"%s\": invalid syntax", num);
			return -1;
		}
		*ino = (uint32_t)strtol(num, NULL, 10);
		return 0;
	}
	if (spec[0] != '/') {
		snprintf(err, len, "invalid netns specifier: %s", spec);
		return -1;
	}
	vfs_resolve(c->net, spec, &p);
	if (p.where == VFS_EMULATED && !strncmp(p.path, "/run/netns/", 11))
		*net = rtnl_netns_get(c->world, p.path + 11);
	else if (pwru_proc_ns(spec))
		*net = c->net;
	if (!*net) {
		snprintf(err, len, "no such file or directory");
		return -1;
	}
	*ino = trace_ctl_netns_ino(*net);
	return 0;
}

/* GetConfig: the netns and ifindex the probes filter on; an error is log.Fatalf's (exit 1). */
static int pwru_config(struct vl_cmd_ctx *c, struct pwru *p)
{
	struct netns *net = c->net;
	const char *spec = p->o.netns ? p->o.netns : "";
	char msg[768], why[256];
	uint32_t ino = 0;
	int err = 0, idx;

	if (*spec)
		err = pwru_netns(c, spec, &ino, &net, why, sizeof(why));
	else
		ino = trace_ctl_netns_ino(net);
	if (err) {
		snprintf(msg, sizeof(msg), "Failed to get pwru config: Failed to retrieve netns %s: %s", spec, why);
		pwru_log(c->world, c->err, msg);
		return 1;
	}
	if (*spec || (p->o.ifname && *p->o.ifname))
		p->netns = ino;
	if (!p->o.ifname || !*p->o.ifname)
		return 0;
	if (!net) {
		pwru_log(c->world, c->err,
			 "Failed to get pwru config: inode netns specifier cannot be used with --filter-ifname");
		return 1;
	}
	idx = rtnl_ifindex(net, p->o.ifname);
	if (idx <= 0) {
		pwru_log(c->world, c->err, "Failed to get pwru config: route ip+net: no such network interface");
		return 1;
	}
	p->ifindex = (uint32_t)idx;
	return 0;
}

/* libpcap.InjectFilters: the expression for L2 (Ethernet) and for L3 (raw IP) buffers. */
static int pwru_compile(struct vl_cmd_ctx *c, struct pwru *p)
{
	static const int dlts[2] = { DLT_EN10MB, DLT_RAW };
	struct bpf_program *progs[2] = { &p->prog_l2, &p->prog_l3 };
	bool *has[2] = { &p->has_l2, &p->has_l3 };

	if (!p->o.filter || !*p->o.filter)
		return 0;
	for (int l3 = 0; l3 < 2; l3++) {
		pcap_t *pd = pcap_open_dead(dlts[l3], 262144);
		char msg[1024];

		if (pcap_compile(pd, progs[l3], p->o.filter, 1, PCAP_NETMASK_UNKNOWN) == 0) {
			*has[l3] = true;
		} else if (l3) {
			p->reject_l3 = true;  /* an L2-only filter, as "arp" */
		} else {
			snprintf(msg, sizeof(msg),
				 "Failed to inject filter ebpf for kprobe_skb_1: failed to pcap_compile '%s': %s (l3=false)",
				 p->o.filter, pcap_geterr(pd));
			pwru_log(c->world, c->err, msg);
			pcap_close(pd);
			return 1;
		}
		pcap_close(pd);
	}
	return 0;
}

static int pwru_iface_cb(const struct rtnl_link *l, void *arg)
{
	struct pwru *p = arg;

	p->ifaces = vl_realloc(p->ifaces, (p->n_ifaces + 1) * sizeof(*p->ifaces));
	p->ifaces[p->n_ifaces].netns = p->dump_ns;
	p->ifaces[p->n_ifaces].ifindex = (uint32_t)l->ifindex;
	snprintf(p->ifaces[p->n_ifaces].name, sizeof(p->ifaces[0].name), "%s", l->name);
	p->n_ifaces++;
	return 0;
}

/* "name:ifindex" for an interface pwru knew at its start (the last 16 bytes, '~' first), else the index. */
static void pwru_iface_name(const struct pwru *p, uint32_t ns, uint32_t ifindex, char *buf, size_t len)
{
	char full[40];
	size_t n;

	snprintf(buf, len, "%u", ifindex);
	for (unsigned int i = 0; i < p->n_ifaces; i++) {
		if (p->ifaces[i].netns != ns || p->ifaces[i].ifindex != ifindex)
			continue;
		n = (size_t)snprintf(full, sizeof(full), "%s:%u", p->ifaces[i].name, ifindex);
		if (n > 16) {
			snprintf(buf, len, "~%s", full + n - 15);
		} else {
			snprintf(buf, len, "%s", full);
		}
		return;
	}
}

/* s centred in width (the extra space on the right), as pwru's centerAlignString. */
static void pwru_center(FILE *f, const char *s, int width)
{
	int n = (int)strlen(s), left = n < width ? (width - n) / 2 : 0, right = n < width ? width - n - left : 0;

	fprintf(f, "%*s%s%*s", left, "", s, right, "");
}

static void pwru_header(struct pwru *p)
{
	FILE *f = p->task.out;

	fprintf(f, "%-18s %-3s %-16s", "SKB", "CPU", "PROCESS");
	if (p->o.meta) {
		fprintf(f, " %-10s %-8s ", "NETNS", "MARK/x");
		pwru_center(f, "IFACE", 16);
		fprintf(f, " %-6s %-5s %-5s", "PROTO", "MTU", "LEN");
	}
	if (p->o.tuple)
		fputs(" TUPLE", f);
	fputs(" FUNC\n", f);
}

/* The kernel functions (with a struct sk_buff * argument, so probed) the step stands for: up to two. */
static int pwru_funcs(const struct trace_event *e, const char **names, char *drop, size_t len)
{
	static const char *const no_skb[] = { "neigh_invalidate", "arp_ignore", "arp_filter", NULL };

	if (e->kind == TRACE_DROP) {
		/* Linux 6.11 made kfree_skb_reason an inline wrapper: the probe is on sk_skb_reason_drop. */
		snprintf(drop, len, "sk_skb_reason_drop(SKB_DROP_REASON_%s)", trace_ctl_drop_reason(e->reason));
		names[0] = drop;
		return 1;
	}
	if (e->kind == TRACE_CONSUME) {
		names[0] = "consume_skb";
		return 1;
	}
	for (int i = 0; no_skb[i]; i++)
		if (!strcmp(e->func, no_skb[i]))
			return 0;
	if (!strcmp(e->func, "dev_queue_xmit")) {
		names[0] = "__dev_queue_xmit";  /* dev_queue_xmit is an inline wrapper */
		return 1;
	}
	if (!strcmp(e->func, "__netif_receive_skb_core")) {
		/* It takes struct sk_buff **: pwru sees the backlog's two callers instead. */
		names[0] = "__netif_receive_skb";
		names[1] = "__netif_receive_skb_one_core";
		return 2;
	}
	names[0] = e->func;
	return 1;
}

/* filter_meta and filter_pcap, on the buffer as the probe sees it. */
static bool pwru_match(const struct pwru *p, const struct trace_skb_view *v)
{
	if (p->netns && v->netns_ino != p->netns)
		return false;
	if (p->ifindex && v->ifindex != p->ifindex)
		return false;
	if (!v->caplen)
		return false;
	if (v->l2)
		return !p->has_l2 || bpf_filter(p->prog_l2.bf_insns, v->data, v->caplen, v->caplen);
	if (p->reject_l3)
		return false;
	return !p->has_l3 || bpf_filter(p->prog_l3.bf_insns, v->data, v->caplen, v->caplen);
}

/* "saddr:sport->daddr:dport(proto)" from the network header, as set_tuple reads it (":0->:0()" for none). */
static void pwru_tuple(const struct trace_skb_view *v, char *buf, size_t len)
{
	const uint8_t *h = v->nh >= 0 && (uint32_t)v->nh < v->caplen ? v->data + v->nh : NULL;
	uint32_t room = h ? v->caplen - (uint32_t)v->nh : 0;
	char s[48] = "", d[48] = "";
	unsigned int sport = 0, dport = 0, ver = room ? h[0] >> 4 : 0, l4 = 0, pr = 0;

	if (ver == 4 && room >= 20) {
		inet_ntop(AF_INET, h + 12, s, sizeof(s));
		inet_ntop(AF_INET, h + 16, d, sizeof(d));
		pr = h[9];
		l4 = (h[0] & 15u) * 4;
	} else if (ver == 6 && room >= 40) {
		/* The next header is taken for the L4 protocol, as pwru does (its TODO). */
		s[0] = d[0] = '[';
		inet_ntop(AF_INET6, h + 8, s + 1, sizeof(s) - 2);
		inet_ntop(AF_INET6, h + 24, d + 1, sizeof(d) - 2);
		strcat(s, "]");
		strcat(d, "]");
		pr = h[6];
		l4 = 40;
	}
	if ((pr == IPPROTO_TCP || pr == IPPROTO_UDP) && room >= l4 + 4) {
		sport = (unsigned int)h[l4] << 8 | h[l4 + 1];
		dport = (unsigned int)h[l4 + 2] << 8 | h[l4 + 3];
	}
	snprintf(buf, len, "%s:%u->%s:%u(%s)", s, sport, d, dport,
		 pr == IPPROTO_TCP ? "tcp" : pr == IPPROTO_UDP ? "udp" : pr == IPPROTO_ICMP ? "icmp"
		 : pr == IPPROTO_ICMPV6 ? "icmp6" : "");
}

/* output.Print: one line. */
static void pwru_line(struct pwru *p, const struct trace_event *e, const struct trace_skb_view *v,
		      const char *func)
{
	FILE *f = p->task.out;
	char skb[24], num[16], iface[48], tuple[160];

	/* An skb is 256 bytes in its slab: each packet its own, kept by its copies. */
	snprintf(skb, sizeof(skb), "0x%llx", 0xffff888100000000ull + ((unsigned long long)e->pkt << 8));
	fprintf(f, "%-18s %-3s %-16s", skb, "0", "<empty>:0");
	if (p->o.meta) {
		snprintf(num, sizeof(num), "%u", v->netns_ino);
		fprintf(f, " %-10s %-8x ", num, v->mark);
		pwru_iface_name(p, v->netns_ino, v->ifindex, iface, sizeof(iface));
		pwru_center(f, iface, 16);
		fprintf(f, " 0x%04x %-5u %-5u", v->protocol, v->mtu, v->len);
	}
	if (p->o.tuple) {
		int n;

		pwru_tuple(v, tuple, sizeof(tuple));
		n = (int)strlen(tuple);
		if (n > p->max_tuple)
			p->max_tuple = n;
		fprintf(f, " %-*s", p->max_tuple, tuple);
	}
	fprintf(f, " %s\n", func);
	/* Go writes os.Stdout unbuffered: each line reaches its target as it is printed. */
	vl_task_flush_out(&p->task);
}

/* The tap: each step of each packet, filtered, one line per function. */
static void pwru_event(void *arg, const struct trace_event *e, const struct trace_skb_view *v)
{
	struct pwru *p = arg;
	const char *names[2];
	char drop[96];
	int n = pwru_funcs(e, names, drop, sizeof(drop));

	if (!n || !pwru_match(p, v))
		return;
	for (int i = 0; i < n; i++) {
		if (e->pkt == p->last_pkt && p->last_func && !strcmp(p->last_func, names[i]))
			continue;
		pwru_line(p, e, v, names[i]);
	}
	p->last_pkt = e->pkt;
	p->last_func = names[n - 1] == drop ? "sk_skb_reason_drop" : names[n - 1];
}

static void pwru_stop(struct pwru *p)
{
	if (p->tapped && p->task.world)
		trace_ctl_tap_remove(p->task.world, &p->tap);
	p->tapped = false;
}

/* SIGINT and SIGTERM end the main loop, and its defers log; any other signal kills it silently. */
static void pwru_kill(struct vl_task *task, int sig)
{
	struct pwru *p = vl_container_of(task, struct pwru, task);

	if (p->finished)
		return;
	p->finished = true;
	pwru_stop(p);
	vl_task_flush_out(task);
	if (sig != SIGINT && sig != SIGTERM) {
		vl_task_done(task, 128 + sig);
		return;
	}
	pwru_log(task->world, task->err, "Received signal, exiting program..");
	pwru_log(task->world, task->err, "Detaching kprobes...");
	vl_task_done(task, 0);
}

static void pwru_free(struct vl_task *task)
{
	struct pwru *p = vl_container_of(task, struct pwru, task);

	pwru_stop(p);
	if (p->has_l2)
		pcap_freecode(&p->prog_l2);
	if (p->has_l3)
		pcap_freecode(&p->prog_l3);
	free(p->ifaces);
	free(p->o.filter);
	free(p);
}

static const struct vl_task_ops pwru_task_ops = {
	.kill = pwru_kill,
	.free = pwru_free,
};

/* What main does before its loop: help, version, config, filter, probes, header. -1: it runs. */
static int pwru_prepare(struct vl_cmd_ctx *c, struct pwru *p)
{
	if (p->o.help) {
		pwru_usage(c->err);
		return 0;
	}
	if (p->o.version) {
		fputs("pwru v1.0.9\n", c->out);
		return 0;
	}
	if (p->o.timestamp && strcmp(p->o.timestamp, "none") && !p->o.refused)
		p->o.refused = "timestamp";
	if (p->o.refused) {
		fprintf(c->err, "pwru: option --%s is not supported by vethlab\n", p->o.refused);
		return 1;
	}
	if (!trace_ctl_log(c->world)) {
		fputs("pwru: vethlab's packet trace is off (--no-trace): there is nothing to probe\n", c->err);
		return 1;
	}
	if (pwru_compile(c, p) || pwru_config(c, p))
		return 1;
	pwru_log(c->world, c->err, "Attaching kprobes (via kprobe-multi)...");
	pwru_log(c->world, c->err, "Attached (ignored 0)");
	pwru_log(c->world, c->err, "Listening for events..");
	if (p->o.meta) {
		struct netns *init = rtnl_init_net(c->world);

		p->dump_ns = trace_ctl_netns_ino(init);
		(void)rtnl_link_dump(init, pwru_iface_cb, p);
		p->dump_ns = trace_ctl_netns_ino(c->net);
		if (c->net != init)
			(void)rtnl_link_dump(c->net, pwru_iface_cb, p);
	}
	return -1;
}

int tool_pwru(struct vl_cmd_ctx *c, int argc, char **argv)
{
	struct pwru *p = vl_calloc(1, sizeof(*p));
	int st = pwru_parse(c, &p->o, argc, argv);

	if (st < 0)
		st = pwru_prepare(c, p);
	if (st >= 0) {
		pwru_free(&p->task);
		return st;
	}
	p->task.ops = &pwru_task_ops;
	p->task.unbounded = true;
	p->task.world = c->world;
	p->task.out = c->out;
	p->task.err = c->err;
	pwru_header(p);
	vl_cmd_flush_out(c);
	p->tap.fn = pwru_event;
	p->tap.arg = p;
	trace_ctl_tap_add(c->world, &p->tap);
	p->tapped = true;
	c->task = &p->task;
	return VL_CMD_ASYNC;
}

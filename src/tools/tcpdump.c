/*
 * tcpdump.c: tcpdump 4.99 over the emulated devices. Frames come from a tap
 * where AF_PACKET sees them; filters are compiled and run by libpcap, files are
 * read and written by libpcap, so both accept exactly what tcpdump accepts.
 */
#include <errno.h>
#include <pcap/pcap.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>

#include "../core/alloc.h"
#include "../core/netdev.h"
#include "../core/netns.h"
#include "../core/world.h"
#include "../ctl/vfs.h"
#include "ip/ip_common.h"
#include "tcpdump_print.h"
#include "writebehind.h"
#include "tools.h"

#define DEFAULT_SNAPLEN 262144

struct tcpdump_opts {
	struct tcpdump_fmt fmt;
	const char *dev;
	const char *wfile;
	const char *rfile;
	long count;
	int snaplen;
	bool packet_buffered;  /* -U */
	char *filter;
};

struct tcpdump {
	struct vl_task task;
	struct packet_tap tap;
	struct netdev *dev;
	bool loopback;
	struct tcpdump_opts o;
	pcap_t *dead;
	pcap_dumper_t *dumper;
	struct bpf_program prog;
	bool has_prog;
	unsigned long captured, received;
	bool finished;
};

static const char suppressed[] =
	"tcpdump: verbose output suppressed, use -v[v]... for full protocol decode\n";

static void free_opts(struct tcpdump_opts *o)
{
	free(o->filter);
	free(o->fmt.tcp_convs);
}

static void print_stats(struct tcpdump *t, bool signalled)
{
	FILE *e = t->task.err;

	if (signalled && !t->o.wfile)
		fputc('\n', e);
	fprintf(e, "%lu packet%s captured\n", t->captured, t->captured == 1 ? "" : "s");
	fprintf(e, "%lu packet%s received by filter\n", t->received, t->received == 1 ? "" : "s");
	fputs("0 packets dropped by kernel\n", e);
}

static void tcpdump_stop(struct tcpdump *t)
{
	if (t->dev) {
		dev_remove_tap(t->dev, &t->tap);
		t->dev = NULL;
	}
	if (t->dumper) {
		pcap_dump_close(t->dumper);
		t->dumper = NULL;
	}
}

static void tcpdump_finish(struct tcpdump *t, bool signalled)
{
	if (t->finished)
		return;
	t->finished = true;
	tcpdump_stop(t);
	/* cleanup(): stdout is flushed before the statistics go to stderr. */
	vl_task_flush_out(&t->task);
	print_stats(t, signalled);
	vl_task_done(&t->task, 0);
}

static bool filter_ok(struct tcpdump *t, const struct pcap_pkthdr *h, const uint8_t *data)
{
	return !t->has_prog || pcap_offline_filter(&t->prog, h, data) != 0;
}

static void on_frame(struct packet_tap *tap, const struct sk_buff *skb, bool outgoing)
{
	struct tcpdump *t = vl_container_of(tap, struct tcpdump, tap);
	struct world *w = t->task.world;
	uint64_t ns = skb->tstamp;
	struct pcap_pkthdr h;

	if (t->finished)
		return;
	h.ts.tv_sec = (time_t)(w->epoch_sec + ns / VL_NSEC_PER_SEC);
	h.ts.tv_usec = (suseconds_t)(ns % VL_NSEC_PER_SEC / 1000);
	h.len = skb->len;
	h.caplen = skb->len < (uint32_t)t->o.snaplen ? skb->len : (uint32_t)t->o.snaplen;
	if (!filter_ok(t, &h, skb->data))
		return;
	t->received++;
	/* libpcap drops what lo sends: every packet on lo is seen once, incoming. */
	if (outgoing && t->loopback)
		return;
	t->captured++;
	if (t->dumper) {
		pcap_dump((u_char *)t->dumper, &h, skb->data);
		if (t->o.packet_buffered)
			pcap_dump_flush(t->dumper);
	} else {
		tcpdump_print_frame(t->task.out, &t->o.fmt, (uint64_t)h.ts.tv_sec, (uint32_t)h.ts.tv_usec,
				    skb->data, h.caplen, h.len);
		vl_task_flush_big(&t->task);
	}
	if (t->o.count && (long)t->captured >= t->o.count)
		tcpdump_finish(t, false);
}

static void on_gone(struct packet_tap *tap)
{
	struct tcpdump *t = vl_container_of(tap, struct tcpdump, tap);

	t->dev = NULL;
	if (!t->finished) {
		fputs("tcpdump: pcap_loop: The interface disappeared\n", t->task.err);
		tcpdump_finish(t, false);
		t->task.status = 1;
	}
}

/*
 * tcpdump's handlers: SIGINT, SIGTERM and SIGPIPE end the capture with its
 * statistics; SIGUSR1 prints them and goes on; SIGUSR2 flushes a -w file;
 * any other signal kills it without a word.
 */
static void tcpdump_kill(struct vl_task *task, int sig)
{
	struct tcpdump *t = vl_container_of(task, struct tcpdump, task);

	if (t->finished)
		return;
	if (sig == SIGINT || sig == SIGTERM || sig == SIGPIPE) {
		tcpdump_finish(t, true);
	} else if (sig == SIGUSR1) {
		vl_task_flush_out(task);
		print_stats(t, false);
	} else if (sig == SIGUSR2) {
		if (t->dumper)
			pcap_dump_flush(t->dumper);
	} else {
		t->finished = true;
		tcpdump_stop(t);
		vl_task_flush_out(task);
		vl_task_done(task, 128 + sig);
	}
}

static void tcpdump_free(struct vl_task *task)
{
	struct tcpdump *t = vl_container_of(task, struct tcpdump, task);

	tcpdump_stop(t);
	if (t->has_prog)
		pcap_freecode(&t->prog);
	if (t->dead)
		pcap_close(t->dead);
	free_opts(&t->o);
	free(t);
}

static const struct vl_task_ops tcpdump_task_ops = {
	.kill = tcpdump_kill,
	.free = tcpdump_free,
};

static int bad_option(struct vl_cmd_ctx *c, char opt)
{
	fprintf(c->err, "tcpdump: invalid option -- '%c'\n", opt);
	fputs("Usage: tcpdump [-AbdDefhHIJKlLnNOpqStuUvxX#] [ -B size ] [ -c count ] [--count]\n", c->err);
	return 1;
}

/* Joins the remaining words into one filter expression, as tcpdump does. */
static void take_filter(struct tcpdump_opts *o, int argc, char **argv)
{
	size_t len = 1;

	for (int i = 0; i < argc; i++)
		len += strlen(argv[i]) + 1;
	o->filter = vl_calloc(1, len);
	for (int i = 0; i < argc; i++) {
		if (i)
			strcat(o->filter, " ");
		strcat(o->filter, argv[i]);
	}
}

static int parse_opts(struct vl_cmd_ctx *c, struct tcpdump_opts *o, int argc, char **argv)
{
	int i = 1;

	o->snaplen = DEFAULT_SNAPLEN;
	for (; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
		for (const char *p = argv[i] + 1; *p; p++) {
			const char *arg = NULL;

			if (strchr("icwrs", *p)) {
				arg = p[1] ? p + 1 : (i + 1 < argc ? argv[++i] : NULL);
				if (!arg) {
					fprintf(c->err, "tcpdump: option requires an argument -- '%c'\n", *p);
					return 1;
				}
			}
			switch (*p) {
			case 'i': o->dev = arg; break;
			case 'w': o->wfile = arg; break;
			case 'r': o->rfile = arg; break;
			case 'c':
				o->count = strtol(arg, NULL, 10);
				if (o->count <= 0) {
					fprintf(c->err, "tcpdump: invalid packet count %s\n", arg);
					return 1;
				}
				break;
			case 's':
				o->snaplen = atoi(arg);
				if (o->snaplen <= 0 || o->snaplen > DEFAULT_SNAPLEN)
					o->snaplen = DEFAULT_SNAPLEN;
				break;
			case 'n': case 'l': break;
			case 'e': o->fmt.link = true; break;
			case 'v': o->fmt.verbose++; break;
			case 'q': o->fmt.quiet = true; break;
			case 'U': o->packet_buffered = true; break;
			case 't': o->fmt.tstamp = o->fmt.tstamp ? o->fmt.tstamp * 2 : 1; break;
			default:
				return bad_option(c, *p);
			}
			if (arg)
				break;
		}
	}
	if (o->fmt.tstamp == 8)
		o->fmt.tstamp = 4;
	o->fmt.tcp_convs = tcpdump_tcp_table();
	if (i < argc)
		take_filter(o, argc - i, argv + i);
	return -1;
}

static int compile_filter(struct vl_cmd_ctx *c, pcap_t *dead, const struct tcpdump_opts *o,
			  struct bpf_program *prog, bool *has)
{
	*has = false;
	if (!o->filter || !*o->filter)
		return 0;
	if (pcap_compile(dead, prog, o->filter, 1, PCAP_NETMASK_UNKNOWN) < 0) {
		fprintf(c->err, "tcpdump: %s\n", pcap_geterr(dead));
		return 1;
	}
	*has = true;
	return 0;
}

/*
 * -w and -r name host files; a path into the emulated trees or the host's
 * networking state is refused, as is "-" (standard output or input), which
 * vethlab does not model yet.
 */
static int host_file_ok(struct vl_cmd_ctx *c, const char *path, bool write)
{
	struct vfs_path vp;

	if (!strcmp(path, "-")) {
		fprintf(c->err, "tcpdump: -%c -: standard %s is not supported by vethlab\n", write ? 'w' : 'r',
			write ? "output" : "input");
		return 1;
	}
	vfs_resolve(c->net, path, &vp);
	if (vp.where == VFS_HOST || (!write && vp.where == VFS_HOST_RO))
		return 0;
	fprintf(c->err, "tcpdump: %s: %s\n", path, VFS_REFUSED_TEXT);
	return 1;
}

/* -r: a file read and printed (or filtered into -w) at once. */
static int read_file(struct vl_cmd_ctx *c, struct tcpdump_opts *o)
{
	char errbuf[PCAP_ERRBUF_SIZE];
	pcap_t *pd;
	struct bpf_program prog;
	struct pcap_pkthdr *h;
	const u_char *data;
	pcap_dumper_t *dumper = NULL;
	bool has;
	long n = 0;
	int st = 0;

	if (host_file_ok(c, o->rfile, false) || (o->wfile && host_file_ok(c, o->wfile, true)))
		return 1;
	pd = pcap_open_offline(o->rfile, errbuf);
	if (!pd) {
		fprintf(c->err, "tcpdump: %s\n", errbuf);
		return 1;
	}
	if (compile_filter(c, pd, o, &prog, &has)) {
		pcap_close(pd);
		return 1;
	}
	fprintf(c->err, "reading from file %s, link-type EN10MB (Ethernet), snapshot length %d\n",
		o->rfile, pcap_snapshot(pd));
	if (o->wfile && !(dumper = pcap_dump_open(pd, o->wfile))) {
		fprintf(c->err, "tcpdump: %s\n", pcap_geterr(pd));
		st = 1;
	}
	while (!st && pcap_next_ex(pd, &h, &data) == 1) {
		if (has && !pcap_offline_filter(&prog, h, data))
			continue;
		if (dumper)
			pcap_dump((u_char *)dumper, h, data);
		else
			tcpdump_print_frame(c->out, &o->fmt, (uint64_t)h->ts.tv_sec, (uint32_t)h->ts.tv_usec,
					    data, h->caplen, h->len);
		if (o->count && ++n >= o->count)
			break;
	}
	if (dumper)
		pcap_dump_close(dumper);
	if (has)
		pcap_freecode(&prog);
	pcap_close(pd);
	return st;
}

static struct netdev *default_device(struct netns *net)
{
	struct vl_list *pos;

	vl_list_for_each(pos, &net->devices) {
		struct netdev *d = vl_list_entry(pos, struct netdev, dev_list);

		if ((d->flags & IFF_UP) && !(d->flags & IFF_LOOPBACK))
			return d;
	}
	return net->loopback_dev;
}

static int start_capture(struct vl_cmd_ctx *c, struct tcpdump *t)
{
	struct tcpdump_opts *o = &t->o;

	t->dev = o->dev ? netdev_get_by_name(c->net, o->dev) : default_device(c->net);
	if (!t->dev) {
		fprintf(c->err, "tcpdump: %s: No such device exists\n(No such device exists)\n", o->dev);
		return 1;
	}
	if (!(t->dev->flags & IFF_UP)) {
		fprintf(c->err, "tcpdump: %s: That device is not up\n", t->dev->name);
		return 1;
	}
	t->dead = pcap_open_dead(DLT_EN10MB, o->snaplen);
	if (!t->dead || compile_filter(c, t->dead, o, &t->prog, &t->has_prog))
		return 1;
	if (o->wfile && host_file_ok(c, o->wfile, true))
		return 1;
	if (o->wfile) {
		/*
		 * pcap_dump is one fwrite per packet: a 1 MB stdio buffer drained by a
		 * helper thread, so disk writes overlap the emulation. -U asks that each
		 * packet be in the file when it is seen: then writes stay synchronous.
		 */
		FILE *fp = o->packet_buffered ? fopen(o->wfile, "wb") : wb_fopen(o->wfile);

		if (!fp) {
			fprintf(c->err, "tcpdump: %s: %s\n", o->wfile, strerror(errno));
			return 1;
		}
		t->dumper = pcap_dump_fopen(t->dead, fp);
		if (!t->dumper) {
			fprintf(c->err, "tcpdump: %s\n", pcap_geterr(t->dead));
			fclose(fp);
			return 1;
		}
	}
	if (!o->fmt.verbose && !o->wfile)
		fputs(suppressed, c->err);
	fprintf(c->err, "%slistening on %s, link-type EN10MB (Ethernet), snapshot length %d bytes\n",
		(o->fmt.verbose || o->wfile) ? "tcpdump: " : "", t->dev->name, o->snaplen);
	t->loopback = (t->dev->flags & IFF_LOOPBACK) != 0;
	t->tap.fn = on_frame;
	t->tap.gone = on_gone;
	dev_add_tap(t->dev, &t->tap);
	return 0;
}

int tool_tcpdump(struct vl_cmd_ctx *c, int argc, char **argv)
{
	struct tcpdump *t = vl_calloc(1, sizeof(*t));
	int st = parse_opts(c, &t->o, argc, argv);

	if (st < 0 && t->o.rfile) {
		st = read_file(c, &t->o);
		free_opts(&t->o);
		free(t);
		return st;
	}
	if (st < 0 && (st = start_capture(c, t)) == 0)
		st = -1;
	if (st >= 0) {
		tcpdump_free(&t->task);
		return st;
	}
	t->task.ops = &tcpdump_task_ops;
	t->task.unbounded = !t->o.count;
	t->task.world = c->world;
	t->task.out = c->out;
	t->task.err = c->err;
	c->task = &t->task;
	return VL_CMD_ASYNC;
}

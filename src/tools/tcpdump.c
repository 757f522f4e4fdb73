/*
 * tcpdump.c: tcpdump 4.99 over the emulated devices. Frames come from a
 * packet socket as libpcap opens one (SOCK_RAW bound to the device, or
 * SOCK_DGRAM on every device for "any", made into Linux cooked frames);
 * filters are compiled and run by libpcap, files are read and written by
 * libpcap, so both accept exactly what tcpdump accepts.
 */
#include <errno.h>
#include <fcntl.h>
#include <pcap/pcap.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../ctl/sys.h"
#include "../ctl/sys.h"
#include "../ctl/vfs.h"
#include "../net/socket.h"
#include "../uapi/filter.h"
#include "ip/ip_common.h"
#include "tcpdump_print.h"
#include "writebehind.h"
#include "tools.h"

#define MAXIMUM_SNAPLEN 262144
#define SLL_HDR_LEN 16
#define SLL2_HDR_LEN 20
#define ETH_P_ALL 0x0003
#define ARPHRD_LOOPBACK 772
/* The largest frame a device hands over (a 64 KiB packet and its link header). */
#define FRAME_MAX (65536 + 256)
/* From the command to its ring: the phase of the block retire timer. */
#define RING_SETUP_DELAY_NS (5 * VL_NSEC_PER_MSEC)

struct tcpdump {
	struct vl_task task;
	struct tcpdump_opts o;
	struct td_dev dev;
	struct socket *sock;   /* the packet socket, NULL once stopped */
	int dlt, snaplen;
	pcap_t *dead;
	pcap_dumper_t *dumper;
	struct bpf_program prog;
	bool has_prog;
	bool kernel_filter;    /* the socket runs prog (a device's capture), not tcpdump */
	bool printing;         /* decode to stdout (no -w, or --print) */
	unsigned int captured, received;
	bool finished;
	/* -v with -w: tcpdump reports how many packets it has, every second. */
	struct vl_timer got_timer;
	bool got_active, got_first;
	unsigned int got_prev;
	uint8_t *rbuf;         /* room for a cooked header and a frame */
	/*
	 * The ring (TPACKET_V3): what the kernel's filter passes waits in a
	 * block until the block's retire timer ticks (every tov from the ring's
	 * setup) or the block is full; only then does tcpdump see it. libpcap
	 * also runs a new filter in userland, on what the snapshot length kept,
	 * over the first block: packets the filter needs more of are counted by
	 * the kernel but not captured. --immediate-mode's ring (TPACKET_V2)
	 * hands each packet over at once, and the first frame is filtered twice.
	 */
	uint64_t start_ns, tov_ns;
	struct vl_timer block_timer;
	uint8_t *block;        /* struct blk_pkt and data, one after the other */
	size_t block_len, block_cap, block_kernel;
	bool first_block;
};

static const char suppressed[] =
	"tcpdump: verbose output suppressed, use -v[v]... for full protocol decode\n";

static const char *plural(unsigned int n)
{
	return n == 1 ? "" : "s";
}

/* info(): after the capture, one item a line; on SIGUSR1, one line. */
static void print_stats(struct tcpdump *t, bool one_line)
{
	FILE *e = t->task.err;
	const char *sep = one_line ? ", " : "\n";

	if (one_line)
		fputs("tcpdump: ", e);
	fprintf(e, "%u packet%s captured%s", t->captured, plural(t->captured), sep);
	fprintf(e, "%u packet%s received by filter%s", t->received, plural(t->received), sep);
	fputs("0 packets dropped by kernel\n", e);
}

static void tcpdump_stop(struct tcpdump *t)
{
	sock_release(t->sock);
	t->sock = NULL;
	if (t->dumper) {
		pcap_dump_close(t->dumper);
		t->dumper = NULL;
	}
	if (t->task.world) {
		sys_timer_cancel(t->task.world, &t->got_timer);
		sys_timer_cancel(t->task.world, &t->block_timer);
	}
}

/* pcap_loop has returned: interrupted (signalled), by -c, or with an error. */
static void tcpdump_finish(struct tcpdump *t, bool signalled, const char *error)
{
	if (t->finished)
		return;
	t->finished = true;
	tcpdump_stop(t);
	/* An interrupted loop may have cut a line short: tcpdump ends it on stdout. */
	if (signalled && !t->o.wfile)
		fputc('\n', t->task.out);
	vl_task_flush_out(&t->task);
	if (error)
		fprintf(t->task.err, "tcpdump: pcap_loop: %s\n", error);
	print_stats(t, false);
	vl_task_done(&t->task, error ? 1 : 0);
}

/*
 * The frame as the capture's link type has it: Ethernet as the socket gave
 * it, or a cooked header, made from where the packet came from, in front
 * of the payload (received hlen bytes into rbuf for that).
 */
static const uint8_t *build_packet(struct tcpdump *t, const struct sockaddr_ll *sll, uint32_t plen,
				   uint32_t *len)
{
	uint32_t hlen = t->dlt == DLT_LINUX_SLL2 ? SLL2_HDR_LEN : SLL_HDR_LEN;
	uint8_t *h;

	if (t->dlt == DLT_EN10MB) {
		*len = plen;
		return t->rbuf;
	}
	h = t->rbuf;
	memset(h, 0, hlen);
	if (t->dlt == DLT_LINUX_SLL2) {
		memcpy(h, &sll->sll_protocol, 2);
		h[4] = (uint8_t)((uint32_t)sll->sll_ifindex >> 24);
		h[5] = (uint8_t)(sll->sll_ifindex >> 16);
		h[6] = (uint8_t)(sll->sll_ifindex >> 8);
		h[7] = (uint8_t)sll->sll_ifindex;
		h[8] = (uint8_t)(sll->sll_hatype >> 8);
		h[9] = (uint8_t)sll->sll_hatype;
		h[10] = sll->sll_pkttype;
		h[11] = sll->sll_halen;
		memcpy(h + 12, sll->sll_addr, 6);
	} else {
		h[1] = sll->sll_pkttype;
		h[2] = (uint8_t)(sll->sll_hatype >> 8);
		h[3] = (uint8_t)sll->sll_hatype;
		h[5] = sll->sll_halen;
		memcpy(h + 6, sll->sll_addr, 6);
		memcpy(h + 14, &sll->sll_protocol, 2);
	}
	*len = hlen + plen;
	return h;
}

static void deliver(struct tcpdump *t, const struct pcap_pkthdr *h, const uint8_t *data)
{
	if (t->dumper) {
		pcap_dump((u_char *)t->dumper, h, data);
		if (t->o.packet_buffered)
			pcap_dump_flush(t->dumper);
	}
	if (t->printing && !t->o.count_mode) {
		tcpdump_print_packet(t->task.out, &t->o.fmt, (uint64_t)h->ts.tv_sec, (uint32_t)h->ts.tv_usec,
				     data, h->caplen, h->len, t->captured);
	}
	/* -l: stdout is line-buffered (setvbuf _IOLBF), so each packet's lines go out at once. */
	if (t->o.lflag && t->printing)
		vl_task_flush_out(&t->task);
	else
		vl_task_flush_big(&t->task);
}

/* A packet waiting in the ring's current block (its data follows). */
struct blk_pkt {
	struct pcap_pkthdr h;
	uint8_t pkttype;
	bool loopback;
};

#define BLK_ALIGN(n) (((n) + 7) & ~(size_t)7)
/* The ring's blocks hold 256 KiB (libpcap's "frame" of MAXIMUM_SNAPLEN). */
#define BLOCK_SIZE ((size_t)262144)
/* What the kernel's tpacket3 header, address and alignment take per packet. */
#define BLOCK_PKT_OVERHEAD 100

static void arm_got_timer(struct tcpdump *t);

/* pcap_handle_packet_mmap for one packet; false once -c's count is reached. */
static bool handle_packet(struct tcpdump *t, struct pcap_pkthdr *h, const uint8_t *data, uint8_t pkttype,
			  bool loopback, bool first)
{
	if (first && t->has_prog && h->caplen < h->len && !pcap_offline_filter(&t->prog, h, data))
		return true;
	if (pkttype == PACKET_OUTGOING ? loopback || t->o.qdir == PCAP_D_IN : t->o.qdir == PCAP_D_OUT)
		return true;
	t->captured++;
	deliver(t, h, data);
	arm_got_timer(t);
	if (t->o.count && t->captured >= (unsigned int)t->o.count) {
		tcpdump_finish(t, false, NULL);
		return false;
	}
	return true;
}

/* The block is retired: tcpdump reads it through. */
static void block_deliver(struct tcpdump *t)
{
	bool first = t->first_block;

	sys_timer_cancel(t->task.world, &t->block_timer);
	t->first_block = false;
	for (size_t off = 0; off < t->block_len && !t->finished;) {
		struct blk_pkt *bp = (struct blk_pkt *)(t->block + off);

		if (!handle_packet(t, &bp->h, (uint8_t *)(bp + 1), bp->pkttype, bp->loopback, first))
			break;
		off += BLK_ALIGN(sizeof(*bp) + bp->h.caplen);
	}
	t->block_len = 0;
	t->block_kernel = 0;
}

static void block_tick(struct vl_timer *tm)
{
	block_deliver(vl_container_of(tm, struct tcpdump, block_timer));
}

/* Into the current block; a block that would overflow is retired first. */
static void block_add(struct tcpdump *t, const struct pcap_pkthdr *h, const uint8_t *data, uint8_t pkttype,
		      bool loopback)
{
	struct world *w = t->task.world;
	size_t need = BLK_ALIGN(sizeof(struct blk_pkt) + h->caplen), cost = BLK_ALIGN(BLOCK_PKT_OVERHEAD + h->caplen);
	struct blk_pkt *bp;

	if (t->block_kernel && t->block_kernel + cost > BLOCK_SIZE)
		block_deliver(t);
	if (t->finished)
		return;
	if (t->block_len + need > t->block_cap) {
		t->block_cap = (t->block_len + need) * 2;
		t->block = vl_realloc(t->block, t->block_cap);
	}
	bp = (struct blk_pkt *)(t->block + t->block_len);
	bp->h = *h;
	bp->pkttype = pkttype;
	bp->loopback = loopback;
	memcpy(bp + 1, data, h->caplen);
	t->block_len += need;
	t->block_kernel += cost;
	if (!vl_timer_pending(&t->block_timer))
		sys_timer_arm(w, &t->block_timer,
			      t->start_ns + ((sys_now(w) - t->start_ns) / t->tov_ns + 1) * t->tov_ns);
}

/*
 * One packet from the socket, as libpcap hands it over: filtered, cut to
 * the snapshot length. plen bytes of it came, of origlen: the socket's
 * filter ran and cut it, or (for "any", whose cooked header the socket
 * does not make) the filter runs here, on the whole packet.
 */
static void on_packet(struct tcpdump *t, const struct sockaddr_ll *sll, const struct timeval *tv, uint32_t plen,
		      uint32_t origlen)
{
	bool loopback = sll->sll_hatype == ARPHRD_LOOPBACK;
	struct pcap_pkthdr h;
	const uint8_t *data;
	uint32_t len, hlen;

	data = build_packet(t, sll, plen, &len);
	hlen = len - plen;
	h.ts = *tv;
	h.len = hlen + origlen;
	h.caplen = len;
	if (!t->kernel_filter && t->has_prog && !pcap_offline_filter(&t->prog, &h, data))
		return;
	if (h.caplen > (uint32_t)t->snaplen)
		h.caplen = (uint32_t)t->snaplen;
	/* The kernel counts what its filter passes, before libpcap sees it. */
	t->received++;
	if (t->o.immediate) {
		bool first = t->first_block;

		t->first_block = false;
		(void)handle_packet(t, &h, data, sll->sll_pkttype, loopback, first);
	} else {
		block_add(t, &h, data, sll->sll_pkttype, loopback);
	}
}

/* recvmsg of one packet, its data where build_packet wants it; false when none is left. */
static bool receive_one(struct tcpdump *t)
{
	uint32_t off = t->dlt == DLT_EN10MB ? 0 : t->dlt == DLT_LINUX_SLL2 ? SLL2_HDR_LEN : SLL_HDR_LEN;
	union {
		struct cmsghdr align;
		uint8_t buf[CMSG_SPACE(sizeof(struct timeval)) + CMSG_SPACE(sizeof(struct tpacket_auxdata))];
	} control;
	struct sockaddr_ll sll;
	struct iovec iov = { .iov_base = t->rbuf + off, .iov_len = FRAME_MAX };
	struct msghdr msg = {
		.msg_name = &sll, .msg_namelen = sizeof(sll), .msg_iov = &iov, .msg_iovlen = 1,
		.msg_control = &control, .msg_controllen = sizeof(control),
	};
	struct timeval tv = { 0 };
	struct tpacket_auxdata aux = { 0 };
	int n = sock_recvmsg(t->sock, &msg, MSG_DONTWAIT | MSG_TRUNC);

	if (n < 0)
		return false;
	aux.tp_len = (uint32_t)n;
	for (struct cmsghdr *cm = CMSG_FIRSTHDR(&msg); cm; cm = CMSG_NXTHDR(&msg, cm)) {
		if (cm->cmsg_level == SOL_SOCKET && cm->cmsg_type == SCM_TIMESTAMP)
			memcpy(&tv, CMSG_DATA(cm), sizeof(tv));
		else if (cm->cmsg_level == SOL_PACKET && cm->cmsg_type == PACKET_AUXDATA)
			memcpy(&aux, CMSG_DATA(cm), sizeof(aux));
	}
	on_packet(t, &sll, &tv, (uint32_t)n, aux.tp_len);
	return true;
}

/*
 * The socket is readable: every packet it has, in order. An error on a
 * socket bound to a device is the device going away: the capture fails.
 */
static void on_data_ready(struct socket *sock, void *data)
{
	struct tcpdump *t = data;
	socklen_t len = sizeof(int);
	int err = 0;

	if (sock_poll(sock) & POLLERR) {
		if (!sock_getsockopt(sock, SOL_SOCKET, SO_ERROR, &err, &len) && err == ENETDOWN)
			tcpdump_finish(t, false, "The interface disappeared");
		return;
	}
	while (!t->finished && receive_one(t))
		;
}

/*
 * print_packets_captured: with -v and -w, "Got N" on stderr at every second
 * of the capture (from its start) when N has changed, and at the first.
 */
static void got_tick(struct vl_timer *tm)
{
	struct tcpdump *t = vl_container_of(tm, struct tcpdump, got_timer);

	if (t->finished)
		return;
	if (t->got_first || t->captured != t->got_prev) {
		fprintf(t->task.err, "Got %u\r", t->captured);
		t->got_first = false;
		t->got_prev = t->captured;
	}
}

/* The next second's report, armed only when there is something new to report. */
static void arm_got_timer(struct tcpdump *t)
{
	struct world *w = t->task.world;
	uint64_t first = t->start_ns + VL_NSEC_PER_SEC + 1000, now = sys_now(w);

	if (!t->got_active || vl_timer_pending(&t->got_timer))
		return;
	if (now < first)
		sys_timer_arm(w, &t->got_timer, first);
	else
		sys_timer_arm(w, &t->got_timer, first + ((now - first) / VL_NSEC_PER_SEC + 1) * VL_NSEC_PER_SEC);
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
		tcpdump_finish(t, true, NULL);
	} else if (sig == SIGUSR1) {
		print_stats(t, true);
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
	td_free_opts(&t->o);
	free(t->rbuf);
	free(t->block);
	free(t);
}

static const struct vl_task_ops tcpdump_task_ops = {
	.kill = tcpdump_kill,
	.free = tcpdump_free,
};

/*
 * -w, -r and -F name host files; a path into the emulated trees or the
 * host's networking state is refused.
 */
static int host_file_ok(struct vl_cmd_ctx *c, const char *path, bool write)
{
	struct vfs_path vp;

	vfs_resolve(c->net, path, &vp);
	if (vp.where == VFS_HOST || (!write && vp.where == VFS_HOST_RO))
		return 0;
	fprintf(c->err, "tcpdump: %s: %s\n", path, VFS_REFUSED_TEXT);
	return 1;
}

/* read_infile: -F's expression, with "#" comments blanked out. */
static int read_infile(struct vl_cmd_ctx *c, struct tcpdump_opts *o)
{
	int fd;
	struct stat st;
	ssize_t cc;
	char *cp;

	if (host_file_ok(c, o->ffile, false))
		return 1;
	fd = open(o->ffile, O_RDONLY);
	if (fd < 0) {
		fprintf(c->err, "tcpdump: can't open %s: %s\n", o->ffile, strerror(errno));
		return 1;
	}
	if (fstat(fd, &st) < 0 || st.st_size > 0x7fffffff) {
		fprintf(c->err, st.st_size > 0x7fffffff ? "tcpdump: %s is too large\n" : "tcpdump: can't stat %s\n",
			o->ffile);
		close(fd);
		return 1;
	}
	cp = vl_malloc((size_t)st.st_size + 1);
	cc = read(fd, cp, (size_t)st.st_size);
	close(fd);
	if (cc < 0 || cc != st.st_size) {
		if (cc < 0)
			fprintf(c->err, "tcpdump: read %s: %s\n", o->ffile, strerror(errno));
		else
			fprintf(c->err, "tcpdump: short read %s (%d != %d)\n", o->ffile, (int)cc, (int)st.st_size);
		free(cp);
		return 1;
	}
	for (ssize_t i = 0; i < cc; i++)
		if (cp[i] == '#')
			while (i < cc && cp[i] != '\n')
				cp[i++] = ' ';
	cp[cc] = '\0';
	free(o->filter);
	o->filter = cp;
	return 0;
}

/* bpf_dump: -d, -dd and -ddd. */
static void td_bpf_dump(FILE *f, const struct bpf_program *p, int option)
{
	const struct bpf_insn *insn = p->bf_insns;

	if (option > 2) {
		fprintf(f, "%u\n", p->bf_len);
		for (u_int i = 0; i < p->bf_len; i++)
			fprintf(f, "%u %u %u %u\n", insn[i].code, insn[i].jt, insn[i].jf, insn[i].k);
		return;
	}
	for (u_int i = 0; i < p->bf_len; i++) {
		if (option > 1)
			fprintf(f, "{ 0x%x, %d, %d, 0x%08x },\n", insn[i].code, insn[i].jt, insn[i].jf, insn[i].k);
		else
			fprintf(f, "%s\n", bpf_image(&insn[i], (int)i));
	}
}

/* The expression (or -F's), compiled for pd; with -d dumped instead (*done set). */
static int compile_filter(struct vl_cmd_ctx *c, pcap_t *pd, struct tcpdump_opts *o,
			  struct bpf_program *prog, bool *has, bool *done)
{
	*has = false;
	*done = false;
	if (o->ffile && read_infile(c, o))
		return 1;
	if (pcap_compile(pd, prog, o->filter ? o->filter : "", o->optimize, 0) < 0) {
		fprintf(c->err, "tcpdump: %s\n", pcap_geterr(pd));
		return 1;
	}
	if (o->dflag) {
		td_bpf_dump(c->out, prog, o->dflag);
		pcap_freecode(prog);
		*done = true;
		return 0;
	}
	*has = true;
	return 0;
}

/* -w -: libpcap's dumper over a stream that writes into the command's stdout. */
static ssize_t out_write(void *cookie, const char *buf, size_t len)
{
	return (ssize_t)fwrite(buf, 1, len, (FILE *)cookie);
}

static int out_close(void *cookie)
{
	(void)cookie;
	return 0;
}

static pcap_dumper_t *open_dumper(struct vl_cmd_ctx *c, pcap_t *pd, const char *path, bool sync)
{
	static const cookie_io_functions_t io = { .write = out_write, .close = out_close };
	pcap_dumper_t *d;
	FILE *fp;

	if (!strcmp(path, "-")) {
		fp = fopencookie(c->out, "w", io);
	} else {
		if (host_file_ok(c, path, true))
			return NULL;
		/*
		 * pcap_dump is one fwrite per packet: a 1 MB stdio buffer drained by a
		 * helper thread, so disk writes overlap the emulation. -U asks that each
		 * packet be in the file when it is seen: then writes stay synchronous.
		 */
		fp = sync ? fopen(path, "wb") : wb_fopen(path);
		if (!fp) {
			fprintf(c->err, "tcpdump: %s: %s\n", path, strerror(errno));
			return NULL;
		}
	}
	if (!fp)
		vl_oom(0);
	d = pcap_dump_fopen(pd, fp);
	if (!d) {
		fprintf(c->err, "tcpdump: %s\n", pcap_geterr(pd));
		fclose(fp);
	}
	return d;
}

/* What printing needs: -n's absence means names; -ttt and TCP need memory. */
static void setup_printing(struct vl_cmd_ctx *c, struct tcpdump_opts *o, int dlt)
{
	o->fmt.tstamp = o->tflag;
	o->fmt.dlt = dlt;
	o->fmt.ifnames = c->net;
	o->fmt.tcp_convs = tcpdump_tcp_table();
	o->fmt.state = vl_calloc(1, sizeof(*o->fmt.state));
	if (!o->nflag)
		o->fmt.names = tcpdump_names_new(o->Nflag);
}

static const char *dlt_text(int dlt, char *buf, size_t n)
{
	const char *name = pcap_datalink_val_to_name(dlt);

	if (name)
		snprintf(buf, n, "%s (%s)", name, pcap_datalink_val_to_description(dlt));
	else
		snprintf(buf, n, "%d", dlt);
	return buf;
}

/* -r's loop: pcap_loop over the file, each packet printed or written. */
static int read_loop(struct vl_cmd_ctx *c, struct tcpdump_opts *o, pcap_t *pd,
		     struct bpf_program *prog, pcap_dumper_t *dumper)
{
	struct pcap_pkthdr *h;
	const u_char *data;
	unsigned int n = 0;
	int r;

	while ((r = pcap_next_ex(pd, &h, &data)) == 1) {
		if (!pcap_offline_filter(prog, h, data))
			continue;
		n++;
		if (dumper)
			pcap_dump((u_char *)dumper, h, data);
		if ((!dumper || o->print) && !o->count_mode)
			tcpdump_print_packet(c->out, &o->fmt, (uint64_t)h->ts.tv_sec, (uint32_t)h->ts.tv_usec,
					     data, h->caplen, h->len, n);
		if (o->count && n >= (unsigned int)o->count)
			break;
	}
	fflush(c->out);
	if (r == -1)
		fprintf(c->err, "tcpdump: pcap_loop: %s\n", pcap_geterr(pd));
	if (o->count_mode)
		fprintf(c->out, "%u packet%s\n", n, plural(n));
	return r == -1;
}

/* -r: a file read and printed (or filtered into -w) at once. */
static int read_file(struct vl_cmd_ctx *c, struct tcpdump_opts *o)
{
	char errbuf[PCAP_ERRBUF_SIZE], b[96];
	pcap_t *pd;
	struct bpf_program prog;
	pcap_dumper_t *dumper = NULL;
	bool has, done;
	int st, dlt;

	if (!strcmp(o->rfile, "-")) {
		fputs("tcpdump: option -r - (standard input) is not supported by vethlab\n", c->err);
		return 1;
	}
	if (host_file_ok(c, o->rfile, false))
		return 1;
	pd = pcap_open_offline(o->rfile, errbuf);
	if (!pd) {
		fprintf(c->err, "tcpdump: %s\n", errbuf);
		return 1;
	}
	dlt = pcap_datalink(pd);
	if (dlt != DLT_EN10MB && dlt != DLT_LINUX_SLL && dlt != DLT_LINUX_SLL2) {
		fprintf(c->err, "tcpdump: %s: link-type %s is not supported by vethlab\n", o->rfile,
			dlt_text(dlt, b, sizeof(b)));
		pcap_close(pd);
		return 1;
	}
	fprintf(c->err, "reading from file %s, link-type %s, snapshot length %d\n", o->rfile,
		dlt_text(dlt, b, sizeof(b)), pcap_snapshot(pd));
	if (dlt == DLT_LINUX_SLL2)
		fputs("Warning: interface names might be incorrect\n", c->err);
	st = compile_filter(c, pd, o, &prog, &has, &done);
	if (st || done) {
		pcap_close(pd);
		return st;
	}
	if (o->wfile && !(dumper = open_dumper(c, pd, o->wfile, o->packet_buffered)))
		st = 1;
	if (!st) {
		setup_printing(c, o, dlt);
		st = read_loop(c, o, pd, &prog, dumper);
	}
	if (dumper)
		pcap_dump_close(dumper);
	pcap_freecode(&prog);
	pcap_close(pd);
	return st;
}

/* -d without -i: the code is compiled for Ethernet (or -y's type). */
static int dump_code(struct vl_cmd_ctx *c, struct tcpdump_opts *o)
{
	pcap_t *pd;
	struct bpf_program prog;
	bool has, done;
	int st;

	if (o->ydlt < 0)
		fputs("Warning: assuming Ethernet\n", c->err);
	pd = pcap_open_dead(o->ydlt < 0 ? DLT_EN10MB : o->ydlt, o->snaplen ? o->snaplen : MAXIMUM_SNAPLEN);
	st = compile_filter(c, pd, o, &prog, &has, &done);
	if (has)
		pcap_freecode(&prog);
	pcap_close(pd);
	return st;
}

/* -y on an open device: the type must be one it offers; DOCSIS is not modelled. */
static int set_datalink(struct vl_cmd_ctx *c, const struct tcpdump *t, int *dlt)
{
	int dlts[4];
	size_t n = td_device_dlts(&t->dev, dlts);
	bool ok = false;

	for (size_t i = 0; i < n; i++)
		ok |= dlts[i] == t->o.ydlt;
	if (!ok) {
		fprintf(c->err, "tcpdump: %s is not one of the DLTs supported by this device\n",
			pcap_datalink_val_to_name(t->o.ydlt));
		return 1;
	}
	if (t->o.ydlt == DLT_DOCSIS) {
		fprintf(c->err, "tcpdump: option -y %s is not supported by vethlab\n", t->o.yname);
		return 1;
	}
	*dlt = t->o.ydlt;
	fprintf(c->err, "tcpdump: data link type %s\n", pcap_datalink_val_to_name(*dlt));
	return 0;
}

/* -L */
static void show_dlts(struct vl_cmd_ctx *c, const struct td_dev *d)
{
	int dlts[4];
	size_t n = td_device_dlts(d, dlts);

	fprintf(c->err, "Data link types for %s (use option -y to set):\n", d->name);
	for (size_t i = 0; i < n; i++)
		fprintf(c->err, "  %s (%s)%s\n", pcap_datalink_val_to_name(dlts[i]),
			pcap_datalink_val_to_description(dlts[i]),
			dlts[i] == DLT_DOCSIS ? " (printing not supported)" : "");
}

/*
 * activate_pf_packet: SOCK_RAW bound to the device, or SOCK_DGRAM bound to
 * none for "any", with time stamps. On a device the socket runs the
 * filter (SO_ATTACH_FILTER); libpcap would rewrite a cooked capture's
 * program for the kernel, which vethlab does not model: for "any" the
 * filter runs in tcpdump.
 */
static int open_socket(struct vl_cmd_ctx *c, struct tcpdump *t)
{
	struct sockaddr_ll sll = { .sll_family = AF_PACKET, .sll_protocol = htons(ETH_P_ALL) };
	struct sock_fprog fprog = { .len = (unsigned short)t->prog.bf_len,
				    .filter = (struct sock_filter *)t->prog.bf_insns };
	int one = 1, err;

	err = sock_create(c->net, AF_PACKET, t->dev.any ? SOCK_DGRAM : SOCK_RAW, 0, &t->sock);
	if (!err)
		err = sock_setsockopt(t->sock, SOL_SOCKET, SO_TIMESTAMP, &one, sizeof(one));
	if (!err)
		err = sock_setsockopt(t->sock, SOL_PACKET, PACKET_AUXDATA, &one, sizeof(one));
	if (!err && !t->dev.any && t->has_prog) {
		err = sock_setsockopt(t->sock, SOL_SOCKET, SO_ATTACH_FILTER, &fprog, sizeof(fprog));
		t->kernel_filter = !err;
	}
	if (!err) {
		sock_set_data_ready(t->sock, on_data_ready, t);
		sll.sll_ifindex = t->dev.any ? 0 : t->dev.ifindex;
		err = kernel_bind(t->sock, (const struct sockaddr *)&sll, sizeof(sll));
	}
	/* libpcap's activate: a device (not "any") goes promiscuous unless -p, for as long as the capture runs. */
	if (!err && !t->dev.any && !t->o.no_promisc) {
		struct packet_mreq mr = { .mr_ifindex = t->dev.ifindex, .mr_type = PACKET_MR_PROMISC };

		err = sock_setsockopt(t->sock, SOL_PACKET, PACKET_ADD_MEMBERSHIP, &mr, sizeof(mr));
	}
	if (err) {
		fprintf(c->err, "tcpdump: socket: %s\n", strerror(-err));
		return 1;
	}
	t->rbuf = vl_malloc(SLL2_HDR_LEN + FRAME_MAX);
	return 0;
}

/* Opens the device (-i, or libpcap's first) and its link type; *exit_now for -J and -L. */
static int open_live(struct vl_cmd_ctx *c, struct tcpdump *t, bool *exit_now)
{
	struct tcpdump_opts *o = &t->o;
	const char *name = o->dev;
	struct td_dev *list;
	size_t n;
	int dlts[4];

	if (!name) {
		list = td_find_all_devs(c->net, &n);
		t->dev = list[0];
		free(list);
		name = t->dev.name;
	}
	if (td_open_device(c, o, name, &t->dev, exit_now) || *exit_now)
		return *exit_now ? 0 : 1;
	if (o->Lflag) {
		show_dlts(c, &t->dev);
		*exit_now = true;
		return 0;
	}
	td_device_dlts(&t->dev, dlts);
	t->dlt = dlts[0];
	if (o->ydlt >= 0 && set_datalink(c, t, &t->dlt))
		return 1;
	t->snaplen = o->snaplen ? o->snaplen : MAXIMUM_SNAPLEN;
	return 0;
}

static int start_capture(struct vl_cmd_ctx *c, struct tcpdump *t)
{
	struct tcpdump_opts *o = &t->o;
	bool exit_now, done;
	char b[96];

	if (open_live(c, t, &exit_now) || exit_now)
		return exit_now ? 0 : 1;
	t->dead = pcap_open_dead(t->dlt, t->snaplen);
	if (compile_filter(c, t->dead, o, &t->prog, &t->has_prog, &done) || done)
		return done ? 0 : 1;
	if (o->wfile && !(t->dumper = open_dumper(c, t->dead, o->wfile, o->packet_buffered)))
		return 1;
	t->printing = !o->wfile || o->print;
	if (t->printing)
		setup_printing(c, o, t->dlt);
	if (!o->fmt.verbose && !o->wfile)
		fputs(suppressed, c->err);
	else
		fputs("tcpdump: ", c->err);
	fprintf(c->err, "listening on %s, link-type %s, snapshot length %d bytes\n", t->dev.name,
		dlt_text(t->dlt, b, sizeof(b)), t->snaplen);
	/* tcpdump's timeout: 100 ms when it prints line by line (-l), else a second. */
	/* The ring is set up a little after the command starts, as a real tcpdump's would be. */
	t->start_ns = sys_now(c->world) + RING_SETUP_DELAY_NS;
	t->tov_ns = (t->printing && o->lflag ? 100 : 1000) * VL_NSEC_PER_MSEC;
	t->first_block = true;
	if (open_socket(c, t))
		return 1;
	if (o->fmt.verbose && o->wfile && !o->print) {
		t->got_active = t->got_first = true;
		sys_timer_arm(c->world, &t->got_timer, t->start_ns + VL_NSEC_PER_SEC + 1000);
	}
	return -1;
}

/* What tcpdump's main does between its option loop and the capture. */
static int prepare(struct vl_cmd_ctx *c, struct tcpdump *t)
{
	struct tcpdump_opts *o = &t->o;

	if (o->Dflag) {
		td_show_devices(c->out, c->net);
		return 0;
	}
	/* tcpdump asks for the cooked v2 header when -i names "any" (not when it is picked). */
	if (o->dev && !strncmp(o->dev, "any", 3) && o->ydlt < 0)
		o->ydlt = DLT_LINUX_SLL2;
	if (o->tflag > 5) {
		fputs("tcpdump: only -t, -tt, -ttt, -tttt and -ttttt are supported\n", c->err);
		return 1;
	}
	if (o->fflag && (o->vfile || o->rfile)) {
		fputs("tcpdump: -f can not be used with -V or -r\n", c->err);
		return 1;
	}
	if (o->vfile && o->rfile) {
		fputs("tcpdump: -V and -r are mutually exclusive.\n", c->err);
		return 1;
	}
	/* Everything tcpdump checks before it opens a file or a device is done. */
	if (o->refused) {
		fprintf(c->err, "tcpdump: option %s is not supported by vethlab\n", o->refused);
		return 1;
	}
	if (o->rfile)
		return read_file(c, o);
	if (o->dflag && !o->dev)
		return dump_code(c, o);
	return start_capture(c, t);
}

int tool_tcpdump(struct vl_cmd_ctx *c, int argc, char **argv)
{
	struct tcpdump *t = vl_calloc(1, sizeof(*t));
	int st;

	vl_timer_init(&t->got_timer, got_tick);
	vl_timer_init(&t->block_timer, block_tick);
	st = td_parse_opts(c, &t->o, argc, argv);
	if (st < 0)
		st = prepare(c, t);
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

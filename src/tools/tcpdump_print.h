/*
 * tcpdump_print.h: packet decoding as tcpdump 4.99 prints it, a port of its
 * netdissect printers for the protocols vethlab carries.
 */
#ifndef VL_TCPDUMP_PRINT_H
#define VL_TCPDUMP_PRINT_H

#include <setjmp.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

struct tcp_conv;
struct tcp_convs;
struct tcpdump_names;
struct netns;

/* The link types vethlab decodes (libpcap's DLT_ values). */
enum {
	TD_DLT_EN10MB = 1,
	TD_DLT_LINUX_SLL = 113,
	TD_DLT_LINUX_SLL2 = 276,
};

/* What the printer keeps from one packet to the next (ts_print's tv_ref). */
struct tcpdump_state {
	bool ref_set;
	uint64_t ref_sec;
	uint32_t ref_usec;
};

struct tcpdump_fmt {
	struct tcp_convs *tcp_convs; /* conversation table for relative TCP numbers, or NULL */
	int verbose;     /* -v */
	bool link;       /* -e */
	int quiet;       /* -q (-qq is quieter still) */
	bool no_cksum;   /* -K: IPv4, TCP and UDP checksums are not verified */
	/* 0 default, 1 none (-t), 2 epoch (-tt), 3 delta (-ttt), 4 date (-tttt), 5 since first (-ttttt) */
	int tstamp;
	int hex;         /* -x (1) or -xx (2) */
	int hexascii;    /* -X (1) or -XX (2) */
	int ascii;       /* -A (1) or -AA (2) */
	bool number;     /* -#: each line starts with the packet's number */
	bool abs_seq;    /* -S */
	int dlt;         /* 0 (Ethernet) or a TD_DLT_ value */
	/* Name lookups as without -n; NULL prints numbers, as -n does. */
	struct tcpdump_names *names;
	/* Where SLL2 interface indexes are named (if_indextoname), or NULL. */
	struct netns *ifnames;
	struct tcpdump_state *state; /* needed by -ttt and -ttttt; NULL acts as a fresh one */
};

/* A table for tcp_convs (never NULL), and its end. */
struct tcp_convs *tcpdump_tcp_table(void);
void tcpdump_tcp_table_free(struct tcp_convs *t);

/* Prints the timestamp (per -t options) and an Ethernet frame's decoding, with a newline. */
void tcpdump_print_frame(FILE *f, const struct tcpdump_fmt *fmt, uint64_t sec, uint32_t usec,
			 const uint8_t *p, uint32_t caplen, uint32_t len);

/* pretty_print_packet: number is the count of packets seen so far (for -#). */
void tcpdump_print_packet(FILE *f, const struct tcpdump_fmt *fmt, uint64_t sec, uint32_t usec,
			  const uint8_t *p, uint32_t caplen, uint32_t len, unsigned int number);

/* tcpdump_names.c: the lookups tcpdump makes without -n (hosts, services, ethers). */
struct tcpdump_names *tcpdump_names_new(bool strip_domain);
void tcpdump_names_free(struct tcpdump_names *n);

/*
 * Below: shared by the printers only. struct nd mirrors netdissect_options:
 * GET_ reads past what was captured end the packet's decoding through
 * early (longjmp), as tcpdump's do, so truncated packets print alike.
 */
struct nd {
	FILE *f;
	const struct tcpdump_fmt *fmt;
	const uint8_t *snapend;
	const uint8_t *saved[16];   /* the packet info stack: snapends to restore */
	unsigned int nsaved;
	const char *protocol;
	unsigned int ll_hdr_len;
	bool suppress_default_print;
	jmp_buf early;
	char bufs[8][64];           /* numbers formatted for printing, used in turn */
	unsigned int nbuf;
	char lbuf[800];             /* a link-layer address of up to 255 bytes */
};

struct tok {
	unsigned int v;
	const char *s;
};

_Noreturn void nd_trunc_longjmp(struct nd *nd);
void nd_print_trunc(struct nd *nd);
void nd_print_invalid(struct nd *nd);
bool nd_ttest(const struct nd *nd, const uint8_t *p, size_t len);
uint8_t nd_u8(struct nd *nd, const uint8_t *p);
uint16_t nd_be16(struct nd *nd, const uint8_t *p);
uint32_t nd_be24(struct nd *nd, const uint8_t *p);
uint32_t nd_be32(struct nd *nd, const uint8_t *p);
void nd_push_snaplen(struct nd *nd, const uint8_t *bp, uint32_t newlen);
void nd_change_snaplen(struct nd *nd, const uint8_t *bp, uint32_t newlen);
void nd_pop_packet_info(struct nd *nd);
unsigned int nd_avail(const struct nd *nd, const uint8_t *p);
const char *tok2str(const struct tok *t, const char *fmt, unsigned int v, char *buf, size_t len);
const char *bittok2str(const struct tok *t, const char *none, unsigned int v, bool sep, char *buf,
		       size_t len);
/* in_cksum over a pseudo-header and data; 0 when correct. */
uint16_t nd_cksum(const uint8_t *ph, size_t phlen, const uint8_t *data, size_t len);
uint16_t nd_cksum_shouldbe(uint16_t sum, uint16_t computed);
void nd_hex_print(struct nd *nd, const char *ident, const uint8_t *cp, unsigned int len);
void nd_hex_and_ascii_print(struct nd *nd, const char *ident, const uint8_t *cp, unsigned int len);
void nd_default_print(struct nd *nd, const uint8_t *p, unsigned int len);
void nd_print_unknown_data(struct nd *nd, const uint8_t *cp, const char *ident, unsigned int len);

/* Names, or numbers with -n (addrtoname.c); the GET_ forms check the capture. */
const char *nd_ipaddr(struct nd *nd, const uint8_t *p);
const char *nd_ip6addr(struct nd *nd, const uint8_t *p);
/* An address that is not in the packet (a copy): no capture check. */
const char *nd_ip6addr_local(struct nd *nd, const uint8_t *p);
const char *nd_etheraddr(struct nd *nd, const uint8_t *p);
const char *nd_tcpport(struct nd *nd, uint16_t port);
const char *nd_udpport(struct nd *nd, uint16_t port);
const char *nd_protoname(struct nd *nd, uint8_t proto);
/* linkaddr_string for an Ethernet-type address of len bytes. */
const char *nd_linkaddr(struct nd *nd, const uint8_t *p, unsigned int len);

extern const struct tok td_ethertype_values[];
extern const struct tok td_ipproto_values[];

/* The protocol printers (print-*.c). */
int td_ethertype_print(struct nd *nd, uint16_t type, const uint8_t *p, uint32_t length,
		       uint32_t caplen);
void td_arp_print(struct nd *nd, const uint8_t *bp, uint32_t length, uint32_t caplen);
void td_ip_print(struct nd *nd, const uint8_t *bp, uint32_t length);
void td_ip6_print(struct nd *nd, const uint8_t *bp, uint32_t length);
void td_ip_demux_print(struct nd *nd, const uint8_t *bp, uint32_t length, int ver, int fragmented,
		       uint8_t ttl_hl, uint8_t nh, const uint8_t *iph);
void td_icmp_print(struct nd *nd, const uint8_t *bp, uint32_t plen, const uint8_t *bp2,
		   int fragmented);
void td_icmp6_print(struct nd *nd, const uint8_t *bp, uint32_t length, const uint8_t *bp2,
		    int fragmented);
void td_udp_print(struct nd *nd, const uint8_t *bp, uint32_t length, const uint8_t *bp2,
		  int fragmented);
void td_tcp_print(struct nd *nd, const uint8_t *bp, uint32_t length, const uint8_t *bp2,
		  int fragmented);
/* tcp_seq_hash: one entry per conversation, keyed by its addresses and ports. */
struct tcp_conv {
	uint8_t key[36];   /* two addresses (16 bytes each for IPv6) and the ports */
	uint32_t seq, ack;
	bool used;
};
/* The entry for key, added when new (*found false); NULL when the table is full. */
struct tcp_conv *td_tcp_conv(struct tcp_convs *t, const uint8_t *key, bool *found);
uint16_t td_nextproto4_cksum(struct nd *nd, const uint8_t *ip, const uint8_t *data, uint32_t len,
			     uint32_t covlen, uint8_t next_proto);
uint16_t td_nextproto6_cksum(struct nd *nd, const uint8_t *ip6, const uint8_t *data, uint32_t len,
			     uint32_t covlen, uint8_t next_proto);

/*
 * The tool's own modules (tcpdump.c, tcpdump_opts.c, tcpdump_devs.c): the
 * command line as tcpdump's getopt_long loop leaves it.
 */
struct vl_cmd_ctx;

struct tcpdump_opts {
	struct tcpdump_fmt fmt;
	const char *dev;       /* -i */
	const char *wfile;     /* -w */
	const char *rfile;     /* -r */
	const char *ffile;     /* -F */
	const char *yname;     /* -y as given */
	int ydlt;              /* -y, or -1 */
	int jtype;             /* -j, or -1 */
	int qdir;              /* -Q: a pcap_direction_t, or -1 */
	int count;             /* -c, 0 for no limit */
	int snaplen;           /* -s, 0 for the default */
	int tflag;             /* how many -t */
	int dflag, nflag;
	bool Dflag, Lflag, Jflag, Iflag, Nflag;
	bool fflag, vfile;     /* -f and -V: refused, but tcpdump checks them against -r first */
	bool optimize;         /* not -O */
	bool no_promisc;       /* -p: the device is not put in promiscuous mode */
	bool packet_buffered;  /* -U */
	bool lflag;            /* -l */
	bool immediate;        /* --immediate-mode */
	bool print;            /* --print */
	bool count_mode;       /* --count */
	char *filter;          /* the words after the options, joined */
	char *refused;         /* the first option given that vethlab does not model, or NULL */
};

/*
 * Parses argv as tcpdump 4.99's getopt_long loop does (glibc's permutation,
 * clusters, abbreviated long options) with its validation of values. Returns
 * -1 to go on, or the exit status (after printing what tcpdump prints: usage,
 * version or an error). An option vethlab does not model is noted in refused.
 */
int td_parse_opts(struct vl_cmd_ctx *c, struct tcpdump_opts *o, int argc, char **argv);
void td_free_opts(struct tcpdump_opts *o);

/* tcpdump_devs.c: pcap_findalldevs over the namespace, and what -D, -L, -J print. */
struct td_dev {
	char name[128];    /* a device's own name, or the alternative one it was opened by */
	const char *desc;
	unsigned int flags;    /* PCAP_IF_ */
	int ifindex;           /* 0 for "any" and libpcap's other sources */
	unsigned short type;   /* ARPHRD_ */
	unsigned int iff;      /* IFF_, as SIOCGIFFLAGS gives them */
	bool any;
};

/* The devices in libpcap's order; free() the array. */
struct td_dev *td_find_all_devs(struct netns *net, size_t *n);
/* -D */
void td_show_devices(FILE *out, struct netns *net);
/*
 * open_interface: resolves name (a device, "any", or a number in the -D list)
 * into *d and checks it as pcap_create and pcap_activate do. Returns 0, or 1
 * after printing tcpdump's error (or vethlab's refusal).
 */
int td_open_device(struct vl_cmd_ctx *c, const struct tcpdump_opts *o, const char *name,
		   struct td_dev *d, bool *exit_now);
/* The link types a device offers, the default first. */
size_t td_device_dlts(const struct td_dev *d, int *dlts);

#endif

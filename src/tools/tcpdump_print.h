/* tcpdump_print.h: one-line packet decoding as tcpdump 4.99 prints it (with -n). */
#ifndef VL_TCPDUMP_PRINT_H
#define VL_TCPDUMP_PRINT_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

struct tcp_conv;

struct tcpdump_fmt {
	struct tcp_conv *tcp_convs; /* conversation table for relative TCP numbers, or NULL */
	int verbose;     /* -v */
	bool link;       /* -e */
	bool quiet;      /* -q */
	int tstamp;      /* 0 default, 1 none (-t), 2 epoch (-tt), 4 date (-tttt) */
};

/* A table for tcp_convs (never NULL); free() it when done. */
struct tcp_conv *tcpdump_tcp_table(void);

/* tcpdump_print6.c: an IPv6 packet (p at its header), "IP6 " first when prefix. */
void tcpdump_print_ipv6(FILE *f, const struct tcpdump_fmt *fmt, const uint8_t *p, uint32_t len,
			bool prefix);

/* Prints the timestamp (per -t options) and a frame's decoding, with a newline. */
void tcpdump_print_frame(FILE *f, const struct tcpdump_fmt *fmt, uint64_t sec, uint32_t usec,
			 const uint8_t *p, uint32_t caplen, uint32_t len);

#endif

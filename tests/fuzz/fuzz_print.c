/*
 * fuzz_print.c: libFuzzer harness for tcpdump's printers: the first byte picks
 * the options (-v levels, -e, -q, the timestamp formats), the rest is a frame.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "tools/tcpdump_print.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const int tstamps[] = { 0, 1, 2, 4 };
	struct tcpdump_fmt fmt = { 0 };
	char *buf = NULL;
	size_t len = 0;
	FILE *f;

	if (size < 1)
		return 0;
	fmt.verbose = data[0] & 3;
	fmt.link = data[0] & 4;
	fmt.quiet = data[0] & 8;
	fmt.tstamp = tstamps[(data[0] >> 4) & 3];
	fmt.tcp_convs = (data[0] & 0x40) ? tcpdump_tcp_table() : NULL;
	f = open_memstream(&buf, &len);
	/* caplen may be shorter than the wire length, as with -s. */
	tcpdump_print_frame(f, &fmt, 1700000000, 123456, data + 1, (uint32_t)(size - 1),
			    (uint32_t)(size - 1) + ((data[0] & 0x80) ? 100 : 0));
	fclose(f);
	free(buf);
	tcpdump_tcp_table_free(fmt.tcp_convs);
	return 0;
}

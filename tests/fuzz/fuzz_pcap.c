/*
 * fuzz_pcap.c: libFuzzer harness for tcpdump -r: the input is a pcap file
 * (its first byte also picks the printing options), read back through the
 * tool as a user would, into a private file.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "boot.h"
#include "core/world.h"
#include "shell/shell.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char *const option_sets[] = {
	"-n", "-nv", "-nvv", "-ne", "-nq", "-tt", "-tttt -n", "-nt -e -v", "-n icmp or arp", "-n -c 2",
	"-n ip6", "-nev tcp",
};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char path[64], cmd[160];
	FILE *sink = fopen("/dev/null", "w"), *f;
	struct shell_opts o = { 0 };
	struct world *w;
	struct shell *sh;

	if (size < 1)
		return 0;
	snprintf(path, sizeof(path), "/tmp/vethlab-fuzz-pcap-%ld.pcap", (long)getpid());
	f = fopen(path, "wb");
	fwrite(data + 1, 1, size - 1, f);
	fclose(f);
	snprintf(cmd, sizeof(cmd), "tcpdump -r %s %s", path,
		 option_sets[data[0] % (sizeof(option_sets) / sizeof(option_sets[0]))]);
	w = world_new(1);
	o.out = sink;
	o.err = sink;
	sh = shell_new(w, &o);
	shell_run_text(sh, cmd);
	shell_free(sh);
	world_free(w);
	fclose(sink);
	unlink(path);
	return 0;
}

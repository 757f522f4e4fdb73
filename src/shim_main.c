/* shim_main.c: vethlab-shim, the small client `vethlab bash` links ip, ping, tcpdump... to. */
#include <stdio.h>

#include "live/live.h"

int main(int argc, char **argv)
{
	if (argc < 1 || !live_is_shim(argv[0])) {
		fputs("vethlab-shim: run me as ip, ping, tcpdump... under `vethlab bash`\n", stderr);
		return 127;
	}
	return live_shim_main(argc, argv);
}

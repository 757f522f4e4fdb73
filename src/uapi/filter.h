/* uapi/filter.h: a classic BPF program as SO_ATTACH_FILTER takes it, as <linux/filter.h> has it (libpcap's struct bpf_insn is the same). */
#ifndef VL_UAPI_FILTER_H
#define VL_UAPI_FILTER_H

#include <stdint.h>

struct sock_filter {
	uint16_t code;
	uint8_t jt;
	uint8_t jf;
	uint32_t k;
};

struct sock_fprog {
	unsigned short len;
	struct sock_filter *filter;
};

#define BPF_MAXINSNS 4096

#endif

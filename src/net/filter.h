/* filter.h: socket filters (net/core/filter.c): classic BPF programs a socket runs on what it would queue. */
#ifndef VL_FILTER_H
#define VL_FILTER_H

#include <stddef.h>
#include <stdint.h>

#include "../core/alloc.h"
#include "../uapi/filter.h"

struct sk_filter {
	unsigned int len;
	struct sock_filter insns[];
};

/* bpf_check_classic and a copy: NULL with *err (-EINVAL) for a program the kernel would refuse. */
struct sk_filter *sk_filter_create(const struct sock_fprog *fprog, int *err);
/*
 * The program on len bytes of packet: what of it to keep (0 drops it). A
 * load past the end, or a division by zero, ends the program with 0.
 */
uint32_t bpf_prog_run(const struct sk_filter *fp, const uint8_t *pkt, uint32_t len);

#endif

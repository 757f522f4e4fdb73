/* link.h: a parsed link creation request, as rtnl_newlink receives it. */
#ifndef VL_LINK_H
#define VL_LINK_H

#include <stdbool.h>
#include <stdint.h>

struct netns;

struct link_req {
	const char *name;    /* NULL: the kind's "%d" pattern */
	struct netns *net;   /* target namespace; NULL: the caller's */
	int mtu;             /* 0: unset */
	bool has_addr;
	uint8_t addr[6];
	int txqlen;          /* -1: unset */
	bool up;
	bool has_peer;       /* a "peer" section was given */
	const struct link_req *peer;
};

#endif

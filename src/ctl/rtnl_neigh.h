/* rtnl_neigh.h: neighbours and proxy entries through the control API (RTM_*NEIGH), and the ARP ioctls. */
#ifndef VL_RTNL_NEIGH_H
#define VL_RTNL_NEIGH_H

#include <stdbool.h>
#include <stdint.h>

#include "../core/alloc.h"

struct netns;

/* An ip neigh request (ndmsg and its attributes), or what a dump shows of an entry. */
struct rtnl_neigh {
	int family;            /* 4 or 6 */
	uint32_t dst;          /* family 4, host order */
	uint8_t dst6[16];
	int ifindex;           /* 0: none (a proxy entry for every device) */
	uint8_t lladdr[20];    /* NDA_LLADDR: requests may carry up to 20 bytes, dumps carry 6 */
	uint8_t lladdr_len;    /* 0: no NDA_LLADDR */
	uint8_t state;         /* NUD_* */
	uint8_t flags;         /* NTF_*: router, proxy, extern_learn; use in requests */
	uint8_t protocol;      /* NDA_PROTOCOL, 0 when none */
	/* Dumps of entries (never of proxy entries): NDA_CACHEINFO and NDA_PROBES. */
	bool has_cacheinfo;
	uint32_t used, confirmed, updated;   /* whole seconds ago */
	uint32_t refcnt;
	uint32_t probes;
};

/* What a dump request carries: the family, and the kernel-side filters. */
struct rtnl_neigh_filter {
	int family;            /* 0 (ARP then ND), 4 or 6 */
	int ifindex;           /* NDA_IFINDEX, 0 for none */
	int master;            /* NDA_MASTER: 0 none, -1 devices without a master */
	bool proxy;            /* ndm_flags NTF_PROXY: the proxy entries instead */
};

/* Dumps return what their callback returns and are not VL_MUST_CHECK (see rtnl.h). */
typedef int (*rtnl_neigh_cb)(const struct rtnl_neigh *n, void *arg);
/* Entries or proxy entries in the kernel's order (entries: oldest first; Linux: hash order). */
int rtnl_neigh_dump(struct netns *net, const struct rtnl_neigh_filter *f, rtnl_neigh_cb cb, void *arg);

/* The NLM_F_* flags of RTM_NEWNEIGH: add is CREATE|EXCL, replace CREATE|REPLACE, change REPLACE. */
enum { RTNL_NEIGH_CREATE = 1, RTNL_NEIGH_EXCL = 2, RTNL_NEIGH_REPLACE = 4 };
/* RTM_NEWNEIGH (neigh_add); r->flags NTF_PROXY makes or updates a proxy entry. */
VL_MUST_CHECK int rtnl_neigh_set(struct netns *net, const struct rtnl_neigh *r, unsigned int nlflags,
				 const char **extack);
/* RTM_DELNEIGH (neigh_delete): the entry fails first (its waiting packets are reported), then goes. */
VL_MUST_CHECK int rtnl_neigh_del(struct netns *net, const struct rtnl_neigh *r, const char **extack);
/* RTM_GETNEIGH (neigh_get): one entry or proxy entry; the lookup's reference shows in refcnt. */
VL_MUST_CHECK int rtnl_neigh_get(struct netns *net, const struct rtnl_neigh *r, struct rtnl_neigh *out,
				 const char **extack);

/* The ATF_* flags of struct arpreq (<net/if_arp.h>), under names of our own. */
enum {
	VL_ATF_COM = 0x02,
	VL_ATF_PERM = 0x04,
	VL_ATF_PUBL = 0x08,
	VL_ATF_USETRAILERS = 0x10,
	VL_ATF_NETMASK = 0x20,
	VL_ATF_DONTPUB = 0x40,
};

/* struct arpreq, as arp(8) fills it for SIOCSARP and SIOCDARP. */
struct rtnl_arpreq {
	uint32_t ip;           /* arp_pa, host order */
	uint32_t netmask;      /* arp_netmask, host order */
	uint16_t ha_family;    /* arp_ha.sa_family (ARPHRD_*), 0 when not given */
	uint8_t ha[14];        /* arp_ha.sa_data */
	int flags;             /* VL_ATF_* */
	char dev[16];          /* arp_dev, "" when none */
};

/* SIOCSARP (arp_ioctl, arp_req_set): 0 or -errno, as the ioctl fails. */
VL_MUST_CHECK int rtnl_arp_set(struct netns *net, const struct rtnl_arpreq *r);
/* SIOCDARP (arp_ioctl, arp_req_delete). */
VL_MUST_CHECK int rtnl_arp_del(struct netns *net, const struct rtnl_arpreq *r);

#endif

/* netns.h: a network namespace, with its device tables, sysctls and peer ids. */
#ifndef VL_NETNS_H
#define VL_NETNS_H

#include <stdbool.h>
#include <stdint.h>

#include "dropreason.h"
#include "hash.h"
#include "list.h"
#include "sysctl.h"

struct world;
struct netdev;
struct ipv4_net;
struct ipv6_net;

struct netns {
	struct world *world;
	char *name;                 /* NULL for the initial namespace */
	uint32_t inum;              /* its nsfs inode number (ns.inum), as pwru shows it */
	struct vl_hnode name_hnode; /* in world->ns_by_name */
	struct vl_list named_node;  /* in world->ns_named, creation order */
	struct vl_htab dev_by_name, dev_by_index;
	struct vl_list devices;     /* sorted by ifindex */
	unsigned int dev_count;
	int ifindex_last;           /* cyclic allocator position, as xa_alloc_cyclic */
	struct netdev *loopback_dev;
	const struct sysctl_net *sysctl;  /* shared until written: netns_sysctl_w */
	struct vl_htab nsid_by_peer;  /* ids this namespace gave to others */
	struct vl_htab nsid_by_id;    /* the same entries, by id */
	struct vl_list nsid_refs;     /* ids others gave to this namespace */
	int *nsid_free;               /* released ids, reused lowest first */
	unsigned int nsid_nfree, nsid_capfree;
	int nsid_next;
	struct vl_htab inet_addrs;    /* local IPv4 addresses (inet_addr_lst) */
	uint64_t *drops;              /* packets dropped, by reason; allocated at the first drop */
	struct ipv4_net *ipv4;        /* routes, neighbours, sockets: owned by net/ */
	struct ipv6_net *ipv6;
	unsigned int pernet_done;     /* how many pernet inits ran (the first ones) */
	/*
	 * Its references (ns.count): its name under /run/netns, each socket
	 * made in it and each command running in it. `ip netns delete` drops
	 * the name's: a namespace still in use lives on, nameless (unlinked,
	 * in world->ns_dying), until the last goes (put_net).
	 */
	unsigned int count;
	bool unlinked;
};

/*
 * What a subsystem or driver keeps per namespace (struct pernet_operations):
 * init runs for every new namespace in registration order (subsystems
 * before devices), exit in the reverse order once its devices are gone.
 */
struct pernet_operations {
	const char *name;
	int (*init)(struct netns *net);   /* 0, or an error that undoes the namespace */
	void (*exit)(struct netns *net);
};

/* Packets net dropped for reason. */
static inline uint64_t netns_drop_count(const struct netns *net, int reason)
{
	return net->drops ? net->drops[reason] : 0;
}

/* A namespace, set up by every registered pernet init; NULL when one failed. */
struct netns *netns_new(struct world *w, const char *name);
/* The initial namespace's inode number, as a booted Linux 6.18 gives it, and where others start. */
#define NETNS_INIT_INUM 4026531840u
#define NETNS_FIRST_INUM 4026532160u
/* Deletes every device (and veth peers elsewhere), then the namespace. */
/*
 * net's sysctls, to be written: its own copy first if it shares them. A
 * write to the initial namespace's also drops the world's template for new
 * namespaces (their IPv4 all/default come from it).
 */
struct sysctl_net *netns_sysctl_w(struct netns *net);
void netns_free(struct netns *net);
static inline void get_net(struct netns *net)
{
	net->count++;
}
/* The last reference gone: the namespace and its devices go (cleanup_net). */
void put_net(struct netns *net);
/* cleanup_net: the namespaces whose last reference went during a step. */
void netns_cleanup(struct world *w);
struct vl_timer;
void netns_cleanup_timer_fn(struct vl_timer *t);
/* From the last reference going (within a step) to the namespace going: a process's exit and the workqueue. */
#define NETNS_CLEANUP_DELAY (1000 * 1000ULL)
/* ip netns delete: the name goes now, the namespace with its last reference. */
void netns_unlink(struct netns *net);

/* A device by any of its names, alternative ones too (__dev_get_by_name). */
struct netdev *netdev_get_by_name(const struct netns *net, const char *name);
/* Only by its own name, as files under /sys/class/net and /proc/sys/net name devices. */
struct netdev *netdev_get_by_own_name(const struct netns *net, const char *name);
struct netdev *netdev_get_by_index(const struct netns *net, int ifindex);

/* The id net uses for peer, or -1 (peernet2id). */
int peernet2id(const struct netns *net, const struct netns *peer);
/* As peernet2id, giving peer the lowest free id first if it has none (-1 only for net itself). */
int peernet2id_alloc(struct netns *net, struct netns *peer);
/* RTM_NEWNSID: id (or the lowest free when < 0) for peer; -EEXIST if peer has one, -EBUSY if id is taken. */
int peernet2id_set(struct netns *net, struct netns *peer, int id);
/* The ids net gave, in ascending order (the kernel's idr walk); *out is the caller's to free. */
struct netns_nsid {
	int id;
	struct netns *peer;
};
int netns_nsid_list(const struct netns *net, struct netns_nsid **out);
/* The namespace net calls id, or NULL. */
struct netns *get_net_ns_by_id(const struct netns *net, int id);

#endif

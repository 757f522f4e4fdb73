/* sysfs_bridge.h: the bridge's entries in /sys/class/net (net/bridge/br_sysfs_br.c, br_sysfs_if.c) for sysfs.c. */
#ifndef VL_SYSFS_BRIDGE_H
#define VL_SYSFS_BRIDGE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

struct netdev;
struct vfs_names;
struct br_sysfs_attr;

/* Where a path below a device directory is among the bridge's entries. */
enum br_sysfs_dir {
	BRS_BRIDGE,   /* DEV/bridge[/ATTR] of a bridge */
	BRS_BRIF,     /* DEV/brif of a bridge: links to the ports' brport (brif/PORT is BRS_BRPORT of PORT) */
	BRS_BRPORT,   /* DEV/brport[/ATTR] of a port */
	BRS_LINK,     /* a link: a port's master and upper_BR, a bridge's lower_PORT, brport/bridge */
};

struct br_sysfs_node {
	enum br_sysfs_dir dir;
	struct netdev *dev;                /* whose entries: the device, or the port brif/PORT leads to */
	const struct br_sysfs_attr *attr;  /* NULL: the directory (or the link) itself */
	bool below_link;                   /* inside what a link leads to: not emulated */
};

/*
 * The device directory's entry name (n bytes) and what follows it after
 * its '/' (NULL when nothing does): 0 with nd filled, -ENOENT when dev has
 * no such bridge entry, -ENOTDIR below a file.
 */
int br_sysfs_walk(struct netdev *dev, const char *name, size_t n, const char *rest, struct br_sysfs_node *nd);
/* The bridge's entries in dev's own directory (bridge, brif, lower_*; brport, master, upper_*). */
void br_sysfs_list_dev(struct netdev *dev, struct vfs_names *n);
/* 1 for a directory (or a link to one), 0 for a file, -errno. */
int br_sysfs_stat(const struct br_sysfs_node *nd);
int br_sysfs_list(const struct br_sysfs_node *nd, struct vfs_names *n);
int br_sysfs_show(const struct br_sysfs_node *nd, FILE *f);
/* Before a write: 0, -EACCES for a read-only file. */
int br_sysfs_writable(const struct br_sysfs_node *nd);
/* A write of v (the text parsed as kstrtoul does): 0 or -errno, -VL_ENOTEMUL for what vethlab does not model. */
int br_sysfs_store(const struct br_sysfs_node *nd, uint64_t v);

#endif

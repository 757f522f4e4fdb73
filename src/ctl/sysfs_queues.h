/* sysfs_queues.h: DEV/power and DEV/queues (rx-N, tx-N) of /sys/class/net for sysfs.c. */
#ifndef VL_SYSFS_QUEUES_H
#define VL_SYSFS_QUEUES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

struct netdev;
struct vfs_names;
struct sub_attr;

/* Where a path below DEV/power or DEV/queues is. */
struct sysfs_sub_node {
	const struct sub_attr *dir;   /* queues/rx-N or tx-N: its files */
	const struct sub_attr *attr;  /* a file of power/ or of a queue; NULL: the directory */
	unsigned int queue;           /* N of rx-N or tx-N */
};

/*
 * rest: what follows "power/" (power) or "queues/" in the path. 0 with nd
 * filled, -ENOENT for no such entry, -ENOTDIR below a file.
 */
int sysfs_sub_walk(struct netdev *dev, bool power, const char *rest, struct sysfs_sub_node *nd);
/* power/ itself (its files) or queues/ itself (rx-N and tx-N for the queues in use). */
int sysfs_sub_list_top(const struct netdev *dev, bool power, struct vfs_names *n);
int sysfs_sub_list(const struct netdev *dev, const struct sysfs_sub_node *nd, struct vfs_names *n);
int sysfs_sub_show(const struct netdev *dev, const struct sysfs_sub_node *nd, FILE *f);
/* 0, or -EACCES for a 0444 file (or a directory). */
int sysfs_sub_writable(const struct sysfs_sub_node *nd);
int sysfs_sub_store(struct netdev *dev, const struct sysfs_sub_node *nd, const char *buf, size_t len);

/* kstrtoul(s, 0, &v) as the kernel's stores parse a number (sysfs.c). */
int sysfs_kstrtoul(const char *s, uint64_t *res);

#endif

/* vfs_int.h: what each emulated tree (sysctl, procfs, sysfs, netns) gives vfs.c. */
#ifndef VL_VFS_INT_H
#define VL_VFS_INT_H

#include <stddef.h>
#include <stdio.h>

struct netns;

struct vfs_names {
	char **v;  /* NULL-terminated */
	int n;
};

/* Adds name once (a directory lists each entry once). */
void vfs_names_add(struct vfs_names *n, const char *name);

/* rel is relative to the tree's root, without a leading '/'; "" is the root. */
struct vfs_ops {
	int (*stat)(struct netns *net, const char *rel);             /* 1 dir, 0 file, -errno */
	int (*show)(struct netns *net, const char *rel, FILE *f);    /* a file's content */
	int (*list)(struct netns *net, const char *rel, struct vfs_names *n);
	/* NULL: the files are read-only (EACCES, as a 0444 file under root) */
	int (*store)(struct netns *net, const char *rel, const char *buf, size_t len);
	/* Before a write is accepted: 0, or -EACCES for a read-only file of a writable tree */
	int (*writable)(struct netns *net, const char *rel);
};

extern const struct vfs_ops sysctl_vfs_ops;
extern const struct vfs_ops procfs_vfs_ops;
extern const struct vfs_ops sysfs_vfs_ops;
extern const struct vfs_ops netnsfs_vfs_ops;

#endif

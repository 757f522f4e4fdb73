/* sysctl_ctl.h: /proc/sys/net as paths, for sysctl(8), echo > /proc/sys/... and cat. */
#ifndef VL_SYSCTL_CTL_H
#define VL_SYSCTL_CTL_H

#include "../core/alloc.h"

struct netns;

/*
 * path is relative to /proc/sys with '/' separators, e.g. "net/ipv4/ip_forward".
 * -VL_ENOTEMUL (ctl_errno.h) for a file Linux has but vethlab does not model.
 */
VL_MUST_CHECK int sysctl_ctl_read(struct netns *net, const char *path, int *value);
/* Applies the kernel's all/default/device propagation rules. */
VL_MUST_CHECK int sysctl_ctl_write(struct netns *net, const char *path, int value);
/* 1 when path names a directory (ENOTDIR/EISDIR decisions), else 0. */
int sysctl_ctl_is_dir(struct netns *net, const char *path);

/*
 * What path reads in a world where nothing was ever written: the compiled
 * default of all, default and the namespace's own knobs, and a device's
 * value as a device (lo or not) registering in such a namespace gets it.
 * -ENOENT when path is no modelled knob, -EISDIR for a directory.
 */
VL_MUST_CHECK int sysctl_ctl_default(struct netns *net, const char *path, int *value);

typedef int (*sysctl_ctl_cb)(const char *path, int value, void *arg);
/* Every modelled key, in the order a /proc/sys walk gives them; returns what cb returns. */
int sysctl_ctl_walk(struct netns *net, sysctl_ctl_cb cb, void *arg);

/* sysctl_known.c: 1 when Linux has the file path in net, 2 a directory, 0 neither. */
int sysctl_known(struct netns *net, const char *path);
/* The entries Linux lists in directory dir (one that is also modelled may come twice). */
void sysctl_known_children(struct netns *net, const char *dir, void (*cb)(const char *name, void *arg),
			   void *arg);
/* Every file Linux has under /proc/sys/net in net, modelled or not. */
void sysctl_known_walk(struct netns *net, void (*cb)(const char *path, void *arg), void *arg);

/* proc_dointvec's parser: optional blanks, sign, digits, blanks. -EINVAL otherwise. */
VL_MUST_CHECK int sysctl_parse_int(const char *s, int *out);

#endif

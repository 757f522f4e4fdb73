/* sysctl_ctl.h: /proc/sys/net as paths, for sysctl(8), echo > /proc/sys/... and cat. */
#ifndef VL_SYSCTL_CTL_H
#define VL_SYSCTL_CTL_H

#include "../core/alloc.h"

struct netns;

/* path is relative to /proc/sys with '/' separators, e.g. "net/ipv4/ip_forward". */
VL_MUST_CHECK int sysctl_ctl_read(struct netns *net, const char *path, int *value);
/* Applies the kernel's all/default/device propagation rules. */
VL_MUST_CHECK int sysctl_ctl_write(struct netns *net, const char *path, int value);
/* 1 when path names a directory (ENOTDIR/EISDIR decisions), else 0. */
int sysctl_ctl_is_dir(struct netns *net, const char *path);

typedef int (*sysctl_ctl_cb)(const char *path, int value, void *arg);
/* Every modelled key, in the order a /proc/sys walk gives them; returns what cb returns. */
int sysctl_ctl_walk(struct netns *net, sysctl_ctl_cb cb, void *arg);

/* proc_dointvec's parser: optional blanks, sign, digits, blanks. -EINVAL otherwise. */
VL_MUST_CHECK int sysctl_parse_int(const char *s, int *out);

#endif

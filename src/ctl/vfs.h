/*
 * vfs.h: the files through which Linux shows its networking state, served
 * from the emulated namespace a command runs in: /proc/sys/net, /proc/net
 * (and /proc/self/net...), /sys/class/net and /run/netns. Every other host
 * path that holds networking state is refused, so nothing of the host leaks
 * in and nothing of the host is ever changed.
 */
#ifndef VL_VFS_H
#define VL_VFS_H

#include <limits.h>
#include <stdbool.h>
#include <stddef.h>

struct netns;

enum vfs_where {
	VFS_HOST,      /* an ordinary host file (a script, a pcap, a.txt) */
	VFS_HOST_RO,   /* the rest of the host's /proc and /sys: readable, never written */
	VFS_EMULATED,  /* served by the emulated kernel */
	VFS_REFUSED,   /* host networking state vethlab does not emulate */
};

#define VFS_REFUSED_TEXT "not emulated (vethlab never reads or writes the host's networking state)"
/* What a file Linux has, but vethlab does not model, answers (-VL_ENOTEMUL). */
#define VFS_NOT_EMULATED_TEXT "not emulated by vethlab"

/* strerror, but a file vethlab does not model says so. */
const char *vfs_strerror(int err);

struct vfs_path {
	enum vfs_where where;
	char path[PATH_MAX];  /* VFS_EMULATED: the canonical emulated path */
};

/* Classifies path (absolute, or relative to the working directory) for a command in net. */
void vfs_resolve(const struct netns *net, const char *path, struct vfs_path *out);

/* An emulated file's whole content, as one read gives it; *buf is the caller's to free. */
int vfs_read(struct netns *net, const char *path, char **buf, size_t *len);
/* What open(2) would say before a read (write false) or a write: 0 or -errno. */
int vfs_open_check(struct netns *net, const char *path, bool write);
/* A write of len bytes, as the kernel's store handler takes it: 0 or -errno. */
int vfs_write(struct netns *net, const char *path, const char *buf, size_t len);
/* 1 for a directory, 0 for a file, -ENOENT. */
int vfs_is_dir(struct netns *net, const char *path);
/* A directory's entries, sorted as ls sorts them; *names is NULL-terminated, the caller frees it all. */
int vfs_list(struct netns *net, const char *path, char ***names);
void vfs_names_free(char **names);

#endif

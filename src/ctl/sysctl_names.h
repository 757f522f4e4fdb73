/* sysctl_names.h: the names of every net.* sysctl Linux has (generated table). */
#ifndef VL_SYSCTL_NAMES_H
#define VL_SYSCTL_NAMES_H

/* Paths relative to /proc/sys ("net/core/somaxconn"), sorted, NULL-terminated. */
struct sysctl_names {
	const char *const *every_ns;       /* every namespace has these */
	const char *const *init_only;      /* the initial namespace only */
	const char *const *conf4;          /* net/ipv4/conf/{all,default,DEV}/KEY */
	const char *const *conf6;          /* net/ipv6/conf/{all,default,DEV}/KEY */
	const char *const *neigh_dev;      /* net/ipv{4,6}/neigh/DEV/KEY */
	const char *const *neigh_default;  /* net/ipv{4,6}/neigh/default/KEY (initial namespace) */
};

extern const struct sysctl_names sysctl_names;

#endif

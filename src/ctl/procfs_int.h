/* procfs_int.h: what procfs.c and procfs_mcast.c share. */
#ifndef VL_PROCFS_INT_H
#define VL_PROCFS_INT_H

#include <stdint.h>
#include <stdio.h>

struct netns;

/* %pi6: the 16 bytes as 32 lower-case hex digits. */
void procfs_put_in6(FILE *f, const uint8_t *a);

/* procfs_mcast.c: /proc/net/dev_mcast, igmp and igmp6. */
int procfs_dev_mcast_show(struct netns *net, FILE *f);
int procfs_igmp_show(struct netns *net, FILE *f);
int procfs_igmp6_show(struct netns *net, FILE *f);

#endif

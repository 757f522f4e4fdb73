/*
 * sys.h: what a program gets from its world besides sockets and rtnetlink:
 * the clock (clock_gettime), timers to wait on (timerfd), random numbers
 * (getrandom), the wall-clock epoch, and the user's private files (nstat's
 * history). Tools reach the world's clock and state only through here.
 */
#ifndef VL_CTL_SYS_H
#define VL_CTL_SYS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "../core/alloc.h"   /* vl_malloc and friends: the allocator every layer shares */
#include "../core/list.h"    /* vl_container_of: a program finds itself from its timer */
#include "../core/timer.h"   /* struct vl_timer, embedded by a program that waits */

struct world;

/* CLOCK_MONOTONIC: virtual ns since the world started. */
uint64_t sys_now(const struct world *w);
/* The wall-clock second virtual time 0 stands for (gettimeofday = it + sys_now). */
uint64_t sys_epoch_sec(const struct world *w);
/* Arms t (vl_timer_init'ed) to fire at virtual time at; re-arming moves it. */
void sys_timer_arm(struct world *w, struct vl_timer *t, uint64_t at);
void sys_timer_cancel(struct world *w, struct vl_timer *t);
/* getrandom: from the world's seeded source, so runs repeat; _below: uniform in [0, n). */
uint64_t sys_random(struct world *w);
uint32_t sys_random_below(struct world *w, uint32_t n);
/* Whether a program may read host files (/etc/hosts...): not in a fuzzed world. */
bool sys_host_files(const struct world *w);
/* The user's private files (core/world.h's world_file): get (NULL if none), put, delete. */
const char *sys_file_get(const struct world *w, const char *name, size_t *len);
void sys_file_put(struct world *w, const char *name, const char *data, size_t len);
void sys_file_del(struct world *w, const char *name);

#endif

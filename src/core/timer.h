/* timer.h: virtual clock and a min-heap of timers; the one place that may read the host clock. */
#ifndef VL_TIMER_H
#define VL_TIMER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define VL_NSEC_PER_SEC 1000000000ULL
#define VL_NSEC_PER_MSEC 1000000ULL

struct vl_timer;
typedef void (*vl_timer_fn)(struct vl_timer *t);

/* Embedded in its owner; the callback finds the owner with vl_container_of. */
struct vl_timer {
	uint64_t expires;  /* virtual ns */
	/* Ties break in arming order, so runs are deterministic; the top bit
	 * marks a timer of Linux's timer wheel (vl_timer_init_wheel). */
	uint64_t seq;
	size_t slot;       /* index in the heap, or SIZE_MAX when idle */
	vl_timer_fn fn;
};

struct vl_clock {
	uint64_t now;          /* virtual ns since the world started */
	uint64_t next_seq;
	struct vl_timer **heap;
	size_t len, cap;
};

void vl_clock_init(struct vl_clock *c);
void vl_clock_free(struct vl_clock *c);
void vl_timer_init(struct vl_timer *t, vl_timer_fn fn);
/*
 * A timer the kernel keeps on its timer wheel (timer_list, delayed work:
 * neighbour, addrconf, bridge, fragment and linkwatch timers). The wheel
 * rounds an expiry up to its level's granularity, so on Linux such a timer
 * fires after a user-space wake-up (an hrtimer: poll or sleep timeouts) due
 * at the same instant: at equal expiry it runs after every timer made by
 * vl_timer_init.
 */
void vl_timer_init_wheel(struct vl_timer *t, vl_timer_fn fn);
/* (Re)arms t at absolute virtual time expires. */
void vl_timer_arm(struct vl_clock *c, struct vl_timer *t, uint64_t expires);
void vl_timer_cancel(struct vl_clock *c, struct vl_timer *t);
bool vl_timer_pending(const struct vl_timer *t);
/* The earliest armed timer, or NULL. */
struct vl_timer *vl_clock_peek(const struct vl_clock *c);
/* Removes the earliest timer, advances now to its expiry and returns it. */
struct vl_timer *vl_clock_pop(struct vl_clock *c);
/* The host's wall-clock second, only for anchoring virtual time 0 (--real-time). */
uint64_t vl_clock_host_seconds(void);
/* The host's monotonic clock in ns, only for pacing virtual time at the interactive prompt. */
uint64_t vl_clock_host_mono_ns(void);

#endif

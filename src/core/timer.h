/* timer.h: virtual clock and a hierarchical timer wheel; the one place that may read the host clock. */
#ifndef VL_TIMER_H
#define VL_TIMER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define VL_NSEC_PER_SEC 1000000000ULL
#define VL_NSEC_PER_MSEC 1000000ULL

/* The wheel, as the kernel's timer_base: levels of 64 buckets, 6 bits of expiry each. */
#define VL_TV_BITS 6
#define VL_TV_SIZE (1u << VL_TV_BITS)
#define VL_TV_LEVELS 11 /* 11 x 6 bits cover a 64-bit expiry */
#define VL_TV_BUCKETS (VL_TV_LEVELS * VL_TV_SIZE)
#define VL_TV_OVERDUE VL_TV_BUCKETS /* the list of timers armed before the wheel's clock */
#define VL_TIMER_IDLE UINT32_MAX

struct vl_timer;
typedef void (*vl_timer_fn)(struct vl_timer *t);

/* Embedded in its owner; the callback finds the owner with vl_container_of. */
struct vl_timer {
	uint64_t expires;              /* virtual ns */
	struct vl_timer *next, *prev;  /* in its bucket, in arming order */
	vl_timer_fn fn;
	uint32_t bucket;               /* level * 64 + slot, VL_TV_OVERDUE, or VL_TIMER_IDLE */
	bool wheel;                    /* one of Linux's timer wheel: see vl_timer_init_wheel */
};

struct vl_tv_bucket {
	struct vl_timer *first, *last;
};

/*
 * Timers fire in order of expiry, and those with the same expiry in the order
 * they were (last) armed, so runs are deterministic.
 */
struct vl_clock {
	uint64_t now;               /* virtual ns since the world started */
	uint64_t clk;               /* the wheel's clock: never after now nor after any timer in the wheel */
	struct vl_timer *first;     /* the next timer to fire when known, else NULL */
	uint32_t levels;            /* bit L: level L holds a timer */
	uint64_t occupied[VL_TV_LEVELS]; /* bit S of level L: its bucket S holds a timer */
	struct vl_tv_bucket bucket[VL_TV_BUCKETS + 1]; /* the last one: VL_TV_OVERDUE */
};

void vl_clock_init(struct vl_clock *c);
void vl_clock_free(struct vl_clock *c);
void vl_timer_init(struct vl_timer *t, vl_timer_fn fn);
/*
 * A timer the kernel keeps on its timer wheel (timer_list, delayed work:
 * neighbour, addrconf, bridge, fragment and linkwatch timers). The kernel's
 * wheel rounds an expiry up to its level's granularity, so on Linux such a
 * timer fires after a user-space wake-up (an hrtimer: poll or sleep
 * timeouts) due at the same instant: at equal expiry it runs after every
 * timer made by vl_timer_init. (This wheel does not round: only ties move.)
 */
void vl_timer_init_wheel(struct vl_timer *t, vl_timer_fn fn);
/* (Re)arms t at absolute virtual time expires. */
void vl_timer_arm(struct vl_clock *c, struct vl_timer *t, uint64_t expires);
void vl_timer_cancel(struct vl_clock *c, struct vl_timer *t);
bool vl_timer_pending(const struct vl_timer *t);
/* The earliest armed timer, or NULL (remembered until the timers change). */
struct vl_timer *vl_clock_peek(struct vl_clock *c);
/* Removes the earliest timer, advances now to its expiry and returns it. */
struct vl_timer *vl_clock_pop(struct vl_clock *c);
/* The host's wall-clock second, only for anchoring virtual time 0 (--real-time). */
uint64_t vl_clock_host_seconds(void);
/* The host's monotonic clock in ns, only for pacing virtual time at the interactive prompt. */
uint64_t vl_clock_host_mono_ns(void);

#endif

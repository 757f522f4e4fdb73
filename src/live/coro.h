/*
 * coro.h: coroutines on one thread (ucontext). A live world runs each
 * client's shell session as one, so that a session waiting for its
 * foreground command or its next input hands the world to the others
 * without threads: only one runs at a time, and only the waits switch.
 */
#ifndef VL_LIVE_CORO_H
#define VL_LIVE_CORO_H

#include <stdbool.h>

struct vl_coro;

/* A coroutine that will run fn(arg) on its own stack; NULL when out of memory. */
struct vl_coro *vl_coro_new(void (*fn)(void *arg), void *arg);
/* Runs co until it yields or fn returns; true once fn has returned. */
bool vl_coro_resume(struct vl_coro *co);
/* From inside co: back to whoever resumed it. */
void vl_coro_yield(struct vl_coro *co);
/* Frees a coroutine that has finished (or never ran). */
void vl_coro_free(struct vl_coro *co);

#endif

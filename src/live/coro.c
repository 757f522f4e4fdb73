/*
 * coro.c: coroutines over makecontext/swapcontext, each with an mmap'd stack
 * and a guard page below it. Under AddressSanitizer every switch is
 * announced (__sanitizer_start/finish_switch_fiber) so that it knows which
 * stack is live.
 */
#include "coro.h"

#include <stdint.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <ucontext.h>
#include <unistd.h>

/* GCC says __SANITIZE_ADDRESS__; clang says __has_feature(address_sanitizer). */
#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define CORO_ASAN 1
#endif
#endif
#if !defined(CORO_ASAN) && defined(__SANITIZE_ADDRESS__)
#define CORO_ASAN 1
#endif
#ifndef CORO_ASAN
#define CORO_ASAN 0
#endif
#if CORO_ASAN
#include <sanitizer/common_interface_defs.h>
#endif

/* The shell's commands keep buffers of a few KiB on the stack; ASan triples frames. */
#define CORO_STACK (8u << 20)

struct vl_coro {
	ucontext_t ctx, caller;
	void *map;            /* guard page + stack */
	size_t map_len;
	void *stack;          /* the usable part, above the guard page */
	void (*fn)(void *arg);
	void *arg;
	bool done;
	const void *caller_bottom;   /* the resumer's stack, for ASan */
	size_t caller_size;
};

static void switch_begin(void **fake, const void *bottom, size_t size)
{
#if CORO_ASAN
	__sanitizer_start_switch_fiber(fake, bottom, size);
#else
	(void)fake;
	(void)bottom;
	(void)size;
#endif
}

static void switch_end(void *fake, const void **bottom, size_t *size)
{
#if CORO_ASAN
	__sanitizer_finish_switch_fiber(fake, bottom, size);
#else
	(void)fake;
	(void)bottom;
	(void)size;
#endif
}

/* makecontext passes ints only: the pointer comes in two halves. */
static void coro_entry(unsigned int hi, unsigned int lo)
{
	struct vl_coro *co = (struct vl_coro *)(((uintptr_t)hi << 32) | (uintptr_t)lo);

	switch_end(NULL, &co->caller_bottom, &co->caller_size);
	co->fn(co->arg);
	co->done = true;
	/* NULL: this stack is finished with, ASan may forget its fake frames. */
	switch_begin(NULL, co->caller_bottom, co->caller_size);
	swapcontext(&co->ctx, &co->caller);
}

/* getcontext returns twice: alone in a function, nothing of the caller's can be clobbered. */
static int ctx_get(ucontext_t *ctx)
{
	return getcontext(ctx);
}

struct vl_coro *vl_coro_new(void (*fn)(void *arg), void *arg)
{
	struct vl_coro *co = calloc(1, sizeof(*co));
	size_t page = (size_t)sysconf(_SC_PAGESIZE);
	uintptr_t p;

	if (!co)
		return NULL;
	co->map_len = CORO_STACK + page;
	co->map = mmap(NULL, co->map_len, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_STACK, -1, 0);
	if (co->map == MAP_FAILED) {
		free(co);
		return NULL;
	}
	mprotect(co->map, page, PROT_NONE);
	co->fn = fn;
	co->arg = arg;
	ctx_get(&co->ctx);
	co->stack = (char *)co->map + page;
	co->ctx.uc_stack.ss_sp = co->stack;
	co->ctx.uc_stack.ss_size = CORO_STACK;
	co->ctx.uc_link = NULL;
	p = (uintptr_t)co;
	makecontext(&co->ctx, (void (*)(void))coro_entry, 2, (unsigned int)(p >> 32),
		    (unsigned int)(p & 0xffffffffu));
	return co;
}

bool vl_coro_resume(struct vl_coro *co)
{
	void *fake = NULL;

	if (co->done)
		return true;
	switch_begin(&fake, co->stack, CORO_STACK);
	swapcontext(&co->caller, &co->ctx);
	switch_end(fake, NULL, NULL);
	return co->done;
}

void vl_coro_yield(struct vl_coro *co)
{
	void *fake = NULL;

	switch_begin(&fake, co->caller_bottom, co->caller_size);
	swapcontext(&co->ctx, &co->caller);
	switch_end(fake, &co->caller_bottom, &co->caller_size);
}

void vl_coro_free(struct vl_coro *co)
{
	if (!co)
		return;
	munmap(co->map, co->map_len);
	free(co);
}

/* sys.c: the clock, timers, randomness and private files of ctl/sys.h, on the world's. */
#include "sys.h"

#include "../core/rng.h"
#include "../core/world.h"

uint64_t sys_now(const struct world *w)
{
	return w->clock.now;
}

uint64_t sys_epoch_sec(const struct world *w)
{
	return w->epoch_sec;
}

void sys_timer_arm(struct world *w, struct vl_timer *t, uint64_t at)
{
	vl_timer_arm(&w->clock, t, at);
}

void sys_timer_cancel(struct world *w, struct vl_timer *t)
{
	vl_timer_cancel(&w->clock, t);
}

uint64_t sys_random(struct world *w)
{
	return vl_rng_next(&w->rng);
}

uint32_t sys_random_below(struct world *w, uint32_t n)
{
	return vl_rng_below(&w->rng, n);
}

bool sys_host_files(const struct world *w)
{
	return !w->no_host_files;
}

const char *sys_file_get(const struct world *w, const char *name, size_t *len)
{
	return world_file_get(w, name, len);
}

void sys_file_put(struct world *w, const char *name, const char *data, size_t len)
{
	world_file_put(w, name, data, len);
}

void sys_file_del(struct world *w, const char *name)
{
	world_file_del(w, name);
}

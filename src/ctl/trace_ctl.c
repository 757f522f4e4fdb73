/* trace_ctl.c: `why`'s and pwru's access to the packet log, kept by core/trace.c. */
#include "trace_ctl.h"

#include "../core/dropreason.h"
#include "../core/netns.h"
#include "../core/trace.h"

const struct trace_log *trace_ctl_log(const struct world *w)
{
	return w->trace;
}

void trace_ctl_reset(struct world *w, const char *command)
{
	trace_reset(w, command);
}

const char *trace_ctl_drop_reason(int reason)
{
	return skb_drop_reason_name((enum skb_drop_reason)reason);
}

void trace_ctl_enable(struct world *w, bool on)
{
	if (on)
		trace_start(w);
	else
		trace_stop(w);
}

void trace_ctl_note(struct world *w, const char *func, const char *rule, const char *state, const char *fix)
{
	trace_note(w, func, rule, state, fix);
}

void trace_ctl_tap_add(struct world *w, struct trace_tap *tap)
{
	trace_tap_add(w, tap);
}

void trace_ctl_tap_remove(struct world *w, struct trace_tap *tap)
{
	trace_tap_remove(w, tap);
}

uint32_t trace_ctl_netns_ino(const struct netns *net)
{
	return net->inum;
}

/* trace_ctl.c: `why`'s access to the packet log, kept by core/trace.c. */
#include "trace_ctl.h"

#include "../core/dropreason.h"
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

/* trace_ctl.h: `why`'s and pwru's access to the packet log (uapi/vl_trace.h): read it, empty it, switch it. */
#ifndef VL_TRACE_CTL_H
#define VL_TRACE_CTL_H

#include <stdbool.h>
#include <stdint.h>

#include "../core/trace_event.h"

struct world;
struct netns;

/* The log, or NULL when the world is not traced. */
const struct trace_log *trace_ctl_log(const struct world *w);
/* Empties the log: what the next command (command, as typed) does starts at packet 1. */
void trace_ctl_reset(struct world *w, const char *command);
/* SKB_DROP_REASON_'s suffix for a reason number ("NOT_SPECIFIED", "IP_RPFILTER"...). */
const char *trace_ctl_drop_reason(int reason);
/* Switches logging on (an empty log) or off. */
void trace_ctl_enable(struct world *w, bool on);
/*
 * A tool's own decision, made before any packet (ping's warning that its
 * source is not an address of the device it is bound to): a note in the
 * log, as the stack makes for a send refused for want of a route.
 */
void trace_ctl_note(struct world *w, const char *func, const char *rule, const char *state, const char *fix);
/* Adds a listener on every step while the log is on (pwru), or removes it. */
void trace_ctl_tap_add(struct world *w, struct trace_tap *tap);
void trace_ctl_tap_remove(struct world *w, struct trace_tap *tap);
/* A namespace's nsfs inode number, as `stat -L /proc/PID/ns/net` and pwru show it. */
uint32_t trace_ctl_netns_ino(const struct netns *net);

#endif

/* why_int.h: why's reading of the packet log, shared by its text, its JSON and its picture (why_draw.c). */
#ifndef VL_WHY_INT_H
#define VL_WHY_INT_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "../ctl/trace_ctl.h"
#include "cmd.h"

/* How a packet's journey ended, as the log tells it. */
enum why_verdict {
	WHY_WAITING, WHY_IN_FLIGHT, WHY_DROPPED, WHY_DELIVERED, WHY_UNANSWERED, WHY_ANSWERED, WHY_DONE,
};

struct why_judgement {
	enum why_verdict v;
	const struct trace_event *last;     /* the step that ended it (NULL: none yet) */
	const struct trace_event *decided;  /* the last rule that decided on it, or NULL */
	bool went_wrong;                    /* dropped, unanswered or waiting: the rule explains it */
};

void why_judge(const struct trace_log *l, const struct trace_pkt *p, struct why_judgement *j);
/* Not shown: link chatter, or a packet of an earlier command (or caused by one). */
bool why_is_background(const struct trace_pkt *p);
/* MLD reports, router solicitations and DAD probes the links send on their own. */
bool why_is_link_chatter(const struct trace_pkt *p);
/* The number a packet is shown with (from 1, the links' chatter apart), 0 for one not shown. */
unsigned int why_shown_number(const struct trace_log *l, uint32_t id);
/* The first packet that names id as its cause (an answer, an error about it), or 0. */
uint32_t why_first_child(const struct trace_log *l, uint32_t id);
/* One line as tcpdump -n -t prints the packet, with its newline. */
void why_summary(FILE *f, const struct trace_pkt *p);

/* Prints (indented by indent; not when NULL) the fixes of fix (";"-separated), and adds those not yet in seen to it. */
void why_add_fixes(FILE *f, const char *fix, const char *indent, char (*seen)[TRACE_STATE], int *nseen, int max);

/* What to draw: the files (NULL: not that one), and where to list what was drawn (NULL: nowhere). */
struct why_draw_opts {
	const char *svg, *png;
	FILE *list;
};

/* Draws the log as a sequence diagram into o's files; 0, or 1 with a message on c->err. */
int why_draw(struct vl_cmd_ctx *c, const struct trace_log *l, const struct why_draw_opts *o);

#endif

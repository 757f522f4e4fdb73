/*
 * why.c: `why`: what happened to each packet of the last foreground command:
 * its path (one line per device it crossed), and its end: delivered,
 * answered, not answered, or dropped, with the kernel's drop reason, the
 * rule that decided it, the state that made it decide so, and the fix.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../ctl/trace_ctl.h"
#include "tcpdump_print.h"
#include "tools.h"

/* "ns/dev", or "dev" in the initial namespace. */
static void where(char *buf, size_t len, const struct trace_event *e)
{
	if (e->netns[0])
		snprintf(buf, len, "%s/%s", e->netns, e->dev);
	else
		snprintf(buf, len, "%s", e->dev[0] ? e->dev : "-");
}

/* One line as tcpdump -n -t prints the packet (a packet not yet framed gets a blank link header). */
static void summary(FILE *f, const struct trace_pkt *p)
{
	struct tcpdump_fmt fmt = { .tstamp = 1 };
	uint8_t frame[14 + TRACE_SNAP] = { 0 };
	char *buf = NULL;
	size_t len = 0;
	FILE *m;

	if (!p->len) {
		fputs("(no data)\n", f);
		return;
	}
	m = open_memstream(&buf, &len);
	if (p->l3) {
		frame[12] = (uint8_t)(p->protocol >> 8);
		frame[13] = (uint8_t)p->protocol;
		memcpy(frame + 14, p->data, p->caplen);
		tcpdump_print_frame(m, &fmt, 0, 0, frame, p->caplen + 14, p->len + 14);
	} else {
		tcpdump_print_frame(m, &fmt, 0, 0, p->data, p->caplen, p->len);
	}
	fclose(m);
	fputs(buf, f);
	free(buf);
}

/*
 * The number a packet is shown with: its place among the packets shown
 * (the links' own IPv6 chatter is counted apart), 0 for one not shown.
 */
static bool is_background(const struct trace_pkt *p);

static unsigned int shown_number(const struct trace_log *l, uint32_t id)
{
	unsigned int n = 0;

	for (unsigned int i = 0; i < l->npkt && l->pkt[i].id <= id; i++)
		if (!is_background(&l->pkt[i]))
			n++;
	return id >= l->first_id && id - l->first_id < l->npkt && !is_background(&l->pkt[id - l->first_id]) ? n : 0;
}

/* The first packet that names id as its cause (an answer, an error about it), or 0. */
static uint32_t first_child(const struct trace_log *l, uint32_t id)
{
	for (unsigned int i = 0; i < l->npkt; i++)
		if (l->pkt[i].parent == id)
			return l->pkt[i].id;
	return 0;
}

static bool has_child(const struct trace_log *l, uint32_t id)
{
	return first_child(l, id) != 0;
}

/* ARP requests, ICMP echo requests and neighbour solicitations expect an answer. */
static bool is_request(const struct trace_pkt *p)
{
	const uint8_t *d = p->l3 ? p->data : p->data + 14;
	uint16_t proto = p->l3 ? p->protocol : (uint16_t)(p->data[12] << 8 | p->data[13]);
	uint32_t n = p->caplen - (p->l3 ? 0 : 14);

	if (!p->len || (!p->l3 && p->caplen < 14))
		return false;
	if (proto == 0x0806)
		return n >= 8 && d[7] == 1;
	if (proto == 0x0800 && n >= 21 && d[9] == 1)
		return d[(d[0] & 15) * 4] == 8;
	if (proto == 0x86dd && n >= 41 && d[6] == 58)
		return d[40] == 128 || d[40] == 135;
	return false;
}

/* The link's own IPv6 chatter (MLD reports, router solicitations, DAD probes): not the command's. */
static bool is_background(const struct trace_pkt *p)
{
	const uint8_t *d = p->l3 ? p->data : p->data + 14;
	uint16_t proto = p->l3 ? p->protocol : (uint16_t)(p->data[12] << 8 | p->data[13]);
	uint32_t n = p->caplen - (p->l3 ? 0 : 14);
	uint8_t type;

	if (p->parent || proto != 0x86dd || !p->len || (!p->l3 && p->caplen < 14) || n < 48)
		return false;
	if (d[6] == 0 && n >= 56 && d[40] == 58)  /* hop-by-hop (router alert), then ICMPv6 */
		type = d[48];
	else if (d[6] == 58)
		type = d[40];
	else
		return false;
	if (type == 133 || type == 143)
		return true;
	/* A neighbour solicitation from :: is a duplicate address probe. */
	return type == 135 && !memcmp(d + 8, (const uint8_t[16]){ 0 }, 16);
}

/* Prints the fixes of fix (";"-separated) not yet in seen, and adds them to it. */
static void add_fixes(FILE *f, const char *fix, const char *indent, char (*seen)[TRACE_STATE], int *nseen,
		      int max)
{
	char copy[TRACE_STATE];

	snprintf(copy, sizeof(copy), "%s", fix);
	for (char *save = NULL, *one = strtok_r(copy, ";", &save); one; one = strtok_r(NULL, ";", &save)) {
		int i = 0;

		while (i < *nseen && strcmp(seen[i], one))
			i++;
		if (indent)
			fprintf(f, "%sfix:   %s\n", indent, one);
		if (i == *nseen && *nseen < max)
			snprintf(seen[(*nseen)++], TRACE_STATE, "%s", one);
	}
}

/* The path and the end of one packet. */
static void explain_pkt(FILE *f, const struct trace_log *l, const struct trace_pkt *p,
			char (*fixes)[TRACE_STATE], int *nfix, int maxfix)
{
	const struct trace_event *last = NULL, *decided = NULL;
	char at[2 * TRACE_NAME + 2];

	/* Numbered from 1 for this command. */
	fprintf(f, "packet %u", shown_number(l, p->id));
	if (p->parent >= l->first_id && shown_number(l, p->parent))
		fprintf(f, " (caused by %u)", shown_number(l, p->parent));
	else if (p->parent)
		fputs(" (caused by a packet of an earlier command)", f);
	fputs(": ", f);
	summary(f, p);
	for (unsigned int i = 0; i < l->nev; i++) {
		const struct trace_event *e = &l->ev[i];

		if (e->pkt != p->id)
			continue;
		where(at, sizeof(at), e);
		if (e->kind == TRACE_XMIT)
			fprintf(f, "    %-20s sent      (%s)\n", at, e->func);
		else if (e->kind == TRACE_RCV)
			fprintf(f, "    %-20s received  (%s)\n", at, e->func);
		else if (e->kind == TRACE_DECIDE)
			decided = e;
		/* Taken by a socket: what the stack then does with its own copy does not matter. */
		if (e->kind != TRACE_DECIDE && !(last && last->kind == TRACE_DELIVER))
			last = e;
	}
	if (!last && decided) {
		where(at, sizeof(at), decided);
		fprintf(f, "  waiting at %s in %s\n", at, decided->func);
	} else if (!last || last->kind == TRACE_XMIT) {
		fputs("  still on its way when the command ended\n", f);
		return;
	} else {
		where(at, sizeof(at), last);
		if (last->kind == TRACE_DROP)
			fprintf(f, "  dropped at %s in %s: SKB_DROP_REASON_%s\n", at, last->func,
				trace_ctl_drop_reason(last->reason));
		else if (last->kind == TRACE_DELIVER)
			fprintf(f, "  delivered to a socket at %s (%s)\n", at, last->func);
		else if (is_request(p) && !has_child(l, p->id))
			fprintf(f, "  not answered: taken at %s by %s, and nothing was sent back\n", at, last->func);
		else if (has_child(l, p->id))
			fprintf(f, "  taken at %s by %s, which sent packet %u\n", at, last->func,
				shown_number(l, first_child(l, p->id)));
		else
			fprintf(f, "  done at %s (%s)\n", at, last->func);
		/* Only an end that went wrong has a rule to show. */
		if (last->kind != TRACE_DROP && !(is_request(p) && !has_child(l, p->id)))
			return;
	}
	if (decided) {
		fprintf(f, "    rule:  %s: %s\n", decided->func, decided->rule);
		fprintf(f, "    state: %s\n", decided->state);
		if (decided->fix[0])
			add_fixes(f, decided->fix, "    ", fixes, nfix, maxfix);
	}
}

int tool_why(struct vl_cmd_ctx *c, int argc, char **argv)
{
	const struct trace_log *l = trace_ctl_log(c->world);
	char fixes[16][TRACE_STATE];
	int nfix = 0, nbg = 0, nnote = 0;

	(void)argv;
	if (argc > 1) {
		fputs("why: usage: why (after a command), or why COMMAND [ARG...]\n", c->err);
		return 2;
	}
	if (!l) {
		fputs("why: packet tracing is off\n", c->err);
		return 1;
	}
	/* Decisions made before there was a packet (a send with no route). */
	for (unsigned int i = 0; i < l->nev; i++) {
		const struct trace_event *e = &l->ev[i];

		if (e->pkt)
			continue;
		nnote++;
		fprintf(c->out, "no packet: %s: %s\n", e->func, e->rule);
		fprintf(c->out, "    state: %s\n", e->state);
		if (e->fix[0])
			add_fixes(c->out, e->fix, "    ", fixes, &nfix, 16);
	}
	if (!l->npkt && !nnote) {
		fputs("why: the last command sent no packet\n", c->out);
		return 0;
	}
	for (unsigned int i = 0; i < l->npkt; i++) {
		if (is_background(&l->pkt[i])) {
			nbg++;
			continue;
		}
		explain_pkt(c->out, l, &l->pkt[i], fixes, &nfix, 16);
	}
	if (nbg)
		fprintf(c->out, "(and %d IPv6 packets the links sent on their own: MLD reports, router "
			"solicitations, duplicate address probes)\n", nbg);
	if (l->overflow)
		fprintf(c->out, "(only the first %d packets and %d steps were kept)\n", TRACE_MAX_PKTS,
			TRACE_MAX_EVENTS);
	if (nfix) {
		fputs("to fix:\n", c->out);
		for (int i = 0; i < nfix; i++)
			fprintf(c->out, "  %s\n", fixes[i]);
	}
	return 0;
}

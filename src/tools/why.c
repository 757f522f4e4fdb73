/*
 * why.c: `why`: what happened to each packet of the last foreground command:
 * its path (one line per device it crossed), and its end: delivered,
 * answered, not answered, or dropped, with the kernel's drop reason, the
 * rule that decided it, the state that made it decide so, and the fix.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

#include "../ctl/trace_ctl.h"
#include "tcpdump_print.h"
#include "tools.h"
#include "why_int.h"

/* "ns/dev", or "dev" in the initial namespace. */
static void where(char *buf, size_t len, const struct trace_event *e)
{
	if (e->netns[0])
		snprintf(buf, len, "%s/%s", e->netns, e->dev);
	else
		snprintf(buf, len, "%s", e->dev[0] ? e->dev : "-");
}

/* A packet not yet framed gets a blank link header. */
void why_summary(FILE *f, const struct trace_pkt *p)
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

/* Its place among the packets shown. */
unsigned int why_shown_number(const struct trace_log *l, uint32_t id)
{
	unsigned int n = 0;

	for (unsigned int i = 0; i < l->npkt && l->pkt[i].id <= id; i++)
		if (!why_is_background(&l->pkt[i]))
			n++;
	return id >= l->first_id && id - l->first_id < l->npkt && !why_is_background(&l->pkt[id - l->first_id]) ? n : 0;
}

uint32_t why_first_child(const struct trace_log *l, uint32_t id)
{
	for (unsigned int i = 0; i < l->npkt; i++)
		if (l->pkt[i].parent == id)
			return l->pkt[i].id;
	return 0;
}

/* The first step logged for packet id, or NULL. */
static const struct trace_event *first_event(const struct trace_log *l, uint32_t id)
{
	for (unsigned int i = 0; i < l->nev; i++)
		if (l->ev[i].pkt == id)
			return &l->ev[i];
	return NULL;
}

/*
 * Whether a packet it caused left from the namespace where it ended (last):
 * an answer. What its sender sent for it (an ARP request for its next hop)
 * is not one.
 */
static bool answered_at(const struct trace_log *l, uint32_t id, const struct trace_event *last)
{
	for (unsigned int i = 0; i < l->npkt; i++) {
		const struct trace_event *e;

		if (l->pkt[i].parent != id)
			continue;
		e = first_event(l, l->pkt[i].id);
		if (!e || !last || !strcmp(e->netns, last->netns))
			return true;
	}
	return false;
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

bool why_is_background(const struct trace_pkt *p)
{
	return p->earlier || why_is_link_chatter(p);
}

bool why_is_link_chatter(const struct trace_pkt *p)
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

void why_add_fixes(FILE *f, const char *fix, const char *indent, char (*seen)[TRACE_STATE], int *nseen,
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

static const char *const verdict_names[] = {
	[WHY_WAITING] = "waiting", [WHY_IN_FLIGHT] = "in_flight", [WHY_DROPPED] = "dropped",
	[WHY_DELIVERED] = "delivered", [WHY_UNANSWERED] = "unanswered", [WHY_ANSWERED] = "answered",
	[WHY_DONE] = "done",
};

void why_judge(const struct trace_log *l, const struct trace_pkt *p, struct why_judgement *j)
{
	*j = (struct why_judgement){ 0 };
	for (unsigned int i = 0; i < l->nev; i++) {
		const struct trace_event *e = &l->ev[i];

		if (e->pkt != p->id)
			continue;
		/* A packet that waited for its next hop's address and then went out waits no more. */
		if (e->kind == TRACE_XMIT && j->decided && !strcmp(j->decided->func, "__neigh_event_send"))
			j->decided = NULL;
		/* The last decision that could be undone (it has a fix) over later ones that cannot. */
		if (e->kind == TRACE_DECIDE && (e->fix[0] || !j->decided || !j->decided->fix[0]))
			j->decided = e;
		/* Taken by a socket: what the stack then does with its own copy does not matter. */
		else if (!(j->last && j->last->kind == TRACE_DELIVER))
			j->last = e;
	}
	if (!j->last)
		j->v = j->decided ? WHY_WAITING : WHY_IN_FLIGHT;
	else if (j->last->kind == TRACE_XMIT)
		j->v = WHY_IN_FLIGHT;
	else if (j->last->kind == TRACE_DROP)
		j->v = WHY_DROPPED;
	else if (j->last->kind == TRACE_DELIVER)
		j->v = WHY_DELIVERED;
	else if (answered_at(l, p->id, j->last))
		j->v = WHY_ANSWERED;
	else if (is_request(p))
		j->v = WHY_UNANSWERED;
	else
		j->v = WHY_DONE;
	j->went_wrong = j->decided && (j->v == WHY_DROPPED || j->v == WHY_UNANSWERED || j->v == WHY_WAITING);
}

/* The path and the end of one packet, as text. */
static void explain_pkt(FILE *f, const struct trace_log *l, const struct trace_pkt *p,
			char (*fixes)[TRACE_STATE], int *nfix, int maxfix)
{
	struct why_judgement j;
	char at[2 * TRACE_NAME + 2];

	why_judge(l, p, &j);
	/* Numbered from 1 for this command. */
	fprintf(f, "packet %u", why_shown_number(l, p->id));
	if (p->parent >= l->first_id && why_shown_number(l, p->parent))
		fprintf(f, " (caused by %u)", why_shown_number(l, p->parent));
	else if (p->parent)
		fputs(" (caused by a packet of an earlier command)", f);
	fputs(": ", f);
	why_summary(f, p);
	for (unsigned int i = 0; i < l->nev; i++) {
		const struct trace_event *e = &l->ev[i];

		if (e->pkt != p->id || (e->kind != TRACE_XMIT && e->kind != TRACE_RCV))
			continue;
		where(at, sizeof(at), e);
		fprintf(f, "    %-20s %s (%s)\n", at, e->kind == TRACE_XMIT ? "sent    " : "received", e->func);
	}
	where(at, sizeof(at), j.last ? j.last : j.decided ? j.decided : &(struct trace_event){ 0 });
	switch (j.v) {
	case WHY_WAITING:
		fprintf(f, "  waiting at %s in %s\n", at, j.decided->func);
		break;
	case WHY_IN_FLIGHT:
		fputs("  still on its way when the command ended\n", f);
		break;
	case WHY_DROPPED:
		fprintf(f, "  dropped at %s in %s: SKB_DROP_REASON_%s\n", at, j.last->func,
			trace_ctl_drop_reason(j.last->reason));
		break;
	case WHY_DELIVERED:
		fprintf(f, "  delivered to a socket at %s (%s)\n", at, j.last->func);
		break;
	case WHY_UNANSWERED:
		fprintf(f, "  not answered: taken at %s by %s, and nothing was sent back\n", at, j.last->func);
		break;
	case WHY_ANSWERED:
		fprintf(f, "  taken at %s by %s, which sent packet %u\n", at, j.last->func,
			why_shown_number(l, why_first_child(l, p->id)));
		break;
	case WHY_DONE:
		fprintf(f, "  done at %s (%s)\n", at, j.last->func);
		break;
	}
	if (j.went_wrong) {
		fprintf(f, "    rule:  %s: %s\n", j.decided->func, j.decided->rule);
		fprintf(f, "    state: %s\n", j.decided->state);
		if (j.decided->fix[0])
			why_add_fixes(f, j.decided->fix, "    ", fixes, nfix, maxfix);
	}
}

static json_object *jstr(const char *s)
{
	return json_object_new_string(s ? s : "");
}

static json_object *jwhere(const struct trace_event *e)
{
	json_object *o = json_object_new_object();

	json_object_object_add(o, "netns", jstr(e->netns));
	json_object_object_add(o, "dev", jstr(e->dev));
	json_object_object_add(o, "func", jstr(e->func));
	return o;
}

/* The "name=value" words of a state, as members; the whole text as "text". */
static json_object *jstate(const char *state)
{
	json_object *o = json_object_new_object();
	char copy[TRACE_STATE];

	json_object_object_add(o, "text", jstr(state));
	snprintf(copy, sizeof(copy), "%s", state);
	for (char *save = NULL, *w = strtok_r(copy, " ;,", &save); w; w = strtok_r(NULL, " ;,", &save)) {
		char *eq = strchr(w, '=');

		if (eq && eq > w && eq[1]) {
			*eq = '\0';
			json_object_object_add(o, w, jstr(eq + 1));
		}
	}
	return o;
}

/* Appends fix's commands (";"-separated) to arr, each once. */
static void jfixes(json_object *arr, const char *fix)
{
	char copy[TRACE_STATE];

	snprintf(copy, sizeof(copy), "%s", fix);
	for (char *save = NULL, *one = strtok_r(copy, ";", &save); one; one = strtok_r(NULL, ";", &save)) {
		bool seen = false;

		for (size_t i = 0; i < json_object_array_length(arr); i++)
			seen |= !strcmp(json_object_get_string(json_object_array_get_idx(arr, i)), one);
		if (!seen)
			json_object_array_add(arr, jstr(one));
	}
}

static json_object *jpacket(const struct trace_log *l, const struct trace_pkt *p, json_object *all_fixes)
{
	json_object *o = json_object_new_object(), *hops = json_object_new_array(), *fix;
	struct why_judgement j;
	char *buf = NULL;
	size_t len = 0;
	FILE *m = open_memstream(&buf, &len);

	why_judge(l, p, &j);
	why_summary(m, p);
	fclose(m);
	if (len && buf[len - 1] == '\n')
		buf[len - 1] = '\0';
	json_object_object_add(o, "id", json_object_new_int((int)why_shown_number(l, p->id)));
	json_object_object_add(o, "caused_by", p->parent >= l->first_id && why_shown_number(l, p->parent)
					       ? json_object_new_int((int)why_shown_number(l, p->parent)) : NULL);
	json_object_object_add(o, "summary", jstr(buf));
	free(buf);
	for (unsigned int i = 0; i < l->nev; i++)
		if (l->ev[i].pkt == p->id && (l->ev[i].kind == TRACE_XMIT || l->ev[i].kind == TRACE_RCV))
			json_object_array_add(hops, jwhere(&l->ev[i]));
	json_object_object_add(o, "hops", hops);
	json_object_object_add(o, "verdict", jstr(verdict_names[j.v]));
	if (j.v == WHY_DROPPED) {
		char r[96];

		snprintf(r, sizeof(r), "SKB_DROP_REASON_%s", trace_ctl_drop_reason(j.last->reason));
		json_object_object_add(o, "reason", jstr(r));
	} else if (j.went_wrong) {
		json_object_object_add(o, "reason", jstr(j.decided->func));
	}
	if (j.last && j.v != WHY_IN_FLIGHT)
		json_object_object_add(o, "where", jwhere(j.last));
	else if (j.decided)
		json_object_object_add(o, "where", jwhere(j.decided));
	if (j.went_wrong) {
		fix = json_object_new_array();
		jfixes(fix, j.decided->fix);
		jfixes(all_fixes, j.decided->fix);
		json_object_object_add(o, "rule", jstr(j.decided->rule));
		json_object_object_add(o, "state", jstate(j.decided->state));
		json_object_object_add(o, "fix", fix);
	}
	return o;
}

/* why -j: the same as JSON (the schema is in the README). */
static void explain_json(FILE *f, const struct trace_log *l)
{
	json_object *root = json_object_new_object(), *pkts = json_object_new_array();
	json_object *notes = json_object_new_array(), *fixes = json_object_new_array();

	json_object_object_add(root, "command", jstr(l->command));
	for (unsigned int i = 0; i < l->nev; i++) {
		const struct trace_event *e = &l->ev[i];
		json_object *n;

		if (e->pkt)
			continue;
		n = json_object_new_object();
		json_object_object_add(n, "func", jstr(e->func));
		json_object_object_add(n, "rule", jstr(e->rule));
		json_object_object_add(n, "state", jstate(e->state));
		json_object_object_add(n, "fix", json_object_new_array());
		jfixes(json_object_object_get(n, "fix"), e->fix);
		jfixes(fixes, e->fix);
		json_object_array_add(notes, n);
	}
	for (unsigned int i = 0; i < l->npkt; i++)
		if (!why_is_background(&l->pkt[i]))
			json_object_array_add(pkts, jpacket(l, &l->pkt[i], fixes));
	json_object_object_add(root, "no_packet", notes);
	json_object_object_add(root, "packets", pkts);
	json_object_object_add(root, "fix", fixes);
	fprintf(f, "%s\n", json_object_to_json_string_ext(root, JSON_C_TO_STRING_PLAIN));
	json_object_put(root);
}

/* why's options: -j, -v, --svg FILE, --png FILE. */
struct why_opts {
	bool json;
	bool list;                 /* -v: list what the picture shows */
	struct why_draw_opts draw;
};

/*
 * Reads why's options from argv[1] on, up to the first word that is not
 * one; returns that word's index. An option that needs a file and has
 * none ends them too (it is then that first word).
 */
static int parse_opts(int argc, char **argv, struct why_opts *o)
{
	int i = 1;

	*o = (struct why_opts){ 0 };
	for (; i < argc; i++) {
		if (!strcmp(argv[i], "-j"))
			o->json = true;
		else if (!strcmp(argv[i], "-v"))
			o->list = true;
		else if (!strcmp(argv[i], "--svg") && i + 1 < argc)
			o->draw.svg = argv[++i];
		else if (!strcmp(argv[i], "--png") && i + 1 < argc)
			o->draw.png = argv[++i];
		else
			break;
	}
	return i;
}

int why_options_len(int argc, char **argv)
{
	struct why_opts o;

	return parse_opts(argc, argv, &o);
}

/* The text explanation: each packet's path and end, then the fixes. */
static void explain_text(FILE *f, const struct trace_log *l)
{
	char fixes[16][TRACE_STATE];
	int nfix = 0, nbg = 0, nnote = 0, nold = 0;

	/* Decisions made before there was a packet (a send with no route). */
	for (unsigned int i = 0; i < l->nev; i++) {
		const struct trace_event *e = &l->ev[i];

		if (e->pkt)
			continue;
		nnote++;
		fprintf(f, "no packet: %s: %s\n", e->func, e->rule);
		fprintf(f, "    state: %s\n", e->state);
		if (e->fix[0])
			why_add_fixes(f, e->fix, "    ", fixes, &nfix, 16);
	}
	if (!l->npkt && !nnote) {
		fputs("why: the last command sent no packet\n", f);
		return;
	}
	for (unsigned int i = 0; i < l->npkt; i++) {
		if (l->pkt[i].earlier) {
			nold++;
			continue;
		}
		if (why_is_background(&l->pkt[i])) {
			nbg++;
			continue;
		}
		explain_pkt(f, l, &l->pkt[i], fixes, &nfix, 16);
	}
	if (nbg)
		fprintf(f, "(and %d IPv6 packets the links sent on their own: MLD reports, router "
			"solicitations, duplicate address probes)\n", nbg);
	if (nold)
		fprintf(f, "(and %d %s of earlier commands, still on their way: `why` explained them then)\n",
			nold, nold == 1 ? "packet" : "packets");
	if (l->overflow)
		fprintf(f, "(only the first %d packets and %d steps were kept)\n", TRACE_MAX_PKTS,
			TRACE_MAX_EVENTS);
	if (nfix) {
		fputs("to fix:\n", f);
		for (int i = 0; i < nfix; i++)
			fprintf(f, "  %s\n", fixes[i]);
	}
}

int tool_why(struct vl_cmd_ctx *c, int argc, char **argv)
{
	const struct trace_log *l = trace_ctl_log(c->world);
	struct why_opts o;
	int n = parse_opts(argc, argv, &o);

	if (n < argc && (!strcmp(argv[n], "--svg") || !strcmp(argv[n], "--png"))) {
		fprintf(c->err, "why: %s needs a file name\n", argv[n]);
		return 2;
	}
	if (n < argc) {
		fputs("why: usage: why [-j] [--svg FILE] [--png FILE] [-v] [COMMAND [ARG...]]\n", c->err);
		return 2;
	}
	if (o.list && !o.draw.svg && !o.draw.png) {
		fputs("why: -v lists what --svg or --png draws: give one of them\n", c->err);
		return 2;
	}
	if (!l) {
		fputs("why: packet tracing is off\n", c->err);
		return 1;
	}
	if (o.json)
		explain_json(c->out, l);
	if (o.draw.svg || o.draw.png) {
		o.draw.list = o.list ? c->out : NULL;
		return why_draw(c, l, &o.draw);
	}
	if (!o.json)
		explain_text(c->out, l);
	return 0;
}

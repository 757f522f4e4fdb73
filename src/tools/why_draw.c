/*
 * why_draw.c: `why --svg FILE` and `why --png FILE`: the last command's
 * packets as a sequence diagram drawn with cairo: a lane for each device,
 * grouped under its namespace; time going down; an arrow for each frame,
 * from the device that sent it to the one that received it; and each
 * packet's end marked on the lane where it ended: a red X with the reason
 * where it was dropped or went unanswered, green where a socket took it.
 */
#include <cairo.h>
#include <cairo-svg.h>
#include <errno.h>
#include <fontconfig/fontconfig.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../ctl/vfs.h"
#include "../ctl/trace_ctl.h"
#include "why_int.h"

/* Sizes, in points (pixels in the PNG, which is drawn PIC_PNG_SCALE times larger). */
#define PIC_MARGIN 16.0
#define PIC_GUTTER 84.0    /* the time column, left of the lanes */
#define PIC_TITLE_H 30.0
#define PIC_NS_H 22.0
#define PIC_DEV_H 24.0
#define PIC_NS_GAP 14.0    /* between two namespaces' lanes */
#define PIC_ARROW_H 30.0
#define PIC_LINE_H 14.0
#define PIC_LANE_MIN 150.0
#define PIC_LANE_MAX 420.0
#define PIC_LOOP_W 26.0    /* a frame a device sends itself (lo) loops this far right */
#define PIC_PNG_SCALE 1.5
#define PIC_FONT "DejaVu Sans"
#define PIC_MAX_FIX 16

/* The kinds of text, each with its font (pic_font). */
enum pic_style { PIC_TITLE, PIC_HEAD, PIC_LABEL, PIC_SMALL, PIC_REASON };

struct pic_lane {
	const char *ns, *dev;  /* ns "" is the initial namespace */
	unsigned int group;    /* the namespace's place, left to right */
	double x;
};

enum pic_row_kind { PIC_ARROW, PIC_MARK, PIC_NOTE };

#define PIC_LINES 3

/* One step down the picture: a frame, a packet's end, or a decision no packet carried. */
struct pic_row {
	enum pic_row_kind kind;
	int from, to;                  /* lanes (-1: none): an arrow's ends; a mark's lane is from */
	enum why_verdict v;            /* PIC_MARK */
	const struct trace_pkt *p;     /* NULL for a PIC_NOTE */
	uint64_t t;
	char line[PIC_LINES][TRACE_STATE + 160];  /* an arrow's label; a mark's or note's lines */
	double y, h;
};

struct pic {
	const struct trace_log *l;
	struct why_judgement *judged;  /* by packet index */
	struct pic_lane *lane;
	unsigned int nlane, ngroup;
	struct pic_row *row;
	unsigned int nrow;
	char fixes[PIC_MAX_FIX][TRACE_STATE];
	int nfix, nbg;
	double lane_w, lanes_top, lanes_bottom, notes_x, width, height;
	FILE *list;                    /* while painting: where each text drawn is listed, or NULL */
};

/* ---- the model: lanes and rows from the log ---- */

static const struct trace_pkt *pic_pkt(const struct trace_log *l, uint32_t id)
{
	return id >= l->first_id && id - l->first_id < l->npkt ? &l->pkt[id - l->first_id] : NULL;
}

static bool pic_shown(const struct trace_log *l, const struct trace_event *e)
{
	const struct trace_pkt *p = e->pkt ? pic_pkt(l, e->pkt) : NULL;

	return p && !why_is_background(p);
}

static int pic_lane_find(const struct pic *pic, const char *ns, const char *dev)
{
	for (unsigned int i = 0; i < pic->nlane; i++)
		if (!strcmp(pic->lane[i].ns, ns) && !strcmp(pic->lane[i].dev, dev))
			return (int)i;
	return -1;
}

static int pic_lane_of(const struct pic *pic, const struct trace_event *e)
{
	return e && e->dev[0] ? pic_lane_find(pic, e->netns, e->dev) : -1;
}

/* A lane for each device a shown packet was at, grouped by namespace in the order they first appear. */
static void pic_lanes(struct pic *pic)
{
	const struct trace_log *l = pic->l;

	for (unsigned int i = 0; i < l->nev; i++) {
		const struct trace_event *e = &l->ev[i];
		unsigned int g = 0;

		if (!e->dev[0] || !pic_shown(l, e) || pic_lane_find(pic, e->netns, e->dev) >= 0)
			continue;
		while (g < pic->nlane && strcmp(pic->lane[g].ns, e->netns))
			g++;
		g = g < pic->nlane ? pic->lane[g].group : pic->ngroup++;
		pic->lane[pic->nlane++] = (struct pic_lane){ .ns = e->netns, .dev = e->dev, .group = g };
	}
	/* Insertion sort by group keeps each namespace's devices in their order. */
	for (unsigned int i = 1; i < pic->nlane; i++)
		for (unsigned int k = i; k > 0 && pic->lane[k - 1].group > pic->lane[k].group; k--) {
			struct pic_lane t = pic->lane[k];

			pic->lane[k] = pic->lane[k - 1];
			pic->lane[k - 1] = t;
		}
}

/* The tcpdump line, shorter: without "IP ", the ICMP id and the length. */
static void pic_short_summary(char *buf, size_t len, const struct trace_pkt *p)
{
	char *s = NULL, *cut;
	size_t n = 0;
	FILE *m = open_memstream(&s, &n);

	why_summary(m, p);
	fclose(m);
	s[strcspn(s, "\n")] = '\0';
	cut = strstr(s, ", length ");
	if (cut && !strchr(cut + 1, ','))
		*cut = '\0';
	cut = strstr(s, ", id ");
	if (cut) {
		char *next = strchr(cut + 1, ',');

		memmove(cut, next ? next : "", strlen(next ? next : "") + 1);
	}
	snprintf(buf, len, "%s", !strncmp(s, "IP ", 3) ? s + 3 : s);
	free(s);
}

static struct pic_row *pic_add_row(struct pic *pic, enum pic_row_kind kind, const struct trace_event *e)
{
	struct pic_row *r = &pic->row[pic->nrow++];

	*r = (struct pic_row){ .kind = kind, .from = -1, .to = -1, .t = e->t };
	return r;
}

/* A frame: e is its sending; the next receiving of the same packet, before it is sent again, ends it. */
static void pic_arrow(struct pic *pic, unsigned int i, bool *used)
{
	const struct trace_log *l = pic->l;
	const struct trace_event *e = &l->ev[i];
	struct pic_row *r = pic_add_row(pic, PIC_ARROW, e);
	char sum[200];

	r->p = pic_pkt(l, e->pkt);
	if (e->kind == TRACE_XMIT) {
		r->from = pic_lane_of(pic, e);
		for (unsigned int k = i + 1; k < l->nev; k++) {
			if (l->ev[k].pkt != e->pkt || (l->ev[k].kind != TRACE_XMIT && l->ev[k].kind != TRACE_RCV))
				continue;
			if (l->ev[k].kind == TRACE_RCV) {
				r->to = pic_lane_of(pic, &l->ev[k]);
				used[k] = true;
			}
			break;
		}
	} else {
		r->to = pic_lane_of(pic, e);  /* received, but its sending was not seen */
	}
	pic_short_summary(sum, sizeof(sum), r->p);
	snprintf(r->line[0], sizeof(r->line[0]), "#%u %s", why_shown_number(l, e->pkt), sum);
}

static bool pic_has_arrow(const struct pic *pic, const struct trace_pkt *p)
{
	for (unsigned int i = 0; i < pic->nrow; i++)
		if (pic->row[i].kind == PIC_ARROW && pic->row[i].p == p)
			return true;
	return false;
}

/* A packet's end, on the lane where it ended: its verdict, the state that decided it, what it was. */
static void pic_mark(struct pic *pic, const struct trace_event *e, const struct why_judgement *j)
{
	const struct trace_log *l = pic->l;
	const struct trace_pkt *p = pic_pkt(l, e->pkt);
	struct pic_row *r = pic_add_row(pic, PIC_MARK, e);
	unsigned int n = why_shown_number(l, e->pkt), k = 1;
	char(*line)[sizeof(r->line[0])] = r->line;
	size_t len = sizeof(r->line[0]);

	r->p = p;
	r->v = j->v;
	r->from = pic_lane_of(pic, e);
	if (j->v == WHY_DROPPED)
		snprintf(line[0], len, "#%u dropped: SKB_DROP_REASON_%s (%s)", n, trace_ctl_drop_reason(e->reason),
			 e->func);
	else if (j->v == WHY_UNANSWERED)
		snprintf(line[0], len, j->went_wrong ? "#%u not answered: %s" : "#%u not answered (taken by %s)", n,
			 j->went_wrong ? j->decided->func : e->func);
	else if (j->v == WHY_WAITING)
		snprintf(line[0], len, "#%u waiting: %s", n, e->func);
	else if (j->v == WHY_DELIVERED)
		snprintf(line[0], len, "#%u delivered to a socket (%s)", n, e->func);
	else
		snprintf(line[0], len, "#%u answered by #%u (%s)", n, why_shown_number(l, why_first_child(l, p->id)),
			 e->func);
	if (j->went_wrong) {
		snprintf(line[k++], len, "%s", j->decided->state);
		why_add_fixes(NULL, j->decided->fix, NULL, pic->fixes, &pic->nfix, PIC_MAX_FIX);
	}
	/* A packet that never crossed a link has no arrow to say what it was. */
	if (!pic_has_arrow(pic, p)) {
		char sum[200];

		pic_short_summary(sum, sizeof(sum), p);
		snprintf(line[k++], len, "#%u was %s", n, sum);
	}
}

/* A decision made before there was a packet (a send with no route). */
static void pic_note(struct pic *pic, const struct trace_event *e)
{
	struct pic_row *r = pic_add_row(pic, PIC_NOTE, e);

	snprintf(r->line[0], sizeof(r->line[0]), "no packet: %s", e->func);
	snprintf(r->line[1], sizeof(r->line[1]), "%s", e->rule ? e->rule : "");
	snprintf(r->line[2], sizeof(r->line[2]), "%s", e->state);
	why_add_fixes(NULL, e->fix, NULL, pic->fixes, &pic->nfix, PIC_MAX_FIX);
}

/* Whether a packet's end is drawn: every verdict but "still on its way" and "done". */
static bool pic_marked(enum why_verdict v)
{
	return v != WHY_IN_FLIGHT && v != WHY_DONE;
}

/* What pic_rows knows of each packet so far. */
#define PIC_STARTED 1
#define PIC_ENDED 2

static void pic_end(struct pic *pic, const struct trace_event *e, uint8_t *seen)
{
	uint32_t i = e->pkt - pic->l->first_id;

	pic_mark(pic, e, &pic->judged[i]);
	seen[i] |= PIC_ENDED;
}

/*
 * A packet caused in the same instant as its cause ended (an echo reply, an
 * ICMP error for a dropped packet) comes after that end, though the log
 * has the end last: the kernel finishes with the cause after sending.
 */
static void pic_cause_first(struct pic *pic, const struct trace_event *e, uint8_t *seen)
{
	const struct trace_log *l = pic->l;
	const struct trace_pkt *cause = pic_pkt(l, pic_pkt(l, e->pkt)->parent);
	const struct why_judgement *j;
	const struct trace_event *end;

	if (!cause || why_is_background(cause) || seen[cause->id - l->first_id] & PIC_ENDED)
		return;
	j = &pic->judged[cause->id - l->first_id];
	end = j->last ? j->last : j->decided;
	if (pic_marked(j->v) && end && end > e && end->t == e->t)
		pic_end(pic, end, seen);
}

/* The rows, in the log's order: frames where they were sent, ends where they happened. */
static void pic_rows(struct pic *pic, bool *used, uint8_t *seen)
{
	const struct trace_log *l = pic->l;

	for (unsigned int i = 0; i < l->nev; i++) {
		const struct trace_event *e = &l->ev[i];
		const struct why_judgement *j;
		uint32_t k;

		if (!e->pkt && e->kind == TRACE_DECIDE)
			pic_note(pic, e);
		if (!pic_shown(l, e))
			continue;
		k = e->pkt - l->first_id;
		if (!(seen[k] & PIC_STARTED))
			pic_cause_first(pic, e, seen);
		seen[k] |= PIC_STARTED;
		if (e->kind == TRACE_XMIT || (e->kind == TRACE_RCV && !used[i]))
			pic_arrow(pic, i, used);
		j = &pic->judged[k];
		if (pic_marked(j->v) && !(seen[k] & PIC_ENDED) && (e == j->last || (!j->last && e == j->decided)))
			pic_end(pic, e, seen);
	}
}

/* Builds the model; false when memory ran out. */
static bool pic_build(struct pic *pic, const struct trace_log *l)
{
	bool *used = calloc(l->nev + 1, sizeof(*used));
	uint8_t *seen = calloc(l->npkt + 1, 1);

	*pic = (struct pic){ .l = l };
	pic->judged = calloc(l->npkt + 1, sizeof(*pic->judged));
	pic->lane = calloc(l->nev + 1, sizeof(*pic->lane));
	/* At most a row per step, and a mark per packet. */
	pic->row = calloc(l->nev + l->npkt + 1, sizeof(*pic->row));
	if (!used || !seen || !pic->judged || !pic->lane || !pic->row) {
		free(used);
		free(seen);
		return false;
	}
	for (unsigned int i = 0; i < l->npkt; i++) {
		why_judge(l, &l->pkt[i], &pic->judged[i]);
		pic->nbg += !l->pkt[i].earlier && why_is_link_chatter(&l->pkt[i]);
	}
	pic_lanes(pic);
	pic_rows(pic, used, seen);
	free(used);
	free(seen);
	return true;
}

static void pic_free(struct pic *pic)
{
	free(pic->judged);
	free(pic->lane);
	free(pic->row);
}

/* ---- layout: where everything goes, measured with the fonts it is drawn in ---- */

/*
 * Glyph advances not rounded to whole device pixels: the layout measured at
 * one scale then holds at another (the PNG's, the SVG's).
 */
static void pic_unhinted(cairo_t *cr)
{
	cairo_font_options_t *fo = cairo_font_options_create();

	cairo_font_options_set_hint_metrics(fo, CAIRO_HINT_METRICS_OFF);
	cairo_set_font_options(cr, fo);
	cairo_font_options_destroy(fo);
}

static void pic_font(cairo_t *cr, enum pic_style s)
{
	static const double size[] = {
		[PIC_TITLE] = 14, [PIC_HEAD] = 12, [PIC_LABEL] = 11, [PIC_SMALL] = 10, [PIC_REASON] = 11,
	};
	bool bold = s == PIC_TITLE || s == PIC_HEAD || s == PIC_REASON;

	cairo_select_font_face(cr, PIC_FONT, CAIRO_FONT_SLANT_NORMAL,
			       bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL);
	cairo_set_font_size(cr, size[s]);
}

static double pic_text_w(cairo_t *cr, enum pic_style s, const char *text)
{
	cairo_text_extents_t ext;

	pic_font(cr, s);
	cairo_text_extents(cr, text, &ext);
	return ext.x_advance;
}

static unsigned int pic_nlines(const struct pic_row *r)
{
	unsigned int n = 0;

	while (n < PIC_LINES && r->line[n][0])
		n++;
	return n;
}

static double pic_lane_x(const struct pic *pic, int lane)
{
	return lane >= 0 ? pic->lane[lane].x : 0;
}

/* Where an arrow's label starts: right of its left end, or right of the loop of a frame to itself. */
static double pic_label_x(const struct pic *pic, const struct pic_row *r)
{
	double a = r->from >= 0 ? pic_lane_x(pic, r->from) : pic_lane_x(pic, r->to) - pic->lane_w / 2;
	double b = r->to >= 0 ? pic_lane_x(pic, r->to) : a + pic->lane_w / 2;

	if (r->from == r->to)
		return a + PIC_LOOP_W + 6;
	return (a < b ? a : b) + 8;
}

static void pic_grow(double *w, double x)
{
	if (x > *w)
		*w = x;
}

/* The lanes' width (the widest label between two of them), then every lane's x, the rows' y and the size. */
static void pic_layout(struct pic *pic, cairo_t *cr, const char *fixes_title)
{
	double y, w = PIC_LANE_MIN - 24, x0 = PIC_MARGIN + PIC_GUTTER;

	for (unsigned int i = 0; i < pic->nrow; i++)
		if (pic->row[i].kind == PIC_ARROW && pic->row[i].from != pic->row[i].to)
			pic_grow(&w, pic_text_w(cr, PIC_LABEL, pic->row[i].line[0]));
	for (unsigned int i = 0; i < pic->nlane; i++)
		pic_grow(&w, pic_text_w(cr, PIC_HEAD, pic->lane[i].dev));
	pic->lane_w = w + 24 > PIC_LANE_MAX ? PIC_LANE_MAX : w + 24;
	for (unsigned int i = 0; i < pic->nlane; i++)
		pic->lane[i].x = x0 + pic->lane_w * (i + 0.5) + PIC_NS_GAP * pic->lane[i].group;
	pic->notes_x = pic->nlane ? pic->lane[pic->nlane - 1].x + pic->lane_w / 2 + 10 : x0;
	pic->width = pic_text_w(cr, PIC_TITLE, pic->l->command) + 60 + 2 * PIC_MARGIN;
	pic->lanes_top = PIC_MARGIN + PIC_TITLE_H + (pic->nlane ? PIC_NS_H + PIC_DEV_H + 8 : 0);
	y = pic->lanes_top + 8;
	for (unsigned int i = 0; i < pic->nrow; i++) {
		struct pic_row *r = &pic->row[i];

		if (r->kind == PIC_ARROW) {
			r->h = PIC_ARROW_H;
			r->y = y + 20;
			pic_grow(&pic->width, pic_label_x(pic, r) + pic_text_w(cr, PIC_LABEL, r->line[0]) + PIC_MARGIN);
		} else {
			r->h = 12 + PIC_LINE_H * pic_nlines(r);
			r->y = y + 10;
			for (unsigned int k = 0; k < pic_nlines(r); k++)
				pic_grow(&pic->width, pic->notes_x + 14 +
						      pic_text_w(cr, k ? PIC_SMALL : PIC_REASON, r->line[k]) + PIC_MARGIN);
		}
		y += r->h;
	}
	pic->lanes_bottom = y + 8;
	pic_grow(&pic->width, pic->notes_x + PIC_MARGIN);
	y = pic->lanes_bottom + 10;
	if (pic->nfix)
		y += PIC_LINE_H * (pic->nfix + 1) + 4;
	for (int i = 0; i < pic->nfix; i++)
		pic_grow(&pic->width, PIC_MARGIN + 16 + pic_text_w(cr, PIC_LABEL, pic->fixes[i]) + PIC_MARGIN);
	if (pic->nbg)
		y += PIC_LINE_H + 4;
	pic_grow(&pic->width, pic_text_w(cr, PIC_LABEL, fixes_title) + 2 * PIC_MARGIN);
	pic->height = y + PIC_MARGIN;
}

/* ---- painting ---- */

static void pic_rgb(cairo_t *cr, unsigned int rgb)
{
	cairo_set_source_rgb(cr, (rgb >> 16) / 255.0, (rgb >> 8 & 255) / 255.0, (rgb & 255) / 255.0);
}

#define PIC_RED 0xc62828
#define PIC_GREEN 0x2e7d32
#define PIC_GREY 0x757575
#define PIC_INK 0x212121

/* Every text goes through here: drawn with its left end at x (its centre if centred), and listed as "what\ttext". */
static void pic_text(struct pic *pic, cairo_t *cr, enum pic_style s, double x, double y, bool centred,
		     const char *what, const char *text)
{
	if (!text[0])
		return;
	if (centred)
		x -= pic_text_w(cr, s, text) / 2;
	pic_font(cr, s);
	cairo_move_to(cr, x, y);
	cairo_show_text(cr, text);
	if (pic->list)
		fprintf(pic->list, "%s\t%s\n", what, text);
}

/* "ns/dev" as the listing names a lane, "root/dev" in the initial namespace, "-" for none. */
static const char *pic_lane_name(const struct pic *pic, int lane, char *buf, size_t len)
{
	if (lane < 0)
		return "-";
	snprintf(buf, len, "%s/%s", pic->lane[lane].ns[0] ? pic->lane[lane].ns : "root", pic->lane[lane].dev);
	return buf;
}

static void pic_round_rect(cairo_t *cr, double x, double y, double w, double h, double r)
{
	cairo_new_sub_path(cr);
	cairo_arc(cr, x + w - r, y + r, r, -M_PI / 2, 0);
	cairo_arc(cr, x + w - r, y + h - r, r, 0, M_PI / 2);
	cairo_arc(cr, x + r, y + h - r, r, M_PI / 2, M_PI);
	cairo_arc(cr, x + r, y + r, r, M_PI, 3 * M_PI / 2);
	cairo_close_path(cr);
}

/* A namespace: a tinted band behind its lanes, its name on top. */
static void pic_paint_group(struct pic *pic, cairo_t *cr, unsigned int first, unsigned int last)
{
	static const unsigned int tint[] = { 0xe3f2fd, 0xfff8e1, 0xe8f5e9, 0xf3e5f5, 0xfbe9e7 };
	const char *ns = pic->lane[first].ns[0] ? pic->lane[first].ns : "root";
	double x = pic->lane[first].x - pic->lane_w / 2 + 4, w = pic->lane[last].x + pic->lane_w / 2 - 4 - x;
	double y = PIC_MARGIN + PIC_TITLE_H;
	char what[TRACE_NAME + 16];

	pic_rgb(cr, tint[pic->lane[first].group % (sizeof(tint) / sizeof(tint[0]))]);
	pic_round_rect(cr, x, y, w, pic->lanes_bottom - y, 6);
	cairo_fill(cr);
	pic_rgb(cr, PIC_INK);
	snprintf(what, sizeof(what), "namespace %s", ns);
	pic_text(pic, cr, PIC_HEAD, x + w / 2, y + 16, true, what, ns);
}

/* A device: its name in a box, and its lane going down. */
static void pic_paint_lane(struct pic *pic, cairo_t *cr, int i)
{
	double x = pic->lane[i].x, y = PIC_MARGIN + PIC_TITLE_H + PIC_NS_H;
	double w = pic_text_w(cr, PIC_HEAD, pic->lane[i].dev) + 16;
	char what[2 * TRACE_NAME + 8], name[2 * TRACE_NAME + 2];

	cairo_set_source_rgb(cr, 1, 1, 1);
	cairo_rectangle(cr, x - w / 2, y, w, PIC_DEV_H);
	cairo_fill_preserve(cr);
	pic_rgb(cr, PIC_INK);
	cairo_set_line_width(cr, 1);
	cairo_stroke(cr);
	snprintf(what, sizeof(what), "lane %s", pic_lane_name(pic, i, name, sizeof(name)));
	pic_text(pic, cr, PIC_HEAD, x, y + 16, true, what, pic->lane[i].dev);
	pic_rgb(cr, PIC_GREY);
	cairo_set_dash(cr, (const double[]){ 4, 3 }, 2, 0);
	cairo_move_to(cr, x, y + PIC_DEV_H);
	cairo_line_to(cr, x, pic->lanes_bottom);
	cairo_stroke(cr);
	cairo_set_dash(cr, NULL, 0, 0);
}

static unsigned int pic_colour(const struct trace_pkt *p)
{
	uint16_t proto = p->l3 ? p->protocol : (uint16_t)(p->data[12] << 8 | p->data[13]);

	return proto == 0x0806 ? 0xe65100 : proto == 0x86dd ? 0x00796b : 0x1565c0;
}

static void pic_arrow_head(cairo_t *cr, double x, double y, double dir)
{
	cairo_move_to(cr, x, y);
	cairo_line_to(cr, x - dir * 9, y - 4.5);
	cairo_line_to(cr, x - dir * 9, y + 4.5);
	cairo_close_path(cr);
	cairo_fill(cr);
}

/* A frame: a line from the sender's lane to the receiver's (a loop when they are one), with its label. */
static void pic_paint_arrow(struct pic *pic, cairo_t *cr, const struct pic_row *r)
{
	double a = r->from >= 0 ? pic_lane_x(pic, r->from) : pic_lane_x(pic, r->to) - pic->lane_w / 2;
	double b = r->to >= 0 ? pic_lane_x(pic, r->to) : a + pic->lane_w / 2;
	char what[6 * TRACE_NAME], from[2 * TRACE_NAME + 2], to[2 * TRACE_NAME + 2];

	pic_rgb(cr, pic_colour(r->p));
	cairo_set_line_width(cr, 1.6);
	if (r->from == r->to) {
		cairo_move_to(cr, a, r->y - 6);
		cairo_curve_to(cr, a + PIC_LOOP_W, r->y - 10, a + PIC_LOOP_W, r->y + 10, a + 8, r->y + 6);
		cairo_stroke(cr);
		pic_arrow_head(cr, a, r->y + 6, -1);
	} else {
		double dir = b > a ? 1 : -1;

		cairo_move_to(cr, a, r->y);
		cairo_line_to(cr, b - dir * 8, r->y);
		cairo_stroke(cr);
		pic_arrow_head(cr, b, r->y, dir);
	}
	snprintf(what, sizeof(what), "arrow %u %s %s", why_shown_number(pic->l, r->p->id),
		 pic_lane_name(pic, r->from, from, sizeof(from)), pic_lane_name(pic, r->to, to, sizeof(to)));
	pic_text(pic, cr, PIC_LABEL, pic_label_x(pic, r), r->from == r->to ? r->y + 4 : r->y - 5, false, what,
		 r->line[0]);
}

static const char *const pic_verdict_names[] = {
	[WHY_WAITING] = "waiting", [WHY_IN_FLIGHT] = "in_flight", [WHY_DROPPED] = "dropped",
	[WHY_DELIVERED] = "delivered", [WHY_UNANSWERED] = "unanswered", [WHY_ANSWERED] = "answered",
	[WHY_DONE] = "done",
};

/* The symbol of a packet's end on its lane: a red X where it went wrong, a green dot where a socket took it. */
static void pic_paint_symbol(cairo_t *cr, enum why_verdict v, double x, double y)
{
	if (v == WHY_DELIVERED || v == WHY_ANSWERED) {
		pic_rgb(cr, v == WHY_DELIVERED ? PIC_GREEN : PIC_GREY);
		cairo_arc(cr, x, y, 5, 0, 2 * M_PI);
		cairo_fill(cr);
		return;
	}
	pic_rgb(cr, PIC_RED);
	cairo_set_line_width(cr, 2.6);
	cairo_move_to(cr, x - 6, y - 6);
	cairo_line_to(cr, x + 6, y + 6);
	cairo_move_to(cr, x + 6, y - 6);
	cairo_line_to(cr, x - 6, y + 6);
	cairo_stroke(cr);
}

static unsigned int pic_verdict_colour(const struct pic_row *r)
{
	if (r->kind == PIC_NOTE)
		return PIC_RED;
	return r->v == WHY_DELIVERED ? PIC_GREEN : r->v == WHY_ANSWERED ? PIC_GREY : PIC_RED;
}

/* A packet's end: its symbol on the lane, a dotted line to the notes column, and what ended it there. */
static void pic_paint_mark(struct pic *pic, cairo_t *cr, const struct pic_row *r)
{
	char what[4 * TRACE_NAME], at[2 * TRACE_NAME + 2];

	if (r->from >= 0) {
		double x = pic_lane_x(pic, r->from);

		pic_paint_symbol(cr, r->v, x, r->y);
		pic_rgb(cr, pic_verdict_colour(r));
		cairo_set_line_width(cr, 0.8);
		cairo_set_dash(cr, (const double[]){ 1, 3 }, 2, 0);
		cairo_move_to(cr, x + 9, r->y);
		cairo_line_to(cr, pic->notes_x + 8, r->y);
		cairo_stroke(cr);
		cairo_set_dash(cr, NULL, 0, 0);
	}
	if (r->kind == PIC_NOTE)
		snprintf(what, sizeof(what), "note");
	else
		snprintf(what, sizeof(what), "mark %s %u %s", pic_verdict_names[r->v], why_shown_number(pic->l, r->p->id),
			 pic_lane_name(pic, r->from, at, sizeof(at)));
	pic_rgb(cr, pic_verdict_colour(r));
	pic_text(pic, cr, PIC_REASON, pic->notes_x + 14, r->y + 4, false, what, r->line[0]);
	pic_rgb(cr, PIC_GREY);
	for (unsigned int k = 1; k < pic_nlines(r); k++)
		pic_text(pic, cr, PIC_SMALL, pic->notes_x + 14, r->y + 4 + PIC_LINE_H * k, false, "detail", r->line[k]);
}

/* The virtual time of a row, from the first step of the log, in the left column. */
static void pic_paint_time(struct pic *pic, cairo_t *cr, const struct pic_row *r)
{
	char t[32];

	snprintf(t, sizeof(t), "%.3f ms", (double)(r->t - pic->l->ev[0].t) / 1e6);
	pic_rgb(cr, PIC_GREY);
	pic_text(pic, cr, PIC_SMALL, PIC_MARGIN, r->y + (r->kind == PIC_ARROW ? 3 : 4), false, "time", t);
}

/* Under the lanes: the fixes why found, and the links' own chatter it left out. */
static void pic_paint_footer(struct pic *pic, cairo_t *cr, const char *fixes_title)
{
	double y = pic->lanes_bottom + 10 + PIC_LINE_H;
	char bg[160];

	pic_rgb(cr, PIC_INK);
	if (pic->nfix) {
		pic_text(pic, cr, PIC_HEAD, PIC_MARGIN, y, false, "fixes", fixes_title);
		for (int i = 0; i < pic->nfix; i++)
			pic_text(pic, cr, PIC_LABEL, PIC_MARGIN + 16, y += PIC_LINE_H, false, "fix", pic->fixes[i]);
		y += PIC_LINE_H + 4;
	}
	snprintf(bg, sizeof(bg), "(and %d IPv6 packets the links sent on their own, not drawn)", pic->nbg);
	pic_rgb(cr, PIC_GREY);
	if (pic->nbg)
		pic_text(pic, cr, PIC_SMALL, PIC_MARGIN, y, false, "background", bg);
}

static void pic_paint(struct pic *pic, cairo_t *cr, const char *fixes_title)
{
	char title[sizeof(pic->l->command) + 8];

	cairo_set_source_rgb(cr, 1, 1, 1);
	cairo_paint(cr);
	snprintf(title, sizeof(title), "why: %s", pic->l->command[0] ? pic->l->command : "(no command yet)");
	pic_rgb(cr, PIC_INK);
	pic_text(pic, cr, PIC_TITLE, PIC_MARGIN, PIC_MARGIN + 14, false, "title", title);
	for (unsigned int i = 0, first = 0; i < pic->nlane; i++)
		if (i + 1 == pic->nlane || pic->lane[i + 1].group != pic->lane[i].group) {
			pic_paint_group(pic, cr, first, i);
			first = i + 1;
		}
	for (unsigned int i = 0; i < pic->nlane; i++)
		pic_paint_lane(pic, cr, (int)i);
	for (unsigned int i = 0; i < pic->nrow; i++) {
		pic_paint_time(pic, cr, &pic->row[i]);
		if (pic->row[i].kind == PIC_ARROW)
			pic_paint_arrow(pic, cr, &pic->row[i]);
		else
			pic_paint_mark(pic, cr, &pic->row[i]);
	}
	if (!pic->nrow) {
		pic_rgb(cr, PIC_GREY);
		pic_text(pic, cr, PIC_LABEL, PIC_MARGIN, pic->lanes_top + 14, false, "empty", "the last command sent no packet");
	}
	pic_paint_footer(pic, cr, fixes_title);
}

/* ---- the files ---- */

static cairo_status_t pic_write(void *closure, const unsigned char *data, unsigned int len)
{
	return fwrite(data, 1, len, closure) == len ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR;
}

/* Paints onto a surface of kind "svg" or "png" written to f; a cairo status. */
static cairo_status_t pic_render(struct pic *pic, const char *kind, FILE *f, const char *fixes_title)
{
	bool svg = !strcmp(kind, "svg");
	double scale = svg ? 1 : PIC_PNG_SCALE;
	cairo_surface_t *s = svg ? cairo_svg_surface_create_for_stream(pic_write, f, pic->width, pic->height)
				 : cairo_image_surface_create(CAIRO_FORMAT_RGB24, (int)(pic->width * scale + 0.5),
							      (int)(pic->height * scale + 0.5));
	cairo_t *cr = cairo_create(s);
	cairo_status_t st;

	cairo_scale(cr, scale, scale);
	pic_unhinted(cr);
	pic_paint(pic, cr, fixes_title);
	st = cairo_status(cr);
	cairo_destroy(cr);
	if (!svg && st == CAIRO_STATUS_SUCCESS)
		st = cairo_surface_write_to_png_stream(s, pic_write, f);
	cairo_surface_finish(s);
	if (st == CAIRO_STATUS_SUCCESS)
		st = cairo_surface_status(s);
	cairo_surface_destroy(s);
	return st;
}

/* Whether path may be written: a host file, as tcpdump -w writes (never the host's networking state). */
static bool pic_path_ok(struct vl_cmd_ctx *c, const char *path)
{
	struct vfs_path vp;

	if (!path)
		return true;
	vfs_resolve(c->net, path, &vp);
	if (vp.where != VFS_HOST)
		fprintf(c->err, "why: %s: %s\n", path, VFS_REFUSED_TEXT);
	return vp.where == VFS_HOST;
}

/* Writes one picture to path; 0, or 1 with a message (and no file). */
static int pic_file(struct vl_cmd_ctx *c, struct pic *pic, const char *kind, const char *path,
		    const char *fixes_title)
{
	cairo_status_t st;
	FILE *f = fopen(path, "wb");

	if (!f) {
		fprintf(c->err, "why: %s: %s\n", path, strerror(errno));
		return 1;
	}
	st = pic_render(pic, kind, f, fixes_title);
	if (fclose(f) && st == CAIRO_STATUS_SUCCESS)
		st = CAIRO_STATUS_WRITE_ERROR;
	if (st != CAIRO_STATUS_SUCCESS) {
		fprintf(c->err, "why: %s: %s\n", path, cairo_status_to_string(st));
		unlink(path);
		return 1;
	}
	return 0;
}

int why_draw(struct vl_cmd_ctx *c, const struct trace_log *l, const struct why_draw_opts *o)
{
	static const char fixes_title[] = "to fix:";
	struct pic pic;
	cairo_surface_t *probe;
	cairo_t *cr;
	int st = 0;

	if (!pic_path_ok(c, o->svg) || !pic_path_ok(c, o->png))
		return 1;
	if (!pic_build(&pic, l)) {
		pic_free(&pic);
		fputs("why: out of memory\n", c->err);
		return 1;
	}
	probe = cairo_image_surface_create(CAIRO_FORMAT_RGB24, 1, 1);
	cr = cairo_create(probe);
	pic_unhinted(cr);
	pic_layout(&pic, cr, fixes_title);
	cairo_destroy(cr);
	cairo_surface_destroy(probe);
	/* The listing is of one painting: the first. */
	pic.list = o->list;
	if (o->svg)
		st = pic_file(c, &pic, "svg", o->svg, fixes_title);
	pic.list = o->svg ? NULL : o->list;
	if (!st && o->png)
		st = pic_file(c, &pic, "png", o->png, fixes_title);
	pic_free(&pic);
	/* Cairo and fontconfig keep their fonts for the life of the process: let them go (nothing here is left to use them). */
	cairo_debug_reset_static_data();
	FcFini();
	return st;
}

/*
 * graph.c: `graph [-o FILE.svg|FILE.png|FILE.dot]`: the world as it is now,
 * drawn with graphviz (libcgraph builds the graph, libgvc lays it out and
 * renders it): a box for each namespace, the devices in it with their
 * addresses and state, an edge for each veth pair (across namespaces too)
 * and from each port to its master; what is down is dashed. Without -o it
 * prints the graph in DOT, unlaid, for `dot` or another tool to draw.
 */
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <gvc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/wait.h>
#include <unistd.h>

#include "../ctl/rtnl.h"
#include "../ctl/sys.h"
#include "../ctl/vfs.h"
#include "tools.h"

#define GRAPH_SYNOPSIS "usage: graph [-o FILE.svg|FILE.png|FILE.dot]\n"
#define GRAPH_FONT "DejaVu Sans"
#define GRAPH_UP_FILL "#e3f2e1"
#define GRAPH_DOWN_FILL "#eeeeee"
#define GRAPH_UP_TEXT "#2e7d32"
#define GRAPH_DOWN_TEXT "#c62828"

/* One namespace: its box in the graph. */
struct graph_ns {
	struct netns *net;
	const char *name;     /* NULL for the initial namespace */
	Agraph_t *cluster;
};

/* What one `graph` builds: the namespaces, in order, and the graph. */
struct graph_ctx {
	struct vl_cmd_ctx *c;
	Agraph_t *g;
	struct graph_ns *ns;
	size_t nns, cap;
	struct graph_ns **by_net;  /* ns sorted by namespace pointer: a peer's namespace in O(log n) */
	bool oom;
};

/* Which output the file's suffix asks for. */
enum graph_format { GRAPH_DOT, GRAPH_SVG, GRAPH_PNG };

static const char *const graph_format_names[] = {
	[GRAPH_DOT] = "dot", [GRAPH_SVG] = "svg", [GRAPH_PNG] = "png",
};

/* ---- the namespaces ---- */

static void graph_add_ns(struct graph_ctx *gc, struct netns *net, const char *name)
{
	if (gc->nns == gc->cap) {
		gc->cap = gc->cap ? gc->cap * 2 : 8;
		gc->ns = vl_realloc(gc->ns, gc->cap * sizeof(*gc->ns));
	}
	gc->ns[gc->nns++] = (struct graph_ns){ .net = net, .name = name };
}

static int graph_collect_named(struct netns *net, void *arg)
{
	graph_add_ns(arg, net, rtnl_netns_name(net));
	return 0;
}

static int graph_cmp_net(const void *a, const void *b)
{
	const struct netns *x = (*(struct graph_ns *const *)a)->net, *y = (*(struct graph_ns *const *)b)->net;

	return x < y ? -1 : x > y;
}

/*
 * The initial namespace, then the named ones in the order they were added
 * (the list gives them newest first): the order their boxes are laid out.
 */
static void graph_collect_ns(struct graph_ctx *gc)
{
	graph_add_ns(gc, rtnl_init_net(gc->c->world), NULL);
	rtnl_netns_list(gc->c->world, graph_collect_named, gc);
	for (size_t i = 1, j = gc->nns - 1; i < j; i++, j--) {
		struct graph_ns t = gc->ns[i];

		gc->ns[i] = gc->ns[j];
		gc->ns[j] = t;
	}
	gc->by_net = vl_malloc(gc->nns * sizeof(*gc->by_net));
	for (size_t i = 0; i < gc->nns; i++)
		gc->by_net[i] = &gc->ns[i];
	qsort(gc->by_net, gc->nns, sizeof(*gc->by_net), graph_cmp_net);
}

/* The drawn namespace net is, or NULL (one without a name, which no box shows). */
static struct graph_ns *graph_ns_of(const struct graph_ctx *gc, struct netns *net)
{
	struct graph_ns key = { .net = net }, *pkey = &key, **hit;

	hit = bsearch(&pkey, gc->by_net, gc->nns, sizeof(*gc->by_net), graph_cmp_net);
	return hit ? *hit : NULL;
}

/* ---- attributes ---- */

/* agsafeset takes char *: the strings are copied into the graph's own pool. */
static void graph_set(void *obj, const char *name, const char *value)
{
	agsafeset(obj, (char *)name, (char *)value, "");
}

/* An HTML-like label (graphviz's <...>), so that the device's name can be bold. */
static void graph_set_html(struct graph_ctx *gc, void *obj, const char *html)
{
	char *h = agstrdup_html(gc->g, (char *)html);

	if (!h) {
		gc->oom = true;
		return;
	}
	graph_set(obj, "label", h);
	agstrfree(gc->g, h);
}

/* Text inside an HTML label: names may hold <, > or & (Linux allows them in device names). */
static void graph_escape(FILE *f, const char *s)
{
	for (; *s; s++) {
		if (*s == '<')
			fputs("&lt;", f);
		else if (*s == '>')
			fputs("&gt;", f);
		else if (*s == '&')
			fputs("&amp;", f);
		else if (*s == '"')
			fputs("&quot;", f);
		else
			fputc(*s, f);
	}
}

/* The node's name: "DEV" in the initial namespace, "NS/DEV" in a named one, as why names them. */
static void graph_node_name(const struct graph_ns *ns, const char *dev, char *buf, size_t len)
{
	if (ns->name)
		snprintf(buf, len, "%s/%s", ns->name, dev);
	else
		snprintf(buf, len, "%s", dev);
}

/* ---- the devices ---- */

static const char *const graph_oper_names[] = {
	[IF_OPER_UNKNOWN] = "UNKNOWN", [IF_OPER_NOTPRESENT] = "NOTPRESENT", [IF_OPER_DOWN] = "DOWN",
	[IF_OPER_LOWERLAYERDOWN] = "LOWERLAYERDOWN", [IF_OPER_TESTING] = "TESTING",
	[IF_OPER_DORMANT] = "DORMANT", [IF_OPER_UP] = "UP",
};

/* Whether frames can cross the device: up, with carrier (lo, always once up). */
static bool graph_link_up(const struct rtnl_link *l)
{
	return (l->flags & IFF_UP) && l->carrier;
}

/* One IPv4 address as `ip addr` shows it: ADDR/PLEN, or ADDR peer PEER/PLEN. */
static int graph_addr4(const struct rtnl_addr *a, void *arg)
{
	uint32_t local = htonl(a->local), peer = htonl(a->address);
	char b[INET_ADDRSTRLEN], p[INET_ADDRSTRLEN];
	FILE *f = arg;

	inet_ntop(AF_INET, &local, b, sizeof(b));
	fprintf(f, "<TR><TD ALIGN=\"LEFT\">%s", b);
	if (a->address != a->local) {
		inet_ntop(AF_INET, &peer, p, sizeof(p));
		fprintf(f, " peer %s", p);
	}
	fprintf(f, "/%d</TD></TR>", a->prefixlen);
	return 0;
}

/* One IPv6 address: ADDR/PLEN, and the DAD flags `ip addr` prints after it. */
static int graph_addr6(const struct rtnl_addr6 *a, void *arg)
{
	char b[INET6_ADDRSTRLEN];
	FILE *f = arg;

	inet_ntop(AF_INET6, a->addr, b, sizeof(b));
	fprintf(f, "<TR><TD ALIGN=\"LEFT\">%s/%d%s%s</TD></TR>", b, a->prefixlen,
		a->flags & IFA6_F_DADFAILED ? " dadfailed" : "", a->flags & IFA6_F_TENTATIVE ? " tentative" : "");
	return 0;
}

/* The label: name and kind, the addresses, then admin state and operstate. */
static char *graph_dev_label(struct netns *net, const struct rtnl_link *l)
{
	bool up = l->flags & IFF_UP;
	char *buf = NULL;
	size_t len = 0;
	FILE *f = vl_memstream(&buf, &len);

	fputs("<TABLE BORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"1\"><TR><TD ALIGN=\"LEFT\"><B>", f);
	graph_escape(f, l->name);
	fprintf(f, "</B> <FONT COLOR=\"#666666\">%s</FONT></TD></TR>", l->kind ? l->kind : "loopback");
	rtnl_addr_dump(net, l->ifindex, graph_addr4, f);
	rtnl_addr6_dump(net, l->ifindex, graph_addr6, f);
	fprintf(f, "<TR><TD ALIGN=\"LEFT\"><FONT COLOR=\"%s\"><B>%s</B></FONT>, state %s</TD></TR></TABLE>",
		up ? GRAPH_UP_TEXT : GRAPH_DOWN_TEXT, up ? "UP" : "DOWN",
		l->operstate <= IF_OPER_UP ? graph_oper_names[l->operstate] : "UNKNOWN");
	fclose(f);
	return buf;
}

struct graph_dev_arg {
	struct graph_ctx *gc;
	struct graph_ns *ns;
};

static int graph_add_dev(const struct rtnl_link *l, void *arg)
{
	struct graph_dev_arg *da = arg;
	char name[2 * IFNAMSIZ + 256];
	char *label = graph_dev_label(da->ns->net, l);
	Agnode_t *n;

	graph_node_name(da->ns, l->name, name, sizeof(name));
	n = agnode(da->ns->cluster, name, 1);
	if (!n) {
		free(label);
		da->gc->oom = true;
		return -ENOMEM;
	}
	graph_set_html(da->gc, n, label);
	free(label);
	graph_set(n, "fillcolor", l->flags & IFF_UP ? GRAPH_UP_FILL : GRAPH_DOWN_FILL);
	graph_set(n, "style", l->flags & IFF_UP ? "rounded,filled" : "rounded,filled,dashed");
	return 0;
}

/* A box per namespace, and its devices in it. */
static int graph_add_nodes(struct graph_ctx *gc)
{
	for (size_t i = 0; i < gc->nns; i++) {
		struct graph_ns *ns = &gc->ns[i];
		struct graph_dev_arg da = { .gc = gc, .ns = ns };
		char name[300], label[300];
		int err;

		/* "cluster_" makes the subgraph a box; a namespace named root is not the initial one. */
		if (ns->name) {
			snprintf(name, sizeof(name), "cluster_netns_%s", ns->name);
			snprintf(label, sizeof(label), "netns %s", ns->name);
		} else {
			snprintf(name, sizeof(name), "cluster_root");
			snprintf(label, sizeof(label), "root (initial namespace)");
		}
		ns->cluster = agsubg(gc->g, name, 1);
		if (!ns->cluster)
			return -ENOMEM;
		graph_set(ns->cluster, "label", label);
		err = rtnl_link_dump(ns->net, graph_add_dev, &da);
		if (err)
			return err;
	}
	return gc->oom ? -ENOMEM : 0;
}

/* ---- the edges ---- */

/* A peer in a namespace that has no name (so no box): a node of its own, outside every box. */
static Agnode_t *graph_stub(struct graph_ctx *gc, const struct rtnl_link *l)
{
	char name[64];
	Agnode_t *n;

	snprintf(name, sizeof(name), "netnsid %d/if%d", l->link_netnsid, l->link);
	n = agnode(gc->g, name, 1);
	if (n)
		graph_set(n, "style", "dashed");
	return n;
}

static void graph_edge(struct graph_ctx *gc, Agnode_t *from, Agnode_t *to, bool down, bool master)
{
	Agedge_t *e = agedge(gc->g, from, to, NULL, 1);

	if (!e) {
		gc->oom = true;
		return;
	}
	if (down)
		graph_set(e, "style", "dashed");
	if (master) {
		/* The graph is undirected (a veth pair has no direction): a port's arrow points at its master. */
		graph_set(e, "dir", "forward");
		graph_set(e, "label", "master");
	} else {
		graph_set(e, "penwidth", "2");
	}
}

/*
 * A veth pair is one edge, dashed unless both ends are up with carrier.
 * A peer in a namespace without a name gets a node of its own.
 */
static void graph_veth_edge(struct graph_ctx *gc, struct graph_ns *ns, Agnode_t *n,
			    const struct rtnl_link *l)
{
	struct netns *pnet = l->link_netnsid < 0 ? ns->net : rtnl_netns_by_id(ns->net, l->link_netnsid);
	struct graph_ns *pns = pnet ? graph_ns_of(gc, pnet) : NULL;
	struct rtnl_link peer;
	char name[2 * IFNAMSIZ + 256];
	Agnode_t *pn;

	if (!pns || rtnl_link_get(pnet, l->link, NULL, &peer)) {
		pn = graph_stub(gc, l);
		if (pn)
			graph_edge(gc, n, pn, !graph_link_up(l), false);
		else
			gc->oom = true;
		return;
	}
	/*
	 * Once, from the end in the namespace drawn first, or in one namespace
	 * from the higher index: the end `ip link add NAME type veth` named,
	 * registered after its peer.
	 */
	if (pns < ns || (pns == ns && peer.ifindex > l->ifindex))
		return;
	graph_node_name(pns, peer.name, name, sizeof(name));
	pn = agnode(pns->cluster, name, 0);
	if (pn)
		graph_edge(gc, n, pn, !graph_link_up(l) || !graph_link_up(&peer), false);
}

/* A port's edge to its master (always in its own namespace); dashed when either is down. */
static void graph_master_edge(struct graph_ctx *gc, struct graph_ns *ns, Agnode_t *n,
			      const struct rtnl_link *l)
{
	struct rtnl_link m;
	char name[2 * IFNAMSIZ + 256];
	Agnode_t *mn;

	if (rtnl_link_get(ns->net, l->master, NULL, &m))
		return;
	graph_node_name(ns, m.name, name, sizeof(name));
	mn = agnode(ns->cluster, name, 0);
	if (mn)
		graph_edge(gc, n, mn, !graph_link_up(l) || !graph_link_up(&m), true);
}

static int graph_dev_edges(const struct rtnl_link *l, void *arg)
{
	struct graph_dev_arg *da = arg;
	char name[2 * IFNAMSIZ + 256];
	Agnode_t *n;

	graph_node_name(da->ns, l->name, name, sizeof(name));
	n = agnode(da->ns->cluster, name, 0);
	if (!n)
		return 0;
	if (l->kind && !strcmp(l->kind, "veth") && l->link)
		graph_veth_edge(da->gc, da->ns, n, l);
	if (l->master)
		graph_master_edge(da->gc, da->ns, n, l);
	return da->gc->oom ? -ENOMEM : 0;
}

/* Once every device has its node: the pairs and the masters. */
static int graph_add_edges(struct graph_ctx *gc)
{
	for (size_t i = 0; i < gc->nns; i++) {
		struct graph_dev_arg da = { .gc = gc, .ns = &gc->ns[i] };
		int err = rtnl_link_dump(gc->ns[i].net, graph_dev_edges, &da);

		if (err)
			return err;
	}
	return 0;
}

/* ---- the graph ---- */

static void graph_defaults(Agraph_t *g)
{
	agattr(g, AGRAPH, "fontname", GRAPH_FONT);
	agattr(g, AGRAPH, "rankdir", "LR");
	agattr(g, AGRAPH, "style", "rounded");
	agattr(g, AGRAPH, "labeljust", "l");
	agattr(g, AGNODE, "fontname", GRAPH_FONT);
	agattr(g, AGNODE, "fontsize", "11");
	agattr(g, AGNODE, "shape", "box");
	agattr(g, AGEDGE, "fontname", GRAPH_FONT);
	agattr(g, AGEDGE, "fontsize", "10");
}

static int graph_build(struct graph_ctx *gc)
{
	int err;

	graph_collect_ns(gc);
	gc->g = agopen("vethlab", Agundirected, NULL);
	if (!gc->g)
		return -ENOMEM;
	graph_defaults(gc->g);
	err = graph_add_nodes(gc);
	if (!err)
		err = graph_add_edges(gc);
	return err ? err : gc->oom ? -ENOMEM : 0;
}

static void graph_free(struct graph_ctx *gc)
{
	if (gc->g)
		agclose(gc->g);
	free(gc->by_net);
	free(gc->ns);
}

/* ---- the output ---- */

/*
 * Pictures are laid out and rendered in a child process. graphviz 2.42
 * leaks on every context (its plugin configuration, the HTML label parser,
 * pango's font lists and fontconfig thread) and keeps static state across
 * contexts that a freed context leaves dangling (pango_textlayout's last
 * font name); a child holds all of that and takes it away when it exits,
 * so the world's process stays leak-free and can draw any number of times.
 * The child writes one status byte to the pipe, then the picture (0) or
 * graphviz's message (1).
 */
static _Noreturn void graph_child(Agraph_t *g, enum graph_format fmt, int fd)
{
	GVC_t *gvc = gvContext();
	const char *what = NULL;
	char *data = NULL, *msg;
	unsigned int len = 0;

	/* A PNG at 1.5 times graphviz's 96 dpi: its small text stays readable (an SVG scales itself). */
	if (fmt == GRAPH_PNG)
		graph_set(g, "dpi", "144");
	if (!gvc)
		what = "graphviz did not start";
	else if (gvLayout(gvc, g, "dot"))
		what = "graphviz could not lay the graph out";
	else if (gvRenderData(gvc, g, graph_format_names[fmt], &data, &len))
		what = "graphviz could not render it";
	if (what) {
		/* graphviz kept its message rather than print it (see tool_graph). */
		msg = agerrors() ? aglasterr() : NULL;
		if (msg && *msg)
			what = msg;
		(void)!write(fd, "\1", 1);
		(void)!write(fd, what, strlen(what));
		_exit(1);
	}
	(void)!write(fd, "", 1);
	for (unsigned int off = 0; off < len;) {
		ssize_t n = write(fd, data + off, len - off);

		if (n <= 0)
			_exit(1);
		off += (unsigned int)n;
	}
	/* _exit: none of the parent's atexit work (its stdio buffers, LeakSanitizer) runs twice. */
	_exit(0);
}

/* How much of a message is left without its trailing newlines and blanks. */
static size_t graph_trim(const char *s, size_t n)
{
	while (n && (s[n - 1] == '\n' || s[n - 1] == ' '))
		n--;
	return n;
}

/* Everything the child wrote (a buffer and its length), once it has ended; its wait status. */
static char *graph_collect(int fd, pid_t pid, size_t *len, int *status)
{
	char *buf = NULL, chunk[16384];
	FILE *m = vl_memstream(&buf, len);
	ssize_t n;

	while (((n = read(fd, chunk, sizeof(chunk))) > 0 || (n < 0 && errno == EINTR)))
		if (n > 0)
			fwrite(chunk, 1, (size_t)n, m);
	close(fd);
	while (waitpid(pid, status, 0) < 0 && errno == EINTR)
		;
	fclose(m);
	return buf;
}

/* Lays g out and renders it as fmt in a child: 0, the status byte and picture in *data; or 1 and a message. */
static int graph_render(struct vl_cmd_ctx *c, Agraph_t *g, enum graph_format fmt, const char *path,
			char **data, size_t *len)
{
	int fds[2], status = 0;
	pid_t pid;

	*data = NULL;
	if (pipe2(fds, O_CLOEXEC)) {
		fprintf(c->err, "graph: %s: %s\n", path, strerror(errno));
		return 1;
	}
	/* A graphviz that calls exit() in the child must not print what this process had buffered. */
	fflush(stdout);
	fflush(stderr);
	pid = fork();
	if (pid == 0) {
		close(fds[0]);
		graph_child(g, fmt, fds[1]);
	}
	close(fds[1]);
	if (pid < 0) {
		fprintf(c->err, "graph: %s: %s\n", path, strerror(errno));
		close(fds[0]);
		return 1;
	}
	*data = graph_collect(fds[0], pid, len, &status);
	if (*len && (*data)[0] == 0 && WIFEXITED(status) && WEXITSTATUS(status) == 0)
		return 0;
	if (*len > 1 && (*data)[0] == 1)
		fprintf(c->err, "graph: %s: %.*s\n", path, (int)graph_trim(*data + 1, *len - 1), *data + 1);
	else if (WIFSIGNALED(status))
		fprintf(c->err, "graph: %s: graphviz was killed by signal %d\n", path, WTERMSIG(status));
	else
		fprintf(c->err, "graph: %s: graphviz failed\n", path);
	free(*data);
	*data = NULL;
	return 1;
}

/* Writes the picture (or the DOT) to path; 0, or 1 with a message (and no file). */
static int graph_file(struct vl_cmd_ctx *c, Agraph_t *g, enum graph_format fmt, const char *path)
{
	char *data = NULL;
	size_t len = 0;
	bool ok;
	FILE *f;

	if (fmt != GRAPH_DOT && graph_render(c, g, fmt, path, &data, &len))
		return 1;
	f = fopen(path, "wb");
	if (!f) {
		fprintf(c->err, "graph: %s: %s\n", path, strerror(errno));
		free(data);
		return 1;
	}
	errno = 0;
	/* data[0] is the child's status byte; the picture follows it. */
	ok = fmt == GRAPH_DOT ? agwrite(g, f) == 0 : fwrite(data + 1, 1, len - 1, f) == len - 1;
	free(data);
	if (fclose(f) || !ok) {
		fprintf(c->err, "graph: %s: %s\n", path, strerror(errno ? errno : EIO));
		unlink(path);
		return 1;
	}
	return 0;
}

/* The format path's suffix names, or -1. */
static int graph_format_of(const char *path)
{
	const char *dot = strrchr(path, '.');

	for (int i = 0; dot && i < (int)(sizeof(graph_format_names) / sizeof(graph_format_names[0])); i++)
		if (!strcasecmp(dot + 1, graph_format_names[i]))
			return i;
	return -1;
}

/*
 * Whether path may be written: a host file, as why --svg writes (never the
 * host's networking state), and not in a fuzzed world, which neither reads
 * host files nor should start graphviz's child for each input.
 */
static bool graph_path_ok(struct vl_cmd_ctx *c, const char *path)
{
	struct vfs_path vp;

	if (!vl_cmd_host_files(c)) {
		fprintf(c->err, "graph: %s: %s\n", path, strerror(EACCES));
		return false;
	}
	vfs_resolve(c->net, path, &vp);
	if (vp.where != VFS_HOST)
		fprintf(c->err, "graph: %s: %s\n", path, VFS_REFUSED_TEXT);
	return vp.where == VFS_HOST;
}

/* -o FILE (or -oFILE); -h. Returns -1 to go on, or the status to stop with. */
static int graph_parse(struct vl_cmd_ctx *c, int argc, char **argv, const char **out)
{
	*out = NULL;
	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "-h") || !strcmp(argv[i], "--help")) {
			fputs(GRAPH_SYNOPSIS, c->out);
			return 0;
		}
		if (!strcmp(argv[i], "-o") && i + 1 < argc) {
			*out = argv[++i];
		} else if (!strcmp(argv[i], "-o")) {
			fputs("graph: -o needs a file name\n", c->err);
			return 2;
		} else if (!strncmp(argv[i], "-o", 2)) {
			*out = argv[i] + 2;
		} else {
			fprintf(c->err, "graph: %s", GRAPH_SYNOPSIS);
			return 2;
		}
	}
	if (*out && graph_format_of(*out) < 0) {
		fprintf(c->err, "graph: %s: unknown format: name the file .svg, .png or .dot\n", *out);
		return 2;
	}
	return -1;
}

int tool_graph(struct vl_cmd_ctx *c, int argc, char **argv)
{
	struct graph_ctx gc = { .c = c };
	agerrlevel_t level;
	const char *out;
	int st = graph_parse(c, argc, argv, &out);

	if (st >= 0)
		return st;
	if (out && !graph_path_ok(c, out))
		return 1;
	/*
	 * graphviz prints its warnings and errors on the process's stderr, past
	 * the command's redirections: keep them in its log instead, and say
	 * the one that made a step fail on c->err.
	 */
	level = agseterr(AGMAX);
	agreseterrors();
	if (graph_build(&gc)) {
		fputs("graph: out of memory\n", c->err);
		st = 1;
	} else if (out) {
		st = graph_file(c, gc.g, (enum graph_format)graph_format_of(out), out);
	} else {
		st = agwrite(gc.g, c->out) ? 1 : 0;
	}
	graph_free(&gc);
	agseterr(level);
	return st;
}

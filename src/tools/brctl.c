/* brctl.c: bridge-utils' brctl (addbr, delbr, addif, delif, show, showmacs), the commands older tutorials use. */
#include <stdlib.h>
#include <string.h>

#include "../ctl/rtnl.h"
#include "tools.h"

/* bridge-utils' command table: name, arguments (min, max; -1 for any), the usage line. */
struct brctl_cmd {
	const char *name;
	int min, max;
	const char *help;
	int (*fn)(struct vl_cmd_ctx *c, int argc, char **argv);
};

static const struct brctl_cmd *brctl_cmds(void);

static void brctl_usage_line(FILE *f, const struct brctl_cmd *cmd)
{
	fprintf(f, "\t%-10s\t%s\n", cmd->name, cmd->help);
}

static int brctl_usage(struct vl_cmd_ctx *c)
{
	fputs("Usage: brctl [commands]\ncommands:\n", c->out);
	for (const struct brctl_cmd *cmd = brctl_cmds(); cmd->name; cmd++)
		brctl_usage_line(c->out, cmd);
	return 1;
}

/* The bridge named, or 0 (and the message) when there is none by that name. */
static int bridge_index(struct vl_cmd_ctx *c, const char *name, struct rtnl_link *l)
{
	int ifindex = rtnl_ifindex(c->net, name);

	if (!ifindex || rtnl_link_get(c->net, ifindex, NULL, l)) {
		fprintf(c->err, "bridge %s does not exist!\n", name);
		return 0;
	}
	if (!l->kind || strcmp(l->kind, "bridge")) {
		fprintf(c->err, "device %s is not a bridge!\n", name);
		return 0;
	}
	return ifindex;
}

static int brctl_addbr(struct vl_cmd_ctx *c, const char *name)
{
	struct link_req req = { .a = { .mask = LA_NAME, .name = name } };
	const char *extack = NULL;
	int err = rtnl_link_add(c->net, "bridge", &req, false, &extack);

	if (err == -17) {
		fprintf(c->err, "device %s already exists; can't create bridge with the same name\n", name);
		return 1;
	}
	if (err) {
		fprintf(c->err, "add bridge failed: %s\n", strerror(-err));
		return 1;
	}
	return 0;
}

static int brctl_delbr(struct vl_cmd_ctx *c, const char *name)
{
	struct rtnl_link l;
	int ifindex = rtnl_ifindex(c->net, name);
	const char *extack = NULL;

	if (!ifindex || rtnl_link_get(c->net, ifindex, NULL, &l)) {
		fprintf(c->err, "bridge %s doesn't exist; can't delete it\n", name);
		return 1;
	}
	if (!l.kind || strcmp(l.kind, "bridge")) {
		fprintf(c->err, "can't delete bridge %s: Operation not permitted\n", name);
		return 1;
	}
	if (l.flags & 0x1) {
		fprintf(c->err, "bridge %s is still up; can't delete it\n", name);
		return 1;
	}
	return rtnl_link_del(c->net, ifindex, &extack) ? 1 : 0;
}

/* addif and delif: ip link set DEV master BR | nomaster, with brctl's own messages. */
static int brctl_setif(struct vl_cmd_ctx *c, const char *br, const char *dev, bool add)
{
	struct link_attrs a = { .mask = LA_MASTER };
	struct rtnl_link dl;
	int bi = rtnl_ifindex(c->net, br), di, err;
	const char *extack = NULL;

	if (!bi) {
		fprintf(c->err, "bridge %s does not exist!\n", br);
		return 1;
	}
	di = rtnl_ifindex(c->net, dev);
	if (!di || rtnl_link_get(c->net, di, NULL, &dl)) {
		fprintf(c->err, "interface %s does not exist!\n", dev);
		return 1;
	}
	if (add && dl.master) {
		fprintf(c->err, "device %s is already a member of a bridge; can't add it to bridge %s.\n", dev, br);
		return 1;
	}
	if (!add && dl.master != bi) {
		fprintf(c->err, "device %s is not a port of %s\n", dev, br);
		return 1;
	}
	a.master = add ? bi : 0;
	err = rtnl_link_change(c->net, di, NULL, &a, &extack);
	if (err) {
		fprintf(c->err, "can't %s %s %s bridge %s: %s\n", add ? "add" : "delete", dev,
			add ? "to" : "from", br, strerror(-err));
		return 1;
	}
	return 0;
}

/* The bridges and, for show, their ports, sorted by name as scandir gives them. */
struct brctl_list {
	struct rtnl_link *v;
	int n, cap;
};

static int collect(const struct rtnl_link *l, void *arg)
{
	struct brctl_list *b = arg;

	if (b->n == b->cap) {
		b->cap = b->cap ? 2 * b->cap : 16;
		b->v = vl_realloc(b->v, (size_t)b->cap * sizeof(*b->v));
	}
	b->v[b->n++] = *l;
	return 0;
}

static int by_name(const void *x, const void *y)
{
	return strcmp(((const struct rtnl_link *)x)->name, ((const struct rtnl_link *)y)->name);
}

static void show_bridge(struct vl_cmd_ctx *c, const struct rtnl_link *br, const struct brctl_list *all,
			bool *header)
{
	const uint8_t *id = br->br.bridge_id;
	bool first = true;

	if (!*header)
		fputs("bridge name\tbridge id\t\tSTP enabled\tinterfaces\n", c->out);
	*header = true;
	fprintf(c->out, "%s\t\t%.2x%.2x.%.2x%.2x%.2x%.2x%.2x%.2x\t%s\t\t", br->name, id[0], id[1], id[2], id[3],
		id[4], id[5], id[6], id[7], br->br.stp_state ? "yes" : "no");
	for (int i = 0; i < all->n; i++) {
		if (all->v[i].master != br->ifindex || !all->v[i].slave_kind)
			continue;
		fprintf(c->out, first ? "%s\n" : "\t\t\t\t\t\t\t%s\n", all->v[i].name);
		first = false;
	}
	if (first)
		fputc('\n', c->out);
}

static int brctl_show(struct vl_cmd_ctx *c, int argc, char **argv)
{
	struct brctl_list all = { 0 };
	bool header = false;
	int st = 0;

	(void)rtnl_link_dump(c->net, collect, &all);
	if (all.n)
		qsort(all.v, (size_t)all.n, sizeof(*all.v), by_name);
	if (argc > 0) {
		for (int j = 0; j < argc; j++) {
			struct rtnl_link l;

			if (bridge_index(c, argv[j], &l))
				show_bridge(c, &l, &all, &header);
			else
				st = 1;
		}
	} else {
		for (int i = 0; i < all.n; i++)
			if (all.v[i].kind && !strcmp(all.v[i].kind, "bridge"))
				show_bridge(c, &all.v[i], &all, &header);
	}
	free(all.v);
	return st;
}

/* showmacs: every entry of the bridge's ports, sorted by address (self entries are not the bridge's). */
struct macs {
	struct fdb_entry *v;
	int n, cap;
};

static int collect_fdb(const struct fdb_entry *e, void *arg)
{
	struct macs *m = arg;

	if (!(e->master))
		return 0;
	if (m->n == m->cap) {
		m->cap = m->cap ? 2 * m->cap : 16;
		m->v = vl_realloc(m->v, (size_t)m->cap * sizeof(*m->v));
	}
	m->v[m->n++] = *e;
	return 0;
}

static int by_mac(const void *x, const void *y)
{
	return memcmp(((const struct fdb_entry *)x)->addr, ((const struct fdb_entry *)y)->addr, 6);
}

static int brctl_showmacs(struct vl_cmd_ctx *c, const char *br)
{
	struct rtnl_link bl;
	struct macs m = { 0 };
	int bi = rtnl_ifindex(c->net, br);

	/* It reads /sys/class/net/BR/brforward. */
	if (!bi || rtnl_link_get(c->net, bi, NULL, &bl) || !bl.kind || strcmp(bl.kind, "bridge")) {
		fprintf(c->err, "read of forward table failed: %s\n", bi ? "Operation not supported" : "No such device");
		return 1;
	}
	(void)rtnl_fdb_dump(c->net, bi, 0, collect_fdb, &m);
	if (m.n)
		qsort(m.v, (size_t)m.n, sizeof(*m.v), by_mac);
	fputs("port no\tmac addr\t\tis local?\tageing timer\n", c->out);
	for (int i = 0; i < m.n; i++) {
		const struct fdb_entry *e = &m.v[i];
		struct rtnl_link pl;
		bool local = e->state & FDB_NUD_PERMANENT;
		uint32_t age = local ? 0 : e->updated;

		if (e->ifindex == bi || rtnl_link_get(c->net, e->ifindex, NULL, &pl))
			continue;
		fprintf(c->out, "%3i\t%.2x:%.2x:%.2x:%.2x:%.2x:%.2x\t%s\t\t%4i.%.2i\n", pl.brport.port_no,
			e->addr[0], e->addr[1], e->addr[2], e->addr[3], e->addr[4], e->addr[5], local ? "yes" : "no",
			(int)(age / 100), (int)(age % 100));
	}
	free(m.v);
	return 0;
}

static int cmd_addbr(struct vl_cmd_ctx *c, int argc, char **argv)
{
	(void)argc;
	return brctl_addbr(c, argv[0]);
}

static int cmd_delbr(struct vl_cmd_ctx *c, int argc, char **argv)
{
	(void)argc;
	return brctl_delbr(c, argv[0]);
}

/* addif and delif take any number of devices; the first failure stops them. */
static int cmd_setif(struct vl_cmd_ctx *c, int argc, char **argv, bool add)
{
	for (int i = 1; i < argc; i++)
		if (brctl_setif(c, argv[0], argv[i], add))
			return 1;
	return 0;
}

static int cmd_addif(struct vl_cmd_ctx *c, int argc, char **argv)
{
	return cmd_setif(c, argc, argv, true);
}

static int cmd_delif(struct vl_cmd_ctx *c, int argc, char **argv)
{
	return cmd_setif(c, argc, argv, false);
}

static int cmd_showmacs(struct vl_cmd_ctx *c, int argc, char **argv)
{
	(void)argc;
	return brctl_showmacs(c, argv[0]);
}

/* The commands vethlab does not model: refused by name, before anything is looked at. */
static int cmd_refused(struct vl_cmd_ctx *c, int argc, char **argv)
{
	(void)argc;
	(void)argv;
	(void)c;
	return -1;
}

static const struct brctl_cmd brctl_cmd_table[] = {
	{ "addbr", 1, 1, "<bridge>\t\tadd bridge", cmd_addbr },
	{ "delbr", 1, 1, "<bridge>\t\tdelete bridge", cmd_delbr },
	{ "addif", 2, -1, "<bridge> <device>\tadd interface to bridge", cmd_addif },
	{ "delif", 2, -1, "<bridge> <device>\tdelete interface from bridge", cmd_delif },
	{ "hairpin", 3, 3, "<bridge> <port> {on|off}\tturn hairpin on/off", cmd_refused },
	{ "setageing", 2, 2, "<bridge> <time>\t\tset ageing time", cmd_refused },
	{ "setbridgeprio", 2, 2, "<bridge> <prio>\t\tset bridge priority", cmd_refused },
	{ "setfd", 2, 2, "<bridge> <time>\t\tset bridge forward delay", cmd_refused },
	{ "sethello", 2, 2, "<bridge> <time>\t\tset hello time", cmd_refused },
	{ "setmaxage", 2, 2, "<bridge> <time>\t\tset max message age", cmd_refused },
	{ "setpathcost", 3, 3, "<bridge> <port> <cost>\tset path cost", cmd_refused },
	{ "setportprio", 3, 3, "<bridge> <port> <prio>\tset port priority", cmd_refused },
	{ "show", 0, -1, "[ <bridge> ]\t\tshow a list of bridges", brctl_show },
	{ "showmacs", 1, 1, "<bridge>\t\tshow a list of mac addrs", cmd_showmacs },
	{ "showstp", 1, 1, "<bridge>\t\tshow bridge stp info", cmd_refused },
	{ "stp", 2, 2, "<bridge> {on|off}\tturn stp on/off", cmd_refused },
	{ NULL, 0, 0, NULL, NULL },
};

static const struct brctl_cmd *brctl_cmds(void)
{
	return brctl_cmd_table;
}

int tool_brctl(struct vl_cmd_ctx *c, int argc, char **argv)
{
	const struct brctl_cmd *cmd;
	int n = argc - 2, st;

	if (argc < 2)
		return brctl_usage(c);
	for (cmd = brctl_cmds(); cmd->name; cmd++)
		if (!strcmp(cmd->name, argv[1]))
			break;
	if (!cmd->name) {
		fprintf(c->err, "never heard of command [%s]\n", argv[1]);
		return brctl_usage(c);
	}
	if (n < cmd->min || (cmd->max >= 0 && n > cmd->max)) {
		fputs("Incorrect number of arguments for command\n", c->err);
		fprintf(c->out, "Usage: brctl %s %s\n", cmd->name, cmd->help);
		return 1;
	}
	st = cmd->fn(c, n, argv + 2);
	if (st < 0) {
		fprintf(c->err, "brctl: the command \"%s\" is not supported by vethlab.\n", cmd->name);
		return 1;
	}
	return st;
}

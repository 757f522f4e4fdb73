/*
 * save.c: `vethlab-save`: prints a script of ip, sysctl and bridge commands
 * that rebuilds the whole world as it is now (what `vethlab save NAME` runs
 * in a live world). Everything is read through ctl/, as the tools read it.
 *
 * The script's order is what makes it replay: namespaces (and their ids for
 * each other), each namespace's own sysctls, the devices made where they
 * live with their indexes and addresses, the devices' sysctls, masters, up,
 * then addresses, routes, rules, neighbours and fdb entries. A sysctl is
 * written when its value differs from what that point of the script leaves
 * there (sysctl_ctl_default): namespaces are made before any sysctl is
 * written, so they start from the compiled defaults, and a device's value is
 * written whenever its namespace's all or default (or, for neighbour
 * parameters, the initial namespace's default) was.
 */
#include <arpa/inet.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "../ctl/rtnl.h"
#include "../ctl/rtnl_neigh.h"
#include "../ctl/rtnl_route.h"
#include "../ctl/sysctl_ctl.h"
#include "../uapi/fib_rules.h"
#include "../uapi/rtnetlink.h"
#include "tools.h"

#define SAVE_USAGE "usage: vethlab-save\n"

/* One namespace of the world: the initial one first, then the named ones, oldest first. */
struct save_ns {
	struct netns *net;
	const char *name;   /* NULL: the initial namespace */
	char ip[80];        /* "ip " or "ip -n NAME " */
	char sysctl[96];    /* "sysctl -qw " or "ip netns exec NAME sysctl -qw " */
	/* The namespace-level knobs this script writes: their keys (conf/all/K, neigh/default/K). */
	char **set;
	int nset, setcap;
};

struct save_ctx {
	struct vl_cmd_ctx *c;
	FILE *out;
	struct save_ns *ns;
	size_t nns, cap;
	struct save_ns **by_net;  /* ns sorted by namespace pointer: a peer's namespace in O(log n) */
	struct save_ns *cur;      /* the namespace a dump callback works on */
	const struct save_ns *init;
	bool dev_pass;            /* sysctl walk: the devices' knobs (else the namespace's) */
	bool fwd_pass;            /* the namespace's walk: its forwarding knobs (else the others) */
};

/* The bridge's options ip link add takes, their defaults (br_dev_setup) and where struct bridge_info has them. */
struct save_br_opt {
	const char *name;
	uint32_t dflt;
	size_t off;
	int width;   /* 8, 16 or 32 bits */
};

#define SAVE_BR_OPT(n, d, w) { #n, d, offsetof(struct bridge_info, n), w }
static const struct save_br_opt save_br_opts[] = {
	SAVE_BR_OPT(forward_delay, 1500, 32), SAVE_BR_OPT(hello_time, 200, 32),
	SAVE_BR_OPT(max_age, 2000, 32), SAVE_BR_OPT(ageing_time, 30000, 32),
	SAVE_BR_OPT(stp_state, 0, 32), SAVE_BR_OPT(priority, 32768, 16),
	SAVE_BR_OPT(vlan_filtering, 0, 8), SAVE_BR_OPT(group_fwd_mask, 0, 16),
	SAVE_BR_OPT(no_linklocal_learn, 0, 8), SAVE_BR_OPT(mcast_snooping, 1, 8),
};

static uint32_t save_br_get(const struct bridge_info *b, const struct save_br_opt *o)
{
	const unsigned char *p = (const unsigned char *)b + o->off;

	if (o->width == 32)
		return *(const uint32_t *)(const void *)p;
	if (o->width == 16)
		return *(const uint16_t *)(const void *)p;
	return *p;
}

/* A port's flags ip link set type bridge_slave takes, and whether br_port_flags_init sets them. */
static const struct {
	const char *name;
	uint32_t bit;
	bool dflt;
} save_brport_flags[] = {
	{ "hairpin", BRPORT_HAIRPIN, false }, { "learning", BRPORT_LEARNING, true },
	{ "flood", BRPORT_FLOOD, true }, { "mcast_flood", BRPORT_MCAST_FLOOD, true },
	{ "bcast_flood", BRPORT_BCAST_FLOOD, true }, { "isolated", BRPORT_ISOLATED, false },
};

static const char *save_fmt4(uint32_t a, char *buf)
{
	uint32_t n = htonl(a);

	return inet_ntop(AF_INET, &n, buf, INET_ADDRSTRLEN);
}

static const char *save_fmt6(const uint8_t *a, char *buf)
{
	return inet_ntop(AF_INET6, a, buf, INET6_ADDRSTRLEN);
}

static void save_mac(FILE *f, const uint8_t *m)
{
	fprintf(f, "%02x:%02x:%02x:%02x:%02x:%02x", m[0], m[1], m[2], m[3], m[4], m[5]);
}

/* A word for sh and bash alike: as it is when it is plain, else in single quotes. */
static void save_word(FILE *f, const char *s)
{
	if (*s && strspn(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-:/@%+=,") ==
			  strlen(s)) {
		fputs(s, f);
		return;
	}
	fputc('\'', f);
	for (; *s; s++) {
		if (*s == '\'')
			fputs("'\\''", f);
		else
			fputc(*s, f);
	}
	fputc('\'', f);
}

/* ---- namespaces ---- */

static void save_ns_add(struct save_ctx *s, struct netns *net, const char *name)
{
	struct save_ns *n;

	if (s->nns == s->cap) {
		s->cap = s->cap ? 2 * s->cap : 8;
		s->ns = vl_realloc(s->ns, s->cap * sizeof(*s->ns));
	}
	n = &s->ns[s->nns++];
	memset(n, 0, sizeof(*n));
	n->net = net;
	n->name = name;
	if (name) {
		snprintf(n->ip, sizeof(n->ip), "ip -n %s ", name);
		snprintf(n->sysctl, sizeof(n->sysctl), "ip netns exec %s sysctl -qw ", name);
	} else {
		snprintf(n->ip, sizeof(n->ip), "ip ");
		snprintf(n->sysctl, sizeof(n->sysctl), "sysctl -qw ");
	}
}

static int save_collect_named(struct netns *net, void *arg)
{
	save_ns_add(arg, net, rtnl_netns_name(net));
	return 0;
}

static int save_cmp_net(const void *a, const void *b)
{
	const struct netns *x = (*(struct save_ns *const *)a)->net, *y = (*(struct save_ns *const *)b)->net;

	return x < y ? -1 : x > y;
}

/* The initial namespace, then the named ones oldest first (the list is newest first). */
static void save_collect_ns(struct save_ctx *s)
{
	save_ns_add(s, rtnl_init_net(s->c->world), NULL);
	rtnl_netns_list(s->c->world, save_collect_named, s);
	for (size_t i = 1, j = s->nns - 1; i < j; i++, j--) {
		struct save_ns t = s->ns[i];

		s->ns[i] = s->ns[j];
		s->ns[j] = t;
	}
	s->init = &s->ns[0];
	s->by_net = vl_malloc(s->nns * sizeof(*s->by_net));
	for (size_t i = 0; i < s->nns; i++)
		s->by_net[i] = &s->ns[i];
	qsort(s->by_net, s->nns, sizeof(*s->by_net), save_cmp_net);
}

/* The namespace net is, or NULL when it has no name (nothing in the script can reach it). */
static struct save_ns *save_ns_of(struct save_ctx *s, const struct netns *net)
{
	struct save_ns key = { .net = (struct netns *)net }, *k = &key, **found;

	found = bsearch(&k, s->by_net, s->nns, sizeof(*s->by_net), save_cmp_net);
	return found ? *found : NULL;
}

/* ip netns set: the ids each namespace has for the named ones, before links allocate others. */
static int save_nsid(int id, struct netns *peer, void *arg)
{
	struct save_ctx *s = arg;
	const struct save_ns *p = save_ns_of(s, peer);

	if (p && p->name)
		fprintf(s->out, "%snetns set %s %d\n", s->cur->ip, p->name, id);
	return 0;
}

static void save_namespaces(struct save_ctx *s)
{
	for (size_t i = 1; i < s->nns; i++)
		fprintf(s->out, "ip netns add %s\n", s->ns[i].name);
	for (size_t i = 0; i < s->nns; i++) {
		s->cur = &s->ns[i];
		rtnl_nsid_dump(s->cur->net, save_nsid, s);
	}
}

/* ---- sysctls ---- */

/* Where a knob's path names a device (conf/DEV/K or neigh/DEV/K): its key part after DEV, else NULL. */
static const char *save_dev_key(const char *path, char *scope, size_t len)
{
	const char *p = path;
	const char *slash;
	int n = 0;

	/* net/ipv4/conf/SCOPE/KEY or net/ipv6/neigh/SCOPE/KEY */
	while (n < 3 && (p = strchr(p, '/')))
		p++, n++;
	if (!p || !(slash = strchr(p, '/')) || (size_t)(slash - p) >= len)
		return NULL;
	memcpy(scope, p, (size_t)(slash - p));
	scope[slash - p] = 0;
	if (!strcmp(scope, "all") || !strcmp(scope, "default"))
		return NULL;
	return slash + 1;
}

/* Whether the script writes path in ns's namespace-level pass. */
static bool save_written(const struct save_ns *ns, const char *path)
{
	for (int i = 0; i < ns->nset; i++)
		if (!strcmp(ns->set[i], path))
			return true;
	return false;
}

/*
 * Whether a device's knob (net/F/conf/DEV/K, net/F/neigh/DEV/K) may have been
 * changed by the script's write of its all or default: then its value goes
 * too, whatever it is.
 */
static bool save_follows_written(const struct save_ctx *s, const char *path, const char *key)
{
	char fam[16], which[16], want[128];
	const struct save_ns *ns = s->cur;

	if (sscanf(path, "net/%15[^/]/%15[^/]/", fam, which) != 2)
		return false;
	/* Neighbour parameters of every namespace start from the initial namespace's default. */
	if (!strcmp(which, "neigh"))
		ns = s->init;
	snprintf(want, sizeof(want), "net/%s/%s/all/%s", fam, which, key);
	if (save_written(ns, want))
		return true;
	snprintf(want, sizeof(want), "net/%s/%s/default/%s", fam, which, key);
	return save_written(ns, want);
}

/*
 * A namespace-level knob another write changes: all.forwarding sets
 * all.accept_redirects (inet_forward_change), and a write to all sets
 * default too for IPv4's forwarding and IPv6's forwarding and disable_ipv6.
 * Those go again, after it, whatever their value.
 */
static bool save_changed_by_other(const struct save_ns *ns, const char *path)
{
	char fam[8], key[64], all[128];

	if (!strcmp(path, "net/ipv4/conf/all/accept_redirects"))
		return save_written(ns, "net/ipv4/conf/all/forwarding");
	if (sscanf(path, "net/%7[^/]/conf/default/%63s", fam, key) != 2)
		return false;
	snprintf(all, sizeof(all), "net/%s/conf/all/%s", fam, key);
	return save_written(ns, all);
}

/* sysctl's key for path: '/' becomes '.', and a '.' in a device name '/' (as procps reads it back). */
static void save_sysctl_key(FILE *f, const char *path)
{
	for (const char *p = path; *p; p++)
		fputc(*p == '/' ? '.' : *p == '.' ? '/' : *p, f);
}

static int save_sysctl_one(const char *path, int value, void *arg)
{
	struct save_ctx *s = arg;
	char scope[64];
	const char *key = save_dev_key(path, scope, sizeof(scope));
	int dflt;

	size_t plen = strlen(path);
	bool fwd = plen >= 11 && !strcmp(path + plen - 11, "/forwarding");

	if ((key != NULL) != s->dev_pass || sysctl_ctl_default(s->cur->net, path, &dflt))
		return 0;
	/* all.forwarding sets default's and all.accept_redirects: it goes first. */
	if (!key && fwd != s->fwd_pass)
		return 0;
	if (value == dflt && !(key ? save_follows_written(s, path, key) : save_changed_by_other(s->cur, path)))
		return 0;
	/* ip_forward is all.forwarding's other name: the script writes the one. */
	if (!strcmp(path, "net/ipv4/ip_forward"))
		return 0;
	if (!key) {
		struct save_ns *ns = s->cur;

		if (ns->nset == ns->setcap) {
			ns->setcap = ns->setcap ? 2 * ns->setcap : 16;
			ns->set = vl_realloc(ns->set, (size_t)ns->setcap * sizeof(*ns->set));
		}
		ns->set[ns->nset++] = vl_strdup(path);
	}
	fputs(s->cur->sysctl, s->out);
	save_sysctl_key(s->out, path);
	fprintf(s->out, "=%d\n", value);
	return 0;
}

static void save_sysctls(struct save_ctx *s, bool devices)
{
	s->dev_pass = devices;
	for (size_t i = 0; i < s->nns; i++) {
		s->cur = &s->ns[i];
		s->fwd_pass = true;
		if (!devices)
			(void)sysctl_ctl_walk(s->cur->net, save_sysctl_one, s);
		s->fwd_pass = false;
		(void)sysctl_ctl_walk(s->cur->net, save_sysctl_one, s);
	}
}

/* ---- links ---- */

/* The devices of one namespace, in index order. */
struct save_links {
	struct rtnl_link *v;
	int n, cap;
};

static int save_collect_link(const struct rtnl_link *l, void *arg)
{
	struct save_links *ls = arg;

	if (ls->n == ls->cap) {
		ls->cap = ls->cap ? 2 * ls->cap : 8;
		ls->v = vl_realloc(ls->v, (size_t)ls->cap * sizeof(*ls->v));
	}
	ls->v[ls->n++] = *l;
	return 0;
}

static void save_links_get(struct netns *net, struct save_links *ls)
{
	memset(ls, 0, sizeof(*ls));
	rtnl_link_dump(net, save_collect_link, ls);
}

static const struct rtnl_link *save_link_by_index(const struct save_links *ls, int ifindex)
{
	for (int i = 0; i < ls->n; i++)
		if (ls->v[i].ifindex == ifindex)
			return &ls->v[i];
	return NULL;
}

/* A veth end's peer: its namespace (NULL when unnamed) and name. */
static const struct save_ns *save_veth_peer(struct save_ctx *s, const struct rtnl_link *l, char *name)
{
	struct netns *pnet = l->link_netnsid < 0 ? s->cur->net : rtnl_netns_by_id(s->cur->net, l->link_netnsid);
	const struct save_ns *p = pnet ? save_ns_of(s, pnet) : NULL;

	if (!p || !rtnl_ifname(pnet, l->link, name))
		return NULL;
	return p;
}

static void save_veth(struct save_ctx *s, const struct rtnl_link *l)
{
	char peer[IFNAMSIZ];
	const struct save_ns *p = save_veth_peer(s, l, peer);

	if (!p) {
		fprintf(s->out, "# not saved: %s (its peer is in a namespace without a name)\n", l->name);
		return;
	}
	/* The pair is made once, from the end that comes first in the script's order. */
	if (p < s->cur || (p == s->cur && l->link < l->ifindex))
		return;
	fprintf(s->out, "%slink add %s index %d type veth peer name %s index %d", s->cur->ip, l->name,
		l->ifindex, peer, l->link);
	if (p != s->cur)
		fprintf(s->out, " netns %s", p->name);
	fputc('\n', s->out);
}

static void save_bridge(struct save_ctx *s, const struct rtnl_link *l)
{
	fprintf(s->out, "%slink add %s index %d type bridge", s->cur->ip, l->name, l->ifindex);
	for (size_t i = 0; i < sizeof(save_br_opts) / sizeof(save_br_opts[0]); i++) {
		uint32_t v = save_br_get(&l->br, &save_br_opts[i]);

		if (v != save_br_opts[i].dflt)
			fprintf(s->out, " %s %u", save_br_opts[i].name, v);
	}
	fputc('\n', s->out);
}

static int save_altname(const char *name, void *arg)
{
	struct save_ctx *s = arg;

	fprintf(s->out, " altname %s", name);
	return 0;
}

static void save_create(struct save_ctx *s, const struct save_links *ls)
{
	for (int i = 0; i < ls->n; i++) {
		const struct rtnl_link *l = &ls->v[i];

		if (!l->kind)
			continue;   /* lo: every namespace has its own */
		if (!strcmp(l->kind, "veth"))
			save_veth(s, l);
		else if (!strcmp(l->kind, "bridge"))
			save_bridge(s, l);
		else
			fprintf(s->out, "# not saved: %s (kind %s)\n", l->name, l->kind);
	}
}

/* The lowest address among a bridge's ports, as br_stp_recalculate_bridge_id picks it; NULL if none. */
static const uint8_t *save_min_port_mac(const struct save_links *ls, int br, int *min_mtu)
{
	const uint8_t *min = NULL;

	*min_mtu = 0;
	for (int i = 0; i < ls->n; i++) {
		if (ls->v[i].master != br)
			continue;
		if (!min || memcmp(ls->v[i].addr, min, ETH_ALEN) < 0)
			min = ls->v[i].addr;
		if (!*min_mtu || ls->v[i].mtu < *min_mtu)
			*min_mtu = ls->v[i].mtu;
	}
	return min;
}

/*
 * ip link set: what differs from a new device of its kind. A bridge's MAC
 * follows its ports' lowest unless it was set (br_stp_recalculate_bridge_id),
 * and its MTU their lowest (save_bridge_mtu, once they are in).
 */
static void save_attrs(struct save_ctx *s, const struct save_links *ls, const struct rtnl_link *l)
{
	FILE *f = s->out;
	bool lo = !l->kind, bridge = !lo && !strcmp(l->kind, "bridge");
	int port_mtu = 0;
	const uint8_t *port_mac = bridge ? save_min_port_mac(ls, l->ifindex, &port_mtu) : NULL;
	char *buf = NULL;
	size_t len = 0;
	FILE *m = vl_memstream(&buf, &len);

	if (!lo && !(port_mac && !memcmp(port_mac, l->addr, ETH_ALEN))) {
		fputs(" address ", m);
		save_mac(m, l->addr);
	}
	if (!bridge && l->mtu != (lo ? 65536 : 1500))
		fprintf(m, " mtu %d", l->mtu);
	if (l->txqlen != 1000)
		fprintf(m, " txqlen %u", l->txqlen);
	if (l->group)
		fprintf(m, " group %u", l->group);
	/* netif_set_tso_max_size's and GRO's defaults (GSO_MAX_SIZE, GSO_MAX_SEGS, GRO_MAX_SIZE). */
	if (l->gso_max_size != 65536)
		fprintf(m, " gso_max_size %u", l->gso_max_size);
	if (l->gso_max_segs != 65535)
		fprintf(m, " gso_max_segs %u", l->gso_max_segs);
	if (l->gro_max_size != 65536)
		fprintf(m, " gro_max_size %u", l->gro_max_size);
	if (l->link_mode == IF_LINK_MODE_DORMANT)
		fputs(" mode dormant", m);
	if (l->flags & IFF_PROMISC)
		fputs(" promisc on", m);
	if (l->flags & IFF_ALLMULTI)
		fputs(" allmulticast on", m);
	/* Every device starts with ARP; lo without MULTICAST, the others with it. */
	if (l->flags & IFF_NOARP)
		fputs(" arp off", m);
	if (!(l->flags & IFF_MULTICAST) != lo)
		fputs(lo ? " multicast on" : " multicast off", m);
	if (l->ifalias[0]) {
		fputs(" alias ", m);
		save_word(m, l->ifalias);
	}
	fclose(m);
	if (len)
		fprintf(f, "%slink set dev %s%s\n", s->cur->ip, l->name, buf);
	free(buf);
}

static void save_altnames(struct save_ctx *s, const struct rtnl_link *l)
{
	FILE *keep = s->out;
	char *buf = NULL;
	size_t len = 0;

	s->out = vl_memstream(&buf, &len);
	(void)rtnl_link_altnames(s->cur->net, l->ifindex, save_altname, s);
	fclose(s->out);
	s->out = keep;
	if (len)
		fprintf(s->out, "%slink property add dev %s%s\n", s->cur->ip, l->name, buf);
	free(buf);
}

static void save_port(struct save_ctx *s, const struct save_links *ls, const struct rtnl_link *l)
{
	const struct rtnl_link *br = save_link_by_index(ls, l->master);

	if (!br)
		return;
	fprintf(s->out, "%slink set dev %s master %s\n", s->cur->ip, l->name, br->name);
	if (!l->slave_kind || strcmp(l->slave_kind, "bridge_slave"))
		return;
	fprintf(s->out, "%slink set dev %s type bridge_slave", s->cur->ip, l->name);
	if (l->brport.priority != 32)
		fprintf(s->out, " priority %u", l->brport.priority);
	/* The cost goes whatever it is: its default follows the port's speed, which the script cannot see. */
	fprintf(s->out, " cost %u", l->brport.cost);
	for (size_t i = 0; i < sizeof(save_brport_flags) / sizeof(save_brport_flags[0]); i++) {
		bool on = l->brport.flags & save_brport_flags[i].bit;

		if (on != save_brport_flags[i].dflt)
			fprintf(s->out, " %s %s", save_brport_flags[i].name, on ? "on" : "off");
	}
	fputc('\n', s->out);
}

/* A bridge whose MTU is not its ports' lowest had it set by hand: set again once the ports are in. */
static void save_bridge_mtu(struct save_ctx *s, const struct save_links *ls, const struct rtnl_link *l)
{
	int port_mtu;

	if (!l->kind || strcmp(l->kind, "bridge"))
		return;
	(void)save_min_port_mac(ls, l->ifindex, &port_mtu);
	if (l->mtu != (port_mtu ? port_mtu : 1500))
		fprintf(s->out, "%slink set dev %s mtu %d\n", s->cur->ip, l->name, l->mtu);
}

/* ---- addresses ---- */

static const char *save_scope(int scope, char *buf)
{
	switch (scope) {
	case RT_SCOPE_UNIVERSE: return "global";
	case RT_SCOPE_SITE: return "site";
	case RT_SCOPE_LINK: return "link";
	case RT_SCOPE_HOST: return "host";
	default:
		sprintf(buf, "%d", scope);
		return buf;
	}
}

struct save_dev {
	struct save_ctx *s;
	const struct rtnl_link *l;
};

static int save_addr4(const struct rtnl_addr *a, void *arg)
{
	struct save_dev *d = arg;
	FILE *f = d->s->out;
	char b[INET_ADDRSTRLEN], sb[12];

	/* lo's own, which it gets when it goes up. */
	if (!d->l->kind && a->local == 0x7f000001 && a->prefixlen == 8)
		return 0;
	fprintf(f, "%saddr add %s", d->s->cur->ip, save_fmt4(a->local, b));
	if (a->address != a->local)
		fprintf(f, " peer %s", save_fmt4(a->address, b));
	fprintf(f, "/%d", a->prefixlen);
	if (a->broadcast)
		fprintf(f, " brd %s", save_fmt4(a->broadcast, b));
	fprintf(f, " scope %s", save_scope(a->scope, sb));
	if (a->rt_priority)
		fprintf(f, " metric %u", a->rt_priority);
	if (strcmp(a->label, d->l->name)) {
		fputs(" label ", f);
		save_word(f, a->label);
	}
	fprintf(f, " dev %s\n", d->l->name);
	return 0;
}

/* The link-local address addrconf gives a device from its MAC (EUI-64). */
static bool save_is_eui64_ll(const struct rtnl_link *l, const struct rtnl_addr6 *a)
{
	static const uint8_t fe80[8] = { 0xfe, 0x80 };
	const uint8_t *m = l->addr;
	uint8_t id[8] = { m[0] ^ 2, m[1], m[2], 0xff, 0xfe, m[3], m[4], m[5] };

	return a->prefixlen == 64 && !memcmp(a->addr, fe80, 8) && !memcmp(a->addr + 8, id, 8);
}

static int save_addr6(const struct rtnl_addr6 *a, void *arg)
{
	static const uint8_t loopback[16] = { [15] = 1 };
	struct save_dev *d = arg;
	char b[INET6_ADDRSTRLEN];

	if ((!d->l->kind && !memcmp(a->addr, loopback, 16)) || save_is_eui64_ll(d->l, a))
		return 0;
	fprintf(d->s->out, "%s-6 addr add %s/%d dev %s%s\n", d->s->cur->ip, save_fmt6(a->addr, b), a->prefixlen,
		d->l->name, a->flags & IFA6_F_NODAD ? " nodad" : "");
	return 0;
}

/* ---- routes and rules ---- */

static const char *save_rtn(uint8_t type)
{
	static const char *const names[] = {
		[RTN_UNICAST] = "unicast", [RTN_LOCAL] = "local", [RTN_BROADCAST] = "broadcast",
		[RTN_ANYCAST] = "anycast", [RTN_MULTICAST] = "multicast", [RTN_BLACKHOLE] = "blackhole",
		[RTN_UNREACHABLE] = "unreachable", [RTN_PROHIBIT] = "prohibit", [RTN_THROW] = "throw",
		[RTN_NAT] = "nat",
	};

	return type < sizeof(names) / sizeof(names[0]) && names[type] ? names[type] : "unicast";
}

/* What routes the kernel made itself: its proto (prefix routes, local and broadcast ones). */
static bool save_kernel_route(uint8_t proto)
{
	return proto == RTPROT_KERNEL;
}

static int save_route4(const struct rtnl_route *r, void *arg)
{
	struct save_ctx *s = arg;
	FILE *f = s->out;
	char b[INET_ADDRSTRLEN], dev[IFNAMSIZ], sb[12];

	if (save_kernel_route(r->proto))
		return 0;
	fprintf(f, "%sroute add %s %s/%d", s->cur->ip, save_rtn(r->type), save_fmt4(r->dst, b), r->plen);
	if (r->gw)
		fprintf(f, " via %s", save_fmt4(r->gw, b));
	if (r->ifindex && rtnl_ifname(s->cur->net, r->ifindex, dev))
		fprintf(f, " dev %s", dev);
	if (r->table != RT_TABLE_MAIN)
		fprintf(f, " table %u", r->table);
	fprintf(f, " proto %u scope %s", r->proto, save_scope(r->scope, sb));
	if (r->priority)
		fprintf(f, " metric %u", r->priority);
	if (r->prefsrc)
		fprintf(f, " src %s", save_fmt4(r->prefsrc, b));
	fputs(r->onlink ? " onlink\n" : "\n", f);
	return 0;
}

static int save_route6(const struct rtnl_route6 *r, void *arg)
{
	struct save_ctx *s = arg;
	FILE *f = s->out;
	char b[INET6_ADDRSTRLEN], dev[IFNAMSIZ];
	uint32_t table = r->table ? r->table : RT_TABLE_MAIN;

	if (save_kernel_route(r->proto))
		return 0;
	fprintf(f, "%s-6 route add %s %s/%d", s->cur->ip, save_rtn(r->type ? r->type : RTN_UNICAST),
		save_fmt6(r->dst, b), r->plen);
	if (r->has_gw)
		fprintf(f, " via %s", save_fmt6(r->gw, b));
	if (r->ifindex && rtnl_ifname(s->cur->net, r->ifindex, dev))
		fprintf(f, " dev %s", dev);
	if (table != RT_TABLE_MAIN)
		fprintf(f, " table %u", table);
	fprintf(f, " proto %u metric %u", r->proto, r->metric);
	if (r->has_prefsrc)
		fprintf(f, " src %s", save_fmt6(r->prefsrc, b));
	fputs(r->onlink ? " onlink\n" : "\n", f);
	return 0;
}

/* The rules every namespace starts with (fib_default_rules_init). */
static bool save_default_rule(const struct rtnl_rule *r)
{
	bool plain = !r->src_len && !r->dst_len && !r->iifname[0] && !r->oifname[0] && !r->has_mark &&
		     !(r->flags & FIB_RULE_INVERT) && r->action == FR_ACT_TO_TBL && r->suppress_prefixlen < 0;
	uint32_t pref = r->has_pref ? r->pref : 0;

	return plain && ((pref == 0 && r->table == RT_TABLE_LOCAL) || (pref == 32766 && r->table == RT_TABLE_MAIN) ||
			 (r->family == 4 && pref == 32767 && r->table == RT_TABLE_DEFAULT));
}

static int save_rule(const struct rtnl_rule *r, void *arg)
{
	struct save_ctx *s = arg;
	FILE *f = s->out;
	char b[INET_ADDRSTRLEN];

	if (save_default_rule(r))
		return 0;
	fprintf(f, "%s%srule add pref %u", s->cur->ip, r->family == 6 ? "-6 " : "", r->has_pref ? r->pref : 0);
	if (r->flags & FIB_RULE_INVERT)
		fputs(" not", f);
	/* rtnl_rule holds IPv4 prefixes only: vethlab's IPv6 rules have none. */
	if (r->src_len)
		fprintf(f, " from %s/%d", save_fmt4(r->src, b), r->src_len);
	if (r->dst_len)
		fprintf(f, " to %s/%d", save_fmt4(r->dst, b), r->dst_len);
	if (r->iifname[0])
		fprintf(f, " iif %s", r->iifname);
	if (r->oifname[0])
		fprintf(f, " oif %s", r->oifname);
	if (r->has_mark)
		fprintf(f, " fwmark 0x%x", r->mark);
	if (r->has_mark && r->has_mask)
		fprintf(f, "/0x%x", r->mask);
	if (r->proto)
		fprintf(f, " proto %u", r->proto);
	if (r->suppress_prefixlen >= 0)
		fprintf(f, " suppress_prefixlength %d", r->suppress_prefixlen);
	switch (r->action) {
	case FR_ACT_GOTO:
		fprintf(f, " goto %u\n", r->target);
		break;
	case FR_ACT_NOP:
		fputs(" nop\n", f);
		break;
	case FR_ACT_BLACKHOLE:
		fputs(" blackhole\n", f);
		break;
	case FR_ACT_UNREACHABLE:
		fputs(" unreachable\n", f);
		break;
	case FR_ACT_PROHIBIT:
		fputs(" prohibit\n", f);
		break;
	default:
		fprintf(f, " table %u\n", r->table);
	}
	return 0;
}

/* ---- neighbours and fdb ---- */

static int save_neigh(const struct rtnl_neigh *n, void *arg)
{
	struct save_ctx *s = arg;
	FILE *f = s->out;
	char b[INET6_ADDRSTRLEN], dev[IFNAMSIZ];
	bool proxy = n->flags & NTF_PROXY;

	if (!proxy && !(n->state & NUD_PERMANENT))
		return 0;
	fprintf(f, "%s%sneigh add %s%s", s->cur->ip, n->family == 6 ? "-6 " : "", proxy ? "proxy " : "",
		n->family == 6 ? save_fmt6(n->dst6, b) : save_fmt4(n->dst, b));
	if (!proxy && n->lladdr_len == ETH_ALEN) {
		fputs(" lladdr ", f);
		save_mac(f, n->lladdr);
	}
	if (n->ifindex && rtnl_ifname(s->cur->net, n->ifindex, dev))
		fprintf(f, " dev %s", dev);
	if (!proxy)
		fputs(" nud permanent", f);
	if (n->flags & NTF_ROUTER)
		fputs(" router", f);
	if (n->flags & NTF_EXT_LEARNED)
		fputs(" extern_learn", f);
	if (n->protocol)
		fprintf(f, " protocol %u", n->protocol);
	fputc('\n', f);
	return 0;
}

static void save_neighs(struct save_ctx *s)
{
	struct rtnl_neigh_filter all = { .family = 0 }, proxies = { .family = 0, .proxy = true };

	rtnl_neigh_dump(s->cur->net, &all, save_neigh, s);
	rtnl_neigh_dump(s->cur->net, &proxies, save_neigh, s);
}

/* A namespace's fdb entries, as dumped. */
struct save_fdbs {
	struct fdb_entry *v;
	int n;
};

static int save_collect_fdb(const struct fdb_entry *e, void *arg)
{
	struct save_fdbs *fs = arg;

	fs->v = vl_realloc(fs->v, (size_t)(fs->n + 1) * sizeof(*fs->v));
	fs->v[fs->n++] = *e;
	return 0;
}

/* A bridge's entry a user added: static (NOARP) or permanent, but a port's own address. */
static void save_fdb(struct save_ctx *s, const struct fdb_entry *e)
{
	struct rtnl_link l;

	if (!(e->flags & FDB_NTF_MASTER) || !(e->state & (FDB_NUD_PERMANENT | FDB_NUD_NOARP)))
		return;
	if (rtnl_link_get(s->cur->net, e->ifindex, NULL, &l))
		return;
	if ((e->state & FDB_NUD_PERMANENT) && !memcmp(l.addr, e->addr, ETH_ALEN))
		return;
	fputs("bridge ", s->out);
	if (s->cur->name)
		fprintf(s->out, "-n %s ", s->cur->name);
	fputs("fdb add ", s->out);
	save_mac(s->out, e->addr);
	fprintf(s->out, " dev %s master %s\n", l.name, e->state & FDB_NUD_PERMANENT ? "permanent" : "static");
}

/* A port's entries are dumped newest first: added oldest first, they list back the same. */
static void save_fdbs(struct save_ctx *s)
{
	struct save_fdbs fs = { 0 };

	rtnl_fdb_dump(s->cur->net, 0, 0, save_collect_fdb, &fs);
	for (int i = fs.n - 1; i >= 0; i--)
		save_fdb(s, &fs.v[i]);
	free(fs.v);
}

/* ---- the script ---- */

static void save_per_ns(struct save_ctx *s, struct save_links *all,
			void (*fn)(struct save_ctx *s, const struct save_links *ls, const struct rtnl_link *l))
{
	for (size_t i = 0; i < s->nns; i++) {
		s->cur = &s->ns[i];
		for (int j = 0; j < all[i].n; j++)
			fn(s, &all[i], &all[i].v[j]);
	}
}

static void save_attrs_one(struct save_ctx *s, const struct save_links *ls, const struct rtnl_link *l)
{
	save_attrs(s, ls, l);
	save_altnames(s, l);
}

static void save_port_one(struct save_ctx *s, const struct save_links *ls, const struct rtnl_link *l)
{
	if (l->master)
		save_port(s, ls, l);
}

static void save_bridge_mtu_one(struct save_ctx *s, const struct save_links *ls, const struct rtnl_link *l)
{
	save_bridge_mtu(s, ls, l);
}

/* Up as it is; lo of the initial namespace starts up, every other device down. */
static void save_up_one(struct save_ctx *s, const struct rtnl_link *l)
{
	bool up = l->flags & IFF_UP, starts_up = !l->kind && !s->cur->name;

	if (up != starts_up)
		fprintf(s->out, "%slink set dev %s %s\n", s->cur->ip, l->name, up ? "up" : "down");
}

/* The devices in the order their fe80::/64 routes were made: the order they went up in. */
struct save_up_order {
	int *ifindex;
	int n;
};

static int save_ll_route(const struct rtnl_route6 *r, void *arg)
{
	static const uint8_t fe80[16] = { 0xfe, 0x80 };
	struct save_up_order *o = arg;

	if (r->proto == RTPROT_KERNEL && r->plen == 64 && !memcmp(r->dst, fe80, 16) && r->ifindex) {
		o->ifindex = vl_realloc(o->ifindex, (size_t)(o->n + 1) * sizeof(*o->ifindex));
		o->ifindex[o->n++] = r->ifindex;
	}
	return 0;
}

/*
 * ip link set up where the order shows: routes of one prefix are listed in
 * the order they were added, and a device's fe80::/64 comes with its
 * carrier, which both ends of a pair get when the second goes up, that
 * second one first. So the devices with such a route go up in the reverse
 * of its order, then the others by index. (An approximation: the carrier of
 * a pair across namespaces comes when its other namespace's turn comes.)
 */
static void save_up(struct save_ctx *s, const struct save_links *ls)
{
	struct save_up_order o = { 0 };
	bool *done = vl_calloc((size_t)ls->n + 1, sizeof(*done));

	rtnl_route6_dump(s->cur->net, RT_TABLE_MAIN, save_ll_route, &o);
	for (int i = o.n - 1; i >= 0; i--) {
		for (int j = 0; j < ls->n; j++) {
			if (ls->v[j].ifindex == o.ifindex[i] && !done[j]) {
				done[j] = true;
				save_up_one(s, &ls->v[j]);
			}
		}
	}
	for (int j = 0; j < ls->n; j++)
		if (!done[j])
			save_up_one(s, &ls->v[j]);
	free(o.ifindex);
	free(done);
}

static void save_addrs_one(struct save_ctx *s, const struct save_links *ls, const struct rtnl_link *l)
{
	struct save_dev d = { .s = s, .l = l };

	(void)ls;
	rtnl_addr_dump(s->cur->net, l->ifindex, save_addr4, &d);
	rtnl_addr6_dump(s->cur->net, l->ifindex, save_addr6, &d);
}

static void save_world(struct save_ctx *s)
{
	struct save_links *all;

	save_collect_ns(s);
	all = vl_calloc(s->nns, sizeof(*all));
	for (size_t i = 0; i < s->nns; i++)
		save_links_get(s->ns[i].net, &all[i]);
	fputs("# vethlab-save: rebuilds this world in a fresh one (vethlab FILE, or bash on Linux as root)\n",
	      s->out);
	save_namespaces(s);
	save_sysctls(s, false);
	for (size_t i = 0; i < s->nns; i++) {
		s->cur = &s->ns[i];
		save_create(s, &all[i]);
	}
	save_per_ns(s, all, save_attrs_one);
	save_sysctls(s, true);
	save_per_ns(s, all, save_port_one);
	save_per_ns(s, all, save_bridge_mtu_one);
	for (size_t i = 0; i < s->nns; i++) {
		s->cur = &s->ns[i];
		save_up(s, &all[i]);
	}
	save_per_ns(s, all, save_addrs_one);
	for (size_t i = 0; i < s->nns; i++) {
		s->cur = &s->ns[i];
		rtnl_route_dump(s->cur->net, 0, save_route4, s);
		rtnl_route6_dump(s->cur->net, 0, save_route6, s);
		rtnl_rule_dump(s->cur->net, 4, save_rule, s);
		rtnl_rule_dump(s->cur->net, 6, save_rule, s);
		save_neighs(s);
		save_fdbs(s);
	}
	for (size_t i = 0; i < s->nns; i++) {
		free(all[i].v);
		for (int k = 0; k < s->ns[i].nset; k++)
			free(s->ns[i].set[k]);
		free(s->ns[i].set);
	}
	free(all);
	free(s->by_net);
	free(s->ns);
}

int tool_save(struct vl_cmd_ctx *c, int argc, char **argv)
{
	struct save_ctx s = { .c = c, .out = c->out };

	(void)argv;
	if (argc > 1) {
		fputs(SAVE_USAGE, c->err);
		return 2;
	}
	save_world(&s);
	return 0;
}

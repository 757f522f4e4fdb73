/* procfs.c: /proc/net, as net/core/net-procfs.c and the protocols' seq files print it. */
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/alloc.h"
#include "../core/netdev.h"
#include "../core/netns.h"
#include "../net/addrconf.h"
#include "../net/ipv4.h"
#include "../net/ipv6.h"
#include "../net/snmp.h"
#include "procfs_int.h"
#include "ctl_errno.h"
#include "vfs_int.h"

/* A __be32 printed with %08X on a little-endian host: the bytes in wire order, reversed. */
static uint32_t be32_as_printed(uint32_t host_order)
{
	return (host_order >> 24) | ((host_order >> 8) & 0xff00u) | ((host_order << 8) & 0xff0000u) |
	       (host_order << 24);
}

/* %pi6: the 16 bytes as 32 lower-case hex digits. */
void procfs_put_in6(FILE *f, const uint8_t *a)
{
	for (int i = 0; i < 16; i++)
		fprintf(f, "%02x", a[i]);
}

/* dev_seq_printf_stats: one device, from its rtnl_link_stats64. */
static void dev_put_stats(FILE *f, const struct netdev *dev)
{
	struct netdev_stats st;
	const struct netdev_stats *s = &st;

	netdev_get_stats(dev, &st);
	fprintf(f, "%6s: %7" PRIu64 " %7" PRIu64 " %4" PRIu64 " %4" PRIu64 " %4d %5" PRIu64 " %10d %9" PRIu64
		" %8" PRIu64 " %7" PRIu64 " %4" PRIu64 " %4" PRIu64 " %4d %5" PRIu64 " %7" PRIu64 " %10d\n",
		dev->name, s->rx_bytes, s->rx_packets, s->rx_errors, s->rx_dropped + s->rx_missed_errors, 0,
		s->rx_over_errors + s->rx_frame_errors, 0, s->multicast, s->tx_bytes, s->tx_packets,
		s->tx_errors, s->tx_dropped, 0, s->collisions, s->tx_carrier_errors, 0);
}

/* /proc/net/dev: every device, by ifindex. */
static int dev_show(struct netns *net, FILE *f)
{
	struct vl_list *pos;

	fputs("Inter-|   Receive                                                |  Transmit\n"
	      " face |bytes    packets errs drop fifo frame compressed multicast|bytes    packets errs "
	      "drop fifo colls carrier compressed\n", f);
	vl_list_for_each(pos, &net->devices)
		dev_put_stats(f, vl_list_entry(pos, struct netdev, dev_list));
	return 0;
}

/* arp_state_to_flags: ATF_PERM|ATF_COM, ATF_COM, or nothing. */
static int arp_flags(uint8_t state)
{
	if (state & NUD_PERMANENT)
		return 0x6;
	return state & NUD_VALID ? 0x2 : 0;
}

/* arp_format_pneigh_entry: proxy entries after the others, ATF_PUBL|ATF_PERM, type 0 and "*" without a device. */
static void arp_show_proxies(struct netns *net, FILE *f)
{
	struct vl_list *pos;

	vl_list_for_each(pos, &ipv4_net(net)->arp_tbl.pneighs) {
		const struct pneigh_entry *pn = vl_list_entry(pos, struct pneigh_entry, node);
		char ip[16];

		snprintf(ip, sizeof(ip), "%u.%u.%u.%u", pn->key >> 24, (pn->key >> 16) & 0xff,
			 (pn->key >> 8) & 0xff, pn->key & 0xff);
		fprintf(f, "%-16s 0x%-10x0x%-10x%s     *        %s\n", ip, pn->dev ? pn->dev->type : 0, 0xc,
			"00:00:00:00:00:00", pn->dev ? pn->dev->name : "*");
	}
}

/* /proc/net/arp: the ARP table without NONE and NOARP entries, oldest first (Linux: hash order). */
static int arp_show(struct netns *net, FILE *f)
{
	struct vl_list *pos;

	fputs("IP address       HW type     Flags       HW address            Mask     Device\n", f);
	vl_list_for_each(pos, &ipv4_net(net)->arp_tbl.entries) {
		const struct neighbour *n = vl_list_entry(pos, struct neighbour, node);
		char ip[16], ha[3 * ETH_ALEN];

		if (!(n->nud_state & ~NUD_NOARP))
			continue;
		snprintf(ip, sizeof(ip), "%u.%u.%u.%u", n->key >> 24, (n->key >> 16) & 0xff,
			 (n->key >> 8) & 0xff, n->key & 0xff);
		for (int i = 0; i < ETH_ALEN; i++)
			snprintf(ha + 3 * i, sizeof(ha) - 3 * (size_t)i, "%02x%s", n->ha[i],
				 i + 1 < ETH_ALEN ? ":" : "");
		fprintf(f, "%-16s 0x%-10x0x%-10x%s     *        %s\n", ip, n->dev->type,
			arp_flags(n->nud_state), ha, n->dev->name);
	}
	arp_show_proxies(net, f);
	return 0;
}

struct route_ref {
	const struct fib_route *r;
	unsigned int order;   /* position in the table's insertion list */
};

/* The trie walk: by destination, longer prefix first, then metric; else insertion order. */
static int route_cmp(const void *x, const void *y)
{
	const struct route_ref *a = x, *b = y;

	if (a->r->dst != b->r->dst)
		return a->r->dst < b->r->dst ? -1 : 1;
	if (a->r->plen != b->r->plen)
		return a->r->plen > b->r->plen ? -1 : 1;
	if (a->r->priority != b->r->priority)
		return a->r->priority < b->r->priority ? -1 : 1;
	return a->order < b->order ? -1 : 1;
}

/* fib_flag_trans: RTF_UP always, GATEWAY, HOST for /32, REJECT for unreachable and prohibit. */
static unsigned int route_flags(const struct fib_route *r)
{
	unsigned int flags = 0x0001;

	if (r->type == RTN_UNREACHABLE || r->type == RTN_PROHIBIT)
		flags |= 0x0200;
	if (r->gw)
		flags |= 0x0002;
	if (r->plen == 32)
		flags |= 0x0004;
	return flags;
}

/* One line padded to 127 columns (seq_setwidth/seq_pad). Route metrics are not modelled: 0. */
static void route_put(FILE *f, const struct fib_route *r)
{
	char line[160];

	snprintf(line, sizeof(line), "%s\t%08X\t%08X\t%04X\t0\t0\t%" PRIu32 "\t%08X\t0\t0\t0",
		 r->dev ? r->dev->name : "*", be32_as_printed(r->dst), be32_as_printed(r->gw),
		 route_flags(r), r->priority, be32_as_printed(inet_make_mask(r->plen)));
	fprintf(f, "%-127s\n", line);
}

/* /proc/net/route: the main table, without broadcast and multicast routes; empty, header too, without it. */
static int route_show(struct netns *net, FILE *f)
{
	const struct fib_table *t = fib_get_table(net, RT_TABLE_MAIN);
	struct route_ref *v;
	unsigned int n = 0;
	struct vl_list *pos;

	if (!t)
		return 0;	/* fib_route_seq_start: no main table, no line at all */
	v = vl_calloc(t->count + 1, sizeof(*v));
	fprintf(f, "%-127s\n", "Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT");
	vl_list_for_each(pos, &t->routes) {
		const struct fib_route *r = vl_list_entry(pos, struct fib_route, all);

		if (r->type != RTN_BROADCAST && r->type != RTN_MULTICAST && n < t->count)
			v[n] = (struct route_ref){ r, n }, n++;
	}
	qsort(v, n, sizeof(*v), route_cmp);
	for (unsigned int i = 0; i < n; i++)
		route_put(f, v[i].r);
	free(v);
	return 0;
}

/*
 * ipv6_addr_scope as if_inet6 prints it: loopback 10, link 20, site 40, else
 * global 00, except that an IPv4-compatible address (::a.b.c.d) shows 80:
 * IPV6_ADDR_COMPATv4 is a type bit that falls inside the scope mask.
 */
static unsigned int in6_scope(const uint8_t *a)
{
	static const uint8_t loopback[16] = { [15] = 1 }, zero12[12] = { 0 };

	if (!memcmp(a, loopback, 16))
		return 0x10;
	if (!memcmp(a, zero12, 12))
		return 0x80;
	if (a[0] == 0xfe && (a[1] & 0xc0) == 0x80)
		return 0x20;
	if (a[0] == 0xfe && (a[1] & 0xc0) == 0xc0)
		return 0x40;
	return 0;
}

static int ifa6_cmp(const void *x, const void *y)
{
	const struct inet6_ifaddr *a = *(const struct inet6_ifaddr *const *)x;
	const struct inet6_ifaddr *b = *(const struct inet6_ifaddr *const *)y;

	return a->seq < b->seq ? -1 : a->seq > b->seq;
}

/* /proc/net/if_inet6: every address of the namespace, oldest first (Linux: hash order). */
static int if_inet6_show(struct netns *net, FILE *f)
{
	struct inet6_ifaddr **v = NULL;
	unsigned int n = 0, cap = 0;
	struct vl_list *pos, *a;

	vl_list_for_each(pos, &net->devices) {
		struct netdev *dev = vl_list_entry(pos, struct netdev, dev_list);

		if (!dev->ip6_ptr)
			continue;
		vl_list_for_each(a, &dev->ip6_ptr->addrs) {
			if (n == cap)
				v = vl_realloc(v, (cap = cap * 2 + 8) * sizeof(*v));
			v[n++] = vl_list_entry(a, struct inet6_ifaddr, node);
		}
	}
	if (n)
		qsort(v, n, sizeof(*v), ifa6_cmp);
	for (unsigned int i = 0; i < n; i++) {
		procfs_put_in6(f, v[i]->addr);
		fprintf(f, " %02x %02x %02x %02x %8s\n", v[i]->idev->dev->ifindex, v[i]->prefixlen,
			in6_scope(v[i]->addr), v[i]->flags & 0xff, v[i]->idev->dev->name);
	}
	free(v);
	return 0;
}

/*
 * rt6 flags and reference counts. The count is the kernel's fib6_ref: the
 * table's reference, the owning address's for a local route, and per-CPU
 * cached dsts, which depend on which CPU sent what: the values most seen.
 */
static void rt6_put(FILE *f, const uint8_t *dst, int plen, const uint8_t *gw, uint32_t metric, uint32_t refcnt,
		    uint32_t flags, const char *dev)
{
	static const uint8_t any[16];

	procfs_put_in6(f, dst);
	fprintf(f, " %02x 00000000000000000000000000000000 00 ", plen);
	procfs_put_in6(f, gw ? gw : any);
	fprintf(f, " %08" PRIx32 " %08" PRIx32 " 00000000 %08" PRIx32 " %8s\n", metric, refcnt, flags, dev);
}

/* RTF_UP, RTF_GATEWAY, RTF_REJECT, RTF_NONEXTHOP, RTF_ANYCAST, RTF_LOCAL and RTF_PREF(pref). */
static uint32_t rt6_flags(const struct rt6_route *r)
{
	uint32_t pref = (uint32_t)r->pref << 27;

	if (r->flags & RTF_REJECT)
		return 0x00200200u | pref;
	if (r->type == RTN_LOCAL)
		return 0x80200001u | pref;
	if (r->type == RTN_ANYCAST)
		return 0x00300001u | pref;
	return (r->has_gw ? 0x00000003u : 0x00000001u) | pref;
}

static void rt6_put_route(FILE *f, const struct rt6_route *r)
{
	uint32_t refcnt = r->type == RTN_LOCAL ? 2 : r->type == RTN_MULTICAST && r->proto == RTPROT_KERNEL ? 4 : 1;

	rt6_put(f, r->dst, r->plen, r->has_gw ? r->gw : NULL, r->metric, refcnt, rt6_flags(r), r->dev->name);
}

/* One table's routes in walk order; its root holds the null entry when there is no default route. */
static void rt6_put_table(FILE *f, struct netns *net, const struct rt6_table *t)
{
	static const uint8_t any[16];
	struct rt6_route **v;
	unsigned int n = rt6_table_dump_routes(t, &v);
	bool has_default = false;

	for (unsigned int i = 0; i < n; i++) {
		rt6_put_route(f, v[i]);
		has_default |= v[i]->plen == 0;
	}
	if (!has_default)
		rt6_put(f, any, 0, NULL, 0xffffffffu, 1, 0x00200200u, net->loopback_dev->name);
	free(v);
}

/* /proc/net/ipv6_route: the tables by id modulo 256 (main 254, then local 255). */
static int ipv6_route_show(struct netns *net, FILE *f)
{
	struct rt6_table **v;
	unsigned int n = rt6_tables_dump_order(net, &v);

	for (unsigned int i = 0; i < n; i++)
		rt6_put_table(f, net, v[i]);
	free(v);
	return 0;
}

/* The sockets vethlab has none of: their files as a fresh namespace shows them (headers only). */
static const char tcp_text[] =
	"  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout "
	"inode                                                     \n";
static const char udp_text[] =
	"   sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout "
	"inode ref pointer drops            \n";
static const char raw_text[] =
	"  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout "
	"inode ref pointer drops\n";
static const char tcp6_text[] =
	"  sl  local_address                         remote_address                        st "
	"tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode\n";
/* raw6 prints the very same header. */
static const char udp6_text[] =
	"  sl  local_address                         remote_address                        st "
	"tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode ref pointer drops\n";
static const char unix_text[] = "Num       RefCount Protocol Flags    Type St Inode Path\n";
/* TCP alloc and mem count every socket of the host on Linux (not per namespace): 0 here. */
static const char sockstat_text[] =
	"sockets: used 0\nTCP: inuse 0 orphan 0 tw 0 alloc 0 mem 0\nUDP: inuse 0 mem 0\n"
	"UDPLITE: inuse 0\nRAW: inuse 0\nFRAG: inuse 0 memory 0\n";
static const char sockstat6_text[] =
	"TCP6: inuse 0\nUDP6: inuse 0\nUDPLITE6: inuse 0\nRAW6: inuse 0\nFRAG6: inuse 0 memory 0\n";

static int snmp_show(struct netns *net, FILE *f)
{
	snmp_seq_show(net, f);
	return 0;
}

static int netstat_show(struct netns *net, FILE *f)
{
	netstat_seq_show(net, f);
	return 0;
}

static int snmp6_show(struct netns *net, FILE *f)
{
	snmp6_seq_show(net, f);
	return 0;
}

/*
 * What a fresh namespace's /proc/net holds, sorted. A file has a show, or a
 * fixed text; one with neither exists for ls but is not emulated: reading it
 * fails with VL_ENOTEMUL, so nothing wrong is ever shown.
 */
struct procnet_entry {
	const char *name;
	int (*show)(struct netns *net, FILE *f);
	const char *text;
	bool dir;
};

#define PN_SHOW(n, fn) { n, fn, NULL, false }
#define PN_TEXT(n, t) { n, NULL, t, false }
#define PN_NONE(n) { n, NULL, NULL, false }
#define PN_DIR(n) { n, NULL, NULL, true }

static const struct procnet_entry procnet_entries[] = {
	PN_NONE("anycast6"), PN_SHOW("arp", arp_show), PN_NONE("arp_tables_matches"),
	PN_NONE("arp_tables_names"), PN_NONE("arp_tables_targets"), PN_SHOW("dev", dev_show),
	PN_SHOW("dev_mcast", procfs_dev_mcast_show), PN_DIR("dev_snmp6"), PN_NONE("fib_trie"),
	PN_NONE("fib_triestat"), PN_NONE("icmp"), PN_NONE("icmp6"), PN_SHOW("if_inet6", if_inet6_show),
	PN_SHOW("igmp", procfs_igmp_show), PN_SHOW("igmp6", procfs_igmp6_show),
	PN_NONE("ip6_flowlabel"), PN_NONE("ip6_mr_cache"), PN_NONE("ip6_mr_vif"),
	PN_NONE("ip6_tables_matches"), PN_NONE("ip6_tables_names"), PN_NONE("ip6_tables_targets"),
	PN_DIR("ip6t_hashlimit"), PN_NONE("ip_mr_cache"), PN_NONE("ip_mr_vif"),
	PN_NONE("ip_tables_matches"), PN_NONE("ip_tables_names"), PN_NONE("ip_tables_targets"),
	PN_DIR("ipt_hashlimit"), PN_SHOW("ipv6_route", ipv6_route_show), PN_NONE("mcfilter"),
	PN_NONE("mcfilter6"), PN_DIR("netfilter"), PN_NONE("netlink"), PN_SHOW("netstat", netstat_show),
	PN_NONE("nf_conntrack"), PN_NONE("nf_conntrack_expect"), PN_NONE("packet"),
	PN_NONE("protocols"), PN_NONE("psched"), PN_NONE("ptype"), PN_TEXT("raw", raw_text),
	PN_TEXT("raw6", udp6_text), PN_SHOW("route", route_show), PN_NONE("rt6_stats"),
	PN_NONE("rt_acct"), PN_NONE("rt_cache"), PN_SHOW("snmp", snmp_show),
	PN_SHOW("snmp6", snmp6_show), PN_TEXT("sockstat", sockstat_text),
	PN_TEXT("sockstat6", sockstat6_text), PN_NONE("softnet_stat"), PN_DIR("stat"),
	PN_TEXT("tcp", tcp_text), PN_TEXT("tcp6", tcp6_text), PN_TEXT("udp", udp_text),
	PN_TEXT("udp6", udp6_text), PN_NONE("udplite"), PN_NONE("udplite6"),
	PN_TEXT("unix", unix_text), PN_NONE("xfrm_stat"), PN_DIR("xt_recent"),
	{ NULL, NULL, NULL, false },
};

/* The entry rel names or lies under (*below set then), or NULL. */
static const struct procnet_entry *procfs_lookup(const char *rel, bool *below)
{
	size_t n = strcspn(rel, "/");

	*below = rel[n] != 0;
	for (const struct procnet_entry *e = procnet_entries; e->name; e++)
		if (strlen(e->name) == n && !strncmp(e->name, rel, n))
			return e;
	return NULL;
}

static int procfs_stat(struct netns *net, const char *rel)
{
	const struct procnet_entry *e;
	bool below;

	(void)net;
	if (!*rel)
		return 1;
	e = procfs_lookup(rel, &below);
	if (!e || (below && !e->dir))
		return e ? -ENOTDIR : -ENOENT;
	/* Inside a directory that is not emulated: neither there nor absent. */
	if (below)
		return -VL_ENOTEMUL;
	return e->dir ? 1 : 0;
}

static int procfs_show(struct netns *net, const char *rel, FILE *f)
{
	bool below;
	const struct procnet_entry *e = procfs_lookup(rel, &below);

	if (!e || below || e->dir)
		return -ENOENT;
	if (e->text)
		fputs(e->text, f);
	return e->show ? e->show(net, f) : e->text ? 0 : -VL_ENOTEMUL;
}

static int procfs_list(struct netns *net, const char *rel, struct vfs_names *n)
{
	(void)net;
	if (*rel)
		return -VL_ENOTEMUL;
	for (const struct procnet_entry *e = procnet_entries; e->name; e++)
		vfs_names_add(n, e->name);
	return 0;
}

/* No store: every file is read-only, a write is EACCES even for root. */
const struct vfs_ops procfs_vfs_ops = {
	.stat = procfs_stat,
	.show = procfs_show,
	.list = procfs_list,
};

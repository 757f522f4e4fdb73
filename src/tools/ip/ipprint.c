/* ipprint.c: link headers, flags, stats and details as iproute2 6.1 prints them. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "ip_common.h"
#include "iplink.h"

static const char *const oper_names[] = {
	"UNKNOWN", "NOTPRESENT", "DOWN", "LOWERLAYERDOWN", "TESTING", "DORMANT", "UP",
};

const char *ip_oper_name(enum if_oper op)
{
	return oper_names[op];
}

/* The flag names print_link_flags knows, in iproute2's order. */
const struct ip_flag_name ip_link_flag_names[] = {
	{ IFF_LOOPBACK, "LOOPBACK" }, { IFF_BROADCAST, "BROADCAST" },
	{ IFF_POINTOPOINT, "POINTOPOINT" }, { IFF_MULTICAST, "MULTICAST" },
	{ IFF_NOARP, "NOARP" }, { IFF_ALLMULTI, "ALLMULTI" }, { IFF_PROMISC, "PROMISC" },
	{ IFF_MASTER, "MASTER" }, { IFF_SLAVE, "SLAVE" }, { IFF_DEBUG, "DEBUG" },
	{ IFF_DYNAMIC, "DYNAMIC" }, { IFF_AUTOMEDIA, "AUTOMEDIA" }, { IFF_PORTSEL, "PORTSEL" },
	{ IFF_NOTRAILERS, "NOTRAILERS" }, { IFF_UP, "UP" }, { IFF_LOWER_UP, "LOWER_UP" },
	{ IFF_DORMANT, "DORMANT" }, { 0, NULL },
};

/* print_link_flags: NO-CARRIER first, named bits in iproute2's order, M-DOWN last. */
static void print_flags(FILE *f, unsigned int flags, bool mdown)
{
	const struct ip_flag_name *names = ip_link_flag_names;

	fputc('<', f);
	if ((flags & IFF_UP) && !(flags & IFF_RUNNING))
		fputs(flags ? "NO-CARRIER," : "NO-CARRIER", f);
	flags &= ~IFF_RUNNING;
	for (size_t i = 0; names[i].name; i++) {
		if (flags & names[i].bit) {
			flags &= ~names[i].bit;
			fprintf(f, flags ? "%s," : "%s", names[i].name);
		}
	}
	if (flags)
		fprintf(f, "%x", flags);
	if (mdown)
		fputs(",M-DOWN", f);
	fputc('>', f);
}

/* The peer shown after '@': its name if in this namespace, else ifN. */
static bool link_peer(struct ip_ctx *ip, const struct rtnl_link *l, struct rtnl_link *peer)
{
	return l->link && l->link_netnsid < 0 && rtnl_link_get(ip->net, l->link, NULL, peer) == 0;
}

void ip_format_link_name(struct ip_ctx *ip, const struct rtnl_link *l, bool with_peer,
			 char *buf, size_t len)
{
	struct rtnl_link peer;

	if (!with_peer || !l->link)
		snprintf(buf, len, "%s", l->name);
	else if (link_peer(ip, l, &peer))
		snprintf(buf, len, "%s@%s", l->name, peer.name);
	else if (l->link_netnsid >= 0)
		snprintf(buf, len, "%s@if%d", l->name, l->link);
	else
		snprintf(buf, len, "%s@NONE", l->name);
}

static bool link_mdown(struct ip_ctx *ip, const struct rtnl_link *l)
{
	struct rtnl_link peer;

	return link_peer(ip, l, &peer) && !(peer.flags & IFF_UP);
}

static void print_link_netns(struct ip_ctx *ip, const struct rtnl_link *l)
{
	struct netns *peer;
	const char *name;

	if (l->link_netnsid < 0)
		return;
	/* iproute2 names the namespace when one in /run/netns has that id here. */
	peer = rtnl_netns_by_id(ip->net, l->link_netnsid);
	name = peer ? rtnl_netns_name(peer) : NULL;
	if (name)
		fprintf(ip->c->out, " link-netns %s", name);
	else
		fprintf(ip->c->out, " link-netnsid %d", l->link_netnsid);
}

/* A link-layer address coloured as a MAC (-c), fmt around it. */
static void print_mac(struct ip_ctx *ip, const char *fmt, const uint8_t *mac)
{
	char b[24];

	snprintf(b, sizeof(b), "%02x:%02x:%02x:%02x:%02x:%02x", mac[0], mac[1], mac[2], mac[3], mac[4], mac[5]);
	ipp_color_printf(ip, IPC_MAC, fmt, b);
}

static unsigned int num_width(uint64_t v)
{
	unsigned int w = 1;

	while (v >= 10) {
		v /= 10;
		w++;
	}
	return w;
}

/* Columns widen to fit the largest number, but with -human, whose numbers are short. */
static void size_columns(const struct ip_ctx *ip, unsigned int *cols, const uint64_t *vals, int n)
{
	for (int i = 0; i < n && !ip->human; i++)
		if (num_width(vals[i]) > cols[i])
			cols[i] = num_width(vals[i]);
}

/*
 * print_num: one counter in its column. With -human, one from 1000 (1024
 * with -iec) up is scaled to the largest unit it reaches (k, M, G, T, P, E)
 * with two decimals, one from 10 of that unit, none from 100.
 */
static void print_num(const struct ip_ctx *ip, FILE *f, unsigned int width, uint64_t v)
{
	static const char units[] = "kMGTPE";
	const uint64_t base = ip->iec ? 1024 : 1000;
	uint64_t pow = 1, digits = 1;
	int unit = 0, precision = 2;
	char buf[64];

	if (!ip->human || v < base) {
		fprintf(f, "%*llu ", (int)width, (unsigned long long)v);
		return;
	}
	for (;;) {
		pow *= base;
		if (v / base < pow || !units[unit + 1])
			break;
		unit++;
	}
	for (; precision > 0; precision--) {
		digits *= 10;
		if (v / pow < digits)
			break;
	}
	snprintf(buf, sizeof(buf), "%.*f%c%s", precision, (double)v / (double)pow, units[unit],
		 ip->iec ? "i" : "");
	fprintf(f, "%*s ", (int)width, buf);
}

static void print_nums(const struct ip_ctx *ip, FILE *f, const unsigned int *cols, const uint64_t *vals, int n)
{
	fputs("    ", f);
	for (int i = 0; i < n; i++)
		print_num(ip, f, cols[i], vals[i]);
}

/*
 * -s -s: the error rows. Of the error counters vethlab keeps only overrun,
 * frame and otherhost (its column appears once non-zero); transns is
 * IFLA_CARRIER_CHANGES, left out when the message has none (cc NULL). The
 * numbers start under the first column.
 */
static void print_error_rows(struct ip_ctx *ip, const struct netdev_stats *s, const unsigned int *cc,
			     const unsigned int *cols, bool rx)
{
	FILE *f = ip->c->out;

	if (rx) {
		uint64_t v[5] = { 0, 0, s->rx_frame_errors, 0, s->rx_over_errors };

		fprintf(f, "%s    RX errors:%*s %*s %*s %*s %*s %*s%*s%s", ip->sl, (int)cols[0] - 10, "",
			(int)cols[1], "length", (int)cols[2], "crc", (int)cols[3], "frame", (int)cols[4], "fifo",
			(int)cols[5], "overrun", s->rx_otherhost_dropped ? (int)cols[7] + 1 : 0,
			s->rx_otherhost_dropped ? " otherhost" : "", ip->sl);
		fprintf(f, "%*s", (int)cols[0] + 5, "");
		for (int i = 0; i < 5; i++)
			print_num(ip, f, cols[i + 1], v[i]);
		if (s->rx_otherhost_dropped)
			print_num(ip, f, cols[7], s->rx_otherhost_dropped);
		return;
	}
	fprintf(f, "%s    TX errors:%*s %*s %*s %*s %*s %*s%s", ip->sl, (int)cols[0] - 10, "",
		(int)cols[1], "aborted", (int)cols[2], "fifo", (int)cols[3], "window", (int)cols[4], "heartbt",
		(int)cols[5], cc ? "transns" : "", ip->sl);
	fprintf(f, "%*s", (int)cols[0] + 5, "");
	for (int i = 0; i < 4; i++)
		print_num(ip, f, cols[i + 1], 0);
	if (cc)
		print_num(ip, f, cols[5], *cc);
}

/* print_stats64 as in 6.1: columns widen to fit the largest number. */
static void print_stats64(struct ip_ctx *ip, const struct netdev_stats *s, const unsigned int *cc, bool lead)
{
	FILE *f = ip->c->out;
	unsigned int cols[8] = { 10, 7, 6, 7, 7, 7, 10, 9 };
	uint64_t rx[6] = { s->rx_bytes, s->rx_packets, s->rx_errors, s->rx_dropped,
			   s->rx_missed_errors, s->multicast };
	uint64_t tx[6] = { s->tx_bytes, s->tx_packets, s->tx_errors, s->tx_dropped,
			   s->tx_carrier_errors, s->collisions };
	uint64_t rxe[8] = { 0, 0, 0, s->rx_frame_errors, 0, s->rx_over_errors, 0, s->rx_otherhost_dropped };
	/* iproute2 sizes the TX error columns one place to the right of where it prints them. */
	uint64_t txe[7] = { 0, 0, 0, 0, 0, 0, cc ? *cc : 0 };

	size_columns(ip, cols, rx, 6);
	if (ip->show_stats > 1)
		size_columns(ip, cols, rxe, 8);
	size_columns(ip, cols, tx, 6);
	if (ip->show_stats > 1)
		size_columns(ip, cols, txe, 7);
	fprintf(f, "%s    RX: %*s %*s %*s %*s %*s %*s %*s%s", lead ? ip->sl : "", (int)cols[0] - 4, "bytes",
		(int)cols[1], "packets", (int)cols[2], "errors", (int)cols[3], "dropped",
		(int)cols[4], "missed", (int)cols[5], "mcast", (int)cols[6], "", ip->sl);
	print_nums(ip, f, cols, rx, 6);
	if (ip->show_stats > 1)
		print_error_rows(ip, s, cc, cols, true);
	fprintf(f, "%s    TX: %*s %*s %*s %*s %*s %*s %*s%s", ip->sl, (int)cols[0] - 4, "bytes",
		(int)cols[1], "packets", (int)cols[2], "errors", (int)cols[3], "dropped",
		(int)cols[4], "carrier", (int)cols[5], "collsns", (int)cols[6], "", ip->sl);
	print_nums(ip, f, cols, tx, 6);
	if (ip->show_stats > 1)
		print_error_rows(ip, s, cc, cols, false);
}

void ip_print_link_stats(struct ip_ctx *ip, const struct rtnl_link *l, bool lead)
{
	print_stats64(ip, &l->stats, &l->carrier_changes, lead);
}

/*
 * The inet6 link dump carries no link counters, only IFLA_INET6_STATS, which
 * iproute2 6.1 reads by the MIB layout of its own headers (get_snmp_counters).
 * Linux 6.15 reordered that enum, so on 6.18 each column lands on another
 * counter: packets and bytes are InReceives and InOctets, but TX packets and
 * bytes are InECT1Pkts and InECT0Pkts, RX errors InTooBigErrors, TX errors
 * InNoRoutes, mcast ReasmOKs (no reassembly here: 0) and frame
 * OutBcastPkts (0 in IPv6). There is no IFLA_CARRIER_CHANGES.
 */
void ip_print_link_stats6(struct ip_ctx *ip, const struct rtnl_link *l)
{
	struct netdev_stats s = {
		.rx_packets = l->inet6_stats.in_pkts, .rx_bytes = l->inet6_stats.in_octets,
		.tx_packets = l->inet6_stats.in_ect1, .tx_bytes = l->inet6_stats.in_ect0,
		.rx_errors = l->inet6_stats.in_toobig, .tx_errors = l->inet6_stats.in_noroutes,
	};

	print_stats64(ip, &s, NULL, false);
}

/* print_af_spec: the inet6 address generation mode, by name. */
static void print_addrgenmode(FILE *f, int mode)
{
	static const char *const names[] = { "eui64", "none", "stable_secret", "random" };

	if (mode < 0)
		return;
	if (mode < 4)
		fprintf(f, "addrgenmode %s ", names[mode]);
	else
		fprintf(f, "addrgenmode %#.2hhx ", (unsigned char)mode);
}

/* -d: addrgenmode comes from the inet6 part of the link, which ip addr does not ask for. */
static void print_details(struct ip_ctx *ip, const struct rtnl_link *l, bool addr_mode)
{
	FILE *f = ip->c->out;

	fprintf(f, " promiscuity %u  allmulti %u minmtu %d maxmtu %d ", l->promiscuity, l->allmulti,
		l->min_mtu, l->max_mtu);
	/* print_linktype: the kind, then what its link_util prints of its data. */
	if (l->kind) {
		const struct link_util *lu = ip_link_util(l->kind);

		fprintf(f, "%s    %s ", ip->sl, l->kind);
		if (lu && lu->print_opt)
			lu->print_opt(ip, l);
	}
	if (l->slave_kind) {
		const struct link_util *lu = ip_link_util(l->slave_kind);

		fprintf(f, "%s    %s ", ip->sl, l->slave_kind);
		if (lu && lu->print_opt)
			lu->print_opt(ip, l);
	}
	if (!addr_mode)
		print_addrgenmode(f, l->addr_gen_mode);
	fprintf(f, "numtxqueues %u numrxqueues %u gso_max_size %u gso_max_segs %u tso_max_size %u "
		"tso_max_segs %u gro_max_size %u ", l->num_tx_queues, l->num_rx_queues, l->gso_max_size,
		l->gso_max_segs, l->tso_max_size, l->tso_max_segs, l->gro_max_size);
}

/* print_queuelen: a queue length of 0 is not printed; it is read as an int. */
static void print_qlen(FILE *f, unsigned int qlen)
{
	if (qlen)
		fprintf(f, "qlen %d", (int)qlen);
}

void ip_print_link_header(struct ip_ctx *ip, const struct rtnl_link *l, bool addr_mode)
{
	static const char *const link_modes[] = { "DEFAULT", "DORMANT", "TESTING" };
	FILE *f = ip->c->out;
	char name[2 * IFNAMSIZ + 8], group[16];

	ip_format_link_name(ip, l, true, name, sizeof(name));
	fprintf(f, "%d: ", l->ifindex);
	ipp_color_printf(ip, IPC_IFNAME, "%s: ", name);
	print_flags(f, l->flags, link_mdown(ip, l));
	fprintf(f, " mtu %d qdisc %s ", l->mtu, l->qdisc);
	if (l->master) {
		char master[IFNAMSIZ];

		fprintf(f, "master %s ", rtnl_ifname(ip->net, l->master, master) ? master : "none");
	}
	fputs("state ", f);
	ipp_color_printf(ip, ipp_oper_color(l->operstate), "%s ", ip_oper_name(l->operstate));
	if (!addr_mode)
		fprintf(f, "mode %s ", link_modes[l->link_mode < 3 ? l->link_mode : 0]);
	fprintf(f, "group %s ", ip_group_n2a(l->group, group, sizeof(group)));
	print_qlen(f, l->txqlen);
}

/*
 * The link as the inet6 link dump (ip -6 addr) describes it: IFLA_LINK only
 * when the lower device's index differs from the device's own, and no
 * namespace id, so iproute2 names whatever device has that index here.
 */
static void format_link_name6(struct ip_ctx *ip, const struct rtnl_link *l, char *buf, size_t len)
{
	struct rtnl_link lower;

	if (!l->link || l->link == l->ifindex)
		snprintf(buf, len, "%s", l->name);
	else if (rtnl_link_get(ip->net, l->link, NULL, &lower) == 0)
		snprintf(buf, len, "%s@%s", l->name, lower.name);
	else
		snprintf(buf, len, "%s@if%d", l->name, l->link);
}

/* With -6 iproute2 shows the inet6 link: neither qdisc nor group; with -d only the address. */
void ip_print_link_header6(struct ip_ctx *ip, const struct rtnl_link *l)
{
	FILE *f = ip->c->out;
	char name[2 * IFNAMSIZ + 8];

	format_link_name6(ip, l, name, sizeof(name));
	fprintf(f, "%d: ", l->ifindex);
	ipp_color_printf(ip, IPC_IFNAME, "%s: ", name);
	print_flags(f, l->flags, link_mdown(ip, l));
	fprintf(f, " mtu %d state ", l->mtu);
	ipp_color_printf(ip, ipp_oper_color(l->operstate), "%s ", ip_oper_name(l->operstate));
	print_qlen(f, l->txqlen);
	if (ip->show_details) {
		fprintf(f, "%s    link/%s ", ip->sl, l->type == ARPHRD_LOOPBACK ? "loopback" : "ether");
		print_mac(ip, "%s", l->addr);
	}
}

static int print_altname(const char *name, void *arg)
{
	struct ip_ctx *ip = arg;

	fprintf(ip->c->out, "%s    altname %s", ip->sl, name);
	return 0;
}

/* IFLA_PROP_LIST: one line per alternative name, last of all. */
static void print_altnames(struct ip_ctx *ip, const struct rtnl_link *l)
{
	(void)rtnl_link_altnames(ip->net, l->ifindex, print_altname, ip);
}

/*
 * ip -4 addr (or -6 addr dev X): the link/ line is left out unless -d asks for
 * details; what it would have ended with (link-netns) then ends the first line.
 */
void ip_print_link_family(struct ip_ctx *ip, const struct rtnl_link *l)
{
	if (ip->show_details) {
		ip_print_link(ip, l, true);
		return;
	}
	ip_print_link_header(ip, l, true);
	print_link_netns(ip, l);
	print_altnames(ip, l);
}

void ip_print_link(struct ip_ctx *ip, const struct rtnl_link *l, bool addr_mode)
{
	FILE *f = ip->c->out;

	ip_print_link_header(ip, l, addr_mode);
	fprintf(f, "%s    link/%s ", ip->sl, l->type == ARPHRD_LOOPBACK ? "loopback" : "ether");
	print_mac(ip, "%s", l->addr);
	fputs(" brd ", f);
	print_mac(ip, "%s", l->brd);
	print_link_netns(ip, l);
	if (ip->show_details)
		print_details(ip, l, addr_mode);
	/* The alias: in ip addr only with -d. */
	if ((!addr_mode || ip->show_details) && l->ifalias[0])
		fprintf(f, "%s    alias %s", ip->sl, l->ifalias);
	/* ip addr prints the counters after the addresses instead. */
	if (ip->show_stats && !addr_mode)
		ip_print_link_stats(ip, l, true);
	print_altnames(ip, l);
}

void ip_print_link_brief(struct ip_ctx *ip, const struct rtnl_link *l, bool addr_mode)
{
	FILE *f = ip->c->out;
	char name[2 * IFNAMSIZ + 8];

	ip_format_link_name(ip, l, true, name, sizeof(name));
	ipp_color_printf(ip, IPC_IFNAME, "%-16s ", name);
	ipp_color_printf(ip, ipp_oper_color(l->operstate), "%-14s ", ip_oper_name(l->operstate));
	if (!addr_mode) {
		print_mac(ip, "%s ", l->addr);
		print_flags(f, l->flags, link_mdown(ip, l));
		fputc(' ', f);
	}
}

/* ip -6 -br addr: the brief line of the inet6 link, named as ip_print_link_header6 names it. */
void ip_print_link_brief6(struct ip_ctx *ip, const struct rtnl_link *l)
{
	char name[2 * IFNAMSIZ + 8];

	format_link_name6(ip, l, name, sizeof(name));
	ipp_color_printf(ip, IPC_IFNAME, "%-16s ", name);
	ipp_color_printf(ip, ipp_oper_color(l->operstate), "%-14s ", ip_oper_name(l->operstate));
}

/* The <FLAGS> of a link, as the bridge command prints them too. */
void ip_print_link_flags(struct ip_ctx *ip, const struct rtnl_link *l)
{
	print_flags(ip->c->out, l->flags, link_mdown(ip, l));
}

bool ip_link_mdown(struct ip_ctx *ip, const struct rtnl_link *l)
{
	return link_mdown(ip, l);
}

/* ifconfig.c: net-tools ifconfig: list interfaces, or set address, mask, mtu and flags. */
#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "../ctl/rtnl.h"
#include "../net/wire.h"
#include "ip/ip_common.h"
#include "tools.h"

/* net-tools' flag names, in the order it prints them. */
static void print_flags(FILE *f, unsigned int flags)
{
	static const struct {
		unsigned int bit;
		const char *name;
	} names[] = {
		{ IFF_UP, "UP" }, { IFF_BROADCAST, "BROADCAST" }, { IFF_DEBUG, "DEBUG" },
		{ IFF_LOOPBACK, "LOOPBACK" }, { IFF_POINTOPOINT, "POINTOPOINT" },
		{ IFF_NOTRAILERS, "NOTRAILERS" }, { IFF_RUNNING, "RUNNING" }, { IFF_NOARP, "NOARP" },
		{ IFF_PROMISC, "PROMISC" }, { IFF_ALLMULTI, "ALLMULTI" }, { IFF_MASTER, "MASTER" },
		{ IFF_SLAVE, "SLAVE" }, { IFF_MULTICAST, "MULTICAST" }, { IFF_DYNAMIC, "DYNAMIC" },
	};
	bool first = true;

	/* ifr_flags is a short, printed with %d: DYNAMIC (0x8000) makes it negative. */
	fprintf(f, "flags=%d<", (int)(short)(flags & 0xffff));
	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		if (flags & names[i].bit) {
			fprintf(f, "%s%s", first ? "" : ",", names[i].name);
			first = false;
		}
	}
	fputc('>', f);
}

/* net-tools: one decimal, binary units, a unit only once the count exceeds it. */
static void print_bytes(FILE *f, unsigned long long b)
{
	static const char *const ext[] = { "B", "KiB", "MiB", "GiB", "TiB", "PiB" };
	unsigned long long div = 1;
	int i = 0;

	while (i < 5 && b > (div << 10)) {
		div <<= 10;
		i++;
	}
	fprintf(f, "%llu (%llu.%llu %s)", b, b * 10 / div / 10, b * 10 / div % 10, ext[i]);
}

struct label_find {
	const char *name;
	struct rtnl_addr a;
	bool found;
};

static int find_label(const struct rtnl_addr *a, void *arg)
{
	struct label_find *lf = arg;

	if (!lf->found && !strcmp(a->label, lf->name)) {
		lf->a = *a;
		lf->found = true;
	}
	return 0;
}

static int print_inet6(const struct rtnl_addr6 *a, void *arg)
{
	FILE *f = arg;
	char b[48];

	ip6_fmt(a->addr, b);
	fprintf(f, "        inet6 %s  prefixlen %d  scopeid 0x%x<%s>\n", b, a->prefixlen, a->scope,
		a->scope == 0x10 ? "host" : a->scope == 0x20 ? "link" : "global");
	return 0;
}

/*
 * The counters, from /proc/net/dev: a device named by an alternative name
 * is not found there, so it has none.
 */
static void print_stats(FILE *f, const struct netdev_stats *s)
{
	fprintf(f, "        RX packets %llu  bytes ", (unsigned long long)s->rx_packets);
	print_bytes(f, s->rx_bytes);
	fprintf(f, "\n        RX errors %llu  dropped %llu  overruns %llu  frame %llu\n",
		(unsigned long long)s->rx_errors, (unsigned long long)s->rx_dropped,
		(unsigned long long)s->rx_over_errors, (unsigned long long)s->rx_frame_errors);
	fprintf(f, "        TX packets %llu  bytes ", (unsigned long long)s->tx_packets);
	print_bytes(f, s->tx_bytes);
	fprintf(f, "\n        TX errors %llu  dropped %llu overruns %llu  carrier %llu  collisions %llu\n",
		(unsigned long long)s->tx_errors, (unsigned long long)s->tx_dropped, 0ULL,
		(unsigned long long)s->tx_carrier_errors, (unsigned long long)s->collisions);
}

/*
 * One interface under the name it was asked by: flags and the link come
 * from ioctls, which take any name of the device; the IPv4 address must
 * carry that name as its label, and /proc/net/if_inet6 and /proc/net/dev
 * know only the device's own name.
 */
static void print_iface(struct vl_cmd_ctx *c, const struct rtnl_link *l, const char *name)
{
	FILE *f = c->out;
	bool own = !strcmp(name, l->name);
	struct label_find lf = { .name = name };
	char b1[16], b2[16], b3[16];

	fprintf(f, "%s: ", name);
	print_flags(f, l->flags);
	fprintf(f, "  mtu %d\n", l->mtu);
	rtnl_addr_dump(c->net, l->ifindex, find_label, &lf);
	if (lf.found) {
		fprintf(f, "        inet %s  netmask %s", ip_fmt_ipv4(lf.a.local, b1),
			ip_fmt_ipv4(inet_make_mask(lf.a.prefixlen), b2));
		if (l->flags & IFF_BROADCAST)
			fprintf(f, "  broadcast %s", ip_fmt_ipv4(lf.a.broadcast, b3));
		fputc('\n', f);
	}
	if (own)
		rtnl_addr6_dump(c->net, l->ifindex, print_inet6, f);
	if (l->type == ARPHRD_LOOPBACK) {
		fprintf(f, "        loop  txqueuelen %u  (Local Loopback)\n", l->txqlen);
	} else {
		fputs("        ether ", f);
		ip_print_lladdr(f, l->addr);
		fprintf(f, "  txqueuelen %u  (Ethernet)\n", l->txqlen);
	}
	if (own)
		print_stats(f, &l->stats);
	fputc('\n', f);
}

struct if_list {
	struct rtnl_link *v;
	int n, cap;
	bool all;
};

static int collect(const struct rtnl_link *l, void *arg)
{
	struct if_list *il = arg;

	if (!il->all && !(l->flags & IFF_UP))
		return 0;
	ip_vec_push((void **)&il->v, &il->n, &il->cap, l, sizeof(*l));
	return 0;
}

/* net-tools' nstrcmp: digit runs compare by value, so veth9 < veth10. */
static int nstrcmp(const char *a, const char *b)
{
	while (*a && *a == *b && !isdigit((unsigned char)*a)) {
		a++;
		b++;
	}
	if (isdigit((unsigned char)*a) && isdigit((unsigned char)*b)) {
		char *ea, *eb;
		unsigned long x = strtoul(a, &ea, 10), y = strtoul(b, &eb, 10);

		if (x != y)
			return x < y ? -1 : 1;
		return nstrcmp(ea, eb);
	}
	return (unsigned char)*a - (unsigned char)*b;
}

static int cmp_link(const void *x, const void *y)
{
	return nstrcmp(((const struct rtnl_link *)x)->name, ((const struct rtnl_link *)y)->name);
}

static int list_ifaces(struct vl_cmd_ctx *c, bool all)
{
	struct if_list il = { .all = all };

	rtnl_link_dump(c->net, collect, &il);
	/* No device up (lo down in a new namespace): nothing to sort, nothing printed. */
	if (il.n)
		qsort(il.v, (size_t)il.n, sizeof(*il.v), cmp_link);
	for (int i = 0; i < il.n; i++)
		print_iface(c, &il.v[i], il.v[i].name);
	free(il.v);
	return 0;
}

static int usage_hint(struct vl_cmd_ctx *c)
{
	fputs("ifconfig: `--help' gives usage information.\n", c->err);
	return 1;
}

static int ioctl_err(struct vl_cmd_ctx *c, const char *what, int err)
{
	fprintf(c->err, "%s: %s\n", what, strerror(-err));
	return 1;
}

static int set_address(struct vl_cmd_ctx *c, int ifindex, const char *arg)
{
	char buf[32];
	char *slash;
	uint32_t addr;
	unsigned int plen;
	int err;

	if (!*arg) {
		/* net-tools resolves the word; an empty one fails in the resolver, not as a host. */
		fputs("Unknown server error\n", c->err);
		return usage_hint(c);
	}
	snprintf(buf, sizeof(buf), "%s", arg);
	slash = strchr(buf, '/');
	if (slash)
		*slash = 0;
	if (ip_get_ipv4(&addr, buf) || strchr(buf, '.') == NULL ||
	    (slash && (ip_get_unsigned(&plen, slash + 1) || plen > 32))) {
		fprintf(c->err, "%s: Unknown host\n", buf);
		return usage_hint(c);
	}
	err = rtnl_ioctl_addr(c->net, ifindex, RTNL_IOCTL_ADDR, addr);
	if (err)
		return ioctl_err(c, "SIOCSIFADDR", err);
	if (slash) {
		err = rtnl_ioctl_addr(c->net, ifindex, RTNL_IOCTL_NETMASK, inet_make_mask((int)plen));
		if (err)
			return ioctl_err(c, "SIOCSIFNETMASK", err);
	}
	return 0;
}

/* up: -1 keeps the flag; mtu: 0 keeps the MTU. */
static int set_flag(struct vl_cmd_ctx *c, int ifindex, int up, int mtu)
{
	struct link_attrs a = { .mask = mtu ? LA_MTU : 0, .mtu = mtu,
				.ifi_flags = up == 1 ? IFF_UP : 0, .ifi_change = up >= 0 ? IFF_UP : 0 };
	const char *extack = NULL;
	int err = rtnl_link_change(c->net, ifindex, NULL, &a, &extack);

	if (err)
		return ioctl_err(c, mtu ? "SIOCSIFMTU" : "SIOCSIFFLAGS", err);
	return 0;
}

static int set_ipv4(struct vl_cmd_ctx *c, int ifindex, int which, const char *arg)
{
	uint32_t v;
	int err;

	if (ip_get_ipv4(&v, arg)) {
		fprintf(c->err, "%s: Unknown host\n", arg);
		return usage_hint(c);
	}
	err = rtnl_ioctl_addr(c->net, ifindex, which, v);
	if (err)
		return ioctl_err(c, which == RTNL_IOCTL_NETMASK ? "SIOCSIFNETMASK" : "SIOCSIFBRDADDR",
				 err);
	return 0;
}

/* Applies each argument in order, as net-tools does; stops at the first failure. */
static int configure(struct vl_cmd_ctx *c, int ifindex, int argc, char **argv)
{
	unsigned int u;

	for (int i = 0; i < argc; i++) {
		const char *a = argv[i], *next = i + 1 < argc ? argv[i + 1] : NULL;
		int st;

		if (!strcmp(a, "up") || !strcmp(a, "down")) {
			st = set_flag(c, ifindex, a[0] == 'u', 0);
		} else if (!strcmp(a, "mtu") && next) {
			if (ip_get_unsigned(&u, next))
				return usage_hint(c);
			st = set_flag(c, ifindex, -1, (int)u);
			i++;
		} else if (!strcmp(a, "netmask") && next) {
			st = set_ipv4(c, ifindex, RTNL_IOCTL_NETMASK, next);
			i++;
		} else if (!strcmp(a, "broadcast") && next) {
			st = set_ipv4(c, ifindex, RTNL_IOCTL_BRDADDR, next);
			i++;
		} else {
			st = set_address(c, ifindex, a);
		}
		if (st)
			return st;
	}
	return 0;
}

/*
 * Words net-tools' ifconfig knows that vethlab does not model: refused by
 * name before anything is applied, never taken for a host name.
 */
static const char *unmodelled_word(int argc, char **argv)
{
	static const char *const words[] = {
		"arp", "-arp", "trailers", "-trailers", "promisc", "-promisc", "allmulti",
		"-allmulti", "multicast", "-multicast", "dynamic", "-dynamic", "metric",
		"mem_start", "io_addr", "irq", "dstaddr", "pointopoint", "-pointopoint",
		"-broadcast", "hw", "txqueuelen", "add", "del", "tunnel", "outfill",
		"keepalive", "address",
	};

	for (int i = 0; i < argc; i++)
		for (size_t k = 0; k < sizeof(words) / sizeof(words[0]); k++)
			if (!strcmp(argv[i], words[k]))
				return argv[i];
	return NULL;
}

int tool_ifconfig(struct vl_cmd_ctx *c, int argc, char **argv)
{
	struct rtnl_link l;
	const char *w;

	if (argc == 1)
		return list_ifaces(c, false);
	if (!strcmp(argv[1], "-a") && argc == 2)
		return list_ifaces(c, true);
	if (argv[1][0] == '-') {
		fprintf(c->err, "ifconfig: option `%s' is not supported by vethlab (ifconfig [-a] [DEV ...])\n",
			argv[1]);
		return 1;
	}
	w = unmodelled_word(argc - 2, argv + 2);
	if (w) {
		fprintf(c->err, "ifconfig: `%s' is not supported by vethlab\n", w);
		return 1;
	}
	if (rtnl_link_get(c->net, 0, argv[1], &l)) {
		if (argc == 2) {
			fprintf(c->err, "%s: error fetching interface information: Device not found\n",
				argv[1]);
			return 1;
		}
		fprintf(c->err, "SIOCSIFADDR: No such device\n");
		return 1;
	}
	if (argc == 2) {
		print_iface(c, &l, argv[1]);
		return 0;
	}
	return configure(c, l.ifindex, argc - 2, argv + 2);
}

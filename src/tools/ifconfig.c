/* ifconfig.c: net-tools ifconfig: list interfaces, or set address, mask, mtu and flags. */
#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "../ctl/sys.h"
#include "../ctl/rtnl.h"
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

/*
 * A line of /proc/net/if_inet6 as net-tools prints it: the scope there has
 * an IPv4-compatible address's type bit (0x80, "compat") beside the scope
 * proper, and a v4-mapped address is shown as its IPv4 part (fix_v4_address).
 */
static int print_inet6(const struct rtnl_addr6 *a, void *arg)
{
	static const uint8_t zero12[12] = { 0 }, mapped12[12] = { [10] = 0xff, [11] = 0xff };
	FILE *f = arg;
	char b[48];
	unsigned int scope = (unsigned int)a->scope;
	unsigned int base;

	if (!memcmp(a->addr, zero12, 12) && scope != 0x10)
		scope |= 0x80;
	if (!memcmp(a->addr, mapped12, 12))
		snprintf(b, sizeof(b), "%u.%u.%u.%u", a->addr[12], a->addr[13], a->addr[14], a->addr[15]);
	else
		ip6_fmt(a->addr, b);
	base = scope & 0x70;
	fprintf(f, "        inet6 %s  prefixlen %d  scopeid 0x%x<%s%s>\n", b, a->prefixlen, scope,
		scope & 0x80 ? "compat," : "",
		base == 0x10 ? "host" : base == 0x20 ? "link" : base == 0x40 ? "site" : "global");
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

/* cutalias: the numeric ":N" suffix of a name, cut off; NULL when there is none. */
static char *cutalias(char *name)
{
	bool digit = false;

	for (size_t pos = strlen(name); pos > 0; pos--) {
		if (name[pos - 1] == ':' && digit) {
			name[pos - 1] = 0;
			return name + pos;
		}
		if (!isdigit((unsigned char)name[pos - 1]))
			break;
		digit = true;
	}
	return NULL;
}

/* rindex_nondigit: where the trailing digits of a name start. */
static size_t digits_start(const char *name)
{
	for (size_t pos = strlen(name); pos > 0; pos--)
		if (!isdigit((unsigned char)name[pos - 1]))
			return pos;
	return 0;
}

/*
 * net-tools' nstrcmp: names compare by their stem, then by the number they
 * end in, then by a numeric alias (":N", none first). A non-numeric alias
 * ("veth0:foo") is part of the stem, so it sorts after every numbered name.
 */
static int nstrcmp(const char *ap, const char *bp)
{
	char a[2 * IFNAMSIZ], b[2 * IFNAMSIZ];
	const char *aalias, *balias;
	size_t ai, bi;
	int res, av, bv;

	snprintf(a, sizeof(a), "%s", ap);
	snprintf(b, sizeof(b), "%s", bp);
	aalias = cutalias(a);
	balias = cutalias(b);
	ai = digits_start(a);
	bi = digits_start(b);
	res = strncmp(a, b, ai < bi ? ai : bi);
	if (res)
		return res;
	if (ai != bi)
		return ai > bi ? 1 : -1;
	av = atoi(a + ai);
	bv = atoi(b + bi);
	if (av != bv)
		return av < bv ? -1 : 1;
	av = aalias ? atoi(aalias) : -1;
	bv = balias ? atoi(balias) : -1;
	return av < bv ? -1 : av > bv;
}

/*
 * The interface list ifconfig builds: the devices of /proc/net/dev, then the
 * labels of SIOCGIFCONF (every IPv4 address of every device, aliases
 * included), each put in from the end of the list before the first name
 * nstrcmp does not place it after, and left out when it compares equal.
 */
struct if_list {
	char (*v)[IFNAMSIZ];
	int n, cap;
};

static void if_cache_add(struct if_list *il, const char *name)
{
	int pos = il->n;

	while (pos > 0) {
		int cmp = nstrcmp(il->v[pos - 1], name);

		if (!cmp)
			return;
		if (cmp < 0)
			break;
		pos--;
	}
	if (il->n == il->cap) {
		il->cap = il->cap ? il->cap * 2 : 16;
		il->v = vl_realloc(il->v, (size_t)il->cap * sizeof(*il->v));
	}
	memmove(il->v + pos + 1, il->v + pos, (size_t)(il->n - pos) * sizeof(*il->v));
	snprintf(il->v[pos], IFNAMSIZ, "%s", name);
	il->n++;
}

static int add_dev(const struct rtnl_link *l, void *arg)
{
	if_cache_add(arg, l->name);
	return 0;
}

static int add_label(const struct rtnl_addr *a, void *arg)
{
	if_cache_add(arg, a->label);
	return 0;
}

/*
 * dev_ioctl's lookup: a name "DEV:ALIAS" means the device DEV. Fails with
 * -ENODEV as SIOCGIFFLAGS does.
 */
static int ifc_lookup(struct vl_cmd_ctx *c, const char *name, struct rtnl_link *l)
{
	char base[IFNAMSIZ];
	char *colon;

	snprintf(base, sizeof(base), "%s", name);
	colon = strchr(base, ':');
	if (colon)
		*colon = 0;
	return rtnl_link_get(c->net, 0, base, l) ? -ENODEV : 0;
}

/* if_print for one name: do_if_fetch, then ife_print. */
static int print_one(struct vl_cmd_ctx *c, const char *name, bool all)
{
	struct rtnl_link l;

	if (ifc_lookup(c, name, &l)) {
		fprintf(c->err, "%s: error fetching interface information: Device not found\n", name);
		return -1;
	}
	if (all || (l.flags & IFF_UP))
		print_iface(c, &l, name);
	return 0;
}

static int list_ifaces(struct vl_cmd_ctx *c, bool all)
{
	struct if_list il = { 0 };

	rtnl_link_dump(c->net, add_dev, &il);
	rtnl_addr_dump(c->net, 0, add_label, &il);
	for (int i = 0; i < il.n; i++)
		(void)print_one(c, il.v[i], all);
	free(il.v);
	return 0;
}

static int usage_hint(struct vl_cmd_ctx *c)
{
	fputs("ifconfig: `--help' gives usage information.\n", c->err);
	return 1;
}

/* usage(): net-tools 2.10's text, on stderr, and E_USAGE. */
static int usage(struct vl_cmd_ctx *c)
{
	fputs("Usage:\n"
	      "  ifconfig [-a] [-v] [-s] <interface> [[<AF>] <address>]\n"
	      "  [add <address>[/<prefixlen>]]\n"
	      "  [del <address>[/<prefixlen>]]\n"
	      "  [[-]broadcast [<address>]]  [[-]pointopoint [<address>]]\n"
	      "  [netmask <address>]  [dstaddr <address>]  [tunnel <address>]\n"
	      "  [outfill <NN>] [keepalive <NN>]\n"
	      "  [hw <HW> <address>]  [mtu <NN>]\n"
	      "  [[-]trailers]  [[-]arp]  [[-]allmulti]\n"
	      "  [multicast]  [[-]promisc]\n"
	      "  [mem_start <NN>]  [io_addr <NN>]  [irq <NN>]  [media <type>]\n"
	      "  [txqueuelen <NN>]\n"
	      "  [name <newname>]\n"
	      "  [[-]dynamic]\n"
	      "  [up|down] ...\n"
	      "\n"
	      "  <HW>=Hardware Type.\n"
	      "  List of possible hardware types:\n"
	      "    loop (Local Loopback) slip (Serial Line IP) cslip (VJ Serial Line IP) \n"
	      "    slip6 (6-bit Serial Line IP) cslip6 (VJ 6-bit Serial Line IP) adaptive (Adaptive Serial Line IP) \n"
	      "    ash (Ash) ether (Ethernet) ax25 (AMPR AX.25) \n"
	      "    netrom (AMPR NET/ROM) rose (AMPR ROSE) tunnel (IPIP Tunnel) \n"
	      "    ppp (Point-to-Point Protocol) hdlc ((Cisco)-HDLC) lapb (LAPB) \n"
	      "    arcnet (ARCnet) dlci (Frame Relay DLCI) frad (Frame Relay Access Device) \n"
	      "    sit (IPv6-in-IPv4) fddi (Fiber Distributed Data Interface) hippi (HIPPI) \n"
	      "    irda (IrLAP) ec (Econet) x25 (generic X.25) \n"
	      "    eui64 (Generic EUI-64) \n"
	      "  <AF>=Address family. Default: inet\n"
	      "  List of possible address families:\n"
	      "    unix (UNIX Domain) inet (DARPA Internet) inet6 (IPv6) \n"
	      "    ax25 (AMPR AX.25) netrom (AMPR NET/ROM) rose (AMPR ROSE) \n"
	      "    ipx (Novell IPX) ddp (Appletalk DDP) ec (Econet) \n"
	      "    ash (Ash) x25 (CCITT X.25) \n",
	      c->err);
	return 3;
}

/* INET_resolve: "default" is 0.0.0.0; a name must be a dotted address here (no resolver). */
static int inet_resolve(struct vl_cmd_ctx *c, const char *host, uint32_t *out)
{
	if (!strcmp(host, "default")) {
		*out = 0;
		return 0;
	}
	if (!*host) {
		/* An empty word fails in the resolver, not as a host. */
		fputs("Unknown server error\n", c->err);
		return -1;
	}
	if (ip_get_ipv4(out, host) || !strchr(host, '.')) {
		fprintf(c->err, "%s: Unknown host\n", host);
		return -1;
	}
	return 0;
}

/* One ifconfig run on the interface name (a device, or DEV:ALIAS): its error status so far. */
struct ifc {
	struct vl_cmd_ctx *c;
	const char *name;
	bool alias;
	int goterr;    /* net-tools' goterr: 1 for an ioctl error, -1 (status 255) for a flags error */
};

/* set_flag and clr_flag: SIOCGIFFLAGS, then SIOCSIFFLAGS with bits set or cleared. */
static int ifc_flags(struct ifc *x, unsigned int set, unsigned int clear)
{
	struct rtnl_link l;
	unsigned int flags;
	int err;

	if (ifc_lookup(x->c, x->name, &l)) {
		fprintf(x->c->err, "%s: ERROR while getting interface flags: %s\n", x->name, strerror(ENODEV));
		return -1;
	}
	flags = (l.flags | set) & ~clear;
	if (x->alias) {
		err = rtnl_ioctl_addr(x->c->net, l.ifindex, x->name, RTNL_IOCTL_ALIAS_FLAGS, flags);
	} else {
		struct link_attrs a = { .ifi_flags = flags & IFF_UP, .ifi_change = IFF_UP };
		const char *extack = NULL;

		err = (flags ^ l.flags) & IFF_UP ? rtnl_link_change(x->c->net, l.ifindex, NULL, &a, &extack) : 0;
	}
	if (err) {
		fprintf(x->c->err, "SIOCSIFFLAGS: %s\n", strerror(-err));
		return -1;
	}
	return 0;
}

/* SIOCSIFADDR, SIOCSIFNETMASK or SIOCSIFBRDADDR: 1 and perror's line on failure. */
static int ifc_addr(struct ifc *x, int which, uint32_t v, const char *what)
{
	struct rtnl_link l;
	int err = ifc_lookup(x->c, x->name, &l);

	if (!err)
		err = rtnl_ioctl_addr(x->c->net, l.ifindex, x->alias ? x->name : NULL, which, v);
	if (err) {
		fprintf(x->c->err, "%s: %s\n", what, strerror(-err));
		return 1;
	}
	return 0;
}

/* SIOCSIFMTU, on the device even for an alias; the value is atoi's. */
static int ifc_mtu(struct ifc *x, const char *arg)
{
	struct rtnl_link l;
	int mtu = atoi(arg);
	int err = ifc_lookup(x->c, x->name, &l);

	if (!err && mtu < 0)
		err = -EINVAL;
	if (!err) {
		struct link_attrs a = { .mask = LA_MTU, .mtu = mtu };
		const char *extack = NULL;

		err = rtnl_link_change(x->c->net, l.ifindex, NULL, &a, &extack);
	}
	if (err) {
		fprintf(x->c->err, "SIOCSIFMTU: %s\n", strerror(-err));
		return 1;
	}
	return 0;
}

/*
 * INET_getnetmask: "ADDR/PLEN" gives the netmask set once every argument is
 * done. 1 with the mask, 0 without a slash, -1 (usage) when PLEN is not a
 * number. The length is not checked: net-tools computes ~(~0U >> PLEN), and
 * x86 shifts by PLEN mod 32, so /32 is the mask 0.0.0.0 and /40 is /8.
 */
static int inet_getmask(char *host, uint32_t *mask)
{
	char *slash = strchr(host, '/'), *end;
	int plen;

	if (!slash)
		return 0;
	*slash++ = 0;
	plen = (int)strtoul(slash, &end, 0);
	if (*end)
		return -1;
	*mask = ~(0xffffffffu >> ((unsigned int)plen & 31));
	return 1;
}

/*
 * The arguments after the name, as net-tools' main loop takes them: each
 * is applied in turn and an error does not stop the rest; the status is
 * goterr's. An address that does not resolve ends it at once.
 */
static int configure(struct ifc *x, int argc, char **argv)
{
	bool didnetmask = false, neednetmask = false;
	uint32_t samask = 0, v;

	for (int i = 0; i < argc; i++) {
		const char *a = argv[i], *next = i + 1 < argc ? argv[i + 1] : NULL;

		if (!strcmp(a, "up")) {
			x->goterr |= ifc_flags(x, IFF_UP | IFF_RUNNING, 0);
		} else if (!strcmp(a, "down")) {
			x->goterr |= ifc_flags(x, 0, IFF_UP);
		} else if (!strcmp(a, "mtu")) {
			if (!next)
				return usage(x->c);
			if (ifc_mtu(x, next))
				x->goterr = 1;
			i++;
		} else if (!strcmp(a, "broadcast")) {
			if (next) {
				if (inet_resolve(x->c, next, &v))
					x->goterr = 1;
				else if (ifc_addr(x, RTNL_IOCTL_BRDADDR, v, "SIOCSIFBRDADDR"))
					x->goterr = 1;
				i++;
			}
			x->goterr |= ifc_flags(x, IFF_BROADCAST, 0);
		} else if (!strcmp(a, "netmask")) {
			if (!next || didnetmask)
				return usage(x->c);
			i++;
			if (inet_resolve(x->c, next, &v)) {
				x->goterr = 1;
				continue;
			}
			didnetmask = true;
			x->goterr |= ifc_addr(x, RTNL_IOCTL_NETMASK, v, "SIOCSIFNETMASK");
		} else {
			char host[128];

			snprintf(host, sizeof(host), "%s", a);
			switch (inet_getmask(host, &samask)) {
			case -1:
				return usage(x->c);
			case 1:
				if (didnetmask)
					return usage(x->c);
				neednetmask = true;
				break;
			default:
				break;
			}
			if (inet_resolve(x->c, host, &v))
				return usage_hint(x->c);
			if (ifc_addr(x, RTNL_IOCTL_ADDR, v, "SIOCSIFADDR"))
				x->goterr = 1;
			/*
			 * The interface is then brought up (set_flag), except an alias
			 * just removed by 0.0.0.0 or named with a trailing '-'.
			 */
			if (!x->alias || (v && x->name[strlen(x->name) - 1] != '-'))
				x->goterr |= ifc_flags(x, IFF_UP | IFF_RUNNING, 0);
		}
	}
	if (neednetmask)
		x->goterr |= ifc_addr(x, RTNL_IOCTL_NETMASK, samask, "SIOCSIFNETMASK");
	return x->goterr & 0xff;
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
		"keepalive", "address", "media", "port", "name",
	};

	for (int i = 0; i < argc; i++)
		for (size_t k = 0; k < sizeof(words) / sizeof(words[0]); k++)
			if (!strcmp(argv[i], words[k]))
				return argv[i];
	return NULL;
}

/* get_aftype: the address family that may follow the name; only inet is modelled. */
static bool other_family(const char *w)
{
	static const char *const afs[] = { "unix", "inet6", "ax25", "netrom", "rose",
					   "ipx", "ddp", "ec", "ash", "x25" };

	for (size_t k = 0; k < sizeof(afs) / sizeof(afs[0]); k++)
		if (!strcmp(w, afs[k]))
			return true;
	return false;
}

int tool_ifconfig(struct vl_cmd_ctx *c, int argc, char **argv)
{
	struct ifc x = { .c = c };
	const char *w;
	int first = 2;

	if (argc == 1)
		return list_ifaces(c, false);
	if (!strcmp(argv[1], "-a") && argc == 2)
		return list_ifaces(c, true);
	if (argv[1][0] == '-') {
		fprintf(c->err, "ifconfig: option `%s' is not supported by vethlab (ifconfig [-a] [DEV ...])\n",
			argv[1]);
		return 1;
	}
	if (argc == 2)
		return print_one(c, argv[1], true) < 0;
	if (other_family(argv[2])) {
		fprintf(c->err, "ifconfig: address family `%s' is not supported by vethlab\n", argv[2]);
		return 1;
	}
	if (!strcmp(argv[2], "inet"))
		first = 3;
	w = unmodelled_word(argc - first, argv + first);
	if (w) {
		fprintf(c->err, "ifconfig: `%s' is not supported by vethlab\n", w);
		return 1;
	}
	x.name = argv[1];
	x.alias = strchr(argv[1], ':') != NULL;
	return configure(&x, argc - first, argv + first);
}

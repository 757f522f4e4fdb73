/*
 * arp.c: net-tools 2.10 arp(8): the table as it reads /proc/net/arp (-e,
 * -a, -n, -i, -H, a host), and entries set and deleted through the ARP
 * ioctls (SIOCSARP, SIOCDARP), with its command line as glibc's getopt_long
 * parses it and its messages and exit statuses; -f reads entries from a file
 * (or /etc/ethers). Names come from /etc/hosts; what only DNS or
 * /etc/networks could answer is refused.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "../ctl/sys.h"
#include "../ctl/rtnl.h"
#include "../ctl/rtnl_neigh.h"
#include "../ctl/vfs.h"
#include "hosts.h"
#include "ip/ip_common.h"
#include "tools.h"

#define ARP_E_OPTERR 3   /* E_OPTERR: a bad option, the usage on stderr */
#define ARP_FAIL 255     /* exit(-1) */

/* A hardware type of lib/hw.c: ARP works only with those of a nonzero address length. */
struct arp_hwtype {
	const char *name;
	int type;             /* ARPHRD_* */
	int alen;
};

static const struct arp_hwtype arp_hwtypes[] = {
	{ "unspec", -1, 0 }, { "loop", 772, 0 }, { "ether", 1, 6 }, { "slip", 256, 0 },
	{ "cslip", 257, 0 }, { "slip6", 258, 0 }, { "cslip6", 259, 0 }, { "adaptive", 264, 0 },
	{ "ash", 781, 64 }, { "ax25", 3, 7 }, { "netrom", 0, 7 }, { "rose", 270, 5 },
	{ "tunnel", 768, 0 }, { "ppp", 512, 0 }, { "hdlc", 513, 0 }, { "lapb", 516, 0 },
	{ "arcnet", 7, 1 }, { "dlci", 15, 2 }, { "frad", 770, 0 }, { "sit", 776, 0 },
	{ "fddi", 774, 6 }, { "hippi", 780, 6 }, { "irda", 783, 4 }, { "ec", 24, 0 },
	{ "x25", 271, 1 }, { "eui64", 27, 8 },
};

/* The address families of lib/af.c; the kernel takes only inet. */
static const char *const arp_families[] = { "unspec", "unix", "inet", "inet6", "ax25", "netrom",
					    "rose", "ipx", "ddp", "ec", "x25", "ash" };

static const char arp_usage_text[] =
	"Usage:\n"
	"  arp [-vn]  [<HW>] [-i <if>] [-a] [<hostname>]             <-Display ARP cache\n"
	"  arp [-v]          [-i <if>] -d  <host> [pub]               <-Delete ARP entry\n"
	"  arp [-vnD] [<HW>] [-i <if>] -f  [<filename>]            <-Add entry from file\n"
	"  arp [-v]   [<HW>] [-i <if>] -s  <host> <hwaddr> [temp]            <-Add entry\n"
	"  arp [-v]   [<HW>] [-i <if>] -Ds <host> <if> [netmask <nm>] pub          <-''-\n"
	"\n"
	"        -a                       display (all) hosts in alternative (BSD) style\n"
	"        -e                       display (all) hosts in default (Linux) style\n"
	"        -s, --set                set a new ARP entry\n"
	"        -d, --delete             delete a specified entry\n"
	"        -v, --verbose            be verbose\n"
	"        -n, --numeric            don't resolve names\n"
	"        -i, --device             specify network interface (e.g. eth0)\n"
	"        -D, --use-device         read <hwaddr> from given device\n"
	"        -A, -p, --protocol       specify protocol family\n"
	"        -f, --file               read new entries from file or from /etc/ethers\n"
	"\n"
	"  <HW>=Use '-H <hw>' to specify hardware address type. Default: ether\n"
	"  List of possible hardware types (which support ARP):\n";

/* print_hwlist(1): always on stderr. */
static const char arp_hwlist_text[] =
	"    ash (Ash) ether (Ethernet) ax25 (AMPR AX.25) \n"
	"    netrom (AMPR NET/ROM) rose (AMPR ROSE) arcnet (ARCnet) \n"
	"    dlci (Frame Relay DLCI) fddi (Fiber Distributed Data Interface) hippi (HIPPI) \n"
	"    irda (IrLAP) x25 (generic X.25) eui64 (Generic EUI-64) \n";

struct arp_opts {
	struct vl_cmd_ctx *c;
	int what;             /* 0 show (Linux style), 1 -a, 2 -f, 3 -d, 4 -s */
	bool numeric, verbose, use_device, linux_style;
	bool hw_set;
	const struct arp_hwtype *hw;
	char device[16];
	char **args;          /* the non-options, in order (getopt's permutation) */
	int nargs;
};

/* usage(rc): the text on stdout for -h, else stderr; the type list always on stderr. */
static int arp_usage(struct arp_opts *o, int rc)
{
	fputs(arp_usage_text, rc ? o->c->err : o->c->out);
	fputs(arp_hwlist_text, o->c->err);
	return rc;
}

static const struct arp_hwtype *hw_by_name(const char *name)
{
	for (size_t i = 0; i < sizeof(arp_hwtypes) / sizeof(arp_hwtypes[0]); i++)
		if (!strcmp(arp_hwtypes[i].name, name))
			return &arp_hwtypes[i];
	return NULL;
}

static const struct arp_hwtype *hw_by_type(int type)
{
	for (size_t i = 0; i < sizeof(arp_hwtypes) / sizeof(arp_hwtypes[0]); i++)
		if (arp_hwtypes[i].type == type)
			return &arp_hwtypes[i];
	return hw_by_name("ether");
}

/* ---- Names: INET_resolve and INET_rresolve ---- */

/* Only digits and dots: glibc answers HOST_NOT_FOUND without asking DNS. */
static bool digits_dots(const char *s)
{
	for (; *s; s++)
		if (!(*s >= '0' && *s <= '9') && *s != '.')
			return false;
	return true;
}

/*
 * INET_resolve: "default", a number, or a host from /etc/hosts; else
 * herror's "Unknown host" (an empty name: "Unknown server error"). A name
 * only DNS could answer is refused.
 * 0, or the exit status after the message.
 */
static int arp_resolve(struct arp_opts *o, const char *name, uint32_t *out)
{
	if (!name[0]) {
		/* gethostbyname("") fails with NO_RECOVERY, and herror("") prints no prefix. */
		fputs("Unknown server error\n", o->c->err);
		return ARP_FAIL;
	}
	if (!strcmp(name, "default")) {
		*out = 0;
		return 0;
	}
	if (hosts_inet_aton_exact(name, out) || hosts_addr4(o->c->world, name, out))
		return 0;
	if (hosts_dns_would_query(name) && !digits_dots(name)) {
		fprintf(o->c->err, "arp: %s: name lookup through DNS or /etc/networks is not supported by vethlab\n",
			name);
		return ARP_FAIL;
	}
	fprintf(o->c->err, "%s: Unknown host\n", name);
	return ARP_FAIL;
}

/*
 * INET_sprint(sa, 0x8000): a host part (first octet) asks gethostbyaddr,
 * answered from /etc/hosts; network names (/etc/networks) are not looked up.
 */
static const char *arp_rresolve(struct arp_opts *o, uint32_t a, char *buf, size_t len)
{
	if ((a >> 24) && hosts_name4(o->c->world, a, buf, len))
		return buf;
	return ip_fmt_ipv4(a, buf);
}

/* ---- Display ---- */

struct arp_row {
	char ip[100], hwa[100], mask[100], dev[100];
	unsigned int type, flags;
};

/* arp_disp_2: the Linux style, with its title before the first row. */
static void disp_linux(struct arp_opts *o, bool *title, const char *name, const struct arp_row *r)
{
	FILE *f = o->c->out;
	char flags[10] = "";

	if (!*title) {
		fputs("Address                  HWtype  HWaddress           Flags Mask            Iface\n", f);
		*title = true;
	}
	if (r->flags & VL_ATF_COM)
		strcat(flags, "C");
	if (r->flags & VL_ATF_PERM)
		strcat(flags, "M");
	if (r->flags & VL_ATF_PUBL)
		strcat(flags, "P");
	if (r->flags & 0x80)
		strcat(flags, "A");
	if (r->flags & VL_ATF_DONTPUB)
		strcat(flags, "!");
	if (r->flags & VL_ATF_USETRAILERS)
		strcat(flags, "T");
	fprintf(f, "%-23.23s  ", name);
	if (!(r->flags & VL_ATF_COM))
		fprintf(f, "%-8.8s%-20.20s", r->flags & VL_ATF_PUBL ? "*" : "",
			r->flags & VL_ATF_PUBL ? "<from_interface>" : "(incomplete)");
	else
		fprintf(f, "%-8.8s%-20.20s", hw_by_type((int)r->type)->name, r->hwa);
	fprintf(f, "%-6.6s%-15.15s %s\n", flags, (r->flags & VL_ATF_NETMASK) ? r->mask : "", r->dev);
}

/* arp_disp: the BSD style (-a). */
static void disp_bsd(struct arp_opts *o, const char *name, const struct arp_row *r)
{
	FILE *f = o->c->out;

	fprintf(f, "%s (%s) at ", name, r->ip);
	if (!(r->flags & VL_ATF_COM))
		fputs(r->flags & VL_ATF_PUBL ? "<from_interface> " : "<incomplete> ", f);
	else
		fprintf(f, "%s [%s] ", r->hwa, hw_by_type((int)r->type)->name);
	if (r->flags & VL_ATF_NETMASK)
		fprintf(f, "netmask %s ", r->mask);
	if (r->flags & VL_ATF_PERM)
		fputs("PERM ", f);
	if (r->flags & VL_ATF_PUBL)
		fputs("PUB ", f);
	if (r->flags & 0x80)
		fputs("AUTO ", f);
	if (r->flags & VL_ATF_DONTPUB)
		fputs("DONTPUB ", f);
	if (r->flags & VL_ATF_USETRAILERS)
		fputs("TRAIL ", f);
	fprintf(f, "on %s\n", r->dev);
}

/* One row of /proc/net/arp as arp_show scans it; false at the first line it cannot read. */
static bool parse_row(const char *line, struct arp_row *r)
{
	int num = sscanf(line, "%99s 0x%x 0x%x %99s %99s %99s", r->ip, &r->type, &r->flags, r->hwa, r->mask,
			 r->dev);

	if (num < 4)
		return false;
	if (num == 5) {
		/* An entry with no hardware address in the line. */
		(void)sscanf(line, "%99s 0x%x 0x%x %99s %99s", r->ip, &r->type, &r->flags, r->mask, r->dev);
		r->hwa[0] = 0;
	}
	return true;
}

/* The name a row is shown under: "?" when unresolved (numeric, or a name that is the address). */
static const char *row_name(struct arp_opts *o, const struct arp_row *r, char *buf, size_t len)
{
	uint32_t a;
	const char *name;

	if (o->numeric)
		return "?";
	name = hosts_inet_aton_exact(r->ip, &a) ? arp_rresolve(o, a, buf, len) : r->ip;
	return strcmp(name, r->ip) ? name : "?";
}

/* Walks the table text; counts every row read and those shown. */
static void show_rows(struct arp_opts *o, char *text, const char *host, int *entries, int *showed)
{
	struct arp_row r = { .mask = "-", .dev = "-" };
	char *save = NULL, *line = strtok_r(text, "\n", &save);
	bool title = false;

	/* The header line is skipped. */
	while (line && (line = strtok_r(NULL, "\n", &save))) {
		char buf[256];
		const char *name;

		if (!parse_row(line, &r))
			break;
		(*entries)++;
		if ((o->hw_set && (int)r.type != o->hw->type) || (host[0] && strcmp(r.ip, host)) ||
		    (o->device[0] && strcmp(r.dev, o->device)))
			continue;
		(*showed)++;
		name = row_name(o, &r, buf, sizeof(buf));
		if (o->linux_style)
			disp_linux(o, &title, name[0] == '?' ? r.ip : name, &r);
		else
			disp_bsd(o, name, &r);
	}
}

/* arp_show: the whole table, or the row of one host. */
static int arp_show(struct arp_opts *o, const char *name)
{
	char host[100] = "", *text = NULL;
	size_t len;
	int entries = 0, showed = 0, st;
	uint32_t a;

	if (name) {
		if ((st = arp_resolve(o, name, &a)))
			return st;
		ip_fmt_ipv4(a, host);
	}
	if (vfs_read(o->c->net, "/proc/net/arp", &text, &len) < 0)
		return ARP_FAIL;
	show_rows(o, text, host, &entries, &showed);
	free(text);
	if (o->verbose)
		fprintf(o->c->out, "Entries: %d\tSkipped: %d\tFound: %d\n", entries, entries - showed, showed);
	if (!showed) {
		if (host[0] && o->what != 1)
			fprintf(o->c->out, "%s (%s) -- no entry\n", name, host);
		else if (o->hw_set || host[0] || o->device[0])
			fprintf(o->c->out, "arp: in %d entries no match found.\n", entries);
	}
	return 0;
}

/* ---- Set and delete ---- */

/* One hex digit's value, -1 for anything else. */
static int hexval(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/*
 * in_ether: hex bytes, a single digit standing for one, each followed by at
 * most one colon; it stops after six or at the end, leaving the rest of the
 * buffer as it was, and ignores trailing junk.
 */
static int in_ether(const char *s, uint8_t *ha)
{
	for (int i = 0; *s && i < 6; i++) {
		int hi = hexval(*s++), lo;

		if (hi < 0)
			return -1;
		lo = hexval(*s);
		if (lo >= 0)
			hi = hi << 4 | lo;
		else if (*s != ':' && *s != 0)
			return -1;
		if (*s)
			s++;
		ha[i] = (uint8_t)hi;
		if (*s == ':')
			s++;
	}
	return 0;
}

/*
 * The address part of the request: arp uses one sockaddr for the host and
 * then the hardware address, so bytes in_ether leaves alone keep the
 * sockaddr_in's (port 0, then the address).
 */
static void ha_from_host(uint8_t *ha, uint32_t ip)
{
	const uint8_t b[6] = { 0, 0, (uint8_t)(ip >> 24), (uint8_t)(ip >> 16), (uint8_t)(ip >> 8), (uint8_t)ip };

	memcpy(ha, b, 6);
}

/* arp_getdevhw (-D): the named device's address and type. */
static int arp_getdevhw(struct arp_opts *o, const char *ifname, struct rtnl_arpreq *req)
{
	struct rtnl_link l;

	if (rtnl_link_get(o->c->net, 0, ifname, &l)) {
		fprintf(o->c->err, "arp: cant get HW-Address for `%s': %s.\n", ifname, strerror(ENODEV));
		return ARP_FAIL;
	}
	if (o->hw_set && l.type != o->hw->type) {
		fputs("arp: protocol type mismatch.\n", o->c->err);
		return ARP_FAIL;
	}
	req->ha_family = l.type;
	memcpy(req->ha, l.addr, 6);
	if (o->verbose) {
		fprintf(o->c->err, "arp: device `%s' has HW address %s `", ifname, hw_by_type(l.type)->name);
		ip_print_lladdr(o->c->err, l.addr);
		fputs("'.\n", o->c->err);
	}
	return 0;
}

/* dev DEV and netmask MASK (255.255.255.255 is no mask at all): 1, or the exit status. */
static int modifier_value(struct arp_opts *o, struct rtnl_arpreq *req, int *i, bool dev)
{
	const char *w;
	uint32_t m;
	int st;

	if (++*i >= o->nargs)
		return arp_usage(o, ARP_E_OPTERR);
	w = o->args[(*i)++];
	if (dev) {
		snprintf(o->device, sizeof(o->device), "%s", w);
	} else if (strcmp(w, "255.255.255.255")) {
		if ((st = arp_resolve(o, w, &m)))
			return st;
		req->netmask = m;
		req->flags |= VL_ATF_NETMASK;
	}
	return 1;
}

/*
 * A modifier word of -s and -d: 1 if taken (with *i advanced), 0 if unknown,
 * else the exit status. For -s, pub and priv set and clear ATF_PUBL; for -d
 * they choose which deletions to try (pubpriv 1 and 2).
 */
static int modifier(struct arp_opts *o, struct rtnl_arpreq *req, int *i, int *pubpriv)
{
	const char *w = o->args[*i];
	bool del = o->what == 3;
	static const struct {
		const char *word;
		int set, clear, pubpriv;
	} t[] = {
		{ "temp", 0, VL_ATF_PERM, 0 }, { "pub", VL_ATF_PUBL, 0, 1 }, { "priv", 0, VL_ATF_PUBL, 2 },
		{ "trail", VL_ATF_USETRAILERS, 0, 0 }, { "dontpub", VL_ATF_DONTPUB, 0, 0 }, { "auto", 0x80, 0, 0 },
	};

	if (!strcmp(w, "dev") || !strcmp(w, "netmask"))
		return modifier_value(o, req, i, w[0] == 'd');
	for (size_t k = 0; k < sizeof(t) / sizeof(t[0]); k++) {
		if (strcmp(w, t[k].word))
			continue;
		if (del && t[k].pubpriv)
			*pubpriv |= t[k].pubpriv;
		else
			req->flags = (req->flags | t[k].set) & ~t[k].clear;
		(*i)++;
		return 1;
	}
	return 0;
}

/* The modifiers after the host (and address); -1 when all were read, else the exit status. */
static int modifiers(struct arp_opts *o, struct rtnl_arpreq *req, int i, int *pubpriv)
{
	while (i < o->nargs) {
		int st;

		if (o->verbose && o->what == 3)
			fprintf(o->c->err, "args=%s\n", o->args[i]);
		st = modifier(o, req, &i, pubpriv);
		if (st == 0)
			return arp_usage(o, ARP_E_OPTERR);
		if (st != 1)
			return st;
	}
	snprintf(req->dev, sizeof(req->dev), "%s", o->device);
	return -1;
}

static int ioctl_error(struct arp_opts *o, const char *what, int err)
{
	fprintf(o->c->err, "%s: %s\n", what, strerror(-err));
	return ARP_FAIL;
}

/* arp -s HOST HWADDR [modifiers]. */
static int arp_set(struct arp_opts *o)
{
	struct rtnl_arpreq req = { .flags = VL_ATF_PERM | VL_ATF_COM };
	int pubpriv = 0, st, err;

	if (o->nargs < 1) {
		fputs("arp: need host name\n", o->c->err);
		return ARP_FAIL;
	}
	if ((st = arp_resolve(o, o->args[0], &req.ip)))
		return st;
	if (o->nargs < 2) {
		fputs("arp: need hardware address\n", o->c->err);
		return ARP_FAIL;
	}
	if (o->use_device) {
		if ((st = arp_getdevhw(o, o->args[1], &req)))
			return st;
	} else {
		if (o->hw->type != 1) {
			fprintf(o->c->err, "arp: -H %s with -s is not supported by vethlab\n", o->hw->name);
			return ARP_FAIL;
		}
		ha_from_host(req.ha, req.ip);
		if (in_ether(o->args[1], req.ha)) {
			fputs("arp: invalid hardware address\n", o->c->err);
			return ARP_FAIL;
		}
		req.ha_family = 1;
	}
	if ((st = modifiers(o, &req, 2, &pubpriv)) >= 0)
		return st;
	if (o->verbose)
		fputs("arp: SIOCSARP()\n", o->c->err);
	err = rtnl_arp_set(o->c->net, &req);
	return err ? ioctl_error(o, "SIOCSARP", err) : 0;
}

/* One SIOCDARP: 0, 1 when there was no entry, else the exit status after perror. */
static int del_one(struct arp_opts *o, struct rtnl_arpreq *req, const char *what)
{
	int err;

	if (o->verbose)
		fprintf(o->c->err, "arp: SIOCDARP(%s)\n", what);
	err = rtnl_arp_del(o->c->net, req);
	if (err == -ENXIO || err == -ENOENT)
		return 1;
	if (err) {
		char b[32];

		snprintf(b, sizeof(b), "SIOCDARP(%s)", what);
		return ioctl_error(o, b, err);
	}
	return 0;
}

/* arp -d HOST [modifiers]: the private entry first, then (pub, or after a miss) the public one. */
static int arp_del(struct arp_opts *o)
{
	struct rtnl_arpreq req = { .flags = VL_ATF_PERM };
	int pubpriv = 0, st;

	if (o->nargs < 1) {
		fputs("arp: need host name\n", o->c->err);
		return ARP_FAIL;
	}
	if ((st = arp_resolve(o, o->args[0], &req.ip)))
		return st;
	if (o->hw_set)
		req.ha_family = (uint16_t)o->hw->type;
	if ((st = modifiers(o, &req, 1, &pubpriv)) >= 0)
		return st;
	if (!pubpriv)
		pubpriv = 3;
	if (pubpriv & 2) {
		st = del_one(o, &req, "dontpub");
		if (st != 1)
			return st;
		if (!(pubpriv & 1))
			goto none;
	}
	req.flags |= VL_ATF_PUBL;
	st = del_one(o, &req, "pub");
	if (st != 1)
		return st;
none:
	fprintf(o->c->out, "No ARP entry for %s\n", o->args[0]);
	return ARP_FAIL;
}

/* ---- Entries from a file (-f) ---- */

/* getargs: words split at blanks, a quoted one ("..." or '...') taken whole; at most 31. */
static int getargs(char *line, char **args)
{
	char temp[1024], *sp = line, *ptr = temp;
	int n = 0;

	/* The words are written back into line; the scan reads a copy. */
	snprintf(temp, sizeof(temp), "%s", line);

	while (*ptr && n < 31) {
		while (*ptr == ' ' || *ptr == '\t')
			ptr++;
		args[n++] = sp;
		if (*ptr == '"' || *ptr == '\'') {
			char want = *ptr++;

			while (*ptr) {
				if (*ptr == want && ptr[-1] != '\\') {
					ptr++;
					break;
				}
				*sp++ = *ptr++;
			}
		} else {
			while (*ptr && *ptr != ' ' && *ptr != '\t')
				*sp++ = *ptr++;
		}
		*sp++ = 0;
		while (*ptr == ' ' || *ptr == '\t')
			ptr++;
	}
	return n;
}

/* The file's whole content: an emulated file as a read gives it, else the host's; NULL if it cannot be opened. */
static char *etherfile_read(struct arp_opts *o, const char *name, size_t *len)
{
	struct vfs_path vp;
	char *buf = NULL;
	FILE *f;

	vfs_resolve(o->c->net, name, &vp);
	if (vp.where == VFS_EMULATED)
		return vfs_read(o->c->net, vp.path, &buf, len) < 0 ? NULL : buf;
	if (vp.where == VFS_REFUSED || !(f = fopen(name, "re")))
		return NULL;
	{
		FILE *m = vl_memstream(&buf, len);
		char chunk[4096];
		size_t n;

		while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
			fwrite(chunk, 1, n, m);
		fclose(m);
	}
	fclose(f);
	return buf;
}

/* One line of the file: -1 to go on, else the exit status (a usage from a modifier ends arp). */
static int etherfile_line(struct arp_opts *o, char *line, unsigned int nr, const char *name)
{
	char *args[32];
	int n = getargs(line, args), st;

	if (n < 2) {
		fprintf(o->c->err, "arp: format error on line %u of etherfile %s !\n", nr, name);
		return -1;
	}
	if (strchr(args[0], ':')) {
		/* An ethers line: the hardware address first. */
		char *t = args[0];

		args[0] = args[1];
		args[1] = t;
	}
	o->args = args;
	o->nargs = n;
	st = arp_set(o);
	if (st == ARP_E_OPTERR)
		return st;
	if (st)
		fprintf(o->c->err, "arp: cannot set entry on line %u of etherfile %s !\n", nr, name);
	return -1;
}

/* arp_file: each line as arp -s takes its words; lines as fgets reads them into 1024 bytes. */
static int arp_file(struct arp_opts *o, const char *name)
{
	char **saved = o->args, line[1024];
	size_t len;
	char *text = etherfile_read(o, name, &len);
	unsigned int nr = 0;
	int st = -1;
	FILE *f;

	if (!text) {
		fprintf(o->c->err, "arp: cannot open etherfile %s !\n", name);
		return ARP_FAIL;
	}
	f = fmemopen(text, len ? len : 1, "r");
	while (st < 0 && len && fgets(line, sizeof(line), f)) {
		char *nl;

		nr++;
		if (o->verbose)
			fprintf(o->c->err, ">> %s", line);
		if ((nl = strchr(line, '\n')))
			*nl = 0;
		if (line[0] == '#' || !line[0])
			continue;
		st = etherfile_line(o, line, nr, name);
	}
	fclose(f);
	free(text);
	o->args = saved;
	return st < 0 ? 0 : st;
}

/* ---- Command line: glibc getopt_long over "A:H:adfp:nsei:t:vh?DNV" ---- */

static const struct {
	const char *name;
	bool arg;
	char val;
} arp_longopts[] = {
	{ "verbose", false, 'v' }, { "version", false, 'V' }, { "all", false, 'a' },
	{ "delete", false, 'd' }, { "file", false, 'f' }, { "numeric", false, 'n' },
	{ "set", false, 's' }, { "protocol", true, 'A' }, { "hw-type", true, 'H' },
	{ "device", true, 'i' }, { "help", false, 'h' }, { "use-device", false, 'D' },
	{ "symbolic", false, 'N' },
};

static const char arp_shortopts[] = "A:H:adfp:nsei:t:vh?DNV";

static void print_version(struct arp_opts *o)
{
	fputs("net-tools 2.10\n+I18N +SELINUX\n"
	      "AF: (inet) +UNIX +INET +INET6 +IPX +AX25 +NETROM +X25 +ATALK +ECONET +ROSE -BLUETOOTH\n"
	      "HW: (ether) +ETHER +ARC +SLIP +PPP +TUNNEL -TR +AX25 +NETROM +X25 +FR +ROSE +ASH +SIT +FDDI "
	      "+HIPPI +HDLC/LAPB +EUI64 \n", o->c->out);
}

static bool family_known(const char *arg)
{
	for (size_t i = 0; i < sizeof(arp_families) / sizeof(arp_families[0]); i++)
		if (!strcmp(arp_families[i], arg))
			return true;
	return false;
}

/*
 * One option as main's switch takes it: -1 to go on, else the exit status.
 * An unknown family ends the loop at once; a known one other than inet is
 * refused only after it (arp_parse).
 */
static int opt_apply(struct arp_opts *o, int op, const char *arg, const char **family)
{
	switch (op) {
	case 'a': o->what = 1; break;
	case 'f': o->what = 2; break;
	case 'd': o->what = 3; break;
	case 's': o->what = 4; break;
	case 'e': o->linux_style = true; break;
	case 'n': o->numeric = true; break;
	case 'D': o->use_device = true; break;
	case 'N': fputs("arp: -N not yet supported.\n", o->c->err); break;
	case 'v': o->verbose = true; break;
	case 'A':
	case 'p':
		if (!family_known(arg)) {
			fprintf(o->c->err, "arp: %s: unknown address family.\n", arg);
			return ARP_FAIL;
		}
		*family = arg;
		break;
	case 'H':
	case 't':
		if (!(o->hw = hw_by_name(arg))) {
			fprintf(o->c->err, "arp: %s: unknown hardware type.\n", arg);
			return ARP_FAIL;
		}
		o->hw_set = true;
		break;
	case 'i': snprintf(o->device, sizeof(o->device), "%s", arg); break;
	case 'V': print_version(o); return 0;
	case 'h': return arp_usage(o, 0);
	default: return arp_usage(o, ARP_E_OPTERR);
	}
	return -1;
}

/* A long option (after "--"): its value, the complaints of getopt_long, abbreviations. */
static int long_option(struct arp_opts *o, char **argv, int argc, int *i, int *op, const char **arg)
{
	const char *w = argv[*i] + 2, *eq = strchr(w, '=');
	size_t n = eq ? (size_t)(eq - w) : strlen(w);
	int found = -1, matches = 0;

	for (size_t k = 0; k < sizeof(arp_longopts) / sizeof(arp_longopts[0]); k++) {
		if (strncmp(arp_longopts[k].name, w, n))
			continue;
		if (strlen(arp_longopts[k].name) == n) {
			found = (int)k;
			matches = 1;
			break;
		}
		if (found < 0)
			found = (int)k;
		matches++;
	}
	if (matches > 1) {
		fprintf(o->c->err, "arp: option '--%s' is ambiguous; possibilities:", w);
		for (size_t k = 0; k < sizeof(arp_longopts) / sizeof(arp_longopts[0]); k++)
			if (!strncmp(arp_longopts[k].name, w, n))
				fprintf(o->c->err, " '--%s'", arp_longopts[k].name);
		fputc('\n', o->c->err);
		return arp_usage(o, ARP_E_OPTERR);
	}
	if (found < 0) {
		fprintf(o->c->err, "arp: unrecognized option '--%s'\n", w);
		return arp_usage(o, ARP_E_OPTERR);
	}
	*op = arp_longopts[found].val;
	*arg = NULL;
	if (!arp_longopts[found].arg && eq) {
		fprintf(o->c->err, "arp: option '--%s' doesn't allow an argument\n", arp_longopts[found].name);
		return arp_usage(o, ARP_E_OPTERR);
	}
	if (arp_longopts[found].arg) {
		if (eq) {
			*arg = eq + 1;
		} else if (*i + 1 < argc) {
			*arg = argv[++*i];
		} else {
			fprintf(o->c->err, "arp: option '--%s' requires an argument\n", arp_longopts[found].name);
			return arp_usage(o, ARP_E_OPTERR);
		}
	}
	return -1;
}

/* A cluster of short options; -1 to go on, else the exit status. */
static int short_options(struct arp_opts *o, char **argv, int argc, int *i, const char **family)
{
	const char *w = argv[*i] + 1;

	for (; *w; w++) {
		const char *spec = *w != ':' ? strchr(arp_shortopts, *w) : NULL;
		const char *arg = NULL;
		int st;

		if (!spec) {
			fprintf(o->c->err, "arp: invalid option -- '%c'\n", *w);
			return arp_usage(o, ARP_E_OPTERR);
		}
		if (spec[1] == ':') {
			if (w[1]) {
				arg = w + 1;
			} else if (*i + 1 < argc) {
				arg = argv[++*i];
			} else {
				fprintf(o->c->err, "arp: option requires an argument -- '%c'\n", *w);
				return arp_usage(o, ARP_E_OPTERR);
			}
		}
		if ((st = opt_apply(o, *w, arg, family)) >= 0)
			return st;
		if (arg)
			break;
	}
	return -1;
}

/* The options in order, the non-options gathered (permutation); -1 to go on, else the exit status. */
static int arp_parse(struct arp_opts *o, int argc, char **argv)
{
	const char *family = NULL;
	int st;

	o->args = vl_calloc((size_t)argc + 1, sizeof(char *));
	for (int i = 1; i < argc; i++) {
		const char *w = argv[i];

		if (!strcmp(w, "--")) {
			while (++i < argc)
				o->args[o->nargs++] = argv[i];
			break;
		}
		if (w[0] != '-' || !w[1]) {
			o->args[o->nargs++] = argv[i];
			continue;
		}
		if (w[1] == '-') {
			int op;
			const char *arg;

			if ((st = long_option(o, argv, argc, &i, &op, &arg)) >= 0 ||
			    (st = opt_apply(o, op, arg, &family)) >= 0)
				return st;
		} else if ((st = short_options(o, argv, argc, &i, &family)) >= 0) {
			return st;
		}
	}
	if (family && strcmp(family, "inet")) {
		fprintf(o->c->err, "arp: %s: kernel only supports 'inet'.\n", family);
		return ARP_FAIL;
	}
	if (o->hw->alen <= 0) {
		fprintf(o->c->err, "arp: %s: hardware type without ARP support.\n", o->hw->name);
		return ARP_FAIL;
	}
	return -1;
}

int tool_arp(struct vl_cmd_ctx *c, int argc, char **argv)
{
	struct arp_opts o = { .c = c, .hw = hw_by_name("ether") };
	int st = arp_parse(&o, argc, argv);

	if (st < 0) {
		switch (o.what) {
		case 0:
			o.linux_style = true;
			st = arp_show(&o, o.nargs ? o.args[0] : NULL);
			break;
		case 1:
			st = arp_show(&o, o.nargs ? o.args[0] : NULL);
			break;
		case 2:
			st = arp_file(&o, o.nargs ? o.args[0] : "/etc/ethers");
			break;
		case 3:
			st = arp_del(&o);
			break;
		default:
			st = arp_set(&o);
			break;
		}
	}
	free(o.args);
	return st;
}

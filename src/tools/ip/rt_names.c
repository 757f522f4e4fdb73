/* rt_names.c: iproute2's route name tables and prefix parsers, for ip route and ip rule. */
#include "rt_names.h"

#include <arpa/inet.h>
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

struct rt_name {
	unsigned int id;
	const char *name;
};

/* rtnl_rtprot_tab with /etc/iproute2/rt_protos (Debian's) merged in. */
static const struct rt_name rt_protos[] = {
	{ 0, "unspec" }, { 1, "redirect" }, { 2, "kernel" }, { 3, "boot" }, { 4, "static" },
	{ 8, "gated" }, { 9, "ra" }, { 10, "mrt" }, { 11, "zebra" }, { 12, "bird" }, { 13, "dnrouted" },
	{ 14, "xorp" }, { 15, "ntk" }, { 16, "dhcp" }, { 18, "keepalived" }, { 42, "babel" },
	{ 99, "openr" }, { 186, "bgp" }, { 187, "isis" }, { 188, "ospf" }, { 189, "rip" }, { 192, "eigrp" },
};

/* rtnl_rtscope_tab, as /etc/iproute2/rt_scopes repeats it. */
static const struct rt_name rt_scopes[] = {
	{ 0, "global" }, { 255, "nowhere" }, { 254, "host" }, { 253, "link" }, { 200, "site" },
};

/* /etc/iproute2/rt_tables, in the order rtnl_rttable_a2n finds the names (by hash bucket). */
static const struct rt_name rt_tables[] = {
	{ 0, "unspec" }, { 253, "default" }, { 254, "main" }, { 255, "local" },
};

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

static const char *name_of(const struct rt_name *tab, size_t n, unsigned int id)
{
	for (size_t i = 0; i < n; i++)
		if (tab[i].id == id)
			return tab[i].name;
	return NULL;
}

static int id_of(const struct rt_name *tab, size_t n, const char *name, uint32_t *id)
{
	for (size_t i = 0; i < n; i++) {
		if (!strcmp(tab[i].name, name)) {
			*id = tab[i].id;
			return 0;
		}
	}
	return -1;
}

/* The numeric fallback of the a2n functions: strtoul in base 0, at most max. */
static int number_a2n(uint32_t *id, const char *arg, unsigned long max)
{
	char *end;
	unsigned long res = strtoul(arg, &end, 0);

	if (end == arg || *end || res > max)
		return -1;
	*id = (uint32_t)res;
	return 0;
}

int rt_get_u32(uint32_t *val, const char *arg, int base)
{
	unsigned long res;
	char *end;

	if (!arg || !*arg)
		return -1;
	errno = 0;
	res = strtoul(arg, &end, base);
	if (end == arg || *end || (res == ULONG_MAX && errno == ERANGE) || res > 0xFFFFFFFFUL)
		return -1;
	*val = (uint32_t)res;
	return 0;
}

int rt_table_a2n(uint32_t *id, const char *arg)
{
	if (!id_of(rt_tables, NELEM(rt_tables), arg, id))
		return 0;
	return number_a2n(id, arg, 0xFFFFFFFFUL);
}

const char *rt_table_n2a(uint32_t id, char *buf, size_t len)
{
	const char *n = name_of(rt_tables, NELEM(rt_tables), id);

	if (n)
		return n;
	snprintf(buf, len, "%u", id);
	return buf;
}

int rt_prot_a2n(uint32_t *id, const char *arg)
{
	if (!id_of(rt_protos, NELEM(rt_protos), arg, id))
		return 0;
	return number_a2n(id, arg, 255);
}

const char *rt_prot_n2a(unsigned int id, char *buf, size_t len)
{
	const char *n = name_of(rt_protos, NELEM(rt_protos), id);

	if (n)
		return n;
	snprintf(buf, len, "%u", id);
	return buf;
}

int rt_scope_a2n(uint32_t *id, const char *arg)
{
	if (!id_of(rt_scopes, NELEM(rt_scopes), arg, id))
		return 0;
	return number_a2n(id, arg, 255);
}

const char *rt_scope_n2a(unsigned int id, char *buf, size_t len)
{
	const char *n = name_of(rt_scopes, NELEM(rt_scopes), id);

	if (n)
		return n;
	snprintf(buf, len, "%u", id);
	return buf;
}

/* rtnl_rtntype_a2n: its order decides the abbreviations ("u" is unreachable). */
int rt_type_a2n(int *id, const char *arg)
{
	static const struct { const char *name; int id; bool abbrev; } types[] = {
		{ "local", 2, false }, { "nat", 10, false }, { "broadcast", 3, true }, { "brd", 3, false },
		{ "anycast", 4, true }, { "multicast", 5, true }, { "prohibit", 8, true },
		{ "unreachable", 7, true }, { "blackhole", 6, true }, { "xresolve", 11, true },
		{ "unicast", 1, true }, { "throw", 9, false },
	};
	uint32_t v;

	for (size_t i = 0; i < NELEM(types); i++) {
		if (types[i].abbrev ? ip_matches(arg, types[i].name) : !strcmp(arg, types[i].name)) {
			*id = types[i].id;
			return 0;
		}
	}
	if (number_a2n(&v, arg, 255))
		return -1;
	*id = (int)v;
	return 0;
}

const char *rt_type_n2a(int id, char *buf, size_t len)
{
	static const char *const names[] = {
		"none", "unicast", "local", "broadcast", "anycast", "multicast", "blackhole",
		"unreachable", "prohibit", "throw", "nat", "xresolve",
	};

	if (id >= 0 && (size_t)id < NELEM(names))
		return names[id];
	snprintf(buf, len, "%d", id);
	return buf;
}

const char *rt_family_name_verbose(int family)
{
	if (family == AF_INET)
		return "inet";
	if (family == AF_INET6)
		return "inet6";
	return family == AF_UNSPEC ? "any valid" : "???";
}

/* get_addr_ipv4: one to four parts, each strtoul in base 0 up to 255. */
static int get_addr_ipv4(uint8_t *ap, const char *cp)
{
	for (int i = 0; i < 4; i++) {
		char *endp;
		unsigned long n = strtoul(cp, &endp, 0);

		if (n > 255 || endp == cp)
			return -1;
		ap[i] = (uint8_t)n;
		if (*endp == '\0')
			break;
		if (i == 3 || *endp != '.')
			return -1;
		cp = endp + 1;
	}
	return 0;
}

int rt_get_addr_1(struct inet_prefix *a, const char *name, int family)
{
	memset(a, 0, sizeof(*a));
	if (!strcmp(name, "default")) {
		a->family = family;
		a->bytelen = family == AF_INET ? 4 : family == AF_INET6 ? 16 : 0;
		a->bitlen = -2;
		a->flags |= PREFIXLEN_SPECIFIED;
		return 0;
	}
	if (!strcmp(name, "all") || !strcmp(name, "any")) {
		a->family = family;
		a->bitlen = -2;
		return 0;
	}
	if (strchr(name, ':')) {
		a->family = AF_INET6;
		if (family != AF_UNSPEC && family != AF_INET6)
			return -1;
		if (inet_pton(AF_INET6, name, a->data) <= 0)
			return -1;
		a->bytelen = 16;
		a->bitlen = -1;
		return 0;
	}
	a->family = AF_INET;
	if (family != AF_UNSPEC && family != AF_INET)
		return -1;
	if (get_addr_ipv4(a->data, name))
		return -1;
	a->bytelen = 4;
	a->bitlen = -1;
	return 0;
}

/* mask2bits: a dotted netmask as a length, -1 if it is not one. */
static int mask2bits(uint32_t mask)
{
	uint32_t host = ~mask;
	int bits = 0;

	if ((host & (host + 1)) != 0)
		return -1;
	for (; mask; mask <<= 1)
		bits++;
	return bits;
}

/* get_netmask: a length, or a dotted mask. */
static int get_netmask(unsigned int *val, const char *arg)
{
	struct inet_prefix a;
	uint32_t v;
	int b;

	if (!rt_get_u32(&v, arg, 0)) {
		*val = v;
		return 0;
	}
	if (!rt_get_addr_1(&a, arg, AF_INET) && a.family == AF_INET) {
		b = mask2bits(rt_prefix_v4(&a));
		if (b >= 0) {
			*val = (unsigned int)b;
			return 0;
		}
	}
	return -1;
}

int rt_get_prefix_1(struct inet_prefix *p, const char *arg, int family)
{
	char buf[256];
	const char *slash = strchr(arg, '/');
	unsigned int plen;
	int bitlen;

	if (slash) {
		if ((size_t)(slash - arg) >= sizeof(buf))
			return -1;
		memcpy(buf, arg, (size_t)(slash - arg));
		buf[slash - arg] = 0;
	}
	if (rt_get_addr_1(p, slash ? buf : arg, family))
		return -1;
	bitlen = p->family == AF_INET ? 32 : p->family == AF_INET6 ? 128 : 0;
	if (slash) {
		if (p->bitlen == -2 || get_netmask(&plen, slash + 1) || plen > (unsigned int)bitlen)
			return -1;
		p->flags |= PREFIXLEN_SPECIFIED;
		bitlen = (int)plen;
	} else if (p->bitlen == -2) {
		bitlen = 0;
	}
	p->bitlen = bitlen;
	return 0;
}

int rt_get_prefix(struct ip_ctx *ip, struct inet_prefix *p, const char *arg, int family)
{
	if (rt_get_prefix_1(p, arg, family)) {
		fprintf(ip->c->err, "Error: %s prefix is expected rather than \"%s\".\n",
			rt_family_name_verbose(family), arg);
		return 1;
	}
	return 0;
}

int rt_get_addr(struct ip_ctx *ip, struct inet_prefix *p, const char *arg, int family)
{
	if (rt_get_addr_1(p, arg, family)) {
		fprintf(ip->c->err, "Error: %s address is expected rather than \"%s\".\n",
			rt_family_name_verbose(family), arg);
		return 1;
	}
	return 0;
}

bool rt_addr_match(const uint8_t *a, const uint8_t *b, int bits)
{
	int bytes = bits / 8, rest = bits % 8;

	if (bits <= 0)
		return true;
	if (memcmp(a, b, (size_t)bytes))
		return false;
	return !rest || !((a[bytes] ^ b[bytes]) & (uint8_t)(0xff00u >> rest));
}

uint32_t rt_prefix_v4(const struct inet_prefix *p)
{
	return (uint32_t)p->data[0] << 24 | (uint32_t)p->data[1] << 16 | (uint32_t)p->data[2] << 8 |
	       p->data[3];
}

int rt_unsupported(struct ip_ctx *ip, const char *what)
{
	fprintf(ip->c->err, "Error: %s is not supported by vethlab.\n", what);
	return 2;
}

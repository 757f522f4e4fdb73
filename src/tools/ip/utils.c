/* utils.c: argument parsers and error printers with iproute2's exact texts. */
#include <arpa/inet.h>
#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "../../ctl/sys.h"
#include "ip_common.h"

bool ip_matches(const char *arg, const char *what)
{
	size_t len;

	/* Most calls compare an argument with a keyword it is not: the first letter tells. */
	if (arg[0] != what[0])
		return false;
	len = strlen(arg);
	return len > 0 && len <= strlen(what) && !strncmp(arg, what, len);
}

int ip_invarg(struct ip_ctx *ip, const char *msg, const char *arg)
{
	fprintf(ip->c->err, "Error: argument \"%s\" is wrong: %s\n", arg, msg);
	return 255;
}

int ip_incomplete(struct ip_ctx *ip)
{
	fputs("Command line is not complete. Try option \"help\"\n", ip->c->err);
	return 255;
}

int ip_rtnl_error(struct ip_ctx *ip, int err, const char *extack)
{
	if (extack)
		fprintf(ip->c->err, "Error: %s.\n", extack);
	else
		fprintf(ip->c->err, "RTNETLINK answers: %s\n", strerror(-err));
	return 2;
}

int ip_no_device(struct ip_ctx *ip, const char *name)
{
	fprintf(ip->c->err, "Cannot find device \"%s\"\n", name);
	return 1;
}

int ip_get_unsigned(unsigned int *val, const char *arg)
{
	char *end;
	unsigned long v;

	if (!arg || !*arg || *arg == '-')
		return -1;
	errno = 0;
	v = strtoul(arg, &end, 0);
	if (*end || errno || v > 0xffffffffUL)
		return -1;
	*val = (unsigned int)v;
	return 0;
}

/* get_addr_ipv4: one to four dotted parts of 0..255; missing parts are zero. */
int ip_get_ipv4(uint32_t *addr, const char *arg)
{
	uint32_t v = 0;
	int parts = 0;
	const char *p = arg;

	for (;;) {
		unsigned int n = 0;
		int digits = 0;

		while (isdigit((unsigned char)*p) && digits < 4) {
			n = n * 10 + (unsigned int)(*p++ - '0');
			digits++;
		}
		if (!digits || n > 255)
			return -1;
		v = (v << 8) | n;
		if (++parts == 4 || *p != '.')
			break;
		p++;
	}
	if (*p)
		return -1;
	*addr = v << (8 * (4 - parts));
	return 0;
}

int ip_get_prefix4(uint32_t *addr, int *plen, const char *arg)
{
	char buf[64];
	char *slash;
	unsigned int len = 32;

	if (strlen(arg) >= sizeof(buf))
		return -1;
	strcpy(buf, arg);
	slash = strchr(buf, '/');
	*plen = -1;
	if (slash) {
		*slash = 0;
		if (ip_get_unsigned(&len, slash + 1) || len > 32)
			return -1;
		*plen = (int)len;
	}
	return ip_get_ipv4(addr, buf);
}

int ip_get_ipv6(uint8_t *addr, const char *arg)
{
	return inet_pton(AF_INET6, arg, addr) == 1 ? 0 : -1;
}

int ip_get_prefix6(uint8_t *addr, int *plen, const char *arg)
{
	char buf[64];
	char *slash;
	unsigned int len = 128;

	if (strlen(arg) >= sizeof(buf))
		return -1;
	strcpy(buf, arg);
	slash = strchr(buf, '/');
	*plen = -1;
	if (slash) {
		*slash = 0;
		if (ip_get_unsigned(&len, slash + 1) || len > 128)
			return -1;
		*plen = (int)len;
	}
	return ip_get_ipv6(addr, buf);
}

int ip_get_integer(int *val, const char *arg)
{
	char *end;
	long v;

	if (!arg || !*arg)
		return -1;
	errno = 0;
	v = strtol(arg, &end, 0);
	if (end == arg || *end || ((v == LONG_MAX || v == LONG_MIN) && errno == ERANGE) ||
	    v < INT_MIN || v > INT_MAX)
		return -1;
	*val = (int)v;
	return 0;
}

/* One piece of ll_addr_a2n: sscanf's %x, which takes blanks, a sign, 0x, then stops at anything. */
static int ll_piece(const char *piece)
{
	int v;

	if (sscanf(piece, "%x", (unsigned int *)&v) != 1 || v < 0 || v > 255)
		return -1;
	return v;
}

int ip_ll_addr_a2n(struct ip_ctx *ip, uint8_t *out, int len, const char *arg)
{
	char buf[256];
	char *p = buf;
	int i;

	if (strchr(arg, '.')) {
		uint32_t a;

		if (ip_get_ipv4(&a, arg)) {
			fprintf(ip->c->err, "\"%s\" is invalid lladdr.\n", arg);
			return -1;
		}
		for (i = 0; i < 4; i++)
			out[i] = (uint8_t)(a >> (24 - 8 * i));
		return 4;
	}
	snprintf(buf, sizeof(buf), "%s", arg);
	for (i = 0; i < len; i++) {
		char *colon = strchr(p, ':');
		int v;

		if (colon)
			*colon = 0;
		v = ll_piece(p);
		if (v < 0) {
			fprintf(ip->c->err, "\"%s\" is invalid lladdr.\n", p);
			return -1;
		}
		out[i] = (uint8_t)v;
		if (!colon)
			break;
		p = colon + 1;
	}
	return i + 1;
}

int ip_group_a2n(int *id, const char *arg)
{
	char *end;
	long v;

	if (!strcmp(arg, "default")) {
		*id = 0;
		return 0;
	}
	v = strtol(arg, &end, 0);
	/* Kept in an int, as rtnl_group_a2n does: 2^32 is 0, 2^31 negative and refused. */
	if (end == arg || *end || (int)(uint32_t)(unsigned long)v < 0)
		return -1;
	*id = (int)(uint32_t)(unsigned long)v;
	return 0;
}

const char *ip_group_n2a(uint32_t id, char *buf, size_t len)
{
	if (id == 0)
		return "default";
	snprintf(buf, len, "%d", (int)id);
	return buf;
}

int ip_get_lladdr(uint8_t *mac, const char *arg)
{
	const char *p = arg;

	for (int i = 0; i < ETH_ALEN; i++) {
		char *end;
		unsigned long v = strtoul(p, &end, 16);

		if (end == p || v > 255 || end - p > 2)
			return -1;
		mac[i] = (uint8_t)v;
		p = end;
		if (i < ETH_ALEN - 1) {
			if (*p != ':')
				return -1;
			p++;
		}
	}
	return *p ? -1 : 0;
}

const char *ip_fmt_ipv4(uint32_t addr, char *buf)
{
	sprintf(buf, "%u.%u.%u.%u", addr >> 24, (addr >> 16) & 255, (addr >> 8) & 255, addr & 255);
	return buf;
}

void ip_print_lladdr(FILE *f, const uint8_t *mac)
{
	fprintf(f, "%02x:%02x:%02x:%02x:%02x:%02x", mac[0], mac[1], mac[2], mac[3], mac[4], mac[5]);
}

void ip_vec_push(void **v, int *n, int *cap, const void *item, size_t size)
{
	if (*n == *cap) {
		*cap = *cap ? *cap * 2 : 16;
		*v = vl_realloc(*v, (size_t)*cap * size);
	}
	memcpy((char *)*v + (size_t)*n * size, item, size);
	(*n)++;
}

/* rt_names.c's scope table: names for the well-known values, numbers otherwise. */
const char *ip_rtscope_name(int scope, char *buf)
{
	switch (scope) {
	case 0: return "global";
	case 200: return "site";
	case 253: return "link";
	case 254: return "host";
	case 255: return "nowhere";
	default:
		sprintf(buf, "%d", scope);
		return buf;
	}
}

int ip_rtscope_parse(const char *s)
{
	static const char *const names[] = { "global", "site", "link", "host", "nowhere" };
	static const int values[] = { 0, 200, 253, 254, 255 };
	unsigned int v;

	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (!strcmp(s, names[i]))
			return values[i];
	return ip_get_unsigned(&v, s) == 0 && v <= 255 ? (int)v : -1;
}

void ip6_fmt(const uint8_t *a, char *b)
{
	/* The longest run of two or more zero groups becomes "::". */
	int best = -1, bestlen = 0;

	for (int i = 0; i < 8;) {
		int j = i;

		while (j < 8 && !a[2 * j] && !a[2 * j + 1])
			j++;
		if (j - i > bestlen && j - i > 1) {
			best = i;
			bestlen = j - i;
		}
		i = j == i ? i + 1 : j;
	}
	b[0] = 0;
	for (int i = 0; i < 8; i++) {
		/* inet_ntop: an IPv4-compatible or -mapped address ends in dotted quad. */
		if (i == 6 && best == 0 && (bestlen == 6 || (bestlen == 5 && (a[10] << 8 | a[11]) == 0xffff))) {
			sprintf(b + strlen(b), "%s%u.%u.%u.%u", i != best + bestlen ? ":" : "", a[12], a[13],
				a[14], a[15]);
			break;
		}
		if (i == best) {
			strcat(b, "::");
			i += bestlen - 1;
			continue;
		}
		sprintf(b + strlen(b), "%s%x", (i && i != best + bestlen) ? ":" : "", a[2 * i] << 8 | a[2 * i + 1]);
	}
}

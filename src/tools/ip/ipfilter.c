/*
 * ipfilter.c: the selectors ip link show, ip addr show and ip addr flush share
 * (iproute2 6.1's ipaddr_list_flush_or_save): dev, up, type, group, master,
 * nomaster, vrf, label, scope, to and the address flags, with the same
 * matching rules for links (print_linkinfo) and for addresses (print_addrinfo).
 */
#include <fnmatch.h>
#include <sys/socket.h>
#include <stdlib.h>
#include <string.h>

#include "ip_common.h"
#include "rt_names.h"

/* ifa_flag_data, in iproute2's order. */
static const struct ip_ifa_flag ifa_flags[] = {
	{ "secondary", 0x01, true, false }, { "temporary", 0x01, true, false },
	{ "nodad", 0x02, false, true }, { "optimistic", 0x04, false, true },
	{ "dadfailed", 0x08, true, true }, { "home", 0x10, false, true },
	{ "deprecated", 0x20, true, true }, { "tentative", 0x40, true, true },
	{ "permanent", 0x80, true, true }, { "mngtmpaddr", 0x100, false, true },
	{ "noprefixroute", 0x200, false, false }, { "autojoin", 0x400, false, false },
	{ "stable-privacy", 0x800, true, true },
};

const struct ip_ifa_flag *ip_ifa_flag_lookup(const char *name)
{
	for (size_t i = 0; i < sizeof(ifa_flags) / sizeof(ifa_flags[0]); i++)
		if (!strcmp(name, ifa_flags[i].name))
			return &ifa_flags[i];
	return NULL;
}

/* get_filter: a flag name, "-name" to exclude it, dynamic and primary as the opposites. */
static bool parse_flag(struct ip_filter *f, const char *arg)
{
	bool inv = arg[0] == '-';

	if (inv)
		arg++;
	if (!strcmp(arg, "dynamic")) {
		inv = !inv;
		arg = "permanent";
	} else if (!strcmp(arg, "primary")) {
		inv = !inv;
		arg = "secondary";
	}
	const struct ip_ifa_flag *fl = ip_ifa_flag_lookup(arg);

	if (!fl)
		return false;
	if (inv)
		f->flags &= ~fl->mask;
	else
		f->flags |= fl->mask;
	f->flagmask |= fl->mask;
	return true;
}

static int af_of(int family)
{
	return family == 4 ? AF_INET : family == 6 ? AF_INET6 : AF_UNSPEC;
}

/* "to PREFIX": get_prefix under the current family; it sets the family when none was given. */
static int parse_to(struct ip_ctx *ip, struct ip_filter *f, const char *arg, bool link_mode)
{
	struct inet_prefix p;

	if (link_mode) {
		fprintf(ip->c->err, "Error: \"%s\" may be inet prefix, but it is not allowed in this context.\n",
			arg);
		return 1;
	}
	if (rt_get_prefix(ip, &p, arg, af_of(ip->family)))
		return 1;
	f->pfx.family = p.family;
	f->pfx.bitlen = p.bitlen;
	memcpy(f->pfx.data, p.data, sizeof(f->pfx.data));
	if (!ip->family && p.family)
		ip->family = p.family == AF_INET ? 4 : 6;
	return -1;
}

int ip_filter_parse(struct ip_ctx *ip, struct ip_filter *f, int argc, char **argv, bool link_mode)
{
	memset(f, 0, sizeof(*f));
	f->group = -1;
	for (; argc > 0; argc--, argv++) {
		const char *a = *argv;

#define NEXT() do { if (--argc <= 0) return ip_incomplete(ip); a = *++argv; } while (0)
		if (!strcmp(a, "to")) {
			int st;

			NEXT();
			st = parse_to(ip, f, a, link_mode);
			if (st >= 0)
				return st;
		} else if (!strcmp(a, "scope")) {
			NEXT();
			f->scopemask = -1;
			f->scope = ip_rtscope_parse(a);
			if (f->scope < 0) {
				if (strcmp(a, "all"))
					return ip_invarg(ip, "invalid \"scope\"\n", a);
				f->scope = 255;
				f->scopemask = 0;
			}
		} else if (!strcmp(a, "up")) {
			f->up = true;
		} else if (parse_flag(f, a)) {
			/* an address flag */
		} else if (!strcmp(a, "label")) {
			NEXT();
			f->label = a;
		} else if (!strcmp(a, "group")) {
			NEXT();
			if (ip_group_a2n(&f->group, a))
				return ip_invarg(ip, "Invalid \"group\" value\n", a);
		} else if (!strcmp(a, "master")) {
			NEXT();
			f->master = rtnl_ifindex_getlink(ip->net, a);
			if (!f->master)
				return ip_invarg(ip, "Device does not exist\n", a);
		} else if (!strcmp(a, "vrf")) {
			NEXT();
			/* vethlab has no VRF devices, so no name is a VRF's. */
			return ip_invarg(ip, "Not a valid VRF name\n", a);
		} else if (!strcmp(a, "nomaster")) {
			f->master = -1;
		} else if (!strcmp(a, "type")) {
			size_t len;

			NEXT();
			len = strlen(a);
			if (len >= 6 && !strcmp(a + len - 6, "_slave"))
				f->slave_kind = a;
			else
				f->kind = a;
		} else {
			if (!strcmp(a, "dev"))
				NEXT();
			else if (ip_matches(a, "help"))
				return link_mode ? iplink_usage(ip) : ipaddr_usage(ip);
			if (f->dev) {
				fprintf(ip->c->err, "Error: either \"dev\" is duplicate, or \"%s\" is a garbage.\n", a);
				return 255;
			}
			f->dev = a;
		}
#undef NEXT
	}
	if (f->dev) {
		f->ifindex = rtnl_ifindex_getlink(ip->net, f->dev);
		if (f->ifindex <= 0) {
			fprintf(ip->c->err, "Device \"%s\" does not exist.\n", f->dev);
			return 1;
		}
	}
	return -1;
}

bool ip_filter_link(const struct ip_filter *f, const struct rtnl_link *l)
{
	if (f->ifindex && l->ifindex != f->ifindex)
		return false;
	if (f->up && !(l->flags & IFF_UP))
		return false;
	if (f->group != -1 && l->group != (uint32_t)f->group)
		return false;
	if (f->master > 0 && l->master != f->master)
		return false;
	if (f->master == -1 && l->master)
		return false;
	/* match_link_kind: lo carries no kind; a port's slave kind is its master's. */
	if (f->kind && (!l->kind || strcmp(l->kind, f->kind)))
		return false;
	if (f->slave_kind && (!l->slave_kind || strcmp(l->slave_kind, f->slave_kind)))
		return false;
	return true;
}

/* fnmatch of the label pattern; without a label of its own, an address answers to its device's name. */
static bool label_ok(const struct ip_filter *f, const char *label)
{
	return !f->label || fnmatch(f->label, label, 0) == 0;
}

/* inet_addr_match_rta: a zero-length prefix or none matches every address. */
static bool pfx_ok(const struct ip_filter *f, int af, const uint8_t *addr)
{
	if (!f->pfx.family || f->pfx.bitlen <= 0)
		return true;
	return f->pfx.family == af && rt_addr_match(addr, f->pfx.data, f->pfx.bitlen);
}

static bool common_ok(const struct ip_filter *f, int scope, uint32_t flags)
{
	return !((f->scope ^ scope) & f->scopemask) && !((f->flags ^ flags) & f->flagmask);
}

int ip_addr6_rtscope(int scope)
{
	switch (scope) {
	case 0x10: return 254;   /* RT_SCOPE_HOST */
	case 0x20: return 253;   /* RT_SCOPE_LINK */
	case 0x40: return 200;   /* RT_SCOPE_SITE */
	default: return 0;       /* RT_SCOPE_UNIVERSE */
	}
}

bool ip_filter_addr4(const struct ip_filter *f, const struct rtnl_addr *a)
{
	uint8_t be[4] = { (uint8_t)(a->local >> 24), (uint8_t)(a->local >> 16), (uint8_t)(a->local >> 8),
			  (uint8_t)a->local };

	if (f->ifindex && a->ifindex != f->ifindex)
		return false;
	return common_ok(f, a->scope, a->flags) && label_ok(f, a->label) && pfx_ok(f, AF_INET, be);
}

bool ip_filter_addr6(const struct ip_filter *f, const struct rtnl_addr6 *a, const char *devname)
{
	if (f->ifindex && a->ifindex != f->ifindex)
		return false;
	/* IPv6 addresses have no label: the pattern is matched against the device's name. */
	return common_ok(f, ip_addr6_rtscope(a->scope), a->flags) && label_ok(f, devname) &&
	       pfx_ok(f, AF_INET6, a->addr);
}

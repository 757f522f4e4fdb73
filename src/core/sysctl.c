/* sysctl.c: names and compiled defaults of the modelled sysctls. */
#include "sysctl.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"

struct devconf_def {
	const char *name;
	int all;   /* compiled default of conf/all */
	int dflt;  /* compiled default of conf/default (and so of new devices) */
	bool unmodelled;  /* Linux acts on it and vethlab does not: read only */
};

static const struct devconf_def ipv4_defs[IPV4_DEVCONF_MAX] = {
	[IPV4_DEVCONF_ACCEPT_LOCAL] = { "accept_local", 0, 0 },
	[IPV4_DEVCONF_ACCEPT_REDIRECTS] = { "accept_redirects", 1, 1 },
	[IPV4_DEVCONF_ACCEPT_SOURCE_ROUTE] = { "accept_source_route", 0, 1 },
	[IPV4_DEVCONF_ARP_ACCEPT] = { "arp_accept", 0, 0 },
	[IPV4_DEVCONF_ARP_ANNOUNCE] = { "arp_announce", 0, 0 },
	[IPV4_DEVCONF_ARP_EVICT_NOCARRIER] = { "arp_evict_nocarrier", 1, 1 },
	[IPV4_DEVCONF_ARP_FILTER] = { "arp_filter", 0, 0 },
	[IPV4_DEVCONF_ARP_IGNORE] = { "arp_ignore", 0, 0 },
	[IPV4_DEVCONF_ARP_NOTIFY] = { "arp_notify", 0, 0 },
	[IPV4_DEVCONF_BC_FORWARDING] = { "bc_forwarding", 0, 0, .unmodelled = true },
	[IPV4_DEVCONF_BOOTP_RELAY] = { "bootp_relay", 0, 0 },
	[IPV4_DEVCONF_DISABLE_POLICY] = { "disable_policy", 0, 0 },
	[IPV4_DEVCONF_DISABLE_XFRM] = { "disable_xfrm", 0, 0 },
	[IPV4_DEVCONF_DROP_GRATUITOUS_ARP] = { "drop_gratuitous_arp", 0, 0 },
	[IPV4_DEVCONF_DROP_UNICAST_IN_L2_MULTICAST] = { "drop_unicast_in_l2_multicast", 0, 0, .unmodelled = true },
	[IPV4_DEVCONF_FORCE_IGMP_VERSION] = { "force_igmp_version", 0, 0 },
	[IPV4_DEVCONF_FORWARDING] = { "forwarding", 0, 0 },
	[IPV4_DEVCONF_IGMPV2_UNSOLICITED_REPORT_INTERVAL] = { "igmpv2_unsolicited_report_interval", 10000, 10000 },
	[IPV4_DEVCONF_IGMPV3_UNSOLICITED_REPORT_INTERVAL] = { "igmpv3_unsolicited_report_interval", 1000, 1000 },
	[IPV4_DEVCONF_IGNORE_ROUTES_WITH_LINKDOWN] = { "ignore_routes_with_linkdown", 0, 0, .unmodelled = true },
	[IPV4_DEVCONF_LOG_MARTIANS] = { "log_martians", 0, 0 },
	[IPV4_DEVCONF_MC_FORWARDING] = { "mc_forwarding", 0, 0 },
	[IPV4_DEVCONF_MEDIUM_ID] = { "medium_id", 0, 0 },
	[IPV4_DEVCONF_PROMOTE_SECONDARIES] = { "promote_secondaries", 0, 0 },
	[IPV4_DEVCONF_PROXY_ARP] = { "proxy_arp", 0, 0 },
	[IPV4_DEVCONF_PROXY_ARP_PVLAN] = { "proxy_arp_pvlan", 0, 0 },
	[IPV4_DEVCONF_ROUTE_LOCALNET] = { "route_localnet", 0, 0 },
	[IPV4_DEVCONF_RP_FILTER] = { "rp_filter", 0, 0 },
	[IPV4_DEVCONF_SECURE_REDIRECTS] = { "secure_redirects", 1, 1 },
	[IPV4_DEVCONF_SEND_REDIRECTS] = { "send_redirects", 1, 1 },
	[IPV4_DEVCONF_SHARED_MEDIA] = { "shared_media", 1, 1 },
	[IPV4_DEVCONF_SRC_VALID_MARK] = { "src_valid_mark", 0, 0 },
	[IPV4_DEVCONF_TAG] = { "tag", 0, 0 },
};

static const struct devconf_def ipv6_defs[IPV6_DEVCONF_MAX] = {
	[IPV6_DEVCONF_ACCEPT_DAD] = { "accept_dad", 0, 1 },
	[IPV6_DEVCONF_ACCEPT_RA] = { "accept_ra", 1, 1 },
	[IPV6_DEVCONF_ACCEPT_REDIRECTS] = { "accept_redirects", 1, 1 },
	[IPV6_DEVCONF_ADDR_GEN_MODE] = { "addr_gen_mode", 0, 0 },
	[IPV6_DEVCONF_AUTOCONF] = { "autoconf", 1, 1 },
	[IPV6_DEVCONF_DAD_TRANSMITS] = { "dad_transmits", 1, 1 },
	[IPV6_DEVCONF_DISABLE_IPV6] = { "disable_ipv6", 0, 0 },
	[IPV6_DEVCONF_FORWARDING] = { "forwarding", 0, 0 },
	[IPV6_DEVCONF_HOP_LIMIT] = { "hop_limit", 64, 64 },
	[IPV6_DEVCONF_MLDV2_UNSOLICITED_REPORT_INTERVAL] = { "mldv2_unsolicited_report_interval", 1000, 1000 },
	[IPV6_DEVCONF_NDISC_EVICT_NOCARRIER] = { "ndisc_evict_nocarrier", 1, 1 },
	[IPV6_DEVCONF_ROUTER_SOLICITATION_DELAY] = { "router_solicitation_delay", 1, 1 },
	[IPV6_DEVCONF_ROUTER_SOLICITATION_INTERVAL] = { "router_solicitation_interval", 4, 4 },
	[IPV6_DEVCONF_ROUTER_SOLICITATIONS] = { "router_solicitations", -1, -1 },
	[IPV6_DEVCONF_USE_TEMPADDR] = { "use_tempaddr", 0, 0 },
};

static const struct devconf_def ipv4_net_defs[IPV4_NET_MAX] = {
	[IPV4_NET_ICMP_ECHO_IGNORE_ALL] = { "icmp_echo_ignore_all", 0, 0 },
	[IPV4_NET_ICMP_ECHO_IGNORE_BROADCASTS] = { "icmp_echo_ignore_broadcasts", 1, 1 },
	[IPV4_NET_ICMP_RATELIMIT] = { "icmp_ratelimit", 1000, 1000 },
	[IPV4_NET_IP_DEFAULT_TTL] = { "ip_default_ttl", 64, 64 },
	[IPV4_NET_IPFRAG_TIME] = { "ipfrag_time", 30, 30 },
};

const char *ipv4_devconf_name(int key)
{
	return ipv4_defs[key].name;
}

bool ipv4_devconf_modelled(int key)
{
	return !ipv4_defs[key].unmodelled;
}

const char *ipv6_devconf_name(int key)
{
	return ipv6_defs[key].name;
}

const char *ipv4_net_name(int key)
{
	return ipv4_net_defs[key].name;
}

bool ipv4_net_modelled(int key)
{
	return !ipv4_net_defs[key].unmodelled;
}

static int defs_lookup(const struct devconf_def *defs, int n, const char *name)
{
	for (int i = 0; i < n; i++)
		if (!strcmp(defs[i].name, name))
			return i;
	return -1;
}

int ipv4_devconf_lookup(const char *name)
{
	return defs_lookup(ipv4_defs, IPV4_DEVCONF_MAX, name);
}

int ipv6_devconf_lookup(const char *name)
{
	return defs_lookup(ipv6_defs, IPV6_DEVCONF_MAX, name);
}

int ipv4_net_lookup(const char *name)
{
	return defs_lookup(ipv4_net_defs, IPV4_NET_MAX, name);
}

static void v6_defaults(struct sysctl_net *s)
{
	for (int i = 0; i < IPV6_DEVCONF_MAX; i++) {
		s->v6_all.data[i] = ipv6_defs[i].all;
		s->v6_dflt.data[i] = ipv6_defs[i].dflt;
	}
}

struct sysctl_net *sysctl_net_new(void)
{
	struct sysctl_net *s = vl_calloc(1, sizeof(*s));

	s->refs = 1;
	return s;
}

const struct sysctl_net *sysctl_net_get(const struct sysctl_net *s)
{
	/* Every block is a sysctl_net_new one: writable memory, shared read-only. */
	((struct sysctl_net *)s)->refs++;
	return s;
}

void sysctl_net_put(const struct sysctl_net *s)
{
	if (s && !--((struct sysctl_net *)s)->refs)
		free((struct sysctl_net *)s);
}

void sysctl_net_init_defaults(struct sysctl_net *s)
{
	unsigned int refs = s->refs;

	memset(s, 0, sizeof(*s));
	s->refs = refs;
	for (int i = 0; i < IPV4_DEVCONF_MAX; i++) {
		s->v4_all.data[i] = ipv4_defs[i].all;
		s->v4_dflt.data[i] = ipv4_defs[i].dflt;
	}
	for (int i = 0; i < IPV4_NET_MAX; i++)
		s->v4_net[i] = ipv4_net_defs[i].dflt;
	v6_defaults(s);
}

void sysctl_net_init_child(struct sysctl_net *s, const struct sysctl_net *init)
{
	sysctl_net_init_defaults(s);
	s->v4_all = init->v4_all;
	s->v4_dflt = init->v4_dflt;
	s->v4_all.set = s->v4_dflt.set = 0;
	v6_defaults(s);
}

void sysctl_dev_init(const struct sysctl_net *s, bool loopback, struct ipv4_devconf *v4)
{
	*v4 = s->v4_dflt;
	v4->spare = 0;
	v4->set = 0;
	if (loopback) {
		/* inetdev_init pins these for lo, as if written by hand. */
		v4->data[IPV4_DEVCONF_DISABLE_POLICY] = 1;
		v4->data[IPV4_DEVCONF_DISABLE_XFRM] = 1;
		v4->set |= 1ULL << IPV4_DEVCONF_DISABLE_POLICY;
		v4->set |= 1ULL << IPV4_DEVCONF_DISABLE_XFRM;
	}
}

void sysctl_dev_init6(const struct sysctl_net *s, bool loopback, struct ipv6_devconf *v6)
{
	*v6 = s->v6_dflt;
	/* ipv6_add_dev: lo neither probes its addresses nor makes temporary ones. */
	if (loopback) {
		v6->data[IPV6_DEVCONF_ACCEPT_DAD] = -1;
		v6->data[IPV6_DEVCONF_USE_TEMPADDR] = -1;
	}
}

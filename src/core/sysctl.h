/* sysctl.h: per-namespace and per-device configuration (net.ipv4.conf.*, net.ipv6.conf.*). */
#ifndef VL_SYSCTL_H
#define VL_SYSCTL_H

#include <stdbool.h>
#include <stdint.h>

/* Sorted by name, which is also the order sysctl -a prints them in. */
enum ipv4_devconf_key {
	IPV4_DEVCONF_ACCEPT_LOCAL,
	IPV4_DEVCONF_ACCEPT_REDIRECTS,
	IPV4_DEVCONF_ACCEPT_SOURCE_ROUTE,
	IPV4_DEVCONF_ARP_ACCEPT,
	IPV4_DEVCONF_ARP_ANNOUNCE,
	IPV4_DEVCONF_ARP_EVICT_NOCARRIER,
	IPV4_DEVCONF_ARP_FILTER,
	IPV4_DEVCONF_ARP_IGNORE,
	IPV4_DEVCONF_ARP_NOTIFY,
	IPV4_DEVCONF_BC_FORWARDING,
	IPV4_DEVCONF_BOOTP_RELAY,
	IPV4_DEVCONF_DISABLE_POLICY,
	IPV4_DEVCONF_DISABLE_XFRM,
	IPV4_DEVCONF_DROP_GRATUITOUS_ARP,
	IPV4_DEVCONF_DROP_UNICAST_IN_L2_MULTICAST,
	IPV4_DEVCONF_FORCE_IGMP_VERSION,
	IPV4_DEVCONF_FORWARDING,
	IPV4_DEVCONF_IGMPV2_UNSOLICITED_REPORT_INTERVAL,
	IPV4_DEVCONF_IGMPV3_UNSOLICITED_REPORT_INTERVAL,
	IPV4_DEVCONF_IGNORE_ROUTES_WITH_LINKDOWN,
	IPV4_DEVCONF_LOG_MARTIANS,
	IPV4_DEVCONF_MC_FORWARDING,
	IPV4_DEVCONF_MEDIUM_ID,
	IPV4_DEVCONF_PROMOTE_SECONDARIES,
	IPV4_DEVCONF_PROXY_ARP,
	IPV4_DEVCONF_PROXY_ARP_PVLAN,
	IPV4_DEVCONF_ROUTE_LOCALNET,
	IPV4_DEVCONF_RP_FILTER,
	IPV4_DEVCONF_SECURE_REDIRECTS,
	IPV4_DEVCONF_SEND_REDIRECTS,
	IPV4_DEVCONF_SHARED_MEDIA,
	IPV4_DEVCONF_SRC_VALID_MARK,
	IPV4_DEVCONF_TAG,
	IPV4_DEVCONF_MAX
};

/*
 * The IPv6 knobs vethlab models, sorted by name. accept_ra acts on router
 * solicitations; autoconf, use_tempaddr and accept_redirects act only on
 * router advertisements and redirects received, which vethlab never has
 * (not modelled), so they are kept as Linux keeps them.
 */
enum ipv6_devconf_key {
	IPV6_DEVCONF_ACCEPT_DAD,
	IPV6_DEVCONF_ACCEPT_RA,
	IPV6_DEVCONF_ACCEPT_REDIRECTS,
	IPV6_DEVCONF_ADDR_GEN_MODE,
	IPV6_DEVCONF_AUTOCONF,
	IPV6_DEVCONF_DAD_TRANSMITS,
	IPV6_DEVCONF_DISABLE_IPV6,
	IPV6_DEVCONF_FORWARDING,
	IPV6_DEVCONF_HOP_LIMIT,
	IPV6_DEVCONF_MLDV2_UNSOLICITED_REPORT_INTERVAL,
	IPV6_DEVCONF_NDISC_EVICT_NOCARRIER,
	IPV6_DEVCONF_ROUTER_SOLICITATION_DELAY,
	IPV6_DEVCONF_ROUTER_SOLICITATION_INTERVAL,
	IPV6_DEVCONF_ROUTER_SOLICITATIONS,
	IPV6_DEVCONF_USE_TEMPADDR,
	IPV6_DEVCONF_MAX
};

struct ipv4_devconf {
	int data[IPV4_DEVCONF_MAX];
	uint32_t spare;  /* 0: no padding, so that devices' blocks compare with memcmp (cow.h) */
	uint64_t set;  /* bit i: written explicitly, so writes to "default" skip it */
};

struct ipv6_devconf {
	int data[IPV6_DEVCONF_MAX];
};

/* Namespace-wide IPv4 knobs under net.ipv4 (ip_forward aliases all.forwarding). */
enum ipv4_netconf {
	IPV4_NET_ICMP_ECHO_IGNORE_ALL,
	IPV4_NET_ICMP_ECHO_IGNORE_BROADCASTS,
	IPV4_NET_ICMP_RATELIMIT,
	IPV4_NET_IP_DEFAULT_TTL,
	IPV4_NET_IPFRAG_TIME,
	IPV4_NET_MAX
};

/*
 * A namespace's all/default configurations and net.ipv4 knobs. Copy on
 * write: namespaces made alike share one (netns.h, netns_sysctl_w), so that a
 * namespace stores only what it changed.
 */
struct sysctl_net {
	struct ipv4_devconf v4_all, v4_dflt;
	struct ipv6_devconf v6_all, v6_dflt;
	int v4_net[IPV4_NET_MAX];
	unsigned int refs;  /* namespaces (and the world's template) sharing it */
};

const char *ipv4_devconf_name(int key);
/*
 * False for the knobs Linux acts on and vethlab does not (bc_forwarding,
 * drop_unicast_in_l2_multicast, ignore_routes_with_linkdown): they read as
 * their defaults and refuse to be written. The others it models, or Linux
 * itself ignores (bootp_relay, tag), or they act only on what vethlab never
 * makes (IPsec policies, IGMP reports, source-routed packets, log lines).
 */
bool ipv4_devconf_modelled(int key);
const char *ipv6_devconf_name(int key);
int ipv4_devconf_lookup(const char *name);
int ipv6_devconf_lookup(const char *name);
const char *ipv4_net_name(int key);
/* False for a net.ipv4 setting Linux acts on and vethlab does not (read only). */
bool ipv4_net_modelled(int key);
int ipv4_net_lookup(const char *name);

/* A new block (one reference), filled by one of the two inits below. */
struct sysctl_net *sysctl_net_new(void);
/* One more reference to s. */
const struct sysctl_net *sysctl_net_get(const struct sysctl_net *s);
/* One reference fewer; the last frees it (NULL: nothing). */
void sysctl_net_put(const struct sysctl_net *s);
/* The compiled defaults, as the initial namespace boots with them. */
void sysctl_net_init_defaults(struct sysctl_net *s);
/*
 * A new namespace with devconf_inherit_init_net=0: IPv4 all/default are
 * copied from the initial namespace, IPv6 goes back to compiled defaults.
 */
void sysctl_net_init_child(struct sysctl_net *s, const struct sysctl_net *init);
/* A device's IPv4 configuration as inetdev_init gives it. */
void sysctl_dev_init(const struct sysctl_net *s, bool loopback, struct ipv4_devconf *v4);
/* A device's IPv6 configuration as ipv6_add_dev gives it: a copy of default. */
void sysctl_dev_init6(const struct sysctl_net *s, bool loopback, struct ipv6_devconf *v6);

#endif

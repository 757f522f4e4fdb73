/* ipprint_json.c: a link as iproute2 6.1's print_linkinfo writes it in JSON (ip -j link, ip -j addr). */
#include <string.h>

#include "ip_common.h"
#include "iplink.h"

/* print_link_flags in JSON: the same names as the text, one string each. */
static void json_flags(struct ip_ctx *ip, unsigned int flags, bool mdown)
{
	const struct ip_flag_name *names = ip_link_flag_names;
	char hex[16];

	ipp_open_array(ip, IPP_JSON, "flags");
	if ((flags & IFF_UP) && !(flags & IFF_RUNNING))
		ipp_string(ip, IPP_JSON, IPC_NONE, NULL, NULL, "NO-CARRIER");
	flags &= ~IFF_RUNNING;
	for (size_t i = 0; names[i].name; i++) {
		if (flags & names[i].bit) {
			flags &= ~names[i].bit;
			ipp_string(ip, IPP_JSON, IPC_NONE, NULL, NULL, names[i].name);
		}
	}
	if (flags) {
		snprintf(hex, sizeof(hex), "%x", flags);
		ipp_string(ip, IPP_JSON, IPC_NONE, NULL, NULL, hex);
	}
	if (mdown)
		ipp_string(ip, IPP_JSON, IPC_NONE, NULL, NULL, "M-DOWN");
	ipp_close_array(ip, IPP_JSON, NULL);
}

/*
 * print_name_and_link in JSON: "link_index" for a peer in another
 * namespace, "link" with the peer's name here (null without IFLA_LINK's
 * device), then "ifname". Returns M-DOWN: the peer here is down.
 */
static bool json_name_and_link(struct ip_ctx *ip, const struct rtnl_link *l, bool inet6)
{
	struct rtnl_link peer;
	bool mdown = false;
	char name[IFNAMSIZ + 16];

	if (inet6) {
		/* The inet6 link dump: IFLA_LINK only when it differs, no namespace id. */
		if (l->link && l->link != l->ifindex) {
			if (rtnl_link_get(ip->net, l->link, NULL, &peer) == 0) {
				snprintf(name, sizeof(name), "%s", peer.name);
				mdown = !(peer.flags & IFF_UP);
			} else {
				snprintf(name, sizeof(name), "if%d", l->link);
			}
			ipp_string(ip, IPP_JSON, IPC_NONE, "link", NULL, name);
		}
	} else if (l->link && l->link_netnsid >= 0) {
		ipp_int(ip, IPP_JSON, "link_index", NULL, l->link);
	} else if (l->link && rtnl_link_get(ip->net, l->link, NULL, &peer) == 0) {
		ipp_string(ip, IPP_JSON, IPC_NONE, "link", NULL, peer.name);
		mdown = !(peer.flags & IFF_UP);
	} else if (l->link) {
		ipp_null(ip, IPP_JSON, "link", NULL, NULL);
	}
	ipp_string(ip, IPP_JSON, IPC_NONE, "ifname", NULL, l->name);
	return mdown;
}

static void json_lladdr(struct ip_ctx *ip, const char *key, const uint8_t *mac)
{
	char b[24];

	snprintf(b, sizeof(b), "%02x:%02x:%02x:%02x:%02x:%02x", mac[0], mac[1], mac[2], mac[3], mac[4], mac[5]);
	ipp_string(ip, IPP_JSON, IPC_NONE, key, NULL, b);
}

/* print_stats64's JSON branch: the -s -s error counters only with a second -s. */
static void json_stats(struct ip_ctx *ip, const struct netdev_stats *s, const unsigned int *cc)
{
	bool more = ip->show_stats > 1;

	ipp_open_object(ip, "stats64");
	ipp_open_object(ip, "rx");
	ipp_u64(ip, IPP_JSON, "bytes", NULL, s->rx_bytes);
	ipp_u64(ip, IPP_JSON, "packets", NULL, s->rx_packets);
	ipp_u64(ip, IPP_JSON, "errors", NULL, s->rx_errors);
	ipp_u64(ip, IPP_JSON, "dropped", NULL, s->rx_dropped);
	ipp_u64(ip, IPP_JSON, "over_errors", NULL, s->rx_over_errors);
	ipp_u64(ip, IPP_JSON, "multicast", NULL, s->multicast);
	if (more) {
		ipp_u64(ip, IPP_JSON, "length_errors", NULL, 0);
		ipp_u64(ip, IPP_JSON, "crc_errors", NULL, 0);
		ipp_u64(ip, IPP_JSON, "frame_errors", NULL, s->rx_frame_errors);
		ipp_u64(ip, IPP_JSON, "fifo_errors", NULL, 0);
		ipp_u64(ip, IPP_JSON, "missed_errors", NULL, s->rx_missed_errors);
		if (s->rx_otherhost_dropped)
			ipp_u64(ip, IPP_JSON, "otherhost", NULL, s->rx_otherhost_dropped);
	}
	ipp_close_object(ip);
	ipp_open_object(ip, "tx");
	ipp_u64(ip, IPP_JSON, "bytes", NULL, s->tx_bytes);
	ipp_u64(ip, IPP_JSON, "packets", NULL, s->tx_packets);
	ipp_u64(ip, IPP_JSON, "errors", NULL, s->tx_errors);
	ipp_u64(ip, IPP_JSON, "dropped", NULL, s->tx_dropped);
	ipp_u64(ip, IPP_JSON, "carrier_errors", NULL, s->tx_carrier_errors);
	ipp_u64(ip, IPP_JSON, "collisions", NULL, s->collisions);
	if (more) {
		ipp_u64(ip, IPP_JSON, "aborted_errors", NULL, 0);
		ipp_u64(ip, IPP_JSON, "fifo_errors", NULL, 0);
		ipp_u64(ip, IPP_JSON, "window_errors", NULL, 0);
		ipp_u64(ip, IPP_JSON, "heartbeat_errors", NULL, 0);
		if (cc)
			ipp_u64(ip, IPP_JSON, "carrier_changes", NULL, *cc);
	}
	ipp_close_object(ip);
	ipp_close_object(ip);
}

void ipj_link_stats(struct ip_ctx *ip, const struct rtnl_link *l)
{
	json_stats(ip, &l->stats, &l->carrier_changes);
}

/* The inet6 counters land on the columns ip_print_link_stats6 describes; no carrier changes. */
void ipj_link_stats6(struct ip_ctx *ip, const struct rtnl_link *l)
{
	struct netdev_stats s = {
		.rx_packets = l->inet6_stats.in_pkts, .rx_bytes = l->inet6_stats.in_octets,
		.tx_packets = l->inet6_stats.in_ect1, .tx_bytes = l->inet6_stats.in_ect0,
		.rx_errors = l->inet6_stats.in_toobig, .tx_errors = l->inet6_stats.in_noroutes,
	};

	json_stats(ip, &s, NULL);
}

/* print_af_spec: the inet6 address generation mode. */
static void json_addrgenmode(struct ip_ctx *ip, int mode)
{
	static const char *const names[] = { "eui64", "none", "stable_secret", "random" };
	char b[8];

	if (mode < 0)
		return;
	if (mode < 4) {
		ipp_string(ip, IPP_JSON, IPC_NONE, "inet6_addr_gen_mode", NULL, names[mode]);
	} else {
		snprintf(b, sizeof(b), "%#.2hhx", (unsigned char)mode);
		ipp_string(ip, IPP_JSON, IPC_NONE, "inet6_addr_gen_mode", NULL, b);
	}
}

/* -d: what the link message carries past the addresses. */
static void json_details(struct ip_ctx *ip, const struct rtnl_link *l, bool do_link)
{
	ipp_uint(ip, IPP_JSON, "promiscuity", NULL, l->promiscuity);
	ipp_uint(ip, IPP_JSON, "allmulti", NULL, l->allmulti);
	ipp_uint(ip, IPP_JSON, "min_mtu", NULL, (unsigned int)l->min_mtu);
	ipp_uint(ip, IPP_JSON, "max_mtu", NULL, (unsigned int)l->max_mtu);
	if (l->kind || l->slave_kind) {
		/* print_linktype: veth has no printer for its data in iproute2, so the kind alone. */
		ipp_open_object(ip, "linkinfo");
		const struct link_util *lu = l->kind ? ip_link_util(l->kind) : NULL;

		if (l->kind)
			ipp_string(ip, IPP_JSON, IPC_NONE, "info_kind", NULL, l->kind);
		if (lu && lu->print_opt) {
			ipp_open_object(ip, "info_data");
			lu->print_opt(ip, l);
			ipp_close_object(ip);
		}
		lu = l->slave_kind ? ip_link_util(l->slave_kind) : NULL;
		if (l->slave_kind) {
			/* IFLA_INFO_SLAVE_KIND is the master's kind; text adds "_slave". */
			char kind[IFNAMSIZ];
			size_t n = strlen(l->slave_kind);

			snprintf(kind, sizeof(kind), "%.*s", (int)(n > 6 ? n - 6 : n), l->slave_kind);
			ipp_string(ip, IPP_JSON, IPC_NONE, "info_slave_kind", NULL, kind);
		}
		if (lu && lu->print_opt) {
			ipp_open_object(ip, "info_slave_data");
			lu->print_opt(ip, l);
			ipp_close_object(ip);
		}
		ipp_close_object(ip);
	}
	if (do_link)
		json_addrgenmode(ip, l->addr_gen_mode);
	ipp_uint(ip, IPP_JSON, "num_tx_queues", NULL, l->num_tx_queues);
	ipp_uint(ip, IPP_JSON, "num_rx_queues", NULL, l->num_rx_queues);
	ipp_uint(ip, IPP_JSON, "gso_max_size", NULL, l->gso_max_size);
	ipp_uint(ip, IPP_JSON, "gso_max_segs", NULL, l->gso_max_segs);
	ipp_uint(ip, IPP_JSON, "tso_max_size", NULL, l->tso_max_size);
	ipp_uint(ip, IPP_JSON, "tso_max_segs", NULL, l->tso_max_segs);
	ipp_uint(ip, IPP_JSON, "gro_max_size", NULL, l->gro_max_size);
}

static int json_altname(const char *name, void *arg)
{
	ipp_string(arg, IPP_JSON, IPC_NONE, NULL, NULL, name);
	return 0;
}

static int count_altname(const char *name, void *arg)
{
	(void)name;
	++*(int *)arg;
	return 0;
}

/* IFLA_PROP_LIST: only when the device has alternative names. */
static void json_altnames(struct ip_ctx *ip, const struct rtnl_link *l)
{
	int n = 0;

	(void)rtnl_link_altnames(ip->net, l->ifindex, count_altname, &n);
	if (!n)
		return;
	ipp_open_array(ip, IPP_JSON, "altnames");
	(void)rtnl_link_altnames(ip->net, l->ifindex, json_altname, ip);
	ipp_close_array(ip, IPP_JSON, NULL);
}

/* The inet6 link dump's fields (ip -j -6 addr): neither qdisc nor group; with -d the address alone. */
static void json_link6(struct ip_ctx *ip, const struct rtnl_link *l)
{
	bool mdown;

	ipp_int(ip, IPP_JSON, "ifindex", NULL, l->ifindex);
	mdown = json_name_and_link(ip, l, true);
	json_flags(ip, l->flags, mdown);
	ipp_int(ip, IPP_JSON, "mtu", NULL, l->mtu);
	ipp_string(ip, IPP_JSON, IPC_NONE, "operstate", NULL, ip_oper_name(l->operstate));
	if (l->txqlen)
		ipp_int(ip, IPP_JSON, "txqlen", NULL, (int)l->txqlen);
	if (ip->show_details) {
		ipp_string(ip, IPP_JSON, IPC_NONE, "link_type", NULL,
			   l->type == ARPHRD_LOOPBACK ? "loopback" : "ether");
		json_lladdr(ip, "address", l->addr);
	}
}

void ipj_link(struct ip_ctx *ip, const struct rtnl_link *l, enum ipj_link_mode m)
{
	static const char *const link_modes[] = { "DEFAULT", "DORMANT", "TESTING" };
	bool do_link = m == IPJ_LINK, mdown;
	char group[16];

	if (m == IPJ_INET6) {
		json_link6(ip, l);
		return;
	}
	ipp_int(ip, IPP_JSON, "ifindex", NULL, l->ifindex);
	mdown = json_name_and_link(ip, l, false);
	json_flags(ip, l->flags, mdown);
	ipp_int(ip, IPP_JSON, "mtu", NULL, l->mtu);
	ipp_string(ip, IPP_JSON, IPC_NONE, "qdisc", NULL, l->qdisc);
	if (l->master) {
		char master[IFNAMSIZ];

		ipp_string(ip, IPP_JSON, IPC_NONE, "master", NULL,
			   rtnl_ifname(ip->net, l->master, master) ? master : "none");
	}
	ipp_string(ip, IPP_JSON, IPC_NONE, "operstate", NULL, ip_oper_name(l->operstate));
	if (do_link)
		ipp_string(ip, IPP_JSON, IPC_NONE, "linkmode", NULL, link_modes[l->link_mode < 3 ? l->link_mode : 0]);
	ipp_string(ip, IPP_JSON, IPC_NONE, "group", NULL, ip_group_n2a(l->group, group, sizeof(group)));
	if (l->txqlen)
		ipp_int(ip, IPP_JSON, "txqlen", NULL, (int)l->txqlen);
	if (m != IPJ_ADDR_FAMILY || ip->show_details) {
		ipp_string(ip, IPP_JSON, IPC_NONE, "link_type", NULL,
			   l->type == ARPHRD_LOOPBACK ? "loopback" : "ether");
		json_lladdr(ip, "address", l->addr);
		json_lladdr(ip, "broadcast", l->brd);
	}
	if (l->link_netnsid >= 0)
		ipp_int(ip, IPP_JSON, "link_netnsid", NULL, l->link_netnsid);
	if (ip->show_details)
		json_details(ip, l, do_link);
	if ((do_link || ip->show_details) && l->ifalias[0])
		ipp_string(ip, IPP_JSON, IPC_NONE, "ifalias", NULL, l->ifalias);
	if (do_link && ip->show_stats)
		ipj_link_stats(ip, l);
	json_altnames(ip, l);
}

/* print_linkinfo_brief: name, operstate and, for ip link, the address and the flags. */
void ipj_link_brief(struct ip_ctx *ip, const struct rtnl_link *l, bool addr_mode, bool inet6)
{
	bool mdown = json_name_and_link(ip, l, inet6);

	ipp_string(ip, IPP_JSON, IPC_NONE, "operstate", NULL, ip_oper_name(l->operstate));
	if (!addr_mode) {
		json_lladdr(ip, "address", l->addr);
		json_flags(ip, l->flags, mdown);
	}
}

/* The "flags" array of a link, as the bridge command prints it too. */
void ipj_link_flags(struct ip_ctx *ip, const struct rtnl_link *l)
{
	json_flags(ip, l->flags, ip_link_mdown(ip, l));
}

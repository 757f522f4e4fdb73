/*
 * iplink_parse.c: the options of ip link add, set, replace and delete, parsed
 * as iproute2 6.1's iplink_parse does: its keywords in its order (some match
 * any prefix), its duplicate checks, its messages and its exit statuses.
 */
#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <strings.h>

#include "iplink.h"
#include "rt_names.h"

/* The parser's state: iproute2's locals, with its -1 "not given" sentinels. */
struct ipl_state {
	struct ip_ctx *ip;
	struct ipl_req *r;
	int argc;
	char **argv;
	const char *name, *dev, *link;
	int qlen, mtu, netns, numtx, numrx, link_netnsid, group, index;
	bool move_netns;
};

typedef int (*ipl_handler)(struct ipl_state *s);

/* NEXT_ARG: the next argument, or "Command line is not complete" (exit 255). */
static int next_arg(struct ipl_state *s)
{
	s->argv++;
	if (--s->argc <= 0)
		return ip_incomplete(s->ip);
	return 0;
}

#define NEXT(s) do { int st_ = next_arg(s); if (st_) return st_; } while (0)
#define ARG(s) (*(s)->argv)

static int duparg(struct ipl_state *s, const char *key)
{
	fprintf(s->ip->c->err, "Error: duplicate \"%s\": \"%s\" is the second value.\n", key, ARG(s));
	return 255;
}

/* check_ifname without the length limit (check_altifname): not empty, no '/', no blank. */
static bool ifname_chars_ok(const char *name)
{
	if (!*name)
		return false;
	for (; *name; name++)
		if (*name == '/' || isspace((unsigned char)*name))
			return false;
	return true;
}

static bool check_ifname(const char *name)
{
	return strlen(name) < IFNAMSIZ && ifname_chars_ok(name);
}

static int on_off(struct ipl_state *s, const char *msg)
{
	fprintf(s->ip->c->err, "Error: argument of \"%s\" must be \"on\" or \"off\", not \"%s\"\n", msg,
		ARG(s));
	return -1;
}

/* parse_on_off (parse_one_of): any prefix of "off" or "on"; -EINVAL otherwise. */
static int parse_on_off(struct ipl_state *s, const char *msg, uint8_t *out)
{
	if (ip_matches(ARG(s), "off")) {
		*out = 0;
		return 0;
	}
	if (ip_matches(ARG(s), "on")) {
		*out = 1;
		return 0;
	}
	fprintf(s->ip->c->err, "Error: argument of \"%s\" must be one of \"off\", \"on\", not \"%s\"\n",
		msg, ARG(s));
	return -EINVAL;
}

/* A flag keyword: on sets bit (off sets it for the inverted ones: trailers, arp). */
static int flag_arg(struct ipl_state *s, const char *key, unsigned int bit, bool inverted)
{
	bool on;

	NEXT(s);
	s->r->a.ifi_change |= bit;
	if (!strcmp(ARG(s), "on"))
		on = true;
	else if (!strcmp(ARG(s), "off"))
		on = false;
	else
		return on_off(s, key);
	if (on != inverted)
		s->r->a.ifi_flags |= bit;
	else
		s->r->a.ifi_flags &= ~bit;
	return 0;
}

static int kw_up(struct ipl_state *s)
{
	s->r->a.ifi_change |= IFF_UP;
	s->r->a.ifi_flags |= IFF_UP;
	return 0;
}

static int kw_down(struct ipl_state *s)
{
	s->r->a.ifi_change |= IFF_UP;
	s->r->a.ifi_flags &= ~IFF_UP;
	return 0;
}

static int kw_name(struct ipl_state *s)
{
	NEXT(s);
	if (s->name)
		return duparg(s, "name");
	if (!check_ifname(ARG(s)))
		return ip_invarg(s->ip, "\"name\" not a valid ifname", ARG(s));
	s->name = ARG(s);
	if (!s->dev)
		s->dev = s->name;
	return 0;
}

static int kw_index(struct ipl_state *s)
{
	NEXT(s);
	if (s->index)
		return duparg(s, "index");
	s->index = atoi(ARG(s));
	if (s->index <= 0)
		return ip_invarg(s->ip, "Invalid \"index\" value", ARG(s));
	return 0;
}

static int kw_link(struct ipl_state *s)
{
	NEXT(s);
	s->link = ARG(s);
	return 0;
}

static int kw_address(struct ipl_state *s)
{
	struct link_attrs *a = &s->r->a;

	NEXT(s);
	a->addr_len = ip_ll_addr_a2n(s->ip, a->addr, LINK_ADDR_MAX, ARG(s));
	if (a->addr_len < 0)
		return -1;
	a->mask |= LA_ADDRESS;
	return 0;
}

static int kw_broadcast(struct ipl_state *s)
{
	struct link_attrs *a = &s->r->a;

	NEXT(s);
	a->brd_len = ip_ll_addr_a2n(s->ip, a->brd, LINK_ADDR_MAX, ARG(s));
	if (a->brd_len < 0)
		return -1;
	a->mask |= LA_BROADCAST;
	return 0;
}

static int kw_txqlen(struct ipl_state *s)
{
	NEXT(s);
	if (s->qlen != -1)
		return duparg(s, "txqueuelen");
	if (ip_get_integer(&s->qlen, ARG(s)))
		return ip_invarg(s->ip, "Invalid \"txqueuelen\" value\n", ARG(s));
	s->r->a.txqlen = (uint32_t)s->qlen;
	s->r->a.mask |= LA_TXQLEN;
	return 0;
}

static int kw_mtu(struct ipl_state *s)
{
	NEXT(s);
	if (s->mtu != -1)
		return duparg(s, "mtu");
	if (ip_get_integer(&s->mtu, ARG(s)))
		return ip_invarg(s->ip, "Invalid \"mtu\" value\n", ARG(s));
	s->r->a.mtu = s->mtu;
	s->r->a.mask |= LA_MTU;
	return 0;
}

/*
 * xdp_parse: "off" or "none" as the very last argument detaches a program,
 * which no vethlab device ever has (a no-op, as on Linux). Loading one is
 * not modelled.
 */
static int kw_xdp(struct ipl_state *s)
{
	bool offload = !strcmp(ARG(s), "xdpoffload");

	NEXT(s);
	/* An offloaded program is loaded for a device, which must be known by now. */
	if (offload && (!s->dev || !rtnl_ifindex_getlink(s->ip->net, s->dev)))
		return ip_incomplete(s->ip);
	if (s->argc == 1 && (!strcmp(ARG(s), "none") || !strcmp(ARG(s), "off")))
		return 0;
	return rt_unsupported(s->ip, "loading an XDP program");
}

/* netns_get_fd: a name under /run/netns (or a path there), else a PID. */
static int kw_netns(struct ipl_state *s)
{
	const char *arg, *name;
	struct netns *net;

	NEXT(s);
	arg = ARG(s);
	if (s->netns != -1)
		return duparg(s, "netns");
	name = !strncmp(arg, "/run/netns/", 11) ? arg + 11 : arg;
	if (strchr(name, '/'))
		return rt_unsupported(s->ip, "netns given as a path outside /run/netns");
	net = rtnl_netns_get(rtnl_netns_world(s->ip->net), name);
	if (net) {
		s->netns = 0;
		s->r->a.net = net;
		s->r->a.mask |= LA_NET;
	} else if (!*name || !strcmp(name, ".") || !strcmp(name, "..")) {
		/* A directory opens, and the kernel refuses it as a namespace (EINVAL). */
		s->netns = 0;
		s->r->net_dir = true;
	} else if (ip_get_integer(&s->netns, arg) == 0) {
		/* The shell's own process ($$; under vethlab bash the shim sends the
		 * server's pid for a process of bash's there) is in the initial namespace. */
		if (s->netns == (int)getpid()) {
			s->r->a.net = rtnl_init_net(rtnl_netns_world(s->ip->net));
			s->r->a.mask |= LA_NET;
			s->netns = 0;
		} else {
			s->r->net_pid = true;
		}
	} else {
		return ip_invarg(s->ip, "Invalid \"netns\" value\n", arg);
	}
	s->move_netns = true;
	return 0;
}

static int kw_multicast(struct ipl_state *s)
{
	return flag_arg(s, "multicast", IFF_MULTICAST, false);
}

static int kw_allmulticast(struct ipl_state *s)
{
	return flag_arg(s, "allmulticast", IFF_ALLMULTI, false);
}

static int kw_promisc(struct ipl_state *s)
{
	return flag_arg(s, "promisc", IFF_PROMISC, false);
}

static int kw_trailers(struct ipl_state *s)
{
	return flag_arg(s, "trailers", IFF_NOTRAILERS, true);
}

static int kw_arp(struct ipl_state *s)
{
	return flag_arg(s, "arp", IFF_NOARP, true);
}

static int kw_dynamic(struct ipl_state *s)
{
	return flag_arg(s, "dynamic", IFF_DYNAMIC, false);
}

static int kw_carrier(struct ipl_state *s)
{
	int err;

	NEXT(s);
	err = parse_on_off(s, "carrier", &s->r->a.carrier);
	if (!err)
		s->r->a.mask |= LA_CARRIER;
	return err;
}

/* NEXT_ARG_OK, NEXT_ARG and PREV_ARG of iplink_parse_vf's look-ahead. */
static bool next_ok(const struct ipl_state *s)
{
	return s->argc - 1 > 0;
}

static void prev_arg(struct ipl_state *s)
{
	s->argv--;
	s->argc++;
}

/* llproto_names: the protocol names ll_proto_a2n knows, besides numbers. */
static const char *const ll_proto_names[] = {
	"loop", "pup", "pupat", "ip", "x25", "arp", "bpq", "ieeepup", "ieeepupat", "dec", "dna_dl",
	"dna_rc", "dna_rt", "lat", "diag", "cust", "sca", "rarp", "atalk", "aarp", "ipx", "ipv6",
	"ppp_disc", "ppp_ses", "atmmpoa", "atmfate", "802_3", "ax25", "all", "802_2", "snap",
	"ddcmp", "wan_ppp", "ppp_mp", "localtalk", "can", "ppptalk", "tr_802_2", "mobitex",
	"control", "irda", "econet", "tipc", "profinet", "aoe", "ethercat", "802.1Q", "802.1ad",
	"mpls_uc", "mpls_mc", "teb", "LLDP", "ipv4",
};

/* ll_proto_a2n, reduced to what a VF VLAN needs: -1 unknown, 1 802.1Q, 2 802.1ad, 0 another. */
static int vlan_proto_a2n(const char *arg)
{
	uint32_t id;

	if (!strcasecmp(arg, "802.1Q"))
		return 1;
	if (!strcasecmp(arg, "802.1ad"))
		return 2;
	for (size_t i = 0; i < sizeof(ll_proto_names) / sizeof(ll_proto_names[0]); i++)
		if (!strcasecmp(arg, ll_proto_names[i]))
			return 0;
	if (rt_get_u32(&id, arg, 0) || id > 0xffff)
		return -1;
	return id == 0x8100 ? 1 : id == 0x88a8 ? 2 : 0;
}

/* iplink_parse_vf_vlan_info: VLANID [qos QOS] [proto PROTO]; *ad is set for 802.1ad. */
static int vf_vlan_info(struct ipl_state *s, bool *ad)
{
	unsigned int v;
	int proto;

	NEXT(s);
	if (ip_get_unsigned(&v, ARG(s)) || v > 4095)
		return ip_invarg(s->ip, "Invalid \"vlan\" value\n", ARG(s));
	*ad = false;
	if (next_ok(s)) {
		NEXT(s);
		if (ip_matches(ARG(s), "qos")) {
			NEXT(s);
			if (ip_get_unsigned(&v, ARG(s)))
				return ip_invarg(s->ip, "Invalid \"qos\" value\n", ARG(s));
		} else {
			prev_arg(s);
		}
	}
	if (next_ok(s)) {
		NEXT(s);
		if (!ip_matches(ARG(s), "proto")) {
			prev_arg(s);
			return 0;
		}
		NEXT(s);
		proto = vlan_proto_a2n(ARG(s));
		if (proto < 0)
			return ip_invarg(s->ip, "protocol is invalid\n", ARG(s));
		if (!proto)
			return ip_invarg(s->ip,
					 "Invalid \"vlan protocol\" value - supported 802.1Q, 802.1ad\n",
					 ARG(s));
		*ad = proto == 2;
	}
	return 0;
}

/* "vlan ...": one 802.1Q VLAN, or a list of them that starts with an 802.1ad one. */
static int vf_vlan(struct ipl_state *s, unsigned int *attrs)
{
	bool ad;
	int st = vf_vlan_info(s, &ad);

	if (st)
		return st;
	if (!ad) {
		*attrs |= LA_VF_VLAN;
		return 0;
	}
	*attrs |= LA_VF_VLAN_LIST;
	while (next_ok(s)) {
		NEXT(s);
		if (!ip_matches(ARG(s), "vlan")) {
			prev_arg(s);
			break;
		}
		st = vf_vlan_info(s, &ad);
		if (st)
			return st;
	}
	return 0;
}

/* "mac LLADDR": of the device's own length when the device exists (nl_get_ll_addr_len). */
static int vf_mac(struct ipl_state *s)
{
	uint8_t mac[LINK_ADDR_MAX];
	int len;

	NEXT(s);
	len = ip_ll_addr_a2n(s->ip, mac, LINK_ADDR_MAX, ARG(s));
	if (len < 0)
		return -1;
	if (rtnl_ifindex_getlink(s->ip->net, s->dev) && len != ETH_ALEN) {
		fprintf(s->ip->c->err, "Invalid address length %d - must be %d bytes\n", len, ETH_ALEN);
		return -1;
	}
	return 0;
}

/* "rate", "max_tx_rate", "min_tx_rate": an unsigned number each. */
static int vf_rate(struct ipl_state *s, const char *invalid, unsigned int *out)
{
	NEXT(s);
	if (ip_get_unsigned(out, ARG(s)))
		return ip_invarg(s->ip, invalid, ARG(s));
	return 0;
}

/* get_guid: exactly xx:xx:xx:xx:xx:xx:xx:xx in hex. */
static bool guid_ok(const char *arg)
{
	if (strlen(arg) != 23)
		return false;
	for (int i = 0; i < 8; i++) {
		if (!isxdigit((unsigned char)arg[i * 3]) || !isxdigit((unsigned char)arg[i * 3 + 1]))
			return false;
		if (i < 7 && arg[i * 3 + 2] != ':')
			return false;
	}
	return true;
}

/* The VF's rate settings: the old single rate, or min and max with the new API. */
struct vf_rates {
	bool new_api, override_legacy;
	long long min, max;  /* -1: not given */
};

/* One setting of iplink_parse_vf; 1 when arg names none (the VF's list ends). */
static int vf_setting(struct ipl_state *s, struct vf_rates *r, unsigned int *attrs)
{
	const char *arg = ARG(s);
	unsigned int v;
	uint8_t on;
	int st;

	if (ip_matches(arg, "mac")) {
		*attrs |= LA_VF_MAC;
		return vf_mac(s);
	}
	if (ip_matches(arg, "vlan"))
		return vf_vlan(s, attrs);
	if (ip_matches(arg, "rate")) {
		st = vf_rate(s, "Invalid \"rate\" value\n", &v);
		if (!st && !r->new_api)
			*attrs |= LA_VF_TX_RATE;
		else if (!st && !r->override_legacy)
			r->max = v;
		return st;
	}
	if (ip_matches(arg, "max_tx_rate")) {
		st = vf_rate(s, "Invalid \"max tx rate\" value\n", &v);
		r->max = v;
		return st;
	}
	if (ip_matches(arg, "min_tx_rate")) {
		st = vf_rate(s, "Invalid \"min tx rate\" value\n", &v);
		r->min = v;
		return st;
	}
	if (ip_matches(arg, "spoofchk") || ip_matches(arg, "query_rss") || ip_matches(arg, "trust")) {
		const char *key = ip_matches(arg, "spoofchk") ? "spoofchk" :
				  ip_matches(arg, "query_rss") ? "query_rss" : "trust";

		NEXT(s);
		if (parse_on_off(s, key, &on))
			return -1;
		*attrs |= !strcmp(key, "spoofchk") ? LA_VF_SPOOFCHK :
			  !strcmp(key, "trust") ? LA_VF_TRUST : LA_VF_RSS_QUERY_EN;
		return 0;
	}
	if (ip_matches(arg, "state")) {
		NEXT(s);
		if (!ip_matches(ARG(s), "auto") && !ip_matches(ARG(s), "enable") &&
		    !ip_matches(ARG(s), "disable"))
			return ip_invarg(s->ip, "Invalid \"state\" value\n", ARG(s));
		*attrs |= LA_VF_LINK_STATE;
		return 0;
	}
	if (ip_matches(arg, "node_guid") || ip_matches(arg, "port_guid")) {
		bool node = ip_matches(arg, "node_guid");

		NEXT(s);
		if (!guid_ok(ARG(s)))
			return ip_invarg(s->ip, "Invalid GUID format\n", ARG(s));
		*attrs |= node ? LA_VF_IB_NODE_GUID : LA_VF_IB_PORT_GUID;
		return 0;
	}
	return 1;
}

/*
 * iplink_parse_vf's first pass: a max_tx_rate or min_tx_rate anywhere in
 * what is left of the command line selects the new rate API.
 */
static void vf_rate_api(const struct ipl_state *s, struct vf_rates *r)
{
	for (int i = 1; i < s->argc; i++) {
		if (ip_matches(s->argv[i], "max_tx_rate"))
			r->new_api = r->override_legacy = true;
		else if (ip_matches(s->argv[i], "min_tx_rate"))
			r->new_api = true;
	}
}

/*
 * iplink_parse_vf: the settings of one VF. With the new rate API the rate a
 * setting leaves out is read from the device's VF list, which no vethlab
 * device has (taken as 0: no limit).
 */
static int parse_vf(struct ipl_state *s, uint32_t vf)
{
	struct vf_rates r = { .min = -1, .max = -1 };
	unsigned int attrs = 0;
	int argc0 = s->argc, st;

	vf_rate_api(s, &r);
	while (next_ok(s)) {
		NEXT(s);
		st = vf_setting(s, &r, &attrs);
		if (st == 1) {
			prev_arg(s);
			break;
		}
		if (st)
			return st;
	}
	if (r.new_api) {
		if ((r.min == -1 || r.max == -1) && !rtnl_ifindex_getlink(s->ip->net, s->dev)) {
			fprintf(s->ip->c->err, "Device %s does not exist\n", s->dev);
			return 1;
		}
		r.min = r.min == -1 ? 0 : r.min;
		r.max = r.max == -1 ? 0 : r.max;
		if (r.max && r.min > r.max) {
			fprintf(s->ip->c->err, "Invalid min_tx_rate %lld - must be <= max_tx_rate %lld\n",
				r.min, r.max);
			return -1;
		}
		attrs |= LA_VF_RATE;
	}
	if (s->argc == argc0)
		return ip_incomplete(s->ip);
	if (!(s->r->a.mask & LA_VF)) {
		s->r->a.vf = vf;
		s->r->a.vf_attrs = attrs;
		s->r->a.mask |= LA_VF;
	}
	return 0;
}

/* "vf NUM ...": SR-IOV settings, which need the device named first. */
static int kw_vf(struct ipl_state *s)
{
	int vf, st;

	NEXT(s);
	if (ip_get_integer(&vf, ARG(s)))
		return ip_invarg(s->ip, "Invalid \"vf\" value\n", ARG(s));
	if (!s->dev) {
		fputs("Error: argument \"dev\" is required\n", s->ip->c->err);
		return 255;
	}
	st = parse_vf(s, (uint32_t)vf);
	if (st)
		return st;
	if (s->name == s->dev)
		s->dev = NULL;
	return 0;
}

static int kw_master(struct ipl_state *s)
{
	NEXT(s);
	s->r->a.master = rtnl_ifindex_getlink(s->ip->net, ARG(s));
	if (!s->r->a.master)
		return ip_invarg(s->ip, "Device does not exist\n", ARG(s));
	s->r->a.mask |= LA_MASTER;
	return 0;
}

/* name_is_vrf: vethlab has no VRF devices, so no name is a VRF's. */
static int kw_vrf(struct ipl_state *s)
{
	NEXT(s);
	return ip_invarg(s->ip, "Not a valid VRF name\n", ARG(s));
}

static int kw_nomaster(struct ipl_state *s)
{
	s->r->a.master = 0;
	s->r->a.mask |= LA_MASTER;
	return 0;
}

/* "type KIND": the rest of the arguments are the kind's. */
static int kw_type(struct ipl_state *s)
{
	NEXT(s);
	s->r->type = ARG(s);
	s->argc--;
	s->argv++;
	return 0;
}

static int kw_alias(struct ipl_state *s)
{
	NEXT(s);
	if (strlen(ARG(s)) >= IFALIASZ)
		return ip_invarg(s->ip, "alias too long\n", ARG(s));
	s->r->a.alias = ARG(s);
	s->r->a.mask |= LA_IFALIAS;
	return 0;
}

static int kw_group(struct ipl_state *s)
{
	NEXT(s);
	if (s->group != -1)
		return duparg(s, "group");
	if (ip_group_a2n(&s->group, ARG(s)))
		return ip_invarg(s->ip, "Invalid \"group\" value\n", ARG(s));
	s->r->a.group = (uint32_t)s->group;
	s->r->a.mask |= LA_GROUP;
	return 0;
}

static int kw_mode(struct ipl_state *s)
{
	NEXT(s);
	if (!strcasecmp(ARG(s), "default"))
		s->r->a.link_mode = IF_LINK_MODE_DEFAULT;
	else if (!strcasecmp(ARG(s), "dormant"))
		s->r->a.link_mode = IF_LINK_MODE_DORMANT;
	else
		return ip_invarg(s->ip, "Invalid link mode\n", ARG(s));
	s->r->a.mask |= LA_LINKMODE;
	return 0;
}

static int kw_state(struct ipl_state *s)
{
	NEXT(s);
	for (int i = IF_OPER_UNKNOWN; i <= IF_OPER_UP; i++) {
		if (!strcasecmp(ARG(s), ip_oper_name((enum if_oper)i))) {
			s->r->a.operstate = (uint8_t)i;
			s->r->a.mask |= LA_OPERSTATE;
			return 0;
		}
	}
	return ip_invarg(s->ip, "Invalid operstate\n", ARG(s));
}

static int queues_arg(struct ipl_state *s, int *n, const char *key, const char *invalid)
{
	NEXT(s);
	if (*n != -1)
		return duparg(s, key);
	if (ip_get_integer(n, ARG(s)))
		return ip_invarg(s->ip, invalid, ARG(s));
	return 0;
}

static int kw_numtxqueues(struct ipl_state *s)
{
	int st = queues_arg(s, &s->numtx, "numtxqueues", "Invalid \"numtxqueues\" value\n");

	s->r->a.num_tx_queues = (uint32_t)s->numtx;
	s->r->a.mask |= st ? 0 : LA_NUM_TX_QUEUES;
	return st;
}

static int kw_numrxqueues(struct ipl_state *s)
{
	int st = queues_arg(s, &s->numrx, "numrxqueues", "Invalid \"numrxqueues\" value\n");

	s->r->a.num_rx_queues = (uint32_t)s->numrx;
	s->r->a.mask |= st ? 0 : LA_NUM_RX_QUEUES;
	return st;
}

static int kw_addrgenmode(struct ipl_state *s)
{
	static const char *const modes[] = { "eui64", "none", "stable_secret", "random" };

	NEXT(s);
	for (size_t i = 0; i < sizeof(modes) / sizeof(modes[0]); i++) {
		if (!strcasecmp(ARG(s), modes[i])) {
			/* A random secret gives stable-privacy addresses, which vethlab does not generate. */
			if (i == IN6_ADDR_GEN_MODE_RANDOM)
				return rt_unsupported(s->ip, "addrgenmode random");
			s->r->a.addr_gen_mode = (uint8_t)i;
			s->r->a.mask |= LA_ADDR_GEN_MODE;
			return 0;
		}
	}
	return ip_invarg(s->ip, "Invalid address generation mode\n", ARG(s));
}

/*
 * get_netnsid_from_name, then set_netnsid_from_name: naming a namespace
 * gives it an id here if it had none, even if the command fails later.
 */
static int kw_link_netns(struct ipl_state *s)
{
	struct netns *peer;

	NEXT(s);
	if (s->link_netnsid != -1)
		return duparg(s, "link-netns/link-netnsid");
	peer = rtnl_netns_get(rtnl_netns_world(s->ip->net), ARG(s));
	if (peer == s->ip->net)
		return rt_unsupported(s->ip, "link-netns naming the namespace itself");
	if (!peer)
		return ip_invarg(s->ip, "Invalid \"link-netns\" value\n", ARG(s));
	s->link_netnsid = rtnl_nsid_alloc(s->ip->net, peer);
	s->r->a.link_netnsid = s->link_netnsid;
	s->r->a.mask |= LA_LINK_NETNSID;
	return 0;
}

static int kw_link_netnsid(struct ipl_state *s)
{
	NEXT(s);
	if (s->link_netnsid != -1)
		return duparg(s, "link-netns/link-netnsid");
	if (ip_get_integer(&s->link_netnsid, ARG(s)))
		return ip_invarg(s->ip, "Invalid \"link-netnsid\" value\n", ARG(s));
	s->r->a.link_netnsid = s->link_netnsid;
	s->r->a.mask |= LA_LINK_NETNSID;
	return 0;
}

static int kw_protodown(struct ipl_state *s)
{
	int err;

	NEXT(s);
	err = parse_on_off(s, "protodown", &s->r->a.proto_down);
	if (!err)
		s->r->a.mask |= LA_PROTO_DOWN;
	return err;
}

/* protodown_reason_a2n: no /etc/iproute2/protodown_reasons.d here, so a bit number below 32. */
static int kw_protodown_reason(struct ipl_state *s)
{
	uint32_t bit;

	NEXT(s);
	if (rt_get_u32(&bit, ARG(s), 0) || bit >= 32)
		return ip_invarg(s->ip, "invalid protodown reason\n", ARG(s));
	NEXT(s);
	if (!ip_matches(ARG(s), "on") && !ip_matches(ARG(s), "off"))
		return on_off(s, "protodown_reason");
	s->r->a.mask |= LA_PROTO_DOWN;
	return 0;
}

static int max_arg(struct ipl_state *s, uint32_t *out, uint32_t limit, const char *invalid)
{
	NEXT(s);
	if (rt_get_u32(out, ARG(s), 0) || *out > limit)
		return ip_invarg(s->ip, invalid, ARG(s));
	return 0;
}

static int kw_gso_max_size(struct ipl_state *s)
{
	int st = max_arg(s, &s->r->a.gso_max_size, UINT32_MAX, "Invalid \"gso_max_size\" value\n");

	s->r->a.mask |= st ? 0 : LA_GSO_MAX_SIZE;
	return st;
}

static int kw_gso_max_segs(struct ipl_state *s)
{
	int st = max_arg(s, &s->r->a.gso_max_segs, GSO_MAX_SEGS, "Invalid \"gso_max_segs\" value\n");

	s->r->a.mask |= st ? 0 : LA_GSO_MAX_SEGS;
	return st;
}

static int kw_gro_max_size(struct ipl_state *s)
{
	int st = max_arg(s, &s->r->a.gro_max_size, UINT32_MAX, "Invalid \"gro_max_size\" value\n");

	s->r->a.mask |= st ? 0 : LA_GRO_MAX_SIZE;
	return st;
}

/* IFLA_PARENT_DEV_NAME: only devices with a bus parent (wwan) look at it; the kernel ignores it here. */
static int kw_parentdev(struct ipl_state *s)
{
	NEXT(s);
	return 0;
}

/* Anything else: "help", or the device ("dev" optional). */
static int kw_dev(struct ipl_state *s)
{
	if (ip_matches(ARG(s), "help"))
		return iplink_usage(s->ip);
	if (!strcmp(ARG(s), "dev"))
		NEXT(s);
	if (s->dev != s->name) {
		fprintf(s->ip->c->err, "Error: either \"dev\" is duplicate, or \"%s\" is a garbage.\n", ARG(s));
		return 255;
	}
	if (!ifname_chars_ok(ARG(s)))
		return ip_invarg(s->ip, "\"dev\" not a valid ifname", ARG(s));
	s->dev = ARG(s);
	return 0;
}

/* The keywords in iproute2's order; prefix: matches() rather than strcmp(). */
static const struct {
	const char *key;
	bool prefix;
	ipl_handler fn;
} ipl_keywords[] = {
	{ "up", false, kw_up },
	{ "down", false, kw_down },
	{ "name", false, kw_name },
	{ "index", false, kw_index },
	{ "link", true, kw_link },
	{ "address", true, kw_address },
	{ "broadcast", true, kw_broadcast },
	{ "brd", false, kw_broadcast },
	{ "txqueuelen", true, kw_txqlen },
	{ "qlen", false, kw_txqlen },
	{ "txqlen", true, kw_txqlen },
	{ "mtu", false, kw_mtu },
	{ "xdpgeneric", false, kw_xdp },
	{ "xdpdrv", false, kw_xdp },
	{ "xdpoffload", false, kw_xdp },
	{ "xdp", false, kw_xdp },
	{ "netns", false, kw_netns },
	{ "multicast", false, kw_multicast },
	{ "allmulticast", false, kw_allmulticast },
	{ "promisc", false, kw_promisc },
	{ "trailers", false, kw_trailers },
	{ "arp", false, kw_arp },
	{ "carrier", false, kw_carrier },
	{ "vf", false, kw_vf },
	{ "master", true, kw_master },
	{ "vrf", false, kw_vrf },
	{ "nomaster", true, kw_nomaster },
	{ "dynamic", true, kw_dynamic },
	{ "type", true, kw_type },
	{ "alias", true, kw_alias },
	{ "group", false, kw_group },
	{ "mode", false, kw_mode },
	{ "state", false, kw_state },
	{ "numtxqueues", true, kw_numtxqueues },
	{ "numrxqueues", true, kw_numrxqueues },
	{ "addrgenmode", true, kw_addrgenmode },
	{ "link-netns", true, kw_link_netns },
	{ "link-netnsid", true, kw_link_netnsid },
	{ "protodown", false, kw_protodown },
	{ "protodown_reason", false, kw_protodown_reason },
	{ "gso_max_size", false, kw_gso_max_size },
	{ "gso_max_segs", false, kw_gso_max_segs },
	{ "gro_max_size", false, kw_gro_max_size },
	{ "parentdev", false, kw_parentdev },
};

static ipl_handler ipl_lookup(const char *arg)
{
	for (size_t i = 0; i < sizeof(ipl_keywords) / sizeof(ipl_keywords[0]); i++) {
		if (ipl_keywords[i].prefix ? ip_matches(arg, ipl_keywords[i].key)
					   : !strcmp(arg, ipl_keywords[i].key))
			return ipl_keywords[i].fn;
	}
	return kw_dev;
}

/* "name" and "dev" together mean a rename, or nothing when they agree. */
static void ipl_settle_names(struct ipl_state *s)
{
	if (!s->name)
		s->name = s->dev;
	else if (!s->dev)
		s->dev = s->name;
	else if (!strcmp(s->name, s->dev))
		s->name = s->dev;
}

/* A change of an existing device: it must exist, and an address must have its length. */
static int ipl_finish_change(struct ipl_state *s)
{
	struct ipl_req *r = s->r;

	if (!s->dev) {
		fputs("Not enough information: \"dev\" argument is required.\n", s->ip->c->err);
		return 255;
	}
	r->ifindex = rtnl_ifindex_getlink(s->ip->net, s->dev);
	if (!r->ifindex)
		return -ip_no_device(s->ip, s->dev);
	if (s->name == s->dev)
		s->name = NULL;
	if (s->index) {
		r->a.new_ifindex = s->index;
		r->a.mask |= LA_NEW_IFINDEX;
	}
	return 0;
}

/* A creation: one name only, and a "link" device that exists. */
static int ipl_finish_create(struct ipl_state *s)
{
	if (s->name != s->dev) {
		fputs("both \"name\" and \"dev\" cannot be used when creating devices.\n", s->ip->c->err);
		return 255;
	}
	if (s->link) {
		s->r->a.link = rtnl_ifindex_getlink(s->ip->net, s->link);
		if (!s->r->a.link)
			return -ip_no_device(s->ip, s->link);
		s->r->a.mask |= LA_LINK;
	}
	s->r->a.ifi_index = s->index;
	return 0;
}

/* nl_get_ll_addr_len: only a change checks the address length, against the device's. */
static int ipl_check_addr_len(struct ipl_state *s)
{
	if (s->dev && (s->r->a.mask & LA_ADDRESS) && !s->r->create &&
	    rtnl_ifindex_getlink(s->ip->net, s->dev) && s->r->a.addr_len != ETH_ALEN) {
		fprintf(s->ip->c->err, "Invalid address length %d - must be %d bytes\n", s->r->a.addr_len,
			ETH_ALEN);
		return -1;
	}
	return 0;
}

/* iplink_parse's checks once every argument is read. */
static int ipl_finish(struct ipl_state *s)
{
	int st;

	ipl_settle_names(s);
	st = ipl_check_addr_len(s);
	if (st)
		return st;
	if (s->index && !s->r->create && !s->move_netns) {
		fputs("index can be used only when creating devices or when moving device to another netns.\n",
		      s->ip->c->err);
		return 255;
	}
	if (s->group != -1 && !s->dev) {
		if (s->r->type && s->r->type_argc) {
			fprintf(s->ip->c->err,
				"Garbage instead of arguments \"%s ...\". Try \"ip link help\".\n",
				s->r->type_argv[0]);
			return 255;
		}
		if (s->r->create) {
			fputs("group cannot be used when creating devices.\n", s->ip->c->err);
			return 255;
		}
		s->r->type = NULL;
		s->r->by_group = true;
		return 0;
	}
	st = s->r->create ? ipl_finish_create(s) : ipl_finish_change(s);
	if (!st && s->name) {
		s->r->a.name = s->name;
		s->r->a.mask |= LA_NAME;
	}
	return st;
}

int iplink_parse(struct ip_ctx *ip, int argc, char **argv, bool create, struct ipl_req *r)
{
	struct ipl_state s = { .ip = ip, .r = r, .argc = argc, .argv = argv, .qlen = -1, .mtu = -1,
			       .netns = -1, .numtx = -1, .numrx = -1, .link_netnsid = -1, .group = -1 };

	int st;

	memset(r, 0, sizeof(*r));
	r->create = create;
	while (s.argc > 0) {
		st = ipl_lookup(*s.argv)(&s);
		if (st)
			return st;
		if (r->type) {
			r->type_argc = s.argc;
			r->type_argv = s.argv;
			break;
		}
		s.argc--;
		s.argv++;
	}
	st = ipl_finish(&s);
	r->dev = s.dev;
	return st;
}

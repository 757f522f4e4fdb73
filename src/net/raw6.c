/*
 * raw6.c: raw ICMPv6 sockets (net/ipv6/raw.c), as ping opens one for IPv6:
 * sending an ICMPv6 message (the checksum is the kernel's), receiving the
 * messages ICMP6_FILTER passes with their hop limit and source scope, ICMPv6
 * errors onto the error queue (IPV6_RECVERR), and the datagram socket
 * iputils connects to learn a route's source.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "../core/alloc.h"
#include "../core/netdev.h"
#include "../core/netns.h"
#include "../core/trace.h"
#include "../core/world.h"
#include "../uapi/errqueue.h"
#include "../uapi/in6.h"
#include "addrconf.h"
#include "ipv6.h"
#include "sock.h"
#include "wire.h"

#define IPV6_MAXPLEN 65535

struct raw6_sock {
	struct sock sk;
	struct vl_list node;          /* in ipv6_net's raw_socks (raw sockets only) */
	uint8_t saddr[16];            /* bound or connected source; :: none */
	uint8_t daddr[16];            /* connected destination (datagram sockets) */
	bool connected;
	int mtu;                      /* the connected route's device MTU (IPV6_MTU) */
	int hop_limit;                /* IPV6_UNICAST_HOPS; -1 the default */
	int mcast_hops;               /* IPV6_MULTICAST_HOPS; -1 the default (1) */
	bool mc_loop;                 /* IPV6_MULTICAST_LOOP: on by default */
	int pmtudisc;                 /* IPV6_MTU_DISCOVER */
	bool recverr, recvhoplimit;
	struct icmp6_filter filter;   /* ICMP6_FILTER: set bits block */
	struct dst_cache6 dst_cache;  /* sk_dst_cache: the last route connect or sendmsg found */
};

/*
 * What a packet or an error keeps in skb->cb for recvmsg. An error's
 * offender is the source of the IPv6 header still in front (the network header).
 */
struct raw6_skb_cb {
	struct sock_extended_err ee;  /* errors only */
	uint8_t addr[16];             /* the source; for an error, the destination it is about */
	int iif;                      /* gives link-scoped addresses their scope */
	uint8_t hop_limit;
};

static struct raw6_sock *raw6_sk(const struct socket *sock)
{
	return vl_container_of(sock->sk, struct raw6_sock, sk);
}

static struct raw6_skb_cb *RAW6_CB(struct sk_buff *skb)
{
	_Static_assert(sizeof(struct raw6_skb_cb) <= sizeof(skb->cb), "raw6_skb_cb fits in cb");
	return (struct raw6_skb_cb *)skb->cb;
}

static bool mc_scope(const uint8_t *a, int scope)
{
	return ipv6_addr_multicast(a) && (a[1] & 0x0f) == scope;
}

/* __ipv6_addr_needs_scope_id */
static bool needs_scope(const uint8_t *a)
{
	return ipv6_addr_linklocal(a) || mc_scope(a, 1) || mc_scope(a, 2);
}

/* icmpv6_filter: true when the socket's ICMP6_FILTER blocks the message. */
static bool raw6_filtered(const struct raw6_sock *rs, const struct sk_buff *skb)
{
	uint8_t type;

	if (skb->len < 1)
		return true;
	type = skb->data[0];
	return (rs->filter.icmp6_filt[type >> 5] >> (type & 31)) & 1;
}

static void raw6_rcv(struct raw6_sock *rs, const struct sk_buff *skb, const uint8_t *ip6h, int iif)
{
	struct raw6_skb_cb *cb;
	struct sk_buff *n;

	if (raw6_filtered(rs, skb))
		return;
	n = skb_copy(skb);
	cb = RAW6_CB(n);
	memset(cb, 0, sizeof(*cb));
	memcpy(cb->addr, ip6h + 8, 16);
	cb->iif = iif;
	cb->hop_limit = ip6h[7];
	(void)sock_queue_rcv_skb(&rs->sk, n);
}

/* icmpv6_err_convert */
static uint32_t icmpv6_errno(uint8_t type, uint8_t code)
{
	if (type == ICMPV6_PKT_TOOBIG)
		return EMSGSIZE;
	if (type == ICMPV6_PARAMPROB)
		return EPROTO;
	if (type == ICMPV6_DEST_UNREACH && code <= ICMPV6_PORT_UNREACH) {
		static const uint8_t errnos[] = { ENETUNREACH, EACCES, EHOSTUNREACH, EHOSTUNREACH, ECONNREFUSED };

		return errnos[code];
	}
	return EHOSTUNREACH;
}

/* rawv6_err: an error quoting an ICMPv6 packet of ours: the payload it quotes, onto the error queue. */
static void raw6_err(struct raw6_sock *rs, const struct sk_buff *skb, const uint8_t *ip6h, int iif)
{
	const uint8_t *icmp = skb->data, *q = icmp + 8;
	struct raw6_skb_cb *cb;
	struct sk_buff *n;

	if (!rs->recverr || skb->len < 8 + IPV6_HLEN || q[6] != IPPROTO_ICMPV6)
		return;
	n = skb_copy(skb);
	/* Cannot fail: checked against the length above. */
	(void)!skb_pull(n, 8 + IPV6_HLEN);
	cb = RAW6_CB(n);
	memset(cb, 0, sizeof(*cb));
	cb->ee = (struct sock_extended_err){ .ee_errno = icmpv6_errno(icmp[0], icmp[1]),
					     .ee_origin = SO_EE_ORIGIN_ICMP6, .ee_type = icmp[0],
					     .ee_code = icmp[1], .ee_info = get32(icmp + 4) };
	memcpy(cb->addr, q + 24, 16);
	cb->iif = iif;
	(void)ip6h;
	(void)sock_queue_err_skb(&rs->sk, n);
}

void raw6_deliver(struct sk_buff *skb, const uint8_t *ip6h, int iif, bool err)
{
	struct vl_list *pos, *tmp;

	vl_list_for_each_safe(pos, tmp, &skb->dev->net->ipv6->raw_socks) {
		struct raw6_sock *rs = vl_container_of(pos, struct raw6_sock, node);

		if (rs->sk.sk_bound_dev_if && rs->sk.sk_bound_dev_if != iif)
			continue;
		if (err)
			raw6_err(rs, skb, ip6h, iif);
		else
			raw6_rcv(rs, skb, ip6h, iif);
	}
}

void raw6_net_exit(struct ipv6_net *in6)
{
	/* Sockets belong to their tasks, which notice the namespace is gone (POLLHUP). */
	while (!vl_list_empty(&in6->raw_socks)) {
		struct raw6_sock *rs = vl_container_of(in6->raw_socks.next, struct raw6_sock, node);

		vl_list_del(&rs->node);
		rs->sk.net = NULL;
	}
}

static int in6_addr_from(const struct sockaddr *addr, socklen_t addrlen, struct sockaddr_in6 *sin6)
{
	if (addrlen < sizeof(*sin6))
		return -EINVAL;
	memcpy(sin6, addr, sizeof(*sin6));
	return sin6->sin6_family == AF_INET6 ? 0 : -EAFNOSUPPORT;
}

static void in6_addr_to(struct msghdr *msg, const uint8_t *a, int iif)
{
	struct sockaddr_in6 sin6 = { .sin6_family = AF_INET6 };
	socklen_t n = sizeof(sin6);

	if (!msg->msg_name) {
		msg->msg_namelen = 0;
		return;
	}
	memcpy(sin6.sin6_addr.s6_addr, a, 16);
	if (needs_scope(a))
		sin6.sin6_scope_id = (uint32_t)iif;
	if (msg->msg_namelen < n)
		n = msg->msg_namelen;
	memcpy(msg->msg_name, &sin6, n);
	msg->msg_namelen = sizeof(sin6);
}

/* The flow to a destination: the socket's source and device, else the address's own scope. */
static void raw6_flow(const struct raw6_sock *rs, const struct sockaddr_in6 *to, struct flow6 *fl)
{
	memset(fl, 0, sizeof(*fl));
	memcpy(fl->daddr, to->sin6_addr.s6_addr, 16);
	memcpy(fl->saddr, rs->saddr, 16);
	fl->oif = rs->sk.sk_bound_dev_if;
	if (!fl->oif && needs_scope(fl->daddr))
		fl->oif = (int)to->sin6_scope_id;
}

/*
 * For `why`: a link-local destination given without a device goes out of the
 * first device with a fe80::/64 route. When the address is at the far end
 * of another of this namespace's links, say so, and give the command with
 * ADDR%DEV. Only while tracing, and only for an unscoped link-local send.
 */
static void trace_unscoped_linklocal(struct netns *net, const uint8_t *daddr, const struct netdev *out)
{
	struct world *w = net->world;
	char a[46], state[TRACE_STATE], fix[TRACE_STATE];
	const char *cmd, *at;
	struct vl_list *pos;

	if (!w->trace || w->trace->overflow)
		return;
	vl_list_for_each(pos, &net->devices) {
		struct netdev *dev = vl_list_entry(pos, struct netdev, dev_list);
		struct netdev *peer = dev_link_peer(dev);

		if (dev == out || !peer || !ipv6_get_ifaddr(peer->net, daddr, peer))
			continue;
		trace_fmt6(daddr, a);
		snprintf(state, sizeof(state), "%s has no %%dev: it left by %s; it is on %s%s%s, at the other end of %s",
			 a, out->name, peer->net->name ? peer->net->name : "", peer->net->name ? "/" : "", peer->name,
			 dev->name);
		cmd = w->trace->command;
		at = strstr(cmd, a);
		fix[0] = 0;
		if (at && (at[strlen(a)] == 0 || at[strlen(a)] == ' '))
			snprintf(fix, sizeof(fix), "%.*s%s%%%s%s", (int)(at - cmd), cmd, a, dev->name, at + strlen(a));
		trace_note(w, "ip6_route_output",
			   "a link-local address means nothing without its device: unscoped, it goes out of the first device with a fe80::/64 route",
			   state, fix);
		return;
	}
}

/*
 * The route to a sockaddr_in6 (ip6_dst_lookup_tail): a lookup that finds no
 * route is counted, on connect and on send.
 */
static int raw6_route(struct raw6_sock *rs, const struct sockaddr *addr, socklen_t addrlen,
		      struct rt6_result *rt)
{
	struct sockaddr_in6 to;
	struct flow6 fl;
	int err = in6_addr_from(addr, addrlen, &to);

	if (err)
		return err;
	raw6_flow(rs, &to, &fl);
	err = ip6_route_output_cached(rs->sk.net, &rs->dst_cache, &fl, rt);
	if (!err && !fl.oif && ipv6_addr_linklocal(fl.daddr) && rs->sk.net->world->trace)
		trace_unscoped_linklocal(rs->sk.net, fl.daddr, rt->dev);
	if (err == -ENETUNREACH)
		ip6_inc_stats(rs->sk.net, IPSTATS_MIB_OUTNOROUTES);
	return err;
}

/* ipv6_local_error: EMSGSIZE with the MTU, about the destination, onto the error queue. */
static void ipv6_local_error(struct raw6_sock *rs, const uint8_t *daddr, uint32_t err, uint32_t info)
{
	struct raw6_skb_cb *cb;
	struct sk_buff *n;

	if (!rs->recverr)
		return;
	n = alloc_skb(&rs->sk.net->world->skb_pool, 0);
	if (!n)
		return;
	n->tstamp = rs->sk.net->world->clock.now;
	cb = RAW6_CB(n);
	cb->ee = (struct sock_extended_err){ .ee_errno = err, .ee_origin = SO_EE_ORIGIN_LOCAL, .ee_info = info };
	memcpy(cb->addr, daddr, 16);
	(void)sock_queue_err_skb(&rs->sk, n);
}

/* ip6_sk_dst_hoplimit: a group gets IPV6_MULTICAST_HOPS (1 by default), anything else the unicast one. */
static uint8_t raw6_hoplimit(const struct raw6_sock *rs, const struct rt6_result *rt)
{
	if (ipv6_addr_multicast(rt->daddr))
		return rs->mcast_hops < 0 ? 1 : (uint8_t)rs->mcast_hops;
	return rs->hop_limit < 0 ? ip6_dst_hoplimit(rt->dev) : (uint8_t)rs->hop_limit;
}

/* rawv6_sendmsg: the caller's ICMPv6 message, checksummed, behind an IPv6 header. */
static int raw6_sendmsg(struct socket *sock, struct msghdr *msg)
{
	struct raw6_sock *rs = raw6_sk(sock);
	size_t len = msg_data_left(msg);
	struct rt6_result rt;
	struct sk_buff *skb;
	uint8_t *h;
	int mtu, err;

	if (!msg->msg_name)
		return -EDESTADDRREQ;
	err = raw6_route(rs, msg->msg_name, msg->msg_namelen, &rt);
	if (err)
		return err;
	/*
	 * ip6_append_data: with IPV6_PMTUDISC_DO (or PROBE, against the device)
	 * nothing past the path MTU; otherwise up to 64 KB, fragmented on output.
	 */
	mtu = rs->pmtudisc >= IPV6_PMTUDISC_PROBE || !rt.mtu ? rt.dev->mtu : (int)rt.mtu;
	if (len > (size_t)(rs->pmtudisc >= IPV6_PMTUDISC_DO ? mtu - IPV6_HLEN : IPV6_MAXPLEN)) {
		ipv6_local_error(rs, rt.daddr, EMSGSIZE, (uint32_t)mtu);
		return -EMSGSIZE;
	}
	skb = alloc_skb(&rs->sk.net->world->skb_pool, (uint32_t)len);
	if (!skb || len < 4) {
		consume_skb(skb);
		return skb ? -EINVAL : -ENOBUFS;
	}
	/* Fits: allocated above for len. */
	h = skb_put(skb, (uint32_t)len);
	memcpy_from_msg(h, msg, len);
	put16(h + 2, 0);
	put16(h + 2, icmp6_csum(rt.saddr, rt.daddr, h, skb->len));
	skb->dev = rt.dev;
	skb->mc_loop = rs->mc_loop;
	/* rawv6_push_pending_frames: an error of the output path is sendmsg's (ENOBUFS for a dropped frame). */
	err = ip6_send(skb, &rt, IPPROTO_ICMPV6, raw6_hoplimit(rs, &rt),
		       ip6_flowlabel(rs->sk.net, rt.saddr, rt.daddr, IPPROTO_ICMPV6));
	return err ? err : (int)len;
}

/* rawv6_bind: one of our addresses (or ::). */
static int raw6_bind(struct socket *sock, const struct sockaddr *addr, socklen_t addrlen)
{
	struct raw6_sock *rs = raw6_sk(sock);
	struct sockaddr_in6 sin6;
	int err = in6_addr_from(addr, addrlen, &sin6);

	if (err)
		return err;
	if (!ipv6_addr_any(sin6.sin6_addr.s6_addr) && !ipv6_get_ifaddr(rs->sk.net, sin6.sin6_addr.s6_addr, NULL))
		return -EADDRNOTAVAIL;
	memcpy(rs->saddr, sin6.sin6_addr.s6_addr, 16);
	return 0;
}

/*
 * ip6_datagram_connect, as far as vethlab needs it: the route (counted when
 * there is none) with the socket's device or the address's scope; its source
 * and MTU become the socket's. The kernel's checks of a link-local address's
 * scope (-EINVAL) are not modelled.
 */
static int raw6_connect(struct socket *sock, const struct sockaddr *addr, socklen_t addrlen, int flags)
{
	struct raw6_sock *rs = raw6_sk(sock);
	struct rt6_result rt;
	int err = raw6_route(rs, addr, addrlen, &rt);

	(void)flags;
	if (err)
		return err;
	if (ipv6_addr_any(rs->saddr))
		memcpy(rs->saddr, rt.saddr, 16);
	memcpy(rs->daddr, rt.daddr, 16);
	rs->mtu = rt.dev->mtu;
	rs->connected = true;
	return 0;
}

static int raw6_getname(struct socket *sock, struct sockaddr *addr, socklen_t *addrlen)
{
	struct sockaddr_in6 sin6 = { .sin6_family = AF_INET6 };

	memcpy(sin6.sin6_addr.s6_addr, raw6_sk(sock)->saddr, 16);
	if (*addrlen > sizeof(sin6))
		*addrlen = sizeof(sin6);
	memcpy(addr, &sin6, *addrlen);
	*addrlen = sizeof(sin6);
	return 0;
}

static void raw6_recvname(struct socket *sock, const struct sk_buff *skb, struct msghdr *msg, bool errqueue)
{
	struct raw6_skb_cb *cb = RAW6_CB((struct sk_buff *)skb);

	(void)sock;
	(void)errqueue;
	in6_addr_to(msg, cb->addr, cb->iif);
}

/* ip6_datagram_recv_ctl and ipv6_recv_error: the hop limit, or the error and its offender. */
static void raw6_recvcmsg(struct socket *sock, const struct sk_buff *skb, struct msghdr *msg, bool errqueue)
{
	struct raw6_sock *rs = raw6_sk(sock);
	struct raw6_skb_cb *cb = RAW6_CB((struct sk_buff *)skb);

	if (errqueue) {
		struct {
			struct sock_extended_err ee;
			struct sockaddr_in6 offender;
		} errhdr;
		const uint8_t *offender = skb_network_header(skb) + 8;

		memset(&errhdr, 0, sizeof(errhdr));
		errhdr.ee = cb->ee;
		if (cb->ee.ee_origin == SO_EE_ORIGIN_ICMP6) {
			errhdr.offender.sin6_family = AF_INET6;
			memcpy(errhdr.offender.sin6_addr.s6_addr, offender, 16);
			if (needs_scope(offender))
				errhdr.offender.sin6_scope_id = (uint32_t)cb->iif;
		}
		put_cmsg(msg, SOL_IPV6, IPV6_RECVERR, &errhdr, sizeof(errhdr));
	} else if (rs->recvhoplimit) {
		int hops = cb->hop_limit;

		put_cmsg(msg, SOL_IPV6, IPV6_HOPLIMIT, &hops, sizeof(hops));
	}
}

static int raw6_int_opt(struct raw6_sock *rs, int optname, int val)
{
	switch (optname) {
	case IPV6_UNICAST_HOPS:
		if (val < -1 || val > 255)
			return -EINVAL;
		rs->hop_limit = val;
		return 0;
	case IPV6_MULTICAST_HOPS:
		/* do_ipv6_setsockopt: -1 restores the default. */
		if (val < -1 || val > 255)
			return -EINVAL;
		rs->mcast_hops = val;
		return 0;
	case IPV6_MULTICAST_LOOP:
		if (val != 0 && val != 1)
			return -EINVAL;
		rs->mc_loop = val != 0;
		return 0;
	case IPV6_MTU_DISCOVER:
		if (val < IPV6_PMTUDISC_DONT || val > IPV6_PMTUDISC_PROBE)
			return -EINVAL;
		rs->pmtudisc = val;
		return 0;
	case IPV6_RECVERR:
		rs->recverr = val != 0;
		if (!val)
			sock_purge_error_queue(&rs->sk);
		return 0;
	case IPV6_RECVHOPLIMIT:
		rs->recvhoplimit = val != 0;
		return 0;
	default:
		return -ENOPROTOOPT;
	}
}

static int raw6_setsockopt(struct socket *sock, int level, int optname, const void *optval, socklen_t optlen)
{
	struct raw6_sock *rs = raw6_sk(sock);
	int val;

	if (level == SOL_ICMPV6 && optname == ICMP6_FILTER && sock->type == SOCK_RAW) {
		if (optlen > sizeof(rs->filter))
			optlen = sizeof(rs->filter);
		memcpy(&rs->filter, optval, optlen);
		return 0;
	}
	if (level != SOL_IPV6)
		return -ENOPROTOOPT;
	if (optlen < sizeof(int))
		return -EINVAL;
	memcpy(&val, optval, sizeof(val));
	return raw6_int_opt(rs, optname, val);
}

static int raw6_getsockopt(struct socket *sock, int level, int optname, void *optval, socklen_t *optlen)
{
	struct raw6_sock *rs = raw6_sk(sock);
	int val;

	if (level != SOL_IPV6)
		return -ENOPROTOOPT;
	switch (optname) {
	case IPV6_MTU:
		if (!rs->connected)
			return -ENOTCONN;
		val = rs->mtu;
		break;
	case IPV6_UNICAST_HOPS:
		/* Without a cached route: all's hop_limit, as do_ipv6_getsockopt falls back to. */
		val = rs->hop_limit < 0 ? rs->sk.net->sysctl->v6_all.data[IPV6_DEVCONF_HOP_LIMIT] : rs->hop_limit;
		break;
	case IPV6_MULTICAST_HOPS:
		val = rs->mcast_hops < 0 ? 1 : rs->mcast_hops;
		break;
	case IPV6_MULTICAST_LOOP:
		val = rs->mc_loop;
		break;
	case IPV6_MTU_DISCOVER:
		val = rs->pmtudisc;
		break;
	case IPV6_RECVERR:
		val = rs->recverr;
		break;
	case IPV6_RECVHOPLIMIT:
		val = rs->recvhoplimit;
		break;
	default:
		return -ENOPROTOOPT;
	}
	return put_int_opt(val, optval, optlen);
}

static void raw6_release(struct socket *sock)
{
	struct raw6_sock *rs = raw6_sk(sock);

	/* Off the list, unless the namespace went first (raw6_net_exit took it off). */
	if (rs->sk.net && sock->type == SOCK_RAW)
		vl_list_del(&rs->node);
	free(rs);
}

static const struct proto_ops raw6_ops = {
	.family = AF_INET6,
	.release = raw6_release,
	.bind = raw6_bind,
	.getname = raw6_getname,
	.sendmsg = raw6_sendmsg,
	.recvname = raw6_recvname,
	.recvcmsg = raw6_recvcmsg,
	.setsockopt = raw6_setsockopt,
	.getsockopt = raw6_getsockopt,
};

/* The datagram socket: connect, getsockname and IPV6_MTU only (vethlab carries no UDP). */
static const struct proto_ops udp6_ops = {
	.family = AF_INET6,
	.release = raw6_release,
	.bind = raw6_bind,
	.connect = raw6_connect,
	.getname = raw6_getname,
	.setsockopt = raw6_setsockopt,
	.getsockopt = raw6_getsockopt,
};

/* inet6_create: raw ICMPv6, or a datagram socket. */
static int inet6_create(struct netns *net, struct socket *sock, int protocol)
{
	struct raw6_sock *rs;

	if (sock->type == SOCK_RAW && protocol != IPPROTO_ICMPV6)
		return -EPROTONOSUPPORT;
	if (sock->type == SOCK_DGRAM && protocol && protocol != IPPROTO_UDP)
		return -EPROTONOSUPPORT;
	if (sock->type != SOCK_RAW && sock->type != SOCK_DGRAM)
		return -ESOCKTNOSUPPORT;
	if (!net->ipv6)
		return -EAFNOSUPPORT;
	rs = vl_calloc(1, sizeof(*rs));
	sock_init_data(sock, &rs->sk, net);
	rs->sk.sk_protocol = sock->type == SOCK_RAW ? IPPROTO_ICMPV6 : IPPROTO_UDP;
	rs->hop_limit = -1;
	rs->mcast_hops = -1;
	rs->mc_loop = true;
	rs->pmtudisc = IPV6_PMTUDISC_WANT;
	vl_list_init(&rs->node);
	sock->ops = sock->type == SOCK_RAW ? &raw6_ops : &udp6_ops;
	if (sock->type == SOCK_RAW)
		vl_list_add_tail(&net->ipv6->raw_socks, &rs->node);
	return 0;
}

const struct net_proto_family inet6_family_ops = {
	.family = AF_INET6,
	.create = inet6_create,
};

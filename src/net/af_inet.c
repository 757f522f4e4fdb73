/*
 * af_inet.c: AF_INET sockets: creation (raw ICMP and UDP), binding, the
 * SOL_IP options, ip4_datagram_connect, and what both transports share on
 * output (the size check, DF, local errors). Raw sockets' traffic is in
 * raw.c, UDP's in udp.c.
 */
#include <endian.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "../core/alloc.h"
#include "../core/netdev.h"
#include "../core/netns.h"
#include "../core/world.h"
#include "inet_sock.h"


void inet_sock_init(struct inet_sock *inet)
{
	inet->uc_ttl = -1;
	inet->pmtudisc = IP_PMTUDISC_WANT;
	vl_list_init(&inet->node);
}

void inet_sock_create(struct netns *net, struct socket *sock, int protocol, const struct proto_ops *ops,
		      struct vl_list *list)
{
	struct inet_sock *inet = vl_calloc(1, sizeof(*inet));

	sock_init_data(sock, &inet->sk, net);
	inet_sock_init(inet);
	inet->sk.sk_protocol = protocol;
	sock->ops = ops;
	vl_list_add_tail(list, &inet->node);
}

void inet_socks_orphan(struct vl_list *list)
{
	while (!vl_list_empty(list)) {
		struct inet_sock *inet = inet_sock_of(list->next);

		vl_list_del(&inet->node);
		inet->sk.net = NULL;
	}
}

void inet_sk_flow(const struct inet_sock *inet, uint32_t daddr, struct flow4 *fl)
{
	*fl = (struct flow4){ .daddr = daddr, .saddr = inet->inet_saddr, .oif = inet->sk.sk_bound_dev_if,
			      .mark = inet->sk.sk_mark,
			      .scope = inet->sk.sk_localroute ? RT_SCOPE_LINK : RT_SCOPE_UNIVERSE };
}

bool inet_rt_broadcast(const struct rt_result *rt)
{
	return rt->type == RTN_BROADCAST || ipv4_is_lbcast(rt->daddr);
}

int inet_addr_from(const struct sockaddr *addr, socklen_t addrlen, uint32_t *a)
{
	struct sockaddr_in sin;

	if (addrlen < sizeof(sin))
		return -EINVAL;
	memcpy(&sin, addr, sizeof(sin));
	if (sin.sin_family != AF_INET)
		return -EAFNOSUPPORT;
	*a = be32toh(sin.sin_addr.s_addr);
	return 0;
}

void inet_addr_port_to(struct msghdr *msg, uint32_t a, uint16_t port)
{
	struct sockaddr_in sin = { .sin_family = AF_INET, .sin_addr.s_addr = htobe32(a), .sin_port = htobe16(port) };
	socklen_t n = sizeof(sin);

	if (!msg->msg_name) {
		msg->msg_namelen = 0;
		return;
	}
	if (msg->msg_namelen < n)
		n = msg->msg_namelen;
	memcpy(msg->msg_name, &sin, n);
	msg->msg_namelen = sizeof(sin);
}

void inet_addr_to(struct msghdr *msg, uint32_t a)
{
	inet_addr_port_to(msg, a, 0);
}

void inet_sock_release(struct socket *sock)
{
	struct inet_sock *inet = inet_sk(sock);

	/* Off its namespace's list, unless the namespace went first (inet_socks_orphan). */
	if (inet->sk.net)
		vl_list_del(&inet->node);
	free(inet);
}

int inet_getname(struct socket *sock, struct sockaddr *addr, socklen_t *addrlen)
{
	struct sockaddr_in sin = { .sin_family = AF_INET, .sin_addr.s_addr = htobe32(inet_sk(sock)->inet_saddr) };

	if (*addrlen > sizeof(sin))
		*addrlen = sizeof(sin);
	memcpy(addr, &sin, *addrlen);
	*addrlen = sizeof(sin);
	return 0;
}

void ip_cmsg_recv_err(struct sk_buff *skb, struct msghdr *msg)
{
	struct sock_exterr_skb *serr = SKB_EXT_ERR(skb);
	struct {
		struct sock_extended_err ee;
		struct sockaddr_in offender;
	} errhdr;

	memset(&errhdr, 0, sizeof(errhdr));
	errhdr.ee = serr->ee;
	if (serr->ee.ee_origin == SO_EE_ORIGIN_ICMP) {
		errhdr.offender.sin_family = AF_INET;
		errhdr.offender.sin_addr.s_addr = htobe32(serr->offender);
	}
	put_cmsg(msg, SOL_IP, IP_RECVERR, &errhdr, sizeof(errhdr));
}

int inet_bind(struct socket *sock, const struct sockaddr *addr, socklen_t addrlen)
{
	struct inet_sock *inet = inet_sk(sock);
	struct fib_route *r;
	uint32_t a;
	int err = inet_addr_from(addr, addrlen, &a);

	if (err)
		return err;
	if (a && !ipv4_is_multicast(a) && !inet_lookup_local(inet->sk.net, a) &&
	    (fib_lookup(inet->sk.net, a, 0, &r) || r->type != RTN_BROADCAST))
		return -EADDRNOTAVAIL;
	inet->inet_saddr = a;
	return 0;
}

void ip_local_error(struct inet_sock *inet, uint32_t daddr, uint16_t port, uint32_t err, uint32_t info)
{
	struct sk_buff *n;
	struct sock_exterr_skb *serr;

	if (!inet->recverr)
		return;
	n = alloc_skb(&inet->sk.net->world->skb_pool, 0);
	if (!n)
		return;
	n->tstamp = inet->sk.net->world->clock.now;
	serr = SKB_EXT_ERR(n);
	memset(serr, 0, sizeof(*serr));
	serr->ee = (struct sock_extended_err){ .ee_errno = err, .ee_origin = SO_EE_ORIGIN_LOCAL, .ee_info = info };
	serr->addr = daddr;
	serr->port = port;
	(void)sock_queue_err_skb(&inet->sk, n);
}

int inet_size_check(struct inet_sock *inet, const struct rt_result *rt, uint32_t daddr, uint16_t port, size_t len)
{
	uint32_t mtu = inet->pmtudisc < IP_PMTUDISC_PROBE ? rt->mtu : (uint32_t)rt->dev->mtu;
	bool ignore_df = inet->pmtudisc < IP_PMTUDISC_DO;

	if (mtu > INET_MAX_PAYLOAD)
		mtu = INET_MAX_PAYLOAD;
	if (len + 20 > (ignore_df ? INET_MAX_PAYLOAD : mtu)) {
		ip_local_error(inet, daddr, port, EMSGSIZE, mtu);
		return -EMSGSIZE;
	}
	return 0;
}

bool inet_df(const struct inet_sock *inet, const struct rt_result *rt, size_t len)
{
	if (inet->pmtudisc == IP_PMTUDISC_DO || inet->pmtudisc == IP_PMTUDISC_PROBE)
		return true;
	return inet->pmtudisc == IP_PMTUDISC_WANT && !rt->pmtu_lock && len + 20 <= rt->mtu;
}

/* do_ip_setsockopt: the options ping sets. */
int inet_setsockopt(struct socket *sock, int level, int optname, const void *optval, socklen_t optlen)
{
	struct inet_sock *inet = inet_sk(sock);
	int val;

	if (level != SOL_IP)
		return -ENOPROTOOPT;
	if (optlen < sizeof(int))
		return -EINVAL;
	memcpy(&val, optval, sizeof(val));
	switch (optname) {
	case IP_TTL:
		if (val != -1 && (val < 1 || val > 255))
			return -EINVAL;
		inet->uc_ttl = val;
		return 0;
	case IP_TOS:
		inet->tos = (uint8_t)val;
		return 0;
	case IP_MTU_DISCOVER:
		if (val < IP_PMTUDISC_DONT || val > IP_PMTUDISC_PROBE)
			return -EINVAL;
		inet->pmtudisc = (uint8_t)val;
		return 0;
	case IP_RECVERR:
		inet->recverr = val != 0;
		if (!val)
			sock_purge_error_queue(&inet->sk);
		return 0;
	case IP_RECVTTL:
		inet->recvttl = val != 0;
		return 0;
	default:
		return -ENOPROTOOPT;
	}
}

int inet_getsockopt(struct socket *sock, int level, int optname, void *optval, socklen_t *optlen)
{
	struct inet_sock *inet = inet_sk(sock);
	int val;

	if (level != SOL_IP)
		return -ENOPROTOOPT;
	switch (optname) {
	case IP_TTL:
		val = inet->uc_ttl == -1 ? ip4_dst_hoplimit(inet->sk.net) : inet->uc_ttl;
		break;
	case IP_TOS:
		val = inet->tos;
		break;
	case IP_MTU_DISCOVER:
		val = inet->pmtudisc;
		break;
	case IP_RECVERR:
		val = inet->recverr;
		break;
	case IP_RECVTTL:
		val = inet->recvttl;
		break;
	default:
		return -ENOPROTOOPT;
	}
	return put_int_opt(val, optval, optlen);
}

/*
 * ip4_datagram_connect: the route to the address, with the socket's device,
 * mark and SO_DONTROUTE; a broadcast needs SO_BROADCAST; a connect that
 * finds no route is counted (OutNoRoutes). The route's source becomes the
 * socket's.
 */
int inet_dgram_connect(struct socket *sock, const struct sockaddr *addr, socklen_t addrlen, int flags)
{
	struct inet_sock *inet = inet_sk(sock);
	struct rt_result rt;
	struct flow4 fl;
	uint32_t daddr;
	int err = inet_addr_from(addr, addrlen, &daddr);

	(void)flags;
	if (err)
		return err;
	/*
	 * ip_route_connect: with the socket's device, mark and scope (SO_DONTROUTE:
	 * link only). Without a destination or a source, a first lookup fills them
	 * in (0.0.0.0 becomes 127.0.0.1) and the route is looked up again with
	 * them, so the source must then be one of this host's (no 127.0.0.1 in a
	 * namespace whose lo never came up: -ENETUNREACH) and rules `from` it apply.
	 */
	inet_sk_flow(inet, daddr, &fl);
	err = ip_route_output(inet->sk.net, &fl, &rt);
	if (!err && (!daddr || !inet->inet_saddr))
		err = ip_route_output(inet->sk.net, &fl, &rt);
	if (!err && inet_rt_broadcast(&rt) && !inet->sk.sk_broadcast)
		err = -EACCES;
	if (err == -ENETUNREACH)
		ip_inc_stats(inet->sk.net, IPSTATS_MIB_OUTNOROUTES);
	if (err)
		return err;
	if (!inet->inet_saddr)
		inet->inet_saddr = rt.saddr;
	inet->inet_daddr = fl.daddr;
	return 0;
}

/* inet_create: raw ICMP, or a UDP socket; vethlab has no other transport. */
static int inet_create(struct netns *net, struct socket *sock, int protocol)
{
	if (sock->type == SOCK_RAW)
		return protocol == IPPROTO_ICMP ? raw_create(net, sock, protocol) : -EPROTONOSUPPORT;
	if (sock->type == SOCK_DGRAM)
		return !protocol || protocol == IPPROTO_UDP ? udp_create(net, sock) : -EPROTONOSUPPORT;
	return -ESOCKTNOSUPPORT;
}

const struct net_proto_family inet_family_ops = {
	.family = AF_INET,
	.create = inet_create,
};

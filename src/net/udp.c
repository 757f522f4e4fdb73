/*
 * udp.c: UDP over IPv4 (net/ipv4/udp.c), as far as what tools send needs
 * it: sockets that bind, connect and send (udp_sendmsg, with the socket's
 * TTL, TOS, path MTU discovery and local EMSGSIZE errors), receive what
 * comes to their port, and get the ICMP errors about what they sent onto
 * their error queue under IP_RECVERR (__udp4_lib_err); a datagram for a
 * port nobody has is counted (NoPorts) and answered with a port
 * unreachable (__udp4_lib_rcv). Every socket of a namespace is on one
 * list: a lookup walks that namespace's few UDP sockets, never others'.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "../core/alloc.h"
#include "../core/netdev.h"
#include "../core/netns.h"
#include "../core/trace.h"
#include "../core/world.h"
#include "../uapi/icmp.h"
#include "inet_sock.h"
#include "wire.h"

#define UDP_HLEN 8
#define UDP_PORT_LOW 32768    /* net.ipv4.ip_local_port_range's default */
#define UDP_PORT_HIGH 60999

/* What a received datagram keeps in cb for recvmsg: where it came from, and its TTL. */
struct udp_skb_cb {
	uint32_t saddr;
	uint16_t sport;
	uint8_t ttl;
};

static struct udp_skb_cb *UDP_SKB_CB(struct sk_buff *skb)
{
	_Static_assert(sizeof(struct udp_skb_cb) <= sizeof(skb->cb), "udp_skb_cb fits in cb");
	return (struct udp_skb_cb *)skb->cb;
}


static bool port_in_use(struct netns *net, uint16_t port)
{
	struct vl_list *pos;

	vl_list_for_each(pos, &ipv4_net(net)->udp_socks)
		if (inet_sock_of(pos)->inet_sport == port)
			return true;
	return false;
}

/* inet_autobind: an ephemeral port from ip_local_port_range, at random as the kernel picks it. */
static int udp_autobind(struct inet_sock *inet)
{
	struct world *w = inet->sk.net->world;
	uint32_t span = UDP_PORT_HIGH - UDP_PORT_LOW + 1, start = vl_rng_below(&w->rng, span);

	if (inet->inet_sport)
		return 0;
	for (uint32_t i = 0; i < span; i++) {
		uint16_t port = (uint16_t)(UDP_PORT_LOW + (start + i) % span);

		if (!port_in_use(inet->sk.net, port)) {
			inet->inet_sport = port;
			return 0;
		}
	}
	return -EAGAIN;
}

/* udp_v4_get_port for an explicit bind: the port may not be taken (no SO_REUSEADDR here). */
static int udp_bind(struct socket *sock, const struct sockaddr *addr, socklen_t addrlen)
{
	struct inet_sock *inet = inet_sk(sock);
	struct sockaddr_in sin;
	uint16_t port;
	int err;

	if (inet->inet_sport)
		return -EINVAL;
	err = inet_bind(sock, addr, addrlen);
	if (err)
		return err;
	memcpy(&sin, addr, sizeof(sin));
	port = be16toh(sin.sin_port);
	if (!port)
		return udp_autobind(inet);
	if (port_in_use(inet->sk.net, port)) {
		inet->inet_saddr = 0;
		return -EADDRINUSE;
	}
	inet->inet_sport = port;
	return 0;
}

static int udp_connect(struct socket *sock, const struct sockaddr *addr, socklen_t addrlen, int flags)
{
	struct inet_sock *inet = inet_sk(sock);
	struct sockaddr_in sin;
	int err = inet_dgram_connect(sock, addr, addrlen, flags);

	if (err)
		return err;
	memcpy(&sin, addr, sizeof(sin));
	inet->inet_dport = be16toh(sin.sin_port);
	return udp_autobind(inet);
}

static int udp_getname(struct socket *sock, struct sockaddr *addr, socklen_t *addrlen)
{
	struct inet_sock *inet = inet_sk(sock);
	struct sockaddr_in sin = { .sin_family = AF_INET, .sin_port = htobe16(inet->inet_sport),
				   .sin_addr.s_addr = htobe32(inet->inet_saddr) };

	if (*addrlen > sizeof(sin))
		*addrlen = sizeof(sin);
	memcpy(addr, &sin, *addrlen);
	*addrlen = sizeof(sin);
	return 0;
}

/* The UDP checksum over the pseudo-header and the datagram; 0 goes on the wire as 0xffff. */
static uint16_t udp_csum(uint32_t saddr, uint32_t daddr, const uint8_t *udp, size_t len)
{
	uint32_t sum = (saddr >> 16) + (saddr & 0xffff) + (daddr >> 16) + (daddr & 0xffff) + IPPROTO_UDP +
		       (uint32_t)len;
	uint16_t c = (uint16_t)~csum_partial(udp, len, sum);

	return c ? c : 0xffff;
}

/* The destination: msg_name's address and port, else the connected ones. */
static int udp_dest(const struct inet_sock *inet, const struct msghdr *msg, uint32_t *daddr, uint16_t *dport)
{
	struct sockaddr_in sin;

	if (!msg->msg_name) {
		if (!inet->inet_daddr)
			return -EDESTADDRREQ;
		*daddr = inet->inet_daddr;
		*dport = inet->inet_dport;
		return 0;
	}
	if (msg->msg_namelen < sizeof(sin))
		return -EINVAL;
	memcpy(&sin, msg->msg_name, sizeof(sin));
	if (sin.sin_family != AF_INET)
		return sin.sin_family ? -EAFNOSUPPORT : -EINVAL;
	*daddr = be32toh(sin.sin_addr.s_addr);
	*dport = be16toh(sin.sin_port);
	return *dport ? 0 : -EINVAL;
}

/* udp_sendmsg: the data behind a UDP header, routed as the socket asks; the length sent. */
static int udp_sendmsg(struct socket *sock, struct msghdr *msg)
{
	struct inet_sock *inet = inet_sk(sock);
	struct netns *net = inet->sk.net;
	size_t len = msg_data_left(msg);
	struct rt_result rt;
	struct flow4 fl;
	struct sk_buff *skb;
	uint32_t daddr;
	uint16_t dport;
	uint8_t *uh;
	int err;

	if (len > 0xffff)
		return -EMSGSIZE;
	err = udp_dest(inet, msg, &daddr, &dport);
	if (!err)
		err = udp_autobind(inet);
	if (err)
		return err;
	inet_sk_flow(inet, daddr, &fl);
	err = ip_route_output_cached(net, &inet->dst_cache, &fl, &rt);
	if (err)
		return err;
	if (inet_rt_broadcast(&rt) && !inet->sk.sk_broadcast)
		return -EACCES;
	err = inet_size_check(inet, &rt, daddr, inet->inet_dport, len + UDP_HLEN);
	if (err)
		return err;
	skb = alloc_skb(&net->world->skb_pool, (uint32_t)(len + UDP_HLEN + 64));
	if (!skb)
		return -ENOBUFS;
	/* Fits: allocated above for the header, len and 64 more. */
	uh = skb_put(skb, (uint32_t)(len + UDP_HLEN));
	put16(uh, inet->inet_sport);
	put16(uh + 2, dport);
	put16(uh + 4, (uint16_t)(len + UDP_HLEN));
	put16(uh + 6, 0);
	memcpy_from_msg(uh + UDP_HLEN, msg, len);
	put16(uh + 6, udp_csum(rt.saddr, rt.daddr, uh, len + UDP_HLEN));
	skb->dev = rt.dev;
	err = ip_send(net, skb, &rt, IPPROTO_UDP, inet->uc_ttl < 0 ? ip4_dst_hoplimit(net) : (uint8_t)inet->uc_ttl, inet->tos,
		      inet_df(inet, &rt, len + UDP_HLEN));
	/* udp_send_skb: a drop the socket is not told of (ENOBUFS without IP_RECVERR) is no error. */
	if (err == -ENOBUFS && !inet->recverr)
		err = 0;
	udp_inc_stats(net, err ? UDP_MIB_SNDBUFERRORS : UDP_MIB_OUTDATAGRAMS);
	return err ? err : (int)len;
}

/* __udp4_lib_lookup: the socket bound to the datagram's port (and address, and device, and peer). */
static struct inet_sock *udp_lookup(struct netns *net, uint32_t saddr, uint16_t sport, uint32_t daddr,
				    uint16_t dport, int dif)
{
	struct vl_list *pos;

	vl_list_for_each(pos, &ipv4_net(net)->udp_socks) {
		struct inet_sock *inet = inet_sock_of(pos);

		if (inet->inet_sport != dport || (inet->inet_saddr && inet->inet_saddr != daddr) ||
		    (inet->sk.sk_bound_dev_if && inet->sk.sk_bound_dev_if != dif))
			continue;
		if (inet->inet_daddr && (inet->inet_daddr != saddr || inet->inet_dport != sport))
			continue;
		return inet;
	}
	return NULL;
}

/* Whether the datagram's route is RTCF_BROADCAST or RTCF_MULTICAST (only looked at when no socket takes it). */
static bool udp_broadcast(struct netns *net, const struct sk_buff *skb, uint32_t daddr)
{
	struct fib_route *r;

	if (ipv4_is_multicast(daddr) || ipv4_is_lbcast(daddr) || skb->pkt_type == PACKET_BROADCAST ||
	    skb->rt_bcast)
		return true;
	return !fib_lookup(net, daddr, 0, &r) && r->type == RTN_BROADCAST;
}

/* For `why`: the port nobody has, which the sender learns from the port unreachable. */
static void trace_no_port(struct sk_buff *skb, const struct iphdr_view *ip)
{
	char state[TRACE_STATE];
	uint32_t d = ip->daddr;

	if (!trace_on(skb))
		return;
	snprintf(state, sizeof(state), "no socket has UDP port %u of %s", get16(skb->data + 2), TRACE_IP4(d));
	trace_decide(skb, "__udp4_lib_rcv",
		     "a UDP datagram for a port no socket has is answered with a port unreachable (the end tracepath and traceroute wait for)",
		     state, "");
}

void udp_rcv(struct sk_buff *skb, const struct iphdr_view *ip)
{
	struct netns *net = skb->dev->net;
	int dif = skb->rt_iif ? skb->rt_iif : skb->skb_iif;
	struct inet_sock *inet;
	struct udp_skb_cb *cb;
	uint16_t ulen;

	ip_inc_stats(net, IPSTATS_MIB_INDELIVERS);
	ulen = skb->len >= UDP_HLEN ? get16(skb->data + 4) : 0;
	if (skb->len < UDP_HLEN || ulen < UDP_HLEN || ulen > skb->len) {
		udp_inc_stats(net, UDP_MIB_INERRORS);
		kfree_skb_reason(skb, SKB_DROP_REASON_PKT_TOO_SMALL);
		return;
	}
	inet = udp_lookup(net, ip->saddr, get16(skb->data), ip->daddr, get16(skb->data + 2), dif);
	if (!inet) {
		/* __udp4_lib_mcast_deliver: a broadcast nobody takes is ignored, and not answered. */
		if (udp_broadcast(net, skb, ip->daddr)) {
			udp_inc_stats(net, UDP_MIB_IGNOREDMULTI);
		} else {
			udp_inc_stats(net, UDP_MIB_NOPORTS);
			trace_no_port(skb, ip);
			icmp_send(skb, ICMP_DEST_UNREACH, ICMP_PORT_UNREACH, 0);
		}
		kfree_skb_reason(skb, SKB_DROP_REASON_NO_SOCKET);
		return;
	}
	cb = UDP_SKB_CB(skb);
	cb->saddr = ip->saddr;
	cb->sport = get16(skb->data);
	cb->ttl = ip->ttl;
	/* Cannot fail: checked against the length above. */
	(void)!skb_pull(skb, UDP_HLEN);
	skb->len = ulen - UDP_HLEN;
	trace_skb(skb, TRACE_DELIVER, "udp_queue_rcv_skb");
	if (sock_queue_rcv_skb(&inet->sk, skb))
		udp_inc_stats(net, UDP_MIB_RCVBUFERRORS);
	else
		udp_inc_stats(net, UDP_MIB_INDATAGRAMS);
}

/* icmp_err_convert: the errno an unreachable code stands for, and whether it is fatal (hard). */
static uint32_t udp_unreach_errno(uint8_t code, bool *hard)
{
	static const uint8_t errnos[16] = {
		ENETUNREACH, EHOSTUNREACH, ENOPROTOOPT, ECONNREFUSED, EMSGSIZE, EOPNOTSUPP,
		ENETUNREACH, EHOSTDOWN, ENONET, ENETUNREACH, EHOSTUNREACH, ENETUNREACH,
		EHOSTUNREACH, EHOSTUNREACH, EHOSTUNREACH, EHOSTUNREACH,
	};
	static const uint16_t fatal = 1u << 2 | 1u << 3 | 1u << 4 | 1u << 5 | 1u << 6 | 1u << 7 | 1u << 8 |
				      1u << 9 | 1u << 10 | 1u << 13 | 1u << 14 | 1u << 15;

	*hard = code < 16 && (fatal >> code & 1);
	return code < 16 ? errnos[code] : EHOSTUNREACH;
}

/* ip_icmp_error: the error, with what the ICMP message quotes of our datagram's payload. */
static void udp_queue_err(struct inet_sock *inet, const struct sk_buff *skb, const struct iphdr_view *ip,
			  uint32_t off, uint32_t err, uint32_t info)
{
	const uint8_t *icmp = skb->data, *q = icmp + 8;
	struct sock_exterr_skb *serr;
	struct sk_buff *n = skb_copy(skb);

	/* Cannot fail: the caller checked the quote reaches past the UDP header. */
	(void)!skb_pull(n, off);
	serr = SKB_EXT_ERR(n);
	memset(serr, 0, sizeof(*serr));
	serr->ee = (struct sock_extended_err){ .ee_errno = err, .ee_origin = SO_EE_ORIGIN_ICMP,
					       .ee_type = icmp[0], .ee_code = icmp[1], .ee_info = info };
	serr->addr = get32(q + 16);
	serr->port = get16(q + (q[0] & 15) * 4 + 2);
	serr->offender = ip->saddr;
	serr->ttl = ip->ttl;
	(void)sock_queue_err_skb(&inet->sk, n);
}

void udp_err(struct sk_buff *skb, const struct iphdr_view *ip)
{
	const uint8_t *icmp = skb->data, *q = icmp + 8, *uh;
	uint8_t type = icmp[0], code = icmp[1];
	uint32_t ihl, err = EHOSTUNREACH, info = 0;
	struct inet_sock *inet;
	bool hard = false;

	ihl = (uint32_t)(q[0] & 15) * 4;
	if (skb->len < 8 + ihl + UDP_HLEN || type == ICMP_SOURCE_QUENCH || type == ICMP_REDIRECT)
		return;
	uh = q + ihl;
	/* The datagram went from us: its source is the socket's address and port. */
	inet = udp_lookup(skb->dev->net, get32(q + 16), get16(uh + 2), get32(q + 12), get16(uh), skb->dev->ifindex);
	if (!inet)
		return;
	if (type == ICMP_PARAMETERPROB) {
		err = EPROTO;
		hard = true;
	} else if (type == ICMP_DEST_UNREACH && code == ICMP_FRAG_NEEDED) {
		if (inet->pmtudisc == IP_PMTUDISC_DONT)
			return;
		err = EMSGSIZE;
		info = get16(icmp + 6);
		hard = true;
	} else if (type == ICMP_DEST_UNREACH) {
		err = udp_unreach_errno(code, &hard);
	}
	if (!inet->recverr && (!hard || !inet->inet_daddr))
		return;
	/*
	 * The kernel queues the error (one wakeup), then sets sk_err (another);
	 * the owner runs after both. Here it runs in the wakeup itself, so it
	 * gets one, with both done.
	 */
	inet->sk.sk_err = (int)err;
	if (inet->recverr)
		udp_queue_err(inet, skb, ip, 8 + ihl + UDP_HLEN, err, info);
	else
		sk_error_report(&inet->sk);
}

static void udp_recvname(struct socket *sock, const struct sk_buff *skb, struct msghdr *msg, bool errqueue)
{
	(void)sock;
	if (errqueue) {
		const struct sock_exterr_skb *serr = SKB_EXT_ERR((struct sk_buff *)skb);

		inet_addr_port_to(msg, serr->addr, serr->port);
	} else {
		const struct udp_skb_cb *cb = UDP_SKB_CB((struct sk_buff *)skb);

		inet_addr_port_to(msg, cb->saddr, cb->sport);
	}
}

/* ip_cmsg_recv's IP_TTL (for an ICMP error, the error's own TTL), then ip_recv_error's IP_RECVERR. */
static void udp_recvcmsg(struct socket *sock, const struct sk_buff *skb, struct msghdr *msg, bool errqueue)
{
	struct inet_sock *inet = inet_sk(sock);
	struct sk_buff *s = (struct sk_buff *)skb;
	int ttl;

	if (!errqueue) {
		ttl = UDP_SKB_CB(s)->ttl;
		if (inet->recvttl)
			put_cmsg(msg, SOL_IP, IP_TTL, &ttl, sizeof(ttl));
		return;
	}
	ttl = SKB_EXT_ERR(s)->ttl;
	if (inet->recvttl && SKB_EXT_ERR(s)->ee.ee_origin == SO_EE_ORIGIN_ICMP)
		put_cmsg(msg, SOL_IP, IP_TTL, &ttl, sizeof(ttl));
	ip_cmsg_recv_err(s, msg);
	/* sock_dequeue_err_skb: the pending error becomes the next entry's, or none. */
	inet->sk.sk_err = inet->sk.sk_error_queue.first ? (int)SKB_EXT_ERR(inet->sk.sk_error_queue.first)->ee.ee_errno : 0;
}

static const struct proto_ops udp_ops = {
	.family = AF_INET,
	.release = inet_sock_release,
	.bind = udp_bind,
	.connect = udp_connect,
	.getname = udp_getname,
	.sendmsg = udp_sendmsg,
	.recvname = udp_recvname,
	.recvcmsg = udp_recvcmsg,
	.setsockopt = inet_setsockopt,
	.getsockopt = inet_getsockopt,
};

int udp_create(struct netns *net, struct socket *sock)
{
	inet_sock_create(net, sock, IPPROTO_UDP, &udp_ops, &ipv4_net(net)->udp_socks);
	return 0;
}

void udp_net_exit(struct ipv4_net *in)
{
	inet_socks_orphan(&in->udp_socks);
}

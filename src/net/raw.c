/*
 * raw.c: raw ICMP sockets (what ping opens as root): sending an ICMP message
 * the caller built (raw_sendmsg), receiving every ICMP message with its IP
 * header (raw_v4_input, through ICMP_FILTER), ICMP errors onto the error
 * queue (raw_err, under IP_RECVERR), and their device binding rules.
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

#define RAW_MAX_PAYLOAD INET_MAX_PAYLOAD


/* icmp_filter: true when the socket's ICMP_FILTER drops the message. */
static bool raw_icmp_filtered(const struct inet_sock *inet, const struct sk_buff *skb)
{
	uint8_t type;

	if (skb->len < 8)
		return true;
	type = skb->data[0];
	return type < 32 && (inet->icmp_filter & (1u << type));
}

/* raw_rcv: a copy from the IP header on (skb is lent: it goes on to icmp_rcv). */
static void raw_rcv(struct inet_sock *inet, const struct sk_buff *skb)
{
	struct sk_buff *n;
	uint32_t hlen;

	if (raw_icmp_filtered(inet, skb))
		return;
	n = skb_copy(skb);
	hlen = (uint32_t)(n->data - skb_network_header(n));
	/* Cannot fail: the IP header is still in front of the ICMP message. */
	(void)!skb_push(n, hlen);
	(void)sock_queue_rcv_skb(&inet->sk, n);
}

/*
 * raw_v4_input: the device a socket is bound to must be inet_iif(), which for
 * a packet looped back to a local address is the device owning that address.
 */
bool raw_local_deliver(struct sk_buff *skb, const struct iphdr_view *ip)
{
	struct ipv4_net *in = ipv4_net(skb->dev->net);
	int dif = skb->rt_iif ? skb->rt_iif : skb->skb_iif;
	struct vl_list *pos, *tmp;
	bool taken = false;

	(void)ip;
	vl_list_for_each_safe(pos, tmp, &in->raw_socks) {
		struct inet_sock *inet = inet_sock_of(pos);

		if (inet->sk.sk_bound_dev_if && inet->sk.sk_bound_dev_if != dif)
			continue;
		trace_skb(skb, TRACE_DELIVER, "raw_local_deliver");
		raw_rcv(inet, skb);
		taken = true;
	}
	return taken;
}

/* icmp_err_convert: the errno an unreachable code stands for. */
static uint32_t unreach_errno(uint8_t code)
{
	static const uint8_t errnos[16] = {
		ENETUNREACH, EHOSTUNREACH, ENOPROTOOPT, ECONNREFUSED, EMSGSIZE, EOPNOTSUPP,
		ENETUNREACH, EHOSTDOWN, ENONET, ENETUNREACH, EHOSTUNREACH, ENETUNREACH,
		EHOSTUNREACH, EHOSTUNREACH, EHOSTUNREACH, EHOSTUNREACH,
	};

	return code < 16 ? errnos[code] : EHOSTUNREACH;
}

/* raw_err: the error and the info ICMP gives, queued with what the error quotes (our packet's payload). */
static void raw_err(struct inet_sock *inet, const struct sk_buff *skb, const struct iphdr_view *ip)
{
	const uint8_t *icmp = skb->data;
	uint8_t type = icmp[0], code = icmp[1];
	struct sock_exterr_skb *serr;
	uint32_t err = EHOSTUNREACH, info = 0, ihl;
	struct sk_buff *n;

	if (!inet->recverr || type == ICMP_SOURCE_QUENCH)
		return;
	ihl = (uint32_t)(icmp[8] & 15) * 4;
	if (skb->len < 8 + ihl)
		return;
	if (type == ICMP_PARAMETERPROB) {
		err = EPROTO;
		info = get32(icmp + 4) >> 24;
	} else if (type == ICMP_DEST_UNREACH && code == ICMP_FRAG_NEEDED) {
		err = inet->pmtudisc != IP_PMTUDISC_DONT ? EMSGSIZE : EHOSTUNREACH;
		info = get16(icmp + 6);
	} else if (type == ICMP_DEST_UNREACH) {
		err = unreach_errno(code);
	} else if (type == ICMP_REDIRECT) {
		info = get32(icmp + 4);
	}
	n = skb_copy(skb);
	/* Cannot fail: checked against the length above. */
	(void)!skb_pull(n, 8 + ihl);
	serr = SKB_EXT_ERR(n);
	memset(serr, 0, sizeof(*serr));
	serr->ee = (struct sock_extended_err){ .ee_errno = err, .ee_origin = SO_EE_ORIGIN_ICMP,
					       .ee_type = type, .ee_code = code, .ee_info = info };
	serr->addr = get32(icmp + 8 + 16);
	serr->offender = ip->saddr;
	(void)sock_queue_err_skb(&inet->sk, n);
}

/* raw_icmp_error: here the binding is checked against the receiving device itself. */
void raw_icmp_error(struct sk_buff *skb, const struct iphdr_view *ip)
{
	struct ipv4_net *in = ipv4_net(skb->dev->net);
	struct vl_list *pos, *tmp;

	vl_list_for_each_safe(pos, tmp, &in->raw_socks) {
		struct inet_sock *inet = inet_sock_of(pos);

		if (inet->sk.sk_bound_dev_if && inet->sk.sk_bound_dev_if != skb->dev->ifindex)
			continue;
		raw_err(inet, skb, ip);
	}
}

/* raw_sendmsg: the caller's ICMP message behind an IP header, routed as the socket asks. */
static int raw_sendmsg(struct socket *sock, struct msghdr *msg)
{
	struct inet_sock *inet = inet_sk(sock);
	struct netns *net = inet->sk.net;
	size_t len = msg_data_left(msg);
	struct rt_result rt;
	struct flow4 fl;
	struct sk_buff *skb;
	uint32_t daddr = inet->inet_daddr;
	int err;

	if (msg->msg_name && (err = inet_addr_from(msg->msg_name, msg->msg_namelen, &daddr)))
		return err;
	if (!msg->msg_name && !daddr)
		return -EDESTADDRREQ;
	if (len > RAW_MAX_PAYLOAD)
		return -EMSGSIZE;
	inet_sk_flow(inet, daddr, &fl);
	err = ip_route_output_cached(net, &inet->dst_cache, &fl, &rt);
	if (err)
		return err;
	if (inet_rt_broadcast(&rt) && !inet->sk.sk_broadcast)
		return -EACCES;
	err = inet_size_check(inet, &rt, daddr, 0, len);
	if (err)
		return err;
	skb = alloc_skb(&net->world->skb_pool, (uint32_t)len + 64);
	if (!skb)
		return -ENOBUFS;
	/* Fits: allocated above for len (and 64 more). */
	memcpy_from_msg(skb_put(skb, (uint32_t)len), msg, len);
	skb->dev = rt.dev;
	err = ip_send(net, skb, &rt, IPPROTO_ICMP, inet->uc_ttl < 0 ? ip4_dst_hoplimit(net) : (uint8_t)inet->uc_ttl, inet->tos,
		      inet_df(inet, &rt, len));
	return err ? err : (int)len;
}

static void raw_recvname(struct socket *sock, const struct sk_buff *skb, struct msghdr *msg, bool errqueue)
{
	(void)sock;
	if (errqueue)
		inet_addr_to(msg, SKB_EXT_ERR((struct sk_buff *)skb)->addr);
	else
		inet_addr_to(msg, skb->len >= 20 ? get32(skb->data + 12) : 0);
}

/* ip_cmsg_recv and ip_recv_error: the TTL the packet came with, or the error. */
static void raw_recvcmsg(struct socket *sock, const struct sk_buff *skb, struct msghdr *msg, bool errqueue)
{
	struct inet_sock *inet = inet_sk(sock);

	if (errqueue) {
		ip_cmsg_recv_err((struct sk_buff *)skb, msg);
	} else if (inet->recvttl && skb->len >= 20) {
		int ttl = skb->data[8];

		put_cmsg(msg, SOL_IP, IP_TTL, &ttl, sizeof(ttl));
	}
}

static int raw_setsockopt(struct socket *sock, int level, int optname, const void *optval, socklen_t optlen)
{
	struct icmp_filter f;

	if (level != SOL_RAW)
		return inet_setsockopt(sock, level, optname, optval, optlen);
	if (optname != ICMP_FILTER)
		return -ENOPROTOOPT;
	if (optlen > sizeof(f))
		optlen = sizeof(f);
	f.data = 0;
	memcpy(&f, optval, optlen);
	inet_sk(sock)->icmp_filter = f.data;
	return 0;
}

static int raw_getsockopt(struct socket *sock, int level, int optname, void *optval, socklen_t *optlen)
{
	struct icmp_filter f = { .data = inet_sk(sock)->icmp_filter };

	if (level != SOL_RAW)
		return inet_getsockopt(sock, level, optname, optval, optlen);
	if (optname != ICMP_FILTER)
		return -ENOPROTOOPT;
	if (*optlen > sizeof(f))
		*optlen = sizeof(f);
	memcpy(optval, &f, *optlen);
	return 0;
}

static const struct proto_ops raw_ops = {
	.family = AF_INET,
	.release = inet_sock_release,
	.bind = inet_bind,
	.getname = inet_getname,
	.sendmsg = raw_sendmsg,
	.recvname = raw_recvname,
	.recvcmsg = raw_recvcmsg,
	.setsockopt = raw_setsockopt,
	.getsockopt = raw_getsockopt,
};

int raw_create(struct netns *net, struct socket *sock, int protocol)
{
	inet_sock_create(net, sock, protocol, &raw_ops, &ipv4_net(net)->raw_socks);
	return 0;
}

void raw_net_exit(struct ipv4_net *in)
{
	inet_socks_orphan(&in->raw_socks);
}

/* inet_sock.h: what an AF_INET socket keeps besides struct sock (struct inet_sock), shared by af_inet.c and raw.c. */
#ifndef VL_INET_SOCK_H
#define VL_INET_SOCK_H

#include "../uapi/errqueue.h"
#include "ipv4.h"
#include "sock.h"

struct inet_sock {
	struct sock sk;
	struct vl_list node;          /* raw: in ipv4_net's raw_socks; UDP: in its udp_socks */
	uint32_t inet_saddr;          /* bound (or connected) source, host order; 0 none */
	uint32_t inet_daddr;          /* connected destination; 0 none */
	uint16_t inet_sport;          /* UDP: the bound port (inet_num), host order; 0 none yet */
	uint16_t inet_dport;          /* UDP: the connected port, host order */
	int uc_ttl;                   /* IP_TTL; -1 the default */
	uint8_t tos;                  /* IP_TOS */
	uint8_t pmtudisc;             /* IP_MTU_DISCOVER */
	bool recverr;                 /* IP_RECVERR */
	bool recvttl;                 /* IP_RECVTTL */
	uint32_t icmp_filter;         /* raw: ICMP_FILTER */
	struct dst_cache4 dst_cache;  /* sk_dst_cache: the last route sendmsg found */
};

/* What an error queue entry keeps in skb->cb (struct sock_exterr_skb). */
struct sock_exterr_skb {
	struct sock_extended_err ee;
	uint32_t addr;                /* the destination the error is about (msg_name) */
	uint32_t offender;            /* who sent the ICMP error; 0 for a local one */
	uint16_t port;                /* the destination port the error is about (msg_name's sin_port) */
	uint8_t ttl;                  /* the ICMP error's own TTL (IP_RECVTTL's cmsg on the error queue) */
};

static inline struct inet_sock *inet_sk(const struct socket *sock)
{
	return vl_container_of(sock->sk, struct inet_sock, sk);
}

static inline struct sock_exterr_skb *SKB_EXT_ERR(struct sk_buff *skb)
{
	_Static_assert(sizeof(struct sock_exterr_skb) <= sizeof(skb->cb), "sock_exterr_skb fits in cb");
	return (struct sock_exterr_skb *)skb->cb;
}

/* af_inet.c: what every AF_INET socket shares. */
void inet_sock_init(struct inet_sock *inet);
/* inet_create for one protocol: a socket with ops, listed in its namespace's list. */
void inet_sock_create(struct netns *net, struct socket *sock, int protocol, const struct proto_ops *ops,
		      struct vl_list *list);
/* A namespace going: its sockets (in list) belong to their tasks, which see it gone (POLLHUP). */
void inet_socks_orphan(struct vl_list *list);
/* close(): off the namespace's list, freed. */
void inet_sock_release(struct socket *sock);
static inline struct inet_sock *inet_sock_of(struct vl_list *pos)
{
	return vl_container_of(pos, struct inet_sock, node);
}
/* The flow a packet from this socket to daddr takes: its source, device, mark and SO_DONTROUTE. */
void inet_sk_flow(const struct inet_sock *inet, uint32_t daddr, struct flow4 *fl);
/* RTCF_BROADCAST: what needs SO_BROADCAST. */
bool inet_rt_broadcast(const struct rt_result *rt);
/* sockaddr_in's address (host order), or -EINVAL / -EAFNOSUPPORT. */
int inet_addr_from(const struct sockaddr *addr, socklen_t addrlen, uint32_t *a);
void inet_addr_to(struct msghdr *msg, uint32_t a);
/* The same with a port (a datagram's sender). */
void inet_addr_port_to(struct msghdr *msg, uint32_t a, uint16_t port);
int inet_setsockopt(struct socket *sock, int level, int optname, const void *optval, socklen_t optlen);
int inet_getsockopt(struct socket *sock, int level, int optname, void *optval, socklen_t *optlen);
/*
 * inet_bind and raw_bind: a local, broadcast or multicast address (or
 * none, 0.0.0.0) becomes the source of what the socket sends; another
 * address is -EADDRNOTAVAIL. A datagram socket's port is not kept.
 */
int inet_bind(struct socket *sock, const struct sockaddr *addr, socklen_t addrlen);
/*
 * ip4_datagram_connect: the route to the address, with the socket's device
 * and mark; a broadcast needs SO_BROADCAST; no route is counted
 * (OutNoRoutes). The route's source becomes the socket's.
 */
int inet_dgram_connect(struct socket *sock, const struct sockaddr *addr, socklen_t addrlen, int flags);
/* What one IPv4 packet can carry, its header included. */
#define INET_MAX_PAYLOAD 0xffff
/* ip_local_error: an error of our own making (EMSGSIZE), about daddr and port, onto the error queue. */
void ip_local_error(struct inet_sock *inet, uint32_t daddr, uint16_t port, uint32_t err, uint32_t info);
/*
 * __ip_append_data's size check of len bytes behind the IP header: with DF
 * promised (IP_PMTUDISC_DO, PROBE) nothing past the MTU goes (the path's
 * learnt one, but the device's for PROBE); otherwise anything up to 64 KB,
 * fragmented on output. -EMSGSIZE, with a local error queued.
 */
int inet_size_check(struct inet_sock *inet, const struct rt_result *rt, uint32_t daddr, uint16_t port, size_t len);
/* __ip_make_skb's DF: always when promised, and for WANT when the packet fits the path unfragmented. */
bool inet_df(const struct inet_sock *inet, const struct rt_result *rt, size_t len);
/* udp.c: a UDP socket (SOCK_DGRAM, 0 or IPPROTO_UDP). */
int udp_create(struct netns *net, struct socket *sock);
int inet_getname(struct socket *sock, struct sockaddr *addr, socklen_t *addrlen);
/* ip_recv_error's cmsg: the entry and the offender. */
void ip_cmsg_recv_err(struct sk_buff *skb, struct msghdr *msg);

/* raw.c */
int raw_create(struct netns *net, struct socket *sock, int protocol);

#endif

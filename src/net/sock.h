/*
 * sock.h: the socket layer's inside (include/net/sock.h): struct socket and
 * struct sock, the ops a family implements, and the queueing helpers the
 * families share. Tools see only socket.h.
 */
#ifndef VL_SOCK_H
#define VL_SOCK_H

#include <stdbool.h>
#include <stdint.h>

#include "../core/skbuff.h"
#include "filter.h"
#include "socket.h"

struct netns;

/* What a family does for a socket's calls (struct proto_ops); NULL is -EOPNOTSUPP. */
struct proto_ops {
	int family;
	/* Detaches from the stack and frees the family's sock (the queues are purged by the caller). */
	void (*release)(struct socket *sock);
	int (*bind)(struct socket *sock, const struct sockaddr *addr, socklen_t addrlen);
	int (*connect)(struct socket *sock, const struct sockaddr *addr, socklen_t addrlen, int flags);
	int (*getname)(struct socket *sock, struct sockaddr *addr, socklen_t *addrlen);
	int (*sendmsg)(struct socket *sock, struct msghdr *msg);
	/* Fills msg_name from the dequeued skb (skb->cb holds what the family kept). */
	void (*recvname)(struct socket *sock, const struct sk_buff *skb, struct msghdr *msg, bool errqueue);
	/* Ancillary data of the family's level (after SOL_SOCKET's) for a packet or an error. */
	void (*recvcmsg)(struct socket *sock, const struct sk_buff *skb, struct msghdr *msg, bool errqueue);
	int (*setsockopt)(struct socket *sock, int level, int optname, const void *optval, socklen_t optlen);
	int (*getsockopt)(struct socket *sock, int level, int optname, void *optval, socklen_t *optlen);
};

/* The family-independent half of a socket. */
struct sock {
	struct socket *sk_socket;
	struct netns *net;            /* NULL once vethlab has freed the namespace (POLLHUP) */
	int sk_type;                  /* SOCK_RAW, SOCK_DGRAM */
	int sk_protocol;
	struct sk_buff_head sk_receive_queue;
	struct sk_buff_head sk_error_queue;
	uint32_t sk_rmem_alloc;       /* what the queues hold (truesize) */
	int sk_rcvbuf;                /* SO_RCVBUF: as the kernel keeps it, twice what was asked */
	int sk_err;                   /* a pending error (SO_ERROR), positive */
	int sk_bound_dev_if;          /* SO_BINDTODEVICE, 0 when unbound */
	uint32_t sk_mark;             /* SO_MARK */
	bool sk_localroute;           /* SO_DONTROUTE: routes of link scope only */
	bool sk_broadcast;            /* SO_BROADCAST */
	bool sk_timestamp, sk_timestamp_ns;  /* SO_TIMESTAMP, SO_TIMESTAMPNS */
	struct sk_filter *sk_filter;  /* SO_ATTACH_FILTER (packet sockets run it), or NULL */
	sk_data_ready_fn sk_data_ready;
	void *sk_user_data;
};

struct socket {
	int type;
	const struct proto_ops *ops;
	struct sock *sk;
};

/* A family's create: sets sock->ops and sock->sk (from sock_init_data), or fails. */
struct net_proto_family {
	int family;
	int (*create)(struct netns *net, struct socket *sock, int protocol);
};

/* Sets up the common half (type, rcvbuf, queues) of a sock the family allocated. */
void sock_init_data(struct socket *sock, struct sock *sk, struct netns *net);
/*
 * sock_queue_rcv_skb: skb joins the receive queue and the owner is told;
 * -ENOMEM (skb freed) when the receive buffer is already full. Consumes
 * skb. The socket may be gone when this returns: touch nothing after.
 */
int sock_queue_rcv_skb(struct sock *sk, struct sk_buff *skb);
/* sock_queue_err_skb: the same for the error queue (MSG_ERRQUEUE). */
int sock_queue_err_skb(struct sock *sk, struct sk_buff *skb);
/* skb_queue_purge of the error queue, as turning IP_RECVERR off does. */
void sock_purge_error_queue(struct sock *sk);
/* sk_error_report: sk_err was set; the owner is told. The socket may be gone after. */
void sk_error_report(struct sock *sk);
/* put_cmsg: one control message into msg_control, or MSG_CTRUNC when it does not fit. */
/* getsockopt's int answer: -EINVAL when optval has no room for one. */
int put_int_opt(int val, void *optval, socklen_t *optlen);
void put_cmsg(struct msghdr *msg, int level, int type, const void *data, size_t len);

/* Copies the iovecs' len bytes into buf (memcpy_from_msg). */
void memcpy_from_msg(uint8_t *buf, const struct msghdr *msg, size_t len);
/* The iovecs' total length. */
size_t msg_data_left(const struct msghdr *msg);

/* af_packet.c, af_inet.c */
extern const struct net_proto_family packet_family_ops;
extern const struct net_proto_family inet_family_ops;
extern const struct net_proto_family inet6_family_ops;

#endif

/*
 * socket.c: the socket layer's calls (net/socket.c) and the queueing and
 * ancillary data every family shares (net/core/sock.c, datagram.c): what
 * a family does not handle itself is answered here.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "../core/alloc.h"
#include "../core/netdev.h"
#include "../core/netns.h"
#include "../core/world.h"
#include "sock.h"

#define SK_RMEM_DEFAULT 212992   /* net.core.rmem_default */
#define SK_RMEM_MAX 212992       /* net.core.rmem_max */
#define SOCK_MIN_RCVBUF 2304     /* 2 * (2048 + sizeof(struct sk_buff)) on the kernel */

static const struct net_proto_family *const net_families[] = {
	&packet_family_ops,
	&inet_family_ops,
	&inet6_family_ops,
};

static const struct net_proto_family *family_find(int family)
{
	for (size_t i = 0; i < sizeof(net_families) / sizeof(net_families[0]); i++)
		if (net_families[i]->family == family)
			return net_families[i];
	return NULL;
}

int sock_create(struct netns *net, int family, int type, int protocol, struct socket **res)
{
	const struct net_proto_family *pf = family_find(family);
	struct socket *sock;
	int err;

	*res = NULL;
	if (!pf)
		return -EAFNOSUPPORT;
	sock = vl_calloc(1, sizeof(*sock));
	/* SOCK_NONBLOCK and SOCK_CLOEXEC: nothing ever blocks, and there is no exec. */
	sock->type = type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC);
	err = pf->create(net, sock, protocol);
	if (err) {
		free(sock);
		return err;
	}
	/* sk_alloc: a socket holds its namespace (get_net), released with it. */
	get_net(net);
	*res = sock;
	return 0;
}

void sock_init_data(struct socket *sock, struct sock *sk, struct netns *net)
{
	sk->sk_socket = sock;
	sk->net = net;
	sk->sk_type = sock->type;
	sk->sk_rcvbuf = SK_RMEM_DEFAULT;
	skb_queue_init(&sk->sk_receive_queue);
	skb_queue_init(&sk->sk_error_queue);
	sock->sk = sk;
}

/* What a queued packet costs the receive buffer: its buffer and its bookkeeping. */
static uint32_t skb_truesize(const struct sk_buff *skb)
{
	return skb_acct_size(skb) + (uint32_t)sizeof(struct sk_buff);
}

/*
 * A queued packet is done with: consumed, for `why`, unless the trace never
 * saw it (a local error the socket layer made, which never was a packet).
 */
static void sock_skb_done(struct sk_buff *skb)
{
	if (skb->trace_id)
		consume_skb(skb);
	else
		skb_free(skb);
}

static void queue_purge(struct sock *sk, struct sk_buff_head *q)
{
	struct sk_buff *skb;

	while ((skb = skb_dequeue(q))) {
		sk->sk_rmem_alloc -= skb_truesize(skb);
		sock_skb_done(skb);
	}
}

void sock_purge_error_queue(struct sock *sk)
{
	queue_purge(sk, &sk->sk_error_queue);
}

void sock_release(struct socket *sock)
{
	struct netns *net;
	struct sock *sk;

	if (!sock)
		return;
	sk = sock->sk;
	queue_purge(sk, &sk->sk_receive_queue);
	queue_purge(sk, &sk->sk_error_queue);
	free(sk->sk_filter);
	net = sk->net;
	sock->ops->release(sock);
	free(sock);
	/* sk_destruct's put_net: a deleted namespace goes with its last socket. */
	put_net(net);
}

static void sk_data_ready(struct sock *sk)
{
	if (sk->sk_data_ready)
		sk->sk_data_ready(sk->sk_socket, sk->sk_user_data);
}

void sock_set_data_ready(struct socket *sock, sk_data_ready_fn fn, void *data)
{
	sock->sk->sk_data_ready = fn;
	sock->sk->sk_user_data = data;
}

static int queue_skb(struct sock *sk, struct sk_buff_head *q, struct sk_buff *skb)
{
	/* As the kernel checks it: the buffer may go over once, not when already full. */
	if (sk->sk_rmem_alloc >= (uint32_t)sk->sk_rcvbuf) {
		consume_skb(skb);
		return -ENOMEM;
	}
	skb->dev = NULL;    /* a queued packet outlives its device */
	skb->sk_ino = sk->net ? sk->net->inum : 0;  /* skb_set_owner_r: its namespace is the socket's */
	sk->sk_rmem_alloc += skb_truesize(skb);
	skb_queue_tail(q, skb);
	sk_data_ready(sk);
	return 0;
}

int sock_queue_rcv_skb(struct sock *sk, struct sk_buff *skb)
{
	return queue_skb(sk, &sk->sk_receive_queue, skb);
}

int sock_queue_err_skb(struct sock *sk, struct sk_buff *skb)
{
	return queue_skb(sk, &sk->sk_error_queue, skb);
}

void sk_error_report(struct sock *sk)
{
	sk_data_ready(sk);
}

unsigned int sock_poll(struct socket *sock)
{
	const struct sock *sk = sock->sk;
	unsigned int mask = 0;

	if (sk->sk_err || sk->sk_error_queue.qlen)
		mask |= POLLERR;
	if (sk->sk_receive_queue.qlen)
		mask |= POLLIN | POLLRDNORM;
	if (!sk->net)
		mask |= POLLHUP;
	return mask;
}

bool sock_recv_ready(const struct socket *sock, bool errqueue)
{
	const struct sock *sk = sock->sk;

	/* sock_recvmsg's early returns: an error queue read ignores sk_err, a normal one reports it. */
	return errqueue ? sk->sk_error_queue.qlen != 0 : sk->sk_err || sk->sk_receive_queue.qlen;
}

int kernel_bind(struct socket *sock, const struct sockaddr *addr, socklen_t addrlen)
{
	if (!sock->sk->net)
		return -ENETDOWN;
	return sock->ops->bind ? sock->ops->bind(sock, addr, addrlen) : -EOPNOTSUPP;
}

int kernel_connect(struct socket *sock, const struct sockaddr *addr, socklen_t addrlen, int flags)
{
	if (!sock->sk->net)
		return -ENETDOWN;
	return sock->ops->connect ? sock->ops->connect(sock, addr, addrlen, flags) : -EOPNOTSUPP;
}

int kernel_getsockname(struct socket *sock, struct sockaddr *addr, socklen_t *addrlen)
{
	return sock->ops->getname ? sock->ops->getname(sock, addr, addrlen) : -EOPNOTSUPP;
}

int sock_sendmsg(struct socket *sock, struct msghdr *msg)
{
	if (!sock->sk->net)
		return -ENETDOWN;
	return sock->ops->sendmsg ? sock->ops->sendmsg(sock, msg) : -EOPNOTSUPP;
}

size_t msg_data_left(const struct msghdr *msg)
{
	size_t len = 0;

	for (size_t i = 0; i < msg->msg_iovlen; i++)
		len += msg->msg_iov[i].iov_len;
	return len;
}

void memcpy_from_msg(uint8_t *buf, const struct msghdr *msg, size_t len)
{
	size_t done = 0;

	for (size_t i = 0; i < msg->msg_iovlen && done < len; i++) {
		size_t n = msg->msg_iov[i].iov_len;

		if (n > len - done)
			n = len - done;
		memcpy(buf + done, msg->msg_iov[i].iov_base, n);
		done += n;
	}
}

void put_cmsg(struct msghdr *msg, int level, int type, const void *data, size_t len)
{
	struct cmsghdr *cm = msg->msg_control;
	size_t space = CMSG_SPACE(len);

	if (!cm || msg->msg_controllen < CMSG_LEN(len)) {
		msg->msg_flags |= MSG_CTRUNC;
		return;
	}
	cm->cmsg_level = level;
	cm->cmsg_type = type;
	cm->cmsg_len = CMSG_LEN(len);
	memcpy(CMSG_DATA(cm), data, len);
	if (space > msg->msg_controllen)
		space = msg->msg_controllen;
	msg->msg_control = (uint8_t *)msg->msg_control + space;
	msg->msg_controllen -= space;
}

/* sock_recv_timestamp: the receive time as the wall clock has it. */
static void recv_timestamp(const struct sock *sk, const struct sk_buff *skb, struct msghdr *msg)
{
	uint64_t sec = sk->net->world->epoch_sec + skb->tstamp / VL_NSEC_PER_SEC;
	uint64_t nsec = skb->tstamp % VL_NSEC_PER_SEC;

	if (sk->sk_timestamp_ns) {
		struct timespec ts = { .tv_sec = (time_t)sec, .tv_nsec = (long)nsec };

		put_cmsg(msg, SOL_SOCKET, SCM_TIMESTAMPNS, &ts, sizeof(ts));
	} else if (sk->sk_timestamp) {
		struct timeval tv = { .tv_sec = (time_t)sec, .tv_usec = (suseconds_t)(nsec / 1000) };

		put_cmsg(msg, SOL_SOCKET, SCM_TIMESTAMP, &tv, sizeof(tv));
	}
}

/* skb_copy_datagram_msg: as much as the iovecs hold. */
static size_t copy_to_iov(struct msghdr *msg, const uint8_t *data, size_t len)
{
	size_t done = 0;

	for (size_t i = 0; i < msg->msg_iovlen && done < len; i++) {
		size_t n = msg->msg_iov[i].iov_len;

		if (n > len - done)
			n = len - done;
		memcpy(msg->msg_iov[i].iov_base, data + done, n);
		done += n;
	}
	return done;
}

int sock_recvmsg(struct socket *sock, struct msghdr *msg, int flags)
{
	struct sock *sk = sock->sk;
	bool errqueue = flags & MSG_ERRQUEUE;
	struct sk_buff_head *q = errqueue ? &sk->sk_error_queue : &sk->sk_receive_queue;
	void *control = msg->msg_control;
	struct sk_buff *skb;
	size_t copied;
	int len;

	msg->msg_flags = 0;
	/* sock_error: a pending error is reported once, before any packet. */
	if (!errqueue && sk->sk_err) {
		int err = sk->sk_err;

		sk->sk_err = 0;
		return -err;
	}
	skb = skb_dequeue(q);
	if (!skb)
		return -EAGAIN;
	sk->sk_rmem_alloc -= skb_truesize(skb);
	copied = copy_to_iov(msg, skb->data, skb->len);
	if (copied < skb->len)
		msg->msg_flags |= MSG_TRUNC;
	if (sock->ops->recvname)
		sock->ops->recvname(sock, skb, msg, errqueue);
	else
		msg->msg_namelen = 0;
	recv_timestamp(sk, skb, msg);
	if (sock->ops->recvcmsg)
		sock->ops->recvcmsg(sock, skb, msg, errqueue);
	if (errqueue)
		msg->msg_flags |= MSG_ERRQUEUE;
	/* What put_cmsg advanced over is what was used. */
	msg->msg_controllen = control ? (size_t)((uint8_t *)msg->msg_control - (uint8_t *)control) : 0;
	msg->msg_control = control;
	len = (int)((flags & MSG_TRUNC) ? skb->len : copied);
	sock_skb_done(skb);
	return len;
}

static int sock_bindtodevice(struct sock *sk, const void *optval, socklen_t optlen)
{
	char name[IFNAMSIZ];
	struct netdev *dev;

	if (optlen > IFNAMSIZ - 1)
		optlen = IFNAMSIZ - 1;
	memset(name, 0, sizeof(name));
	memcpy(name, optval, optlen);
	if (!name[0]) {
		sk->sk_bound_dev_if = 0;
		return 0;
	}
	dev = netdev_get_by_name(sk->net, name);
	if (!dev)
		return -ENODEV;
	sk->sk_bound_dev_if = dev->ifindex;
	return 0;
}

/* sk_attach_filter: the program replaces any before it. */
static int sock_attach_filter(struct sock *sk, const void *optval, socklen_t optlen)
{
	struct sock_fprog fprog;
	struct sk_filter *fp;
	int err;

	if (optlen != sizeof(fprog))
		return -EINVAL;
	memcpy(&fprog, optval, sizeof(fprog));
	fp = sk_filter_create(&fprog, &err);
	if (!fp)
		return err;
	free(sk->sk_filter);
	sk->sk_filter = fp;
	return 0;
}

static int sock_int_opt(const void *optval, socklen_t optlen, int *val)
{
	if (optlen < sizeof(int))
		return -EINVAL;
	memcpy(val, optval, sizeof(int));
	return 0;
}

/* sk_setsockopt: the SOL_SOCKET options. */
static int sol_socket_set(struct sock *sk, int optname, const void *optval, socklen_t optlen)
{
	int val = 0, err;

	if (!sk->net)
		return -ENETDOWN;
	if (optname == SO_BINDTODEVICE)
		return sock_bindtodevice(sk, optval, optlen);
	if (optname == SO_ATTACH_FILTER)
		return sock_attach_filter(sk, optval, optlen);
	if (optname == SO_DETACH_FILTER) {
		if (!sk->sk_filter)
			return -ENOENT;
		free(sk->sk_filter);
		sk->sk_filter = NULL;
		return 0;
	}
	err = sock_int_opt(optval, optlen, &val);
	if (err)
		return err;
	switch (optname) {
	case SO_TIMESTAMP:
		sk->sk_timestamp = val != 0;
		sk->sk_timestamp_ns = false;
		return 0;
	case SO_TIMESTAMPNS:
		sk->sk_timestamp_ns = val != 0;
		sk->sk_timestamp = val != 0;
		return 0;
	case SO_MARK:
		sk->sk_mark = (uint32_t)val;
		return 0;
	case SO_DONTROUTE:
		sk->sk_localroute = val != 0;
		return 0;
	case SO_BROADCAST:
		sk->sk_broadcast = val != 0;
		return 0;
	case SO_RCVBUF:
		/* __sock_set_rcvbuf: capped at rmem_max, doubled for the bookkeeping. */
		if (val > SK_RMEM_MAX)
			val = SK_RMEM_MAX;
		val *= 2;
		sk->sk_rcvbuf = val < SOCK_MIN_RCVBUF ? SOCK_MIN_RCVBUF : val;
		return 0;
	default:
		return -ENOPROTOOPT;
	}
}

int sock_setsockopt(struct socket *sock, int level, int optname, const void *optval, socklen_t optlen)
{
	/* vethlab freed the namespace (POLLHUP): nothing to set an option against. */
	if (!sock->sk->net)
		return -ENETDOWN;
	if (level == SOL_SOCKET) {
		int err = sol_socket_set(sock->sk, optname, optval, optlen);

		if (err != -ENOPROTOOPT || !sock->ops->setsockopt)
			return err;
	}
	return sock->ops->setsockopt ? sock->ops->setsockopt(sock, level, optname, optval, optlen) : -ENOPROTOOPT;
}

int put_int_opt(int val, void *optval, socklen_t *optlen)
{
	if (*optlen < sizeof(int))
		return -EINVAL;
	memcpy(optval, &val, sizeof(int));
	*optlen = sizeof(int);
	return 0;
}

static int sol_socket_get(struct sock *sk, int optname, void *optval, socklen_t *optlen)
{
	int err;

	switch (optname) {
	case SO_ERROR:
		err = put_int_opt(sk->sk_err, optval, optlen);
		if (!err)
			sk->sk_err = 0;
		return err;
	case SO_TYPE:
		return put_int_opt(sk->sk_type, optval, optlen);
	case SO_MARK:
		return put_int_opt((int)sk->sk_mark, optval, optlen);
	case SO_DONTROUTE:
		return put_int_opt(sk->sk_localroute, optval, optlen);
	case SO_BROADCAST:
		return put_int_opt(sk->sk_broadcast, optval, optlen);
	case SO_RCVBUF:
		return put_int_opt(sk->sk_rcvbuf, optval, optlen);
	case SO_TIMESTAMP:
		return put_int_opt(sk->sk_timestamp && !sk->sk_timestamp_ns, optval, optlen);
	case SO_TIMESTAMPNS:
		return put_int_opt(sk->sk_timestamp_ns, optval, optlen);
	case SO_BINDTODEVICE: {
		struct netdev *dev = sk->sk_bound_dev_if && sk->net ? netdev_get_by_index(sk->net, sk->sk_bound_dev_if) : NULL;
		size_t n = dev ? strlen(dev->name) + 1 : 0;

		if (*optlen < n)
			return -EINVAL;
		if (dev)
			memcpy(optval, dev->name, n);
		*optlen = (socklen_t)n;
		return 0;
	}
	default:
		return -ENOPROTOOPT;
	}
}

int sock_getsockopt(struct socket *sock, int level, int optname, void *optval, socklen_t *optlen)
{
	if (level == SOL_SOCKET) {
		int err = sol_socket_get(sock->sk, optname, optval, optlen);

		if (err != -ENOPROTOOPT || !sock->ops->getsockopt)
			return err;
	}
	return sock->ops->getsockopt ? sock->ops->getsockopt(sock, level, optname, optval, optlen) : -ENOPROTOOPT;
}

/*
 * socket.h: the socket layer, the only way tools reach the stack's data
 * path: BSD sockets as user space has them (socket, bind, connect, sendmsg,
 * recvmsg with ancillary data, setsockopt, getsockopt, close), with the
 * kernel's names. The constants, struct msghdr and the CMSG_ macros are
 * the Linux ABI from <sys/socket.h>; what it lacks comes from uapi/.
 *
 * Every call returns 0 (or a length) or a negative errno. Nothing blocks:
 * vethlab runs on virtual time with no threads, so a receive on an empty
 * queue is -EAGAIN whether or not MSG_DONTWAIT is given, and a caller
 * waits for readiness through the callback it registers (sk_data_ready).
 */
#ifndef VL_SOCKET_H
#define VL_SOCKET_H

#include <poll.h>
#include <stdint.h>
#include <sys/socket.h>
#include <sys/time.h>

#include "../uapi/if_packet.h"

struct netns;
struct socket;

/*
 * sock_create: family AF_PACKET (type SOCK_RAW for whole frames,
 * SOCK_DGRAM for what follows the link header; protocol htons(ETH_P_ALL)
 * or 0). SOCK_NONBLOCK and SOCK_CLOEXEC may be or'ed into type and change
 * nothing. -EAFNOSUPPORT, -ESOCKTNOSUPPORT or -EPROTONOSUPPORT otherwise.
 */
int sock_create(struct netns *net, int family, int type, int protocol, struct socket **res);
/* close(): detaches the socket and frees it with whatever it still queues. NULL is a no-op. */
void sock_release(struct socket *sock);

/* AF_PACKET: sockaddr_ll's sll_ifindex (0: every device) and sll_protocol (0: keep). */
int kernel_bind(struct socket *sock, const struct sockaddr *addr, socklen_t addrlen);
int kernel_connect(struct socket *sock, const struct sockaddr *addr, socklen_t addrlen, int flags);
int kernel_getsockname(struct socket *sock, struct sockaddr *addr, socklen_t *addrlen);

/* Sends msg (msg->msg_flags are the flags); the length sent, or a negative errno. */
int sock_sendmsg(struct socket *sock, struct msghdr *msg);
/*
 * Receives one packet into msg's iovecs: its length (with MSG_TRUNC in
 * flags, the packet's whole length even when the buffer was shorter).
 * msg_name gets the source (msg_namelen its length), msg_control the
 * ancillary data the socket was asked for (msg_controllen what it used),
 * msg_flags MSG_TRUNC, MSG_CTRUNC, MSG_ERRQUEUE. flags: MSG_DONTWAIT,
 * MSG_TRUNC, MSG_ERRQUEUE (reads the error queue). -EAGAIN when there is
 * nothing; a pending error (sk_err, see SO_ERROR) comes first, once.
 */
int sock_recvmsg(struct socket *sock, struct msghdr *msg, int flags);

/*
 * SOL_SOCKET: SO_BINDTODEVICE (a device name, "" unbinds), SO_TIMESTAMP,
 * SO_TIMESTAMPNS, SO_RCVBUF, SO_ERROR (get, and clears), SO_TYPE (get).
 * SOL_PACKET: PACKET_ADD_MEMBERSHIP and PACKET_DROP_MEMBERSHIP with
 * PACKET_MR_PROMISC, PACKET_IGNORE_OUTGOING. -ENOPROTOOPT for the rest.
 */
int sock_setsockopt(struct socket *sock, int level, int optname, const void *optval, socklen_t optlen);
int sock_getsockopt(struct socket *sock, int level, int optname, void *optval, socklen_t *optlen);

/* POLLIN when a packet waits, POLLERR when an error does (sk_err, or the error queue). */
unsigned int sock_poll(struct socket *sock);
/*
 * sk_data_ready and sk_user_data: fn(sock, data) runs whenever a packet
 * or an error is queued. It may receive, and may release the socket.
 */
typedef void (*sk_data_ready_fn)(struct socket *sock, void *data);
void sock_set_data_ready(struct socket *sock, sk_data_ready_fn fn, void *data);

#endif

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
 * SOCK_DGRAM for what follows the link header; protocol htons(ETH_P_ALL),
 * another ethertype (only what arrives of it: never what is sent, nor what
 * a bridge port's master takes), or 0, not running until bound to one);
 * AF_INET with SOCK_RAW and IPPROTO_ICMP (what ping opens as root),
 * or SOCK_DGRAM and 0 or IPPROTO_UDP (UDP: bind to an address and port,
 * connect, send, receive, ICMP errors on the error queue); AF_INET6
 * the same with IPPROTO_ICMPV6. ICMP "ping" sockets (SOCK_DGRAM with
 * IPPROTO_ICMP) are not modelled. SOCK_NONBLOCK and SOCK_CLOEXEC may be
 * or'ed into type and change nothing. -EAFNOSUPPORT, -ESOCKTNOSUPPORT or
 * -EPROTONOSUPPORT otherwise. Addresses, options and the error queue's
 * entries are in uapi/in.h, in6.h, icmp.h, errqueue.h and filter.h.
 */
int sock_create(struct netns *net, int family, int type, int protocol, struct socket **res);
/* close(): detaches the socket and frees it with whatever it still queues. NULL is a no-op. */
void sock_release(struct socket *sock);

/*
 * AF_PACKET: sockaddr_ll's sll_ifindex (0: every device the namespace
 * has then) and sll_protocol (0: keep). AF_INET: a local, broadcast or
 * multicast address, AF_INET6 one of ours, else -EADDRNOTAVAIL; it becomes
 * the source of what is sent.
 */
int kernel_bind(struct socket *sock, const struct sockaddr *addr, socklen_t addrlen);
int kernel_connect(struct socket *sock, const struct sockaddr *addr, socklen_t addrlen, int flags);
/*
 * AF_INET SOCK_DGRAM: connect routes to the address with the socket's
 * device and mark (-ENETUNREACH counted as OutNoRoutes, -EACCES for a
 * broadcast without SO_BROADCAST); getsockname then gives the source.
 * AF_INET6 SOCK_DGRAM: the same with the socket's device, else the
 * address's sin6_scope_id; IPV6_MTU then gives the route's MTU.
 */
int kernel_getsockname(struct socket *sock, struct sockaddr *addr, socklen_t *addrlen);

/*
 * Sends msg (msg->msg_flags are the flags); the length sent, or a negative
 * errno. A raw ICMP socket sends msg's data as the ICMP message (checksum
 * and all) to msg_name's address, with the socket's TTL, TOS, mark, device
 * and path MTU discovery: -EACCES for a broadcast without SO_BROADCAST;
 * -EMSGSIZE past 65535 bytes, or past the path's MTU with IP_PMTUDISC_DO
 * (then with a local error queued under IP_RECVERR, as the kernel's);
 * larger packets are fragmented on output. A raw ICMPv6 socket
 * the same with the hop limit (IPV6_UNICAST_HOPS), sin6_scope_id for a
 * link-scoped address, and the checksum filled in, as the kernel does.
 * A UDP socket sends msg's data in one datagram to msg_name's address and
 * port (else the connected ones; port 0 is -EINVAL), from its bound port or
 * an ephemeral one, with the same TTL, TOS, DF and size rules as raw.
 * A packet socket sends msg's data out of msg_name's sockaddr_ll device
 * (else the bound one): a whole frame (SOCK_RAW), or (SOCK_DGRAM) behind a
 * link header to sll_addr with sll_protocol; -ENXIO without a device,
 * -ENETDOWN when it is down, -EMSGSIZE past its MTU.
 */
int sock_sendmsg(struct socket *sock, struct msghdr *msg);
/*
 * Receives one packet into msg's iovecs: its length (with MSG_TRUNC in
 * flags, the packet's whole length even when the buffer was shorter).
 * msg_name gets the source (msg_namelen its length), msg_control the
 * ancillary data the socket was asked for (msg_controllen what it used),
 * msg_flags MSG_TRUNC, MSG_CTRUNC, MSG_ERRQUEUE. flags: MSG_DONTWAIT,
 * MSG_TRUNC, MSG_ERRQUEUE (reads the error queue). -EAGAIN when there is
 * nothing; a pending error (sk_err, see SO_ERROR) comes first, once.
 * A raw ICMP socket reads the IP header and the ICMP message, from the
 * source in a sockaddr_in; from the error queue, the payload of the packet
 * the error is about, its destination as msg_name, and an IP_RECVERR cmsg:
 * struct sock_extended_err, then the offender's sockaddr_in. A raw
 * ICMPv6 socket reads the ICMPv6 message alone, its hop limit in an
 * IPV6_HOPLIMIT cmsg (IPV6_RECVHOPLIMIT), the source's scope in
 * sin6_scope_id; its errors come as IPV6_RECVERR, with sockaddr_in6.
 * A UDP socket reads a datagram's payload from its source's sockaddr_in
 * (address and port), its TTL as an IP_TTL cmsg (IP_RECVTTL); from the
 * error queue, the payload of the datagram the ICMP error quotes, its
 * destination and port as msg_name, the error's own TTL (IP_RECVTTL) and
 * the IP_RECVERR cmsg, as ip_recv_error gives them.
 * A packet socket reads the frame (or what follows its link header) with
 * its source, device, type and direction (sll_pkttype) in a sockaddr_ll.
 */
int sock_recvmsg(struct socket *sock, struct msghdr *msg, int flags);

/*
 * SOL_SOCKET: SO_BINDTODEVICE (a device name, "" unbinds), SO_TIMESTAMP,
 * SO_TIMESTAMPNS, SO_RCVBUF, SO_MARK, SO_DONTROUTE, SO_BROADCAST, SO_ERROR
 * (get, and clears), SO_TYPE (get), SO_ATTACH_FILTER (a classic BPF
 * program, uapi/filter.h; packet sockets run it on what they would give,
 * and keep as many bytes as it returns) and SO_DETACH_FILTER.
 * SOL_PACKET: PACKET_ADD_MEMBERSHIP and PACKET_DROP_MEMBERSHIP with
 * PACKET_MR_PROMISC, PACKET_IGNORE_OUTGOING, PACKET_AUXDATA (a
 * tpacket_auxdata cmsg with the length the filter cut from).
 * SOL_IP: IP_TTL, IP_TOS, IP_MTU_DISCOVER, IP_RECVERR (ICMP errors and
 * local ones onto the error queue), IP_RECVTTL (each packet's TTL as an
 * IP_TTL cmsg). SOL_RAW: ICMP_FILTER. SOL_IPV6: IPV6_UNICAST_HOPS,
 * IPV6_MTU_DISCOVER, IPV6_MTU (get), IPV6_RECVERR, IPV6_RECVHOPLIMIT.
 * SOL_ICMPV6: ICMP6_FILTER. -ENOPROTOOPT for the rest.
 */
int sock_setsockopt(struct socket *sock, int level, int optname, const void *optval, socklen_t optlen);
int sock_getsockopt(struct socket *sock, int level, int optname, void *optval, socklen_t *optlen);

/*
 * POLLIN when a packet waits, POLLERR when an error does (sk_err, or the
 * error queue), POLLHUP when the namespace has gone: vethlab frees a deleted
 * namespace, where Linux would keep it while a socket holds it.
 */
unsigned int sock_poll(struct socket *sock);
/*
 * Whether sock_recvmsg (with MSG_ERRQUEUE when errqueue) would return
 * something rather than -EAGAIN: a reader draining a socket until EAGAIN
 * asks this first instead of making the call that fails.
 */
bool sock_recv_ready(const struct socket *sock, bool errqueue);
/*
 * sk_data_ready and sk_user_data: fn(sock, data) runs whenever a packet
 * or an error is queued. It may receive, and may release the socket.
 */
typedef void (*sk_data_ready_fn)(struct socket *sock, void *data);
void sock_set_data_ready(struct socket *sock, sk_data_ready_fn fn, void *data);

#endif

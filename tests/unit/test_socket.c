/* test_socket.c: the socket layer tools use: packet sockets (direction, binding, promiscuity, filters, a going device, one protocol, sending), raw ICMP and ICMPv6 sockets (TTL and hop limit, time stamps, the error queue, device binding, filters), readiness and non-blocking reads. */
#include <endian.h>
#include <errno.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "boot.h"
#include "core/world.h"
#include "ctl/rtnl.h"
#include "net/ipv4.h"
#include "net/socket.h"
#include "net/wire.h"
#include "uapi/in.h"
#include "uapi/in6.h"
#include "uapi/errqueue.h"
#include "uapi/filter.h"
#include "uapi/icmp.h"
#include "shell/shell.h"
#include "harness.h"

struct env {
	struct world *w;
	struct shell *sh;
	FILE *null;
};

/* A pair to namespace b, both ends addressed and up, duplicate address detection done. */
static const char pair[] = "ip netns add b; ip link add veth0 type veth peer name veth1 netns b; "
			   "ip addr add 10.0.0.1/24 dev veth0; ip -n b addr add 10.0.0.2/24 dev veth1; "
			   "ip link set veth0 up; ip -n b link set veth1 up; sleep 3";

static void env_open(struct env *e)
{
	struct shell_opts o = { 0 };

	e->null = fopen("/dev/null", "w");
	o.out = e->null;
	o.err = e->null;
	e->w = world_new(1);
	e->sh = shell_new(e->w, &o);
	CHECK_EQ(shell_run_line(e->sh, pair), 0);
}

static void env_close(struct env *e)
{
	shell_free(e->sh);
	world_free(e->w);
	fclose(e->null);
}

static int ifindex_of(struct netns *net, const char *name)
{
	struct rtnl_link l;

	return rtnl_link_peek(net, 0, name, &l) ? 0 : l.ifindex;
}

/* What the readiness callback saw. */
struct ready {
	int calls;
	struct socket *sock;
};

static void count_ready(struct socket *sock, void *data)
{
	struct ready *r = data;

	r->calls++;
	r->sock = sock;
}

/* One packet: its length, source address and time stamp. */
struct pkt {
	int len;
	struct sockaddr_ll sll;
	struct timeval tv;
	bool has_tv;
	uint8_t data[2048];
};

static int recv_pkt(struct socket *sock, struct pkt *p, int flags)
{
	union {
		struct cmsghdr align;
		uint8_t buf[CMSG_SPACE(sizeof(struct timeval))];
	} control;
	struct iovec iov = { .iov_base = p->data, .iov_len = sizeof(p->data) };
	struct msghdr msg = {
		.msg_name = &p->sll, .msg_namelen = sizeof(p->sll), .msg_iov = &iov, .msg_iovlen = 1,
		.msg_control = &control, .msg_controllen = sizeof(control),
	};

	p->has_tv = false;
	p->len = sock_recvmsg(sock, &msg, flags);
	for (struct cmsghdr *cm = CMSG_FIRSTHDR(&msg); p->len >= 0 && cm; cm = CMSG_NXTHDR(&msg, cm)) {
		if (cm->cmsg_level == SOL_SOCKET && cm->cmsg_type == SCM_TIMESTAMP) {
			memcpy(&p->tv, CMSG_DATA(cm), sizeof(p->tv));
			p->has_tv = true;
		}
	}
	return p->len;
}

static struct socket *packet_socket(struct netns *net, int type, int ifindex)
{
	struct sockaddr_ll sll = { .sll_family = AF_PACKET, .sll_protocol = htobe16(0x0003), .sll_ifindex = ifindex };
	struct socket *sock;
	int one = 1;

	CHECK_EQ(sock_create(net, AF_PACKET, type, 0, &sock), 0);
	CHECK_EQ(sock_setsockopt(sock, SOL_SOCKET, SO_TIMESTAMP, &one, sizeof(one)), 0);
	CHECK_EQ(kernel_bind(sock, (struct sockaddr *)&sll, sizeof(sll)), 0);
	return sock;
}

/*
 * A socket bound to veth0 sees the ARP request and the echo request go out
 * (PACKET_OUTGOING) and the answers come in (PACKET_HOST), whole frames with
 * the source's address, the receiving device and the time stamp; the
 * owner is told of each, and an empty queue reads as -EAGAIN.
 */
static void test_packet_directions(void)
{
	struct env e;
	struct netns *net;
	struct socket *sock;
	struct ready r = { 0 };
	struct pkt p;
	int out = 0, in = 0, ifindex;
	uint8_t mac[6];
	struct rtnl_link l;

	env_open(&e);
	net = rtnl_init_net(e.w);
	ifindex = ifindex_of(net, "veth0");
	CHECK(ifindex > 0);
	CHECK_EQ(rtnl_link_peek(net, ifindex, NULL, &l), 0);
	memcpy(mac, l.addr, 6);
	sock = packet_socket(net, SOCK_RAW, ifindex);
	sock_set_data_ready(sock, count_ready, &r);
	CHECK_EQ(sock_poll(sock), 0u);
	CHECK_EQ(recv_pkt(sock, &p, MSG_DONTWAIT), -EAGAIN);

	CHECK_EQ(shell_run_line(e.sh, "ping -c 1 10.0.0.2"), 0);
	CHECK_EQ(r.calls, 4);     /* ARP request and reply, echo request and reply */
	CHECK(r.sock == sock);
	CHECK_EQ(sock_poll(sock), (unsigned int)(POLLIN | POLLRDNORM));
	while (recv_pkt(sock, &p, MSG_DONTWAIT) >= 0) {
		CHECK_EQ(p.sll.sll_family, AF_PACKET);
		CHECK_EQ(p.sll.sll_ifindex, ifindex);
		CHECK_EQ(p.sll.sll_hatype, 1);   /* ARPHRD_ETHER */
		CHECK_EQ(p.sll.sll_halen, 6);
		CHECK(p.has_tv);
		CHECK(p.tv.tv_sec >= (time_t)e.w->epoch_sec + 3);
		/* SOCK_RAW: the Ethernet header is there, its source is sll_addr. */
		CHECK(!memcmp(p.data + 6, p.sll.sll_addr, 6));
		CHECK(!memcmp(p.data + 12, &p.sll.sll_protocol, 2));
		if (p.sll.sll_pkttype == PACKET_OUTGOING) {
			CHECK(!memcmp(p.sll.sll_addr, mac, 6));
			out++;
		} else {
			CHECK_EQ(p.sll.sll_pkttype, PACKET_HOST);
			CHECK(!memcmp(p.data, mac, 6));
			in++;
		}
	}
	CHECK_EQ(out, 2);
	CHECK_EQ(in, 2);
	CHECK_EQ(p.len, -EAGAIN);
	CHECK_EQ(sock_poll(sock), 0u);
	sock_release(sock);
	env_close(&e);
}

/*
 * An unbound SOCK_DGRAM socket ("any") sees every device, from the network
 * header on; PACKET_IGNORE_OUTGOING leaves what is sent out; MSG_TRUNC
 * gives the whole length even into a short buffer.
 */
static void test_packet_any(void)
{
	struct env e;
	struct netns *net;
	struct socket *sock;
	struct pkt p;
	int one = 1, lo = 0, veth = 0, val = 0;
	socklen_t len = sizeof(val);
	uint8_t small[4];
	struct iovec iov = { .iov_base = small, .iov_len = sizeof(small) };
	struct msghdr msg = { .msg_iov = &iov, .msg_iovlen = 1 };

	env_open(&e);
	net = rtnl_init_net(e.w);
	sock = packet_socket(net, SOCK_DGRAM, 0);
	CHECK_EQ(sock_setsockopt(sock, SOL_PACKET, PACKET_IGNORE_OUTGOING, &one, sizeof(one)), 0);
	CHECK_EQ(sock_getsockopt(sock, SOL_PACKET, PACKET_IGNORE_OUTGOING, &val, &len), 0);
	CHECK_EQ(val, 1);
	CHECK_EQ(shell_run_line(e.sh, "ping -c 1 10.0.0.2; ping -c 1 127.0.0.1"), 0);
	CHECK_EQ(sock_recvmsg(sock, &msg, MSG_TRUNC), 28);   /* the ARP reply, whole */
	CHECK_EQ(msg.msg_flags & MSG_TRUNC, MSG_TRUNC);
	CHECK_EQ(small[0], 0x00);   /* ARP's hardware type, 1 */
	CHECK_EQ(small[1], 0x01);
	while (recv_pkt(sock, &p, 0) >= 0) {
		CHECK(p.sll.sll_pkttype != PACKET_OUTGOING);
		CHECK_EQ(p.data[0], 0x45);   /* IPv4, from its header on */
		if (p.sll.sll_ifindex == 1)
			lo++;
		else if (p.sll.sll_ifindex == ifindex_of(net, "veth0"))
			veth++;
	}
	CHECK_EQ(veth, 1);   /* the echo reply */
	CHECK_EQ(lo, 2);     /* request and reply, each received once on lo */
	sock_release(sock);
	env_close(&e);
}

/* PACKET_MR_PROMISC holds one count of the device's promiscuity until dropped or closed. */
static void test_packet_promisc(void)
{
	struct env e;
	struct netns *net;
	struct socket *sock;
	struct rtnl_link l;
	struct packet_mreq mreq = { .mr_type = PACKET_MR_PROMISC };

	env_open(&e);
	net = rtnl_init_net(e.w);
	mreq.mr_ifindex = ifindex_of(net, "veth0");
	sock = packet_socket(net, SOCK_RAW, mreq.mr_ifindex);
	CHECK_EQ(sock_setsockopt(sock, SOL_PACKET, PACKET_ADD_MEMBERSHIP, &mreq, sizeof(mreq)), 0);
	CHECK_EQ(rtnl_link_peek(net, mreq.mr_ifindex, NULL, &l), 0);
	CHECK_EQ(l.promiscuity, 1u);
	/* The user's flags do not show a capture's promiscuity. */
	CHECK_EQ(l.flags & 0x100u, 0u);
	CHECK_EQ(sock_setsockopt(sock, SOL_PACKET, PACKET_DROP_MEMBERSHIP, &mreq, sizeof(mreq)), 0);
	CHECK_EQ(rtnl_link_peek(net, mreq.mr_ifindex, NULL, &l), 0);
	CHECK_EQ(l.promiscuity, 0u);
	CHECK_EQ(sock_setsockopt(sock, SOL_PACKET, PACKET_ADD_MEMBERSHIP, &mreq, sizeof(mreq)), 0);
	sock_release(sock);
	CHECK_EQ(rtnl_link_peek(net, mreq.mr_ifindex, NULL, &l), 0);
	CHECK_EQ(l.promiscuity, 0u);
	env_close(&e);
}

/* A device that goes: its bound socket gets ENETDOWN once (poll, then SO_ERROR); an unbound one does not. */
static void test_packet_device_gone(void)
{
	struct env e;
	struct netns *net;
	struct socket *bound, *any;
	struct ready r = { 0 }, ra = { 0 };
	struct pkt p;
	int err = 0;
	socklen_t len = sizeof(err);

	env_open(&e);
	net = rtnl_init_net(e.w);
	bound = packet_socket(net, SOCK_RAW, ifindex_of(net, "veth0"));
	any = packet_socket(net, SOCK_DGRAM, 0);
	sock_set_data_ready(bound, count_ready, &r);
	sock_set_data_ready(any, count_ready, &ra);
	CHECK_EQ(shell_run_line(e.sh, "ip link del veth0"), 0);
	CHECK_EQ(r.calls, 1);
	CHECK_EQ(ra.calls, 0);
	CHECK_EQ(sock_poll(bound), (unsigned int)POLLERR);
	CHECK_EQ(sock_getsockopt(bound, SOL_SOCKET, SO_ERROR, &err, &len), 0);
	CHECK_EQ(err, ENETDOWN);
	CHECK_EQ(sock_poll(bound), 0u);
	CHECK_EQ(recv_pkt(bound, &p, 0), -EAGAIN);
	CHECK_EQ(sock_poll(any), 0u);
	sock_release(bound);
	sock_release(any);
	env_close(&e);
}

/*
 * SO_ATTACH_FILTER: "ldh [12]; jeq #0x806; ret #20; ret #0" keeps the
 * first 20 bytes of ARP frames and nothing else; PACKET_AUXDATA tells the
 * length they had. A program that jumps out of itself is refused.
 */
static void test_packet_filter(void)
{
	struct sock_filter arp_only[] = {
		{ 0x28, 0, 0, 12 },          /* ldh [12] */
		{ 0x15, 0, 1, 0x0806 },      /* jeq #0x806, keep, drop */
		{ 0x06, 0, 0, 20 },          /* ret #20 */
		{ 0x06, 0, 0, 0 },           /* ret #0 */
	};
	struct sock_filter bad[] = { { 0x15, 0, 5, 0 }, { 0x06, 0, 0, 0 } };
	struct sock_fprog prog = { .len = 4, .filter = arp_only }, badprog = { .len = 2, .filter = bad };
	union {
		struct cmsghdr align;
		uint8_t buf[256];
	} control;
	struct env e;
	struct netns *net;
	struct socket *sock;
	uint8_t data[2048];
	struct iovec iov = { .iov_base = data, .iov_len = sizeof(data) };
	struct msghdr msg = { .msg_iov = &iov, .msg_iovlen = 1 };
	struct tpacket_auxdata aux = { 0 };
	int one = 1, n, frames = 0;

	env_open(&e);
	net = rtnl_init_net(e.w);
	sock = packet_socket(net, SOCK_RAW, ifindex_of(net, "veth0"));
	CHECK_EQ(sock_setsockopt(sock, SOL_SOCKET, SO_ATTACH_FILTER, &badprog, sizeof(badprog)), -EINVAL);
	CHECK_EQ(sock_setsockopt(sock, SOL_SOCKET, SO_ATTACH_FILTER, &prog, sizeof(prog)), 0);
	CHECK_EQ(sock_setsockopt(sock, SOL_PACKET, PACKET_AUXDATA, &one, sizeof(one)), 0);
	CHECK_EQ(shell_run_line(e.sh, "ping -c 1 10.0.0.2"), 0);
	for (;;) {
		msg.msg_control = &control;
		msg.msg_controllen = sizeof(control);
		n = sock_recvmsg(sock, &msg, MSG_DONTWAIT);
		if (n < 0)
			break;
		frames++;
		CHECK_EQ(n, 20);
		CHECK_EQ(get16(data + 12), 0x0806);
		for (struct cmsghdr *cm = CMSG_FIRSTHDR(&msg); cm; cm = CMSG_NXTHDR(&msg, cm))
			if (cm->cmsg_level == SOL_PACKET && cm->cmsg_type == PACKET_AUXDATA)
				memcpy(&aux, CMSG_DATA(cm), sizeof(aux));
		CHECK_EQ(aux.tp_snaplen, 20u);
		CHECK_EQ(aux.tp_len, 42u);     /* an ARP frame: 14 + 28 */
	}
	CHECK_EQ(n, -EAGAIN);
	CHECK_EQ(frames, 2);              /* request and reply; the echoes are filtered out */
	CHECK_EQ(sock_setsockopt(sock, SOL_SOCKET, SO_DETACH_FILTER, NULL, 0), 0);
	CHECK_EQ(sock_setsockopt(sock, SOL_SOCKET, SO_DETACH_FILTER, NULL, 0), -ENOENT);
	sock_release(sock);
	env_close(&e);
}

/* Owners may close from the callback, while the device walks its taps. */
static void release_ready(struct socket *sock, void *data)
{
	struct ready *r = data;

	r->calls++;
	sock_release(sock);
}

static void test_release_in_callback(void)
{
	struct env e;
	struct netns *net;
	struct socket *a, *b;
	struct ready ra = { 0 }, rb = { 0 };

	env_open(&e);
	net = rtnl_init_net(e.w);
	a = packet_socket(net, SOCK_RAW, ifindex_of(net, "veth0"));
	b = packet_socket(net, SOCK_RAW, ifindex_of(net, "veth0"));
	sock_set_data_ready(a, release_ready, &ra);
	sock_set_data_ready(b, release_ready, &rb);
	CHECK_EQ(shell_run_line(e.sh, "ping -c 1 10.0.0.2"), 0);
	CHECK_EQ(ra.calls, 1);
	CHECK_EQ(rb.calls, 1);
	env_close(&e);
}

/* An ARP request for 10.0.0.2 from veth0's address and MAC, as arping builds it. */
static void arp_request(uint8_t *b, const uint8_t *mac)
{
	static const uint8_t head[8] = { 0, 1, 8, 0, 6, 4, 0, 1 };

	memcpy(b, head, 8);
	memcpy(b + 8, mac, 6);
	memcpy(b + 14, (const uint8_t[]){ 10, 0, 0, 1 }, 4);
	memset(b + 18, 0xff, 6);
	memcpy(b + 24, (const uint8_t[]){ 10, 0, 0, 2 }, 4);
}

/*
 * A SOCK_DGRAM socket bound to ETH_P_ARP on veth0 (arping's): what it sends
 * goes out behind the link header built to sll_addr, and the peer answers;
 * it reads the reply (PACKET_HOST), neither its own request nor the IPv4
 * a ping sends. sendmsg fails without a device, on a down one, past the MTU.
 */
static void test_packet_arp(void)
{
	struct env e;
	struct netns *net;
	struct socket *sock, *all;
	struct sockaddr_ll me = { .sll_family = AF_PACKET, .sll_protocol = htobe16(0x0806) }, to;
	socklen_t len = sizeof(me);
	uint8_t req[28], big[1501] = { 0 };
	struct iovec iov = { .iov_base = req, .iov_len = sizeof(req) };
	struct msghdr msg = { .msg_name = &to, .msg_namelen = sizeof(to), .msg_iov = &iov, .msg_iovlen = 1 };
	struct pkt p;
	int n = 0;

	env_open(&e);
	net = rtnl_init_net(e.w);
	me.sll_ifindex = ifindex_of(net, "veth0");
	CHECK_EQ(sock_create(net, AF_PACKET, SOCK_DGRAM, 0, &sock), 0);
	CHECK_EQ(kernel_bind(sock, (struct sockaddr *)&me, sizeof(me)), 0);
	CHECK_EQ(kernel_getsockname(sock, (struct sockaddr *)&me, &len), 0);
	CHECK_EQ(me.sll_halen, 6);
	all = packet_socket(rtnl_netns_get(e.w, "b"), SOCK_RAW, 0);
	arp_request(req, me.sll_addr);
	to = me;
	memset(to.sll_addr, 0xff, 6);
	CHECK_EQ(sock_sendmsg(sock, &msg), 28);
	CHECK_EQ(shell_run_line(e.sh, "sleep 1; ping -c 1 10.0.0.2"), 0);
	/* The peer saw the frame broadcast from veth0's MAC, as ARP. */
	CHECK_EQ(recv_pkt(all, &p, 0), 42);
	CHECK(!memcmp(p.data, to.sll_addr, 6));
	CHECK(!memcmp(p.data + 6, me.sll_addr, 6));
	CHECK(!memcmp(p.data + 12, "\x08\x06", 2));
	while (recv_pkt(sock, &p, 0) >= 0) {
		CHECK_EQ(p.len, 28);
		CHECK_EQ(p.sll.sll_pkttype, PACKET_HOST);
		CHECK_EQ(p.data[7], 2);   /* a reply */
		n++;
	}
	/* The answer to ours, and to the kernel's own request before the ping: no IPv4. */
	CHECK_EQ(n, 2);
	to.sll_ifindex = 99;
	CHECK_EQ(sock_sendmsg(sock, &msg), -ENXIO);
	to.sll_ifindex = me.sll_ifindex;
	iov = (struct iovec){ .iov_base = big, .iov_len = sizeof(big) };
	CHECK_EQ(sock_sendmsg(sock, &msg), -EMSGSIZE);
	CHECK_EQ(shell_run_line(e.sh, "ip link set veth0 down"), 0);
	iov = (struct iovec){ .iov_base = req, .iov_len = sizeof(req) };
	CHECK_EQ(sock_sendmsg(sock, &msg), -ENETDOWN);
	sock_release(sock);
	sock_release(all);
	env_close(&e);
}

/* What sock_create refuses, and options no family has. */
static void test_create_errors(void)
{
	struct env e;
	struct netns *net;
	struct socket *sock;
	int v = 1;

	env_open(&e);
	net = rtnl_init_net(e.w);
	CHECK_EQ(sock_create(net, AF_UNIX, SOCK_STREAM, 0, &sock), -EAFNOSUPPORT);
	CHECK(sock == NULL);
	CHECK_EQ(sock_create(net, AF_PACKET, SOCK_STREAM, 0, &sock), -ESOCKTNOSUPPORT);
	CHECK_EQ(sock_create(net, AF_PACKET, SOCK_RAW | SOCK_NONBLOCK, 0, &sock), 0);
	CHECK_EQ(sock_setsockopt(sock, SOL_SOCKET, SO_KEEPALIVE, &v, sizeof(v)), -ENOPROTOOPT);
	CHECK_EQ(sock_setsockopt(sock, SOL_SOCKET, SO_BINDTODEVICE, "nosuch", 7), -ENODEV);
	/* A packet socket bound to no device has nowhere to send. */
	CHECK_EQ(sock_sendmsg(sock, &(struct msghdr){ 0 }), -ENXIO);
	sock_release(sock);
	env_close(&e);
}

/* ---- AF_INET -------------------------------------------------------------------- */

static struct sockaddr_in sin4(uint32_t a)
{
	return (struct sockaddr_in){ .sin_family = AF_INET, .sin_addr.s_addr = htobe32(a) };
}

static struct socket *raw_socket(struct netns *net)
{
	struct socket *sock;
	int one = 1;

	CHECK_EQ(sock_create(net, AF_INET, SOCK_RAW, IPPROTO_ICMP, &sock), 0);
	CHECK_EQ(sock_setsockopt(sock, SOL_SOCKET, SO_TIMESTAMP, &one, sizeof(one)), 0);
	CHECK_EQ(sock_setsockopt(sock, SOL_IP, IP_RECVTTL, &one, sizeof(one)), 0);
	CHECK_EQ(sock_setsockopt(sock, SOL_IP, IP_RECVERR, &one, sizeof(one)), 0);
	return sock;
}

/* An echo request of len bytes (header included), id 0x1234, sequence seq, checksummed. */
static int send_echo(struct socket *sock, uint32_t dst, size_t len, uint16_t seq)
{
	static uint8_t buf[4096];
	struct sockaddr_in to = sin4(dst);
	struct iovec iov = { .iov_base = buf, .iov_len = len };
	struct msghdr msg = { .msg_name = &to, .msg_namelen = sizeof(to), .msg_iov = &iov, .msg_iovlen = 1 };

	memset(buf, 0xa5, len);
	buf[0] = ICMP_ECHO;
	buf[1] = 0;
	put16(buf + 2, 0);
	put16(buf + 4, 0x1234);
	put16(buf + 6, seq);
	put16(buf + 2, inet_csum(buf, len));
	return sock_sendmsg(sock, &msg);
}

/* One read with everything the raw socket can give. */
struct rawpkt {
	int len, ttl;
	uint32_t from;
	bool has_tv;
	struct timeval tv;
	struct sock_extended_err ee;
	bool has_ee;
	uint32_t offender;
	int msg_flags;
	uint8_t data[2048];
};

static int raw_recv(struct socket *sock, struct rawpkt *p, int flags)
{
	union {
		struct cmsghdr align;
		uint8_t buf[256];
	} control;
	struct sockaddr_in from = { 0 };
	struct iovec iov = { .iov_base = p->data, .iov_len = sizeof(p->data) };
	struct msghdr msg = {
		.msg_name = &from, .msg_namelen = sizeof(from), .msg_iov = &iov, .msg_iovlen = 1,
		.msg_control = &control, .msg_controllen = sizeof(control),
	};

	memset(p, 0, offsetof(struct rawpkt, data));
	p->ttl = -1;
	p->len = sock_recvmsg(sock, &msg, flags | MSG_DONTWAIT);
	if (p->len < 0)
		return p->len;
	p->from = be32toh(from.sin_addr.s_addr);
	p->msg_flags = msg.msg_flags;
	for (struct cmsghdr *cm = CMSG_FIRSTHDR(&msg); cm; cm = CMSG_NXTHDR(&msg, cm)) {
		if (cm->cmsg_level == SOL_SOCKET && cm->cmsg_type == SCM_TIMESTAMP) {
			memcpy(&p->tv, CMSG_DATA(cm), sizeof(p->tv));
			p->has_tv = true;
		} else if (cm->cmsg_level == SOL_IP && cm->cmsg_type == IP_TTL) {
			memcpy(&p->ttl, CMSG_DATA(cm), sizeof(p->ttl));
		} else if (cm->cmsg_level == SOL_IP && cm->cmsg_type == IP_RECVERR) {
			struct sockaddr_in off;

			memcpy(&p->ee, CMSG_DATA(cm), sizeof(p->ee));
			memcpy(&off, CMSG_DATA(cm) + sizeof(p->ee), sizeof(off));
			p->offender = be32toh(off.sin_addr.s_addr);
			p->has_ee = true;
		}
	}
	return p->len;
}

/*
 * The echo reply comes with its IP header, its source in msg_name, the TTL
 * it arrived with (IP_RECVTTL) and its receive time; the request we sent
 * is not delivered back; the socket's TTL goes on the wire.
 */
static void test_raw_reply(void)
{
	struct env e;
	struct netns *net;
	struct socket *sock, *b;
	struct ready r = { 0 };
	struct rawpkt p;
	uint64_t sent;
	int ttl = 33;

	env_open(&e);
	net = rtnl_init_net(e.w);
	sock = raw_socket(net);
	b = raw_socket(rtnl_netns_get(e.w, "b"));
	sock_set_data_ready(sock, count_ready, &r);
	CHECK_EQ(sock_setsockopt(sock, SOL_IP, IP_TTL, &ttl, sizeof(ttl)), 0);
	sent = world_now(e.w);
	CHECK_EQ(send_echo(sock, 0x0a000002, 64, 7), 64);
	CHECK_EQ(raw_recv(sock, &p, 0), -EAGAIN);
	CHECK_EQ(shell_run_line(e.sh, "sleep 1"), 0);
	CHECK_EQ(r.calls, 1);
	/* b's raw socket saw our request, with our TTL. */
	CHECK_EQ(raw_recv(b, &p, 0), 20 + 64);
	CHECK_EQ(p.data[20], ICMP_ECHO);
	CHECK_EQ(p.ttl, 33);
	CHECK_EQ(p.from, 0x0a000001u);
	CHECK_EQ(raw_recv(sock, &p, 0), 20 + 64);
	CHECK_EQ(p.data[0], 0x45);
	CHECK_EQ(p.data[9], IPPROTO_ICMP);
	CHECK_EQ(p.data[20], ICMP_ECHOREPLY);
	CHECK_EQ(get16(p.data + 20 + 4), 0x1234);
	CHECK_EQ(get16(p.data + 20 + 6), 7);
	CHECK_EQ(p.from, 0x0a000002u);
	CHECK_EQ(p.ttl, 64);
	CHECK(p.has_tv);
	CHECK_EQ((uint64_t)p.tv.tv_sec, e.w->epoch_sec + sent / 1000000000u);
	CHECK(p.tv.tv_usec >= 0 && p.tv.tv_usec < 1000000);
	CHECK_EQ(raw_recv(sock, &p, 0), -EAGAIN);
	sock_release(sock);
	sock_release(b);
	env_close(&e);
}

/*
 * A router's ICMP error lands on the error queue: the entry, the router as
 * the offender, our destination as msg_name and our request as the data;
 * ICMP_FILTER keeps the error message itself off the receive queue.
 */
static void test_raw_error_queue(void)
{
	struct env e;
	struct netns *net;
	struct socket *sock;
	struct ready r = { 0 };
	struct rawpkt p;
	struct icmp_filter filt = { 1u << ICMP_DEST_UNREACH };

	env_open(&e);
	net = rtnl_init_net(e.w);
	CHECK_EQ(shell_run_line(e.sh, "ip route add 10.9.0.0/16 via 10.0.0.2; "
				      "ip netns exec b sysctl -qw net.ipv4.ip_forward=1; "
				      "ip -n b route add unreachable 10.9.0.0/16"), 0);
	sock = raw_socket(net);
	sock_set_data_ready(sock, count_ready, &r);
	CHECK_EQ(sock_setsockopt(sock, SOL_RAW, ICMP_FILTER, &filt, sizeof(filt)), 0);
	CHECK_EQ(send_echo(sock, 0x0a090001, 64, 3), 64);
	CHECK_EQ(shell_run_line(e.sh, "sleep 1"), 0);
	CHECK_EQ(r.calls, 1);
	CHECK_EQ(sock_poll(sock), (unsigned int)POLLERR);
	CHECK_EQ(raw_recv(sock, &p, 0), -EAGAIN);
	CHECK_EQ(raw_recv(sock, &p, MSG_ERRQUEUE), 64);
	CHECK(p.msg_flags & MSG_ERRQUEUE);
	CHECK(p.has_ee);
	CHECK_EQ(p.ee.ee_origin, SO_EE_ORIGIN_ICMP);
	CHECK_EQ(p.ee.ee_type, ICMP_DEST_UNREACH);
	CHECK_EQ(p.ee.ee_code, ICMP_HOST_UNREACH);
	CHECK_EQ(p.ee.ee_errno, (uint32_t)EHOSTUNREACH);
	CHECK_EQ(p.offender, 0x0a000002u);
	CHECK_EQ(p.from, 0x0a090001u);
	CHECK_EQ(p.data[0], ICMP_ECHO);
	CHECK_EQ(get16(p.data + 6), 3);
	CHECK_EQ(raw_recv(sock, &p, MSG_ERRQUEUE), -EAGAIN);
	CHECK_EQ(sock_poll(sock), 0u);
	sock_release(sock);
	env_close(&e);
}

/*
 * IP_PMTUDISC_DO past the MTU: -EMSGSIZE and a local error with the MTU;
 * a broadcast without SO_BROADCAST: -EACCES; nothing past 65535 bytes.
 */
static void test_raw_send_errors(void)
{
	struct env e;
	struct netns *net;
	struct socket *sock;
	struct rawpkt p;
	int pmtu = IP_PMTUDISC_DO, val = 0;
	socklen_t len = sizeof(val);

	env_open(&e);
	net = rtnl_init_net(e.w);
	sock = raw_socket(net);
	CHECK_EQ(sock_setsockopt(sock, SOL_IP, IP_MTU_DISCOVER, &pmtu, sizeof(pmtu)), 0);
	CHECK_EQ(sock_getsockopt(sock, SOL_IP, IP_MTU_DISCOVER, &val, &len), 0);
	CHECK_EQ(val, IP_PMTUDISC_DO);
	CHECK_EQ(send_echo(sock, 0x0a000002, 1500, 1), -EMSGSIZE);
	CHECK_EQ(raw_recv(sock, &p, MSG_ERRQUEUE), 0);
	CHECK_EQ(p.ee.ee_origin, SO_EE_ORIGIN_LOCAL);
	CHECK_EQ(p.ee.ee_errno, (uint32_t)EMSGSIZE);
	CHECK_EQ(p.ee.ee_info, 1500u);
	CHECK_EQ(p.from, 0x0a000002u);
	CHECK_EQ(p.offender, 0u);
	CHECK_EQ(send_echo(sock, 0x0a000002, 1480, 2), 1480);
	CHECK_EQ(send_echo(sock, 0x0a0000ff, 64, 3), -EACCES);
	CHECK_EQ(send_echo(sock, 0x0b000001, 64, 4), -ENETUNREACH);
	CHECK_EQ(raw_recv(sock, &p, MSG_ERRQUEUE), -EAGAIN);
	sock_release(sock);
	env_close(&e);
}

/* SO_BINDTODEVICE: a socket bound to lo does not see what came in on veth0. */
static void test_raw_bindtodevice(void)
{
	struct env e;
	struct netns *net;
	struct socket *any, *on_lo, *on_veth;
	struct rawpkt p;
	char name[16];
	socklen_t len = sizeof(name);

	env_open(&e);
	net = rtnl_init_net(e.w);
	any = raw_socket(net);
	on_lo = raw_socket(net);
	on_veth = raw_socket(net);
	CHECK_EQ(sock_setsockopt(on_lo, SOL_SOCKET, SO_BINDTODEVICE, "lo", 3), 0);
	CHECK_EQ(sock_setsockopt(on_veth, SOL_SOCKET, SO_BINDTODEVICE, "veth0", 6), 0);
	CHECK_EQ(sock_getsockopt(on_veth, SOL_SOCKET, SO_BINDTODEVICE, name, &len), 0);
	CHECK_STR(name, "veth0");
	CHECK_EQ(send_echo(any, 0x0a000002, 64, 1), 64);
	CHECK_EQ(shell_run_line(e.sh, "sleep 1"), 0);
	CHECK_EQ(raw_recv(any, &p, 0), 84);
	CHECK_EQ(raw_recv(on_veth, &p, 0), 84);
	CHECK_EQ(p.data[20], ICMP_ECHOREPLY);
	CHECK_EQ(raw_recv(on_lo, &p, 0), -EAGAIN);
	/* Bound to veth0, the socket routes through it: 10.0.0.2 is still on-link there. */
	CHECK_EQ(send_echo(on_veth, 0x0a000002, 64, 2), 64);
	CHECK_EQ(shell_run_line(e.sh, "sleep 1"), 0);
	CHECK_EQ(raw_recv(on_veth, &p, 0), 84);
	CHECK_EQ(get16(p.data + 26), 2);
	CHECK_EQ(raw_recv(on_lo, &p, 0), -EAGAIN);
	sock_release(any);
	sock_release(on_lo);
	sock_release(on_veth);
	env_close(&e);
}

/*
 * The datagram socket iputils and getaddrinfo connect: the route's source
 * by getsockname, -ENETUNREACH without a route, -EACCES for a broadcast
 * until SO_BROADCAST; bind takes only local addresses.
 */
static void test_dgram_connect_and_bind(void)
{
	struct env e;
	struct netns *net;
	struct socket *sock, *raw;
	struct sockaddr_in to = sin4(0x0a000002), me = { 0 };
	socklen_t melen = sizeof(me);
	int on = 1;

	env_open(&e);
	net = rtnl_init_net(e.w);
	CHECK_EQ(sock_create(net, AF_INET, SOCK_DGRAM, IPPROTO_UDP, &sock), 0);
	to = sin4(0x0b000001);
	CHECK_EQ(kernel_connect(sock, (struct sockaddr *)&to, sizeof(to), 0), -ENETUNREACH);
	to = sin4(0x0a0000ff);
	CHECK_EQ(kernel_connect(sock, (struct sockaddr *)&to, sizeof(to), 0), -EACCES);
	CHECK_EQ(sock_setsockopt(sock, SOL_SOCKET, SO_BROADCAST, &on, sizeof(on)), 0);
	CHECK_EQ(kernel_connect(sock, (struct sockaddr *)&to, sizeof(to), 0), 0);
	CHECK_EQ(kernel_getsockname(sock, (struct sockaddr *)&me, &melen), 0);
	CHECK_EQ(melen, sizeof(me));
	CHECK_EQ(be32toh(me.sin_addr.s_addr), 0x0a000001u);
	/* Connected: an empty datagram to the connected (broadcast) address goes. */
	CHECK_EQ(sock_sendmsg(sock, &(struct msghdr){ 0 }), 0);
	sock_release(sock);

	/* bind: only an address of ours becomes the source connect keeps (arping -s). */
	CHECK_EQ(sock_create(net, AF_INET, SOCK_DGRAM, 0, &sock), 0);
	me = sin4(0x0a000009);
	CHECK_EQ(kernel_bind(sock, (struct sockaddr *)&me, sizeof(me)), -EADDRNOTAVAIL);
	me = sin4(0x7f000001);
	CHECK_EQ(kernel_bind(sock, (struct sockaddr *)&me, sizeof(me)), 0);
	to = sin4(0x0a000002);
	CHECK_EQ(kernel_connect(sock, (struct sockaddr *)&to, sizeof(to), 0), 0);
	melen = sizeof(me);
	CHECK_EQ(kernel_getsockname(sock, (struct sockaddr *)&me, &melen), 0);
	CHECK_EQ(be32toh(me.sin_addr.s_addr), 0x7f000001u);
	sock_release(sock);

	raw = raw_socket(net);
	me = sin4(0x0a000009);
	CHECK_EQ(kernel_bind(raw, (struct sockaddr *)&me, sizeof(me)), -EADDRNOTAVAIL);
	me = sin4(0x0a000001);
	CHECK_EQ(kernel_bind(raw, (struct sockaddr *)&me, sizeof(me)), 0);
	me = sin4(0x0a0000ff);
	CHECK_EQ(kernel_bind(raw, (struct sockaddr *)&me, sizeof(me)), 0);
	CHECK_EQ(sock_create(net, AF_INET, SOCK_RAW, IPPROTO_UDP, &sock), -EPROTONOSUPPORT);
	CHECK_EQ(sock_create(net, AF_INET, SOCK_STREAM, 0, &sock), -ESOCKTNOSUPPORT);
	sock_release(raw);
	env_close(&e);
}

/* One error queue entry of a UDP socket: its payload, sin_port, errno, origin, offender and TTL. */
struct uerr {
	int len;
	uint16_t port;
	struct sock_extended_err ee;
	uint32_t offender;
	int ttl;
	uint8_t data[64];
};

static int recv_uerr(struct socket *sock, struct uerr *u)
{
	uint8_t control[256];
	struct sockaddr_in from;
	struct iovec iov = { .iov_base = u->data, .iov_len = sizeof(u->data) };
	struct msghdr msg = { .msg_name = &from, .msg_namelen = sizeof(from), .msg_iov = &iov, .msg_iovlen = 1,
			      .msg_control = control, .msg_controllen = sizeof(control) };

	u->ttl = -1;
	u->len = sock_recvmsg(sock, &msg, MSG_ERRQUEUE);
	u->port = be16toh(from.sin_port);
	for (struct cmsghdr *cm = CMSG_FIRSTHDR(&msg); u->len >= 0 && cm; cm = CMSG_NXTHDR(&msg, cm)) {
		if (cm->cmsg_level == SOL_IP && cm->cmsg_type == IP_RECVERR) {
			struct sockaddr_in off;

			memcpy(&u->ee, CMSG_DATA(cm), sizeof(u->ee));
			memcpy(&off, CMSG_DATA(cm) + sizeof(u->ee), sizeof(off));
			u->offender = be32toh(off.sin_addr.s_addr);
		} else if (cm->cmsg_level == SOL_IP && cm->cmsg_type == IP_TTL) {
			memcpy(&u->ttl, CMSG_DATA(cm), sizeof(u->ttl));
		}
	}
	return u->len;
}

/*
 * UDP (tracepath's socket): a datagram to a port nobody has comes back as
 * ECONNREFUSED on the error queue, with the port it went to, the peer as
 * offender, the error's TTL and the payload; one past the MTU with DF is a
 * local EMSGSIZE with the MTU; a bound socket receives what comes to its
 * port, from the sender's address and port; the Udp counters follow.
 */
static void test_udp(void)
{
	struct env e;
	struct netns *net, *b;
	struct socket *sock, *srv;
	struct sockaddr_in to = sin4(0x0a000002), from, me = sin4(0);
	socklen_t len = sizeof(me);
	uint8_t payload[1500] = "probe";
	struct iovec iov = { .iov_base = payload, .iov_len = 5 };
	struct msghdr msg = { .msg_name = &to, .msg_namelen = sizeof(to), .msg_iov = &iov, .msg_iovlen = 1 };
	struct uerr u;
	int on = 1, df = IP_PMTUDISC_DO;

	env_open(&e);
	net = rtnl_init_net(e.w);
	b = rtnl_netns_get(e.w, "b");
	CHECK_EQ(sock_create(net, AF_INET, SOCK_DGRAM, IPPROTO_UDP, &sock), 0);
	CHECK_EQ(sock_setsockopt(sock, SOL_IP, IP_RECVERR, &on, sizeof(on)), 0);
	CHECK_EQ(sock_setsockopt(sock, SOL_IP, IP_RECVTTL, &on, sizeof(on)), 0);
	CHECK_EQ(sock_setsockopt(sock, SOL_IP, IP_MTU_DISCOVER, &df, sizeof(df)), 0);
	CHECK_EQ(sock_sendmsg(sock, &msg), -EINVAL);   /* port 0 */
	to.sin_port = htobe16(44444);
	CHECK_EQ(sock_sendmsg(sock, &msg), 5);
	CHECK_EQ(shell_run_line(e.sh, "sleep 1"), 0);
	CHECK_EQ(recv_uerr(sock, &u), 5);
	CHECK(!memcmp(u.data, "probe", 5));
	CHECK_EQ(u.port, 44444);
	CHECK_EQ(u.ee.ee_errno, (uint32_t)ECONNREFUSED);
	CHECK_EQ(u.ee.ee_origin, SO_EE_ORIGIN_ICMP);
	CHECK_EQ(u.ee.ee_type, 3);
	CHECK_EQ(u.ee.ee_code, 3);
	CHECK_EQ(u.offender, 0x0a000002u);
	CHECK_EQ(u.ttl, 64);
	CHECK_EQ(recv_uerr(sock, &u), -EAGAIN);
	iov.iov_len = 1473;
	CHECK_EQ(sock_sendmsg(sock, &msg), -EMSGSIZE);
	CHECK_EQ(recv_uerr(sock, &u), 0);
	CHECK_EQ(u.ee.ee_errno, (uint32_t)EMSGSIZE);
	CHECK_EQ(u.ee.ee_origin, SO_EE_ORIGIN_LOCAL);
	CHECK_EQ(u.ee.ee_info, 1500u);
	CHECK_EQ(u.ttl, -1);

	CHECK_EQ(sock_create(b, AF_INET, SOCK_DGRAM, 0, &srv), 0);
	me.sin_port = htobe16(7);
	CHECK_EQ(kernel_bind(srv, (struct sockaddr *)&me, sizeof(me)), 0);
	CHECK_EQ(kernel_bind(srv, (struct sockaddr *)&me, sizeof(me)), -EINVAL);
	to.sin_port = htobe16(7);
	iov.iov_len = 5;
	CHECK_EQ(sock_sendmsg(sock, &msg), 5);
	CHECK_EQ(shell_run_line(e.sh, "sleep 1"), 0);
	{
		uint8_t buf[16];
		struct iovec riov = { .iov_base = buf, .iov_len = sizeof(buf) };
		struct msghdr rmsg = { .msg_name = &from, .msg_namelen = sizeof(from), .msg_iov = &riov, .msg_iovlen = 1 };

		CHECK_EQ(sock_recvmsg(srv, &rmsg, 0), 5);
		CHECK(!memcmp(buf, "probe", 5));
		CHECK_EQ(be32toh(from.sin_addr.s_addr), 0x0a000001u);
		CHECK_EQ(kernel_getsockname(sock, (struct sockaddr *)&me, &len), 0);
		CHECK_EQ(from.sin_port, me.sin_port);
		CHECK(be16toh(me.sin_port) >= 32768 && be16toh(me.sin_port) <= 60999);
	}
	CHECK_EQ(ipv4_mib(net)->udp[UDP_MIB_OUTDATAGRAMS], 2u);
	CHECK_EQ(ipv4_mib(b)->udp[UDP_MIB_NOPORTS], 1u);
	CHECK_EQ(ipv4_mib(b)->udp[UDP_MIB_INDATAGRAMS], 1u);
	sock_release(srv);
	sock_release(sock);
	env_close(&e);
}

/*
 * ip netns delete under a socket: the name goes, the namespace lives on
 * (the socket holds it, as sk_alloc's get_net does) and still sends; its
 * devices, and the veth peer outside, go when the socket is closed.
 */
static void test_raw_netns_deleted_in_use(void)
{
	struct env e;
	struct netns *b;
	struct socket *sock;

	env_open(&e);
	b = rtnl_netns_get(e.w, "b");
	sock = raw_socket(b);
	CHECK_EQ(sock_poll(sock), 0u);
	CHECK_EQ(shell_run_line(e.sh, "ip netns del b"), 0);
	CHECK(rtnl_netns_get(e.w, "b") == NULL);
	CHECK(netdev_get_by_name(e.w->init_net, "veth0") != NULL);
	CHECK_EQ(sock_poll(sock), 0u);
	CHECK_EQ(send_echo(sock, 0x0a000001, 64, 1), 64);
	/* A new namespace may take the name meanwhile. */
	CHECK_EQ(shell_run_line(e.sh, "ip netns add b"), 0);
	CHECK(rtnl_netns_get(e.w, "b") != b);
	sock_release(sock);
	CHECK(netdev_get_by_name(e.w->init_net, "veth0") == NULL);
	env_close(&e);
}

/* ---- AF_INET6 ------------------------------------------------------------------- */

static const char pair6[] = "ip -6 addr add 2001:db8::1/64 dev veth0 nodad; "
			    "ip -n b -6 addr add 2001:db8::2/64 dev veth1 nodad; sleep 1";

/* An address from its eight 16-bit groups. */
static struct sockaddr_in6 sin6_of(const uint16_t *w, uint32_t scope)
{
	struct sockaddr_in6 a = { .sin6_family = AF_INET6, .sin6_scope_id = scope };

	for (int i = 0; i < 8; i++)
		put16(a.sin6_addr.s6_addr + 2 * i, w[i]);
	return a;
}

#define A6(...) ((const uint16_t[8]){ __VA_ARGS__ })

static struct socket *raw6_socket(struct netns *net, bool echo_replies_only)
{
	struct socket *sock;
	struct icmp6_filter filt;
	int one = 1;

	CHECK_EQ(sock_create(net, AF_INET6, SOCK_RAW, IPPROTO_ICMPV6, &sock), 0);
	CHECK_EQ(sock_setsockopt(sock, SOL_IPV6, IPV6_RECVHOPLIMIT, &one, sizeof(one)), 0);
	CHECK_EQ(sock_setsockopt(sock, SOL_IPV6, IPV6_RECVERR, &one, sizeof(one)), 0);
	if (echo_replies_only) {
		memset(&filt, 0xff, sizeof(filt));
		filt.icmp6_filt[129 >> 5] &= ~(1u << (129 & 31));
		CHECK_EQ(sock_setsockopt(sock, SOL_ICMPV6, ICMP6_FILTER, &filt, sizeof(filt)), 0);
	}
	return sock;
}

/* An echo request of len bytes, id 0x4321, sequence seq; the kernel checksums it. */
static int send_echo6(struct socket *sock, const struct sockaddr_in6 *to, size_t len, uint16_t seq)
{
	static uint8_t buf[4096];
	struct sockaddr_in6 dst = *to;
	struct iovec iov = { .iov_base = buf, .iov_len = len };
	struct msghdr msg = { .msg_name = &dst, .msg_namelen = sizeof(dst), .msg_iov = &iov, .msg_iovlen = 1 };

	memset(buf, 0x5a, len);
	buf[0] = 128;
	buf[1] = 0;
	put16(buf + 4, 0x4321);
	put16(buf + 6, seq);
	return sock_sendmsg(sock, &msg);
}

struct raw6pkt {
	int len, hops;
	struct sockaddr_in6 from, offender;
	struct sock_extended_err ee;
	bool has_ee;
	uint8_t data[2048];
};

static int raw6_recv(struct socket *sock, struct raw6pkt *p, int flags)
{
	union {
		struct cmsghdr align;
		uint8_t buf[256];
	} control;
	struct iovec iov = { .iov_base = p->data, .iov_len = sizeof(p->data) };
	struct msghdr msg = {
		.msg_name = &p->from, .msg_namelen = sizeof(p->from), .msg_iov = &iov, .msg_iovlen = 1,
		.msg_control = &control, .msg_controllen = sizeof(control),
	};

	memset(p, 0, offsetof(struct raw6pkt, data));
	p->hops = -1;
	p->len = sock_recvmsg(sock, &msg, flags | MSG_DONTWAIT);
	for (struct cmsghdr *cm = CMSG_FIRSTHDR(&msg); p->len >= 0 && cm; cm = CMSG_NXTHDR(&msg, cm)) {
		if (cm->cmsg_level == SOL_IPV6 && cm->cmsg_type == IPV6_HOPLIMIT) {
			memcpy(&p->hops, CMSG_DATA(cm), sizeof(p->hops));
		} else if (cm->cmsg_level == SOL_IPV6 && cm->cmsg_type == IPV6_RECVERR) {
			memcpy(&p->ee, CMSG_DATA(cm), sizeof(p->ee));
			memcpy(&p->offender, CMSG_DATA(cm) + sizeof(p->ee), sizeof(p->offender));
			p->has_ee = true;
		}
	}
	return p->len;
}

/*
 * The echo reply arrives without an IPv6 header, its hop limit in a cmsg;
 * ICMP6_FILTER keeps neighbour discovery away from the filtered socket but
 * not from the other; the kernel's checksum made b answer.
 */
static void test_raw6_reply_and_filter(void)
{
	struct env e;
	struct netns *net;
	struct socket *only, *all;
	struct sockaddr_in6 to = sin6_of(A6(0x2001, 0xdb8, 0, 0, 0, 0, 0, 2), 0), want = to;
	struct raw6pkt p;
	int others = 0, replies = 0, hops = 7;

	env_open(&e);
	net = rtnl_init_net(e.w);
	CHECK_EQ(shell_run_line(e.sh, pair6), 0);
	only = raw6_socket(net, true);
	all = raw6_socket(net, false);
	CHECK_EQ(sock_setsockopt(only, SOL_IPV6, IPV6_UNICAST_HOPS, &hops, sizeof(hops)), 0);
	CHECK_EQ(send_echo6(only, &to, 56, 9), 56);
	CHECK_EQ(shell_run_line(e.sh, "sleep 1"), 0);
	CHECK_EQ(raw6_recv(only, &p, 0), 56);
	CHECK_EQ(p.data[0], 129);
	CHECK_EQ(get16(p.data + 4), 0x4321);
	CHECK_EQ(get16(p.data + 6), 9);
	CHECK_EQ(p.hops, 64);
	CHECK_EQ(p.from.sin6_family, AF_INET6);
	CHECK(!memcmp(&p.from.sin6_addr, &want.sin6_addr, 16));
	CHECK_EQ(p.from.sin6_scope_id, 0u);
	CHECK_EQ(raw6_recv(only, &p, 0), -EAGAIN);
	while (raw6_recv(all, &p, 0) >= 0) {
		if (p.data[0] == 129)
			replies++;
		else
			others++;   /* neighbour solicitations and advertisements */
	}
	CHECK_EQ(replies, 1);
	CHECK(others >= 1);
	sock_release(only);
	sock_release(all);
	env_close(&e);
}

/* A link-local source comes with its scope: the device it came in on. */
static void test_raw6_link_local_scope(void)
{
	struct env e;
	struct netns *net;
	struct socket *sock, *b;
	struct sockaddr_in6 to, self;
	struct raw6pkt p;
	int veth0, off = 0, hops = -1;
	socklen_t len = sizeof(hops);

	env_open(&e);
	net = rtnl_init_net(e.w);
	veth0 = ifindex_of(net, "veth0");
	sock = raw6_socket(net, true);
	b = raw6_socket(rtnl_netns_get(e.w, "b"), true);
	CHECK_EQ(sock_getsockopt(sock, SOL_IPV6, IPV6_MULTICAST_HOPS, &hops, &len), 0);
	CHECK_EQ(hops, 1);
	/* All nodes: with the multicast loop on (the default) this host answers first, through lo, then b. */
	to = sin6_of(A6(0xff02, 0, 0, 0, 0, 0, 0, 1), (uint32_t)veth0);
	CHECK_EQ(send_echo6(sock, &to, 16, 1), 16);
	CHECK_EQ(shell_run_line(e.sh, "sleep 1"), 0);
	CHECK_EQ(raw6_recv(sock, &p, 0), 16);
	self = p.from;
	CHECK_EQ(self.sin6_scope_id, (uint32_t)veth0);
	CHECK_EQ(raw6_recv(sock, &p, 0), 16);
	CHECK(memcmp(&self.sin6_addr, &p.from.sin6_addr, 16) != 0);
	CHECK_EQ(raw6_recv(sock, &p, 0), -EAGAIN);
	CHECK_EQ(sock_setsockopt(sock, SOL_IPV6, IPV6_MULTICAST_LOOP, &off, sizeof(off)), 0);
	/* b's link-local address: without the loop only b answers. */
	CHECK_EQ(send_echo6(sock, &to, 16, 1), 16);
	CHECK_EQ(shell_run_line(e.sh, "sleep 1"), 0);
	CHECK_EQ(raw6_recv(sock, &p, 0), 16);
	CHECK_EQ(raw6_recv(sock, &(struct raw6pkt){ 0 }, 0), -EAGAIN);
	CHECK_EQ(p.data[0], 129);
	CHECK(memcmp(&self.sin6_addr, &p.from.sin6_addr, 16) != 0);
	CHECK_EQ(p.from.sin6_addr.s6_addr[0], 0xfe);
	CHECK_EQ(p.from.sin6_addr.s6_addr[1], 0x80);
	CHECK_EQ(p.from.sin6_scope_id, (uint32_t)veth0);
	to = p.from;
	CHECK_EQ(send_echo6(sock, &to, 16, 2), 16);
	CHECK_EQ(shell_run_line(e.sh, "sleep 1"), 0);
	CHECK_EQ(raw6_recv(sock, &p, 0), 16);
	CHECK_EQ(get16(p.data + 6), 2);
	CHECK_EQ(p.from.sin6_scope_id, (uint32_t)veth0);
	sock_release(sock);
	sock_release(b);
	env_close(&e);
}

/* A router's unreachable lands on the error queue; IPV6_PMTUDISC_DO past the MTU is a local error. */
static void test_raw6_errors(void)
{
	struct env e;
	struct netns *net;
	struct socket *sock;
	struct sockaddr_in6 far = sin6_of(A6(0x2001, 0xdb9, 0, 0, 0, 0, 0, 1), 0), router = sin6_of(A6(0x2001, 0xdb8, 0, 0, 0, 0, 0, 2), 0);
	struct raw6pkt p;
	int pmtu = IPV6_PMTUDISC_DO;

	env_open(&e);
	net = rtnl_init_net(e.w);
	CHECK_EQ(shell_run_line(e.sh, pair6), 0);
	CHECK_EQ(shell_run_line(e.sh, "ip -6 route add 2001:db9::/64 via 2001:db8::2; "
				      "ip netns exec b sysctl -qw net.ipv6.conf.all.forwarding=1; "
				      "ip -n b -6 route add unreachable 2001:db9::/64"), 0);
	sock = raw6_socket(net, true);
	CHECK_EQ(send_echo6(sock, &far, 24, 5), 24);
	CHECK_EQ(shell_run_line(e.sh, "sleep 1"), 0);
	CHECK_EQ(raw6_recv(sock, &p, 0), -EAGAIN);
	CHECK_EQ(raw6_recv(sock, &p, MSG_ERRQUEUE), 24);
	CHECK(p.has_ee);
	CHECK_EQ(p.ee.ee_origin, SO_EE_ORIGIN_ICMP6);
	CHECK_EQ(p.ee.ee_type, 1);     /* destination unreachable */
	CHECK(!memcmp(&p.offender.sin6_addr, &router.sin6_addr, 16));
	CHECK(!memcmp(&p.from.sin6_addr, &far.sin6_addr, 16));
	CHECK_EQ(p.data[0], 128);
	CHECK_EQ(get16(p.data + 6), 5);

	CHECK_EQ(sock_setsockopt(sock, SOL_IPV6, IPV6_MTU_DISCOVER, &pmtu, sizeof(pmtu)), 0);
	CHECK_EQ(send_echo6(sock, &router, 1461, 6), -EMSGSIZE);
	CHECK_EQ(raw6_recv(sock, &p, MSG_ERRQUEUE), 0);
	CHECK_EQ(p.ee.ee_origin, SO_EE_ORIGIN_LOCAL);
	CHECK_EQ(p.ee.ee_errno, (uint32_t)EMSGSIZE);
	CHECK_EQ(p.ee.ee_info, 1500u);
	CHECK_EQ(send_echo6(sock, &router, 1460, 7), 1460);
	sock_release(sock);
	env_close(&e);
}

/* The datagram probe: its source by getsockname, its route's MTU (IPV6_MTU) once connected. */
static void test_dgram6_connect(void)
{
	struct env e;
	struct netns *net;
	struct socket *sock;
	struct sockaddr_in6 to = sin6_of(A6(0x2001, 0xdb8, 0, 0, 0, 0, 0, 2), 0), me, want = sin6_of(A6(0x2001, 0xdb8, 0, 0, 0, 0, 0, 1), 0);
	socklen_t len = sizeof(me);
	int mtu = 0;
	socklen_t mlen = sizeof(mtu);

	env_open(&e);
	net = rtnl_init_net(e.w);
	CHECK_EQ(shell_run_line(e.sh, pair6), 0);
	CHECK_EQ(sock_create(net, AF_INET6, SOCK_DGRAM, 0, &sock), 0);
	CHECK_EQ(sock_getsockopt(sock, SOL_IPV6, IPV6_MTU, &mtu, &mlen), -ENOTCONN);
	to = sin6_of(A6(0x2001, 0xdb9, 0, 0, 0, 0, 0, 1), 0);
	CHECK_EQ(kernel_connect(sock, (struct sockaddr *)&to, sizeof(to), 0), -ENETUNREACH);
	to = sin6_of(A6(0x2001, 0xdb8, 0, 0, 0, 0, 0, 2), 0);
	CHECK_EQ(kernel_connect(sock, (struct sockaddr *)&to, sizeof(to), 0), 0);
	CHECK_EQ(kernel_getsockname(sock, (struct sockaddr *)&me, &len), 0);
	CHECK(!memcmp(&me.sin6_addr, &want.sin6_addr, 16));
	CHECK_EQ(sock_getsockopt(sock, SOL_IPV6, IPV6_MTU, &mtu, &mlen), 0);
	CHECK_EQ(mtu, 1500);
	sock_release(sock);
	env_close(&e);
}

int main(void)
{
	static const struct vl_test tests[] = {
		{ "packet_directions", test_packet_directions },
		{ "packet_any", test_packet_any },
		{ "packet_promisc", test_packet_promisc },
		{ "packet_device_gone", test_packet_device_gone },
		{ "packet_filter", test_packet_filter },
		{ "release_in_callback", test_release_in_callback },
		{ "packet_arp", test_packet_arp },
		{ "create_errors", test_create_errors },
		{ "raw_reply", test_raw_reply },
		{ "raw_error_queue", test_raw_error_queue },
		{ "raw_send_errors", test_raw_send_errors },
		{ "raw_bindtodevice", test_raw_bindtodevice },
		{ "dgram_connect_and_bind", test_dgram_connect_and_bind },
		{ "raw_netns_deleted_in_use", test_raw_netns_deleted_in_use },
		{ "udp", test_udp },
		{ "raw6_reply_and_filter", test_raw6_reply_and_filter },
		{ "raw6_link_local_scope", test_raw6_link_local_scope },
		{ "raw6_errors", test_raw6_errors },
		{ "dgram6_connect", test_dgram6_connect },
		{ NULL, NULL },
	};

	return harness_run(tests);
}

/*
 * af_packet.c: packet sockets (what libpcap opens): frames as a device
 * sends and receives them, whole (SOCK_RAW) or after the link header
 * (SOCK_DGRAM), with where they came from in a sockaddr_ll. They ride on
 * the devices' packet taps (core/dev.c): bound to one device, one tap;
 * bound to none ("any"), one on every device the namespace has when the
 * socket starts. A socket of one protocol (arping's ETH_P_ARP) sees only
 * what arrives of it, as a ptype_base handler does. Sending (packet_snd)
 * puts a frame on a device's transmit path, as arping does.
 */
#include <endian.h>
#include <errno.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "../core/alloc.h"
#include "../core/netdev.h"
#include "../core/netns.h"
#include "../core/world.h"
#include "../uapi/if_ether.h"
#include "ethernet.h"
#include "ipv4.h"
#include "sock.h"

struct packet_sock;

/* The socket's tap on one device (its prot_hook there). */
struct packet_hook {
	struct packet_tap tap;
	struct packet_sock *po;
	struct netdev *dev;          /* NULL once the device has gone */
};

struct packet_sock {
	struct sock sk;
	struct vl_list node;         /* in the namespace's packet_socks */
	int ifindex;                 /* bound device; 0 every device; -1 after it went */
	uint16_t num;                /* the protocol (network order); 0 is not running */
	bool ignore_outgoing;        /* PACKET_IGNORE_OUTGOING */
	bool auxdata;                /* PACKET_AUXDATA */
	struct packet_hook *hooks;
	size_t nhooks;
	unsigned int tp_packets, tp_drops;
};

static struct packet_sock *pkt_sk(struct socket *sock)
{
	return vl_container_of(sock->sk, struct packet_sock, sk);
}

/* What recvmsg gives of a packet (PACKET_SKB_CB): its source, and its length before the filter cut it. */
struct packet_skb_cb {
	struct sockaddr_ll sll;
	uint32_t origlen;
};

static struct packet_skb_cb *PACKET_SKB_CB(struct sk_buff *skb)
{
	_Static_assert(sizeof(struct packet_skb_cb) <= sizeof(skb->cb), "packet_skb_cb fits in cb");
	return (struct packet_skb_cb *)skb->cb;
}

/* eth_type_trans's pkt_type for a received frame, from its destination. */
static uint8_t rx_pkttype(const uint8_t *frame, const struct netdev *dev)
{
	static const uint8_t bcast[ETH_ALEN] = { 0xff, 0xff, 0xff, 0xff, 0xff, 0xff };

	if (!memcmp(frame, bcast, ETH_ALEN))
		return PACKET_BROADCAST;
	if (frame[0] & 1)
		return PACKET_MULTICAST;
	return memcmp(frame, dev->dev_addr, ETH_ALEN) ? PACKET_OTHERHOST : PACKET_HOST;
}

/*
 * A socket of one protocol is a ptype_base handler, not a ptype_all one:
 * dev_queue_xmit_nit never shows it what is sent, and it sees a received
 * frame of its ethertype only where the stack delivers it, so not on a
 * port whose master (a bridge) takes the frame in its rx_handler.
 */
static bool proto_matches(const struct packet_sock *po, const struct sk_buff *skb, const struct netdev *dev,
			  bool outgoing)
{
	return !outgoing && !dev->rx_handler && !memcmp(skb->data + 12, &po->num, 2);
}

/*
 * packet_rcv: the filter runs on what the socket would give (the whole
 * frame, or what follows its link header) and says how much of it to keep;
 * a copy of that (skb is only lent), its source in cb, goes onto the queue.
 */
static void packet_rcv(struct packet_tap *tap, const struct sk_buff *skb, bool outgoing)
{
	struct packet_hook *h = vl_container_of(tap, struct packet_hook, tap);
	struct packet_sock *po = h->po;
	uint32_t off = po->sk.sk_type == SOCK_DGRAM ? ETH_HLEN : 0, len, snaplen;
	struct packet_skb_cb *cb;
	struct sockaddr_ll *sll;
	struct sk_buff *n;

	/* A multicast packet's copy looped back to its own host (dev_loopback_xmit) is not shown. */
	if (skb->len < ETH_HLEN || (outgoing && po->ignore_outgoing) || (!outgoing && skb->pkt_type == PACKET_LOOPBACK))
		return;
	if (po->num != htobe16(ETH_P_ALL) && !proto_matches(po, skb, h->dev, outgoing))
		return;
	len = snaplen = skb->len - off;
	if (po->sk.sk_filter) {
		uint32_t res = bpf_prog_run(po->sk.sk_filter, skb->data + off, len);

		if (!res)
			return;
		if (res < snaplen)
			snaplen = res;
	}
	if (po->sk.sk_rmem_alloc >= (uint32_t)po->sk.sk_rcvbuf) {
		po->tp_drops++;
		return;
	}
	n = skb_copy(skb);
	cb = PACKET_SKB_CB(n);
	cb->origlen = len;
	sll = &cb->sll;
	memset(sll, 0, sizeof(*sll));
	sll->sll_family = AF_PACKET;
	memcpy(&sll->sll_protocol, skb->data + 12, 2);
	sll->sll_ifindex = h->dev->ifindex;
	sll->sll_hatype = h->dev->type;
	sll->sll_pkttype = outgoing ? PACKET_OUTGOING : rx_pkttype(skb->data, h->dev);
	sll->sll_halen = ETH_ALEN;
	memcpy(sll->sll_addr, skb->data + ETH_ALEN, ETH_ALEN);
	/* SOCK_DGRAM: the payload only. Cannot fail: the frame has its link header. */
	if (off)
		(void)!skb_pull(n, off);
	n->len = snaplen;
	po->tp_packets++;
	(void)sock_queue_rcv_skb(&po->sk, n);
}

/* packet_notifier's NETDEV_UNREGISTER: a socket bound to the device gets ENETDOWN. */
static void packet_gone(struct packet_tap *tap)
{
	struct packet_hook *h = vl_container_of(tap, struct packet_hook, tap);
	struct packet_sock *po = h->po;

	h->dev = NULL;
	if (po->ifindex > 0) {
		po->ifindex = -1;
		po->sk.sk_err = ENETDOWN;
		sk_error_report(&po->sk);
	}
}

static void hook_attach(struct packet_hook *h, struct packet_sock *po, struct netdev *dev)
{
	h->po = po;
	h->dev = dev;
	h->tap.fn = packet_rcv;
	h->tap.gone = packet_gone;
	dev_add_tap(dev, &h->tap);
}

/* __register_prot_hook: taps on the bound device, or on every device of the namespace. */
static void register_prot_hook(struct packet_sock *po)
{
	struct netns *net = po->sk.net;
	struct vl_list *pos;
	size_t i = 0;

	if (!po->num || po->ifindex < 0)
		return;
	if (po->ifindex) {
		struct netdev *dev = netdev_get_by_index(net, po->ifindex);

		if (!dev)
			return;
		po->hooks = vl_calloc(1, sizeof(*po->hooks));
		po->nhooks = 1;
		hook_attach(&po->hooks[0], po, dev);
		return;
	}
	po->hooks = vl_calloc(net->dev_count ? net->dev_count : 1, sizeof(*po->hooks));
	vl_list_for_each(pos, &net->devices) {
		if (i < net->dev_count)
			hook_attach(&po->hooks[i++], po, vl_list_entry(pos, struct netdev, dev_list));
	}
	po->nhooks = i;
}

static void unregister_prot_hook(struct packet_sock *po)
{
	for (size_t i = 0; i < po->nhooks; i++)
		if (po->hooks[i].dev)
			dev_remove_tap(po->hooks[i].dev, &po->hooks[i].tap);
	free(po->hooks);
	po->hooks = NULL;
	po->nhooks = 0;
}

static void packet_release(struct socket *sock)
{
	struct packet_sock *po = pkt_sk(sock);

	unregister_prot_hook(po);
	/* Off the list, unless the namespace went first (packet_net_exit took it off). */
	if (po->sk.net)
		vl_list_del(&po->node);
	free(po);
}

void packet_net_exit(struct ipv4_net *in)
{
	/* The devices went first: every tap is gone. Sockets belong to their tasks. */
	while (!vl_list_empty(&in->packet_socks)) {
		struct packet_sock *po = vl_container_of(in->packet_socks.next, struct packet_sock, node);

		vl_list_del(&po->node);
		po->sk.net = NULL;
	}
}

/* packet_bind: the device (0: every one) and the protocol (0: the one it has). */
static int packet_bind(struct socket *sock, const struct sockaddr *addr, socklen_t addrlen)
{
	struct packet_sock *po = pkt_sk(sock);
	struct sockaddr_ll sll;

	if (addrlen < sizeof(sll))
		return -EINVAL;
	memcpy(&sll, addr, sizeof(sll));
	if (sll.sll_family != AF_PACKET)
		return -EINVAL;
	if (sll.sll_ifindex && !netdev_get_by_index(po->sk.net, sll.sll_ifindex))
		return -ENODEV;
	unregister_prot_hook(po);
	po->ifindex = sll.sll_ifindex;
	if (sll.sll_protocol)
		po->num = sll.sll_protocol;
	register_prot_hook(po);
	return 0;
}

static int packet_getname(struct socket *sock, struct sockaddr *addr, socklen_t *addrlen)
{
	struct packet_sock *po = pkt_sk(sock);
	struct sockaddr_ll sll = { .sll_family = AF_PACKET, .sll_protocol = po->num };
	struct netdev *dev = po->ifindex > 0 && po->sk.net ? netdev_get_by_index(po->sk.net, po->ifindex) : NULL;

	sll.sll_ifindex = po->ifindex;
	if (dev) {
		sll.sll_hatype = dev->type;
		sll.sll_halen = ETH_ALEN;
		memcpy(sll.sll_addr, dev->dev_addr, ETH_ALEN);
	}
	if (*addrlen > sizeof(sll))
		*addrlen = sizeof(sll);
	memcpy(addr, &sll, *addrlen);
	*addrlen = sizeof(sll);
	return 0;
}

static void packet_recvname(struct socket *sock, const struct sk_buff *skb, struct msghdr *msg, bool errqueue)
{
	socklen_t n = sizeof(struct sockaddr_ll);

	(void)sock;
	(void)errqueue;
	if (!msg->msg_name) {
		msg->msg_namelen = 0;
		return;
	}
	if (msg->msg_namelen < n)
		n = msg->msg_namelen;
	memcpy(msg->msg_name, skb->cb, n);
	msg->msg_namelen = sizeof(struct sockaddr_ll);
}

/* packet_recvmsg's PACKET_AUXDATA: the length before the filter, and what was kept. */
static void packet_recvcmsg(struct socket *sock, const struct sk_buff *skb, struct msghdr *msg, bool errqueue)
{
	struct tpacket_auxdata aux = { .tp_status = TP_STATUS_USER };

	if (errqueue || !pkt_sk(sock)->auxdata)
		return;
	aux.tp_len = PACKET_SKB_CB((struct sk_buff *)skb)->origlen;
	aux.tp_snaplen = skb->len;
	put_cmsg(msg, SOL_PACKET, PACKET_AUXDATA, &aux, sizeof(aux));
}

/* PACKET_MR_PROMISC: held through the socket's tap on that device. */
static int packet_membership(struct packet_sock *po, const struct packet_mreq *mreq, bool add)
{
	struct packet_hook *h = NULL;

	if (mreq->mr_type != PACKET_MR_PROMISC)
		return -EOPNOTSUPP;
	for (size_t i = 0; i < po->nhooks; i++)
		if (po->hooks[i].dev && po->hooks[i].dev->ifindex == mreq->mr_ifindex)
			h = &po->hooks[i];
	if (!h)
		return netdev_get_by_index(po->sk.net, mreq->mr_ifindex) ? -EOPNOTSUPP : -ENODEV;
	if (h->tap.promisc == add)
		return add ? 0 : -EADDRNOTAVAIL;
	h->tap.promisc = add;
	(void)!dev_set_promiscuity(h->dev, add ? 1 : -1);
	return 0;
}

static int packet_setsockopt(struct socket *sock, int level, int optname, const void *optval,
			     socklen_t optlen)
{
	struct packet_sock *po = pkt_sk(sock);
	struct packet_mreq mreq;
	int val;

	if (level != SOL_PACKET)
		return -ENOPROTOOPT;
	switch (optname) {
	case PACKET_ADD_MEMBERSHIP:
	case PACKET_DROP_MEMBERSHIP:
		if (optlen < sizeof(mreq))
			return -EINVAL;
		memcpy(&mreq, optval, sizeof(mreq));
		return packet_membership(po, &mreq, optname == PACKET_ADD_MEMBERSHIP);
	case PACKET_IGNORE_OUTGOING:
		if (optlen < sizeof(int))
			return -EINVAL;
		memcpy(&val, optval, sizeof(val));
		if (val < 0 || val > 1)
			return -EINVAL;
		po->ignore_outgoing = val;
		return 0;
	case PACKET_AUXDATA:
		if (optlen < sizeof(int))
			return -EINVAL;
		memcpy(&val, optval, sizeof(val));
		po->auxdata = val != 0;
		return 0;
	default:
		return -ENOPROTOOPT;
	}
}

static int packet_getsockopt(struct socket *sock, int level, int optname, void *optval, socklen_t *optlen)
{
	struct packet_sock *po = pkt_sk(sock);

	if (level != SOL_PACKET || optname != PACKET_IGNORE_OUTGOING)
		return -ENOPROTOOPT;
	return put_int_opt(po->ignore_outgoing, optval, optlen);
}

/*
 * packet_snd: msg's data goes out of the device msg_name's sockaddr_ll
 * names (else the bound one), whole (SOCK_RAW) or behind the link header
 * dev_hard_header builds to sll_addr with sll_protocol (SOCK_DGRAM).
 * -ENXIO without a device, -ENETDOWN when it is down, -EMSGSIZE past its
 * MTU; a frame the device drops is sent as far as the caller can tell.
 */
static int packet_sendmsg(struct socket *sock, struct msghdr *msg)
{
	struct packet_sock *po = pkt_sk(sock);
	const struct sockaddr_ll *saddr = msg->msg_name;
	size_t len = msg_data_left(msg), hlen = sock->type == SOCK_RAW ? ETH_HLEN : 0;
	const uint8_t *addr = NULL;
	uint16_t proto = po->num;
	int ifindex = po->ifindex;
	struct netdev *dev;
	struct sk_buff *skb;

	if (saddr) {
		if (msg->msg_namelen < sizeof(*saddr) ||
		    msg->msg_namelen < offsetof(struct sockaddr_ll, sll_addr) + saddr->sll_halen)
			return -EINVAL;
		proto = saddr->sll_protocol;
		ifindex = saddr->sll_ifindex;
		addr = saddr->sll_addr;
	}
	dev = ifindex > 0 && po->sk.net ? netdev_get_by_index(po->sk.net, ifindex) : NULL;
	if (!dev)
		return -ENXIO;
	if (!(dev->flags & IFF_UP))
		return -ENETDOWN;
	if (len > (size_t)dev->mtu + hlen)
		return -EMSGSIZE;
	if (len < hlen)
		return -EINVAL;
	skb = alloc_skb(&dev->net->world->skb_pool, (uint32_t)(len + ETH_HLEN));
	if (!skb)
		return -ENOBUFS;
	/* Cannot fail: allocated for len and the link header. */
	memcpy_from_msg(skb_put(skb, (uint32_t)len), msg, len);
	skb->dev = dev;
	skb->protocol = be16toh(proto);
	skb->local_out = 1;
	if (sock->type == SOCK_DGRAM &&
	    eth_header(skb, be16toh(proto), addr ? addr : dev->broadcast, dev->dev_addr)) {
		kfree_skb_reason(skb, SKB_DROP_REASON_NOT_SPECIFIED);
		return -EINVAL;
	}
	if (dev_queue_xmit(skb) == NET_XMIT_DROP)
		return -ENOBUFS;
	return (int)len;
}

static const struct proto_ops packet_ops = {
	.family = AF_PACKET,
	.release = packet_release,
	.bind = packet_bind,
	.getname = packet_getname,
	.sendmsg = packet_sendmsg,
	.recvname = packet_recvname,
	.recvcmsg = packet_recvcmsg,
	.setsockopt = packet_setsockopt,
	.getsockopt = packet_getsockopt,
};

/* packet_create: SOCK_RAW or SOCK_DGRAM; a protocol starts it on every device at once. */
static int packet_create(struct netns *net, struct socket *sock, int protocol)
{
	struct packet_sock *po;

	if (sock->type != SOCK_RAW && sock->type != SOCK_DGRAM)
		return -ESOCKTNOSUPPORT;
	po = vl_calloc(1, sizeof(*po));
	sock_init_data(sock, &po->sk, net);
	po->sk.sk_protocol = protocol;
	sock->ops = &packet_ops;
	po->num = (uint16_t)protocol;
	vl_list_add_tail(&ipv4_net(net)->packet_socks, &po->node);
	register_prot_hook(po);
	return 0;
}

const struct net_proto_family packet_family_ops = {
	.family = AF_PACKET,
	.create = packet_create,
};

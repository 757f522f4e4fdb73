/* raw.c: raw ICMP sockets (what ping uses as root) and their device binding rules. */
#include "ipv4.h"
#include "../core/trace.h"

void raw_sock_register(struct netns *net, struct raw_sock *sk)
{
	sk->net = net;
	vl_list_add_tail(&ipv4_net(net)->raw_socks, &sk->node);
}

void raw_sock_unregister(struct raw_sock *sk)
{
	vl_list_del(&sk->node);
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

	vl_list_for_each_safe(pos, tmp, &in->raw_socks) {
		struct raw_sock *sk = vl_list_entry(pos, struct raw_sock, node);

		if (sk->bound_dev_if && sk->bound_dev_if != dif)
			continue;
		trace_skb(skb, TRACE_DELIVER, "raw_local_deliver");
		sk->ops->rcv(sk, skb, ip);
		taken = true;
	}
	return taken;
}

/* raw_icmp_error: here the binding is checked against the receiving device itself. */
void raw_icmp_error(struct sk_buff *skb, const struct iphdr_view *ip)
{
	struct ipv4_net *in = ipv4_net(skb->dev->net);
	struct vl_list *pos, *tmp;

	vl_list_for_each_safe(pos, tmp, &in->raw_socks) {
		struct raw_sock *sk = vl_list_entry(pos, struct raw_sock, node);

		if (sk->bound_dev_if && sk->bound_dev_if != skb->dev->ifindex)
			continue;
		if (sk->ops->err)
			sk->ops->err(sk, skb, ip);
	}
}

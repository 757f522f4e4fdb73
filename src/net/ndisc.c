/* ndisc.c: building DAD neighbour solicitations, router solicitations and MLDv2 reports. */
#include "ndisc.h"

#include <string.h>

#include "../core/netdev.h"
#include "../core/netns.h"
#include "../core/world.h"
#include "ethernet.h"
#include "wire.h"

#define IPPROTO_ICMPV6 58

void ipv6_solicited_node(const uint8_t *addr, uint8_t *group)
{
	static const uint8_t prefix[13] = { 0xff, 0x02, [11] = 0x01, [12] = 0xff };

	memcpy(group, prefix, 13);
	memcpy(group + 13, addr + 13, 3);
}

/* The ICMPv6 checksum covers a pseudo-header of both addresses, length and 58. */
static uint16_t icmp6_csum(const uint8_t *src, const uint8_t *dst, const uint8_t *msg, uint32_t len)
{
	uint8_t buf[40 + 128];

	memcpy(buf, src, 16);
	memcpy(buf + 16, dst, 16);
	put32(buf + 32, len);
	put32(buf + 36, IPPROTO_ICMPV6);
	memcpy(buf + 40, msg, len);
	return inet_csum(buf, 40 + len);
}

/* One frame: Ethernet to the group's 33:33 address, IPv6, optional hop-by-hop, ICMPv6. */
static void send_icmp6(struct netdev *dev, const uint8_t *src, const uint8_t *dst, uint8_t hops,
		       int with_hbh, uint8_t *msg, uint32_t len)
{
	static const uint8_t hbh_router_alert[8] = { IPPROTO_ICMPV6, 0, 5, 2, 0, 0, 1, 0 };
	uint32_t ext = with_hbh ? 8 : 0;
	struct sk_buff *skb = alloc_skb(&dev->net->world->skb_pool, 14 + 40 + ext + len);
	uint8_t mac[6] = { 0x33, 0x33, dst[12], dst[13], dst[14], dst[15] };
	uint8_t *h;

	if (!skb)
		return;
	put16(msg + 2, 0);
	put16(msg + 2, icmp6_csum(src, dst, msg, len));
	h = skb_put(skb, 40 + ext + len);
	put32(h, 0x60000000u);
	put16(h + 4, (uint16_t)(ext + len));
	h[6] = with_hbh ? 0 : IPPROTO_ICMPV6;
	h[7] = hops;
	memcpy(h + 8, src, 16);
	memcpy(h + 24, dst, 16);
	if (with_hbh)
		memcpy(h + 40, hbh_router_alert, 8);
	memcpy(h + 40 + ext, msg, len);
	skb->dev = dev;
	skb->local_out = 1;
	eth_header(skb, ETH_P_IPV6, mac, dev->dev_addr);
	dev_queue_xmit(skb);
}

void ndisc_send_dad_ns(struct netdev *dev, const uint8_t *target)
{
	static const uint8_t any[16];
	uint8_t dst[16], msg[32] = { 135 };

	ipv6_solicited_node(target, dst);
	memcpy(msg + 8, target, 16);
	/* enhanced_dad: a nonce option lets the sender recognise its own probe. */
	msg[24] = 14;
	msg[25] = 1;
	vl_rng_bytes(&dev->net->world->rng, msg + 26, 6);
	send_icmp6(dev, any, dst, 255, 0, msg, sizeof(msg));
}

void ndisc_send_rs(struct netdev *dev, const uint8_t *src)
{
	static const uint8_t all_routers[16] = { 0xff, 0x02, [15] = 2 };
	uint8_t msg[16] = { 133 };

	msg[8] = 1; /* source link-layer address option */
	msg[9] = 1;
	memcpy(msg + 10, dev->dev_addr, 6);
	send_icmp6(dev, src, all_routers, 255, 0, msg, sizeof(msg));
}

void mld_send_report(struct netdev *dev, const uint8_t *src, const uint8_t *group)
{
	static const uint8_t mld_routers[16] = { 0xff, 0x02, [15] = 0x16 };
	uint8_t msg[28] = { 143 };

	put16(msg + 6, 1);  /* one group record */
	msg[8] = 4;         /* CHANGE_TO_EXCLUDE_MODE: joined */
	memcpy(msg + 12, group, 16);
	send_icmp6(dev, src, mld_routers, 1, 1, msg, sizeof(msg));
}

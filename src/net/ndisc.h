/* ndisc.h: neighbour discovery (NS, NA, DAD, RS, redirects) on the wire. */
#ifndef VL_NDISC_H
#define VL_NDISC_H

#include <stdbool.h>
#include <stdint.h>

#include "../core/alloc.h"

struct netdev;
struct sk_buff;
struct world;

/* Duplicate address detection probe: from ::, to target's solicited-node group; stores the nonce. */
void ndisc_send_dad_ns(struct netdev *dev, const uint8_t *target, uint8_t *nonce);
/* Router solicitation to ff02::2 with our link-layer address. */
void ndisc_send_rs(struct netdev *dev, const uint8_t *src);
/*
 * One ICMPv6 message msg of len bytes out of dev (its checksum filled in
 * here), with hops as hop limit and, with_hbh, the router-alert hop-by-hop
 * header MLD needs: what ndisc and MLD send on the link. cause is the
 * packet it is sent for or answers (for `why`), or NULL.
 */
void ndisc_send_icmp6(struct netdev *dev, const uint8_t *src, const uint8_t *dst, uint8_t hops,
		      int with_hbh, uint8_t *msg, uint32_t len, struct sk_buff *cause);
/*
 * A router sends skb back out of the link it came in on (skb->dev): tells the
 * sender target is the better first hop, if the kernel would. skb is not consumed.
 */
void ndisc_send_redirect(struct sk_buff *skb, const uint8_t *target);
/* ff02::1:ffXX:XXXX for addr. */
void ipv6_solicited_node(const uint8_t *addr, uint8_t *group);
/* ndisc_late_init: the IPv6 neighbours follow their device (ndisc_netdev_notifier). */
VL_MUST_CHECK int ndisc_late_init(struct world *w);

#endif

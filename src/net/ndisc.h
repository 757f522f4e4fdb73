/* ndisc.h: neighbour discovery (NS, NA, DAD, RS) and MLDv2 reports on the wire. */
#ifndef VL_NDISC_H
#define VL_NDISC_H

#include <stdbool.h>
#include <stdint.h>

struct netdev;
struct sk_buff;

/* Duplicate address detection probe: from ::, to target's solicited-node group; stores the nonce. */
void ndisc_send_dad_ns(struct netdev *dev, const uint8_t *target, uint8_t *nonce);
/* Router solicitation to ff02::2 with our link-layer address. */
void ndisc_send_rs(struct netdev *dev, const uint8_t *src);
/* MLDv2 report to ff02::16: one record per group, CHANGE_TO_EXCLUDE (joined) or CHANGE_TO_INCLUDE (left). */
void mld_send_report(struct netdev *dev, const uint8_t *src, const uint8_t (*groups)[16], int n, bool left);
/*
 * A router sends skb back out of the link it came in on (skb->dev): tells the
 * sender target is the better first hop, if the kernel would. skb is not consumed.
 */
void ndisc_send_redirect(struct sk_buff *skb, const uint8_t *target);
/* ff02::1:ffXX:XXXX for addr. */
void ipv6_solicited_node(const uint8_t *addr, uint8_t *group);

#endif

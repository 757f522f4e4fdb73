/* snmp.h: the per-namespace MIB counters behind /proc/net/snmp, netstat and snmp6 (include/uapi/linux/snmp.h). */
#ifndef VL_SNMP_H
#define VL_SNMP_H

#include <stdint.h>
#include <stdio.h>

struct netns;

/*
 * IP counters, one set per family (Ip: and IpExt: for IPv4, Ip6* for IPv6),
 * as the kernel's IPSTATS_MIB_*. A packets counter and its octets counter
 * are neighbours, so that one call counts both (IP_UPD_PO_STATS).
 */
enum ipstats_mib {
	IPSTATS_MIB_IN,               /* InReceives */
	IPSTATS_MIB_INOCTETS,
	IPSTATS_MIB_OUT,              /* OutTransmits */
	IPSTATS_MIB_OUTOCTETS,
	IPSTATS_MIB_INMCAST,
	IPSTATS_MIB_INMCASTOCTETS,
	IPSTATS_MIB_OUTMCAST,
	IPSTATS_MIB_OUTMCASTOCTETS,
	IPSTATS_MIB_INBCAST,
	IPSTATS_MIB_INBCASTOCTETS,
	IPSTATS_MIB_OUTBCAST,
	IPSTATS_MIB_OUTBCASTOCTETS,
	IPSTATS_MIB_INDELIVERS,
	IPSTATS_MIB_OUTREQUESTS,
	IPSTATS_MIB_OUTFORWDATAGRAMS,
	IPSTATS_MIB_INHDRERRORS,
	IPSTATS_MIB_INTOOBIGERRORS,
	IPSTATS_MIB_INNOROUTES,
	IPSTATS_MIB_INADDRERRORS,
	IPSTATS_MIB_INUNKNOWNPROTOS,
	IPSTATS_MIB_INTRUNCATEDPKTS,
	IPSTATS_MIB_INDISCARDS,
	IPSTATS_MIB_OUTDISCARDS,
	IPSTATS_MIB_OUTNOROUTES,
	IPSTATS_MIB_REASMTIMEOUT,
	IPSTATS_MIB_REASMREQDS,
	IPSTATS_MIB_REASMOKS,
	IPSTATS_MIB_REASMFAILS,
	IPSTATS_MIB_FRAGOKS,
	IPSTATS_MIB_FRAGFAILS,
	IPSTATS_MIB_FRAGCREATES,
	IPSTATS_MIB_CSUMERRORS,
	/* By the ECN codepoint of received packets: NOECTPKTS + (tos & 3). */
	IPSTATS_MIB_NOECTPKTS,
	IPSTATS_MIB_ECT1PKTS,
	IPSTATS_MIB_ECT0PKTS,
	IPSTATS_MIB_CEPKTS,
	IPSTATS_MIB_REASM_OVERLAPS,
	IPSTATS_MIB_MAX
};

/* The Icmp: counters that are not per message type. */
enum icmp_mib {
	ICMP_MIB_INMSGS,
	ICMP_MIB_INERRORS,
	ICMP_MIB_CSUMERRORS,
	ICMP_MIB_OUTMSGS,
	ICMP_MIB_OUTERRORS,
	ICMP_MIB_RATELIMITGLOBAL,
	ICMP_MIB_RATELIMITHOST,
	ICMP_MIB_MAX
};

/* The Icmp6 counters that are not per message type. */
enum icmp6_mib {
	ICMP6_MIB_INMSGS,
	ICMP6_MIB_INERRORS,
	ICMP6_MIB_OUTMSGS,
	ICMP6_MIB_OUTERRORS,
	ICMP6_MIB_CSUMERRORS,
	ICMP6_MIB_RATELIMITHOST,
	ICMP6_MIB_MAX
};

/* Per message type: received types at [type], sent ones at [256 + type]. */
#define ICMPMSG_MIB_MAX 512
#define ICMPMSG_OUT 256
#define ICMPMSG_CHUNK 16

/*
 * The per-type counters, in chunks of sixteen allocated on a type's first
 * message: a namespace sees a handful of types, and 512 counters inline
 * were 4 KiB of each namespace's IPv4 and of its IPv6 state. The chunks
 * sit side by side in one array, found through a byte per chunk (its place
 * plus one, 0: none yet): a table of 32 pointers was 256 bytes of every
 * namespace that sends an MLD report.
 */
struct icmpmsg_mib {
	uint64_t (*chunks)[ICMPMSG_CHUNK];
	uint8_t slot[ICMPMSG_MIB_MAX / ICMPMSG_CHUNK];
	uint8_t n;  /* chunks allocated */
};

/* The Udp: counters (UDP_MIB_*), in /proc/net/snmp's order. */
enum udp_mib {
	UDP_MIB_INDATAGRAMS,
	UDP_MIB_NOPORTS,
	UDP_MIB_INERRORS,
	UDP_MIB_OUTDATAGRAMS,
	UDP_MIB_RCVBUFERRORS,
	UDP_MIB_SNDBUFERRORS,
	UDP_MIB_CSUMERRORS,
	UDP_MIB_IGNOREDMULTI,
	UDP_MIB_MEMERRORS,
	UDP_MIB_MAX
};

struct ipv4_mib {
	uint64_t ip[IPSTATS_MIB_MAX];
	uint64_t udp[UDP_MIB_MAX];
	uint64_t icmp[ICMP_MIB_MAX];
	struct icmpmsg_mib icmpmsg;
};

struct ipv6_mib {
	uint64_t ip[IPSTATS_MIB_MAX];
	uint64_t icmp[ICMP6_MIB_MAX];
	struct icmpmsg_mib icmpmsg;
};

/* The chunk that holds counter i, allocated (zeroed) now. */
uint64_t *icmpmsg_chunk_new(struct icmpmsg_mib *m, unsigned int i);
void icmpmsg_mib_free(struct icmpmsg_mib *m);

/* ICMPMSG_INC: counter i (a type, plus ICMPMSG_OUT when sent) goes up by one. */
static inline void icmpmsg_inc(struct icmpmsg_mib *m, unsigned int i)
{
	unsigned int s = m->slot[i / ICMPMSG_CHUNK];
	uint64_t *c = s ? m->chunks[s - 1] : icmpmsg_chunk_new(m, i);

	c[i % ICMPMSG_CHUNK]++;
}

static inline uint64_t icmpmsg_get(const struct icmpmsg_mib *m, unsigned int i)
{
	unsigned int s = m->slot[i / ICMPMSG_CHUNK];

	return s ? m->chunks[s - 1][i % ICMPMSG_CHUNK] : 0;
}

/* IP_UPD_PO_STATS: one packet and its octets, in a packets/octets pair. */
static inline void snmp_upd_po(uint64_t *mib, enum ipstats_mib pkts, uint64_t len)
{
	mib[pkts]++;
	mib[pkts + 1] += len;
}

/* The files, as one read gives them (snmp.c). */
void snmp_seq_show(struct netns *net, FILE *f);     /* /proc/net/snmp */
void netstat_seq_show(struct netns *net, FILE *f);  /* /proc/net/netstat */
void snmp6_seq_show(struct netns *net, FILE *f);    /* /proc/net/snmp6 */

#endif

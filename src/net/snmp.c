/* snmp.c: /proc/net/snmp, netstat and snmp6 as net/ipv4/proc.c and net/ipv6/proc.c print the MIBs. */
#include "snmp.h"

#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "../core/alloc.h"
#include "../core/netns.h"
#include "../core/world.h"
#include "ipv4.h"
#include "ipv6.h"

struct snmp_item {
	const char *name;
	int field;
};

/* snmp4_ipstats_list, after Forwarding and DefaultTTL. */
static const struct snmp_item ip_list[] = {
	{ "InReceives", IPSTATS_MIB_IN },
	{ "InHdrErrors", IPSTATS_MIB_INHDRERRORS },
	{ "InAddrErrors", IPSTATS_MIB_INADDRERRORS },
	{ "ForwDatagrams", IPSTATS_MIB_OUTFORWDATAGRAMS },
	{ "InUnknownProtos", IPSTATS_MIB_INUNKNOWNPROTOS },
	{ "InDiscards", IPSTATS_MIB_INDISCARDS },
	{ "InDelivers", IPSTATS_MIB_INDELIVERS },
	{ "OutRequests", IPSTATS_MIB_OUTREQUESTS },
	{ "OutDiscards", IPSTATS_MIB_OUTDISCARDS },
	{ "OutNoRoutes", IPSTATS_MIB_OUTNOROUTES },
	{ "ReasmTimeout", IPSTATS_MIB_REASMTIMEOUT },
	{ "ReasmReqds", IPSTATS_MIB_REASMREQDS },
	{ "ReasmOKs", IPSTATS_MIB_REASMOKS },
	{ "ReasmFails", IPSTATS_MIB_REASMFAILS },
	{ "FragOKs", IPSTATS_MIB_FRAGOKS },
	{ "FragFails", IPSTATS_MIB_FRAGFAILS },
	{ "FragCreates", IPSTATS_MIB_FRAGCREATES },
	{ "OutTransmits", IPSTATS_MIB_OUT },
	{ NULL, 0 },
};

/* snmp4_ipextstats_list */
static const struct snmp_item ipext_list[] = {
	{ "InNoRoutes", IPSTATS_MIB_INNOROUTES },
	{ "InTruncatedPkts", IPSTATS_MIB_INTRUNCATEDPKTS },
	{ "InMcastPkts", IPSTATS_MIB_INMCAST },
	{ "OutMcastPkts", IPSTATS_MIB_OUTMCAST },
	{ "InBcastPkts", IPSTATS_MIB_INBCAST },
	{ "OutBcastPkts", IPSTATS_MIB_OUTBCAST },
	{ "InOctets", IPSTATS_MIB_INOCTETS },
	{ "OutOctets", IPSTATS_MIB_OUTOCTETS },
	{ "InMcastOctets", IPSTATS_MIB_INMCASTOCTETS },
	{ "OutMcastOctets", IPSTATS_MIB_OUTMCASTOCTETS },
	{ "InBcastOctets", IPSTATS_MIB_INBCASTOCTETS },
	{ "OutBcastOctets", IPSTATS_MIB_OUTBCASTOCTETS },
	{ "InCsumErrors", IPSTATS_MIB_CSUMERRORS },
	{ "InNoECTPkts", IPSTATS_MIB_NOECTPKTS },
	{ "InECT1Pkts", IPSTATS_MIB_ECT1PKTS },
	{ "InECT0Pkts", IPSTATS_MIB_ECT0PKTS },
	{ "InCEPkts", IPSTATS_MIB_CEPKTS },
	{ "ReasmOverlaps", IPSTATS_MIB_REASM_OVERLAPS },
	{ NULL, 0 },
};

/* snmp6_ipstats_list */
static const struct snmp_item ip6_list[] = {
	{ "Ip6InReceives", IPSTATS_MIB_IN },
	{ "Ip6InHdrErrors", IPSTATS_MIB_INHDRERRORS },
	{ "Ip6InTooBigErrors", IPSTATS_MIB_INTOOBIGERRORS },
	{ "Ip6InNoRoutes", IPSTATS_MIB_INNOROUTES },
	{ "Ip6InAddrErrors", IPSTATS_MIB_INADDRERRORS },
	{ "Ip6InUnknownProtos", IPSTATS_MIB_INUNKNOWNPROTOS },
	{ "Ip6InTruncatedPkts", IPSTATS_MIB_INTRUNCATEDPKTS },
	{ "Ip6InDiscards", IPSTATS_MIB_INDISCARDS },
	{ "Ip6InDelivers", IPSTATS_MIB_INDELIVERS },
	{ "Ip6OutForwDatagrams", IPSTATS_MIB_OUTFORWDATAGRAMS },
	{ "Ip6OutRequests", IPSTATS_MIB_OUTREQUESTS },
	{ "Ip6OutDiscards", IPSTATS_MIB_OUTDISCARDS },
	{ "Ip6OutNoRoutes", IPSTATS_MIB_OUTNOROUTES },
	{ "Ip6ReasmTimeout", IPSTATS_MIB_REASMTIMEOUT },
	{ "Ip6ReasmReqds", IPSTATS_MIB_REASMREQDS },
	{ "Ip6ReasmOKs", IPSTATS_MIB_REASMOKS },
	{ "Ip6ReasmFails", IPSTATS_MIB_REASMFAILS },
	{ "Ip6FragOKs", IPSTATS_MIB_FRAGOKS },
	{ "Ip6FragFails", IPSTATS_MIB_FRAGFAILS },
	{ "Ip6FragCreates", IPSTATS_MIB_FRAGCREATES },
	{ "Ip6InMcastPkts", IPSTATS_MIB_INMCAST },
	{ "Ip6OutMcastPkts", IPSTATS_MIB_OUTMCAST },
	{ "Ip6InOctets", IPSTATS_MIB_INOCTETS },
	{ "Ip6OutOctets", IPSTATS_MIB_OUTOCTETS },
	{ "Ip6InMcastOctets", IPSTATS_MIB_INMCASTOCTETS },
	{ "Ip6OutMcastOctets", IPSTATS_MIB_OUTMCASTOCTETS },
	{ "Ip6InBcastOctets", IPSTATS_MIB_INBCASTOCTETS },
	{ "Ip6OutBcastOctets", IPSTATS_MIB_OUTBCASTOCTETS },
	{ "Ip6InNoECTPkts", IPSTATS_MIB_NOECTPKTS },
	{ "Ip6InECT1Pkts", IPSTATS_MIB_ECT1PKTS },
	{ "Ip6InECT0Pkts", IPSTATS_MIB_ECT0PKTS },
	{ "Ip6InCEPkts", IPSTATS_MIB_CEPKTS },
	{ "Ip6OutTransmits", IPSTATS_MIB_OUT },
	{ NULL, 0 },
};

/* snmp6_icmp6_list */
static const struct snmp_item icmp6_list[] = {
	{ "Icmp6InMsgs", ICMP6_MIB_INMSGS },
	{ "Icmp6InErrors", ICMP6_MIB_INERRORS },
	{ "Icmp6OutMsgs", ICMP6_MIB_OUTMSGS },
	{ "Icmp6OutErrors", ICMP6_MIB_OUTERRORS },
	{ "Icmp6InCsumErrors", ICMP6_MIB_CSUMERRORS },
	{ "Icmp6OutRateLimitHost", ICMP6_MIB_RATELIMITHOST },
	{ NULL, 0 },
};

/* icmpmibmap: the Icmp: columns named after a message type, in the kernel's order. */
static const struct snmp_item icmp_types[] = {
	{ "DestUnreachs", 3 }, { "TimeExcds", 11 }, { "ParmProbs", 12 }, { "SrcQuenchs", 4 },
	{ "Redirects", 5 }, { "Echos", 8 }, { "EchoReps", 0 }, { "Timestamps", 13 },
	{ "TimestampReps", 14 }, { "AddrMasks", 17 }, { "AddrMaskReps", 18 }, { NULL, 0 },
};

/* icmp6type2name, in type order: the Icmp6In<Name> and Icmp6Out<Name> lines. */
static const struct snmp_item icmp6_types[] = {
	{ "DestUnreachs", 1 }, { "PktTooBigs", 2 }, { "TimeExcds", 3 }, { "ParmProblems", 4 },
	{ "Echos", 128 }, { "EchoReplies", 129 }, { "GroupMembQueries", 130 },
	{ "GroupMembResponses", 131 }, { "GroupMembReductions", 132 }, { "RouterSolicits", 133 },
	{ "RouterAdvertisements", 134 }, { "NeighborSolicits", 135 },
	{ "NeighborAdvertisements", 136 }, { "Redirects", 137 }, { "MLDv2Reports", 143 },
	{ NULL, 0 },
};

/* Counters nothing in vethlab changes: their names, their values always zero. */
static const char *const udp6_names[] = {
	"Udp6InDatagrams", "Udp6NoPorts", "Udp6InErrors", "Udp6OutDatagrams", "Udp6RcvbufErrors",
	"Udp6SndbufErrors", "Udp6InCsumErrors", "Udp6IgnoredMulti", "Udp6MemErrors",
	"UdpLite6InDatagrams", "UdpLite6NoPorts", "UdpLite6InErrors", "UdpLite6OutDatagrams",
	"UdpLite6RcvbufErrors", "UdpLite6SndbufErrors", "UdpLite6InCsumErrors", "UdpLite6MemErrors",
	NULL,
};

/* snmp_seq_show_tcp_udp with no TCP socket ever: RtoMin/RtoMax/MaxConn are constants. */
static const char snmp_tcp[] =
	"Tcp: RtoAlgorithm RtoMin RtoMax MaxConn ActiveOpens PassiveOpens AttemptFails EstabResets "
	"CurrEstab InSegs OutSegs RetransSegs InErrs OutRsts InCsumErrors\n"
	"Tcp: 1 200 120000 -1 0 0 0 0 0 0 0 0 0 0 0\n";

/* snmp4_udp_list: the Udp: line is counted; UDP-Lite is not modelled, all zero. */
static const struct snmp_item udp_list[] = {
	{ "InDatagrams", UDP_MIB_INDATAGRAMS }, { "NoPorts", UDP_MIB_NOPORTS },
	{ "InErrors", UDP_MIB_INERRORS }, { "OutDatagrams", UDP_MIB_OUTDATAGRAMS },
	{ "RcvbufErrors", UDP_MIB_RCVBUFERRORS }, { "SndbufErrors", UDP_MIB_SNDBUFERRORS },
	{ "InCsumErrors", UDP_MIB_CSUMERRORS }, { "IgnoredMulti", UDP_MIB_IGNOREDMULTI },
	{ "MemErrors", UDP_MIB_MEMERRORS }, { NULL, 0 },
};

static const char udplite_names[] =
	"InDatagrams NoPorts InErrors OutDatagrams RcvbufErrors SndbufErrors InCsumErrors IgnoredMulti MemErrors";

/* snmp4_net_list (TcpExt:) and the MPTCP MIB (MPTcpExt:): TCP is not emulated, all zero. */
static const char tcpext_names[] =
	"SyncookiesSent SyncookiesRecv SyncookiesFailed EmbryonicRsts PruneCalled RcvPruned "
	"OfoPruned OutOfWindowIcmps LockDroppedIcmps ArpFilter TW TWRecycled TWKilled PAWSActive "
	"PAWSEstab BeyondWindow TSEcrRejected PAWSOldAck PAWSTimewait DelayedACKs DelayedACKLocked "
	"DelayedACKLost ListenOverflows ListenDrops TCPHPHits TCPPureAcks TCPHPAcks TCPRenoRecovery "
	"TCPSackRecovery TCPSACKReneging TCPSACKReorder TCPRenoReorder TCPTSReorder TCPFullUndo "
	"TCPPartialUndo TCPDSACKUndo TCPLossUndo TCPLostRetransmit TCPRenoFailures TCPSackFailures "
	"TCPLossFailures TCPFastRetrans TCPSlowStartRetrans TCPTimeouts TCPLossProbes "
	"TCPLossProbeRecovery TCPRenoRecoveryFail TCPSackRecoveryFail TCPRcvCollapsed "
	"TCPBacklogCoalesce TCPDSACKOldSent TCPDSACKOfoSent TCPDSACKRecv TCPDSACKOfoRecv "
	"TCPAbortOnData TCPAbortOnClose TCPAbortOnMemory TCPAbortOnTimeout TCPAbortOnLinger "
	"TCPAbortFailed TCPMemoryPressures TCPMemoryPressuresChrono TCPSACKDiscard "
	"TCPDSACKIgnoredOld TCPDSACKIgnoredNoUndo TCPSpuriousRTOs TCPMD5NotFound TCPMD5Unexpected "
	"TCPMD5Failure TCPSackShifted TCPSackMerged TCPSackShiftFallback TCPBacklogDrop "
	"PFMemallocDrop TCPMinTTLDrop TCPDeferAcceptDrop IPReversePathFilter TCPTimeWaitOverflow "
	"TCPReqQFullDoCookies TCPReqQFullDrop TCPRetransFail TCPRcvCoalesce TCPOFOQueue TCPOFODrop "
	"TCPOFOMerge TCPChallengeACK TCPSYNChallenge TCPFastOpenActive TCPFastOpenActiveFail "
	"TCPFastOpenPassive TCPFastOpenPassiveFail TCPFastOpenListenOverflow TCPFastOpenCookieReqd "
	"TCPFastOpenBlackhole TCPSpuriousRtxHostQueues BusyPollRxPackets TCPAutoCorking "
	"TCPFromZeroWindowAdv TCPToZeroWindowAdv TCPWantZeroWindowAdv TCPSynRetrans "
	"TCPOrigDataSent TCPHystartTrainDetect TCPHystartTrainCwnd TCPHystartDelayDetect "
	"TCPHystartDelayCwnd TCPACKSkippedSynRecv TCPACKSkippedPAWS TCPACKSkippedSeq "
	"TCPACKSkippedFinWait2 TCPACKSkippedTimeWait TCPACKSkippedChallenge TCPWinProbe "
	"TCPKeepAlive TCPMTUPFail TCPMTUPSuccess TCPDelivered TCPDeliveredCE TCPAckCompressed "
	"TCPZeroWindowDrop TCPRcvQDrop TCPWqueueTooBig TCPFastOpenPassiveAltKey TcpTimeoutRehash "
	"TcpDuplicateDataRehash TCPDSACKRecvSegs TCPDSACKIgnoredDubious TCPMigrateReqSuccess "
	"TCPMigrateReqFailure TCPPLBRehash TCPAORequired TCPAOBad TCPAOKeyNotFound TCPAOGood "
	"TCPAODroppedIcmps";

static const char mptcpext_names[] =
	"MPCapableSYNRX MPCapableSYNTX MPCapableSYNACKRX MPCapableACKRX MPCapableFallbackACK "
	"MPCapableFallbackSYNACK MPCapableSYNTXDrop MPCapableSYNTXDisabled MPCapableEndpAttempt "
	"MPFallbackTokenInit MPTCPRetrans MPJoinNoTokenFound MPJoinSynRx MPJoinSynBackupRx "
	"MPJoinSynAckRx MPJoinSynAckBackupRx MPJoinSynAckHMacFailure MPJoinAckRx "
	"MPJoinAckHMacFailure MPJoinRejected MPJoinSynTx MPJoinSynTxCreatSkErr MPJoinSynTxBindErr "
	"MPJoinSynTxConnectErr DSSNotMatching DSSCorruptionFallback DSSCorruptionReset "
	"InfiniteMapTx InfiniteMapRx DSSNoMatchTCP DataCsumErr OFOQueueTail OFOQueue OFOMerge "
	"NoDSSInWindow DuplicateData AddAddr AddAddrTx AddAddrTxDrop EchoAdd EchoAddTx "
	"EchoAddTxDrop PortAdd AddAddrDrop MPJoinPortSynRx MPJoinPortSynAckRx MPJoinPortAckRx "
	"MismatchPortSynRx MismatchPortAckRx RmAddr RmAddrDrop RmAddrTx RmAddrTxDrop RmSubflow "
	"MPPrioTx MPPrioRx MPFailTx MPFailRx MPFastcloseTx MPFastcloseRx MPRstTx MPRstRx "
	"SubflowStale SubflowRecover SndWndShared RcvWndShared RcvWndConflictUpdate RcvWndConflict "
	"MPCurrEstab Blackhole MPCapableDataFallback MD5SigFallback DssFallback "
	"SimultConnectFallback FallbackFailed WinProbe";

/* A names line and a values line of a list of u64 counters. */
static void put_pair(FILE *f, const char *prefix, const struct snmp_item *items, const uint64_t *mib)
{
	fprintf(f, "%s:", prefix);
	for (const struct snmp_item *it = items; it->name; it++)
		fprintf(f, " %s", it->name);
	fprintf(f, "\n%s:", prefix);
	for (const struct snmp_item *it = items; it->name; it++)
		fprintf(f, " %" PRIu64, mib[it->field]);
	fputc('\n', f);
}

/* A names line and a values line of zeros, for a MIB nothing changes. */
static void put_zero_pair(FILE *f, const char *prefix, const char *names)
{
	fprintf(f, "%s: %s\n%s:", prefix, names, prefix);
	for (const char *p = names; p; p = strchr(p + 1, ' '))
		fputs(" 0", f);
	fputc('\n', f);
}

/* icmp_put: the totals, then the named per-type columns, In then Out. */
static void icmp_put(FILE *f, const struct ipv4_mib *mib)
{
	fputs("Icmp: InMsgs InErrors InCsumErrors", f);
	for (const struct snmp_item *t = icmp_types; t->name; t++)
		fprintf(f, " In%s", t->name);
	fputs(" OutMsgs OutErrors OutRateLimitGlobal OutRateLimitHost", f);
	for (const struct snmp_item *t = icmp_types; t->name; t++)
		fprintf(f, " Out%s", t->name);
	fprintf(f, "\nIcmp: %" PRIu64 " %" PRIu64 " %" PRIu64, mib->icmp[ICMP_MIB_INMSGS],
		mib->icmp[ICMP_MIB_INERRORS], mib->icmp[ICMP_MIB_CSUMERRORS]);
	for (const struct snmp_item *t = icmp_types; t->name; t++)
		fprintf(f, " %" PRIu64, icmpmsg_get(&mib->icmpmsg, t->field));
	fprintf(f, " %" PRIu64 " %" PRIu64 " %" PRIu64 " %" PRIu64, mib->icmp[ICMP_MIB_OUTMSGS],
		mib->icmp[ICMP_MIB_OUTERRORS], mib->icmp[ICMP_MIB_RATELIMITGLOBAL],
		mib->icmp[ICMP_MIB_RATELIMITHOST]);
	for (const struct snmp_item *t = icmp_types; t->name; t++)
		fprintf(f, " %" PRIu64, icmpmsg_get(&mib->icmpmsg, ICMPMSG_OUT + t->field));
	fputc('\n', f);
}

#define ICMPMSG_PERLINE 16

static void icmpmsg_put_line(FILE *f, const struct icmpmsg_mib *msg, const int *types, int n)
{
	fputs("IcmpMsg:", f);
	for (int j = 0; j < n; j++)
		fprintf(f, " %sType%d", types[j] >= ICMPMSG_OUT ? "Out" : "In", types[j] % ICMPMSG_OUT);
	fputs("\nIcmpMsg:", f);
	for (int j = 0; j < n; j++)
		fprintf(f, " %" PRIu64, icmpmsg_get(msg, types[j]));
	fputc('\n', f);
}

/* icmpmsg_put: only the types seen, In before Out, at most sixteen a pair of lines. */
static void icmpmsg_put(FILE *f, const struct icmpmsg_mib *msg)
{
	int types[ICMPMSG_PERLINE], n = 0;

	for (int i = 0; i < ICMPMSG_MIB_MAX; i++) {
		if (icmpmsg_get(msg, i))
			types[n++] = i;
		if (n == ICMPMSG_PERLINE) {
			icmpmsg_put_line(f, msg, types, n);
			n = 0;
		}
	}
	if (n)
		icmpmsg_put_line(f, msg, types, n);
}

/* What a namespace that has counted nothing shows. */
static const struct ipv4_mib ipv4_mib_zero;
static const struct ipv6_mib ipv6_mib_zero;

void snmp_seq_show(struct netns *net, FILE *f)
{
	const struct ipv4_mib *mib = net->ipv4->mib ? net->ipv4->mib : &ipv4_mib_zero;

	fputs("Ip: Forwarding DefaultTTL", f);
	for (const struct snmp_item *it = ip_list; it->name; it++)
		fprintf(f, " %s", it->name);
	/* Forwarding is 1 or 2 (RFC 1213); DefaultTTL is ip_default_ttl. */
	fprintf(f, "\nIp: %d %d", net->sysctl->v4_all.data[IPV4_DEVCONF_FORWARDING] ? 1 : 2,
		net->sysctl->v4_net[IPV4_NET_IP_DEFAULT_TTL]);
	for (const struct snmp_item *it = ip_list; it->name; it++)
		fprintf(f, " %" PRIu64, mib->ip[it->field]);
	fputc('\n', f);
	icmp_put(f, mib);
	icmpmsg_put(f, &mib->icmpmsg);
	fputs(snmp_tcp, f);
	put_pair(f, "Udp", udp_list, mib->udp);
	put_zero_pair(f, "UdpLite", udplite_names);
}

void netstat_seq_show(struct netns *net, FILE *f)
{
	put_zero_pair(f, "TcpExt", tcpext_names);
	put_pair(f, "IpExt", ipext_list, net->ipv4->mib ? net->ipv4->mib->ip : ipv4_mib_zero.ip);
	put_zero_pair(f, "MPTcpExt", mptcpext_names);
}

static void snmp6_put(FILE *f, const char *name, uint64_t v)
{
	fprintf(f, "%-32s\t%" PRIu64 "\n", name, v);
}

/* snmp6_seq_show_icmpv6msg: the named types always, then every type seen by number. */
static void snmp6_icmpv6msg(FILE *f, const struct icmpmsg_mib *msg)
{
	char name[48];

	for (int dir = 0; dir < ICMPMSG_MIB_MAX; dir += ICMPMSG_OUT) {
		for (const struct snmp_item *t = icmp6_types; t->name; t++) {
			snprintf(name, sizeof(name), "Icmp6%s%s", dir ? "Out" : "In", t->name);
			snmp6_put(f, name, icmpmsg_get(msg, dir + t->field));
		}
	}
	for (int i = 0; i < ICMPMSG_MIB_MAX; i++) {
		if (!icmpmsg_get(msg, i))
			continue;
		snprintf(name, sizeof(name), "Icmp6%sType%d", i >= ICMPMSG_OUT ? "Out" : "In", i % ICMPMSG_OUT);
		snmp6_put(f, name, icmpmsg_get(msg, i));
	}
}

void snmp6_seq_show(struct netns *net, FILE *f)
{
	const struct ipv6_mib *mib = net->ipv6->mib ? net->ipv6->mib : &ipv6_mib_zero;

	for (const struct snmp_item *it = ip6_list; it->name; it++)
		snmp6_put(f, it->name, mib->ip[it->field]);
	for (const struct snmp_item *it = icmp6_list; it->name; it++)
		snmp6_put(f, it->name, mib->icmp[it->field]);
	snmp6_icmpv6msg(f, &mib->icmpmsg);
	for (const char *const *n = udp6_names; *n; n++)
		snmp6_put(f, *n, 0);
}

uint64_t *icmpmsg_chunk_new(struct icmpmsg_mib *m, unsigned int i)
{
	/* One chunk more, exactly: a namespace gets a few, each once. */
	m->chunks = vl_realloc(m->chunks, (m->n + 1u) * sizeof(*m->chunks));
	memset(m->chunks[m->n], 0, sizeof(*m->chunks));
	m->slot[i / ICMPMSG_CHUNK] = ++m->n;
	return m->chunks[m->n - 1];
}

void icmpmsg_mib_free(struct icmpmsg_mib *m)
{
	free(m->chunks);
	*m = (struct icmpmsg_mib){ 0 };
}

struct ipv4_mib *ipv4_mib_new(struct netns *net)
{
	return net->ipv4->mib = kmem_cache_zalloc(&net->world->kmem[KMEM_IPV4_MIB], sizeof(struct ipv4_mib));
}

void ipv4_mib_free(struct netns *net)
{
	struct ipv4_net *in = net->ipv4;

	if (!in->mib)
		return;
	icmpmsg_mib_free(&in->mib->icmpmsg);
	kmem_cache_free(&net->world->kmem[KMEM_IPV4_MIB], in->mib);
	in->mib = NULL;
}

struct ipv6_mib *ipv6_mib_new(struct netns *net)
{
	return net->ipv6->mib = kmem_cache_zalloc(&net->world->kmem[KMEM_IPV6_MIB], sizeof(struct ipv6_mib));
}

void ipv6_mib_free(struct netns *net)
{
	struct ipv6_net *in6 = net->ipv6;

	if (!in6->mib)
		return;
	icmpmsg_mib_free(&in6->mib->icmpmsg);
	kmem_cache_free(&net->world->kmem[KMEM_IPV6_MIB], in6->mib);
	in6->mib = NULL;
}

/*
 * tcpdump_print4.c: IPv4 and the transports (print-ip.c, print-ip-demux.c,
 * print-icmp.c, print-udp.c, print-tcp.c) as tcpdump 4.99 prints them.
 * Application protocols behind well-known ports are not decoded.
 */
#include "tcpdump_print.h"

#include <string.h>

const struct tok td_ipproto_values[] = {
	{ 0, "Options" }, { 1, "ICMP" }, { 2, "IGMP" }, { 4, "IPIP" }, { 6, "TCP" }, { 8, "EGP" },
	{ 9, "IGRP" }, { 17, "UDP" }, { 33, "DCCP" }, { 41, "IPv6" }, { 43, "Routing" },
	{ 44, "Fragment" }, { 46, "RSVP" }, { 47, "GRE" }, { 50, "ESP" }, { 51, "AH" },
	{ 55, "Mobile IP" }, { 58, "ICMPv6" }, { 62, "Mobile IP (old)" }, { 88, "EIGRP" },
	{ 89, "OSPF" }, { 103, "PIM" }, { 108, "Compressed IP" }, { 112, "VRRP" }, { 113, "PGM" },
	{ 132, "SCTP" }, { 135, "Mobility" }, { 143, "Ethernet" }, { 0, NULL }
};

static unsigned int ip_hl(struct nd *nd, const uint8_t *ip)
{
	return (nd_u8(nd, ip) & 0x0f) * 4u;
}

static int ip_printroute(struct nd *nd, const uint8_t *cp, unsigned int length)
{
	unsigned int ptr;

	if (length < 3) {
		fprintf(nd->f, " [bad length %u]", length);
		return 0;
	}
	if ((length + 1) & 3)
		fprintf(nd->f, " [bad length %u]", length);
	ptr = nd_u8(nd, cp + 2) - 1u;
	if (ptr < 3 || ((ptr + 1) & 3) || ptr > length + 1)
		fprintf(nd->f, " [bad ptr %u]", nd_u8(nd, cp + 2));
	for (unsigned int len = 3; len < length; len += 4) {
		if (!nd_ttest(nd, cp + len, 4))
			return -1;
		fprintf(nd->f, " %s", nd_ipaddr(nd, cp + len));
		if (ptr > len)
			fputc(',', nd->f);
	}
	return 0;
}

static int ip_printts(struct nd *nd, const uint8_t *cp, unsigned int length)
{
	unsigned int ptr, len = 0, hoplen;
	const char *type;

	if (length < 4) {
		fprintf(nd->f, "[bad length %u]", length);
		return 0;
	}
	fputs(" TS{", nd->f);
	hoplen = (nd_u8(nd, cp + 3) & 0xf) != 0 ? 8 : 4;
	if ((length - 4) & (hoplen - 1))
		fprintf(nd->f, "[bad length %u]", length);
	ptr = nd_u8(nd, cp + 2) - 1u;
	if (ptr < 4 || ((ptr - 4) & (hoplen - 1)) || ptr > length + 1)
		fprintf(nd->f, "[bad ptr %u]", nd_u8(nd, cp + 2));
	switch (nd_u8(nd, cp + 3) & 0xf) {
	case 0:
		fputs("TSONLY", nd->f);
		break;
	case 1:
		fputs("TS+ADDR", nd->f);
		break;
	case 3:
		fputs("PRESPEC", nd->f);
		break;
	default:
		fprintf(nd->f, "[bad ts type %u]", nd_u8(nd, cp + 3) & 0xf);
		goto done;
	}
	type = " ";
	for (len = 4; len < length; len += hoplen) {
		if (ptr == len)
			type = " ^ ";
		if (!nd_ttest(nd, cp + len, hoplen))
			return -1;
		fprintf(nd->f, "%s%u@", type, nd_be32(nd, cp + len + hoplen - 4));
		fputs(hoplen != 8 ? "" : nd_ipaddr(nd, cp + len), nd->f);
		type = " ";
	}
done:
	fputs(ptr == len ? " ^ " : "", nd->f);
	if (nd_u8(nd, cp + 3) >> 4)
		fprintf(nd->f, " [%u hops not recorded]} ", nd_u8(nd, cp + 3) >> 4);
	else
		fputc('}', nd->f);
	return 0;
}

static const struct tok ip_option_values[] = {
	{ 0, "EOL" }, { 1, "NOP" }, { 68, "timestamp" }, { 130, "security" }, { 7, "RR" },
	{ 137, "SSRR" }, { 131, "LSRR" }, { 148, "RA" }, { 82, "traceroute" }, { 0, NULL }
};

/* ip_optprint: -1 when the options were not captured whole. */
static int ip_optprint(struct nd *nd, const uint8_t *cp, unsigned int length)
{
	const char *sep = "";
	unsigned int option_len;
	char b[32];

	for (; length > 0; cp += option_len, length -= option_len) {
		unsigned int code;

		fputs(sep, nd->f);
		sep = ",";
		code = nd_u8(nd, cp);
		fputs(tok2str(ip_option_values, "unknown %u", code, b, sizeof(b)), nd->f);
		if (code == 1 || code == 0) {
			option_len = 1;
		} else {
			option_len = nd_u8(nd, cp + 1);
			if (option_len < 2) {
				fprintf(nd->f, " [bad length %u]", option_len);
				return 0;
			}
		}
		if (option_len > length) {
			fprintf(nd->f, " [bad length %u]", option_len);
			return 0;
		}
		if (!nd_ttest(nd, cp, option_len))
			return -1;
		switch (code) {
		case 0:
			return 0;
		case 68:
			if (ip_printts(nd, cp, option_len) == -1)
				return -1;
			break;
		case 7:
		case 137:
		case 131:
			if (ip_printroute(nd, cp, option_len) == -1)
				return -1;
			break;
		case 148:
			if (option_len < 4) {
				fprintf(nd->f, " [bad length %u]", option_len);
				break;
			}
			if (!nd_ttest(nd, cp + 3, 1))
				return -1;
			if (nd_be16(nd, cp + 2) != 0)
				fprintf(nd->f, " value %u", nd_be16(nd, cp + 2));
			break;
		default:
			break;
		}
	}
	return 0;
}

/* ip_finddst: the final destination of a source-routed packet. */
static void ip_finddst(struct nd *nd, const uint8_t *ip, uint8_t *dst)
{
	unsigned int length = ip_hl(nd, ip), len;
	const uint8_t *cp = ip + 20;

	if (length < 20)
		goto out;
	for (length -= 20; length != 0; cp += len, length -= len) {
		unsigned int tt = nd_u8(nd, cp);

		if (tt == 0)
			break;
		if (tt == 1) {
			len = 1;
		} else {
			len = nd_u8(nd, cp + 1);
			if (len < 2)
				break;
		}
		if (length < len || !nd_ttest(nd, cp, len))
			goto out;
		if ((tt == 137 || tt == 131) && len >= 7) {
			(void)nd_be32(nd, cp + len - 4);
			memcpy(dst, cp + len - 4, 4);
			return;
		}
	}
out:
	(void)nd_be32(nd, ip + 16);
	memcpy(dst, ip + 16, 4);
}

uint16_t td_nextproto4_cksum(struct nd *nd, const uint8_t *ip, const uint8_t *data, uint32_t len,
			     uint32_t covlen, uint8_t next_proto)
{
	uint8_t ph[12];

	(void)nd_be32(nd, ip + 12);
	memcpy(ph, ip + 12, 4);
	if (ip_hl(nd, ip) == 20) {
		(void)nd_be32(nd, ip + 16);
		memcpy(ph + 4, ip + 16, 4);
	} else {
		ip_finddst(nd, ip, ph + 4);
	}
	ph[8] = 0;
	ph[9] = next_proto;
	ph[10] = (uint8_t)(len >> 8);
	ph[11] = (uint8_t)len;
	return nd_cksum(ph, sizeof(ph), data, covlen);
}

static const struct tok ip_frag_values[] = {
	{ 0x2000, "+" }, { 0x4000, "DF" }, { 0x8000, "rsvd" }, { 0, NULL }
};

/* The -v header of ip_print; false when the options were truncated. */
static bool ip_verbose(struct nd *nd, const uint8_t *ip, unsigned int hlen, uint16_t off,
		       uint8_t proto)
{
	static const char *const ecn[] = { "", ",ECT(1)", ",ECT(0)", ",CE" };
	uint8_t tos = nd_u8(nd, ip + 1), ttl;
	bool truncated = false;
	char b1[32], b2[32];

	fprintf(nd->f, "(tos 0x%x%s", tos, ecn[tos & 3]);
	ttl = nd_u8(nd, ip + 8);
	if (ttl >= 1)
		fprintf(nd->f, ", ttl %u", ttl);
	fprintf(nd->f, ", id %u, offset %u, flags [%s], proto %s (%u)", nd_be16(nd, ip + 4),
		(off & 0x1fff) * 8u, bittok2str(ip_frag_values, "none", off & 0xe000, true, b1, sizeof(b1)),
		tok2str(td_ipproto_values, "unknown", proto, b2, sizeof(b2)), proto);
	fprintf(nd->f, ", length %u", nd_be16(nd, ip + 2));
	if (hlen > 20) {
		fputs(", options (", nd->f);
		if (ip_optprint(nd, ip + 20, hlen - 20) == -1) {
			fputs(" [truncated-option]", nd->f);
			truncated = true;
		}
		fputc(')', nd->f);
	}
	if (!nd->fmt->no_cksum && ip + hlen <= nd->snapend) {
		uint16_t sum = nd_cksum(NULL, 0, ip, hlen);

		if (sum != 0) {
			uint16_t ip_sum = nd_be16(nd, ip + 10);

			fprintf(nd->f, ", bad cksum %x (->%x)!", ip_sum, nd_cksum_shouldbe(ip_sum, sum));
		}
	}
	fputs(")\n    ", nd->f);
	return !truncated;
}

void td_ip_print(struct nd *nd, const uint8_t *ip, uint32_t length)
{
	unsigned int hlen, len, ver;
	uint16_t off;
	uint8_t proto;
	const char *name;

	nd->protocol = "ip";
	ver = nd_u8(nd, ip) >> 4;
	if (ver != 4) {
		if (ver == 6)
			fputs("IP6, wrong link-layer encapsulation", nd->f);
		else
			fprintf(nd->f, "IP%u", ver);
		nd_print_invalid(nd);
		return;
	}
	if (!nd->fmt->link)
		fputs("IP ", nd->f);
	if (!nd_ttest(nd, ip, 20))
		goto trunc;
	if (length < 20) {
		fprintf(nd->f, "truncated-ip %u", length);
		return;
	}
	hlen = ip_hl(nd, ip);
	if (hlen < 20) {
		fprintf(nd->f, "bad-hlen %u", hlen);
		return;
	}
	len = nd_be16(nd, ip + 2);
	if (length < len)
		fprintf(nd->f, "truncated-ip - %u bytes missing! ", len - length);
	if (len < hlen) {
		fprintf(nd->f, "bad-len %u", len);
		return;
	}
	nd_push_snaplen(nd, ip, len);
	len -= hlen;
	off = nd_be16(nd, ip + 6);
	proto = nd_u8(nd, ip + 9);
	if (nd->fmt->verbose && !ip_verbose(nd, ip, hlen, off, proto)) {
		fprintf(nd->f, "%s > ", nd_ipaddr(nd, ip + 12));
		fprintf(nd->f, "%s: ", nd_ipaddr(nd, ip + 16));
		nd_print_trunc(nd);
		nd_pop_packet_info(nd);
		return;
	}
	if ((off & 0x1fff) == 0) {
		if (proto != 6 && proto != 17 && proto != 132 && proto != 33) {
			fprintf(nd->f, "%s > ", nd_ipaddr(nd, ip + 12));
			fprintf(nd->f, "%s: ", nd_ipaddr(nd, ip + 16));
		}
		if (!nd_ttest(nd, ip, hlen)) {
			fprintf(nd->f, " [remaining caplen(%u) < header length(%u)]", nd_avail(nd, ip), hlen);
			nd_trunc_longjmp(nd);
		}
		td_ip_demux_print(nd, ip + hlen, len, 4, off & 0x2000, nd_u8(nd, ip + 8), proto, ip);
	} else if (nd->fmt->quiet > 1) {
		/* Ultra quiet: nothing of a fragment past the first. */
	} else {
		fprintf(nd->f, "%s > ", nd_ipaddr(nd, ip + 12));
		fprintf(nd->f, "%s:", nd_ipaddr(nd, ip + 16));
		if ((name = nd_protoname(nd, proto)))
			fprintf(nd->f, " %s", name);
		else
			fprintf(nd->f, " ip-proto-%u", proto);
	}
	nd_pop_packet_info(nd);
	return;
trunc:
	nd_print_trunc(nd);
}

static const struct tok igmpv3report2str[] = {
	{ 1, "is_in" }, { 2, "is_ex" }, { 3, "to_in" }, { 4, "to_ex" }, { 5, "allow" }, { 6, "block" },
	{ 0, NULL }
};

/* print_igmpv3_report: the records with -v (-vv: their sources). */
static void igmpv3_report_print(struct nd *nd, const uint8_t *bp, unsigned int len)
{
	unsigned int ngroups, group = 8;
	char b[32];

	if (len < 16 || (len & 3)) {
		fprintf(nd->f, " [invalid len %u]", len);
		return;
	}
	ngroups = nd_be16(nd, bp + 6);
	fprintf(nd->f, ", %u group record(s)", ngroups);
	if (!nd->fmt->verbose)
		return;
	for (unsigned int i = 0; i < ngroups; i++) {
		unsigned int nsrcs;

		if (len < group + 8) {
			fputs(" [invalid number of groups]", nd->f);
			return;
		}
		fprintf(nd->f, " [gaddr %s", nd_ipaddr(nd, bp + group + 4));
		fprintf(nd->f, " %s", tok2str(igmpv3report2str, " [v3-report-#%u]", nd_u8(nd, bp + group), b,
					      sizeof(b)));
		nsrcs = nd_be16(nd, bp + group + 2);
		if (len < group + 8 + (nsrcs << 2)) {
			fprintf(nd->f, " [invalid number of sources %u]", nsrcs);
			return;
		}
		if (nd->fmt->verbose == 1) {
			fprintf(nd->f, ", %u source(s)", nsrcs);
		} else {
			fputs(" {", nd->f);
			for (unsigned int j = 0; j < nsrcs; j++)
				fprintf(nd->f, " %s", nd_ipaddr(nd, bp + group + 8 + (j << 2)));
			fputs(" }", nd->f);
		}
		group += 8 + (nsrcs << 2);
		fputc(']', nd->f);
	}
}

/* unsigned_relts_print: seconds as years, weeks, days, hours, minutes and seconds. */
static void relts_print(struct nd *nd, unsigned int secs)
{
	static const char *const unit[] = { "y", "w", "d", "h", "m", "s" };
	static const unsigned int span[] = { 31536000, 604800, 86400, 3600, 60, 1 };

	if (!secs) {
		fputs("0s", nd->f);
		return;
	}
	for (int i = 0; i < 6; i++)
		if (secs >= span[i]) {
			fprintf(nd->f, "%u%s", secs / span[i], unit[i]);
			secs %= span[i];
		}
}

/* print_igmpv3_query: the max response time (in tenths of seconds), the group and its sources. */
static void igmpv3_query_print(struct nd *nd, const uint8_t *bp, unsigned int len)
{
	unsigned int mrc, mrt, nsrcs;

	fputs(" v3", nd->f);
	if (len < 12 || (len & 3)) {
		fprintf(nd->f, " [invalid len %u]", len);
		return;
	}
	mrc = nd_u8(nd, bp + 1);
	mrt = mrc < 128 ? mrc : ((mrc & 0x0f) | 0x10) << (((mrc & 0x70) >> 4) + 3);
	if (mrc != 100) {
		fputs(" [max resp time ", nd->f);
		if (mrt < 600)
			fprintf(nd->f, "%u.%us", mrt / 10, mrt % 10);
		else
			relts_print(nd, mrt / 10);
		fputc(']', nd->f);
	}
	if (nd_be32(nd, bp + 4) == 0)
		return;
	fprintf(nd->f, " [gaddr %s", nd_ipaddr(nd, bp + 4));
	nsrcs = nd_be16(nd, bp + 10);
	if (nsrcs > 0) {
		if (len < 12 + (nsrcs << 2)) {
			fputs(" [invalid number of sources]", nd->f);
		} else if (nd->fmt->verbose > 1) {
			fputs(" {", nd->f);
			for (unsigned int i = 0; i < nsrcs; i++)
				fprintf(nd->f, " %s", nd_ipaddr(nd, bp + 12 + (i << 2)));
			fputs(" }", nd->f);
		} else {
			fprintf(nd->f, ", %u source(s)", nsrcs);
		}
	}
	fputc(']', nd->f);
}

/*
 * igmp_print: queries, reports and leaves (what a host sends or hears; the
 * multicast routing messages, DVMRP, PIMv1 and mtrace, show as igmp-TYPE).
 */
static void td_igmp_print(struct nd *nd, const uint8_t *bp, uint32_t len)
{
	uint8_t type;

	nd->protocol = "igmp";
	if (nd->fmt->quiet) {
		fputs("igmp", nd->f);
		return;
	}
	type = nd_u8(nd, bp);
	switch (type) {
	case 0x11:
		fputs("igmp query", nd->f);
		if (len >= 12) {
			igmpv3_query_print(nd, bp, len);
			break;
		}
		if (nd_u8(nd, bp + 1)) {
			fputs(" v2", nd->f);
			if (nd_u8(nd, bp + 1) != 100)
				fprintf(nd->f, " [max resp time %u]", nd_u8(nd, bp + 1));
		} else {
			fputs(" v1", nd->f);
		}
		if (nd_be32(nd, bp + 4))
			fprintf(nd->f, " [gaddr %s]", nd_ipaddr(nd, bp + 4));
		if (len != 8)
			fprintf(nd->f, " [len %u]", len);
		break;
	case 0x12:
		fprintf(nd->f, "igmp v1 report %s", nd_ipaddr(nd, bp + 4));
		if (len != 8)
			fprintf(nd->f, " [len %u]", len);
		break;
	case 0x16:
		fprintf(nd->f, "igmp v2 report %s", nd_ipaddr(nd, bp + 4));
		break;
	case 0x22:
		fputs("igmp v3 report", nd->f);
		igmpv3_report_print(nd, bp, len);
		break;
	case 0x17:
		fprintf(nd->f, "igmp leave %s", nd_ipaddr(nd, bp + 4));
		break;
	default:
		fprintf(nd->f, "igmp-%u", type);
		break;
	}
	if (nd->fmt->verbose && nd_ttest(nd, bp, len) && nd_cksum(NULL, 0, bp, len))
		fprintf(nd->f, " bad igmp cksum %x!", nd_be16(nd, bp + 2));
}

/* ip_demux_print, for the protocols vethlab decodes; others show their number. */
void td_ip_demux_print(struct nd *nd, const uint8_t *bp, uint32_t length, int ver, int fragmented,
		       uint8_t ttl_hl, uint8_t nh, const uint8_t *iph)
{
	const char *name;
	char b[32];

	(void)ttl_hl;
	switch (nh) {
	case 6:
		td_tcp_print(nd, bp, length, iph, fragmented);
		break;
	case 17:
		td_udp_print(nd, bp, length, iph, fragmented);
		break;
	case 1:
	case 58:
		if (ver == (nh == 1 ? 4 : 6)) {
			if (nh == 1)
				td_icmp_print(nd, bp, length, iph, fragmented);
			else
				td_icmp6_print(nd, bp, length, iph, fragmented);
		} else {
			fprintf(nd->f, "[%s requires IPv%d]", tok2str(td_ipproto_values, "unknown", nh, b, sizeof(b)),
				nh == 1 ? 4 : 6);
			nd_print_invalid(nd);
		}
		break;
	case 2:
		td_igmp_print(nd, bp, length);
		break;
	case 4:
		td_ip_print(nd, bp, length);
		break;
	case 41:
		td_ip6_print(nd, bp, length);
		break;
	case 59:
		fputs("no next header", nd->f);
		break;
	default:
		if ((name = nd_protoname(nd, nh)))
			fprintf(nd->f, " %s", name);
		else
			fprintf(nd->f, " ip-proto-%u", nh);
		fprintf(nd->f, " %u", length);
		break;
	}
}

static const char *unreach_text(uint8_t code)
{
	static const char *const t[] = {
		"net %s unreachable", "host %s unreachable", NULL, NULL, NULL,
		"%s unreachable - source route failed", "net %s unreachable - unknown",
		"host %s unreachable - unknown", "%s unreachable - source host isolated",
		"net %s unreachable - admin prohibited", "host %s unreachable - admin prohibited",
		"net %s unreachable - tos prohibited", "host %s unreachable - tos prohibited",
		"host %s unreachable - admin prohibited filter",
		"host %s unreachable - host precedence violation",
		"host %s unreachable - precedence cutoff",
	};

	return code < 16 ? t[code] : NULL;
}

/* false where tcpdump's ND_TCHECK gives up (it prints " [|icmp]" alone). */
static bool icmp_unreach(struct nd *nd, const uint8_t *dp, uint8_t code, char *buf, size_t n)
{
	const uint8_t *oip = dp + 8;
	const char *fmt = unreach_text(code);

	if (code == 2) {
		snprintf(buf, n, "%s protocol %u unreachable", nd_ipaddr(nd, oip + 16), nd_u8(nd, oip + 9));
	} else if (code == 3) {
		const uint8_t *ouh;
		uint16_t dport;
		uint8_t proto;

		if (!nd_ttest(nd, oip + 9, 1))
			return false;
		ouh = oip + ip_hl(nd, oip);
		dport = nd_be16(nd, ouh + 2);
		proto = nd_u8(nd, oip + 9);
		if (proto == 6)
			snprintf(buf, n, "%s tcp port %s unreachable", nd_ipaddr(nd, oip + 16),
				 nd_tcpport(nd, dport));
		else if (proto == 17)
			snprintf(buf, n, "%s udp port %s unreachable", nd_ipaddr(nd, oip + 16),
				 nd_udpport(nd, dport));
		else
			snprintf(buf, n, "%s protocol %u port %u unreachable", nd_ipaddr(nd, oip + 16), proto,
				 dport);
	} else if (code == 4) {
		uint16_t mtu = nd_be16(nd, dp + 6);

		if (mtu)
			snprintf(buf, n, "%s unreachable - need to frag (mtu %u)", nd_ipaddr(nd, oip + 16), mtu);
		else
			snprintf(buf, n, "%s unreachable - need to frag", nd_ipaddr(nd, oip + 16));
	} else if (fmt) {
		snprintf(buf, n, fmt, nd_ipaddr(nd, oip + 16));
	} else {
		snprintf(buf, n, "%s unreachable - #%u", nd_ipaddr(nd, oip + 16), code);
	}
	return true;
}

static void icmp_redirect(struct nd *nd, const uint8_t *dp, uint8_t code, char *buf, size_t n)
{
	static const char *const kinds[] = { "redirect %s to net %s", "redirect %s to host %s",
					     "redirect-tos %s to net %s", "redirect-tos %s to host %s" };
	const char *dst = nd_ipaddr(nd, dp + 8 + 16);
	const char *gw = nd_ipaddr(nd, dp + 4);

	if (code < 4)
		snprintf(buf, n, kinds[code], dst, gw);
	else
		snprintf(buf, n, "redirect-#%u %s to %s", code, dst, gw);
}

static bool icmp_routeradvert(struct nd *nd, const uint8_t *dp, char *buf, size_t n)
{
	unsigned int lifetime, num, size;
	size_t l;

	l = (size_t)snprintf(buf, n, "router advertisement");
	if (!nd_ttest(nd, dp + 4, 4))
		return false;
	l += (size_t)snprintf(buf + l, n - l, " lifetime ");
	lifetime = nd_be16(nd, dp + 6);
	if (lifetime < 60)
		l += (size_t)snprintf(buf + l, n - l, "%u", lifetime);
	else if (lifetime < 3600)
		l += (size_t)snprintf(buf + l, n - l, "%u:%02u", lifetime / 60, lifetime % 60);
	else
		l += (size_t)snprintf(buf + l, n - l, "%u:%02u:%02u", lifetime / 3600, (lifetime % 3600) / 60,
				      lifetime % 60);
	num = nd_u8(nd, dp + 4);
	l += (size_t)snprintf(buf + l, n - l, " %u:", num);
	size = nd_u8(nd, dp + 5);
	if (size != 2) {
		snprintf(buf + l, n - l, " [size %u]", size);
		return true;
	}
	for (const uint8_t *idp = dp + 8; num > 0 && l < n; num--, idp += 8) {
		if (!nd_ttest(nd, idp, 8))
			return false;
		l += (size_t)snprintf(buf + l, n - l, " {%s %u}", nd_ipaddr(nd, idp), nd_be32(nd, idp + 4));
	}
	return true;
}

static const char *icmp_tstamp(unsigned int t, char *buf, size_t n)
{
	unsigned int msec = t % 1000, sec = t / 1000, min = sec / 60, hrs;

	sec -= min * 60;
	hrs = min / 60;
	min -= hrs * 60;
	snprintf(buf, n, "%02u:%02u:%02u.%03u", hrs, min, sec, msec);
	return buf;
}

static const struct tok icmp2str[] = {
	{ 0, "echo reply" }, { 4, "source quench" }, { 8, "echo request" },
	{ 10, "router solicitation" }, { 13, "time stamp request" }, { 14, "time stamp reply" },
	{ 15, "information request" }, { 16, "information reply" }, { 17, "address mask request" },
	{ 0, NULL }
};

/* The text between "ICMP " and ", length"; NULL where tcpdump gives up ("goto trunc"). */
static const char *icmp_text(struct nd *nd, const uint8_t *dp, char *buf, size_t n)
{
	uint8_t type = nd_u8(nd, dp), code = nd_u8(nd, dp + 1);
	char t1[16], t2[16], t3[16];

	switch (type) {
	case 0:
	case 8:
		snprintf(buf, n, "echo %s, id %u, seq %u", type == 8 ? "request" : "reply",
			 nd_be16(nd, dp + 4), nd_be16(nd, dp + 6));
		return buf;
	case 3:
		return icmp_unreach(nd, dp, code, buf, n) ? buf : NULL;
	case 5:
		icmp_redirect(nd, dp, code, buf, n);
		return buf;
	case 9:
		return icmp_routeradvert(nd, dp, buf, n) ? buf : NULL;
	case 11:
		if (!nd_ttest(nd, dp + 8 + 16, 4))
			return NULL;
		if (code == 0)
			return "time exceeded in-transit";
		if (code == 1)
			return "ip reassembly time exceeded";
		snprintf(buf, n, "time exceeded-#%u", code);
		return buf;
	case 12:
		if (code)
			snprintf(buf, n, "parameter problem - code %u", code);
		else
			snprintf(buf, n, "parameter problem - octet %u", nd_u8(nd, dp + 4));
		return buf;
	case 18:
		snprintf(buf, n, "address mask is 0x%08x", nd_be32(nd, dp + 8));
		return buf;
	case 13:
		snprintf(buf, n, "time stamp query id %u seq %u", nd_be16(nd, dp + 4), nd_be16(nd, dp + 6));
		return buf;
	case 14:
		if (!nd_ttest(nd, dp + 16, 4))
			return NULL;
		snprintf(buf, n, "time stamp reply id %u seq %u: org %s, recv %s, xmit %s",
			 nd_be16(nd, dp + 4), nd_be16(nd, dp + 6),
			 icmp_tstamp(nd_be32(nd, dp + 8), t1, sizeof(t1)),
			 icmp_tstamp(nd_be32(nd, dp + 12), t2, sizeof(t2)),
			 icmp_tstamp(nd_be32(nd, dp + 16), t3, sizeof(t3)));
		return buf;
	default:
		return tok2str(icmp2str, "type-#%u", type, buf, n);
	}
}

static const struct tok icmp_ext_obj_values[] = {
	{ 1, "MPLS Stack Entry" }, { 2, "Interface Identification" }, { 0, NULL }
};

#define ICMP_EXTD_MINLEN (156 - 20)

/* RFC 4884 multi-part extensions, after the quoted packet of an error. */
static void icmp_extensions(struct nd *nd, const uint8_t *dp, uint32_t plen)
{
	const uint8_t *ext = dp + 8 + 128, *obj;
	unsigned int hlen;
	char b[32];

	if (!nd_ttest(nd, dp, 8 + 128 + 4 + 1))
		goto trunc;
	if (nd_u8(nd, dp + 5) == 0 && nd_ttest(nd, ext, plen - ICMP_EXTD_MINLEN) &&
	    nd_cksum(NULL, 0, ext, plen - ICMP_EXTD_MINLEN))
		return;
	fprintf(nd->f, "\n\tICMP Multi-Part extension v%u", (ext[0] & 0xf0) >> 4);
	if ((ext[0] & 0xf0) >> 4 != 2) {
		fputs(" packet not supported", nd->f);
		return;
	}
	hlen = plen - ICMP_EXTD_MINLEN;
	if (nd_ttest(nd, ext, hlen))
		fprintf(nd->f, ", checksum 0x%04x (%scorrect), length %u", nd_be16(nd, ext + 2),
			nd_cksum(NULL, 0, ext, hlen) ? "in" : "", hlen);
	hlen -= 4;
	obj = ext + 4;
	while (hlen > 4) {
		unsigned int tlen, cls, ctype;

		if (!nd_ttest(nd, obj, 4))
			goto trunc;
		tlen = nd_be16(nd, obj);
		cls = nd_u8(nd, obj + 2);
		ctype = nd_u8(nd, obj + 3);
		obj += 4;
		fprintf(nd->f, "\n\t  %s Object (%u), Class-Type: %u, length %u",
			tok2str(icmp_ext_obj_values, "unknown", cls, b, sizeof(b)), cls, ctype, tlen);
		hlen -= 4;
		if (cls == 0 || tlen < 4)
			return;
		tlen -= 4;
		if (cls == 1 && ctype == 1) {
			uint32_t label = nd_be32(nd, obj);

			fprintf(nd->f, "\n\t    label %u, tc %u", label >> 12, (label >> 9) & 7);
			if (label & 0x100)
				fputs(", [S]", nd->f);
			fprintf(nd->f, ", ttl %u", label & 0xff);
		} else {
			nd_print_unknown_data(nd, obj, "\n\t    ", tlen);
		}
		if (hlen < tlen)
			break;
		hlen -= tlen;
		obj += tlen;
	}
	return;
trunc:
	nd_print_trunc(nd);
}

void td_icmp_print(struct nd *nd, const uint8_t *dp, uint32_t plen, const uint8_t *bp2,
		   int fragmented)
{
	char buf[1100];
	const char *str;
	uint8_t type;

	(void)bp2;
	nd->protocol = "icmp";
	type = nd_u8(nd, dp);
	str = icmp_text(nd, dp, buf, sizeof(buf));
	if (!str) {
		nd_print_trunc(nd);
		return;
	}
	fprintf(nd->f, "ICMP %s, length %u", str, plen);
	if (nd->fmt->verbose && !fragmented && nd_ttest(nd, dp, plen)) {
		uint16_t sum = nd_cksum(NULL, 0, dp, plen);

		if (sum != 0) {
			uint16_t icmp_sum = nd_be16(nd, dp + 2);

			fprintf(nd->f, " (wrong icmp cksum %x (->%x)!)", icmp_sum,
				nd_cksum_shouldbe(icmp_sum, sum));
		}
	}
	/* An error quotes a packet: -v prints it, within its own length. */
	if (nd->fmt->verbose && (type == 3 || type == 4 || type == 5 || type == 11 || type == 12)) {
		const uint8_t *ip = dp + 8, *save = nd->snapend;
		uint16_t ilen;

		fputs("\n\t", nd->f);
		ilen = nd_be16(nd, ip + 2);
		if (ip + ilen < nd->snapend)
			nd->snapend = ip + ilen;
		td_ip_print(nd, ip, ilen);
		nd->snapend = save;
	}
	nd->protocol = "icmp";
	if (nd->fmt->verbose && plen > ICMP_EXTD_MINLEN && (type == 3 || type == 11 || type == 12))
		icmp_extensions(nd, dp, plen);
}

/* udpipaddr_print */
static void udp_addrs(struct nd *nd, const uint8_t *ip, int sport, int dport)
{
	bool v6 = (nd_u8(nd, ip) >> 4) == 6;
	const char *s, *d;

	if ((v6 ? nd_u8(nd, ip + 6) : nd_u8(nd, ip + 9)) == 17) {
		s = v6 ? nd_ip6addr(nd, ip + 8) : nd_ipaddr(nd, ip + 12);
		if (sport == -1) {
			fprintf(nd->f, "%s > ", s);
			d = v6 ? nd_ip6addr(nd, ip + 24) : nd_ipaddr(nd, ip + 16);
			fprintf(nd->f, "%s: ", d);
			return;
		}
		fprintf(nd->f, "%s.%s > ", s, nd_udpport(nd, (uint16_t)sport));
		d = v6 ? nd_ip6addr(nd, ip + 24) : nd_ipaddr(nd, ip + 16);
		fprintf(nd->f, "%s.%s: ", d, nd_udpport(nd, (uint16_t)dport));
	} else if (sport != -1) {
		fprintf(nd->f, "%s > ", nd_udpport(nd, (uint16_t)sport));
		fprintf(nd->f, "%s: ", nd_udpport(nd, (uint16_t)dport));
	}
}

static void udp_cksum_print(struct nd *nd, const uint8_t *ip, const uint8_t *up, uint32_t length)
{
	bool v6 = (nd_u8(nd, ip) >> 4) == 6;
	uint16_t sum, udp_sum;

	if (!v6 && nd->fmt->verbose > 1) {
		udp_sum = nd_be16(nd, up + 6);
		if (udp_sum == 0) {
			fputs("[no cksum] ", nd->f);
			return;
		}
		if (!nd_ttest(nd, up + 8, length))
			return;
		sum = td_nextproto4_cksum(nd, ip, up, length + 8, length + 8, 17);
	} else if (v6) {
		if (!nd_ttest(nd, up + 8, length))
			return;
		sum = td_nextproto6_cksum(nd, ip, up, length + 8, length + 8, 17);
		udp_sum = nd_be16(nd, up + 6);
	} else {
		return;
	}
	if (sum != 0)
		fprintf(nd->f, "[bad udp cksum 0x%04x -> 0x%04x!] ", udp_sum, nd_cksum_shouldbe(udp_sum, sum));
	else
		fputs("[udp sum ok] ", nd->f);
}

void td_udp_print(struct nd *nd, const uint8_t *up, uint32_t length, const uint8_t *ip,
		  int fragmented)
{
	uint16_t sport, dport;
	uint32_t ulen;

	nd->protocol = "udp";
	if (!nd_ttest(nd, up + 2, 2)) {
		udp_addrs(nd, ip, -1, -1);
		goto trunc;
	}
	sport = nd_be16(nd, up);
	dport = nd_be16(nd, up + 2);
	if (length < 8) {
		udp_addrs(nd, ip, sport, dport);
		fprintf(nd->f, "truncated-udp %u", length);
		return;
	}
	if (!nd_ttest(nd, up + 4, 2)) {
		udp_addrs(nd, ip, sport, dport);
		goto trunc;
	}
	ulen = nd_be16(nd, up + 4);
	if (ulen == 0 && length > 65535)
		ulen = length;
	if (ulen < 8) {
		udp_addrs(nd, ip, sport, dport);
		fprintf(nd->f, "truncated-udplength %u", ulen);
		return;
	}
	ulen -= 8;
	length -= 8;
	if (ulen < length)
		length = ulen;
	if (up + 8 > nd->snapend) {
		udp_addrs(nd, ip, sport, dport);
		goto trunc;
	}
	udp_addrs(nd, ip, sport, dport);
	if (nd->fmt->verbose && !nd->fmt->no_cksum && !fragmented)
		udp_cksum_print(nd, ip, up, length);
	if (ulen > length && !fragmented)
		fprintf(nd->f, "UDP, bad length %u > %u", ulen, length);
	else
		fprintf(nd->f, "UDP, length %u", ulen);
	return;
trunc:
	nd_print_trunc(nd);
}

static const struct tok tcp_flag_values[] = {
	{ 0x01, "F" }, { 0x02, "S" }, { 0x04, "R" }, { 0x08, "P" }, { 0x10, "." },
	{ 0x20, "U" }, { 0x40, "E" }, { 0x80, "W" }, { 0, NULL }
};

static const struct tok tcp_option_values[] = {
	{ 0, "eol" }, { 1, "nop" }, { 2, "mss" }, { 3, "wscale" }, { 4, "sackOK" }, { 5, "sack" },
	{ 6, "echo" }, { 7, "echoreply" }, { 8, "TS" }, { 11, "cc" }, { 12, "ccnew" }, { 13, "" },
	{ 19, "md5" }, { 20, "scps" }, { 28, "uto" }, { 29, "tcp-ao" }, { 30, "mptcp" },
	{ 34, "tfo" }, { 254, "exp" }, { 0, NULL }
};

/* The state tcp_print keeps between its header and its options. */
struct tcp_ctx {
	bool rev;
	uint32_t thseq, thack;
	uint8_t flags;
};

/* Relative sequence numbers (without -S): the conversation's first numbers are subtracted. */
static void tcp_relative(struct nd *nd, const uint8_t *iph, uint16_t sport, uint16_t dport,
			 uint32_t *seq, uint32_t *ack, struct tcp_ctx *c)
{
	bool v6 = (nd_u8(nd, iph) >> 4) == 6, found;
	unsigned int alen = v6 ? 16 : 4;
	const uint8_t *src = iph + (v6 ? 8 : 12), *dst = src + alen;
	uint8_t key[36] = { 0 };
	struct tcp_conv *th;

	(void)nd_ttest(nd, src, 2 * alen);
	c->rev = sport > dport || (sport == dport && memcmp(src, dst, alen) > 0);
	memcpy(key, c->rev ? dst : src, alen);
	memcpy(key + 16, c->rev ? src : dst, alen);
	key[32] = (uint8_t)((c->rev ? dport : sport) >> 8);
	key[33] = (uint8_t)(c->rev ? dport : sport);
	key[34] = (uint8_t)((c->rev ? sport : dport) >> 8);
	key[35] = (uint8_t)(c->rev ? sport : dport);
	if (!v6)
		key[15] = 0xff;  /* tcp_seq_hash4 and tcp_seq_hash6 are separate tables */
	th = td_tcp_conv(nd->fmt->tcp_convs, key, &found);
	if (!th)
		return;
	if (!found || (c->flags & 0x02)) {
		if (c->rev) {
			th->ack = *seq;
			th->seq = *ack - 1;
		} else {
			th->seq = *seq;
			th->ack = *ack - 1;
		}
	} else if (c->rev) {
		*seq -= th->ack;
		*ack -= th->seq;
	} else {
		*seq -= th->seq;
		*ack -= th->ack;
	}
	c->thseq = th->seq;
	c->thack = th->ack;
}

static void tcp_cksum_print(struct nd *nd, const uint8_t *iph, const uint8_t *tp, uint32_t length)
{
	bool v6 = (nd_u8(nd, iph) >> 4) == 6;
	uint16_t sum, tcp_sum;

	if (!nd_ttest(nd, tp, length))
		return;
	sum = v6 ? td_nextproto6_cksum(nd, iph, tp, length, length, 6)
		 : td_nextproto4_cksum(nd, iph, tp, length, length, 6);
	tcp_sum = nd_be16(nd, tp + 16);
	fprintf(nd->f, ", cksum 0x%04x", tcp_sum);
	if (sum != 0)
		fprintf(nd->f, " (incorrect -> 0x%04x)", nd_cksum_shouldbe(tcp_sum, sum));
	else
		fputs(" (correct)", nd->f);
}

static void tcp_fastopen(struct nd *nd, const uint8_t *cp, unsigned int datalen, bool exp)
{
	if (exp)
		fputs("tfo", nd->f);
	if (datalen == 0) {
		fputs(" cookiereq", nd->f);
	} else if (datalen % 2 != 0 || datalen < 4 || datalen > 16) {
		nd_print_invalid(nd);
	} else {
		fputs(" cookie ", nd->f);
		for (unsigned int i = 0; i < datalen; i++)
			fprintf(nd->f, "%02x", nd_u8(nd, cp + i));
	}
}

enum { OPT_OK, OPT_BAD, OPT_TRUNC };

/* One option's data; datalen is what it printed. */
static int tcp_option_data(struct nd *nd, const struct tcp_ctx *c, unsigned int opt,
			   const uint8_t *cp, unsigned int len, unsigned int hlen,
			   unsigned int *datalen)
{
#define LENCHECK(l) do { if ((l) > hlen) return OPT_BAD; if (!nd_ttest(nd, cp, (l))) return OPT_TRUNC; } while (0)
	unsigned int d = 0;

	switch (opt) {
	case 2:
		LENCHECK(d = 2);
		fprintf(nd->f, " %u", nd_be16(nd, cp));
		break;
	case 3:
		LENCHECK(d = 1);
		fprintf(nd->f, " %u", nd_u8(nd, cp));
		break;
	case 5:
		d = len - 2;
		if (d % 8 != 0) {
			fputs(" invalid sack", nd->f);
			break;
		}
		fprintf(nd->f, " %u ", d / 8);
		for (unsigned int i = 0; i < d; i += 8) {
			uint32_t s, e;

			LENCHECK(i + 4);
			s = nd_be32(nd, cp + i);
			LENCHECK(i + 8);
			e = nd_be32(nd, cp + i + 4);
			s -= c->rev ? c->thseq : c->thack;
			e -= c->rev ? c->thseq : c->thack;
			fprintf(nd->f, "{%u:%u}", s, e);
		}
		break;
	case 11:
	case 12:
	case 13:
	case 6:
	case 7:
		LENCHECK(d = 4);
		fprintf(nd->f, " %u", nd_be32(nd, cp));
		break;
	case 8:
		LENCHECK(d = 8);
		fprintf(nd->f, " val %u ecr %u", nd_be32(nd, cp), nd_be32(nd, cp + 4));
		break;
	case 19:
		/* Without -M there is no secret to check the signature against. */
		LENCHECK(d = 16);
		fputs(" can't check - ", nd->f);
		for (unsigned int i = 0; i < 16; i++)
			fprintf(nd->f, "%02x", nd_u8(nd, cp + i));
		break;
	case 20:
		LENCHECK(d = 2);
		fprintf(nd->f, " cap %02x id %u", nd_u8(nd, cp), nd_u8(nd, cp + 1));
		break;
	case 29:
		d = len - 2;
		if (d < 2) {
			nd_print_invalid(nd);
			break;
		}
		LENCHECK(1);
		fprintf(nd->f, " keyid %u", nd_u8(nd, cp));
		LENCHECK(2);
		fprintf(nd->f, " rnextkeyid %u", nd_u8(nd, cp + 1));
		if (d > 2) {
			fputs(" mac 0x", nd->f);
			for (unsigned int i = 2; i < d; i++) {
				LENCHECK(i + 1);
				fprintf(nd->f, "%02x", nd_u8(nd, cp + i));
			}
		}
		break;
	case 0:
	case 1:
	case 4:
		break;
	case 28: {
		unsigned int uto;

		LENCHECK(d = 2);
		uto = nd_be16(nd, cp);
		fprintf(nd->f, " 0x%x", uto);
		uto = (uto & 1) ? (uto >> 1) * 60 : uto >> 1;
		fprintf(nd->f, " %u", uto);
		break;
	}
	case 34:
		d = len - 2;
		LENCHECK(d);
		fputc(' ', nd->f);
		tcp_fastopen(nd, cp, d, false);
		break;
	case 254: {
		uint16_t magic;

		d = len - 2;
		LENCHECK(d);
		if (d < 2)
			return OPT_BAD;
		magic = nd_be16(nd, cp);
		fputc('-', nd->f);
		if (magic == 0xf989)
			tcp_fastopen(nd, cp + 2, d - 2, true);
		else
			fprintf(nd->f, "%04x", magic);
		break;
	}
	default:
		/* MPTCP (30) has a decoder of its own in tcpdump, which vethlab does not carry. */
		d = len - 2;
		if (d)
			fputs(" 0x", nd->f);
		for (unsigned int i = 0; i < d; i++) {
			LENCHECK(i + 1);
			fprintf(nd->f, "%02x", nd_u8(nd, cp + i));
		}
		break;
	}
	*datalen = d;
	return OPT_OK;
#undef LENCHECK
}

/* The ", options [...]" list; false when it ended with [bad opt] or a truncation. */
static bool tcp_options(struct nd *nd, const struct tcp_ctx *c, const uint8_t *cp, unsigned int hlen)
{
	char ch = '\0', b[32];
	int st;

	fputs(", options [", nd->f);
	while (hlen > 0) {
		unsigned int opt, len, datalen = 0;

		if (ch != '\0')
			fputc(ch, nd->f);
		opt = nd_u8(nd, cp++);
		if (opt == 0 || opt == 1) {
			len = 1;
		} else {
			len = nd_u8(nd, cp++);
			if (len < 2 || len > hlen) {
				st = OPT_BAD;
				goto out;
			}
			--hlen;
		}
		--hlen;
		fputs(tok2str(tcp_option_values, "unknown-%u", opt, b, sizeof(b)), nd->f);
		st = tcp_option_data(nd, c, opt, cp, len, hlen, &datalen);
		if (st != OPT_OK)
			goto out;
		cp += datalen;
		hlen -= datalen;
		datalen += (opt == 0 || opt == 1) ? 1 : 2;
		if (datalen != len)
			fprintf(nd->f, "[len %u]", len);
		ch = ',';
		if (opt == 0)
			break;
	}
	fputc(']', nd->f);
	return true;
out:
	if (st == OPT_BAD) {
		fputs("[bad opt]", nd->f);
		if (ch != '\0')
			fputc(']', nd->f);
	} else {
		nd_print_trunc(nd);
		if (ch != '\0')
			fputc('>', nd->f);
	}
	return false;
}

/* fn_print_char */
static void print_char(FILE *f, uint8_t c)
{
	if (c & 0x80) {
		c &= 0x7f;
		fputs("M-", f);
	}
	if (c < 0x20 || c == 0x7f) {
		c ^= 0x40;
		fputc('^', f);
	}
	fputc(c, f);
}

static void tcp_rst_data(struct nd *nd, const uint8_t *sp, uint32_t length)
{
	fputs(nd_ttest(nd, sp, length) ? " [RST" : " [!RST", nd->f);
	if (length > 30) {
		length = 30;
		fputc('+', nd->f);
	}
	fputc(' ', nd->f);
	while (length && sp < nd->snapend) {
		print_char(nd->f, nd_u8(nd, sp++));
		length--;
	}
	fputc(']', nd->f);
}

static void tcp_addrs(struct nd *nd, const uint8_t *iph, uint16_t sport, uint16_t dport)
{
	bool v6 = (nd_u8(nd, iph) >> 4) == 6;

	if ((v6 ? nd_u8(nd, iph + 6) : nd_u8(nd, iph + 9)) == 6) {
		fprintf(nd->f, "%s.%s > ", v6 ? nd_ip6addr(nd, iph + 8) : nd_ipaddr(nd, iph + 12),
			nd_tcpport(nd, sport));
		fprintf(nd->f, "%s.%s: ", v6 ? nd_ip6addr(nd, iph + 24) : nd_ipaddr(nd, iph + 16),
			nd_tcpport(nd, dport));
	} else {
		fprintf(nd->f, "%s > ", nd_tcpport(nd, sport));
		fprintf(nd->f, "%s: ", nd_tcpport(nd, dport));
	}
}

void td_tcp_print(struct nd *nd, const uint8_t *tp, uint32_t length, const uint8_t *iph,
		  int fragmented)
{
	struct tcp_ctx c = { 0 };
	uint16_t sport, dport, win, urp;
	uint32_t seq, ack;
	unsigned int hlen;
	char b[32];

	nd->protocol = "tcp";
	if (!nd_ttest(nd, tp + 2, 2)) {
		bool v6 = (nd_u8(nd, iph) >> 4) == 6;

		fprintf(nd->f, "%s > ", v6 ? nd_ip6addr(nd, iph + 8) : nd_ipaddr(nd, iph + 12));
		fprintf(nd->f, "%s:", v6 ? nd_ip6addr(nd, iph + 24) : nd_ipaddr(nd, iph + 16));
		nd_print_trunc(nd);
		return;
	}
	sport = nd_be16(nd, tp);
	dport = nd_be16(nd, tp + 2);
	tcp_addrs(nd, iph, sport, dport);
	if (!nd_ttest(nd, tp, 20)) {
		nd_print_trunc(nd);
		return;
	}
	hlen = (nd_u8(nd, tp + 12) >> 4) * 4u;
	if (hlen < 20) {
		fprintf(nd->f, " tcp %u [bad hdr length %u - too short, < 20]", length - hlen, hlen);
		return;
	}
	seq = nd_be32(nd, tp + 4);
	ack = nd_be32(nd, tp + 8);
	win = nd_be16(nd, tp + 14);
	urp = nd_be16(nd, tp + 18);
	if (nd->fmt->quiet) {
		fprintf(nd->f, "tcp %u", length - hlen);
		if (hlen > length)
			fprintf(nd->f, " [bad hdr length %u - too long, > %u]", hlen, length);
		return;
	}
	c.flags = nd_u8(nd, tp + 13);
	fprintf(nd->f, "Flags [%s]", bittok2str(tcp_flag_values, "none", c.flags, false, b, sizeof(b)));
	if (!nd->fmt->abs_seq && (c.flags & 0x10) && nd->fmt->tcp_convs)
		tcp_relative(nd, iph, sport, dport, &seq, &ack, &c);
	if (hlen > length) {
		fprintf(nd->f, " [bad hdr length %u - too long, > %u]", hlen, length);
		return;
	}
	if (nd->fmt->verbose && !nd->fmt->no_cksum && !fragmented)
		tcp_cksum_print(nd, iph, tp, length);
	length -= hlen;
	if (nd->fmt->verbose > 1 || length > 0 || (c.flags & 0x07)) {
		fprintf(nd->f, ", seq %u", seq);
		if (length > 0)
			fprintf(nd->f, ":%u", seq + length);
	}
	if (c.flags & 0x10)
		fprintf(nd->f, ", ack %u", ack);
	fprintf(nd->f, ", win %u", win);
	if (c.flags & 0x20)
		fprintf(nd->f, ", urg %u", urp);
	if (hlen > 20 && !tcp_options(nd, &c, tp + 20, hlen - 20))
		return;
	fprintf(nd->f, ", length %u", length);
	if (length == 0)
		return;
	if (!nd_ttest(nd, tp, hlen)) {
		fprintf(nd->f, " [remaining caplen(%u) < header length(%u)]", nd_avail(nd, tp), hlen);
		nd_trunc_longjmp(nd);
	}
	if ((c.flags & 0x04) && nd->fmt->verbose)
		tcp_rst_data(nd, tp + hlen, length);
}

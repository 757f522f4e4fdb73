/* tcpdump_print.c: Ethernet, ARP, IPv4, ICMP, UDP, TCP and IPv6 lines, byte for byte. */
#include "tcpdump_print.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../core/alloc.h"
#include "../net/wire.h"

static void ip4(char *b, uint32_t a)
{
	sprintf(b, "%u.%u.%u.%u", a >> 24, (a >> 16) & 255, (a >> 8) & 255, a & 255);
}

static void mac(FILE *f, const uint8_t *m)
{
	fprintf(f, "%02x:%02x:%02x:%02x:%02x:%02x", m[0], m[1], m[2], m[3], m[4], m[5]);
}

static void print_ts(FILE *f, const struct tcpdump_fmt *fmt, uint64_t sec, uint32_t usec)
{
	time_t t = (time_t)sec;
	struct tm tm;

	switch (fmt->tstamp) {
	case 1:
		return;
	case 2:
		fprintf(f, "%llu.%06u ", (unsigned long long)sec, usec);
		return;
	case 4:
		localtime_r(&t, &tm);
		fprintf(f, "%04d-%02d-%02d %02d:%02d:%02d.%06u ", tm.tm_year + 1900, tm.tm_mon + 1,
			tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, usec);
		return;
	default:
		localtime_r(&t, &tm);
		fprintf(f, "%02d:%02d:%02d.%06u ", tm.tm_hour, tm.tm_min, tm.tm_sec, usec);
	}
}

static void print_arp(FILE *f, const struct tcpdump_fmt *fmt, const uint8_t *p, uint32_t len)
{
	struct arp_view a;
	char s[16], t[16];
	static const uint8_t zero[6];

	if (arp_parse(p, len, &a)) {
		fprintf(f, "[|ARP]");
		return;
	}
	if (fmt->verbose)
		fputs("Ethernet (len 6), IPv4 (len 4), ", f);
	ip4(s, a.sip);
	ip4(t, a.tip);
	if (a.op == ARPOP_REQUEST) {
		fprintf(f, "Request who-has %s", t);
		if (memcmp(a.tha, zero, 6)) {
			fputs(" (", f);
			mac(f, a.tha);
			fputc(')', f);
		}
		fprintf(f, " tell %s, length %u", s, len);
	} else if (a.op == ARPOP_REPLY) {
		fprintf(f, "Reply %s is-at ", s);
		mac(f, a.sha);
		fprintf(f, ", length %u", len);
	} else {
		fprintf(f, "Unknown opcode (%u), length %u", a.op, len);
	}
}

static const char *const unreach_fmt[] = {
	"net %s unreachable", "host %s unreachable", NULL, NULL, NULL,
	"%s unreachable - source route failed", "net %s unreachable - unknown",
	"host %s unreachable - unknown", "%s unreachable - source host isolated",
	"net %s unreachable - admin prohibited", "host %s unreachable - admin prohibited",
	"net %s unreachable - tos prohibited", "host %s unreachable - tos prohibited",
	"host %s unreachable - admin prohibited filter",
	"host %s unreachable - host precedence violation", "host %s unreachable - precedence cutoff",
};

static void print_icmp_unreach(FILE *f, const uint8_t *icmp, uint32_t len)
{
	const uint8_t *in = icmp + 8;
	char d[16];
	uint8_t code = icmp[1];
	uint32_t ihl;

	if (len < 8 + 20) {
		fputs("[|icmp]", f);
		return;
	}
	ip4(d, get32(in + 16));
	ihl = (uint32_t)(in[0] & 15) * 4;
	if (code == ICMP_PROT_UNREACH) {
		fprintf(f, "%s protocol %u unreachable", d, in[9]);
	} else if (code == ICMP_PORT_UNREACH && len >= 8 + ihl + 4) {
		fprintf(f, "%s %s port %u unreachable", d, in[9] == IPPROTO_TCP ? "tcp" : "udp",
			get16(in + ihl + 2));
	} else if (code == ICMP_FRAG_NEEDED) {
		fprintf(f, "%s unreachable - need to frag (mtu %u)", d, get16(icmp + 6));
	} else if (code < 16 && unreach_fmt[code]) {
		fprintf(f, unreach_fmt[code], d);
	} else {
		fprintf(f, "%s unreachable - #%u", d, code);
	}
}

static void print_ipv4(FILE *f, const struct tcpdump_fmt *fmt, const uint8_t *p, uint32_t len,
		       bool prefix);

static bool icmp_is_error(uint8_t type)
{
	return type == ICMP_DEST_UNREACH || type == ICMP_SOURCE_QUENCH || type == ICMP_REDIRECT ||
	       type == ICMP_TIME_EXCEEDED || type == ICMP_PARAMETERPROB;
}

static void print_icmp(FILE *f, const struct tcpdump_fmt *fmt, const uint8_t *icmp, uint32_t len)
{
	char a[16], b[16];

	if (len < 8) {
		fputs("ICMP [|icmp]", f);
		return;
	}
	fputs("ICMP ", f);
	switch (icmp[0]) {
	case ICMP_ECHO:
	case ICMP_ECHOREPLY:
		fprintf(f, "echo %s, id %u, seq %u", icmp[0] == ICMP_ECHO ? "request" : "reply",
			get16(icmp + 4), get16(icmp + 6));
		break;
	case ICMP_DEST_UNREACH:
		print_icmp_unreach(f, icmp, len);
		break;
	case ICMP_TIME_EXCEEDED:
		fputs(icmp[1] == 0 ? "time exceeded in-transit" : "ip reassembly time exceeded", f);
		break;
	case ICMP_REDIRECT:
		ip4(a, len >= 28 ? get32(icmp + 8 + 16) : 0);
		ip4(b, get32(icmp + 4));
		fprintf(f, "redirect %s to %s %s", a, icmp[1] == 0 ? "net" : "host", b);
		break;
	case ICMP_SOURCE_QUENCH:
		fputs("source quench", f);
		break;
	case ICMP_PARAMETERPROB:
		fprintf(f, "parameter problem - octet %u", icmp[4]);
		break;
	default:
		fprintf(f, "type-#%u", icmp[0]);
		break;
	}
	fprintf(f, ", length %u", len);
	/* -v: an error also shows the packet it quotes, on the following lines. */
	if (fmt->verbose && icmp_is_error(icmp[0]) && len >= 8 + 20) {
		fputs("\n\t", f);
		print_ipv4(f, fmt, icmp + 8, len - 8, !fmt->link);
	}
}

static void print_tcp_flags(FILE *f, uint8_t fl)
{
	static const struct {
		uint8_t bit;
		char c;
	} t[] = { { 0x01, 'F' }, { 0x02, 'S' }, { 0x04, 'R' }, { 0x08, 'P' }, { 0x10, '.' },
		  { 0x20, 'U' }, { 0x40, 'E' }, { 0x80, 'W' } };

	fputs("Flags [", f);
	if (!fl)
		fputs("none", f);
	for (size_t i = 0; i < sizeof(t) / sizeof(t[0]); i++)
		if (fl & t[i].bit)
			fputc(t[i].c, f);
	fputc(']', f);
}

static void print_tcp_options(FILE *f, const uint8_t *o, uint32_t len)
{
	bool first = true;

	fputs(", options [", f);
	for (uint32_t i = 0; i < len;) {
		uint8_t kind = o[i], olen = kind <= 1 ? 1 : (i + 1 < len ? o[i + 1] : 0);

		if (!first)
			fputc(',', f);
		first = false;
		if (olen < 1 || i + olen > len) {
			fputs("bad opt", f);
			break;
		}
		switch (kind) {
		case 0: fputs("eol", f); break;
		case 1: fputs("nop", f); break;
		case 2: fprintf(f, "mss %u", olen == 4 ? get16(o + i + 2) : 0u); break;
		case 3: fprintf(f, "wscale %u", olen == 3 ? o[i + 2] : 0u); break;
		case 4: fputs("sackOK", f); break;
		case 8:
			if (olen == 10)
				fprintf(f, "TS val %u ecr %u", get32(o + i + 2), get32(o + i + 6));
			break;
		default: fprintf(f, "unknown-%u", kind); break;
		}
		if (kind == 0)
			break;
		i += olen;
	}
	fputc(']', f);
}

/* tcp_seq_hash: sequence numbers become relative after the handshake, per conversation. */
struct tcp_conv {
	uint32_t a, b;
	uint16_t pa, pb;
	uint32_t seq, ack;
	bool used;
};

#define TCP_CONVS 64

/* -v: the checksum against the IPv4 pseudo-header, and what it should be when wrong. */
static void print_tcp_csum(FILE *f, uint32_t src, uint32_t dst, const uint8_t *l4, uint32_t len)
{
	uint8_t pseudo[12];
	uint32_t sum;

	put32(pseudo, src);
	put32(pseudo + 4, dst);
	put32(pseudo + 8, IPPROTO_TCP << 16 | len);
	sum = csum_partial(pseudo, 12, 0);
	sum = csum_partial(l4, 16, sum);
	sum = csum_partial(l4 + 18, len - 18, sum);
	if ((uint16_t)~sum == get16(l4 + 16))
		fprintf(f, ", cksum 0x%04x (correct)", get16(l4 + 16));
	else
		fprintf(f, ", cksum 0x%04x (incorrect -> 0x%04x)", get16(l4 + 16), (uint16_t)~sum);
}

static void print_tcp(FILE *f, const struct tcpdump_fmt *fmt, struct tcp_conv *convs,
		      uint32_t src, uint32_t dst, const uint8_t *l4, uint32_t len)
{
	uint32_t doff = (uint32_t)(l4[12] >> 4) * 4, plen = len > doff ? len - doff : 0;
	uint32_t seq = get32(l4 + 4), ack = get32(l4 + 8);
	uint16_t sp = get16(l4), dp = get16(l4 + 2);
	uint8_t fl = l4[13];

	if ((fl & 0x10) && convs) {
		bool rev = src > dst || (src == dst && sp > dp);
		uint32_t a = rev ? dst : src, b = rev ? src : dst;
		uint16_t pa = rev ? dp : sp, pb = rev ? sp : dp;
		struct tcp_conv *c = NULL;

		for (int i = 0; i < TCP_CONVS && !c; i++)
			if (convs[i].used && convs[i].a == a && convs[i].b == b && convs[i].pa == pa &&
			    convs[i].pb == pb)
				c = &convs[i];
		if (!c || (fl & 0x02)) {
			for (int i = 0; i < TCP_CONVS && !c; i++)
				if (!convs[i].used)
					c = &convs[i];
			if (c) {
				*c = (struct tcp_conv){ .a = a, .b = b, .pa = pa, .pb = pb, .used = true };
				c->seq = rev ? ack - 1 : seq;
				c->ack = rev ? seq : ack - 1;
			}
		} else {
			seq -= rev ? c->ack : c->seq;
			ack -= rev ? c->seq : c->ack;
		}
	}
	if (fmt->quiet) {
		fprintf(f, "tcp %u", plen);
		return;
	}
	print_tcp_flags(f, fl);
	if (fmt->verbose)
		print_tcp_csum(f, src, dst, l4, len);
	if (plen)
		fprintf(f, ", seq %u:%u", seq, seq + plen);
	else if (fl & 0x07)
		fprintf(f, ", seq %u", seq);
	if (fl & 0x10)
		fprintf(f, ", ack %u", ack);
	fprintf(f, ", win %u", get16(l4 + 14));
	if (fl & 0x20)
		fprintf(f, ", urg %u", get16(l4 + 18));
	if (doff > 20 && doff <= len)
		print_tcp_options(f, l4 + 20, doff - 20);
	fprintf(f, ", length %u", plen);
}

struct tcp_conv *tcpdump_tcp_table(void)
{
	return vl_calloc(TCP_CONVS, sizeof(struct tcp_conv));
}

static void print_l4(FILE *f, const struct tcpdump_fmt *fmt, uint8_t proto, const char *s,
		     const char *d, const uint8_t *l4, uint32_t len, uint32_t sa, uint32_t da)
{
	if (proto == IPPROTO_UDP && len >= 8) {
		fprintf(f, "%s.%u > %s.%u: ", s, get16(l4), d, get16(l4 + 2));
		fprintf(f, "UDP, length %u", get16(l4 + 4) >= 8 ? get16(l4 + 4) - 8u : 0u);
		return;
	}
	if (proto == IPPROTO_TCP && len >= 20) {
		fprintf(f, "%s.%u > %s.%u: ", s, get16(l4), d, get16(l4 + 2));
		print_tcp(f, fmt, fmt->tcp_convs, sa, da, l4, len);
		return;
	}
	fprintf(f, "%s > %s: ", s, d);
	if (proto == IPPROTO_ICMP)
		print_icmp(f, fmt, l4, len);
	else
		fprintf(f, "ip-proto-%u %u", proto, len);
}

static void print_ipv4(FILE *f, const struct tcpdump_fmt *fmt, const uint8_t *p, uint32_t len,
		       bool prefix)
{
	uint32_t ihl, tot;
	char s[16], d[16];

	if (len < 20 || (p[0] >> 4) != 4) {
		fputs(prefix ? "IP [|ip]" : "[|ip]", f);
		return;
	}
	ihl = (uint32_t)(p[0] & 15) * 4;
	tot = get16(p + 2);
	if (tot > len)
		tot = len;
	if (prefix)
		fputs("IP ", f);
	if (fmt->verbose) {
		uint16_t fr = get16(p + 6);

		fprintf(f, "(tos 0x%x, ttl %u, id %u, offset %u, flags [%s], proto %s (%u), length %u)\n    ",
			p[1], p[8], get16(p + 4), (fr & 0x1fff) * 8u,
			(fr & 0x4000) ? "DF" : (fr & 0x2000) ? "+" : "none",
			p[9] == 1 ? "ICMP" : p[9] == 6 ? "TCP" : p[9] == 17 ? "UDP" : "unknown", p[9],
			get16(p + 2));
	}
	ip4(s, get32(p + 12));
	ip4(d, get32(p + 16));
	print_l4(f, fmt, p[9], s, d, p + ihl, tot > ihl ? tot - ihl : 0, get32(p + 12), get32(p + 16));
}

static const char *ethertype_name(uint16_t t)
{
	switch (t) {
	case ETH_P_IP: return "IPv4";
	case ETH_P_ARP: return "ARP";
	case ETH_P_IPV6: return "IPv6";
	default: return "Unknown";
	}
}

void tcpdump_print_frame(FILE *f, const struct tcpdump_fmt *fmt, uint64_t sec, uint32_t usec,
			 const uint8_t *p, uint32_t caplen, uint32_t len)
{
	uint16_t type;

	print_ts(f, fmt, sec, usec);
	if (caplen < ETH_HLEN) {
		fputs("[|ether]\n", f);
		return;
	}
	type = get16(p + 12);
	if (fmt->link) {
		mac(f, p + 6);
		fputs(" > ", f);
		mac(f, p);
		if (fmt->quiet)
			fprintf(f, ", %s, length %u: ", ethertype_name(type), len);
		else
			fprintf(f, ", ethertype %s (0x%04x), length %u: ", ethertype_name(type), type, len);
	}
	p += ETH_HLEN;
	caplen -= ETH_HLEN;
	switch (type) {
	case ETH_P_ARP:
		if (!fmt->link)
			fputs("ARP, ", f);
		print_arp(f, fmt, p, caplen);
		break;
	case ETH_P_IP:
		print_ipv4(f, fmt, p, caplen, !fmt->link);
		break;
	case ETH_P_IPV6:
		tcpdump_print_ipv6(f, fmt, p, caplen, !fmt->link);
		break;
	default:
		if (!fmt->link)
			fprintf(f, "ethertype Unknown (0x%04x), length %u", type, len);
		break;
	}
	fputc('\n', f);
}

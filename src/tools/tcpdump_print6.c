/*
 * tcpdump_print6.c: tcpdump 4.99's IPv6 and ICMPv6 decoding (print-ip6.c,
 * print-icmp6.c): the one-line forms, and under -v the header fields, the
 * checksum verdict, neighbour discovery flags and options and MLDv2 records.
 */
#include <string.h>

#include "../net/ipv6.h"
#include "../net/wire.h"
#include "tcpdump_print.h"

static void print_mac(FILE *f, const uint8_t *m)
{
	fprintf(f, "%02x:%02x:%02x:%02x:%02x:%02x", m[0], m[1], m[2], m[3], m[4], m[5]);
}

/* print_unknown_data: 16 bytes a line, in groups of two. */
static void hex_lines(FILE *f, const char *indent, const uint8_t *p, uint32_t len)
{
	for (uint32_t i = 0; i < len; i++) {
		if (i % 16 == 0)
			fprintf(f, "%s0x%04x: ", indent, i);
		fprintf(f, i % 2 ? "%02x" : " %02x", p[i]);
	}
}

static const char *nd_opt_name(uint8_t type)
{
	switch (type) {
	case 1: return "source link-address";
	case 2: return "target link-address";
	case 3: return "prefix info";
	case 4: return "redirected header";
	case 5: return "mtu";
	default: return "unknown";
	}
}

/* icmp6_opt_print, for the options our stack and the kernel's send. */
static void print_nd_opts(FILE *f, const uint8_t *o, uint32_t len)
{
	while (len >= 2) {
		uint32_t olen = (uint32_t)o[1] * 8;

		if (!olen || olen > len) {
			fputs("[ndp opt]", f);
			return;
		}
		fprintf(f, "\n\t  %s option (%u), length %u (%u): ",
			o[0] == 2 ? "destination link-address" : nd_opt_name(o[0]), o[0], olen, o[1]);
		if ((o[0] == 1 || o[0] == 2) && olen == 8) {
			print_mac(f, o + 2);
		} else {
			hex_lines(f, "\n\t  ", o + 2, olen - 2);
			return;
		}
		o += olen;
		len -= olen;
	}
}

static void print_na_flags(FILE *f, uint8_t fl)
{
	static const char *const names[] = { "router", "solicited", "override" };
	const char *sep = "";

	fputs(", Flags [", f);
	for (int i = 0; i < 3; i++) {
		if (fl & (0x80 >> i)) {
			fprintf(f, "%s%s", sep, names[i]);
			sep = ", ";
		}
	}
	fprintf(f, "%s]", *sep ? "" : "none");
}

static void print_mldv2_report(FILE *f, const uint8_t *m, uint32_t len, int verbose)
{
	static const char *const rtype[] = { "", "is_in", "is_ex", "to_in", "to_ex", "allow", "block" };
	uint32_t n = len >= 8 ? get16(m + 6) : 0, off = 8;
	char a[48];

	fprintf(f, ", %u group record(s)", n);
	if (!verbose)
		return;
	for (uint32_t i = 0; i < n && off + 20 <= len; i++) {
		uint8_t t = m[off];
		uint32_t nsrc = get16(m + off + 2);

		ip6_fmt(m + off + 4, a);
		fprintf(f, " [gaddr %s %s, %u source(s)]", a, t < 7 ? rtype[t] : "?", nsrc);
		off += 20 + 16 * nsrc + 4u * m[off + 1];
	}
}

static void print_unreach6(FILE *f, const uint8_t *m, uint32_t len)
{
	static const char *const codes[] = { "unreachable route", "unreachable prohibited", "beyond scope",
					     "unreachable address", "unreachable port" };
	char a[48];

	if (len < 8 + IPV6_HLEN) {
		fputs("[|icmp6]", f);
		return;
	}
	if (m[1] < 5)
		fprintf(f, ", %s", codes[m[1]]);
	else
		fprintf(f, ", unknown unreach code (%u)", m[1]);
	ip6_fmt(m + 8 + 24, a);
	if (m[1] == 0 || m[1] == 1 || m[1] == 3)
		fprintf(f, " %s", a);
}

/*
 * The part after "ICMP6, type": returns false when the caller must not add
 * ", length". len is what was captured of the message (never read past).
 */
static bool print_icmp6_body(FILE *f, int verbose, const uint8_t *m, uint32_t len)
{
	char a[48];

	switch (m[0]) {
	case ICMPV6_ECHO_REQUEST:
	case ICMPV6_ECHO_REPLY:
		if (len < 8) {
			fputs("[|icmp6]", f);
			return false;
		}
		fprintf(f, ", id %u, seq %u", get16(m + 4), get16(m + 6));
		break;
	case ICMPV6_DEST_UNREACH:
		print_unreach6(f, m, len);
		break;
	case NDISC_ROUTER_SOLICITATION:
		if (verbose && len >= 8)
			print_nd_opts(f, m + 8, len - 8);
		break;
	case NDISC_NEIGHBOUR_SOLICITATION:
	case NDISC_NEIGHBOUR_ADVERTISEMENT:
		if (len < 24) {
			fputs("[|icmp6]", f);
			return false;
		}
		ip6_fmt(m + 8, a);
		fprintf(f, m[0] == NDISC_NEIGHBOUR_SOLICITATION ? ", who has %s" : ", tgt is %s", a);
		if (verbose && m[0] == NDISC_NEIGHBOUR_ADVERTISEMENT)
			print_na_flags(f, m[4]);
		if (verbose)
			print_nd_opts(f, m + 24, len - 24);
		break;
	case ICMPV6_MLD2_REPORT:
		print_mldv2_report(f, m, len, verbose);
		break;
	default:
		break;
	}
	return true;
}

static const char *icmp6_type_name(uint8_t t)
{
	switch (t) {
	case 1: return "destination unreachable";
	case 2: return "packet too big";
	case 3: return "time exceeded in-transit";
	case 4: return "parameter problem";
	case 128: return "echo request";
	case 129: return "echo reply";
	case 130: return "multicast listener query";
	case 131: return "multicast listener report";
	case 132: return "multicast listener done";
	case 133: return "router solicitation";
	case 134: return "router advertisement";
	case 135: return "neighbor solicitation";
	case 136: return "neighbor advertisement";
	case 137: return "redirect";
	case 143: return "multicast listener report v2";
	default: return NULL;
	}
}

/* len: the message's length per the IPv6 header; cap: how much of it was captured. */
static void print_icmp6(FILE *f, int verbose, const uint8_t *ip6h, const uint8_t *m, uint32_t len,
			uint32_t cap)
{
	const char *name;
	uint8_t t;

	if (cap < 4) {
		fputs("ICMP6, [|icmp6]", f);
		return;
	}
	t = m[0];
	/* The checksum is judged only over a message captured whole. */
	if (verbose && cap >= len) {
		uint16_t sum = icmp6_csum(ip6h + 8, ip6h + 24, m, len);

		if (sum == 0)
			fputs("[icmp6 sum ok] ", f);
		else
			fprintf(f, "[bad icmp6 cksum 0x%04x -> 0x%04x!] ", get16(m + 2),
				(uint16_t)~(sum + (uint16_t)~get16(m + 2)));
	}
	name = icmp6_type_name(t);
	if (!name) {
		fprintf(f, "ICMP6, unknown icmp6 type (%u), length %u", t, len);
		return;
	}
	fprintf(f, "ICMP6, %s", name);
	if (verbose && (t == NDISC_ROUTER_SOLICITATION || t == NDISC_ROUTER_ADVERTISEMENT ||
			t == NDISC_NEIGHBOUR_SOLICITATION || t == NDISC_NEIGHBOUR_ADVERTISEMENT || t == 137))
		fprintf(f, ", length %u", len);
	if (print_icmp6_body(f, verbose, m, cap < len ? cap : len) && !verbose)
		fprintf(f, ", length %u", len);
}

static const char *nexthdr_name(uint8_t nh)
{
	switch (nh) {
	case 0: return "Options";
	case 6: return "TCP";
	case 17: return "UDP";
	case 58: return "ICMPv6";
	default: return "unknown";
	}
}

/* The hop-by-hop options as -v names them: router alert and padding. */
static void print_hbh_opts(FILE *f, const uint8_t *o, uint32_t len)
{
	for (uint32_t i = 2; i < len;) {
		if (o[i] == 0) {
			fputs("(pad1)", f);
			i++;
			continue;
		}
		if (i + 1 >= len || i + 2u + o[i + 1] > len)
			return;
		if (o[i] == 1)
			fputs("(padn)", f);
		else if (o[i] == 5 && o[i + 1] == 2)
			fprintf(f, "(rtalert: 0x%04x) ", get16(o + i + 2));
		else
			fprintf(f, "(opt_type 0x%02x: len=%u) ", o[i], o[i + 1]);
		i += 2u + o[i + 1];
	}
}

void tcpdump_print_ipv6(FILE *f, const struct tcpdump_fmt *fmt, const uint8_t *p, uint32_t len,
			bool prefix)
{
	char s[48], d[48];
	uint32_t plen, off = IPV6_HLEN, flow;
	uint8_t nh;

	if (len < IPV6_HLEN) {
		fputs("IP6 [|ip6]", f);
		return;
	}
	plen = get16(p + 4);
	flow = get32(p) & 0xfffff;
	if (prefix)
		fputs("IP6 ", f);
	if (fmt->verbose) {
		fputc('(', f);
		if (flow)
			fprintf(f, "flowlabel 0x%05x, ", flow);
		if ((get32(p) >> 20) & 0xff)
			fprintf(f, "class 0x%02x, ", (get32(p) >> 20) & 0xff);
		fprintf(f, "hlim %u, next-header %s (%u) payload length: %u) ", p[7], nexthdr_name(p[6]), p[6],
			plen);
	}
	ip6_fmt(p + 8, s);
	ip6_fmt(p + 24, d);
	fprintf(f, "%s > %s: ", s, d);
	nh = p[6];
	if (nh == 0 && len >= off + 8) {
		/* Hop-by-hop options (MLD's router alert) come first. */
		uint32_t hlen = (uint32_t)(p[off + 1] + 1) * 8;

		fputs("HBH ", f);
		if (fmt->verbose && off + hlen <= len)
			print_hbh_opts(f, p + off, hlen);
		if (fmt->verbose)
			fputc(' ', f);
		nh = p[off];
		off += hlen;
	}
	if (off > IPV6_HLEN + plen || off > len) {
		fputs("[|ip6]", f);
		return;
	}
	if (nh == IPPROTO_ICMPV6)
		print_icmp6(f, fmt->verbose, p, p + off, IPV6_HLEN + plen - off, len - off);
	else
		fprintf(f, "ip-proto-%u %u", nh, IPV6_HLEN + plen - off);
}

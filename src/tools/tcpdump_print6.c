/*
 * tcpdump_print6.c: tcpdump 4.99's IPv6 and ICMPv6 decoding (print-ip6.c,
 * print-ip6opts.c, print-frag6.c, print-icmp6.c): the header under -v, the
 * hop-by-hop options, the checksum verdict, neighbour discovery and its
 * options, MLD queries and reports.
 */
#include <string.h>

#include "tcpdump_print.h"

static void ip6_finddst(struct nd *nd, uint8_t *dst, const uint8_t *ip6)
{
	const uint8_t *cp = ip6, *dst_addr = ip6 + 24;
	unsigned int advance = 40, nh = nd_u8(nd, ip6 + 6);

	while (cp < nd->snapend) {
		cp += advance;
		if (nh == 0 || nh == 60 || nh == 62 || nh == 135) {
			advance = (nd_u8(nd, cp + 1) + 1u) << 3;
			nh = nd_u8(nd, cp);
		} else if (nh == 44) {
			advance = 8;
			nh = nd_u8(nd, cp);
		} else if (nh == 43) {
			unsigned int len, type;
			const uint8_t *p;

			if (!nd_ttest(nd, cp, 4))
				break;
			len = nd_u8(nd, cp + 1);
			type = nd_u8(nd, cp + 2);
			if ((type == 0 || type == 2) && len % 2 == 0) {
				p = cp + 8;
				for (unsigned int i = 0; i < len / 2; i++, p += 16) {
					if (!nd_ttest(nd, p, 16))
						break;
					dst_addr = p;
				}
			} else if (type == 4 && len % 2 == 0 && nd_ttest(nd, cp + 8, 16)) {
				dst_addr = cp + 8;
			}
			break;
		} else {
			break;
		}
	}
	if (!nd_ttest(nd, dst_addr, 16))
		nd_trunc_longjmp(nd);
	memcpy(dst, dst_addr, 16);
}

uint16_t td_nextproto6_cksum(struct nd *nd, const uint8_t *ip6, const uint8_t *data, uint32_t len,
			     uint32_t covlen, uint8_t next_proto)
{
	uint8_t ph[40] = { 0 };
	unsigned int nh;

	if (!nd_ttest(nd, ip6 + 8, 16))
		nd_trunc_longjmp(nd);
	memcpy(ph, ip6 + 8, 16);
	nh = nd_u8(nd, ip6 + 6);
	if (nh == 0 || nh == 60 || nh == 62 || nh == 135 || nh == 44 || nh == 43) {
		ip6_finddst(nd, ph + 16, ip6);
	} else {
		if (!nd_ttest(nd, ip6 + 24, 16))
			nd_trunc_longjmp(nd);
		memcpy(ph + 16, ip6 + 24, 16);
	}
	ph[32] = (uint8_t)(len >> 24);
	ph[33] = (uint8_t)(len >> 16);
	ph[34] = (uint8_t)(len >> 8);
	ph[35] = (uint8_t)len;
	ph[39] = next_proto;
	return nd_cksum(ph, sizeof(ph), data, covlen);
}

/* ip6_sopt_print: the sub-options of a home address option. */
static int ip6_sopt_print(struct nd *nd, const uint8_t *bp, int len)
{
	int optlen;

	for (int i = 0; i < len; i += optlen) {
		if (nd_u8(nd, bp + i) == 0) {
			optlen = 1;
		} else {
			if (i + 1 >= len)
				return -1;
			optlen = nd_u8(nd, bp + i + 1) + 2;
		}
		if (i + optlen > len)
			return -1;
		switch (nd_u8(nd, bp + i)) {
		case 0:
			fputs(", pad1", nd->f);
			break;
		case 1:
			if (len - i < 2) {
				fputs(", padn: trunc", nd->f);
				return -1;
			}
			fputs(", padn", nd->f);
			break;
		default:
			if (len - i < 2) {
				fprintf(nd->f, ", sopt_type %u: trunc)", nd_u8(nd, bp + i));
				return -1;
			}
			fprintf(nd->f, ", sopt_type 0x%02x: len=%u", nd_u8(nd, bp + i), nd_u8(nd, bp + i + 1));
			break;
		}
	}
	return 0;
}

/* The jumbo payload option: what ip6_opt_process notes and prints of it. */
static int opt_jumbo(struct nd *nd, const uint8_t *o, int left, int *found_jumbo,
		     uint32_t *payload_len)
{
	uint32_t jumbolen;
	int v = nd->fmt->verbose;

	if (left < 6) {
		fputs("(jumbo: trunc)", nd->f);
		return -1;
	}
	if (nd_u8(nd, o + 1) != 4) {
		fprintf(nd->f, "(jumbo: invalid len %u)", nd_u8(nd, o + 1));
		return -1;
	}
	jumbolen = nd_be32(nd, o + 2);
	if (*found_jumbo) {
		if (v)
			fprintf(nd->f, "(jumbo: %u - already seen) ", jumbolen);
		return 0;
	}
	*found_jumbo = 1;
	if (!payload_len) {
		if (v)
			fprintf(nd->f, "(jumbo: %u - not a hop-by-hop option) ", jumbolen);
	} else if (*payload_len != 0) {
		if (v)
			fprintf(nd->f, "(jumbo: %u - payload len != 0) ", jumbolen);
	} else if (v) {
		fprintf(nd->f, jumbolen < 65536 ? "(jumbo: %u - < 65536) " : "(jumbo: %u) ", jumbolen);
	}
	return 0;
}

/* One option of ip6_opt_process; -1 to give up. */
static int ip6_opt_one(struct nd *nd, const uint8_t *o, int left, int optlen, int *found_jumbo,
		       uint32_t *payload_len)
{
	int v = nd->fmt->verbose;

	switch (nd_u8(nd, o)) {
	case 0:
		if (v)
			fputs("(pad1)", nd->f);
		return 0;
	case 1:
		if (left < 2) {
			fputs("(padn: trunc)", nd->f);
			return -1;
		}
		if (v)
			fputs("(padn)", nd->f);
		return 0;
	case 5:
		if (left < 4) {
			fputs("(rtalert: trunc)", nd->f);
			return -1;
		}
		if (nd_u8(nd, o + 1) != 2) {
			fprintf(nd->f, "(rtalert: invalid len %u)", nd_u8(nd, o + 1));
			return -1;
		}
		if (v)
			fprintf(nd->f, "(rtalert: 0x%04x) ", nd_be16(nd, o + 2));
		return 0;
	case 0xc2:
		return opt_jumbo(nd, o, left, found_jumbo, payload_len);
	case 0xc9:
		if (left < 18) {
			fputs("(homeaddr: trunc)", nd->f);
			return -1;
		}
		if (nd_u8(nd, o + 1) < 16) {
			fprintf(nd->f, "(homeaddr: invalid len %u)", nd_u8(nd, o + 1));
			return -1;
		}
		if (v) {
			fprintf(nd->f, "(homeaddr: %s", nd_ip6addr(nd, o + 2));
			if (nd_u8(nd, o + 1) > 16 && ip6_sopt_print(nd, o + 18, optlen - 18) == -1)
				return -1;
			fputc(')', nd->f);
		}
		return 0;
	default:
		if (left < 2) {
			fprintf(nd->f, "(type %u: trunc)", nd_u8(nd, o));
			return -1;
		}
		if (v)
			fprintf(nd->f, "(opt_type 0x%02x: len=%u)", nd_u8(nd, o), nd_u8(nd, o + 1));
		return 0;
	}
}

static int ip6_opt_process(struct nd *nd, const uint8_t *bp, int len, int *found_jumbo,
			   uint32_t *payload_len)
{
	int optlen = 0, jumbo = 0;

	if (len == 0)
		return 0;
	if (!found_jumbo)
		found_jumbo = &jumbo;
	for (int i = 0; i < len; i += optlen) {
		if (nd_u8(nd, bp + i) == 0) {
			optlen = 1;
		} else {
			if (i + 1 >= len)
				return -1;
			optlen = nd_u8(nd, bp + i + 1) + 2;
		}
		if (i + optlen > len)
			return -1;
		if (ip6_opt_one(nd, bp + i, len - i, optlen, found_jumbo, payload_len) < 0)
			return -1;
	}
	if (nd->fmt->verbose)
		fputc(' ', nd->f);
	return 0;
}

static int hbhopt_process(struct nd *nd, const uint8_t *bp, int *found_jumbo, uint32_t *payload_len)
{
	unsigned int hbhlen;

	nd->protocol = "hbhopt";
	hbhlen = (nd_u8(nd, bp + 1) + 1u) << 3;
	if (!nd_ttest(nd, bp, hbhlen))
		goto trunc;
	fputs("HBH ", nd->f);
	if (ip6_opt_process(nd, bp + 2, (int)hbhlen - 2, found_jumbo, payload_len) == -1)
		goto trunc;
	return (int)hbhlen;
trunc:
	nd_print_trunc(nd);
	return -1;
}

static int dstopt_process(struct nd *nd, const uint8_t *bp)
{
	unsigned int len;

	nd->protocol = "dstopt";
	len = (nd_u8(nd, bp + 1) + 1u) << 3;
	if (!nd_ttest(nd, bp, len))
		goto trunc;
	fputs("DSTOPT ", nd->f);
	if (nd->fmt->verbose && ip6_opt_process(nd, bp + 2, (int)len - 2, NULL, NULL) == -1)
		goto trunc;
	return (int)len;
trunc:
	nd_print_trunc(nd);
	return -1;
}

static int frag6_print(struct nd *nd, const uint8_t *bp, const uint8_t *ip6)
{
	unsigned int rest;
	uint16_t off;

	nd->protocol = "frag6";
	rest = 40u + nd_be16(nd, ip6 + 4) - (unsigned int)(bp - ip6) - 8u;
	off = nd_be16(nd, bp + 2) & 0xfff8;
	if (nd->fmt->verbose)
		fprintf(nd->f, "frag (0x%08x:%u|%u)", nd_be32(nd, bp + 4), off, rest);
	else
		fprintf(nd->f, "frag (%u|%u)", off, rest);
	if (off != 0)
		return -1;
	fputc(' ', nd->f);
	return 8;
}

/* The -v part of the IPv6 header. */
static void ip6_verbose(struct nd *nd, const uint8_t *ip6, uint8_t nh, uint32_t payload_len)
{
	uint32_t flow = nd_be32(nd, ip6);
	char b[32];

	fputc('(', nd->f);
	if (flow & 0x0ff00000)
		fprintf(nd->f, "class 0x%02x, ", (flow & 0x0ff00000) >> 20);
	if (flow & 0x000fffff)
		fprintf(nd->f, "flowlabel 0x%05x, ", flow & 0x000fffff);
	fprintf(nd->f, "hlim %u, next-header %s (%u) payload length: %u) ", nd_u8(nd, ip6 + 7),
		tok2str(td_ipproto_values, "unknown", nh, b, sizeof(b)), nh, payload_len);
}

/* The state ip6_print keeps while it walks the extension headers. */
struct ip6_walk {
	uint32_t payload_len, len, total_advance;
	int fragmented, found_ext, found_jumbo, found_hbh;
	uint8_t ph;
};

/* One extension header; returns its length, 0 to hand nh to the demuxer, -1 to stop. */
static int ip6_ext(struct nd *nd, const uint8_t *cp, const uint8_t *ip6, uint8_t *nh,
		   struct ip6_walk *w)
{
	int advance;

	switch (*nh) {
	case 0:
		if (w->found_hbh) {
			fputs("[The Hop-by-Hop Options header was already found]", nd->f);
			nd_print_invalid(nd);
			return -2;
		}
		if (w->ph != 255) {
			fputs("[The Hop-by-Hop Options header don't follow the IPv6 header]", nd->f);
			nd_print_invalid(nd);
			return -2;
		}
		advance = hbhopt_process(nd, cp, &w->found_jumbo, &w->payload_len);
		if (w->payload_len == 0 && w->found_jumbo == 0) {
			fputs("[No valid Jumbo Payload Hop-by-Hop option found]", nd->f);
			nd_print_invalid(nd);
			return -2;
		}
		w->found_hbh = 1;
		break;
	case 60:
		advance = dstopt_process(nd, cp);
		break;
	case 44:
		advance = frag6_print(nd, cp, ip6);
		if (advance >= 0 && nd->snapend <= cp + advance)
			advance = -1;
		w->fragmented = 1;
		break;
	default:
		/* Routing and mobility headers have printers vethlab does not carry. */
		return 0;
	}
	if (advance < 0)
		return -1;
	w->found_ext = 1;
	*nh = nd_u8(nd, cp);
	return advance;
}

/* The upper layer, once the extension headers are behind; false to print a truncation. */
static bool ip6_upper(struct nd *nd, const uint8_t *bp, const uint8_t *cp, uint32_t length,
		      uint8_t nh, struct ip6_walk *w)
{
	if (w->found_jumbo) {
		w->len = w->payload_len + 40;
		if (w->len < w->total_advance)
			return false;
		if (length < w->len)
			fprintf(nd->f, "truncated-ip6 - %u bytes missing!", w->len - length);
		nd_change_snaplen(nd, bp, w->len);
		w->len -= w->total_advance;
	} else if (w->payload_len == 0) {
		if (w->found_ext)
			return false;
		w->len = 40;
		nd_change_snaplen(nd, bp, w->len);
		w->len -= w->total_advance;
	}
	td_ip_demux_print(nd, cp, w->len, 6, w->fragmented, nd_u8(nd, bp + 7), nh, bp);
	return true;
}

void td_ip6_print(struct nd *nd, const uint8_t *ip6, uint32_t length)
{
	struct ip6_walk w = { .ph = 255 };
	const uint8_t *cp = ip6;
	int advance = 40;
	uint8_t nh;

	nd->protocol = "ip6";
	if (!nd_ttest(nd, ip6, 40))
		goto trunc;
	if (length < 40) {
		fprintf(nd->f, "truncated-ip6 %u", length);
		return;
	}
	if (!nd->fmt->link)
		fputs("IP6 ", nd->f);
	if ((nd_u8(nd, ip6) >> 4) != 6) {
		fprintf(nd->f, "version error: %u != 6", nd_u8(nd, ip6) >> 4);
		return;
	}
	w.payload_len = nd_be16(nd, ip6 + 4);
	if (w.payload_len != 0) {
		w.len = w.payload_len + 40;
		if (length < w.len)
			fprintf(nd->f, "truncated-ip6 - %u bytes missing!", w.len - length);
	} else {
		w.len = length + 40;
	}
	nh = nd_u8(nd, ip6 + 6);
	if (nd->fmt->verbose)
		ip6_verbose(nd, ip6, nh, w.payload_len);
	nd_push_snaplen(nd, ip6, w.len);
	while (cp < nd->snapend && advance > 0) {
		if (w.len < (uint32_t)advance)
			goto trunc;
		cp += advance;
		w.len -= (uint32_t)advance;
		w.total_advance += (uint32_t)advance;
		if (cp == ip6 + 40 && nh != 6 && nh != 17 && nh != 33 && nh != 132) {
			fprintf(nd->f, "%s > ", nd_ip6addr(nd, ip6 + 8));
			fprintf(nd->f, "%s: ", nd_ip6addr(nd, ip6 + 24));
		}
		advance = ip6_ext(nd, cp, ip6, &nh, &w);
		if (advance == 0) {
			if (!ip6_upper(nd, ip6, cp, length, nh, &w))
				goto trunc;
			nd_pop_packet_info(nd);
			return;
		}
		if (advance < 0) {
			if (advance == -1)
				nd_pop_packet_info(nd);
			return;
		}
		w.ph = nh;
		nd->protocol = "ip6";
	}
	nd_pop_packet_info(nd);
	return;
trunc:
	nd_print_trunc(nd);
}

static const struct tok icmp6_type_values[] = {
	{ 1, "destination unreachable" }, { 2, "packet too big" }, { 3, "time exceeded in-transit" },
	{ 4, "parameter problem" }, { 128, "echo request" }, { 129, "echo reply" },
	{ 130, "multicast listener query" }, { 131, "multicast listener report" },
	{ 132, "multicast listener done" }, { 133, "router solicitation" },
	{ 134, "router advertisement" }, { 135, "neighbor solicitation" },
	{ 136, "neighbor advertisement" }, { 137, "redirect" }, { 138, "router renumbering" },
	{ 141, "inverse neighbor solicitation" }, { 142, "inverse neighbor advertisement" },
	{ 143, "multicast listener report v2" }, { 144, "ha discovery request" },
	{ 145, "ha discovery reply" }, { 146, "mobile router solicitation" },
	{ 147, "mobile router advertisement" }, { 139, "who-are-you request" },
	{ 140, "who-are-you reply" }, { 201, "mtrace message" }, { 200, "mtrace response" },
	{ 155, "RPL" }, { 0, NULL }
};

static const struct tok unreach_codes[] = {
	{ 0, "unreachable route" }, { 1, " unreachable prohibited" }, { 2, "beyond scope" },
	{ 3, "unreachable address" }, { 4, "unreachable port" }, { 0, NULL }
};

static const struct tok opt_values[] = {
	{ 1, "source link-address" }, { 2, "destination link-address" }, { 3, "prefix info" },
	{ 4, "redirected header" }, { 5, "mtu" }, { 25, "rdnss" }, { 31, "dnssl" },
	{ 7, "advertisement interval" }, { 8, "homeagent information" }, { 24, "route info" },
	{ 0, NULL }
};

static const struct tok pi_flags[] = {
	{ 0x80, "onlink" }, { 0x40, "auto" }, { 0x20, "router" }, { 0, NULL }
};

static const struct tok ra_flags[] = {
	{ 0x80, "managed" }, { 0x40, "other stateful" }, { 0x20, "home agent" },
	{ 0x02, "ipv6 only" }, { 0, NULL }
};

static const struct tok na_flags[] = {
	{ 0x80000000u, "router" }, { 0x40000000u, "solicited" }, { 0x20000000u, "override" },
	{ 0, NULL }
};

static const struct tok mldv2report2str[] = {
	{ 1, "is_in" }, { 2, "is_ex" }, { 3, "to_in" }, { 4, "to_ex" }, { 5, "allow" },
	{ 6, "block" }, { 0, NULL }
};

static const char *get_rtpref(unsigned int v)
{
	static const char *const s[] = { "medium", "high", "rsv", "low" };

	return s[(v & 0x18) >> 3];
}

static const char *get_lifetime(uint32_t v, char *buf, size_t n)
{
	if (v == 0xffffffffu)
		return "infinity";
	snprintf(buf, n, "%us", v);
	return buf;
}

static void print_lladdr(struct nd *nd, const uint8_t *p, size_t l)
{
	for (size_t i = 0; i < l; i++)
		fprintf(nd->f, i ? ":%02x" : "%02x", nd_u8(nd, p + i));
}

/* fqdn_print for the names of a DNSSL option (no compression pointers). */
static bool dnssl_names(struct nd *nd, const uint8_t *domp, const uint8_t *end)
{
	while (domp < end && nd_u8(nd, domp) != 0) {
		fputc(' ', nd->f);
		while (nd_u8(nd, domp) != 0) {
			unsigned int l = nd_u8(nd, domp++);

			if (l & 0xc0)
				return false;
			for (unsigned int i = 0; i < l; i++) {
				uint8_t c = nd_u8(nd, domp++);

				if (c >= 0x20 && c < 0x7f)
					fputc(c, nd->f);
				else
					fprintf(nd->f, "\\%03o", c);
			}
			fputc('.', nd->f);
		}
		domp++;
	}
	return true;
}

/* The body of one neighbour discovery option (icmp6_opt_print's switch). */
static bool icmp6_opt_body(struct nd *nd, const uint8_t *bp, const uint8_t *op, uint8_t type,
			   unsigned int olen)
{
	char b1[32], b2[32], b3[32];

	switch (type) {
	case 1:
	case 2:
		print_lladdr(nd, op + 2, (olen << 3) - 2);
		break;
	case 3:
		fprintf(nd->f, "%s/%u%s, Flags [%s], valid time %s", nd_ip6addr(nd, op + 16), nd_u8(nd, op + 2),
			olen != 4 ? "badlen" : "",
			bittok2str(pi_flags, "none", nd_u8(nd, op + 3), true, b1, sizeof(b1)),
			get_lifetime(nd_be32(nd, op + 4), b2, sizeof(b2)));
		fprintf(nd->f, ", pref. time %s", get_lifetime(nd_be32(nd, op + 8), b3, sizeof(b3)));
		break;
	case 4:
		nd_print_unknown_data(nd, bp, "\n\t    ", olen << 3);
		break;
	case 5:
		fprintf(nd->f, " %u%s", nd_be32(nd, op + 4), olen != 1 ? "bad option length" : "");
		break;
	case 25:
		fprintf(nd->f, " lifetime %us,", nd_be32(nd, op + 4));
		for (unsigned int i = 0; i < (olen - 1) / 2; i++)
			fprintf(nd->f, " addr: %s", nd_ip6addr(nd, op + 8 + 16 * i));
		break;
	case 7:
		fprintf(nd->f, " %ums", nd_be32(nd, op + 4));
		break;
	case 8:
		fprintf(nd->f, " preference %u, lifetime %u", nd_be16(nd, op + 4), nd_be16(nd, op + 6));
		break;
	case 24: {
		uint8_t in6[16] = { 0 };

		if (!nd_ttest(nd, op + 4, 4))
			return false;
		if (olen == 2 || olen == 3) {
			if (!nd_ttest(nd, op + 8, olen == 2 ? 8 : 16))
				nd_trunc_longjmp(nd);
			memcpy(in6, op + 8, olen == 2 ? 8 : 16);
		} else if (olen != 1) {
			return false;
		}
		fprintf(nd->f, " %s/%u", nd_ip6addr_local(nd, in6), nd_u8(nd, op + 2));
		fprintf(nd->f, ", pref=%s", get_rtpref(nd_u8(nd, op + 3)));
		fprintf(nd->f, ", lifetime=%s", get_lifetime(nd_be32(nd, op + 4), b1, sizeof(b1)));
		break;
	}
	case 31:
		fprintf(nd->f, " lifetime %us, domain(s):", nd_be32(nd, op + 4));
		return dnssl_names(nd, op + 8, op + (olen << 3));
	default:
		break;
	}
	return true;
}

/* icmp6_opt_print: -1 when tcpdump would print a truncation. */
static int icmp6_opt_print(struct nd *nd, const uint8_t *bp, int resid)
{
	const uint8_t *cp = bp, *ep = nd->snapend;
	char b[32];

	while (cp < ep) {
		uint8_t type;
		unsigned int olen;

		if (!nd_ttest(nd, cp + 1, 1))
			return -1;
		if (resid <= 0)
			return 0;
		type = nd_u8(nd, cp);
		olen = nd_u8(nd, cp + 1);
		if (olen == 0 || cp + (olen << 3) > ep)
			return -1;
		fprintf(nd->f, "\n\t  %s option (%u), length %u (%u): ",
			tok2str(opt_values, "unknown", type, b, sizeof(b)), type, olen << 3, olen);
		if (!strcmp(tok2str(opt_values, "unknown", type, b, sizeof(b)), "unknown")) {
			if (nd->fmt->verbose <= 1) {
				nd_print_unknown_data(nd, cp + 2, "\n\t  ", (olen << 3) - 2);
				return 0;
			}
		} else if (!icmp6_opt_body(nd, bp, cp, type, olen)) {
			return -1;
		}
		if (nd->fmt->verbose > 1)
			nd_print_unknown_data(nd, cp + 2, "\n\t    ", (olen << 3) - 2);
		cp += olen << 3;
		resid -= (int)(olen << 3);
	}
	return 0;
}

static void mld6_print(struct nd *nd, const uint8_t *bp)
{
	if (bp + 24 > nd->snapend)
		return;
	fprintf(nd->f, "max resp delay: %u ", nd_be16(nd, bp + 4));
	fprintf(nd->f, "addr: %s", nd_ip6addr(nd, bp + 8));
}

static void mldv2_report_print(struct nd *nd, const uint8_t *bp, unsigned int len)
{
	unsigned int ngroups, group = 8;
	char b[32];

	if (len < 8) {
		fprintf(nd->f, " [invalid len %u]", len);
		return;
	}
	ngroups = nd_be16(nd, bp + 6);
	fprintf(nd->f, ", %u group record(s)", ngroups);
	if (!nd->fmt->verbose)
		return;
	for (unsigned int i = 0; i < ngroups; i++) {
		unsigned int nsrcs;

		if (len < group + 20) {
			fputs(" [invalid number of groups]", nd->f);
			return;
		}
		fprintf(nd->f, " [gaddr %s", nd_ip6addr(nd, bp + group + 4));
		fprintf(nd->f, " %s", tok2str(mldv2report2str, " [v2-report-#%u]", nd_u8(nd, bp + group), b,
					      sizeof(b)));
		nsrcs = nd_be16(nd, bp + group + 2);
		if (len < group + 20 + nsrcs * 16) {
			fprintf(nd->f, " [invalid number of sources %u]", nsrcs);
			return;
		}
		if (nd->fmt->verbose == 1) {
			fprintf(nd->f, ", %u source(s)", nsrcs);
		} else {
			fputs(" {", nd->f);
			for (unsigned int j = 0; j < nsrcs; j++)
				fprintf(nd->f, " %s", nd_ip6addr(nd, bp + group + 20 + j * 16));
			fputs(" }", nd->f);
		}
		group += 20 + nsrcs * 16;
		fputc(']', nd->f);
	}
}

static void mldv2_query_print(struct nd *nd, const uint8_t *bp, unsigned int len)
{
	unsigned int mrc, mrt, nsrcs;

	if (len < 28) {
		fprintf(nd->f, " [invalid len %u]", len);
		return;
	}
	mrc = nd_be16(nd, bp + 4);
	mrt = mrc < 32768 ? mrc : ((mrc & 0x0fff) | 0x1000) << (((mrc & 0x7000) >> 12) + 3);
	if (nd->fmt->verbose)
		fprintf(nd->f, " [max resp delay=%u]", mrt);
	fprintf(nd->f, " [gaddr %s", nd_ip6addr(nd, bp + 8));
	if (nd->fmt->verbose) {
		uint8_t s = nd_u8(nd, bp + 24), qqic = nd_u8(nd, bp + 25);

		if (s & 0x08)
			fputs(" sflag", nd->f);
		if (s & 0x07)
			fprintf(nd->f, " robustness=%u", s & 0x07);
		fprintf(nd->f, " qqi=%u", qqic < 128 ? qqic : ((qqic & 0x0f) | 0x10) << (((qqic & 0x70) >> 4) + 3));
	}
	nsrcs = nd_be16(nd, bp + 26);
	if (nsrcs > 0) {
		if (len < 28 + nsrcs * 16) {
			fputs(" [invalid number of sources]", nd->f);
		} else if (nd->fmt->verbose > 1) {
			fputs(" {", nd->f);
			for (unsigned int i = 0; i < nsrcs; i++)
				fprintf(nd->f, " %s", nd_ip6addr(nd, bp + 28 + i * 16));
			fputs(" }", nd->f);
		} else {
			fprintf(nd->f, ", %u source(s)", nsrcs);
		}
	}
	fputc(']', nd->f);
}

/* get_upperlayer: the transport header an error quotes, or NULL. */
static const uint8_t *get_upperlayer(struct nd *nd, const uint8_t *bp, unsigned int *prot)
{
	const uint8_t *ep = nd->snapend;
	unsigned int nh, hlen = 40;

	if (!nd_ttest(nd, bp + 6, 1))
		return NULL;
	nh = nd_u8(nd, bp + 6);
	while (bp < ep) {
		bp += hlen;
		switch (nh) {
		case 17:
		case 6:
			if (!nd_ttest(nd, bp + 2, 2))
				return NULL;
			*prot = nh;
			return bp;
		case 0:
		case 60:
		case 43:
			if (!nd_ttest(nd, bp + 1, 1))
				return NULL;
			nh = nd_u8(nd, bp);
			hlen = (nd_u8(nd, bp + 1) + 1u) << 3;
			break;
		case 44:
			if (!nd_ttest(nd, bp + 2, 2) || (nd_be16(nd, bp + 2) & 0xfff8) != 0)
				return NULL;
			nh = nd_u8(nd, bp);
			hlen = 8;
			break;
		case 51:
			if (!nd_ttest(nd, bp + 1, 1))
				return NULL;
			nh = nd_u8(nd, bp);
			hlen = (nd_u8(nd, bp + 1) + 2u) << 2;
			break;
		default:
			*prot = nh;
			return NULL;
		}
	}
	return NULL;
}

/* Destination unreachable; false when tcpdump is done with the packet (no ", length"). */
static int icmp6_unreach(struct nd *nd, const uint8_t *dp, unsigned int length, uint8_t code)
{
	const uint8_t *oip = dp + 8, *ouh;
	unsigned int prot = 0;
	uint16_t dport;
	char b[48];

	fprintf(nd->f, ", %s", tok2str(unreach_codes, "unknown unreach code (%u)", code, b, sizeof(b)));
	switch (code) {
	case 0:
	case 1:
	case 3:
		fprintf(nd->f, " %s", nd_ip6addr(nd, oip + 24));
		return 1;
	case 2:
		fprintf(nd->f, " %s, source address ", nd_ip6addr(nd, oip + 24));
		fputs(nd_ip6addr(nd, oip + 8), nd->f);
		return 1;
	case 4:
		if (!(ouh = get_upperlayer(nd, oip, &prot)))
			return -1;
		dport = nd_be16(nd, ouh + 2);
		if (prot == 6)
			fprintf(nd->f, ", %s tcp port %s", nd_ip6addr(nd, oip + 24), nd_tcpport(nd, dport));
		else if (prot == 17)
			fprintf(nd->f, ", %s udp port %s", nd_ip6addr(nd, oip + 24), nd_udpport(nd, dport));
		else
			fprintf(nd->f, ", %s protocol %u port %u unreachable", nd_ip6addr(nd, oip + 24), prot,
				dport);
		return 1;
	default:
		if (nd->fmt->verbose <= 1) {
			nd_print_unknown_data(nd, dp, "\n\t", length);
			return 0;
		}
		return 1;
	}
}

static void icmp6_time_exceeded(struct nd *nd, const uint8_t *dp, uint8_t code)
{
	if (code == 0)
		fprintf(nd->f, " for %s", nd_ip6addr(nd, dp + 8 + 24));
	else if (code == 1)
		fputs(" (reassembly)", nd->f);
	else
		fprintf(nd->f, ", unknown code (%u)", code);
}

static bool icmp6_param_prob(struct nd *nd, const uint8_t *dp, uint8_t code)
{
	static const char *const what[] = { "erroneous", "next header", "option",
					     "incomplete header chain" };

	if (!nd_ttest(nd, dp + 8 + 24, 16))
		return false;
	if (code < 4)
		fprintf(nd->f, ", %s - octet %u", what[code], nd_be32(nd, dp + 4));
	else
		fprintf(nd->f, ", code-#%u", code);
	return true;
}

static int icmp6_router_advert(struct nd *nd, const uint8_t *dp, unsigned int length)
{
	uint8_t fl;
	char b[64];

	if (!nd->fmt->verbose)
		return 0;
	fl = nd_u8(nd, dp + 5);
	fprintf(nd->f, "\n\thop limit %u, Flags [%s], pref %s, router lifetime %us, reachable time %ums, "
		"retrans timer %ums", nd_u8(nd, dp + 4), bittok2str(ra_flags, "none", fl, true, b, sizeof(b)),
		get_rtpref(fl), nd_be16(nd, dp + 6), nd_be32(nd, dp + 8), nd_be32(nd, dp + 12));
	return icmp6_opt_print(nd, dp + 16, (int)length - 16);
}

static int icmp6_na(struct nd *nd, const uint8_t *dp, unsigned int length)
{
	char b[64];

	fprintf(nd->f, ", tgt is %s", nd_ip6addr(nd, dp + 8));
	if (!nd->fmt->verbose)
		return 0;
	fprintf(nd->f, ", Flags [%s]", bittok2str(na_flags, "none", nd_be32(nd, dp + 4), true, b, sizeof(b)));
	return icmp6_opt_print(nd, dp + 24, (int)length - 24);
}

static int icmp6_mobile(struct nd *nd, const uint8_t *dp, unsigned int length, uint8_t type)
{
	if (type == 146 || type == 144) {
		fprintf(nd->f, ", id 0x%04x", nd_be16(nd, dp + 4));
		return 0;
	}
	if (!nd->fmt->verbose)
		return 0;
	fprintf(nd->f, ", id 0x%04x", nd_be16(nd, dp + 4));
	if (type == 145) {
		for (const uint8_t *p = dp + 8; p < dp + length; p += 16)
			fprintf(nd->f, ", %s", nd_ip6addr(nd, p));
		return 0;
	} else {
		uint16_t fl = nd_be16(nd, dp + 6);

		if (fl & 0xc000)
			fputc(' ', nd->f);
		if (fl & 0x8000)
			fputc('M', nd->f);
		if (fl & 0x4000)
			fputc('O', nd->f);
		return icmp6_opt_print(nd, dp + 8, (int)length - 8);
	}
}

/* The per-type part of icmp6_print: 1 go on, 0 done (no ", length"), -1 truncated. */
static int icmp6_body(struct nd *nd, const uint8_t *dp, unsigned int length, uint8_t type,
		      uint8_t code)
{
	int v = nd->fmt->verbose;

	switch (type) {
	case 1:
		return icmp6_unreach(nd, dp, length, code);
	case 2:
		fprintf(nd->f, ", mtu %u", nd_be32(nd, dp + 4));
		return 1;
	case 3:
		icmp6_time_exceeded(nd, dp, code);
		return 1;
	case 4:
		return icmp6_param_prob(nd, dp, code) ? 1 : -1;
	case 128:
	case 129:
		fprintf(nd->f, ", id %u, seq %u", nd_be16(nd, dp + 4), nd_be16(nd, dp + 6));
		return 1;
	case 130:
		if (length == 24) {
			mld6_print(nd, dp);
		} else if (length >= 28) {
			fputs(" v2", nd->f);
			mldv2_query_print(nd, dp, length);
		} else {
			fprintf(nd->f, " unknown-version (len %u) ", length);
		}
		return 1;
	case 131:
	case 132:
		mld6_print(nd, dp);
		return 1;
	case 133:
		return v && icmp6_opt_print(nd, dp + 8, (int)length - 8) == -1 ? -1 : 1;
	case 134:
		return icmp6_router_advert(nd, dp, length) == -1 ? -1 : 1;
	case 135:
		fprintf(nd->f, ", who has %s", nd_ip6addr(nd, dp + 8));
		return v && icmp6_opt_print(nd, dp + 24, (int)length - 24) == -1 ? -1 : 1;
	case 136:
		return icmp6_na(nd, dp, length) == -1 ? -1 : 1;
	case 137:
		/* nd_rd_dst, then nd_rd_target: the destination first, though the target comes first on the wire. */
		fprintf(nd->f, ", %s", nd_ip6addr(nd, dp + 24));
		fprintf(nd->f, " to %s", nd_ip6addr(nd, dp + 8));
		return v && icmp6_opt_print(nd, dp + 40, (int)length - 40) == -1 ? -1 : 1;
	case 141:
	case 142:
		return 1;
	case 143:
		mldv2_report_print(nd, dp, length);
		return 1;
	case 144:
	case 145:
	case 146:
	case 147:
		return icmp6_mobile(nd, dp, length, type) == -1 ? -1 : 1;
	default:
		/* Router renumbering, node information and RPL are not decoded by vethlab. */
		fprintf(nd->f, ", length %u", length);
		if (v <= 1)
			nd_print_unknown_data(nd, dp, "\n\t", length);
		return 0;
	}
}

void td_icmp6_print(struct nd *nd, const uint8_t *dp, uint32_t length, const uint8_t *ip6,
		    int fragmented)
{
	uint8_t type, code;
	char b[48];
	int r;

	nd->protocol = "icmp6";
	if (length == 0) {
		fputs("ICMP6, length 0", nd->f);
		nd_print_invalid(nd);
		return;
	}
	if (nd->fmt->verbose && !fragmented && nd_ttest(nd, dp, length)) {
		uint16_t sum_field = nd_be16(nd, dp + 2);
		uint16_t sum = td_nextproto6_cksum(nd, ip6, dp, length, length, 58);

		if (sum != 0)
			fprintf(nd->f, "[bad icmp6 cksum 0x%04x -> 0x%04x!] ", sum_field,
				nd_cksum_shouldbe(sum_field, sum));
		else
			fputs("[icmp6 sum ok] ", nd->f);
	}
	type = nd_u8(nd, dp);
	fprintf(nd->f, "ICMP6, %s", tok2str(icmp6_type_values, "unknown icmp6 type (%u)", type, b, sizeof(b)));
	if (nd->fmt->verbose && (type == 133 || type == 134 || type == 136 || type == 135 ||
				 type == 137 || type == 145 || type == 147))
		fprintf(nd->f, ", length %u", length);
	code = nd_u8(nd, dp + 1);
	r = icmp6_body(nd, dp, length, type, code);
	if (r < 0) {
		nd_print_trunc(nd);
		return;
	}
	if (r > 0 && !nd->fmt->verbose)
		fprintf(nd->f, ", length %u", length);
}

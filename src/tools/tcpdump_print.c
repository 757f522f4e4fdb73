/*
 * tcpdump_print.c: pretty_print_packet and its helpers (print.c, util-print.c,
 * print-ascii.c), the link layers (Ethernet, Linux cooked v1 and v2) and ARP.
 */
#include "tcpdump_print.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../ctl/sys.h"
#include "../ctl/rtnl.h"

#define MAXIMUM_SNAPLEN 262144
#define MAX_ETHERNET_LENGTH_VAL 1500

_Noreturn void nd_trunc_longjmp(struct nd *nd)
{
	longjmp(nd->early, 1);
}

void nd_print_trunc(struct nd *nd)
{
	fprintf(nd->f, " [|%s]", nd->protocol);
}

void nd_print_invalid(struct nd *nd)
{
	fprintf(nd->f, " (invalid)");
}

/* ND_TTEST_LEN: len bytes at p were captured. */
bool nd_ttest(const struct nd *nd, const uint8_t *p, size_t len)
{
	return p <= nd->snapend && (size_t)(nd->snapend - p) >= len;
}

unsigned int nd_avail(const struct nd *nd, const uint8_t *p)
{
	return p < nd->snapend ? (unsigned int)(nd->snapend - p) : 0;
}

uint8_t nd_u8(struct nd *nd, const uint8_t *p)
{
	if (!nd_ttest(nd, p, 1))
		nd_trunc_longjmp(nd);
	return p[0];
}

uint16_t nd_be16(struct nd *nd, const uint8_t *p)
{
	if (!nd_ttest(nd, p, 2))
		nd_trunc_longjmp(nd);
	return (uint16_t)(p[0] << 8 | p[1]);
}

uint32_t nd_be24(struct nd *nd, const uint8_t *p)
{
	if (!nd_ttest(nd, p, 3))
		nd_trunc_longjmp(nd);
	return (uint32_t)p[0] << 16 | (uint32_t)p[1] << 8 | p[2];
}

uint32_t nd_be32(struct nd *nd, const uint8_t *p)
{
	if (!nd_ttest(nd, p, 4))
		nd_trunc_longjmp(nd);
	return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

/* nd_push_snaplen: the end of what may be read shrinks to bp + newlen. */
void nd_push_snaplen(struct nd *nd, const uint8_t *bp, uint32_t newlen)
{
	/* Printers nest only a few levels; deeper ones keep the current end. */
	if (nd->nsaved < sizeof(nd->saved) / sizeof(nd->saved[0]))
		nd->saved[nd->nsaved] = nd->snapend;
	nd->nsaved++;
	if (bp <= nd->snapend && newlen <= (uint32_t)(nd->snapend - bp))
		nd->snapend = bp + newlen;
}

/* nd_change_snaplen: may grow again, but never past the end pushed over. */
void nd_change_snaplen(struct nd *nd, const uint8_t *bp, uint32_t newlen)
{
	const uint8_t *prev = nd->snapend;
	unsigned int top = nd->nsaved;

	if (top && top <= sizeof(nd->saved) / sizeof(nd->saved[0]))
		prev = nd->saved[top - 1];
	if (bp <= prev && newlen <= (uint32_t)(prev - bp))
		nd->snapend = bp + newlen;
}

void nd_pop_packet_info(struct nd *nd)
{
	if (!nd->nsaved)
		return;
	nd->nsaved--;
	if (nd->nsaved < sizeof(nd->saved) / sizeof(nd->saved[0]))
		nd->snapend = nd->saved[nd->nsaved];
}

const char *tok2str(const struct tok *t, const char *fmt, unsigned int v, char *buf, size_t len)
{
	for (; t && t->s; t++)
		if (t->v == v)
			return t->s;
	snprintf(buf, len, fmt ? fmt : "#%d", v);
	return buf;
}

/* bittok2str (sep: ", ") and bittok2str_nosep. */
const char *bittok2str(const struct tok *t, const char *none, unsigned int v, bool sep, char *buf,
		       size_t len)
{
	size_t n = 0;

	buf[0] = '\0';
	for (; t && t->s; t++) {
		if (t->v && (v & t->v) == t->v) {
			n += (size_t)snprintf(buf + n, n < len ? len - n : 0, "%s%s", n && sep ? ", " : "",
					      t->s);
			if (n >= len)
				return buf;
		}
	}
	if (!n)
		snprintf(buf, len, none ? none : "#%08x", v);
	return buf;
}

static uint32_t cksum_add(uint32_t sum, const uint8_t *p, size_t len, bool *odd)
{
	for (size_t i = 0; i < len; i++) {
		sum += *odd ? p[i] : (uint32_t)p[i] << 8;
		*odd = !*odd;
	}
	return sum;
}

/* in_cksum of two vectors, as a big-endian value: 0 when the data sum up. */
uint16_t nd_cksum(const uint8_t *ph, size_t phlen, const uint8_t *data, size_t len)
{
	bool odd = false;
	uint32_t sum = cksum_add(0, ph, phlen, &odd);

	sum = cksum_add(sum, data, len, &odd);
	while (sum >> 16)
		sum = (sum & 0xffff) + (sum >> 16);
	return (uint16_t)~sum;
}

uint16_t nd_cksum_shouldbe(uint16_t sum, uint16_t computed)
{
	uint32_t s = (uint32_t)sum + computed;

	s = (s & 0xffff) + (s >> 16);
	s = (s & 0xffff) + (s >> 16);
	return (uint16_t)s;
}

static bool nd_isgraph(uint8_t c)
{
	return c > 0x20 && c < 0x7f;
}

/* hex_print: 16 bytes a line, in groups of two. */
void nd_hex_print(struct nd *nd, const char *ident, const uint8_t *cp, unsigned int len)
{
	unsigned int caplength = nd_avail(nd, cp), i = 0, oset = 0;
	bool truncated = false;

	if (len > caplength) {
		len = caplength;
		truncated = true;
	}
	for (unsigned int n = len / 2; n; n--, cp += 2) {
		if (i++ % 8 == 0) {
			fprintf(nd->f, "%s0x%04x: ", ident, oset);
			oset += 16;
		}
		fprintf(nd->f, " %02x%02x", cp[0], cp[1]);
	}
	if (len & 1) {
		if (i % 8 == 0)
			fprintf(nd->f, "%s0x%04x: ", ident, oset);
		fprintf(nd->f, " %02x", cp[0]);
	}
	if (truncated)
		nd_trunc_longjmp(nd);
}

/* hex_and_ascii_print: the same, with the printable bytes beside. */
void nd_hex_and_ascii_print(struct nd *nd, const char *ident, const uint8_t *cp, unsigned int len)
{
	unsigned int caplength = nd_avail(nd, cp), i = 0, oset = 0;
	char hex[8 * 5 + 1], asc[17];
	size_t h = 0, a = 0;
	bool truncated = false;

	if (len > caplength) {
		len = caplength;
		truncated = true;
	}
	for (unsigned int n = len / 2; n; n--, cp += 2) {
		h += (size_t)snprintf(hex + h, sizeof(hex) - h, " %02x%02x", cp[0], cp[1]);
		asc[a++] = nd_isgraph(cp[0]) ? (char)cp[0] : '.';
		asc[a++] = nd_isgraph(cp[1]) ? (char)cp[1] : '.';
		if (++i >= 8) {
			asc[a] = '\0';
			fprintf(nd->f, "%s0x%04x: %-40s  %s", ident, oset, hex, asc);
			i = 0;
			h = a = 0;
			oset += 16;
		}
	}
	if (len & 1) {
		h += (size_t)snprintf(hex + h, sizeof(hex) - h, " %02x", cp[0]);
		asc[a++] = nd_isgraph(cp[0]) ? (char)cp[0] : '.';
		i++;
	}
	if (i > 0) {
		hex[h] = '\0';
		asc[a] = '\0';
		fprintf(nd->f, "%s0x%04x: %-40s  %s", ident, oset, hex, asc);
	}
	if (truncated)
		nd_trunc_longjmp(nd);
}

/* ascii_print (-A): the bytes themselves, unprintable ones as dots. */
static void nd_ascii_print(struct nd *nd, const uint8_t *cp, unsigned int len)
{
	unsigned int caplength = nd_avail(nd, cp);
	bool truncated = false;

	nd->protocol = "ascii";
	if (len > caplength) {
		len = caplength;
		truncated = true;
	}
	fputc('\n', nd->f);
	while (len > 0) {
		uint8_t s = *cp++;

		len--;
		if (s == '\r') {
			/* A CR before a newline is dropped; elsewhere it is a dot. */
			if (len > 1 && *cp != '\n')
				fputc('.', nd->f);
		} else if (!nd_isgraph(s) && s != '\t' && s != ' ' && s != '\n') {
			fputc('.', nd->f);
		} else {
			fputc(s, nd->f);
		}
	}
	if (truncated)
		nd_trunc_longjmp(nd);
}

void nd_default_print(struct nd *nd, const uint8_t *p, unsigned int len)
{
	nd_hex_and_ascii_print(nd, "\n\t", p, len);
}

void nd_print_unknown_data(struct nd *nd, const uint8_t *cp, const char *ident, unsigned int len)
{
	if (!nd_ttest(nd, cp, 0)) {
		fprintf(nd->f, "%sDissector error: print_unknown_data called with pointer past end of packet",
			ident);
		return;
	}
	if (nd_avail(nd, cp) < len)
		len = nd_avail(nd, cp);
	nd_hex_print(nd, ident, cp, len);
}

/* ts_date_hmsfrac_print, local or UTC. */
static void ts_hms(FILE *f, uint64_t sec, uint32_t usec, bool date, bool utc)
{
	time_t t = (time_t)sec;
	struct tm tm;
	char buf[32];

	if ((uint32_t)sec & 0x80000000u || !(utc ? gmtime_r(&t, &tm) : localtime_r(&t, &tm))) {
		fputs("[Error converting time]", f);
		return;
	}
	strftime(buf, sizeof(buf), date ? "%Y-%m-%d %H:%M:%S" : "%H:%M:%S", &tm);
	fprintf(f, "%s.%06u", buf, usec);
}

/* ts_print: -ttt measures from the previous packet, -ttttt from the first. */
static void ts_print(FILE *f, const struct tcpdump_fmt *fmt, uint64_t sec, uint32_t usec)
{
	struct tcpdump_state fresh = { 0 }, *st = fmt->state ? fmt->state : &fresh;
	uint64_t ds;
	uint32_t du;
	bool neg;

	switch (fmt->tstamp) {
	case 1:
		return;
	case 2:
		if ((uint32_t)sec & 0x80000000u)
			fputs("[Error converting time]", f);
		else
			fprintf(f, "%u.%06u", (unsigned int)sec, usec);
		break;
	case 3:
	case 5:
		/* netdissect_timevalisset: a reference of 0.000000 counts as unset. */
		if (!st->ref_set || (!st->ref_sec && !st->ref_usec)) {
			st->ref_set = true;
			st->ref_sec = sec;
			st->ref_usec = usec;
		}
		neg = sec < st->ref_sec || (sec == st->ref_sec && usec < st->ref_usec);
		if (neg) {
			ds = st->ref_sec - sec - (st->ref_usec < usec);
			du = st->ref_usec < usec ? st->ref_usec + 1000000 - usec : st->ref_usec - usec;
		} else {
			ds = sec - st->ref_sec - (usec < st->ref_usec);
			du = usec < st->ref_usec ? usec + 1000000 - st->ref_usec : usec - st->ref_usec;
		}
		fputc(neg ? '-' : ' ', f);
		ts_hms(f, ds, du, false, true);
		if (fmt->tstamp == 3) {
			st->ref_sec = sec;
			st->ref_usec = usec;
		}
		break;
	case 4:
		ts_hms(f, sec, usec, true, false);
		break;
	default:
		ts_hms(f, sec, usec, false, false);
		break;
	}
	fputc(' ', f);
}

const struct tok td_ethertype_values[] = {
	{ 0x0800, "IPv4" }, { 0x8847, "MPLS unicast" }, { 0x8848, "MPLS multicast" },
	{ 0x86dd, "IPv6" }, { 0x8100, "802.1Q" }, { 0x9100, "802.1Q-9100" },
	{ 0x88a8, "802.1Q-QinQ" }, { 0x9200, "802.1Q-9200" }, { 0x88e5, "802.1AE MACsec" },
	{ 0x9100, "VMAN" }, { 0x0200, "PUP" }, { 0x0806, "ARP" }, { 0x8035, "Reverse ARP" },
	{ 0x0600, "NS" }, { 0x0500, "Sprite" }, { 0x1000, "Trail" }, { 0x6001, "MOP DL" },
	{ 0x6002, "MOP RC" }, { 0x6003, "DN" }, { 0x6004, "LAT" }, { 0x6007, "SCA" },
	{ 0x6558, "TEB" }, { 0x8038, "Lanbridge" }, { 0x803c, "DEC DNS" }, { 0x803e, "DEC DTS" },
	{ 0x805b, "VEXP" }, { 0x805c, "VPROD" }, { 0x809b, "Appletalk" }, { 0x80f3, "Appletalk ARP" },
	{ 0x8137, "IPX" }, { 0x880b, "PPP" }, { 0x8808, "MPCP" }, { 0x8809, "Slow Protocols" },
	{ 0x8863, "PPPoE D" }, { 0x8864, "PPPoE S" }, { 0x888e, "EAPOL" },
	{ 0x8899, "Realtek protocols" }, { 0x886f, "MS NLB heartbeat" }, { 0x8870, "Jumbo" },
	{ 0x894f, "NSH" }, { 0x9000, "Loopback" }, { 0xfefe, "OSI" }, { 0x00fe, "GRE-OSI" },
	{ 0xabcd, "CFM (old)" }, { 0x8902, "CFM" }, { 0x893a, "IEEE1905.1" }, { 0x88cc, "LLDP" },
	{ 0x88ca, "TIPC" }, { 0x0707, "GeoNet (old)" }, { 0x8947, "GeoNet" }, { 0x1111, "CALM FAST" },
	{ 0x88a2, "AoE" }, { 0x88f7, "PTP" }, { 0xd28b, "Arista Vendor Specific Protocol" },
	{ 0, NULL }
};

/* ethertype_print: 0 when tcpdump has no printer for the type. */
int td_ethertype_print(struct nd *nd, uint16_t type, const uint8_t *p, uint32_t length,
		       uint32_t caplen)
{
	switch (type) {
	case 0x0800:
		td_ip_print(nd, p, length);
		return 1;
	case 0x86dd:
		td_ip6_print(nd, p, length);
		return 1;
	case 0x0806:
	case 0x8035:
		td_arp_print(nd, p, length, caplen);
		return 1;
	default:
		return 0;
	}
}

static void ether_type_print(struct nd *nd, uint16_t type)
{
	char b[48];

	if (!nd->fmt->quiet)
		fprintf(nd->f, "ethertype %s (0x%04x)",
			tok2str(td_ethertype_values, "Unknown", type, b, sizeof(b)), type);
	else
		fputs(tok2str(td_ethertype_values, "Unknown Ethertype (0x%04x)", type, b, sizeof(b)),
		      nd->f);
}

static void ether_addresses_print(struct nd *nd, const uint8_t *src, const uint8_t *dst)
{
	fprintf(nd->f, "%s > ", nd_etheraddr(nd, src));
	fprintf(nd->f, "%s, ", nd_etheraddr(nd, dst));
}

/* The 802.1Q tags of ether_common_print: returns false when it has printed a truncation. */
static bool ether_vlans(struct nd *nd, const uint8_t **pp, uint32_t *length, uint32_t *caplen,
			uint32_t *hdrlen, uint16_t *type, uint32_t orig_length)
{
	bool printed_length = false;

	while (*type == 0x8100 || *type == 0x9100 || *type == 0x9200 || *type == 0x88a8) {
		if (*caplen < 4 || *length < 4) {
			nd->protocol = "vlan";
			nd_print_trunc(nd);
			*hdrlen += *caplen < 4 ? *caplen : *length;
			return false;
		}
		if (nd->fmt->link) {
			uint16_t tag = nd_be16(nd, *pp);

			ether_type_print(nd, *type);
			if (!printed_length)
				fprintf(nd->f, ", length %u: ", orig_length);
			else
				fputs(", ", nd->f);
			printed_length = true;
			fprintf(nd->f, "vlan %u, p %u%s, ", tag & 0xfff, tag >> 13,
				(tag & 0x1000) ? ", DEI" : "");
		}
		*type = nd_be16(nd, *pp + 2);
		*pp += 4;
		*length -= 4;
		*caplen -= 4;
		*hdrlen += 4;
	}
	return true;
}

/* ether_common_print: returns the length of the link-layer header. */
static uint32_t ether_print(struct nd *nd, const uint8_t *p, uint32_t length, uint32_t caplen)
{
	const uint8_t *src = p + 6, *dst = p;
	uint32_t orig_length = length, hdrlen;
	bool tagged;
	uint16_t type;

	nd->protocol = "ether";
	if (length < caplen) {
		fprintf(nd->f, "[length %u < caplen %u]", length, caplen);
		nd_print_invalid(nd);
		return length;
	}
	if (caplen < 14) {
		nd_print_trunc(nd);
		return caplen;
	}
	length -= 12;
	caplen -= 12;
	p += 12;
	hdrlen = 12;
	if (nd->fmt->link)
		ether_addresses_print(nd, src, dst);
	type = nd_be16(nd, p);
	length -= 2;
	caplen -= 2;
	p += 2;
	hdrlen += 2;
	tagged = type == 0x8100 || type == 0x9100 || type == 0x9200 || type == 0x88a8;
	if (!ether_vlans(nd, &p, &length, &caplen, &hdrlen, &type, orig_length))
		return hdrlen;
	if (type <= MAX_ETHERNET_LENGTH_VAL) {
		/* 802.3 with an LLC header: vethlab has no LLC printer; the payload is dumped. */
		if (type < length) {
			length = type;
			if (caplen > length)
				caplen = length;
		}
		if (nd->fmt->link) {
			fputs("802.3", nd->f);
			if (!tagged)
				fprintf(nd->f, ", length %u: ", length);
		}
		if (!nd->suppress_default_print)
			nd_default_print(nd, p, caplen);
		return hdrlen;
	}
	if (nd->fmt->link) {
		ether_type_print(nd, type);
		if (!tagged)
			fprintf(nd->f, ", length %u: ", orig_length);
		else
			fputs(", ", nd->f);
	}
	if (!td_ethertype_print(nd, type, p, length, caplen)) {
		if (!nd->fmt->link) {
			ether_addresses_print(nd, src, dst);
			ether_type_print(nd, type);
			fprintf(nd->f, ", length %u: ", orig_length);
		}
		if (!nd->suppress_default_print)
			nd_default_print(nd, p, caplen);
	}
	return hdrlen;
}

static const struct tok sll_pkttype_values[] = {
	{ 0, "In" }, { 1, "B" }, { 2, "M" }, { 3, "P" }, { 4, "Out" }, { 0, NULL }
};

/* sll_print and sll2_print's tail: the protocol and length under -e. */
static void sll_proto_print(struct nd *nd, uint16_t type, uint32_t length)
{
	char b[48];

	if (nd->fmt->quiet)
		return;
	if (type <= MAX_ETHERNET_LENGTH_VAL) {
		if (type == 1)
			fputs("802.3", nd->f);
		else if (type == 4)
			fputs("802.2", nd->f);
		else
			fprintf(nd->f, "ethertype Unknown (0x%04x)", type);
	} else {
		fprintf(nd->f, "ethertype %s (0x%04x)",
			tok2str(td_ethertype_values, "Unknown", type, b, sizeof(b)), type);
	}
	fprintf(nd->f, ", length %u: ", length);
}

static void sll_print(struct nd *nd, const uint8_t *h, uint32_t length)
{
	char b[16];

	nd->protocol = "sll";
	fprintf(nd->f, "%3s ", tok2str(sll_pkttype_values, "?", nd_be16(nd, h), b, sizeof(b)));
	if (nd_be16(nd, h + 4) == 6)
		fprintf(nd->f, "%s ", nd_etheraddr(nd, h + 6));
	sll_proto_print(nd, nd_be16(nd, h + 14), length);
}

static void sll2_print(struct nd *nd, const uint8_t *h, uint32_t length)
{
	nd->protocol = "sll2";
	fprintf(nd->f, "ifindex %u ", nd_be32(nd, h + 4));
	if (nd_u8(nd, h + 11) == 6)
		fprintf(nd->f, "%s ", nd_etheraddr(nd, h + 12));
	sll_proto_print(nd, nd_be16(nd, h), length);
}

/* What follows a cooked header (sll_if_print and sll2_if_print share it). */
static void sll_payload(struct nd *nd, const uint8_t *h, bool v2, const uint8_t *p, uint32_t length,
			uint32_t caplen, uint32_t hdrlen)
{
	uint16_t type = nd_be16(nd, v2 ? h : h + 14);

	if (type <= MAX_ETHERNET_LENGTH_VAL) {
		/* Novell 802.3 and LLC: vethlab has no printer for them. */
		if (!nd->suppress_default_print)
			nd_default_print(nd, p, caplen);
	} else if (!td_ethertype_print(nd, type, p, length, caplen)) {
		if (!nd->fmt->link) {
			if (v2)
				sll2_print(nd, h, length + 20);
			else
				sll_print(nd, h, length + 16);
		}
		if (!nd->suppress_default_print)
			nd_default_print(nd, p, caplen);
	}
	nd->ll_hdr_len += hdrlen;
}

static void sll_if_print(struct nd *nd, const uint8_t *p, uint32_t caplen, uint32_t length)
{
	nd->protocol = "sll";
	if (!nd_ttest(nd, p, 16))
		nd_trunc_longjmp(nd);
	if (nd->fmt->link)
		sll_print(nd, p, length);
	sll_payload(nd, p, false, p + 16, length - 16, caplen - 16, 16);
}

static void sll2_if_print(struct nd *nd, const uint8_t *p, uint32_t caplen, uint32_t length)
{
	uint32_t idx;
	const char *name;
	char b[16], ifname[IFNAMSIZ];

	nd->protocol = "sll2";
	if (!nd_ttest(nd, p, 20))
		nd_trunc_longjmp(nd);
	idx = nd_be32(nd, p + 4);
	name = nd->fmt->ifnames && idx <= 0x7fffffff ? rtnl_ifname(nd->fmt->ifnames, (int)idx, ifname) : NULL;
	fprintf(nd->f, "%-5s ", name ? name : "?");
	fprintf(nd->f, "%-3s ", tok2str(sll_pkttype_values, "?", nd_u8(nd, p + 10), b, sizeof(b)));
	if (nd->fmt->link)
		sll2_print(nd, p, length);
	sll_payload(nd, p, true, p + 20, length - 20, caplen - 20, 20);
}

static void if_print(struct nd *nd, const uint8_t *p, uint32_t caplen, uint32_t len)
{
	switch (nd->fmt->dlt) {
	case TD_DLT_LINUX_SLL:
		sll_if_print(nd, p, caplen, len);
		break;
	case TD_DLT_LINUX_SLL2:
		sll2_if_print(nd, p, caplen, len);
		break;
	default:
		nd->protocol = "ether";
		nd->ll_hdr_len += ether_print(nd, p, len, caplen);
		break;
	}
}

/* A packet handed to the printers, and what -x and its kin dump of it. */
struct td_pkt {
	const uint8_t *p;
	uint32_t caplen, len;
};

/* The printer runs under setjmp here, so a truncated read ends it as in tcpdump. */
static unsigned int run_printer(struct nd *nd, const struct td_pkt *pk)
{
	if (setjmp(nd->early) == 0) {
		if_print(nd, pk->p, pk->caplen, pk->len);
		return nd->ll_hdr_len;
	}
	nd_print_trunc(nd);
	return 0;
}

static void run_raw(struct nd *nd, const struct td_pkt *raw)
{
	const struct tcpdump_fmt *fmt = nd->fmt;

	if (setjmp(nd->early) != 0)
		return;
	if (fmt->hexascii)
		nd_hex_and_ascii_print(nd, "\n\t", raw->p, raw->caplen);
	else if (fmt->hex)
		nd_hex_print(nd, "\n\t", raw->p, raw->caplen);
	else if (fmt->ascii)
		nd_ascii_print(nd, raw->p, raw->caplen);
}

/* -x, -X, -A and their doubled forms, after the decoding. */
static void print_raw(struct nd *nd, const struct td_pkt *pk, unsigned int hdrlen)
{
	const struct tcpdump_fmt *fmt = nd->fmt;
	bool whole = fmt->hexascii ? fmt->hexascii > 1 : fmt->hex ? fmt->hex > 1 : fmt->ascii > 1;
	struct td_pkt raw = { .p = pk->p, .caplen = pk->caplen };

	if (!whole) {
		if (pk->caplen <= hdrlen)
			return;
		raw.p += hdrlen;
		raw.caplen -= hdrlen;
	}
	run_raw(nd, &raw);
}

/* The sanity checks of pretty_print_packet; true when the header is not valid. */
static bool invalid_header(FILE *f, uint32_t caplen, uint32_t len)
{
	const char *sep = "[Invalid header:";
	bool bad = false;

	if (caplen == 0) {
		fputs("[Invalid header: caplen==0", f);
		sep = ",";
		bad = true;
	}
	if (len == 0) {
		fprintf(f, "%s len==0", sep);
		sep = ",";
		bad = true;
	} else if (len < caplen) {
		fprintf(f, "%s len(%u) < caplen(%u)", sep, len, caplen);
		sep = ",";
		bad = true;
	}
	if (caplen > MAXIMUM_SNAPLEN) {
		fprintf(f, "%s caplen(%u) > %u", sep, caplen, MAXIMUM_SNAPLEN);
		sep = ",";
		bad = true;
	}
	if (len > MAXIMUM_SNAPLEN) {
		fprintf(f, "%s len(%u) > %u", sep, len, MAXIMUM_SNAPLEN);
		bad = true;
	}
	if (bad)
		fputs("]\n", f);
	return bad;
}

void tcpdump_print_packet(FILE *f, const struct tcpdump_fmt *fmt, uint64_t sec, uint32_t usec,
			  const uint8_t *p, uint32_t caplen, uint32_t len, unsigned int number)
{
	struct nd ndbuf, *nd = &ndbuf;
	struct td_pkt pk = { .p = p, .caplen = caplen, .len = len };
	unsigned int hdrlen;

	if (fmt->number)
		fprintf(f, "%5u  ", number);
	if (invalid_header(f, caplen, len))
		return;
	memset(nd, 0, sizeof(*nd));
	ts_print(f, fmt, sec, usec);
	nd->f = f;
	nd->fmt = fmt;
	nd->snapend = p + caplen;
	nd->protocol = "";
	nd->suppress_default_print = fmt->quiet || fmt->hex || fmt->hexascii;
	hdrlen = run_printer(nd, &pk);
	nd->nsaved = 0;
	nd->snapend = p + caplen;
	print_raw(nd, &pk, hdrlen);
	fputc('\n', f);
}

void tcpdump_print_frame(FILE *f, const struct tcpdump_fmt *fmt, uint64_t sec, uint32_t usec,
			 const uint8_t *p, uint32_t caplen, uint32_t len)
{
	tcpdump_print_packet(f, fmt, sec, usec, p, caplen, len, 0);
}

/* ARP (print-arp.c), for Ethernet-type hardware addresses. */
static const struct tok arpop_values[] = {
	{ 1, "Request" }, { 2, "Reply" }, { 3, "Reverse Request" }, { 4, "Reverse Reply" },
	{ 8, "Inverse Request" }, { 9, "Inverse Reply" }, { 10, "NACK Reply" }, { 0, NULL }
};

static const struct tok arphrd_values[] = {
	{ 1, "Ethernet" }, { 6, "TokenRing" }, { 7, "ArcNet" }, { 15, "FrameRelay" },
	{ 23, "Strip" }, { 24, "IEEE 1394" }, { 19, "ATM" }, { 32, "InfiniBand" }, { 0, NULL }
};

static void arp_paddr(struct nd *nd, const uint8_t *a, uint16_t pro, uint8_t plen)
{
	if (pro != 0x0800 && pro != 0x1000)
		fputs("<wrong proto type>", nd->f);
	else if (plen != 4)
		fputs("<wrong len>", nd->f);
	else
		fputs(nd_ipaddr(nd, a), nd->f);
}

static bool arp_nonzero(struct nd *nd, const uint8_t *a, unsigned int len)
{
	for (unsigned int i = 0; i < len; i++)
		if (nd_u8(nd, a + i))
			return true;
	return false;
}

/* The operation and its addresses; false for an unknown one (dumped raw). */
static bool arp_op_print(struct nd *nd, const uint8_t *ap, uint16_t op, uint16_t pro)
{
	uint8_t hln = nd_u8(nd, ap + 4), pln = nd_u8(nd, ap + 5);
	const uint8_t *sha = ap + 8, *spa = sha + hln, *tha = spa + pln, *tpa = tha + hln;

	switch (op) {
	case 1:
		fputs("who-has ", nd->f);
		arp_paddr(nd, tpa, pro, pln);
		if (arp_nonzero(nd, tha, hln))
			fprintf(nd->f, " (%s)", nd_linkaddr(nd, tha, hln));
		fputs(" tell ", nd->f);
		arp_paddr(nd, spa, pro, pln);
		return true;
	case 2:
		arp_paddr(nd, spa, pro, pln);
		fprintf(nd->f, " is-at %s", nd_linkaddr(nd, sha, hln));
		return true;
	case 3:
	case 8:
		fprintf(nd->f, "who-is %s", nd_linkaddr(nd, tha, hln));
		fprintf(nd->f, " tell %s", nd_linkaddr(nd, sha, hln));
		return true;
	case 4:
		fprintf(nd->f, "%s at ", nd_linkaddr(nd, tha, hln));
		arp_paddr(nd, tpa, pro, pln);
		return true;
	case 9:
		fprintf(nd->f, "%s at ", nd_linkaddr(nd, sha, hln));
		arp_paddr(nd, spa, pro, pln);
		return true;
	default:
		return false;
	}
}

void td_arp_print(struct nd *nd, const uint8_t *ap, uint32_t length, uint32_t caplen)
{
	uint16_t hrd, pro, op;
	uint8_t hln, pln;
	char b1[48], b2[48], b3[48];

	nd->protocol = "arp";
	if (!nd_ttest(nd, ap, 8))
		nd_trunc_longjmp(nd);
	hrd = nd_be16(nd, ap);
	pro = nd_be16(nd, ap + 2);
	hln = nd_u8(nd, ap + 4);
	pln = nd_u8(nd, ap + 5);
	op = nd_be16(nd, ap + 6);
	/* ATM ARP (hardware 19) has its own layout, which vethlab does not decode. */
	if (!nd_ttest(nd, ap + 8 + 2 * hln + pln, pln))
		nd_trunc_longjmp(nd);
	if (!nd->fmt->link)
		fputs("ARP, ", nd->f);
	if ((pro != 0x0800 && pro != 0x1000) || pln != 4 || hln == 0 || nd->fmt->verbose) {
		fprintf(nd->f, "%s (len %u), %s (len %u)",
			tok2str(arphrd_values, "Unknown Hardware (%u)", hrd, b1, sizeof(b1)), hln,
			tok2str(td_ethertype_values, "Unknown Protocol (0x%04x)", pro, b2, sizeof(b2)), pln);
		if (!nd->fmt->verbose)
			goto out;
	}
	fprintf(nd->f, "%s%s ", nd->fmt->verbose ? ", " : "",
		tok2str(arpop_values, "Unknown (%u)", op, b3, sizeof(b3)));
	if (!arp_op_print(nd, ap, op, pro)) {
		nd_default_print(nd, ap, caplen);
		return;
	}
out:
	fprintf(nd->f, ", length %u", length);
}

/*
 * tcp_seq_hash: one entry per conversation, found by its addresses and ports.
 * Open addressing in a table that starts small and doubles at half load, so
 * that a capture pays for the conversations it sees; past TCP_CONVS_MAX a
 * new conversation keeps absolute numbers.
 */
#define TCP_CONVS_MIN 16
#define TCP_CONVS_MAX 65536

struct tcp_convs {
	struct tcp_conv *slot;
	uint32_t cap, used;
};

struct tcp_convs *tcpdump_tcp_table(void)
{
	struct tcp_convs *t = vl_calloc(1, sizeof(*t));

	t->cap = TCP_CONVS_MIN;
	t->slot = vl_calloc(t->cap, sizeof(*t->slot));
	return t;
}

void tcpdump_tcp_table_free(struct tcp_convs *t)
{
	if (t)
		free(t->slot);
	free(t);
}

static uint32_t conv_hash(const uint8_t *key)
{
	uint32_t h = 2166136261u;

	for (int i = 0; i < 36; i++)
		h = (h ^ key[i]) * 16777619u;
	return h;
}

/* The slot for key: its entry, or the free one where it would go. */
static struct tcp_conv *conv_slot(const struct tcp_convs *t, const uint8_t *key)
{
	uint32_t mask = t->cap - 1;

	for (uint32_t i = conv_hash(key) & mask;; i = (i + 1) & mask) {
		struct tcp_conv *c = &t->slot[i];

		if (!c->used || !memcmp(c->key, key, sizeof(c->key)))
			return c;
	}
}

static void conv_grow(struct tcp_convs *t)
{
	struct tcp_convs n = { vl_calloc(t->cap * 2, sizeof(*t->slot)), t->cap * 2, t->used };

	for (uint32_t i = 0; i < t->cap; i++)
		if (t->slot[i].used)
			*conv_slot(&n, t->slot[i].key) = t->slot[i];
	free(t->slot);
	*t = n;
}

struct tcp_conv *td_tcp_conv(struct tcp_convs *t, const uint8_t *key, bool *found)
{
	struct tcp_conv *c = conv_slot(t, key);

	*found = c->used;
	if (c->used)
		return c;
	if (t->used >= TCP_CONVS_MAX)
		return NULL;
	if (2 * (t->used + 1) > t->cap) {
		conv_grow(t);
		c = conv_slot(t, key);
	}
	memcpy(c->key, key, sizeof(c->key));
	c->used = true;
	t->used++;
	return c;
}

/*
 * tcpdump_names.c: the names tcpdump prints without -n (addrtoname.c): hosts
 * from /etc/hosts, ports from /etc/services, Ethernet addresses from
 * /etc/ethers, "Broadcast" and the OUI table. A real tcpdump also asks DNS;
 * the emulated namespaces reach no name server, so that lookup always fails.
 */
#include "tcpdump_print.h"

#include <arpa/inet.h>
#include <netdb.h>
#include <netinet/ether.h>
#include <stdlib.h>
#include <string.h>

#include "../ctl/sys.h"

/* A name already looked up (tcpdump caches every answer, found or not). */
struct name_ent {
	struct name_ent *next;
	int kind;
	uint8_t key[16];
	char *name;      /* NULL: no name (print the number) */
};

struct host_ent {
	int af;
	uint8_t addr[16];
	char *name;
};

#define NAME_BUCKETS 1024

struct tcpdump_names {
	bool strip_domain;  /* -N */
	struct name_ent *tab[NAME_BUCKETS];
	struct host_ent *hosts;
	size_t nhosts;
	char **tcp_ports, **udp_ports;  /* 65536 each: the first name /etc/services gives */
};

enum { NAME_IP4, NAME_IP6, NAME_ETHER };

static const char *const proto_names[256] = {
	"hopopt", "icmp", "igmp", "ggp", "ipencap", "st", "tcp", "cbt", "egp", "igp",
	"bbn-rcc-mon", "nvp-ii", "pup", "argus", "emcon", "xnet", "chaos", "udp", "mux",
	"dcn-meas", "hmp", "prm", "xns-idp", "trunk-1", "trunk-2", "leaf-1", "leaf-2", "rdp",
	"irtp", "iso-tp4", "netblt", "mfe-nsp", "merit-inp", "dccp", "3pc", "idpr", "xtp", "ddp",
	"idpr-cmtp", "tp++", "il", "ipv6", "sdrp", "ipv6-route", "ipv6-frag", "idrp", "rsvp",
	"gre", "dsr", "bna", "esp", "ah", "i-nlsp", "swipe", "narp", "mobile", "tlsp", "skip",
	"ipv6-icmp", "ipv6-nonxt", "ipv6-opts", NULL, "cftp", NULL, "sat-expak", "kryptolan",
	"rvd", "ippc", NULL, "sat-mon", "visa", "ipcv", "cpnx", "rspf", "wsn", "pvp", "br-sat-mon",
	"sun-nd", "wb-mon", "wb-expak", "iso-ip", "vmtp", "secure-vmtp", "vines", "ttp",
	"nsfnet-igp", "dgp", "tcf", "eigrp", "ospf", "sprite-rpc", "larp", "mtp", "ax.25", "ipip",
	"micp", "scc-sp", "etherip", "encap", NULL, "gmtp", "ifmp", "pnni", "pim", "aris", "scps",
	"qnx", "a/n", "ipcomp", "snp", "compaq-peer", "ipx-in-ip", "vrrp", "pgm", NULL, "l2tp",
	"ddx", "iatp", "stp", "srp", "uti", "smp", "sm", "ptp", "isis", "fire", "crtp", "crudp",
	"sscopmce", "iplt", "sps", "pipe", "sctp", "fc", "rsvp-e2e-ignore", "mobility-header",
	"udplite", "mpls-in-ip", "manet", "hip", "shim6", "wesp", "rohc", NULL, NULL, NULL, NULL,
	NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
	NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
	NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
	NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
	NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
	NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
	NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
	NULL, "exptest-253", "exptest-254", "reserved",
};

/* A hosts line's address: what the files backend of gethostbyaddr compares. */
static int parse_host_addr(const char *s, uint8_t *a)
{
	struct in_addr in;

	if (inet_pton(AF_INET6, s, a) == 1)
		return AF_INET6;
	if (inet_aton(s, &in)) {
		memcpy(a, &in, 4);
		return AF_INET;
	}
	return 0;
}

static void load_hosts(struct tcpdump_names *n)
{
	FILE *f = fopen("/etc/hosts", "r");
	char line[1024];
	size_t cap = 0;

	if (!f)
		return;
	while (fgets(line, sizeof(line), f)) {
		char *save, *addr, *name;
		struct host_ent h = { 0 };

		line[strcspn(line, "#\n")] = '\0';
		addr = strtok_r(line, " \t", &save);
		name = addr ? strtok_r(NULL, " \t", &save) : NULL;
		if (!name || !(h.af = parse_host_addr(addr, h.addr)))
			continue;
		if (n->nhosts == cap) {
			cap = cap ? cap * 2 : 16;
			n->hosts = vl_realloc(n->hosts, cap * sizeof(*n->hosts));
		}
		h.name = vl_strdup(name);
		n->hosts[n->nhosts++] = h;
	}
	fclose(f);
}

/* init_servarray: per protocol, the first entry for a port wins. */
static void load_services(struct tcpdump_names *n)
{
	struct servent *sv;

	n->tcp_ports = vl_calloc(65536, sizeof(char *));
	n->udp_ports = vl_calloc(65536, sizeof(char *));
	setservent(0);
	while ((sv = getservent())) {
		uint16_t port = ntohs((uint16_t)sv->s_port);
		char **t = !strcmp(sv->s_proto, "tcp") ? n->tcp_ports :
			   !strcmp(sv->s_proto, "udp") ? n->udp_ports : NULL;

		if (t && !t[port])
			t[port] = vl_strdup(sv->s_name);
	}
	endservent();
}

struct tcpdump_names *tcpdump_names_new(bool strip_domain)
{
	struct tcpdump_names *n = vl_calloc(1, sizeof(*n));

	n->strip_domain = strip_domain;
	load_hosts(n);
	load_services(n);
	return n;
}

void tcpdump_names_free(struct tcpdump_names *n)
{
	if (!n)
		return;
	for (int i = 0; i < NAME_BUCKETS; i++) {
		for (struct name_ent *e = n->tab[i], *next; e; e = next) {
			next = e->next;
			free(e->name);
			free(e);
		}
	}
	for (size_t i = 0; i < n->nhosts; i++)
		free(n->hosts[i].name);
	free(n->hosts);
	for (int i = 0; i < 65536; i++) {
		free(n->tcp_ports[i]);
		free(n->udp_ports[i]);
	}
	free(n->tcp_ports);
	free(n->udp_ports);
	free(n);
}

static char *host_name(struct tcpdump_names *n, int af, const uint8_t *a)
{
	size_t len = af == AF_INET ? 4 : 16;

	for (size_t i = 0; i < n->nhosts; i++) {
		if (n->hosts[i].af == af && !memcmp(n->hosts[i].addr, a, len)) {
			char *name = vl_strdup(n->hosts[i].name);

			if (n->strip_domain)
				name[strcspn(name, ".")] = '\0';
			return name;
		}
	}
	return NULL;
}

/* ether_ntohost (the ethers database), then tcpdump's own "Broadcast". */
static char *ether_name(const uint8_t *a)
{
	static const uint8_t bcast[6] = { 0xff, 0xff, 0xff, 0xff, 0xff, 0xff };
	struct ether_addr ea;
	char buf[1024];

	memcpy(&ea, a, 6);
	if (ether_ntohost(buf, &ea) == 0)
		return vl_strdup(buf);
	return memcmp(a, bcast, 6) ? NULL : vl_strdup("Broadcast");
}

static struct name_ent *lookup(struct tcpdump_names *n, int kind, const uint8_t *key)
{
	size_t len = kind == NAME_IP4 ? 4 : kind == NAME_ETHER ? 6 : 16;
	uint32_t h = (uint32_t)kind * 2654435761u;
	struct name_ent *e;

	for (size_t i = 0; i < len; i++)
		h = (h ^ key[i]) * 16777619u;
	h %= NAME_BUCKETS;
	for (e = n->tab[h]; e; e = e->next)
		if (e->kind == kind && !memcmp(e->key, key, len))
			return e;
	e = vl_calloc(1, sizeof(*e));
	e->kind = kind;
	memcpy(e->key, key, len);
	e->name = kind == NAME_ETHER ? ether_name(key) : host_name(n, kind == NAME_IP4 ? AF_INET : AF_INET6, key);
	e->next = n->tab[h];
	n->tab[h] = e;
	return e;
}

static char *nd_buf(struct nd *nd)
{
	return nd->bufs[nd->nbuf++ % (sizeof(nd->bufs) / sizeof(nd->bufs[0]))];
}

const char *nd_ipaddr(struct nd *nd, const uint8_t *p)
{
	char *b;

	if (!nd_ttest(nd, p, 4))
		nd_trunc_longjmp(nd);
	if (nd->fmt->names) {
		struct name_ent *e = lookup(nd->fmt->names, NAME_IP4, p);

		if (e->name)
			return e->name;
	}
	b = nd_buf(nd);
	snprintf(b, sizeof(nd->bufs[0]), "%u.%u.%u.%u", p[0], p[1], p[2], p[3]);
	return b;
}

const char *nd_ip6addr(struct nd *nd, const uint8_t *p)
{
	if (!nd_ttest(nd, p, 16))
		nd_trunc_longjmp(nd);
	return nd_ip6addr_local(nd, p);
}

const char *nd_ip6addr_local(struct nd *nd, const uint8_t *p)
{
	char *b;

	if (nd->fmt->names) {
		struct name_ent *e = lookup(nd->fmt->names, NAME_IP6, p);

		if (e->name)
			return e->name;
	}
	b = nd_buf(nd);
	inet_ntop(AF_INET6, p, b, sizeof(nd->bufs[0]));
	return b;
}

static const struct tok oui_values[] = {
	{ 0x000000, "Ethernet" }, { 0x00000c, "Cisco" }, { 0x00005e, "IANA" },
	{ 0x000081, "Nortel Networks SONMP" }, { 0x0000f8, "Cisco bridged" },
	{ 0x0080c2, "Ethernet bridged" }, { 0x00a03e, "ATM Forum" },
	{ 0x00e02f, "DOCSIS Spanning Tree" }, { 0x080007, "Appletalk" }, { 0x009069, "Juniper" },
	{ 0x080009, "Hewlett-Packard" }, { 0x0080c2, "IEEE 802.1 Private" },
	{ 0x00120f, "IEEE 802.3 Private" }, { 0x0012bb, "ANSI/TIA" }, { 0x001b21, "DCBX" },
	{ 0x002320, "Nicira Networks" }, { 0x5c16c7, "Big Switch Networks" },
	{ 0xb0d2f5, "Vello Systems" }, { 0x002481, "HP" }, { 0x0004ea, "HP-Labs" },
	{ 0x748771, "Infoblox Inc" }, { 0xa42305, "Open Networking Lab" }, { 0x00049f, "Freescale" },
	{ 0x0015ad, "Netronome" }, { 0x001018, "Broadcom" }, { 0x00e004, "PMC-Sierra" },
	{ 0xd0f0db, "Ericsson" }, { 0, NULL }
};

/* etheraddr_string: a name, else the hex form (with its OUI without -n). */
const char *nd_etheraddr(struct nd *nd, const uint8_t *p)
{
	char *b, tb[32];

	if (!nd_ttest(nd, p, 6))
		nd_trunc_longjmp(nd);
	b = nd_buf(nd);
	if (nd->fmt->names) {
		struct name_ent *e = lookup(nd->fmt->names, NAME_ETHER, p);

		if (e->name)
			return e->name;
		snprintf(b, sizeof(nd->bufs[0]), "%02x:%02x:%02x:%02x:%02x:%02x (oui %s)", p[0], p[1], p[2],
			 p[3], p[4], p[5],
			 tok2str(oui_values, "Unknown", (uint32_t)p[0] << 16 | p[1] << 8 | p[2], tb,
				 sizeof(tb)));
		return b;
	}
	snprintf(b, sizeof(nd->bufs[0]), "%02x:%02x:%02x:%02x:%02x:%02x", p[0], p[1], p[2], p[3], p[4],
		 p[5]);
	return b;
}

/* linkaddr_string for LINKADDR_ETHER. */
const char *nd_linkaddr(struct nd *nd, const uint8_t *p, unsigned int len)
{
	char *c = nd->lbuf;

	if (!nd_ttest(nd, p, len))
		nd_trunc_longjmp(nd);
	if (len == 0)
		return "<empty>";
	if (len == 6)
		return nd_etheraddr(nd, p);
	for (unsigned int i = 0; i < len; i++)
		c += sprintf(c, i ? ":%02x" : "%02x", p[i]);
	return nd->lbuf;
}

static const char *port_string(struct nd *nd, char **table, uint16_t port)
{
	char *b;

	if (nd->fmt->names && table[port])
		return table[port];
	b = nd_buf(nd);
	snprintf(b, sizeof(nd->bufs[0]), "%u", port);
	return b;
}

const char *nd_tcpport(struct nd *nd, uint16_t port)
{
	return port_string(nd, nd->fmt->names ? nd->fmt->names->tcp_ports : NULL, port);
}

const char *nd_udpport(struct nd *nd, uint16_t port)
{
	return port_string(nd, nd->fmt->names ? nd->fmt->names->udp_ports : NULL, port);
}

/* netdb_protoname: NULL with -n, so the caller prints ip-proto-N. */
const char *nd_protoname(struct nd *nd, uint8_t proto)
{
	return nd->fmt->names ? proto_names[proto] : NULL;
}

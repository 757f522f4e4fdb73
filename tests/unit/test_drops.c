/* test_drops.c: each drop site counts the reason Linux 6.18 gives there; a packet consumed counts none. */
#include <stdlib.h>
#include <string.h>

#include "boot.h"
#include "core/dropreason.h"
#include "core/netdev.h"
#include "core/netns.h"
#include "core/world.h"
#include "ctl/rtnl.h"
#include "net/ipv6.h"
#include "net/wire.h"
#include "shell/shell.h"
#include "harness.h"

/*
 * Drop sites not walked here, and why:
 * - defensive, unreachable from outside: ip_local_deliver's re-parse
 *   (IP_INHDR), ip_send/ip6_send*'s failed header push (NOT_SPECIFIED),
 *   arp_send's and arp_output/nd_output's failed Ethernet header
 *   (NOT_SPECIFIED, NEIGH_HH_FILLFAIL), arp_parp_redo's re-parse, ip6_local_deliver's
 *   short pull (PKT_TOO_SMALL), ipv6_rcv without net->ipv6 (IPV6DISABLED, only while
 *   a namespace goes), loopback_xmit and netif_receive below an Ethernet header
 *   (PKT_TOO_SMALL), neigh_invalidate's and neigh_flush_queue's leftover purge
 *   (QUEUE_PURGE), veth_xmit towards a down peer (the carrier is off first:
 *   QDISC_DROP), dev_queue_xmit on a down device;
 * - walked by other tests: CPU_BACKLOG (test_limits backlog_limit),
 *   NEIGH_CREATEFAIL (a full shared neighbour table), the proxy queue's
 *   NOT_SPECIFIED drops (pneigh_enqueue over proxy_qlen, a proxied request
 *   whose device went down, pneigh_queue_purge);
 * - not produced by vethlab: NEIGH_DEAD (no packet reaches a dead entry).
 */

struct env {
	struct world *w;
	struct shell *sh;
	FILE *out, *err;
	char *obuf, *ebuf;
	size_t olen, elen;
	uint64_t before[SKB_DROP_REASON_MAX];
};

static void run(struct env *e, const char *line)
{
	shell_run_line(e->sh, line);
}

static struct netdev *dev(struct env *e, const char *ns, const char *name)
{
	struct netns *net = ns ? rtnl_netns_get(e->w, ns) : rtnl_init_net(e->w);

	return net ? netdev_get_by_name(net, name) : NULL;
}

/* Namespaces a and b joined by va/vb (10.0.0.1, 10.0.0.2), neighbours already resolved. */
static void env_open(struct env *e, bool ipv6)
{
	struct shell_opts o = { 0 };

	e->out = open_memstream(&e->obuf, &e->olen);
	e->err = open_memstream(&e->ebuf, &e->elen);
	o.out = e->out;
	o.err = e->err;
	e->w = world_new(1);
	e->sh = shell_new(e->w, &o);
	run(e, "ip netns add a; ip netns add b");
	if (!ipv6) {
		run(e, "ip netns exec a sysctl -qw net.ipv6.conf.default.disable_ipv6=1");
		run(e, "ip netns exec b sysctl -qw net.ipv6.conf.default.disable_ipv6=1");
	}
	run(e, "ip link add va netns a type veth peer name vb netns b");
	run(e, "ip -n a addr add 10.0.0.1/24 dev va; ip -n b addr add 10.0.0.2/24 dev vb");
	if (ipv6) {
		run(e, "ip -n a addr add 2001:db8::1/64 dev va nodad");
		run(e, "ip -n b addr add 2001:db8::2/64 dev vb nodad");
	}
	/* lo up: an ICMP error about a packet of our own comes back through it. */
	run(e, "ip -n a link set lo up; ip -n b link set lo up");
	run(e, "ip -n a link set va up; ip -n b link set vb up");
	run(e, "ip netns exec a ping -c 1 10.0.0.2 > /dev/null");
	CHECK_EQ(shell_status(e->sh), 0);
	if (ipv6) {
		/*
		 * Past the start-up MLD reports and router solicitations: sent to
		 * groups the other end has not joined, ip6_mc_input drops them.
		 */
		run(e, "sleep 20; ip netns exec a ping -6 -c 1 2001:db8::2 > /dev/null");
		CHECK_EQ(shell_status(e->sh), 0);
	}
}

static void env_close(struct env *e)
{
	shell_free(e->sh);
	world_free(e->w);
	fclose(e->out);
	fclose(e->err);
	free(e->obuf);
	free(e->ebuf);
}

static void snapshot(struct env *e)
{
	memcpy(e->before, e->w->drops, sizeof(e->before));
}

/* Since the snapshot: exactly n drops for reason (and n2 for reason2), none for any other. */
static void expect_drops(struct env *e, int line, int reason, uint64_t n, int reason2, uint64_t n2)
{
	char msg[128];

	for (int r = 0; r < SKB_DROP_REASON_MAX; r++) {
		uint64_t got = e->w->drops[r] - e->before[r];
		uint64_t want = r == reason ? n : r == reason2 ? n2 : 0;

		if (got != want) {
			snprintf(msg, sizeof(msg), "drops[%s] went up by %llu, not %llu",
				 skb_drop_reason_name((enum skb_drop_reason)r), (unsigned long long)got,
				 (unsigned long long)want);
			harness_fail(__FILE__, line, msg);
		}
	}
	snapshot(e);
}
#define NO_DROPS -1
#define EXPECT_ONLY(e, reason, n) expect_drops((e), __LINE__, SKB_DROP_REASON_##reason, (n), NO_DROPS, 0)
#define EXPECT_TWO(e, r1, n1, r2, n2) \
	expect_drops((e), __LINE__, SKB_DROP_REASON_##r1, (n1), SKB_DROP_REASON_##r2, (n2))
#define EXPECT_NONE(e) expect_drops((e), __LINE__, NO_DROPS, 0, NO_DROPS, 0)

static void settle(struct env *e)
{
	shell_run_world(e->sh, world_now(e->w) + 200 * 1000000ULL);
}

/* A frame out of va (so vb receives it): to dst (NULL: vb's address), of ethertype, with payload. */
static void send_eth(struct env *e, const uint8_t *dst, uint16_t type, const uint8_t *payload, uint32_t len)
{
	struct netdev *va = dev(e, "a", "va");
	struct sk_buff *skb = alloc_skb(&e->w->skb_pool, ETH_HLEN + len);
	uint8_t *p = skb_put(skb, ETH_HLEN + len);

	memcpy(p, dst ? dst : dev(e, "b", "vb")->dev_addr, 6);
	memcpy(p + 6, va->dev_addr, 6);
	put16(p + 12, type);
	memcpy(p + ETH_HLEN, payload, len);
	skb_reset_mac_header(skb);
	skb->dev = va;
	(void)dev_queue_xmit(skb);
	settle(e);
}

static const uint8_t other_mac[6] = { 0x02, 0xaa, 0xaa, 0xaa, 0xaa, 0xaa };
static const uint8_t bcast_mac[6] = { 0xff, 0xff, 0xff, 0xff, 0xff, 0xff };

/* An IPv4 packet with a valid header; returns its length. */
static uint32_t ipv4(uint8_t *p, uint32_t saddr, uint32_t daddr, uint8_t proto, uint8_t ttl, uint32_t plen)
{
	struct iphdr_view h = { .tot_len = (uint16_t)(20 + plen), .ttl = ttl, .protocol = proto,
				.saddr = saddr, .daddr = daddr };

	ip_emit(p, &h);
	return 20 + plen;
}

/* An ICMP message of type/code with len bytes after its header, checksummed. */
static uint32_t icmp4(uint8_t *p, uint32_t saddr, uint32_t daddr, uint8_t type, uint8_t code, uint32_t len)
{
	uint8_t *m = p + 20;

	memset(m, 0, 8 + len);
	m[0] = type;
	m[1] = code;
	put16(m + 2, inet_csum(m, 8 + len));
	return ipv4(p, saddr, daddr, IPPROTO_ICMP, 64, 8 + len);
}

#define A 0x0a000001u
#define B 0x0a000002u

static void test_consumed_is_no_drop(void)
{
	struct env e;

	env_open(&e, false);
	snapshot(&e);
	/*
	 * Requests answered, ARP handled, replies delivered to ping's raw socket:
	 * all consumed. Only ping_rcv, which finds no ICMP datagram socket for
	 * each reply (ping uses raw ones), counts NO_SOCKET, as Linux does.
	 */
	run(&e, "ip netns exec a ping -c 3 10.0.0.2 > /dev/null");
	CHECK_EQ(shell_status(e.sh), 0);
	EXPECT_ONLY(&e, NO_SOCKET, 3);
	run(&e, "ip netns exec b ip neigh flush dev vb; ip netns exec a ip neigh flush dev va");
	run(&e, "ip netns exec b ping -c 1 10.0.0.1 > /dev/null");
	CHECK_EQ(shell_status(e.sh), 0);
	EXPECT_ONLY(&e, NO_SOCKET, 1);
	/* An ARP frame for another host is consumed, not dropped (arp_rcv's consumeskb). */
	{
		uint8_t arp[ARP_HLEN];
		struct arp_view v = { .op = ARPOP_REQUEST, .sip = A, .tip = B };

		arp_emit(arp, &v);
		send_eth(&e, other_mac, ETH_P_ARP, arp, sizeof(arp));
	}
	EXPECT_NONE(&e);
	env_close(&e);
}

static void test_link_layer(void)
{
	struct env e;
	uint8_t p[64] = { 0 };

	env_open(&e, false);
	snapshot(&e);
	send_eth(&e, NULL, 0x88b5, p, 46);
	EXPECT_ONLY(&e, UNHANDLED_PROTO, 1);
	send_eth(&e, other_mac, ETH_P_IP, p, ipv4(p, A, B, IPPROTO_UDP, 64, 8));
	EXPECT_ONLY(&e, OTHERHOST, 1);
	/*
	 * Without a carrier va's noop qdisc takes the three ARP probes, then the
	 * entry fails. (va and vb share an index: the carrier loss is not urgent,
	 * and linkwatch deactivates va's qdisc at its next run, a second on.)
	 */
	run(&e, "ip -n b link set vb down; sleep 1; ip netns exec a ping -c 1 -W 1 10.0.0.7 > /dev/null; sleep 3");
	EXPECT_TWO(&e, QDISC_DROP, 3, NEIGH_FAILED, 1);
	env_close(&e);
}

static void test_ipv4_header(void)
{
	struct env e;
	uint8_t p[128];
	uint32_t len;

	env_open(&e, false);
	snapshot(&e);
	len = ipv4(p, A, B, IPPROTO_UDP, 64, 8);
	send_eth(&e, NULL, ETH_P_IP, p, 12);
	EXPECT_ONLY(&e, IP_INHDR, 1); /* shorter than a header: ip_rcv_core's inhdr_error */
	p[0] = 0x55;
	send_eth(&e, NULL, ETH_P_IP, p, len);
	EXPECT_ONLY(&e, IP_INHDR, 1); /* version 5 */
	len = ipv4(p, A, B, IPPROTO_UDP, 64, 8);
	p[10] ^= 1;
	send_eth(&e, NULL, ETH_P_IP, p, len);
	EXPECT_ONLY(&e, IP_CSUM, 1);
	len = ipv4(p, A, B, IPPROTO_UDP, 64, 60);
	send_eth(&e, NULL, ETH_P_IP, p, 40);
	EXPECT_ONLY(&e, PKT_TOO_SMALL, 1); /* tot_len beyond the frame */
	env_close(&e);
}

static void test_ipv4_delivery(void)
{
	struct env e;
	uint8_t p[256];

	env_open(&e, false);
	snapshot(&e);
	memset(p, 0, sizeof(p));
	/* The ICMP errors sent back to a are consumed there. A UDP header claiming 8 bytes, to port 0. */
	p[20 + 5] = 8;
	send_eth(&e, NULL, ETH_P_IP, p, ipv4(p, A, B, IPPROTO_UDP, 64, 8));
	EXPECT_ONLY(&e, NO_SOCKET, 1);
	/* One whose length field says less than its header is too short (UdpInErrors). */
	memset(p, 0, sizeof(p));
	send_eth(&e, NULL, ETH_P_IP, p, ipv4(p, A, B, IPPROTO_UDP, 64, 8));
	EXPECT_ONLY(&e, PKT_TOO_SMALL, 1);
	memset(p, 0, sizeof(p));
	send_eth(&e, NULL, ETH_P_IP, p, ipv4(p, A, B, IPPROTO_TCP, 64, 20));
	EXPECT_ONLY(&e, NO_SOCKET, 1);
	memset(p, 0, sizeof(p));
	send_eth(&e, NULL, ETH_P_IP, p, ipv4(p, A, B, 253, 64, 8));
	EXPECT_ONLY(&e, IP_NOPROTO, 1);
	/*
	 * Fragments: the first one waits for the rest (no drop), the same one
	 * again is DUP_FRAG, and the queue goes as FRAG_REASM_TIMEOUT when
	 * ipfrag_time (30 s) passes.
	 */
	memset(p, 0, sizeof(p));
	{
		struct iphdr_view h = { .ihl = 20, .tot_len = 28, .ttl = 64, .protocol = IPPROTO_UDP, .frag = 0x2000,
					.saddr = A, .daddr = B };

		ip_emit(p, &h);
		send_eth(&e, NULL, ETH_P_IP, p, 28);
		EXPECT_NONE(&e);
		send_eth(&e, NULL, ETH_P_IP, p, 28);
		EXPECT_ONLY(&e, DUP_FRAG, 1);
		shell_run_world(e.sh, world_now(e.w) + 31 * 1000000000ULL);
		EXPECT_ONLY(&e, FRAG_REASM_TIMEOUT, 1);
	}
	env_close(&e);
}

/* A fragment of the packet p (header h): len payload bytes from off, id 77; returns its length. */
static uint32_t frag4(uint8_t *f, const struct iphdr_view *h, const uint8_t *p, uint32_t off, uint32_t len, bool more)
{
	struct iphdr_view fh = *h;

	fh.tot_len = (uint16_t)(20 + len);
	fh.id = 77;
	fh.frag = (uint16_t)((off / 8) | (more ? 0x2000 : 0));
	ip_emit(f, &fh);
	memcpy(f + 20, p + 20 + off, len);
	return 20 + len;
}

/* Out of order, the two halves of an echo request make it whole (answered); an overlap poisons the queue. */
static void test_reassembly(void)
{
	struct env e;
	uint8_t p[256], f[256];
	struct iphdr_view h;
	uint32_t len;

	env_open(&e, false);
	snapshot(&e);
	len = icmp4(p, A, B, ICMP_ECHO, 0, 40);
	CHECK_EQ(ip_parse(p, len, &h), 0);
	send_eth(&e, NULL, ETH_P_IP, f, frag4(f, &h, p, 24, 24, false));
	EXPECT_NONE(&e);
	send_eth(&e, NULL, ETH_P_IP, f, frag4(f, &h, p, 0, 24, true));
	/* Whole, it is answered: the reply finds no ping socket at A (NO_SOCKET, as any stray reply). */
	EXPECT_ONLY(&e, NO_SOCKET, 1);
	/* Overlapping pieces: the queue and the newcomer both go. */
	send_eth(&e, NULL, ETH_P_IP, f, frag4(f, &h, p, 0, 16, true));
	EXPECT_NONE(&e);
	send_eth(&e, NULL, ETH_P_IP, f, frag4(f, &h, p, 8, 16, true));
	EXPECT_ONLY(&e, NOT_SPECIFIED, 2);
	env_close(&e);
}

static void test_icmp(void)
{
	struct env e;
	uint8_t p[256];
	uint32_t len;

	env_open(&e, false);
	snapshot(&e);
	len = icmp4(p, A, B, ICMP_ECHO, 0, 8);
	p[20 + 8] ^= 0xff;
	send_eth(&e, NULL, ETH_P_IP, p, len);
	EXPECT_ONLY(&e, ICMP_CSUM, 1);
	/* Four bytes with a good checksum: pskb_pull fails, icmp_rcv's NOT_SPECIFIED. */
	memset(p, 0, sizeof(p));
	p[20] = 200;
	put16(p + 22, inet_csum(p + 20, 4));
	send_eth(&e, NULL, ETH_P_IP, p, ipv4(p, A, B, IPPROTO_ICMP, 64, 4));
	EXPECT_ONLY(&e, NOT_SPECIFIED, 1);
	send_eth(&e, NULL, ETH_P_IP, p, icmp4(p, A, B, 200, 0, 0));
	EXPECT_ONLY(&e, UNHANDLED_PROTO, 1);
	send_eth(&e, NULL, ETH_P_IP, p, icmp4(p, A, B, 13 /* timestamp reply */ + 1, 0, 12));
	EXPECT_NONE(&e); /* icmp_discard: consumed */
	send_eth(&e, NULL, ETH_P_IP, p, icmp4(p, A, B, ICMP_ECHOREPLY, 0, 8));
	EXPECT_ONLY(&e, NO_SOCKET, 1);
	send_eth(&e, bcast_mac, ETH_P_IP, p, icmp4(p, A, 0x0a0000ffu, ICMP_ECHO, 0, 8));
	EXPECT_ONLY(&e, INVALID_PROTO, 1); /* icmp_echo_ignore_broadcasts */
	send_eth(&e, NULL, ETH_P_IP, p, icmp4(p, A, B, ICMP_DEST_UNREACH, ICMP_PORT_UNREACH, 10));
	EXPECT_ONLY(&e, NOT_SPECIFIED, 1); /* icmp_unreach: quoted header missing */
	send_eth(&e, NULL, ETH_P_IP, p, icmp4(p, A, B, ICMP_REDIRECT, ICMP_REDIR_HOST, 10));
	EXPECT_ONLY(&e, PKT_TOO_SMALL, 1); /* icmp_redirect */
	len = icmp4(p, A, B, ICMP_DEST_UNREACH, ICMP_PORT_UNREACH, 28);
	p[28] = 0x65;
	put16(p + 22, 0);
	put16(p + 22, inet_csum(p + 20, 8 + 28));
	send_eth(&e, NULL, ETH_P_IP, p, len);
	EXPECT_ONLY(&e, IP_INHDR, 1); /* a quoted header that is no IPv4 one */
	env_close(&e);
}

static void test_martians(void)
{
	struct env e;
	uint8_t p[128];

	env_open(&e, false);
	snapshot(&e);
	memset(p, 0, sizeof(p));
	send_eth(&e, NULL, ETH_P_IP, p, ipv4(p, 0xe0000001u, B, IPPROTO_UDP, 64, 8));
	EXPECT_ONLY(&e, IP_INVALID_SOURCE, 1);
	send_eth(&e, NULL, ETH_P_IP, p, ipv4(p, A, 0, IPPROTO_UDP, 64, 8));
	EXPECT_ONLY(&e, IP_INVALID_DEST, 1);
	/* The rest of 0.0.0.0/8 is unicast since Linux 5.3: no route to it here. */
	send_eth(&e, NULL, ETH_P_IP, p, ipv4(p, A, 0x00010203u, IPPROTO_UDP, 64, 8));
	EXPECT_ONLY(&e, IP_INADDRERRORS, 1);
	send_eth(&e, NULL, ETH_P_IP, p, ipv4(p, A, 0x7f000001u, IPPROTO_UDP, 64, 8));
	EXPECT_ONLY(&e, IP_LOCALNET, 1);
	send_eth(&e, NULL, ETH_P_IP, p, ipv4(p, 0x7f000001u, B, IPPROTO_UDP, 64, 8));
	EXPECT_ONLY(&e, IP_LOCALNET, 1);
	send_eth(&e, NULL, ETH_P_IP, p, ipv4(p, B, B, IPPROTO_UDP, 64, 8));
	EXPECT_ONLY(&e, IP_LOCAL_SOURCE, 1);
	run(&e, "ip netns exec b sysctl -qw net.ipv4.conf.all.rp_filter=1");
	send_eth(&e, NULL, ETH_P_IP, p, ipv4(p, 0xc0a80909u, B, IPPROTO_UDP, 64, 8));
	EXPECT_ONLY(&e, IP_RPFILTER, 1);
	/* ARP: too short, a foreign hardware type, a group as target (arp_rcv, arp_process). */
	{
		uint8_t arp[ARP_HLEN];
		struct arp_view v = { .op = ARPOP_REQUEST, .sip = A, .tip = B };

		arp_emit(arp, &v);
		send_eth(&e, bcast_mac, ETH_P_ARP, arp, 20);
		EXPECT_ONLY(&e, PKT_TOO_SMALL, 1);
		arp[1] = 6;
		send_eth(&e, bcast_mac, ETH_P_ARP, arp, sizeof(arp));
		EXPECT_ONLY(&e, NOT_SPECIFIED, 1);
		v.tip = 0xe0000001u;
		arp_emit(arp, &v);
		send_eth(&e, bcast_mac, ETH_P_ARP, arp, sizeof(arp));
		EXPECT_ONLY(&e, NOT_SPECIFIED, 1);
		/* A martian request (its sender is b's own address) is consumed unanswered. */
		v.sip = B;
		v.tip = B;
		arp_emit(arp, &v);
		send_eth(&e, bcast_mac, ETH_P_ARP, arp, sizeof(arp));
		EXPECT_NONE(&e);
	}
	env_close(&e);
}

static void test_routing(void)
{
	struct env e;
	uint8_t p[1600];

	env_open(&e, false);
	snapshot(&e);
	memset(p, 0, sizeof(p));
	send_eth(&e, NULL, ETH_P_IP, p, ipv4(p, A, 0xac100001u, IPPROTO_UDP, 64, 8));
	EXPECT_ONLY(&e, IP_INADDRERRORS, 1); /* not ours, no forwarding */
	run(&e, "ip -n b route add blackhole 172.18.0.0/16; ip -n b route add unreachable 172.17.0.0/16");
	run(&e, "ip -n b route add prohibit 172.19.0.0/16");
	send_eth(&e, NULL, ETH_P_IP, p, ipv4(p, A, 0xac120001u, IPPROTO_UDP, 64, 8));
	EXPECT_ONLY(&e, IP_INADDRERRORS, 1); /* a blackhole without forwarding: EHOSTUNREACH */
	run(&e, "ip netns exec b sysctl -qw net.ipv4.ip_forward=1");
	send_eth(&e, NULL, ETH_P_IP, p, ipv4(p, A, 0xac100001u, IPPROTO_UDP, 64, 8));
	EXPECT_ONLY(&e, IP_INNOROUTES, 1);
	/* ip_error under forwarding: unreachable, prohibit and blackhole leave NOT_SPECIFIED. */
	send_eth(&e, NULL, ETH_P_IP, p, ipv4(p, A, 0xac110001u, IPPROTO_UDP, 64, 8));
	send_eth(&e, NULL, ETH_P_IP, p, ipv4(p, A, 0xac130001u, IPPROTO_UDP, 64, 8));
	send_eth(&e, NULL, ETH_P_IP, p, ipv4(p, A, 0xac120001u, IPPROTO_UDP, 64, 8));
	EXPECT_ONLY(&e, NOT_SPECIFIED, 3);
	/*
	 * ip_forward: TTL (IP_INHDR), a link-layer broadcast (NOT_SPECIFIED), over
	 * the MTU with DF (PKT_TOO_BIG); without DF it goes on in two fragments,
	 * which c drops as not for its MAC (the neighbour entry is made up).
	 */
	run(&e, "ip netns add c; ip netns exec c sysctl -qw net.ipv6.conf.default.disable_ipv6=1");
	run(&e, "ip -n b link add vc type veth peer name vd netns c");
	run(&e, "ip -n b addr add 10.0.1.1/24 dev vc; ip -n c addr add 10.0.1.2/24 dev vd");
	run(&e, "ip -n b link set vc mtu 1280 up; ip -n c link set vd up");
	run(&e, "ip -n b route add 172.20.0.0/16 via 10.0.1.2");
	run(&e, "ip -n b neigh add 10.0.1.2 lladdr 02:00:00:00:00:0c dev vc");
	settle(&e);
	snapshot(&e);
	send_eth(&e, NULL, ETH_P_IP, p, ipv4(p, A, 0xac140001u, IPPROTO_UDP, 1, 8));
	EXPECT_ONLY(&e, IP_INHDR, 1);
	send_eth(&e, bcast_mac, ETH_P_IP, p, ipv4(p, A, 0xac140001u, IPPROTO_UDP, 64, 8));
	EXPECT_ONLY(&e, NOT_SPECIFIED, 1);
	{
		uint32_t n = ipv4(p, A, 0xac140001u, IPPROTO_UDP, 64, 1400);
		struct iphdr_view h;

		send_eth(&e, NULL, ETH_P_IP, p, n);
		EXPECT_ONLY(&e, OTHERHOST, 2);
		CHECK_EQ(ip_parse(p, n, &h), 0);
		h.frag = 0x4000;
		ip_emit(p, &h);
		send_eth(&e, NULL, ETH_P_IP, p, n);
		EXPECT_ONLY(&e, PKT_TOO_BIG, 1);
	}
	env_close(&e);
}

static void test_neighbours(void)
{
	struct env e;

	env_open(&e, false);
	snapshot(&e);
	run(&e, "ip netns exec a ping -c 1 -W 1 10.0.0.9 > /dev/null; sleep 3");
	EXPECT_ONLY(&e, NEIGH_FAILED, 1);
	/* A queue of one buffer: every later packet pushes the waiting one out. */
	run(&e, "ip netns exec a sysctl -qw net.ipv4.neigh.va.unres_qlen_bytes=2048");
	run(&e, "ip netns exec a ping -c 3 -i 0.2 -W 1 10.0.0.10 > /dev/null; sleep 3");
	EXPECT_TWO(&e, NEIGH_QUEUEFULL, 2, NEIGH_FAILED, 1);
	/* mcast_solicit and app_solicit 0: the entry fails at once (__neigh_event_send). */
	run(&e, "ip netns exec a sysctl -qw net.ipv4.neigh.va.mcast_solicit=0");
	run(&e, "ip netns exec a ping -c 1 -W 1 10.0.0.11 > /dev/null; sleep 1");
	EXPECT_ONLY(&e, NEIGH_FAILED, 1);
	/* A queued packet whose entry goes with its device: neigh_destroy's purge. */
	run(&e, "ip netns exec a sysctl -qw net.ipv4.neigh.va.mcast_solicit=3");
	run(&e, "ip netns exec a ping -c 1 -W 1 10.0.0.12 > /dev/null &");
	shell_run_world(e.sh, world_now(e.w) + 100 * 1000000ULL);
	run(&e, "ip -n a link del va");
	settle(&e);
	EXPECT_ONLY(&e, QUEUE_PURGE, 1);
	env_close(&e);
}

static void test_backlog_dev_ready(void)
{
	struct env e;
	uint8_t p[64];

	env_open(&e, false);
	e.w->hop_delay_ns = 1000000;
	snapshot(&e);
	memset(p, 0, sizeof(p));
	{
		struct netdev *va = dev(&e, "a", "va");
		struct sk_buff *skb = alloc_skb(&e.w->skb_pool, ETH_HLEN + 28);
		uint8_t *f = skb_put(skb, ETH_HLEN + 28);

		memcpy(f, dev(&e, "b", "vb")->dev_addr, 6);
		memcpy(f + 6, va->dev_addr, 6);
		put16(f + 12, ETH_P_IP);
		(void)ipv4(f + ETH_HLEN, A, B, IPPROTO_UDP, 64, 8);
		skb->dev = va;
		(void)dev_queue_xmit(skb);
	}
	/* The frame waits in vb's backlog when vb goes down: flush_backlog's DEV_READY. */
	run(&e, "ip -n b link set vb down");
	settle(&e);
	EXPECT_ONLY(&e, DEV_READY, 1);
	env_close(&e);
}

/* An IPv6 header from a to b (or to dst) with nexthdr and plen bytes of payload. */
static uint32_t ipv6(uint8_t *p, const uint8_t *dst, uint8_t nexthdr, uint8_t hops, uint32_t plen)
{
	static const uint8_t src[16] = { 0x20, 0x01, 0x0d, 0xb8, [15] = 1 };
	static const uint8_t b6[16] = { 0x20, 0x01, 0x0d, 0xb8, [15] = 2 };

	memset(p, 0, 40);
	p[0] = 0x60;
	put16(p + 4, (uint16_t)plen);
	p[6] = nexthdr;
	p[7] = hops;
	memcpy(p + 8, src, 16);
	memcpy(p + 24, dst ? dst : b6, 16);
	return 40 + plen;
}

/* An ICMPv6 message after the header ipv6() wrote, checksummed. */
static uint32_t icmp6(uint8_t *p, const uint8_t *dst, uint8_t hops, uint8_t type, uint8_t code, uint32_t len)
{
	uint32_t total = ipv6(p, dst, IPPROTO_ICMPV6, hops, 8 + len);

	p[40] = type;
	p[41] = code;
	put16(p + 42, 0);
	put16(p + 42, icmp6_csum(p + 8, p + 24, p + 40, 8 + len));
	return total;
}

static void test_ipv6(void)
{
	struct env e;
	uint8_t p[1600];
	static const uint8_t other[16] = { 0x20, 0x01, 0x0d, 0xb8, 0, 9, [15] = 9 };
	static const uint8_t onlink[16] = { 0x20, 0x01, 0x0d, 0xb8, [15] = 9 };
	static const uint8_t solicited[16] = { 0xff, 0x02, [11] = 1, [12] = 0xff, [15] = 2 };

	env_open(&e, true);
	snapshot(&e);
	run(&e, "ip netns exec a ping -6 -c 2 2001:db8::2 > /dev/null");
	CHECK_EQ(shell_status(e.sh), 0);
	EXPECT_ONLY(&e, NO_SOCKET, 2); /* ping_rcv for each reply */
	memset(p, 0, sizeof(p));
	send_eth(&e, NULL, ETH_P_IPV6, p, 20);
	EXPECT_ONLY(&e, IP_INHDR, 1);
	ipv6(p, NULL, IPPROTO_UDP, 64, 8);
	p[0] = 0x40;
	send_eth(&e, NULL, ETH_P_IPV6, p, 48);
	EXPECT_ONLY(&e, UNHANDLED_PROTO, 1);
	send_eth(&e, NULL, ETH_P_IPV6, p, ipv6(p, NULL, IPPROTO_UDP, 64, 100) - 60);
	EXPECT_ONLY(&e, PKT_TOO_SMALL, 1);
	send_eth(&e, other_mac, ETH_P_IPV6, p, ipv6(p, NULL, IPPROTO_UDP, 64, 8));
	EXPECT_ONLY(&e, OTHERHOST, 1);
	memset(p, 0, sizeof(p));
	send_eth(&e, NULL, ETH_P_IPV6, p, ipv6(p, NULL, IPPROTO_UDP, 64, 8));
	EXPECT_ONLY(&e, NO_SOCKET, 1);
	send_eth(&e, NULL, ETH_P_IPV6, p, ipv6(p, NULL, 253, 64, 8));
	EXPECT_ONLY(&e, IP_NOPROTO, 1);
	memset(p, 0, sizeof(p));
	send_eth(&e, NULL, ETH_P_IPV6, p, ipv6(p, NULL, NEXTHDR_HOP, 64, 8) - 4);
	EXPECT_ONLY(&e, PKT_TOO_SMALL, 1);
	p[40 + 1] = 3; /* a hop-by-hop header longer than the packet */
	send_eth(&e, NULL, ETH_P_IPV6, p, ipv6(p, NULL, NEXTHDR_HOP, 64, 8));
	EXPECT_ONLY(&e, NOT_SPECIFIED, 1);
	/* ICMPv6 */
	(void)icmp6(p, NULL, 64, ICMPV6_ECHO_REQUEST, 0, 8);
	p[50] ^= 0xff;
	send_eth(&e, NULL, ETH_P_IPV6, p, 56);
	EXPECT_ONLY(&e, ICMP_CSUM, 1);
	send_eth(&e, NULL, ETH_P_IPV6, p, icmp6(p, NULL, 64, ICMPV6_ECHO_REPLY, 0, 8));
	EXPECT_ONLY(&e, NO_SOCKET, 1);
	send_eth(&e, NULL, ETH_P_IPV6, p, icmp6(p, NULL, 64, 200, 0, 8));
	EXPECT_ONLY(&e, NOT_SPECIFIED, 1); /* an unknown informational message */
	send_eth(&e, NULL, ETH_P_IPV6, p, icmp6(p, NULL, 64, ICMPV6_DEST_UNREACH, 0, 8));
	EXPECT_ONLY(&e, NOT_SPECIFIED, 1); /* icmpv6_notify: no quoted header */
	send_eth(&e, NULL, ETH_P_IPV6, p, icmp6(p, NULL, 64, ICMPV6_DEST_UNREACH, 0, 48));
	EXPECT_NONE(&e);
	/* ndisc_rcv */
	memset(p, 0, sizeof(p));
	memcpy(p + 48, p + 24, 16);
	send_eth(&e, NULL, ETH_P_IPV6, p, icmp6(p, NULL, 64, NDISC_NEIGHBOUR_SOLICITATION, 0, 16));
	EXPECT_ONLY(&e, IPV6_NDISC_HOP_LIMIT, 1);
	send_eth(&e, NULL, ETH_P_IPV6, p, icmp6(p, NULL, 255, NDISC_NEIGHBOUR_SOLICITATION, 1, 16));
	EXPECT_ONLY(&e, IPV6_NDISC_BAD_CODE, 1);
	send_eth(&e, NULL, ETH_P_IPV6, p, icmp6(p, NULL, 255, NDISC_NEIGHBOUR_SOLICITATION, 0, 8));
	EXPECT_ONLY(&e, PKT_TOO_SMALL, 1);
	p[64] = 1; /* an option of length 0 */
	send_eth(&e, NULL, ETH_P_IPV6, p, icmp6(p, NULL, 255, NDISC_NEIGHBOUR_SOLICITATION, 0, 24));
	EXPECT_ONLY(&e, IPV6_NDISC_BAD_OPTIONS, 1);
	memset(p, 0, sizeof(p));
	memcpy(p + 48, other, 16);
	send_eth(&e, NULL, ETH_P_IPV6, p, icmp6(p, NULL, 255, NDISC_NEIGHBOUR_SOLICITATION, 0, 16));
	EXPECT_ONLY(&e, IPV6_NDISC_NS_OTHERHOST, 1);
	memset(p, 0, sizeof(p));
	ipv6(p, solicited, 0, 0, 0);
	memcpy(p + 48, p + 24, 16);
	p[48] = 0x20, p[49] = 0x01, p[50] = 0x0d, p[51] = 0xb8, memset(p + 52, 0, 11), p[63] = 2;
	(void)icmp6(p, solicited, 255, NDISC_NEIGHBOUR_SOLICITATION, 0, 16);
	send_eth(&e, bcast_mac, ETH_P_IPV6, p, 64);
	EXPECT_NONE(&e); /* answered: consumed */
	/* Routing and forwarding */
	send_eth(&e, NULL, ETH_P_IPV6, p, ipv6(p, onlink, IPPROTO_UDP, 64, 8));
	EXPECT_ONLY(&e, IP_INADDRERRORS, 1); /* not ours, forwarding off (ip6_forward) */
	send_eth(&e, NULL, ETH_P_IPV6, p, ipv6(p, other, IPPROTO_UDP, 64, 8));
	EXPECT_ONLY(&e, IP_INNOROUTES, 1); /* no route at all: ip6_pkt_drop */
	run(&e, "ip netns exec b sysctl -qw net.ipv6.conf.all.forwarding=1");
	run(&e, "ip -n b -6 route add blackhole 2001:db8:9::/48");
	/* A router now, b reports its new groups (ff02::2...), which a has not joined: two drops there. */
	run(&e, "sleep 5");
	EXPECT_ONLY(&e, NOT_SPECIFIED, 2);
	send_eth(&e, NULL, ETH_P_IPV6, p, ipv6(p, other, IPPROTO_UDP, 64, 8));
	EXPECT_ONLY(&e, BLACKHOLE, 1);
	run(&e, "ip -n b -6 route del blackhole 2001:db8:9::/48");
	run(&e, "ip -n b -6 route add 2001:db8:9::/48 via 2001:db8::1");
	settle(&e);
	snapshot(&e);
	send_eth(&e, NULL, ETH_P_IPV6, p, ipv6(p, other, IPPROTO_UDP, 1, 8));
	EXPECT_ONLY(&e, IP_INHDR, 1);
	send_eth(&e, bcast_mac, ETH_P_IPV6, p, ipv6(p, other, IPPROTO_UDP, 64, 8));
	EXPECT_ONLY(&e, NOT_SPECIFIED, 1);
	run(&e, "ip netns exec b sysctl -qw net.ipv6.conf.vb.disable_ipv6=1");
	send_eth(&e, NULL, ETH_P_IPV6, p, ipv6(p, NULL, IPPROTO_UDP, 64, 8));
	EXPECT_ONLY(&e, IPV6DISABLED, 1);
	env_close(&e);
}

int main(void)
{
	static const struct vl_test tests[] = {
		{ "consumed_is_no_drop", test_consumed_is_no_drop },
		{ "link_layer", test_link_layer },
		{ "ipv4_header", test_ipv4_header },
		{ "ipv4_delivery", test_ipv4_delivery },
		{ "reassembly", test_reassembly },
		{ "icmp", test_icmp },
		{ "martians", test_martians },
		{ "routing", test_routing },
		{ "neighbours", test_neighbours },
		{ "backlog_dev_ready", test_backlog_dev_ready },
		{ "ipv6", test_ipv6 },
		{ NULL, NULL },
	};

	return harness_run(tests);
}

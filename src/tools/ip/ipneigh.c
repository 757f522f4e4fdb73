/* ipneigh.c: ip neigh show | flush | get | add | change | replace | del, as iproute2 6.1 ip/ipneigh.c. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

#include "../../ctl/rtnl_neigh.h"
#include "ip_common.h"
#include "rt_names.h"

#define MAX_ROUNDS 10
/* iproute2's state filter has one bit above the NUD_* ones: entries in state NONE. */
#define FILTER_NUD_NONE 0x100u

static int neigh_usage(struct ip_ctx *ip)
{
	fputs("Usage: ip neigh { add | del | change | replace }\n"
	      "                { ADDR [ lladdr LLADDR ] [ nud STATE ] proxy ADDR }\n"
	      "                [ dev DEV ] [ router ] [ use ] [ managed ] [ extern_learn ]\n"
	      "                [ protocol PROTO ]\n"
	      "\n"
	      "\tip neigh { show | flush } [ proxy ] [ to PREFIX ] [ dev DEV ] [ nud STATE ]\n"
	      "\t\t\t\t  [ vrf NAME ] [ nomaster ]\n"
	      "\tip neigh get { ADDR | proxy ADDR } dev DEV\n"
	      "\n"
	      "STATE := { delay | failed | incomplete | noarp | none |\n"
	      "           permanent | probe | reachable | stale }\n", ip->c->err);
	return 255;
}

static int duparg(struct ip_ctx *ip, const char *key, const char *arg)
{
	fprintf(ip->c->err, "Error: duplicate \"%s\": \"%s\" is the second value.\n", key, arg);
	return 255;
}

static int duparg2(struct ip_ctx *ip, const char *key, const char *arg)
{
	fprintf(ip->c->err, "Error: either \"%s\" is duplicate, or \"%s\" is a garbage.\n", key, arg);
	return 255;
}

/* preferred_family as iproute2 keeps it. */
static int ip_af(const struct ip_ctx *ip)
{
	return ip->family == 4 ? AF_INET : ip->family == 6 ? AF_INET6 : AF_UNSPEC;
}

/* nud_state_a2n: names (some abbreviable), or a number that is a single bit below 0x100. */
static int nud_state_a2n(unsigned int *state, const char *arg)
{
	static const struct {
		const char *name;
		unsigned int state;
		bool abbrev;
	} t[] = {
		{ "permanent", NUD_PERMANENT, true }, { "reachable", NUD_REACHABLE, true },
		{ "noarp", NUD_NOARP, false }, { "none", NUD_NONE, false }, { "stale", NUD_STALE, false },
		{ "incomplete", NUD_INCOMPLETE, false }, { "delay", NUD_DELAY, false },
		{ "probe", NUD_PROBE, false }, { "failed", NUD_FAILED, true },
	};
	uint32_t v;

	for (size_t i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		if (t[i].abbrev ? ip_matches(arg, t[i].name) : !strcmp(arg, t[i].name)) {
			*state = t[i].state;
			return 0;
		}
	}
	if (rt_get_u32(&v, arg, 0) || v >= 0x100 || (v & (v - 1)))
		return -1;
	*state = v;
	return 0;
}

/* An address in a request: the family and NDA_DST of the inet_prefix get_addr gave. */
static void req_set_dst(struct rtnl_neigh *r, const struct inet_prefix *p)
{
	r->family = p->family == AF_INET6 ? 6 : 4;
	if (p->family == AF_INET6)
		memcpy(r->dst6, p->data, 16);
	else
		r->dst = rt_prefix_v4(p);
}

/*
 * ll_addr_a2n: a dotted IPv4 address is four bytes; otherwise hex bytes
 * separated by colons, at most len of them (sscanf("%x") takes what it
 * can of each). Returns the byte count, or -1 after iproute2's message.
 */
static int ll_addr_a2n(struct ip_ctx *ip, uint8_t *lladdr, int len, const char *arg)
{
	char buf[256], *p = buf, *cp;
	struct inet_prefix pfx;
	int i;

	if (strchr(arg, '.')) {
		if (rt_get_addr_1(&pfx, arg, AF_INET)) {
			fprintf(ip->c->err, "\"%s\" is invalid lladdr.\n", arg);
			return -1;
		}
		memcpy(lladdr, pfx.data, 4);
		return 4;
	}
	snprintf(buf, sizeof(buf), "%s", arg);
	for (i = 0; i < len; i++) {
		unsigned int temp;

		if ((cp = strchr(p, ':')))
			*cp++ = 0;
		if (sscanf(p, "%x", &temp) != 1 || (int)temp < 0 || temp > 255) {
			fprintf(ip->c->err, "\"%s\" is invalid lladdr.\n", p);
			return -1;
		}
		lladdr[i] = (uint8_t)temp;
		if (!cp)
			break;
		p = cp;
	}
	return i + 1;
}

/* What ipneigh_modify gathers before it sends. */
struct neigh_req {
	struct rtnl_neigh r;
	const char *dev, *lla;
	bool dst_ok, dev_ok, managed;
	struct inet_prefix dst;
};

/* An address argument of add/del/get (after "to" or "proxy"): -1 to go on, else the exit status. */
static int req_addr(struct ip_ctx *ip, struct neigh_req *q, const char *arg, bool proxy)
{
	if (q->dst_ok)
		return proxy ? duparg(ip, "address", arg) : duparg2(ip, "to", arg);
	if (rt_get_addr(ip, &q->dst, arg, ip_af(ip)))
		return 1;
	q->dst_ok = true;
	if (proxy) {
		q->dev_ok = true;
		q->r.flags |= NTF_PROXY;
	}
	return -1;
}

/* One word of ipneigh_modify; *argv may advance over its value. -1 to go on, else the exit status. */
static int modify_word(struct ip_ctx *ip, struct neigh_req *q, int *argc, char ***argv)
{
	const char *w = **argv;
	unsigned int state;
	uint32_t proto;

#define NEXT_ARG() do { if (--*argc <= 0) return ip_incomplete(ip); w = *++*argv; } while (0)
	if (ip_matches(w, "lladdr")) {
		NEXT_ARG();
		if (q->lla)
			return duparg(ip, "lladdr", w);
		q->lla = w;
	} else if (!strcmp(w, "nud")) {
		NEXT_ARG();
		if (nud_state_a2n(&state, w))
			return ip_invarg(ip, "nud state is bad", w);
		q->r.state = (uint8_t)state;
	} else if (ip_matches(w, "proxy")) {
		NEXT_ARG();
		if (ip_matches(w, "help"))
			return neigh_usage(ip);
		return req_addr(ip, q, w, true);
	} else if (!strcmp(w, "router")) {
		q->r.flags |= NTF_ROUTER;
	} else if (!strcmp(w, "use")) {
		q->r.flags |= NTF_USE;
	} else if (!strcmp(w, "managed")) {
		q->managed = true;
		q->r.state = NUD_NONE;
	} else if (ip_matches(w, "extern_learn")) {
		q->r.flags |= NTF_EXT_LEARNED;
	} else if (!strcmp(w, "dev")) {
		NEXT_ARG();
		q->dev = w;
		q->dev_ok = true;
	} else if (ip_matches(w, "protocol")) {
		NEXT_ARG();
		if (rt_prot_a2n(&proto, w))
			return ip_invarg(ip, "\"protocol\" value is invalid\n", w);
		q->r.protocol = (uint8_t)proto;
	} else {
		if (!strcmp(w, "to"))
			NEXT_ARG();
		if (ip_matches(w, "help"))
			NEXT_ARG();
		return req_addr(ip, q, w, false);
	}
#undef NEXT_ARG
	return -1;
}

/*
 * NTF_EXT_MANAGED entries are kept resolved by the kernel's managed work,
 * which vethlab does not run: refused, but only where the kernel would
 * accept the request.
 */
static int modify_managed(struct ip_ctx *ip, const struct neigh_req *q, bool del)
{
	if (!q->managed || del)
		return -1;
	if (q->r.flags & NTF_PROXY)
		return ip_rtnl_error(ip, -EINVAL, "Invalid NTF_* flag combination");
	return rt_unsupported(ip, "managed");
}

static int neigh_modify(struct ip_ctx *ip, int argc, char **argv, unsigned int nlflags, bool del)
{
	struct neigh_req q = { .r = { .state = NUD_PERMANENT } };
	const char *extack = NULL;
	int st, len, err;

	for (; argc > 0; argc--, argv++)
		if ((st = modify_word(ip, &q, &argc, &argv)) >= 0)
			return st;
	if (!q.dev_ok || !q.dst_ok || q.dst.family == AF_UNSPEC) {
		fputs("Device and destination are required arguments.\n", ip->c->err);
		return 255;
	}
	req_set_dst(&q.r, &q.dst);
	if (q.lla && strcmp(q.lla, "null")) {
		if ((len = ll_addr_a2n(ip, q.r.lladdr, (int)sizeof(q.r.lladdr), q.lla)) < 0)
			return 1;
		q.r.lladdr_len = (uint8_t)len;
	}
	if (q.dev && !(q.r.ifindex = rtnl_ifindex_getlink(ip->net, q.dev)))
		return ip_no_device(ip, q.dev);
	if ((st = modify_managed(ip, &q, del)) >= 0)
		return st;
	if (del)
		err = rtnl_neigh_del(ip->net, &q.r, &extack);
	else
		err = rtnl_neigh_set(ip->net, &q.r, nlflags, &extack);
	return err ? ip_rtnl_error(ip, err, extack) : 0;
}

/* iproute2's filter for show and flush. */
struct neigh_filter {
	struct ip_ctx *ip;
	int family;              /* AF_* */
	int index;
	unsigned int state;
	bool unused_only;
	struct inet_prefix pfx;
	int master;
	uint32_t protocol;
	bool proxy;
	bool flush;
	struct rtnl_neigh *flushv;   /* what this round deletes */
	int nflush, capflush;
};

static int af_of(int family)
{
	return family == 6 ? AF_INET6 : AF_INET;
}

/* inet_addr_match_rta: a prefix of one family never matches the other's addresses. */
static bool prefix_matches(const struct inet_prefix *p, const struct rtnl_neigh *n)
{
	uint8_t a[4] = { (uint8_t)(n->dst >> 24), (uint8_t)(n->dst >> 16), (uint8_t)(n->dst >> 8),
			 (uint8_t)n->dst };

	if (p->family == AF_UNSPEC || p->bitlen <= 0)
		return true;
	return p->family == af_of(n->family) && rt_addr_match(n->family == 6 ? n->dst6 : a, p->data, p->bitlen);
}

/* print_neigh's selectors, on top of the kernel's (family, device, master, proxy). */
static bool neigh_selected(const struct neigh_filter *f, const struct rtnl_neigh *n)
{
	if (f->family && f->family != af_of(n->family))
		return false;
	if (f->index && f->index != n->ifindex)
		return false;
	if (!(f->state & n->state) && !(n->flags & (NTF_PROXY | NTF_EXT_LEARNED)) &&
	    (n->state || !(f->state & FILTER_NUD_NONE)))
		return false;
	if (!prefix_matches(&f->pfx, n))
		return false;
	if (f->protocol && f->protocol != n->protocol)
		return false;
	return !(f->unused_only && n->has_cacheinfo && n->refcnt);
}

static void print_dst(struct ip_ctx *ip, const struct rtnl_neigh *n, const char *fmt)
{
	char b[48];

	if (n->family == 6)
		ip6_fmt(n->dst6, b);
	else
		ip_fmt_ipv4(n->dst, b);
	ipp_string(ip, IPP_ANY, ipp_family_color(n->family), "dst", fmt, b);
}

/* The device's name, coloured; nothing when it is gone. */
static void print_dev(struct ip_ctx *ip, const struct rtnl_neigh *n, const char *fmt)
{
	struct rtnl_link l;

	if (rtnl_link_get(ip->net, n->ifindex, NULL, &l) == 0)
		ipp_string(ip, IPP_ANY, IPC_IFNAME, "dev", fmt, l.name);
}

/* ll_addr_n2a for a 6-byte address, coloured. */
static void print_lladdr(struct ip_ctx *ip, const struct rtnl_neigh *n, const char *fmt)
{
	const uint8_t *m = n->lladdr;
	char b[24];

	snprintf(b, sizeof(b), "%02x:%02x:%02x:%02x:%02x:%02x", m[0], m[1], m[2], m[3], m[4], m[5]);
	ipp_string(ip, IPP_ANY, IPC_MAC, "lladdr", fmt, b);
}

/* print_neigh_brief: address, device and link address in columns. */
static void print_neigh_brief(struct ip_ctx *ip, const struct rtnl_neigh *n, bool with_dev)
{
	print_dst(ip, n, "%-39s ");
	if (with_dev && n->ifindex)
		print_dev(ip, n, "%-16s ");
	if (n->lladdr_len)
		print_lladdr(ip, n, "%s");
	ipp_string(ip, IPP_FP, IPC_NONE, NULL, "%s", "\n");
}

/* print_neigh_state: every NUD bit set, by name; the "state" array in JSON. */
static void print_state(struct ip_ctx *ip, unsigned int nud)
{
	static const char *const names[] = { "INCOMPLETE", "REACHABLE", "STALE", "DELAY",
					     "PROBE", "FAILED", "NOARP", "PERMANENT" };

	ipp_open_array(ip, IPP_JSON, "state");
	for (int i = 0; i < 8; i++)
		if (nud & (1u << i))
			ipp_string(ip, IPP_ANY, IPC_NONE, NULL, "%s ", names[i]);
	ipp_close_array(ip, IPP_JSON, NULL);
}

/* The flags between the link address and the statistics. */
static void print_flags(struct ip_ctx *ip, const struct rtnl_neigh *n)
{
	if (n->flags & NTF_ROUTER)
		ipp_null(ip, IPP_ANY, "router", "%s ", "router");
	if (n->flags & NTF_PROXY)
		ipp_null(ip, IPP_ANY, "proxy", "%s ", "proxy");
	if (n->flags & NTF_EXT_LEARNED)
		ipp_null(ip, IPP_ANY, "extern_learn", "%s ", "extern_learn");
}

/* print_cacheinfo and the probes: " ref N used A/B/Cprobes N " as iproute2 runs them together. */
static void print_stats(struct ip_ctx *ip, const struct rtnl_neigh *n)
{
	if (!n->has_cacheinfo)
		return;
	if (n->refcnt)
		ipp_uint(ip, IPP_ANY, "refcnt", " ref %u", n->refcnt);
	ipp_uint(ip, IPP_ANY, "used", " used %u", n->used);
	ipp_uint(ip, IPP_ANY, "confirmed", "/%u", n->confirmed);
	ipp_uint(ip, IPP_ANY, "updated", "/%u", n->updated);
	ipp_uint(ip, IPP_ANY, "probes", "probes %u ", n->probes);
}

/* print_neigh: with_dev is !filter.index. */
static void print_neigh(struct ip_ctx *ip, const struct rtnl_neigh *n, bool with_dev)
{
	char b[16];

	ipp_open_object(ip, NULL);
	if (ip->brief) {
		print_neigh_brief(ip, n, with_dev);
		ipp_close_object(ip);
		vl_cmd_flush_out(ip->c);
		return;
	}
	print_dst(ip, n, "%s ");
	if (with_dev && n->ifindex) {
		ipp_string(ip, IPP_FP, IPC_NONE, NULL, "%s", "dev ");
		print_dev(ip, n, "%s ");
	}
	if (n->lladdr_len) {
		ipp_string(ip, IPP_FP, IPC_NONE, NULL, "%s", "lladdr ");
		print_lladdr(ip, n, "%s ");
	}
	print_flags(ip, n);
	if (ip->show_stats)
		print_stats(ip, n);
	if (n->state)
		print_state(ip, n->state);
	if (n->protocol)
		ipp_string(ip, IPP_ANY, IPC_NONE, "protocol", "proto %s ", rt_prot_n2a(n->protocol, b, sizeof(b)));
	ipp_string(ip, IPP_FP, IPC_NONE, NULL, "%s", "\n");
	ipp_close_object(ip);
	/* print_neigh's fflush: in a batch, each entry is out before a later command's error. */
	vl_cmd_flush_out(ip->c);
}

static int show_one(const struct rtnl_neigh *n, void *arg)
{
	struct neigh_filter *f = arg;

	if (!neigh_selected(f, n))
		return 0;
	if (f->flush) {
		ip_vec_push((void **)&f->flushv, &f->nflush, &f->capflush, n, sizeof(*n));
		if (f->ip->show_stats < 2)
			return 0;
	}
	print_neigh(f->ip, n, !f->index);
	return 0;
}

/* One dump, as the filter asks the kernel for it (family, device, master, proxy). */
static void neigh_dump(struct neigh_filter *f)
{
	struct rtnl_neigh_filter kf = {
		.family = f->family == AF_INET ? 4 : f->family == AF_INET6 ? 6 : 0,
		.ifindex = f->index, .master = f->master, .proxy = f->proxy,
	};

	(void)rtnl_neigh_dump(f->ip->net, &kf, show_one, f);
}

/*
 * ipneigh's flush: each round lists what the selectors match and deletes it
 * (RTM_DELNEIGH for each), until a round finds nothing; after the first,
 * FAILED entries are no longer chased.
 */
static int neigh_flush(struct neigh_filter *f)
{
	struct ip_ctx *ip = f->ip;
	const char *extack;

	for (int round = 0; round < MAX_ROUNDS;) {
		f->nflush = 0;
		neigh_dump(f);
		if (!f->nflush) {
			if (ip->show_stats && round == 0)
				fputs("Nothing to flush.\n", ip->c->out);
			else if (ip->show_stats)
				fprintf(ip->c->out, "*** Flush is complete after %d round%s ***\n", round,
					round > 1 ? "s" : "");
			return 0;
		}
		round++;
		for (int i = 0; i < f->nflush; i++)
			(void)!rtnl_neigh_del(ip->net, &f->flushv[i], &extack);
		if (ip->show_stats)
			fprintf(ip->c->out, "\n*** Round %d, deleting %d entries ***\n", round, f->nflush);
		f->state &= ~(unsigned int)NUD_FAILED;
	}
	fprintf(ip->c->out, "*** Flush not complete bailing out after %d rounds\n", MAX_ROUNDS);
	return 1;
}

/* master and vrf: a device that exists; no vethlab device is a VRF. */
static int filter_master(struct neigh_filter *f, const char *w, const char *arg)
{
	int idx = rtnl_ifindex_getlink(f->ip->net, arg);

	if (!strcmp(w, "master")) {
		if (!idx)
			return ip_invarg(f->ip, "Device does not exist\n", arg);
		f->master = idx;
		return -1;
	}
	return ip_invarg(f->ip, "Not a valid VRF name\n", arg);
}

static int filter_nud(struct neigh_filter *f, const char *arg, bool *state_given)
{
	unsigned int state;

	if (!*state_given) {
		*state_given = true;
		f->state = 0;
	}
	if (nud_state_a2n(&state, arg)) {
		if (strcmp(arg, "all"))
			return ip_invarg(f->ip, "nud state is bad", arg);
		state = ~0u;
		if (f->flush)
			state &= ~(unsigned int)NUD_NOARP;
	}
	f->state |= state ? state : FILTER_NUD_NONE;
	return -1;
}

static int filter_protocol(struct neigh_filter *f, const char *arg)
{
	uint32_t prot;

	if (rt_prot_a2n(&prot, arg)) {
		if (strcmp(arg, "all"))
			return ip_invarg(f->ip, "invalid \"protocol\"\n", arg);
		prot = 0;
	}
	f->protocol = prot;
	return -1;
}

/* One selector of show or flush; *argv may advance. -1 to go on, else the exit status. */
static int filter_word(struct neigh_filter *f, const char **dev, bool *state_given, int *argc, char ***argv)
{
	struct ip_ctx *ip = f->ip;
	const char *w = **argv, *key = w;

#define NEXT_ARG() do { if (--*argc <= 0) return ip_incomplete(ip); w = *++*argv; } while (0)
	if (!strcmp(w, "dev")) {
		NEXT_ARG();
		if (*dev)
			return duparg(ip, "dev", w);
		*dev = w;
	} else if (!strcmp(w, "master") || !strcmp(w, "vrf")) {
		NEXT_ARG();
		return filter_master(f, key, w);
	} else if (!strcmp(w, "nomaster")) {
		f->master = -1;
	} else if (!strcmp(w, "unused")) {
		f->unused_only = true;
	} else if (!strcmp(w, "nud")) {
		NEXT_ARG();
		return filter_nud(f, w, state_given);
	} else if (!strcmp(w, "proxy")) {
		f->proxy = true;
	} else if (ip_matches(w, "protocol")) {
		NEXT_ARG();
		return filter_protocol(f, w);
	} else {
		if (!strcmp(w, "to"))
			NEXT_ARG();
		if (ip_matches(w, "help"))
			return neigh_usage(ip);
		if (rt_get_prefix(ip, &f->pfx, w, f->family))
			return 1;
		if (f->family == AF_UNSPEC)
			f->family = f->pfx.family;
	}
#undef NEXT_ARG
	return -1;
}

/* do_show_or_flush. */
static int neigh_show(struct ip_ctx *ip, int argc, char **argv, bool flush)
{
	struct neigh_filter f = { .ip = ip, .family = ip_af(ip), .flush = flush };
	const char *dev = NULL;
	bool state_given = false;
	int st;

	if (flush && argc <= 0) {
		fputs("Flush requires arguments.\n", ip->c->err);
		return 1;
	}
	f.state = flush ? ~(unsigned int)(NUD_PERMANENT | NUD_NOARP) : 0xffu & ~(unsigned int)NUD_NOARP;
	for (; argc > 0; argc--, argv++)
		if ((st = filter_word(&f, &dev, &state_given, &argc, &argv)) >= 0)
			return st;
	if (dev && !(f.index = rtnl_ifindex_getlink(ip->net, dev)))
		return ip_no_device(ip, dev);
	if (!flush) {
		ipp_json_begin(ip);
		neigh_dump(&f);
		ipp_json_end(ip);
		return 0;
	}
	st = neigh_flush(&f);
	free(f.flushv);
	return st;
}

/* One word of ipneigh_get; *argv may advance. -1 to go on, else the exit status. */
static int get_word(struct ip_ctx *ip, struct neigh_req *q, int *argc, char ***argv)
{
	const char *w = **argv;
	bool proxy = false;

#define NEXT_ARG() do { if (--*argc <= 0) return ip_incomplete(ip); w = *++*argv; } while (0)
	if (!strcmp(w, "dev")) {
		NEXT_ARG();
		q->dev = w;
		q->dev_ok = true;
		return -1;
	}
	if (ip_matches(w, "proxy")) {
		NEXT_ARG();
		proxy = true;
	} else if (!strcmp(w, "to")) {
		NEXT_ARG();
	}
#undef NEXT_ARG
	if (ip_matches(w, "help"))
		return neigh_usage(ip);
	return req_addr(ip, q, w, proxy);
}

/* ipneigh_get: one entry (or proxy entry), printed as a dump would print it, device included. */
static int neigh_get(struct ip_ctx *ip, int argc, char **argv)
{
	struct neigh_req q = { 0 };
	struct rtnl_neigh out;
	const char *extack = NULL;
	int st, err;

	for (; argc > 0; argc--, argv++)
		if ((st = get_word(ip, &q, &argc, &argv)) >= 0)
			return st;
	if (!q.dev_ok || !q.dst_ok || q.dst.family == AF_UNSPEC) {
		fputs("Device and address are required arguments.\n", ip->c->err);
		return 1;
	}
	req_set_dst(&q.r, &q.dst);
	if (q.dev && !(q.r.ifindex = rtnl_ifindex_getlink(ip->net, q.dev)))
		return ip_no_device(ip, q.dev);
	if ((err = rtnl_neigh_get(ip->net, &q.r, &out, &extack)))
		return ip_rtnl_error(ip, err, extack);
	print_neigh(ip, &out, true);
	return 0;
}

int do_ipneigh(struct ip_ctx *ip, int argc, char **argv)
{
	const char *c = argc ? argv[0] : NULL;

	if (!c)
		return neigh_show(ip, 0, NULL, false);
	if (ip_matches(c, "add"))
		return neigh_modify(ip, argc - 1, argv + 1, RTNL_NEIGH_CREATE | RTNL_NEIGH_EXCL, false);
	if (ip_matches(c, "change") || !strcmp(c, "chg"))
		return neigh_modify(ip, argc - 1, argv + 1, RTNL_NEIGH_REPLACE, false);
	if (ip_matches(c, "replace"))
		return neigh_modify(ip, argc - 1, argv + 1, RTNL_NEIGH_CREATE | RTNL_NEIGH_REPLACE, false);
	if (ip_matches(c, "delete"))
		return neigh_modify(ip, argc - 1, argv + 1, 0, true);
	if (ip_matches(c, "get"))
		return neigh_get(ip, argc - 1, argv + 1);
	if (ip_matches(c, "show") || ip_matches(c, "lst") || ip_matches(c, "list"))
		return neigh_show(ip, argc - 1, argv + 1, false);
	if (ip_matches(c, "flush"))
		return neigh_show(ip, argc - 1, argv + 1, true);
	if (ip_matches(c, "help"))
		return neigh_usage(ip);
	fprintf(ip->c->err, "Command \"%s\" is unknown, try \"ip neigh help\".\n", c);
	return 255;
}

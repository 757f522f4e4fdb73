/* fib_rules.h: IPv4 policy routing rules (ip rule), after include/net/fib_rules.h. */
#ifndef VL_FIB_RULES_H
#define VL_FIB_RULES_H

#include <stdbool.h>
#include <stdint.h>

#include "../core/alloc.h"
#include "../core/list.h"
#include "../core/netdev.h"
#include "../uapi/fib_rules.h"

struct netns;
struct world;
struct ipv4_net;
struct flow4;
struct fib_result;


struct fib_rule {
	struct vl_list node;       /* in ipv4_net.rules, by preference, then age */
	uint32_t pref;
	uint32_t table;
	uint8_t action;
	uint8_t flags;             /* FIB_RULE_INVERT */
	uint8_t proto;             /* RTPROT_KERNEL for the default rules */
	uint8_t src_len, dst_len;
	uint32_t src, dst;         /* as given: only the first src_len/dst_len bits match */
	uint32_t mark, mark_mask;
	int suppress_prefixlen;    /* -1: none */
	uint32_t target;           /* goto's preference */
	struct fib_rule *ctarget;  /* the rule goto jumps to, NULL while unresolved */
	char iifname[IFNAMSIZ], oifname[IFNAMSIZ];
	int iifindex, oifindex;    /* 0: any, -1: named device absent (detached) */
};

/* An RTM_NEWRULE or RTM_DELRULE request: what fib_nl2rule reads from its attributes. */
struct fib_rule_cfg {
	uint8_t action, flags, proto;
	uint32_t table;            /* 0 when not given */
	bool has_pref;
	uint32_t pref;
	uint8_t src_len, dst_len;
	uint32_t src, dst;
	const char *iifname, *oifname;   /* NULL when not given */
	bool has_mark, has_mask;
	uint32_t mark, mask;
	bool has_goto;
	uint32_t target;
	int suppress_prefixlen;    /* -1 when not given */
};

/* The default rules: 0 local, 32766 main, 32767 default. */
void fib4_rules_init(struct ipv4_net *in);
/*
 * The namespace's rules, by preference. The default ones are made on first
 * use: a namespace whose rules nothing reads or changes has none stored
 * (until a rule changes, lookups go to the tables without them).
 */
struct vl_list *fib4_rules_list(struct ipv4_net *in);
void fib4_rules_exit(struct ipv4_net *in);
/* fib_rules_lookup with fib4_rule_action: 0, the error of what decided, or -ENETUNREACH. */
VL_MUST_CHECK int fib4_rules_lookup(struct netns *net, const struct flow4 *fl, struct fib_result *res);
/* excl: NLM_F_EXCL (an equal rule is -EEXIST). *extack as the kernel's. */
VL_MUST_CHECK int fib_nl_newrule(struct netns *net, const struct fib_rule_cfg *cfg, bool excl,
				 const char **extack);
VL_MUST_CHECK int fib_nl_delrule(struct netns *net, const struct fib_rule_cfg *cfg, const char **extack);
/* Rules name devices: they attach when one by that name appears, detach when it goes (fib_rules_notifier). */
VL_MUST_CHECK int fib_rules_init(struct world *w);

#endif

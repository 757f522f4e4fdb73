/*
 * fib_rules.c: IPv4 policy routing, after net/core/fib_rules.c and
 * net/ipv4/fib_rules.c. A namespace's rules sit in one list by preference;
 * a lookup walks it once, and each table it consults is one hash probe away,
 * so a packet never looks at another namespace's rules or tables.
 */
#include "fib_rules.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "../core/world.h"
#include "ipv4.h"

static struct fib_rule *rule_entry(struct vl_list *pos)
{
	return vl_list_entry(pos, struct fib_rule, node);
}

/* fib_default_rule_add: the rules every namespace starts with. */
static void default_rule_add(struct ipv4_net *in, uint32_t pref, uint32_t table)
{
	struct fib_rule *r = kmem_cache_zalloc(&in->world->kmem[KMEM_FIB_RULE], sizeof(*r));

	r->action = FR_ACT_TO_TBL;
	r->pref = pref;
	r->table = table;
	r->proto = RTPROT_KERNEL;
	r->suppress_prefixlen = -1;
	vl_list_add_tail(&in->rules, &r->node);
}

void fib4_rules_init(struct ipv4_net *in)
{
	vl_list_init(&in->rules);
	in->rules_made = false;
}

struct vl_list *fib4_rules_list(struct ipv4_net *in)
{
	if (!in->rules_made) {
		in->rules_made = true;
		default_rule_add(in, 0, RT_TABLE_LOCAL);
		default_rule_add(in, 0x7FFE, RT_TABLE_MAIN);
		default_rule_add(in, 0x7FFF, RT_TABLE_DEFAULT);
	}
	return &in->rules;
}

void fib4_rules_exit(struct ipv4_net *in)
{
	while (!vl_list_empty(&in->rules)) {
		struct fib_rule *r = rule_entry(in->rules.next);

		vl_list_del(&r->node);
		kmem_cache_free(&in->world->kmem[KMEM_FIB_RULE], r);
	}
}

/* fib_rule_match and fib4_rule_match: devices, mark, then addresses; "not" inverts it all. */
static bool rule_match(const struct fib_rule *r, const struct flow4 *fl)
{
	bool ret = false;

	if (r->iifindex && r->iifindex != fl->iif)
		goto out;
	if (r->oifindex && r->oifindex != fl->oif)
		goto out;
	if ((r->mark ^ fl->mark) & r->mark_mask)
		goto out;
	if (((fl->saddr ^ r->src) & inet_make_mask(r->src_len)) ||
	    ((fl->daddr ^ r->dst) & inet_make_mask(r->dst_len)))
		goto out;
	ret = true;
out:
	return (r->flags & FIB_RULE_INVERT) ? !ret : ret;
}

/* fib4_rule_action: a table to look in (-EAGAIN: nothing there), or the action's own error. */
static int rule_action(struct netns *net, const struct fib_rule *r, const struct flow4 *fl,
		       struct fib_result *res)
{
	struct fib_table *t;

	switch (r->action) {
	case FR_ACT_TO_TBL:
		break;
	case FR_ACT_UNREACHABLE:
		return -ENETUNREACH;
	case FR_ACT_PROHIBIT:
		return -EACCES;
	default:
		return -EINVAL;
	}
	t = fib_get_table(net, r->table);
	return t ? fib_table_lookup(t, fl, res) : -EAGAIN;
}

/* fib4_rule_suppress: a result no longer than suppress_prefixlength is passed over. */
static bool rule_suppress(const struct fib_rule *r, const struct fib_result *res)
{
	return (int)res->prefixlen <= r->suppress_prefixlen;
}

int fib4_rules_lookup(struct netns *net, const struct flow4 *fl, struct fib_result *res)
{
	struct vl_list *head = fib4_rules_list(ipv4_net(net));

	for (struct vl_list *pos = head->next; pos != head; pos = pos->next) {
		const struct fib_rule *r = rule_entry(pos);
		int err;

		if (!rule_match(r, fl))
			continue;
		if (r->action == FR_ACT_GOTO) {
			/* Goto only jumps forward (targets are of a higher preference): no loop. */
			if (r->ctarget)
				pos = r->ctarget->node.prev;
			continue;
		}
		if (r->action == FR_ACT_NOP)
			continue;
		err = rule_action(net, r, fl, res);
		if (!err && rule_suppress(r, res)) {
			*res = (struct fib_result){ 0 };
			continue;
		}
		if (err != -EAGAIN)
			return err;
	}
	return -ENETUNREACH;
}

/* A rule names a device; while none by that name exists it is detached (-1) and matches nothing. */
static int rule_dev_index(struct netns *net, const char *name)
{
	struct netdev *dev;

	if (!name[0])
		return 0;
	dev = netdev_get_by_name(net, name);
	return dev ? dev->ifindex : -1;
}

/* fib_default_rule_pref: just before the second rule, when that one's preference is not 0. */
static uint32_t default_pref(struct ipv4_net *in)
{
	struct vl_list *head = fib4_rules_list(in), *first = head->next;

	if (first != head && first->next != head && rule_entry(first->next)->pref)
		return rule_entry(first->next)->pref - 1;
	return 0;
}

/* fib_nl2rule: the request as a rule, checked as the kernel checks it. */
static int nl2rule(struct netns *net, const struct fib_rule_cfg *cfg, struct fib_rule *r,
		   const char **extack)
{
	*r = (struct fib_rule){ .action = cfg->action, .flags = cfg->flags & FIB_RULE_INVERT,
				.proto = cfg->proto, .table = cfg->table,
				.suppress_prefixlen = cfg->suppress_prefixlen, .src = cfg->src, .dst = cfg->dst,
				.src_len = cfg->src_len, .dst_len = cfg->dst_len };
	r->pref = cfg->has_pref ? cfg->pref : default_pref(ipv4_net(net));
	if (cfg->iifname) {
		snprintf(r->iifname, sizeof(r->iifname), "%s", cfg->iifname);
		r->iifindex = rule_dev_index(net, r->iifname);
	}
	if (cfg->oifname) {
		snprintf(r->oifname, sizeof(r->oifname), "%s", cfg->oifname);
		r->oifindex = rule_dev_index(net, r->oifname);
	}
	if (cfg->has_mark) {
		r->mark = cfg->mark;
		/* Compatibility: a non-zero mark compares all its bits unless a mask is given. */
		if (r->mark)
			r->mark_mask = 0xFFFFFFFFu;
	}
	if (cfg->has_mask)
		r->mark_mask = cfg->mask;
	if (cfg->has_goto) {
		if (r->action != FR_ACT_GOTO) {
			*extack = "Unexpected goto";
			return -EINVAL;
		}
		r->target = cfg->target;
		/* Backward jumps are prohibited to avoid endless loops. */
		if (r->target <= r->pref) {
			*extack = "Backward goto not supported";
			return -EINVAL;
		}
	} else if (r->action == FR_ACT_GOTO) {
		*extack = "Missing goto target for action goto";
		return -EINVAL;
	}
	return 0;
}

/* fib4_rule_compare: the addresses the request gives (a zero length gives none). */
static bool addrs_compare(const struct fib_rule *r, const struct fib_rule *q)
{
	if (q->src_len && (r->src_len != q->src_len || r->src != q->src))
		return false;
	if (q->dst_len && (r->dst_len != q->dst_len || r->dst != q->dst))
		return false;
	return true;
}

/* rule_exists: an equal rule for NLM_F_EXCL (the "not" flag is not compared, as in the kernel). */
static bool rule_exists(struct ipv4_net *in, const struct fib_rule *q)
{
	struct vl_list *pos;

	vl_list_for_each(pos, fib4_rules_list(in)) {
		const struct fib_rule *r = rule_entry(pos);

		if (r->action != q->action || r->table != q->table || r->pref != q->pref ||
		    strcmp(r->iifname, q->iifname) || strcmp(r->oifname, q->oifname) ||
		    r->mark != q->mark || r->suppress_prefixlen != q->suppress_prefixlen ||
		    r->mark_mask != q->mark_mask || r->proto != q->proto)
			continue;
		if (addrs_compare(r, q))
			return true;
	}
	return false;
}

/* rule_find: the first rule matching what the delete request gives. */
static struct fib_rule *rule_find(struct ipv4_net *in, const struct fib_rule *q, bool user_priority)
{
	struct vl_list *pos;

	vl_list_for_each(pos, fib4_rules_list(in)) {
		struct fib_rule *r = rule_entry(pos);

		if ((q->action && r->action != q->action) || (q->table && r->table != q->table) ||
		    (user_priority && r->pref != q->pref) ||
		    (q->iifname[0] && strcmp(r->iifname, q->iifname)) ||
		    (q->oifname[0] && strcmp(r->oifname, q->oifname)) || (q->mark && r->mark != q->mark) ||
		    (q->suppress_prefixlen != -1 && r->suppress_prefixlen != q->suppress_prefixlen) ||
		    (q->mark_mask && r->mark_mask != q->mark_mask) || (q->proto && r->proto != q->proto))
			continue;
		if (addrs_compare(r, q))
			return r;
	}
	return NULL;
}

/* The first rule of a preference: where a goto to it lands. */
static struct fib_rule *rule_by_pref(struct ipv4_net *in, uint32_t pref)
{
	struct vl_list *pos;

	vl_list_for_each(pos, fib4_rules_list(in))
		if (rule_entry(pos)->pref == pref)
			return rule_entry(pos);
	return NULL;
}

/* After the last rule of a preference not above the new one's. */
static void rule_insert(struct ipv4_net *in, struct fib_rule *rule)
{
	struct vl_list *pos, *head = fib4_rules_list(in), *last = head;

	vl_list_for_each(pos, head) {
		if (rule_entry(pos)->pref > rule->pref)
			break;
		last = pos;
	}
	vl_list_insert_before(last->next, &rule->node);
}

/* Unresolved gotos that aim at the new rule's preference land on it now. */
static void resolve_gotos(struct ipv4_net *in, struct fib_rule *rule)
{
	struct vl_list *pos;

	vl_list_for_each(pos, fib4_rules_list(in)) {
		struct fib_rule *r = rule_entry(pos);

		if (!in->unresolved_rules)
			break;
		if (r->action == FR_ACT_GOTO && r->target == rule->pref && !r->ctarget) {
			r->ctarget = rule;
			in->unresolved_rules--;
		}
	}
}

/*
 * fib_nl_newrule with fib4_rule_configure. A rule asking for table 0 gets a
 * new empty table; any rule change makes lookups go through the rules from
 * then on (fib_has_custom_rules, never cleared).
 */
int fib_nl_newrule(struct netns *net, const struct fib_rule_cfg *cfg, bool excl, const char **extack)
{
	struct ipv4_net *in = ipv4_net(net);
	struct fib_rule tmp, *rule;
	int err = nl2rule(net, cfg, &tmp, extack);

	if (err)
		return err;
	if (excl && rule_exists(in, &tmp))
		return -EEXIST;
	if (tmp.table == RT_TABLE_UNSPEC && tmp.action == FR_ACT_TO_TBL) {
		struct fib_table *t = fib_empty_table(net);

		if (!t)
			return -ENOBUFS;
		tmp.table = t->id;
	}
	in->custom_rules = true;
	rt_cache_flush(net);
	rule = kmem_cache_zalloc(&in->world->kmem[KMEM_FIB_RULE], sizeof(*rule));
	*rule = tmp;
	if (rule->action == FR_ACT_GOTO) {
		rule->ctarget = rule_by_pref(in, rule->target);
		in->nr_goto_rules++;
	}
	rule_insert(in, rule);
	if (in->unresolved_rules)
		resolve_gotos(in, rule);
	if (rule->action == FR_ACT_GOTO && !rule->ctarget)
		in->unresolved_rules++;
	return 0;
}

/* Gotos that aimed at a deleted rule move to the next one of its preference, or come loose. */
static void retarget_gotos(struct ipv4_net *in, struct fib_rule *gone)
{
	struct fib_rule *n = NULL;
	struct vl_list *pos;

	if (gone->node.next != fib4_rules_list(in) && rule_entry(gone->node.next)->pref == gone->pref)
		n = rule_entry(gone->node.next);
	vl_list_for_each(pos, fib4_rules_list(in)) {
		struct fib_rule *r = rule_entry(pos);

		if (r->ctarget != gone)
			continue;
		r->ctarget = n;
		if (!n)
			in->unresolved_rules++;
	}
}

int fib_nl_delrule(struct netns *net, const struct fib_rule_cfg *cfg, const char **extack)
{
	struct ipv4_net *in = ipv4_net(net);
	struct fib_rule tmp, *rule;
	int err = nl2rule(net, cfg, &tmp, extack);

	if (err)
		return err;
	rule = rule_find(in, &tmp, cfg->has_pref);
	if (!rule)
		return -ENOENT;
	if (rule->action == FR_ACT_GOTO) {
		in->nr_goto_rules--;
		if (!rule->ctarget)
			in->unresolved_rules--;
	}
	if (in->nr_goto_rules)
		retarget_gotos(in, rule);
	vl_list_del(&rule->node);
	kmem_cache_free(&in->world->kmem[KMEM_FIB_RULE], rule);
	in->custom_rules = true;
	rt_cache_flush(net);
	return 0;
}

/* fib_rules_event: attach_rules and detach_rules, by the device's name. */
static void fib_rules_event(struct netdev *dev, enum netdev_event ev)
{
	struct ipv4_net *in = dev->net->ipv4;
	struct vl_list *pos;

	if (!in)
		return;
	/* A rule's iif/oif follows the device's name: what matches may change. */
	rt_cache_flush(dev->net);
	/* The default rules name no device. */
	if (!in->rules_made)
		return;
	vl_list_for_each(pos, fib4_rules_list(in)) {
		struct fib_rule *r = rule_entry(pos);

		if (ev == NETDEV_UNREGISTER || ev == NETDEV_CHANGENAME) {
			if (r->iifindex == dev->ifindex)
				r->iifindex = -1;
			if (r->oifindex == dev->ifindex)
				r->oifindex = -1;
		}
		if (ev == NETDEV_REGISTER || ev == NETDEV_CHANGENAME) {
			if (r->iifindex == -1 && !strcmp(r->iifname, dev->name))
				r->iifindex = dev->ifindex;
			if (r->oifindex == -1 && !strcmp(r->oifname, dev->name))
				r->oifindex = dev->ifindex;
		}
	}
}

/*
 * fib_rules_notifier: priority 0, registered by fib_rules_init, a
 * subsys_initcall, so before every protocol's.
 */
static const struct netdev_notifier fib_rules_notifier = {
	.event = fib_rules_event,
};

int fib_rules_init(struct world *w)
{
	return register_netdevice_notifier(w, &fib_rules_notifier);
}

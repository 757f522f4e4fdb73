/* uapi/fib_rules.h: a policy rule's actions and flags, as <linux/fib_rules.h> has them. */
#ifndef VL_UAPI_FIB_RULES_H
#define VL_UAPI_FIB_RULES_H

/* A rule's action (frh->action); other values are kept and act as blackhole does. */
enum {
	FR_ACT_UNSPEC, FR_ACT_TO_TBL, FR_ACT_GOTO, FR_ACT_NOP, FR_ACT_RES3, FR_ACT_RES4,
	FR_ACT_BLACKHOLE, FR_ACT_UNREACHABLE, FR_ACT_PROHIBIT,
};

/* frh->flags */
enum {
	FIB_RULE_INVERT = 0x2, FIB_RULE_UNRESOLVED = 0x4, FIB_RULE_IIF_DETACHED = 0x8,
	FIB_RULE_OIF_DETACHED = 0x10,
};

#endif

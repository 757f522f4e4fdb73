/*
 * filter.c: the classic BPF interpreter socket filters run (what the
 * kernel's classic programs do once converted; the same results as
 * libpcap's bpf_filter on the same bytes), and the checks a program must
 * pass to be attached.
 */
#include "filter.h"

#include <errno.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

/* The instruction classes and fields of <linux/bpf_common.h>. */
#define BPF_CLASS(c) ((c) & 0x07)
#define BPF_LD 0x00
#define BPF_LDX 0x01
#define BPF_ST 0x02
#define BPF_STX 0x03
#define BPF_ALU 0x04
#define BPF_JMP 0x05
#define BPF_RET 0x06
#define BPF_MISC 0x07
#define BPF_SIZE(c) ((c) & 0x18)
#define BPF_W 0x00
#define BPF_H 0x08
#define BPF_B 0x10
#define BPF_MODE(c) ((c) & 0xe0)
#define BPF_IMM 0x00
#define BPF_ABS 0x20
#define BPF_IND 0x40
#define BPF_MEM 0x60
#define BPF_LEN 0x80
#define BPF_MSH 0xa0
#define BPF_OP(c) ((c) & 0xf0)
#define BPF_ADD 0x00
#define BPF_SUB 0x10
#define BPF_MUL 0x20
#define BPF_DIV 0x30
#define BPF_OR 0x40
#define BPF_AND 0x50
#define BPF_LSH 0x60
#define BPF_RSH 0x70
#define BPF_NEG 0x80
#define BPF_MOD 0x90
#define BPF_XOR 0xa0
#define BPF_JA 0x00
#define BPF_JEQ 0x10
#define BPF_JGT 0x20
#define BPF_JGE 0x30
#define BPF_JSET 0x40
#define BPF_SRC(c) ((c) & 0x08)
#define BPF_X 0x08
#define BPF_RVAL(c) ((c) & 0x18)
#define BPF_A 0x10
#define BPF_MISCOP(c) ((c) & 0xf8)
#define BPF_TAX 0x00
#define BPF_MEMWORDS 16

/* The machine's state while a program runs. */
struct bpf_regs {
	uint32_t a, x;
	uint32_t mem[BPF_MEMWORDS];
};

/* A load of size bytes at k: false when it would read past the packet. */
static bool load(const uint8_t *pkt, uint32_t len, uint32_t k, uint32_t size, uint32_t *out)
{
	if (k > len || size > len - k)
		return false;
	*out = 0;
	for (uint32_t i = 0; i < size; i++)
		*out = *out << 8 | pkt[k + i];
	return true;
}

static uint32_t load_size(uint16_t code)
{
	return BPF_SIZE(code) == BPF_W ? 4 : BPF_SIZE(code) == BPF_H ? 2 : 1;
}

/* BPF_LD and BPF_LDX: false ends the program with 0. */
static bool run_load(const struct sock_filter *f, struct bpf_regs *r, const uint8_t *pkt, uint32_t len)
{
	uint32_t *dst = BPF_CLASS(f->code) == BPF_LD ? &r->a : &r->x, k;

	switch (BPF_MODE(f->code)) {
	case BPF_IMM:
		*dst = f->k;
		return true;
	case BPF_MEM:
		*dst = r->mem[f->k];
		return true;
	case BPF_LEN:
		*dst = len;
		return true;
	case BPF_ABS:
		return load(pkt, len, f->k, load_size(f->code), dst);
	case BPF_IND:
		if (f->k > len || r->x > len - f->k)
			return false;
		k = r->x + f->k;
		return load(pkt, len, k, load_size(f->code), dst);
	case BPF_MSH:
		if (f->k >= len)
			return false;
		r->x = (uint32_t)(pkt[f->k] & 0xf) << 2;
		return true;
	default:
		return false;
	}
}

/* BPF_ALU: false for a division by zero. */
static bool run_alu(const struct sock_filter *f, struct bpf_regs *r)
{
	uint32_t v = BPF_SRC(f->code) == BPF_X ? r->x : f->k;

	switch (BPF_OP(f->code)) {
	case BPF_ADD: r->a += v; break;
	case BPF_SUB: r->a -= v; break;
	case BPF_MUL: r->a *= v; break;
	case BPF_DIV:
		if (!v)
			return false;
		r->a /= v;
		break;
	case BPF_MOD:
		if (!v)
			return false;
		r->a %= v;
		break;
	case BPF_AND: r->a &= v; break;
	case BPF_OR: r->a |= v; break;
	case BPF_XOR: r->a ^= v; break;
	case BPF_LSH: r->a = v < 32 ? r->a << v : 0; break;
	case BPF_RSH: r->a = v < 32 ? r->a >> v : 0; break;
	case BPF_NEG: r->a = -r->a; break;
	default: return false;
	}
	return true;
}

/* BPF_JMP: how many instructions to skip. */
static uint32_t run_jump(const struct sock_filter *f, const struct bpf_regs *r)
{
	uint32_t v = BPF_SRC(f->code) == BPF_X ? r->x : f->k;
	bool taken;

	switch (BPF_OP(f->code)) {
	case BPF_JA: return f->k;
	case BPF_JEQ: taken = r->a == v; break;
	case BPF_JGT: taken = r->a > v; break;
	case BPF_JGE: taken = r->a >= v; break;
	case BPF_JSET: taken = (r->a & v) != 0; break;
	default: taken = false; break;
	}
	return taken ? f->jt : f->jf;
}

uint32_t bpf_prog_run(const struct sk_filter *fp, const uint8_t *pkt, uint32_t len)
{
	struct bpf_regs r = { 0 };

	/* sk_filter_create made sure every jump lands inside and the last instruction returns. */
	for (uint32_t pc = 0; pc < fp->len; pc++) {
		const struct sock_filter *f = &fp->insns[pc];

		switch (BPF_CLASS(f->code)) {
		case BPF_RET:
			return BPF_RVAL(f->code) == BPF_A ? r.a : f->k;
		case BPF_LD:
		case BPF_LDX:
			if (!run_load(f, &r, pkt, len))
				return 0;
			break;
		case BPF_ST:
			r.mem[f->k] = r.a;
			break;
		case BPF_STX:
			r.mem[f->k] = r.x;
			break;
		case BPF_ALU:
			if (!run_alu(f, &r))
				return 0;
			break;
		case BPF_JMP:
			pc += run_jump(f, &r);
			break;
		case BPF_MISC:
			if (BPF_MISCOP(f->code) == BPF_TAX)
				r.x = r.a;
			else
				r.a = r.x;
			break;
		}
	}
	return 0;
}

/* bpf_check_classic: jumps inside the program, memory words that exist, no division by a zero constant. */
static bool insn_ok(const struct sock_filter *f, uint32_t pc, uint32_t n)
{
	switch (BPF_CLASS(f->code)) {
	case BPF_LD:
	case BPF_LDX:
		return BPF_MODE(f->code) != BPF_MEM || f->k < BPF_MEMWORDS;
	case BPF_ST:
	case BPF_STX:
		return f->k < BPF_MEMWORDS;
	case BPF_ALU:
		return !((BPF_OP(f->code) == BPF_DIV || BPF_OP(f->code) == BPF_MOD) && BPF_SRC(f->code) != BPF_X &&
			 !f->k);
	case BPF_JMP:
		if (BPF_OP(f->code) == BPF_JA)
			return f->k < n - pc - 1;
		return f->jt < n - pc - 1 && f->jf < n - pc - 1;
	default:
		return true;
	}
}

struct sk_filter *sk_filter_create(const struct sock_fprog *fprog, int *err)
{
	struct sk_filter *fp;

	*err = -EINVAL;
	if (!fprog->filter || !fprog->len || fprog->len > BPF_MAXINSNS ||
	    BPF_CLASS(fprog->filter[fprog->len - 1].code) != BPF_RET)
		return NULL;
	for (uint32_t pc = 0; pc < fprog->len; pc++)
		if (!insn_ok(&fprog->filter[pc], pc, fprog->len))
			return NULL;
	fp = vl_malloc(sizeof(*fp) + fprog->len * sizeof(fp->insns[0]));
	fp->len = fprog->len;
	memcpy(fp->insns, fprog->filter, fprog->len * sizeof(fp->insns[0]));
	*err = 0;
	return fp;
}

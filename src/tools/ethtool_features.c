/* ethtool_features.c: ethtool -k and -K, as ethtool 6.1's netlink/features.c shows and requests them. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "../ctl/sys.h"
#include "ethtool_int.h"

/* off_flag_def: the legacy flags, their long names, and the kernel features each stands for. */
struct off_flag {
	const char *short_name, *long_name, *kernel_name;
};

static const struct off_flag off_flags[] = {
	{ "rx", "rx-checksumming", "rx-checksum" },
	{ "tx", "tx-checksumming", "tx-checksum-*" },
	{ "sg", "scatter-gather", "tx-scatter-gather*" },
	{ "tso", "tcp-segmentation-offload", "tx-tcp*-segmentation" },
	{ "ufo", "udp-fragmentation-offload", "tx-udp-fragmentation" },
	{ "gso", "generic-segmentation-offload", "tx-generic-segmentation" },
	{ "gro", "generic-receive-offload", "rx-gro" },
	{ "lro", "large-receive-offload", "rx-lro" },
	{ "rxvlan", "rx-vlan-offload", "rx-vlan-hw-parse" },
	{ "txvlan", "tx-vlan-offload", "tx-vlan-hw-insert" },
	{ "ntuple", "ntuple-filters", "rx-ntuple-filter" },
	{ "rxhash", "receive-hashing", "rx-hashing" },
};

#define N_OFF_FLAGS ((int)(sizeof(off_flags) / sizeof(off_flags[0])))
#define OFF_FLAG_UFO 4  /* no kernel with the netlink interface has it: never shown */
#define NO_FLAG (-1)

static bool bit_on(uint64_t v, int i)
{
	return (v >> i) & 1;
}

/* flag_pattern_match: a pattern with at most one '*'. */
static bool flag_pattern_match(const char *name, const char *pattern)
{
	const char *ast = strchr(pattern, '*');

	if (ast) {
		size_t name_len = strlen(name), pattern_len = strlen(pattern);
		size_t head = (size_t)(ast - pattern);

		if (name_len + 1 < pattern_len || strncmp(name, pattern, head))
			return false;
		pattern_len -= head + 1;
		name += name_len - pattern_len;
		pattern = ast + 1;
	}
	return !strcmp(name, pattern);
}

/* The legacy flag a feature is shown under, or NO_FLAG. */
static int feature_flag(const char *name)
{
	if (!*name)
		return NO_FLAG;
	for (int j = 0; j < N_OFF_FLAGS; j++)
		if (flag_pattern_match(name, off_flags[j].kernel_name))
			return j;
	return NO_FLAG;
}

static void dump_feature(FILE *out, const struct ethnl_features *f, int idx, const char *name,
			 const char *prefix)
{
	const char *suffix = "";

	if (!*name)
		return;
	if (!bit_on(f->hw, idx) || bit_on(f->nochange, idx))
		suffix = " [fixed]";
	else if (bit_on(f->active, idx) != bit_on(f->wanted, idx))
		suffix = bit_on(f->wanted, idx) ? " [requested on]" : " [requested off]";
	fprintf(out, "%s%s: %s%s\n", prefix, name, bit_on(f->active, idx) ? "on" : "off", suffix);
}

/* One legacy flag: its own line when it stands for several features (or none), then theirs. */
static void dump_flag(FILE *out, const struct ethnl_features *f, const int *flag_of, int flag)
{
	int count = ethnl_feature_count(), n_match = 0;
	bool value = false;

	for (int j = 0; j < count; j++)
		if (flag_of[j] == flag) {
			n_match++;
			value = value || bit_on(f->active, j);
		}
	if (n_match != 1)
		fprintf(out, "%s: %s\n", off_flags[flag].long_name, value ? "on" : "off");
	for (int j = 0; j < count; j++)
		if (flag_of[j] == flag)
			dump_feature(out, f, j, n_match == 1 ? off_flags[flag].long_name :
				     ethnl_feature_name(j), n_match == 1 ? "" : "\t");
}

/* dump_features: the legacy flags and their features first, then the other features in bit order. */
static void dump_features(FILE *out, const struct ethnl_features *f)
{
	int count = ethnl_feature_count();
	int flag_of[64];

	for (int i = 0; i < count; i++)
		flag_of[i] = feature_flag(ethnl_feature_name(i));
	for (int i = 0; i < N_OFF_FLAGS; i++)
		if (i != OFF_FLAG_UFO)
			dump_flag(out, f, flag_of, i);
	for (int i = 0; i < count; i++)
		if (flag_of[i] == NO_FLAG)
			dump_feature(out, f, i, ethnl_feature_name(i), "");
}

int ethtool_gfeatures(struct ethtool_cmd *e)
{
	struct ethnl_features f;

	if (e->argc > 0) {
		fprintf(e->c->err, "ethtool: unexpected parameter '%s'\n", e->argv[0]);
		return 1;
	}
	if (ethnl_features(e->c->net, e->devname, &f)) {
		ethtool_nodev(e);
		return 1;
	}
	fprintf(e->c->out, "Features for %s:\n", ethnl_reply_name(e->c->net, e->devname));
	dump_features(e->c->out, &f);
	return 0;
}

/* The -K request being built: its bits in order, and which features they name (req_mask). */
struct sfeatures {
	struct ethnl_feature_bit *bits;
	int n;
	uint64_t req_mask;
};

static void add_bit(struct sfeatures *s, const char *name, bool on)
{
	s->bits[s->n++] = (struct ethnl_feature_bit){ .name = name, .on = on };
}

/* fill_legacy_flag: a legacy flag stands for every feature its pattern matches; false if name is none. */
static bool fill_legacy_flag(struct sfeatures *s, const char *name, bool on)
{
	for (int i = 0; i < N_OFF_FLAGS; i++) {
		if (strcmp(name, off_flags[i].short_name) && strcmp(name, off_flags[i].long_name))
			continue;
		for (int j = 0; j < ethnl_feature_count(); j++)
			if (flag_pattern_match(ethnl_feature_name(j), off_flags[i].kernel_name)) {
				add_bit(s, ethnl_feature_name(j), on);
				s->req_mask |= (uint64_t)1 << j;
			}
		return true;
	}
	return false;
}

static void fill_feature(struct sfeatures *s, const char *name, bool on)
{
	add_bit(s, name, on);
	for (int j = 0; j < ethnl_feature_count(); j++)
		if (!strcmp(name, ethnl_feature_name(j))) {
			s->req_mask |= (uint64_t)1 << j;
			return;
		}
}

/* fill_sfeatures_bitmap: "NAME on|off" pairs up to the end or "--". */
static int parse_sfeatures(struct ethtool_cmd *e, struct sfeatures *s)
{
	for (int i = 0; i < e->argc; i += 2) {
		const char *val = i + 1 < e->argc ? e->argv[i + 1] : NULL;

		if (!strcmp(e->argv[i], "--"))
			break;
		if (!val || (strcmp(val, "on") && strcmp(val, "off"))) {
			/* glibc prints a NULL string as "(null)"; ethtool never sets the parameter name */
			fprintf(e->c->err, "ethtool (-K): flag '%s' for parameter '(null)' is not "
				"followed by 'on' or 'off'\n", val ? val : "(null)");
			return 1;
		}
		if (!fill_legacy_flag(s, e->argv[i], !strcmp(val, "on")))
			fill_feature(s, e->argv[i], !strcmp(val, "on"));
	}
	return 0;
}

/* The wire size of one ETHTOOL_A_BITSET_BITS_BIT nest: its name, and the value flag when on. */
static int bit_len(const struct ethnl_feature_bit *b)
{
	return 4 + ((4 + (int)strlen(b->name) + 1 + 3) & ~3) + (b->on ? 4 : 0);
}

/* Where the kernel's extack points for an unknown name: that bit's name attribute. */
static int bad_bit_offset(const struct ethtool_cmd *e, const struct sfeatures *s, int bad)
{
	int off = 20 + ethtool_hdr_len(e->devname, 1) + 4 + 4 + 4;

	for (int i = 0; i < bad; i++)
		off += bit_len(&s->bits[i]);
	return off;
}

/* show_feature_changes: what did not come out as requested, and what changed unasked. */
static void show_changes(FILE *out, const struct ethnl_features_diff *d, uint64_t req_mask)
{
	if (!d->wanted_mask && !(d->active_mask & ~req_mask))
		return;
	fputs("Actual changes:\n", out);
	for (int i = 0; i < ethnl_feature_count(); i++) {
		const char *name = ethnl_feature_name(i);

		if (!bit_on(d->wanted_mask, i) && !bit_on(d->active_mask, i))
			continue;
		if (bit_on(d->wanted_mask, i))
			fprintf(out, "%s: %s [requested %s]\n", name,
				bit_on(d->wanted_val, i) ? "off" : "on",
				bit_on(d->wanted_val, i) ? "on" : "off");
		else if (!bit_on(req_mask, i))
			fprintf(out, "%s: %s [not requested]\n", name,
				bit_on(d->active_val, i) ? "on" : "off");
		else
			fprintf(out, "%s: %s\n", name, bit_on(d->active_val, i) ? "on" : "off");
	}
}

static int send_sfeatures(struct ethtool_cmd *e, struct sfeatures *s)
{
	struct ethnl_features_diff d;
	const char *extack;
	int bad = -1;
	int err = ethnl_features_set(e->c->net, e->devname, s->bits, s->n, &d, &extack, &bad);

	if (err) {
		ethtool_nlerr(e, err, extack,
			      err == -ENODEV ? 24 : bad >= 0 ? bad_bit_offset(e, s, bad) : -1);
		return 92;
	}
	show_changes(e->c->out, &d, s->req_mask);
	if (d.wanted_mask == s->req_mask) {
		fputs("Could not change any device features\n", e->c->err);
		return 1;
	}
	return 0;
}

int ethtool_sfeatures(struct ethtool_cmd *e)
{
	/* each pair names at most every feature (a legacy flag's pattern) */
	struct sfeatures s = { .bits = vl_calloc((size_t)(e->argc / 2 + 1) * 64, sizeof(*s.bits)) };
	int st = parse_sfeatures(e, &s);

	if (!st)
		st = send_sfeatures(e, &s);
	free(s.bits);
	return st;
}

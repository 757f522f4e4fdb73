/* ethtool.c: ethtool 6.1's command line (main, find_option) and its simple queries, with its texts and exit codes. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "ethtool_int.h"

#define MAX_STATS 64
#define ALTIFNAMSIZ 128

/*
 * How ethtool reaches the kernel for an option, which decides the checks on
 * the device name (netlink_run_handler, ioctl_init): netlink only, ioctl
 * because ethtool has no netlink handler, or ioctl because nlchk said so.
 */
enum ethtool_path { PATH_NL, PATH_IOCTL_NOFUNC, PATH_IOCTL_CHK };

typedef int (*ethtool_fn)(struct ethtool_cmd *e);

struct ethtool_opt {
	const char *opts;      /* "-x|--long" as in ethtool's args[] */
	bool no_dev;
	enum ethtool_path path;
	ethtool_fn fn;         /* NULL: refused, vethlab does not model it */
};

int ethtool_hdr_len(const char *devname, int flags)
{
	return 4 + ((4 + (int)strlen(devname) + 1 + 3) & ~3) + (flags ? 8 : 0);
}

void ethtool_nlerr(struct ethtool_cmd *e, int err, const char *extack, int offset)
{
	if (extack && offset >= 0)
		fprintf(e->c->err, "netlink error: %s (offset %d)\n", extack, offset);
	else if (extack)
		fprintf(e->c->err, "netlink error: %s\n", extack);
	fprintf(e->c->err, "netlink error: %s\n", strerror(-err));
}

void ethtool_nodev(struct ethtool_cmd *e)
{
	/* the name attribute sits right after the genetlink header and the header nest's own */
	ethtool_nlerr(e, -ENODEV, "no device matches name", 24);
}

int ethtool_parse_u32(const char *arg, uint32_t *out)
{
	int base = 10;
	unsigned long long v;
	char *end;

	if (arg[0] == '0' && (arg[1] == 'x' || arg[1] == 'X')) {
		arg += 2;
		base = 16;
	}
	if (!arg[0])
		return -EINVAL;
	v = strtoul(arg, &end, base);
	if (*end || v > 0xffffffffULL)
		return -EINVAL;
	*out = (uint32_t)v;
	return 0;
}

static int bad_args(struct vl_cmd_ctx *c)
{
	fputs("ethtool: bad command line argument(s)\nFor more information run ethtool -h\n", c->err);
	return 1;
}

/* A GET request whose reply the tool prints: no device, or the driver lacks it. */
static int nl_get_failed(struct ethtool_cmd *e, int err)
{
	if (err == -ENODEV)
		ethtool_nodev(e);
	else
		ethtool_nlerr(e, err, NULL, -1);
	return 1;
}

static int no_params(struct ethtool_cmd *e)
{
	if (e->argc > 0) {
		fprintf(e->c->err, "ethtool: unexpected parameter '%s'\n", e->argv[0]);
		return 1;
	}
	return 0;
}

static const char *const port_names[] = { [0x00] = "Twisted Pair", [0x01] = "AUI",
					  [0x02] = "BNC", [0x03] = "MII", [0x04] = "FIBRE",
					  [0x05] = "Direct Attach Copper" };

/* The LINKMODES and LINKINFO replies of a device without link modes (veth). */
static void print_linkinfo(FILE *out, const struct ethnl_linkinfo *li)
{
	fputs("\tSupported ports: [  ]\n\tSupported link modes:   Not reported\n"
	      "\tSupported pause frame use: No\n\tSupports auto-negotiation: No\n"
	      "\tSupported FEC modes: Not reported\n\tAdvertised link modes:  Not reported\n"
	      "\tAdvertised pause frame use: No\n\tAdvertised auto-negotiation: No\n"
	      "\tAdvertised FEC modes: Not reported\n", out);
	if (li->speed < 0)
		fputs("\tSpeed: Unknown!\n", out);
	else
		fprintf(out, "\tSpeed: %dMb/s\n", li->speed);
	fprintf(out, "\tDuplex: %s\n", li->duplex == 1 ? "Full" : li->duplex == 0 ? "Half" :
		"Unknown! (255)");
	fprintf(out, "\tAuto-negotiation: %s\n", li->autoneg ? "on" : "off");
	fprintf(out, "\tPort: %s\n", li->port < 6 ? port_names[li->port] : "Other");
	fprintf(out, "\tPHYAD: %u\n\tTransceiver: %s\n", li->phyaddr, li->transceiver ? "external" : "internal");
	/* MDI-X is a twisted pair's. */
	if (li->port == 0x00)
		fputs("\tMDI-X: Unknown\n", out);
}

/*
 * nl_gset: LINKMODES, LINKINFO, WOL, DEBUG and LINKSTATE requests in turn;
 * the first reply prints the banner, a missing operation is silent, and a
 * missing device fails each of the five.
 */
static int do_gset(struct ethtool_cmd *e)
{
	struct ethnl_linkinfo li;
	bool link;
	int err = ethnl_linkinfo(e->c->net, e->devname, &li);

	if (err == -ENODEV) {
		for (int i = 0; i < 5; i++)
			ethtool_nodev(e);
		fputs("No data available\n", e->c->out);
		return 75;
	}
	if (!err) {
		fprintf(e->c->out, "Settings for %s:\n", ethnl_reply_name(e->c->net, e->devname));
		print_linkinfo(e->c->out, &li);
	}
	if (ethnl_linkstate(e->c->net, e->devname, &link)) {
		if (!err)
			return 0;
		fputs("No data available\n", e->c->out);
		return 75;
	}
	if (err)
		fprintf(e->c->out, "Settings for %s:\n", ethnl_reply_name(e->c->net, e->devname));
	fprintf(e->c->out, "\tLink detected: %s\n", link ? "yes" : "no");
	return 0;
}

static int do_gdrv(struct ethtool_cmd *e)
{
	struct ethnl_drvinfo d;
	int err;

	if (e->argc != 0)
		return bad_args(e->c);
	err = ethnl_drvinfo(e->c->net, e->devname, &d);
	if (err) {
		fprintf(e->c->err, "Cannot get driver information: %s\n", strerror(-err));
		return 71;
	}
	fprintf(e->c->out, "driver: %s\nversion: %s\nfirmware-version: %s\nexpansion-rom-version: \n"
		"bus-info: %s\nsupports-statistics: %s\nsupports-test: no\n"
		"supports-eeprom-access: no\nsupports-register-dump: no\nsupports-priv-flags: no\n",
		d.driver, d.version, d.fw_version, d.bus_info, d.n_stats ? "yes" : "no");
	return 0;
}

static int do_gnicstats(struct ethtool_cmd *e)
{
	char names[MAX_STATS][ETH_GSTRING_LEN];
	uint64_t values[MAX_STATS];
	int n = ethnl_stats(e->c->net, e->devname, names, values, MAX_STATS);

	if (n == -EOPNOTSUPP) {
		fputs("no stats available\n", e->c->err);
		return 94;
	}
	if (n < 0) {
		fprintf(e->c->err, "Cannot get stats strings information: %s\n", strerror(-n));
		return 96;
	}
	fputs("NIC statistics:\n", e->c->out);
	for (int i = 0; i < n; i++)
		fprintf(e->c->out, "     %.*s: %llu\n", ETH_GSTRING_LEN, names[i],
			(unsigned long long)values[i]);
	return 0;
}

/* -S with words after the device goes to nl_gstats, whose groups vethlab does not model. */
static int do_stats(struct ethtool_cmd *e)
{
	static const char *const nl_words[] = { "--all-groups", "--groups", "--src" };

	if (e->argc == 0)
		return do_gnicstats(e);
	for (size_t i = 0; i < sizeof(nl_words) / sizeof(nl_words[0]); i++)
		if (!strcmp(e->argv[0], nl_words[i])) {
			fprintf(e->c->err, "ethtool (-S): %s is not supported by vethlab\n", nl_words[i]);
			return 1;
		}
	fprintf(e->c->err, "ethtool (-S): unknown parameter '%s'\n", e->argv[0]);
	return 1;
}

static int do_gchannels(struct ethtool_cmd *e)
{
	static const char *const labels[ETHNL_CH_N] = { "RX:\t\t", "TX:\t\t", "Other:\t\t",
							"Combined:\t" };
	struct ethnl_channels ch;
	int err = no_params(e);

	if (err)
		return err;
	err = ethnl_channels(e->c->net, e->devname, &ch);
	if (err)
		return nl_get_failed(e, err);
	fprintf(e->c->out, "Channel parameters for %s:\nPre-set maximums:\n",
		ethnl_reply_name(e->c->net, e->devname));
	for (int i = 0; i < ETHNL_CH_N; i++)
		fprintf(e->c->out, ch.max[i] ? "%s%u\n" : "%sn/a\n", labels[i], ch.max[i]);
	fputs("Current hardware settings:\n", e->c->out);
	for (int i = 0; i < ETHNL_CH_N; i++)
		fprintf(e->c->out, ch.max[i] ? "%s%u\n" : "%sn/a\n", labels[i], ch.count[i]);
	return 0;
}

/* -L's parameters, in ETHNL_CH_* order; the request carries them in command-line order. */
static const char *const channel_params[ETHNL_CH_N] = { "rx", "tx", "other", "combined" };

static int parse_channels(struct ethtool_cmd *e, bool *set, uint32_t *count, int *pos)
{
	for (int i = 0, n = 0; i < e->argc; i += 2, n++) {
		int k = 0;

		while (k < ETHNL_CH_N && strcmp(e->argv[i], channel_params[k]))
			k++;
		if (k == ETHNL_CH_N) {
			fprintf(e->c->err, "ethtool (-L): unknown parameter '%s'\n", e->argv[i]);
			return 1;
		}
		if (set[k]) {
			fprintf(e->c->err, "ethtool (-L): duplicate parameter '%s'\n", e->argv[i]);
			return 1;
		}
		if (i + 1 >= e->argc) {
			fprintf(e->c->err, "ethtool (-L): no value for parameter '%s'\n", e->argv[i]);
			return 1;
		}
		if (ethtool_parse_u32(e->argv[i + 1], &count[k])) {
			fprintf(e->c->err, "ethtool (-L): invalid value '%s' for parameter '%s'\n",
				e->argv[i + 1], e->argv[i]);
			return 1;
		}
		set[k] = true;
		pos[k] = n;
	}
	return 0;
}

static int do_schannels(struct ethtool_cmd *e)
{
	bool set[ETHNL_CH_N] = { false };
	uint32_t count[ETHNL_CH_N] = { 0 };
	int pos[ETHNL_CH_N] = { 0 };
	const char *extack;
	int bad, err = parse_channels(e, set, count, pos);

	if (err)
		return err;
	err = ethnl_channels_set(e->c->net, e->devname, set, count, &extack, &bad);
	if (!err)
		return 0;
	if (err == -ENODEV)
		ethtool_nodev(e);
	else /* each u32 attribute takes 8 bytes after the header */
		ethtool_nlerr(e, err, extack,
			      bad >= 0 ? 20 + ethtool_hdr_len(e->devname, 0) + 8 * pos[bad] : -1);
	return 1;
}

/* -g, -a, -c: no emulated driver has ring, pause or coalescing parameters. */
static int do_unsupported_get(struct ethtool_cmd *e)
{
	int err = no_params(e);

	return err ? err : nl_get_failed(e, ethnl_unsupported(e->c->net, e->devname));
}

static int do_permaddr(struct ethtool_cmd *e)
{
	uint8_t addr[32];
	int len;
	int err = ethnl_permaddr(e->c->net, e->devname, addr, &len);

	if (err) {
		/* an RTM_GETLINK error: rtnetlink sends no extack for it */
		ethtool_nlerr(e, err, NULL, -1);
		return 1;
	}
	if (!len) {
		fputs("Permanent address: not set\n", e->c->out);
		return 0;
	}
	fputs("Permanent address:", e->c->out);
	for (int i = 0; i < len; i++)
		fprintf(e->c->out, "%c%02x", i ? ':' : ' ', addr[i]);
	fputc('\n', e->c->out);
	return 0;
}

/* ETH_SS_SOF_TIMESTAMPING names of the capability bits a software-only device reports. */
static const char *const ts_names[] = {
	"hardware-transmit", "software-transmit", "hardware-receive", "software-receive",
	"software-system-clock", "hardware-legacy-clock", "hardware-raw-clock",
};

static int do_tsinfo(struct ethtool_cmd *e)
{
	struct ethnl_tsinfo ts;
	int err = no_params(e);

	if (err)
		return err;
	err = ethnl_tsinfo(e->c->net, e->devname, &ts);
	if (err)
		return nl_get_failed(e, err);
	fprintf(e->c->out, "Time stamping parameters for %s:\nCapabilities:\n",
		ethnl_reply_name(e->c->net, e->devname));
	for (size_t i = 0; i < sizeof(ts_names) / sizeof(ts_names[0]); i++)
		if (ts.so_timestamping & (1u << i))
			fprintf(e->c->out, "\t%s\n", ts_names[i]);
	if (ts.phc_index < 0)
		fputs("PTP Hardware Clock: none\n", e->c->out);
	else
		fprintf(e->c->out, "PTP Hardware Clock: %d\n", ts.phc_index);
	/* no emulated device stamps in hardware: both lists are empty */
	fputs("Hardware Transmit Timestamp Modes: none\nHardware Receive Filter Modes: none\n",
	      e->c->out);
	return 0;
}

/* -r and -p: ioctls no emulated driver implements (perror, then the ioctl's -1 as status). */
static int do_ioctl_unsupported(struct ethtool_cmd *e, const char *what)
{
	fprintf(e->c->err, "%s: %s\n", what, strerror(-ethnl_unsupported(e->c->net, e->devname)));
	return 255;
}

static int do_nway_rst(struct ethtool_cmd *e)
{
	if (e->argc != 0)
		return bad_args(e->c);
	return do_ioctl_unsupported(e, "Cannot restart autonegotiation");
}

/* -p [TIME]: get_int, any int strtol reads whole. */
static int do_phys_id(struct ethtool_cmd *e)
{
	if (e->argc > 1)
		return bad_args(e->c);
	if (e->argc == 1) {
		char *end;
		long v;

		errno = 0;
		v = strtol(e->argv[0], &end, 0);
		if (!e->argv[0][0] || *end || errno || v < -2147483648L || v > 2147483647L)
			return bad_args(e->c);
	}
	return do_ioctl_unsupported(e, "Cannot identify NIC");
}

/* One -s parameter: how its value parses (u32, or a word of a list). */
struct sset_param {
	const char *name;
	const char *const *words;  /* NULL: a u32 */
};

static const char *const duplex_words[] = { "half", "full", NULL };
static const char *const onoff_words[] = { "off", "on", NULL };
static const struct sset_param sset_params[] = {
	{ "speed", NULL }, { "duplex", duplex_words }, { "autoneg", onoff_words },
};
static const char *const sset_refused[] = { "lanes", "port", "mdix", "advertise", "phyad", "xcvr",
					    "wol", "sopass", "msglvl", "master-slave" };

static int sset_value_ok(const struct sset_param *p, const char *val)
{
	uint32_t v;

	if (!p->words)
		return !ethtool_parse_u32(val, &v);
	for (int i = 0; p->words[i]; i++)
		if (!strcmp(val, p->words[i]))
			return 1;
	return 0;
}

/* The index of a -s parameter, -1 after printing why the word is not one. */
static int sset_param(struct ethtool_cmd *e, const char *word)
{
	for (size_t k = 0; k < sizeof(sset_params) / sizeof(sset_params[0]); k++)
		if (!strcmp(word, sset_params[k].name))
			return (int)k;
	for (size_t k = 0; k < sizeof(sset_refused) / sizeof(sset_refused[0]); k++)
		if (!strcmp(word, sset_refused[k])) {
			fprintf(e->c->err, "ethtool (-s): parameter '%s' is not supported by vethlab\n",
				word);
			return -1;
		}
	fprintf(e->c->err, "ethtool (-s): unknown parameter '%s'\n", word);
	return -1;
}

/*
 * nl_sset: every word is parsed before anything is sent; no emulated driver
 * can change link settings, so any request fails (status 75), and none at
 * all succeeds without looking the device up.
 */
static int do_sset(struct ethtool_cmd *e)
{
	bool seen[3] = { false };
	int err;

	for (int i = 0; i < e->argc; i += 2) {
		int k = sset_param(e, e->argv[i]);

		if (k < 0)
			return 1;
		if (seen[k]) {
			fprintf(e->c->err, "ethtool (-s): duplicate parameter '%s'\n", e->argv[i]);
			return 1;
		}
		if (i + 1 >= e->argc) {
			fprintf(e->c->err, "ethtool (-s): no value for parameter '%s'\n", e->argv[i]);
			return 1;
		}
		if (!sset_value_ok(&sset_params[k], e->argv[i + 1])) {
			fprintf(e->c->err, "ethtool (-s): invalid value '%s' for parameter '%s'\n",
				e->argv[i + 1], e->argv[i]);
			return 1;
		}
		seen[k] = true;
	}
	if (e->argc == 0)
		return 0;
	err = ethnl_unsupported(e->c->net, e->devname);
	if (err == -ENODEV)
		ethtool_nodev(e);
	else
		ethtool_nlerr(e, err, NULL, -1);
	return 75;
}

static int do_help(struct ethtool_cmd *e)
{
	fputs(ethtool_help_text, e->c->out);
	return 0;
}

static int do_version(struct ethtool_cmd *e)
{
	fputs("ethtool version 6.1\n", e->c->out);
	return 0;
}

/* ethtool 6.1's args[], in its order (find_option takes the first match). */
static const struct ethtool_opt ethtool_opts[] = {
	{ "", false, PATH_NL, do_gset },
	{ "-s|--change", false, PATH_NL, do_sset },
	{ "-a|--show-pause", false, PATH_NL, do_unsupported_get },
	{ "-A|--pause", false, PATH_NL, NULL },
	{ "-c|--show-coalesce", false, PATH_NL, do_unsupported_get },
	{ "-C|--coalesce", false, PATH_NL, NULL },
	{ "-g|--show-ring", false, PATH_NL, do_unsupported_get },
	{ "-G|--set-ring", false, PATH_NL, NULL },
	{ "-k|--show-features|--show-offload", false, PATH_NL, ethtool_gfeatures },
	{ "-K|--features|--offload", false, PATH_NL, ethtool_sfeatures },
	{ "-i|--driver", false, PATH_IOCTL_NOFUNC, do_gdrv },
	{ "-d|--register-dump", false, PATH_IOCTL_NOFUNC, NULL },
	{ "-e|--eeprom-dump", false, PATH_IOCTL_NOFUNC, NULL },
	{ "-E|--change-eeprom", false, PATH_IOCTL_NOFUNC, NULL },
	{ "-r|--negotiate", false, PATH_IOCTL_NOFUNC, do_nway_rst },
	{ "-p|--identify", false, PATH_IOCTL_NOFUNC, do_phys_id },
	{ "-t|--test", false, PATH_IOCTL_NOFUNC, NULL },
	{ "-S|--statistics", false, PATH_IOCTL_CHK, do_stats },
	{ "--phy-statistics", false, PATH_IOCTL_NOFUNC, NULL },
	{ "-n|-u|--show-nfc|--show-ntuple", false, PATH_IOCTL_NOFUNC, NULL },
	{ "-N|-U|--config-nfc|--config-ntuple", false, PATH_IOCTL_NOFUNC, NULL },
	{ "-T|--show-time-stamping", false, PATH_NL, do_tsinfo },
	{ "-x|--show-rxfh-indir|--show-rxfh", false, PATH_IOCTL_NOFUNC, NULL },
	{ "-X|--set-rxfh-indir|--rxfh", false, PATH_IOCTL_NOFUNC, NULL },
	{ "-f|--flash", false, PATH_IOCTL_NOFUNC, NULL },
	{ "-P|--show-permaddr", false, PATH_NL, do_permaddr },
	{ "-w|--get-dump", false, PATH_IOCTL_NOFUNC, NULL },
	{ "-W|--set-dump", false, PATH_IOCTL_NOFUNC, NULL },
	{ "-l|--show-channels", false, PATH_NL, do_gchannels },
	{ "-L|--set-channels", false, PATH_NL, do_schannels },
	{ "--show-priv-flags", false, PATH_NL, NULL },
	{ "--set-priv-flags", false, PATH_NL, NULL },
	{ "-m|--dump-module-eeprom|--module-info", false, PATH_NL, NULL },
	{ "--show-eee", false, PATH_NL, NULL },
	{ "--set-eee", false, PATH_NL, NULL },
	{ "--set-phy-tunable", false, PATH_IOCTL_NOFUNC, NULL },
	{ "--get-phy-tunable", false, PATH_IOCTL_NOFUNC, NULL },
	{ "--get-tunable", false, PATH_IOCTL_NOFUNC, NULL },
	{ "--set-tunable", false, PATH_IOCTL_NOFUNC, NULL },
	{ "--reset", false, PATH_IOCTL_NOFUNC, NULL },
	{ "--show-fec", false, PATH_NL, NULL },
	{ "--set-fec", false, PATH_NL, NULL },
	{ "-Q|--per-queue", false, PATH_IOCTL_NOFUNC, NULL },
	{ "--cable-test", false, PATH_NL, NULL },
	{ "--cable-test-tdr", false, PATH_NL, NULL },
	{ "--show-tunnels", false, PATH_NL, NULL },
	{ "--show-module", false, PATH_NL, NULL },
	{ "--set-module", false, PATH_NL, NULL },
	{ "-h|--help", true, PATH_NL, do_help },
	{ "--version", true, PATH_NL, do_version },
};

#define N_OPTS ((int)(sizeof(ethtool_opts) / sizeof(ethtool_opts[0])))

/* find_option: an exact match of one of the '|'-separated spellings; 0 is none. */
static int find_option(const char *arg)
{
	for (int k = 1; k < N_OPTS; k++) {
		const char *opt = ethtool_opts[k].opts;

		for (;;) {
			size_t len = strcspn(opt, "|");

			if (!strncmp(arg, opt, len) && arg[len] == '\0')
				return k;
			if (!opt[len])
				break;
			opt += len + 1;
		}
	}
	return 0;
}

/* netlink_run_handler and ioctl_init: the device name lengths each path can carry. */
static int check_devname(struct ethtool_cmd *e, enum ethtool_path path)
{
	size_t len = strlen(e->devname);
	const char *reason = path == PATH_IOCTL_CHK ? "ioctl-only request" :
			     "ethtool netlink support for subcommand missing";

	if (path != PATH_IOCTL_CHK && len >= ALTIFNAMSIZ) {
		fprintf(e->c->err, "device name '%s' longer than %u characters\n", e->devname,
			ALTIFNAMSIZ - 1);
		return 1;
	}
	if (path != PATH_NL && len >= IFNAMSIZ) {
		fprintf(e->c->err, "%s, device name longer than %u not supported\n", reason,
			IFNAMSIZ - 1);
		return 1;
	}
	return 0;
}

/* The flags main() takes before the option: vethlab models none of them. */
static bool global_flag(const char *arg)
{
	return !strcmp(arg, "--debug") || !strcmp(arg, "--json") || !strcmp(arg, "-I") ||
	       !strcmp(arg, "--include-statistics") || !strcmp(arg, "--monitor");
}

int tool_ethtool(struct vl_cmd_ctx *c, int argc, char **argv)
{
	struct ethtool_cmd e = { .c = c, .argc = argc - 1, .argv = argv + 1 };
	const struct ethtool_opt *opt;
	int k, err;

	if (e.argc > 0 && global_flag(e.argv[0])) {
		fprintf(c->err, "ethtool: %s is not supported by vethlab\n", e.argv[0]);
		return 1;
	}
	if (e.argc == 0)
		return bad_args(c);
	k = find_option(e.argv[0]);
	if (k > 0) {
		e.argv++;
		e.argc--;
	} else if (e.argv[0][0] == '-') {
		return bad_args(c);
	}
	opt = &ethtool_opts[k];
	if (!opt->no_dev) {
		if (e.argc == 0)
			return bad_args(c);
		e.devname = e.argv[0];
		e.argv++;
		e.argc--;
	}
	if (!opt->fn) {
		fprintf(c->err, "ethtool: %s is not supported by vethlab\n", argv[1]);
		return 1;
	}
	if (!opt->no_dev && opt->path == PATH_NL && !strcmp(e.devname, "*")) {
		/* WILDCARD_DEVNAME: a dump of every device, which vethlab does not do */
		fputs("ethtool: the device wildcard * is not supported by vethlab\n", c->err);
		return 1;
	}
	if (!opt->no_dev) {
		err = check_devname(&e, opt->path);
		if (err)
			return err;
	}
	return opt->fn(&e);
}

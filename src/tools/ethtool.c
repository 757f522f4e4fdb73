/* ethtool.c: ethtool DEV, -i DEV and -S DEV, with ethtool 6.1's texts and exit codes. */
#include <errno.h>
#include <string.h>

#include "../ctl/rtnl.h"
#include "tools.h"

#define MAX_STATS 64

static int bad_args(struct vl_cmd_ctx *c)
{
	fputs("ethtool: bad command line argument(s)\nFor more information run ethtool -h\n", c->err);
	return 1;
}

static int ethtool_drvinfo(struct vl_cmd_ctx *c, const char *dev)
{
	const char *driver, *version;
	int ifindex = rtnl_ifindex(c->net, dev);
	int err = ifindex ? rtnl_ethtool_drvinfo(c->net, ifindex, &driver, &version) : -ENODEV;

	if (err) {
		fprintf(c->err, "Cannot get driver information: %s\n", strerror(-err));
		return 71;
	}
	fprintf(c->out, "driver: %s\nversion: %s\nfirmware-version: \nexpansion-rom-version: \n"
		"bus-info: \nsupports-statistics: yes\nsupports-test: no\n"
		"supports-eeprom-access: no\nsupports-register-dump: no\nsupports-priv-flags: no\n",
		driver, version);
	return 0;
}

static int ethtool_stats(struct vl_cmd_ctx *c, const char *dev)
{
	char names[MAX_STATS][ETH_GSTRING_LEN];
	uint64_t values[MAX_STATS];
	int ifindex = rtnl_ifindex(c->net, dev);
	int n = ifindex ? rtnl_ethtool_stats(c->net, ifindex, names, values, MAX_STATS) : -ENODEV;

	if (n == -EOPNOTSUPP) {
		fputs("no stats available\n", c->err);
		return 94;
	}
	if (n < 0) {
		fprintf(c->err, "Cannot get stats strings information: %s\n", strerror(-n));
		return 96;
	}
	fputs("NIC statistics:\n", c->out);
	for (int i = 0; i < n; i++)
		fprintf(c->out, "     %.*s: %llu\n", ETH_GSTRING_LEN, names[i],
			(unsigned long long)values[i]);
	return 0;
}

/* Plain `ethtool DEV`: veth reports a fixed 10G full-duplex link (veth_get_link_ksettings). */
static int ethtool_settings(struct vl_cmd_ctx *c, const char *dev)
{
	struct rtnl_link l;

	if (rtnl_link_get(c->net, 0, dev, &l)) {
		fprintf(c->out, "Settings for %s:\n", dev);
		fputs("No data available\n", c->err);
		return 75;
	}
	fprintf(c->out, "Settings for %s:\n", dev);
	if (l.kind && !strcmp(l.kind, "veth"))
		fputs("\tSupported ports: [  ]\n\tSupported link modes:   Not reported\n"
		      "\tSupported pause frame use: No\n\tSupports auto-negotiation: No\n"
		      "\tSupported FEC modes: Not reported\n\tAdvertised link modes:  Not reported\n"
		      "\tAdvertised pause frame use: No\n\tAdvertised auto-negotiation: No\n"
		      "\tAdvertised FEC modes: Not reported\n\tSpeed: 10000Mb/s\n\tDuplex: Full\n"
		      "\tAuto-negotiation: off\n\tPort: Twisted Pair\n\tPHYAD: 0\n"
		      "\tTransceiver: internal\n\tMDI-X: Unknown\n", c->out);
	fprintf(c->out, "\tLink detected: %s\n", (l.flags & IFF_LOWER_UP) ? "yes" : "no");
	return 0;
}

int tool_ethtool(struct vl_cmd_ctx *c, int argc, char **argv)
{
	if (argc == 2 && argv[1][0] != '-')
		return ethtool_settings(c, argv[1]);
	if (argc != 3)
		return bad_args(c);
	if (!strcmp(argv[1], "-i") || !strcmp(argv[1], "--driver"))
		return ethtool_drvinfo(c, argv[2]);
	if (!strcmp(argv[1], "-S") || !strcmp(argv[1], "--statistics"))
		return ethtool_stats(c, argv[2]);
	return bad_args(c);
}

/*
 * tcpdump_devs.c: libpcap 1.10's view of the namespace's devices: the list
 * pcap_findalldevs builds and sorts (-D, the default device, -i N), the link
 * types and time stamp types of a device (-L, -J, -y, -j), and the checks of
 * pcap_create and pcap_activate (monitor mode, existence, up).
 */
#include <pcap/pcap.h>
#include <stdlib.h>
#include <string.h>

#include "../ctl/sys.h"
#include "../ctl/rtnl.h"
#include "cmd.h"
#include "tcpdump_print.h"

/*
 * What libpcap adds after the namespace's interfaces: "any", then the other
 * capture sources Debian's libpcap is built with (none of which vethlab models).
 */
static const struct {
	const char *name, *desc;
	unsigned int flags;
} extra_devs[] = {
	{ "any", "Pseudo-device that captures on all interfaces",
	  PCAP_IF_UP | PCAP_IF_RUNNING | PCAP_IF_CONNECTION_STATUS_NOT_APPLICABLE },
	{ "bluetooth-monitor", "Bluetooth Linux Monitor",
	  PCAP_IF_WIRELESS | PCAP_IF_CONNECTION_STATUS_NOT_APPLICABLE },
	{ "nflog", "Linux netfilter log (NFLOG) interface", PCAP_IF_CONNECTION_STATUS_NOT_APPLICABLE },
	{ "nfqueue", "Linux netfilter queue (NFQUEUE) interface",
	  PCAP_IF_CONNECTION_STATUS_NOT_APPLICABLE },
	{ "dbus-system", "D-Bus system bus", PCAP_IF_CONNECTION_STATUS_NOT_APPLICABLE },
	{ "dbus-session", "D-Bus session bus", PCAP_IF_CONNECTION_STATUS_NOT_APPLICABLE },
};

/* get_figure_of_merit: lower sorts first. */
static unsigned int merit(const struct td_dev *d)
{
	unsigned int n = 0;

	if (!(d->flags & PCAP_IF_RUNNING))
		n |= 0x80000000u;
	if (!(d->flags & PCAP_IF_UP))
		n |= 0x40000000u;
	if (!(d->flags & PCAP_IF_WIRELESS) &&
	    (d->flags & PCAP_IF_CONNECTION_STATUS) == PCAP_IF_CONNECTION_STATUS_DISCONNECTED)
		n |= 0x20000000u;
	if (d->flags & PCAP_IF_LOOPBACK)
		n |= 0x10000000u;
	if (d->any)
		n |= 0x08000000u;
	return n;
}

/* add_dev: after the last device whose figure of merit is not worse. */
static void insert(struct td_dev *list, size_t *n, const struct td_dev *d)
{
	size_t pos = *n;

	while (pos > 0 && merit(&list[pos - 1]) > merit(d))
		pos--;
	memmove(&list[pos + 1], &list[pos], (*n - pos) * sizeof(*list));
	list[pos] = *d;
	(*n)++;
}

/* get_if_flags: up and running from the flags, the carrier as ETHTOOL_GLINK tells it. */
static void netdev_entry(struct td_dev *d, const struct rtnl_link *l)
{
	unsigned int f = l->flags;

	memset(d, 0, sizeof(*d));
	snprintf(d->name, sizeof(d->name), "%s", l->name);
	d->ifindex = l->ifindex;
	d->type = l->type;
	d->iff = f;
	if (f & IFF_UP)
		d->flags |= PCAP_IF_UP;
	if (f & IFF_RUNNING)
		d->flags |= PCAP_IF_RUNNING;
	if (f & IFF_LOOPBACK)
		d->flags |= PCAP_IF_LOOPBACK | PCAP_IF_CONNECTION_STATUS_NOT_APPLICABLE;
	else
		d->flags |= l->carrier ? PCAP_IF_CONNECTION_STATUS_CONNECTED
					 : PCAP_IF_CONNECTION_STATUS_DISCONNECTED;
}

/* The list being built: grown a device at a time. */
struct devs_walk {
	struct td_dev *list;
	size_t n, cap;
};

static int add_link(const struct rtnl_link *l, void *arg)
{
	struct devs_walk *w = arg;
	struct td_dev d;

	if (w->n + 1 > w->cap) {
		w->cap = w->cap * 2 + 8;
		w->list = vl_realloc(w->list, w->cap * sizeof(*w->list));
	}
	netdev_entry(&d, l);
	insert(w->list, &w->n, &d);
	return 0;
}

struct td_dev *td_find_all_devs(struct netns *net, size_t *n)
{
	size_t extra = sizeof(extra_devs) / sizeof(extra_devs[0]);
	struct devs_walk w = { 0 };
	struct td_dev d;

	/* getifaddrs lists the links in ifindex order. */
	rtnl_link_peek_dump(net, add_link, &w);
	w.list = vl_realloc(w.list, (w.n + extra) * sizeof(*w.list));
	*n = w.n;
	for (size_t i = 0; i < extra; i++) {
		memset(&d, 0, sizeof(d));
		snprintf(d.name, sizeof(d.name), "%s", extra_devs[i].name);
		d.desc = extra_devs[i].desc;
		d.flags = extra_devs[i].flags;
		d.any = i == 0;
		insert(w.list, n, &d);
	}
	return w.list;
}

static const char *status_text(unsigned int flags)
{
	switch (flags & PCAP_IF_CONNECTION_STATUS) {
	case PCAP_IF_CONNECTION_STATUS_UNKNOWN:
		return flags & PCAP_IF_WIRELESS ? ", Association status unknown" : ", Connection status unknown";
	case PCAP_IF_CONNECTION_STATUS_CONNECTED:
		return flags & PCAP_IF_WIRELESS ? ", Associated" : ", Connected";
	case PCAP_IF_CONNECTION_STATUS_DISCONNECTED:
		return flags & PCAP_IF_WIRELESS ? ", Not associated" : ", Disconnected";
	default:
		return "";
	}
}

void td_show_devices(FILE *out, struct netns *net)
{
	static const struct tok status_flags[] = {
		{ PCAP_IF_UP, "Up" }, { PCAP_IF_RUNNING, "Running" }, { PCAP_IF_LOOPBACK, "Loopback" },
		{ PCAP_IF_WIRELESS, "Wireless" }, { 0, NULL }
	};
	size_t n;
	struct td_dev *list = td_find_all_devs(net, &n);
	char b[64];

	for (size_t i = 0; i < n; i++) {
		fprintf(out, "%zu.%s", i + 1, list[i].name);
		if (list[i].desc)
			fprintf(out, " (%s)", list[i].desc);
		if (list[i].flags)
			fprintf(out, " [%s%s]", bittok2str(status_flags, "none", list[i].flags, true, b, sizeof(b)),
				status_text(list[i].flags));
		fputc('\n', out);
	}
	free(list);
}

size_t td_device_dlts(const struct td_dev *d, int *dlts)
{
	if (d->any) {
		dlts[0] = DLT_LINUX_SLL;
		dlts[1] = DLT_LINUX_SLL2;
		return 2;
	}
	dlts[0] = DLT_EN10MB;
	if (d->ifindex && d->type == ARPHRD_LOOPBACK)
		return 1;
	dlts[1] = DLT_DOCSIS;
	return 2;
}

/* parse_interface_number: a number (also the path of a scheme://host/N URL), else -1. */
static long interface_number(struct vl_cmd_ctx *c, const char *name, bool *bad)
{
	const char *s = name, *colon = strchr(name, ':');
	char *end;
	long n;

	if (colon && !strncmp(colon + 1, "//", 2) && strchr(colon + 3, '/'))
		s = strchr(colon + 3, '/') + 1;
	n = strtol(s, &end, 10);
	if (s == end || *end)
		return -1;
	if (n <= 0) {
		fputs("tcpdump: Invalid adapter index\n", c->err);
		*bad = true;
	}
	return n;
}

/* pcap_create finds nothing by that name: a number picks from the -D list. */
static int by_number(struct vl_cmd_ctx *c, const char *name, struct td_dev *d)
{
	bool bad = false;
	long num = interface_number(c, name, &bad);
	size_t n;
	struct td_dev *list;

	if (bad)
		return 1;
	if (num < 0) {
		fprintf(c->err, "tcpdump: %s: No such device exists\n(No such device exists)\n", name);
		return 1;
	}
	list = td_find_all_devs(c->net, &n);
	if ((size_t)num > n) {
		free(list);
		fputs("tcpdump: Invalid adapter index\n", c->err);
		return 1;
	}
	*d = list[num - 1];
	free(list);
	return 0;
}

/* Finds name among the devices (and "any"); libpcap's other sources are refused. */
static int lookup(struct vl_cmd_ctx *c, const char *name, struct td_dev *d, bool *found)
{
	size_t n;
	struct td_dev *list = td_find_all_devs(c->net, &n);

	*found = false;
	for (size_t i = 0; i < n && !*found; i++) {
		if (!strcmp(list[i].name, name)) {
			*d = list[i];
			*found = true;
		}
	}
	free(list);
	if (*found && !d->ifindex && !d->any) {
		fprintf(c->err, "tcpdump: capturing on %s is not supported by vethlab\n", name);
		return 1;
	}
	return 0;
}

/* pcap_activate binds to whatever device the name is one of (SIOCGIFINDEX), alternative names too. */
static bool by_altname(struct netns *net, const char *name, struct td_dev *d)
{
	struct rtnl_link l;

	if (rtnl_link_peek(net, 0, name, &l))
		return false;
	netdev_entry(d, &l);
	snprintf(d->name, sizeof(d->name), "%s", name);
	return true;
}

/* -J: every device offers the host's time stamps only. */
static void show_tstamp_types(struct vl_cmd_ctx *c, const char *name)
{
	fprintf(c->err, "Time stamp types for %s (use option -j to set):\n", name);
	fputs("  host (Host)\n", c->err);
}

int td_open_device(struct vl_cmd_ctx *c, const struct tcpdump_opts *o, const char *name,
		   struct td_dev *d, bool *exit_now)
{
	bool found;

	*exit_now = false;
	/* pcap_create takes any name; -J answers before the device is looked at. */
	if (o->Jflag) {
		show_tstamp_types(c, name);
		*exit_now = true;
		return 0;
	}
	if (o->jtype >= 0 && o->jtype != PCAP_TSTAMP_HOST)
		fprintf(c->err, "tcpdump: WARNING: When trying to set timestamp type '%s' on %s: %s\n",
			pcap_tstamp_type_val_to_name(o->jtype), name,
			pcap_statustostr(PCAP_WARNING_TSTAMP_TYPE_NOTSUP));
	if (o->Iflag) {
		fprintf(c->err, "tcpdump: %s: That device doesn't support monitor mode\n", name);
		return 1;
	}
	if (lookup(c, name, d, &found))
		return 1;
	if (!found)
		found = by_altname(c->net, name, d);
	if (!found && by_number(c, name, d))
		return 1;
	if (!found && !d->ifindex && !d->any) {
		fprintf(c->err, "tcpdump: capturing on %s is not supported by vethlab\n", d->name);
		return 1;
	}
	if (d->ifindex && !(d->iff & IFF_UP)) {
		fprintf(c->err, "tcpdump: %s: That device is not up\n", d->name);
		return 1;
	}
	return 0;
}

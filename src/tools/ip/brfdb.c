/* brfdb.c: bridge fdb show | add | append | replace | del, as iproute2 6.1's bridge/fdb.c. */
#include <stdlib.h>
#include <string.h>

#include "br_common.h"
#include "ip_print.h"
#include "rt_names.h"

static void fdb_usage(struct ip_ctx *ip)
{
	fputs("Usage: bridge fdb { add | append | del | replace } ADDR dev DEV\n"
	      "              [ self ] [ master ] [ use ] [ router ] [ extern_learn ]\n"
	      "              [ sticky ] [ local | static | dynamic ] [ vlan VID ]\n"
	      "              { [ dst IPADDR ] [ port PORT] [ vni VNI ] | [ nhid NHID ] }\n"
	      "\t      [ via DEV ] [ src_vni VNI ]\n"
	      "       bridge fdb [ show [ br BRDEV ] [ brport DEV ] [ vlan VID ]\n"
	      "              [ state STATE ] [ dynamic ] ]\n"
	      "       bridge fdb get [ to ] LLADDR [ br BRDEV ] { brport | dev } DEV\n"
	      "              [ vlan VID ] [ vni VNI ] [ self ] [ master ] [ dynamic ]\n"
	      "       bridge fdb flush dev DEV [ brport DEV ] [ vlan VID ]\n"
	      "              [ self ] [ master ] [ [no]permanent | [no]static | [no]dynamic ]\n"
	      "              [ [no]added_by_user ] [ [no]extern_learn ] [ [no]sticky ]\n"
	      "              [ [no]offloaded ]\n", ip->c->err);
}

static const char *state_n2a(unsigned int s, char *buf, size_t len, bool json)
{
	if (s & FDB_NUD_PERMANENT)
		return "permanent";
	if (s & FDB_NUD_NOARP)
		return "static";
	if (s & FDB_NUD_STALE)
		return "stale";
	if (s & FDB_NUD_REACHABLE)
		return "";
	snprintf(buf, len, json ? "%#x" : "state=%#x", s);
	return buf;
}

/* state_a2n: a state's name or a number. */
static int state_a2n(unsigned int *s, const char *arg)
{
	char *end;

	if (ip_matches(arg, "permanent"))
		*s = FDB_NUD_PERMANENT;
	else if (ip_matches(arg, "static") || ip_matches(arg, "temp"))
		*s = FDB_NUD_NOARP;
	else if (ip_matches(arg, "stale"))
		*s = FDB_NUD_STALE;
	else if (ip_matches(arg, "reachable") || ip_matches(arg, "dynamic"))
		*s = FDB_NUD_REACHABLE;
	else {
		*s = (unsigned int)strtoul(arg, &end, 0);
		if (!*arg || *end)
			return -1;
	}
	return 0;
}

struct fdb_show {
	struct ip_ctx *ip;
	int filter_index;
	unsigned int filter_state;
	bool filter_dynamic;
};

static int print_fdb(const struct fdb_entry *e, void *arg)
{
	struct fdb_show *fs = arg;
	struct ip_ctx *ip = fs->ip;
	FILE *f = ip->c->out;
	char name[IFNAMSIZ], sbuf[32], mac[18];

	if (fs->filter_index && fs->filter_index != e->ifindex)
		return 0;
	if (fs->filter_state && !(e->state & fs->filter_state))
		return 0;
	if (fs->filter_dynamic && (e->state & FDB_NUD_PERMANENT))
		return 0;
	snprintf(mac, sizeof(mac), "%02x:%02x:%02x:%02x:%02x:%02x", e->addr[0], e->addr[1], e->addr[2],
		 e->addr[3], e->addr[4], e->addr[5]);
	ipp_open_object(ip, NULL);
	ipp_string(ip, IPP_ANY, IPC_MAC, "mac", "%s ", mac);
	if (!fs->filter_index && e->ifindex) {
		if (!ipp_is_json(ip))
			fputs("dev ", f);
		ipp_string(ip, IPP_ANY, IPC_IFNAME, "ifname", "%s ",
			   rtnl_ifname(ip->net, e->ifindex, name) ? name : "if");
	}
	/* NDA_CACHEINFO: the bridge's own entries carry it, a device's self entries do not. */
	if (ip->show_stats && e->master) {
		if (ipp_is_json(ip)) {
			ipp_uint(ip, IPP_JSON, "used", NULL, e->used / 100);
			ipp_uint(ip, IPP_JSON, "updated", NULL, e->updated / 100);
		} else {
			fprintf(f, "used %d/%d ", (int)(e->used / 100), (int)(e->updated / 100));
		}
	}
	ipp_open_array(ip, IPP_JSON, "flags");
	if (e->flags & FDB_NTF_SELF)
		ipp_string(ip, IPP_ANY, IPC_NONE, NULL, "%s ", "self");
	ipp_close_array(ip, IPP_JSON, NULL);
	if (e->master)
		ipp_string(ip, IPP_ANY, IPC_NONE, "master", "master %s ",
			   rtnl_ifname(ip->net, e->master, name) ? name : "");
	ipp_string(ip, IPP_ANY, IPC_NONE, "state", "%s\n", state_n2a(e->state, sbuf, sizeof(sbuf),
									ipp_is_json(ip)));
	ipp_close_object(ip);
	return 0;
}

static int fdb_show(struct ip_ctx *ip, int argc, char **argv)
{
	struct fdb_show fs = { .ip = ip };
	const char *filter_dev = NULL, *br = NULL;
	int br_index = 0, err;

	for (; argc > 0; argc--, argv++) {
		if (!strcmp(*argv, "brport") || !strcmp(*argv, "dev") || !strcmp(*argv, "br") ||
		    !strcmp(*argv, "state") || !strcmp(*argv, "vlan")) {
			const char *key = *argv;
			unsigned int st;

			if (--argc <= 0)
				return ip_incomplete(ip);
			argv++;
			if (!strcmp(key, "br"))
				br = *argv;
			else if (!strcmp(key, "vlan"))
				return rt_unsupported(ip, "bridge fdb show vlan");
			else if (!strcmp(key, "state")) {
				if (state_a2n(&st, *argv))
					return ip_invarg(ip, "invalid state", *argv);
				fs.filter_state |= st;
			} else {
				filter_dev = *argv;
			}
		} else if (!strcmp(*argv, "dynamic")) {
			fs.filter_dynamic = true;
		} else if (ip_matches(*argv, "help")) {
			fdb_usage(ip);
			return 255;
		}
		/* iproute2 6.1 passes over any other word. */
	}
	if (br) {
		br_index = rtnl_ifindex_getlink(ip->net, br);
		if (!br_index) {
			fprintf(ip->c->err, "Cannot find bridge device \"%s\"\n", br);
			return 255;
		}
	}
	if (filter_dev) {
		fs.filter_index = rtnl_ifindex_getlink(ip->net, filter_dev);
		if (!fs.filter_index) {
			fprintf(ip->c->err, "Cannot find device \"%s\"\n", filter_dev);
			return 255;
		}
	}
	ipp_json_begin(ip);
	err = rtnl_fdb_dump(ip->net, br_index, fs.filter_index, print_fdb, &fs);
	ipp_json_end(ip);
	if (err < 0) {
		fputs("Dump terminated\n", ip->c->err);
		return 1;
	}
	return 0;
}

struct fdb_req {
	const char *addr, *dev;
	bool self, master;
	unsigned int state;
};

/* One argument of fdb add/del; how many it took, or -status. */
static int fdb_modify_one(struct ip_ctx *ip, struct fdb_req *r, int argc, char **argv)
{
	char what[48];

	if (!strcmp(*argv, "dev")) {
		if (argc < 2)
			return -ip_incomplete(ip);
		r->dev = argv[1];
		return 2;
	}
	if (!strcmp(*argv, "self")) {
		r->self = true;
	} else if (ip_matches(*argv, "master")) {
		r->master = true;
	} else if (ip_matches(*argv, "local") || ip_matches(*argv, "permanent")) {
		r->state |= FDB_NUD_PERMANENT;
	} else if (ip_matches(*argv, "temp") || ip_matches(*argv, "static")) {
		r->state |= FDB_NUD_REACHABLE;
	} else if (ip_matches(*argv, "dynamic")) {
		r->state |= FDB_NUD_REACHABLE;
		r->state &= ~(unsigned int)FDB_NUD_NOARP;
	} else if (!strcmp(*argv, "dst") || !strcmp(*argv, "nhid") || !strcmp(*argv, "port") ||
		   !strcmp(*argv, "vni") || !strcmp(*argv, "src_vni") || !strcmp(*argv, "via") ||
		   ip_matches(*argv, "router") || ip_matches(*argv, "vlan") || ip_matches(*argv, "use") ||
		   ip_matches(*argv, "extern_learn") || ip_matches(*argv, "sticky")) {
		snprintf(what, sizeof(what), "bridge fdb %s", *argv);
		return -rt_unsupported(ip, what);
	} else {
		int used = 1;

		if (!strcmp(*argv, "to")) {
			if (argc < 2)
				return -ip_incomplete(ip);
			argv++;
			used = 2;
		}
		if (ip_matches(*argv, "help")) {
			fdb_usage(ip);
			return -255;
		}
		r->addr = *argv;
		return used;
	}
	return 1;
}

enum fdb_cmd { FDB_ADD, FDB_APPEND, FDB_REPLACE, FDB_DEL };

static int fdb_modify(struct ip_ctx *ip, enum fdb_cmd cmd, int argc, char **argv)
{
	struct fdb_req r = { .state = FDB_NUD_NOARP };
	uint8_t mac[ETH_ALEN];
	int ifindex, err;

	while (argc > 0) {
		int n = fdb_modify_one(ip, &r, argc, argv);

		if (n < 0)
			return -n;
		argc -= n;
		argv += n;
	}
	if (!r.dev || !r.addr) {
		fputs("Device and address are required arguments.\n", ip->c->err);
		return 255;
	}
	if (sscanf(r.addr, "%hhx:%hhx:%hhx:%hhx:%hhx:%hhx", &mac[0], &mac[1], &mac[2], &mac[3], &mac[4],
		   &mac[5]) != 6) {
		fprintf(ip->c->err, "Invalid mac address %s\n", r.addr);
		return 255;
	}
	if (!(r.state & (FDB_NUD_PERMANENT | FDB_NUD_REACHABLE)))
		r.state |= FDB_NUD_PERMANENT;
	ifindex = rtnl_ifindex_getlink(ip->net, r.dev);
	if (!ifindex) {
		fprintf(ip->c->err, "Cannot find device \"%s\"\n", r.dev);
		return 255;
	}
	if (cmd == FDB_DEL)
		err = rtnl_fdb_del(ip->net, ifindex, mac, r.self, r.master);
	else
		err = rtnl_fdb_add(ip->net, ifindex, mac, (uint16_t)r.state, r.self, r.master,
				   cmd != FDB_ADD, true);
	if (err) {
		(void)ip_rtnl_error(ip, err, NULL);
		return 255;
	}
	return 0;
}

int do_brfdb(struct ip_ctx *ip, int argc, char **argv)
{
	if (argc <= 0)
		return fdb_show(ip, 0, NULL);
	if (ip_matches(*argv, "add"))
		return fdb_modify(ip, FDB_ADD, argc - 1, argv + 1);
	if (ip_matches(*argv, "append"))
		return fdb_modify(ip, FDB_APPEND, argc - 1, argv + 1);
	if (ip_matches(*argv, "replace"))
		return fdb_modify(ip, FDB_REPLACE, argc - 1, argv + 1);
	if (ip_matches(*argv, "delete"))
		return fdb_modify(ip, FDB_DEL, argc - 1, argv + 1);
	if (ip_matches(*argv, "show") || ip_matches(*argv, "lst") || ip_matches(*argv, "list"))
		return fdb_show(ip, argc - 1, argv + 1);
	if (ip_matches(*argv, "get") || ip_matches(*argv, "flush"))
		return rt_unsupported(ip, strcmp(*argv, "get") ? "\"bridge fdb flush\"" : "\"bridge fdb get\"");
	if (ip_matches(*argv, "help")) {
		fdb_usage(ip);
		return 255;
	}
	fprintf(ip->c->err, "Command \"%s\" is unknown, try \"bridge fdb help\".\n", *argv);
	return 255;
}

/* ipnetns.c: ip netns add | delete | list | exec | identify, and ip -n. */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../../ctl/sys.h"

#include "ip_common.h"
#include "rt_names.h"

#define NETNS_RUN_DIR "/run/netns"

static int no_name(struct ip_ctx *ip)
{
	fputs("No netns name specified\n", ip->c->err);
	return 1;
}

static bool valid_name(const char *name)
{
	return *name && strlen(name) < 256 && !strchr(name, '/') && strcmp(name, ".") &&
	       strcmp(name, "..");
}

/* iproute2 checks every name it is given before it touches /run/netns. */
static int invalid_name(struct ip_ctx *ip, const char *name)
{
	fprintf(ip->c->err, "Invalid netns name \"%s\"\n", name);
	return 255;
}

static int netns_add(struct ip_ctx *ip, int argc, char **argv)
{
	struct world *w = rtnl_netns_world(ip->net);
	int err;

	if (argc < 1)
		return no_name(ip);
	if (!valid_name(argv[0]))
		return invalid_name(ip, argv[0]);
	err = rtnl_netns_add(w, argv[0]);
	if (err) {
		fprintf(ip->c->err, "Cannot create namespace file \"" NETNS_RUN_DIR "/%s\": %s\n",
			argv[0], strerror(-err));
		return 1;
	}
	return 0;
}

static int netns_del(struct ip_ctx *ip, int argc, char **argv)
{
	struct world *w = rtnl_netns_world(ip->net);
	int err;

	if (argc < 1)
		return no_name(ip);
	if (!valid_name(argv[0]))
		return invalid_name(ip, argv[0]);
	err = rtnl_netns_del(w, argv[0]);
	if (err) {
		fprintf(ip->c->err, "Cannot remove namespace file \"" NETNS_RUN_DIR "/%s\": %s\n",
			argv[0], strerror(-err));
		return 1;
	}
	return 0;
}

static int list_one(struct netns *net, void *arg)
{
	struct ip_ctx *ip = arg;
	int id = rtnl_nsid_get(ip->net, net);

	ipp_open_object(ip, NULL);
	ipp_string(ip, IPP_ANY, IPC_NONE, "name", "%s", rtnl_netns_name(net));
	if (id >= 0)
		ipp_int(ip, IPP_ANY, "id", " (id: %d)", id);
	ipp_string(ip, IPP_FP, IPC_NONE, NULL, "%s", "\n");
	ipp_close_object(ip);
	return 0;
}

static int netns_list(struct ip_ctx *ip)
{
	int st;

	ipp_json_begin(ip);
	st = rtnl_netns_list(rtnl_netns_world(ip->net), list_one, ip);
	ipp_json_end(ip);
	return st;
}

int ip_open_netns(struct ip_ctx *ip, const char *name, struct netns **out)
{
	/* /run/netns/, /run/netns/. and /run/netns/.. open as directories, which setns refuses. */
	if (!*name || !strcmp(name, ".") || !strcmp(name, "..")) {
		fprintf(ip->c->err, "setting the network namespace \"%s\" failed: %s\n", name, strerror(EINVAL));
		return 255;
	}
	*out = rtnl_netns_get(rtnl_netns_world(ip->net), name);
	if (!*out) {
		fprintf(ip->c->err, "Cannot open network namespace \"%s\": %s\n", name,
			strerror(ENOENT));
		return 255;
	}
	return 0;
}

static int netns_usage(struct ip_ctx *ip)
{
	fputs("Usage:\tip netns list\n"
	      "\tip netns add NAME\n"
	      "\tip netns attach NAME PID\n"
	      "\tip netns set NAME NETNSID\n"
	      "\tip [-all] netns delete [NAME]\n"
	      "\tip netns identify [PID]\n"
	      "\tip netns pids NAME\n"
	      "\tip [-all] netns exec [NAME] cmd ...\n"
	      "\tip netns monitor\n"
	      "\tip netns list-id [target-nsid POSITIVE-INT] [nsid POSITIVE-INT]\n"
	      "NETNSID := auto | POSITIVE-INT\n", ip->c->err);
	return 255;
}

/*
 * cmd_exec: fork, setns, execvp. Only programs can be executed: a name
 * vethlab has no program for (or a bash builtin such as cd) fails to exec.
 */
static int exec_in(struct ip_ctx *ip, struct netns *net, int argc, char **argv)
{
	struct vl_cmd_ctx sub = *ip->c;
	int st;

	if (!vl_cmd_can_exec(ip->c, argv[0], "exec of \"%s\" failed"))
		return 1;
	sub.net = net;
	vl_cmd_flush_out(ip->c);
	st = sub.host->exec_argv(&sub, argc, argv);
	if (st == VL_CMD_ASYNC)
		vl_task_hold_net(sub.task, net);
	ip->c->task = sub.task;
	return st;
}

struct all_exec {
	struct ip_ctx *ip;
	int argc;
	char **argv;
};

/* on_netns_exec: a header, then the command, whatever its status. */
static int exec_one(struct netns *net, void *arg)
{
	struct all_exec *ae = arg;

	fprintf(ae->ip->c->out, "\nnetns: %s\n", rtnl_netns_name(net));
	vl_cmd_flush_out(ae->ip->c);
	(void)exec_in(ae->ip, net, ae->argc, ae->argv);
	return 0;
}

static int netns_exec(struct ip_ctx *ip, int argc, char **argv)
{
	struct netns *net;
	int st;

	if (ip->all) {
		struct all_exec ae = { ip, argc, argv };

		if (argc < 1) {
			fputs("No command specified\n", ip->c->err);
			return 1;
		}
		return rtnl_netns_list(rtnl_netns_world(ip->net), exec_one, &ae);
	}
	if (argc < 1)
		return no_name(ip);
	if (argc < 2) {
		fputs("No command specified\n", ip->c->err);
		return 1;
	}
	st = ip_open_netns(ip, argv[0], &net);
	if (st)
		return st;
	return exec_in(ip, net, argc - 1, argv + 1);
}

struct name_list {
	char **v;
	int n, cap;
};

static int collect_name(struct netns *net, void *arg)
{
	struct name_list *l = arg;
	char *name = vl_strdup(rtnl_netns_name(net));

	ip_vec_push((void **)&l->v, &l->n, &l->cap, &name, sizeof(name));
	return 0;
}

/* ip -all netns delete: every name goes, as netns_foreach unlinks them one by one. */
static int netns_del_all(struct ip_ctx *ip)
{
	struct world *w = rtnl_netns_world(ip->net);
	struct name_list l = { 0 };

	rtnl_netns_list(w, collect_name, &l);
	for (int i = 0; i < l.n; i++) {
		int err = rtnl_netns_del(w, l.v[i]);

		if (err)
			fprintf(ip->c->err, "Cannot remove namespace file \"" NETNS_RUN_DIR "/%s\": %s\n",
				l.v[i], strerror(-err));
		free(l.v[i]);
	}
	free(l.v);
	return 0;
}

/* get_integer: base 0, no trailing text, within int. */
static int get_integer(int *v, const char *arg)
{
	char *end;
	long n;

	if (!*arg)
		return -1;
	errno = 0;
	n = strtol(arg, &end, 0);
	if (*end || errno || n < INT32_MIN || n > INT32_MAX)
		return -1;
	*v = (int)n;
	return 0;
}

static int netns_set(struct ip_ctx *ip, int argc, char **argv)
{
	const char *extack = NULL;
	struct netns *peer;
	int nsid = -1, err;

	if (argc < 1)
		return no_name(ip);
	if (argc < 2) {
		fputs("No nsid specified\n", ip->c->err);
		return 1;
	}
	if (strcmp(argv[1], "auto")) {
		if (get_integer(&nsid, argv[1]))
			return ip_invarg(ip, "Invalid \"netnsid\" value", argv[1]);
		if (nsid < 0)
			return ip_invarg(ip, "\"netnsid\" value should be >= 0", argv[1]);
	}
	peer = rtnl_netns_get(rtnl_netns_world(ip->net), argv[0]);
	if (!peer) {
		fprintf(ip->c->err, "Cannot open network namespace \"%s\": %s\n", argv[0], strerror(ENOENT));
		return 1;
	}
	if (peer == ip->net)
		return rt_unsupported(ip, "a namespace id for the namespace itself");
	err = rtnl_nsid_set(ip->net, peer, nsid, &extack);
	return err ? ip_rtnl_error(ip, err, extack) : 0;
}

static int print_nsid(int id, struct netns *peer, void *arg)
{
	struct ip_ctx *ip = arg;
	const char *name = rtnl_netns_name(peer);

	ipp_open_object(ip, NULL);
	ipp_int(ip, IPP_ANY, "nsid", "nsid %d ", id);
	if (name)
		ipp_string(ip, IPP_ANY, IPC_NONE, "name", "(iproute2 netns name: %s)", name);
	ipp_string(ip, IPP_FP, IPC_NONE, NULL, "%s", "\n");
	ipp_close_object(ip);
	return 0;
}

/* RTM_GETNSID for one id. */
static int list_one_id(struct ip_ctx *ip, int nsid)
{
	struct netns *peer = rtnl_netns_by_id(ip->net, nsid);

	if (!peer) {
		fputs("Error: Peer netns reference is invalid.\n", ip->c->err);
		return 2;
	}
	ipp_json_begin(ip);
	print_nsid(nsid, peer, ip);
	ipp_json_end(ip);
	return 0;
}

/* An id of the target namespace, with the id the current one uses for the same peer. */
static int print_target_nsid(int id, struct netns *peer, void *arg)
{
	struct ip_ctx *ip = arg;
	int current = rtnl_nsid_get(ip->net, peer);
	const char *name = rtnl_netns_name(peer);

	ipp_open_object(ip, NULL);
	ipp_int(ip, IPP_ANY, "nsid", "nsid %d ", id);
	if (current < 0)
		ipp_string(ip, IPP_FP, IPC_NONE, NULL, "%s", "current-nsid unassigned ");
	else
		ipp_int(ip, IPP_ANY, "current-nsid", "current-nsid %d ", current);
	if (current >= 0 && name)
		ipp_string(ip, IPP_ANY, IPC_NONE, "name", "(iproute2 netns name: %s)", name);
	ipp_string(ip, IPP_FP, IPC_NONE, NULL, "%s", "\n");
	ipp_close_object(ip);
	return 0;
}

static int list_target_ids(struct ip_ctx *ip, int target)
{
	struct netns *t = rtnl_netns_by_id(ip->net, target);
	int st;

	if (!t) {
		/* The kernel's answer comes inside the JSON array, which is closed (and flushed) before "Dump terminated". */
		fputs("Error: Invalid target network namespace id.\n", ip->c->err);
		if (ip->json) {
			ipp_json_begin(ip);
			ipp_json_end(ip);
			vl_cmd_flush_out(ip->c);
		}
		fputs("Dump terminated\n", ip->c->err);
		return 1;
	}
	ipp_json_begin(ip);
	st = rtnl_nsid_dump(t, print_target_nsid, ip);
	ipp_json_end(ip);
	return st;
}

static int nsid_arg(struct ip_ctx *ip, const char *key, int *v, int *argc, char ***argv)
{
	if (*v >= 0) {
		fprintf(ip->c->err, "Error: duplicate \"%s\": \"%s\" is the second value.\n", key, key);
		return 255;
	}
	if (--*argc <= 0)
		return ip_incomplete(ip);
	++*argv;
	if (get_integer(v, **argv)) {
		char msg[48];

		snprintf(msg, sizeof(msg), "\"%s\" value is invalid", key);
		return ip_invarg(ip, msg, **argv);
	}
	if (*v < 0) {
		char msg[48];

		snprintf(msg, sizeof(msg), "\"%s\" value should be >= 0", key);
		return ip_invarg(ip, msg, (*argv)[1] ? (*argv)[1] : "(null)");
	}
	return -1;
}

/* ip netns list-id [target-nsid N] [nsid N]: the ids this namespace (or the one N names) gave. */
static int netns_list_id(struct ip_ctx *ip, int argc, char **argv)
{
	int target = -1, nsid = -1, st;

	for (; argc > 0; argc--, argv++) {
		if (!strcmp(*argv, "target-nsid"))
			st = nsid_arg(ip, "target-nsid", &target, &argc, &argv);
		else if (!strcmp(*argv, "nsid"))
			st = nsid_arg(ip, "nsid", &nsid, &argc, &argv);
		else
			return netns_usage(ip);
		if (st >= 0)
			return st;
	}
	if (target >= 0 && nsid >= 0)
		return rt_unsupported(ip, "ip netns list-id with both target-nsid and nsid");
	if (nsid >= 0)
		return list_one_id(ip, nsid);
	if (target >= 0)
		return list_target_ids(ip, target);
	ipp_json_begin(ip);
	st = rtnl_nsid_dump(ip->net, print_nsid, ip);
	ipp_json_end(ip);
	return st;
}

/* No process of the host runs in an emulated namespace: the list is empty. */
static int netns_pids(struct ip_ctx *ip, int argc, char **argv)
{
	if (argc < 1)
		return no_name(ip);
	if (argc > 1) {
		fputs("extra arguments specified\n", ip->c->err);
		return 1;
	}
	if (!rtnl_netns_get(rtnl_netns_world(ip->net), argv[0])) {
		fprintf(ip->c->err, "Cannot open network namespace: %s\n", strerror(ENOENT));
		return 1;
	}
	return 0;
}

static bool is_pid(const char *s)
{
	for (; *s; s++)
		if (*s < '0' || *s > '9')
			return false;
	return true;
}

static int netns_identify(struct ip_ctx *ip, int argc, char **argv)
{
	const char *name = rtnl_netns_name(ip->net);

	if (argc > 1) {
		fputs("extra arguments specified\n", ip->c->err);
		return 1;
	}
	if (argc == 1) {
		if (!is_pid(argv[0])) {
			fprintf(ip->c->err, "Specified string '%s' is not a pid\n", argv[0]);
			return 1;
		}
		/* The shell's own process ($$) is in the initial namespace, which has no name. */
		if (strtol(argv[0], NULL, 10) == (long)getpid()) {
			fputs("\n", ip->c->out);
			return 0;
		}
		return rt_unsupported(ip, "ip netns identify PID (host processes)");
	}
	fprintf(ip->c->out, "%s\n", name ? name : "");
	return 0;
}

/* do_netns, in its order of abbreviations. */
int do_ipnetns(struct ip_ctx *ip, int argc, char **argv)
{
	if (argc < 1)
		return netns_list(ip);
	if (!ip->all && argc > 1 && !valid_name(argv[1]))
		return invalid_name(ip, argv[1]);
	if (ip_matches(argv[0], "list") || ip_matches(argv[0], "show") || ip_matches(argv[0], "lst"))
		return netns_list(ip);
	if (ip_matches(argv[0], "list-id"))
		return netns_list_id(ip, argc - 1, argv + 1);
	if (ip_matches(argv[0], "help"))
		return netns_usage(ip);
	if (ip_matches(argv[0], "add"))
		return netns_add(ip, argc - 1, argv + 1);
	if (ip_matches(argv[0], "set"))
		return netns_set(ip, argc - 1, argv + 1);
	if (ip_matches(argv[0], "delete"))
		return ip->all ? netns_del_all(ip) : netns_del(ip, argc - 1, argv + 1);
	if (ip_matches(argv[0], "identify"))
		return netns_identify(ip, argc - 1, argv + 1);
	if (ip_matches(argv[0], "pids"))
		return netns_pids(ip, argc - 1, argv + 1);
	if (ip_matches(argv[0], "exec"))
		return netns_exec(ip, argc - 1, argv + 1);
	if (ip_matches(argv[0], "monitor"))
		return rt_unsupported(ip, "\"ip netns monitor\"");
	if (ip_matches(argv[0], "attach"))
		return rt_unsupported(ip, "\"ip netns attach\" (host processes)");
	fprintf(ip->c->err, "Command \"%s\" is unknown, try \"ip netns help\".\n", argv[0]);
	return 255;
}

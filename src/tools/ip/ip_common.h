/* ip_common.h: state shared by the ip subcommands (global options, output helpers). */
#ifndef VL_IP_COMMON_H
#define VL_IP_COMMON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "../../ctl/rtnl.h"
#include "../cmd.h"
#include "ip_print.h"

struct ip_ctx {
	struct vl_cmd_ctx *c;
	struct netns *net;
	int show_stats;
	bool human;          /* -human: the counters of -s in k, M, G... (print_num) */
	bool iec;            /* -iec: those units are powers of 1024, with an i */
	int show_details;
	bool brief;
	bool oneline;
	int family;      /* 0, 4 or 6 */
	const char *sl;  /* line separator: "\n", or "\\" with -o */
	int max_flush_loops;  /* -loops: rounds of ip address flush, 0 for no limit (10) */
	bool all;             /* -all: ip netns exec and delete act on every named namespace */
	int json;             /* -j: JSON output */
	bool pretty;          /* -p: indented JSON (nothing without -j) */
	bool color_on;        /* -c: escape sequences around names and addresses (check_enable_color) */
	struct ip_json jw;    /* the JSON writer while one is open (jw.out NULL otherwise) */
	const char *batch_file;  /* -batch FILE: its commands, one a line */
	bool force;              /* -force: a batch goes on past a failed command */
};

/* Runs one command (argv[0] is the object: link, addr...) with ip's options. */
int ip_do_cmd(struct ip_ctx *ip, int argc, char **argv);
/* ipbatch.c: -batch FILE, as iproute2's batch(): 0, or 1 once a command failed. */
int ip_batch(struct ip_ctx *ip, const char *file);

/* iproute2's matches(): arg is a prefix of what. */
bool ip_matches(const char *arg, const char *what);
/* "Error: argument \"%s\" is wrong: %s\n", exit 255 (invarg); msg keeps its own newline. */
int ip_invarg(struct ip_ctx *ip, const char *msg, const char *arg);
/* "Command line is not complete. Try option \"help\"" (exit 255). */
int ip_incomplete(struct ip_ctx *ip);
/* Prints an rtnetlink failure as iproute2 does; returns its exit status 2. */
int ip_rtnl_error(struct ip_ctx *ip, int err, const char *extack);
int ip_no_device(struct ip_ctx *ip, const char *name);

/* Strict parsers, as lib/utils.c has them. 0 on success. */
int ip_get_unsigned(unsigned int *val, const char *arg);
int ip_get_ipv4(uint32_t *addr, const char *arg);
int ip_get_prefix4(uint32_t *addr, int *plen, const char *arg);
int ip_get_ipv6(uint8_t *addr, const char *arg);
/* "ADDR[/LEN]": plen -1 when no length is given. */
int ip_get_prefix6(uint8_t *addr, int *plen, const char *arg);
int ip_get_lladdr(uint8_t *mac, const char *arg);
/* get_integer: strtol in any base, all of it digits, within int. */
int ip_get_integer(int *val, const char *arg);
/*
 * ll_addr_a2n: a dotted IPv4 address (4 bytes), or up to len colon-separated
 * hex bytes. Returns the length, or -1 after printing "\"%s\" is invalid lladdr.".
 */
int ip_ll_addr_a2n(struct ip_ctx *ip, uint8_t *out, int len, const char *arg);
/* rtnl_group_a2n and rtnl_group_n2a with Debian's /etc/iproute2/group (0 is "default"). */
int ip_group_a2n(int *id, const char *arg);
const char *ip_group_n2a(uint32_t id, char *buf, size_t len);

const char *ip_fmt_ipv4(uint32_t addr, char *buf);
/* inet_ntop of an IPv6 address (RFC 5952: the longest zero run as "::", a mapped tail dotted); buf holds 46. */
void ip6_fmt(const uint8_t *a, char *buf);
/* Route and address scopes by name ("host") or number; -1 when neither. */
const char *ip_rtscope_name(int scope, char *buf);
int ip_rtscope_parse(const char *s);
/* Appends size bytes at item to a growing array *v of *n (capacity *cap). */
void ip_vec_push(void **v, int *n, int *cap, const void *item, size_t size);
void ip_print_lladdr(FILE *f, const uint8_t *mac);

/*
 * The selectors of ip link show, ip address show and ip address flush
 * (iproute2's struct filter). ifindex 0: every device; group -1: any group;
 * master -1: nomaster; scope/flags compared under their masks.
 */
struct ip_filter {
	const char *dev;
	int ifindex;
	bool up;
	int scope, scopemask;
	uint32_t flags, flagmask;
	const char *label;
	struct {
		int family;   /* 0, AF_INET or AF_INET6 */
		int bitlen;
		uint8_t data[16];
	} pfx;
	int group;
	int master;
	const char *kind, *slave_kind;
};

/* An address flag by name (ifa_flag_data): readonly ones only select, v6only ones need IPv6. */
struct ip_ifa_flag {
	const char *name;
	uint32_t mask;
	bool readonly, v6only;
};
const struct ip_ifa_flag *ip_ifa_flag_lookup(const char *name);

/* Parses the selectors; link_mode is ip link show. Returns -1, or an exit status. */
int ip_filter_parse(struct ip_ctx *ip, struct ip_filter *f, int argc, char **argv, bool link_mode);
/* print_linkinfo's checks. */
bool ip_filter_link(const struct ip_filter *f, const struct rtnl_link *l);
/* print_addrinfo's checks, on an rtnetlink scope (RT_SCOPE_*) and IFA_F_* flags. */
bool ip_filter_addr4(const struct ip_filter *f, const struct rtnl_addr *a);
bool ip_filter_addr6(const struct ip_filter *f, const struct rtnl_addr6 *a, const char *devname);
/* rt_scope(): an IPv6 address scope (IFA_HOST, IFA_LINK...) as rtnetlink reports it. */
int ip_addr6_rtscope(int scope);

/* Usage texts of iproute2 6.1 (stderr, exit status 255). */
int ipaddr_usage(struct ip_ctx *ip);
int iplink_usage(struct ip_ctx *ip);

int do_iplink(struct ip_ctx *ip, int argc, char **argv);
int do_ipaddr(struct ip_ctx *ip, int argc, char **argv);
int do_ipnetns(struct ip_ctx *ip, int argc, char **argv);
int do_iproute(struct ip_ctx *ip, int argc, char **argv);
int do_iprule(struct ip_ctx *ip, int argc, char **argv);
int do_ipneigh(struct ip_ctx *ip, int argc, char **argv);
/* Resolves a /run/netns name or prints iproute2's error (exit 255). */
int ip_open_netns(struct ip_ctx *ip, const char *name, struct netns **out);

/* The link header lines shared by ip link and ip addr. */
void ip_print_link(struct ip_ctx *ip, const struct rtnl_link *l, bool addr_mode);
/* The -s counter block; lead puts a line separator before it. */
void ip_print_link_stats(struct ip_ctx *ip, const struct rtnl_link *l, bool lead);
/* The counters of the inet6 link dump (ip -6 -s addr), as iproute2 6.1 misreads them. */
void ip_print_link_stats6(struct ip_ctx *ip, const struct rtnl_link *l);
/* Only the first line: index, name, flags, mtu, qdisc, state, qlen. */
void ip_print_link_header(struct ip_ctx *ip, const struct rtnl_link *l, bool addr_mode);
void ip_print_link_header6(struct ip_ctx *ip, const struct rtnl_link *l);
void ip_print_link_family(struct ip_ctx *ip, const struct rtnl_link *l);
void ip_print_link_brief(struct ip_ctx *ip, const struct rtnl_link *l, bool addr_mode);
void ip_print_link_brief6(struct ip_ctx *ip, const struct rtnl_link *l);
const char *ip_oper_name(enum if_oper op);
void ip_format_link_name(struct ip_ctx *ip, const struct rtnl_link *l, bool with_peer,
			 char *buf, size_t len);

/* iplink_bridge.c: a bridge id and a port state's name, as iproute2 prints them. */
void ip_bridge_id(const uint8_t *id, char *buf, size_t len);
const char *ip_brport_state_name(uint8_t state);

void ip_print_link_flags(struct ip_ctx *ip, const struct rtnl_link *l);
/* IFF_* names in iproute2's order, ended by a NULL name (text and JSON share them). */
struct ip_flag_name {
	unsigned int bit;
	const char *name;
};
extern const struct ip_flag_name ip_link_flag_names[];
/* Whether a link shows M-DOWN (its peer down); its flags as a JSON array. */
bool ip_link_mdown(struct ip_ctx *ip, const struct rtnl_link *l);
void ipj_link_flags(struct ip_ctx *ip, const struct rtnl_link *l);

/*
 * How a link is written in JSON (ipprint_json.c): ip link; ip addr; ip -4/-6
 * addr of a device (no link/ fields without -d); the inet6 link dump of
 * ip -6 addr. The caller opens and closes the object.
 */
enum ipj_link_mode { IPJ_LINK, IPJ_ADDR, IPJ_ADDR_FAMILY, IPJ_INET6 };
void ipj_link(struct ip_ctx *ip, const struct rtnl_link *l, enum ipj_link_mode m);
void ipj_link_brief(struct ip_ctx *ip, const struct rtnl_link *l, bool addr_mode, bool inet6);
/* The "stats64" object of -s. */
void ipj_link_stats(struct ip_ctx *ip, const struct rtnl_link *l);
/* ... of the inet6 link dump, read as ip_print_link_stats6 reads them. */
void ipj_link_stats6(struct ip_ctx *ip, const struct rtnl_link *l);

#endif

/* tools.h: the user-facing tools, each an argv entry point like its real namesake. */
#ifndef VL_TOOLS_H
#define VL_TOOLS_H

#include <stdbool.h>

#include "cmd.h"

int tool_ip(struct vl_cmd_ctx *c, int argc, char **argv);
/* bridge: iproute2's bridge command (link, fdb, vlan show). */
int tool_bridge(struct vl_cmd_ctx *c, int argc, char **argv);
/* brctl: bridge-utils' addbr, delbr, addif, delif, show and showmacs. */
int tool_brctl(struct vl_cmd_ctx *c, int argc, char **argv);
int tool_ethtool(struct vl_cmd_ctx *c, int argc, char **argv);
int tool_sysctl(struct vl_cmd_ctx *c, int argc, char **argv);
int tool_ifconfig(struct vl_cmd_ctx *c, int argc, char **argv);
int tool_ping(struct vl_cmd_ctx *c, int argc, char **argv);
int tool_arp(struct vl_cmd_ctx *c, int argc, char **argv);
/* arping: iputils' arping, ARP requests or announcements out of one device and their answers. */
int tool_arping(struct vl_cmd_ctx *c, int argc, char **argv);
/* tracepath: iputils' tracepath (IPv4): UDP probes with a rising TTL, each hop and the path MTU. */
int tool_tracepath(struct vl_cmd_ctx *c, int argc, char **argv);
/* traceroute: traceroute 2.1.2's default method (IPv4): UDP probes with rising TTLs, 16 in flight, each hop's replies. */
int tool_traceroute(struct vl_cmd_ctx *c, int argc, char **argv);
int tool_route(struct vl_cmd_ctx *c, int argc, char **argv);
int tool_netstat(struct vl_cmd_ctx *c, int argc, char **argv);
/* nstat: the SNMP counters' increments since the last run (history kept in the world). */
int tool_nstat(struct vl_cmd_ctx *c, int argc, char **argv);
/* net-tools' INET_rprint, shared by route and netstat -r: ext 1..3, the routing cache or the FIB. */
int route_print_inet(struct vl_cmd_ctx *c, bool numeric, int ext, bool cache);
int tool_tcpdump(struct vl_cmd_ctx *c, int argc, char **argv);
/* why: explains the last foreground command's packets (the shell runs `why CMD` as CMD, then why). */
int tool_why(struct vl_cmd_ctx *c, int argc, char **argv);
/* How many of argv's first words are `why` and its own options: where `why COMMAND`'s command starts. */
int why_options_len(int argc, char **argv);
/* graph: the namespaces, devices, addresses, veth pairs and masters as they are now; DOT, SVG or PNG. */
int tool_graph(struct vl_cmd_ctx *c, int argc, char **argv);
/* vethlab-save: a script of ip, sysctl and bridge commands that rebuilds the whole world. */
int tool_save(struct vl_cmd_ctx *c, int argc, char **argv);
/* pwru: each traced kernel function a packet passes, as cilium/pwru prints it; runs until interrupted. */
int tool_pwru(struct vl_cmd_ctx *c, int argc, char **argv);

#endif

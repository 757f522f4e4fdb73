#!/usr/bin/env python3
"""gen.py: writes a random but realistic scenario for the differential tester.

From a seed, it builds a topology the way tutorials and test setups build them
(a pair in one namespace, a pair across namespaces, a chain of routers, a star,
many namespaces), then runs a random sequence of the commands vethlab claims:
ip link/addr/route/neigh/netns with their options and selectors, ping, tcpdump
to files, ethtool, sysctl (all/default/device), ifconfig, route, /proc and /sys
reads, erroneous commands, and changes while traffic runs. Seeds 10000-19999
(and a fifth of the others) build a Linux bridge instead and add the bridge's
commands (bridge fdb|link, brctl, ip link ... master|type bridge[_slave]); its
own rules are in the comment that opens its part of this file.

Rules that keep a scenario free of the kernel's own randomness (the reason for
each is in README.md next to this file):
  - IPv6 router solicitations are off, and IPv6 is on only where the scenario
    uses it; link-up is followed by `sleep 3` so DAD and MLD are over;
  - every link change is followed by `sleep 1` (linkwatch runs up to a second
    later on Linux);
  - neighbour tables are listed only within two seconds of the traffic that
    made them, and every device's base_reachable_time and
    delay_first_probe_time are ten minutes (REACHABLE would last a random 15
    to 45 s, and a DELAY probe fire up to 256 ms late);
  - captures are started, given a second, and stopped by pid; they capture
    `not ip6` unless the scenario is about IPv6 and has settled;
  - ping waits 1.25 s (-W), never a whole second;
  - an IPv6 address added is followed by `sleep 1.3` (its MLD report is
    repeated after a random delay of up to a second).

Usage: gen.py SEED  (prints the scenario on stdout)
"""
import random
import sys


def ns_settings(w, ns):
    """A new namespace starts from IPv6's compiled defaults (devconf_inherit_init_net=0):
    router solicitations (and IPv6 where unused) are switched off in it too."""
    w.emit("ip netns exec %s sysctl -qw net.ipv6.conf.default.router_solicitations=0 "
           "net.ipv6.conf.all.router_solicitations=0" % ns)
    if not w.ipv6:
        w.emit("ip netns exec %s sysctl -qw net.ipv6.conf.all.disable_ipv6=1 "
               "net.ipv6.conf.default.disable_ipv6=1" % ns)


class World:
    """What the scenario has built so far, so that most commands make sense."""

    def __init__(self, rnd):
        self.r = rnd
        self.netns = []                # named namespaces
        self.devs = {None: ["lo"]}     # namespace -> devices
        self.addrs = []                # (ns, dev, "a.b.c.d", plen)
        self.pairs = []                # (ns0, dev0, ns1, dev1)
        self.up = set()                # (ns, dev)
        self.ipv6 = False
        self.caps = 0
        self.lines = []
        self.fresh_traffic = False
        # The smallest MTU any device was given (IPv4 fragments, but a
        # fragment lost to a smaller peer MTU leaves a reassembly queue the
        # scenario would have to wait 30 s for; pings stay below it).
        self.min_mtu = 1500
        # Bridge topologies (build_bridge): name -> {"ns", "ageing", "stp", "fd", "snoop"},
        # (ns, port) -> its bridge or None, and the hosts (ns, dev, N) behind the ports.
        self.bridges = {}
        self.ports = {}
        self.hosts = []
        self.br_ns = None
        self.br_up_recent = False

    def emit(self, line):
        self.lines.append(line)

    def ns_prefix(self, ns, style=None):
        if ns is None:
            return ""
        style = style or self.r.choice(["-n", "exec"])
        return "ip -n %s " % ns if style == "-n" else "ip netns exec %s " % ns

    def run_in(self, ns, cmd):
        """cmd run in namespace ns (ip commands may use -n)."""
        if ns is None:
            return cmd
        if cmd.startswith("ip ") and self.r.random() < 0.5:
            return "ip -n %s %s" % (ns, cmd[3:])
        return "ip netns exec %s %s" % (ns, cmd)

    def any_dev(self):
        ns = self.r.choice(list(self.devs.keys()))
        return ns, self.r.choice(self.devs[ns])

    def addr_of(self, ns, dev):
        for a in self.addrs:
            if a[0] == ns and a[1] == dev:
                return a
        return None


def build_topology(w):
    r = w.r
    kind = r.choice(["pair", "pair", "cross", "cross", "chain", "star", "many"])
    subnet = r.randint(1, 200)
    if kind == "pair":
        w.emit("ip link add veth0 type veth peer name veth1")
        w.devs[None] += ["veth0", "veth1"]
        w.pairs.append((None, "veth0", None, "veth1"))
        w.emit("ip addr add 10.%d.0.1/24 dev veth0" % subnet)
        w.addrs.append((None, "veth0", "10.%d.0.1" % subnet, 24))
        if r.random() < 0.6:
            w.emit("ip addr add 10.%d.0.2/24 dev veth1" % subnet)
            w.addrs.append((None, "veth1", "10.%d.0.2" % subnet, 24))
        for d in ("veth0", "veth1"):
            w.emit("ip link set %s up" % d)
            w.up.add((None, d))
    elif kind == "cross":
        ns = r.choice(["red", "blue", "ns1", "a"])
        w.netns.append(ns)
        w.devs[ns] = ["lo"]
        w.emit("ip netns add %s" % ns)
        ns_settings(w, ns)
        if r.random() < 0.5:
            w.emit("ip link add veth0 type veth peer name veth1 netns %s" % ns)
        else:
            w.emit("ip link add veth0 type veth peer name veth1")
            w.emit("ip link set veth1 netns %s" % ns)
        w.devs[None].append("veth0")
        w.devs[ns].append("veth1")
        w.pairs.append((None, "veth0", ns, "veth1"))
        w.emit("ip addr add 10.%d.0.1/24 dev veth0" % subnet)
        w.emit(w.run_in(ns, "ip addr add 10.%d.0.2/24 dev veth1" % subnet))
        w.addrs += [(None, "veth0", "10.%d.0.1" % subnet, 24), (ns, "veth1", "10.%d.0.2" % subnet, 24)]
        w.emit("ip link set veth0 up")
        w.emit(w.run_in(ns, "ip link set veth1 up"))
        if r.random() < 0.7:
            w.emit(w.run_in(ns, "ip link set lo up"))
            w.up.add((ns, "lo"))
        w.up |= {(None, "veth0"), (ns, "veth1")}
    elif kind == "chain":
        # h1 -- r -- h2, r forwards
        for ns in ("h1", "r", "h2"):
            w.netns.append(ns)
            w.devs[ns] = ["lo"]
            w.emit("ip netns add %s" % ns)
            ns_settings(w, ns)
        w.emit("ip link add eth0 netns h1 type veth peer name left netns r")
        w.emit("ip link add eth0 netns h2 type veth peer name right netns r")
        w.devs["h1"].append("eth0")
        w.devs["h2"].append("eth0")
        w.devs["r"] += ["left", "right"]
        w.pairs += [("h1", "eth0", "r", "left"), ("h2", "eth0", "r", "right")]
        plan = [("h1", "eth0", "10.%d.1.2" % subnet), ("r", "left", "10.%d.1.1" % subnet),
                ("r", "right", "10.%d.2.1" % subnet), ("h2", "eth0", "10.%d.2.2" % subnet)]
        for ns, dev, a in plan:
            w.emit("ip -n %s addr add %s/24 dev %s" % (ns, a, dev))
            w.emit("ip -n %s link set %s up" % (ns, dev))
            w.addrs.append((ns, dev, a, 24))
            w.up.add((ns, dev))
        for ns in ("h1", "r", "h2"):
            w.emit("ip -n %s link set lo up" % ns)
            w.up.add((ns, "lo"))
        w.emit("ip -n h1 route add default via 10.%d.1.1" % subnet)
        w.emit("ip -n h2 route add default via 10.%d.2.1" % subnet)
        if r.random() < 0.8:
            w.emit("ip netns exec r sysctl -qw net.ipv4.ip_forward=1")
    else:
        n = 3 if kind == "star" else r.randint(4, 8)
        for i in range(n):
            ns = "n%d" % i
            w.netns.append(ns)
            w.devs[ns] = ["lo"]
            w.emit("ip netns add %s" % ns)
            ns_settings(w, ns)
            w.emit("ip link add v%d type veth peer name eth0 netns %s" % (i, ns))
            w.devs[None].append("v%d" % i)
            w.devs[ns].append("eth0")
            w.pairs.append((None, "v%d" % i, ns, "eth0"))
            w.emit("ip addr add 10.%d.%d.1/24 dev v%d" % (subnet, i, i))
            w.emit("ip -n %s addr add 10.%d.%d.2/24 dev eth0" % (ns, subnet, i))
            w.emit("ip link set v%d up" % i)
            w.emit("ip -n %s link set eth0 up" % ns)
            w.emit("ip -n %s route add default via 10.%d.%d.1" % (ns, subnet, i))
            w.addrs += [(None, "v%d" % i, "10.%d.%d.1" % (subnet, i), 24), (ns, "eth0", "10.%d.%d.2" % (subnet, i), 24)]
            w.up |= {(None, "v%d" % i), (ns, "eth0")}
        if r.random() < 0.7:
            w.emit("sysctl -qw net.ipv4.ip_forward=1")
    pin_reachable(w)
    w.emit("sleep 1.3")


def pin_reachable(w):
    """A reachable time and a probe delay the scenario never outlives, on every
    device: an entry's REACHABLE state otherwise ends at a random 15 to 45 s,
    and a DELAY entry probes 5 s after it was used, up to 256 ms late on
    Linux (its timer wheel), so whether a later packet finds the entry
    REACHABLE, or a probe goes out before or after it, would be the kernel's
    draw. Emitted without drawing from the generator, so the rest of a
    seed's scenario stays what it was."""
    for ns in [None] + w.netns:
        for dev in w.devs.get(ns, []):
            if dev == "lo":
                continue
            keys = ["net.ipv4.neigh.%s.base_reachable_time_ms=600000" % dev,
                    "net.ipv4.neigh.%s.delay_first_probe_time=600" % dev]
            if w.ipv6:
                keys += ["net.ipv6.neigh.%s.base_reachable_time_ms=600000" % dev,
                         "net.ipv6.neigh.%s.delay_first_probe_time=600" % dev]
            cmd = "sysctl -qw " + " ".join(keys)
            w.emit(cmd if ns is None else "ip netns exec %s %s" % (ns, cmd))


def c_show(w):
    r = w.r
    ns, dev = w.any_dev()
    obj = r.choice(["link", "addr", "route", "link", "addr"])
    opts = " ".join(r.sample(["-s", "-d", "-br", "-o", "-4", "-6"], r.choice([0, 0, 1, 1, 2])))
    if "-br" in opts and obj == "route":
        opts = opts.replace("-br", "")
    if w.bridges and not br_counters_ok(w):
        opts = opts.replace("-s", "")
    if w.bridges and br_stp(w) and obj == "link":
        opts = opts.replace("-d", "")
    sel = ""
    if obj in ("link", "addr") and r.random() < 0.5:
        sel = r.choice([" show dev %s" % dev, " show %s" % dev, " show up", " show type veth", " list"])
        if obj == "addr" and r.random() < 0.5:
            sel = r.choice([" show scope global", " show scope host", " show to 10.0.0.0/8", " show label '%s*'" % dev,
                            " show primary", " show secondary", " show dynamic", " show permanent",
                            " show dev %s scope link" % dev, " show up scope global"])
    elif obj == "route" and r.random() < 0.5:
        a = w.addr_of(ns, dev)
        net = ".".join(a[2].split(".")[:3]) + ".0/24" if a else "10.0.0.0/8"
        sel = r.choice([" show dev %s" % dev, " show table local", " show table main", " show table all",
                        " show %s" % net, " show default", " show scope link", " show proto kernel",
                        " show type unicast", " show root %s" % net, " show match %s" % net,
                        " show exact %s" % net, " list"])
    w.emit(w.run_in(ns, ("ip %s %s%s" % (opts, obj, sel)).replace("  ", " ")))


def c_ping(w):
    r = w.r
    cand = [(ns, dev, a) for (ns, dev, a, p) in w.addrs]
    if not cand:
        return
    src_ns, dev, _ = r.choice(cand)
    target = r.choice(cand)[2] if r.random() < 0.8 else "10.%d.%d.%d" % (r.randint(0, 250), r.randint(0, 3), r.randint(2, 250))
    opts = ["-c %d" % r.choice([1, 2, 3])]
    if r.random() < 0.4:
        opts.append("-i 0.%d" % r.randint(2, 9))
    if r.random() < 0.3:
        # Not a whole second: ping would end on the very second an ARP retry
        # fires, which Linux's timer wheel runs a few milliseconds late.
        opts.append("-W 1.25")
    if r.random() < 0.2:
        opts.append("-q")
    size = 56
    if r.random() < 0.2:
        size = r.choice([0, 8, 16, 100, 1000, 1472, 1473, 3000])
    # Fragmented only where every link takes a whole first fragment (see min_mtu).
    if size + 28 > w.min_mtu:
        size = 16
    if r.random() < 0.1:
        opts.append("-M %s" % r.choice(["do", "dont", "want"]))
    if size != 56:
        opts.append("-s %d" % size)
    if r.random() < 0.2:
        opts.append("-t %d" % r.choice([1, 2, 64]))
    if r.random() < 0.3:
        opts.append("-I %s" % dev)
    if r.random() < 0.1:
        opts.append("-n")
    r.shuffle(opts)
    w.emit(w.run_in(src_ns, "ping %s %s" % (" ".join(opts), target)) + "; echo \"ping rc=$?\"")
    w.fresh_traffic = True


def c_neigh(w):
    r = w.r
    ns, dev = w.any_dev()
    if w.fresh_traffic and r.random() < 0.6:
        w.emit(w.run_in(ns, "ip -4 neigh show"))
        return
    a = w.addr_of(ns, dev)
    if not a or dev == "lo":
        return
    base = ".".join(a[2].split(".")[:3])
    host = "%s.%d" % (base, r.randint(100, 199))
    op = r.choice(["add", "add", "replace", "del", "change"])
    nud = r.choice(["permanent", "stale", "noarp", "reachable", ""])
    ll = "lladdr 02:00:00:00:%02x:%02x " % (r.randint(0, 255), r.randint(0, 255)) if op != "del" else ""
    w.emit(w.run_in(ns, "ip neigh %s %s %sdev %s %s" % (op, host, ll, dev, ("nud " + nud) if nud and op != "del" else "")).rstrip())
    if r.random() < 0.5:
        w.emit(w.run_in(ns, "ip neigh show dev %s" % dev))


def c_route(w):
    r = w.r
    ns, dev = w.any_dev()
    a = w.addr_of(ns, dev)
    if not a:
        return
    base = a[2].split(".")
    gw = "%s.%s.%s.%d" % (base[0], base[1], base[2], r.randint(2, 250))
    dst = "192.168.%d.0/24" % r.randint(0, 255)
    form = r.choice(["add %s via %s" % (dst, gw), "add %s dev %s" % (dst, dev), "add %s dev %s metric %d" % (dst, dev, r.randint(1, 500)),
                     "add blackhole %s" % dst, "add unreachable %s" % dst, "add prohibit %s" % dst,
                     "replace %s via %s" % (dst, gw), "del %s" % dst, "add %s via %s src %s" % (dst, gw, a[2]),
                     "add 172.16.%d.%d dev %s" % (r.randint(0, 255), r.randint(1, 254), dev),
                     "add %s via 10.255.255.1" % dst, "add default via %s" % gw])
    w.emit(w.run_in(ns, "ip route %s" % form))
    if r.random() < 0.5:
        w.emit(w.run_in(ns, "ip route show"))
    if r.random() < 0.4:
        w.emit(w.run_in(ns, "ip route get %s" % r.choice([gw, dst.split("/")[0].replace(".0", ".7"), a[2], "127.0.0.1", "8.8.8.8"])))


def c_addr(w):
    r = w.r
    ns, dev = w.any_dev()
    if dev == "lo" and r.random() < 0.8:
        return
    x = r.randint(1, 250)
    plen = r.choice([8, 16, 24, 24, 24, 28, 32])
    form = r.choice(["add 10.77.%d.%d/%d dev %s" % (x % 4, x, plen, dev),
                     "add 10.77.%d.%d/%d brd + dev %s" % (x % 4, x, plen, dev),
                     "add 10.77.%d.%d/%d dev %s label %s:%d" % (x % 4, x, plen, dev, dev, x % 10),
                     "add 10.77.%d.%d/%d scope link dev %s" % (x % 4, x, plen, dev),
                     "del 10.77.%d.%d/%d dev %s" % (x % 4, x, plen, dev),
                     "flush dev %s" % dev,
                     "add 10.77.%d.%d peer 10.77.%d.%d dev %s" % (x % 4, x, x % 4, (x + 1) % 250, dev),
                     "replace 10.77.%d.%d/%d dev %s" % (x % 4, x, plen, dev),
                     "change 10.77.%d.%d/%d dev %s" % (x % 4, x, plen, dev),
                     "add 10.77.%d.%d/255.255.255.0 dev %s" % (x % 4, x, dev),
                     "del 10.77.%d.%d dev %s" % (x % 4, x, dev),
                     "flush scope global dev %s" % dev,
                     "flush label '%s*'" % dev,
                     "add 10.77.%d.%d/%d dev %s valid_lft forever preferred_lft forever" % (x % 4, x, plen, dev)])
    w.emit(w.run_in(ns, "ip addr %s" % form))
    if r.random() < 0.6:
        w.emit(w.run_in(ns, "ip addr show dev %s" % dev))


def c_linkset(w):
    r = w.r
    ns, dev = w.any_dev()
    if dev == "lo" and r.random() < 0.7:
        return
    mtu = r.choice([68, 1280, 1400, 1500, 9000, 65535, 70000, 67])
    form = r.choice(["down", "up", "mtu %d" % mtu,
                     "address 02:00:00:%02x:%02x:%02x" % (r.randint(0, 255), r.randint(0, 255), r.randint(0, 255)),
                     "txqueuelen %d" % r.choice([0, 100, 1000, 5000]), "name %s" % dev])
    w.emit(w.run_in(ns, "ip link set %s %s" % (dev, form)))
    if w.bridges and form == "up":
        w.br_up_recent = True
        w.up.add((ns, dev))
    if w.bridges and form == "down":
        # A capture on a device that is down exits at once, and the kill
        # that stops it would print its pid.
        w.up.discard((ns, dev))
    if form.startswith("mtu") and mtu >= 68:
        w.min_mtu = min(w.min_mtu, mtu)
    # Linkwatch lags up to a second; a link coming up also redoes DAD and MLD.
    w.emit("sleep 3.3" if w.ipv6 else "sleep 1.3")
    w.emit(w.run_in(ns, "ip link show %s" % dev))


def c_tools(w):
    r = w.r
    ns, dev = w.any_dev()
    cmd = r.choice(["ethtool -S %s" % dev, "ethtool -i %s" % dev, "ethtool %s" % dev, "ifconfig %s" % dev,
                    "ifconfig", "ifconfig -a", "route -n", "cat /proc/net/dev", "cat /proc/net/route",
                    "cat /sys/class/net/%s/operstate" % dev, "cat /sys/class/net/%s/mtu" % dev,
                    "cat /sys/class/net/%s/statistics/rx_packets" % dev, "ls /sys/class/net",
                    "cat /proc/net/snmp", "cat /proc/net/netstat", "ip -s -s link show %s" % dev,
                    "ifconfig %s:%d 10.77.%d.%d" % (dev, r.randint(0, 12), r.randint(0, 3), r.randint(1, 254)),
                    "ifconfig %s:%d down" % (dev, r.randint(0, 3)),
                    "ip -o -4 addr show group default", "ip -br -4 addr show type veth"])
    if w.bridges and not br_counters_ok(w) and any(
            x in cmd for x in ("ethtool -S", "ifconfig", "/proc/net/dev", "statistics", "snmp",
                               "netstat", "-s -s")):
        cmd = "ip link show %s" % dev
    w.emit(w.run_in(ns, cmd))


def c_sysctl(w):
    r = w.r
    ns, dev = w.any_dev()
    key = r.choice(["rp_filter", "accept_local", "arp_ignore", "arp_announce", "arp_filter", "forwarding",
                    "send_redirects", "accept_redirects", "proxy_arp", "log_martians"])
    scope = r.choice(["all", "default", dev])
    val = r.choice([0, 1, 2])
    form = r.choice(["sysctl -w net.ipv4.conf.%s.%s=%d" % (scope, key, val),
                     "sysctl net.ipv4.conf.%s.%s" % (scope, key),
                     "echo %d > /proc/sys/net/ipv4/conf/%s/%s" % (val, scope, key),
                     "cat /proc/sys/net/ipv4/conf/%s/%s" % (scope, key),
                     "sysctl -a -r 'ipv4\\.conf\\..*\\.%s$'" % key,
                     "sysctl net.ipv4.neigh.%s.%s" % (dev, r.choice(["ucast_solicit", "retrans_time_ms",
                                                                     "unres_qlen", "locktime", "gc_stale_time"])),
                     "sysctl -w net.ipv4.neigh.%s.mcast_solicit=%d" % (dev, r.choice([0, 1, 3, -1]))])
    w.emit(w.run_in(ns, form))


def c_netns(w):
    r = w.r
    form = r.choice(["ip netns list", "ip netns add x%d" % r.randint(0, 9), "ip netns del x%d" % r.randint(0, 9),
                     "ip netns identify", "ip netns"])
    w.emit(form)
    if form.startswith("ip netns add"):
        ns_settings(w, form.split()[-1])
    if form.startswith("ip netns del"):
        w.emit("sleep 1.3")


def c_capture(w):
    r = w.r
    cand = [(ns, dev) for (ns, dev) in w.up if dev != "lo" or r.random() < 0.3]
    if not cand:
        return
    ns, dev = r.choice(cand)
    w.caps += 1
    f = "cap%d.txt" % w.caps
    opts = r.choice(["-n", "-n -e", "-n -v", "-nn", "-n -q", "-n -t", "-n -tt"])
    filt = "not ip6" if not w.ipv6 else ""
    if w.bridges:
        if w.br_up_recent:
            br_settle(w)
        if br_stp(w):
            filt = "not ip6 and not stp"
    w.emit("%s > %s 2>&1 &" % (w.run_in(ns, "tcpdump %s -i %s %s" % (opts, dev, filt)).rstrip(), f))
    w.emit("pid%d=$!" % w.caps)
    # Fractional waits: script time never lands on a protocol timer's whole
    # second (NUD's 5 s, ARP's 1 s), where the kernel's few milliseconds of
    # command time and vethlab's none would order events differently.
    w.emit("sleep 1.3")
    c_ping(w)
    w.emit("sleep 1.3")
    w.emit("kill $pid%d" % w.caps)
    w.emit("wait $pid%d" % w.caps)
    w.emit("cat %s" % f)


def c_error(w):
    r = w.r
    w.emit(r.choice(["ip link add veth0 type veth peer name veth0", "ip link set nosuch up",
                     "ip addr add 300.1.1.1/24 dev lo", "ip route add 10.0.0.0/33 dev lo",
                     "ip link set lo mtu 70000", "ip neigh add 10.0.0.1 dev nosuch",
                     "ip netns exec nosuch ip link", "ping -c 1 -I nosuch 127.0.0.1", "ping -c 0 127.0.0.1",
                     "ethtool -S nosuch", "sysctl net.ipv4.conf.nosuch.rp_filter", "ip link show type",
                     "ip route get 300.1.1.1", "ip -6 route get ::1", "ip link add type", "ip addr show dev",
                     "ifconfig nosuch", "ip link del nosuch", "ip netns add", "ip route flush",
                     "ip neigh flush", "ip link set dev lo name x/y"]) + "; echo \"rc=$?\"")


def c_ipv6(w):
    r = w.r
    ns, dev = w.any_dev()
    if dev == "lo":
        return
    x = r.randint(1, 99)
    w.emit(w.run_in(ns, "ip -6 addr add 2001:db8:%d::%d/64 dev %s nodad" % (x, x, dev)))
    # The join's MLD report is repeated after a random delay of up to a second:
    # packet counters read sooner would depend on the draw.
    w.emit("sleep 1.3")
    w.emit(w.run_in(ns, r.choice(["ip -6 addr show dev %s" % dev, "ip -6 route show", "ip -6 route get 2001:db8:%d::1" % x])))



# ---------------------------------------------------------------------------
# The bridge: topologies and commands as the bridge tutorials write them.
#
# Rules of their own (why: README.md, "The bridge"):
#   - every veth end has a fixed MAC (02:00:00:00:0N:01 for port N, ...:02 for
#     its peer): the bridge takes its lowest port's MAC, and bridge ids print
#     it unnormalised (8000.2:0:0:0:1:1);
#   - IPv6 is off everywhere (MLD of ff02::6a, RS and DAD would refresh fdb
#     entries and reach captures);
#   - a snooping bridge (the default) sends IGMP reports for 224.0.0.106 that
#     vethlab does not send: such scenarios read no packet counters, and
#     captures run only while no bridge comes up;
#   - STP (stp_state 1) sends BPDUs vethlab does not: no counters, captures
#     filter `not stp`, and no timer-printing details (-d) of bridges or ports;
#   - bridges age entries in minutes, except within c_br_ageing, which
#     shortens the ageing time for a while and keeps 1.3 s clear of every
#     entry's expiry; brctl showmacs (ages in centiseconds) only once every
#     learnt entry has aged out;
#   - captures only on devices that are up and still there (tcpdump would
#     exit at once, and the kill stopping it print a pid).
# ---------------------------------------------------------------------------

BR_NAMES = ["br0", "br0", "br0", "br-lan", "sw0", "br1"]


def br_wants(seed):
    """Whether seed SEED builds a bridge topology: every seed of 10000-19999,
    a fifth of the others. Drawn from its own generator, so that the scenario
    of a seed that builds no bridge is what it was before bridges."""
    if 10000 <= seed < 20000:
        return True
    return random.Random("bridge%d" % seed).random() < 0.2


def port_mac(i, side):
    return "02:00:00:00:%02x:%02x" % (i, side)


def br_cmd(w, ns, cmd):
    """A bridge or brctl command run in namespace ns (bridge -n or ip netns exec)."""
    if ns is None:
        return cmd
    if cmd.startswith("bridge ") and w.r.random() < 0.4:
        return "bridge -n %s %s" % (ns, cmd[7:])
    return "ip netns exec %s %s" % (ns, cmd)


def br_settle(w):
    """Linkwatch (1 s), and two forward delays where a bridge runs STP."""
    wait = 1.3
    for b in w.bridges.values():
        if b["stp"]:
            wait = max(wait, 2 * b["fd"] + 1.3)
    w.emit("sleep %.1f" % wait)
    w.br_up_recent = False


def br_create_opts(w):
    r = w.r
    opts = []
    b = {"ageing": 300.0, "stp": False, "fd": 15.0, "snoop": True}
    if r.random() < 0.35:
        # Long: a short ageing time would make every later fdb listing race
        # the kernel's command times (c_br_ageing shortens it for a while).
        b["ageing"] = r.choice([60.0, 300.0, 1000.0])
        opts.append("ageing_time %d" % int(b["ageing"] * 100))
    if r.random() < 0.12:
        b["stp"] = True
        b["fd"] = r.choice([2.0, 3.0])
        opts.append("stp_state 1 forward_delay %d" % int(b["fd"] * 100))
    elif r.random() < 0.2:
        opts.append("stp_state 0")
        if r.random() < 0.5:
            opts.append("forward_delay %d" % r.choice([200, 400, 1500]))
    if r.random() < 0.2:
        opts.append("priority %d" % r.choice([0, 100, 4096, 32768, 65535]))
    if r.random() < 0.1:
        opts.append("group_fwd_mask %d" % r.choice([0, 8, 16384]))
    if r.random() < 0.3:
        b["snoop"] = False
        opts.append("mcast_snooping 0")
    elif r.random() < 0.1:
        opts.append("mcast_snooping 1")
    r.shuffle(opts)
    return b, (" " + " ".join(opts)) if opts else ""


def br_counters_ok(w):
    """Packet counters can be read: no snooping bridge's IGMP reports, no BPDUs."""
    return not any(b["snoop"] or b["stp"] for b in w.bridges.values())


def build_bridge(w):
    r = w.r
    subnet = r.randint(1, 200)
    w.subnet = subnet
    place = r.choice(["root", "root", "root", "switch"])
    n = r.choice([2, 2, 3, 3, 3, 4])
    hostname = r.choice(["ns%d", "h%d", "red%d"]) if n > 2 else r.choice(["ns%d", "h%d"])
    portname = r.choice(["veth%d", "p%d", "v%d", "br0p%d"])
    brname = r.choice(BR_NAMES)
    bns = None
    if place == "switch":
        bns = "sw"
        w.netns.append(bns)
        w.devs[bns] = ["lo"]
        w.emit("ip netns add sw")
        ns_settings(w, bns)
    w.br_ns = bns
    b, opts = br_create_opts(w)
    b["ns"] = bns
    w.bridges[brname] = b
    w.devs[bns].append(brname)
    style = r.choice(["ip", "ip", "ip", "name", "brctl"])
    if style == "brctl" and not opts:
        w.emit(br_cmd(w, bns, "brctl addbr %s" % brname))
    elif style == "name":
        w.emit(w.run_in(bns, "ip link add name %s type bridge%s" % (brname, opts)))
    else:
        w.emit(w.run_in(bns, "ip link add %s type bridge%s" % (brname, opts)))
    br_up_first = r.random() < 0.5
    if br_up_first:
        w.emit(w.run_in(bns, "ip link set %s up" % brname))
        w.up.add((bns, brname))
    for i in range(1, n + 1):
        hns = hostname % i
        port = portname % i
        w.netns.append(hns)
        w.devs[hns] = ["lo"]
        w.emit("ip netns add %s" % hns)
        ns_settings(w, hns)
        pm, hm = port_mac(i, 1), port_mac(i, 2)
        where = (" netns %s" % bns) if bns else ""
        if r.random() < 0.7:
            w.emit("ip link add %s%s address %s type veth peer name eth0 address %s netns %s"
                   % (port, where, pm, hm, hns))
        else:
            w.emit("ip link add %s%s type veth peer name eth0 netns %s" % (port, where, hns))
            w.emit(w.run_in(bns, "ip link set %s address %s" % (port, pm)))
            w.emit("ip -n %s link set eth0 address %s" % (hns, hm))
        w.devs[bns].append(port)
        w.devs[hns].append("eth0")
        w.pairs.append((bns, port, hns, "eth0"))
        w.ports[(bns, port)] = brname
        w.hosts.append((hns, "eth0", i))
        if r.random() < 0.25:
            w.emit(br_cmd(w, bns, "brctl addif %s %s" % (brname, port)))
        else:
            w.emit(w.run_in(bns, "ip link set %s%s master %s" % (r.choice(["", "dev "]), port, brname)))
        w.emit(w.run_in(bns, "ip link set %s up" % port))
        a = "10.%d.0.%d" % (subnet, i)
        w.emit("ip -n %s addr add %s/24 dev eth0" % (hns, a))
        w.emit("ip -n %s link set eth0 up" % hns)
        if r.random() < 0.6:
            w.emit("ip -n %s link set lo up" % hns)
            w.up.add((hns, "lo"))
        w.addrs.append((hns, "eth0", a, 24))
        w.up |= {(bns, port), (hns, "eth0")}
    if not br_up_first:
        w.emit(w.run_in(bns, "ip link set %s up" % brname))
        w.up.add((bns, brname))
    if r.random() < 0.5:
        # The host on the bridge.
        a = "10.%d.0.254" % subnet
        w.emit(w.run_in(bns, "ip addr add %s/24 dev %s" % (a, brname)))
        w.addrs.append((bns, brname, a, 24))
    pin_reachable(w)
    br_settle(w)


def br_any(w):
    """A (namespace, bridge) that exists."""
    names = sorted(w.bridges)
    if not names:
        return None, None
    name = w.r.choice(names)
    return w.bridges[name]["ns"], name


def br_any_port(w, enslaved=True):
    cand = sorted(((ns or "", p) for (ns, p), m in w.ports.items() if (m is not None) == enslaved))
    if not cand:
        return None, None
    ns, p = w.r.choice(cand)
    return ns or None, p


def br_stp(w):
    return any(b["stp"] for b in w.bridges.values())


def c_br_fdb_show(w):
    r = w.r
    ns, br = br_any(w)
    if br is None:
        return
    _, port = br_any_port(w)
    form = r.choice(["bridge fdb show", "bridge fdb show br %s" % br, "bridge fdb show br %s" % br,
                     "bridge fdb show dev %s" % (port or br), "bridge fdb show br %s dynamic" % br,
                     "bridge fdb", "bridge fdb show dynamic", "bridge fdb show br %s state permanent" % br,
                     "bridge fdb show br %s brport %s" % (br, port or br), "bridge -s fdb show br %s" % br,
                     "bridge fdb show br %s state static" % br])
    w.emit(br_cmd(w, ns, form))


def c_br_link(w):
    r = w.r
    ns, br = br_any(w)
    if br is None:
        return
    _, port = br_any_port(w)
    forms = ["bridge link", "bridge link show", "bridge -s link show", "bridge link show dev %s" % (port or br)]
    if not br_stp(w):
        forms += ["bridge -d link", "bridge -d link show", "bridge -d link show dev %s" % (port or br)]
    w.emit(br_cmd(w, ns, r.choice(forms)))


def c_br_portset(w):
    r = w.r
    ns, port = br_any_port(w)
    if port is None:
        return
    flags = ["learning", "flood", "hairpin", "isolated", "mcast_flood", "bcast_flood"]
    sets = []
    for f in r.sample(flags, r.choice([1, 1, 1, 2, 3])):
        sets.append("%s %s" % (f, r.choice(["on", "off"])))
    if r.random() < 0.25:
        st = r.choice([0, 1, 2, 3, 4, "disabled", "blocking", "forwarding", "learning", "listening"])
        sets.append("state %s" % st)
    if r.random() < 0.2:
        sets.append("cost %d" % r.choice([1, 2, 4, 19, 100, 65535]))
    if r.random() < 0.2:
        sets.append("priority %d" % r.choice([0, 3, 32, 63]))
    if r.random() < 0.6:
        w.emit(br_cmd(w, ns, "bridge link set dev %s %s" % (port, " ".join(sets))) + "; echo rc=$?")
    else:
        # ip's names: the same flags but state takes a number.
        ipsets = " ".join(x for x in sets if not (x.startswith("state ") and not x[6:].isdigit()))
        if ipsets:
            w.emit(w.run_in(ns, "ip link set %s type bridge_slave %s" % (port, ipsets)) + "; echo rc=$?")
    if r.random() < 0.5:
        w.emit(br_cmd(w, ns, r.choice(["bridge link show dev %s" % port, "bridge link"]
                                      + ([] if br_stp(w) else ["bridge -d link show dev %s" % port]))))
    if r.random() < 0.5:
        c_ping(w)


def c_br_fdb_mod(w):
    r = w.r
    ns, port = br_any_port(w)
    if port is None:
        return
    mac = r.choice(["02:11:22:33:44:%02x" % r.randint(0, 255),
                    port_mac(r.choice([h[2] for h in w.hosts]), 2)])
    op = r.choice(["add", "add", "replace", "del", "add"])
    kind = r.choice(["", " static", " permanent", " dynamic", " static", ""]) if op != "del" else ""
    w.emit(br_cmd(w, ns, "bridge fdb %s %s dev %s master%s" % (op, mac, port, kind)) + "; echo rc=$?")
    if r.random() < 0.4:
        c_ping(w)
    if r.random() < 0.7:
        w.emit(br_cmd(w, ns, "bridge fdb show br %s" % w.ports[(ns, port)]))


def br_new_bridge(w, ns):
    """A second bridge in namespace ns (its name), created if needed."""
    if "brx" not in w.bridges:
        b, opts = br_create_opts(w)
        b["ns"] = ns
        w.bridges["brx"] = b
        w.devs[ns].append("brx")
        w.emit(w.run_in(ns, "ip link add brx type bridge%s" % opts))
        if w.r.random() < 0.7:
            w.emit(w.run_in(ns, "ip link set brx up"))
            w.up.add((ns, "brx"))
            w.br_up_recent = True
    return "brx"


def c_br_master(w):
    r = w.r
    ns, port = br_any_port(w, enslaved=r.random() < 0.7)
    if port is None:
        ns, port = br_any_port(w)
        if port is None:
            return
    cur = w.ports[(ns, port)]
    if cur is not None:
        op = r.choice(["nomaster", "nomaster", "move", "delif"])
    else:
        op = r.choice(["master", "addif"])
    if op == "nomaster":
        w.emit(w.run_in(ns, "ip link set %s nomaster" % port) + "; echo rc=$?")
        w.ports[(ns, port)] = None
    elif op == "delif":
        w.emit(br_cmd(w, ns, "brctl delif %s %s" % (cur, port)) + "; echo rc=$?")
        w.ports[(ns, port)] = None
    else:
        if op == "move" or r.random() < 0.3:
            target = br_new_bridge(w, ns) if cur != "brx" else r.choice(
                [n for n, b in sorted(w.bridges.items()) if b["ns"] == ns and n != "brx"] or ["brx"])
        else:
            target = r.choice([n for n, b in sorted(w.bridges.items()) if b["ns"] == ns] or [br_new_bridge(w, ns)])
        if op == "addif":
            w.emit(br_cmd(w, ns, "brctl addif %s %s" % (target, port)) + "; echo rc=$?")
        else:
            w.emit(w.run_in(ns, "ip link set %s master %s" % (port, target)) + "; echo rc=$?")
        w.ports[(ns, port)] = target
    br_settle(w)
    shown = r.choice(["ip link show %s" % port, "ip link show master %s" % (cur or "brx"), "bridge link"])
    w.emit(br_cmd(w, ns, shown) if shown.startswith("bridge") else w.run_in(ns, shown))
    if r.random() < 0.6:
        c_ping(w)


def c_br_set(w):
    r = w.r
    ns, br = br_any(w)
    if br is None:
        return
    b = w.bridges[br]
    form = r.choice(["type", "type", "address", "mtu", "downup", "down"])
    if form == "type":
        opts = []
        if r.random() < 0.5:
            b["ageing"] = r.choice([60.0, 300.0, 600.0])
            opts.append("ageing_time %d" % int(b["ageing"] * 100))
        if r.random() < 0.3 and not b["stp"]:
            opts.append("forward_delay %d" % r.choice([200, 400, 1500]))
        if r.random() < 0.3:
            opts.append("priority %d" % r.choice([0, 100, 4096, 32768, 65535]))
        if r.random() < 0.2:
            opts.append("group_fwd_mask %d" % r.choice([0, 8, 16384]))
        if r.random() < 0.2 and b["snoop"]:
            # Leaving 224.0.0.106 sends IGMP reports, the last at a random
            # time within a second: no capture until it is over.
            opts.append("mcast_snooping 0")
            w.br_up_recent = True
        if r.random() < 0.15 and not b["stp"]:
            opts.append("stp_state 0")
        if not opts:
            opts.append("ageing_time %d" % int(b["ageing"] * 100))
        w.emit(w.run_in(ns, "ip link set %s type bridge %s" % (br, " ".join(opts))) + "; echo rc=$?")
        if not b["stp"] and r.random() < 0.6:
            w.emit(w.run_in(ns, "ip -d link show %s" % br))
        return
    if form == "address":
        w.emit(w.run_in(ns, "ip link set %s address %s" % (br, r.choice(
            ["02:00:00:00:00:%02x" % r.randint(1, 255), "02:00:00:00:09:01", port_mac(1, 1)]))))
    elif form == "mtu":
        mtu = r.choice([1280, 1400, 1500, 1600, 9000])
        w.emit(w.run_in(ns, "ip link set %s mtu %d" % (br, mtu)) + "; echo rc=$?")
    elif form == "down":
        w.emit(w.run_in(ns, "ip link set %s down" % br))
        w.up.discard((ns, br))
    else:
        w.emit(w.run_in(ns, "ip link set %s down" % br))
        w.emit(w.run_in(ns, "ip link set %s up" % br))
        w.up.add((ns, br))
    br_settle(w)
    w.emit(w.run_in(ns, r.choice(["ip link show %s" % br, "ip link show master %s" % br, "ip addr show dev %s" % br])))
    if r.random() < 0.5:
        c_ping(w)


def c_br_show(w):
    r = w.r
    ns, br = br_any(w)
    if br is None:
        return
    _, port = br_any_port(w)
    port = port or br
    forms = ["ip link show master %s" % br, "ip link show type bridge", "ip link show type bridge_slave",
             "ip -br link show master %s" % br, "ip -j link show %s" % port, "ip -j link show master %s" % br,
             "ip -br link show type bridge", "ip link show %s" % br, "ip addr show master %s" % br,
             "brctl show", "brctl show %s" % br]
    if not br_stp(w):
        forms += ["ip -d link show %s" % br, "ip -d link show %s" % port, "ip -j -d link show %s" % port,
                  "ip -j -p -d link show %s" % r.choice([br, port]), "ip -j -d link show %s" % br,
                  "ip -d link show type bridge_slave"]
    cmd = r.choice(forms)
    w.emit(br_cmd(w, ns, cmd) if cmd.startswith("brctl") else w.run_in(ns, cmd))


def c_br_ageing(w):
    """A short ageing time for a while: every older entry goes, one is learnt,
    and it is looked at again 1.3 s past its expiry (or 1.3 s before it)."""
    r = w.r
    cand = [(n, b) for n, b in sorted(w.bridges.items()) if not b["stp"]]
    if not cand or len(w.hosts) < 2:
        return
    br, b = r.choice(cand)
    ns = b["ns"]
    a, c = r.sample(w.hosts, 2)
    dst = [x for x in w.addrs if x[0] == c[0]]
    if not dst:
        return
    short = r.choice([2.0, 3.0])
    w.emit(w.run_in(ns, "ip link set %s type bridge ageing_time %d" % (br, int(short * 100))))
    w.emit("sleep %.1f" % (short + 1.3))
    w.emit("ip netns exec %s ping -c 1 -W 1.25 %s; echo \"ping rc=$?\"" % (a[0], dst[0][2]))
    w.emit(br_cmd(w, ns, "bridge fdb show br %s dynamic" % br))
    wait = short + 1.3 if r.random() < 0.7 else short - 1.3
    w.emit("sleep %.1f" % wait)
    after = ["bridge fdb show br %s dynamic" % br, "bridge fdb show br %s" % br]
    if wait > short:
        # brctl showmacs prints each learnt entry's age in centiseconds, which
        # on the kernel includes its commands' milliseconds (0.01 where
        # vethlab says 0.00): only once every learnt entry has aged out.
        after.append("brctl showmacs %s" % br)
    w.emit(br_cmd(w, ns, r.choice(after)))
    w.emit(w.run_in(ns, "ip link set %s type bridge ageing_time %d" % (br, int(b["ageing"] * 100))))


def c_br_traffic(w):
    """A link going down while a ping runs: the port, its peer or the bridge."""
    r = w.r
    if len(w.hosts) < 2 or not w.bridges:
        return
    a, c = r.sample(w.hosts, 2)
    dst = [x for x in w.addrs if x[0] == c[0]]
    if not dst:
        return
    what = r.choice(["port", "peer", "bridge", "portmtu"])
    port = None
    for (ns, p), m in sorted(w.ports.items(), key=lambda x: (x[0][0] or "", x[0][1])):
        for pair in w.pairs:
            if pair[0] == ns and pair[1] == p and pair[2] == r.choice([a[0], c[0]]):
                port = (ns, p)
    if port is None:
        return
    w.caps += 1
    f = "ping%d.txt" % w.caps
    w.emit("ip netns exec %s ping -c 5 -i 0.4 -W 1.25 %s > %s 2>&1 &" % (a[0], dst[0][2], f))
    w.emit("pid%d=$!" % w.caps)
    # Midway between two echo requests (0.4 s apart): a second ping's start-up
    # time on Linux must not move one to the other side of the change.
    w.emit("sleep 0.6")
    if what == "port":
        w.emit(w.run_in(port[0], "ip link set %s down" % port[1]))
        undo = w.run_in(port[0], "ip link set %s up" % port[1])
    elif what == "peer":
        peer = [p for p in w.pairs if p[0] == port[0] and p[1] == port[1]][0]
        w.emit("ip -n %s link set %s down" % (peer[2], peer[3]))
        undo = "ip -n %s link set %s up" % (peer[2], peer[3])
    elif what == "bridge":
        br = w.ports.get(port)
        if br is None:
            br = sorted(w.bridges)[0]
        bns = w.bridges[br]["ns"]
        w.emit(w.run_in(bns, "ip link set %s down" % br))
        undo = w.run_in(bns, "ip link set %s up" % br)
    else:
        w.emit(w.run_in(port[0], "ip link set %s mtu %d" % (port[1], r.choice([1400, 1280, 9000]))))
        undo = w.run_in(port[0], "ip link set %s mtu 1500" % port[1])
    w.emit("wait $pid%d" % w.caps)
    w.emit("cat %s" % f)
    if r.random() < 0.5:
        w.emit(br_cmd(w, port[0], r.choice(["bridge link", "bridge fdb show br %s dynamic" % (w.ports.get(port) or sorted(w.bridges)[0])])))
    if r.random() < 0.8:
        w.emit(undo)
        w.br_up_recent = True
        br_settle(w)
    elif what == "port":
        w.up.discard(port)
    elif what == "peer":
        w.up.discard((peer[2], peer[3]))
    elif what == "bridge":
        w.up.discard((bns, br))


def c_br_capture(w):
    """tcpdump -n -e on a port or the bridge, to a file, around a ping."""
    r = w.r
    if getattr(w, "br_up_recent", False):
        br_settle(w)
    cand = sorted([(ns or "", p) for (ns, p) in w.ports if (ns, p) in w.up] +
                  [(b["ns"] or "", n) for n, b in w.bridges.items() if (b["ns"], n) in w.up])
    if not cand:
        return
    ns, dev = r.choice(cand)
    ns = ns or None
    w.caps += 1
    f = "cap%d.txt" % w.caps
    filt = "not ip6 and not stp" if br_stp(w) else r.choice(["", "not ip6", "arp or icmp"])
    w.emit("%s > %s 2>&1 &" % (w.run_in(ns, "tcpdump -n -e -i %s %s" % (dev, filt)).rstrip(), f))
    w.emit("pid%d=$!" % w.caps)
    w.emit("sleep 1.3")
    c_ping(w)
    if r.random() < 0.3:
        c_ping(w)
    w.emit("sleep 1.3")
    w.emit("kill $pid%d" % w.caps)
    w.emit("wait $pid%d" % w.caps)
    w.emit("cat %s" % f)


def c_br_del(w):
    r = w.r
    if r.random() < 0.5:
        ns, port = br_any_port(w)
        if port is None:
            return
        w.emit(w.run_in(ns, "ip link del %s" % port))
        del w.ports[(ns, port)]
        for pair in [p for p in w.pairs if p[0] == ns and p[1] == port]:
            w.pairs.remove(pair)
            w.hosts = [h for h in w.hosts if h[0] != pair[2]]
            w.addrs = [a for a in w.addrs if not (a[0] == pair[2] and a[1] == pair[3])]
            w.devs[pair[2]].remove(pair[3])
            w.up.discard((pair[2], pair[3]))
        w.devs[ns].remove(port)
        w.addrs = [a for a in w.addrs if not (a[0] == ns and a[1] == port)]
        w.up.discard((ns, port))
    else:
        ns, br = br_any(w)
        if br is None or (len(w.bridges) == 1 and r.random() < 0.6):
            return
        if r.random() < 0.3:
            w.emit(w.run_in(ns, "ip link set %s down" % br))
            w.emit(br_cmd(w, ns, "brctl delbr %s" % br) + "; echo rc=$?")
        else:
            w.emit(w.run_in(ns, "ip link del %s" % br))
        del w.bridges[br]
        w.devs[ns].remove(br)
        w.addrs = [a for a in w.addrs if not (a[0] == ns and a[1] == br)]
        w.up.discard((ns, br))
        for k, m in list(w.ports.items()):
            if m == br:
                w.ports[k] = None
    w.emit("sleep 1.3")
    ns = w.br_ns
    shown = r.choice(["bridge link", "bridge fdb show", "brctl show", "ip -br link"])
    w.emit(w.run_in(ns, shown) if shown.startswith("ip ") else br_cmd(w, ns, shown))


def c_br_error(w):
    r = w.r
    ns, br = br_any(w)
    br = br or "br0"
    _, port = br_any_port(w)
    port = port or "eth0"
    cmds = ["ip link set lo master %s" % br, "ip link set nosuch master %s" % br,
            "ip link set %s master nosuch" % port, "ip link set %s master %s" % (br, br),
            "ip link add %s type bridge" % br, "brctl addbr %s" % br, "brctl addif nosuch %s" % port,
            "brctl addif %s nosuch" % br, "brctl delif %s lo" % br, "brctl delbr nosuch",
            "brctl addif %s lo" % br, "ip link set %s type bridge ageing_time x" % br,
            "ip link set %s type bridge forward_delay 1" % br, "ip link set %s type bridge priority 70000" % br,
            "ip link add brq type bridge forward_delay 5000", "ip link add brq type bridge stp_state 2",
            "bridge link set dev %s state 9" % port, "bridge link set dev %s cost 0" % port,
            "bridge link set dev nosuch learning on", "bridge link set dev %s learning sometimes" % port,
            "bridge fdb add 02:11:22:33:44:55 dev nosuch master", "bridge fdb del 02:11:22:33:44:56 dev %s master" % port,
            "bridge fdb add 02:11:22:33:44:5 dev %s master" % port, "bridge fdb show br nosuch",
            "bridge fdb show dev nosuch", "ip link set %s type bridge_slave cost x" % port,
            "ip link set %s type bridge_slave state 5" % port, "ip link show master nosuch",
            "ip link set lo type bridge_slave learning off", "ip link add brq type bridge ageing_time -1",
            "bridge link show dev nosuch", "brctl showmacs nosuch", "brctl show nosuch",
            "bridge fdb add 01:00:5e:00:00:05 dev %s master static" % port,
            "bridge fdb add 00:00:00:00:00:00 dev %s master" % port]
    if "brq" not in w.bridges:
        cmds += ["ip link add brq type bridge group_fwd_mask 1"]
    cmd = r.choice(cmds)
    if cmd.startswith("bridge "):
        w.emit(br_cmd(w, ns, cmd) + "; echo rc=$?")
    elif cmd.startswith("brctl"):
        w.emit(br_cmd(w, ns, cmd) + "; echo rc=$?")
    else:
        w.emit(w.run_in(ns, cmd) + "; echo rc=$?")
    if "add brq" in cmd:
        w.emit(w.run_in(ns, "ip link del brq") + "; echo rc=$?")


BR_ACTIONS = [(c_br_fdb_show, 5), (c_br_link, 4), (c_br_portset, 4), (c_br_fdb_mod, 3), (c_br_master, 3),
              (c_br_set, 3), (c_br_show, 5), (c_br_ageing, 3), (c_br_traffic, 3),
              (c_br_capture, 3), (c_br_del, 1), (c_br_error, 3)]


# ---------------------------------------------------------------------------
# iputils' other tools: seeds 20000-29999 add arping and tracepath (and so
# UDP) to the commands above. Other seeds draw exactly what they drew before.
# ---------------------------------------------------------------------------

def tools_wants(seed):
    return 20000 <= seed < 30000


def c_arping(w):
    """arping as users type it: -c with -I, or the device arping finds by the
    route; unanswered targets, -D, -U, -A, -q, -b, -s. Counts stay small and
    no -w: arping sends once a second and a deadline on the second would race
    its last request."""
    r = w.r
    cand = [(ns, dev, a) for (ns, dev, a, p) in w.addrs if dev != "lo"]
    if not cand:
        return
    ns, dev, src = r.choice(cand)
    peers = [a for (ns2, dev2, a, p) in w.addrs if a != src]
    if peers and r.random() < 0.75:
        target = r.choice(peers)
    else:
        base = src.split(".")
        target = "%s.%s.%s.%d" % (base[0], base[1], base[2], r.randint(100, 199))
    opts = ["-c %d" % r.choice([1, 1, 2, 3])]
    if r.random() < 0.8:
        opts.append("-I %s" % dev)
    mode = r.random()
    if mode < 0.1:
        opts.append("-D")
    elif mode < 0.2:
        opts.append("-U")
    elif mode < 0.3:
        opts.append("-A")
    if r.random() < 0.15:
        opts.append("-q")
    if r.random() < 0.1:
        opts.append("-b")
    if r.random() < 0.1:
        opts.append("-s %s" % src)
    if r.random() < 0.1:
        opts.append("-f")
    r.shuffle(opts)
    w.emit(w.run_in(ns, "arping %s %s" % (" ".join(opts), target)) + "; echo \"arping rc=$?\"")
    w.fresh_traffic = True


def c_tracepath(w):
    """tracepath -n (names would ask DNS) to an address of the topology or one
    nobody has, with -m, -l or -p now and then."""
    r = w.r
    cand = [(ns, dev, a) for (ns, dev, a, p) in w.addrs]
    if not cand:
        return
    ns, _, src = r.choice(cand)
    if r.random() < 0.8:
        target = r.choice(cand)[2]
    else:
        base = src.split(".")
        target = "%s.%s.%s.%d" % (base[0], base[1], base[2], r.randint(100, 199))
    opts = ["-n"]
    if r.random() < 0.3:
        opts.append("-m %d" % r.choice([1, 2, 3, 30]))
    if r.random() < 0.2:
        opts.append("-l %d" % r.choice([100, 1000, 1400]))
    if r.random() < 0.2:
        opts.append("-p %d" % r.choice([33434, 5000, 44444]))
    r.shuffle(opts)
    w.emit(w.run_in(ns, "tracepath %s %s" % (" ".join(opts), target)) + "; echo \"tracepath rc=$?\"")
    w.fresh_traffic = True


TOOLS_ACTIONS = [(c_arping, 4), (c_tracepath, 3)]

ACTIONS = [(c_show, 6), (c_ping, 5), (c_neigh, 2), (c_route, 3), (c_addr, 3), (c_linkset, 2), (c_tools, 3),
           (c_sysctl, 2), (c_netns, 1), (c_capture, 2), (c_error, 2), (c_ipv6, 1)]


def generate(seed):
    bridge = br_wants(seed)
    r = random.Random(seed)
    w = World(r)
    w.ipv6 = r.random() < 0.3 and not bridge
    w.emit("# difftest seed %d" % seed)
    w.emit("sysctl -qw net.ipv6.conf.default.router_solicitations=0 net.ipv6.conf.all.router_solicitations=0")
    if not w.ipv6:
        w.emit("sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1")
    if bridge:
        build_bridge(w)
    else:
        build_topology(w)
    if w.ipv6:
        w.emit("sleep 3.3")
    actions = ACTIONS + BR_ACTIONS if bridge else ACTIONS
    if tools_wants(seed):
        actions = actions + TOOLS_ACTIONS
    total = sum(wt for _, wt in actions)
    for _ in range(r.randint(6, 20)):
        pick = r.uniform(0, total)
        for fn, wt in actions:
            pick -= wt
            if pick <= 0:
                if fn is not c_ping and fn is not c_capture:
                    if fn is not c_neigh:
                        w.fresh_traffic = False
                fn(w)
                break
    return "\n".join(w.lines) + "\n"


if __name__ == "__main__":
    sys.stdout.write(generate(int(sys.argv[1])))

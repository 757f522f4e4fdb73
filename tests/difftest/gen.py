#!/usr/bin/env python3
"""gen.py: writes a random but realistic scenario for the differential tester.

From a seed, it builds a topology the way tutorials and test setups build them
(a pair in one namespace, a pair across namespaces, a chain of routers, a star,
many namespaces), then runs a random sequence of the commands vethlab claims:
ip link/addr/route/neigh/netns with their options and selectors, ping, tcpdump
to files, ethtool, sysctl (all/default/device), ifconfig, route, /proc and /sys
reads, erroneous commands, and changes while traffic runs.

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


ACTIONS = [(c_show, 6), (c_ping, 5), (c_neigh, 2), (c_route, 3), (c_addr, 3), (c_linkset, 2), (c_tools, 3),
           (c_sysctl, 2), (c_netns, 1), (c_capture, 2), (c_error, 2), (c_ipv6, 1)]


def generate(seed):
    r = random.Random(seed)
    w = World(r)
    w.ipv6 = r.random() < 0.3
    w.emit("# difftest seed %d" % seed)
    w.emit("sysctl -qw net.ipv6.conf.default.router_solicitations=0 net.ipv6.conf.all.router_solicitations=0")
    if not w.ipv6:
        w.emit("sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1")
    build_topology(w)
    if w.ipv6:
        w.emit("sleep 3.3")
    total = sum(wt for _, wt in ACTIONS)
    for _ in range(r.randint(6, 20)):
        pick = r.uniform(0, total)
        for fn, wt in ACTIONS:
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

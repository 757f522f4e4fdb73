#!/usr/bin/env python3
"""difftest.py: the differential tester: generated scenarios, run on the real
kernel and in vethlab, compared as the conformance suite compares them, and
shrunk to a minimal scenario when they differ.

  difftest.py run SEEDS [-j N] [-o DIR] [--keep]
                                          run seeds (e.g. 1-500 or 3,7,9); report;
                                          --keep files the matching ones too (OUT/same)
  difftest.py recheck DIR...              vethlab alone against the kernel outputs filed
                                          under DIR: which still differ, which now match
  difftest.py reduce FILE [-o OUT]        shrink a differing scenario (delta debugging)
  difftest.py gen SEED                    print a scenario

It needs root and unshare (the kernel side runs as tests/conformance/lib.sh's
run_kernel: a fresh network and mount namespace, lo up, private /run/netns and
sysfs). A scenario whose two kernel runs disagree is not vethlab's divergence:
it is counted as "kernel-nondeterministic" and shows the generator something
to avoid.
"""
import argparse
import concurrent.futures as cf
import os
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
LIB = os.path.join(ROOT, "tests", "conformance", "lib.sh")
sys.path.insert(0, HERE)
import gen  # noqa: E402

VETHLAB = os.environ.get("VETHLAB", os.path.join(ROOT, "build", "vethlab"))


def _bash(script, *args, stdin=None, timeout=None):
    p = subprocess.run(["bash", "-c", script, "bash", *args], input=stdin, capture_output=True,
                       timeout=timeout)
    return p.returncode, p.stdout


def run_kernel(path):
    """(timed_out, raw output) of the scenario on the real kernel."""
    rc, out = _bash('. "$1"; KERNEL_TIMEOUT=120 run_kernel "$2"', LIB, path)
    return rc == 124, out


def run_vethlab(path):
    rc, out = _bash('. "$1"; VETHLAB="$3" run_vethlab "$2"', LIB, path, VETHLAB, timeout=300)
    return out


def sort_ll_routes(text):
    """Sorts each run of adjacent `fe80::/64 dev X` routes.

    Equal-metric routes are listed in the order they were added, and Linux
    adds a device's link-local prefix route when linkwatch reports its
    carrier, which for several devices coming up within a second is an
    order of its timer (docs/differences.md, [linkwatch_immediate]).
    """
    out, run = [], []
    for line in text.split(b"\n"):
        if line.startswith(b"fe80::/64 dev "):
            run.append(line)
            continue
        out.extend(sorted(run))
        run = []
        out.append(line)
    out.extend(sorted(run))
    return b"\n".join(out)


def normalize(raw):
    return sort_ll_routes(_bash('. "$1"; normalize', LIB, stdin=raw)[1])


class Outcome:
    def __init__(self, name, kind, exp=b"", got=b"", kern2=b""):
        self.name, self.kind, self.exp, self.got, self.kern2 = name, kind, exp, got, kern2


def compare(name, text, keep_dir=None):
    """Runs text both ways: 'same', 'differs', 'kernel-nondeterministic' or 'timeout'."""
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, name + ".sh")
        with open(path, "w") as f:
            f.write(text)
        got = normalize(run_vethlab(path))
        to, kraw = run_kernel(path)
        if to:
            return Outcome(name, "timeout")
        exp = normalize(kraw)
        # Every generated scenario prints something: silence on either side
        # means it did not run (a missing library, a broken binary), which
        # must never pass as agreement.
        if not exp.strip() or not got.strip():
            return Outcome(name, "no-output", exp, got)
        if exp == got:
            return Outcome(name, "same", exp, got)
        to, kraw2 = run_kernel(path)
        kern2 = normalize(kraw2) if not to else b""
        if to or kern2 != exp:
            if kern2 == got:
                return Outcome(name, "same", kern2, got)
            return Outcome(name, "kernel-nondeterministic", exp, got, kern2)
        return Outcome(name, "differs", exp, got)


def first_diff(exp, got):
    """The first line where vethlab's output parts from the kernel's: (kernel line, vethlab line)."""
    e, g = exp.decode(errors="replace").split("\n"), got.decode(errors="replace").split("\n")
    for i in range(max(len(e), len(g))):
        a = e[i] if i < len(e) else "<end>"
        b = g[i] if i < len(g) else "<end>"
        if a != b:
            return a, b
    return "", ""


def parse_seeds(spec):
    seeds = []
    for part in spec.split(","):
        if "-" in part:
            a, b = part.split("-")
            seeds += range(int(a), int(b) + 1)
        elif part:
            seeds.append(int(part))
    return seeds


def save(outdir, o, text):
    os.makedirs(outdir, exist_ok=True)
    base = os.path.join(outdir, o.name)
    with open(base + ".sh", "w") as f:
        f.write(text)
    with open(base + ".kernel", "wb") as f:
        f.write(o.exp)
    with open(base + ".vethlab", "wb") as f:
        f.write(o.got)
    if o.kern2:
        with open(base + ".kernel2", "wb") as f:
            f.write(o.kern2)


def cmd_run(args):
    seeds = parse_seeds(args.seeds)
    counts = {}
    t0 = time.time()

    def one(seed):
        text = gen.generate(seed)
        return seed, text, compare("seed%d" % seed, text)

    with cf.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        for seed, text, o in pool.map(one, seeds):
            counts[o.kind] = counts.get(o.kind, 0) + 1
            if o.kind != "same" or args.keep:
                save(os.path.join(args.out, o.kind), o, text)
            if o.kind != "same":
                k, v = first_diff(o.exp, o.got) if o.kind == "differs" else ("", "")
                print("%-8s seed %d%s" % (o.kind, seed, ("\n    kernel:  %s\n    vethlab: %s" % (k, v)) if k or v else ""),
                      flush=True)
    dt = time.time() - t0
    print("difftest: %d seeds in %.0f s (%.1f a minute): %s" % (
        len(seeds), dt, len(seeds) * 60.0 / dt if dt else 0,
        ", ".join("%d %s" % (n, k) for k, n in sorted(counts.items()))))
    return 0 if counts.get("differs", 0) == 0 and counts.get("no-output", 0) == 0 else 1


def cmd_recheck(args):
    """
    Every scenario filed with its kernel output (DIR/**/NAME.sh beside
    NAME.kernel) run again in vethlab alone: a model change is measured
    against kernel runs already made, without the kernel.
    """
    files = []
    for d in args.dirs:
        for root, _, names in os.walk(d):
            files += [os.path.join(root, n) for n in sorted(names)
                      if n.endswith(".sh") and os.path.isfile(os.path.join(root, n[:-3] + ".kernel"))]
    counts = {"match": 0, "differs": 0}

    def one(path):
        with open(path[:-3] + ".kernel", "rb") as f:
            # Filed before a normalisation step was added: apply it (each is idempotent).
            exp = sort_ll_routes(f.read())
        return path, exp, normalize(run_vethlab(path))

    with cf.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        for path, exp, got in pool.map(one, files):
            kind = "match" if got == exp else "differs"
            counts[kind] += 1
            if kind == "differs" or args.verbose:
                k, v = first_diff(exp, got)
                print("%-7s %s%s" % (kind, path, ("\n    kernel:  %s\n    vethlab: %s" % (k, v)) if k or v else ""),
                      flush=True)
    print("recheck: %d scenarios: %d match, %d differ" % (len(files), counts["match"], counts["differs"]))
    return 0 if counts["differs"] == 0 else 1


def cmd_gen(args):
    sys.stdout.write(gen.generate(args.seed))
    return 0


def ddmin(lines, still_differs, jobs):
    """Zeller's delta debugging over lines; the first line (the header) always stays."""
    head, body = lines[:1], lines[1:]
    n = 2
    while len(body) >= 2:
        chunk = max(1, len(body) // n)
        parts = [body[i:i + chunk] for i in range(0, len(body), chunk)]
        complements = [sum(parts[:i] + parts[i + 1:], []) for i in range(len(parts))]
        with cf.ThreadPoolExecutor(max_workers=jobs) as pool:
            results = list(pool.map(lambda c: still_differs(head + c), complements))
        reduced = False
        for comp, ok in zip(complements, results):
            if ok:
                body = comp
                n = max(n - 1, 2)
                reduced = True
                break
        if not reduced:
            if n >= len(body):
                break
            n = min(len(body), n * 2)
    return head + body


def cmd_reduce(args):
    text = open(args.file).read()
    name = os.path.splitext(os.path.basename(args.file))[0]
    o = compare(name, text)
    if o.kind != "differs":
        print("reduce: %s does not differ (%s)" % (args.file, o.kind))
        return 1
    want = first_diff(o.exp, o.got)[1]

    def still_differs(lines):
        r = compare(name, "\n".join(lines) + "\n")
        return r.kind == "differs" and want in r.got.decode(errors="replace").split("\n")

    lines = ddmin(text.rstrip("\n").split("\n"), still_differs, args.jobs)
    out = "\n".join(lines) + "\n"
    if args.out:
        with open(args.out, "w") as f:
            f.write(out)
    sys.stdout.write(out)
    print("reduce: %d lines -> %d lines" % (len(text.split("\n")), len(lines)), file=sys.stderr)
    return 0


def check_setup():
    """The library and the binary must be there, or every comparison would be empty."""
    if not os.path.isfile(LIB):
        return "difftest: %s is missing" % LIB
    if not (os.path.isfile(VETHLAB) and os.access(VETHLAB, os.X_OK)):
        return "difftest: %s is not an executable (set VETHLAB)" % VETHLAB
    return None


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("run")
    p.add_argument("seeds")
    p.add_argument("-j", "--jobs", type=int, default=8)
    p.add_argument("-o", "--out", default=os.path.join(tempfile.gettempdir(), "difftest"))
    p.add_argument("--keep", action="store_true", help="file the matching scenarios too")
    p.set_defaults(fn=cmd_run)
    p = sub.add_parser("recheck")
    p.add_argument("dirs", nargs="+")
    p.add_argument("-j", "--jobs", type=int, default=2)
    p.add_argument("-v", "--verbose", action="store_true", help="list the matching ones too")
    p.set_defaults(fn=cmd_recheck)
    p = sub.add_parser("gen")
    p.add_argument("seed", type=int)
    p.set_defaults(fn=cmd_gen)
    p = sub.add_parser("reduce")
    p.add_argument("file")
    p.add_argument("-o", "--out")
    p.add_argument("-j", "--jobs", type=int, default=8)
    p.set_defaults(fn=cmd_reduce)
    args = ap.parse_args()
    if args.cmd != "gen":
        err = check_setup()
        if err:
            print(err, file=sys.stderr)
            return 2
    return args.fn(args)


if __name__ == "__main__":
    sys.exit(main())

#!/bin/bash
# sysctl_names.sh: regenerates src/ctl/sysctl_names.c from the running kernel:
# every net.* sysctl name of the initial namespace and of a new one, with the
# per-device keys as templates. Needs root (it lists a fresh namespace's names).
set -eu
cd "$(dirname "$0")/.."
child=$(unshare -n sysctl -a -N 2>/dev/null | grep '^net\.')
init=$(sysctl -a -N 2>/dev/null | grep '^net\.')
python3 - "$child" "$init" > src/ctl/sysctl_names.c <<'PY'
import re, sys
child = set(sys.argv[1].split()); init = set(sys.argv[2].split())
dev = re.compile(r'net\.(ipv4|ipv6)\.(conf|neigh)\.([^.]+)\.(.+)$')
plain = {}, {}
tmpl = {}
for which, names in ((0, child), (1, init)):
    for n in names:
        m = dev.match(n)
        if not m:
            plain[which][n] = 1
            continue
        fam, kind, d, key = m.groups()
        if d in ('all', 'default', 'lo'):
            tmpl.setdefault((fam, kind, d if d != 'lo' else 'DEV'), set()).add(key)
def arr(name, items, comment):
    print('/* %s */' % comment)
    print('static const char *const %s[] = {' % name)
    for s in sorted(items):
        print('\t"%s",' % s.replace('.', '/', s.count('.')))
    print('\tNULL,\n};\n')
print('/*\n * sysctl_names.c: every net.* sysctl of Linux 6.18, as scripts/sysctl_names.sh\n'
      ' * recorded them from the kernel: a name vethlab does not model is refused as\n'
      ' * not emulated, never reported as missing. Generated; do not edit by hand.\n */')
print('#include "sysctl_names.h"\n\n#include <stddef.h>\n')
arr('names_every_ns', plain[0], 'Paths under /proc/sys in every namespace.')
arr('names_init_only', set(plain[1]) - set(plain[0]), 'Paths that exist only in the initial namespace.')
assert tmpl[('ipv4', 'neigh', 'DEV')] == tmpl[('ipv6', 'neigh', 'DEV')]
for (fam, kind, d) in (('ipv4', 'conf', 'DEV'), ('ipv6', 'conf', 'DEV'), ('ipv4', 'neigh', 'DEV'),
                       ('ipv4', 'neigh', 'default')):
    nm = '%s_%s_%s' % (fam, kind, d.lower())
    print('static const char *const %s[] = {' % nm)
    for k in sorted(tmpl[(fam, kind, d)]):
        print('\t"%s",' % k)
    print('\tNULL,\n};\n')
print('''const struct sysctl_names sysctl_names = {
	.every_ns = names_every_ns,
	.init_only = names_init_only,
	.conf4 = ipv4_conf_dev,
	.conf6 = ipv6_conf_dev,
	.neigh_dev = ipv4_neigh_dev,
	.neigh_default = ipv4_neigh_default,
};''')
PY

# procps-ng 4.0.2 sysctl's command line: getopt_long with permutation,
# abbreviated long options and glibc's complaints (usage on stderr, status 0),
# -b, -o, -x, -d, -h, -V, --dry-run, --deprecated, and -p/-f/--load reading
# settings from files (comments, blanks, invalid lines, unknown keys).
sysctl; echo "rc=$?"
sysctl -n; echo "rc=$?"
sysctl -y; echo "rc=$?"
sysctl --foo; echo "rc=$?"
sysctl -r; echo "rc=$?"
sysctl --pattern; echo "rc=$?"
sysctl --values=3 net.ipv4.ip_forward; echo "rc=$?"
sysctl --va net.ipv4.ip_forward; echo "rc=$?"
sysctl --n net.ipv4.ip_forward; echo "rc=$?"
sysctl --wr net.ipv4.conf.lo.rp_filter=2; echo "rc=$?"
sysctl net.ipv4.ip_forward -n; echo "rc=$?"
sysctl -b net.ipv4.ip_forward; echo; echo "rc=$?"
sysctl -bn net.ipv4.ip_forward net.ipv4.conf.lo.rp_filter; echo; echo "rc=$?"
sysctl -d; echo "rc=$?"
sysctl -h; echo "rc=$?"
sysctl --help; echo "rc=$?"
sysctl -V; echo "rc=$?"
sysctl --version; echo "rc=$?"
sysctl -o net.ipv4.ip_forward; echo "rc=$?"
sysctl -x -n net.ipv4.ip_forward; echo "rc=$?"
sysctl --dry-run -w net.ipv4.ip_forward=1; echo "rc=$?"
sysctl net.ipv4.ip_forward
sysctl --dry-run net.ipv4.conf.lo.rp_filter=1 net.ipv4.ip_forward; echo "rc=$?"
sysctl --deprecated -a -r 'ip_forward$'; echo "rc=$?"
sysctl -n -- net.ipv4.ip_forward; echo "rc=$?"
sysctl -a -N -r 'conf.lo.(forwarding|rp_filter)$'; echo "rc=$?"
sysctl --names net.ipv4.ip_forward; echo "rc=$?"
sysctl --ignore net.nosuch.key; echo "rc=$?"
sysctl --quiet -w net.ipv4.conf.lo.rp_filter=1; echo "rc=$?"
sysctl -p nosuch.conf; echo "rc=$?"
sysctl --load=nosuch.conf; echo "rc=$?"
echo 'net.ipv4.ip_forward=1' > sc.conf
echo '# comment' >> sc.conf
echo '; other comment' >> sc.conf
echo '  net.ipv4.conf.all.rp_filter = 2 ' >> sc.conf
echo 'net.nosuch.key=1' >> sc.conf
echo '-net.nosuch=3' >> sc.conf
echo 'net.ipv4.conf.lo.rp_filter' >> sc.conf
echo '' >> sc.conf
echo 'bad line' >> sc.conf
echo 'net/ipv4/conf/lo/accept_local=1' >> sc.conf
sysctl -p sc.conf; echo "rc=$?"
sysctl --d; echo "rc=$?"
sysctl -N -b net.ipv4.ip_forward; echo; echo "rc=$?"
sysctl -q net.ipv4.ip_forward; echo "rc=$?"
sysctl -w "net.ipv4.conf.lo.rp_filter= 2 "; echo "rc=$?"
sysctl -N -w net.ipv4.conf.lo.rp_filter=1; echo "rc=$?"
sysctl -r ip_forward net.ipv4.ip_forward net.ipv4.conf.all.rp_filter; echo "rc=$?"
sysctl -p -a -r "^net.ipv4.ip_forward$"; echo "rc=$?"
sysctl -q -p sc.conf; echo "rc=$?"
sysctl -e -psc.conf; echo "rc=$?"
sysctl -n -p sc.conf; echo "rc=$?"
sysctl -N -p sc.conf; echo "rc=$?"
sysctl -p sc.conf net.ipv4.ip_forward; echo "rc=$?"
sysctl -f sc.conf sc.conf; echo "rc=$?"
sysctl --load sc.conf; echo "rc=$?"
sysctl --dry-run -p sc.conf; echo "rc=$?"
echo '-net.nosuch=3' > sc2.conf
echo 'net.ipv4.ip_forward = 0' >> sc2.conf
sysctl -p sc2.conf; echo "rc=$?"
sysctl -a -r 'ip_forward$|conf.(all|lo).(rp_filter|accept_local)$'

# tracepath's usage and refusals: no target, two, an unknown option, a missing argument, -h, -V, -4 with -6, bad -l/-m/-p values, -l below the headers' 28 bytes, a bad "/PORT", a local target (reached at once through lo), a target with no route (the local error: !N).
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
echo "== no target"; tracepath; echo rc=$?
echo "== two"; tracepath 127.0.0.1 127.0.0.2; echo rc=$?
echo "== -z"; tracepath -z 127.0.0.1; echo rc=$?
echo "== -m missing"; tracepath 127.0.0.1 -m; echo rc=$?
echo "== -h"; tracepath -h 2>/dev/null; echo rc=$?
echo "== -V"; tracepath -V; echo rc=$?
echo "== -4 -6"; tracepath -4 -6 127.0.0.1; echo rc=$?
echo "== -l x"; tracepath -l x 127.0.0.1; echo rc=$?
echo "== -l 28"; tracepath -l 28 127.0.0.1; echo rc=$?
echo "== -m 256"; tracepath -m 256 127.0.0.1; echo rc=$?
echo "== -p 65536"; tracepath -p 65536 127.0.0.1; echo rc=$?
echo "== -p -1"; tracepath -p -1 127.0.0.1; echo rc=$?
echo "== bad /port"; tracepath -n 127.0.0.1/x; echo rc=$?
echo "== local"; tracepath -n 127.0.0.1; echo rc=$?
echo "== local -l 100"; tracepath -n -l 100 127.0.0.1; echo rc=$?
echo "== no route"; tracepath -n 10.9.9.9; echo rc=$?

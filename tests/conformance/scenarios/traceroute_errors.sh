# traceroute 2.1.2's command line: usage (no argument, --help: stderr, status 0), -V, clif's messages for a bad option, a missing argument (short and long), a bad argument, a missing host, an extra operand, a bad packetlen; main()'s checks (first hop, max hops, probes per hop, wait specifications, packetlen, sendtime); a local target through lo with names and without, -q, -f, -m, packetlen 0 and 100, -w with one and two figures, attached arguments and joined flags, an option after the host.
echo "== none"; traceroute 2>/dev/null; echo rc=$?
echo "== --help"; traceroute --help 2>&1 | head -3; echo rc=$?
echo "== -V"; traceroute -V; echo rc=$?
echo "== -x"; traceroute -x 127.0.0.1; echo rc=$?
echo "== -nx"; traceroute -nx 127.0.0.1; echo rc=$?
echo "== --foo"; traceroute --foo 127.0.0.1; echo rc=$?
echo "== -m missing"; traceroute -m; echo rc=$?
echo "== --max-hops 5"; traceroute --max-hops 5 127.0.0.1; echo rc=$?
echo "== -m x"; traceroute -m x 127.0.0.1; echo rc=$?
echo "== -n -w x"; traceroute -n -w x 127.0.0.1; echo rc=$?
echo "== -w 1,2,3,4"; traceroute -w 1,2,3,4 127.0.0.1; echo rc=$?
echo "== -n only"; traceroute -n; echo rc=$?
echo "== extra"; traceroute 127.0.0.1 60 2; echo rc=$?
echo "== len x"; traceroute 127.0.0.1 x; echo rc=$?
echo "== -m 0"; traceroute -m 0 127.0.0.1; echo rc=$?
echo "== -f 0"; traceroute -f 0 127.0.0.1; echo rc=$?
echo "== -f 3 -m 2 -q 11"; traceroute -f 3 -m 2 -q 11 127.0.0.1; echo rc=$?
echo "== -m 256"; traceroute -m 256 127.0.0.1; echo rc=$?
echo "== -m -1"; traceroute -m -1 127.0.0.1; echo rc=$?
echo "== -q 0"; traceroute -q 0 127.0.0.1; echo rc=$?
echo "== -q 11"; traceroute -q 11 127.0.0.1; echo rc=$?
echo "== -w -1"; traceroute -w -1 127.0.0.1; echo rc=$?
echo "== -w 1,-2"; traceroute -w 1,-2 127.0.0.1; echo rc=$?
echo "== len 65001"; traceroute 127.0.0.1 65001; echo rc=$?
echo "== -z -1"; traceroute -z -1 127.0.0.1; echo rc=$?
echo "== local"; traceroute 127.0.0.1; echo rc=$?
echo "== local -n"; traceroute -n 127.0.0.1; echo rc=$?
echo "== local -q1 -m5"; traceroute -q1 -m5 127.0.0.1; echo rc=$?
echo "== -nq 1"; traceroute -nq 1 127.0.0.1; echo rc=$?
echo "== --max-hops=2 --queries=2"; traceroute --max-hops=2 --queries=2 127.0.0.1; echo rc=$?
echo "== -f 2 -m 2"; traceroute -n -f 2 -m 2 127.0.0.1; echo rc=$?
echo "== len 0"; traceroute -n -q 1 127.0.0.1 0; echo rc=$?
echo "== len 100"; traceroute -n -q 1 127.0.0.1 100; echo rc=$?
echo "== -w 2"; traceroute -n -w 2 -q 1 127.0.0.1; echo rc=$?
echo "== -w 0.5,1"; traceroute -n -w 0.5,1 -q 1 127.0.0.1; echo rc=$?
echo "== after host"; traceroute 127.0.0.1 -n -q 2; echo rc=$?
echo "== aton"; traceroute -q 1 0x7f.1; echo rc=$?
echo "== no route"; traceroute -n 10.9.9.9; echo rc=$?

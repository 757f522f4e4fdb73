# ping -t 0: IP_TTL 0 is refused by the socket, before the PING line.
ping -c 1 -t 0 127.0.0.1; echo "rc=$?"
ping -c 1 -q -t 1 127.0.0.1; echo "rc=$?"
ping -c 1 -t 256 127.0.0.1; echo "rc=$?"

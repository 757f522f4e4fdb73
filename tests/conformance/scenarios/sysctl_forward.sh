# ip_forward and conf.all.forwarding as devinet_sysctl_forward applies them: a change
# makes default and every device follow and flips all.accept_redirects; writing the
# same value does nothing; default.forwarding reaches only devices created later.
ip link add veth0 type veth peer name veth1
sysctl -w net.ipv4.conf.default.forwarding=1; sysctl net.ipv4.conf.veth0.forwarding net.ipv4.conf.all.accept_redirects
sysctl -w net.ipv4.conf.all.forwarding=0; sysctl net.ipv4.conf.all.accept_redirects
sysctl -w net.ipv4.conf.all.forwarding=1; sysctl net.ipv4.conf.all.accept_redirects net.ipv4.conf.veth0.forwarding net.ipv4.conf.default.forwarding
sysctl -w net.ipv4.conf.all.accept_redirects=1; sysctl -w net.ipv4.ip_forward=1; sysctl net.ipv4.conf.all.accept_redirects
sysctl -w net.ipv4.conf.veth0.forwarding=0; sysctl -w net.ipv4.conf.default.forwarding=0; sysctl -w net.ipv4.ip_forward=0
sysctl -a -r 'ipv4.conf.*(forwarding|accept_redirects)'
sysctl -w net.ipv4.conf.default.accept_redirects=0; sysctl -a -r 'ipv4.conf.*accept_redirects'
sysctl -w net.ipv4.conf.default.forwarding=1; sysctl -a -r 'ipv4.conf.*\.forwarding'
sysctl -w net.ipv4.ip_forward=1; sysctl -w net.ipv4.conf.default.forwarding=0; sysctl -a -r 'ipv4.conf.*\.forwarding'
ip link add veth2 type veth peer name veth3
sysctl -a -r 'ipv4.conf.veth[23].(forwarding|accept_redirects)'

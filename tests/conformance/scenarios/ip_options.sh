# ip's global options in iproute2 6.1's order (-h is -human, -b is -batch, -f is
# -family, -t and -force are accepted), --long forms, -- ending the options,
# object abbreviations (the first match in ip's table), and their errors.
ip -V; echo rc=$?
ip -Version; echo rc=$?
ip; echo rc=$?
ip -h; echo rc=$?
ip -help; echo rc=$?
ip help; echo rc=$?
ip -x link; echo rc=$?
ip --stats -o link show lo; echo rc=$?
ip -l; echo rc=$?
ip -loops 3 addr flush dev lo scope global; echo rc=$?
ip -f inet addr show lo; echo rc=$?
ip -family inet6 addr show lo; echo rc=$?
ip -f foo link; echo rc=$?
ip -f help; echo rc=$?
ip -rc x link; echo rc=$?
ip -rc 100 link show lo; echo rc=$?
ip -t link show lo; echo rc=$?
ip -ts link show lo; echo rc=$?
ip -force link show lo; echo rc=$?
ip -color=never link show lo; echo rc=$?
ip -color=foo link; echo rc=$?
ip -- link show lo; echo rc=$?
ip foo; echo rc=$?
ip a show lo; echo rc=$?
ip n show; echo rc=$?
ip l show lo; echo rc=$?
ip r; echo rc=$?
ip ro; echo rc=$?
ip ru; echo rc=$?
ip li show lo; echo rc=$?
ip ad show lo; echo rc=$?

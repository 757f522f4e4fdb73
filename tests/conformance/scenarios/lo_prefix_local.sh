# A prefix added on lo is local as a whole (fib_magic makes it a local route):
# any address in it answers, and an echo reply may come from an address no
# device holds, as __ip_dev_find consults the local table (difftest seed 2538).
ip addr add 10.77.0.84/8 dev lo label lo:4
ip route show table local
ip route get 10.163.0.1
ping -c 1 10.163.0.1; echo "rc=$?"

# Writes to /sys/class/net/DEV files that hold what vethlab does not model,
# where Linux refuses them or they change nothing: the NAPI knobs
# (gro_flush_timeout, napi_defer_hard_irqs, threaded), uevent, the 0444
# assign types, power/ and queues/rx-N, tx-N. The values stay as they were.
ip link add va type veth peer name vb
ip link add br0 type bridge
echo 0 > /sys/class/net/va/gro_flush_timeout
echo abc > /sys/class/net/va/gro_flush_timeout
echo -1 > /sys/class/net/va/gro_flush_timeout
echo 99999999999999999999 > /sys/class/net/va/gro_flush_timeout
echo 0x0 > /sys/class/net/va/napi_defer_hard_irqs
echo 2147483648 > /sys/class/net/va/napi_defer_hard_irqs
echo x > /sys/class/net/va/napi_defer_hard_irqs
echo 1 > /sys/class/net/va/threaded
echo abc > /sys/class/net/va/threaded
ip link set va up
echo 1 > /sys/class/net/va/threaded
echo 0 > /sys/class/net/lo/threaded
echo 1 > /sys/class/net/br0/threaded
echo bogus > /sys/class/net/va/uevent
echo change 1234 > /sys/class/net/va/uevent
echo add 12345678-1234-1234-1234-123456789abcX > /sys/class/net/va/uevent
echo > /sys/class/net/va/uevent
echo 1 > /sys/class/net/va/addr_assign_type
echo 1 > /sys/class/net/va/name_assign_type
cat /sys/class/net/va/gro_flush_timeout /sys/class/net/va/napi_defer_hard_irqs /sys/class/net/va/threaded
echo auto > /sys/class/net/va/power/control
echo bogus > /sys/class/net/va/power/control
echo 100 > /sys/class/net/va/power/autosuspend_delay_ms
echo x > /sys/class/net/va/power/runtime_status
echo 0 > /sys/class/net/va/queues/rx-0/rps_cpus
echo zz > /sys/class/net/va/queues/rx-0/rps_cpus
echo 4 > /sys/class/net/va/queues/rx-0/rps_cpus
echo 0,0 > /sys/class/net/va/queues/rx-0/rps_cpus
echo 00000000,00000000 > /sys/class/net/va/queues/rx-0/rps_cpus
echo > /sys/class/net/va/queues/rx-0/rps_cpus
echo " 0 " > /sys/class/net/va/queues/rx-0/rps_cpus
echo 000000000 > /sys/class/net/va/queues/rx-0/rps_cpus
echo z00000000 > /sys/class/net/va/queues/rx-0/rps_cpus
echo 1 2 > /sys/class/net/va/queues/rx-0/rps_cpus
echo ,4 > /sys/class/net/va/queues/rx-0/rps_cpus
echo 0x1 > /sys/class/net/va/queues/rx-0/rps_cpus
echo 0 > /sys/class/net/va/queues/rx-0/rps_flow_cnt
echo abc > /sys/class/net/va/queues/rx-0/rps_flow_cnt
echo 0 > /sys/class/net/va/queues/tx-0/xps_cpus
echo zz > /sys/class/net/va/queues/tx-0/xps_cpus
echo 0 > /sys/class/net/va/queues/tx-0/xps_rxqs
echo 4 > /sys/class/net/va/queues/tx-0/xps_rxqs
echo 4 > /sys/class/net/va/queues/tx-0/xps_cpus
echo ,0 > /sys/class/net/va/queues/tx-0/xps_cpus
echo 100 > /sys/class/net/va/queues/tx-0/tx_maxrate
echo 0 > /sys/class/net/va/queues/tx-0/tx_maxrate
echo 1 > /sys/class/net/va/queues/tx-0/traffic_class
echo 1 > /sys/class/net/lo/queues/tx-0/xps_cpus
echo 0 > /sys/class/net/lo/queues/tx-0/xps_rxqs
cat /sys/class/net/va/power/control /sys/class/net/va/queues/rx-0/rps_cpus /sys/class/net/va/queues/rx-0/rps_flow_cnt
cat /sys/class/net/va/queues/tx-0/xps_cpus /sys/class/net/va/queues/tx-0/xps_rxqs /sys/class/net/lo/queues/tx-0/xps_rxqs

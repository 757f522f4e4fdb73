# Found by the bridge difftest (bridge_timer_rounding): kernel: bridge times are kept in jiffies: forward_delay 1, hello_time 101, max_age 601, ageing_time 1 read back as 0, 100, 600, 0
ip link add br0 type bridge forward_delay 1; echo rc=$?
ip link set br0 type bridge forward_delay 1 hello_time 101 ageing_time 1 max_age 601; echo rc=$?
ip -j link show br0
ip -d link show br0

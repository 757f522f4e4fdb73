# What ping does with each signal (iputils 20221126): SIGINT prints the statistics,
# SIGQUIT a status line on stderr and goes on, SIGTERM ends it without statistics.
ping 127.0.0.1 > int.txt 2>&1 &
p=$!
sleep 2.5
kill -INT $p
wait $p
echo "int: $?"
cat int.txt
ping 127.0.0.1 > quit.txt 2>&1 &
p=$!
sleep 2.5
kill -QUIT $p
sleep 1
kill -INT $p
wait $p
echo "quit: $?"
cat quit.txt
ping 127.0.0.1 > term.txt 2>&1 &
p=$!
sleep 1.5
kill $p
wait $p
echo "term: $?"
cat term.txt
ping -c 5 10.9.9.9 > unreach.txt 2>&1 &
p=$!
wait $p
echo "unreachable: $?"
cat unreach.txt

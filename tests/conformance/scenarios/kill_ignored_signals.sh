#!/bin/bash
# Signals whose default action is to be ignored (CONT, WINCH, URG, CHLD) leave
# a job running; bash knows every Linux signal by name and number (RTMIN+N,
# RTMAX-N); timeout sends them too, and its -k KILL follows.
sleep 3 &
kill -CONT %1
echo "rc=$?"
kill -s WINCH %1
echo "rc=$?"
kill -18 %1
echo "rc=$?"
kill -SIGURG %1
echo "rc=$?"
kill -s chld %1
echo "rc=$?"
kill -FOO %1
echo "rc=$?"
sleep 1
jobs
wait %1
echo "wait: $?"
timeout -v -s CONT 0.5 sleep 1
echo "rc=$?"
timeout -v -s RTMAX-3 0.5 sleep 2
echo "rc=$?"
timeout -v -s 36 0.5 sleep 2
echo "rc=$?"

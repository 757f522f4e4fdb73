#!/bin/bash
# sudo alone prints its usage (status 1); sudo sudo too; a bare sudo CMD is CMD.
sudo
echo "rc=$?"
sudo sudo
echo "rc=$?"
sudo ip -br link show lo
ip netns add a
ip netns exec a sudo ip -br link show lo
echo "rc=$?"

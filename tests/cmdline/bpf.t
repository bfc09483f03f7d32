# -m bpf (classic bytecode): libxt_bpf's reading of the program text, xt_bpf's checkentry
# (bpf_check_classic) and the canonical form saved; every table and hook takes it
*filter
:INPUT,FORWARD,OUTPUT
-m bpf --bytecode "4,48 0 0 9,21 0 1 6,6 0 0 1,6 0 0 0";=;OK
-m bpf --bytecode "4, 48 0 0 9 ,21 0 1 6,6 0 0 1,6 0 0 0";-m bpf --bytecode "4,48 0 0 9,21 0 1 6,6 0 0 1,6 0 0 0";OK
-m bpf --bytecode "1,6 0 0 0x10";-m bpf --bytecode "1,6 0 0 0";OK
-m bpf --bytecode "1,6 0 0 4294967296";-m bpf --bytecode "1,6 0 0 0";OK
-m bpf --bytecode "1,6 0 0 -1";-m bpf --bytecode "1,6 0 0 4294967295";OK
-m bpf --bytecode "1,6 0 0 1 2";-m bpf --bytecode "1,6 0 0 1";OK
-m bpf --bytecode "1,6 0 0 1,";-m bpf --bytecode "1,6 0 0 1";OK
-m bpf --bytecode "1,65542 256 257 1";-m bpf --bytecode "1,6 0 1 1";OK
-m bpf --bytecode "65537,6 0 0 1";-m bpf --bytecode "1,6 0 0 1";OK
-m bpf --bytecode "1,22 0 0 0";=;OK
-m bpf ! --bytecode "1,6 0 0 1";;FAIL
-m bpf --bytecode "0,6 0 0 1";;FAIL
-m bpf --bytecode "0";;FAIL
-m bpf --bytecode "";;FAIL
-m bpf --bytecode "1 ,6 0 0 1";;FAIL
-m bpf --bytecode "1,6,0,0,1";;FAIL
-m bpf --bytecode "2,6 0 0 1";;FAIL
-m bpf --bytecode "1,6 0 0 1,6 0 0 1";;FAIL
-m bpf --bytecode "2,6 0 0 1,,6 0 0 1";;FAIL
-m bpf;;FAIL
-m bpf --object-pinned /sys/fs/bpf/none;;FAIL
-m bpf --bytecode "1,6 0 0 1" --bytecode "1,6 0 0 1";;FAIL
# bpf_check_classic refusals: no final RET, unknown opcode, jumps out of the program, division
# by constant zero, shifts of 32, memory words out of range or read before a store, an unknown
# ancillary load
-m bpf --bytecode "1,48 0 0 9";;FAIL
-m bpf --bytecode "2,48 0 0 9,7 0 0 0";;FAIL
-m bpf --bytecode "2,8 0 0 0,6 0 0 1";;FAIL
-m bpf --bytecode "2,21 5 0 6,6 0 0 0";;FAIL
-m bpf --bytecode "2,21 0 1 6,6 0 0 0";;FAIL
-m bpf --bytecode "3,21 0 1 6,6 0 0 0,6 0 0 1";=;OK
-m bpf --bytecode "2,5 0 0 1,6 0 0 0";;FAIL
-m bpf --bytecode "3,5 0 0 1,6 0 0 0,6 0 0 1";=;OK
-m bpf --bytecode "2,52 0 0 0,6 0 0 1";;FAIL
-m bpf --bytecode "2,148 0 0 0,22 0 0 0";;FAIL
-m bpf --bytecode "2,148 0 0 3,22 0 0 0";=;OK
-m bpf --bytecode "2,100 0 0 32,22 0 0 0";;FAIL
-m bpf --bytecode "2,100 0 0 31,22 0 0 0";=;OK
-m bpf --bytecode "2,2 0 0 16,6 0 0 1";;FAIL
-m bpf --bytecode "3,2 0 0 15,96 0 0 15,22 0 0 0";=;OK
-m bpf --bytecode "2,96 0 0 3,22 0 0 0";;FAIL
-m bpf --bytecode "2,97 0 0 0,6 0 0 1";;FAIL
-m bpf --bytecode "5,2 0 0 1,21 0 1 6,3 0 0 2,96 0 0 2,22 0 0 0";;FAIL
-m bpf --bytecode "5,2 0 0 1,21 0 1 6,3 0 0 2,96 0 0 1,22 0 0 0";=;OK
-m bpf --bytecode "2,32 0 0 4294963200,22 0 0 0";=;OK
-m bpf --bytecode "2,40 0 0 4294963204,22 0 0 0";=;OK
-m bpf --bytecode "2,48 0 0 4294963260,22 0 0 0";=;OK
-m bpf --bytecode "2,32 0 0 4294963264,22 0 0 0";;FAIL
-m bpf --bytecode "2,32 0 0 4294963202,22 0 0 0";;FAIL
-m bpf --bytecode "2,64 0 0 4294963264,22 0 0 0";=;OK
-m bpf --bytecode "2,32 0 0 4293918720,22 0 0 0";=;OK
*nat
:PREROUTING,POSTROUTING
-m bpf --bytecode "1,6 0 0 1";=;OK
*raw
:PREROUTING
-m bpf --bytecode "1,6 0 0 1";=;OK

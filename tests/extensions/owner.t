:OUTPUT
-m owner --uid-owner 0;=;OK
-m owner --uid-owner root;-m owner --uid-owner 0;OK
-m owner --uid-owner daemon;-m owner --uid-owner 1;OK
-m owner ! --uid-owner 1;=;OK
-m owner --uid-owner 1000;=;OK
-m owner --uid-owner 1000-2000;=;OK
-m owner --uid-owner 1000:2000;-m owner --uid-owner 1000-2000;OK
-m owner --uid-owner 2000-1000;;FAIL
-m owner --uid-owner 5-5;-m owner --uid-owner 5;OK
-m owner --uid-owner 4294967294;=;OK
-m owner --uid-owner 4294967295;;FAIL
-m owner --uid-owner -1;;FAIL
-m owner --uid-owner 5-;;FAIL
-m owner --uid-owner 5x;;FAIL
-m owner --uid-owner nosuchuser;;FAIL
-m owner --uid-owner 0x10;-m owner --uid-owner 16;OK
-m owner --gid-owner 0;=;OK
-m owner --gid-owner adm;-m owner --gid-owner 4;OK
-m owner ! --gid-owner 4;=;OK
-m owner --gid-owner 10-20;=;OK
-m owner --gid-owner nosuchgroup;;FAIL
-m owner --socket-exists;=;OK
-m owner ! --socket-exists;=;OK
-m owner --gid-owner 4 --suppl-groups;=;OK
-m owner --suppl-groups --gid-owner 4;;FAIL
-m owner ! --gid-owner 4 --suppl-groups;=;OK
-m owner --gid-owner 4 ! --suppl-groups;;FAIL
-m owner --suppl-groups;;FAIL
-m owner --gid-owner 4 --uid-owner 0 --socket-exists;-m owner --socket-exists --uid-owner 0 --gid-owner 4;OK
-m owner ! --socket-exists ! --uid-owner 0 ! --gid-owner 0;=;OK
-m owner --uid-owner 0 --uid-owner 1;;FAIL
-m owner;;FAIL
-m owner --gid-owner 4 --suppl-groups --suppl-groups;;FAIL
:INPUT,FORWARD
-m owner --uid-owner 0;;FAIL
-m owner --socket-exists;;FAIL
*nat
:POSTROUTING,OUTPUT
-m owner --uid-owner 0;=;OK
:PREROUTING,INPUT
-m owner --uid-owner 0;;FAIL
*mangle
:OUTPUT,POSTROUTING
-m owner ! --socket-exists;=;OK
:PREROUTING,INPUT,FORWARD
-m owner ! --socket-exists;;FAIL
*raw
:OUTPUT
-m owner --gid-owner 0 --suppl-groups;=;OK
:PREROUTING
-m owner --gid-owner 0;;FAIL

:INPUT,FORWARD,OUTPUT
-m state --state NEW;=;OK
-m state --state new,established,related,invalid,untracked;-m state --state INVALID,NEW,RELATED,ESTABLISHED,UNTRACKED;OK
-m state ! --state NEW;=;OK
-m state;;FAIL
-m state --state SNAT;;FAIL
-m state --state NEW,FOO;;FAIL
-m state --state NEW,;;FAIL
-m state --state "";;FAIL
-m state --ctstate NEW;;FAIL
-m state --state NEW --state INVALID;;FAIL
-m state --state NEW -m conntrack --ctstate NEW;=;OK
-m conntrack --ctstate NEW -m state --state NEW;=;OK
-m state --state NEW -m state --state INVALID;=;OK
-m state --state ESTABLISHED,RELATED;-m state --state RELATED,ESTABLISHED;OK
-m state --state E,R;-m state --state RELATED,ESTABLISHED;OK
-m state --state est;-m state --state ESTABLISHED;OK
-m state --state INVALID,UNTRACKED;=;OK
! -p tcp -m state --state NEW;=;OK
-m state ! --state INVALID;=;OK
-m state --stat NEW;-m state --state NEW;OK
-m state --state DNAT;;FAIL
*raw
:PREROUTING,OUTPUT
-m state --state INVALID;=;OK
*nat
:PREROUTING,POSTROUTING
-m state --state NEW;=;OK

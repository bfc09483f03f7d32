:INPUT,FORWARD,OUTPUT
-m helper --helper ftp;=;OK
-m helper ! --helper ftp;=;OK
-m helper --helper "";=;OK
-m helper --helper "a b";=;OK
-m helper --helper sip-5060;=;OK
-m helper --helper 'x"y';-m helper --helper "x\"y";OK
-m helper --helper abcdefghijklmnopqrstuvwxyz0123456789;-m helper --helper abcdefghijklmnopqrstuvwxyz012;OK
-m helper;;FAIL
-m helper --helper ftp --helper irc;;FAIL

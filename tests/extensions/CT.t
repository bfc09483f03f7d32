*raw
:PREROUTING,OUTPUT
-j CT;=;OK
-j CT --notrack;=;OK
-j CT --notrack --notrack;;FAIL
-p tcp -j CT --helper ftp;=;OK
-p udp -j CT --helper tftp;=;OK
-p udp -j CT --helper sip;=;OK
-p tcp -j CT --helper sip;=;OK
-p udp -j CT --helper RAS;=;OK
-p tcp -j CT --helper Q.931;=;OK
-j CT --helper ftp;;FAIL
-p udp -j CT --helper ftp;;FAIL
! -p tcp -j CT --helper ftp;;FAIL
-p tcp -j CT --helper nosuch;;FAIL
-p tcp -j CT --helper 0123456789012345678;;FAIL
-j CT --helper "";-j CT;OK
-p tcp -j CT --helper ftp --helper irc;;FAIL
-p tcp -j CT --timeout foo;;FAIL
-j CT --timeout foo;;FAIL
-j CT --helper ftp --timeout foo;;FAIL
-j CT --zone 5;=;OK
-j CT --zone 0;-j CT;OK
-j CT --zone mark;=;OK
-j CT --zone-orig 5;=;OK
-j CT --zone-reply MARK;-j CT --zone-reply mark;OK
-j CT --zone 65535;=;OK
-j CT --zone 65536;;FAIL
-j CT --zone x;;FAIL
-j CT --zone 1 --zone-orig 2;-j CT --zone-orig 2;OK
-j CT --zone-orig 1 --zone-reply 2;-j CT --zone 2;OK
-j CT --ctevents new,destroy,mark;=;OK
-j CT --ctevents natseqinfo,secmark,helper,protoinfo,assured,reply,related;-j CT --ctevents related,reply,assured,protoinfo,helper,natseqinfo,secmark;OK
-j CT --ctevents bogus;;FAIL
-j CT --ctevents new,;;FAIL
-j CT --expevents new;=;OK
-j CT --expevents new,new;-j CT --expevents new;OK
-j CT --expevents related;;FAIL
-j CT --notrack --zone 3 --ctevents new;-j CT --notrack --ctevents new --zone 3;OK
-p udp -j CT --helper H.245 --zone-reply 7 --zone 3;-p udp -j CT --helper H.245 --zone-reply 3;OK
*mangle
:PREROUTING,OUTPUT
-j CT --notrack;;FAIL
*filter
:INPUT
-j CT;;FAIL

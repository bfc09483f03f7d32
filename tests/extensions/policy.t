*filter
:INPUT
-m policy --dir in --pol ipsec;=;OK
-m policy --dir in --pol none;=;OK
-m policy --dir out --pol ipsec;;FAIL
-m policy --dir in;-m policy --dir in --pol ipsec;OK
-m policy --pol ipsec;;FAIL
-m policy;;FAIL
-m policy --dir up --pol ipsec;;FAIL
-m policy --dir in --pol foo;;FAIL
-m policy --dir in --dir in --pol ipsec;;FAIL
-m policy --dir in --pol ipsec --strict --reqid 5;=;OK
-m policy --dir in --pol ipsec --reqid 5 ! --spi 0x100;=;OK
-m policy --dir in --pol ipsec --proto esp;=;OK
-m policy --dir in --pol ipsec ! --proto 51;-m policy --dir in --pol ipsec ! --proto ah;OK
-m policy --dir in --pol ipsec --proto ipcomp;=;OK
-m policy --dir in --pol ipsec --proto tcp;;FAIL
-m policy --dir in --pol ipsec --proto foo;;FAIL
-m policy --dir in --pol ipsec --mode tunnel --tunnel-src 10.0.0.1 --tunnel-dst 10.0.0.0/8;-m policy --dir in --pol ipsec --mode tunnel --tunnel-dst 10.0.0.0/8 --tunnel-src 10.0.0.1;OK
-m policy --dir in --pol ipsec --mode tunnel --tunnel-src 10.1.2.3/16;=;OK
-m policy --dir in --pol ipsec --mode tunnel --tunnel-src 10.1.2.3/33;-m policy --dir in --pol ipsec --mode tunnel --tunnel-src 10.1.2.3;OK
-m policy --dir in --pol ipsec --mode tunnel --tunnel-src 10.1.2.3/255.0.0.0;-m policy --dir in --pol ipsec --mode tunnel --tunnel-src 10.1.2.3/8;OK
-m policy --dir in --pol ipsec --mode tunnel --tunnel-src 10.1;-m policy --dir in --pol ipsec --mode tunnel --tunnel-src 10.0.0.1;OK
-m policy --dir in --pol ipsec --mode tunnel --tunnel-src localhost;-m policy --dir in --pol ipsec --mode tunnel --tunnel-src 127.0.0.1;OK

-m policy --dir in --pol ipsec --mode transport --tunnel-src 10.0.0.1;;FAIL
-m policy --dir in --pol ipsec ! --mode tunnel --tunnel-src 10.0.0.1;;FAIL
-m policy --dir in --pol ipsec ! --mode transport --tunnel-src 10.0.0.1;=;OK
-m policy --dir in --pol ipsec --tunnel-src 10.0.0.1;;FAIL
-m policy --dir in --pol ipsec --mode foo;;FAIL
-m policy --dir in --pol ipsec --reqid 1 --reqid 2;;FAIL
-m policy --dir in --pol ipsec --strict --reqid 1 --next --reqid 2;=;OK
-m policy --dir in --pol ipsec --reqid 1 --next --reqid 2;;FAIL
-m policy --dir in --pol ipsec --strict --reqid 1 --next --reqid 2 --next --spi 3 --next --mode tunnel;-m policy --dir in --pol ipsec --strict --reqid 1 --next --reqid 2 --next --spi 0x3 --next --mode tunnel;OK
-m policy --dir in --pol ipsec --strict --reqid 1 --next --reqid 2 --next --spi 3 --next --mode tunnel --next;;FAIL
-m policy --dir in --pol ipsec --strict --reqid 1 --next;;FAIL
-m policy --dir in --pol ipsec --strict;;FAIL
-m policy --dir in --pol none --strict;;FAIL
-m policy --dir in --pol none --reqid 5;-m policy --dir in --pol none;OK
-m policy --dir in --pol none --strict --reqid 5 --next --reqid 6;;FAIL
-m policy --dir in --pol none --pol ipsec;;FAIL
-m policy --dir in --pol ipsec ! --strict;;FAIL
-m policy ! --dir in --pol ipsec;;FAIL
-m policy --dir in --pol ipsec --spi 4294967295 ! --reqid 0;-m policy --dir in --pol ipsec ! --reqid 0 --spi 0xffffffff;OK
-m policy --dir in --pol ipsec --spi 4294967296;;FAIL
:OUTPUT
-m policy --dir out --pol ipsec;=;OK
-m policy --dir in --pol ipsec;;FAIL
:FORWARD
-m policy --dir out --pol ipsec;=;OK
-m policy --dir in --pol ipsec;=;OK
*nat
:POSTROUTING
-m policy --dir out --pol ipsec;=;OK
:PREROUTING
-m policy --dir out --pol ipsec;;FAIL
-m policy --dir in --pol ipsec --mode tunnel --tunnel-src '10.1.2.3/33';-m policy --dir in --pol ipsec --mode tunnel --tunnel-src 10.1.2.3;OK
-m policy --dir in --pol ipsec --mode tunnel --tunnel-src '10.1.2.3/129';-m policy --dir in --pol ipsec --mode tunnel --tunnel-src 10.1.2.3;OK
-m policy --dir in --pol ipsec --mode tunnel --tunnel-src '10.1.2.3/128';-m policy --dir in --pol ipsec --mode tunnel --tunnel-src 10.1.2.3;OK
-m policy --dir in --pol ipsec --mode tunnel --tunnel-src '10.1.2.3/255.0.255.0';-m policy --dir in --pol ipsec --mode tunnel --tunnel-src 10.1.2.3;OK
-m policy --dir in --pol ipsec --mode tunnel --tunnel-src '10.1.2.3/0.0.0.0';-m policy --dir in --pol ipsec --mode tunnel --tunnel-src 10.1.2.3/0;OK
-m policy --dir in --pol ipsec --mode tunnel --tunnel-src '10.1.2.3/255.255.255.255';-m policy --dir in --pol ipsec --mode tunnel --tunnel-src 10.1.2.3;OK
-m policy --dir in --pol ipsec --mode tunnel --tunnel-src '10.1.2.3/-1';;FAIL
-m policy --dir in --pol ipsec --mode tunnel --tunnel-src '10.1.2.3/ 8';-m policy --dir in --pol ipsec --mode tunnel --tunnel-src 10.1.2.3/8;OK
-m policy --dir in --pol ipsec --mode tunnel --tunnel-src '10.1.2.3/08';;FAIL
-m policy --dir in --pol ipsec --mode tunnel --tunnel-src '10.1.2.3/0x8';-m policy --dir in --pol ipsec --mode tunnel --tunnel-src 10.1.2.3/8;OK
-m policy --dir in --pol ipsec --mode tunnel --tunnel-src '10.1.2.3/8 ';;FAIL
-m policy --dir in --pol ipsec --mode tunnel --tunnel-src '10.1.2.3/255.0.0';-m policy --dir in --pol ipsec --mode tunnel --tunnel-src 10.1.2.3/8;OK
-m policy --dir in --pol ipsec --mode tunnel --tunnel-src '10.1.2.3/1.2.3.4.5';;FAIL
-m policy --dir in --pol ipsec --mode tunnel --tunnel-src '10.1.2.3/256.0.0.0';;FAIL
-m policy --dir in --pol ipsec --mode tunnel --tunnel-src '10.1.2.3/abc';;FAIL
-m policy --dir in --pol ipsec --mode tunnel --tunnel-src '10.1.2.3/';;FAIL
-m policy --dir in --pol ipsec --mode tunnel --tunnel-src '10.1.2.3/255.255.128.0';-m policy --dir in --pol ipsec --mode tunnel --tunnel-src 10.1.2.3/17;OK
-m policy --dir in --pol ipsec --mode tunnel --tunnel-src '10.1.2.3/0';-m policy --dir in --pol ipsec --mode tunnel --tunnel-src 10.1.2.3/0;OK

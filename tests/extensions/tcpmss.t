:INPUT,FORWARD,OUTPUT
-p tcp -m tcpmss --mss 1460;=;OK
-p tcp -m tcpmss --mss 1000:1500;=;OK
-p tcp -m tcpmss ! --mss 536:;-p tcp -m tcpmss ! --mss 536:65535;OK
-p tcp -m tcpmss --mss :536;-p tcp -m tcpmss --mss 0:536;OK
-m tcpmss --mss 1460;;FAIL
-p udp -m tcpmss --mss 1460;;FAIL
! -p tcp -m tcpmss --mss 1460;;FAIL
-p tcp -m tcpmss;;FAIL
-p tcp -m tcpmss --mss 70000;;FAIL
-p 6 -m tcpmss --mss 5;-p tcp -m tcpmss --mss 5;OK

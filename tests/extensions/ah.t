:INPUT,FORWARD,OUTPUT
-p ah -m ah --ahspi 5;=;OK
-p ah -m ah ! --ahspi 5:6;=;OK
-p ah -m ah;=;OK
-p ah --ahspi 500;-p ah -m ah --ahspi 500;OK
-m ah --ahspi 5;;FAIL
-p ah -m ah ! --ahspi 0:4294967295;-p ah -m ah;OK

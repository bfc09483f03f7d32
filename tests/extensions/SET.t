*filter
:INPUT,FORWARD,OUTPUT
-j SET --add-set foo src;;FAIL
-j SET --del-set foo src,dst;;FAIL
-j SET --map-set foo src --map-mark;;FAIL
-j SET --add-set foo src --exist --timeout 5;;FAIL
-j SET;;FAIL
-j SET --add-set foo;;FAIL
-j SET --add-set 0123456789012345678901234567890123 src;;FAIL
-j SET --exist;;FAIL
-j SET --timeout 5;;FAIL
-j SET --timeout x;;FAIL
-j SET --timeout 4294967295;;FAIL
-j SET --map-mark;;FAIL
-j SET --add-set foo bogus;;FAIL

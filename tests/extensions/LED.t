*filter
:INPUT,FORWARD,OUTPUT
-j LED --led-trigger-id foo;;FAIL
-j LED --led-trigger-id foo --led-delay inf --led-always-blink;;FAIL
-j LED;;FAIL
-j LED --led-delay x;;FAIL
-j LED --led-trigger-id 01234567890123456;;FAIL

from licang_check._cli import main

main()

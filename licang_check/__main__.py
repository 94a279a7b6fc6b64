from licang_check._cli.app import main

main()

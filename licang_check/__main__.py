from licang_check.cli import main

main()

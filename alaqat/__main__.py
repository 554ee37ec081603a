from alaqat.cli import main

main()

// exports nothing

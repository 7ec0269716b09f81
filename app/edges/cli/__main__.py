from app.edges.cli import main

main()

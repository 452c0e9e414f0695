"""``python -m newsextract`` runs the command line."""

from .cli import main

main()

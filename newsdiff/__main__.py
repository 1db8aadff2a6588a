"""``python -m newsdiff`` runs the command line."""

from .cli import main

main()

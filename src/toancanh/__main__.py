"""``python -m toancanh``: the same as the ``toancanh`` command."""

from toancanh.cli import main

main()

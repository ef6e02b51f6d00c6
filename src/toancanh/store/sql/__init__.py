"""The SQL of the store: plain functions over a ``Connection``, one module per table group.

The repositories (``store/<area>.py``) open the transactions and call these; nothing
outside ``store/`` should need them.
"""

"""Use cases, one module per area: the only place that validates, checks access, writes
and audits.

Every use case is a plain function ``verb(store, actor, ...)``: it checks the input (an
``errors.Invalid`` says what to fix), asks ``access`` whether the actor may see and change
the records (``NotFound`` for what the actor may not know exists, ``Forbidden`` for what
it sees but may not change), calls the store (which writes the audit entry in the same
transaction) and returns the records. The CLI, the API and the pages parse their input,
call these functions and render what comes back; each maps the errors once.
"""

"""Incidents: a communication crisis handled by a task force, from alert to closing.

``workflow`` holds the rules (statuses, checks, the task force's members, the closing
trend) as pure functions; the use cases with who may take them are
``toancanh.services.incidents``', called by the CLI, the API and the pages alike.
"""

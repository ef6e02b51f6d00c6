"""Incidents: a communication crisis handled by a task force, from alert to closing.

``workflow`` holds the use cases (open, assign the task force, change status, add a note,
link articles, close with the trend before and after), called by the CLI, the API and
the pages alike.
"""

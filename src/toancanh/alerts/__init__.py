"""Alerts: rules per watch, their evaluation, the channels that carry them, delivery.

``rules`` (the kinds of rule, their defaults and checking), ``evaluate`` (what the rules
find, raised as alerts), ``status`` (the status changes a person may make),
``channels`` (one module per kind of channel), ``texts`` (how a notification reads),
``delivery`` (sending with retries) and ``live`` (the loop from a stored article to a
sent alert).
"""

"""Trends over time: series, spikes, forecasts, emerging terms and the outlook.

Alerts built on them live in ``toancanh.alerts``, incidents in ``toancanh.incidents``.
"""

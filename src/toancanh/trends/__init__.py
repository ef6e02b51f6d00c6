"""Trends over time: series, spikes, forecasts, alerts and their notifications."""

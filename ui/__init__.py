"""Widgets of the ClearSKY plugin (no HTTP here: work goes through core.tasks)."""

"""Adapters that let other frameworks use byline's pieces (never the other way round)."""

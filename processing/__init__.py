"""The ``clearsky`` Processing provider."""

"""apvdesk: an offline APV of the psychosocial work environment for small Danish workplaces."""

__version__ = "0.1.0"

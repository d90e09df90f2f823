"""SSW Desk: the secretariat's desk for Score report requests of the SSW(ii) exam."""

__version__ = "0.1.0"

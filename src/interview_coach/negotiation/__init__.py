"""Salary negotiation: market pay for a job and a place (`negotiation.market`), the ground
every negotiating move is judged against."""

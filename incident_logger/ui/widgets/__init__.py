"""Small reusable widgets: empty states, count editors, field error labels."""

"""Moving incidents in and out: the app's JSON and CSV, ACLED's CSV and GeoJSON."""

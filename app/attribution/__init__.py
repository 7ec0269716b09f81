"""Who is speaking: source chains per sentence (speech patterns, speakers, spaCy fallback), contradictions and
repetition.

Takes cleaned text (at ingest) or quotes (at ask); gives chains ("relaying X, quoting Y") and contested groups."""

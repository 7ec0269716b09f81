"""Text primitives every stage shares: sentence spans and search terms.

Takes plain text; gives sentence offsets (`sentences`), normalised terms (`terms`) and checks on
names shown to a reader (`names`: one line, bounded, look-alikes found)."""

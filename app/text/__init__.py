"""Text primitives every stage shares: sentence spans and search terms.

Takes plain text; gives sentence offsets (`sentences`) and normalised terms (`terms`)."""

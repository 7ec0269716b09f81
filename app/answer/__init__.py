"""Answering: retrieve passages (dense + BM25), compose the quoted, labelled answer, verify citations.

Takes a question, the store and the registry; gives an `Answer` whose every quote is verbatim and attributed."""

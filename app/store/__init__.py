"""The index: chunk vectors in Chroma (a folder or a server), document texts, the manifest, BM25 and embedders.

Takes chunks, vectors and records from the indexer; gives nearest chunks, lexical hits and stored texts."""

"""Support: the small foundations every stage uses and none owns. Takes a path, a YAML file or a method; gives
atomic file writes (`files`), pydantic models with located errors (`yamlio`) and the `once` property."""

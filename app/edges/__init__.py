"""The ways in: CLI, HTTP API, MCP server, Gradio UI and llama-index adapters, each a thin layer over `Assistant`.

Takes user input; gives the same `Answer` JSON everywhere, and one-line errors."""

"""Generator of the shipped demo corpus (see scripts/build_demo_corpus.py)."""

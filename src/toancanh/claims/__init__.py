"""Claims core: figures, check-worthy sentences and matching against statements; pure."""

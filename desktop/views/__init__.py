"""Qt widgets over the model layer: one module per screen, thin, translated."""

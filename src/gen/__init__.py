"""cpgen: generates libcareerplan's mechanical code from the model description."""

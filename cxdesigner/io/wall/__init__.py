"""Reading a photo of the workshop wall back into the project (no Qt)."""

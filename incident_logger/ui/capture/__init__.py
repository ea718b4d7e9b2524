"""The capture window: a statement beside the drafts it proposes."""

"""placeholder until the first regeneration"""

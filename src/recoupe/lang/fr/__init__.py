"""French language data for recoupe: number words, units, cues, hedges, time words."""

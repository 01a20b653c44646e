ALTER TABLE analysis_cache RENAME TO result_cache;

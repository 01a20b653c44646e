DROP TABLE analysis_cache;

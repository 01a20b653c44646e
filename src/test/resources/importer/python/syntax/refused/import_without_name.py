from m import

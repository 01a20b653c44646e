package dev.schemadesigner.change;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What data-migration SQL may run when the service executes a change it did not write itself (a
 * model's plan, a client's fix): row changes only — INSERT, UPDATE, DELETE, SELECT — and none of
 * the functions and clauses that reach outside the database (files, programs, other databases).
 * Schema changes travel as operations, never as raw SQL.
 */
public final class DataMigrationPolicy {
    private DataMigrationPolicy() {}

    private static final Pattern ALLOWED_START = Pattern.compile("^(insert|update|delete|select|with)\\b");
    private static final Pattern OUTSIDE = Pattern.compile("\\b(attach|detach|pragma|copy|load_extension|pg_read_file|pg_read_binary_file"
            + "|pg_ls_dir|pg_stat_file|lo_import|lo_export|dblink\\w*|pg_execute_server_program|into\\s+outfile|into\\s+dumpfile|load_file"
            + "|readfile|writefile|sys_exec|sys_eval|set_config|pg_terminate_backend|pg_cancel_backend|pg_reload_conf)\\b");

    /** The reason the migration may not run, or empty when every statement of every dialect's SQL is allowed. */
    public static Optional<String> violation(DataMigration migration) {
        List<String> all = new ArrayList<>(migration.upgradeSql().values());
        all.addAll(migration.downgradeSql().values());
        for (String sql : all) {
            for (String statement : sql.split(";")) {
                String s = statement.strip().replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("--[^\\n]*", " ").strip().toLowerCase(Locale.ROOT);
                if (s.isEmpty()) continue;
                if (!ALLOWED_START.matcher(s).find()) {
                    return Optional.of("data migration '" + migration.description() + "' may only INSERT, UPDATE, DELETE or SELECT rows; refused: "
                            + abbreviate(statement.strip()));
                }
                var outside = OUTSIDE.matcher(s);
                if (outside.find()) {
                    return Optional.of("data migration '" + migration.description() + "' uses " + outside.group(1)
                            + ", which reaches outside the database; refused: " + abbreviate(statement.strip()));
                }
            }
        }
        return Optional.empty();
    }

    private static String abbreviate(String sql) { return sql.length() > 80 ? sql.substring(0, 79) + "…" : sql; }
}

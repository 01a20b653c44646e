package dev.schemadesigner.review;

import dev.schemadesigner.schema.Table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Measures functional dependencies on rows read from one table (values as text, {@code null} for
 * SQL NULL). A determinant is judged only when the sample can mean something: at least
 * {@link DataSample#MIN_ROWS} rows where it is not NULL, at least {@link DataSample#MIN_DISTINCT}
 * distinct values, and not unique in the sample (a unique column determines everything trivially).
 * Columns that are all NULL, constant, declared unique or in the primary key are not compared as
 * single determinants; dependents are non-key columns with at least two distinct values.
 */
final class DependencyAnalysis {
    private static final String NULL = "\u0000NULL";
    private static final int MAX_KEY_FOR_SUBSETS = 4;

    private DependencyAnalysis() {}

    static TableSample analyse(Table table, List<String> columns, List<String[]> rows) {
        int n = rows.size();
        List<Integer> key = new ArrayList<>();
        for (String k : table.primaryKey().map(pk -> pk.columns()).orElse(List.of())) key.add(columns.indexOf(k));
        Set<Integer> dependents = new LinkedHashSet<>();
        for (int i = 0; i < columns.size(); i++) {
            if (!key.contains(i) && distinct(rows, List.of(i), false) >= 2) dependents.add(i);
        }
        Set<List<String>> judged = new HashSet<>();
        List<FunctionalDependency> found = new ArrayList<>();
        // 3NF: one non-key column determining another
        Map<Integer, Set<Integer>> holds = new TreeMap<>();
        for (int a = 0; a < columns.size(); a++) {
            String name = columns.get(a);
            if (key.contains(a) || SchemaFacts.isUniqueIn(table, name) || !meaningful(rows, List.of(a))) continue;
            judged.add(List.of(name));
            for (int b : dependents) {
                if (b != a && determines(rows, List.of(a), b)) holds.computeIfAbsent(a, x -> new LinkedHashSet<>()).add(b);
            }
        }
        holds.forEach((a, bs) -> {
            for (int b : bs) {
                boolean mutual = holds.getOrDefault(b, Set.of()).contains(a);
                if (mutual && preferred(table, columns, b, a)) continue;
                found.add(new FunctionalDependency(table.name(), List.of(columns.get(a)), columns.get(b), n));
            }
        });
        // 2NF: a proper part of a composite key determining a non-key column
        if (key.size() >= 2 && key.size() <= MAX_KEY_FOR_SUBSETS && !key.contains(-1)) {
            Set<Integer> explained = new HashSet<>();
            for (List<Integer> part : properSubsets(key)) {
                if (!meaningful(rows, part)) continue;
                List<String> names = part.stream().map(columns::get).toList();
                judged.add(names);
                for (int b : dependents) {
                    if (!explained.contains(b) && determines(rows, part, b)) {
                        explained.add(b);
                        found.add(new FunctionalDependency(table.name(), names, columns.get(b), n));
                    }
                }
            }
        }
        found.sort((x, y) -> x.dependent().equals(y.dependent()) ? 0 : Integer.compare(columns.indexOf(x.dependent()), columns.indexOf(y.dependent())));
        return new TableSample(table.name(), n, new HashSet<>(columns), judged, found);
    }

    /** Of a pair that determine each other, the one to report as the determinant: a foreign key, then an {@code _id}, then the earlier column. */
    private static boolean preferred(Table table, List<String> columns, int a, int b) {
        int ra = rank(table, columns.get(a)), rb = rank(table, columns.get(b));
        return ra != rb ? ra > rb : a < b;
    }

    private static int rank(Table table, String column) {
        if (SchemaFacts.isForeignKeyColumn(table, column)) return 2;
        return column.endsWith("_id") ? 1 : 0;
    }

    private static boolean meaningful(List<String[]> rows, List<Integer> columns) {
        int present = 0;
        for (String[] row : rows) if (allPresent(row, columns)) present++;
        if (present < DataSample.MIN_ROWS) return false;
        int distinct = distinct(rows, columns, true);
        return distinct >= DataSample.MIN_DISTINCT && distinct < present;
    }

    private static int distinct(List<String[]> rows, List<Integer> columns, boolean skipNulls) {
        Set<String> seen = new HashSet<>();
        for (String[] row : rows) {
            if (skipNulls && !allPresent(row, columns)) continue;
            seen.add(tuple(row, columns));
        }
        return seen.size();
    }

    private static boolean determines(List<String[]> rows, List<Integer> determinant, int dependent) {
        Map<String, String> first = new HashMap<>();
        for (String[] row : rows) {
            if (!allPresent(row, determinant)) continue;
            String value = Objects.requireNonNullElse(row[dependent], NULL);
            String previous = first.putIfAbsent(tuple(row, determinant), value);
            if (previous != null && !previous.equals(value)) return false;
        }
        return true;
    }

    private static boolean allPresent(String[] row, List<Integer> columns) {
        for (int c : columns) if (row[c] == null) return false;
        return true;
    }

    private static String tuple(String[] row, List<Integer> columns) {
        if (columns.size() == 1) return Objects.requireNonNullElse(row[columns.get(0)], NULL);
        StringBuilder sb = new StringBuilder();
        for (int c : columns) sb.append(Objects.requireNonNullElse(row[c], NULL)).append('\u0001');
        return sb.toString();
    }

    /** Non-empty proper subsets of the key, smallest first, each in key order. */
    private static List<List<Integer>> properSubsets(List<Integer> key) {
        List<List<Integer>> out = new ArrayList<>();
        int full = (1 << key.size()) - 1;
        for (int size = 1; size < key.size(); size++) {
            for (int mask = 1; mask < full; mask++) {
                if (Integer.bitCount(mask) != size) continue;
                List<Integer> part = new ArrayList<>();
                for (int i = 0; i < key.size(); i++) if ((mask & (1 << i)) != 0) part.add(key.get(i));
                out.add(part);
            }
        }
        return out;
    }
}

package dev.schemadesigner.chat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One schema of the review corpus and its labels: {@code <name>.sql} (DDL), {@code <name>.py}
 * (SQLAlchemy models) or {@code <name>.java} (JPA entities), beside {@code <name>.expect} holding
 * {@code dialect <name>}, {@code query <SELECT …>}, {@code finding <rule-id> <object>},
 * {@code asks <rule-id> <object>} and {@code clean <rule-id> <object>} lines ({@code #} starts a comment). See the corpus README.
 */
record LabelledSchema(String name, String format, String dialect, String content, List<String> queries, List<Fact> facts) {

    /**
     * An expected finding ({@code expected}) or a fact no finding of the rule may be about. An expected
     * finding that {@code asks} must come without a fix: the value it needs is not known, so the
     * finding asks for it instead of inventing it (a CHECK range for a bare {@code score}).
     */
    record Fact(boolean expected, boolean asks, String rule, String object) {
        @Override public String toString() { return (asks ? "asks " : expected ? "finding " : "clean ") + rule + " " + object; }
    }

    private static final Map<String, String> FORMATS = Map.of("sql", "sql", "py", "sqlalchemy", "java", "jpa");

    Source source() { return new Source(format, content, Optional.of(name)); }

    ReviewRequest request() { return new ReviewRequest(Optional.of(source()), List.of(), Optional.of(dialect), List.of(), queries); }

    static List<LabelledSchema> all(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".expect")).sorted().map(LabelledSchema::read).toList();
        }
    }

    private static LabelledSchema read(Path expect) {
        String base = expect.getFileName().toString().replaceFirst("\\.expect$", "");
        try {
            Path source = FORMATS.keySet().stream().map(ext -> expect.resolveSibling(base + "." + ext)).filter(Files::exists).findFirst()
                    .orElseThrow(() -> new IllegalStateException(expect + " has no schema beside it (.sql, .py or .java)"));
            String ext = source.getFileName().toString().substring(base.length() + 1);
            String dialect = "postgresql";
            List<String> queries = new ArrayList<>();
            List<Fact> facts = new ArrayList<>();
            for (String raw : Files.readAllLines(expect)) {
                String line = raw.strip();
                if (line.isEmpty() || line.startsWith("#")) continue;
                String[] words = line.split("\\s+", 2);
                switch (words[0]) {
                    case "dialect" -> dialect = words[1].strip();
                    case "query" -> queries.add(words[1].strip());
                    case "finding", "asks", "clean" -> {
                        String[] fact = words[1].strip().split("\\s+");
                        if (fact.length != 2) throw new IllegalStateException(expect + ": '" + line + "' must be <finding|asks|clean> <rule-id> <object>");
                        facts.add(new Fact(!words[0].equals("clean"), words[0].equals("asks"), fact[0], fact[1]));
                    }
                    default -> throw new IllegalStateException(expect + ": unknown line '" + line + "'");
                }
            }
            return new LabelledSchema(base, FORMATS.get(ext), dialect, Files.readString(source), queries, facts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

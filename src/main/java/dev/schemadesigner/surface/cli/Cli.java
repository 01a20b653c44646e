package dev.schemadesigner.surface.cli;

import dev.schemadesigner.Config;
import dev.schemadesigner.chat.Conversation;
import dev.schemadesigner.chat.ConversationException;
import dev.schemadesigner.chat.ProjectContext;
import dev.schemadesigner.chat.ProjectRequest;
import dev.schemadesigner.chat.Reply;
import dev.schemadesigner.chat.ReviewOutcome;
import dev.schemadesigner.chat.ReviewRequest;
import dev.schemadesigner.chat.StageListener;
import dev.schemadesigner.generate.Artifact;
import dev.schemadesigner.json.Json;
import dev.schemadesigner.review.Finding;
import dev.schemadesigner.review.Severity;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The command line in the service's jar: {@code review} lints files for CI (text, JSON or SARIF 2.1.0),
 * {@code design} writes the project a request produces. It reviews without a store, a model or the
 * embedding model, and never starts the HTTP server. Exit codes: 0 clean, 1 findings at or above
 * {@code --fail-on} (for {@code design}: the turn produced no verified files), 2 a usage or input error.
 */
public final class Cli {
    private Cli() {}

    public static final int CLEAN = 0;
    public static final int FINDINGS = 1;
    public static final int USAGE = 2;

    static final String USAGE_TEXT = """
            usage: schema-designer review [--format text|json|sarif] [--dialect postgresql|sqlite|mariadb]
                                          [--fail-on error|warning|info] [--assume-in-transaction] FILE...
                   schema-designer design "request" [--project FILE|DIR] [--style sqlalchemy2|classic] --out DIR
                   schema-designer serve            (or no arguments: the HTTP service)
            review reads SQL migrations, Alembic revisions, SQLAlchemy models and JPA entities, told apart by content.
            exit: 0 clean, 1 findings at or above --fail-on (default error), 2 usage or input error""";

    /** A mistake in the command line or its input: the message names it, the exit code is 2. */
    static final class UsageError extends RuntimeException {
        UsageError(String message) { super(message); }
    }

    /** Whether the arguments ask for a command rather than the server (none, or {@code serve}, start the server). */
    public static boolean isCommand(String[] args) {
        return args.length > 0 && !args[0].equals("serve");
    }

    /** Runs one command; what it reports goes to {@code out}, problems to {@code err}; returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        try {
            if (args.length == 0 || Set.of("help", "--help", "-h").contains(args[0])) {
                (args.length == 0 ? err : out).println(USAGE_TEXT);
                return args.length == 0 ? USAGE : CLEAN;
            }
            List<String> rest = List.of(args).subList(1, args.length);
            return switch (args[0]) {
                case "review" -> review(ReviewOptions.parse(rest), out);
                case "design" -> design(DesignOptions.parse(rest), out, err);
                default -> throw new UsageError("unknown command '" + args[0] + "'; the commands are review, design and serve");
            };
        } catch (UsageError e) {
            err.println("schema-designer: " + e.getMessage());
            if (e.getMessage().startsWith("usage")) err.println(USAGE_TEXT);
            return USAGE;
        }
    }

    // ---- review ----

    record ReviewOptions(String format, String dialect, Severity failOn, boolean assumeInTransaction, List<Path> files) {
        static ReviewOptions parse(List<String> args) {
            String format = "text";
            String dialect = "postgresql";
            Severity failOn = Severity.ERROR;
            boolean inTransaction = false;
            List<Path> files = new ArrayList<>();
            for (int i = 0; i < args.size(); i++) {
                String a = args.get(i);
                switch (a) {
                    case "--format" -> format = oneOf(a, value(args, ++i, a), List.of("text", "json", "sarif"));
                    case "--dialect" -> dialect = value(args, ++i, a);
                    case "--fail-on" -> failOn = Severity.parse(oneOf(a, value(args, ++i, a), List.of("error", "warning", "info")));
                    case "--assume-in-transaction" -> inTransaction = true;
                    case "--" -> args.subList(i + 1, args.size()).forEach(f -> files.add(Path.of(f)));
                    default -> {
                        if (a.startsWith("--") && a.contains("=")) {
                            List<String> split = new ArrayList<>(args);
                            split.set(i, a.substring(0, a.indexOf('=')));
                            split.add(i + 1, a.substring(a.indexOf('=') + 1));
                            return parse(split);
                        }
                        if (a.startsWith("-")) throw new UsageError("usage: unknown option '" + a + "' for review");
                        files.add(Path.of(a));
                    }
                }
                if (a.equals("--")) break;
            }
            if (files.isEmpty()) throw new UsageError("usage: review needs at least one FILE");
            return new ReviewOptions(format, dialect, failOn, inTransaction, files);
        }
    }

    /** One file's review: its format and what the review found in it. */
    record FileReview(Path path, String format, ReviewOutcome outcome) {}

    private static int review(ReviewOptions options, PrintStream out) {
        long started = System.nanoTime();
        List<FileReview> reviews = new ArrayList<>();
        for (Path path : options.files()) {
            FileReview review = reviewOne(CliSource.read(path), options);
            reviews.add(review);
            // text goes out file by file, so CI logs (and people) see findings as they come
            if (options.format().equals("text")) printText(review, out);
        }
        List<Finding> all = reviews.stream().flatMap(r -> r.outcome().findings().stream()).toList();
        switch (options.format()) {
            case "json" -> out.println(Json.write(jsonReport(reviews)));
            case "sarif" -> out.println(Json.write(SarifReport.of(reviews)));
            default -> out.println(summary(all, reviews.size(), (System.nanoTime() - started) / 1_000_000));
        }
        return all.stream().anyMatch(f -> f.severity().compareTo(options.failOn()) <= 0) ? FINDINGS : CLEAN;
    }

    static FileReview reviewOne(CliSource file, ReviewOptions options) {
        ReviewRequest request = new ReviewRequest(file.isMigration() ? Optional.empty() : Optional.of(file.source()),
                file.isMigration() ? List.of(file.source()) : List.of(), Optional.of(options.dialect()), List.of(), List.of(),
                Optional.of(options.assumeInTransaction()), Optional.empty());
        try {
            return new FileReview(file.path(), file.format(), Conversation.reviewSources(request));
        } catch (ConversationException e) {
            String where = e.field() != null && e.field().equals("dialect") ? "--dialect" : file.path() + " (read as " + file.format() + ")";
            throw new UsageError(where + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new UsageError(file.path() + " (read as " + file.format() + "): " + e.getMessage());
        }
    }

    private static void printText(FileReview review, PrintStream out) {
        for (Finding f : review.outcome().findings()) {
            out.println(review.path() + ": " + f.line());
            f.fix().ifPresent(fix -> out.println("    fix: " + fix.summary()));
        }
        for (String warning : review.outcome().warnings()) out.println(review.path() + ": not reviewed: " + withoutPath(warning, review.path()));
    }

    /** The review names the source at the start of a warning; the line already starts with the path. */
    private static String withoutPath(String warning, Path path) {
        String name = path.toString();
        return warning.startsWith(name + ": ") ? warning.substring(name.length() + 2) : warning.startsWith(name + " ") ? warning.substring(name.length() + 1) : warning;
    }

    private static String summary(List<Finding> findings, int files, long millis) {
        Map<Severity, Long> counts = counts(findings);
        return findings.size() + " finding" + (findings.size() == 1 ? "" : "s") + " (" + counts.get(Severity.ERROR) + " error, "
                + counts.get(Severity.WARNING) + " warning, " + counts.get(Severity.INFO) + " info) in " + files + " file"
                + (files == 1 ? "" : "s") + ", " + millis + " ms";
    }

    private static Map<Severity, Long> counts(List<Finding> findings) {
        Map<Severity, Long> counts = new LinkedHashMap<>();
        for (Severity s : Severity.values()) counts.put(s, findings.stream().filter(f -> f.severity() == s).count());
        return counts;
    }

    private static Map<String, Object> jsonReport(List<FileReview> reviews) {
        List<Map<String, Object>> files = new ArrayList<>();
        for (FileReview r : reviews) {
            Map<String, Object> file = new LinkedHashMap<>();
            file.put("path", r.path().toString());
            file.put("format", r.format());
            file.put("findings", r.outcome().findings());
            file.put("warnings", r.outcome().warnings());
            files.add(file);
        }
        Map<String, Object> counts = new LinkedHashMap<>();
        counts(reviews.stream().flatMap(r -> r.outcome().findings().stream()).toList()).forEach((k, v) -> counts.put(k.label(), v));
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("files", files);
        report.put("counts", counts);
        return report;
    }

    // ---- design ----

    record DesignOptions(String request, Optional<Path> project, Optional<String> style, Path out) {
        static DesignOptions parse(List<String> args) {
            String request = null;
            Optional<Path> project = Optional.empty();
            Optional<String> style = Optional.empty();
            Path out = null;
            for (int i = 0; i < args.size(); i++) {
                String a = args.get(i);
                switch (a) {
                    case "--project" -> project = Optional.of(Path.of(value(args, ++i, a)));
                    case "--style" -> style = Optional.of(oneOf(a, value(args, ++i, a), List.of("sqlalchemy2", "classic")));
                    case "--out" -> out = Path.of(value(args, ++i, a));
                    default -> {
                        if (a.startsWith("-")) throw new UsageError("usage: unknown option '" + a + "' for design");
                        if (request != null) throw new UsageError("usage: design takes one request; quote it (\"" + request + " " + a + "\")");
                        request = a;
                    }
                }
            }
            if (request == null || request.isBlank()) throw new UsageError("usage: design needs a request, e.g. design \"add a table for customer notes\" --out DIR");
            if (out == null) throw new UsageError("usage: design needs --out DIR, the folder to write the project into");
            return new DesignOptions(request, project, style, out);
        }
    }

    private static int design(DesignOptions options, PrintStream out, PrintStream err) {
        Config config;
        try {
            config = Config.from(System.getenv());
        } catch (IllegalArgumentException e) {
            throw new UsageError(e.getMessage());
        }
        Optional<ProjectRequest> project = options.project().map(p -> CliProject.read(p, options.style()));
        if (project.isEmpty() && options.style().isPresent() && !options.style().get().equals(ProjectContext.customerFeedbackAnalyzer().ormStyleName())) {
            throw new UsageError("--style " + options.style().get() + " needs --project: the bundled project is "
                    + ProjectContext.customerFeedbackAnalyzer().ormStyleName() + " SQLAlchemy");
        }
        Path store = temporaryStore();
        try (Conversation conversation = Conversation.standalone(config, store)) {
            Optional<String> projectId = project.map(p -> conversation.saveProject(Optional.empty(), p).id());
            Reply reply = conversation.chat(Optional.empty(), projectId, options.request(), StageListener.NONE);
            out.println(reply.text());
            if (reply.artifacts().isEmpty()) {
                err.println("schema-designer: the request produced no files (see the reply above)");
                return FINDINGS;
            }
            List<Artifact> files = conversation.projectFiles(reply.sessionId());
            write(files, options.out());
            out.println("wrote " + files.size() + " files to " + options.out());
            if (!reply.verified()) {
                err.println("schema-designer: the change did not verify; the files written are those of the last verified state");
                return FINDINGS;
            }
            return CLEAN;
        } catch (ConversationException e) {
            throw new UsageError((e.field() == null ? "" : e.field() + ": ") + e.getMessage());
        } finally {
            deleteStore(store);
        }
    }

    /** Writes each artifact under {@code dir}; a path that would leave it is refused. */
    static void write(List<Artifact> files, Path dir) {
        Path root = dir.toAbsolutePath().normalize();
        try {
            for (Artifact a : files) {
                Path target = root.resolve(a.path()).normalize();
                if (!target.startsWith(root)) throw new UsageError("refusing to write " + a.path() + " outside " + dir);
                Files.createDirectories(target.getParent());
                Files.writeString(target, a.content(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UsageError("cannot write to " + dir + ": " + e.getMessage());
        }
    }

    private static Path temporaryStore() {
        try {
            return Files.createTempFile("schema-designer-cli-", ".db");
        } catch (IOException e) {
            throw new UsageError("cannot create a temporary file for the session: " + e.getMessage());
        }
    }

    private static void deleteStore(Path store) {
        for (String suffix : List.of("", "-wal", "-shm")) {
            try {
                Files.deleteIfExists(Path.of(store + suffix));
            } catch (IOException e) {
                // a temporary file left behind is harmless; the OS clears its temp folder
            }
        }
    }

    // ---- arguments ----

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size() || args.get(i).startsWith("--")) throw new UsageError("usage: " + option + " needs a value");
        return args.get(i);
    }

    private static String oneOf(String option, String value, List<String> allowed) {
        if (!allowed.contains(value)) throw new UsageError(option + " must be one of " + String.join(", ", allowed) + ", was '" + value + "'");
        return value;
    }
}

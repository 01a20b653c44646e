package dev.schemadesigner.surface.cli;

import dev.schemadesigner.review.CatalogueEntry;
import dev.schemadesigner.review.Finding;
import dev.schemadesigner.review.Rules;
import dev.schemadesigner.review.Severity;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A review as one SARIF 2.1.0 log (what GitHub code scanning and other CI viewers read): the rule
 * catalogue as the tool's rules, one result per finding located in its file, what the importers could
 * not read as tool notifications. Built as maps so the output carries exactly SARIF's property names.
 */
final class SarifReport {
    private SarifReport() {}

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String INFORMATION_URI = "https://github.com/schema-designer/schema-designer";

    static Map<String, Object> of(List<Cli.FileReview> reviews) {
        List<CatalogueEntry> catalogue = Rules.catalogue();
        List<String> ruleIds = catalogue.stream().map(CatalogueEntry::id).toList();
        List<Object> results = new ArrayList<>();
        List<Object> notifications = new ArrayList<>();
        for (Cli.FileReview review : reviews) {
            String text = readQuietly(review.path());
            for (Finding f : review.outcome().findings()) results.add(result(f, review.path(), text, ruleIds.indexOf(f.rule())));
            for (String warning : review.outcome().warnings()) {
                notifications.add(map("level", "warning", "message", map("text", "not reviewed: " + warning),
                        "locations", List.of(map("physicalLocation", map("artifactLocation", map("uri", uri(review.path())))))));
            }
        }
        Map<String, Object> driver = map("name", "schema-designer", "informationUri", INFORMATION_URI,
                "rules", catalogue.stream().map(SarifReport::rule).toList());
        Map<String, Object> invocation = map("executionSuccessful", true, "toolExecutionNotifications", notifications);
        Map<String, Object> run = map("tool", map("driver", driver), "invocations", List.of(invocation), "results", results);
        return map("$schema", SCHEMA, "version", "2.1.0", "runs", List.of(run));
    }

    private static Map<String, Object> rule(CatalogueEntry rule) {
        return map("id", rule.id(), "name", rule.id(), "shortDescription", map("text", rule.summary()),
                "fullDescription", map("text", rule.summary()), "help", map("text", rule.docs(), "markdown", rule.docs()),
                "defaultConfiguration", map("level", level(rule.severity())),
                "properties", map("tags", List.of(rule.area().name().toLowerCase(java.util.Locale.ROOT)), "autoFix", rule.autoFix()));
    }

    private static Map<String, Object> result(Finding f, Path path, String text, int ruleIndex) {
        Map<String, Object> physical = map("artifactLocation", map("uri", uri(path)), "region", map("startLine", lineOf(f.object(), text)));
        Map<String, Object> result = map("ruleId", f.rule(), "level", level(f.severity()),
                "message", map("text", f.message() + f.fix().map(fix -> " Fix: " + fix.summary()).orElse("")),
                "locations", List.of(map("physicalLocation", physical, "logicalLocations", List.of(map("fullyQualifiedName", f.object())))));
        if (ruleIndex >= 0) result.put("ruleIndex", ruleIndex);
        return result;
    }

    /** SARIF's levels: an error fails a check, a warning flags, a note informs. */
    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /**
     * The first line that names the finding's object (its last part: a column, index or table), so a
     * viewer can point at it; findings carry no line of their own, and line 1 stands in when the name is
     * not in the text.
     */
    static int lineOf(String object, String text) {
        String[] parts = object.split("\\.");
        for (int i = parts.length - 1; i >= 0; i--) {
            if (parts[i].isBlank()) continue;
            Pattern name = Pattern.compile("(?i)(?<![\\w])" + Pattern.quote(parts[i]) + "(?![\\w])");
            String[] lines = text.split("\n", -1);
            for (int n = 0; n < lines.length; n++) if (name.matcher(lines[n]).find()) return n + 1;
        }
        return 1;
    }

    /** A relative path as a relative URI reference (so CI resolves it against the checkout); an absolute one as a file URI. */
    static String uri(Path path) {
        if (path.isAbsolute()) return path.toUri().toString();
        try {
            return new URI(null, null, path.toString().replace('\\', '/'), null).toASCIIString();
        } catch (URISyntaxException e) {
            return path.toUri().toString();
        }
    }

    private static String readQuietly(Path path) {
        try {
            return java.nio.file.Files.readString(path);
        } catch (java.io.IOException e) {
            return "";
        }
    }

    /** An ordered map of alternating keys and values, leaving out empty values. */
    private static Map<String, Object> map(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            Object value = pairs[i + 1] instanceof Optional<?> o ? o.orElse(null) : pairs[i + 1];
            if (value != null) map.put((String) pairs[i], value);
        }
        return map;
    }
}

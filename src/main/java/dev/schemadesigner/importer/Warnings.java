package dev.schemadesigner.importer;

import java.util.ArrayList;
import java.util.List;

/** Collects warnings for the statement being read; each names its line and the statement's start. */
final class Warnings {
    private final List<ImportWarning> all = new ArrayList<>();
    private String statement = "";

    void startStatement(List<Token> tokens) {
        statement = preview(tokens);
    }

    void add(Token at, String message) {
        all.add(new ImportWarning(at.line(), statement, message));
    }

    List<ImportWarning> all() { return List.copyOf(all); }

    private static String preview(List<Token> tokens) {
        StringBuilder out = new StringBuilder();
        for (Token t : tokens) {
            if (out.length() > ImportWarning.STATEMENT_PREVIEW) break;
            if (out.length() > 0 && t.spaceBefore()) out.append(' ');
            out.append(t.text().replaceAll("\\s+", " "));
        }
        return out.toString();
    }
}

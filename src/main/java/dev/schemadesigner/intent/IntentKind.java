package dev.schemadesigner.intent;

import java.util.Locale;

/** What a message asks for; the taxonomy of API.md. {@link #wireName()} is the JSON spelling. */
public enum IntentKind {
    DESIGN, CHANGE, MIGRATION, REVIEW, PERFORMANCE, NORMALIZATION, NONE;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static IntentKind fromWire(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT));
    }
}

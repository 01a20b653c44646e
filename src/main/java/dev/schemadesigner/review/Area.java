package dev.schemadesigner.review;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** The section of RULES.md a rule belongs to; also the folder under {@code review/rules/}. */
public enum Area {
    SCHEMA, NORMALIZATION, PERFORMANCE, MIGRATION;

    @JsonValue
    public String label() { return name().toLowerCase(Locale.ROOT); }
}

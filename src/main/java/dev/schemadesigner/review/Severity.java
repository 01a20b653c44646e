package dev.schemadesigner.review;

import dev.schemadesigner.error.ErrorCode;
import dev.schemadesigner.error.UserFacingException;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** How much a finding matters; declared most severe first, which is also the order findings are listed in. */
public enum Severity {
    ERROR, WARNING, INFO;

    /** {@code error}, {@code warning} or {@code info}: the spelling of the API and of the golden files. */
    @JsonValue
    public String label() { return name().toLowerCase(Locale.ROOT); }

    public static Severity parse(String label) {
        for (Severity s : values()) if (s.label().equalsIgnoreCase(label.trim())) return s;
        throw new UserFacingException(ErrorCode.INVALID_SETTING, "unknown severity '" + label + "' (expected error, warning or info)");
    }
}

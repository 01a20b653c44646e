package dev.schemadesigner.intent;

/** A skill file that cannot be read: names the file and, where known, the 1-based line. */
public final class SkillFormatException extends RuntimeException {

    private final String source;
    private final int line;

    public SkillFormatException(String source, int line, String reason) {
        this(source, line, reason, null);
    }

    public SkillFormatException(String source, int line, String reason, Throwable cause) {
        super(source + (line > 0 ? ":" + line : "") + ": " + reason, cause);
        this.source = source;
        this.line = line;
    }

    public String source() {
        return source;
    }

    /** 1-based line in the file, or 0 when the problem is not tied to one line. */
    public int line() {
        return line;
    }
}

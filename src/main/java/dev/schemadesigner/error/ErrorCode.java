package dev.schemadesigner.error;

import java.util.Locale;

/**
 * What went wrong with what a user sent or configured, as a stable code (Flyway's {@code CoreErrorCode}).
 * {@link #slug()} is the code on the wire: the last segment of the problem {@code type} URI of an HTTP
 * answer, the {@code code} of an OpenAI-style error and of an MCP error. Codes are never renamed; a new
 * kind of problem gets a new code. Each surface maps every code with an exhaustive {@code switch}, so a
 * new code does not compile until every surface says how it answers it.
 */
public enum ErrorCode {
    // the request as a request
    /** A field is missing, of the wrong shape, or names something the service does not offer. */
    BAD_REQUEST,
    /** The body is not valid JSON, or not of the document's shape. */
    MALFORMED_JSON,
    /** A session, project, turn or other resource named in the request does not exist. */
    NOT_FOUND,
    UNAUTHORIZED,
    FORBIDDEN,
    /** The body is larger than SD_MAX_BODY_BYTES. */
    PAYLOAD_TOO_LARGE,
    UNSUPPORTED_MEDIA_TYPE,
    MISDIRECTED_REQUEST,
    REQUEST_TIMEOUT,
    /** Too many requests in flight from this client address. */
    TOO_MANY_REQUESTS,
    /** The service is at its limit of requests in flight, or a feature of it is not configured. */
    SERVICE_UNAVAILABLE,

    // the conversation
    /** The request contradicts the stored state (a turn that is not the latest, a project in use). */
    CONFLICT,
    /** The session's previous turn still runs. */
    SESSION_BUSY,
    /** The turn ran out of its time (SD_TURN_DEADLINE_SECONDS). */
    TURN_DEADLINE,
    /** The client went away before the answer was ready. */
    CLIENT_GONE,
    /** The service is shutting down. */
    SHUTTING_DOWN,

    // what the input says
    /** SQL that does not parse. */
    MALFORMED_SQL,
    /** Python (SQLAlchemy models, Alembic migrations) that does not parse. */
    MALFORMED_PYTHON,
    /** Java (JPA entities) that does not parse. */
    MALFORMED_JAVA,
    /** An input text over the importer's size limit. */
    INPUT_TOO_LARGE,
    /** An input whose brackets or expressions nest too deeply to be read. */
    NESTED_TOO_DEEP,
    /** Binary or control characters where source text was expected. */
    NOT_SOURCE_TEXT,
    /** A dialect name that is none of postgresql, sqlite, mariadb (mysql). */
    UNKNOWN_DIALECT,
    /** A live database of a product the service cannot work with. */
    UNSUPPORTED_DATABASE,
    /** Something the chosen database cannot do at all. */
    UNSUPPORTED_FEATURE,
    /** A name a database or the model cannot take (quotes, control characters, too long). */
    INVALID_IDENTIFIER,
    /** A column type the model does not know, or with sizes out of range. */
    INVALID_TYPE,
    /** A schema that cannot hold: two tables of one name, a key on a missing column. */
    INVALID_SCHEMA,
    /** An SQL expression (check, default, index predicate) outside the constructs the model allows. */
    EXPRESSION_REFUSED,
    /** A change that cannot apply to the schema it was given (a fix that no longer applies). */
    INVALID_CHANGE,
    /** A change request whose words do not all name something in the schema. */
    CHANGE_NOT_UNDERSTOOD,
    /** A setting of a request or of the service (SD_* variables) that is out of range or unknown. */
    INVALID_SETTING;

    /** The code on the wire, e.g. {@code malformed-sql}. */
    public String slug() { return name().toLowerCase(Locale.ROOT).replace('_', '-'); }

    /** The problem {@code type} URI of this code in an RFC 9457 answer. */
    public String typeUri() { return "https://schema-designer.dev/problems/" + slug(); }
}

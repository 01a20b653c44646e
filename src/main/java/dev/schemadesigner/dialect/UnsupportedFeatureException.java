package dev.schemadesigner.dialect;

/** Something a database cannot do at all, such as a unique partial index on MariaDB; the message names both. */
public class UnsupportedFeatureException extends dev.schemadesigner.error.UserFacingException {
    private final String database;
    private final String feature;

    public UnsupportedFeatureException(String database, String feature) {
        super(dev.schemadesigner.error.ErrorCode.UNSUPPORTED_FEATURE, database + " does not support " + feature);
        this.database = database;
        this.feature = feature;
    }

    /** The display name of the database, e.g. "MariaDB". */
    public String database() { return database; }

    public String feature() { return feature; }
}

package dev.schemadesigner.intent;

/**
 * Every number the {@link IntentDetector} decides with, in one place.
 *
 * @param schemaThreshold     combined score at or above which a message is schema-related
 * @param lexicalCap          the lexicon's schema evidence counts up to this much
 * @param offTopicWeight      multiplier of off-topic evidence ("landing page", "index funds") and of other senses of
 *                            database words ("restore the backup", "grant read access"; see lexicon.tsv)
 * @param codeBonus           added when schema code (DDL, models, Alembic, queries) is pasted
 * @param embeddingWeight     multiplier of (closest schema exemplar - closest off-topic exemplar)
 * @param kindEmbeddingWeight multiplier of each kind's exemplar similarity in the kind vote
 * @param codeKindHint        kind vote for review (pasted DDL or models) or performance (pasted queries)
 * @param migrationCodeHint   kind vote for migration when an Alembic revision or ALTER statement is pasted
 * @param tableCreationBonus  schema evidence of "create/add/new ... table" (in any language)
 * @param columnListBonus     schema evidence of a table to create whose columns are named ({@link ColumnDescription},
 *                            {@link EntityList}); off-topic words and other senses then do not count
 * @param columnListDesignHint kind vote for design of tables laid out with their columns, or of "X has many Y",
 *                            when no other kind is named
 * @param indexColumnsBonus   schema evidence of an index whose columns are named ("index by category and severity")
 * @param indexColumnsChangeHint kind vote for change when such an index is asked for in the imperative
 * @param repeatingGroupHint  kind vote for normalization of numbered columns (phone1, phone2: a repeating group)
 * @param identifierBonus     schema evidence of names written as identifiers ({@code last_login_at}), as columns are
 * @param clearSchemaWords    lexical schema evidence from which off-topic words count half
 * @param confidenceSlope     steepness of the logistic that turns the score margin into confidence
 * @param namedColumnBonus    schema evidence of a column of a named table ("drop the logo field from brands", "orders.total")
 * @param relationSentenceBonus schema evidence of "each X has Y" in any language (how data relates)
 * @param versionUpgradeWeight other-sense evidence of a product's version upgrade ("postgres 12 to 15")
 * @param migrationAskedHint  kind vote for migration when a migration is asked to be written
 * @param foreignEmbeddingTrust share of the embedding's say kept for a message with no English function words
 * @param shapeBonus          schema evidence of things to model given as a list, of data copied between tables and of
 *                            "slow" said of a query or an index
 * @param carryingOutHint     kind vote for migration when a question asks how to carry a change out, the change is on
 *                            a table of millions of rows, or data is copied between tables
 * @param ownSchemaReviewHint kind vote for review when a question with review words is about the writer's own schema
 */
public record IntentThresholds(double schemaThreshold, double lexicalCap, double offTopicWeight, double codeBonus,
                               double embeddingWeight, double kindEmbeddingWeight, double codeKindHint,
                               double migrationCodeHint, double tableCreationBonus, double columnListBonus,
                               double columnListDesignHint, double indexColumnsBonus, double indexColumnsChangeHint,
                               double repeatingGroupHint, double identifierBonus, double clearSchemaWords,
                               double confidenceSlope, double namedColumnBonus, double relationSentenceBonus,
                               double versionUpgradeWeight, double migrationAskedHint, double foreignEmbeddingTrust,
                               double shapeBonus, double carryingOutHint, double ownSchemaReviewHint) {

    public static final IntentThresholds DEFAULT = new IntentThresholds(0.5, 2.0, 1.0, 1.5, 4.0, 5.0, 0.8, 1.2, 0.3, 1.0,
            2.5, 0.6, 2.0, 2.0, 0.3, 0.8, 3.0, 0.6, 0.8, 1.0, 1.5, 0.4, 0.4, 1.0, 0.8);
}

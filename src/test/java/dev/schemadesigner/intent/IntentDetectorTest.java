package dev.schemadesigner.intent;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class IntentDetectorTest {

    private static IntentDetector detector;

    @BeforeAll
    static void load() {
        detector = IntentDetector.withDefaultSkills();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Design database schema", "Create database model", "Add new table", "Database migration",
            "SQLAlchemy model", "Foreign key relationship", "Database normalization"})
    void recognisesEachTriggerPhraseOfTheSkill(String phrase) {
        Intent intent = detector.detect(phrase);

        assertThat(intent.schemaRelated()).isTrue();
        assertThat(intent.trigger()).contains(phrase);
    }

    @Test
    void matchesTriggerPhrasesInAnyWordOrderAndCase() {
        assertThat(detector.detect("schema DESIGN for the database of a bakery").trigger()).contains("Design database schema");
        assertThat(detector.detect("table new add for coupons").trigger()).contains("Add new table");
    }

    @Test
    void classifiesTheTaxonomyKinds() {
        assertThat(detector.detect("design the tables for a flight booking system").kind()).isEqualTo(IntentKind.DESIGN);
        assertThat(detector.detect("now add a priority column to the tickets table").kind()).isEqualTo(IntentKind.CHANGE);
        assertThat(detector.detect("write the alembic migration with a downgrade").kind()).isEqualTo(IntentKind.MIGRATION);
        assertThat(detector.detect("please review my sqlalchemy models").kind()).isEqualTo(IntentKind.REVIEW);
        assertThat(detector.detect("this query on orders is slow, which index do I need?").kind()).isEqualTo(IntentKind.PERFORMANCE);
        assertThat(detector.detect("is my customers table in third normal form?").kind()).isEqualTo(IntentKind.NORMALIZATION);
    }

    @ParameterizedTest
    @ValueSource(strings = {"migrate our users to the new pricing plan", "we should migrate the team to the new office"})
    void ignoresMigrationsThatAreNotSchemaMigrations(String text) {
        assertNotSchema(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"design a landing page", "design a landing page for the spring campaign"})
    void ignoresDesignOfThingsOtherThanSchemas(String text) {
        assertNotSchema(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"index funds", "are index funds a good investment?"})
    void ignoresIndexInTheFinancialSense(String text) {
        assertNotSchema(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"normalize the audio", "normalize the audio of the podcast before publishing"})
    void ignoresNormalisingMedia(String text) {
        assertNotSchema(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"the pricing table on the website is broken", "book a table by the window for tonight"})
    void ignoresTablesThatAreNotDatabaseTables(String text) {
        assertNotSchema(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"create a documents table with title and body",
            "create a table for furniture products with name and price",
            "add a table for meetings with title, starts_at and room",
            "add a table for github pull requests with number and title",
            "add a table for audio files with duration, format and size_bytes"})
    void readsATableToCreateWithItsColumnsAsDesignWhateverItHolds(String text) {
        Intent intent = detector.detect(text);

        assertThat(intent.schemaRelated()).as(text).isTrue();
        assertThat(intent.kind()).as(text).isEqualTo(IntentKind.DESIGN);
    }

    @Test
    void readsSnakeCaseColumnNamesAfterTheTableAsItsColumns() {
        assertThat(detector.detect("new table for wedding guests, rsvp_status").kind()).isEqualTo(IntentKind.DESIGN);
        assertThat(detector.detect("add a table for kanban cards, columns: title, board_id, position").kind())
                .isEqualTo(IntentKind.DESIGN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"we need a new table for the dining room with six chairs",
            "we need a new table for the garden with four chairs and a parasol",
            "create a pricing table for the landing page with three tiers",
            "add a new column to the kanban board", "the model railway needs a new table for the layout"})
    void keepsOffTopicWordsAgainstTablesWithoutColumns(String text) {
        assertNotSchema(text);
    }

    /** One message per family of database-sounding work that is not schema design (none of them is in the dev set). */
    @ParameterizedTest
    @ValueSource(strings = {"restore the staging database from the snapshot of monday",
            "we need to upgrade postgres 12 to 15 this weekend",
            "grant the bi user read only access to the sales database",
            "hikari pool size for a db with 200 max connections?",
            "reindex all product documents in elasticsearch tonight",
            "which schema.org type fits an event page",
            "export the users table as csv and mail it to finance",
            "add a row to the table in google docs with the new prices",
            "the churn model's accuracy is 0.62 after training on the new dataset",
            "the sql injection in the search box needs a fix before release",
            "how many kg is 12 lbs"})
    void ignoresDatabaseWorkThatIsNotSchemaDesign(String text) {
        assertNotSchema(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"customers: id, name, email, signed_up_at",
            "invoices(number, issued_on, customer_id, total_cents)",
            "- books: title, isbn\n- loans: book_id, member_id, due_on"})
    void readsTablesLaidOutWithTheirColumnsAsDesign(String text) {
        Intent intent = detector.detect(text);

        assertThat(intent.schemaRelated()).as(text).isTrue();
        assertThat(intent.kind()).as(text).isEqualTo(IntentKind.DESIGN);
    }

    @Test
    void readsAColumnNamedByAnOffTopicWordOnANamedTableAsAChange() {
        assertThat(detector.detect("add a website column to vendors").kind()).isEqualTo(IntentKind.CHANGE);
        assertThat(detector.detect("remove the homepage column from suppliers").schemaRelated()).isTrue();
        assertThat(detector.detect("add a logo to the website header").schemaRelated()).isFalse();
    }

    @Test
    void readsAnIndexOnNamedColumnsAsAChangeAndAQuestionAboutItAsPerformance() {
        assertThat(detector.detect("index orders by shop and placed_at").kind()).isEqualTo(IntentKind.CHANGE);
        assertThat(detector.detect("should I index orders by shop and placed_at?").kind()).isEqualTo(IntentKind.PERFORMANCE);
    }

    @Test
    void readsPastedCodeThatIsAskedToBeLookedOverAsAReviewInAnyLanguage() {
        assertThat(detector.detect("review this please: ALTER TABLE orders ADD COLUMN note text NOT NULL;").kind())
                .isEqualTo(IntentKind.REVIEW);
        assertThat(detector.detect("Bitte prüfe das: op.drop_column('kunden', 'fax')").kind()).isEqualTo(IntentKind.REVIEW);
        assertThat(detector.detect("op.drop_column('kunden', 'fax')").kind()).isEqualTo(IntentKind.MIGRATION);
    }

    @ParameterizedTest
    @ValueSource(strings = {"hello!", "thanks a lot", "what can you do?", ""})
    void treatsChitChatAsNone(String text) {
        assertNotSchema(text);
    }

    @Test
    void toleratesTypos() {
        assertThat(detector.detect("desgin a databse shcema for a bakery")).satisfies(i -> {
            assertThat(i.schemaRelated()).isTrue();
            assertThat(i.kind()).isEqualTo(IntentKind.DESIGN);
        });
        assertThat(detector.detect("ad a colum for the delivery date to the ordres table").kind()).isEqualTo(IntentKind.CHANGE);
        assertThat(detector.detect("wirte an alembic migartion").kind()).isEqualTo(IntentKind.MIGRATION);
    }

    @Test
    void understandsGermanSpanishFrenchAndPortuguese() {
        assertThat(detector.detect("Datenbankschema entwerfen").kind()).isEqualTo(IntentKind.DESIGN);
        assertThat(detector.detect("diseñar esquema de base de datos").kind()).isEqualTo(IntentKind.DESIGN);
        assertThat(detector.detect("créer une table").schemaRelated()).isTrue();
        assertThat(detector.detect("criar tabela").schemaRelated()).isTrue();
        assertThat(detector.detect("añadir una columna precio a la tabla productos").kind()).isEqualTo(IntentKind.CHANGE);
    }

    @Test
    void readsPastedDdlAsAReviewRequest() {
        Intent intent = detector.detect("CREATE TABLE orders (id serial PRIMARY KEY, customer_id int, total numeric);");

        assertThat(intent.kind()).isEqualTo(IntentKind.REVIEW);
    }

    @Test
    void readsPastedSqlAlchemyModelsAsSchemaRelated() {
        String code = """
                class Invoice(Base):
                    __tablename__ = "invoices"
                    id: Mapped[int] = mapped_column(primary_key=True)
                    customer_id = Column(Integer, ForeignKey("customers.id"))
                """;

        assertThat(detector.detect(code).kind()).isEqualTo(IntentKind.REVIEW);
    }

    @Test
    void readsPastedAlembicCodeAsAMigration() {
        String code = """
                def upgrade():
                    op.add_column('invoices', sa.Column('paid_at', sa.DateTime(), nullable=True))
                """;

        assertThat(detector.detect(code).kind()).isEqualTo(IntentKind.MIGRATION);
        assertThat(detector.detect("ALTER TABLE invoices ADD COLUMN paid_at timestamptz").kind()).isEqualTo(IntentKind.MIGRATION);
    }

    @Test
    void followsTheRequestInWordsOverThePastedCode() {
        Intent intent = detector.detect("CREATE TABLE tags (id int primary key, name text); add a unique constraint on name");

        assertThat(intent.kind()).isEqualTo(IntentKind.CHANGE);
    }

    @Test
    void reportsConfidenceBetweenZeroAndOne() {
        Intent sure = detector.detect("Design a database schema with foreign keys for a hospital");
        Intent none = detector.detect("tell me a joke");

        assertThat(sure.confidence()).isBetween(0.5, 1.0);
        assertThat(none.confidence()).isBetween(0.5, 1.0);
        assertThat(none.trigger()).isEqualTo(Optional.empty());
    }

    private static void assertNotSchema(String text) {
        Intent intent = detector.detect(text);
        assertThat(intent.schemaRelated()).as(text).isFalse();
        assertThat(intent.kind()).isEqualTo(IntentKind.NONE);
    }
}

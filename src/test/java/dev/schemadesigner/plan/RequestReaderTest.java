package dev.schemadesigner.plan;

import dev.schemadesigner.plan.DesignDraft.Attribute;
import dev.schemadesigner.plan.DesignDraft.Entity;
import dev.schemadesigner.plan.DesignDraft.Hints;
import dev.schemadesigner.schema.LogicalType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The request reader on each phrasing family: entities in the user's order, attributes as written, hints from the words around them. */
class RequestReaderTest {

    private static DesignDraft read(String request) { return RequestReader.read(request); }

    private static Entity entity(DesignDraft draft, String name) {
        return draft.entities().stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity " + name + " in " + draft.entities().stream().map(Entity::name).toList()));
    }

    private static List<String> attributes(DesignDraft draft, String entity) { return entity(draft, entity).attributes().stream().map(Attribute::name).toList(); }

    private static Hints hints(DesignDraft draft, String entity, String attribute) {
        return entity(draft, entity).attributes().stream().filter(a -> a.name().equals(attribute)).findFirst().map(Attribute::hints)
                .orElseThrow(() -> new AssertionError("no attribute " + attribute + " in " + attributes(draft, entity)));
    }

    @Test
    void parenthesisedListsAfterAHeaderKeepTheUsersOrderAndNames() {
        DesignDraft draft = read("Design a schema for a vet clinic: owners (name, email unique, phone optional), pets (name, species: dog/cat/bird, born_on, owner_id)");

        assertThat(draft.entities()).extracting(Entity::name).containsExactly("owners", "pets");
        assertThat(attributes(draft, "pets")).containsExactly("name", "species", "born_on", "owner_id");
        assertThat(hints(draft, "owners", "email").unique()).isTrue();
        assertThat(hints(draft, "owners", "phone").nullable()).contains(true);
        assertThat(hints(draft, "pets", "species").values()).containsExactly("dog", "cat", "bird");
    }

    @Test
    void colonListsOnePerSentenceAndSemicolonsContinueTheList() {
        DesignDraft draft = read("Create an issues table: title, kind one of bug, feature, chore; state: open, in_progress, closed; resolution may be empty");

        assertThat(attributes(draft, "issues")).containsExactly("title", "kind", "state", "resolution");
        assertThat(hints(draft, "issues", "kind").values()).containsExactly("bug", "feature", "chore");
        assertThat(hints(draft, "issues", "state").values()).containsExactly("open", "in_progress", "closed");
        assertThat(hints(draft, "issues", "resolution").nullable()).contains(true);
    }

    @Test
    void withHasAndHavingNameTheEntityBeforeThem() {
        DesignDraft draft = read("We need patients having name, dob, insurance_number (unique, optional), and appointments having patient_id, starts_at and a status (scheduled, no_show)");

        assertThat(draft.entities()).extracting(Entity::name).containsExactly("patients", "appointments");
        assertThat(hints(draft, "patients", "insurance_number").unique()).isTrue();
        assertThat(hints(draft, "appointments", "status").values()).containsExactly("scheduled", "no_show");
    }

    @Test
    void bulletsWithNestedAttributesAndDashSeparatedLines() {
        DesignDraft nested = read("HR onboarding:\n- candidates\n  - full_name\n  - email (unique)\n- interviews\n  - candidate_id\n  - outcome: pass, fail, pending");
        DesignDraft dashed = read("inventory tables\n* suppliers - name, contact_email\n* items - sku (unique), reorder_level (default 10), supplier_id");

        assertThat(nested.entities()).extracting(Entity::name).containsExactly("candidates", "interviews");
        assertThat(hints(nested, "interviews", "outcome").values()).containsExactly("pass", "fail", "pending");
        assertThat(dashed.entities()).extracting(Entity::name).containsExactly("suppliers", "items");
        assertThat(hints(dashed, "items", "reorder_level").defaultValue()).contains("10");
    }

    @Test
    void oneEntityPerLineWithoutASeparator() {
        DesignDraft draft = read("authors name, born_on\nbooks title, isbn, author_id");

        assertThat(draft.entities()).extracting(Entity::name).containsExactly("authors", "books");
        assertThat(attributes(draft, "books")).containsExactly("title", "isbn", "author_id");
    }

    @Test
    void enumValuesStayVerbatimInEveryForm() {
        DesignDraft draft = read("orders table: status can be 'Pending', 'Paid', 'Shipped'; priority (Low, High or Urgent), channel email/SMS/push");

        assertThat(hints(draft, "orders", "status").values()).containsExactly("Pending", "Paid", "Shipped");
        assertThat(hints(draft, "orders", "priority").values()).containsExactly("Low", "High", "Urgent");
        assertThat(hints(draft, "orders", "channel").values()).containsExactly("email", "SMS", "push");
    }

    @Test
    void rangesDefaultsAndTypesAreReadAroundTheName() {
        DesignDraft draft = read("readings: score between -1 and 1, rating 1 to 5, progress percentage, max_uses positive, payload as JSON, "
                + "font_size default 14, is_public (on by default), fee in cents");

        assertThat(hints(draft, "readings", "score").low()).contains("-1");
        assertThat(hints(draft, "readings", "score").high()).contains("1");
        assertThat(hints(draft, "readings", "rating").high()).contains("5");
        assertThat(hints(draft, "readings", "progress").high()).contains("100");
        assertThat(hints(draft, "readings", "max_uses").lowExclusive()).isTrue();
        assertThat(hints(draft, "readings", "payload").type()).contains(LogicalType.JSON);
        assertThat(hints(draft, "readings", "font_size").defaultValue()).contains("14");
        assertThat(hints(draft, "readings", "is_public").defaultValue()).contains("on");
        assertThat(hints(draft, "readings", "fee").cents()).isTrue();
    }

    @Test
    void digitsInsideACodeDateOrVersionAreNoRangeAndWrittenBoundsAreCanonical() {
        DesignDraft draft = read("shelves: code like A-03-2, opened on 2024-01-02, firmware 1.2.3, depth from 05 to 010, ratio 0.5 to 1.50");

        assertThat(hints(draft, "shelves", "code").low()).isEmpty();
        assertThat(hints(draft, "shelves", "code").high()).isEmpty();
        assertThat(hints(draft, "shelves", "opened_on").low()).isEmpty();
        assertThat(hints(draft, "shelves", "firmware").low()).isEmpty();
        assertThat(hints(draft, "shelves", "depth").low()).contains("5");
        assertThat(hints(draft, "shelves", "depth").high()).contains("10");
        assertThat(hints(draft, "shelves", "ratio").low()).contains("0.5");
        assertThat(hints(draft, "shelves", "ratio").high()).contains("1.50");
    }

    @Test
    void otherLanguagesUseTheirConnectingWordsAndKeepTheColumnNames() {
        DesignDraft es = read("Crea una tabla clientes con nombre, correo único y teléfono opcional");
        DesignDraft de = read("Lege eine Tabelle rechnungen an mit kunde_id, betrag, bezahlt (Standard false) und status: offen, bezahlt, storniert");
        DesignDraft fr = read("Chaque client a un nom, un email unique et une date_naissance");
        DesignDraft pt = read("produtos: nome, preço não negativo, estoque (padrão: 0)");

        assertThat(attributes(es, "clientes")).containsExactly("nombre", "correo", "telefono");
        assertThat(hints(es, "clientes", "correo").unique()).isTrue();
        assertThat(hints(es, "clientes", "telefono").nullable()).contains(true);
        assertThat(attributes(de, "rechnungen")).containsExactly("kunde_id", "betrag", "bezahlt", "status");
        assertThat(hints(de, "rechnungen", "status").values()).containsExactly("offen", "bezahlt", "storniert");
        assertThat(attributes(fr, "clients")).containsExactly("nom", "email", "date_naissance");
        assertThat(hints(pt, "produtos", "preco").low()).contains("0");
    }

    @Test
    void relationshipSentencesGoToTheRestInEnglish() {
        DesignDraft draft = read("Cada cliente tiene muchos pedidos. comments -> posts. invoices reference customers. one invoice per order");

        assertThat(draft.entities()).isEmpty();
        assertThat(draft.rest()).containsExactly("each cliente has many pedidos", "comments belongs to posts", "invoices belongs to customers",
                "one invoice per order");
    }

    @Test
    void aSentenceOfSeveralLinksGivesOneLinkPerClause() {
        DesignDraft draft = read("Every set belongs to an exercise and every exercise belongs to a workout. orders -> customers, order_items -> orders. "
                + "A delivery references a route and a driver.");

        assertThat(draft.rest()).containsExactly("every set belongs to an exercise", "every exercise belongs to a workout",
                "orders belongs to customers", "order_items belongs to orders", "a delivery belongs to route", "a delivery belongs to driver");
    }

    @Test
    void anArrowAfterAnEntityOrItsLastAttributeLinksTheEntity() {
        DesignDraft draft = read("devices (name, firmware_version) -> gateways\nalbums: title, released_on -> artists");

        assertThat(entity(draft, "devices").attributes()).extracting(Attribute::name).containsExactly("name", "firmware_version");
        assertThat(draft.rest()).contains("devices belongs to gateways");
        assertThat(entity(draft, "albums").attributes()).extracting(Attribute::name).containsExactly("title", "released_on", "artist_id");
        assertThat(entity(draft, "albums").attributes().get(1).hints().reference()).isEmpty();
    }

    @Test
    void manyToManyAfterTwoEntityClausesInAnyLanguageNamesItsJoinTable() {
        DesignDraft draft = read("alumnos (nombre, email) y cursos (titulo) con relación muchos a muchos mediante matriculas (matriculado_on)");

        assertThat(draft.entities()).extracting(Entity::name).containsExactly("alumnos", "cursos", "matriculas");
        assertThat(entity(draft, "matriculas").key()).containsExactly("alumno_id", "curso_id");
        DesignDraft unnamed = read("films (titre, sortie_on) et acteurs (nom, pays) : relation plusieurs-à-plusieurs");
        assertThat(entity(unnamed, "film_acteurs").key()).containsExactly("film_id", "acteur_id");
    }

    @Test
    void anEntityClauseThenARemarkReadsBoth() {
        DesignDraft draft = read("empleados (nombre, jefe_id) — el jefe es otro empleado");

        assertThat(entity(draft, "empleados").attributes()).extracting(Attribute::name).containsExactly("nombre", "jefe_id");
        assertThat(draft.rest()).containsExactly("jefe is another empleado");
    }

    @Test
    void aColumnNamedInParenthesesAfterItsWordsKeepsThatNameAndWhetherNamesAFlag() {
        DesignDraft draft = read("A lesson has a start time (starts_at), a room and whether it's cancelled.");

        assertThat(entity(draft, "lessons").attributes()).extracting(Attribute::name).containsExactly("starts_at", "room", "cancelled");
    }

    @Test
    void aLinkWhoseObjectHasItsOwnAttributesReadsThatEntity() {
        DesignDraft draft = read("Os chamados pertencem a um cliente (nome, email único).");

        assertThat(entity(draft, "clientes").attributes()).extracting(Attribute::name).containsExactly("nome", "email");
        assertThat(draft.rest()).containsExactly("chamados belongs to cliente");
    }

    @Test
    void accessPathWordingsBecomeListByForms() {
        assertThat(QueryPhrases.clauses("we list a user's notifications newest first")).containsExactly("we list notifications by user newest first");
        assertThat(QueryPhrases.clauses("dashboards query measurements for one device over a time range"))
                .containsExactly("dashboards query measurements by device, time");
        assertThat(QueryPhrases.clauses("support searches customers by email all the time and filters by city"))
                .containsExactly("support searches customers by email", "filters by city");
        assertThat(QueryPhrases.clauses("leaderboard: top points per game")).containsExactly("leaderboard: find by game, points");
    }

    @Test
    void hintsInParenthesesAndAColonInsideTheListDoNotMakeEntities() {
        DesignDraft draft = read("avaliacoes: nota de 0 a 10, recomenda (booleano, padrão true), canal: email, whatsapp, telefone, criada_at");

        assertThat(draft.entities()).extracting(Entity::name).containsExactly("avaliacoes");
        assertThat(entity(draft, "avaliacoes").attributes()).extracting(Attribute::name).containsExactly("nota", "recomenda", "canal", "criada_at");
    }

    @Test
    void anEntityHeadWithPerKeepsTheEntityAndTheLink() {
        DesignDraft draft = read("usage_events per organization: metric, quantity non-negative, recorded_at");

        assertThat(draft.entities()).extracting(Entity::name).containsExactly("usage_events");
        assertThat(draft.rest()).containsExactly("usage_events per organization");
        assertThat(RelationshipPhrases.per("usage_events per organization").orElseThrow().one()).isFalse();
        assertThat(RelationshipPhrases.per("stock per product per warehouse").orElseThrow().one()).isTrue();
    }

    @Test
    void uncountableAndSpanishIonNamesKeepTheirForms() {
        assertThat(Naming.plural("maintenance")).isEqualTo("maintenance");
        assertThat(Naming.singular("publicaciones")).isEqualTo("publicacion");
        assertThat(Naming.singular("phones")).isEqualTo("phone");
    }

    @Test
    void aColumnNamedReferenceIsNotALinkAndPositiveOrZeroIsNonNegative() {
        DesignDraft draft = read("articles : reference unique, libelle\nstocks : quantite positive ou nulle");

        Attribute reference = entity(draft, "articles").attributes().get(0);
        assertThat(reference.name()).isEqualTo("reference");
        assertThat(reference.hints().unique()).isTrue();
        Attribute quantity = entity(draft, "stocks").attributes().get(0);
        assertThat(quantity.hints().low()).contains("0");
        assertThat(quantity.hints().lowExclusive()).isFalse();
    }

    @Test
    void aTitleLineOverBulletsThatAreEntityClausesIsNotAnEntity() {
        DesignDraft draft = read("Claims handling\n- adjusters: name, email unique\n- claims: policy_number, adjuster_id");

        assertThat(draft.entities()).extracting(Entity::name).containsExactly("adjusters", "claims");
    }

    @Test
    void aStatusThatIsAValueOpensItsValueList() {
        DesignDraft draft = read("Each case has a title and a status that is open, on_hold or closed.");

        Attribute status = entity(draft, "cases").attributes().get(1);
        assertThat(status.name()).isEqualTo("status");
        assertThat(status.hints().values()).containsExactly("open", "on_hold", "closed");
    }

    @Test
    void aSubjectVerbObjectHeadNamesTheObjectAndACompoundNameStays() {
        assertThat(read("people submit expenses with an amount, a currency").entities()).extracting(Entity::name).containsExactly("expenses");
        assertThat(read("walkers sign up with their name, email").entities()).extracting(Entity::name).containsExactly("walkers");
        assertThat(read("sales order lines (sku, quantity)").entities()).extracting(Entity::name).containsExactly("sales_order_lines");
    }

    @Test
    void onePerInOtherLanguagesStaysAPerSentence() {
        assertThat(read("Eine Bewertung pro Kunde und Produkt").rest()).containsExactly("one bewertung per kunde and produkt");
        assertThat(read("une note par eleve et par matiere").rest()).containsExactly("one note per eleve and by matiere");
    }

    @Test
    void manyToManyThroughANamedTableWithAttributesKeysThePair() {
        DesignDraft draft = read("students and courses are many-to-many through enrollments (enrolled_on, final_grade optional)");

        Entity join = entity(draft, "enrollments");
        assertThat(join.attributes()).extracting(Attribute::name).containsExactly("student_id", "course_id", "enrolled_on", "final_grade");
        assertThat(join.key()).containsExactly("student_id", "course_id");
    }

    @Test
    void aLinkWithTheChildsAttributesMakesBoth() {
        DesignDraft draft = read("A warehouse has many bins (code, capacity). warehouses: name, address");

        assertThat(attributes(draft, "bins")).containsExactly("code", "capacity");
        assertThat(draft.rest()).containsExactly("each warehouse has many bins");
    }

    @Test
    void terseSubjectsAreLeftToTheCatalogue() {
        DesignDraft draft = read("Design database schema for pain point tracking");

        assertThat(draft.entities()).isEmpty();
        assertThat(draft.rest()).containsExactly("design database schema for pain point tracking");
    }

    @Test
    void projectNamingKeepsSingularNamesAsWritten() {
        DesignDraft draft = RequestReader.read("Add a review table: rating 1-5, body optional", RequestReader.TableNames.AS_WRITTEN);

        assertThat(draft.entities()).extracting(Entity::name).containsExactly("review");
        assertThat(Optional.of(hints(draft, "review", "body").nullable())).contains(Optional.of(true));
    }
    @Test
    void anyWordsBeforeASeparatorHeadAListOfEntityClausesAndAColonItemTakesTheRest() {
        DesignDraft draft = read("we need a db for our climbing gym - members (name, email unique), routes (grade 1-10, setter_id -> members), ascents: member_id, route_id, climbed_at");

        assertThat(draft.entities()).extracting(Entity::name).containsExactly("members", "routes", "ascents");
        assertThat(attributes(draft, "ascents")).containsExactly("member_id", "route_id", "climbed_at");
    }

    @Test
    void markdownTablesAndHeadingsAreEntityLines() {
        DesignDraft table = read("| table | columns |\n|---|---|\n| vendors | name, email unique |\n| invoices | vendor_id, due_on |");
        DesignDraft headings = read("## Projects\n- name\n- slug (unique)\n## Tasks\n- project_id\n- title");

        assertThat(table.entities()).extracting(Entity::name).containsExactly("vendors", "invoices");
        assertThat(hints(table, "vendors", "email").unique()).isTrue();
        assertThat(attributes(headings, "projects")).containsExactly("name", "slug");
        assertThat(attributes(headings, "tasks")).containsExactly("project_id", "title");
    }

    @Test
    void aLineOfSpaceSeparatedWordsIsAnEntityWithItsColumns() {
        DesignDraft draft = read("Library app\nbooks title isbn published_on\nloans book_id borrower due_on returned_on optional");

        assertThat(draft.entities()).extracting(Entity::name).containsExactly("books", "loans");
        assertThat(attributes(draft, "loans")).containsExactly("book_id", "borrower", "due_on", "returned_on");
        assertThat(hints(draft, "loans", "returned_on").nullable()).contains(true);
    }

    @Test
    void aRecordOfOtherEntitiesIsAnEntityThatBelongsToThem() {
        DesignDraft draft = read("Members have a name and a unique email. Routes have a grade between 1 and 10. Each ascent records which member climbed which route and when.");

        assertThat(draft.entities()).extracting(Entity::name).contains("ascents");
        assertThat(draft.rest()).contains("ascents belongs to member", "ascents belongs to route");
    }

    @Test
    void germanIsToldByItsFormsSoWrittenPluralsStay() {
        DesignDraft draft = read("autoren (name), buecher (titel, autor_id). buecher verweisen auf autoren.");

        assertThat(draft.entities()).extracting(Entity::name).containsExactly("autoren", "buecher");
    }

    @Test
    void aProseOpeningIntroducesTheEntityClauseAfterIt() {
        DesignDraft draft = read("We keep walkers, each with a full_name and an hourly_rate. Es gibt besitzer mit name und telefon.");

        assertThat(attributes(draft, "walkers")).containsExactly("full_name", "hourly_rate");
        assertThat(attributes(draft, "besitzer")).containsExactly("name", "telefon");
    }

    @Test
    void aTableLinkingTwoEntitiesHasBothKeysAndItsOwnColumns() {
        DesignDraft draft = read("products (name), orders (placed_at); order_items linking orders and products with quantity > 0");

        assertThat(entity(draft, "order_items").key()).containsExactly("order_id", "product_id");
        assertThat(attributes(draft, "order_items")).containsExactly("order_id", "product_id", "quantity");
    }

    @Test
    void valuesWrittenInProseAreTheEnumsValues() {
        DesignDraft draft = read("accounts have a plan which is free, pro or team (default free) and seats");

        assertThat(hints(draft, "accounts", "plan").values()).containsExactly("free", "pro", "team");
        assertThat(hints(draft, "accounts", "plan").defaultValue()).contains("free");
        assertThat(attributes(draft, "accounts")).containsExactly("plan", "seats");
    }

    @Test
    void aHeadNamingTheParentsLinksTheEntityToThem() {
        DesignDraft draft = read("Add a new table for referrals linked to doctors and patients: reason, referred_on date");

        assertThat(attributes(draft, "referrals")).containsExactly("reason", "referred_on");
        assertThat(draft.rest()).containsExactly("referrals belongs to doctors", "referrals belongs to patients");
    }

    @Test
    void passiveVerbsLinkTheSubjectOptionallyAfterMay() {
        DesignDraft draft = read("tickets (subject), customers (name), agents (name). Each ticket is opened by a customer and may be assigned to an agent.");

        assertThat(draft.rest()).containsExactly("tickets belongs to customer", "tickets may belong to agent");
    }

    @Test
    void aRuleInARelativeClauseIsNoChange() {
        DesignDraft draft = read("Rooms have a name and a capacity that must be positive.");

        assertThat(hints(draft, "rooms", "capacity").low()).isPresent();
        assertThat(draft.rest()).isEmpty();
    }

    @Test
    void hintWordsOneLetterOffAreReadAsHintsAndRealWordsStay() {
        assertThat(HintSpelling.correct("isbn (unqiue), note (optinal), name (uniqe)")).isEqualTo("isbn (unique), note (optional), name (unique)");
        assertThat(HintSpelling.correct("we need indexes; each order requires a customer_id; defaults")).isEqualTo("we need indexes; each order requires a customer_id; defaults");
    }
}

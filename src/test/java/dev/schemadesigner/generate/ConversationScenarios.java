package dev.schemadesigner.generate;

import java.util.List;
import java.util.Optional;

/**
 * The conversations of {@link ConversationTurnsExecuteTest}: six projects, each turn a change request
 * as people write it and the operations it must plan, in order. A turn that cannot apply asks, names
 * what it could not place, and offers the nearest change (or nothing when none is near); "go ahead"
 * then applies the offer.
 */
final class ConversationScenarios {
    private ConversationScenarios() {}

    /** A message and the plan it must produce; {@code asks}: a fragment of the question when the turn cannot apply. */
    record Turn(String message, List<String> ops, Optional<String> asks, Optional<String> offers) {
        @Override
        public String toString() { return message; }
    }

    /** {@code source}: a file beside the test (DDL or SQLAlchemy models), or empty for the bundled project. */
    record Scenario(String name, Optional<String> source, List<Turn> turns) {
        long changingTurns() { return turns.stream().filter(t -> !t.ops().isEmpty()).count(); }

        @Override
        public String toString() { return name; }
    }

    static Turn change(String message, String... ops) { return new Turn(message, List.of(ops), Optional.empty(), Optional.empty()); }

    static Turn asks(String message, String fragment, String offers) {
        return new Turn(message, List.of(), Optional.of(fragment), Optional.ofNullable(offers));
    }

    static final Scenario BUNDLED = new Scenario("bundled", Optional.empty(), List.of(
            change("add a topic column to feedback_analysis", "add column topic to feedback_analysis"),
            change("index by topic and user_score",
                    "create index idx_feedback_analysis_topic_user_score on feedback_analysis (topic, user_score) concurrently"),
            change("make topic NOT NULL, existing rows become 'general'",
                    "data migration: backfill feedback_analysis.topic where it is NULL", "alter column feedback_analysis.topic to string(255) NOT NULL"),
            change("add a reviewed_by_agent column to feedback_analysis as integer", "add column reviewed_by_agent to feedback_analysis"),
            change("add a check that reviewed_by_agent is non-negative",
                    "add check ck_feedback_analysis_reviewed_by_agent on feedback_analysis (reviewed_by_agent >= 0) NOT VALID"),
            change("rename comment_text to body, old and new code run side by side",
                    "add column body to feedback_analysis", "data migration: copy feedback_analysis.comment_text into body"),
            change("drop the comment_text field from feedback_analysis, replaced by body",
                    "alter column feedback_analysis.comment_text to text NULL",
                    "data migration: nothing to move: feedback_analysis.comment_text is dropped next",
                    "drop column comment_text from feedback_analysis"),
            change("add a source column to every table", "add column source to feedback_analysis", "add column source to analysis_cache"),
            asks("make feedback_analysis.churn_risk NOT NULL", "does not say what they become", "make feedback_analysis.churn_risk NOT NULL, existing rows become 0"),
            change("go ahead", "data migration: backfill feedback_analysis.churn_risk where it is NULL",
                    "alter column feedback_analysis.churn_risk to double NOT NULL"),
            change("change the type of comment_hash on analysis_cache to text", "alter column analysis_cache.comment_hash to text NOT NULL"),
            change("add a star_rating column to feedback_analysis as integer", "add column star_rating to feedback_analysis"),
            change("a CHECK so that star_rating stays between 1 and 5",
                    "add check ck_feedback_analysis_star_rating on feedback_analysis (star_rating BETWEEN 1 AND 5) NOT VALID"),
            asks("drop the sentiment field from feedback_analysis", "I could not place \"sentiment\"", "drop the sentiment_score field from feedback_analysis"),
            change("go ahead", "drop column sentiment_score from feedback_analysis")));

    static final Scenario HELPDESK = new Scenario("helpdesk-ddl", Optional.of("helpdesk.sql"), List.of(
            asks("make tickets.priority NOT NULL", "does not say what they become", "make tickets.priority NOT NULL, existing rows become 'unknown'"),
            change("go ahead", "data migration: backfill tickets.priority where it is NULL", "alter column tickets.priority to string(20) NOT NULL"),
            change("make the state of tickets not null: closed if closed_at is set, else open",
                    "data migration: backfill tickets.state where it is NULL", "alter column tickets.state to string(20) NOT NULL"),
            change("rename column description to details", "rename column tickets.description to details"),
            change("add an index for looking up tickets by agent and category",
                    "create index idx_tickets_agent_id_category on tickets (agent_id, category) concurrently"),
            change("index by category and severity, only open ones",
                    "create index idx_tickets_category_severity_open on tickets (category, severity) concurrently"),
            change("add a unique index on agents (phone)", "create unique index uq_agents_phone on agents (phone) concurrently"),
            change("add a check that severity is at least 0 in tickets", "add check ck_tickets_severity on tickets (severity >= 0) NOT VALID"),
            change("change tickets.severity to bigint", "alter column tickets.severity to bigint NULL"),
            change("drop the legacy_code field from tickets", "drop column legacy_code from tickets"),
            change("move phone and timezone from agents into a new agent_profiles table",
                    "create table agent_profiles", "data migration: copy phone, timezone from agents into agent_profiles",
                    "drop index uq_agents_phone concurrently", "drop column phone from agents", "drop column timezone from agents"),
            change("merge agent_profiles into agents", "add column phone to agents", "add column timezone to agents",
                    "data migration: copy phone, timezone from agent_profiles into agents", "drop table agent_profiles")));

    static final Scenario SHOP = new Scenario("shop-ddl", Optional.of("shop.sql"), List.of(
            change("add a deleted_at column to every table in billing", "add column deleted_at to billing_invoices", "add column deleted_at to billing_payments"),
            change("add an index on orders (customer_id, placed_at)",
                    "create index idx_orders_customer_id_placed_at on orders (customer_id, placed_at) concurrently"),
            change("index orders by status, only the new ones", "create index idx_orders_status_new on orders (status) concurrently"),
            change("make customers.email required, existing rows become 'unknown@example.com'",
                    "data migration: backfill customers.email where it is NULL", "alter column customers.email to string(255) NOT NULL"),
            change("add a loyalty_points column to customers as integer", "add column loyalty_points to customers"),
            change("add a check that loyalty_points is at least 0",
                    "add check ck_customers_loyalty_points on customers (loyalty_points >= 0) NOT VALID"),
            change("rename table products to catalog_items", "rename table products to catalog_items"),
            change("rename catalog_items.title to name while old and new code run side by side",
                    "add column name to catalog_items", "data migration: copy catalog_items.title into name"),
            change("drop the title field from catalog_items, replaced by name", "alter column catalog_items.title to string(200) NULL",
                    "data migration: nothing to move: catalog_items.title is dropped next", "drop column title from catalog_items"),
            change("one invoice per order", "add unique uq_billing_invoices_order_id on billing_invoices[order_id]"),
            change("change the type of amount on billing_payments to numeric(14,2)", "alter column billing_payments.amount to numeric(14,2) NOT NULL"),
            change("add a currency column to all billing tables", "add column currency to billing_invoices", "add column currency to billing_payments"),
            asks("add a region column to every table in biling", "\"biling\"", "add a region column to every table in billing"),
            change("go ahead", "add column region to billing_invoices", "add column region to billing_payments")));

    static final Scenario MUSIC = new Scenario("music-ddl", Optional.of("music.sql"), List.of(
            change("add an index for looking up tracks by composer", "create index idx_tracks_composer_id on tracks (composer_id) concurrently"),
            change("drop the logo field from labels", "drop column logo from labels"),
            change("add a genre column to albums", "add column genre to albums"),
            change("make albums.genre not null, existing rows become 'unknown'",
                    "data migration: backfill albums.genre where it is NULL", "alter column albums.genre to string(255) NOT NULL"),
            change("index albums by label and released_on", "create index idx_albums_label_id_released_on on albums (label_id, released_on) concurrently"),
            change("rename column born_on to birth_date", "rename column composers.born_on to birth_date"),
            change("add a play_count column to tracks as integer", "add column play_count to tracks"),
            change("add a CHECK so that play_count stays at least 0", "add check ck_tracks_play_count on tracks (play_count >= 0) NOT VALID"),
            change("move genre from albums into album_details", "create table album_details", "data migration: copy genre from albums into album_details",
                    "alter column albums.genre to string(255) NULL", "data migration: nothing to move: albums.genre is dropped next", "drop column genre from albums"),
            change("merge album_details into albums", "add column genre to albums", "data migration: copy genre from album_details into albums",
                    "drop table album_details"),
            change("change tracks.duration_seconds to bigint", "alter column tracks.duration_seconds to bigint NULL"),
            change("one track per album per title", "add unique uq_tracks_album_id_title on tracks[album_id, title]")));

    static final Scenario POLLS = new Scenario("polls-sqlalchemy", Optional.of("polls_models.py"), List.of(
            change("one vote per user per poll", "add unique uq_votes_user_id_poll_id on votes[user_id, poll_id]"),
            change("index polls by closes_at, only open ones", "create index idx_polls_closes_at_open on polls (closes_at) concurrently"),
            change("add a weight column to votes as integer", "add column weight to votes"),
            change("make votes.weight NOT NULL, existing rows become 1", "data migration: backfill votes.weight where it is NULL",
                    "alter column votes.weight to integer NOT NULL"),
            change("add a check that weight is non-negative", "add check ck_votes_weight on votes (weight >= 0) NOT VALID"),
            change("rename users.display_name to nickname", "rename column users.display_name to nickname"),
            change("add a unique index on users (nickname)", "create unique index uq_users_nickname on users (nickname) concurrently"),
            change("drop column nickname", "drop index uq_users_nickname concurrently", "drop column nickname from users"),
            change("make the question of polls a varchar(500)", "alter column polls.question to string(500) NOT NULL"),
            change("add a created_by column to polls as integer", "add column created_by_id to polls",
                    "add foreign key fk_polls_created_by_id polls[created_by_id] -> users[id] NOT VALID",
                    "create index idx_polls_created_by_id on polls (created_by_id) concurrently"),
            change("rename the choice of votes to answer, with zero downtime", "add column answer to votes", "data migration: copy votes.choice into answer"),
            change("drop the choice field from votes, replaced by answer", "alter column votes.choice to string(100) NULL",
                    "data migration: nothing to move: votes.choice is dropped next", "drop column choice from votes")));

    static final Scenario CRM = new Scenario("crm-sqlalchemy", Optional.of("crm_models.py"), List.of(
            change("add a phone column to contacts", "add column phone to contacts"),
            change("make contacts.tier not null (gold if email is set, else bronze)",
                    "data migration: backfill contacts.tier where it is NULL", "alter column contacts.tier to string(20) NOT NULL"),
            change("renombra la columna notes de contacts a remarks", "rename column contacts.notes to remarks"),
            change("füge eine spalte linkedin zu contacts hinzu", "add column linkedin to contacts"),
            change("index contacts by company and last_name", "create index idx_contacts_company_id_last_name on contacts (company_id, last_name) concurrently"),
            change("add an index on contacts for lastName and firstNme", "create index idx_contacts_last_name_first_name on contacts (last_name, first_name) concurrently"),
            change("elimina la columna linkedin de contacts", "drop column linkedin from contacts"),
            change("merge contact_notes into contacts", "add column body to contacts", "add column written_on to contacts",
                    "data migration: copy body, written_on from contact_notes into contacts", "drop table contact_notes"),
            change("add a unique index on companies (website), only the ones where website is not null",
                    "create unique index uq_companies_website_has_website on companies (website) concurrently"),
            asks("drop the fax field from contacts", "I could not place \"fax\"", null),
            change("one contact per company per email", "add unique uq_contacts_company_id_email on contacts[company_id, email]"),
            change("split email and phone out of contacts into contact_channels", "create table contact_channels",
                    "data migration: copy email, phone from contacts into contact_channels", "drop constraint uq_contacts_company_id_email from contacts",
                    "drop column email from contacts", "drop column phone from contacts")));

    static final List<Scenario> ALL = List.of(BUNDLED, HELPDESK, SHOP, MUSIC, POLLS, CRM);
}

package dev.schemadesigner.surface.web;

import dev.schemadesigner.App;
import dev.schemadesigner.surface.http.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The results of a change turn: the files it changed with their diff, the diagram with what changed, and the extras it made with an undo. */
class WebResultsTest {
    private static final String DESIGN = "Design database schema for pain point tracking";
    private static final String CHANGE = "now add a priority column";
    private static App app;
    private static ChromeDriver driver;
    private static WebPage page;
    private static String base;

    @BeforeAll
    static void start() {
        app = TestApp.start(Map.of());
        base = "http://localhost:" + app.port() + "/";
        driver = Chromium.start();
        page = new WebPage(driver);
    }

    @AfterAll
    static void stop() {
        if (driver != null) driver.quit();
        if (app != null) app.close();
    }

    @AfterEach
    void noConsoleErrors() {
        assertThat(Chromium.severe(driver)).as("SEVERE browser console entries").isEmpty();
    }

    @Test
    void afterAChangeTurnTheChangedFilesComeFirstMarkedWithTheirDiffAndTheMigrationIsShown() {
        // given
        Chromium.viewport(driver, 1366, 900, false);
        driver.get(base);
        page.send(DESIGN);
        page.waitForTurn(1);

        // when
        page.send(CHANGE);
        page.waitForTurn(2);
        driver.findElement(By.id("tab-files")).click();

        // then: this turn's migration is the file shown
        WebElement shown = driver.findElement(By.cssSelector("#artifacts .file-tab[aria-current='true']"));
        assertThat(shown.getAttribute("data-path")).contains("alembic/versions/").contains("priority");
        assertThat(shown.getAttribute("data-change")).isEqualTo("new");
        assertThat(page.visiblePanel().getText()).contains("priority");
        // the groups with changes come first, changed files first in each, every name whole or with its path as a tooltip
        List<WebElement> groups = driver.findElements(By.cssSelector("#artifacts .file-group"));
        assertThat(groups.get(0).getAttribute("data-group")).isEqualTo("Migrations");
        for (WebElement group : groups) {
            List<String> order = group.findElements(By.cssSelector(".file-tab")).stream().map(b -> b.getAttribute("data-change")).toList();
            int firstUnchanged = order.indexOf("unchanged");
            if (firstUnchanged >= 0) assertThat(order.subList(firstUnchanged, order.size())).as(order.toString()).containsOnly("unchanged");
        }
        for (WebElement tab : driver.findElements(By.cssSelector("#artifacts .file-tab"))) {
            assertThat(tab.getAttribute("title")).isEqualTo(tab.getAttribute("data-path"));
            assertThat((Boolean) driver.executeScript("return arguments[0].scrollWidth <= arguments[0].clientWidth;", tab)).as(tab.getAttribute("data-path")).isTrue();
        }
        assertThat(driver.findElement(By.cssSelector("#artifacts .tree-summary")).getText()).matches("\\d+ of \\d+ files changed in this turn");
        int listed = driver.findElements(By.cssSelector("#artifacts .file-tab")).size();
        assertThat(driver.findElement(By.id("files-count")).getText()).isEqualTo("(" + listed + ")");
        assertThat(driver.findElement(By.cssSelector("#artifacts .tree-summary")).getText()).endsWith(" of " + listed + " files changed in this turn");
        Chromium.screenshot(driver, "results-desktop-files-after-change", false);

        // when: the changed model
        WebElement model = driver.findElement(By.cssSelector("#artifacts .file-tab[data-path$='/pain_point.py']"));
        assertThat(model.getAttribute("data-change")).isEqualTo("changed");
        assertThat(model.getText()).contains("CHANGED");
        model.click();

        // then: its diff against the previous turn
        WebElement diff = page.visiblePanel().findElement(By.cssSelector(".file-diff"));
        assertThat(diff.isDisplayed()).isTrue();
        assertThat(diff.findElements(By.cssSelector(".add")).stream().map(WebElement::getText).toList()).anyMatch(l -> l.startsWith("+") && l.contains("priority"));
        assertThat(diff.findElements(By.cssSelector(".del, .gap"))).isNotEmpty();
        Chromium.screenshot(driver, "results-desktop-file-diff", false);

        // when: the whole file instead
        page.visiblePanel().findElement(By.cssSelector(".diff-toggle")).click();
        assertThat(page.visiblePanel().findElement(By.cssSelector("pre code")).isDisplayed()).isTrue();

        // and: on a phone
        Chromium.viewport(driver, 375, 812, true);
        driver.findElement(By.id("tab-files")).click();
        assertThat((Long) driver.executeScript("return document.documentElement.scrollWidth - window.innerWidth;")).isLessThanOrEqualTo(0L);
        Chromium.screenshot(driver, "results-phone-files", false);
        Chromium.viewport(driver, 1366, 900, false);
    }

    @Test
    void theDiagramMarksWhatChangedZoomsPansGoesFullScreenAndExportsSvgAndPng() throws Exception {
        // given
        Chromium.viewport(driver, 1366, 900, false);
        driver.get(base);
        page.send(DESIGN);
        page.waitForTurn(1);
        page.send(CHANGE);
        page.waitForTurn(2);
        driver.findElement(By.id("tab-erd")).click();

        // then: what changed is marked, with readable types, keys and indexes
        WebElement table = driver.findElement(By.cssSelector("#erd svg .erd-table[data-table='pain_points']"));
        assertThat(table.getAttribute("class")).contains("changed");
        assertThat(table.findElement(By.cssSelector(".erd-column[data-column='priority']")).getAttribute("class")).contains("added");
        assertThat(text(table)).contains("varchar(50)", "PK", "FK", "idx_pain_category (category)").doesNotContain("string_", "PK,UK");
        assertThat(text(driver.findElement(By.cssSelector("#erd svg .erd-table[data-table='analysis_cache']")))).contains("UQ");
        assertThat(driver.findElements(By.cssSelector("#erd svg .erd-edge[data-from='pain_points'][data-to='feedback_analysis']"))).hasSize(1);
        Chromium.screenshot(driver, "results-desktop-erd", false);

        // when: zoom in twice, pan with the keyboard, then fit
        WebElement frame = driver.findElement(By.cssSelector("#erd .erd-frame"));
        String fitted = viewBox();
        driver.findElement(By.cssSelector("#erd .erd-zoom-in")).click();
        driver.findElement(By.cssSelector("#erd .erd-zoom-in")).click();

        // then
        assertThat(Double.parseDouble(frame.getAttribute("data-zoom"))).isCloseTo(1.5625, org.assertj.core.data.Offset.offset(0.001));
        String zoomed = viewBox();
        frame.sendKeys(Keys.ARROW_RIGHT);
        assertThat(viewBox()).isNotEqualTo(zoomed);
        Chromium.screenshot(driver, "results-desktop-erd-zoomed", false);
        driver.findElement(By.cssSelector("#erd .erd-fit")).click();
        assertThat(viewBox()).isEqualTo(fitted);

        // when: full screen
        driver.findElement(By.cssSelector("#erd .erd-full")).click();

        // then: the diagram fills the window until Escape
        WebElement figure = driver.findElement(By.cssSelector("#erd .erd-figure"));
        assertThat(figure.getSize().getWidth()).isEqualTo(1366);
        assertThat(figure.getSize().getHeight()).isEqualTo(900);
        Chromium.screenshot(driver, "results-desktop-erd-full-screen", false);
        frame.sendKeys(Keys.ESCAPE);
        assertThat(figure.getAttribute("class")).doesNotContain("full");

        // when: export
        Path downloads = page.allowDownloads();
        driver.findElement(By.cssSelector("#erd .erd-export-svg")).click();

        // then: a standalone SVG with the tables in it
        Path svg = page.downloaded(downloads);
        assertThat(svg.getFileName().toString()).isEqualTo("erd.svg");
        String content = Files.readString(svg, StandardCharsets.UTF_8);
        assertThat(content).startsWith("<?xml").contains("<svg", "pain_points", "priority", "feedback_analysis");

        // when
        Path pngDir = page.allowDownloads();
        driver.findElement(By.cssSelector("#erd .erd-export-png")).click();

        // then: a PNG
        Path png = page.downloaded(pngDir);
        byte[] bytes = Files.readAllBytes(png);
        assertThat(png.getFileName().toString()).isEqualTo("erd.png");
        assertThat(bytes.length).isGreaterThan(5000);
        assertThat(new String(bytes, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");

        // and: on a phone the diagram fits its width and zooms
        Chromium.viewport(driver, 375, 812, true);
        driver.findElement(By.id("tab-erd")).click();
        assertThat((Long) driver.executeScript("return document.documentElement.scrollWidth - window.innerWidth;")).isLessThanOrEqualTo(0L);
        driver.findElement(By.cssSelector("#erd .erd-zoom-in")).click();
        assertThat(Double.parseDouble(frame.getAttribute("data-zoom"))).isGreaterThan(1.0);
        Chromium.screenshot(driver, "results-phone-erd", false);
        Chromium.viewport(driver, 1366, 900, false);
    }

    @Test
    void tableAndColumnNamesWithSpacesAndMarkupAreDrawnAsText() {
        // given
        Chromium.viewport(driver, 1366, 900, false);
        driver.get(base);
        String schema = """
                {"schema": {"tables": [
                  {"name": "order items <b>", "columns": [{"name": "id", "type": "bigint", "nullable": false, "identity": true},
                     {"name": "size \\"&amp; <script>x</script>", "type": "string(20)", "nullable": true, "identity": false}],
                   "primary_key": {"columns": ["id"]}, "foreign_keys": [], "indexes": [], "checks": [], "uniques": []}]}}
                """;

        // when
        driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                import('/js/erd.js').then(erd => erd.renderErd(document.getElementById('erd'), JSON.parse(arguments[0]))).then(() => done(), e => done(String(e)));
                """, schema);

        // then
        WebElement table = driver.findElement(By.cssSelector("#erd svg .erd-table"));
        assertThat(table.getAttribute("data-table")).isEqualTo("order items <b>");
        assertThat(text(table)).contains("order items <b>", "size \"&amp; <script>x</script>", "varchar(20)", "bigint identity");
        assertThat(driver.findElements(By.cssSelector("#erd svg b, #erd svg script"))).isEmpty();
    }

    @Test
    void whatTheTurnAddedBeyondTheRequestIsListedWithWhyAndCanBeUndone() {
        // given: a session whose second turn adds a foreign key, which review indexes on its own
        Chromium.viewport(driver, 1366, 900, false);
        driver.get(base);
        page.send(DESIGN);
        page.waitForTurn(1);
        String fix = """
                {"session_id": "%s", "message": "add reviewer_id to pain_points referencing feedback_analysis", "fix": {"summary": "add reviewer_id", "changes": [
                  {"op": "add_column", "table": "pain_points", "column": {"name": "reviewer_id", "type": "integer", "nullable": true, "identity": false}},
                  {"op": "add_foreign_key", "table": "pain_points", "foreign_key": {"name": "fk_pain_points_reviewer_id", "columns": ["reviewer_id"],
                   "referenced_table": "feedback_analysis", "referenced_columns": ["id"], "on_delete": "SET_NULL", "on_update": "NO_ACTION"}}]}}
                """.formatted(page.sessionId());
        page.fetchJson("POST", "/api/v1/chat", fix);
        driver.navigate().refresh();
        page.wait.until(d -> d.findElements(By.cssSelector("#messages .reply-card")).size() == 2);

        // then
        WebElement extra = driver.findElement(By.cssSelector("#messages .reply-card .also-changed-item[data-rule='fk-missing-index']"));
        assertThat(extra.getText()).contains("create index idx_pain_points_reviewer_id", "because");
        assertThat(WebTurnTest.inView(extra)).isTrue();
        Chromium.screenshot(driver, "results-desktop-also-changed", false);

        // when
        extra.findElement(By.cssSelector(".undo-extra")).click();

        // then: the next turn drops that index and only that
        page.waitForTurn(3);
        List<WebElement> cards = driver.findElements(By.cssSelector("#messages .reply-card"));
        WebElement undone = cards.get(cards.size() - 1);
        List<WebElement> deltas = undone.findElements(By.cssSelector(".schema-diff .delta"));
        assertThat(deltas).hasSize(1);
        assertThat(deltas.get(0).getAttribute("data-change")).isEqualTo("removed");
        assertThat(deltas.get(0).getText()).contains("index idx_pain_points_reviewer_id");
        assertThat(page.userMessages().get(page.userMessages().size() - 1)).startsWith("undo: create index idx_pain_points_reviewer_id");
    }

    @Test
    void theDiagramSpellsEachTypeAsTheProjectsDatabaseDoes() {
        // given: a project with MariaDB in production, chosen in the picker
        Chromium.viewport(driver, 1366, 900, false);
        driver.get(base);
        String project = (String) ((Map<?, ?>) page.fetchJson("POST", "/api/v1/projects",
                "{\"name\": \"Shop on MariaDB\", \"dialects\": {\"production\": \"mariadb\", \"development\": \"sqlite\"}}")).get("id");
        driver.navigate().refresh();
        page.wait.until(d -> d.findElements(By.cssSelector("#project-select option[value='" + project + "']")).size() == 1);
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("project-select"))).selectByValue(project);

        // when
        page.send("Design a schema for blog posts with a title, a published flag, a publish date and tags");
        page.waitForTurn(1);
        driver.findElement(By.id("tab-erd")).click();

        // then: every column row shows the type the server's dialect spelled for it, in MariaDB's words
        Map<?, ?> reply = latestReply();
        Map<?, ?> types = (Map<?, ?>) ((Map<?, ?>) reply.get("column_types")).get("tables");
        assertThat(((Map<?, ?>) reply.get("column_types")).get("dialect")).isEqualTo("mariadb");
        List<WebElement> rows = driver.findElements(By.cssSelector("#erd svg .erd-table .erd-column"));
        assertThat(rows).isNotEmpty();
        for (WebElement row : rows) {
            String table = (String) driver.executeScript("return arguments[0].closest('.erd-table').dataset.table;", row);
            String column = row.getAttribute("data-column");
            String shown = text(row);
            assertThat(shown).as(table + "." + column).contains((String) ((Map<?, ?>) types.get(table)).get(column)).doesNotContain("string(");
        }
        String all = text(driver.findElement(By.cssSelector("#erd svg")));
        assertThat(all).contains("datetime(6)").containsPattern("varchar\\(\\d+\\)").doesNotContain("timestamptz");
        assertThat(driver.findElement(By.cssSelector("#erd .erd-legend")).getText()).contains("types as MariaDB spells them");
        Chromium.screenshot(driver, "results-desktop-erd-mariadb-types", false);

        // and: a new project's defaults (PostgreSQL) spell them as psql does
        String postgresProject = (String) ((Map<?, ?>) page.fetchJson("POST", "/api/v1/projects", "{\"name\": \"Shop on PostgreSQL\"}")).get("id");
        driver.navigate().refresh();
        page.wait.until(d -> d.findElements(By.cssSelector("#project-select option[value='" + postgresProject + "']")).size() == 1);
        driver.findElement(By.id("new-session")).click();
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("project-select"))).selectByValue(postgresProject);
        page.send(DESIGN);
        page.wait.until(d -> d.findElements(By.cssSelector("#messages .reply-card")).size() == 1 && d.findElement(By.id("send")).isEnabled());
        driver.findElement(By.id("tab-erd")).click();
        String postgres = text(driver.findElement(By.cssSelector("#erd svg")));
        Map<?, ?> postgresTypes = (Map<?, ?>) ((Map<?, ?>) latestReply().get("column_types")).get("tables");
        for (WebElement row : driver.findElements(By.cssSelector("#erd svg .erd-table .erd-column"))) {
            String table = (String) driver.executeScript("return arguments[0].closest('.erd-table').dataset.table;", row);
            assertThat(text(row)).as(table + "." + row.getAttribute("data-column"))
                    .contains((String) ((Map<?, ?>) postgresTypes.get(table)).get(row.getAttribute("data-column")));
        }
        assertThat(postgres).containsPattern("varchar\\(\\d+\\)").doesNotContain("timestamp with time zone", "string(", "datetime(6)");
        assertThat(driver.findElement(By.cssSelector("#erd .erd-legend")).getText()).contains("types as PostgreSQL spells them");
    }

    @Test
    void thePlannersOwnAdditionsAreListedWithWhyAndAnOlderCardsUndoStillWorksAfterLaterTurns() {
        // given: a design that names neither the users table its author needs nor timestamps
        Chromium.viewport(driver, 1366, 900, false);
        driver.get(base);
        page.send("Design a schema for blog posts with an author and tags");
        page.waitForTurn(1);
        WebElement first = driver.findElements(By.cssSelector("#messages .reply-card")).get(0);
        List<WebElement> extras = first.findElements(By.cssSelector(".also-changed-item"));
        assertThat(extras).extracting(e -> e.getAttribute("data-rule")).contains("plan:implied-table", "plan:base-columns", "plan:foreign-key-index");
        WebElement users = first.findElement(By.cssSelector(".also-changed-item[data-rule='plan:implied-table']"));
        assertThat(users.getText()).contains("added table users", "because posts.author_id needs a users table to reference");
        Chromium.screenshot(driver, "results-desktop-planner-extras", false);

        // when: a later turn, then the first card's undo of the timestamps
        page.send("add a subtitle to posts");
        page.waitForTurn(2);
        WebElement stamps = driver.findElements(By.cssSelector("#messages .reply-card")).get(0)
                .findElement(By.cssSelector(".also-changed-item[data-rule='plan:base-columns'] .undo-extra"));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", stamps);
        stamps.click();
        page.waitForTurn(3);

        // then: turn 3 drops exactly those columns, keeps turn 2's, its card is in view, and the undo cannot be sent twice
        List<WebElement> cards = driver.findElements(By.cssSelector("#messages .reply-card"));
        WebElement undone = cards.get(cards.size() - 1);
        assertThat(undone.getAttribute("aria-label")).isEqualTo("Reply to turn 3");
        assertThat(WebTurnTest.inView(undone)).isTrue();
        List<WebElement> deltas = undone.findElements(By.cssSelector(".schema-diff .delta"));
        assertThat(deltas).isNotEmpty().allSatisfy(d -> {
            assertThat(d.getAttribute("data-change")).isEqualTo("removed");
            assertThat(d.getText()).containsPattern("\\.(created_at|updated_at)\\b");
        });
        Map<?, ?> reply = latestReply();
        assertThat((List<?>) reply.get("verification")).isNotEmpty().allSatisfy(v -> assertThat((List<?>) ((Map<?, ?>) v).get("steps"))
                .allSatisfy(step -> assertThat(((Map<?, ?>) step).get("ok")).as(step.toString()).isEqualTo(true)));
        Map<?, ?> posts = ((List<?>) ((Map<?, ?>) reply.get("schema")).get("tables")).stream().map(t -> (Map<?, ?>) t)
                .filter(t -> t.get("name").equals("posts")).findFirst().orElseThrow();
        assertThat(((List<?>) posts.get("columns")).stream().map(c -> String.valueOf(((Map<?, ?>) c).get("name"))).toList()).contains("subtitle").doesNotContain("created_at", "updated_at");
        assertThat(stamps.getText()).isEqualTo("Undone");
        assertThat(stamps.isEnabled()).isFalse();
        Chromium.screenshot(driver, "results-desktop-undo-older-card", false);

        // when: the page is loaded again
        driver.navigate().refresh();
        page.wait.until(d -> d.findElements(By.cssSelector("#messages .reply-card")).size() == 3);

        // then: the extra still reads as undone, the others can still be undone
        WebElement again = driver.findElements(By.cssSelector("#messages .reply-card")).get(0)
                .findElement(By.cssSelector(".also-changed-item[data-rule='plan:base-columns'] .undo-extra"));
        assertThat(again.getText()).isEqualTo("Undone");
        assertThat(driver.findElements(By.cssSelector("#messages .reply-card")).get(0)
                .findElement(By.cssSelector(".also-changed-item[data-rule='plan:implied-table'] .undo-extra")).isEnabled()).isTrue();

        // and: on a phone the extras fit the width
        Chromium.viewport(driver, 375, 812, true);
        driver.executeScript("arguments[0].scrollIntoView({block: 'start'});", driver.findElements(By.cssSelector("#messages .also-changed")).get(0));
        assertThat((Long) driver.executeScript("return document.documentElement.scrollWidth - window.innerWidth;")).isLessThanOrEqualTo(0L);
        Chromium.screenshot(driver, "results-phone-planner-extras", false);
        Chromium.viewport(driver, 1366, 900, false);
    }

    /** The session's latest reply as the API answers it. */
    private static Map<?, ?> latestReply() {
        Map<?, ?> session = (Map<?, ?>) page.fetchJson("GET", "/api/v1/sessions/" + page.sessionId(), null);
        List<?> turns = (List<?>) session.get("turns");
        return (Map<?, ?>) ((Map<?, ?>) turns.get(turns.size() - 1)).get("reply");
    }

    private static String viewBox() {
        return (String) driver.executeScript("return document.querySelector('#erd .erd-frame svg').getAttribute('viewBox');");
    }

    private static String text(WebElement svgElement) {
        return (String) driver.executeScript("return [...arguments[0].querySelectorAll('text')].map(t => t.textContent).join('\\n');", svgElement);
    }
}

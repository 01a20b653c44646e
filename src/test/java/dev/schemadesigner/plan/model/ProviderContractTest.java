package dev.schemadesigner.plan.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.schemadesigner.change.AddColumn;
import dev.schemadesigner.plan.BundledProject;
import dev.schemadesigner.plan.ModelPlanner;
import dev.schemadesigner.plan.Plan;
import dev.schemadesigner.plan.PlanRequest;
import dev.schemadesigner.plan.PlanSource;
import dev.schemadesigner.plan.PlanSource.Cause;
import dev.schemadesigner.plan.Planner;
import dev.schemadesigner.plan.RulePlanner;
import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.LogicalType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One provider adapter against a local WireMock server answering in the provider's recorded
 * JSON shape: a good answer, and one test per fault — 429 with Retry-After (retried once, then
 * given up), 500, a timeout, a dropped connection, a malformed body, and output that stays invalid — each proving the
 * turn falls back to the rule planner and says why. Subclasses give the provider's shapes.
 */
abstract class ProviderContractTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String REQUEST = "add a notes column to feedback_analysis";

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    /** Settings reaching the WireMock server at {@code root} (e.g. {@code http://localhost:1234}). */
    abstract ModelSettings settings(String root);

    /** The path the provider posts chat requests to. */
    abstract String path();

    /** A successful response carrying {@code content} as the assistant's text, in the provider's shape. */
    abstract String okBody(String content) throws Exception;

    /** What the captured request must carry for this provider (auth headers, response format, roles). */
    abstract void assertRequestShape(LoggedRequest request, JsonNode body);

    static String answer(String name) {
        try (InputStream in = ProviderContractTest.class.getResourceAsStream("/plan/model/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ModelSettings testSettings() {
        ModelSettings settings = settings(server.baseUrl()).withTimeout(Duration.ofSeconds(5)).withRetries(1, Duration.ofSeconds(2));
        assertThat(URI.create(settings.baseUrl().orElseThrow()).getHost()).as("tests never leave this machine").isEqualTo("localhost");
        return settings;
    }

    Plan plan(ModelSettings settings) {
        Planner planner = ModelPlanner.forSettings(settings);
        return planner.plan(new PlanRequest(REQUEST, BundledProject.schema(), BundledProject.context()));
    }

    Plan plan() { return plan(testSettings()); }

    ResponseDefinitionBuilder ok(String content) throws Exception {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(okBody(content));
    }

    List<LoggedRequest> requests() { return server.findAll(postRequestedFor(urlEqualTo(path()))); }

    static Cause cause(Plan plan) {
        assertThat(plan.source().kind()).isEqualTo(PlanSource.Kind.RULES);
        assertThat(plan.changes()).isEqualTo(new RulePlanner().plan(new PlanRequest(REQUEST, BundledProject.schema(), BundledProject.context())).changes());
        return plan.fallback().orElseThrow().cause();
    }

    @Test
    void plansFromAStructuredAnswerAndSendsTheProvidersRequestShape() throws Exception {
        server.stubFor(post(urlEqualTo(path())).willReturn(ok(answer("add-notes.json"))));

        Plan plan = plan();

        assertThat(plan.source().kind()).isEqualTo(PlanSource.Kind.MODEL);
        assertThat(plan.changes().ops()).containsExactly(new AddColumn("feedback_analysis", Column.optional("notes", LogicalType.TEXT)));
        LoggedRequest sent = requests().get(0);
        assertRequestShape(sent, JSON.readTree(sent.getBodyAsString()));
    }

    @Test
    void honoursRetryAfterOnceAndThenUsesTheAnswer() throws Exception {
        server.stubFor(post(urlEqualTo(path())).inScenario("busy").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1").withBody("{\"error\":{\"message\":\"rate limited\"}}"))
                .willSetStateTo("free"));
        server.stubFor(post(urlEqualTo(path())).inScenario("busy").whenScenarioStateIs("free").willReturn(ok(answer("add-notes.json"))));
        long start = System.nanoTime();

        Plan plan = plan();

        assertThat(plan.source().kind()).isEqualTo(PlanSource.Kind.MODEL);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(950));
        assertThat(requests()).hasSize(2);
    }

    @Test
    void fallsBackWhenTheProviderKeepsAnswering429() {
        server.stubFor(post(urlEqualTo(path()))
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1").withBody("{\"error\":{\"message\":\"rate limited\"}}")));

        Plan plan = plan();

        assertThat(cause(plan)).isEqualTo(Cause.RATE_LIMITED);
        assertThat(requests()).hasSize(2);
    }

    @Test
    void doesNotWaitForARetryAfterBeyondTheCap() {
        server.stubFor(post(urlEqualTo(path()))
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "120").withBody("{\"error\":{\"message\":\"rate limited\"}}")));

        Plan plan = plan();

        assertThat(cause(plan)).isEqualTo(Cause.RATE_LIMITED);
        assertThat(requests()).hasSize(1);
    }

    @Test
    void fallsBackOnAServerError() {
        server.stubFor(post(urlEqualTo(path())).willReturn(aResponse().withStatus(500).withBody("{\"error\":{\"message\":\"internal\"}}")));

        Plan plan = plan();

        assertThat(cause(plan)).isEqualTo(Cause.PROVIDER_ERROR);
        assertThat(plan.fallback().orElseThrow().detail()).contains("500");
    }

    @Test
    void fallsBackWhenTheProviderDoesNotAnswerInTime() throws Exception {
        server.stubFor(post(urlEqualTo(path())).willReturn(ok(answer("add-notes.json")).withFixedDelay(2_000)));

        Plan plan = plan(testSettings().withTimeout(Duration.ofMillis(300)));

        assertThat(cause(plan)).isEqualTo(Cause.TIMEOUT);
        assertThat(requests()).as("a timeout is not retried").hasSize(1);
    }

    @Test
    void fallsBackWhenTheProviderDropsTheConnection() {
        server.stubFor(post(urlEqualTo(path())).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        Plan plan = plan();

        assertThat(cause(plan)).isEqualTo(Cause.PROVIDER_ERROR);
        assertThat(plan.fallback().orElseThrow().detail()).contains("cannot reach");
    }

    @Test
    void fallsBackWhenTheProviderClosesTheConnectionWithoutAnswering() {
        server.stubFor(post(urlEqualTo(path())).willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));

        assertThat(cause(plan())).isEqualTo(Cause.PROVIDER_ERROR);
    }

    @Test
    void fallsBackOnAMalformedResponseBody() {
        server.stubFor(post(urlEqualTo(path()))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("{\"id\": \"x\", \"choices\": [")));

        assertThat(cause(plan())).isEqualTo(Cause.PROVIDER_ERROR);
    }

    @Test
    void fallsBackWhenTheOutputStaysInvalidAfterTheRepairs() throws Exception {
        server.stubFor(post(urlEqualTo(path())).willReturn(ok(answer("add-column-to-missing-table.json"))));

        Plan plan = plan();

        assertThat(cause(plan)).isEqualTo(Cause.INVALID_OUTPUT);
        assertThat(requests()).hasSize(1 + ModelPlanner.MAX_REPAIRS);
    }
}

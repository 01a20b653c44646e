package dev.schemadesigner.review;

import dev.schemadesigner.TestDatabases;
import dev.schemadesigner.importer.migration.MigrationImport;
import dev.schemadesigner.verify.VerifyTarget;
import dev.schemadesigner.verify.locks.MigrationObserver;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The holdout-style check of issue I: every migration-safety finding on PostgreSQL in the rule fixtures, reviewed with
 * the migration observed on the real PostgreSQL, carries the observation of its step. Findings about no upgrade step
 * that runs are outside it: a missing or lossy downgrade (the file, or the downgrade) and a backfill (data statements
 * are not run: pasted SQL never reaches the database as text).
 */
class ObservedMigrationFixturesTest {
    private static final int ROWS = 1_000;

    @Test
    void everyPostgresMigrationFindingInTheRuleFixturesCarriesAnObservation() throws Exception {
        VerifyTarget postgres = VerifyTarget.postgres(TestDatabases.postgresVerifyUrl());
        List<String> unobserved = new ArrayList<>();
        int observed = 0;
        for (Rule rule : Rules.all()) {
            if (rule.area() != Area.MIGRATION) continue;
            for (String file : List.of("triggers.sql", "triggers.py", "near-miss.sql", "near-miss.py")) {
                Path path = RuleFixturesTest.ROOT.resolve(rule.id()).resolve(file);
                if (!Files.exists(path)) continue;
                String text = Files.readString(path);
                ReviewInput input = MigrationFixtures.read(path);
                if (!input.dialect().equals("postgresql")) continue;
                MigrationImport imported = MigrationFixtures.imported(text, file);
                var observations = MigrationObserver.observe(postgres, input.migration().orElseThrow().before(), imported.script(), ROWS);
                java.util.Set<String> runSteps = new java.util.HashSet<>();
                for (var step : imported.script().upgrade()) {
                    if (!(step.op() instanceof dev.schemadesigner.change.DataMigration) || MigrationFacts.validated(step).isPresent()) {
                        runSteps.add(MigrationFacts.at(step));
                    }
                }
                for (Finding f : new Reviewer().review(input.withObservations(observations))) {
                    if (Rules.byId(f.rule()).orElseThrow().area() != Area.MIGRATION) continue;
                    if (runSteps.stream().noneMatch(f.message()::startsWith)) continue;
                    if (f.observation().isPresent()) observed++;
                    else unobserved.add(rule.id() + "/" + file + ": " + f.line());
                    f.observation().ifPresent(o -> System.out.println(rule.id() + "/" + file + ": " + f.line() + " — " + o.summary()));
                }
            }
        }
        System.out.println("observed findings: " + observed + ", unobserved: " + unobserved.size());
        assertThat(unobserved).isEmpty();
    }
}

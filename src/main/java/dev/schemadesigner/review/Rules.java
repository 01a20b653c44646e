package dev.schemadesigner.review;

import dev.schemadesigner.review.rules.migration.AddNotNullColumnWithoutDefaultRule;
import dev.schemadesigner.review.rules.migration.SetNotNullOnExistingColumnRule;
import dev.schemadesigner.review.rules.migration.DropColumnRule;
import dev.schemadesigner.review.rules.migration.DropTableRule;
import dev.schemadesigner.review.rules.migration.RenameColumnRule;
import dev.schemadesigner.review.rules.migration.RenameTableRule;
import dev.schemadesigner.review.rules.migration.ChangeColumnTypeRule;
import dev.schemadesigner.review.rules.migration.AddForeignKeyValidatingRule;
import dev.schemadesigner.review.rules.migration.AddCheckValidatingRule;
import dev.schemadesigner.review.rules.migration.AddUniqueConstraintLockingRule;
import dev.schemadesigner.review.rules.migration.CreateIndexNotConcurrentlyRule;
import dev.schemadesigner.review.rules.migration.DropIndexNotConcurrentlyRule;
import dev.schemadesigner.review.rules.migration.ConcurrentlyInTransactionRule;
import dev.schemadesigner.review.rules.migration.VolatileDefaultRule;
import dev.schemadesigner.review.rules.migration.MissingDowngradeRule;
import dev.schemadesigner.review.rules.migration.LossyDowngradeRule;
import dev.schemadesigner.review.rules.migration.BackfillInSchemaMigrationRule;
import dev.schemadesigner.review.rules.migration.SqliteAlterUnsupportedRule;
import dev.schemadesigner.review.rules.migration.MissingLockTimeoutRule;
import dev.schemadesigner.review.rules.normalization.MultivaluedColumnRule;
import dev.schemadesigner.review.rules.normalization.PartialDependencyRule;
import dev.schemadesigner.review.rules.normalization.RepeatingGroupRule;
import dev.schemadesigner.review.rules.normalization.TableSplitCandidateRule;
import dev.schemadesigner.review.rules.normalization.TransitiveDependencyRule;
import dev.schemadesigner.review.rules.performance.CompositeIndexSuggestionRule;
import dev.schemadesigner.review.rules.performance.CoveringIndexSuggestionRule;
import dev.schemadesigner.review.rules.performance.DenormalizationSuggestionRule;
import dev.schemadesigner.review.rules.performance.JsonQueryIndexRule;
import dev.schemadesigner.review.rules.performance.LowSelectivityIndexRule;
import dev.schemadesigner.review.rules.performance.MaterializedViewSuggestionRule;
import dev.schemadesigner.review.rules.performance.MissingFilterIndexRule;
import dev.schemadesigner.review.rules.performance.PartialIndexSuggestionRule;
import dev.schemadesigner.review.rules.schema.BackPopulatesMissingRule;
import dev.schemadesigner.review.rules.schema.CascadeUndefinedRule;
import dev.schemadesigner.review.rules.schema.CheckCandidateRule;
import dev.schemadesigner.review.rules.schema.CircularDependencyRule;
import dev.schemadesigner.review.rules.schema.EnumCandidateRule;
import dev.schemadesigner.review.rules.schema.FkMissingIndexRule;
import dev.schemadesigner.review.rules.schema.FkNullableRule;
import dev.schemadesigner.review.rules.schema.FkTargetMissingRule;
import dev.schemadesigner.review.rules.schema.IdentifierProblemRule;
import dev.schemadesigner.review.rules.schema.IndexNamingRule;
import dev.schemadesigner.review.rules.schema.MissingPrimaryKeyRule;
import dev.schemadesigner.review.rules.schema.MissingTimestampsRule;
import dev.schemadesigner.review.rules.schema.NPlusOneRiskRule;
import dev.schemadesigner.review.rules.schema.NullableRequiredFieldRule;
import dev.schemadesigner.review.rules.schema.OrphanRiskRule;
import dev.schemadesigner.review.rules.schema.RedundantIndexRule;
import dev.schemadesigner.review.rules.schema.TypeChoiceRule;
import dev.schemadesigner.review.rules.schema.UniqueNaturalKeyRule;

import java.util.List;
import java.util.Optional;

/** The one registry of rules, in RULES.md order. A test fails when a class under {@code review/rules/} is missing here. */
public final class Rules {
    private static final List<Rule> ALL = List.of(
            // Schema design
            new MissingPrimaryKeyRule(), new FkMissingIndexRule(), new FkNullableRule(), new FkTargetMissingRule(),
            new MissingTimestampsRule(), new NullableRequiredFieldRule(), new CheckCandidateRule(), new UniqueNaturalKeyRule(),
            new CascadeUndefinedRule(), new OrphanRiskRule(), new BackPopulatesMissingRule(), new EnumCandidateRule(),
            new IndexNamingRule(), new IdentifierProblemRule(), new TypeChoiceRule(), new RedundantIndexRule(),
            new CircularDependencyRule(), new NPlusOneRiskRule(),
            // Normalization
            new RepeatingGroupRule(), new MultivaluedColumnRule(), new PartialDependencyRule(), new TransitiveDependencyRule(),
            new TableSplitCandidateRule(),
            // Performance
            new CompositeIndexSuggestionRule(), new PartialIndexSuggestionRule(), new CoveringIndexSuggestionRule(),
            new MissingFilterIndexRule(), new LowSelectivityIndexRule(), new JsonQueryIndexRule(),
            new MaterializedViewSuggestionRule(), new DenormalizationSuggestionRule(),
            // Migration safety
            new AddNotNullColumnWithoutDefaultRule(), new SetNotNullOnExistingColumnRule(), new DropColumnRule(), new DropTableRule(), new dev.schemadesigner.review.rules.migration.ObservedLockRule(),
            new RenameColumnRule(), new RenameTableRule(), new ChangeColumnTypeRule(), new AddForeignKeyValidatingRule(),
            new AddCheckValidatingRule(), new AddUniqueConstraintLockingRule(), new CreateIndexNotConcurrentlyRule(),
            new DropIndexNotConcurrentlyRule(), new ConcurrentlyInTransactionRule(), new VolatileDefaultRule(), new MissingDowngradeRule(),
            new LossyDowngradeRule(), new BackfillInSchemaMigrationRule(), new SqliteAlterUnsupportedRule(), new MissingLockTimeoutRule());

    private Rules() {}

    public static List<Rule> all() { return ALL; }

    public static Optional<Rule> byId(String id) { return ALL.stream().filter(r -> r.id().equals(id)).findFirst(); }

    /** The catalogue served at {@code GET /api/v1/rules}, in RULES.md order. */
    public static List<CatalogueEntry> catalogue() { return ALL.stream().map(CatalogueEntry::of).toList(); }
}

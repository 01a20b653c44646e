package dev.schemadesigner.review;

/** One rule as the catalogue ({@code GET /api/v1/rules}) shows it: metadata and the markdown docs. */
public record CatalogueEntry(String id, Area area, Severity severity, String summary, boolean autoFix, String docs) {

    public static CatalogueEntry of(Rule rule) {
        return new CatalogueEntry(rule.id(), rule.area(), rule.severity(), rule.summary(), rule.autoFix(), rule.docs());
    }
}

package dev.schemadesigner.importer;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Problem;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import dev.schemadesigner.schema.EnumType;
import dev.schemadesigner.schema.ForeignKey;
import dev.schemadesigner.schema.Relationship;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.Table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Imports JPA entities (Java source, {@code jakarta.persistence} or {@code javax.persistence}) into
 * a {@link Schema}, without compiling them.
 *
 * <p>Every {@code @Entity} class of the source is a table (top-level or nested, with or without
 * package and imports), with the columns of its fields, of its {@code @MappedSuperclass} bases and
 * of its {@code @Embedded} values; {@code @Table} indexes and unique constraints; foreign keys from
 * {@code @ManyToOne}/{@code @OneToOne}; association tables from {@code @ManyToMany}; and the ORM
 * side as {@link Relationship}s. Names not given explicitly follow Spring Boot's naming strategy
 * (snake_case). Input that is not text or over {@link ImportLimits#MAX_SQL_CHARS} is refused; source
 * JavaParser cannot read is a {@link JavaSyntaxException} with its line and column. An annotation or
 * type the importer does not read is an {@link ImportWarning} naming its line.
 */
public final class JpaImporter {

    public ImportResult importEntities(String source) {
        Objects.requireNonNull(source, "source");
        ImportLimits.requireWithinLimit(source);
        ImportLimits.requireText(source, "Java source");
        JavaNesting.require(source, "jpa");
        CompilationUnit unit = parse(source);
        JpaEntityReader reader = new JpaEntityReader(classes(unit), enums(unit));
        List<ClassOrInterfaceDeclaration> entities = unit.findAll(ClassOrInterfaceDeclaration.class).stream()
                .filter(c -> JpaAnnotation.has(c, "Entity")).toList();
        if (entities.isEmpty()) reader.warn(1, "", "no @Entity class in the source; nothing to import");
        entities.forEach(reader::entity);
        reader.associationTables();
        Map<String, List<Relationship>> relationships = reader.relationships();
        List<Table> built = new ArrayList<>();
        Warnings fkWarnings = new Warnings();
        for (TableDraft draft : reader.tables().values()) {
            try {
                Table t = draft.build(DdlDialect.POSTGRESQL, name -> Optional.ofNullable(reader.tables().get(name)).map(d -> d.primaryKey).orElse(List.of()),
                        fkWarnings);
                built.add(t.withRelationships(relationships.getOrDefault(draft.name, List.of())));
            } catch (IllegalArgumentException e) {
                reader.warn(draft.at.line(), "", "table " + draft.name + " is not valid (" + e.getMessage() + "); skipped");
            }
        }
        fkWarnings.all().forEach(w -> reader.warn(w.line(), "", w.message()));
        List<EnumType> enums = List.copyOf(reader.enumTypes().values());
        Map<String, Set<String>> unchecked = unchecked(built, reader);
        return new ImportResult(new Schema(built, enums), reader.warnings(), unchecked, reader.jsonAsText());
    }

    private static final List<String> TIMESTAMP_COLUMNS = List.of("created_at", "updated_at");

    /**
     * No finding on a fact the importer skipped: an entity whose base class is not in this source may inherit its
     * {@code @Id} and its timestamps from it, so missing-primary-key and missing-timestamps are not checked for its table,
     * nor fk-target-missing for a key that references it; each with a warning (as the SQLAlchemy importer does for a mixin).
     */
    private static Map<String, Set<String>> unchecked(List<Table> built, JpaEntityReader reader) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (Table t : built) {
            List<String> bases = reader.unknownBases().get(t.name());
            if (bases == null) continue;
            int line = reader.tables().get(t.name()).at.line();
            String from = String.join(", ", bases) + ", which " + (bases.size() == 1 ? "is" : "are") + " not in this source";
            if (t.primaryKey().isEmpty()) {
                reader.warn(line, "", "table " + t.name() + " has no primary key in what was read; it may come from " + from
                        + ", so missing-primary-key is not checked for it");
                out.computeIfAbsent(t.name(), k -> new TreeSet<>()).add("missing-primary-key");
            }
            List<String> missing = TIMESTAMP_COLUMNS.stream().filter(c -> !t.hasColumn(c)).toList();
            if (!missing.isEmpty()) {
                reader.warn(line, "", "table " + t.name() + " has no " + String.join(" / ", missing) + " in what was read; they may come from "
                        + from + ", so missing-timestamps is not checked for it");
                out.computeIfAbsent(t.name(), k -> new TreeSet<>()).add("missing-timestamps");
            }
        }
        for (Table t : built) {
            for (ForeignKey fk : t.foreignKeys()) {
                Optional<Table> target = built.stream().filter(b -> b.name().equals(fk.referencedTable())).findFirst();
                if (!reader.unknownBases().containsKey(fk.referencedTable()) || target.isEmpty()
                        || fk.referencedColumns().stream().allMatch(c -> target.get().hasColumn(c))) continue;
                for (String column : fk.columns()) out.computeIfAbsent(t.name() + "." + column, k -> new TreeSet<>()).add("fk-target-missing");
            }
        }
        return out;
    }

    private static CompilationUnit parse(String source) {
        ParserConfiguration config = new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17);
        ParseResult<CompilationUnit> result;
        try {
            result = new JavaParser(config).parse(source);
        } catch (StackOverflowError e) {
            // JavaNesting bounds what we know makes JavaParser recurse; should it still run out of
            // stack, the source is refused like any other too deeply nested one, never a 500
            throw new ImportException(ImportException.Code.NESTED_TOO_DEEP, "jpa source nests too deeply for the Java reader");
        }
        if (!result.isSuccessful() || result.getResult().isEmpty()) {
            Problem problem = result.getProblems().isEmpty() ? new Problem("the source could not be parsed", null, null) : result.getProblems().get(0);
            int line = problem.getLocation().flatMap(l -> l.getBegin().getRange()).map(r -> r.begin.line).orElse(1);
            int column = problem.getLocation().flatMap(l -> l.getBegin().getRange()).map(r -> r.begin.column).orElse(1);
            throw new JavaSyntaxException(line, column, firstLine(problem.getMessage()));
        }
        return result.getResult().get();
    }

    private static Map<String, ClassOrInterfaceDeclaration> classes(CompilationUnit unit) {
        Map<String, ClassOrInterfaceDeclaration> out = new LinkedHashMap<>();
        unit.findAll(ClassOrInterfaceDeclaration.class).forEach(c -> out.putIfAbsent(c.getNameAsString(), c));
        return out;
    }

    private static Map<String, List<String>> enums(CompilationUnit unit) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (EnumDeclaration e : unit.findAll(EnumDeclaration.class)) {
            out.putIfAbsent(e.getNameAsString(), e.getEntries().stream().map(EnumConstantDeclaration::getNameAsString).toList());
        }
        return out;
    }

    private static String firstLine(String message) {
        String m = message == null ? "" : message.strip();
        int newline = m.indexOf('\n');
        return newline < 0 ? m : m.substring(0, newline).strip();
    }
}

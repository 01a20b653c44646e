package dev.schemadesigner.importer;

import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import dev.schemadesigner.schema.EnumType;
import dev.schemadesigner.schema.FkAction;
import dev.schemadesigner.schema.IndexKey;
import dev.schemadesigner.schema.LogicalType;
import dev.schemadesigner.schema.Relationship;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the entities of one source into table drafts: fields to columns, {@code @Table} to indexes
 * and unique constraints, associations to foreign keys, association tables and relationships.
 */
final class JpaEntityReader {
    /** Mapping annotations this reader understands. */
    private static final Set<String> READ = Set.of("Entity", "Table", "MappedSuperclass", "Embeddable", "Id", "GeneratedValue", "Column",
            "Lob", "Enumerated", "Version", "Transient", "ManyToOne", "OneToMany", "OneToOne", "ManyToMany", "JoinColumn", "JoinColumns", "JoinTable",
            "OnDelete", "Embedded", "EmbeddedId", "NaturalId", "Temporal", "SequenceGenerator", "Basic", "NotNull", "NotBlank", "NotEmpty", "Nonnull");
    /** Annotations with no say in the schema: Lombok, Jackson, listeners, caching. */
    private static final Set<String> IRRELEVANT = Set.of("Override", "Deprecated", "SuppressWarnings", "Getter", "Setter", "Data", "Value",
            "Builder", "Default", "ToString", "EqualsAndHashCode", "Exclude", "Include", "NoArgsConstructor", "AllArgsConstructor",
            "RequiredArgsConstructor", "SuperBuilder", "Accessors", "JsonIgnore", "JsonProperty", "JsonManagedReference", "JsonBackReference",
            "JsonIgnoreProperties", "EntityListeners", "Cacheable", "Cache", "DynamicUpdate", "DynamicInsert", "CreationTimestamp",
            "UpdateTimestamp", "CreatedDate", "LastModifiedDate", "CreatedBy", "LastModifiedBy", "Access");

    record KeyColumn(String name, LogicalType type) {}

    private record RelationshipDraft(String table, String field, String targetTable, String targetClass, boolean many,
                                     Optional<String> mappedBy, Optional<String> cascade, String lazy) {}

    private record JoinTableDraft(ClassOrInterfaceDeclaration owner, String ownerTable, String field, ClassOrInterfaceDeclaration target,
                                  Optional<JpaAnnotation> joinTable, int line) {}

    private final Map<String, ClassOrInterfaceDeclaration> classes;
    private final Map<String, List<String>> javaEnums;
    private final Map<String, TableDraft> tables = new LinkedHashMap<>();
    private final Map<String, EnumType> enumTypes = new LinkedHashMap<>();
    private final List<RelationshipDraft> relationships = new ArrayList<>();
    private final List<JoinTableDraft> joinTables = new ArrayList<>();
    /** Unidirectional {@code @OneToMany} with {@code @JoinColumn}: the key column lives in the target's table. */
    private record TargetJoinColumnDraft(ClassOrInterfaceDeclaration owner, String ownerTable, String field, ClassOrInterfaceDeclaration target,
                                         List<JpaAnnotation> joinColumns, FkAction onDelete, int line) {}
    private final List<TargetJoinColumnDraft> targetJoinColumns = new ArrayList<>();
    private final List<ImportWarning> warnings = new ArrayList<>();
    private final Set<String> warned = new HashSet<>();
    /** Per table, the base classes of its entity that are not in this source: they may hold its key and timestamps. */
    private final Map<String, List<String>> unknownBases = new LinkedHashMap<>();
    private final Map<String, List<String>> naturalIds = new LinkedHashMap<>();

    JpaEntityReader(Map<String, ClassOrInterfaceDeclaration> classes, Map<String, List<String>> javaEnums) {
        this.classes = classes;
        this.javaEnums = javaEnums;
    }

    Map<String, TableDraft> tables() { return tables; }

    Map<String, EnumType> enumTypes() { return enumTypes; }

    Map<String, List<String>> unknownBases() { return unknownBases; }

    /** The bases of a class, through its {@code @MappedSuperclass} parents, that are not in this source. */
    private List<String> basesElsewhere(ClassOrInterfaceDeclaration type) {
        List<String> out = new ArrayList<>();
        for (ClassOrInterfaceType base : type.getExtendedTypes()) {
            ClassOrInterfaceDeclaration parent = classes.get(base.getNameAsString());
            if (parent == null) out.add(base.getNameAsString());
            else if (JpaAnnotation.has(parent, "MappedSuperclass")) out.addAll(basesElsewhere(parent));
        }
        return out;
    }

    /** {@code table.column}s whose columnDefinition says json (not jsonb): stored as text on PostgreSQL. */
    Set<String> jsonAsText() { return jsonAsText; }

    private final Set<String> jsonAsText = new java.util.LinkedHashSet<>();

    List<ImportWarning> warnings() {
        List<ImportWarning> sorted = new ArrayList<>(warnings);
        sorted.sort(java.util.Comparator.comparingInt(ImportWarning::line));
        return sorted;
    }

    void warn(int line, String statement, String message) {
        if (warned.add(line + "\u0000" + message)) warnings.add(new ImportWarning(Math.max(line, 1), statement, message));
    }

    /** The table an entity class maps: {@code @Table(name)}, else the entity name, else the class name, snake_cased. */
    String tableName(ClassOrInterfaceDeclaration entity) {
        Optional<String> explicit = JpaAnnotation.on(entity, "Table").flatMap(t -> t.string("name")).filter(s -> !s.isBlank());
        if (explicit.isPresent()) return unquote(explicit.get());
        return JpaTypes.snakeCase(JpaAnnotation.on(entity, "Entity").flatMap(e -> e.string("name")).filter(s -> !s.isBlank())
                .orElse(entity.getNameAsString()));
    }

    void entity(ClassOrInterfaceDeclaration entity) {
        String name = tableName(entity);
        int line = line(entity);
        if (tables.containsKey(name)) {
            warn(line, "class " + entity.getNameAsString(), "class " + entity.getNameAsString() + " maps table " + name + " again; skipped");
            return;
        }
        warnUnread(entity, name);
        TableDraft table = new TableDraft(name, ModelColumnReader.token(line, entity.getBegin().map(p -> p.column).orElse(1)));
        tables.put(name, table);
        List<String> elsewhere = basesElsewhere(entity);
        if (!elsewhere.isEmpty()) unknownBases.put(name, elsewhere);
        List<String> key = new ArrayList<>();
        for (FieldDeclaration f : fields(entity)) {
            for (VariableDeclarator v : f.getVariables()) field(entity, table, f, v, key);
        }
        table.primaryKey = List.copyOf(key);
        // Hibernate makes the entity's @NaturalId fields one unique key
        Optional.ofNullable(naturalIds.get(name)).ifPresent(n -> table.uniques.add(new TableDraft.UniqueDraft(Optional.empty(), List.copyOf(n))));
        JpaAnnotation.on(entity, "Table").ifPresent(t -> tableArgs(table, t));
    }

    // ---- fields ----

    /** The persistent fields: those of {@code @MappedSuperclass} bases first, then the class's own. */
    private List<FieldDeclaration> fields(ClassOrInterfaceDeclaration type) {
        List<FieldDeclaration> out = new ArrayList<>();
        for (ClassOrInterfaceType base : type.getExtendedTypes()) {
            ClassOrInterfaceDeclaration parent = classes.get(base.getNameAsString());
            if (parent == null) {
                warn(line(type), "class " + type.getNameAsString(), "class " + type.getNameAsString() + " extends " + base.getNameAsString()
                        + ", which is not in this source; its fields are not known");
            } else if (JpaAnnotation.has(parent, "MappedSuperclass") || JpaAnnotation.has(parent, "Embeddable")) {
                out.addAll(fields(parent));
            } else if (JpaAnnotation.has(parent, "Entity")) {
                warn(line(type), "class " + type.getNameAsString(), "entity inheritance (" + type.getNameAsString() + " extends "
                        + parent.getNameAsString() + ") is not read; only the fields of " + type.getNameAsString() + " are mapped");
            }
        }
        for (FieldDeclaration f : type.getFields()) if (!f.isStatic() && !f.isTransient()) out.add(f);
        return out;
    }

    private void field(ClassOrInterfaceDeclaration owner, TableDraft table, FieldDeclaration f, VariableDeclarator v, List<String> key) {
        String field = v.getNameAsString();
        String statement = v.getType().asString() + " " + field;
        int line = line(f);
        if (JpaAnnotation.has(f, "Transient")) return;
        warnUnread(f, table.name + "." + field, line, statement);
        Type type = v.getType();
        if (JpaAnnotation.has(f, "OneToMany") || JpaAnnotation.has(f, "ManyToMany")) {
            collection(owner, table, f, type, field, line, statement);
            return;
        }
        Optional<JpaAnnotation> toOne = JpaAnnotation.on(f, "ManyToOne").or(() -> JpaAnnotation.on(f, "OneToOne"));
        if (toOne.isPresent()) {
            toOne(table, f, type, field, toOne.get(), key, line, statement);
            return;
        }
        ClassOrInterfaceDeclaration embeddable = classes.get(JpaTypes.simpleName(type.asString()));
        boolean embeddedId = JpaAnnotation.has(f, "EmbeddedId");
        if (embeddedId || JpaAnnotation.has(f, "Embedded") || embeddable != null && JpaAnnotation.has(embeddable, "Embeddable")) {
            if (embeddable == null) {
                warn(line, statement, table.name + "." + field + " embeds " + type.asString() + ", which is not in this source; skipped");
                return;
            }
            List<String> embeddedKey = new ArrayList<>();
            for (FieldDeclaration ef : fields(embeddable)) {
                for (VariableDeclarator ev : ef.getVariables()) field(owner, table, ef, ev, embeddedKey);
            }
            if (embeddedId) {
                embeddable.getFields().stream().filter(x -> !x.isStatic() && !x.isTransient() && !JpaAnnotation.has(x, "Transient"))
                        .flatMap(x -> x.getVariables().stream().map(ev -> columnName(x, ev.getNameAsString()))).forEach(key::add);
            }
            return;
        }
        basic(table, f, type, field, key, line, statement);
    }

    private void basic(TableDraft table, FieldDeclaration f, Type type, String field, List<String> key, int line, String statement) {
        Optional<JpaAnnotation> column = JpaAnnotation.on(f, "Column");
        String name = columnName(f, field);
        Optional<LogicalType> logical = basicType(f, type, table.name + "." + field, line, statement);
        Optional<LogicalType> declared = column.flatMap(c -> c.string("columnDefinition")).flatMap(d -> columnDefinition(d, table.name + "." + name, line, statement));
        if (declared.isPresent()) logical = declared;
        if (logical.isEmpty()) return;
        if (logical.get() instanceof LogicalType.Json && column.flatMap(c -> c.string("columnDefinition"))
                .map(d -> d.trim().toLowerCase(Locale.ROOT).matches("json\\b(?!b).*")).orElse(false)) {
            jsonAsText.add(table.name + "." + name);
        }
        if (table.columns.containsKey(name)) {
            warn(line, statement, table.name + "." + field + " maps column " + name + " again; skipped");
            return;
        }
        TableDraft.ColumnDraft c = new TableDraft.ColumnDraft(name, logical.get());
        c.nullable = nullable(f, column) && !JpaTypes.isPrimitive(type.asString());
        table.columns.put(name, c);
        if (column.flatMap(a -> a.bool("unique")).orElse(false)) table.uniques.add(new TableDraft.UniqueDraft(Optional.empty(), List.of(name)));
        if (JpaAnnotation.has(f, "NaturalId")) naturalIds.computeIfAbsent(table.name, k -> new ArrayList<>()).add(name);
        if (JpaAnnotation.has(f, "Id")) {
            key.add(name);
            c.nullable = false;
            JpaAnnotation.on(f, "GeneratedValue").ifPresent(g -> generated(c, g, table.name, line, statement));
        }
    }

    /**
     * A field Hibernate maps to a JSON column whatever its Java type: {@code @JdbcTypeCode(SqlTypes.JSON)} (jsonb on
     * PostgreSQL) or a JSON user type ({@code @Type(JsonType.class)}, {@code @Convert(converter = ...JsonConverter.class)}).
     */
    private static boolean jsonMapped(FieldDeclaration f) {
        if (JpaAnnotation.on(f, "JdbcTypeCode").flatMap(a -> a.constant("value")).map(v -> v.equals("JSON")).orElse(false)) return true;
        return JpaAnnotation.on(f, "Type").flatMap(a -> a.className("value")).map(c -> c.toLowerCase(Locale.ROOT).contains("json")).orElse(false)
                || JpaAnnotation.on(f, "Convert").flatMap(a -> a.className("converter")).map(c -> c.toLowerCase(Locale.ROOT).contains("json")).orElse(false);
    }

    private Optional<LogicalType> basicType(FieldDeclaration f, Type type, String object, int line, String statement) {
        String simple = JpaTypes.simpleName(type.asString());
        if (jsonMapped(f)) return Optional.of(LogicalType.JSON);
        if (javaEnums.containsKey(simple)) return enumType(f, simple, object, line, statement);
        Optional<LogicalType> logical = JpaTypes.basic(type.asString(), JpaAnnotation.has(f, "Lob"), JpaAnnotation.on(f, "Column"),
                JpaAnnotation.on(f, "Temporal"));
        if (logical.isEmpty()) {
            if (JpaAnnotation.has(f, "Enumerated")) {
                warn(line, statement, object + " is an enum " + simple + " that is not declared in this source; read as string(" + JpaTypes.DEFAULT_LENGTH + ")");
                return Optional.of(LogicalType.varchar(JpaTypes.DEFAULT_LENGTH));
            }
            warn(line, statement, object + " has type " + type.asString() + ", which is not a basic type or an entity, enum or embeddable of this source; skipped");
        }
        return logical;
    }

    private Optional<LogicalType> enumType(FieldDeclaration f, String javaEnum, String object, int line, String statement) {
        String kind = JpaAnnotation.on(f, "Enumerated").flatMap(e -> e.constant("value")).orElse("ORDINAL");
        if (!kind.equals("STRING")) {
            warn(line, statement, object + " stores enum " + javaEnum + " by ordinal (integer); reordering its constants changes the data, "
                    + "use @Enumerated(EnumType.STRING)");
            return Optional.of(LogicalType.INTEGER);
        }
        String name = JpaTypes.snakeCase(javaEnum);
        List<String> values = javaEnums.get(javaEnum);
        if (values.isEmpty()) {
            warn(line, statement, object + ": enum " + javaEnum + " has no constants; read as string(" + JpaTypes.DEFAULT_LENGTH + ")");
            return Optional.of(LogicalType.varchar(JpaTypes.DEFAULT_LENGTH));
        }
        enumTypes.putIfAbsent(name, new EnumType(name, values));
        return Optional.of(LogicalType.enumOf(name));
    }

    private Optional<LogicalType> columnDefinition(String definition, String object, int line, String statement) {
        String d = definition.trim().toLowerCase(Locale.ROOT);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^[a-z][a-z0-9 ]*?(?:\\([^)]*\\))?(?=\\s+(?:not|null|default|unique|check|primary|references|generated)\\b|$)").matcher(d);
        try {
            if (m.find()) return Optional.of(LogicalType.parse(m.group()));
        } catch (IllegalArgumentException e) {
            // falls through to the warning: the Java type decides
        }
        warn(line, statement, object + " has columnDefinition \"" + definition + "\", which is not read; the field's Java type is used");
        return Optional.empty();
    }

    private void generated(TableDraft.ColumnDraft c, JpaAnnotation g, String table, int line, String statement) {
        String strategy = g.constant("strategy").orElse("AUTO");
        if (!Set.of("IDENTITY", "SEQUENCE", "AUTO").contains(strategy)) {
            if (!strategy.equals("UUID")) warn(line, statement, table + "." + c.name + ": @GeneratedValue(strategy = " + strategy + ") is not read");
            return;
        }
        if (c.type.isInteger()) c.identity = true;
        else if (!(c.type instanceof LogicalType.Uuid)) warn(line, statement, table + "." + c.name + " is generated but is " + c.type.describe() + ", not an integer; not an identity");
    }

    // ---- associations ----

    private void toOne(TableDraft table, FieldDeclaration f, Type type, String field, JpaAnnotation association, List<String> key,
                       int line, String statement) {
        String targetClass = association.className("targetEntity").orElse(JpaTypes.simpleName(type.asString()));
        ClassOrInterfaceDeclaration target = classes.get(targetClass);
        boolean oneToOne = association.name().equals("OneToOne");
        String lazy = association.constant("fetch").map(JpaEntityReader::lazy).orElse("joined");
        Optional<String> cascade = cascade(association);
        String targetTable = target != null && JpaAnnotation.has(target, "Entity") ? tableName(target) : JpaTypes.snakeCase(targetClass);
        Optional<String> mappedBy = association.string("mappedBy");
        relationships.add(new RelationshipDraft(table.name, field, targetTable, targetClass, false, mappedBy, cascade, lazy));
        if (mappedBy.isPresent()) return;
        List<KeyColumn> targetKey;
        if (target == null || !JpaAnnotation.has(target, "Entity")) {
            warn(line, statement, table.name + "." + field + " references " + targetClass + ", which is not an entity of this source; "
                    + "its key is taken to be id bigint");
            targetKey = List.of(new KeyColumn("id", LogicalType.BIGINT));
        } else {
            targetKey = keyColumns(target);
        }
        if (targetKey.isEmpty() && !basesElsewhere(target).isEmpty()) {
            warn(line, statement, table.name + "." + field + " references " + targetClass + ", whose @Id may come from "
                    + String.join(", ", basesElsewhere(target)) + ", which is not in this source; its key is taken to be id bigint");
            targetKey = List.of(new KeyColumn("id", LogicalType.BIGINT));
        }
        if (targetKey.isEmpty()) {
            warn(line, statement, table.name + "." + field + " references " + targetClass + ", which has no @Id; no foreign key");
            return;
        }
        List<JpaAnnotation> joinColumns = JpaAnnotation.on(f, "JoinColumn").map(List::of)
                .orElseGet(() -> JpaAnnotation.on(f, "JoinColumns").map(j -> j.annotations("value")).orElse(List.of()));
        boolean required = association.bool("optional").map(o -> !o).orElse(false) || JpaAnnotation.has(f, "NotNull") || JpaAnnotation.has(f, "Id");
        List<String> columns = new ArrayList<>();
        List<String> referenced = new ArrayList<>();
        for (int i = 0; i < targetKey.size(); i++) {
            KeyColumn k = targetKey.get(i);
            Optional<JpaAnnotation> jc = i < joinColumns.size() ? Optional.of(joinColumns.get(i)) : Optional.empty();
            String ref = jc.flatMap(j -> j.string("referencedColumnName")).filter(s -> !s.isBlank()).orElse(k.name());
            String name = jc.flatMap(j -> j.string("name")).filter(s -> !s.isBlank()).map(JpaEntityReader::unquote)
                    .orElse(JpaTypes.snakeCase(field) + "_" + ref);
            LogicalType refType = targetKey.stream().filter(x -> x.name().equals(ref)).map(KeyColumn::type).findFirst().orElse(k.type());
            if (!table.columns.containsKey(name)) {
                TableDraft.ColumnDraft c = new TableDraft.ColumnDraft(name, refType);
                c.nullable = !required && jc.flatMap(j -> j.bool("nullable")).orElse(true);
                table.columns.put(name, c);
            }
            columns.add(name);
            referenced.add(ref);
            if (JpaAnnotation.has(f, "Id")) key.add(name);
        }
        boolean unique = oneToOne || joinColumns.stream().anyMatch(j -> j.bool("unique").orElse(false));
        if (unique) table.uniques.add(new TableDraft.UniqueDraft(Optional.empty(), List.copyOf(columns)));
        Optional<String> fkName = joinColumns.stream().findFirst().flatMap(j -> j.annotation("foreignKey")).flatMap(k -> k.string("name"))
                .filter(s -> !s.isBlank());
        FkAction onDelete = JpaAnnotation.on(f, "OnDelete").flatMap(o -> o.constant("action")).map(JpaEntityReader::action).orElse(FkAction.NO_ACTION);
        table.foreignKeys.add(new TableDraft.ForeignKeyDraft(fkName, columns, targetTable, referenced, onDelete, FkAction.NO_ACTION,
                ModelColumnReader.token(line, 1)));
    }

    private void collection(ClassOrInterfaceDeclaration owner, TableDraft table, FieldDeclaration f, Type type, String field, int line, String statement) {
        JpaAnnotation association = JpaAnnotation.on(f, "OneToMany").or(() -> JpaAnnotation.on(f, "ManyToMany")).orElseThrow();
        boolean manyToMany = association.name().equals("ManyToMany");
        String targetClass = association.className("targetEntity").or(() -> elementType(type)).orElse("");
        ClassOrInterfaceDeclaration target = classes.get(targetClass);
        if (target == null || !JpaAnnotation.has(target, "Entity")) {
            warn(line, statement, table.name + "." + field + " is a collection of " + (targetClass.isEmpty() ? type.asString() : targetClass)
                    + ", which is not an entity of this source; skipped");
            return;
        }
        Optional<String> mappedBy = association.string("mappedBy").filter(s -> !s.isBlank());
        String lazy = association.constant("fetch").map(JpaEntityReader::lazy).orElse("select");
        relationships.add(new RelationshipDraft(table.name, field, tableName(target), targetClass, true, mappedBy, cascade(association), lazy));
        if (mappedBy.isPresent()) return;
        if (manyToMany) {
            joinTables.add(new JoinTableDraft(owner, table.name, field, target, JpaAnnotation.on(f, "JoinTable"), line));
        } else {
            List<JpaAnnotation> joinColumns = JpaAnnotation.on(f, "JoinColumn").map(List::of)
                    .orElseGet(() -> JpaAnnotation.on(f, "JoinColumns").map(j -> j.annotations("value")).orElse(List.of()));
            if (joinColumns.isEmpty()) {
                warn(line, statement, table.name + "." + field + ": a @OneToMany without mappedBy or @JoinColumn (a join table) is not read");
                return;
            }
            FkAction onDelete = JpaAnnotation.on(f, "OnDelete").flatMap(o -> o.constant("action")).map(JpaEntityReader::action).orElse(FkAction.NO_ACTION);
            targetJoinColumns.add(new TargetJoinColumnDraft(owner, table.name, field, target, joinColumns, onDelete, line));
        }
    }

    /** The tables of owning {@code @ManyToMany} sides: the owner's key and the target's key, both NOT NULL, together the primary key. */
    void associationTables() {
        for (TargetJoinColumnDraft j : targetJoinColumns) targetJoinColumn(j);
        for (JoinTableDraft j : joinTables) {
            String name = j.joinTable().flatMap(t -> t.string("name")).filter(s -> !s.isBlank()).map(JpaEntityReader::unquote)
                    .orElse(j.ownerTable() + "_" + JpaTypes.snakeCase(j.field()));
            if (tables.containsKey(name)) {
                warn(j.line(), j.field(), "association table " + name + " is already a table; skipped");
                continue;
            }
            TableDraft table = new TableDraft(name, ModelColumnReader.token(j.line(), 1));
            List<String> key = new ArrayList<>();
            String ownerPrefix = JpaTypes.snakeCase(JpaAnnotation.on(j.owner(), "Entity").flatMap(e -> e.string("name")).orElse(j.owner().getNameAsString()));
            joinSide(table, j.ownerTable(), keyColumns(j.owner()), ownerPrefix, j.joinTable().map(t -> t.annotations("joinColumns")).orElse(List.of()), key, j.line());
            joinSide(table, tableName(j.target()), keyColumns(j.target()), JpaTypes.snakeCase(j.field()),
                    j.joinTable().map(t -> t.annotations("inverseJoinColumns")).orElse(List.of()), key, j.line());
            table.primaryKey = List.copyOf(key);
            tables.put(name, table);
        }
    }

    /**
     * {@code @OneToMany @JoinColumn(name = "owner_id")} without mappedBy: Hibernate keeps the key in the target's table,
     * nullable unless the join column says otherwise, the same column and foreign key a {@code @ManyToOne} would declare.
     */
    private void targetJoinColumn(TargetJoinColumnDraft j) {
        TableDraft child = tables.get(tableName(j.target()));
        List<KeyColumn> ownerKey = keyColumns(j.owner());
        if (child == null || ownerKey.isEmpty()) return;
        List<String> columns = new ArrayList<>();
        List<String> referenced = new ArrayList<>();
        for (int i = 0; i < ownerKey.size() && i < j.joinColumns().size(); i++) {
            JpaAnnotation jc = j.joinColumns().get(i);
            KeyColumn k = ownerKey.get(i);
            String ref = jc.string("referencedColumnName").filter(x -> !x.isBlank()).orElse(k.name());
            Optional<String> name = jc.string("name").filter(x -> !x.isBlank()).map(JpaEntityReader::unquote);
            if (name.isEmpty()) return;
            if (!child.columns.containsKey(name.get())) {
                TableDraft.ColumnDraft c = new TableDraft.ColumnDraft(name.get(), k.type());
                c.nullable = jc.bool("nullable").orElse(true);
                child.columns.put(name.get(), c);
            }
            columns.add(name.get());
            referenced.add(ref);
        }
        if (columns.isEmpty() || child.foreignKeys.stream().anyMatch(f -> f.columns().equals(columns))) return;
        Optional<String> fkName = j.joinColumns().get(0).annotation("foreignKey").flatMap(x -> x.string("name")).filter(x -> !x.isBlank());
        child.foreignKeys.add(new TableDraft.ForeignKeyDraft(fkName, columns, j.ownerTable(), referenced, j.onDelete(), FkAction.NO_ACTION,
                ModelColumnReader.token(j.line(), 1)));
    }

    private void joinSide(TableDraft table, String referencedTable, List<KeyColumn> referencedKey, String prefix, List<JpaAnnotation> joinColumns,
                          List<String> key, int line) {
        List<String> columns = new ArrayList<>();
        for (int i = 0; i < referencedKey.size(); i++) {
            KeyColumn k = referencedKey.get(i);
            Optional<JpaAnnotation> jc = i < joinColumns.size() ? Optional.of(joinColumns.get(i)) : Optional.empty();
            String name = jc.flatMap(x -> x.string("name")).filter(s -> !s.isBlank()).map(JpaEntityReader::unquote).orElse(prefix + "_" + k.name());
            TableDraft.ColumnDraft c = new TableDraft.ColumnDraft(name, k.type());
            c.nullable = false;
            table.columns.putIfAbsent(name, c);
            columns.add(name);
            key.add(name);
        }
        if (columns.isEmpty()) return;
        Optional<String> fkName = joinColumns.stream().findFirst().flatMap(x -> x.annotation("foreignKey")).flatMap(x -> x.string("name")).filter(s -> !s.isBlank());
        table.foreignKeys.add(new TableDraft.ForeignKeyDraft(fkName, columns, referencedTable, referencedKey.stream().map(KeyColumn::name).toList(),
                FkAction.NO_ACTION, FkAction.NO_ACTION, ModelColumnReader.token(line, 1)));
    }

    /**
     * The ORM side by table. A side without {@code mappedBy} takes its back-reference from the other
     * side's {@code mappedBy} naming it; cascade {@code ALL} with {@code orphanRemoval} reads as
     * SQLAlchemy's {@code all, delete-orphan}.
     */
    Map<String, List<Relationship>> relationships() {
        Map<String, List<Relationship>> out = new LinkedHashMap<>();
        for (RelationshipDraft r : relationships) {
            if (!tables.containsKey(r.table())) continue;
            Optional<String> back = r.mappedBy().or(() -> relationships.stream()
                    .filter(o -> o.table().equals(r.targetTable()) && o.targetTable().equals(r.table()) && o.mappedBy().equals(Optional.of(r.field())))
                    .map(RelationshipDraft::field).findFirst());
            out.computeIfAbsent(r.table(), k -> new ArrayList<>())
                    .add(new Relationship(r.field(), r.targetTable(), r.many(), back, r.cascade(), Optional.of(r.lazy())));
        }
        return out;
    }

    // ---- keys, @Table ----

    /** The key columns of an entity (own, inherited or embedded), as other tables reference them. */
    List<KeyColumn> keyColumns(ClassOrInterfaceDeclaration entity) {
        List<KeyColumn> out = new ArrayList<>();
        for (FieldDeclaration f : fields(entity)) {
            for (VariableDeclarator v : f.getVariables()) {
                if (JpaAnnotation.has(f, "EmbeddedId")) {
                    ClassOrInterfaceDeclaration id = classes.get(JpaTypes.simpleName(v.getType().asString()));
                    if (id == null) continue;
                    for (FieldDeclaration idField : fields(id)) {
                        for (VariableDeclarator iv : idField.getVariables()) keyColumn(idField, iv).ifPresent(out::add);
                    }
                } else if (JpaAnnotation.has(f, "Id")) {
                    keyColumn(f, v).ifPresent(out::add);
                }
            }
        }
        return out;
    }

    private Optional<KeyColumn> keyColumn(FieldDeclaration f, VariableDeclarator v) {
        String simple = JpaTypes.simpleName(v.getType().asString());
        Optional<LogicalType> type = javaEnums.containsKey(simple) ? Optional.of(LogicalType.INTEGER)
                : JpaTypes.basic(v.getType().asString(), false, JpaAnnotation.on(f, "Column"), Optional.empty());
        return type.map(t -> new KeyColumn(columnName(f, v.getNameAsString()), t));
    }

    private void tableArgs(TableDraft table, JpaAnnotation t) {
        for (JpaAnnotation ix : t.annotations("indexes")) {
            Optional<List<String>> columns = columnList(table, ix.string("columnList").orElse(""), ix.line(), ix.expr().toString());
            if (columns.isEmpty()) continue;
            String name = ix.string("name").filter(s -> !s.isBlank()).orElse("idx_" + table.name + "_" + String.join("_", columns.get()));
            if (table.indexes.stream().anyMatch(i -> i.name().equals(name))) {
                warn(ix.line(), ix.expr().toString(), "index " + name + " of " + table.name + " is declared twice; skipped");
                continue;
            }
            table.indexes.add(new dev.schemadesigner.schema.Index(name, columns.get().stream().map(IndexKey::column).toList(),
                    ix.bool("unique").orElse(false), Optional.empty(), List.of(), Optional.empty()));
        }
        for (JpaAnnotation uc : t.annotations("uniqueConstraints")) {
            Optional<List<String>> columns = columnList(table, String.join(",", uc.strings("columnNames")), uc.line(), uc.expr().toString());
            if (columns.isEmpty()) continue;
            table.uniques.add(new TableDraft.UniqueDraft(uc.string("name").filter(s -> !s.isBlank()), columns.get()));
        }
    }

    /** {@code "a, b DESC"}: column names, or a field name whose snake_case is a column. */
    private Optional<List<String>> columnList(TableDraft table, String list, int line, String statement) {
        List<String> out = new ArrayList<>();
        for (String part : list.split(",")) {
            String name = unquote(part.trim().replaceAll("(?i)\\s+(asc|desc)$", "").trim());
            if (name.isEmpty()) continue;
            if (table.columns.containsKey(name)) out.add(name);
            else if (table.columns.containsKey(JpaTypes.snakeCase(name))) out.add(JpaTypes.snakeCase(name));
            else {
                warn(line, statement, table.name + ": " + statement + " names column " + name + ", which the table does not have; skipped");
                return Optional.empty();
            }
        }
        if (out.isEmpty()) {
            warn(line, statement, table.name + ": " + statement + " names no columns; skipped");
            return Optional.empty();
        }
        return Optional.of(out);
    }

    // ---- small readers ----

    private static boolean nullable(FieldDeclaration f, Optional<JpaAnnotation> column) {
        if (JpaAnnotation.has(f, "NotNull") || JpaAnnotation.has(f, "NotBlank") || JpaAnnotation.has(f, "NotEmpty") || JpaAnnotation.has(f, "Nonnull")) return false;
        if (JpaAnnotation.on(f, "Basic").flatMap(b -> b.bool("optional")).map(o -> !o).orElse(false)) return false;
        return column.flatMap(c -> c.bool("nullable")).orElse(true);
    }

    private static String columnName(FieldDeclaration f, String field) {
        return JpaAnnotation.on(f, "Column").flatMap(c -> c.string("name")).filter(s -> !s.isBlank()).map(JpaEntityReader::unquote)
                .orElse(JpaTypes.snakeCase(field));
    }

    private static Optional<String> elementType(Type type) {
        if (!(type instanceof ClassOrInterfaceType c)) return Optional.empty();
        return c.getTypeArguments().filter(a -> !a.isEmpty()).map(a -> JpaTypes.simpleName(a.get(a.size() - 1).asString()));
    }

    /** CascadeType constants as SQLAlchemy cascade words. */
    private static Optional<String> cascade(JpaAnnotation association) {
        Set<String> words = new java.util.LinkedHashSet<>();
        for (String c : association.constants("cascade")) {
            switch (c) {
                case "ALL": words.add("all"); break;
                case "PERSIST": words.add("save-update"); break;
                case "MERGE": words.add("merge"); break;
                case "REMOVE": words.add("delete"); break;
                case "REFRESH": words.add("refresh-expire"); break;
                case "DETACH": words.add("expunge"); break;
                default: break;
            }
        }
        if (association.bool("orphanRemoval").orElse(false)) words.add("delete-orphan");
        return words.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", words));
    }

    private static String lazy(String fetch) { return fetch.equals("EAGER") ? "joined" : "select"; }

    private static FkAction action(String onDeleteAction) {
        try {
            return FkAction.parse(onDeleteAction);
        } catch (IllegalArgumentException e) {
            return FkAction.NO_ACTION;
        }
    }

    private void warnUnread(ClassOrInterfaceDeclaration c, String table) {
        warnUnread(c, table, line(c), "class " + c.getNameAsString());
    }

    private void warnUnread(NodeWithAnnotations<?> node, String object, int line, String statement) {
        for (AnnotationExpr a : node.getAnnotations()) {
            String name = a.getName().getIdentifier();
            if (READ.contains(name) || IRRELEVANT.contains(name)) continue;
            warn(a.getBegin().map(p -> p.line).orElse(line), a.toString(), object + ": @" + name + " is not read; ignored");
        }
    }

    private static int line(com.github.javaparser.ast.Node node) { return node.getBegin().map(p -> p.line).orElse(1); }

    private static String unquote(String name) { return name.replaceAll("[\"`\\[\\]]", "").trim(); }
}

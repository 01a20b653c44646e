package dev.schemadesigner.plan;

import dev.schemadesigner.error.UserFacingException;

import dev.schemadesigner.change.ChangeSet;
import dev.schemadesigner.change.CreateIndex;
import dev.schemadesigner.change.CreateTable;
import dev.schemadesigner.change.Op;
import dev.schemadesigner.plan.EntitySpec.Col;
import dev.schemadesigner.plan.RelationshipPhrases.Kind;
import dev.schemadesigner.plan.RelationshipPhrases.Link;
import dev.schemadesigner.schema.FkAction;
import dev.schemadesigner.schema.Index;
import dev.schemadesigner.schema.LogicalType;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.Table;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The embedded planner: deterministic, offline, no model. Splits the request into sentences and
 * reads each as a change ("add a priority column"), a relationship ("each customer has many
 * orders"), a declared query ("we list tickets by status and date") or a design ("tables for an
 * online shop: …"); designs are assembled first, then changes and queries apply to the result.
 * Anything it cannot turn into a valid change set comes back as a {@link Question}.
 */
public final class RulePlanner implements Planner {

    static final int MAX_MESSAGE_CHARS = 6_000;

    private final EntityCatalogue catalogue;

    public RulePlanner() { this.catalogue = EntityCatalogue.bundled(); }

    @Override
    public Plan plan(PlanRequest request) {
        try {
            return planOrAsk(request);
        } catch (ChangeNotUnderstood e) {
            return ChangeExplanation.question(request.message(), e, suggested -> {
                try {
                    return !planOrAsk(new PlanRequest(suggested, request.current(), request.context())).isQuestion();
                } catch (ChangeNotUnderstood needsMore) {
                    // every name placed; what is left is a detail the next answer asks for
                    return needsMore.unplaced().isEmpty();
                } catch (UserFacingException stillFails) {
                    return false;
                }
            });
        } catch (UserFacingException e) {
            // only what the request got wrong becomes a question; a fault of the planner is a fault (a 500 with an id in the log)
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            // no default to go ahead with: a change that does not apply is not replaced by another the user did not ask for
            return Plan.asking(new Question("I could not turn that into a valid change (" + reason + "). Which table and column do you mean?", ""),
                    "The request did not produce a change set that applies: " + reason);
        }
    }

    private Plan planOrAsk(PlanRequest written) {
        PlanRequest request = new PlanRequest(HintSpelling.correct(written.message()), written.current(), written.context());
        String text = Words.normalize(request.message());
        if (!text.matches("(?s).*[a-z]{2,}.*")) return vague(request, "The request has no words to plan from.");
        if (text.length() > MAX_MESSAGE_CHARS) {
            return Plan.asking(new Question("That is a long message; which tables or which change should I plan, in a sentence or two?",
                            assumption(request.message().substring(0, 200), request.current())),
                    "Requests longer than " + MAX_MESSAGE_CHARS + " characters are not planned as a whole.");
        }
        Schema current = request.current();
        PlanningContext context = request.context();
        DesignRequestParser design = new DesignRequestParser(catalogue, current, context);
        List<String> changesOnly = changesOnly(text, current);
        DesignDraft draft = !changesOnly.isEmpty() ? new DesignDraft(List.of(), changesOnly)
                : RequestReader.read(request.message(), namesAsWritten(current) ? RequestReader.TableNames.AS_WRITTEN : RequestReader.TableNames.PLURAL);
        DraftTables.Result drafted = new DraftTables(current, context, catalogue).tables(draft);
        List<String> changeSentences = new ArrayList<>();
        List<String> querySentences = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        List<RelationshipPhrases.Per> pers = new ArrayList<>();
        Map<String, EntitySpec> specs = new LinkedHashMap<>(drafted.specs());
        List<String> bare = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (String sentence : draft.rest()) {
            if (sentence.isBlank()) continue;
            Optional<String> newTable = changesOnly.isEmpty() ? NewTablePhrase.named(sentence, current, catalogue) : Optional.empty();
            Optional<EntitySpec> named = newTable.flatMap(table -> NewTablePhrase.read(sentence, table, current));
            if (!changesOnly.isEmpty() || ChangeRequestParser.recognizesAmongDesigns(sentence)) changeSentences.add(sentence);
            else if (named.isPresent()) specs.putIfAbsent(named.get().table(), named.get());
            else if (newTable.isPresent() && draft.isEmpty()) bare.add(newTable.get());
            else if (ConnectingWords.PER.matcher(sentence).matches()) {
                RelationshipPhrases.per(sentence).ifPresent(pers::add);
            } else if (RelationshipPhrases.mentionsRelationship(sentence)) {
                RelationshipPhrases.parse(sentence, phrase -> entity(phrase, specs, design, current, context)).ifPresent(links::add);
            } else if (QueryPhrases.clauses(sentence).stream().anyMatch(QueryPhrases::looksLikeAccessPath)) {
                QueryPhrases.clauses(sentence).stream().filter(QueryPhrases::looksLikeAccessPath).forEach(querySentences::add);
            }
            else if (DesignRequestParser.looksLikeDesign(sentence) || design.isEntityList(sentence)) {
                if (!draft.isEmpty() && !design.isEntityList(sentence)) continue;
                var result = design.parse(sentence);
                result.specs().forEach(s -> {
                    if (!drafted.specs().containsKey(s.table())) specs.merge(s.table(), s, (a, b) -> b.columns().size() > a.columns().size() ? b : a);
                });
                bare.addAll(result.withoutColumns());
            }
        }
        notes.addAll(drafted.notes());
        linkIdColumns(specs);
        List<ChangeRequestParser.Change> linkChanges = new ArrayList<>();
        for (Link link : links) applyLink(link, specs, current, context, linkChanges, notes);
        for (RelationshipPhrases.Per per : pers) applyPer(per, specs, design, current, context, linkChanges, notes);

        List<Op> ops = new ArrayList<>();
        List<BackReference> backReferences = new ArrayList<>();
        List<String> queries = new ArrayList<>();
        Schema schema = current;
        List<String> created = List.of();
        if (!specs.isEmpty()) {
            var assembly = new TableAssembler(current, context, catalogue).assemble(List.copyOf(specs.values()));
            ops.addAll(assembly.ops());
            backReferences.addAll(assembly.backReferences());
            queries.addAll(assembly.queries());
            if (!assembly.tables().isEmpty()) {
                notes.add(0, "Creates " + String.join(", ", assembly.tables()) + " with the base-model columns "
                        + context.baseColumns().stream().map(c -> c.name()).toList() + "; every foreign key is indexed.");
            }
            notes.addAll(assembly.notes());
            created = assembly.tables();
            schema = new ChangeSet(ops).apply(schema);
        }
        List<String> requested = specs.keySet().stream().filter(created::contains).toList();
        Optional<String> focus = requested.isEmpty() ? context.focusTable() : Optional.of(requested.get(requested.size() - 1));
        for (ChangeRequestParser.Change change : linkChanges) schema = take(change, ops, backReferences, notes, schema);
        boolean understoodChange = false;
        for (String sentence : changeSentences) {
            var parser = new ChangeRequestParser(schema, current, context.withFocusTable(focus.orElse(null)));
            Optional<ChangeRequestParser.Change> change;
            try {
                change = parser.parse(sentence);
            } catch (ChangeNotUnderstood e) {
                // a message of changes alone is answered with what failed; inside a design, the rest still plans
                if (!changesOnly.isEmpty()) throw e;
                change = Optional.empty();
            }
            if (change.isEmpty()) {
                notes.add("Not understood as a change: \"" + sentence + "\".");
                continue;
            }
            schema = take(change.get(), ops, backReferences, notes, schema);
            focus = Optional.of(change.get().table());
            understoodChange = true;
        }
        for (String sentence : querySentences) {
            TableResolver resolver = new TableResolver(schema, focus);
            List<Table> byFocus = new ArrayList<>(schema.tables());
            focus.flatMap(schema::table).ifPresent(t -> { byFocus.remove(t); byFocus.add(0, t); });
            Optional<QueryPhrases.Query> query = QueryPhrases.parseAccess(sentence, words -> resolver.named(words)
                    .or(() -> DraftTables.resolve(Naming.snake(Words.content(words).isEmpty() ? words : Words.content(words)),
                            resolver.schema().tables().stream().map(Table::name).toList()))
                    .or(() -> design.entityOf(words)).flatMap(resolver.schema()::table), byFocus);
            if (query.isEmpty()) continue;
            queries.add(query.get().sql());
            schema = serveQuery(query.get(), schema, current, context, ops, notes);
        }
        if (ops.isEmpty() && queries.isEmpty() && !understoodChange) {
            if (!bare.isEmpty()) {
                String table = bare.get(0);
                return Plan.asking(new Question("Which columns should " + table + " have?", "Create a " + table + " table with name, description and status"),
                        table + " is not in the catalogue, and the request names no columns for it.");
            }
            if (!changeSentences.isEmpty()) {
                String tables = schema.tables().isEmpty() ? "there are no tables yet"
                        : "the tables are " + String.join(", ", schema.tables().stream().map(t -> t.name()).toList());
                return Plan.asking(new Question("I read \"" + changeSentences.get(0) + "\" as a change, but could not find what it refers to (" + tables
                        + "). Which table and column do you mean?", ""), String.join(" ", notes));
            }
            return vague(request, notes.isEmpty() ? "The request names no tables, columns or changes." : String.join(" ", notes));
        }
        bare.forEach(t -> notes.add(t + " is not planned: it is not in the catalogue and the request names no columns for it."));
        ChangeSet changes = new ChangeSet(ops);
        Identifiers.requireValid(changes.apply(current), current);
        return new Plan(changes, queries, String.join("\n", notes), Optional.empty(), backReferences);
    }

    /**
     * Whether the message reads as changes to {@code current} and names one of its tables or columns
     * ("drop the logo field from brands"): such a message is about the schema whatever a general intent
     * model makes of its words.
     */
    public static boolean readsAsChange(String message, Schema current) {
        if (message == null || message.length() > MAX_MESSAGE_CHARS) return false;
        String text = Words.normalize(message);
        if (changesOnly(text, current).isEmpty()) return false;
        if (new TableResolver(current, Optional.empty()).mentioned(text).isPresent()) return true;
        java.util.Set<String> words = java.util.Set.of(text.split("[^a-z0-9_]+"));
        return current.tables().stream().flatMap(t -> t.columns().stream()).anyMatch(c -> words.contains(c.name()));
    }

    /**
     * A message whose every sentence is a change to an existing schema is read as changes alone, never as a
     * design of the tables it mentions. A sentence that only states the rule for existing rows ("Existing rows
     * become 'normal'.") belongs to the sentence before it.
     */
    private static List<String> changesOnly(String text, Schema current) {
        if (current.tables().isEmpty()) return List.of();
        List<String> sentences = new ArrayList<>();
        for (String s : Words.sentences(text)) {
            boolean qualifies = BackfillRule.present(s) && s.matches("(?:existing|old|current|all|backfill|fill|nulls?|set existing|las filas|bestehende).*")
                    || ChangeForms.SIDE_BY_SIDE.matcher(s).matches() && !ChangeRequestParser.recognizes(s);
            if (!sentences.isEmpty() && qualifies) {
                sentences.set(sentences.size() - 1, sentences.get(sentences.size() - 1) + ", " + s);
            } else {
                sentences.add(s);
            }
        }
        boolean all = sentences.stream().allMatch(s -> ChangeRequestParser.recognizes(s) && !DESIGNS_A_TABLE.matcher(s).matches());
        return all ? sentences : List.of();
    }

    /** A sentence that designs a table with its columns ("create a vendors table with name and email"), not a change to one. */
    private static final java.util.regex.Pattern DESIGNS_A_TABLE = java.util.regex.Pattern.compile(
            ".*\\b(?:create|design|build|model|set up|need|want)\\b.*\\b(?:tables?|schema|database)\\s*(?:for|with|called|named|:|to (?:track|store|hold)).*");

    /** A project whose tables are mostly named in the singular ({@code customer}, {@code purchase_order}) gets new tables named as written. */
    private static boolean namesAsWritten(Schema current) {
        List<String> names = current.tables().stream().map(Table::name).filter(t -> !Naming.plural(t).equals(t) || !Naming.singular(t).equals(t)).toList();
        long singular = names.stream().filter(t -> Naming.singular(t).equals(t)).count();
        return names.size() >= 2 && singular * 2 > names.size();
    }

    private static Schema take(ChangeRequestParser.Change change, List<Op> ops, List<BackReference> refs, List<String> notes, Schema schema) {
        ops.addAll(change.ops());
        refs.addAll(change.backReferences());
        notes.addAll(change.notes());
        return new ChangeSet(change.ops()).apply(schema);
    }

    /** A declared query gets a composite index unless one already leads with its columns. */
    private static Schema serveQuery(QueryPhrases.Query query, Schema schema, Schema current, PlanningContext context, List<Op> ops, List<String> notes) {
        var table = schema.requireTable(query.table());
        Optional<Index> serving = table.indexes().stream().filter(i -> i.leadsWith(query.indexColumns()) && i.where().equals(query.where())).findFirst();
        if (serving.isPresent()) {
            notes.add("Index " + serving.get().name() + " already serves " + query.sql() + ".");
            return schema;
        }
        Optional<String> key = servingKey(table, query.indexColumns());
        if (key.isPresent()) {
            notes.add(key.get() + " already serves " + query.sql() + " (its index is the key's).");
            return schema;
        }
        String name = context.naming().index(query.table(), query.where().isPresent() ? append(query.indexColumns(), "pending") : query.indexColumns());
        Index index = Index.on(name, query.indexColumns().toArray(String[]::new)).withWhere(query.where());
        if (!current.hasTable(query.table())) {
            for (int i = 0; i < ops.size(); i++) {
                if (ops.get(i) instanceof CreateTable c && c.table().name().equals(query.table())) {
                    Table replaced = (query.where().isPresent() ? c.table() : withoutPrefixesOf(c.table(), index)).withIndex(index);
                    ops.set(i, new CreateTable(replaced));
                    notes.add("Index " + name + " serves " + query.sql() + ".");
                    return schema.replaceTable(query.table(), t -> replaced);
                }
            }
        }
        Op op = new CreateIndex(query.table(), index, current.hasTable(query.table()));
        ops.add(op);
        notes.add("Index " + name + " serves " + query.sql() + ".");
        return op.apply(schema);
    }

    /**
     * The primary key or a unique constraint whose index serves the query as one of ours would: it leads with the
     * query's columns, or its columns are the query's first columns in any order (equality on them finds one row).
     */
    private static Optional<String> servingKey(Table table, List<String> queryColumns) {
        List<Map.Entry<String, List<String>>> keys = new ArrayList<>();
        table.primaryKey().ifPresent(pk -> keys.add(Map.entry("The primary key", pk.columns())));
        table.uniques().forEach(u -> keys.add(Map.entry("Unique constraint " + u.name(), u.columns())));
        for (var key : keys) {
            List<String> columns = key.getValue();
            boolean leads = columns.size() >= queryColumns.size() && columns.subList(0, queryColumns.size()).equals(queryColumns);
            boolean pins = columns.size() <= queryColumns.size() && new HashSet<>(queryColumns.subList(0, columns.size())).equals(new HashSet<>(columns));
            if (leads || pins) return Optional.of(key.getKey());
        }
        return Optional.empty();
    }

    private static List<String> append(List<String> list, String item) {
        List<String> out = new ArrayList<>(list);
        out.add(item);
        return out;
    }

    /** A new table does not need a shorter index the composite one starts with (the foreign key stays covered). */
    private static Table withoutPrefixesOf(Table table, Index index) {
        Table out = table;
        for (Index existing : table.indexes()) {
            if (!existing.unique() && existing.where().isEmpty() && !existing.hasExpressions() && index.leadsWith(existing.columnNames())) {
                out = out.withoutIndex(existing.name());
            }
        }
        return out;
    }

    /** {@code customer_id} in one table of the request references {@code customers} designed in the same request. */
    private void linkIdColumns(Map<String, EntitySpec> specs) {
        List<String> tables = List.copyOf(specs.keySet());
        for (EntitySpec spec : List.copyOf(specs.values())) {
            EntitySpec linked = spec;
            for (Col col : spec.columns()) {
                Optional<String> target = DesignRequestParser.referencedTable(col, tables, catalogue);
                if (target.isPresent() && !target.get().equals(spec.table())) {
                    linked = linked.withColumn(col.withFk(new EntitySpec.Fk(target.get(), FkAction.RESTRICT, Optional.empty())));
                } else if (target.isPresent() && !col.name().equals(Naming.singular(spec.table()) + "_id")) {
                    // a role-named key to its own table (parent_task_id on tasks) is a self-reference: optional, the root has none
                    linked = linked.withColumn(col.withNullable(true).withFk(new EntitySpec.Fk(target.get(), FkAction.SET_NULL, Optional.empty())));
                }
            }
            specs.put(spec.table(), linked);
        }
    }

    /**
     * "one X per Y (per Z)": each Y that is a column of X ("per year") stays that column; each other Y is an entity X gets a
     * required key to; with "one", those columns are unique together.
     */
    /** The child's own column a "per" word means: its name, a column it starts or ends ("slot" → slot_number), "day" → its one date. */
    private static Optional<String> ownColumn(EntitySpec child, String word) {
        List<Col> columns = child.columns();
        for (Col c : columns) if (c.name().equals(word)) return Optional.of(c.name());
        List<Col> partial = columns.stream().filter(c -> c.fk().isEmpty() && (c.name().startsWith(word + "_") || c.name().endsWith("_" + word))).toList();
        if (partial.size() == 1) return Optional.of(partial.get(0).name());
        if (word.matches("day|date|night|fecha|dia|jour|tag|datum")) {
            List<Col> dates = columns.stream().filter(c -> c.type() instanceof dev.schemadesigner.schema.LogicalType.Date).toList();
            if (dates.size() == 1) return Optional.of(dates.get(0).name());
        }
        return Optional.empty();
    }

    private void applyPer(RelationshipPhrases.Per per, Map<String, EntitySpec> specs, DesignRequestParser design, Schema current,
                          PlanningContext context, List<ChangeRequestParser.Change> changes, List<String> notes) {
        Optional<String> childTable = entity(per.child(), specs, design, current, context);
        if (childTable.isEmpty() || !specs.containsKey(childTable.get())) return;
        String table = childTable.get();
        List<String> keys = new ArrayList<>();
        for (String words : per.per()) {
            String column = AttributeReader.name(Words.content(words).isEmpty() ? words : Words.content(words));
            Optional<String> own = ownColumn(specs.get(table), column);
            if (own.isPresent()) {
                keys.add(own.get());
                continue;
            }
            Optional<String> parent = entity(words, specs, design, current, context);
            if (parent.isEmpty() || parent.get().equals(table)) return;
            applyLink(new Link(Kind.ONE_TO_MANY, parent.get(), table, Naming.singular(parent.get()) + "_id", false, FkAction.CASCADE, Optional.empty()),
                    specs, current, context, changes, notes);
            specs.get(table).columns().stream().filter(c -> c.fk().map(f -> f.table().equals(parent.get())).orElse(false))
                    .map(Col::name).findFirst().ifPresent(keys::add);
        }
        EntitySpec child = specs.get(table);
        if (!per.one() || keys.size() != per.per().size()) return;
        if (keys.size() == 1) {
            specs.put(table, child.withColumn(child.columns().stream().filter(c -> c.name().equals(keys.get(0))).findFirst().get().withUnique(true)));
        } else {
            List<EntitySpec.Idx> indexes = new ArrayList<>(child.indexes());
            indexes.add(new EntitySpec.Idx(Optional.empty(), keys, true, Optional.empty()));
            specs.put(table, child.withIndexes(indexes));
        }
        notes.add("One " + Naming.singular(table) + " per " + String.join(" and ", per.per()) + ": " + String.join(", ", keys)
                + (keys.size() == 1 ? " is unique." : " are unique together."));
    }

    private void applyLink(Link link, Map<String, EntitySpec> specs, Schema current, PlanningContext context,
                           List<ChangeRequestParser.Change> changes, List<String> notes) {
        LogicalType key = context.primaryKey().type();
        if (link.kind() == Kind.MANY_TO_MANY) {
            EntitySpec left = specs.get(link.parent());
            if (left != null) specs.put(left.table(), left.withManyToMany(link.child()));
            else if (specs.containsKey(link.child())) specs.put(link.child(), specs.get(link.child()).withManyToMany(link.parent()));
            else {
                String table = Naming.fit(Naming.singular(link.parent()) + "_" + link.child());
                String a = Naming.singular(link.parent()) + "_id";
                String b = Naming.singular(link.child()) + "_id";
                specs.put(table, EntitySpec.of(table, List.of(
                        Col.of(a, key, false).withFk(new EntitySpec.Fk(link.parent(), FkAction.CASCADE, Optional.empty())),
                        Col.of(b, key, false).withFk(new EntitySpec.Fk(link.child(), FkAction.CASCADE, Optional.empty()))))
                        .withPrimaryKey(List.of(a, b)));
            }
            return;
        }
        EntitySpec child = specs.get(link.child());
        Optional<String> backref = link.kind() == Kind.SELF ? link.backref() : Optional.empty();
        if (child != null) {
            Optional<Col> existing = child.columns().stream().filter(c -> c.fk().map(f -> f.table().equals(link.parent())).orElse(false)).findFirst();
            if (existing.isPresent() && link.kind() != Kind.SELF) {
                notes.add(child.table() + "." + existing.get().name() + " already references " + link.parent() + " (ON DELETE "
                        + existing.get().fk().get().onDelete().sql() + "); that is kept.");
                return;
            }
            specs.put(child.table(), child.withColumn(Col.of(link.column(), key, link.optional())
                    .withFk(new EntitySpec.Fk(link.parent(), link.onDelete(), backref))));
        } else if (current.hasTable(link.child())) {
            boolean referenced = current.requireTable(link.child()).foreignKeys().stream().anyMatch(f -> f.referencedTable().equals(link.parent()));
            if (!referenced || link.kind() == Kind.SELF) {
                changes.add(new ChangeRequestParser(current, current, context).addReference(link.child(), link.column(), link.parent(),
                        link.kind() == Kind.SELF ? link.onDelete() : FkAction.SET_NULL));
            }
        } else {
            notes.add("There is no " + link.child() + " table to link to " + link.parent() + ".");
        }
    }

    /** An entity a relationship sentence names: one of the design's, an existing table, or a catalogue entity (added to the design). */
    private Optional<String> entity(String phrase, Map<String, EntitySpec> specs, DesignRequestParser design, Schema current, PlanningContext context) {
        String snake = AttributeReader.name(Words.content(phrase).isEmpty() ? phrase : Words.content(phrase));
        Optional<String> drafted = DraftTables.resolve(snake, List.copyOf(specs.keySet()));
        if (drafted.isPresent()) return drafted;
        Optional<String> existing = DraftTables.projectTable(current, snake);
        if (existing.isPresent()) return existing;
        Optional<String> table = design.entityOf(phrase);
        if (table.isEmpty()) {
            table = DesignRequestParser.newTableName(phrase);
            table.filter(t -> !specs.containsKey(t)).ifPresent(t -> specs.put(t, EntitySpec.starter(t)));
            return table;
        }
        table.filter(t -> !specs.containsKey(t) && !current.hasTable(t))
                .flatMap(t -> catalogue.entity(t, context.timestampType())).ifPresent(spec -> specs.put(spec.table(), spec));
        return table;
    }

    /**
     * Nothing identifiable: the question quotes the request and offers choices built from its own words and the project's
     * tables — never an unrelated example domain.
     */
    private static Plan vague(PlanRequest request, String why) {
        String message = request.message() == null ? "" : request.message();
        String quote = message.replaceAll("\\s+", " ").trim();
        if (quote.length() > 80) quote = quote.substring(0, 79).trim() + "…";
        List<String> subjects = subjects(message);
        List<String> tables = request.current().tables().stream().map(Table::name).limit(3).toList();
        List<String> choices = new ArrayList<>();
        if (!subjects.isEmpty()) choices.add("tables for " + String.join(", ", subjects));
        if (!tables.isEmpty()) choices.add("a change to " + String.join(", ", tables));
        String text = (quote.isEmpty() ? "The request is empty" : "You wrote \"" + quote + "\"") + "; I could not tell which tables or columns it means. "
                + (choices.isEmpty() ? "Which tables should the design have, and which columns in each?"
                : "Do you mean " + String.join(", or ", choices) + " — and which columns should they have?");
        return Plan.asking(new Question(text, assumption(message, request.current())), why);
    }

    /** What "go ahead" would plan: a table for each subject word of the request, else a notes table on the project's first table. */
    static String assumption(String message, Schema current) {
        List<String> subjects = subjects(message == null ? "" : message);
        if (!subjects.isEmpty()) return String.join("; ", subjects.stream().map(t -> t + " (name, description)").toList());
        Optional<String> first = current.tables().stream().map(Table::name).findFirst();
        if (first.isPresent()) return "notes (" + Naming.singular(first.get()) + "_id references " + first.get() + ", body)";
        return "items (name, description)";
    }

    /** Up to three words of the request that could name what it is about ("a database for a bakery" → bakeries). */
    private static List<String> subjects(String message) {
        List<String> out = new ArrayList<>();
        for (String word : Words.normalize(message).split("[^\\p{L}_]+")) {
            if (word.length() < 3 || Words.FILLER.contains(word) || VAGUE_WORDS.contains(word) || !word.matches("[a-z_]+")) continue;
            String table = Naming.plural(Naming.singular(word));
            if (!out.contains(table)) out.add(table);
            if (out.size() == 3) break;
        }
        return out;
    }

    /** Words of a vague request that say nothing about its subject. */
    private static final java.util.Set<String> VAGUE_WORDS = java.util.Set.of("something", "stuff", "things", "thing", "everything", "anything", "good", "nice", "great", "cool", "quick", "just", "whatever", "there",
            "here", "what", "how", "when", "why", "who", "about", "from", "into", "your", "their", "them", "they", "have",
            "has", "had", "was", "were", "will", "not", "but", "any", "way", "lorem", "ipsum", "dolor", "amet", "select",
            "where", "hello", "thanks", "thank", "yes", "okay", "maybe", "idea", "ideas", "better", "works", "work", "project", "projects",
            "website", "site", "platform", "service", "backend", "startup", "company", "business", "tool", "thingy", "mine", "one", "two", "does",
            "doing", "done", "going", "get", "got", "use", "using", "used");
}

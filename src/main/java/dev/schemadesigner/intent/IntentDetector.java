package dev.schemadesigner.intent;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Decides whether a message is about schema design and which {@link IntentKind} it is.
 *
 * <p>Two kinds of evidence are added up: lexical signals from the {@link Lexicon} (multilingual,
 * typo-tolerant, order-free; off-topic senses of shared words count against) plus pasted schema
 * code ({@link PastedCode}), and the meaning of the message as the distance of its embedding to
 * exemplar sentences per kind ({@link PrototypeIndex}). The message is embedded in its canonical
 * English form, so typos and other languages reach the English-only model already translated.
 * Every weight is in {@link IntentThresholds}.
 *
 * <p>A message whose lexical evidence decides it whatever the embedding could say (the widest
 * similarity gaps of {@link PrototypeIndex} bound its say) is answered without embedding it; so is
 * any message while the model is still loading in the background, once it has waited the bounded
 * time the detector was started with. Answers are kept for repeated texts (least recently used go).
 */
public final class IntentDetector {

    private static final List<IntentKind> SCHEMA_KINDS = List.of(IntentKind.DESIGN, IntentKind.CHANGE,
            IntentKind.MIGRATION, IntentKind.REVIEW, IntentKind.PERFORMANCE, IntentKind.NORMALIZATION);

    /** In canonical text: a table that is created ("add a new table", "new table add"). */
    private static final Pattern TABLE_AS_OBJECT = Pattern.compile(
            "\\b(add|new|create|design)( \\w+){0,2} tables?\\b|\\btables? (\\w+ )?(add|new|create|design)\\b");
    /** In canonical text: an existing table that is changed ("... to the tickets table", "on that model"). */
    private static final Pattern TABLE_AS_TARGET = Pattern.compile(
            "\\b(add|store|drop)\\b.* \\b(to|on|in|into|from)( the| that| this| our| my| each| every)?( \\w+)? (table|model)\\b");

    /**
     * In raw text: an index whose columns are named ("index by category and severity", "unique index on
     * tenant_id + email", "índice por categoría"), which only a database index has; a search index is
     * built over documents, a book's index has pages.
     */
    private static final Pattern INDEX_ON_COLUMNS = Pattern.compile(
            "(?iu)\\b(?:index|indexes|indices|índice|índices|indice|indizes)\\b[^.?!\\n]{0,40}?"
                    + "\\b(?:on|by|over|por|sobre|auf|über|nach|sur|par|em|pelo|pela)\\s+(?!(?:the|a|an|this|that|our|my|unserer|unsere|der|die|dem|den"
                    + "|la|el|los|las|le|les|os|as|mi|mis|ma|mon|mes|notre|nos|meu|minha|nuestra|nuestro)\\b)[\\p{L}_(]");
    /**
     * In raw text: a column added to, dropped from or changed on a named table ("add a website column to vendors",
     * "drop the logo field from brands"): the words before "column" name the column, whatever else they mean.
     */
    private static final Pattern COLUMN_ON_TABLE = Pattern.compile(
            "(?iu)\\b(?:add|drop|remove|rename|make|change|alter|añade|agrega|elimina|füge|entferne|ajoute|supprime|adicione|remova)\\b"
                    + "[^.?!\\n]{0,50}?\\b(?:column|columns|field|fields|columna|spalte|colonne|coluna|campo)\\b[^.?!\\n]{0,20}?"
                    + "\\b(?:to|from|on|in|of|a|de|zu|von|à|em|da|do|en)\\s+(?!(?:the|a|an|this|that|our|my|la|el|die|der|le|les|o)\\b)[`\"]?[\\p{L}_][\\p{L}\\p{N}_.]*");
    /** In raw text: numbered columns of one thing (phone1, phone2; product_1, product_2): a repeating group, 1NF. */
    private static final Pattern REPEATING_GROUP = Pattern.compile("(?i)\\b([a-z]+)_?1\\b.*\\b\\1_?2\\b");
    /** In canonical text: a question ("should I…", "which…", "…?"): advice is wanted, not a change made. */
    private static final Pattern QUESTION = Pattern.compile(
            "\\bhow (do|can|should|to|would)\\b|^(should|which|what|how|do|does|is|are|can|could|would|why|when|wie|welche|welcher|soll|sollte|cual|que|quel|quelle|qual|como)\\b");

    private record Trigger(String phrase, Set<String> concepts) {
    }

    /** Every similarity equal: the embedding says nothing for or against any kind. */
    private static final Map<IntentKind, Double> NO_EMBEDDING = neutralSimilarities();
    private static final int CACHED_ANSWERS = 4096;
    /** Longer texts are not kept: repeats are short questions, and the cache stays small. */
    private static final int CACHED_TEXT_CHARS = 2000;

    /**
     * What the words of a message say, before the embedding is asked: the score without the embedding's say,
     * and what the kind vote needs.
     */
    private record Evidence(String text, Lexicon.Analysis request, PastedCode code, String embedded, double trust,
                            double lexicalScore, boolean embeddingMayOnlyLower, boolean describesTables,
                            boolean indexOnColumns, boolean namedColumn, boolean copiesData) {
    }

    private final Lexicon lexicon;
    private final Supplier<PrototypeIndex> prototypes;
    private final IntentThresholds thresholds;
    private final List<Trigger> triggers;
    private final CompletableFuture<PrototypeIndex> model = new CompletableFuture<>();
    /** Unset: a message waits for the model as long as loading takes (and loads it when no one has). */
    private volatile Optional<Duration> modelWait = Optional.empty();
    private final Map<String, Intent> answers = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Intent> eldest) {
            return size() > CACHED_ANSWERS;
        }
    });

    public IntentDetector(List<Skill> skills) {
        this(skills, IntentThresholds.DEFAULT);
    }

    public IntentDetector(List<Skill> skills, IntentThresholds thresholds) {
        this(skills, thresholds, PrototypeIndex::shared);
    }

    IntentDetector(List<Skill> skills, IntentThresholds thresholds, Supplier<PrototypeIndex> prototypes) {
        this.lexicon = Lexicon.load();
        this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
        this.prototypes = Objects.requireNonNull(prototypes, "prototypes");
        List<Trigger> list = new ArrayList<>();
        for (Skill skill : skills) {
            for (String phrase : skill.triggers()) {
                Set<String> concepts = lexicon.conceptsOf(phrase);
                if (!concepts.isEmpty()) {
                    list.add(new Trigger(phrase, concepts));
                }
            }
        }
        this.triggers = List.copyOf(list);
    }

    /** A detector for the skills in {@code ./skills} or, failing that, those packaged in the jar. */
    public static IntentDetector withDefaultSkills() {
        return new IntentDetector(SkillLoader.loadDefault());
    }

    /** Loads the embedding model and embeds the exemplars now instead of on the first message. */
    public void warmUp() {
        try {
            model.complete(prototypes.get());
        } catch (RuntimeException | Error e) {
            model.completeExceptionally(e);
            throw e;
        }
    }

    /**
     * Loads the embedding model on a daemon thread of its own and returns that thread at once. Until the model is
     * loaded, a message the words decide alone is answered at once, any other waits at most {@code wait} for it and
     * is then answered from the words alone.
     */
    public Thread warmUpInBackground(Duration wait) {
        modelWait = Optional.of(wait);
        Thread thread = new Thread(this::warmUp, "intent-model-warm-up");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    public Intent detect(String text) {
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            return Intent.none(1.0);
        }
        Intent cached = answers.get(text);
        if (cached != null) {
            return cached;
        }
        Evidence evidence = evidence(text);
        Optional<Intent> decided = lexicalAnswer(evidence);
        if (decided.isPresent()) {
            return remember(text, decided.get());
        }
        Optional<PrototypeIndex> index = loadedModel();
        if (index.isEmpty()) {
            // still loading after the bounded wait: the words' best guess, not kept, so a repeat gets the full answer
            return decide(evidence, NO_EMBEDDING);
        }
        return remember(text, decide(evidence, index.get().similarities(evidence.embedded())));
    }

    /** The answer from the words alone when the embedding could not change whether or which kind, else empty. */
    Optional<Intent> lexicalAnswer(String text) {
        return text.isBlank() ? Optional.of(Intent.none(1.0)) : lexicalAnswer(evidence(text));
    }

    /** The answer with the embedding asked, decisive or not (what a lexical answer must agree with). */
    Intent embeddedAnswer(String text) {
        Evidence evidence = evidence(text);
        return decide(evidence, loadedModel().orElseThrow().similarities(evidence.embedded()));
    }

    private Intent remember(String text, Intent intent) {
        if (text.length() <= CACHED_TEXT_CHARS) {
            answers.put(text, intent);
        }
        return intent;
    }

    private Optional<PrototypeIndex> loadedModel() {
        if (model.isDone()) {
            return Optional.of(model.join());
        }
        Optional<Duration> wait = modelWait;
        if (wait.isEmpty()) {
            warmUp();
            return Optional.of(model.join());
        }
        try {
            return Optional.of(model.get(wait.get().toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException e) {
            throw new IllegalStateException("the intent embedding model did not load: " + e.getCause().getMessage(), e.getCause());
        }
    }

    private Optional<Intent> lexicalAnswer(Evidence e) {
        IntentThresholds t = thresholds;
        double mostFor = e.embeddingMayOnlyLower() ? 0 : e.trust() * t.embeddingWeight() * PrototypeIndex.WIDEST_SCHEMA_LEAD;
        double mostAgainst = e.trust() * t.embeddingWeight() * PrototypeIndex.WIDEST_NONE_LEAD;
        if (e.lexicalScore() + mostFor < t.schemaThreshold()) {
            return Optional.of(decide(e, NO_EMBEDDING));
        }
        if (e.lexicalScore() - mostAgainst < t.schemaThreshold()) {
            return Optional.empty();
        }
        if (reviewsPastedCode(e)) {
            return Optional.of(decide(e, NO_EMBEDDING));
        }
        // the embedding lowers each kind's vote by at most the widest gap between kinds' closest exemplars
        Map<IntentKind, Double> votes = kindVotes(e, NO_EMBEDDING, 0);
        IntentKind kind = strongest(votes);
        double runnerUp = SCHEMA_KINDS.stream().filter(k -> k != kind).mapToDouble(votes::get).max().orElse(0);
        double mostKindSay = e.trust() * t.kindEmbeddingWeight() * PrototypeIndex.WIDEST_KIND_GAP;
        return votes.get(kind) - mostKindSay > runnerUp ? Optional.of(decide(e, NO_EMBEDDING)) : Optional.empty();
    }

    private Evidence evidence(String text) {
        IntentThresholds t = thresholds;
        Lexicon.Analysis lexical = lexicon.analyze(text);
        PastedCode code = PastedCode.in(text);
        // with code pasted, the words around it say what is wanted; the code itself says "schema"
        Lexicon.Analysis request = code == PastedCode.NONE ? lexical : lexicon.analyze(PastedCode.prose(text));
        String embedded = request.canonicalText().isBlank() ? lexical.canonicalText() : request.canonicalText();
        // the embedding model reads English only: in another language its verdict counts for less
        double trust = t.foreignEmbeddingTrust()
                + (1 - t.foreignEmbeddingTrust()) * EnglishShare.of(code == PastedCode.NONE ? text : PastedCode.prose(text));

        boolean createsTable = TABLE_AS_OBJECT.matcher(lexical.canonicalText()).find();
        // "create a table for meetings with title, starts_at and room", "users: id, email, created_at",
        // "tickets(id, title, status)", "tables for members, courses and bookings": tables with their contents
        boolean tableWithColumns = (createsTable && ColumnDescription.in(text, lexicon))
                || (code == PastedCode.NONE && (laysOutTables(text, lexical) || Cues.tablesForList(text)));
        boolean indexOnColumns = code == PastedCode.NONE && INDEX_ON_COLUMNS.matcher(text).find();
        // "drop the logo field from brands", "articles.status should default to …": a column of a named table
        int dottedNames = code == PastedCode.NONE ? Cues.dottedNames(text) : 0;
        boolean namesColumn = code == PastedCode.NONE
                && (COLUMN_ON_TABLE.matcher(text).find() || Cues.columnStatement(text) || dottedNames > 0);
        boolean relatesData = Cues.eachHas(lexical.canonicalText());
        boolean modelsList = code == PastedCode.NONE && Cues.modelWithList(lexical.canonicalText());
        boolean copiesData = Cues.copyBetween(lexical.canonicalText());
        // "slow" with a query or an index: database performance, where "slow" alone may be a laptop
        boolean slowQuery = lexical.hint(IntentKind.PERFORMANCE) >= 1.0;
        int names = lexical.names() + dottedNames;
        double schemaWords = lexical.schemaScore()
                + (createsTable ? t.tableCreationBonus() : 0)
                + (tableWithColumns ? t.columnListBonus() : 0)
                + (indexOnColumns ? t.indexColumnsBonus() : 0)
                + (namesColumn ? t.namedColumnBonus() : 0)
                + (relatesData ? t.relationSentenceBonus() : 0)
                + (modelsList || copiesData || slowQuery || judgesOwnSchema(PastedCode.prose(text), request) ? t.shapeBonus() : 0)
                + (names > 0 ? t.identifierBonus() : 0);
        // a word like "podcast" or "website" argues against schema talk only when little else argues for it,
        // and not at all once the message spells out the columns of a table to create or names a table's column
        boolean namesSchemaObject = namesColumn || (names > 0 && (lexical.has("table") || changesParts(lexical)));
        double offTopic = tableWithColumns || namesSchemaObject ? 0
                : lexical.offTopicScore() * (schemaWords >= t.clearSchemaWords() ? 0.5 : 1.0);
        // backups, grants, pools, search indexes, schema.org, version upgrades: database work that is not schema
        // design names databases by nature, so database words do not discount it; only columns laid out or code do
        double otherSense = tableWithColumns || code.isSchemaCode() ? 0
                : lexical.otherSenseScore() + (Cues.versionUpgrade(text) ? t.versionUpgradeWeight() : 0);
        double lexicalScore = Math.min(schemaWords, t.lexicalCap())
                - t.offTopicWeight() * (offTopic + otherSense)
                + (code == PastedCode.NONE ? 0 : t.codeBonus());
        // the exemplars cannot tell a pandas column from a table's: once the words argue more for another sense than
        // for schema talk, the embedding may argue against schema talk but not for it
        boolean embeddingMayOnlyLower = otherSense > 0 && otherSense >= schemaWords;
        return new Evidence(text, request, code, embedded, trust, lexicalScore, embeddingMayOnlyLower,
                tableWithColumns || relatesData || modelsList, indexOnColumns,
                dottedNames > 0 || (code == PastedCode.NONE && names > 0 && lexical.has("type")), copiesData);
    }

    private Intent decide(Evidence e, Map<IntentKind, Double> sims) {
        IntentThresholds t = thresholds;
        double bestSchemaSim = SCHEMA_KINDS.stream().mapToDouble(sims::get).max().orElse(-1);
        double embeddingSays = e.trust() * t.embeddingWeight() * (bestSchemaSim - sims.get(IntentKind.NONE));
        if (e.embeddingMayOnlyLower()) {
            embeddingSays = Math.min(0, embeddingSays);
        }
        double score = e.lexicalScore() + embeddingSays;
        double schemaProbability = logistic(t.confidenceSlope() * (score - t.schemaThreshold()));
        if (score < t.schemaThreshold()) {
            return Intent.none(round(1 - schemaProbability));
        }

        Map<IntentKind, Double> votes = kindVotes(e, sims, bestSchemaSim);
        IntentKind kind = strongest(votes);
        if (reviewsPastedCode(e)) {
            // "review this migration: ALTER TABLE …", "revisa esta migración: op.drop_table(…)": the pasted code
            // is what is to be looked over, whatever kind of code it is and whatever the words call it
            kind = IntentKind.REVIEW;
        }
        double share = softmaxShare(votes, kind);
        double confidence = schemaProbability * (0.5 + 0.5 * share);
        return new Intent(true, kind, round(confidence), trigger(e.request().concepts()));
    }

    private static boolean reviewsPastedCode(Evidence e) {
        return e.code().isSchemaCode() && e.request().hint(IntentKind.REVIEW) >= 0.5;
    }

    /** The kind with the highest vote; of equal votes the one listed first. */
    private static IntentKind strongest(Map<IntentKind, Double> votes) {
        IntentKind kind = IntentKind.DESIGN;
        for (IntentKind k : SCHEMA_KINDS) {
            if (votes.get(k) > votes.get(kind)) {
                kind = k;
            }
        }
        return kind;
    }

    private Map<IntentKind, Double> kindVotes(Evidence e, Map<IntentKind, Double> sims, double bestSchemaSim) {
        return kindVotes(e.text(), e.request(), e.code(), sims, e.trust() * thresholds.kindEmbeddingWeight(), bestSchemaSim,
                e.describesTables(), e.indexOnColumns(), e.namedColumn(), e.copiesData());
    }

    private Map<IntentKind, Double> kindVotes(String text, Lexicon.Analysis lexical, PastedCode code, Map<IntentKind, Double> sims,
                                              double embeddingWeight, double bestSchemaSim, boolean tableWithColumns,
                                              boolean indexOnColumns, boolean namedColumn, boolean copiesData) {
        Map<IntentKind, Double> votes = new EnumMap<>(IntentKind.class);
        for (IntentKind k : SCHEMA_KINDS) {
            votes.put(k, lexical.hint(k) + embeddingWeight * (sims.get(k) - bestSchemaSim));
        }
        double strongestHint = votes.keySet().stream().mapToDouble(lexical::hint).max().orElse(0);
        String canonical = lexical.canonicalText();
        boolean question = asks(text, canonical);
        if (code == PastedCode.MIGRATION) {
            votes.merge(IntentKind.MIGRATION, thresholds.migrationCodeHint(), Double::sum);
        } else if (code == PastedCode.QUERY) {
            votes.merge(IntentKind.PERFORMANCE, thresholds.codeKindHint(), Double::sum);
        } else if (code != PastedCode.NONE && strongestHint < 0.6) {
            // pasted DDL or models with no other request in words: look them over
            votes.merge(IntentKind.REVIEW, thresholds.codeKindHint(), Double::sum);
        }
        // "add a (new) table for X" creates a table; "add X to the orders table" changes one
        // ... unless the columns named are those of the new table ("create a table for X with fields a, b")
        // "how do I rename a column safely?", "should this be two migrations?", "… on a 2 billion row table",
        // "copy emails from the legacy table into users": how to carry a change out over data, not the change itself
        boolean carriesOut = (question && lexical.hint(IntentKind.MIGRATION) >= 0.6)
                || (Cues.rowCount(text) && changesParts(lexical) && lexical.hint(IntentKind.PERFORMANCE) < 0.8) || copiesData;
        if (carriesOut) {
            votes.merge(IntentKind.MIGRATION, thresholds.carryingOutHint(), Double::sum);
        } else if (TABLE_AS_TARGET.matcher(canonical).find() || Cues.thatTable(canonical)
                || ((changesParts(lexical) || namedColumn || Cues.ownSchema(text)) && !tableWithColumns)) {
            votes.merge(IntentKind.CHANGE, 0.5, Double::sum);
        } else if (TABLE_AS_OBJECT.matcher(canonical).find()) {
            votes.merge(IntentKind.DESIGN, 0.6, Double::sum);
        }
        // tables laid out with their columns, or how many of one thing another has, and nothing else asked of
        // them: a design, however little prose the embedding has to go on ("users: id, email, created_at",
        // "every comment belongs to a post")
        boolean describesData = tableWithColumns || lexical.has("has_many") || lexical.has("belongs_to");
        boolean otherKindNamed = SCHEMA_KINDS.stream().anyMatch(k -> k != IntentKind.DESIGN && lexical.hint(k) >= 0.8)
                || (question && lexical.hint(IntentKind.REVIEW) >= 0.5);
        if (describesData && !otherKindNamed) {
            votes.merge(IntentKind.DESIGN, thresholds.columnListDesignHint(), Double::sum);
        }
        // "write the migration that adds …", "escribe una migración que …": whatever it does, a migration is wanted
        if (Cues.migrationAsked(canonical)) {
            votes.merge(IntentKind.MIGRATION, thresholds.migrationAskedHint(), Double::sum);
        }
        // "are my foreign keys sensible?", "qu'est-ce qui ne va pas dans mon schéma ?": the writer's own schema, judged
        if (judgesOwnSchema(text, lexical)) {
            votes.merge(IntentKind.REVIEW, thresholds.ownSchemaReviewHint(), Double::sum);
        }
        if (REPEATING_GROUP.matcher(text).find()) {
            votes.merge(IntentKind.NORMALIZATION, thresholds.repeatingGroupHint(), Double::sum);
        }
        // "index by category and severity" asks for that index; "should I index by …?" or "… is slow" asks for advice
        if (indexOnColumns && !question && lexical.hint(IntentKind.PERFORMANCE) < 0.9 && lexical.hint(IntentKind.REVIEW) < 0.9) {
            votes.merge(IntentKind.CHANGE, thresholds.indexColumnsChangeHint(), Double::sum);
        }
        return votes;
    }

    /** A question with review words about the writer's own schema: "are my foreign keys sensible?", "o que está errado no meu modelo?" */
    private static boolean judgesOwnSchema(String text, Lexicon.Analysis lexical) {
        return asks(text, lexical.canonicalText()) && Cues.possessive(text) && lexical.hint(IntentKind.REVIEW) >= 0.5;
    }

    /** A question: a question mark in the text (the canonical text has no punctuation) or a question word opening it. */
    private static boolean asks(String text, String canonical) {
        return text.contains("?") || QUESTION.matcher(canonical).find();
    }

    private static boolean laysOutTables(String text, Lexicon.Analysis lexical) {
        EntityList.Strength strength = EntityList.in(text);
        return strength == EntityList.Strength.TABLES || (strength == EntityList.Strength.LISTED && lexical.schemaScore() >= 0.25);
    }

    private static boolean changesParts(Lexicon.Analysis lexical) {
        return lexical.has("column") || lexical.has("constraint") || lexical.has("nullable");
    }

    /** The skill trigger whose concepts the message holds: all of them, or all but one of three or more. */
    private Optional<String> trigger(Set<String> concepts) {
        Trigger best = null;
        double bestScore = 0;
        for (Trigger trigger : triggers) {
            long matched = trigger.concepts().stream().filter(concepts::contains).count();
            int size = trigger.concepts().size();
            boolean accepted = matched == size || (size >= 3 && matched >= size - 1);
            double score = matched + (matched == size ? 0.5 : 0);
            if (accepted && score > bestScore) {
                best = trigger;
                bestScore = score;
            }
        }
        return best == null ? Optional.empty() : Optional.of(best.phrase());
    }

    private static double softmaxShare(Map<IntentKind, Double> votes, IntentKind kind) {
        double sum = 0;
        for (IntentKind k : SCHEMA_KINDS) {
            sum += Math.exp(2 * votes.get(k));
        }
        return Math.exp(2 * votes.get(kind)) / sum;
    }

    private static Map<IntentKind, Double> neutralSimilarities() {
        Map<IntentKind, Double> sims = new EnumMap<>(IntentKind.class);
        for (IntentKind k : IntentKind.values()) {
            sims.put(k, 0.0);
        }
        return Map.copyOf(sims);
    }

    private static double logistic(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    private static double round(double x) {
        return Math.round(Math.max(0, Math.min(1, x)) * 1000) / 1000.0;
    }
}

package dev.schemadesigner.plan;

import dev.schemadesigner.intent.Skill;
import dev.schemadesigner.intent.SkillLoader;
import dev.schemadesigner.json.Json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The model planner's prompts, read from {@code prompts/} on the classpath (packaged like
 * {@code skills/}): the fixed system message (system.md plus the skill's summary and checklist),
 * the per-turn request (plan.md) and the repair turn (repair.md). Placeholders are
 * {@code {{name}}}; one left unfilled is a programming error, not something to send a model.
 */
public final class PlanPrompts {

    public static final String ROOT = "prompts/";
    public static final String SYSTEM = "system.md";
    public static final String PLAN = "plan.md";
    public static final String REPAIR = "repair.md";
    /** Every prompt the planner uses; a test checks each is packaged. */
    public static final List<String> ALL = List.of(SYSTEM, PLAN, REPAIR);
    static final String SKILL_RESOURCE = SkillLoader.SKILLS + "/database-schema-designer.md";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-z_]+)}}");

    private final String system;
    private final String plan;
    private final String repair;

    private PlanPrompts(String system, String plan, String repair) {
        this.system = system;
        this.plan = plan;
        this.repair = repair;
    }

    public static PlanPrompts bundled() {
        Skill skill = SkillLoader.parse("classpath:" + SKILL_RESOURCE, resource(SKILL_RESOURCE));
        return new PlanPrompts(prompt(SYSTEM).strip() + "\n\n" + skillSummary(skill), prompt(PLAN), prompt(REPAIR));
    }

    /** The part sent unchanged with every turn; its size is the prompt's token budget. */
    public String system() { return system; }

    public String plan(PlanRequest request) {
        PlanningContext context = request.context();
        return fill(plan, Map.of(
                "project", context.projectName(),
                "production_dialect", context.productionDialect(),
                "development_dialect", context.developmentDialect(),
                "base_columns", Json.write(context.baseColumns()),
                "schema", Json.write(request.current()),
                "request", request.message().strip()));
    }

    public String repair(List<String> problems) {
        return fill(repair, Map.of("problems", problems.stream().map(p -> "- " + p).collect(Collectors.joining("\n"))));
    }

    /** The skill as the model needs it: what it is for and the checklist a design must pass. */
    static String skillSummary(Skill skill) {
        StringBuilder out = new StringBuilder("Skill: ").append(skill.title()).append(". ").append(skill.description().strip()).append("\n");
        out.append("Checklist for every design:\n");
        for (String item : skill.checklist()) out.append("- ").append(item).append("\n");
        return out.toString().strip();
    }

    static String prompt(String name) { return resource(ROOT + name); }

    static String fill(String template, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) throw new IllegalStateException("prompt placeholder {{" + m.group(1) + "}} has no value");
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String resource(String path) {
        try (InputStream in = PlanPrompts.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing classpath resource " + path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

}

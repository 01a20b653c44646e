package dev.schemadesigner.verify;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What ran on one database: the server, each step with its time and error, and every difference
 * between what the database holds and what the model says (empty when the change is proven).
 */
public record Verification(String dialect, String serverVersion, List<Step> steps, List<String> diff) {

    public Verification {
        Objects.requireNonNull(dialect, "dialect");
        Objects.requireNonNull(serverVersion, "serverVersion");
        steps = List.copyOf(steps);
        diff = List.copyOf(diff);
    }

    /**
     * One executed stage: {@code setup}, {@code upgrade}, {@code downgrade}, {@code reupgrade}, {@code data}
     * (seeded rows through the change, its figures in {@code data}), {@code pytest} or {@code compile} (GeneratedPythonCheck).
     */
    public record Step(String name, boolean ok, long millis, Optional<String> error, Optional<DataFigures> data) {
        public Step {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(error, "error");
            Objects.requireNonNull(data, "data");
        }

        public Step(String name, boolean ok, long millis, Optional<String> error) { this(name, ok, millis, error, Optional.empty()); }

        static Step passed(String name, long millis) { return new Step(name, true, millis, Optional.empty()); }

        static Step failed(String name, long millis, String error) { return new Step(name, false, millis, Optional.of(error)); }
    }

    public boolean ok() { return diff.isEmpty() && steps.stream().allMatch(Step::ok); }

    /** This verification with {@code step} run after its own steps. */
    public Verification withStep(Step step) {
        List<Step> all = new java.util.ArrayList<>(steps);
        all.add(step);
        return new Verification(dialect, serverVersion, all, diff);
    }

    public Optional<Step> step(String name) { return steps.stream().filter(s -> s.name().equals(name)).findFirst(); }

    /** "postgresql 15.4: setup 12 ms, upgrade 30 ms, downgrade 21 ms, reupgrade 25 ms — ok". */
    public String summary() {
        StringBuilder out = new StringBuilder(dialect).append(" (").append(serverVersion).append("): ");
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            if (i > 0) out.append(", ");
            out.append(s.name()).append(' ').append(s.millis()).append(" ms").append(s.ok() ? "" : " FAILED");
        }
        out.append(ok() ? " — ok" : " — " + diff.size() + " difference(s)");
        return out.toString();
    }
}

package dev.schemadesigner.generate;

import java.util.ArrayList;
import java.util.List;

/** Every design fixture, grouped by the project they target. */
public final class Designs {
    private Designs() {}

    public static List<Design> all() {
        List<Design> out = new ArrayList<>(BundledDesigns.all());
        out.addAll(NewProjectDesigns.all());
        return out;
    }

    public static Design painPointTracking() { return BundledDesigns.painPointTracking(); }
}

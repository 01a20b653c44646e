package dev.schemadesigner.surface.http;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JVM's heap and GC settings as the run script chose them, for {@code /health}. */
final class RuntimeSettings {
    private RuntimeSettings() {}

    private static final Map<String, Object> SETTINGS = read();

    static Map<String, Object> describe() {
        return SETTINGS;
    }

    private static Map<String, Object> read() {
        Map<String, Object> jvm = new LinkedHashMap<>();
        jvm.put("version", Runtime.version().toString());
        jvm.put("max_heap_mb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        jvm.put("gc", ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName).toList());
        // only -X/-XX options: -D properties may carry settings that are not the caller's business
        List<String> options = ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("-X")).toList();
        jvm.put("options", options);
        return java.util.Collections.unmodifiableMap(jvm);
    }
}

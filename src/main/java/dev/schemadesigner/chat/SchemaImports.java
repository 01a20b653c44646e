package dev.schemadesigner.chat;

import dev.schemadesigner.importer.ImportResult;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Imported schema sources kept by the SHA-256 of their format, dialect and content: a CI job that reviews each
 * migration file with the project's schema sends that schema again with every file, and it is read once.
 * An {@link ImportResult} is immutable, so one is shared by every request that sent the same text. Sources that
 * failed to import are not kept (they fail again, the same way); very large ones neither, to bound the memory.
 */
final class SchemaImports {
    private static final int KEPT = 32;
    private static final int MAX_KEPT_CHARS = 512 * 1024;

    private final Map<String, ImportResult> byHash = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ImportResult> eldest) {
            return size() > KEPT;
        }
    });

    ImportResult read(Source source, String dialect) {
        if (source.content().length() > MAX_KEPT_CHARS) return source.read(dialect);
        String key = hash(source.format().trim().toLowerCase(Locale.ROOT) + '\0' + dialect + '\0' + source.content());
        ImportResult kept = byHash.get(key);
        if (kept != null) return kept;
        ImportResult imported = source.read(dialect);
        byHash.put(key, imported);
        return imported;
    }

    private static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}

package dev.schemadesigner.intent;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads skills: every {@code *.md} in a directory, each a YAML front matter between two
 * {@code ---} lines followed by markdown. Adding a skill is adding a file.
 */
public final class SkillLoader {

    /** Directory name on disk (relative to the working directory) and in the classpath. */
    public static final String SKILLS = "skills";

    private static final YAMLMapper YAML = new YAMLMapper();

    private SkillLoader() {
    }

    /** Skills from {@code ./skills} when that directory exists, otherwise those packaged in the jar. */
    public static List<Skill> loadDefault() {
        Path dir = Path.of(SKILLS);
        return Files.isDirectory(dir) ? loadDirectory(dir) : loadClasspath(SKILLS);
    }

    public static List<Skill> loadDirectory(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            List<Skill> skills = new ArrayList<>();
            for (Path file : files.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().toList()) {
                skills.add(parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8)));
            }
            return List.copyOf(skills);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read skills from " + dir, e);
        }
    }

    /** Skills packaged under {@code root/} on the classpath, from a folder or from inside a jar. */
    public static List<Skill> loadClasspath(String root) {
        URL url = SkillLoader.class.getClassLoader().getResource(root);
        if (url == null) {
            return List.of();
        }
        try {
            URI uri = url.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return loadDirectory(Path.of(uri));
            }
            FileSystem jar;
            boolean opened;
            try {
                jar = FileSystems.newFileSystem(uri, Map.of());
                opened = true;
            } catch (FileSystemAlreadyExistsException e) {
                jar = FileSystems.getFileSystem(uri);
                opened = false;
            }
            try {
                return loadDirectory(jar.getPath(root));
            } finally {
                if (opened) {
                    jar.close();
                }
            }
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot list classpath skills at " + url, e);
        }
    }

    /** Parses one skill file; {@code source} names it in errors. */
    public static Skill parse(String source, String text) {
        List<String> lines = text.lines().toList();
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            throw new SkillFormatException(source, 1, "a skill file starts with a '---' line opening the front matter");
        }
        int close = -1;
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).strip().equals("---")) {
                close = i;
                break;
            }
        }
        if (close < 0) {
            throw new SkillFormatException(source, lines.size(), "front matter opened on line 1 is never closed by '---'");
        }
        List<String> front = lines.subList(1, close);
        Map<String, Object> fields = readYaml(source, String.join("\n", front));
        String body = String.join("\n", lines.subList(close + 1, lines.size())).strip();
        Fields f = new Fields(source, front, fields);
        return new Skill(f.requiredString("name"), f.optionalString("title"), f.optionalString("description"),
                f.requiredStrings("triggers"), f.intents("intents"), f.capabilities("capabilities"),
                f.strings("checklist"), f.map("project"), body, source);
    }

    private static Map<String, Object> readYaml(String source, String yaml) {
        try {
            Map<String, Object> map = YAML.readValue(yaml, new TypeReference<LinkedHashMap<String, Object>>() { });
            return map == null ? Map.of() : map;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null || at.getLineNr() < 1 ? 0 : at.getLineNr() + 1; // +1: the opening '---'
            throw new SkillFormatException(source, line, "malformed front matter: " + e.getOriginalMessage(), e);
        }
    }

    /** Typed access to front-matter fields with errors that point at the field's line. */
    private record Fields(String source, List<String> front, Map<String, Object> values) {

        String requiredString(String key) {
            String value = optionalString(key);
            if (value == null || value.isBlank()) {
                throw new SkillFormatException(source, lineOf(key), "front matter needs a non-empty '" + key + "'");
            }
            return value;
        }

        String optionalString(String key) {
            Object value = values.get(key);
            if (value == null) {
                return null;
            }
            if (value instanceof Map || value instanceof List) {
                throw error(key, "'" + key + "' must be a single value");
            }
            return value.toString().strip();
        }

        List<String> requiredStrings(String key) {
            List<String> list = strings(key);
            if (list.isEmpty()) {
                throw new SkillFormatException(source, lineOf(key), "front matter needs at least one entry in '" + key + "'");
            }
            return list;
        }

        List<String> strings(String key) {
            Object value = values.get(key);
            if (value == null) {
                return List.of();
            }
            if (!(value instanceof List<?> list)) {
                throw error(key, "'" + key + "' must be a list of '- item' lines");
            }
            List<String> out = new ArrayList<>();
            for (Object item : list) {
                if (item == null || item instanceof Map || item instanceof List) {
                    throw error(key, "every entry of '" + key + "' must be plain text");
                }
                out.add(item.toString().strip());
            }
            return out;
        }

        List<IntentKind> intents(String key) {
            List<IntentKind> kinds = new ArrayList<>();
            for (String name : strings(key)) {
                try {
                    kinds.add(IntentKind.fromWire(name));
                } catch (IllegalArgumentException e) {
                    throw error(key, "unknown intent '" + name + "' in '" + key + "'");
                }
            }
            return kinds;
        }

        List<Skill.Capability> capabilities(String key) {
            Object value = values.get(key);
            if (value == null) {
                return List.of();
            }
            if (!(value instanceof List<?> list)) {
                throw error(key, "'" + key + "' must be a list");
            }
            List<Skill.Capability> out = new ArrayList<>();
            for (Object item : list) {
                if (item instanceof Map<?, ?> m && m.get("id") != null && m.get("summary") != null) {
                    out.add(new Skill.Capability(m.get("id").toString(), m.get("summary").toString()));
                } else if (item != null && !(item instanceof Map) && !(item instanceof List)) {
                    out.add(new Skill.Capability(item.toString(), item.toString()));
                } else {
                    throw error(key, "every capability needs an 'id' and a 'summary'");
                }
            }
            return out;
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> map(String key) {
            Object value = values.get(key);
            if (value == null) {
                return Map.of();
            }
            if (!(value instanceof Map)) {
                throw error(key, "'" + key + "' must be a mapping of 'name: value' lines");
            }
            return Collections.unmodifiableMap((Map<String, Object>) value);
        }

        private SkillFormatException error(String key, String reason) {
            return new SkillFormatException(source, lineOf(key), reason);
        }

        /** File line of a top-level key: front matter line i is file line i + 2. */
        private int lineOf(String key) {
            for (int i = 0; i < front.size(); i++) {
                if (front.get(i).startsWith(key + ":")) {
                    return i + 2;
                }
            }
            return 1;
        }
    }
}

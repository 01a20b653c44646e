package dev.schemadesigner.chat;

import dev.schemadesigner.generate.Artifact;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The files of a session's last verified turn laid out as a project. {@code unverifiedLatestTurn}:
 * the newest turn that produced files which did not verify, when it came after {@code turn} — its
 * files are not in the bundle, and the bundle says so in {@link #NOTE_PATH}.
 */
public record ProjectBundle(int turn, Optional<Integer> unverifiedLatestTurn, List<Artifact> files) {

    public static final String NOTE_PATH = "SCHEMA-DESIGNER-NOTE.md";

    public ProjectBundle {
        Objects.requireNonNull(unverifiedLatestTurn, "unverifiedLatestTurn");
        files = List.copyOf(files);
    }

    /** The files as a zip archive, each at its path: what a surface hands out as the project. */
    public byte[] zip() {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            for (Artifact a : files) {
                zip.putNextEntry(new java.util.zip.ZipEntry(a.path()));
                zip.write(a.content().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("a zip in memory cannot fail to write", e);
        }
        return bytes.toByteArray();
    }

    /** "7", or "7 (latest turn 9 was not verified)". */
    public String describeTurn() {
        return turn + unverifiedLatestTurn.map(n -> " (latest turn " + n + " was not verified)").orElse("");
    }
}

package dev.schemadesigner.generate.migration;

import java.util.List;

/** One Alembic revision before rendering: a title, docstring paragraphs, and the steps of upgrade() and downgrade(). */
public record Revision(String title, List<String> notes, List<Step> upgrade, List<Step> downgrade) {
    public Revision {
        notes = List.copyOf(notes);
        upgrade = List.copyOf(upgrade);
        downgrade = List.copyOf(downgrade);
    }
}

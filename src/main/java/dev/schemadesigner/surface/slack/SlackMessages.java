package dev.schemadesigner.surface.slack;

import com.slack.api.model.block.LayoutBlock;
import dev.schemadesigner.change.Op;
import dev.schemadesigner.chat.Reply;
import dev.schemadesigner.generate.Artifact;
import dev.schemadesigner.review.Finding;
import dev.schemadesigner.review.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

/**
 * A {@link Reply} as a Slack message in Block Kit: the summary (the plan's rationale and changes, or the
 * question the request raised), the findings grouped by severity, the turn's migration as a code
 * block, and a line saying what was verified; plus the plain text Slack shows in notifications.
 * Slack caps a section's text at 3,000 characters, so long parts are cut with a note.
 */
final class SlackMessages {
    private SlackMessages() {}

    static final int SECTION_LIMIT = 3000;
    private static final int MAX_CHANGES = 15;

    /** What one message carries: the notification text and the blocks. */
    record Message(String text, List<LayoutBlock> blocks) {
        Message {
            blocks = List.copyOf(blocks);
        }
    }

    static Message of(Reply reply, Optional<String> zipLink) {
        List<LayoutBlock> blocks = new ArrayList<>();
        String summary = summary(reply);
        blocks.add(section(s -> s.text(markdownText(cut(summary)))));
        for (Severity severity : Severity.values()) {
            List<Finding> found = reply.findings().stream().filter(f -> f.severity() == severity).toList();
            if (found.isEmpty()) continue;
            StringBuilder text = new StringBuilder("*" + heading(severity, found.size()) + "*\n");
            for (Finding f : found) {
                text.append("• `").append(f.rule()).append("` ").append(f.object()).append(": ").append(escape(f.message()));
                f.fix().ifPresent(fix -> text.append("\n    _fix:_ ").append(escape(fix.summary())));
                text.append('\n');
            }
            blocks.add(section(s -> s.text(markdownText(cut(text.toString().strip())))));
        }
        migration(reply).ifPresent(m -> {
            blocks.add(divider());
            blocks.add(header(h -> h.text(plainText(cutTo(m.path().substring(m.path().lastIndexOf('/') + 1), 150)))));
            blocks.add(section(s -> s.text(markdownText(codeBlock(m.content())))));
        });
        zipLink.ifPresent(link -> blocks.add(section(s -> s.text(markdownText("<" + link + "|Download the project (zip)>")))));
        blocks.add(context(c -> c.elements(List.of(markdownText(status(reply))))));
        return new Message(cutTo(plain(summary), SECTION_LIMIT), blocks);
    }

    /** A refusal or failure said plainly in the thread, so the person who asked is not left waiting. */
    static Message problem(String detail) {
        String text = ":warning: I could not answer that: " + escape(detail);
        return new Message(cutTo(text, SECTION_LIMIT), List.of(section(s -> s.text(markdownText(cut(text))))));
    }

    static Message usage() {
        String text = "Tell me what to change, e.g. `/schema add a table for customer notes linked to feedback_analysis`, "
                + "or mention me in a thread with the request. Each thread is one design session.";
        return new Message(text, List.of(section(s -> s.text(markdownText(text)))));
    }

    static String summary(Reply reply) {
        StringBuilder text = new StringBuilder();
        if (reply.plan().question().isPresent()) text.append(escape(reply.plan().question().get()));
        else if (!reply.plan().rationale().isBlank()) text.append(escape(reply.plan().rationale().strip()));
        else text.append(escape(firstParagraph(reply.text())));
        List<Op> changes = reply.plan().changes();
        if (!changes.isEmpty()) {
            text.append("\n*Plan* (").append(changes.size()).append(changes.size() == 1 ? " change" : " changes").append(")");
            changes.stream().limit(MAX_CHANGES).forEach(op -> text.append("\n• ").append(escape(op.describe())));
            if (changes.size() > MAX_CHANGES) text.append("\n• … and ").append(changes.size() - MAX_CHANGES).append(" more");
        }
        if (!reply.plan().autoFixed().isEmpty()) text.append("\n_Fixed during review:_ ").append(escape(String.join(", ", reply.plan().autoFixed())));
        return text.toString();
    }

    /** The revision this turn wrote: the last migration file under a versions folder. */
    static Optional<Artifact> migration(Reply reply) {
        return reply.artifacts().stream().filter(a -> a.kind().equals("migration") && a.path().contains("/versions/")).reduce((a, b) -> b);
    }

    private static String status(Reply reply) {
        String verified = reply.verification().isEmpty() ? "nothing to verify" : reply.verified() ? ":white_check_mark: verified" : ":x: did not verify";
        return verified + " · " + reply.artifacts().size() + " files · session `" + reply.sessionId() + "` turn " + reply.turn();
    }

    private static String heading(Severity severity, int count) {
        String label = switch (severity) {
            case ERROR -> count == 1 ? "Error" : "Errors";
            case WARNING -> count == 1 ? "Warning" : "Warnings";
            case INFO -> "Info";
        };
        return label + " (" + count + ")";
    }

    /** A code block that fits a section; a longer file is cut at a line, saying where the rest is. */
    static String codeBlock(String code) {
        String fence = "```";
        String note = "\n… (cut here; the whole file is in the zip)";
        int room = SECTION_LIMIT - 2 * fence.length() - 2 - note.length();
        String body = code.replace(fence, "`\u200b``");
        if (body.length() > room) {
            int cut = body.lastIndexOf('\n', room);
            body = body.substring(0, cut > 0 ? cut : room) + note;
        }
        return fence + "\n" + body + "\n" + fence;
    }

    private static String firstParagraph(String markdown) {
        for (String paragraph : markdown.split("\n\\s*\n")) {
            String p = paragraph.strip();
            if (!p.isEmpty() && !p.startsWith("#")) return p;
        }
        return markdown.strip();
    }

    /** Slack's three control characters in message text. */
    static String escape(String text) { return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"); }

    private static String plain(String mrkdwn) { return mrkdwn.replace("*", "").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"); }

    private static String cut(String text) { return cutTo(text, SECTION_LIMIT); }

    private static String cutTo(String text, int limit) { return text.length() <= limit ? text : text.substring(0, limit - 1) + "…"; }
}

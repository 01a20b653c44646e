package dev.schemadesigner.surface.http;

import dev.schemadesigner.chat.Reply;
import dev.schemadesigner.generate.Artifact;

/**
 * A reply as one markdown document, for surfaces that carry text only (the OpenAI-compatible chat,
 * MCP's text content): the reply's text, then every artifact as a fenced code block under its path.
 */
public final class ReplyMarkdown {
    private ReplyMarkdown() {}

    public static String of(Reply reply) {
        StringBuilder md = new StringBuilder(reply.text().strip()).append('\n');
        for (Artifact artifact : reply.artifacts()) {
            String fence = fenceFor(artifact.content());
            md.append("\n#### `").append(artifact.path()).append("`\n\n")
                    .append(fence).append(artifact.language()).append('\n')
                    .append(artifact.content());
            if (!artifact.content().endsWith("\n")) md.append('\n');
            md.append(fence).append('\n');
        }
        return md.toString();
    }

    /** Longer than any run of backticks in the content, so that a file holding a fence cannot end the block early. */
    private static String fenceFor(String content) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < content.length(); i++) {
            run = content.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return "`".repeat(Math.max(3, longest + 1));
    }
}

package dev.schemadesigner.plan;

import dev.schemadesigner.error.ErrorCode;
import dev.schemadesigner.error.UserFacingException;

import dev.schemadesigner.schema.Column;
import dev.schemadesigner.schema.EnumType;
import dev.schemadesigner.schema.Relationship;
import dev.schemadesigner.schema.Schema;
import dev.schemadesigner.schema.Table;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Every name a plan introduces is snake_case ASCII and at most 63 bytes; names it did not introduce are the user's business. */
final class Identifiers {
    private Identifiers() {}

    private static final Pattern SNAKE = Pattern.compile("[a-z_][a-z0-9_]*");

    static void requireValid(Schema after, Schema before) {
        Set<String> old = new HashSet<>(names(before));
        for (String name : names(after)) {
            if (old.contains(name)) continue;
            if (!SNAKE.matcher(name).matches() || name.getBytes(StandardCharsets.UTF_8).length > Naming.MAX_BYTES) {
                throw new UserFacingException(ErrorCode.INVALID_IDENTIFIER, "the plan would introduce the identifier '" + name + "', which is not snake_case of at most 63 bytes");
            }
        }
    }

    static List<String> names(Schema schema) {
        List<String> out = new ArrayList<>();
        for (Table t : schema.tables()) {
            out.add(t.name());
            t.columns().stream().map(Column::name).forEach(out::add);
            out.addAll(t.constraintNames());
            t.relationships().stream().map(Relationship::name).forEach(out::add);
        }
        schema.enums().stream().map(EnumType::name).forEach(out::add);
        return out;
    }
}

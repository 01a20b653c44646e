package dev.schemadesigner.chat;

/** Hears each stage of a turn as it completes: {@code intent}, {@code plan}, {@code review}, {@code generate}, {@code verify}, {@code reply}. */
@FunctionalInterface
public interface StageListener {

    StageListener NONE = (stage, data) -> { };

    void stage(String name, Object data);
}

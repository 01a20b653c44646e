package dev.schemadesigner.plan;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;

/** A chat model that answers from a script (texts, or failures to throw) and records every request it was sent. */
final class FakeChatModel implements ChatModel {

    private final Deque<Supplier<String>> script = new ArrayDeque<>();
    private final List<ChatRequest> requests = new ArrayList<>();

    static FakeChatModel answering(String... texts) {
        FakeChatModel model = new FakeChatModel();
        for (String text : texts) model.then(text);
        return model;
    }

    FakeChatModel then(String text) {
        script.add(() -> text);
        return this;
    }

    FakeChatModel thenFail(RuntimeException failure) {
        script.add(() -> { throw failure; });
        return this;
    }

    FakeChatModel thenRun(Supplier<String> answer) {
        script.add(answer);
        return this;
    }

    @Override
    public synchronized ChatResponse doChat(ChatRequest request) {
        requests.add(request);
        if (script.isEmpty()) throw new AssertionError("the planner asked more often than the script answers");
        return ChatResponse.builder().aiMessage(AiMessage.from(script.poll().get())).build();
    }

    synchronized List<ChatRequest> requests() { return List.copyOf(requests); }

    /** A recorded answer from {@code src/test/resources/plan/model/}. */
    static String answer(String name) {
        try (InputStream in = FakeChatModel.class.getResourceAsStream("/plan/model/" + name)) {
            if (in == null) throw new IllegalArgumentException("no recorded answer " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package dev.schemadesigner.verify;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where throw-aways are written down while they exist, so that a process that dies mid-turn leaves a
 * record the next start can act on. The service keeps them in its store; {@link #inMemory()} is for
 * a verifier without one.
 */
public interface ThrowawayRegistry {

    void add(Throwaway throwaway);

    void remove(String name);

    List<Throwaway> all();

    static ThrowawayRegistry inMemory() {
        Map<String, Throwaway> entries = new ConcurrentHashMap<>();
        return new ThrowawayRegistry() {
            @Override public void add(Throwaway throwaway) { entries.put(throwaway.name(), throwaway); }

            @Override public void remove(String name) { entries.remove(name); }

            @Override public List<Throwaway> all() { return List.copyOf(entries.values()); }
        };
    }
}

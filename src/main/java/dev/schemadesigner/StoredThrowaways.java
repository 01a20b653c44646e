package dev.schemadesigner;

import dev.schemadesigner.store.SessionStore;
import dev.schemadesigner.store.StoredThrowaway;
import dev.schemadesigner.verify.Throwaway;
import dev.schemadesigner.verify.ThrowawayDatabase;
import dev.schemadesigner.verify.ThrowawayRegistry;

import java.util.List;

/** The throw-away registry in the session store: what survives a kill -9 for the next start to sweep. */
final class StoredThrowaways implements ThrowawayRegistry {

    private final SessionStore store;

    StoredThrowaways(SessionStore store) { this.store = store; }

    @Override
    public void add(Throwaway t) {
        store.addThrowaway(new StoredThrowaway(t.name(), t.kind().name(), t.server(), t.instance(), t.createdAt()));
    }

    @Override
    public void remove(String name) { store.removeThrowaway(name); }

    @Override
    public List<Throwaway> all() {
        return store.throwaways().stream()
                .map(t -> new Throwaway(t.name(), ThrowawayDatabase.Kind.valueOf(t.kind()), t.server(), t.instanceId(), t.createdAt()))
                .toList();
    }
}

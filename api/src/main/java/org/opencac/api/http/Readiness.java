package org.opencac.api.http;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Whether the service can code: loading (models not yet loaded), ready, or stopping (draining); and the state of
 * the parts made after the first answer ({@link DeferredPart}: the workbench store, the FHIR mapping), which
 * {@code GET /health} reports so that an operator sees a store that could not be opened.
 */
public final class Readiness {
    /** The states in order. */
    public enum State { LOADING, READY, STOPPING }

    /** The state of a part that could not be made. */
    public static final String PART_FAILED = "failed";

    private volatile State state = State.LOADING;
    private volatile String codeSetVersion = "";
    private final Map<String, CompletableFuture<?>> parts = Collections.synchronizedMap(new LinkedHashMap<>());

    public State state() {
        return state;
    }

    public boolean isReady() {
        return state == State.READY;
    }

    public String codeSetVersion() {
        return codeSetVersion;
    }

    void ready(String version) {
        codeSetVersion = version;
        state = State.READY;
    }

    public void stopping() {
        state = State.STOPPING;
    }

    /** Reports {@code made} under {@code name} in {@link #parts()}. */
    public void part(String name, CompletableFuture<?> made) {
        parts.put(name, made);
    }

    /** Each part's state, in the order they were added: {@code pending}, {@code ready} or {@value #PART_FAILED}. */
    public Map<String, String> parts() {
        Map<String, String> states = new LinkedHashMap<>();
        synchronized (parts) {
            parts.forEach((name, made) -> states.put(name,
                    !made.isDone() ? "pending" : made.isCompletedExceptionally() ? PART_FAILED : "ready"));
        }
        return states;
    }
}

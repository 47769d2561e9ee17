package org.opencac.api.http;

/** Whether the service can code: loading (models not yet loaded), ready, or stopping (draining). */
public final class Readiness {
    /** The states in order. */
    public enum State { LOADING, READY, STOPPING }

    private volatile State state = State.LOADING;
    private volatile String codeSetVersion = "";

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
}

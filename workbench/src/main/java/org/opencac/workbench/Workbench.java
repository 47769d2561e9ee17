package org.opencac.workbench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.Javalin;
import java.time.Clock;
import java.util.function.Supplier;
import org.opencac.engine.FirstUse;
import org.opencac.engine.Pipeline;
import org.opencac.models.codeset.CodeSet;
import org.opencac.workbench.encounter.Dashboard;
import org.opencac.workbench.encounter.EncounterService;
import org.opencac.workbench.http.CoderIdentity;
import org.opencac.workbench.http.WorkbenchRoutes;
import org.opencac.workbench.learning.FeedbackLearner;
import org.opencac.workbench.learning.LearningPolicy;
import org.opencac.workbench.learning.LearningService;
import org.opencac.workbench.store.Store;
import org.opencac.workbench.store.StoreSettings;

/** The coder workbench wired in reading order: store, learning, encounter service, dashboard, routes. */
public final class Workbench implements AutoCloseable {
    private final Store store;
    private final LearningService learning;
    private final EncounterService encounters;
    private final Dashboard dashboard;
    private final ObjectMapper json;

    private Workbench(Store store, Pipeline pipeline, CodeSet codeSet) {
        this.store = store;
        this.json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        this.learning = new LearningService(store);
        this.encounters = new EncounterService(store, pipeline, codeSet,
                new FeedbackLearner(LearningPolicy.standard(), codeSet), learning, json, Clock.systemUTC());
        this.dashboard = new Dashboard(store);
    }

    /** Opens (and migrates) the store. */
    public static Workbench open(StoreSettings settings, Pipeline pipeline, CodeSet codeSet) {
        return new Workbench(Store.open(settings), pipeline, codeSet);
    }

    /**
     * Opens the workbench and adds its routes to {@code app}; the store closes when the app stops.
     * This is the one call the HTTP service makes.
     */
    public static Workbench install(Javalin app, StoreSettings settings, Pipeline pipeline, CodeSet codeSet,
                                    int maxNoteChars) {
        return install(app, settings, pipeline, codeSet, maxNoteChars, CoderIdentity.fromHeaders());
    }

    /** Installs the routes with the given way of telling who acts (e.g. from the request's API key). */
    public static Workbench install(Javalin app, StoreSettings settings, Pipeline pipeline, CodeSet codeSet,
                                    int maxNoteChars, CoderIdentity identity) {
        return install(app, Store.open(settings), pipeline, codeSet, maxNoteChars, identity);
    }

    /**
     * Installs the routes over a store opened (and migrated) beforehand: the service opens it while the
     * models load, since it needs none of them. The store closes when the app stops.
     */
    public static Workbench install(Javalin app, Store store, Pipeline pipeline, CodeSet codeSet,
                                    int maxNoteChars, CoderIdentity identity) {
        Workbench wb = new Workbench(store, pipeline, codeSet);
        WorkbenchRoutes.install(app, wb.encounters, wb.learning, wb.dashboard, identity, wb.json, maxNoteChars);
        app.events(e -> e.serverStopped(wb::close));
        return wb;
    }

    /**
     * Adds the routes of a workbench over a store still to come: {@code store} is asked for it on the first
     * workbench request, which waits for it (the service opens its store after its first answer, so that
     * opening and migrating it does not slow that answer). The caller closes the store.
     */
    public static void install(Javalin app, Supplier<Store> store, Pipeline pipeline, CodeSet codeSet,
                               int maxNoteChars, CoderIdentity identity) {
        WorkbenchRoutes.install(app, new FirstUse<>(() -> {
            Workbench wb = new Workbench(store.get(), pipeline, codeSet);
            return WorkbenchRoutes.of(wb.encounters, wb.learning, wb.dashboard, identity, wb.json, maxNoteChars);
        }));
    }

    public EncounterService encounters() {
        return encounters;
    }

    public LearningService learning() {
        return learning;
    }

    public Dashboard dashboard() {
        return dashboard;
    }

    public ObjectMapper json() {
        return json;
    }

    @Override
    public void close() {
        store.close();
    }
}

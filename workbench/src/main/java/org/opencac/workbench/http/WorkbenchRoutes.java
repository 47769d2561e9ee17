package org.opencac.workbench.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.opencac.engine.note.CareSetting;
import org.opencac.workbench.encounter.Dashboard;
import org.opencac.workbench.encounter.DecisionAction;
import org.opencac.workbench.encounter.DecisionRequest;
import org.opencac.workbench.encounter.EncounterService;
import org.opencac.workbench.encounter.EncounterStatus;
import org.opencac.workbench.encounter.NewEncounter;
import org.opencac.workbench.encounter.Principal;
import org.opencac.workbench.encounter.QueueFilter;
import org.opencac.workbench.encounter.RejectReason;
import org.opencac.workbench.encounter.WorkbenchException;
import org.opencac.workbench.learning.LearningService;
import org.opencac.workbench.store.Idempotency;
import org.opencac.workbench.store.StoreException;

/**
 * The workbench's HTTP routes, installed on the service's app: the API under {@code /v1/encounters},
 * {@code /v1/queue}, {@code /v1/learning}, {@code /v1/dashboard}, and the page under {@code /ui/}.
 * Handlers parse and validate, call the service and answer; errors are {@code {status, error, message}} JSON.
 */
public final class WorkbenchRoutes {
    private static final Pattern EXTERNAL_ID = Pattern.compile("[A-Za-z0-9._:/-]{1,128}");
    private static final Pattern WORD = Pattern.compile("[a-z0-9 _-]{1,64}");
    private final EncounterService encounters;
    private final LearningService learning;
    private final Dashboard dashboard;
    private final CoderIdentity identity;
    private final ObjectMapper json;
    private final int maxNoteChars;

    private WorkbenchRoutes(EncounterService encounters, LearningService learning, Dashboard dashboard,
                            CoderIdentity identity, ObjectMapper json, int maxNoteChars) {
        this.encounters = encounters;
        this.learning = learning;
        this.dashboard = dashboard;
        this.identity = identity;
        this.json = json;
        this.maxNoteChars = maxNoteChars;
    }

    public static void install(Javalin app, EncounterService encounters, LearningService learning,
                               Dashboard dashboard, CoderIdentity identity, ObjectMapper json, int maxNoteChars) {
        WorkbenchRoutes r = new WorkbenchRoutes(encounters, learning, dashboard, identity, json, maxNoteChars);
        install(app, () -> r);
    }

    /** The handlers over these services, for {@link #install(Javalin, Supplier)}. */
    public static WorkbenchRoutes of(EncounterService encounters, LearningService learning, Dashboard dashboard,
                                     CoderIdentity identity, ObjectMapper json, int maxNoteChars) {
        return new WorkbenchRoutes(encounters, learning, dashboard, identity, json, maxNoteChars);
    }

    /**
     * Adds the routes, each asking {@code handlers} for the handlers when a request comes: a service whose store
     * is still opening installs them at once, and a request meanwhile waits for the store.
     */
    public static void install(Javalin app, Supplier<WorkbenchRoutes> handlers) {
        app.post("/v1/encounters", ctx -> handlers.get().submit(ctx));
        app.get("/v1/encounters/{id}", ctx -> handlers.get().get(ctx));
        app.post("/v1/encounters/{id}/decisions", ctx -> handlers.get().decide(ctx));
        app.post("/v1/encounters/{id}/finalize", ctx -> handlers.get().finalizeEncounter(ctx));
        app.get("/v1/encounters/{id}/audit", ctx -> handlers.get().audit(ctx));
        app.get("/v1/encounters/{id}/export", ctx -> handlers.get().export(ctx));
        app.get("/v1/queue", ctx -> handlers.get().queue(ctx));
        app.get("/v1/learning", ctx -> handlers.get().learningState(ctx));
        app.put("/v1/learning", ctx -> handlers.get().learningSwitch(ctx));
        app.post("/v1/learning/reset", ctx -> handlers.get().learningReset(ctx));
        app.get("/v1/dashboard", ctx -> handlers.get().dashboard(ctx));
        app.get("/v1/reject-reasons", ctx -> handlers.get().send(ctx, java.util.Arrays.stream(RejectReason.values())
                .map(x -> Map.of("id", x.wireName(), "label", x.label())).toList()));
        app.get("/ui/", ctx -> StaticAssets.serve(ctx, "workbench/ui/index.html"));
        app.get("/ui/{file}", ctx -> StaticAssets.serve(ctx, "workbench/ui/" + ctx.pathParam("file")));
        app.get("/webjars/<path>", ctx -> StaticAssets.serve(ctx, "META-INF/resources/webjars/" + ctx.pathParam("path")));
        app.exception(WorkbenchException.class, (e, ctx) -> error(ctx, e.status(), e.error(), e.getMessage()));
        app.exception(Idempotency.KeyReusedException.class, (e, ctx) -> error(ctx, 422, "idempotency_key_reused",
                e.getMessage()));
        app.exception(StoreException.class, (e, ctx) -> {
            if (e.isUniqueViolation()) {
                error(ctx, 409, "conflict", "a concurrent request made the same change; fetch and retry");
            } else {
                org.slf4j.LoggerFactory.getLogger(WorkbenchRoutes.class).error("store failure on {}", ctx.path(), e);
                error(ctx, 503, "store_unavailable", "the workbench store failed; the change was not saved");
            }
        });
    }

    /**
     * Answers an error as an RFC 9457 problem ({@code application/problem+json}), the shape of every other error
     * of the service: {@code type} {@code urn:opencac:problem:<error>}, a fixed {@code title} per error code,
     * {@code detail} and the older {@code error}/{@code message} fields, and the request id when there is one.
     */
    static void error(Context ctx, int status, String error, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "urn:opencac:problem:" + error);
        body.put("title", title(error));
        body.put("status", status);
        body.put("detail", message);
        body.put("error", error);
        body.put("message", message);
        Object requestId = ctx.attribute("opencac.requestId");
        if (requestId != null) {
            body.put("requestId", requestId.toString());
        }
        try {
            ctx.status(status).contentType("application/problem+json").result(PROBLEM_JSON.writeValueAsString(body));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final ObjectMapper PROBLEM_JSON = new ObjectMapper();

    /** "note_too_large" → "Note too large": the same for every occurrence of the code, as RFC 9457 asks. */
    static String title(String error) {
        String words = error.replace('_', ' ');
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** Answers with the workbench's own mapper (it writes dates as ISO strings). */
    private void send(Context ctx, Object body) {
        try {
            ctx.contentType("application/json").result(json.writeValueAsString(body));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void submit(Context ctx) {
        JsonNode body = body(ctx);
        Principal p = identity.identify(ctx, body);
        String text = text(body, "text", true);
        if (text.isBlank()) {
            throw new WorkbenchException(400, "empty_text", "text is empty");
        }
        if (text.length() > maxNoteChars) {
            throw new WorkbenchException(413, "note_too_large", "a note may have at most " + maxNoteChars
                    + " characters");
        }
        String externalId = text(body, "externalId", true).trim();
        if (!EXTERNAL_ID.matcher(externalId).matches()) {
            throw new WorkbenchException(400, "invalid_field", "externalId: 1-128 letters, digits or . _ : / -");
        }
        CareSetting setting = CareSetting.parse(text(body, "setting", true)).orElseThrow(() ->
                new WorkbenchException(400, "unknown_setting", "setting must be outpatient or inpatient"));
        LocalDate date = date(text(body, "dateOfService", true), "dateOfService");
        String specialty = text(body, "specialty", true).trim().toLowerCase(Locale.ROOT);
        if (!WORD.matcher(specialty).matches()) {
            throw new WorkbenchException(400, "invalid_field", "specialty: 1-64 lowercase letters, digits, space, _ -");
        }
        String patient = optionalId(body, "patientId");
        String visit = optionalId(body, "visitId");
        answer(ctx, encounters.submit(p, new NewEncounter(externalId, setting, date, specialty, patient, visit, text),
                idempotencyKey(ctx), Idempotency.hash("POST", ctx.path(), ctx.body())));
    }

    private void get(Context ctx) {
        send(ctx, encounters.get(org(ctx), id(ctx)));
    }

    private void decide(Context ctx) {
        JsonNode body = body(ctx);
        Principal p = identity.identify(ctx, body);
        DecisionAction action = DecisionAction.parse(text(body, "action", true)).orElseThrow(() ->
                new WorkbenchException(400, "unknown_action", "action must be accept, reject, modify or add"));
        Long suggestionId = null;
        if (action != DecisionAction.ADD) {
            JsonNode sid = body.get("suggestionId");
            if (sid == null || !sid.canConvertToLong() || !sid.isIntegralNumber()) {
                throw new WorkbenchException(400, "missing_field", "suggestionId (a number) is required");
            }
            suggestionId = sid.asLong();
        }
        RejectReason reason = null;
        String reasonText = text(body, "reason", false);
        if (reasonText != null) {
            reason = RejectReason.parse(reasonText).orElseThrow(() -> new WorkbenchException(400, "unknown_reason",
                    "reason must be one of " + java.util.Arrays.stream(RejectReason.values())
                            .map(RejectReason::wireName).toList()));
        }
        if (action == DecisionAction.REJECT && reason == null) {
            throw new WorkbenchException(400, "missing_reason", "a rejection needs a reason");
        }
        String comment = text(body, "comment", false);
        if (comment != null && comment.length() > 2000) {
            throw new WorkbenchException(400, "invalid_field", "comment: at most 2000 characters");
        }
        String code = text(body, "code", false);
        if ((action == DecisionAction.MODIFY || action == DecisionAction.ADD) && code == null) {
            throw new WorkbenchException(400, "missing_field", "code is required to " + action.wireName());
        }
        int start = -1;
        int end = -1;
        if (body.has("start") || body.has("end")) {
            if (!body.path("start").isInt() || !body.path("end").isInt()) {
                throw new WorkbenchException(400, "invalid_span", "start and end must both be whole numbers");
            }
            start = body.get("start").asInt();
            end = body.get("end").asInt();
            if (start < 0) {
                throw new WorkbenchException(400, "invalid_span", "start must be >= 0");
            }
        }
        answer(ctx, encounters.decide(p, id(ctx), new DecisionRequest(suggestionId, action, reason, comment, code,
                start, end), idempotencyKey(ctx), Idempotency.hash("POST", ctx.path(), ctx.body())));
    }

    private void finalizeEncounter(Context ctx) {
        JsonNode body = ctx.body().isBlank() ? json.createObjectNode() : body(ctx);
        Principal p = identity.identify(ctx, body);
        answer(ctx, encounters.finalizeEncounter(p, id(ctx), text(body, "principal", false), idempotencyKey(ctx),
                Idempotency.hash("POST", ctx.path(), ctx.body())));
    }

    private void audit(Context ctx) {
        send(ctx, encounters.audit(org(ctx), id(ctx)));
    }

    /** The claim-ready codes of a finalized encounter, as JSON or CSV ({@code ?format=csv}). */
    private void export(Context ctx) {
        var e = encounters.get(org(ctx), id(ctx));
        if (!e.status().equals("finalized")) {
            throw new WorkbenchException(409, "not_finalized", "encounter " + e.id() + " is not finalized yet");
        }
        if ("csv".equals(ctx.queryParam("format"))) {
            StringBuilder csv = new StringBuilder("external_id,sequence,code,description\n");
            e.finalCodes().forEach(c -> csv.append(e.externalId()).append(',').append(c.sequence()).append(',')
                    .append(c.code()).append(",\"").append(c.description().replace("\"", "\"\"")).append("\"\n"));
            ctx.contentType("text/csv; charset=utf-8").header("Content-Disposition",
                    "attachment; filename=\"" + e.externalId().replaceAll("[^A-Za-z0-9._-]", "_") + "-codes.csv\"")
                    .result(csv.toString());
            return;
        }
        send(ctx, Map.of("externalId", e.externalId(), "codeSetVersion", e.codeSetVersion(), "setting", e.setting(),
                "dateOfService", e.dateOfService().toString(), "finalizedBy", e.finalizedBy(), "codes", e.finalCodes()));
    }

    private void queue(Context ctx) {
        EncounterStatus status = null;
        String s = ctx.queryParam("status");
        if (s != null && !s.isBlank()) {
            try {
                status = EncounterStatus.valueOf(s.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new WorkbenchException(400, "invalid_query", "status must be open or finalized");
            }
        }
        String setting = ctx.queryParam("setting");
        if (setting != null && !setting.isBlank()) {
            setting = CareSetting.parse(setting).orElseThrow(() -> new WorkbenchException(400, "invalid_query",
                    "setting must be outpatient or inpatient")).wireName();
        } else {
            setting = null;
        }
        String specialty = blankToNull(ctx.queryParam("specialty"));
        LocalDate from = ctx.queryParam("from") == null || ctx.queryParam("from").isBlank() ? null
                : date(ctx.queryParam("from"), "from");
        LocalDate to = ctx.queryParam("to") == null || ctx.queryParam("to").isBlank() ? null
                : date(ctx.queryParam("to"), "to");
        int page = intParam(ctx, "page", 1, 1, 1_000_000);
        int size = intParam(ctx, "size", 25, 1, 100);
        send(ctx, encounters.queue(org(ctx), new QueueFilter(status, setting,
                specialty == null ? null : specialty.toLowerCase(Locale.ROOT), from, to, page, size)));
    }

    private void learningState(Context ctx) {
        String org = org(ctx);
        var stats = learning.stats(org);
        var heldBack = stats.triggers().entrySet().stream()
                .filter(e -> e.getValue().reviewed() > 0)
                .sorted((a, b) -> Integer.compare(b.getValue().rejected(), a.getValue().rejected()))
                .limit(10).map(e -> Map.of("trigger", e.getKey(), "rejected", e.getValue().rejected(),
                        "reviewed", e.getValue().reviewed())).toList();
        LearningService.State st = learning.state(org);
        send(ctx, Map.of("enabled", st.enabled(), "afterDecisionId", st.afterDecisionId(),
                "decisionsCounted", stats.decisions(), "mostRejectedTriggers", heldBack));
    }

    private void learningSwitch(Context ctx) {
        JsonNode body = body(ctx);
        Principal p = identity.identify(ctx, body);
        if (!body.path("enabled").isBoolean()) {
            throw new WorkbenchException(400, "missing_field", "enabled (true or false) is required");
        }
        send(ctx, learning.setEnabled(p.orgId(), body.get("enabled").asBoolean(), p.coderId()));
    }

    private void learningReset(Context ctx) {
        JsonNode body = ctx.body().isBlank() ? json.createObjectNode() : body(ctx);
        Principal p = identity.identify(ctx, body);
        send(ctx, learning.reset(p.orgId(), p.coderId()));
    }

    private void dashboard(Context ctx) {
        send(ctx, dashboard.view(org(ctx), intParam(ctx, "days", 7, 1, 366)));
    }

    private String org(Context ctx) {
        return identity.identify(ctx, null).orgId();
    }

    private void answer(Context ctx, Idempotency.Answer a) {
        ctx.status(a.status()).contentType("application/json").result(a.body());
    }

    private JsonNode body(Context ctx) {
        String type = ctx.contentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw new WorkbenchException(415, "unsupported_media_type", "send Content-Type: application/json");
        }
        try {
            JsonNode node = json.readTree(ctx.body());
            if (node == null || !node.isObject()) {
                throw new WorkbenchException(400, "malformed_json", "the body must be a JSON object");
            }
            return (ObjectNode) node;
        } catch (IOException e) {
            throw new WorkbenchException(400, "malformed_json", "the body is not valid JSON");
        }
    }

    private static String text(JsonNode body, String field, boolean required) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                throw new WorkbenchException(400, "missing_field", field + " is required");
            }
            return null;
        }
        if (!v.isTextual()) {
            throw new WorkbenchException(400, "invalid_field", field + " must be a string");
        }
        return v.asText();
    }

    private static String optionalId(JsonNode body, String field) {
        String v = text(body, field, false);
        if (v == null || v.isBlank()) {
            return null;
        }
        if (!EXTERNAL_ID.matcher(v.trim()).matches()) {
            throw new WorkbenchException(400, "invalid_field", field + ": 1-128 letters, digits or . _ : / -");
        }
        return v.trim();
    }

    private static LocalDate date(String v, String field) {
        try {
            return LocalDate.parse(v.trim());
        } catch (DateTimeParseException e) {
            throw new WorkbenchException(400, "invalid_field", field + " must be a date YYYY-MM-DD");
        }
    }

    private static long id(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new WorkbenchException(404, "unknown_encounter", "no encounter " + ctx.pathParam("id"));
        }
    }

    private static String idempotencyKey(Context ctx) {
        String k = ctx.header("Idempotency-Key");
        if (k == null || k.isBlank()) {
            return null;
        }
        if (k.length() > 200) {
            throw new WorkbenchException(400, "invalid_idempotency_key", "Idempotency-Key: at most 200 characters");
        }
        return k.trim();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static int intParam(Context ctx, String name, int dflt, int min, int max) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return dflt;
        }
        try {
            int i = Integer.parseInt(v.trim());
            if (i < min || i > max) {
                throw new NumberFormatException();
            }
            return i;
        } catch (NumberFormatException e) {
            throw new WorkbenchException(400, "invalid_query", name + " must be a whole number " + min + "-" + max);
        }
    }

    /** Serves packaged files (the page, WebJars) from the classpath, refusing paths that climb out. */
    static final class StaticAssets {
        private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
                "js", "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8", "svg", "image/svg+xml",
                "json", "application/json", "map", "application/json");

        private StaticAssets() {
        }

        static void serve(Context ctx, String resource) throws IOException {
            if (resource.contains("..") || resource.contains("//") || resource.contains("\\")) {
                throw new WorkbenchException(404, "not_found", "no such resource: " + ctx.path());
            }
            InputStream in = WorkbenchRoutes.class.getClassLoader().getResourceAsStream(resource);
            if (in == null) {
                throw new WorkbenchException(404, "not_found", "no such resource: " + ctx.path());
            }
            String ext = resource.substring(resource.lastIndexOf('.') + 1);
            try (in) {
                ctx.contentType(TYPES.getOrDefault(ext, "application/octet-stream"))
                        .header("Cache-Control", resource.startsWith("META-INF") ? "max-age=86400" : "no-cache")
                        .result(in.readAllBytes());
            }
        }
    }
}

package org.opencac.api.cds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Resource;
import org.opencac.api.fhir.FhirCoding;
import org.opencac.api.fhir.ServiceDates;
import org.opencac.api.http.ApiException;
import org.opencac.api.http.ErrorKind;
import org.opencac.api.http.NoteCoder;
import org.opencac.api.http.StrictJson;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.note.Note;
import org.opencac.engine.suggest.CodingResult;
import org.opencac.engine.suggest.EvidenceSpan;
import org.opencac.engine.suggest.Suggestion;
import org.opencac.engine.suggest.SystemResult;
import org.opencac.models.codeset.CodeSystem;

/**
 * CDS Hooks 2.0: discovery at {@code GET /cds-services}, the service {@value #SERVICE_ID} on
 * {@code encounter-discharge} (the discharge note comes from prefetch {@code notes}, or from any
 * DocumentReference or Bundle in the context or prefetch), and feedback. One card per suggested code,
 * with its evidence in the detail and an "accept" suggestion that creates the Condition; rejecting is the
 * card's override reasons (sent back as feedback). The stay's date of service is its discharge date, from
 * the prefetched {@code encounter} ({@link ServiceDates}); when the code-set release is not valid on it, a
 * warning card says so.
 */
public final class CdsHooksHandler {
    public static final String SERVICE_ID = "opencac-discharge-coding";
    public static final String HOOK = "encounter-discharge";
    private static final int MAX_CARDS = 10;

    private final FhirCoding fhir;
    private final ObjectMapper limits;
    private final ObjectMapper json = new ObjectMapper();
    private final NoteCoder coder;
    private final int maxNoteChars;

    public CdsHooksHandler(FhirCoding fhir, ObjectMapper limits, NoteCoder coder, int maxNoteChars) {
        this.fhir = fhir;
        this.limits = limits;
        this.coder = coder;
        this.maxNoteChars = maxNoteChars;
    }

    public void discovery(Context ctx) {
        ObjectNode service = json.createObjectNode();
        service.put("hook", HOOK);
        service.put("id", SERVICE_ID);
        service.put("title", "OpenCAC discharge coding");
        service.put("description", "Suggests ICD-10-CM codes for the encounter from its discharge note, each with the "
                + "evidence in the note, to accept (creates a provisional Condition) or reject.");
        ObjectNode prefetch = service.putObject("prefetch");
        prefetch.put("notes", "DocumentReference?patient={{context.patientId}}&encounter={{context.encounterId}}");
        prefetch.put("encounter", "Encounter/{{context.encounterId}}");
        service.put("usageRequirements", "The note must be a text/plain attachment (base64 data) or a narrative.");
        ObjectNode body = json.createObjectNode();
        body.putArray("services").add(service);
        ctx.json(body);
    }

    public void feedback(Context ctx) throws IOException {
        requireService(ctx);
        StrictJson.requireMediaType(ctx.contentType(), "application/json");
        JsonNode body = StrictJson.readObject(limits, StrictJson.readBody(ctx.req().getInputStream(), 1_000_000));
        if (!body.path("feedback").isArray()) {
            throw new ApiException(ErrorKind.INVALID_HOOK_REQUEST, "feedback must be an array");
        }
        ctx.json(json.createObjectNode());
    }

    public void call(Context ctx) throws IOException {
        requireService(ctx);
        StrictJson.requireMediaType(ctx.contentType(), "application/json");
        String raw = StrictJson.readBody(ctx.req().getInputStream(), (long) maxNoteChars * 12 * FhirCoding.MAX_DOCUMENTS
                + 65_536);
        JsonNode req = StrictJson.readObject(limits, raw);
        if (!HOOK.equals(req.path("hook").asText()) || !req.path("hookInstance").isTextual()) {
            throw new ApiException(ErrorKind.INVALID_HOOK_REQUEST, "expected hook \"" + HOOK + "\" and a hookInstance");
        }
        List<FhirCoding.InputNote> notes = new ArrayList<>();
        List<IBaseResource> resources = new ArrayList<>();
        collectNotes(req.path("prefetch"), notes, resources);
        collectNotes(req.path("context"), notes, resources);
        ServiceDates dates = ServiceDates.from(resources).withContextEncounter(
                req.path("context").path("encounterId").isTextual() ? req.path("context").path("encounterId").asText() : null);
        List<String> warnings = new ArrayList<>();
        if (notes.isEmpty()) {
            throw new ApiException(ErrorKind.INVALID_HOOK_REQUEST, "no note: prefetch \"notes\" (or the context) must hold a "
                    + "DocumentReference or a Bundle of them; this service does not call back to the FHIR server");
        }
        ArrayNode cards = json.createArrayNode();
        for (FhirCoding.InputNote n : notes.subList(0, Math.min(notes.size(), FhirCoding.MAX_DOCUMENTS))) {
            if (n.text().isBlank() || n.text().codePointCount(0, n.text().length()) > maxNoteChars) {
                throw new ApiException(ErrorKind.NOTE_TOO_LARGE, "a note is empty or over the " + maxNoteChars
                        + "-character limit");
            }
            // A discharge is the end of an inpatient stay.
            CodingResult r = coder.code(ctx, "cds-hooks", new Note(n.text(), CareSetting.INPATIENT), List.of(),
                    dates.of(n.document(), CareSetting.INPATIENT).orElse(null));
            // the cards carry ICD-10-CM codes only, so only that release's warnings concern them
            r.system(CodeSystem.ICD10CM).map(SystemResult::warnings)
                    .orElse(List.of()).stream().filter(w -> !warnings.contains(w)).forEach(warnings::add);
            String system = r.codeSetVersion().system().displayName();
            for (Suggestion s : r.suggestions().stream().limit(MAX_CARDS).toList()) {
                cards.add(card(s, system, r.codeSetVersion().label(), fhir.resourceFor(s, system, n.document())));
            }
        }
        if (!warnings.isEmpty()) {
            cards.insert(0, warningCard(warnings));
        }
        ObjectNode out = json.createObjectNode();
        out.set("cards", cards);
        ctx.json(out);
    }

    /** A card saying the code set used is not the one in force on the stay's date of service. */
    private ObjectNode warningCard(List<String> warnings) {
        ObjectNode card = json.createObjectNode();
        card.put("uuid", UUID.randomUUID().toString());
        card.put("summary", "Check the codes: the code set used is not valid on the date of service");
        card.put("indicator", "warning");
        card.put("detail", String.join("\n\n", warnings));
        card.putObject("source").put("label", "OpenCAC");
        return card;
    }

    private void collectNotes(JsonNode holder, List<FhirCoding.InputNote> notes, List<IBaseResource> resources) {
        if (!holder.isObject()) {
            return;
        }
        for (Iterator<JsonNode> it = holder.elements(); it.hasNext(); ) {
            JsonNode v = it.next();
            String type = v.path("resourceType").asText("");
            if (type.equals("Encounter")) {
                try {
                    resources.add(fhir.strictParser().parseResource(v.toString()));
                } catch (RuntimeException e) {
                    throw new ApiException(ErrorKind.INVALID_HOOK_REQUEST, "a prefetched Encounter is not valid FHIR R4");
                }
            } else if (type.equals("DocumentReference") || type.equals("Bundle")) {
                IBaseResource r;
                try {
                    r = fhir.strictParser().parseResource(v.toString());
                } catch (RuntimeException e) {
                    throw new ApiException(ErrorKind.INVALID_HOOK_REQUEST, "a prefetched " + type + " is not valid FHIR R4");
                }
                if (r instanceof org.hl7.fhir.r4.model.Bundle b && b.getEntry().isEmpty()) {
                    continue;
                }
                resources.add(r);
                notes.addAll(fhir.notesOf(r));
            }
        }
    }

    private ObjectNode card(Suggestion s, String system, String version, Resource condition) throws IOException {
        ObjectNode card = json.createObjectNode();
        card.put("uuid", UUID.randomUUID().toString());
        String summary = "Suggested " + system + " " + s.code() + ": " + s.description();
        card.put("summary", summary.length() > 140 ? summary.substring(0, 137) + "..." : summary);
        card.put("indicator", "info");
        StringBuilder detail = new StringBuilder("**Evidence** (character offsets in the note):\n\n");
        for (EvidenceSpan e : s.evidence()) {
            detail.append("- \"").append(e.text().replace("\n", " ")).append("\" [").append(e.start()).append("-")
                    .append(e.end()).append(", ").append(e.section()).append(", ").append(e.assertion()).append("]\n");
        }
        detail.append("\n**Why:** ").append(String.join("; ", s.rationale())).append("\n\nScore ")
                .append(String.format(java.util.Locale.ROOT, "%.2f", s.score())).append(s.firstListed()
                        ? ", first-listed diagnosis" : "");
        card.put("detail", detail.toString());
        ObjectNode source = card.putObject("source");
        source.put("label", "OpenCAC (" + version + ")");
        ObjectNode topic = source.putObject("topic");
        topic.put("system", FhirCoding.SYSTEMS.get(system));
        topic.put("code", s.code());
        topic.put("display", s.description());
        ObjectNode accept = card.putArray("suggestions").addObject();
        accept.put("label", "Accept " + s.code());
        accept.put("uuid", UUID.randomUUID().toString());
        accept.put("isRecommended", s.firstListed());
        ObjectNode action = accept.putArray("actions").addObject();
        action.put("type", "create");
        action.put("description", "Add " + s.code() + " (" + s.description() + ") to the encounter");
        action.set("resource", json.readTree(fhir.writer().encodeResourceToString(condition)));
        card.put("selectionBehavior", "at-most-one");
        ArrayNode reasons = card.putArray("overrideReasons");
        reason(reasons, "not-documented", "Not supported by the documentation");
        reason(reasons, "wrong-code", "A different or more specific code applies");
        reason(reasons, "not-reportable", "Not reportable for this encounter");
        return card;
    }

    private static void reason(ArrayNode reasons, String code, String display) {
        ObjectNode r = reasons.addObject();
        r.put("system", "https://opencac.org/fhir/CodeSystem/override-reason");
        r.put("code", code);
        r.put("display", display);
    }

    private static void requireService(Context ctx) {
        if (!SERVICE_ID.equals(ctx.pathParam("id"))) {
            throw new ApiException(ErrorKind.NOT_FOUND, "no CDS service with that id; see GET /cds-services");
        }
    }
}

package org.opencac.api.cds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.context.FhirContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opencac.api.TestServer;

/** CDS Hooks 2.0 discovery, an encounter-discharge call with a prefetched note, and feedback. */
class CdsHooksTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final FhirContext CTX = FhirContext.forR4();
    private static final String NOTE = "DISCHARGE DIAGNOSES: Community acquired pneumonia. Essential hypertension.";
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(Map.of());
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static HttpResponse<String> post(String path, String body) throws Exception {
        return server.post(path, body);
    }

    @Test
    void discoveryListsTheDischargeServiceWithItsPrefetch() throws Exception {
        HttpResponse<String> r = server.get("/cds-services");
        assertEquals(200, r.statusCode());
        JsonNode s = JSON.readTree(r.body()).get("services").get(0);
        assertEquals("encounter-discharge", s.get("hook").asText());
        assertEquals(CdsHooksHandler.SERVICE_ID, s.get("id").asText());
        assertFalse(s.get("description").asText().isBlank());
        assertTrue(s.get("prefetch").get("notes").asText().contains("{{context.patientId}}"));
        assertEquals("Encounter/{{context.encounterId}}", s.get("prefetch").get("encounter").asText());
    }

    private static String request(boolean withNote) throws Exception {
        return request(withNote, null);
    }

    /** A discharge call; {@code discharged} (a FHIR dateTime, or null) is the prefetched encounter's period end. */
    private static String request(boolean withNote, String discharged) throws Exception {
        ObjectNode req = JSON.createObjectNode();
        req.put("hook", "encounter-discharge");
        req.put("hookInstance", "d1bf7c4e-7a6f-4c3e-9a1b-3c0c6f0b2a11");
        ObjectNode context = req.putObject("context");
        context.put("userId", "Practitioner/u1");
        context.put("patientId", "p1");
        context.put("encounterId", "e1");
        if (withNote) {
            DocumentReference d = new DocumentReference();
            d.setId("n1");
            d.setStatus(org.hl7.fhir.r4.model.Enumerations.DocumentReferenceStatus.CURRENT);
            d.setSubject(new Reference("Patient/p1"));
            d.addContent().getAttachment().setContentType("text/plain").setData(NOTE.getBytes(StandardCharsets.UTF_8));
            Bundle b = new Bundle();
            b.setType(Bundle.BundleType.SEARCHSET);
            b.addEntry().setResource(d);
            req.putObject("prefetch").set("notes", JSON.readTree(CTX.newJsonParser().encodeResourceToString(b)));
        }
        if (discharged != null) {
            org.hl7.fhir.r4.model.Encounter e = new org.hl7.fhir.r4.model.Encounter();
            e.setId("e1");
            e.setStatus(org.hl7.fhir.r4.model.Encounter.EncounterStatus.FINISHED);
            e.setClass_(new org.hl7.fhir.r4.model.Coding("http://terminology.hl7.org/CodeSystem/v3-ActCode", "IMP",
                    "inpatient encounter"));
            e.setPeriod(new org.hl7.fhir.r4.model.Period()
                    .setStartElement(new org.hl7.fhir.r4.model.DateTimeType("2026-03-01T08:00:00Z"))
                    .setEndElement(new org.hl7.fhir.r4.model.DateTimeType(discharged)));
            ((ObjectNode) req.get("prefetch")).set("encounter", JSON.readTree(CTX.newJsonParser().encodeResourceToString(e)));
        }
        return JSON.writeValueAsString(req);
    }

    @Test
    void aDischargeCallReturnsOneCardPerCodeWithEvidenceAcceptAndReject() throws Exception {
        HttpResponse<String> r = post("/cds-services/" + CdsHooksHandler.SERVICE_ID, request(true));
        assertEquals(200, r.statusCode(), r.body());
        JsonNode cards = JSON.readTree(r.body()).get("cards");
        List<String> codes = new ArrayList<>();
        for (JsonNode c : cards) {
            assertTrue(c.get("summary").asText().length() <= 140);
            assertEquals("info", c.get("indicator").asText());
            assertFalse(c.get("source").get("label").asText().isBlank());
            assertTrue(c.get("detail").asText().contains("Evidence"));
            assertEquals("at-most-one", c.get("selectionBehavior").asText());
            JsonNode action = c.get("suggestions").get(0).get("actions").get(0);
            assertEquals("create", action.get("type").asText());
            assertEquals("Condition", action.get("resource").get("resourceType").asText());
            assertTrue(c.get("overrideReasons").size() >= 1);
            codes.add(c.get("source").get("topic").get("code").asText());
        }
        assertTrue(codes.contains("J18.9") && codes.contains("I10"), codes.toString());
    }

    @Test
    void aDischargeInTheLoadedFiscalYearGetsNoWarningCard() throws Exception {
        JsonNode cards = JSON.readTree(post("/cds-services/" + CdsHooksHandler.SERVICE_ID,
                request(true, "2026-03-05T12:00:00Z")).body()).get("cards");
        assertFalse(cards.isEmpty());
        for (JsonNode c : cards) {
            assertEquals("info", c.get("indicator").asText(), c.toString());
        }
    }

    @Test
    void aDischargeAfterTheLoadedFiscalYearLeadsWithAWarningCard() throws Exception {
        // admitted in FY2026, discharged in FY2027: the discharge date picks the code set
        HttpResponse<String> r = post("/cds-services/" + CdsHooksHandler.SERVICE_ID, request(true, "2026-10-02T12:00:00Z"));
        assertEquals(200, r.statusCode(), r.body());
        JsonNode cards = JSON.readTree(r.body()).get("cards");
        assertEquals("warning", cards.get(0).get("indicator").asText(), r.body());
        assertTrue(cards.get(0).get("detail").asText().contains("date of service 2026-10-02"), r.body());
        assertEquals("info", cards.get(1).get("indicator").asText(), "the code cards follow");
    }

    @Test
    void aCallWithoutANoteOrWithTheWrongHookIsAProblem() throws Exception {
        HttpResponse<String> r = post("/cds-services/" + CdsHooksHandler.SERVICE_ID, request(false));
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("invalid_hook_request"));
        assertEquals(400, post("/cds-services/" + CdsHooksHandler.SERVICE_ID,
                request(true).replace("encounter-discharge", "patient-view")).statusCode());
        assertEquals(404, post("/cds-services/unknown-service", request(true)).statusCode());
    }

    @Test
    void feedbackIsAccepted() throws Exception {
        HttpResponse<String> r = post("/cds-services/" + CdsHooksHandler.SERVICE_ID + "/feedback",
                "{\"feedback\":[{\"card\":\"c1\",\"outcome\":\"overridden\",\"overrideReason\":{\"reason\":{\"code\":"
                        + "\"wrong-code\"}},\"outcomeTimestamp\":\"2026-11-30T10:00:00Z\"}]}");
        assertEquals(200, r.statusCode(), r.body());
    }
}

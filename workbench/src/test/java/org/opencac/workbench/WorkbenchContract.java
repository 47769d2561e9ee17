package org.opencac.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.opencac.workbench.testing.TestService;

/**
 * The workbench API's behaviour, run against each store (H2 always, PostgreSQL when configured). Each test
 * works in its own organisation, so the tests share one service and one database without seeing each other.
 */
abstract class WorkbenchContract {
    static final String NOTE = "CHIEF COMPLAINT: Follow-up.\n\nHISTORY OF PRESENT ILLNESS: 58-year-old man with "
            + "hypertension and hyperlipidemia. Denies chest pain. Father with diabetes.\n\n"
            + "ASSESSMENT AND PLAN:\n1. Essential hypertension, controlled on lisinopril.\n"
            + "2. Hyperlipidemia, continue atorvastatin.\n3. Type 2 diabetes mellitus without complications.\n"
            + "4. Low back pain.\n";
    private static final AtomicInteger ORGS = new AtomicInteger();

    abstract TestService service();

    private String org;

    private String org() {
        if (org == null) {
            org = "org" + ORGS.incrementAndGet() + "-" + System.nanoTime();
        }
        return org;
    }

    Map<String, String> as(String coder) {
        return Map.of("X-Coder-Id", coder, "X-Org-Id", org());
    }

    Map<String, String> as(String coder, String key) {
        return Map.of("X-Coder-Id", coder, "X-Org-Id", org(), "Idempotency-Key", key);
    }

    static Map<String, Object> encounter(String externalId) {
        Map<String, Object> m = new HashMap<>();
        m.put("externalId", externalId);
        m.put("setting", "outpatient");
        m.put("dateOfService", "2026-03-14");
        m.put("specialty", "family medicine");
        m.put("patientId", "p-1");
        m.put("text", NOTE);
        return m;
    }

    JsonNode submit(String externalId) throws Exception {
        HttpResponse<String> r = service().send("POST", "/v1/encounters", encounter(externalId), as("alice"));
        assertEquals(201, r.statusCode(), r.body());
        return TestService.json(r);
    }

    JsonNode suggestion(JsonNode enc, String code) {
        for (JsonNode s : enc.get("suggestions")) {
            if (s.get("code").asText().equals(code)) {
                return s;
            }
        }
        throw new AssertionError("no suggestion " + code + " in " + enc.get("suggestions"));
    }

    HttpResponse<String> decide(long encounterId, Map<String, Object> body) throws Exception {
        return service().send("POST", "/v1/encounters/" + encounterId + "/decisions", body, as("alice"));
    }

    JsonNode get(String path) throws Exception {
        HttpResponse<String> r = service().send("GET", path, null, as("alice"));
        assertEquals(200, r.statusCode(), r.body());
        return TestService.json(r);
    }

    static void assertError(HttpResponse<String> r, int status, String error) throws Exception {
        assertEquals(status, r.statusCode(), r.body());
        assertEquals(error, TestService.json(r).get("error").asText(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                "errors are RFC 9457 problems like the rest of the service: " + r.headers().map());
        assertEquals("urn:opencac:problem:" + error, TestService.json(r).get("type").asText(), r.body());
        assertEquals(status, TestService.json(r).get("status").asInt(), r.body());
    }

    @Test
    void submittedNoteIsCodedAndStoredWithEvidenceUncodedMentionsAndAudit() throws Exception {
        JsonNode enc = submit("enc-1");
        assertEquals("open", enc.get("status").asText());
        JsonNode i10 = suggestion(enc, "I10");
        assertTrue(i10.get("firstListed").asBoolean());
        assertEquals("pending", i10.get("status").asText());
        for (JsonNode e : i10.get("evidence")) {
            assertEquals(e.get("text").asText(), NOTE.substring(e.get("start").asInt(), e.get("end").asInt()));
        }
        boolean chestPainGreyed = false;
        for (JsonNode u : enc.get("uncoded")) {
            chestPainGreyed |= u.get("text").asText().equals("chest pain") && u.get("reason").asText().contains("negated");
        }
        assertTrue(chestPainGreyed, enc.get("uncoded").toString());
        JsonNode again = get("/v1/encounters/" + enc.get("id").asLong());
        assertEquals(enc.get("suggestions").size(), again.get("suggestions").size());
        JsonNode audit = get("/v1/encounters/" + enc.get("id").asLong() + "/audit");
        assertEquals("submit", audit.get(0).get("action").asText());
        assertEquals("alice", audit.get(0).get("actor").asText());
    }

    @Test
    void anEncounterDatedOutsideTheCodeSetReleaseIsStoredWithAWarning() throws Exception {
        assertEquals(0, submit("enc-in-year").get("codeSetWarnings").size(), "2026-03-14 is in FY2026");
        Map<String, Object> old = encounter("enc-2019");
        old.put("dateOfService", "2019-05-02");
        HttpResponse<String> r = service().send("POST", "/v1/encounters", old, as("alice"));
        assertEquals(201, r.statusCode(), r.body());
        JsonNode stored = get("/v1/encounters/" + TestService.json(r).get("id").asLong());
        assertEquals(1, stored.get("codeSetWarnings").size(), stored.toString());
        String warning = stored.get("codeSetWarnings").get(0).asText();
        assertTrue(warning.contains("date of service 2019-05-02") && warning.contains(stored.get("codeSetVersion").asText()),
                warning);
    }

    @Test
    void repeatedSubmitWithTheSameKeyReturnsTheSameEncounterAndStoresOne() throws Exception {
        HttpResponse<String> a = service().send("POST", "/v1/encounters", encounter("enc-idem"), as("alice", "k-1"));
        HttpResponse<String> b = service().send("POST", "/v1/encounters", encounter("enc-idem"), as("alice", "k-1"));
        assertEquals(201, a.statusCode(), a.body());
        assertEquals(a.statusCode(), b.statusCode());
        assertEquals(a.body(), b.body());
        assertEquals(1, get("/v1/queue").get("total").asInt());
        Map<String, Object> other = encounter("enc-other");
        assertError(service().send("POST", "/v1/encounters", other, as("alice", "k-1")), 422, "idempotency_key_reused");
        assertError(service().send("POST", "/v1/encounters", encounter("enc-idem"), as("alice")), 409,
                "duplicate_external_id");
    }

    @Test
    void concurrentRepeatsOfOneDecisionKeyRecordOneDecision() throws Exception {
        JsonNode enc = submit("enc-race");
        long id = enc.get("id").asLong();
        long sid = suggestion(enc, "I10").get("id").asLong();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<HttpResponse<String>>> futures = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            futures.add(pool.submit(() -> service().send("POST", "/v1/encounters/" + id + "/decisions",
                    Map.of("suggestionId", sid, "action", "accept"), as("alice", "same-key"))));
        }
        Set<String> bodies = new HashSet<>();
        for (Future<HttpResponse<String>> f : futures) {
            HttpResponse<String> r = f.get();
            assertEquals(200, r.statusCode(), r.body());
            bodies.add(r.body());
        }
        pool.shutdown();
        assertEquals(1, bodies.size(), "every repeat answers with the first answer");
        assertEquals(1, get("/v1/encounters/" + id).get("decisions").size());
    }

    @Test
    void acceptRejectModifyAndAddAreRecordedWithCoderTimeAndAuditThenFinalizedInSequence() throws Exception {
        JsonNode enc = submit("enc-flow");
        long id = enc.get("id").asLong();
        assertEquals(200, decide(id, Map.of("suggestionId", suggestion(enc, "E78.5").get("id").asLong(),
                "action", "accept")).statusCode());
        HttpResponse<String> rej = decide(id, Map.of("suggestionId", suggestion(enc, "Z83.3").get("id").asLong(),
                "action", "reject", "reason", "family_history", "comment", "relative only"));
        assertEquals(200, rej.statusCode(), rej.body());
        JsonNode rejected = TestService.json(rej);
        assertEquals("alice", rejected.get("decision").get("coderId").asText());
        assertNotNull(rejected.get("decision").get("decidedAt").asText());
        assertEquals("rejected", rejected.get("suggestion").get("status").asText());
        HttpResponse<String> mod = decide(id, Map.of("suggestionId", suggestion(enc, "E11.9").get("id").asLong(),
                "action", "modify", "code", "E11.65"));
        assertEquals("E11.65", TestService.json(mod).get("suggestion").get("finalCode").asText(), mod.body());
        int start = NOTE.indexOf("lisinopril");
        HttpResponse<String> add = decide(id, Map.of("action", "add", "code", "Z79.899", "start", start,
                "end", start + "lisinopril".length()));
        assertEquals(200, add.statusCode(), add.body());
        assertEquals("lisinopril", TestService.json(add).get("suggestion").get("evidence").get(0).get("text").asText());
        HttpResponse<String> early = service().send("POST", "/v1/encounters/" + id + "/finalize", Map.of(), as("alice"));
        assertError(early, 409, "pending_suggestions");
        for (String code : List.of("I10", "M54.50")) {
            decide(id, Map.of("suggestionId", suggestion(enc, code).get("id").asLong(), "action", "accept"));
        }
        HttpResponse<String> fin = service().send("POST", "/v1/encounters/" + id + "/finalize", Map.of(), as("bob"));
        assertEquals(200, fin.statusCode(), fin.body());
        JsonNode done = TestService.json(fin);
        assertEquals("finalized", done.get("status").asText());
        assertEquals("bob", done.get("finalizedBy").asText());
        List<String> claim = new ArrayList<>();
        done.get("finalCodes").forEach(c -> claim.add(c.get("code").asText()));
        assertEquals(List.of("I10", "E78.5", "E11.65", "M54.50", "Z79.899"), claim,
                "first-listed first, then the engine's order (the assessment's), coder additions last");
        assertError(decide(id, Map.of("suggestionId", suggestion(enc, "I10").get("id").asLong(), "action", "reject",
                "reason", "other")), 409, "encounter_finalized");
        JsonNode export = get("/v1/encounters/" + id + "/export");
        assertEquals(5, export.get("codes").size());
        HttpResponse<String> csv = service().send("GET", "/v1/encounters/" + id + "/export?format=csv", null, as("a"));
        assertTrue(csv.body().startsWith("external_id,sequence,code,description\nenc-flow,1,I10,"), csv.body());
        List<String> trail = new ArrayList<>();
        get("/v1/encounters/" + id + "/audit").forEach(e -> trail.add(e.get("entity").asText() + ":"
                + e.get("action").asText()));
        assertEquals(List.of("encounter:submit", "decision:accept", "suggestion:accept", "decision:reject",
                "suggestion:reject", "decision:modify", "suggestion:modify", "decision:add", "suggestion:add",
                "decision:accept", "suggestion:accept", "decision:accept", "suggestion:accept", "encounter:finalize"),
                trail);
    }

    @Test
    void principalChosenAtFinalizeIsSequencedFirst() throws Exception {
        JsonNode enc = submit("enc-principal");
        long id = enc.get("id").asLong();
        for (JsonNode s : enc.get("suggestions")) {
            decide(id, Map.of("suggestionId", s.get("id").asLong(), "action", "accept"));
        }
        assertError(service().send("POST", "/v1/encounters/" + id + "/finalize", Map.of("principal", "J45.909"),
                as("alice")), 422, "invalid_principal");
        JsonNode done = TestService.json(service().send("POST", "/v1/encounters/" + id + "/finalize",
                Map.of("principal", "E11.9"), as("alice")));
        assertEquals("E11.9", done.get("finalCodes").get(0).get("code").asText());
        assertEquals("I10", done.get("finalCodes").get(1).get("code").asText());
    }

    @Test
    void badInputGetsClearClientErrors() throws Exception {
        TestService s = service();
        assertError(s.send("POST", "/v1/encounters", "{not json", as("alice")), 400, "malformed_json");
        Map<String, Object> noText = encounter("x");
        noText.remove("text");
        assertError(s.send("POST", "/v1/encounters", noText, as("alice")), 400, "missing_field");
        Map<String, Object> badDate = encounter("x");
        badDate.put("dateOfService", "14/03/2026");
        assertError(s.send("POST", "/v1/encounters", badDate, as("alice")), 400, "invalid_field");
        Map<String, Object> badSetting = encounter("x");
        badSetting.put("setting", "clinic");
        assertError(s.send("POST", "/v1/encounters", badSetting, as("alice")), 400, "unknown_setting");
        assertError(s.send("POST", "/v1/encounters", encounter("x"), Map.of("X-Org-Id", "o")), 400, "missing_coder");
        assertError(s.send("GET", "/v1/encounters/999999", null, as("alice")), 404, "unknown_encounter");
        JsonNode enc = submit("enc-bad");
        long id = enc.get("id").asLong();
        long sid = suggestion(enc, "I10").get("id").asLong();
        assertError(decide(id, Map.of("suggestionId", sid, "action", "reject")), 400, "missing_reason");
        assertError(decide(id, Map.of("suggestionId", sid, "action", "reject", "reason", "bored")), 400,
                "unknown_reason");
        assertError(decide(id, Map.of("suggestionId", sid, "action", "maybe")), 400, "unknown_action");
        assertError(decide(id, Map.of("suggestionId", sid, "action", "modify", "code", "X99.999")), 422,
                "unknown_code");
        assertError(decide(id, Map.of("suggestionId", sid, "action", "modify", "code", "E11")), 422, "not_billable");
        assertError(decide(id, Map.of("suggestionId", 987654, "action", "accept")), 404, "unknown_suggestion");
        assertError(decide(id, Map.of("action", "add", "code", "E78.5")), 409, "duplicate_code");
        assertError(decide(id, Map.of("action", "add", "code", "R51.9", "start", 5, "end", 100000)), 400,
                "invalid_span");
        assertError(s.send("GET", "/v1/queue?status=lost", null, as("alice")), 400, "invalid_query");
        assertError(s.send("GET", "/v1/queue?size=1000", null, as("alice")), 400, "invalid_query");
        assertEquals(0, get("/v1/encounters/" + id).get("decisions").size(), "no failed request left a row");
    }

    @Test
    void queueFiltersByStatusSettingSpecialtyAndDateAndPages() throws Exception {
        for (int i = 0; i < 5; i++) {
            Map<String, Object> e = encounter("q-" + i);
            e.put("dateOfService", "2026-01-0" + (i + 1));
            e.put("specialty", i % 2 == 0 ? "cardiology" : "family medicine");
            e.put("setting", i == 4 ? "inpatient" : "outpatient");
            assertEquals(201, service().send("POST", "/v1/encounters", e, as("alice")).statusCode());
        }
        assertEquals(5, get("/v1/queue").get("total").asInt());
        assertEquals(3, get("/v1/queue?specialty=cardiology").get("total").asInt());
        assertEquals(1, get("/v1/queue?setting=inpatient").get("total").asInt());
        assertEquals(3, get("/v1/queue?from=2026-01-02&to=2026-01-04").get("total").asInt());
        JsonNode p2 = get("/v1/queue?size=2&page=2");
        assertEquals(2, p2.get("items").size());
        assertEquals("q-2", p2.get("items").get(0).get("externalId").asText());
        assertEquals(0, get("/v1/queue?status=finalized").get("total").asInt());
    }

    /** Rejects {@code code} on {@code times} fresh encounters. */
    private void rejectRepeatedly(String code, int times) throws Exception {
        for (int i = 0; i < times; i++) {
            JsonNode enc = submit("rej-" + code + "-" + i);
            assertEquals(200, decide(enc.get("id").asLong(), Map.of("suggestionId",
                    suggestion(enc, code).get("id").asLong(), "action", "reject", "reason", "not_documented"))
                    .statusCode());
        }
    }

    @Test
    void aTriggerRejectedAgainAndAgainIsHeldBackWithItsCountsAndResetForgetsIt() throws Exception {
        rejectRepeatedly("M54.50", 5);
        JsonNode enc = submit("after-rejects");
        JsonNode back = suggestion(enc, "M54.50");
        assertEquals("suppressed", back.get("status").asText());
        String rationale = back.get("rationale").toString();
        assertTrue(rationale.contains("rejected 5 of 5 times"), rationale);
        assertEquals("pending", suggestion(enc, "I10").get("status").asText());
        JsonNode learning = get("/v1/learning");
        assertEquals(5, learning.get("decisionsCounted").asInt());
        // Another organisation learned nothing.
        HttpResponse<String> other = service().send("POST", "/v1/encounters", encounter("other-org"),
                Map.of("X-Coder-Id", "zoe", "X-Org-Id", org() + "-b"));
        assertEquals("pending", suggestion(TestService.json(other), "M54.50").get("status").asText());
        // Reset forgets; the decisions stay in the store and the trail.
        assertEquals(200, service().send("POST", "/v1/learning/reset", Map.of(), as("admin")).statusCode());
        assertEquals("pending", suggestion(submit("after-reset"), "M54.50").get("status").asText());
        assertEquals(0, get("/v1/learning").get("decisionsCounted").asInt());
    }

    @Test
    void acceptsRaiseAScoreAndSwitchingLearningOffRestoresTheEngineScore() throws Exception {
        for (int i = 0; i < 3; i++) {
            JsonNode enc = submit("acc-" + i);
            decide(enc.get("id").asLong(), Map.of("suggestionId", suggestion(enc, "Z83.3").get("id").asLong(),
                    "action", "accept"));
        }
        JsonNode z = suggestion(submit("acc-after"), "Z83.3");
        assertTrue(z.get("score").asDouble() > z.get("engineScore").asDouble(), z.toString());
        assertTrue(z.get("rationale").toString().contains("accepted 3 of 3 times"), z.toString());
        assertEquals(200, service().send("PUT", "/v1/learning", Map.of("enabled", false), as("admin")).statusCode());
        JsonNode off = suggestion(submit("acc-off"), "Z83.3");
        assertEquals(off.get("engineScore").asDouble(), off.get("score").asDouble());
    }

    @Test
    void aCodeCodersKeepChangingIsSuggestedAsTheirCode() throws Exception {
        for (int i = 0; i < 3; i++) {
            JsonNode enc = submit("mod-" + i);
            decide(enc.get("id").asLong(), Map.of("suggestionId", suggestion(enc, "E11.9").get("id").asLong(),
                    "action", "modify", "code", "E11.65"));
        }
        JsonNode s = suggestion(submit("mod-after"), "E11.65");
        assertTrue(s.get("rationale").toString().contains("changed E11.9 to E11.65 3 of 3 times"), s.toString());
    }

    @Test
    void aCodeCodersKeepAddingForATriggerIsSuggestedWhereTheTriggerIsAsserted() throws Exception {
        int start = NOTE.indexOf("atorvastatin");
        for (int i = 0; i < 3; i++) {
            JsonNode enc = submit("add-" + i);
            assertEquals(200, decide(enc.get("id").asLong(), Map.of("action", "add", "code", "Z79.899",
                    "start", start, "end", start + "atorvastatin".length())).statusCode());
        }
        JsonNode learned = suggestion(submit("add-after"), "Z79.899");
        assertEquals("learned", learned.get("origin").asText());
        assertEquals("atorvastatin", learned.get("evidence").get(0).get("text").asText());
        assertTrue(learned.get("rationale").toString().contains("coders added Z79.899 3 of 3 times"));
        assertEquals(3, get("/v1/dashboard").get("decisions").asInt());
    }
}

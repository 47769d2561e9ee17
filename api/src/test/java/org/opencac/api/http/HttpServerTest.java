package org.opencac.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opencac.api.Settings;
import org.opencac.api.TestModels;

/** Drives the real server on a free port through an HTTP client, as JavalinTest does. */
class HttpServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int LIMIT = 20_000;
    private static Javalin app;
    private static HttpClient client;
    private static String base;

    @BeforeAll
    static void start() throws IOException {
        Settings settings = Settings.load(Map.of("OPENCAC_PORT", "0", "OPENCAC_MAX_NOTE_CHARS", Integer.toString(LIMIT),
                "OPENCAC_CACHE_DIR", TestModels.cacheDir().toString(), "OPENCAC_HOST", "127.0.0.1",
                // a workbench store of this run's own, so a second run without `clean` starts empty too
                "OPENCAC_STORE_URL", org.opencac.workbench.store.StoreSettings.embeddedUrl(
                        TestModels.scratchDir("opencac-http-test").resolve("workbench"))));
        app = HttpServer.create(settings, TestModels.models(), TestModels.pipeline()).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + app.port();
        client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    private static HttpResponse<String> post(String body, String contentType) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + "/v1/suggest"))
                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String suggestBody(String text, String setting) throws Exception {
        return JSON.writeValueAsString(Map.of("text", text, "setting", setting, "maxSuggestions", 10));
    }

    private static void assertError(HttpResponse<String> r, int status, String error) throws Exception {
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        JsonNode body = JSON.readTree(r.body());
        assertEquals(error, body.get("error").asText());
        assertEquals(status, body.get("status").asInt());
        assertFalse(body.get("message").asText().isBlank());
    }

    @Test
    void suggestReturnsBillableCodesWithEvidenceThatSlicesTheNote() throws Exception {
        String note = "Patient with essential hypertension and hyperlipidemia. Denies chest pain.";
        HttpResponse<String> r = post(suggestBody(note, "outpatient"), "application/json");
        assertEquals(200, r.statusCode(), r.body());
        JsonNode body = JSON.readTree(r.body());
        assertEquals("ICD-10-CM", body.get("codeSystem").asText());
        assertEquals("ICD-10-CM FY2026", body.get("codeSetVersion").asText());
        List<String> codes = body.get("suggestions").findValuesAsText("code");
        assertTrue(codes.indexOf("I10") >= 0 && codes.indexOf("I10") < 3, codes.toString());
        assertTrue(codes.indexOf("E78.5") >= 0 && codes.indexOf("E78.5") < 3, codes.toString());
        assertFalse(codes.contains("R07.9"), codes.toString());
        for (JsonNode s : body.get("suggestions")) {
            assertTrue(s.get("billable").asBoolean());
            assertFalse(s.get("rationale").isEmpty());
            for (JsonNode e : s.get("evidence")) {
                assertEquals(note.substring(e.get("start").asInt(), e.get("end").asInt()), e.get("text").asText());
                assertTrue(e.has("section") && e.has("negated") && e.has("assertion"));
            }
        }
    }

    @Test
    void maxSuggestionsCapsTheList() throws Exception {
        String body = JSON.writeValueAsString(Map.of("text",
                "Hypertension, hyperlipidemia, type 2 diabetes, asthma, GERD, obesity, osteoarthritis.",
                "setting", "outpatient", "maxSuggestions", 2));
        JsonNode r = JSON.readTree(post(body, "application/json").body());
        assertTrue(r.get("suggestions").size() <= 2);
    }

    @Test
    void includeMentionsListsEveryMentionWithItsOutcome() throws Exception {
        String text = "CHIEF COMPLAINT: Cough.,REVIEW OF SYSTEMS: Positive for headache. Denies chest pain.,"
                + "ASSESSMENT: Acute bronchitis.";
        String body = JSON.writeValueAsString(Map.of("text", text, "setting", "outpatient",
                "include", java.util.List.of("mentions")));
        JsonNode r = JSON.readTree(post(body, "application/json").body());
        JsonNode mentions = r.get("mentions");
        assertTrue(mentions != null && mentions.isArray() && mentions.size() >= 3, "mentions listed");
        boolean sawRosOnly = false;
        boolean sawNegated = false;
        boolean sawCoded = false;
        for (JsonNode m : mentions) {
            assertEquals(text.substring(m.get("start").asInt(), m.get("end").asInt()), m.get("text").asText());
            String reason = m.get("reason").isNull() ? null : m.get("reason").asText();
            assertEquals(m.get("coded").asBoolean(), reason == null);
            sawRosOnly |= "headache".equalsIgnoreCase(m.get("text").asText()) && "ros_only".equals(reason);
            sawNegated |= "chest pain".equalsIgnoreCase(m.get("text").asText()) && "negated".equals(reason);
            sawCoded |= m.get("text").asText().equalsIgnoreCase("acute bronchitis") && m.get("coded").asBoolean()
                    && m.get("codes").toString().contains("J20.9");
        }
        assertTrue(sawRosOnly, "headache listed only in the ROS is not coded: " + mentions);
        assertTrue(sawNegated, "denied chest pain is negated: " + mentions);
        assertTrue(sawCoded, "acute bronchitis is coded J20.9: " + mentions);
    }

    @Test
    void theSexTheRequestGivesChoosesTheCodeOfThatSex() throws Exception {
        String note = "Cystoscopy for a narrowed urethra.\n\nASSESSMENT: Urethral stricture.";
        for (String[] sexAndCode : new String[][] {{"female", "N35.92"}, {"male", "N35.919"}}) {
            String body = JSON.writeValueAsString(Map.of("text", note, "setting", "outpatient", "sex", sexAndCode[0]));
            HttpResponse<String> r = post(body, "application/json");
            assertEquals(200, r.statusCode(), r.body());
            List<String> codes = JSON.readTree(r.body()).get("suggestions").findValuesAsText("code");
            assertTrue(codes.contains(sexAndCode[1]), sexAndCode[0] + ": " + codes);
        }
        assertError(post(JSON.writeValueAsString(Map.of("text", note, "setting", "outpatient", "sex", "x")),
                "application/json"), 400, "invalid_field");
    }

    @Test
    void mentionsAreLeftOutUnlessAskedFor() throws Exception {
        JsonNode r = JSON.readTree(post(suggestBody("Hypertension.", "outpatient"), "application/json").body());
        assertFalse(r.has("mentions"));
    }

    @Test
    void unknownIncludeValueIsA400() throws Exception {
        String body = "{\"text\":\"Hypertension.\",\"setting\":\"outpatient\",\"include\":[\"everything\"]}";
        assertError(post(body, "application/json"), 400, "invalid_field");
        String notArray = "{\"text\":\"Hypertension.\",\"setting\":\"outpatient\",\"include\":\"mentions\"}";
        assertError(post(notArray, "application/json"), 400, "invalid_field");
    }

    @Test
    void emptyTextIsA400() throws Exception {
        assertError(post(suggestBody("   ", "outpatient"), "application/json"), 400, "empty_text");
    }

    @Test
    void missingTextIsA400() throws Exception {
        assertError(post("{\"setting\":\"outpatient\"}", "application/json"), 400, "missing_field");
    }

    @Test
    void missingSettingIsA400() throws Exception {
        assertError(post("{\"text\":\"Hypertension.\"}", "application/json"), 400, "missing_field");
    }

    @Test
    void malformedJsonIsA400() throws Exception {
        assertError(post("{\"text\": \"Hypertension.\", ", "application/json"), 400, "malformed_json");
    }

    @Test
    void nonObjectJsonIsA400() throws Exception {
        assertError(post("[1,2]", "application/json"), 400, "malformed_json");
    }

    @Test
    void wrongContentTypeIsA415() throws Exception {
        assertError(post(suggestBody("Hypertension.", "outpatient"), "text/plain"), 415, "unsupported_media_type");
        assertError(post(suggestBody("Hypertension.", "outpatient"), null), 415, "unsupported_media_type");
    }

    @Test
    void unknownSettingIsA400() throws Exception {
        assertError(post(suggestBody("Hypertension.", "emergency"), "application/json"), 400, "unknown_setting");
    }

    @Test
    void badMaxSuggestionsIsA400() throws Exception {
        String body = "{\"text\":\"Hypertension.\",\"setting\":\"outpatient\",\"maxSuggestions\":0}";
        assertError(post(body, "application/json"), 400, "invalid_field");
    }

    @Test
    void noteOverTheLimitIsA413() throws Exception {
        assertError(post(suggestBody("a".repeat(LIMIT + 1), "outpatient"), "application/json"), 413, "note_too_large");
    }

    @Test
    void bodyFarOverTheLimitIsRefusedWithJson() throws Exception {
        assertError(post(suggestBody("b".repeat(LIMIT * 7), "outpatient"), "application/json"), 413, "note_too_large");
    }

    @Test
    void codeLookupReturnsTitleBillableAndNotes() throws Exception {
        HttpResponse<String> r = get("/v1/codes/E11.22");
        assertEquals(200, r.statusCode(), r.body());
        JsonNode c = JSON.readTree(r.body());
        assertEquals("Type 2 diabetes mellitus with diabetic chronic kidney disease", c.get("title").asText());
        assertTrue(c.get("billable").asBoolean());
        assertTrue(c.get("notes").get("use_additional_code").toString().contains("N18"));
        assertTrue(c.get("notes").has("excludes1"));
    }

    @Test
    void codeLookupAcceptsCodesWithoutDot() throws Exception {
        assertEquals("E11.22", JSON.readTree(get("/v1/codes/e1122").body()).get("code").asText());
    }

    @Test
    void unknownCodeIsA404() throws Exception {
        assertError(get("/v1/codes/Q99.99"), 404, "unknown_code");
    }

    @Test
    void searchFindsCodesByWords() throws Exception {
        HttpResponse<String> r = get("/v1/codes?billable=true&q=" + URLEncoder.encode("type 2 diabetes chronic kidney disease",
                StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), r.body());
        List<String> codes = JSON.readTree(r.body()).get("results").findValuesAsText("code");
        assertTrue(codes.subList(0, Math.min(5, codes.size())).contains("E11.22"), codes.toString());
    }

    @Test
    void searchWithoutQueryIsA400() throws Exception {
        assertError(get("/v1/codes"), 400, "missing_query");
    }

    @Test
    void unknownPathIsAJson404() throws Exception {
        assertError(get("/v1/nothing-here"), 404, "not_found");
    }

    @Test
    void healthReportsTheCodeSetVersion() throws Exception {
        HttpResponse<String> r = get("/health");
        assertEquals(200, r.statusCode());
        assertEquals("ICD-10-CM FY2026", JSON.readTree(r.body()).get("codeSetVersion").asText());
    }

    private static JsonNode suggest(String text, String setting) throws Exception {
        HttpResponse<String> r = post(suggestBody(text, setting), "application/json");
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    private static JsonNode suggestion(JsonNode body, String code) {
        for (JsonNode s : body.get("suggestions")) {
            if (s.get("code").asText().equals(code)) {
                return s;
            }
        }
        return null;
    }

    private static List<String> codes(JsonNode body) {
        return body.get("suggestions").findValuesAsText("code");
    }

    @Test
    void presentConditionIsCodedInBothSettings() throws Exception {
        for (String setting : List.of("outpatient", "inpatient")) {
            JsonNode body = suggest("ASSESSMENT: Community acquired pneumonia, start antibiotics.", setting);
            JsonNode j18 = suggestion(body, "J18.9");
            assertTrue(j18 != null, setting + ": " + codes(body));
            assertEquals("present", j18.get("evidence").get(0).get("assertion").asText());
        }
    }

    @Test
    void negatedConditionIsNotCodedInEitherSetting() throws Exception {
        for (String setting : List.of("outpatient", "inpatient")) {
            JsonNode body = suggest("ASSESSMENT: No evidence of pneumonia on chest x-ray. Viral URI.", setting);
            assertFalse(codes(body).contains("J18.9"), setting + ": " + codes(body));
        }
    }

    @Test
    void uncertainDiagnosisIsCodedAsEstablishedForInpatientsWithItsRationale() throws Exception {
        JsonNode body = suggest("ASSESSMENT: Fever and productive cough. Probable pneumonia, start ceftriaxone.",
                "inpatient");
        JsonNode j18 = suggestion(body, "J18.9");
        assertTrue(j18 != null, codes(body).toString());
        assertEquals("uncertain", j18.get("evidence").get(0).get("assertion").asText());
        assertTrue(j18.get("rationale").toString().contains("inpatient"), j18.get("rationale").toString());
    }

    @Test
    void uncertainDiagnosisIsNotCodedForOutpatientsButItsSymptomsAre() throws Exception {
        JsonNode body = suggest("ASSESSMENT: Fever and productive cough. Probable pneumonia, start amoxicillin.",
                "outpatient");
        assertFalse(codes(body).contains("J18.9"), codes(body).toString());
        assertTrue(codes(body).contains("R50.9"), codes(body).toString());
    }

    @Test
    void relativesConditionBecomesAFamilyHistoryCodeInBothSettings() throws Exception {
        for (String setting : List.of("outpatient", "inpatient")) {
            JsonNode body = suggest("FAMILY HISTORY: Mother had colon cancer at 52.\nASSESSMENT: Screening discussed.",
                    setting);
            assertFalse(codes(body).contains("C18.9"), setting + ": " + codes(body));
            JsonNode z = suggestion(body, "Z80.0");
            assertTrue(z != null, setting + ": " + codes(body));
            assertEquals("family", z.get("evidence").get(0).get("experiencer").asText());
            assertTrue(z.get("rationale").toString().contains("Family"), z.get("rationale").toString());
        }
    }

    @Test
    void resolvedConditionBecomesAPersonalHistoryCodeInBothSettings() throws Exception {
        for (String setting : List.of("outpatient", "inpatient")) {
            JsonNode body = suggest("HPI: History of colon cancer, status post resection in 2015, no recurrence.",
                    setting);
            assertFalse(codes(body).contains("C18.9"), setting + ": " + codes(body));
            JsonNode z = suggestion(body, "Z85.038");
            assertTrue(z != null, setting + ": " + codes(body));
            assertEquals("historical", z.get("evidence").get(0).get("assertion").asText());
            assertTrue(z.get("rationale").toString().contains("personal history"), z.get("rationale").toString());
        }
    }

    @Test
    void hypotheticalConditionIsNotCoded() throws Exception {
        JsonNode body = suggest("PLAN: Return to the ED if chest pain or shortness of breath develops.", "outpatient");
        assertFalse(codes(body).contains("R07.9"), codes(body).toString());
        assertFalse(codes(body).contains("R06.02"), codes(body).toString());
    }
    @Test
    void theWorkbenchPageAndItsApiAreServedByTheSameService() throws Exception {
        HttpResponse<String> page = get("/ui/");
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertEquals(200, get("/webjars/echarts/5.3.1/dist/echarts.min.js").statusCode());
        HttpRequest submit = HttpRequest.newBuilder(URI.create(base + "/v1/encounters"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json").header("X-Coder-Id", "amy")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("externalId", "api-1",
                        "setting", "outpatient", "dateOfService", "2026-02-01", "specialty", "family medicine",
                        "text", "ASSESSMENT: Essential hypertension.")))).build();
        HttpResponse<String> created = client.send(submit, HttpResponse.BodyHandlers.ofString());
        assertEquals(201, created.statusCode(), created.body());
        assertEquals("I10", JSON.readTree(created.body()).get("suggestions").get(0).get("code").asText());
        assertEquals(1, JSON.readTree(get("/v1/queue").body()).get("total").asInt());
    }
}

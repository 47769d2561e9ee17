package org.opencac.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencac.api.Settings;
import org.opencac.engine.Pipeline;
import org.opencac.engine.cpt.CptModule;
import org.opencac.engine.hcpcs.HcpcsModule;
import org.opencac.engine.pcs.PcsModule;
import org.opencac.models.ModelBundle;
import org.opencac.models.codeset.cpt.CptCodeSet;

/** Code systems beside ICD-10-CM over HTTP: defaults by setting, codeSystems, grouped response, search. */
class CodeSystemsApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Javalin app;
    private static HttpClient client;
    private static String base;
    @TempDir
    static Path cacheDir;

    @BeforeAll
    static void start() throws Exception {
        Settings settings = Settings.load(Map.of("OPENCAC_PORT", "0",
                "OPENCAC_CACHE_DIR", cacheDir.toString()));
        ModelBundle models = ModelBundle.load(settings.cacheDir());
        Pipeline pipeline = Pipeline.standard(models).withModules(List.of(PcsModule.bundled(), HcpcsModule.bundled(),
                CptModule.of(CptCodeSet.teamList())));
        app = HttpServer.create(settings, models, pipeline).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + app.port();
        client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    private static HttpResponse<String> post(Object body) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(base + "/v1/suggest")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode get(String path) throws Exception {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    private static List<String> systems(JsonNode body) {
        List<String> out = new ArrayList<>();
        body.get("systems").forEach(s -> out.add(s.get("codeSystem").asText()));
        return out;
    }

    @Test
    void inpatientDefaultsToDiagnosesAndPcsWithEachSuggestionNamingItsSystem() throws Exception {
        HttpResponse<String> r = post(Map.of("text", "PROCEDURE PERFORMED: Laparoscopic cholecystectomy for acute cholecystitis.",
                "setting", "inpatient"));
        assertEquals(200, r.statusCode(), r.body());
        JsonNode body = JSON.readTree(r.body());
        assertEquals(List.of("ICD-10-CM", "ICD-10-PCS"), systems(body));
        assertEquals("ICD-10-CM", body.get("codeSystem").asText(), "the ICD-10-CM fields stay as before");
        JsonNode pcs = body.get("systems").get(1);
        assertEquals("ICD-10-PCS FY2026", pcs.get("codeSetVersion").asText());
        JsonNode s = pcs.get("suggestions").get(0);
        assertEquals("0FT44ZZ", s.get("code").asText());
        assertEquals("ICD-10-PCS", s.get("codeSystem").asText());
        assertEquals("ICD-10-PCS FY2026", s.get("codeSetVersion").asText());
        assertEquals("ICD-10-CM", body.get("suggestions").get(0).get("codeSystem").asText());
    }

    @Test
    void outpatientDefaultsToDiagnosesCptAndHcpcsAndReportsTheCptSource() throws Exception {
        JsonNode body = JSON.readTree(post(Map.of("text", "Established patient follow-up.\nAssessment and Plan:\n"
                + "Pharyngitis. Ceftriaxone 1 g IM given.", "setting", "outpatient")).body());
        assertEquals(List.of("ICD-10-CM", "CPT", "HCPCS Level II"), systems(body));
        assertEquals("team-list", body.get("systems").get(1).get("source").asText());
        JsonNode hcpcs = body.get("systems").get(2);
        assertEquals("HCPCS Level II 2019", hcpcs.get("codeSetVersion").asText());
        assertEquals("J0696", hcpcs.get("suggestions").get(0).get("code").asText());
        assertEquals(4, hcpcs.get("suggestions").get(0).get("units").asInt());
    }

    @Test
    void requestedSystemsAreCodedInOrderAndUnknownOnesAreRefused() throws Exception {
        JsonNode body = JSON.readTree(post(Map.of("text", "Chest X-ray was normal.", "setting", "outpatient",
                "codeSystems", List.of("ICD-10-PCS"))).body());
        assertEquals(List.of("ICD-10-PCS"), systems(body));
        assertEquals(0, body.get("suggestions").size(), "ICD-10-CM not requested");
        HttpResponse<String> bad = post(Map.of("text", "x", "setting", "outpatient", "codeSystems", List.of("SNOMED")));
        assertEquals(400, bad.statusCode());
        assertEquals("unknown_code_system", JSON.readTree(bad.body()).get("error").asText());
        HttpResponse<String> notArray = post(Map.of("text", "x", "setting", "outpatient", "codeSystems", "CPT"));
        assertEquals(400, notArray.statusCode());
    }

    @Test
    void codeSearchCoversEverySystem() throws Exception {
        assertEquals("J0696", get("/v1/codes?q=ceftriaxone&system=HCPCS").get("results").get(0).get("code").asText());
        assertEquals("0FT4", get("/v1/codes?q=resection%20gallbladder&system=ICD-10-PCS").get("results").get(0).get("code").asText());
        assertEquals("93000", get("/v1/codes?q=electrocardiogram&system=CPT").get("results").get(0).get("code").asText());
        JsonNode systems = get("/v1/code-systems");
        assertTrue(systems.get("codeSystems").toString().contains("team-list"), systems.toString());
    }

    @Test
    void aDateOfServiceNoLoadedReleaseCoversIsCodedWithAWarningNamingTheReleases() throws Exception {
        HttpResponse<String> r = post(Map.of("text", "Ceftriaxone 1 g IM was given in clinic.", "setting", "outpatient",
                "codeSystems", List.of("ICD-10-CM", "HCPCS"), "dateOfService", "2026-03-14"));
        assertEquals(200, r.statusCode(), r.body());
        JsonNode body = JSON.readTree(r.body());
        assertEquals("2026-03-14", body.get("dateOfService").asText());
        JsonNode icd = body.get("systems").get(0);
        JsonNode hcpcs = body.get("systems").get(1);
        assertTrue(icd.get("warnings") == null, "FY2026 covers 2026-03-14: " + icd);
        assertTrue(hcpcs.get("warnings").get(0).asText().contains("HCPCS Level II 2019 (2019-01-01 to 2019-12-31)"), hcpcs.toString());
        assertEquals(hcpcs.get("warnings"), body.get("warnings"), "the top level gathers every system's warnings");
        assertEquals("J0696", hcpcs.get("suggestions").get(0).get("code").asText());
    }

    @Test
    void aDateOfServiceInsideEveryReleaseHasNoWarnings() throws Exception {
        HttpResponse<String> r = post(Map.of("text", "Ceftriaxone 1 g IM was given in clinic.", "setting", "outpatient",
                "codeSystems", List.of("HCPCS"), "dateOfService", "2019-07-01"));
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(JSON.readTree(r.body()).get("warnings") == null, r.body());
    }

    @Test
    void aDateOfServiceNotWrittenYyyyMmDdIsRefused() throws Exception {
        for (Object bad : List.of("14/03/2026", "2026-02-30", "2026-3-14", 20260314)) {
            HttpResponse<String> r = post(Map.of("text", "Ceftriaxone 1 g IM.", "setting", "outpatient", "dateOfService", bad));
            assertEquals(400, r.statusCode(), bad + ": " + r.body());
            assertEquals("invalid_field", JSON.readTree(r.body()).get("error").asText());
        }
    }

    @Test
    void loadedCodeSystemsListTheDatesOfServiceEachReleaseAppliesTo() throws Exception {
        JsonNode systems = get("/v1/code-systems").get("codeSystems");
        JsonNode icd = systems.get(0);
        assertEquals("2025-10-01", icd.get("validFrom").asText());
        assertEquals("2026-09-30", icd.get("validTo").asText());
        boolean hcpcs = false;
        for (JsonNode s : systems) {
            if (s.get("codeSystem").asText().startsWith("HCPCS")) {
                assertEquals("2019-01-01", s.get("validFrom").asText());
                hcpcs = true;
            }
            if (s.get("codeSystem").asText().equals("CPT")) {
                assertTrue(s.get("validFrom") == null, "the team list is undated");
            }
        }
        assertTrue(hcpcs);
    }
}

package org.opencac.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencac.api.ServiceOptions;
import org.opencac.api.TestModels;
import org.opencac.api.TestServer;
import org.opencac.api.auth.ApiKeys;
import org.opencac.api.auth.Role;

/**
 * The OpenAPI description against the running service (authentication on): the spec parses, every
 * documented operation exists and answers its documented example with a documented status, and every
 * response body (success, 400 for an empty body, 401 without a key) validates against its schema.
 */
class OpenApiContractTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static TestServer server;
    private static HttpClient client;
    private static String base;
    private static String adminKey;
    private static JsonNode spec;
    @TempDir
    static Path dataDir;

    @BeforeAll
    static void start() throws Exception {
        ApiKeys keys = ApiKeys.open(dataDir);
        adminKey = keys.create(Role.ADMIN, "contract test").token();
        // a fresh workbench store, so the first encounter submitted has id 1 (the examples' id)
        server = TestServer.start(Map.of("OPENCAC_STORE_URL",
                        org.opencac.workbench.store.StoreSettings.embeddedUrl(dataDir.resolve("workbench"))),
                ServiceOptions.load(Map.of("OPENCAC_AUTH", "on", "OPENCAC_DATA_DIR", dataDir.toString())), keys,
                app -> { }, TestModels.pipeline());
        base = server.base();
        client = server.client();
        spec = JSON.readTree(client.send(HttpRequest.newBuilder(URI.create(base + "/openapi.json")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void theServedSpecIsAValidOpenApiDocument() {
        ParseOptions o = new ParseOptions();
        o.setResolve(true);
        SwaggerParseResult r = new OpenAPIV3Parser().readContents(spec.toString(), null, o);
        assertNotNull(r.getOpenAPI(), String.valueOf(r.getMessages()));
        assertTrue(r.getMessages() == null || r.getMessages().isEmpty(), String.valueOf(r.getMessages()));
        assertTrue(r.getOpenAPI().getPaths().size() >= 24);
    }

    private record Call(String method, String path, HttpResponse<String> response, JsonNode operation) {
    }

    private static Call call(String method, String template, JsonNode op, boolean withKey, boolean emptyBody) throws Exception {
        String path = template;
        StringBuilder query = new StringBuilder();
        for (JsonNode p : op.path("parameters")) {
            String value = p.path("example").asText(null);
            if (p.get("in").asText().equals("path")) {
                path = path.replace("{" + p.get("name").asText() + "}", value);
            } else if (p.get("in").asText().equals("query") && value != null) {
                query.append(query.length() == 0 ? "?" : "&").append(p.get("name").asText()).append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path + query)).timeout(Duration.ofSeconds(30));
        if (withKey) {
            b.header("X-API-Key", adminKey);
        }
        if (op.has("requestBody")) {
            Map.Entry<String, JsonNode> media = op.get("requestBody").get("content").fields().next();
            String body = emptyBody ? "{}" : JSON.writeValueAsString(media.getValue().get("example"));
            b.header("Content-Type", media.getKey()).method(method.toUpperCase(), HttpRequest.BodyPublishers.ofString(body));
        } else {
            b.method(method.toUpperCase(), HttpRequest.BodyPublishers.noBody());
        }
        return new Call(method, template, client.send(b.build(), HttpResponse.BodyHandlers.ofString()), op);
    }

    private static void assertDocumented(Call c) throws Exception {
        String where = c.method() + " " + c.path() + " -> " + c.response().statusCode();
        JsonNode documented = c.operation().get("responses").get(Integer.toString(c.response().statusCode()));
        assertNotNull(documented, "undocumented status: " + where + " " + c.response().body());
        String type = c.response().headers().firstValue("Content-Type").orElse("").split(";")[0].trim();
        JsonNode media = documented.get("content").get(type);
        assertNotNull(media, "undocumented content type " + type + ": " + where);
        if (type.endsWith("json")) {
            ObjectNode schema = (ObjectNode) media.get("schema").deepCopy();
            schema.set("components", spec.get("components"));
            schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
            Set<ValidationMessage> errors = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(schema).validate(JSON.readTree(c.response().body()));
            assertTrue(errors.isEmpty(), where + ": " + errors);
        }
    }

    /**
     * Operations are called in the order the spec lists them, so the workbench's write operations run on the
     * encounter its first operation submitted: submit, read, add a code, finalize, export, audit.
     */
    @Test
    void everyDocumentedOperationExistsAndEveryResponseMatchesTheSpec() throws Exception {
        List<String> checked = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = spec.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> p = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = p.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                Call ok = call(op.getKey(), p.getKey(), op.getValue(), true, false);
                int success = op.getValue().get("responses").has("201") ? 201 : 200;
                assertEquals(success, ok.response().statusCode(), op.getKey() + " " + p.getKey() + ": " + ok.response().body());
                assertDocumented(ok);
                boolean open = op.getValue().has("security") && op.getValue().get("security").isEmpty();
                if (!open) {
                    Call noKey = call(op.getKey(), p.getKey(), op.getValue(), false, false);
                    assertEquals(401, noKey.response().statusCode());
                    assertDocumented(noKey);
                }
                if (op.getValue().path("requestBody").path("required").asBoolean(false)) {
                    Call empty = call(op.getKey(), p.getKey(), op.getValue(), true, true);
                    assertEquals(400, empty.response().statusCode(), p.getKey() + ": " + empty.response().body());
                    assertDocumented(empty);
                }
                checked.add(op.getKey() + " " + p.getKey());
            }
        }
        assertTrue(checked.size() >= 26, checked.toString());
    }

    @Test
    void theSchemaCheckRejectsABodyThatDoesNotMatch() throws Exception {
        ObjectNode schema = JSON.createObjectNode().put("$ref", "#/components/schemas/SuggestResponse");
        schema.set("components", spec.get("components"));
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        Set<ValidationMessage> errors = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema)
                .validate(JSON.readTree("{\"codeSystem\":\"ICD-10-CM\",\"suggestions\":[{\"code\":1}]}"));
        assertTrue(errors.size() >= 3, errors.toString());
    }

    @Test
    void theDocsPageLoadsSwaggerUiFromItsWebJar() throws Exception {
        String page = client.send(HttpRequest.newBuilder(URI.create(base + "/docs")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(page.contains("swagger-ui-bundle.js"));
        HttpResponse<String> js = client.send(HttpRequest.newBuilder(URI.create(base + "/webjars/swagger-ui/"
                + ApiDocs.SWAGGER_UI_VERSION + "/swagger-ui-bundle.js")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, js.statusCode());
        assertTrue(js.body().length() > 100_000);
    }
}

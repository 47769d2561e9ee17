package org.opencac.api.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencac.api.ServiceOptions;
import org.opencac.api.TestModels;
import org.opencac.api.TestServer;

/** Every protected route refuses a missing or wrong key (401) and a wrong role (403); admin may do everything. */
class AuthenticationTest {
    private static TestServer server;
    private static HttpClient client;
    private static String base;
    private static ApiKeys keys;
    @TempDir
    static Path dataDir;
    private static final Map<Role, String> TOKENS = new java.util.EnumMap<>(Role.class);

    @BeforeAll
    static void start() throws Exception {
        keys = ApiKeys.open(dataDir);
        for (Role r : Role.values()) {
            TOKENS.put(r, keys.create(r, "test " + r.wireName()).token());
        }
        server = TestServer.start(Map.of(), ServiceOptions.load(Map.of("OPENCAC_AUTH", "on",
                "OPENCAC_DATA_DIR", dataDir.toString())), keys, app -> app.get("/v1/whoami", ctx -> {
                    Principal p = ctx.attribute(Principal.ATTRIBUTE);
                    ctx.result(p.keyId() + " " + p.role().wireName());
                }), TestModels.pipeline());
        base = server.base();
        client = server.client();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static HttpResponse<String> get(String path, String header, String value) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        if (header != null) {
            b.header(header, value);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Role wrongRoleFor(Role needed) {
        return needed == Role.CODER ? Role.INTEGRATOR : Role.CODER;
    }

    @Test
    void everyProtectedRouteInTheTableRefusesMissingWrongAndUnderprivilegedKeys() throws Exception {
        int checked = 0;
        for (RouteRoles.Rule rule : RouteRoles.RULES) {
            if (rule.role().isEmpty()) {
                continue;
            }
            String path = rule.pattern().replace("*", "x");
            Role needed = rule.role().get();
            assertEquals(401, get(path, null, null).statusCode(), path);
            assertEquals(401, get(path, "X-API-Key", "ocac_000000000000_wrong").statusCode(), path);
            HttpResponse<String> bad = get(path, "X-API-Key", TOKENS.get(needed) + "x");
            assertEquals(401, bad.statusCode(), path);
            assertTrue(bad.body().contains("\"unauthorized\""), bad.body());
            HttpResponse<String> wrong = get(path, "X-API-Key", TOKENS.get(wrongRoleFor(needed)));
            assertEquals(403, wrong.statusCode(), path + " " + wrong.body());
            assertTrue(wrong.body().contains("\"forbidden\""), wrong.body());
            for (Role allowed : new Role[] {needed, Role.ADMIN}) {
                int s = get(path, "Authorization", "Bearer " + TOKENS.get(allowed)).statusCode();
                assertNotEquals(401, s, path);
                assertNotEquals(403, s, path);
            }
            checked++;
        }
        assertTrue(checked >= 15, "checked " + checked);
    }

    @Test
    void healthAndDocsNeedNoKey() throws Exception {
        assertEquals(200, get("/health/ready", null, null).statusCode());
        assertEquals(200, get("/health/live", null, null).statusCode());
        assertEquals(200, get("/openapi.json", null, null).statusCode());
        assertEquals(401, get("/metrics", null, null).statusCode());
    }

    @Test
    void theRightKeyCodesAndThePrincipalIsInTheRequest() throws Exception {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + "/v1/suggest"))
                .header("Content-Type", "application/json").header("X-API-Key", TOKENS.get(Role.INTEGRATOR))
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"Essential hypertension.\",\"setting\":\"outpatient\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        String who = get("/v1/whoami", "X-API-Key", TOKENS.get(Role.CODER)).body();
        assertTrue(who.endsWith(" coder"), who);
    }

    @Test
    void keysAreStoredHashedAndARevokedKeyStopsWorking() throws Exception {
        String file = Files.readString(dataDir.resolve(ApiKeys.FILE_NAME));
        for (String token : TOKENS.values()) {
            assertFalse(file.contains(token.substring(token.lastIndexOf('_') + 1)), "a secret is stored in clear");
        }
        ApiKeys.NewKey temp = keys.create(Role.CODER, "temporary");
        assertEquals(200, get("/v1/codes/I10", "X-API-Key", temp.token()).statusCode());
        assertTrue(keys.revoke(temp.stored().id()));
        assertEquals(401, get("/v1/codes/I10", "X-API-Key", temp.token()).statusCode());
    }
}

package org.opencac.api.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencac.api.auth.ApiKeys;
import org.opencac.api.auth.Role;

/** {@code opencac keys create|list|revoke}: the secret is printed once, listed keys show no secret, revoked keys fail. */
class KeysCommandTest {

    private static String run(Path dir, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        KeysCommand.run(List.of(args), dir, new PrintStream(out, true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void createListRevoke(@TempDir Path dir) throws Exception {
        String token = run(dir, "create", "--role", "coder", "--name", "reviewer one").trim();
        assertTrue(token.startsWith("ocac_"), token);
        ApiKeys keys = ApiKeys.open(dir);
        assertEquals(Role.CODER, keys.authenticate(token).orElseThrow().role());
        String id = keys.list().get(0).id();
        String listing = run(dir, "list");
        assertTrue(listing.contains(id) && listing.contains("coder") && listing.contains("reviewer one"), listing);
        assertFalse(listing.contains(token.substring(token.lastIndexOf('_') + 1)), "list shows a secret");
        assertTrue(run(dir, "revoke", id).contains("revoked"));
        assertTrue(ApiKeys.open(dir).authenticate(token).isEmpty());
    }

    @Test
    void badArgumentsAreUsageErrors(@TempDir Path dir) throws Exception {
        assertThrows(UsageException.class, () -> run(dir, "create", "--role", "superuser", "--name", "x"));
        assertThrows(UsageException.class, () -> run(dir, "create", "--name", "x"));
        assertThrows(UsageException.class, () -> run(dir, "rotate"));
    }
}

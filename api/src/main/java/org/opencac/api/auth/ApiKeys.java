package org.opencac.api.auth;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.opencac.models.io.AtomicFiles;

/**
 * API keys, stored hashed in {@code api-keys.json} under the data directory: for each key its public id,
 * name, role, a random per-key salt and SHA-256(salt || secret). The secret is shown once, when the key is
 * created, and never stored. A key reads {@code ocac_<id>_<secret>}. The file is re-read when it changes,
 * so keys created or revoked from the command line apply to a running service within a second.
 */
public final class ApiKeys {
    public static final String FILE_NAME = "api-keys.json";
    private static final String PREFIX = "ocac_";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * A stored key (no secret).
     *
     * @param id      public id, in the key and in logs
     * @param name    who it is for
     * @param role    coder, integrator or admin
     * @param salt    random per-key salt, hex
     * @param hash    SHA-256(salt bytes || secret UTF-8), hex
     * @param created ISO-8601 instant
     */
    public record StoredKey(String id, String name, String role, String salt, String hash, String created) {
    }

    /**
     * The file's content.
     *
     * @param keys every active key
     */
    public record KeyFile(List<StoredKey> keys) {
    }

    /**
     * A key just created: the only time its secret is known.
     *
     * @param stored what is kept
     * @param token  the full key to give to the client
     */
    public record NewKey(StoredKey stored, String token) {
    }

    private final Path file;
    private volatile List<StoredKey> keys = List.of();
    private volatile String loadedAt;
    private volatile long checkedAt;

    private ApiKeys(Path file) {
        this.file = file;
    }

    /** Opens (or prepares) the key file in {@code dataDir}. */
    public static ApiKeys open(Path dataDir) {
        ApiKeys k = new ApiKeys(dataDir.resolve(FILE_NAME));
        k.reload();
        k.checkedAt = System.nanoTime();
        return k;
    }

    public Path file() {
        return file;
    }

    public synchronized List<StoredKey> list() {
        reload();
        return keys;
    }

    /** Creates a key, stores its hash and returns the secret token once. */
    public synchronized NewKey create(Role role, String name) {
        if (name == null || name.isBlank() || name.length() > 100 || name.chars().anyMatch(c -> c < 0x20)) {
            throw new IllegalArgumentException("a key needs a name of 1-100 printable characters");
        }
        reload();
        byte[] idBytes = new byte[6];
        byte[] secretBytes = new byte[32];
        byte[] salt = new byte[16];
        RANDOM.nextBytes(idBytes);
        RANDOM.nextBytes(secretBytes);
        RANDOM.nextBytes(salt);
        String id = HexFormat.of().formatHex(idBytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(secretBytes).replace('_', 'x');
        StoredKey stored = new StoredKey(id, name.trim(), role.wireName(), HexFormat.of().formatHex(salt),
                hash(salt, secret), Instant.now().toString());
        List<StoredKey> next = new ArrayList<>(keys);
        next.add(stored);
        write(next);
        return new NewKey(stored, PREFIX + id + "_" + secret);
    }

    /** Revokes a key by id; false when there is none. */
    public synchronized boolean revoke(String id) {
        reload();
        List<StoredKey> next = new ArrayList<>(keys);
        boolean removed = next.removeIf(k -> k.id().equals(id));
        if (removed) {
            write(next);
        }
        return removed;
    }

    /** The principal for a presented token, if it is a current key. */
    public Optional<Principal> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 200) {
            return Optional.empty();
        }
        String rest = token.substring(PREFIX.length());
        int cut = rest.indexOf('_');
        if (cut <= 0) {
            return Optional.empty();
        }
        String id = rest.substring(0, cut);
        String secret = rest.substring(cut + 1);
        maybeReload();
        for (StoredKey k : keys) {
            if (k.id().equals(id)) {
                byte[] expected = HexFormat.of().parseHex(k.hash());
                byte[] actual = HexFormat.of().parseHex(hash(HexFormat.of().parseHex(k.salt()), secret));
                if (MessageDigest.isEqual(expected, actual)) {
                    return Role.parse(k.role()).map(r -> new Principal(k.id(), k.name(), r));
                }
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private void maybeReload() {
        if (System.nanoTime() - checkedAt > 1_000_000_000L) {
            synchronized (this) {
                // Re-checked under the lock: threads that waited here while another reloaded use its result.
                if (System.nanoTime() - checkedAt > 1_000_000_000L) {
                    reload();
                    checkedAt = System.nanoTime();
                }
            }
        }
    }

    private void reload() {
        try {
            if (!Files.isRegularFile(file)) {
                keys = List.of();
                loadedAt = null;
                return;
            }
            String t = version();
            if (t.equals(loadedAt)) {
                return;
            }
            KeyFile f = JSON.readValue(file.toFile(), KeyFile.class);
            keys = f.keys() == null ? List.of() : List.copyOf(f.keys());
            loadedAt = t;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read API keys from " + file, e);
        }
    }

    private void write(List<StoredKey> next) {
        try {
            Files.createDirectories(file.getParent());
            AtomicFiles.writeOwnerOnly(file, out -> JSON.writeValue(out, new KeyFile(next)));
            keys = List.copyOf(next);
            loadedAt = version();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write API keys to " + file, e);
        }
    }

    /** Modification time, size and file identity: a replaced file (atomic move) always differs. */
    private String version() throws IOException {
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
        return a.lastModifiedTime() + "/" + a.size() + "/" + a.fileKey();
    }

    static String hash(byte[] salt, String secret) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            d.update(salt);
            d.update(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

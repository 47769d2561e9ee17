package org.opencac.workbench.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Idempotent writes. A write sent with a key runs once: its answer is stored with the key in the same
 * transaction as the change, under a primary key (org, key), so a repeat, even a concurrent one, gets the
 * stored answer and never makes a second row. A key reused for a different request is refused.
 */
public final class Idempotency {
    private Idempotency() {
    }

    /** An answer to a write: HTTP status and JSON body. */
    public record Answer(int status, String body) {
    }

    /** Thrown when a key comes back with a different request. */
    public static final class KeyReusedException extends RuntimeException {
        public KeyReusedException() {
            super("this Idempotency-Key was already used for a different request");
        }
    }

    public static String hash(String method, String path, String body) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            d.update((method + " " + path + "\n").getBytes(StandardCharsets.UTF_8));
            d.update(body.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs {@code work} once per key (or always, when {@code key} is null). */
    public static Answer run(Store store, String org, String key, String hash, Store.Work<Answer> work) {
        if (key == null) {
            return store.inTransaction(work);
        }
        Optional<Answer> earlier = store.read(c -> find(c, org, key, hash));
        if (earlier.isPresent()) {
            return earlier.get();
        }
        try {
            return store.inTransaction(c -> {
                Optional<Answer> prior = find(c, org, key, hash);
                if (prior.isPresent()) {
                    return prior.get();
                }
                Answer a = work.run(c);
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO idempotency_key (org_id, idem_key, "
                        + "request_hash, status, body, created_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                    ps.setString(1, org);
                    ps.setString(2, key);
                    ps.setString(3, hash);
                    ps.setInt(4, a.status());
                    ps.setString(5, a.body());
                    ps.setObject(6, OffsetDateTime.now());
                    ps.executeUpdate();
                }
                return a;
            });
        } catch (StoreException e) {
            if (!e.isUniqueViolation()) {
                throw e;
            }
            // A concurrent request with the same key committed first: answer as it did.
            return store.read(c -> find(c, org, key, hash)).orElseThrow(() -> e);
        }
    }

    private static Optional<Answer> find(Connection c, String org, String key, String hash) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT request_hash, status, body FROM idempotency_key WHERE org_id = ? AND idem_key = ?")) {
            ps.setString(1, org);
            ps.setString(2, key);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                if (!rs.getString(1).equals(hash)) {
                    throw new KeyReusedException();
                }
                return Optional.of(new Answer(rs.getInt(2), rs.getString(3)));
            }
        }
    }
}

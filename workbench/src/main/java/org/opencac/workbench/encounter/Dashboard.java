package org.opencac.workbench.encounter;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.opencac.workbench.store.Store;

/** Review figures for the dashboard, from the current (not superseded) decisions of one organisation. */
public final class Dashboard {
    private final Store store;

    public Dashboard(Store store) {
        this.store = store;
    }

    /** Accepted out of reviewed (accept, reject, modify) for one key. */
    public record Rate(String key, int accepted, int rejected, int modified, int reviewed) {
    }

    /** Decisions of one coder in one hour (UTC). */
    public record CoderHour(String coder, String hour, int decisions, int accepted) {
    }

    public record View(int decisions, List<Rate> byCode, List<Rate> bySection, List<Rate> rejectedTriggers,
                       List<CoderHour> perCoderHour) {
    }

    public View view(String org, int days) {
        return store.read(c -> new View(count(c, org),
                rates(c, org, "d.code", "", "COUNT(*) DESC, k", 20),
                rates(c, org, "d.section", "", "COUNT(*) DESC, k", 20),
                rates(c, org, "t.trigger_text", " JOIN suggestion_trigger t ON t.suggestion_id = d.suggestion_id",
                        "SUM(CASE WHEN d.action = 'reject' THEN 1 ELSE 0 END) DESC, k", 15).stream()
                        .filter(r -> r.rejected() > 0).toList(),
                perCoderHour(c, org, OffsetDateTime.now(ZoneOffset.UTC).minusDays(days))));
    }

    private static int count(Connection c, String org) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT COUNT(*) FROM decision WHERE org_id = ? AND superseded = FALSE")) {
            ps.setString(1, org);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static List<Rate> rates(Connection c, String org, String key, String join, String order, int limit)
            throws SQLException {
        List<Rate> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + key + " AS k, "
                + "SUM(CASE WHEN d.action = 'accept' THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN d.action = 'reject' THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN d.action = 'modify' THEN 1 ELSE 0 END), COUNT(*) FROM decision d" + join
                + " WHERE d.org_id = ? AND d.superseded = FALSE AND d.action <> 'add' GROUP BY " + key
                + " ORDER BY " + order + " LIMIT " + limit)) {
            ps.setString(1, org);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Rate(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)));
                }
            }
        }
        return out;
    }

    private static List<CoderHour> perCoderHour(Connection c, String org, OffsetDateTime since) throws SQLException {
        Map<String, int[]> counts = new TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT coder_id, decided_at, action FROM decision "
                + "WHERE org_id = ? AND decided_at >= ?")) {
            ps.setString(1, org);
            ps.setObject(2, since);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String hour = rs.getObject(2, OffsetDateTime.class).withOffsetSameInstant(ZoneOffset.UTC)
                            .truncatedTo(ChronoUnit.HOURS).toString();
                    int[] n = counts.computeIfAbsent(hour + "\t" + rs.getString(1), k -> new int[2]);
                    n[0]++;
                    if (rs.getString(3).equals("accept")) {
                        n[1]++;
                    }
                }
            }
        }
        List<CoderHour> out = new ArrayList<>();
        counts.forEach((k, n) -> {
            String[] parts = k.split("\t", 2);
            out.add(new CoderHour(parts[1], parts[0], n[0], n[1]));
        });
        return out;
    }
}

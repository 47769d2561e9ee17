package org.opencac.workbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** The append-only audit trail: who changed which entity when, with the JSON before and after. */
public final class AuditLog {
    private AuditLog() {
    }

    /** One audit row. */
    public record Event(long id, Long encounterId, String entity, Long entityId, String action, String actor,
                        OffsetDateTime at, String before, String after) {
    }

    /** Appends a row; call inside the transaction that makes the change. */
    public static void append(Connection c, String orgId, Long encounterId, String entity, Long entityId,
                              String action, String actor, OffsetDateTime at, String before, String after)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_event (org_id, encounter_id, entity, "
                + "entity_id, action, actor, at, before_json, after_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, orgId);
            setLong(ps, 2, encounterId);
            ps.setString(3, entity);
            setLong(ps, 4, entityId);
            ps.setString(5, action);
            ps.setString(6, actor);
            ps.setObject(7, at);
            ps.setString(8, before);
            ps.setString(9, after);
            ps.executeUpdate();
        }
    }

    /** The trail of one encounter, oldest first. */
    public static List<Event> forEncounter(Connection c, String orgId, long encounterId) throws SQLException {
        List<Event> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, encounter_id, entity, entity_id, action, actor, "
                + "at, before_json, after_json FROM audit_event WHERE org_id = ? AND encounter_id = ? ORDER BY id")) {
            ps.setString(1, orgId);
            ps.setLong(2, encounterId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Event(rs.getLong(1), rs.getLong(2), rs.getString(3), (Long) rs.getObject(4, Long.class),
                            rs.getString(5), rs.getString(6), rs.getObject(7, OffsetDateTime.class), rs.getString(8),
                            rs.getString(9)));
                }
            }
        }
        return out;
    }

    private static void setLong(PreparedStatement ps, int i, Long v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.BIGINT);
        } else {
            ps.setLong(i, v);
        }
    }
}

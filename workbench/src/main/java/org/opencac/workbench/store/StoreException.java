package org.opencac.workbench.store;

import java.sql.SQLException;

/** A database failure. {@link #isUniqueViolation()} tells a lost race on a unique key from a real fault. */
public final class StoreException extends RuntimeException {
    public StoreException(SQLException cause) {
        super(cause.getMessage(), cause);
    }

    /** SQLState 23505 is the standard unique-violation code in both H2 and PostgreSQL. */
    public boolean isUniqueViolation() {
        for (Throwable t = getCause(); t != null; t = t.getCause()) {
            if (t instanceof SQLException s && "23505".equals(s.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}

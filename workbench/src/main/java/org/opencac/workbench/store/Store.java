package org.opencac.workbench.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The workbench database: a connection pool, the schema migrated by Flyway at open, and transactions.
 * Every write goes through {@link #inTransaction}, which commits only when the work returns normally.
 */
public final class Store implements AutoCloseable {
    private final HikariDataSource pool;
    private final boolean postgres;

    private Store(HikariDataSource pool, boolean postgres) {
        this.pool = pool;
        this.postgres = postgres;
    }

    /** Opens the pool and brings the schema up to date. */
    public static Store open(StoreSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(settings.url());
        if (!settings.user().isEmpty()) {
            config.setUsername(settings.user());
        }
        if (!settings.password().isEmpty()) {
            config.setPassword(settings.password());
        }
        config.setMaximumPoolSize(settings.poolSize());
        config.setAutoCommit(false);
        config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        config.setPoolName("opencac-workbench");
        config.setConnectionTimeout(10_000);
        HikariDataSource pool = new HikariDataSource(config);
        try {
            migrate(pool);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        return new Store(pool, settings.isPostgres());
    }

    private static void migrate(DataSource ds) {
        Flyway.configure().dataSource(ds).locations("classpath:db/workbench").table("workbench_schema_history")
                .load().migrate();
    }

    /** Work done inside one transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** Runs {@code work} in one transaction: commits if it returns, rolls back if it throws. */
    public <T> T inTransaction(Work<T> work) {
        try (Connection c = pool.getConnection()) {
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    /** A read; runs in a transaction that is rolled back (nothing is written). */
    public <T> T read(Work<T> work) {
        try (Connection c = pool.getConnection()) {
            try {
                return work.run(c);
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    public boolean isPostgres() {
        return postgres;
    }

    @Override
    public void close() {
        pool.close();
    }
}

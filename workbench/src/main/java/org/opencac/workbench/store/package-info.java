/**
 * The workbench store: JDBC over a HikariCP pool, schema by Flyway ({@code db/workbench/V*.sql}), one schema
 * for the embedded H2 file database (default) and PostgreSQL. {@link org.opencac.workbench.store.Store#inTransaction}
 * is the only way to write; {@link org.opencac.workbench.store.AuditLog} appends the audit row in the same
 * transaction as the change it describes.
 */
package org.opencac.workbench.store;

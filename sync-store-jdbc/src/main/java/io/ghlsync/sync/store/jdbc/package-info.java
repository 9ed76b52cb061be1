/**
 * A durable {@code SyncStore} and {@code TokenStore} on JDBC, built from a {@link
 * javax.sql.DataSource} the host passes: embedded H2 for one JVM (the zero-setup default) and
 * PostgreSQL for many engine instances sharing one database.
 *
 * <p>The schema ships as versioned SQL scripts ({@link io.ghlsync.sync.store.jdbc.JdbcSchema}); a
 * store refuses to start on a schema older than its code, naming the script to run.
 */
@NullMarked
package io.ghlsync.sync.store.jdbc;

import org.jspecify.annotations.NullMarked;

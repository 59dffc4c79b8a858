/**
 * The database: the data source (an external PostgreSQL or the embedded server), its connection
 * settings, and messages between the Rancang instances through LISTEN/NOTIFY ({@link
 * id.rancang.shared.db.PgChannels}).
 */
@NamedInterface("db")
package id.rancang.shared.db;

import org.springframework.modulith.NamedInterface;

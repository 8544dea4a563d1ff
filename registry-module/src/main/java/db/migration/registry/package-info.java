/**
 * The registry's Java migrations (Flyway finds them by this package name).
 * Reference data derived from maintained sources rather than typed by hand.
 */
package db.migration.registry;

package dev.callgate.kernel.schema;

import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.hibernate.SessionFactory;

/**
 * Migrates one module's tables and validates its mappings.
 *
 * <p>Every module keeps its own migration history table ({@code <module>_schema_history}) and its
 * scripts under {@code db/migration/<module>}, so modules evolve their tables independently and
 * never reference another module's tables by foreign key. What only one database can express (a
 * trigger, say) goes under {@code db/vendor/<module>/<vendor>} ({@code h2}, {@code postgresql}),
 * numbered in the same sequence as the module's common scripts.
 */
public final class ModuleSchema {

  private static final Logger LOG = Logger.getLogger(ModuleSchema.class.getName());

  /**
   * WildFly starts the modules' schema singletons in parallel. H2 runs DDL under one lock on its
   * system tables, so two modules migrating at once time out on it; migrations take turns instead.
   * This class sits in the EAR's {@code lib/}, so the lock is shared by every module.
   */
  private static final Object MIGRATIONS = new Object();

  private ModuleSchema() {}

  /**
   * Runs the module's pending migrations, then validates the persistence unit's entities.
   *
   * @param loader the module's own class loader, where its migration scripts are
   */
  public static void migrateAndValidate(
      String module, DataSource dataSource, EntityManagerFactory entities, ClassLoader loader) {
    MigrateResult result;
    synchronized (MIGRATIONS) {
      result = migrate(module, dataSource, loader);
    }

    LOG.info(
        () ->
            "Schema of "
                + module
                + ": "
                + result.migrationsExecuted
                + " migration(s) applied, now at "
                + (result.targetSchemaVersion == null ? "current" : result.targetSchemaVersion));
    entities.unwrap(SessionFactory.class).getSchemaManager().validateMappedObjects();
  }

  private static MigrateResult migrate(String module, DataSource dataSource, ClassLoader loader) {
    return Flyway.configure(loader)
        .dataSource(dataSource)
        .locations(
            "classpath:db/migration/" + module,
            "classpath:db/vendor/" + module + "/" + vendor(dataSource))
        .table(module + "_schema_history")
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .load()
        .migrate();
  }

  /** {@code h2} or {@code postgresql}: the folder of the scripts only that database understands. */
  static String vendor(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
      return product.contains("postgres") ? "postgresql" : product.replaceAll("[^a-z0-9]", "");
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot tell which database migrations run on", e);
    }
  }
}

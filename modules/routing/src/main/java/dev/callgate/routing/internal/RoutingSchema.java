package dev.callgate.routing.internal;

import dev.callgate.kernel.schema.ModuleSchema;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import javax.sql.DataSource;

/** Brings the routing tables up to date when the application is deployed. */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RoutingSchema {

  @Resource(lookup = "java:jboss/datasources/CallgateDS")
  private DataSource dataSource;

  @PersistenceUnit(unitName = "routing")
  private EntityManagerFactory entities;

  @PostConstruct
  void migrate() {
    ModuleSchema.migrateAndValidate("routing", dataSource, entities, getClass().getClassLoader());
  }
}

package dev.callgate.billing.internal;

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

/**
 * Brings the billing tables (and the shipped rate cards) up to date when the application is
 * deployed.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BillingSchema {

  @Resource(lookup = "java:jboss/datasources/CallgateDS")
  private DataSource dataSource;

  @PersistenceUnit(unitName = "billing")
  private EntityManagerFactory entities;

  @PostConstruct
  void migrate() {
    ModuleSchema.migrateAndValidate("billing", dataSource, entities, getClass().getClassLoader());
  }
}

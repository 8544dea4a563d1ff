package org.salwhub.web.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/** Declares the application's pooled data source, {@value #JNDI_NAME}. */
@DataSourceDefinition(
        name = DataSourceSetup.JNDI_NAME,
        className = "org.salwhub.web.persistence.ConfiguredDataSource",
        minPoolSize = 2,
        maxPoolSize = 24,
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=meta-data",
                "fish.payara.fail-all-connections=true"
        })
@ApplicationScoped
public class DataSourceSetup {
    public static final String JNDI_NAME = "java:app/jdbc/salwhub";
}

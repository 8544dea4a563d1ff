package org.salwhub.web.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The war that {@code mvn package} built: integration tests run against the real application. */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive application() {
        String path = System.getProperty("it.war", "target/salwhub.war");
        File war = new File(path);
        if (!war.isFile()) {
            throw new IllegalStateException("Build the war first (mvn package): " + war.getAbsolutePath());
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }
}

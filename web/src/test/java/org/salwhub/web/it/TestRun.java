package org.salwhub.web.it;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * The life of a test run (one JUnit launcher session, i.e. one surefire or failsafe JVM): the MySQL test
 * databases are created before anything starts, and at the end the shared {@link TestServer} stops before they
 * are dropped.
 */
public class TestRun implements LauncherSessionListener {

    private final MysqlTestDatabase databases = new MysqlTestDatabase();

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        databases.create();
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        try {
            TestServer.stop();
        } finally {
            databases.drop();
        }
    }
}

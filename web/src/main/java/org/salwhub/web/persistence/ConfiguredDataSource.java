package org.salwhub.web.persistence;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The data source Payara pools for the persistence unit. It reads
 * {@link DatabaseSettings} itself, so the same war runs on the embedded H2
 * database or on MySQL/MariaDB by environment variables alone.
 */
public class ConfiguredDataSource implements DataSource {

    private final DataSource delegate;

    public ConfiguredDataSource() {
        this(DatabaseSettings.current());
    }

    static {
        // the pool is created before any application code runs: check the settings first
        DatabaseCheck.verifyOnce(DatabaseSettings.current());
    }

    ConfiguredDataSource(DatabaseSettings settings) {
        this.delegate = create(settings);
    }

    static DataSource create(DatabaseSettings settings) {
        switch (settings.kind()) {
            case H2 -> {
                org.h2.jdbcx.JdbcDataSource h2 = new org.h2.jdbcx.JdbcDataSource();
                h2.setURL(settings.driverUrl());
                h2.setUser(settings.user());
                h2.setPassword(settings.password());
                return h2;
            }
            case MYSQL -> {
                com.mysql.cj.jdbc.MysqlDataSource mysql = new com.mysql.cj.jdbc.MysqlDataSource();
                mysql.setURL(settings.driverUrl());
                mysql.setUser(settings.user());
                mysql.setPassword(settings.password());
                return mysql;
            }
            default -> throw new IllegalStateException(String.join(" ", settings.problems()));
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        return delegate.getConnection();
    }

    /** The pool may pass its own (empty) credentials; the configured ones always win. */
    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return delegate.getConnection();
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return delegate.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        delegate.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        delegate.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return delegate.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return Logger.getLogger("org.salwhub.web.persistence");
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        return delegate.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return iface.isInstance(this) || delegate.isWrapperFor(iface);
    }
}

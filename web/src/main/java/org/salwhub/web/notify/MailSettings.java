package org.salwhub.web.notify;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Properties;

/**
 * How e-mail leaves SALW Hub, from environment variables (or the matching {@code salwhub.*} system properties):
 * {@code SMTP_HOST}, {@code SMTP_PORT} (25), {@code SMTP_USER}, {@code SMTP_PASSWORD}, {@code SMTP_STARTTLS}
 * (false), {@code MAIL_FROM}, {@code PUBLIC_URL} for links, {@code MAIL_INTERVAL_SECONDS} (20) between outbox
 * runs and {@code MAIL_RETRY_SECONDS} (60), the first retry delay, doubled on each failure up to an hour. Without
 * {@code SMTP_HOST} messages wait in the outbox.
 */
@ApplicationScoped
public class MailSettings {

    public static final int MAX_ATTEMPTS = 12;

    static String setting(String env, String fallback) {
        String property = System.getProperty("salwhub." + env.toLowerCase().replace('_', '.'));
        if (property != null && !property.isBlank()) {
            return property.trim();
        }
        String value = System.getenv(env);
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    public Optional<String> host() {
        return Optional.ofNullable(setting("SMTP_HOST", null));
    }

    public int port() {
        return Integer.parseInt(setting("SMTP_PORT", "25"));
    }

    public String from() {
        return setting("MAIL_FROM", "SALW Hub <no-reply@salwhub.local>");
    }

    public String baseUrl() {
        String url = setting("PUBLIC_URL", "http://localhost:" + System.getProperty("salwhub.port", "8080"));
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    public ZoneId zone() {
        return ZoneId.of(setting("MAIL_ZONE", "UTC"));
    }

    public Duration interval() {
        return Duration.ofSeconds(Long.parseLong(setting("MAIL_INTERVAL_SECONDS", "20")));
    }

    /** The wait before attempt {@code attempts + 1}: doubling from the first retry delay, at most an hour. */
    public Duration backoff(int attempts) {
        long first = Long.parseLong(setting("MAIL_RETRY_SECONDS", "60"));
        long seconds = first << Math.min(Math.max(attempts - 1, 0), 20);
        return Duration.ofSeconds(Math.min(seconds, 3600));
    }

    Properties session() {
        Properties p = new Properties();
        p.put("mail.smtp.host", host().orElse("localhost"));
        p.put("mail.smtp.port", String.valueOf(port()));
        p.put("mail.smtp.connectiontimeout", "10000");
        p.put("mail.smtp.timeout", "20000");
        p.put("mail.smtp.writetimeout", "20000");
        p.put("mail.smtp.starttls.enable", setting("SMTP_STARTTLS", "false"));
        p.put("mail.smtp.auth", String.valueOf(user() != null));
        return p;
    }

    String user() {
        return setting("SMTP_USER", null);
    }

    String password() {
        return setting("SMTP_PASSWORD", null);
    }
}

package org.salwhub.registry.api.notify;

import java.util.List;
import java.util.Objects;

/**
 * What to tell an audience. {@code messageKey} names two entries of the web layer's message
 * bundles, {@code <messageKey>.subject} and {@code <messageKey>.body}, rendered with
 * {@code args} in each recipient's language. Arguments may be {@link String}, {@link Number},
 * {@link java.time.LocalDate}, {@link java.time.Instant} or
 * {@link org.salwhub.registry.api.kernel.LocalizedText}; each is formatted for the recipient.
 *
 * @param topic     a stable name such as {@code assistance.match.proposed}, for filtering
 * @param link      an application path the inbox entry opens, such as {@code /app/needs.xhtml?id=…}; may be null
 * @param dedupeKey when not null, a second notification with the same key is ignored
 */
public record Notification(String topic, Audience audience, String messageKey, List<Object> args, String link,
                           String dedupeKey) {

    public Notification {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(messageKey, "messageKey");
        args = args == null ? List.of() : List.copyOf(args);
    }

    public static Notification of(String topic, Audience audience, String messageKey, Object... args) {
        return new Notification(topic, audience, messageKey, List.of(args), null, null);
    }

    public Notification linkingTo(String path) {
        return new Notification(topic, audience, messageKey, args, path, dedupeKey);
    }

    public Notification once(String key) {
        return new Notification(topic, audience, messageKey, args, link, key);
    }
}

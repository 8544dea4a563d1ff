package org.salwhub.registry.api.notify;

/**
 * Sends a notification to the inbox of every account the audience names and queues one e-mail
 * per recipient. Joins the caller's transaction. A notification whose
 * {@link Notification#dedupeKey()} was already used is ignored, which makes scheduled reminders
 * safe to repeat.
 */
public interface Notifier {

    void send(Notification notification);
}

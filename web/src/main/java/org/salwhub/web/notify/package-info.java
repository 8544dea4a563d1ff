/**
 * The notification service behind {@link org.salwhub.registry.api.notify.Notifier}: each notification is kept once,
 * lands in the inbox of every account its audience names, and is queued as one e-mail per recipient in the
 * recipient's language. {@link org.salwhub.web.notify.MailDispatcher} (run by {@link org.salwhub.web.notify.MailOutboxTimer}) delivers the outbox with retries and back-off,
 * claiming each message before it sends it so that no message goes out twice.
 */
package org.salwhub.web.notify;

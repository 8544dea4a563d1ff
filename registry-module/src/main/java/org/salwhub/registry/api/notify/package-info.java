/**
 * The notification service every module uses: an in-app inbox and e-mail through an outbox.
 * Modules inject {@link org.salwhub.registry.api.notify.Notifier} and describe who should hear
 * what; the web layer resolves the {@link org.salwhub.registry.api.notify.Audience} to accounts,
 * renders the message in each recipient's language and queues the e-mail in the caller's
 * transaction, so a rolled-back change notifies nobody.
 */
package org.salwhub.registry.api.notify;

package org.salwhub.web.notify;

/**
 * Someone a notification reaches: an account (inbox, and e-mail when it has an address) or a registry person
 * (e-mail only). {@code language} is the one they read.
 */
record Recipient(String username, String email, String language) {

    boolean hasInbox() {
        return username != null;
    }

    boolean hasEmail() {
        return email != null && !email.isBlank();
    }
}

package org.salwhub.assistance.api;

import java.util.List;

/**
 * One component of a candidate's score, in words: {@code messageKey} ({@code match.reason.<component>}) with
 * MessageFormat {@code args}; the web layer renders it in the reader's language.
 */
public record Reason(String component, double score, double weight, String messageKey, List<Object> args) {
    public Reason {
        args = args == null ? List.of() : List.copyOf(args);
    }
}

package org.salwhub.assistance.api.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A transaction to record: provider and receiver are registry organisations (by ID) or names. */
public record ProjectTransactionInput(ProjectTransactionType type, LocalDate date, BigDecimal amount, String currency,
                                      UUID providerId, String providerName, UUID receiverId, String receiverName,
                                      String description) {
}

package org.salwhub.assistance.api.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A recorded transaction, with its value in the totals' currency (null when no rate exists). */
public record ProjectTransactionView(UUID id, ProjectTransactionType type, LocalDate date, BigDecimal amount,
                                     String currency, UUID providerId, String providerName, UUID receiverId,
                                     String receiverName, String description, BigDecimal converted,
                                     String recordedBy) {
}

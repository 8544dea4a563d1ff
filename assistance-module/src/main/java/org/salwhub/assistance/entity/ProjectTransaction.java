package org.salwhub.assistance.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.salwhub.assistance.api.project.ProjectTransactionInput;
import org.salwhub.assistance.api.project.ProjectTransactionType;
import org.salwhub.assistance.api.project.ProjectTransactionView;

/** A pledge, commitment, disbursement or expenditure of a project, from a provider to a receiver. */
@Entity
@Table(name = "asst_prj_transaction")
public class ProjectTransaction {

    @Id
    @Column(length = 36)
    private String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "project_id")
    private Project project;

    @Enumerated(EnumType.STRING)
    @Column(name = "tx_type", nullable = false, length = 15)
    private ProjectTransactionType type;

    @Column(name = "tx_date", nullable = false)
    private LocalDate date;

    @Column(nullable = false, precision = 15, scale = 2)
    private BigDecimal amount;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "provider_id", length = 36)
    private String providerId;
    @Column(name = "provider_name", length = 300)
    private String providerName;
    @Column(name = "receiver_id", length = 36)
    private String receiverId;
    @Column(name = "receiver_name", length = 300)
    private String receiverName;

    @Column(length = 1000)
    private String description;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @Version
    private long version;

    protected ProjectTransaction() {
    }

    ProjectTransaction(Project project, ProjectTransactionInput in, String by) {
        this.id = UUID.randomUUID().toString();
        this.project = project;
        this.type = in.type();
        this.date = in.date();
        this.amount = in.amount();
        this.currency = Texts.currency(in.currency());
        this.providerId = in.providerId() == null ? null : in.providerId().toString();
        this.providerName = Texts.clean(in.providerName());
        this.receiverId = in.receiverId() == null ? null : in.receiverId().toString();
        this.receiverName = Texts.clean(in.receiverName());
        this.description = Texts.clean(in.description());
        this.recordedBy = by;
    }

    public String id() {
        return id;
    }

    public ProjectTransactionType type() {
        return type;
    }

    public BigDecimal amount() {
        return amount;
    }

    public String currency() {
        return currency;
    }

    public LocalDate date() {
        return date;
    }

    public UUID providerId() {
        return providerId == null ? null : UUID.fromString(providerId);
    }

    public ProjectTransactionView view(BigDecimal converted) {
        return new ProjectTransactionView(UUID.fromString(id), type, date, amount, currency, providerId(),
                providerName, receiverId == null ? null : UUID.fromString(receiverId), receiverName, description,
                converted, recordedBy);
    }
}

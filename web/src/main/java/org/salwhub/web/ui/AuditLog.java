package org.salwhub.web.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.salwhub.web.audit.AuditAction;
import org.salwhub.web.audit.AuditFilter;
import org.salwhub.web.audit.AuditRecord;
import org.salwhub.web.audit.AuditTrail;

/** Staff browse the audit trail: who changed what, when. Paged and filtered in the database. */
@Named
@ViewScoped
public class AuditLog implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditTrail trail;

    private String actor;
    private String entityType;
    private String entityId;
    private AuditAction action;
    private LocalDate from;
    private LocalDate to;

    private final LazyDataModel<AuditRecord> entries = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) trail.count(filter());
        }

        @Override
        public List<AuditRecord> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                      Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
            return trail.page(filter(), first, pageSize, sort == null ? "occurredAt" : sort.getField(),
                    sort != null && sort.getOrder() == SortOrder.ASCENDING);
        }

        @Override
        public String getRowKey(AuditRecord record) {
            return record.id();
        }

        @Override
        public AuditRecord getRowData(String rowKey) {
            return null;
        }
    };

    AuditFilter filter() {
        ZoneId zone = ZoneId.systemDefault();
        return new AuditFilter(actor, entityType, entityId, action,
                from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant());
    }

    /** The first characters of a UUID are enough to tell records apart on screen; the full ID is in the tooltip. */
    public String shortId(String id) {
        return id == null || id.length() <= 8 ? id : id.substring(0, 8) + "…";
    }

    public void clear() {
        actor = null;
        entityType = null;
        entityId = null;
        action = null;
        from = null;
        to = null;
    }

    public LazyDataModel<AuditRecord> getEntries() {
        return entries;
    }

    public AuditAction[] getActions() {
        return AuditAction.values();
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getEntityType() {
        return entityType;
    }

    public void setEntityType(String entityType) {
        this.entityType = entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public void setEntityId(String entityId) {
        this.entityId = entityId;
    }

    public AuditAction getAction() {
        return action;
    }

    public void setAction(AuditAction action) {
        this.action = action;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}

package org.salwhub.web.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.descriptors.DescriptorEvent;
import org.eclipse.persistence.descriptors.DescriptorEventAdapter;
import org.eclipse.persistence.internal.sessions.ObjectChangeSet;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.queries.DataModifyQuery;
import org.eclipse.persistence.queries.WriteObjectQuery;
import org.eclipse.persistence.sessions.changesets.ChangeRecord;

/**
 * Writes an audit row for every insert, update and delete, inside the same
 * database transaction as the change itself: either both are stored or neither.
 */
public class AuditDescriptorListener extends DescriptorEventAdapter {

    private static final String INSERT = "INSERT INTO web_audit_entry"
            + " (id, occurred_at, actor, action, entity_type, entity_id, entity_version, changes)"
            + " VALUES (#ID, #AT, #ACTOR, #ACTION, #TYPE, #EID, #VER, #CHANGES)";

    private static final java.util.Map<Class<?>, java.util.Set<String>> NOT_AUDITED =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** Fields marked {@link org.salwhub.registry.api.kernel.NotAudited}: derived data, not a user's change. */
    static java.util.Set<String> notAudited(Class<?> type) {
        return NOT_AUDITED.computeIfAbsent(type, t -> {
            java.util.Set<String> names = new java.util.HashSet<>();
            for (Class<?> c = t; c != null && c != Object.class; c = c.getSuperclass()) {
                for (java.lang.reflect.Field field : c.getDeclaredFields()) {
                    if (field.isAnnotationPresent(org.salwhub.registry.api.kernel.NotAudited.class)) {
                        names.add(field.getName());
                    }
                }
            }
            return java.util.Set.copyOf(names);
        });
    }

    @Override
    public void postInsert(DescriptorEvent event) {
        ChangeSet changes = new ChangeSet();
        java.util.Set<String> skipped = notAudited(event.getDescriptor().getJavaClass());
        for (DatabaseMapping mapping : event.getDescriptor().getMappings()) {
            if (skipped.contains(mapping.getAttributeName())) {
                continue;
            }
            Object value = mapping.isDirectToFieldMapping() ? mapping.getAttributeValueFromObject(event.getObject()) : null;
            if (value != null && !isVersion(event.getDescriptor(), mapping)) {
                changes.add(mapping.getAttributeName(), null, value, false, true);
            }
        }
        write(event, AuditAction.CREATE, changes);
    }

    @Override
    public void postUpdate(DescriptorEvent event) {
        ObjectChangeSet changeSet = changeSetOf(event);
        if (changeSet == null) {
            return;
        }
        ChangeSet changes = new ChangeSet();
        String versionAttribute = versionAttribute(event.getDescriptor());
        java.util.Set<String> skipped = notAudited(event.getDescriptor().getJavaClass());
        for (ChangeRecord record : changeSet.getChanges()) {
            String attribute = record.getAttribute();
            if (skipped.contains(attribute)) {
                continue;
            }
            if (attribute.equals(versionAttribute)) {
                continue; // kept in its own column, entity_version
            }
            if (record instanceof org.eclipse.persistence.internal.sessions.DirectToFieldChangeRecord direct) {
                changes.add(attribute, direct.getOldValue(), direct.getNewValue(), true, true);
            } else {
                changes.add(attribute, null, "(changed)", false, true);
            }
        }
        if (!changes.isEmpty()) {
            write(event, AuditAction.UPDATE, changes);
        }
    }

    @Override
    public void postDelete(DescriptorEvent event) {
        ChangeSet changes = new ChangeSet();
        java.util.Set<String> skipped = notAudited(event.getDescriptor().getJavaClass());
        for (DatabaseMapping mapping : event.getDescriptor().getMappings()) {
            if (mapping.isDirectToFieldMapping() && !skipped.contains(mapping.getAttributeName()) && !isVersion(event.getDescriptor(), mapping)) {
                changes.add(mapping.getAttributeName(), mapping.getAttributeValueFromObject(event.getObject()),
                        null, true, false);
            }
        }
        write(event, AuditAction.DELETE, changes);
    }

    private static ObjectChangeSet changeSetOf(DescriptorEvent event) {
        if (event.getChangeSet() != null) {
            return (ObjectChangeSet) event.getChangeSet();
        }
        if (event.getQuery() instanceof WriteObjectQuery write) {
            return write.getObjectChangeSet();
        }
        return null;
    }

    private static boolean isVersion(ClassDescriptor descriptor, DatabaseMapping mapping) {
        return descriptor.usesVersionLocking()
                && descriptor.getOptimisticLockingPolicy().getWriteLockField() != null
                && descriptor.getOptimisticLockingPolicy().getWriteLockField().equals(mapping.getField());
    }

    private static String versionAttribute(ClassDescriptor descriptor) {
        for (DatabaseMapping mapping : descriptor.getMappings()) {
            if (isVersion(descriptor, mapping)) {
                return mapping.getAttributeName();
            }
        }
        return "";
    }

    private static Long versionOf(DescriptorEvent event) {
        ClassDescriptor descriptor = event.getDescriptor();
        if (!descriptor.usesVersionLocking()) {
            return null;
        }
        for (DatabaseMapping mapping : descriptor.getMappings()) {
            if (isVersion(descriptor, mapping)) {
                Object value = mapping.getAttributeValueFromObject(event.getObject());
                return value instanceof Number n ? n.longValue() : null;
            }
        }
        return null;
    }

    private static void write(DescriptorEvent event, AuditAction action, ChangeSet changes) {
        ClassDescriptor descriptor = event.getDescriptor();
        Object id = descriptor.getObjectBuilder().extractPrimaryKeyFromObject(event.getObject(), event.getSession());
        String type = descriptor.getAlias() != null ? descriptor.getAlias() : descriptor.getJavaClass().getSimpleName();
        DataModifyQuery insert = new DataModifyQuery(INSERT);
        for (String argument : List.of("ID", "AT", "ACTOR", "ACTION", "TYPE", "EID", "VER", "CHANGES")) {
            insert.addArgument(argument);
        }
        Long version = action == AuditAction.DELETE ? null : versionOf(event);
        event.getSession().executeQuery(insert, java.util.Arrays.asList(
                UUID.randomUUID().toString(),
                Timestamp.from(Instant.now()),
                truncate(AuditActor.current(), 80),
                action.name(),
                type,
                String.valueOf(id),
                version,
                changes.toJson()));
    }

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}

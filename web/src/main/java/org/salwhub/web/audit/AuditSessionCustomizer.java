package org.salwhub.web.audit;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.sessions.Session;

/**
 * Attaches the audit listener to every entity of every module, so no module
 * can forget to audit. Named in {@code persistence.xml}.
 */
public class AuditSessionCustomizer implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        AuditDescriptorListener listener = new AuditDescriptorListener();
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            Class<?> type = descriptor.getJavaClass();
            if (!descriptor.isAggregateDescriptor() && !AuditEntry.class.equals(type)
                    && !type.isAnnotationPresent(org.salwhub.registry.api.kernel.NotAudited.class)) {
                descriptor.getEventManager().addListener(listener);
            }
        }
    }
}

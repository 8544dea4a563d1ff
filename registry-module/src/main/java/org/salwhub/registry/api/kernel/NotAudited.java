package org.salwhub.registry.api.kernel;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an entity field the audit trail leaves out: data derived from other
 * fields (search keys, tokens), whose change is already recorded through them.
 * On an entity class, leaves out the whole entity: machine records such as
 * delivered notifications, whose cause is audited where it happened.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.TYPE})
public @interface NotAudited {
}

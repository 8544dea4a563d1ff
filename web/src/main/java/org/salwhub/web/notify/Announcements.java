package org.salwhub.web.notify;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.salwhub.registry.api.kernel.CallerContext;
import org.salwhub.registry.api.kernel.FieldError;
import org.salwhub.registry.api.kernel.ValidationException;
import org.salwhub.registry.api.notify.Audience;
import org.salwhub.registry.api.notify.Notification;
import org.salwhub.registry.api.notify.Notifier;

/** Staff write to the network: a subject and a text to an audience, through the inbox and e-mail. */
@Stateless
public class Announcements {

    static final int MAX_SUBJECT = 200;
    static final int MAX_BODY = 10_000;

    @Inject
    CallerContext callers;

    @Inject
    Notifier notifier;

    public void announce(String subject, String body, Audience audience) {
        callers.current().requireStaff();
        List<FieldError> errors = new ArrayList<>();
        if (subject == null || subject.isBlank()) {
            errors.add(FieldError.of("subject", "required"));
        } else if (subject.length() > MAX_SUBJECT) {
            errors.add(FieldError.of("subject", "tooLong", MAX_SUBJECT));
        }
        if (body == null || body.isBlank()) {
            errors.add(FieldError.of("body", "required"));
        } else if (body.length() > MAX_BODY) {
            errors.add(FieldError.of("body", "tooLong", MAX_BODY));
        }
        if (audience == null || audience.isEmpty()) {
            errors.add(FieldError.of("audience", "required"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        notifier.send(Notification.of("web.announcement", audience, "notify.announcement", subject.strip(),
                body.strip()));
    }
}

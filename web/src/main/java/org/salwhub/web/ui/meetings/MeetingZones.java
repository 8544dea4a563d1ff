package org.salwhub.web.ui.meetings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/** Suggests IANA time zones for the zone fields: every zone whose name contains what was typed. */
@Named
@ApplicationScoped
public class MeetingZones {

    private final List<String> zones = ZoneId.getAvailableZoneIds().stream()
            .filter(z -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/")).sorted().toList();

    public List<String> complete(String query) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT).replace(' ', '_');
        return zones.stream().filter(z -> z.toLowerCase(Locale.ROOT).contains(q)).limit(30).toList();
    }
}

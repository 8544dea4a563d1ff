package org.salwhub.web.export;

import java.util.List;

/**
 * What one vCard says about a person. {@code nameLanguage} is the language the name is written in (for
 * instance {@code ar}); {@code latinName}, when given, is the same name in Latin letters and becomes an
 * alternative {@code FN}.
 */
public record VCard(String uid, String formattedName, String nameLanguage, String latinName, String familyName,
                    String givenName, String honorific, String organisation, String title, List<String> roles,
                    List<String> emails, String phone, String mobile, List<String> languages, String address,
                    String country, String note) {

    public VCard {
        roles = roles == null ? List.of() : List.copyOf(roles);
        emails = emails == null ? List.of() : emails.stream().filter(e -> e != null && !e.isBlank()).toList();
        languages = languages == null ? List.of() : List.copyOf(languages);
    }
}

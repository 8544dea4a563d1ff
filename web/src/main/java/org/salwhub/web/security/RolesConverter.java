package org.salwhub.web.security;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.salwhub.registry.api.kernel.Role;

/** Stores a set of roles as a sorted, comma-separated list, readable in the audit trail. */
@Converter
public class RolesConverter implements AttributeConverter<Set<Role>, String> {

    @Override
    public String convertToDatabaseColumn(Set<Role> roles) {
        return roles == null ? "" : roles.stream().sorted().map(Role::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<Role> convertToEntityAttribute(String text) {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        if (text != null && !text.isBlank()) {
            Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).map(Role::valueOf).forEach(roles::add);
        }
        return roles;
    }
}

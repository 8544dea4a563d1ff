package org.salwhub.registry.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * A row of the name-word index ({@code reg_person_token}), read by the directory search only: the index is written
 * through {@link Person}'s name tokens. Mapped on its own so the search reads person keys straight from the index,
 * without joining every matching person.
 */
@Entity
@Table(name = "reg_person_token")
@org.salwhub.registry.api.kernel.NotAudited
@IdClass(PersonToken.Key.class)
public class PersonToken {

    @Id
    @Column(name = "person_id", length = 36)
    private String personId;

    @Id
    @Column(name = "token", length = 120)
    private String token;

    protected PersonToken() {
    }

    /** The composite key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String personId;
        private String token;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && Objects.equals(personId, k.personId) && Objects.equals(token, k.token);
        }

        @Override
        public int hashCode() {
            return Objects.hash(personId, token);
        }
    }
}

package org.salwhub.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.stream.Collectors;

/** Checks usernames and passwords against the accounts table, with lockout after repeated failures. */
@ApplicationScoped
public class DatabaseIdentityStore implements IdentityStore {

    @Inject
    Accounts accounts;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        SignIn result = accounts.authenticate(login.getCaller(), login.getPasswordAsString());
        if (result.outcome() != SignIn.Outcome.SUCCESS) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(result.caller().username(),
                result.caller().roles().stream().map(Enum::name).collect(Collectors.toSet()));
    }
}

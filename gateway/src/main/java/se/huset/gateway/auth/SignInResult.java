package se.huset.gateway.auth;

import se.huset.gateway.accounts.StaffAccount;

/** What a sign-in attempt came to. */
public sealed interface SignInResult {

    record Success(StaffAccount account) implements SignInResult {
    }

    /** Wrong username or password, or a disabled account: the caller is not told which. */
    record Refused() implements SignInResult {
    }

    /** Too many failures for this username lately; refused without looking at the password. */
    record Throttled() implements SignInResult {
    }
}

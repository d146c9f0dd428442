package org.unionaid.domain.user;

/** One-way password hashing with a modern adaptive function; implemented with Spring Security. */
public interface PasswordHasher {

    String hash(String rawPassword);

    boolean matches(String rawPassword, String hash);
}

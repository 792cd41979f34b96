package vn.dondoc.domain.access;

/** Port: one-way password hashing (bcrypt in the app). */
public interface PasswordHasher {
    String hash(CharSequence raw);

    boolean matches(CharSequence raw, String hash);
}

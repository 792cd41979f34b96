package vn.dondoc.domain.common;

import java.util.function.Supplier;

/** Port: runs work in one database transaction (all or nothing). */
public interface Transactor {
    <T> T inTransaction(Supplier<T> work);

    /** For tests and tools that need no transaction manager. */
    static Transactor direct() {
        return new Transactor() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                return work.get();
            }
        };
    }
}

package vn.dondoc.app.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Where an instance keeps how far its index has followed the change log: a small file inside the index
 * directory, written after the index commits (so a crash can only make it replay changes, never skip one),
 * or nothing for an index in memory (which starts empty and is rebuilt).
 */
interface FollowPosition {
    /** Null when unknown: an index from before the log, a new machine, an index in memory. */
    FollowCursor load();

    void save(FollowCursor cursor);

    static FollowPosition inMemory() {
        return new FollowPosition() {
            private String saved;

            @Override
            public synchronized FollowCursor load() {
                return saved == null ? null : FollowCursor.parse(saved);
            }

            @Override
            public synchronized void save(FollowCursor cursor) {
                saved = cursor.format();
            }
        };
    }

    /** {@code dondoc-follow.txt} in the index directory (Lucene leaves files of other names alone). */
    static FollowPosition inDirectory(Path indexDir) {
        Path file = indexDir.resolve("dondoc-follow.txt");
        return new FollowPosition() {
            @Override
            public FollowCursor load() {
                try {
                    return Files.exists(file)
                            ? FollowCursor.parse(Files.readString(file, StandardCharsets.UTF_8))
                            : null;
                } catch (IOException | RuntimeException e) {
                    return null; // unreadable: the index is rebuilt
                }
            }

            @Override
            public void save(FollowCursor cursor) {
                try {
                    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
                    Files.writeString(tmp, cursor.format(), StandardCharsets.UTF_8);
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }
}

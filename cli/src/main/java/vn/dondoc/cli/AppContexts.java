package vn.dondoc.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.dondoc.app.DondocApplication;

/** Starts the application from the plain class path: as a web server, or headless for a command. */
final class AppContexts {
    private AppContexts() {}

    /** H2 wants an absolute path or one starting with "./"; an absolute one is simplest. */
    static String dataDir(Path data) {
        return data.toAbsolutePath().normalize().toString();
    }

    static ConfigurableApplicationContext web(Path data, String host, int port) {
        Map<String, Object> props = new HashMap<>();
        props.put("dondoc.data-dir", dataDir(data));
        props.put("server.address", host);
        props.put("server.port", port);
        return new SpringApplicationBuilder(DondocApplication.class).run(args(props));
    }

    /**
     * Headless, quiet, no background worker. When a running server holds the search index, the command
     * works without it: its changes go to the search change log in the database, which the server follows
     * (it indexes them within a second).
     */
    static ConfigurableApplicationContext headless(Path data, boolean needsIndex) {
        try {
            return headless(data, "lucene");
        } catch (RuntimeException e) {
            if (!needsIndex && causedByIndexLock(e)) {
                System.err.println("dondoc: chỉ mục tìm kiếm đang được máy chủ dùng; máy chủ sẽ tự cập nhật chỉ mục"
                        + " (search index held by the running server; it catches up by itself)");
                return headless(data, "none");
            }
            throw e;
        }
    }

    /** Headless with no search index at all: for a command that only reads the database (a backup). */
    static ConfigurableApplicationContext databaseOnly(Path data) {
        return headless(data, "none");
    }

    private static ConfigurableApplicationContext headless(Path data, String engine) {
        Map<String, Object> props = new HashMap<>();
        props.put("dondoc.data-dir", dataDir(data));
        props.put("dondoc.import.background", "false");
        props.put("dondoc.search.engine", engine);
        // the server's periodic index check would see counts differ mid-command and rebuild the index beside it
        props.put("dondoc.search.catch-up", "false");
        props.put("logging.level.root", "WARN");
        props.put("logging.level.org.springframework", "ERROR");
        props.put("logging.level.org.flywaydb", "ERROR");
        return new SpringApplicationBuilder(DondocApplication.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .run(args(props));
    }

    /**
     * As command-line arguments, which outrank application.properties (builder "properties" are only
     * defaults and would lose to it); environment variables such as DONDOC_DB_URL still apply.
     */
    private static String[] args(Map<String, Object> props) {
        return props.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
    }

    static boolean causedByIndexLock(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getClass().getName().equals("org.apache.lucene.store.LockObtainFailedException")) {
                return true;
            }
        }
        return false;
    }

    /** The innermost message: what actually went wrong, in one line. */
    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}

package vn.dondoc.app;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/** The app on an in-memory H2 in PostgreSQL mode, with an in-memory search index. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {H2Config.URL, H2Config.USER, H2Config.PASSWORD, H2Config.INDEX, H2Config.POLL})
public @interface H2Config {
    String URL =
            "spring.datasource.url=jdbc:h2:mem:dondoc_test;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                    + "DEFAULT_NULL_ORDERING=HIGH";
    String USER = "spring.datasource.username=sa";
    String PASSWORD = "spring.datasource.password=";
    String INDEX = "dondoc.search.index-dir=memory";
    String POLL = "dondoc.import.poll-ms=500";
}

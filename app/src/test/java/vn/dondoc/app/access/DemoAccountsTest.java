package vn.dondoc.app.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import vn.dondoc.app.H2Config;
import vn.dondoc.app.TestDatabase;
import vn.dondoc.app.account.DemoAccounts;
import vn.dondoc.app.imports.DemoData;

/** serve --demo's accounts: one per role in two units, written down, and each one signs in with what is written. */
@H2Config
class DemoAccountsTest {
    @Autowired
    WebApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoData demo;

    @Autowired
    DemoAccounts accounts;

    @Autowired
    vn.dondoc.domain.access.AccountService accountService;

    @Autowired
    vn.dondoc.domain.org.People people;

    @TempDir
    Path dir;

    @Test
    void everyRoleInTwoUnitsIsWrittenToTheFileAndSignsInWithIt() throws Exception {
        TestDatabase.clear(jdbc);
        demo.seedOrganisation();
        Path file = dir.resolve("demo-accounts.txt");
        accounts.create(file);
        accounts.create(file); // a second start gives new passwords, no second set of accounts
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(9);
        assertThat(lines)
                .extracting(l -> l.split("\t", -1)[2] + "@" + l.split("\t", -1)[3])
                .containsExactlyInAnyOrder(
                        "ADMIN@",
                        "CLERK@VP",
                        "LEADER@VP",
                        "STAFF@VP",
                        "VIEWER@VP",
                        "CLERK@LĐVL",
                        "LEADER@LĐVL",
                        "STAFF@LĐVL",
                        "VIEWER@LĐVL");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM users").query(Long.class).single())
                .isEqualTo(9);
        // the leaders are people of the sample org: their calendar opens on their own schedule
        assertThat(accountService.personOf("lanhdao.vp"))
                .contains(people.findByName("Nguyễn Trí Lạc").orElseThrow().id());
        assertThat(accountService.personOf("lanhdao.ldvl"))
                .contains(people.findByName("Công").orElseThrow().id());
        assertThat(accountService.personOf("chuyenvien.vp")).isEmpty();

        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
        for (String line : lines) {
            String[] f = line.split("\t", -1);
            mvc.perform(get("/api/me").with(httpBasic(f[0], f[1])))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.grants[0].role").value(f[2]))
                    .andExpect(jsonPath("$.mustChangePassword").value(false));
        }
    }
}

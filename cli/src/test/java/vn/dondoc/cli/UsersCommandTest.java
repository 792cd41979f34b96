package vn.dondoc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import vn.dondoc.app.imports.DemoData;
import vn.dondoc.domain.access.Account;
import vn.dondoc.domain.access.Accounts;
import vn.dondoc.domain.access.Role;
import vn.dondoc.domain.org.OrgUnits;

/** {@code dondoc users add / list} on an embedded database in a temporary folder. */
class UsersCommandTest {
    @TempDir
    Path dir;

    private static Run run(String stdin, String... args) {
        return Run.withInput(stdin, args);
    }

    @Test
    void anAdministratorAddsAccountsWithRolesInUnitsAndListsThem() {
        String data = dir.resolve("data").toString();
        try (ConfigurableApplicationContext ctx = AppContexts.headless(dir.resolve("data"), false)) {
            ctx.getBean(DemoData.class).seedOrganisation();
        }
        Run add = run(
                "mat-khau-chuyen-vien\n",
                "users",
                "add",
                "lan.nguyen",
                "--role",
                "staff",
                "--unit",
                "LĐVL",
                "--data",
                data);
        assertThat(add.err()).isEmpty();
        assertThat(add.exit()).isZero();
        assertThat(add.out()).contains("Đã tạo tài khoản lan.nguyen");
        // a second role in another unit for the same person
        assertThat(run("", "users", "add", "lan.nguyen", "--role", "viewer", "--unit", "VP", "--data", data)
                        .exit())
                .isZero();

        Run list = run("", "users", "list", "--data", data);
        assertThat(list.exit()).isZero();
        assertThat(list.out()).contains("lan.nguyen\tstaff@LĐVL,viewer@VP\thoạt động");

        try (ConfigurableApplicationContext ctx = AppContexts.headless(dir.resolve("data"), false)) {
            Account a = ctx.getBean(Accounts.class).findByUsername("lan.nguyen").orElseThrow();
            long ldvl = ctx.getBean(OrgUnits.class)
                    .findByNameOrAbbreviation("LĐVL")
                    .orElseThrow()
                    .id();
            assertThat(a.grants()).extracting(g -> g.role()).containsExactly(Role.STAFF, Role.VIEWER);
            assertThat(a.grants().get(0).unitId()).isEqualTo(ldvl);
            assertThat(a.passwordHash()).startsWith("$2").doesNotContain("mat-khau-chuyen-vien");
        }
    }

    @Test
    void anAccountsEmailIsKeptForItsFirstSingleSignOn() {
        String data = dir.resolve("data").toString();
        try (ConfigurableApplicationContext ctx = AppContexts.headless(dir.resolve("data"), false)) {
            ctx.getBean(DemoData.class).seedOrganisation();
        }
        Run add = run(
                "mat-khau-chuyen-vien\n",
                "users",
                "add",
                "tranb",
                "--role",
                "staff",
                "--unit",
                "VP",
                "--email",
                "B.Tran@tinh.gov.vn",
                "--data",
                data);
        assertThat(add.err()).isEmpty();
        assertThat(add.out()).contains("Đã tạo tài khoản tranb", "<b.tran@tinh.gov.vn>");
        Run bad = run(
                "",
                "users",
                "add",
                "tranb",
                "--role",
                "staff",
                "--unit",
                "VP",
                "--email",
                "khong-phai-thu",
                "--data",
                data);
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.err()).contains("Địa chỉ thư điện tử \"khong-phai-thu\" không hợp lệ");
        try (ConfigurableApplicationContext ctx = AppContexts.headless(dir.resolve("data"), false)) {
            assertThat(ctx.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                            .sql("SELECT email FROM users WHERE username = 'tranb'")
                            .query(String.class)
                            .single())
                    .isEqualTo("b.tran@tinh.gov.vn");
        }
    }

    @Test
    void aLeadersAccountIsLinkedToTheirPersonOfTheOrg() {
        String data = dir.resolve("data").toString();
        long lac;
        try (ConfigurableApplicationContext ctx = AppContexts.headless(dir.resolve("data"), false)) {
            ctx.getBean(DemoData.class).seedOrganisation();
            lac = ctx.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                    .sql("SELECT id FROM people WHERE name = 'Nguyễn Trí Lạc'")
                    .query(Long.class)
                    .single();
        }
        Run unknown = run(
                "mat-khau-lanh-dao\n",
                "users",
                "add",
                "giamdoc",
                "--role",
                "leader",
                "--unit",
                "VP",
                "--person",
                "999999",
                "--data",
                data);
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.err()).contains("Không có người #999999 trong danh bạ");
        Run add = run(
                "mat-khau-lanh-dao\n",
                "users",
                "add",
                "giamdoc",
                "--role",
                "leader",
                "--unit",
                "VP",
                "--person",
                String.valueOf(lac),
                "--data",
                data);
        assertThat(add.err()).isEmpty();
        assertThat(add.exit()).isZero();
        try (ConfigurableApplicationContext ctx = AppContexts.headless(dir.resolve("data"), false)) {
            assertThat(ctx.getBean(vn.dondoc.domain.access.AccountService.class).personOf("giamdoc"))
                    .hasValue(lac);
        }
    }

    @Test
    void badRolesUnitsAndPasswordsAreRefusedInVietnamese() {
        String data = dir.resolve("data").toString();
        Run role = run("mat-khau-du-dai\n", "users", "add", "x1", "--role", "boss", "--data", data);
        assertThat(role.exit()).isEqualTo(2);
        assertThat(role.err()).contains("vai trò không hợp lệ");
        Run unit =
                run("mat-khau-du-dai\n", "users", "add", "x1", "--role", "clerk", "--unit", "KHONGCO", "--data", data);
        assertThat(unit.exit()).isEqualTo(1);
        assertThat(unit.err()).contains("không có đơn vị");
        Run noUnit = run("mat-khau-du-dai\n", "users", "add", "x1", "--role", "clerk", "--data", data);
        assertThat(noUnit.err()).contains("phải gắn với một đơn vị");
        Run shortPassword = run("ngan\n", "users", "add", "x1", "--role", "admin", "--data", data);
        assertThat(shortPassword.exit()).isEqualTo(1);
        assertThat(shortPassword.err()).contains("ít nhất 10 ký tự").doesNotContain("Exception");
    }
}

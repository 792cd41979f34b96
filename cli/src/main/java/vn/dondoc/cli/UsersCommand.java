package vn.dondoc.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.dondoc.app.web.Messages;
import vn.dondoc.domain.access.Account;
import vn.dondoc.domain.access.AccountService;
import vn.dondoc.domain.access.Accounts;
import vn.dondoc.domain.access.Role;
import vn.dondoc.domain.common.Outcome;
import vn.dondoc.domain.org.OrgUnit;
import vn.dondoc.domain.org.OrgUnits;
import vn.dondoc.domain.org.People;

/**
 * {@code dondoc users add NAME --role ROLE [--unit CODE] [--person ID]} and {@code dondoc users list}: accounts
 * managed by whoever runs the server machine (no sign-in: access to the data folder is the proof).
 */
@Command(
        name = "users",
        mixinStandardHelpOptions = true,
        description = "Quản lý tài khoản trên máy chủ (manage accounts on the server machine).",
        subcommands = {UsersCommand.Add.class, UsersCommand.ListUsers.class})
final class UsersCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(
            name = "add",
            mixinStandardHelpOptions = true,
            description = {
                "Thêm tài khoản; mật khẩu đọc từ đầu vào chuẩn (dòng đầu tiên).",
                "Adds an account; the password is read from standard input (first line)."
            })
    static final class Add implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(
                index = "0",
                paramLabel = "USERNAME",
                description = "Tên đăng nhập (chữ thường không dấu, số, . _ -).")
        String username;

        @Option(
                names = "--role",
                required = true,
                paramLabel = "ROLE",
                description = "admin, clerk (văn thư), leader (lãnh đạo), staff (chuyên viên), viewer (người xem).")
        String role;

        @Option(
                names = "--unit",
                paramLabel = "CODE",
                description = "Đơn vị (tên viết tắt hoặc tên đầy đủ, ví dụ VP); bắt buộc trừ admin.")
        String unit;

        @Option(names = "--name", paramLabel = "TEXT", description = "Họ tên hiển thị.")
        String displayName;

        @Option(
                names = "--email",
                paramLabel = "ADDR",
                description =
                        "Thư điện tử của người dùng: lần đăng nhập một lần (SSO) đầu tiên tìm tài khoản theo địa chỉ này.")
        String email;

        @Option(
                names = "--person",
                paramLabel = "ID",
                description =
                        "Người trong danh bạ mà tài khoản này là (số định danh): lãnh đạo mở lịch công tác thấy lịch của mình.")
        Long person;

        @Option(names = "--must-change", description = "Buộc đổi mật khẩu khi đăng nhập lần đầu.")
        boolean mustChange;

        @Option(
                names = "--data",
                defaultValue = "${env:DONDOC_DATA_DIR:-./data}",
                description = "Thư mục dữ liệu (mặc định ${DEFAULT-VALUE}).")
        Path data;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Role r;
            try {
                r = Role.valueOf(role.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                err.println("dondoc users add: vai trò không hợp lệ \"" + role
                        + "\" (admin, clerk, leader, staff, viewer)");
                return 2;
            }
            String password = readPassword();
            try (ConfigurableApplicationContext ctx = AppContexts.headless(data, false)) {
                Long unitId = null;
                if (unit != null) {
                    var found = ctx.getBean(OrgUnits.class).findByNameOrAbbreviation(unit.trim());
                    if (found.isEmpty()) {
                        err.println("dondoc users add: không có đơn vị \"" + unit + "\" (unknown unit)");
                        return 1;
                    }
                    unitId = found.get().id();
                }
                if (person != null && ctx.getBean(People.class).find(person).isEmpty()) {
                    err.println("dondoc users add: "
                            + ctx.getBean(Messages.class).get("rejection.account.unknownPerson", person)
                            + " (unknown person)");
                    return 1;
                }
                AccountService service = ctx.getBean(AccountService.class);
                boolean exists =
                        ctx.getBean(Accounts.class).findByUsername(username).isPresent();
                Outcome<Account> outcome = exists
                        ? service.grant(username, r, unitId)
                        : service.add(username, displayName, password, r, unitId, mustChange);
                if (email != null && outcome.isOk()) {
                    outcome = service.setEmail(username, email);
                }
                if (person != null && outcome.isOk()) {
                    outcome = service.setPerson(username, person);
                }
                if (outcome instanceof Outcome.Rejected<Account> rejected) {
                    Messages messages = ctx.getBean(Messages.class);
                    err.println("dondoc users add: " + String.join("; ", messages.rejections(rejected.reasons())));
                    return 1;
                }
                out.println((exists ? "Đã thêm vai trò cho tài khoản " : "Đã tạo tài khoản ") + username + ": "
                        + r.name().toLowerCase(Locale.ROOT) + (unit == null ? "" : " @ " + unit)
                        + (email == null || email.isBlank()
                                ? ""
                                : " <" + email.trim().toLowerCase(Locale.ROOT) + ">")
                        + (person == null ? "" : " = người #" + person));
                out.flush();
                return 0;
            }
        }

        private String readPassword() throws IOException {
            Console console = System.console();
            if (console != null && System.in.available() == 0) {
                char[] typed = console.readPassword("Mật khẩu: ");
                return typed == null ? "" : new String(typed);
            }
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            return line == null ? "" : line.strip();
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Liệt kê tài khoản (list accounts).")
    static final class ListUsers implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(
                names = "--data",
                defaultValue = "${env:DONDOC_DATA_DIR:-./data}",
                description = "Thư mục dữ liệu (mặc định ${DEFAULT-VALUE}).")
        Path data;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (ConfigurableApplicationContext ctx = AppContexts.headless(data, false)) {
                OrgUnits units = ctx.getBean(OrgUnits.class);
                out.println("username\troles\tstate");
                for (Account a : ctx.getBean(Accounts.class).all()) {
                    String roles = a.grants().stream()
                            .map(g -> g.role().name().toLowerCase(Locale.ROOT)
                                    + (g.unitId() == null
                                            ? ""
                                            : "@"
                                                    + units.find(g.unitId())
                                                            .map(UsersCommand::code)
                                                            .orElse("#" + g.unitId())))
                            .collect(Collectors.joining(","));
                    String state = !a.enabled()
                            ? "tắt"
                            : a.lockedAt(java.time.Instant.now())
                                    ? "tạm khóa"
                                    : a.mustChangePassword() ? "phải đổi mật khẩu" : "hoạt động";
                    out.println(a.username() + "\t" + roles + "\t" + state);
                }
                out.flush();
                return 0;
            }
        }
    }

    private static String code(OrgUnit u) {
        return u.abbreviation() == null ? u.name() : u.abbreviation();
    }
}

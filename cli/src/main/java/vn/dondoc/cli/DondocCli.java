package vn.dondoc.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code dondoc} command. Each subcommand is one {@code Callable<Integer>} class. */
@Command(
        name = "dondoc",
        mixinStandardHelpOptions = true,
        version = "dondoc 0.1.0",
        description = "Đôn đốc: đọc văn bản hành chính, theo dõi nhiệm vụ, chỉ tiêu và lịch công tác.",
        subcommands = {
            ExtractCommand.class,
            RepairCommand.class,
            BenchCommand.class,
            ServeCommand.class,
            ImportCommand.class,
            ReindexCommand.class,
            UsersCommand.class,
            BackupCommand.class,
            RestoreCommand.class,
            CheckCommand.class,
            GenerateCommand.class
        })
public final class DondocCli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new DondocCli());
        cl.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? 2 : 1);
        // bad usage: one line with the reason, the nearest names and where to look, not the whole help text
        cl.setParameterExceptionHandler((e, args) -> {
            CommandLine at = e.getCommandLine();
            at.getErr().println(usageError(e));
            return 2;
        });
        return cl;
    }

    /** "dondoc serve: không có tùy chọn '--nope' (có phải: --no-prompt?). Xem: dondoc serve --help". */
    static String usageError(CommandLine.ParameterException e) {
        String command = e.getCommandLine().getCommandSpec().qualifiedName();
        String reason = e.getMessage();
        if (e instanceof CommandLine.UnmatchedArgumentException u
                && !u.getUnmatched().isEmpty()) {
            String first = u.getUnmatched().get(0);
            reason = (first.startsWith("-") ? "không có tùy chọn '" : "không có lệnh hay tham số '") + first + "'";
            java.util.List<String> near = u.getSuggestions();
            if (!near.isEmpty()) {
                reason += " (có phải: " + String.join(", ", near.subList(0, Math.min(3, near.size()))) + "?)";
            }
        } else if (e instanceof CommandLine.MissingParameterException) {
            reason = "thiếu tham số: " + e.getMessage();
        }
        return command + ": " + reason.replace('\n', ' ').strip() + ". Xem: " + command + " --help";
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}

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
        // bad usage: the reason and where to look, in two lines, not the whole help text
        cl.setParameterExceptionHandler((e, args) -> {
            CommandLine at = e.getCommandLine();
            at.getErr().println("dondoc: " + e.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(e, at.getErr());
            at.getErr().println("Xem: " + at.getCommandSpec().qualifiedName() + " --help");
            return 2;
        });
        return cl;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}

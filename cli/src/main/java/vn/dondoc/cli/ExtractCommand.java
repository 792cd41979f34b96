package vn.dondoc.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "extract", description = "Trích xuất thông tin từ văn bản.")
final class ExtractCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 0;
    }
}

package vn.dondoc.app.check;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** REST: the arithmetic checks of a document's stated results (kind, anchor, expected, stated, message). */
@RestController
public class CheckApi {
    private final FigureChecks checks;

    CheckApi(FigureChecks checks) {
        this.checks = checks;
    }

    @GetMapping("/api/documents/{id}/checks")
    public List<FigureChecks.CheckView> checks(@PathVariable long id) {
        return checks.of(id);
    }
}

package vn.dondoc.app.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import vn.dondoc.domain.common.PageRequest;
import vn.dondoc.domain.imports.ImportService;
import vn.dondoc.domain.imports.ImportSummary;
import vn.dondoc.domain.imports.IncomingFile;
import vn.dondoc.domain.org.AliasKind;
import vn.dondoc.domain.org.Lexicon;
import vn.dondoc.domain.org.OrgUnit;
import vn.dondoc.domain.org.OrgUnits;
import vn.dondoc.domain.org.People;
import vn.dondoc.domain.org.Person;

/**
 * The demo: the sample agency's units, people and aliases (demo/org.tsv) and the bundled sample
 * documents (demo/samples/*.txt on the class path), imported and confirmed as extracted.
 * Loading twice changes nothing: units are only seeded into an empty tree, files are recognised by hash.
 */
@Component
public class DemoData {
    private final OrgUnits units;
    private final People people;
    private final Lexicon lexicon;
    private final ImportService imports;

    DemoData(OrgUnits units, People people, Lexicon lexicon, ImportService imports) {
        this.units = units;
        this.people = people;
        this.lexicon = lexicon;
        this.imports = imports;
    }

    public ImportSummary load() {
        seedOrganisation();
        long batch = imports.stage("demo", sampleFiles(), true);
        return imports.processUntilDone(batch, 120_000);
    }

    /** The bundled sample documents, in name order. */
    public static List<IncomingFile> sampleFiles() {
        try {
            Resource[] rs = new PathMatchingResourcePatternResolver().getResources("classpath*:demo/samples/*.txt");
            List<IncomingFile> out = new ArrayList<>();
            for (Resource r : Arrays.stream(rs)
                    .sorted(Comparator.comparing(Resource::getFilename))
                    .toList()) {
                try (var in = r.getInputStream()) {
                    out.add(new IncomingFile(r.getFilename(), in.readAllBytes()));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("demo: cannot read the bundled samples (demo/samples/*.txt)", e);
        }
    }

    /** Units, people and aliases of demo/org.tsv, only when no unit exists yet. */
    public void seedOrganisation() {
        if (units.list(null, null, null, new PageRequest(0, 1)).total() > 0) {
            return;
        }
        Map<String, Long> unitIds = new HashMap<>();
        try (var in = getClass().getClassLoader().getResourceAsStream("demo/org.tsv");
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = Arrays.copyOf(line.split("\t", -1), 5);
                Long parent = f[3] == null || f[3].isBlank() ? null : unitIds.get(f[3]);
                long id;
                AliasKind kind = AliasKind.valueOf(f[0]);
                if (kind == AliasKind.UNIT) {
                    id = units.save(new OrgUnit(null, parent, f[1], f[2], null, null, null, null))
                            .id();
                    unitIds.put(f[1], id);
                } else {
                    id = people.save(new Person(null, f[1], f[2], parent)).id();
                }
                if (f[4] != null) {
                    for (String alias : f[4].split(",")) {
                        if (!alias.isBlank()) {
                            lexicon.put(alias.trim(), kind, id);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("demo: cannot read demo/org.tsv", e);
        }
    }
}

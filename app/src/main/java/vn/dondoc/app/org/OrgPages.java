package vn.dondoc.app.org;

import java.util.stream.Collectors;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.dondoc.app.web.HtmlPages;
import vn.dondoc.domain.common.PageRequest;
import vn.dondoc.domain.org.Lexicon;
import vn.dondoc.domain.org.OrgUnit;
import vn.dondoc.domain.org.OrgUnits;
import vn.dondoc.domain.org.People;
import vn.dondoc.domain.org.Person;

/** The org tree, its people and the names the lexicon has learnt. */
@HtmlPages
class OrgPages {
    private final OrgUnits units;
    private final People people;
    private final Lexicon lexicon;

    OrgPages(OrgUnits units, People people, Lexicon lexicon) {
        this.units = units;
        this.people = people;
        this.lexicon = lexicon;
    }

    @GetMapping("/org")
    String org(Model model) {
        var all = units.all();
        var everyone = people.list(null, null, new PageRequest(0, PageRequest.MAX_SIZE)).items();
        model.addAttribute("units", all);
        model.addAttribute("unitNames", all.stream().collect(Collectors.toMap(OrgUnit::id, OrgUnit::name)));
        model.addAttribute("people", everyone);
        model.addAttribute("aliases", lexicon.list(null, new PageRequest(0, PageRequest.MAX_SIZE)).items());
        model.addAttribute("personNames", everyone.stream().collect(Collectors.toMap(Person::id, Person::name)));
        return "org/org";
    }
}
